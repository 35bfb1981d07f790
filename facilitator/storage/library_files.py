"""Loading the method cards and session templates from their TOML files, and saving
a workshop's agenda as a personal template.

A file that is not valid TOML, breaks the schema, or refers to an unknown method
is reported (file, field, reason) and skipped; every other file still loads.

A shared folder is a colleague's, or anyone's on a network drive, so each folder is
read within limits (see docs/robustness.md): only the folder's own `*.toml` entries
(no subfolder is walked, so no link loop can be), hidden files left out, at most
`MAX_FOLDER_ENTRIES` entries looked at, `MAX_FILES_PER_FOLDER` files and
`MAX_FOLDER_BYTES` bytes read, each file a regular file of at most `MAX_FILE_BYTES`
(safe_read.py: no FIFO, device or folder is ever opened for reading) whose tables and
arrays nest at most `MAX_NESTING` deep. Whatever is skipped is said, never silent.
"""

from __future__ import annotations

import itertools
import os
import re
import sys
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import tomli_w

from facilitator.domain import polls
from facilitator.domain.library import (
    EMPTY_TEMPLATE,
    Library,
    MethodCard,
    MethodPoll,
    MethodRound,
    MethodText,
    SessionTemplate,
    TemplateDay,
    TemplateItem,
    TemplateOrigin,
)
from facilitator.domain.messages import (
    QT_TRANSLATE_NOOP,
    FacilitatorError,
    Message,
    MessageText,
    message,
)
from facilitator.domain.records import AgendaItem, Day, ItemRound, Language, Poll
from facilitator.domain.rounds import MAX_EXPANDED_ROUNDS, MIN_ROUND_S
from facilitator.domain.text import has_visible_text
from facilitator.domain.validation import check_value
from facilitator.domain.workshop import Workshop
from facilitator.storage.errors import os_reason
from facilitator.storage.library_schema import METHOD_SCHEMA, TEMPLATE_SCHEMA
from facilitator.storage.safe_read import (
    MAX_NESTING,
    FileReadError,
    bracket_depth,
    dotted_key_depth,
    megabytes,
    read_regular_file,
    value_depth,
)

LANGUAGES: tuple[Language, ...] = ("fr", "en")
# Limits of one folder of templates or methods (each measured in docs/robustness.md).
MAX_FILE_BYTES = 1_000_000  # one file; the largest bundled one is 5.3 kB (disney.toml)
MAX_FILES_PER_FOLDER = 400  # `.toml` files read per folder, in name order
MAX_FOLDER_BYTES = 2_000_000  # bytes read per folder, all its files together (plus one file)
MAX_FOLDER_ENTRIES = 20_000  # entries of a folder looked at, whatever their names
MAX_ERRORS = 100  # schema errors of one file weighed to pick the one reported


class LibraryFileError(Exception):
    def __init__(self, msg: Message) -> None:
        super().__init__(msg.render())
        self.message = msg


def _problem(path: Path, location: str, reason: object) -> LibraryFileError:
    return LibraryFileError(
        message(
            QT_TRANSLATE_NOOP("Library", "“{path}”: {location}: {reason}"),
            path=str(path),
            location=location or "—",
            reason=reason,
        )
    )


