"""The interchange JSON: a whole workshop, attachments included, in one documented file.

Format (documented in docs/interchange.md, schema in docs/interchange.schema.json):

    {"format": "facilitator-workshop", "format_version": 3, "generator": "...",
     "workshop": {...}, "people": [...], "days": [...], ..., "timer": null}

Each table of the workshop file is one key, each record one object with every
field of the record (binary data in base64), except the room link's phones
(`EXCHANGED`: they tell one file's link which phone is which, docs/file-format.md).
The JSON Schema is derived from the records themselves (`json_schema()`), so the
format, the file and the domain rules share one definition. Import checks the schema
(reporting the location of the first bad field), then the references between records.

Format version 2 (schema versions 4 and 5, issues 18 and 19) added the rounds, the
groupings and their teams, the quick polls (their options, answers and paper counts),
and a few fields to older records (`ADDED_IN_2`), among them the review, sender and
upload key of a photo sent from a phone. A version-1 document
is still read: checked against the version-1 schema (`json_schema(1)`, what readers
of version 1 accepted), then each added field takes its default and each added
table is empty (`from_document`).

Format version 3 (schema version 6, issue 21) added the rooms of a merged event
(`tracks`, and `track_id` on days, boards, votes and prototype cards) and whether a next
step is done (`ADDED_IN_3`). Documents of versions 1 and 2 are read the same way.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import json
import sys
import types
import typing
from dataclasses import fields
from pathlib import Path
from typing import Any, get_args, get_origin

from facilitator import __version__
from facilitator.domain.consistency import (
    answer_unlike_its_poll,
    answered_twice,
    counted_twice,
    option_of_another_poll,
    options_unlike_their_poll,
    twice_in_a_grouping,
)
from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, Message, message
from facilitator.domain.records import (
    RECORD_TYPES,
    REFERENCES,
    TIMER_ID,
    WORKSHOP_ID,
    AgendaItem,
    Attachment,
    Board,
    Day,
    GroupingAbsence,
    GroupingInfo,
    GroupingWish,
    Idea,
    ItemRound,
    NextStep,
    Person,
    Poll,
    PollAnswer,
    PollCount,
    PollOption,
    PrototypeCard,
    Record,
    RoomPhone,
    RoundRun,
    Team,
    TeamMember,
    TimerState,
    Track,
    VoteSession,
    WorkshopInfo,
    make_record,
    type_hints,
)
from facilitator.domain.validation import check_value
from facilitator.domain.workshop import Workshop
from facilitator.storage.safe_read import (
    MAX_NESTING,
    FileReadError,
    bracket_depth,
    read_regular_file,
)

FORMAT_NAME = "facilitator-workshop"
FORMAT_VERSION = 3
# What format version 2 (schema version 4: rounds, groupings, auto-advance; schema
# version 5: polls, photos from phones) added to version 1: whole tables, and fields of
# older tables. A version-1 document has none of
# them: its records take each added field's default, and the added tables are empty.
ADDED_IN_2: dict[type[Record], tuple[str, ...] | None] = {
    WorkshopInfo: ("auto_advance", "auto_advance_s"),
    Person: ("job",),
    AgendaItem: ("auto_advance",),
    Idea: ("team_id",),
    PrototypeCard: ("team_id",),
    TimerState: ("round_index",),
    GroupingInfo: None,  # None: the whole table
    Team: None,
    TeamMember: None,
    GroupingWish: None,
    GroupingAbsence: None,
    ItemRound: None,
    RoundRun: None,
    Attachment: ("review", "sender", "upload_key"),
    Poll: None,
    PollOption: None,
    PollAnswer: None,
    PollCount: None,
}
# What format version 3 (schema version 6) added to version 2.
ADDED_IN_3: dict[type[Record], tuple[str, ...] | None] = {
    Track: None,
    Day: ("track_id",),
    Board: ("track_id",),
    VoteSession: ("track_id",),
    PrototypeCard: ("track_id",),
    Poll: ("track_id",),
    NextStep: ("done",),
}
# What each format version added to the one before it.
ADDED_IN: dict[int, dict[type[Record], tuple[str, ...] | None]] = {2: ADDED_IN_2, 3: ADDED_IN_3}
READ_VERSIONS = (1, 2, 3)
# The largest interchange file imported: photos travel in base64 (4 bytes per 3), so
# 256 MB holds some 190 MB of photos, a hundred times the demo's; parsing it takes
# about four times its size in memory.
MAX_JSON_BYTES = 256_000_000

# Problems weighed before one is told (the template loader's limit, library_files.py).
MAX_ERRORS = 100
# The tables the JSON carries: all but the room link's phones, which only tell that
# file's link which phone is which (a JSON is read by other tools and imported into a
# new file, where no phone has joined), and whose names are participants' own.
EXCHANGED: tuple[type[Record], ...] = tuple(k for k in RECORD_TYPES if k is not RoomPhone)
# JSON key of each table. The two single-row tables are objects, the rest arrays.
JSON_KEYS: dict[type[Record], str] = {
    kind: {
        "workshop": "workshop",
        "person": "people",
        "criterion": "criteria",
        "timer": "timer",
        "grouping_wish": "grouping_wishes",
    }.get(kind.TABLE, kind.TABLE + "s")
    for kind in EXCHANGED
}
SINGLE: dict[type[Record], str] = {WorkshopInfo: WORKSHOP_ID, TimerState: TIMER_ID}


class InterchangeError(FacilitatorError):
    pass


# -- export ---------------------------------------------------------------
def _to_json_value(value: object) -> object:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def _record_to_json(record: Record) -> dict[str, object]:
    return {f.name: _to_json_value(getattr(record, f.name)) for f in fields(record)}


def to_document(workshop: Workshop) -> dict[str, object]:
    document: dict[str, object] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "generator": f"Facilitator {__version__}",
    }
    for kind, key in JSON_KEYS.items():
        rows = [_record_to_json(r) for r in workshop.all(kind)]
        document[key] = (rows[0] if rows else None) if kind in SINGLE else rows
    return document


def dumps(workshop: Workshop) -> str:
    return json.dumps(to_document(workshop), ensure_ascii=False, indent=1) + "\n"


# -- schema ---------------------------------------------------------------
def _field_schema(kind: type[Record], name: str, hint: Any, metadata: Any) -> dict[str, Any]:
    origin = get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = next(a for a in get_args(hint) if a is not type(None))
        return {"anyOf": [_field_schema(kind, name, inner, metadata), {"type": "null"}]}
    if origin is typing.Literal:
        return {"enum": list(get_args(hint))}
    if hint is bool:
        return {"type": "boolean"}
    if hint in (int, float):
        schema: dict[str, Any] = {"type": "integer" if hint is int else "number"}
        if "minimum" in metadata:
            schema |= {"minimum": metadata["minimum"], "maximum": metadata["maximum"]}
        return schema
    if hint is bytes:
        return {"type": "string", "contentEncoding": "base64"}
    schema = {"type": "string"}
    if "max_len" in metadata:
        schema["maxLength"] = metadata["max_len"]
    if name == "id" or name in REFERENCES.get(kind, {}):
        schema |= {"minLength": 1, "maxLength": 64}
    return schema


def _fields_in(kind: type[Record], version: int) -> list[str]:
    """The fields `kind`'s records have in a document of format `version`."""
    added = {
        name
        for since, tables in ADDED_IN.items()
        if version < since
        for name in tables.get(kind) or ()
    }
    return [f.name for f in fields(kind) if f.name not in added]


