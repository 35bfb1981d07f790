"""JSON Schemas of the method cards and session templates (TOML files, checked on load)."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from facilitator.domain.library import CATEGORIES
from facilitator.domain.polls import MAX_OPTIONS, MAX_SCALE
from facilitator.domain.records import AgendaItem, ItemRound, Poll, PollOption, Record
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


def _max_len(kind: type[Record], name: str) -> int:
    """The length limit of a record's text field."""
    return int(next(f.metadata["max_len"] for f in fields(kind) if f.name == name))


def _bilingual(limit: int) -> dict[str, Any]:
    """A text in both languages, each shown (not empty) and within `limit` characters."""
    text = {"type": "string", "minLength": 1, "maxLength": limit}
    return {
        "type": "object",
        "properties": {"fr": text, "en": text},
        "required": ["fr", "en"],
        "additionalProperties": False,
    }


def _poll() -> dict[str, Any]:
    """The `[poll]` table of a method card (issue 19): the quick poll an item made from
    the method opens, as a draft. `question` in both languages (within `Poll.question`);
    `[[poll.options]]` one per value of a scale (1, 2, ... N) or per option of a choice,
    each `{fr, en}` within `PollOption.label`, at most `MAX_OPTIONS`/`MAX_SCALE` (10);
    `words_per_answer` for "words" (Poll's range). The kind's own rules (2 options at
    least, none for words and texts) are checked on reading (library_files.py)."""
    meta = next(f.metadata for f in fields(Poll) if f.name == "words_per_answer")
    label = {"type": "string", "maxLength": _max_len(PollOption, "label")}
    return {
        "type": "object",
        "properties": {
            "kind": {"enum": ["scale", "choice", "words", "text"]},
            "question": _bilingual(_max_len(Poll, "question")),
            "options": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"fr": label, "en": label},
                    "required": ["fr", "en"],
                    "additionalProperties": False,
                },
                "maxItems": max(MAX_OPTIONS, MAX_SCALE),
            },
            "words_per_answer": {
                "type": "integer",
                "minimum": meta["minimum"],
                "maximum": meta["maximum"],
            },
        },
        "required": ["kind", "question"],
        "additionalProperties": False,
    }


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
        "poll": _poll(),
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
