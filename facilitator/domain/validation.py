"""Checking a new value for a record's field against the limits the record declares."""

from __future__ import annotations

import datetime as dt
import re
import typing
from dataclasses import Field, fields
from typing import Any, TypeVar, get_args, get_origin

from facilitator.domain.labels import field_label
from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, message
from facilitator.domain.records import Record, replaced, type_hints
from facilitator.domain.text import checked_text

R = TypeVar("R", bound=Record)

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class InvalidValueError(FacilitatorError):
    pass


def _field(kind: type[Record], name: str) -> Field[Any]:
    return next(f for f in fields(kind) if f.name == name)


def _invalid(name: str, value: object) -> InvalidValueError:
    return InvalidValueError(
        message(
            QT_TRANSLATE_NOOP("Field", "{field} cannot be “{value}”."),
            field=field_label(name),
            value=str(value)[:80],
        )
    )


def check_value(kind: type[Record], name: str, value: object) -> object:
    """The value to store for `kind.name`, or `InvalidValueError` naming the field."""
    spec = _field(kind, name)
    hint = type_hints(kind)[name]
    meta = spec.metadata
    if "max_len" in meta:
        if not isinstance(value, str):
            raise _invalid(name, value)
        cleaned = checked_text(
            value, label=field_label(name), max_len=meta["max_len"], multiline=meta["multiline"]
        )
        if name == "date" and cleaned and not _is_iso_date(cleaned):
            raise _invalid(name, value)
        if name.endswith("_time") and cleaned and not _TIME.match(cleaned):
            raise _invalid(name, value)
        return cleaned
    if get_origin(hint) is typing.Literal:
        if value not in get_args(hint):
            raise _invalid(name, value)
        return value
    if hint is bool:
        if not isinstance(value, bool):
            raise _invalid(name, value)
        return value
    if hint in (int, float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _invalid(name, value)
        if hint is int and not float(value).is_integer():
            raise _invalid(name, value)
        number = int(value) if hint is int else float(value)
        if "minimum" in meta and not meta["minimum"] <= number <= meta["maximum"]:
            raise _invalid(name, value)
        return number
    return value


def _is_iso_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def with_values(record: R, **values: object) -> R:
    """A copy of `record` with each value checked and cleaned."""
    kind = type(record)
    checked = {name: check_value(kind, name, value) for name, value in values.items()}
    return replaced(record, checked)
