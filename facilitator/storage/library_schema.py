"""JSON Schemas of the method cards and session templates (TOML files, checked on load)."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from facilitator.domain.library import CATEGORIES
from facilitator.domain.records import AgendaItem, ItemRound
from facilitator.domain.rounds import MAX_EXPANDED_ROUNDS, MIN_ROUND_S

_ID = {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"}
_TIME = {"type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"}
_TEXT = {"type": "string", "maxLength": 5000}
_LINES = {"type": "array", "items": {"type": "string", "maxLength": 1000}, "maxItems": 40}
_MINUTES = {"type": "integer", "minimum": 1, "maximum": 480}
_PER_LANGUAGE = {
    "type": "object",
    "properties": {"fr": _TEXT, "en": _TEXT},
    "additionalProperties": False,
    "minProperties": 1,
}

_METHOD_TEXT = {
    "type": "object",
    "properties": {
        "title": {"type": "string", "minLength": 1, "maxLength": 200},
        "purpose": _TEXT,
        "group_size": {"type": "string", "maxLength": 200},
        "materials": _LINES,
        "steps": {**_LINES, "minItems": 1},
        "participant_instructions": _TEXT,
        "tips": _LINES,
    },
    "required": [
        "title",
        "purpose",
        "group_size",
        "materials",
        "steps",
        "participant_instructions",
        "tips",
    ],
    "additionalProperties": False,
}


def _round_text(name: str, *, required: bool, both: bool) -> dict[str, Any]:
    """A round's text per language, within the limit of the `ItemRound` field it becomes
    (`title` 200, `instruction` 1,000, `facilitator_notes` 2,000): in both languages in
    a method card, in one at least in a template (a saved agenda is in one language)."""
    limit = next(f.metadata["max_len"] for f in fields(ItemRound) if f.name == name)
    text = {"type": "string", "maxLength": limit, **({"minLength": 1} if required else {})}
    return {
        "type": "object",
        "properties": {"fr": text, "en": text},
        **({"required": ["fr", "en"]} if both else {"minProperties": 1}),
        "additionalProperties": False,
    }


def _round_number(name: str, minimum: int | None = None) -> dict[str, Any]:
    """An `ItemRound` number field's range, read from the record (`minimum` raises its
    lower bound: the rounds module's shortest round)."""
    meta = next(f.metadata for f in fields(ItemRound) if f.name == name)
    low = meta["minimum"] if minimum is None else max(minimum, meta["minimum"])
    return {"type": "integer", "minimum": low, "maximum": meta["maximum"]}


def _rounds(*, both: bool) -> dict[str, Any]:
    """The `[[rounds]]` list of a method card (a title in `both` languages) or of a
    template item (a saved agenda: one language, a round may be untitled). At most
    `MAX_EXPANDED_ROUNDS` entries (domain/rounds.py); with their repeats, that bound is
    checked again on reading."""
    item = {
        "type": "object",
        "properties": {
            "duration_s": _round_number("duration_s", MIN_ROUND_S),
            "repeat": _round_number("repeat"),
            "title": _round_text("title", required=True, both=both),
            "instruction": _round_text("instruction", required=False, both=both),
            "facilitator_notes": _round_text("facilitator_notes", required=False, both=both),
        },
        "required": ["duration_s", "title"] if both else ["duration_s"],
        "additionalProperties": False,
    }
    return {"type": "array", "items": item, "maxItems": MAX_EXPANDED_ROUNDS}


METHOD_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "properties": {
        "id": _ID,
        "category": {"enum": list(CATEGORIES)},
        "duration": _MINUTES,
        "duration_min": _MINUTES,
        "duration_max": _MINUTES,
        "group_min": {"type": "integer", "minimum": 1, "maximum": 10_000},
        "group_max": {"type": "integer", "minimum": 1, "maximum": 10_000},
        "produces": {"enum": ["board", "vote", "cards", "none"]},
        "fr": _METHOD_TEXT,
        "en": _METHOD_TEXT,
        "rounds": _rounds(both=True),
    },
    "required": [
        "id",
        "category",
        "duration",
        "duration_min",
        "duration_max",
        "group_min",
        "group_max",
        "produces",
        "fr",
        "en",
    ],
    "additionalProperties": False,
}


def _item_text(name: str) -> dict[str, Any]:
    """A template item's text in each language, within the limit of the agenda item it
    becomes (a 5,000-character title loaded, then "too long" with no file named, when
    the workshop was made)."""
    limit = next(f.metadata["max_len"] for f in fields(AgendaItem) if f.name == name)
    text = {"type": "string", "maxLength": limit}
    return {**_PER_LANGUAGE, "properties": {"fr": text, "en": text}}


_ITEM = {
    "type": "object",
    "properties": {
        "kind": {"enum": ["activity", "break", "lunch"]},
        "method": _ID,
        "duration": _MINUTES,
        "title": _item_text("title"),
        "participant_instructions": _item_text("participant_instructions"),
        "facilitator_notes": _item_text("facilitator_notes"),
        "materials": _item_text("materials"),
        "rounds": _rounds(both=False),
    },
    "additionalProperties": False,
}

TEMPLATE_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "properties": {
        "id": _ID,
        "fr": {
            "type": "object",
            "properties": {
                "title": {"type": "string", "minLength": 1, "maxLength": 200},
                "description": _TEXT,
            },
            "required": ["title"],
            "additionalProperties": False,
        },
        "en": {"$ref": "#/properties/fr"},
        "days": {
            "type": "array",
            "minItems": 1,
            "maxItems": 14,
            "items": {
                "type": "object",
                "properties": {
                    "start": _TIME,
                    "end": _TIME,
                    "items": {"type": "array", "items": _ITEM, "maxItems": 100},
                },
                "required": ["start", "end"],
                "additionalProperties": False,
            },
        },
    },
    "required": ["id", "days"],
    "anyOf": [{"required": ["fr"]}, {"required": ["en"]}],
    "additionalProperties": False,
}