def _location(parts: Iterable[object]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _read_bytes(path: Path) -> bytes:
    try:
        return read_regular_file(path, MAX_FILE_BYTES)
    except FileReadError as error:
        raise _problem(path, "", error.reason) from error


def _too_deep(path: Path) -> LibraryFileError:
    return _problem(
        path,
        "",
        message(
            QT_TRANSLATE_NOOP("Library", "tables and arrays nest more than {limit} levels deep"),
            limit=MAX_NESTING,
        ),
    )


def _overlong(
    value: object, schema: dict[str, Any], where: list[object]
) -> tuple[list[object], int, int] | None:
    """The first list in `value` longer than its `maxItems` in `schema` (following
    `properties` and `items`): its place, length and limit; None when there is none.
    O(size of `value`), recursing only as deep as the schema (a few levels)."""
    if isinstance(value, list) and schema.get("type") == "array":
        limit = schema.get("maxItems")
        if isinstance(limit, int) and len(value) > limit:
            return where, len(value), limit
        items = schema.get("items")
        if isinstance(items, dict):
            for index, entry in enumerate(value):
                found = _overlong(entry, items, [*where, index])
                if found is not None:
                    return found
    elif isinstance(value, dict) and isinstance(schema.get("properties"), dict):
        for key, sub in schema["properties"].items():
            if key in value and isinstance(sub, dict):
                found = _overlong(value[key], sub, [*where, key])
                if found is not None:
                    return found
    return None


def _too_many(count: int, limit: int) -> Message:
    return message(
        QT_TRANSLATE_NOOP("Library", "{count} entries: at most {limit} are allowed"),
        count=count,
        limit=limit,
    )


def _reason(problem: Any) -> Message | str:
    """Why the schema refused a value, in one short sentence: our own words for a text
    or a list too long (jsonschema's quote the whole value), else jsonschema's first
    200 characters."""
    instance = problem.instance
    if problem.validator == "maxLength" and isinstance(instance, str):
        return message(
            QT_TRANSLATE_NOOP("Library", "{length} characters: at most {limit} are allowed"),
            length=len(instance),
            limit=problem.validator_value,
        )
    if problem.validator == "maxItems" and isinstance(instance, list):
        return _too_many(len(instance), problem.validator_value)
    return str(problem.message)[:200]


def _read_toml(path: Path, schema: dict[str, Any], content: bytes | None) -> dict[str, Any]:
    import jsonschema

    if content is None:
        content = _read_bytes(path)
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _problem(
            path,
            "",
            message(
                QT_TRANSLATE_NOOP("Library", "the file is not UTF-8 text (byte {offset})"),
                offset=error.start,
            ),
        ) from error
    # tomllib recurses once per level of brackets, and takes time quadratic in the
    # length of a dotted key: measure both before parsing.
    if (
        bracket_depth(text, MAX_NESTING) > MAX_NESTING
        or dotted_key_depth(text, MAX_NESTING) > MAX_NESTING
    ):
        raise _too_deep(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise _problem(path, "", f"TOML: {error}") from error
    except ValueError as error:  # Python refuses to convert integers of over 4,300 digits
        raise _problem(
            path,
            "",
            message(
                QT_TRANSLATE_NOOP("Library", "a number has more than {limit} digits"),
                limit=sys.get_int_max_str_digits(),
            ),
        ) from error
    except RecursionError as error:  # a belt: bracket_depth should have refused it
        raise _too_deep(path) from error
    # Table headers, dotted keys and brackets add up; jsonschema and repr recurse.
    if value_depth(data, MAX_NESTING) > MAX_NESTING:
        raise _too_deep(path)
    # A list longer than the schema allows is refused before the schema walks each of
    # its entries (17,000 rounds in a 1 MB file took 1.3 s to validate, then was refused).
    overlong = _overlong(data, schema, [])
    if overlong is not None:
        where, count, limit = overlong
        raise _problem(path, _location(where), _too_many(count, limit))
    # The first errors only: a hostile file can hold 300,000 bad values (4 s to list).
    problem = jsonschema.exceptions.best_match(
        itertools.islice(jsonschema.Draft202012Validator(schema).iter_errors(data), MAX_ERRORS)
    )
    if problem is not None:
        raise _problem(path, _location(problem.absolute_path), _reason(problem))
    if data["id"] != path.stem:
        raise _problem(
            path,
            "id",
            message(
                QT_TRANSLATE_NOOP("Library", "“{id}” differs from the file name “{name}”"),
                id=data["id"],
                name=path.stem,
            ),
        )
    return data


def read_method(path: Path, content: bytes | None = None) -> MethodCard:
    """One method card file (its bytes `content` when already read, else read here within
    `MAX_FILE_BYTES`); `LibraryFileError` names the file, the field and why."""
    data = _read_toml(path, METHOD_SCHEMA, content)
    if not data["duration_min"] <= data["duration"] <= data["duration_max"]:
        raise _problem(
            path,
            "duration",
            QT_TRANSLATE_NOOP("Library", "must lie between duration_min and duration_max"),
        )
    if data["group_min"] > data["group_max"]:
        raise _problem(path, "group_min", QT_TRANSLATE_NOOP("Library", "is larger than group_max"))
    texts = {
        language: MethodText(
            title=data[language]["title"],
            purpose=data[language]["purpose"],
            group_size=data[language]["group_size"],
            materials=tuple(data[language]["materials"]),
            steps=tuple(data[language]["steps"]),
            participant_instructions=data[language]["participant_instructions"],
            tips=tuple(data[language]["tips"]),
        )
        for language in LANGUAGES
    }
    return MethodCard(
        id=data["id"],
        category=data["category"],
        duration=data["duration"],
        duration_min=data["duration_min"],
        duration_max=data["duration_max"],
        group_min=data["group_min"],
        group_max=data["group_max"],
        produces=data["produces"],
        texts=texts,
        rounds=_read_rounds(
            path, data.get("rounds", []), "rounds", data["duration_max"], "duration_max"
        ),
        poll=_read_poll(path, data["poll"]) if "poll" in data else None,
    )


def _read_poll(path: Path, raw: dict[str, Any]) -> MethodPoll:
    """The `[poll]` table, checked beyond the schema as the agenda item's poll will be
    made in each language (domain/polls.py `poll_rows`: texts cleaned and within their
    limits, a question that shows something, 2 to 10 values or options, a choice's
    options not empty, no options for words and texts)."""
    questions: dict[Language, str] = {}
    for language in LANGUAGES:
        try:
            questions[language] = str(check_value(Poll, "question", raw["question"][language]))
        except FacilitatorError as error:
            raise _problem(path, f"poll.question.{language}", error.message) from error
        if not has_visible_text(questions[language]):
            raise _problem(
                path,
                f"poll.question.{language}",
                QT_TRANSLATE_NOOP("Library", "a poll needs a question"),
            )
    options = tuple(
        {language: str(o[language]) for language in LANGUAGES} for o in raw.get("options", [])
    )
    spec = MethodPoll(
        kind=raw["kind"],
        questions=questions,
        options=options,
        words_per_answer=raw.get("words_per_answer", 3),
    )
    for language in LANGUAGES:
        try:
            polls.rows_from_method(spec, "item", language)
        except FacilitatorError as error:
            raise _problem(path, "poll", error.message) from error
    return spec


def _read_rounds(
    path: Path, raws: list[dict[str, Any]], where: str, limit_min: int, limit_name: str
) -> tuple[MethodRound, ...]:
    """The `rounds` list at `where` in the file, checked beyond the schema: each text as
    the agenda item's round will hold it (cleaned, within its limit, a title that shows
    something), at most `MAX_EXPANDED_ROUNDS` rounds once repeated, and all of them
    within `limit_min` minutes (`limit_name` says which: a method's `duration_max`, a
    template item's `duration`), so that no item is shorter than its rounds."""
    rounds: list[MethodRound] = []
    for index, raw in enumerate(raws):
        at = f"{where}[{index}]"
        texts: dict[str, dict[Language, str]] = {}
        for name in ("title", "instruction", "facilitator_notes"):
            texts[name] = {}
            for language in LANGUAGES:
                if language not in raw.get(name, {}):
                    continue
                try:
                    value = str(check_value(ItemRound, name, raw[name][language]))
                except FacilitatorError as error:
                    raise _problem(path, f"{at}.{name}.{language}", error.message) from error
                if name == "title" and not has_visible_text(value):
                    raise _problem(
                        path,
                        f"{at}.title.{language}",
                        QT_TRANSLATE_NOOP("Library", "a round needs a title"),
                    )
                texts[name][language] = value
        rounds.append(
            MethodRound(
                duration_s=raw["duration_s"],
                repeat=raw.get("repeat", 1),
                titles=texts["title"],
                instructions=texts["instruction"],
                notes=texts["facilitator_notes"],
            )
        )
    count = sum(r.repeat for r in rounds)
    if count > MAX_EXPANDED_ROUNDS:
        raise _problem(
            path,
            where,
            message(
                QT_TRANSLATE_NOOP(
                    "Library", "{count} rounds once repeated: at most {limit} are allowed"
                ),
                count=count,
                limit=MAX_EXPANDED_ROUNDS,
            ),
        )
    total_s = sum(r.total_s for r in rounds)
    if total_s > limit_min * 60:
        raise _problem(
            path,
            where,
            message(
                QT_TRANSLATE_NOOP(
                    "Library", "the rounds last {minutes} min, longer than {name} ({limit} min)"
                ),
                minutes=-(-total_s // 60),
                name=limit_name,
                limit=limit_min,
            ),
        )
    return tuple(rounds)


def _per_language(value: dict[str, str] | None) -> dict[Language, str]:
    return {lang: value[lang] for lang in LANGUAGES if value and lang in value}


def _minutes(time: str) -> int:
    hours, minutes = time.split(":")
    return int(hours) * 60 + int(minutes)


def read_template(
    path: Path, methods: dict[str, MethodCard], origin: TemplateOrigin, content: bytes | None = None
) -> SessionTemplate:
    """One session template file (its bytes `content` when already read, else read here
    within `MAX_FILE_BYTES`), its methods looked up in `methods`; `LibraryFileError`
    names the file, the field and why."""
    data = _read_toml(path, TEMPLATE_SCHEMA, content)
    days = []
    for d, day in enumerate(data["days"]):
        if _minutes(day["end"]) <= _minutes(day["start"]):
            raise _problem(
                path,
                f"days[{d}].end",
                QT_TRANSLATE_NOOP("Library", "the day must end after it starts"),
            )
        items = []
        for i, raw in enumerate(day.get("items", [])):
            where = f"days[{d}].items[{i}]"
            kind = raw.get("kind", "activity")
            method_id = raw.get("method")
            if method_id is not None and method_id not in methods:
                raise _problem(
                    path,
                    f"{where}.method",
                    message(QT_TRANSLATE_NOOP("Library", "unknown method “{id}”"), id=method_id),
                )
            if kind == "activity" and method_id is None and not raw.get("title"):
                raise _problem(
                    path,
                    where,
                    QT_TRANSLATE_NOOP("Library", "an activity needs a method or a title"),
                )
            if method_id is None and "duration" not in raw:
                raise _problem(
                    path,
                    f"{where}.duration",
                    QT_TRANSLATE_NOOP("Library", "is required without a method"),
                )
            rounds = None
            if "rounds" in raw:
                method = methods.get(method_id or "")
                limit, limit_name = (
                    (raw["duration"], "duration")
                    if "duration" in raw or method is None
                    else (method.duration_max, "duration_max")
                )
                rounds = _read_rounds(path, raw["rounds"], f"{where}.rounds", limit, limit_name)
            items.append(
                TemplateItem(
                    rounds=rounds,
                    kind=kind,
                    method_id=method_id,
                    duration=raw.get("duration"),
                    titles=_per_language(raw.get("title")),
                    participant_instructions=_per_language(raw.get("participant_instructions")),
                    facilitator_notes=_per_language(raw.get("facilitator_notes")),
                    materials=_per_language(raw.get("materials")),
                )
            )
        days.append(TemplateDay(start=day["start"], end=day["end"], items=tuple(items)))
    return SessionTemplate(
        id=data["id"],
        titles={lang: data[lang]["title"] for lang in LANGUAGES if lang in data},
        descriptions={
            lang: data[lang].get("description", "") for lang in LANGUAGES if lang in data
        },
        days=tuple(days),
        origin=origin,
        source=str(path),
    )


def _folder_note(folder: Path, text: MessageText, **params: object) -> Message:
    """What a folder's reading left out, said about the folder."""
    return _problem(folder, "", message(text, **params)).message


def _toml_names(folder: Path, problems: list[Message]) -> list[str]:
    """The names of the folder's `*.toml` entries, sorted, hidden ones left out; at
    most `MAX_FOLDER_ENTRIES` entries are looked at and `MAX_FILES_PER_FOLDER` names
    kept, and what is left out is added to `problems`."""
    names: list[str] = []
    seen = 0
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                seen += 1
                if seen > MAX_FOLDER_ENTRIES:
                    problems.append(
                        _folder_note(
                            folder,
                            QT_TRANSLATE_NOOP(
                                "Library",
                                "the folder holds more than {count} entries: "
                                "the others are not looked at",
                            ),
                            count=MAX_FOLDER_ENTRIES,
                        )
                    )
                    break
                if entry.name.endswith(".toml") and not entry.name.startswith("."):
                    names.append(entry.name)
    except OSError as error:
        problems.append(_problem(folder, "", os_reason(error)).message)
    names.sort()
    if len(names) > MAX_FILES_PER_FOLDER:
        problems.append(
            _folder_note(
                folder,
                QT_TRANSLATE_NOOP(
                    "Library",
                    "only the first {count} files are read; {skipped} more are left out",
                ),
                count=MAX_FILES_PER_FOLDER,
                skipped=len(names) - MAX_FILES_PER_FOLDER,
            )
        )
        del names[MAX_FILES_PER_FOLDER:]
    return names


def _read_folder(
    folder: Path, read: Callable[[Path, bytes], None], problems: list[Message]
) -> None:
    """Hand each readable `*.toml` file of `folder` with its bytes to `read`, within
    the folder's limits; every file or folder refused is added to `problems`."""
    if not folder.is_dir():
        return
    names = _toml_names(folder, problems)
    used = 0
    for index, name in enumerate(names):
        if used >= MAX_FOLDER_BYTES:
            problems.append(
                _problem(
                    folder,
                    "",
                    message(
                        QT_TRANSLATE_NOOP(
                            "Library",
                            "the files read reach {limit} MB; {skipped} more are left out",
                        ),
                        limit=megabytes(MAX_FOLDER_BYTES),
                        skipped=len(names) - index,
                    ),
                ).message
            )
            return
        path = folder / name
        try:
            content = _read_bytes(path)
            used += len(content)
            read(path, content)
        except LibraryFileError as error:
            problems.append(error.message)


def load_library(
    bundled: Path, personal: Path | None = None, shared: Iterable[Path] = ()
) -> Library:
    """Methods from `bundled/methods`; templates from `bundled/templates`, then the
    personal folder, then each shared folder. The first file to use an id keeps it.
    A file or folder refused (see the module's limits) is named with its reason in
    `Library.problems`; never raises for what a folder holds."""
    library = Library()

    def add_method(path: Path, content: bytes) -> None:
        method = read_method(path, content)
        library.methods[method.id] = method

    _read_folder(bundled / "methods", add_method, library.problems)
    library.templates[EMPTY_TEMPLATE.id] = EMPTY_TEMPLATE
    sources: list[tuple[Path, TemplateOrigin]] = [(bundled / "templates", "bundled")]
    if personal is not None:
        sources.append((personal, "personal"))
    sources += [(folder, "shared") for folder in shared]
    for folder, origin in sources:

        def add_template(path: Path, content: bytes, origin: TemplateOrigin = origin) -> None:
            template = read_template(path, library.methods, origin, content)
            if template.id in library.templates:
                raise _problem(
                    path,
                    "id",
                    message(QT_TRANSLATE_NOOP("Library", "“{id}” is already used"), id=template.id),
                )
            library.templates[template.id] = template

        _read_folder(folder, add_template, library.problems)
    return library


# -- saving an agenda as a template -------------------------------------------
def _slug(title: str) -> str:
    import unicodedata

    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    return slug[:48] or "modele"


def _round_table(round_: ItemRound, language: Language) -> dict[str, Any]:
    """One round of an agenda item as a template item's round (a team's slot becomes a
    plain round: a template has no teams); a round shorter than `MIN_ROUND_S` (from an
    older file) is saved at that length, so that the template loads."""
    table: dict[str, Any] = {"duration_s": max(MIN_ROUND_S, round_.duration_s)}
    if round_.repeat != 1:
        table["repeat"] = round_.repeat
    for name in ("title", "instruction", "facilitator_notes"):
        value = getattr(round_, name)
        if value:
            table[name] = {language: value}
    return table


def _item_table(item: AgendaItem, language: Language, rounds: list[ItemRound]) -> dict[str, Any]:
    """One agenda item as a template item, with its rounds (`rounds = []` when it has
    none, so that its method's are not added back); it lasts at least as long as them."""
    tables = [_round_table(r, language) for r in rounds[:MAX_EXPANDED_ROUNDS]]
    needed = -(-sum(t["duration_s"] * t.get("repeat", 1) for t in tables) // 60)
    table: dict[str, Any] = {
        "kind": item.kind,
        "duration": max(1, item.duration_min, needed),
    }
    if item.method_id:
        table["method"] = item.method_id
    for name in ("title", "participant_instructions", "facilitator_notes", "materials"):
        value = getattr(item, name)
        if value:
            table[name] = {language: value}
    if tables or item.method_id:
        table["rounds"] = tables
    return table


def template_document(workshop: Workshop, title: str, description: str) -> tuple[str, str]:
    """The TOML text of a template made from the workshop's agenda, and its id."""
    language = workshop.info.language
    template_id = _slug(title)
    rounds: dict[str, list[ItemRound]] = {}
    for round_ in workshop.all(ItemRound):
        rounds.setdefault(round_.agenda_item_id, []).append(round_)
    document: dict[str, Any] = {
        "id": template_id,
        language: {"title": title, "description": description},
        "days": [
            {
                "start": day.start_time or "09:30",
                "end": day.end_time or "17:00",
                "items": [
                    _item_table(item, language, rounds.get(item.id, []))
                    for item in workshop.where(AgendaItem, day_id=day.id)
                ],
            }
            for day in workshop.all(Day)
        ],
    }
    return template_id, tomli_w.dumps(document)


def save_template(workshop: Workshop, title: str, description: str, folder: Path) -> Path:
    """Write the agenda as a personal template in `folder`; a new file, never an overwrite."""
    template_id, text = template_document(workshop, title, description)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{template_id}.toml"
    counter = 2
    while path.exists():
        path = folder / f"{template_id}-{counter}.toml"
        counter += 1
    if path.stem != template_id:
        text = text.replace(f'id = "{template_id}"', f'id = "{path.stem}"', 1)
    path.write_text(text, encoding="utf-8")
    return path
