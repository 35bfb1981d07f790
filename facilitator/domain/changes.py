"""Changes to a workshop, expressed as row states before and after.

Every user action becomes one `ChangeSet`. The file applies it in one
transaction; the in-memory workshop applies the same set; undo applies its
inverse. Because a change carries both states, undo needs no per-feature code,
and undo is an edit like any other, written to the file the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from facilitator.domain.records import Record, field_names, replaced


@dataclass(frozen=True, slots=True)
class RowChange:
    """One row: inserted (`before` is None), deleted (`after` is None) or updated."""

    before: Record | None
    after: Record | None

    def __post_init__(self) -> None:
        if self.before is None and self.after is None:
            raise ValueError("a change needs a state before or after")
        if (
            self.before is not None
            and self.after is not None
            and (type(self.before) is not type(self.after) or self.before.id != self.after.id)
        ):
            raise ValueError("an update must keep the record's kind and id")

    @property
    def kind(self) -> type[Record]:
        record = self.after if self.after is not None else self.before
        assert record is not None
        return type(record)

    @property
    def record_id(self) -> str:
        record = self.after if self.after is not None else self.before
        assert record is not None
        return record.id

    def inverted(self) -> RowChange:
        return RowChange(before=self.after, after=self.before)

    def changed_fields(self) -> dict[str, object]:
        """The fields an update sets, with their new values."""
        if self.before is None or self.after is None:
            return {}
        return {
            name: getattr(self.after, name)
            for name in field_names(type(self.after))
            if getattr(self.before, name) != getattr(self.after, name)
        }

    def rebased(self, current: Record | None) -> RowChange:
        """This change applied to the record as it is now: an update sets only the
        fields it changes, so that changes made since to other fields (run mode
        recording an actual start time, say) are kept by undo and redo; a deletion
        deletes the record with those changes."""
        if self.before is None or current is None or current == self.before:
            return self
        if self.after is None:  # a deletion deletes the record as it is now
            return RowChange(before=current, after=None)
        return RowChange(before=current, after=replaced(current, self.changed_fields()))


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """The changes of one user action, applied in order, all or nothing."""

    changes: tuple[RowChange, ...]

    @staticmethod
    def of(changes: Iterable[RowChange]) -> ChangeSet:
        return ChangeSet(tuple(c for c in changes if c.before != c.after))

    def inverted(self) -> ChangeSet:
        return ChangeSet(tuple(c.inverted() for c in reversed(self.changes)))

    def rebased(self, lookup: Callable[[type[Record], str], Record | None]) -> ChangeSet:
        """The same changes, rebased on the records as they are now (see RowChange.rebased)."""
        return ChangeSet(tuple(c.rebased(lookup(c.kind, c.record_id)) for c in self.changes))

    def merged_with(self, later: ChangeSet) -> ChangeSet:
        """One set with the effect of `self` then `later` (for coalesced typing)."""
        firsts: dict[tuple[type[Record], str], RowChange] = {}
        order: list[tuple[type[Record], str]] = []
        for change in (*self.changes, *later.changes):
            key = (change.kind, change.record_id)
            if key in firsts:
                firsts[key] = RowChange(before=firsts[key].before, after=change.after)
            else:
                firsts[key] = change
                order.append(key)
        return ChangeSet.of(firsts[key] for key in order)

    def __bool__(self) -> bool:
        return bool(self.changes)


def insert(record: Record) -> RowChange:
    return RowChange(before=None, after=record)


def delete(record: Record) -> RowChange:
    return RowChange(before=record, after=None)


def update(before: Record, after: Record) -> RowChange:
    return RowChange(before=before, after=after)
