"""Records to SQLite rows and back, checking every value read from a file."""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Callable
from dataclasses import fields
from typing import Any, get_args, get_origin

from facilitator.domain.records import Record, field_names, make_record, type_hints

SqlValue = str | int | float | bytes | None


_COLUMN_TYPES: dict[type[Record], tuple[tuple[str, Any], ...]] = {}


def _column_types(kind: type[Record]) -> tuple[tuple[str, Any], ...]:
    """Each field's name and type, in column order (memoised: a record's fields never
    change; asked for every row read and written)."""
    found = _COLUMN_TYPES.get(kind)
    if found is None:
        hints = type_hints(kind)
        found = _COLUMN_TYPES[kind] = tuple((f.name, hints[f.name]) for f in fields(kind))
    return found


def to_row(record: Record) -> tuple[SqlValue, ...]:
    values: list[SqlValue] = []
    for name, hint in _column_types(type(record)):
        value = getattr(record, name)
        values.append(int(value) if hint is bool else value)
    return tuple(values)


class RowTypeError(ValueError):
    def __init__(self, table: str, column: str, value: object) -> None:
        super().__init__(f"{table}.{column} holds {type(value).__name__} {str(value)[:40]!r}")
        self.table = table
        self.column = column


def _accepts(hint: Any, value: object) -> tuple[bool, object]:
    """Whether a value read from SQLite fits a field's type, and the typed value."""
    origin = get_origin(hint)
    if origin is typing.Literal:
        return value in get_args(hint), value
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return type(None) in get_args(hint), None
        inner = next(a for a in get_args(hint) if a is not type(None))
        return _accepts(inner, value)
    if hint is bool:
        return value in (0, 1), bool(value)
    if hint is int:
        return type(value) is int, value
    if hint is float:
        fits = type(value) in (int, float)
        return fits, float(value) if fits else value  # type: ignore[arg-type]
    if hint is bytes:
        return type(value) is bytes, value
    if hint is str:
        return type(value) is str, value
    return False, value


Check = Callable[[object], tuple[bool, object]]


def _check(hint: Any) -> Check:
    """`_accepts` for one type, its type examined once (reading a board of 20,000 notes
    examined every column's type at every row: a third of opening it, issue 22)."""
    origin = get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        nullable = type(None) in get_args(hint)
        inner = _check(next(a for a in get_args(hint) if a is not type(None)))
        return lambda value: (nullable, None) if value is None else inner(value)
    simple = hint if hint in (int, bytes, str) else None
    if simple is not None:
        return lambda value: (type(value) is simple, value)
    return functools.partial(_accepts, hint)


_CHECKS: dict[type[Record], tuple[tuple[str, Check], ...]] = {}


def _checks(kind: type[Record]) -> tuple[tuple[str, Check], ...]:
    found = _CHECKS.get(kind)
    if found is None:
        found = _CHECKS[kind] = tuple((name, _check(h)) for name, h in _column_types(kind))
    return found


def from_row(kind: type[Record], row: tuple[SqlValue, ...]) -> Record:
    """The record of a row read from the file, each value's type checked (`_accepts`);
    `RowTypeError` names the first column that does not fit."""
    values: dict[str, object] = {}
    for (name, check), value in zip(_checks(kind), row, strict=True):
        ok, typed = check(value)
        if not ok:
            raise RowTypeError(kind.TABLE, name, value)
        values[name] = typed
    return make_record(kind, values)


def columns(kind: type[Record]) -> str:
    return ", ".join(field_names(kind))
