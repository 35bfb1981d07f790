"""The workshop in memory: every record, indexed by kind and id."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, TypeVar, cast

from facilitator.domain.changes import ChangeSet, RowChange
from facilitator.domain.records import (
    RECORD_TYPES,
    REFERENCES,
    WORKSHOP_ID,
    Record,
    WorkshopInfo,
    has_position,
)

R = TypeVar("R", bound=Record)


class Derived(Protocol):
    """A value computed from the records and kept current edit by edit (`Workshop.derived`):
    `follow` is given every change set right after it is applied."""

    def follow(self, changes: ChangeSet) -> None: ...


D = TypeVar("D", bound=Derived)


class UnknownRecordError(LookupError):
    """An edit named a record that is not in the workshop: a programming error."""


class InconsistentChangeError(RuntimeError):
    """A change whose `before` does not match the workshop: a programming error."""


class Workshop:
    """All records of one workshop. Mutated only through `apply`."""

    def __init__(self, records: Iterable[Record] = ()) -> None:
        self._tables: dict[type[Record], dict[str, Record]] = {k: {} for k in RECORD_TYPES}
        for record in records:
            self._tables[type(record)][record.id] = record
        self._derived: dict[str, Derived] = {}

    # -- reading --------------------------------------------------------
    @property
    def info(self) -> WorkshopInfo:
        info = self._tables[WorkshopInfo].get(WORKSHOP_ID)
        if not isinstance(info, WorkshopInfo):
            raise LookupError("this workshop has no workshop record")
        return info

    def get(self, kind: type[R], record_id: str | None) -> R | None:
        if record_id is None:
            return None
        record = self._tables[kind].get(record_id)
        return record if isinstance(record, kind) else None

    def require(self, kind: type[R], record_id: str | None) -> R:
        """The record, or `UnknownRecordError`."""
        record = self.get(kind, record_id)
        if record is None:
            raise UnknownRecordError(f"no {kind.__name__} with id {record_id!r}")
        return record

    def all(self, kind: type[R]) -> list[R]:
        """Records of one kind, in their position order (then by id, for stability)."""
        rows = [r for r in self._tables[kind].values() if isinstance(r, kind)]
        if has_position(kind):
            rows.sort(key=lambda r: (getattr(r, "position", 0), r.id))
        else:
            rows.sort(key=lambda r: r.id)
        return rows

    def unordered(self, kind: type[R]) -> list[R]:
        """Records of one kind in no particular order: a scan without the sort."""
        return [r for r in self._tables[kind].values() if isinstance(r, kind)]

    def where(self, kind: type[R], **equal: object) -> list[R]:
        return [r for r in self.all(kind) if all(getattr(r, k) == v for k, v in equal.items())]

    def count(self, kind: type[Record]) -> int:
        return len(self._tables[kind])

    def derived(self, name: str, make: Callable[[Workshop], D]) -> D:
        """The derived value called `name`, made by `make(self)` when first asked for, then
        kept by `apply` (its `follow` sees every change set): what an edit needs to know
        about all the records (the next free place on a board of 20,000 notes) without
        scanning them at every edit. `name` is the module's own key; not copied by `copy`."""
        found = self._derived.get(name)
        if found is None:
            found = self._derived[name] = make(self)
        return cast(D, found)

    def records(self) -> Iterator[Record]:
        """Every record, parents before children."""
        for kind in RECORD_TYPES:
            yield from self.all(kind)

    def copy(self) -> Workshop:
        return Workshop(self.records())

    # -- changing -------------------------------------------------------
    def apply(self, changes: ChangeSet) -> None:
        """Apply a whole set, or nothing if any change does not fit."""
        for change in changes.changes:
            self._check(change)
        for change in changes.changes:
            table = self._tables[change.kind]
            if change.after is None:
                del table[change.record_id]
            else:
                table[change.record_id] = change.after
        for value in self._derived.values():
            value.follow(changes)

    def _check(self, change: RowChange) -> None:
        current = self._tables[change.kind].get(change.record_id)
        if current != change.before:
            raise InconsistentChangeError(
                f"{change.kind.__name__} {change.record_id!r}: expected {change.before!r}, "
                f"found {current!r}"
            )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Workshop) and self._tables == other._tables

    __hash__ = None  # type: ignore[assignment]

    def dangling_references(self) -> list[tuple[Record, str]]:
        """Records pointing at a record that does not exist, with the field's name."""
        problems: list[tuple[Record, str]] = []
        for kind, refs in REFERENCES.items():
            for record in self.all(kind):
                for field_name, target in refs.items():
                    target_id = getattr(record, field_name)
                    if target_id is not None and target_id not in self._tables[target]:
                        problems.append((record, field_name))
        return problems
