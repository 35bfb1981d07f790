"""Checking a value for a record's field against the limits the record declares."""

from __future__ import annotations

import datetime as dt
import math
import re
import typing
from dataclasses import dataclass, fields
from typing import TypeVar, get_args, get_origin

from facilitator.domain.labels import field_label
from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, message
from facilitator.domain.records import Record, replaced, type_hints
from facilitator.domain.text import TextTooLongError, checked_text

R = TypeVar("R", bound=Record)

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
# What a workshop file's INTEGER column holds (SQLite: 64-bit signed); a larger Python
# int cannot be stored, and one past 10**308 cannot even become a float.
INT_RANGE = (-(2**63), 2**63 - 1)


class InvalidValueError(FacilitatorError):
    pass


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """What a field accepts, read once from the record's annotations and metadata."""

    name: str
    kind: str  # "text", "choice", "bool", "int", "float", "other"
    max_len: int = 0
    multiline: bool = False
    choices: tuple[object, ...] = ()
    bounds: tuple[float, float] | None = None


_SPECS: dict[type[Record], dict[str, FieldSpec]] = {}


def field_specs(kind: type[Record]) -> dict[str, FieldSpec]:
    if kind not in _SPECS:
        hints = type_hints(kind)
        specs: dict[str, FieldSpec] = {}
        for f in fields(kind):
            hint, meta = hints[f.name], f.metadata
            if "max_len" in meta:
                specs[f.name] = FieldSpec(f.name, "text", meta["max_len"], meta["multiline"])
            elif get_origin(hint) is typing.Literal:
                specs[f.name] = FieldSpec(f.name, "choice", choices=get_args(hint))
            elif hint in (bool, int, float):
                bounds = (meta["minimum"], meta["maximum"]) if "minimum" in meta else None
                specs[f.name] = FieldSpec(f.name, hint.__name__, bounds=bounds)
            else:
                specs[f.name] = FieldSpec(f.name, "other")
        _SPECS[kind] = specs
    return _SPECS[kind]


def _invalid(name: str, value: object) -> InvalidValueError:
    return InvalidValueError(
        message(
            QT_TRANSLATE_NOOP("Field", "{field} cannot be “{value}”."),
            field=field_label(name),
            value=str(value)[:80],
        )
    )


def _text_format_ok(name: str, text: str) -> bool:
    if not text:
        return True
    if name == "date":
        return _is_iso_date(text)
    if name.endswith("_time"):
        return bool(_TIME.match(text))
    return True


def _number(spec: FieldSpec, value: object) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _invalid(spec.name, value)
    if isinstance(value, float) and not math.isfinite(value):
        raise _invalid(spec.name, value)
    if isinstance(value, int) and not INT_RANGE[0] <= value <= INT_RANGE[1]:
        raise _invalid(spec.name, value)  # also keeps float() below from overflowing
    if spec.kind == "int" and not float(value).is_integer():
        raise _invalid(spec.name, value)
    number = int(value) if spec.kind == "int" else float(value)
    if spec.kind == "int" and not INT_RANGE[0] <= number <= INT_RANGE[1]:
        raise _invalid(spec.name, value)  # 1e300 is a whole number, too large to store
    if spec.bounds is not None and not spec.bounds[0] <= number <= spec.bounds[1]:
        raise _invalid(spec.name, value)
    return number


def check_value(kind: type[Record], name: str, value: object) -> object:
    """The value to store for `kind.name` (text cleaned), or an error naming the field."""
    spec = field_specs(kind)[name]
    if spec.kind == "text":
        if not isinstance(value, str):
            raise _invalid(name, value)
        cleaned = checked_text(
            value, label=field_label(name), max_len=spec.max_len, multiline=spec.multiline
        )
        if not _text_format_ok(name, cleaned):
            raise _invalid(name, value)
        return cleaned
    if spec.kind == "choice":
        if value not in spec.choices:
            raise _invalid(name, value)
        return value
    if spec.kind == "bool":
        if not isinstance(value, bool):
            raise _invalid(name, value)
        return value
    if spec.kind in ("int", "float"):
        return _number(spec, value)
    return value


def check_stored_value(kind: type[Record], name: str, value: object) -> None:
    """Like `check_value` for a value read from a file: checked, not cleaned (fast on open)."""
    spec = field_specs(kind)[name]
    if spec.kind == "text":
        if not isinstance(value, str):
            raise _invalid(name, value)
        if len(value) > spec.max_len:
            raise TextTooLongError(field_label(name), len(value), spec.max_len)
        if not _text_format_ok(name, value):
            raise _invalid(name, value)
    elif spec.kind != "other":
        check_value(kind, name, value)


# Dates a workshop, a day or a due date may have. The upper bound keeps every date
# computed from one (the next day, a week later, a calendar's time zone rules) far from
# year 9999, where Python's dates end: 9999-12-31 crashed "Add a day" and the .ics export.
FIRST_YEAR, LAST_YEAR = 1900, 2999


def _is_iso_date(value: str) -> bool:
    return is_workshop_date(value)


def is_workshop_date(value: str) -> bool:
    """Whether `value` is a date written YYYY-MM-DD between FIRST_YEAR and LAST_YEAR."""
    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10 and FIRST_YEAR <= date.year <= LAST_YEAR


def with_values(record: R, **values: object) -> R:
    """A copy of `record` with each value checked and cleaned."""
    kind = type(record)
    checked = {name: check_value(kind, name, value) for name, value in values.items()}
    return replaced(record, checked)