def _tables_in(version: int) -> dict[type[Record], str]:
    """The tables (and their JSON keys) of a document of format `version`."""
    added = {
        kind
        for since, tables in ADDED_IN.items()
        if version < since
        for kind, names in tables.items()
        if names is None
    }
    return {kind: key for kind, key in JSON_KEYS.items() if kind not in added}


def _record_schema(kind: type[Record], version: int = FORMAT_VERSION) -> dict[str, Any]:
    hints = type_hints(kind)
    kept = _fields_in(kind, version)
    props = {
        f.name: _field_schema(kind, f.name, hints[f.name], f.metadata)
        for f in fields(kind)
        if f.name in kept
    }
    return {
        "type": "object",
        "description": (kind.__doc__ or kind.__name__).strip().splitlines()[0],
        "properties": props,
        "required": list(props),
        "additionalProperties": False,
    }


def json_schema(version: int = FORMAT_VERSION) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the interchange format `version` (1 to 3;
    docs/interchange.schema.json is the current one's). Version 1's is the current
    one without what was added since (`ADDED_IN`): what readers of that version accepted,
    no more, no less."""
    if version not in READ_VERSIONS:
        raise ValueError(f"no interchange format {version}")
    tables = _tables_in(version)
    properties: dict[str, Any] = {
        "format": {"const": FORMAT_NAME},
        "format_version": {"const": version},
        "generator": {"type": "string", "maxLength": 200},
    }
    for kind, key in tables.items():
        ref = {"$ref": f"#/$defs/{kind.TABLE}"}
        if kind is WorkshopInfo:
            properties[key] = ref
        elif kind in SINGLE:
            properties[key] = {"anyOf": [ref, {"type": "null"}]}
        else:
            properties[key] = {"type": "array", "items": ref}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://facilitator.example/interchange/v{version}.schema.json",
        "title": f"Facilitator workshop (interchange format, version {version})",
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
        "$defs": {kind.TABLE: _record_schema(kind, version) for kind in tables},
    }


# -- import ---------------------------------------------------------------
def _location(path: typing.Iterable[object]) -> str:
    out = "$"
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _error(text: Any, **params: object) -> InterchangeError:
    return InterchangeError(message(text, **params))


def _too_deep() -> InterchangeError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Interchange", "The JSON nests arrays and objects more than {limit} levels deep."
        ),
        limit=MAX_NESTING,
    )


def loads(text: str) -> Workshop:
    """Parse and check a JSON document; `InterchangeError` says where it is wrong.
    Arrays and objects may nest at most `MAX_NESTING` deep (the format needs 3): the
    parser and the schema check recurse, so deeper text is refused before parsing."""
    if bracket_depth(text, MAX_NESTING) > MAX_NESTING:
        raise _too_deep()
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Interchange", "Not valid JSON: {reason} (line {line}, column {column})."
            ),
            reason=error.msg,
            line=error.lineno,
            column=error.colno,
        ) from error
    except ValueError as error:  # Python refuses to convert integers of over 4,300 digits
        raise _error(
            QT_TRANSLATE_NOOP(
                "Interchange", "The JSON holds a number of more than {limit} digits."
            ),
            limit=sys.get_int_max_str_digits(),
        ) from error
    except RecursionError as error:  # a belt: bracket_depth should have refused it
        raise _too_deep() from error
    return from_document(document)


def _document_version(document: object) -> int:
    """The format version a document says it is in: one of `READ_VERSIONS`, or the
    current one when it says nothing readable (the schema then names what is wrong).
    A newer version is refused with its number."""
    version = document.get("format_version") if isinstance(document, dict) else None
    if type(version) is not int:  # bool is an int to Python, not to JSON
        return FORMAT_VERSION
    if version > FORMAT_VERSION:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Interchange",
                "This JSON was written by a newer version of Facilitator (format {version}).",
            ),
            version=version,
        )
    return version if version in READ_VERSIONS else FORMAT_VERSION


def from_document(document: object) -> Workshop:
    """The workshop of a parsed interchange document of format 1, 2 or 3; raises
    `InterchangeError` naming the first wrong place (`$.people[2].name`): schema,
    values, ids used twice, references to nothing, a person twice in one grouping, a
    poll's rules broken (a phone answering twice, an option of another poll).

    A version-1 document (written before rounds and groupings, schema version 4) is
    checked against the version-1 schema, then read as version 2 would be: every field
    added in version 2 takes its record's default (no role in the room, no team, no
    auto-advance, the first round) and every table added in version 2 is empty."""
    import jsonschema  # imported here: only importing needs it, and it is slow to load

    version = _document_version(document)
    validator = jsonschema.Draft202012Validator(json_schema(version))
    # The best of the first MAX_ERRORS problems: a million records missing a field would
    # otherwise be walked to the end to say one sentence (140 s for 4.4 MB).
    errors = itertools.islice(validator.iter_errors(document), MAX_ERRORS)
    problem = jsonschema.exceptions.best_match(errors)
    if problem is not None:
        raise InterchangeError(_describe(problem))
    assert isinstance(document, dict)
    present = _tables_in(version)
    records: list[Record] = []
    # Where each record is in the document, for the messages: [key] or [key, index].
    seen: dict[tuple[type[Record], str], list[object]] = {}
    for kind, key in JSON_KEYS.items():
        if kind not in present:  # a table added since the document's version: empty
            continue
        value = document[key]
        items = ([] if value is None else [value]) if kind in SINGLE else value
        for index, item in enumerate(items):
            where: list[object] = [key] if kind in SINGLE else [key, index]
            record = _record_from_json(kind, item, where, version)
            if (kind, record.id) in seen:
                raise _error(
                    QT_TRANSLATE_NOOP("Interchange", "{location}: the id “{id}” is used twice."),
                    location=_location([*where, "id"]),
                    id=record.id,
                )
            seen[kind, record.id] = where
            records.append(record)
    workshop = Workshop(records)
    if workshop.get(WorkshopInfo, WORKSHOP_ID) is None:
        raise _error(
            QT_TRANSLATE_NOOP("Interchange", "{location}: the workshop's id must be “{id}”."),
            location="$.workshop.id",
            id=WORKSHOP_ID,
        )
    for record, field_name in workshop.dangling_references():
        raise _error(
            QT_TRANSLATE_NOOP("Interchange", "{location}: “{id}” refers to nothing."),
            location=_location([*seen[type(record), record.id], field_name]),
            id=getattr(record, field_name),
        )
    for member, earlier in twice_in_a_grouping(workshop):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Interchange",
                "{location}: “{id}” is already in a team of this grouping ({other}).",
            ),
            location=_location([*seen[TeamMember, member.id], "person_id"]),
            id=member.person_id,
            other=_location(seen[TeamMember, earlier.id]),
        )
    _check_polls(workshop, seen)
    return workshop


def _check_polls(workshop: Workshop, seen: dict[tuple[type[Record], str], list[object]]) -> None:
    """Refuse the polls' rules broken (domain/consistency.py), naming the first place."""
    for answer, earlier in answered_twice(workshop):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Interchange",
                "{location}: the phone “{phone}” already answered this poll ({other}).",
            ),
            location=_location([*seen[PollAnswer, answer.id], "participant"]),
            phone=answer.participant[:60],
            other=_location(seen[PollAnswer, earlier.id]),
        )
    for count, earlier_count in counted_twice(workshop):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Interchange", "{location}: this option is already counted ({other})."
            ),
            location=_location([*seen[PollCount, count.id], "option_id"]),
            other=_location(seen[PollCount, earlier_count.id]),
        )
    for row, poll_id in option_of_another_poll(workshop):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Interchange", "{location}: “{id}” is an option of another poll ({poll})."
            ),
            location=_location([*seen[type(row), row.id], "option_id"]),
            id=str(row.option_id)[:40],
            poll=poll_id[:40],
        )
    for unlike in answer_unlike_its_poll(workshop):
        raise _error(
            QT_TRANSLATE_NOOP("Interchange", "{location}: the answer does not fit its poll."),
            location=_location(seen[PollAnswer, unlike.id]),
        )
    for poll in options_unlike_their_poll(workshop):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Interchange",
                "{location}: its options do not fit its kind ({kind}; options: {count}).",
            ),
            location=_location(seen[Poll, poll.id]),
            count=len(workshop.where(PollOption, poll_id=poll.id)),
            kind=poll.kind,
        )


