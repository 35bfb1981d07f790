"""Loading the method cards and session templates from their TOML files, and saving
a workshop's agenda as a personal template.

A file that is not valid TOML, breaks the schema, or refers to an unknown method
is reported (file, field, reason) and skipped; every other file still loads.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import tomli_w

from facilitator.domain.library import (
    EMPTY_TEMPLATE,
    Library,
    MethodCard,
    MethodText,
    SessionTemplate,
    TemplateDay,
    TemplateItem,
    TemplateOrigin,
)
from facilitator.domain.messages import QT_TRANSLATE_NOOP, Message, message
from facilitator.domain.records import AgendaItem, Day, Language
from facilitator.domain.workshop import Workshop
from facilitator.storage.library_schema import METHOD_SCHEMA, TEMPLATE_SCHEMA

LANGUAGES: tuple[Language, ...] = ("fr", "en")
MAX_FILE_BYTES = 1_000_000


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


def _read_toml(path: Path, schema: dict[str, Any]) -> dict[str, Any]:
    import jsonschema

    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _problem(path, "", QT_TRANSLATE_NOOP("Library", "the file is too large"))
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise _problem(path, "", str(error)) from error
    except tomllib.TOMLDecodeError as error:
        raise _problem(path, "", f"TOML: {error}") from error
    problem = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(schema).iter_errors(data)
    )
    if problem is not None:
        raise _problem(path, _location(problem.absolute_path), problem.message[:200])
    if data["id"] != path.stem:
        raise _problem(path, "id", f"“{data['id']}” differs from the file name “{path.stem}”")
    return data


def read_method(path: Path) -> MethodCard:
    """One method card file; `LibraryFileError` names the file, the field and why."""
    data = _read_toml(path, METHOD_SCHEMA)
    if not data["duration_min"] <= data["duration"] <= data["duration_max"]:
        raise _problem(path, "duration", "must lie between duration_min and duration_max")
    if data["group_min"] > data["group_max"]:
        raise _problem(path, "group_min", "is larger than group_max")
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
    )


def _per_language(value: dict[str, str] | None) -> dict[Language, str]:
    return {lang: value[lang] for lang in LANGUAGES if value and lang in value}


def _minutes(time: str) -> int:
    hours, minutes = time.split(":")
    return int(hours) * 60 + int(minutes)


def read_template(
    path: Path, methods: dict[str, MethodCard], origin: TemplateOrigin
) -> SessionTemplate:
    """One session template file, its methods looked up in `methods`;
    `LibraryFileError` names the file, the field and why."""
    data = _read_toml(path, TEMPLATE_SCHEMA)
    days = []
    for d, day in enumerate(data["days"]):
        if _minutes(day["end"]) <= _minutes(day["start"]):
            raise _problem(path, f"days[{d}].end", "the day must end after it starts")
        items = []
        for i, raw in enumerate(day.get("items", [])):
            where = f"days[{d}].items[{i}]"
            kind = raw.get("kind", "activity")
            method_id = raw.get("method")
            if method_id is not None and method_id not in methods:
                raise _problem(path, f"{where}.method", f"unknown method “{method_id}”")
            if kind == "activity" and method_id is None and not raw.get("title"):
                raise _problem(path, where, "an activity needs a method or a title")
            if method_id is None and "duration" not in raw:
                raise _problem(path, f"{where}.duration", "is required without a method")
            items.append(
                TemplateItem(
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


def load_library(
    bundled: Path, personal: Path | None = None, shared: Iterable[Path] = ()
) -> Library:
    """Methods from `bundled/methods`; templates from `bundled/templates`, then the
    personal folder, then each shared folder. The first file to use an id keeps it."""
    library = Library()
    for path in sorted((bundled / "methods").glob("*.toml")):
        try:
            method = read_method(path)
        except LibraryFileError as error:
            library.problems.append(error.message)
            continue
        library.methods[method.id] = method
    library.templates[EMPTY_TEMPLATE.id] = EMPTY_TEMPLATE
    sources: list[tuple[Path, TemplateOrigin]] = [(bundled / "templates", "bundled")]
    if personal is not None:
        sources.append((personal, "personal"))
    sources += [(folder, "shared") for folder in shared]
    for folder, origin in sources:
        for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
            try:
                template = read_template(path, library.methods, origin)
            except LibraryFileError as error:
                library.problems.append(error.message)
                continue
            if template.id in library.templates:
                library.problems.append(
                    _problem(path, "id", f"“{template.id}” is already used").message
                )
                continue
            library.templates[template.id] = template
    return library


# -- saving an agenda as a template -------------------------------------------
def _slug(title: str) -> str:
    import unicodedata

    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    return slug[:48] or "modele"


def _item_table(item: AgendaItem, language: Language) -> dict[str, Any]:
    table: dict[str, Any] = {"kind": item.kind, "duration": max(1, item.duration_min)}
    if item.method_id:
        table["method"] = item.method_id
    for name in ("title", "participant_instructions", "facilitator_notes", "materials"):
        value = getattr(item, name)
        if value:
            table[name] = {language: value}
    return table


def template_document(workshop: Workshop, title: str, description: str) -> tuple[str, str]:
    """The TOML text of a template made from the workshop's agenda, and its id."""
    language = workshop.info.language
    template_id = _slug(title)
    document: dict[str, Any] = {
        "id": template_id,
        language: {"title": title, "description": description},
        "days": [
            {
                "start": day.start_time or "09:30",
                "end": day.end_time or "17:00",
                "items": [
                    _item_table(item, language)
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