def _describe(problem: Any) -> Message:
    """One clear sentence for a schema violation, without echoing huge values."""
    location = _location(problem.absolute_path)
    kind, expected, value = problem.validator, problem.validator_value, problem.instance
    if kind == "maxLength":
        return message(
            QT_TRANSLATE_NOOP(
                "Interchange", "{location}: too long ({length} characters, at most {max})."
            ),
            location=location,
            length=len(value),
            max=expected,
        )
    if kind in ("enum", "const"):
        allowed = ", ".join(json.dumps(v) for v in (expected if kind == "enum" else [expected]))
        return message(
            QT_TRANSLATE_NOOP("Interchange", "{location}: must be one of {allowed}."),
            location=location,
            allowed=allowed,
        )
    if kind in ("minimum", "maximum"):
        return message(
            QT_TRANSLATE_NOOP("Interchange", "{location}: {value} is out of range."),
            location=location,
            value=value,
        )
    if kind == "type":
        return message(
            QT_TRANSLATE_NOOP("Interchange", "{location}: expected {expected}, found {found}."),
            location=location,
            expected=expected,
            found=type(value).__name__,
        )
    return message(
        QT_TRANSLATE_NOOP("Interchange", "{location}: {reason}."),
        location=location,
        reason=problem.message[:200],
    )


def _record_from_json(
    kind: type[Record], item: dict[str, Any], where: list[object], version: int
) -> Record:
    """The record of one JSON object that passed the schema of format `version`; a
    field added after that version (`ADDED_IN`) takes the record's default."""
    values: dict[str, object] = {}
    hints = type_hints(kind)
    kept = _fields_in(kind, version)
    for f in fields(kind):
        if f.name not in kept:
            continue  # added since the document's version: make_record gives the default
        value = item[f.name]
        if isinstance(value, str) and hints[f.name] is bytes:
            try:
                value = base64.b64decode(value, validate=True)
            except (binascii.Error, ValueError) as error:
                raise _error(
                    QT_TRANSLATE_NOOP("Interchange", "{location}: not valid base64 data."),
                    location=_location([*where, f.name]),
                ) from error
        if f.name != "id" and not isinstance(value, bytes) and value is not None:
            try:
                value = check_value(kind, f.name, value)
            except FacilitatorError as error:
                raise _error(
                    QT_TRANSLATE_NOOP("Interchange", "{location}: {reason}"),
                    location=_location([*where, f.name]),
                    reason=error.message,
                ) from error
        values[f.name] = value
    return make_record(kind, values)


def read_file(path: Path) -> Workshop:
    """The workshop of an interchange JSON file: a regular file (or a link to one) of at
    most `MAX_JSON_BYTES`, in UTF-8; `InterchangeError` says why not, or where it is wrong."""
    try:
        raw = read_regular_file(path, MAX_JSON_BYTES)
    except FileReadError as error:
        raise _error(
            QT_TRANSLATE_NOOP("Interchange", "“{path}” cannot be read: {reason}."),
            path=str(path),
            reason=error.reason,
        ) from error
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _error(
            QT_TRANSLATE_NOOP("Interchange", "“{path}” is not UTF-8 text (byte {offset})."),
            path=str(path),
            offset=error.start,
        ) from error
    return loads(text)


if __name__ == "__main__" and "--schema" in sys.argv:
    sys.stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
