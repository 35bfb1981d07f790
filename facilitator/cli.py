"""The `facilitator` command: the app itself, and the headless commands beside it.

    facilitator [FILE.atelier] [--demo] [--smoke-test [FILE]] [--version]
    facilitator new FILE --template ID [--title T] [--date YYYY-MM-DD] [--lang fr|en]
    facilitator demo FILE
    facilitator templates
    facilitator methods
    facilitator check FILE
    facilitator import JSON FILE
    facilitator add-ideas FILE IDEAS_FILE [--board TITLE]
    facilitator add-participants FILE LIST [--separator auto|semicolon|comma|tab|none]
    facilitator groups FILE (--size N | --count K | --list) [--seed S] [--name NAME]
        [--balance-roles]
    facilitator export FILE --format pdf|docx|accessible-pdf|csv|polls-csv|md|cards-pdf|
        agenda-pdf|agenda-md|ics|json|attendance|badges|groups-pdf [--sections S,S]
        [--names | --no-names]
        [--separator semicolon|comma|tab] [--audience A] [--per-page 1|2] [--timezone ZONE]
        [--labels l4785|c32011|3475] [--with-facilitators] [--grouping NAME] [-o OUT]
    facilitator merge A.atelier B.atelier … -o EVENT.atelier [--title T] [--room NAME …]
    facilitator report FOLDER_OR_FILE… [--from DATE] [--to DATE] [--format pdf|docx|csv|md]
        [--language fr|en] [--title T] [-o OUT]

Errors are one sentence on stderr with a non-zero exit code, never a traceback. A
reader that goes away early (`facilitator methods | head -1`) ends the command quietly
with `EXIT_BROKEN_PIPE`, the code a shell shows for a process ended by SIGPIPE.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NoReturn

from facilitator import __version__
from facilitator.domain.factory import now_iso
from facilitator.domain.library import Library, sorted_methods
from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, Message, message
from facilitator.domain.workshop import Workshop
from facilitator.export.label_sheets import DEFAULT_LABELS, LABEL_SHEETS

if TYPE_CHECKING:
    from facilitator.storage.workshop_file import WorkshopFile

EXPORT_FORMATS = (
    "pdf",
    "docx",
    "accessible-pdf",
    "csv",
    "polls-csv",
    "md",
    "cards-pdf",
    "agenda-pdf",
    "agenda-md",
    "ics",
    "json",
    "attendance",
    "badges",
    "groups-pdf",
)
HEADLESS = (
    "new",
    "demo",
    "templates",
    "methods",
    "check",
    "import",
    "add-ideas",
    "add-participants",
    "groups",
    "export",
    "merge",
    "report",
)
EXIT_OK, EXIT_ERROR, EXIT_UNREADABLE, EXIT_USAGE = 0, 1, 2, 2
# 128 + SIGPIPE (13 on Linux and macOS): what `$?` shows for a writer whose reader left.
EXIT_BROKEN_PIPE = 141


class CommandError(Exception):
    def __init__(self, msg: Message, code: int = EXIT_ERROR) -> None:
        super().__init__(msg.render())
        self.message = msg
        self.code = code


class _Parser(argparse.ArgumentParser):
    def error(self, text: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"{self.prog}: {text}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _write_out(out: Path, data: bytes) -> None:
    """`data` written to `out` atomically (an export, a report); CommandError naming the
    path and the system's reason when it cannot be."""
    from facilitator.storage.atomic import write_atomically
    from facilitator.storage.errors import os_reason

    try:
        write_atomically(out, data)
    except OSError as error:
        raise CommandError(
            message(
                QT_TRANSLATE_NOOP("Cli", "“{path}” cannot be written: {reason}."),
                path=str(out),
                reason=os_reason(error),
            )
        ) from error


def _render() -> Callable[[Message], str]:
    """Render core messages in the system's language (French or English)."""
    try:
        from facilitator.translations import Translator, system_language

        return Translator(system_language()).render
    except ImportError:  # pragma: no cover - Qt missing: English is still clear
        return Message.render


# -- the headless commands --------------------------------------------------
def _write_new(path: Path, workshop: Workshop) -> None:
    from facilitator.storage.workshop_file import WorkshopFile

    WorkshopFile.create(path, workshop).close()


def _library() -> Library:
    from facilitator.library_access import load_user_library
    from facilitator.paths import config_dir
    from facilitator.settings import SettingsStore

    library = load_user_library(SettingsStore(config_dir()).load())
    render = _render()
    for problem in library.problems:  # broken files are skipped, and said
        print(f"facilitator: {render(problem)}", file=sys.stderr)
    return library


def cmd_new(args: argparse.Namespace) -> int:
    from facilitator.domain.agenda import workshop_from_template

    library = _library()
    template = library.template(args.template)
    if template is None:
        raise CommandError(
            message(
                QT_TRANSLATE_NOOP("Cli", "Unknown template “{id}”; known templates: {known}."),
                id=args.template,
                known=", ".join(library.templates),
            )
        )
    try:
        first_day = dt.date.fromisoformat(args.date) if args.date else dt.date.today()
    except ValueError:
        raise CommandError(
            message(
                QT_TRANSLATE_NOOP("Cli", "“{date}” is not a date: write it YYYY-MM-DD."),
                date=args.date,
            )
        ) from None
    title = args.title if args.title is not None else template.title(args.lang)
    workshop = workshop_from_template(
        template,
        library,
        title=title,
        language=args.lang,
        first_day=first_day,
        created_at=now_iso(),
    )
    _write_new(Path(args.file), workshop)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from facilitator.library_access import full_demo

    _write_new(Path(args.file), full_demo())
    return EXIT_OK


def _hours(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest:02d}"


def cmd_templates(_args: argparse.Namespace) -> int:
    from facilitator.translations import system_language

    language = system_language()
    library = _library()
    for template in library.templates.values():
        minutes = library.total_minutes(template)
        print(f"{template.id}\t{template.title(language)}\t{_hours(minutes)}")
    return EXIT_OK


def cmd_methods(_args: argparse.Namespace) -> int:
    from facilitator.translations import system_language

    language = system_language()
    library = _library()
    render = _render()
    for method in sorted_methods(library.methods.values(), language):
        title = method.text(language).title
        line = f"{method.id}\t{title}\t{method.category}\t{method.duration} min"
        if method.rounds:  # issue 18: a fifth column, only for a method run in rounds
            count = method.rounds_count
            said = (
                QT_TRANSLATE_NOOP("Cli", "1 round")
                if count == 1
                else QT_TRANSLATE_NOOP("Cli", "{count} rounds")
            )
            line += "\t" + render(message(said, count=count))
        print(line)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from facilitator.storage.inspection import check_file

    render = _render()
    path = Path(args.file)
    inspection, unreadable = check_file(path)
    if unreadable:
        for problem in inspection.problems:
            print(render(problem), file=sys.stderr)
        return EXIT_UNREADABLE
    if inspection.problems:
        for problem in inspection.problems:
            print(f"{path}: {render(problem)}")
        return EXIT_ERROR
    assert inspection.workshop is not None
    if inspection.recovered:
        said = QT_TRANSLATE_NOOP(
            "Cli",
            "{path}: sound, once the change a crash cut short is rolled back "
            "(Facilitator does it when it opens the file).",
        )
    else:
        said = QT_TRANSLATE_NOOP("Cli", "{path}: sound.")
    print(render(message(said, path=str(path))))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from facilitator.storage import interchange

    workshop = interchange.read_file(Path(args.json))
    _write_new(Path(args.file), workshop)
    return EXIT_OK


def _target_board(workshop: Workshop, title: str | None, path: Path) -> str | None:
    """The id of the board titled `title` (exactly, else blanks and case aside), of the
    first board when `title` is None, or None when there is no board at all."""
    from facilitator.domain.records import Board

    boards = workshop.all(Board)
    if title is None:
        return boards[0].id if boards else None
    key = title.strip().casefold()
    found = [b for b in boards if b.title == title] or [
        b for b in boards if b.title.strip().casefold() == key
    ]
    if found:
        return found[0].id
    raise CommandError(
        message(
            QT_TRANSLATE_NOOP("Cli", "“{path}” has no board “{board}”; its boards: {boards}."),
            path=str(path),
            board=title,
            boards=", ".join(f"“{b.title}”" for b in boards) or "—",
        )
    )


@contextlib.contextmanager
def _open_for_writing(path: Path, busy: Message) -> Iterator[tuple[WorkshopFile, Workshop]]:
    """FILE locked as the app locks it, opened, its workshop read: what the commands that
    write into a workshop (add-ideas, add-participants, groups) share. Raises
    CommandError with `busy` when the app (or another command) holds the file, or when
    the file or its folder is read-only; closes the file and releases the lock on the
    way out, whatever happens."""
    from facilitator.storage.lock import WorkshopLock
    from facilitator.storage.workshop_file import WorkshopFile

    lock = WorkshopLock(path)
    if not lock.acquire():
        raise CommandError(busy)
    try:
        opened, workshop = WorkshopFile.open(path)
        try:
            if opened.read_only:
                raise CommandError(
                    message(
                        QT_TRANSLATE_NOOP(
                            "Cli",
                            "“{path}” cannot be changed: the file or its folder is read-only.",
                        ),
                        path=str(path),
                    )
                )
            yield opened, workshop
        finally:
            opened.close()
    finally:
        lock.release()


def cmd_add_ideas(args: argparse.Namespace) -> int:
    """The board's "Import ideas", from the command line: the ideas of IDEAS_FILE (text
    or CSV, see storage/idea_files.py) added to a board of FILE in one transaction,
    through the same domain capture as the app. Refused while the app has FILE open."""
    from facilitator.domain import board
    from facilitator.domain.changes import ChangeSet
    from facilitator.domain.records import Board
    from facilitator.storage.idea_files import read_idea_file

    path, source = Path(args.file), Path(args.ideas)
    read = read_idea_file(source)
    if not read.ideas:
        raise CommandError(
            message(QT_TRANSLATE_NOOP("Cli", "“{path}” has no idea to add."), path=str(source))
        )
    busy = message(
        QT_TRANSLATE_NOOP(
            "Cli",
            "“{path}” is open in Facilitator: add the ideas there (Import ideas), "
            "or close it first.",
        ),
        path=str(path),
    )
    with _open_for_writing(path, busy) as (opened, workshop):
        board_id = _target_board(workshop, args.board, path)
        made: list[ChangeSet] = []
        if board_id is None:
            made_board, board_id = board.add_board(workshop, source.stem[:200] or "Idées")
            workshop.apply(made_board)
            made.append(made_board)
        notes = [(i.text, i.author, i.colour) for i in read.ideas]
        captured, _ = board.capture_coloured(workshop, board_id, notes)
        workshop.apply(captured)
        opened.apply(ChangeSet.of([c for change in (*made, captured) for c in change.changes]))
    render = _render()
    title = workshop.require(Board, board_id).title
    print(render(read.report()))
    if made:
        said = QT_TRANSLATE_NOOP("Cli", "{path} had no board: the board “{board}” was made.")
        print(render(message(said, path=str(path), board=title)))
    said = QT_TRANSLATE_NOOP("Cli", "Ideas added to the board “{board}”: {count}.")
    print(render(message(said, board=title, count=len(captured.changes))))
    return EXIT_OK


# -- groups: a grouping made and stored, or listed (issue 18) -----------------------------
def _shown(text: str) -> str:
    """A name or an organisation for the terminal: one line, no control character (a
    colleague's file may hold an escape sequence that would drive the terminal)."""
    from facilitator.domain.text import clean_text

    return clean_text(text, multiline=False)


def _grouping_lines(workshop: Workshop, grouping_id: str) -> list[str]:
    """A grouping as printed: its name and size, each team with its members (name,
    organisation, role), then its mixing in words and its draw number."""
    from facilitator.domain import groupings
    from facilitator.domain.records import GroupingInfo

    render = _render()
    info = workshop.require(GroupingInfo, grouping_id)
    by_team = groupings.members_by_team(workshop, grouping_id)
    people = sum(len(members) for members in by_team.values())
    said = QT_TRANSLATE_NOOP("Cli", "{name} — people: {people}, groups: {groups}.")
    lines = [render(message(said, name=_shown(info.name), people=people, groups=len(by_team)))]
    nameless = render(message(QT_TRANSLATE_NOOP("Cli", "(no name)")))
    for team in groupings.teams_of(workshop, grouping_id):
        members = by_team[team.id]
        lines += ["", f"{_shown(team.name)} ({len(members)})"]
        for person in members:
            line = f"  {_shown(person.name) or nameless}"
            if _shown(person.organisation):
                line += f" — {_shown(person.organisation)}"
            if _shown(person.job):
                line += f" ({_shown(person.job)})"
            lines.append(line)
    absent = groupings.absent_people(workshop, grouping_id)
    if absent:
        said = QT_TRANSLATE_NOOP("Cli", "Absent: {names}.")
        names = ", ".join(_shown(p.name) or nameless for p in absent)
        lines += ["", render(message(said, names=names))]
    lines.append("")
    state = groupings.grouping_state(workshop, grouping_id)
    lines += [render(sentence) for sentence in groupings.state_sentences(state)]
    said = QT_TRANSLATE_NOOP(
        "Cli", "Draw number: {seed} (--seed {seed} draws these groups again from the same list)."
    )
    lines.append(render(message(said, seed=info.seed)))
    return lines


def _list_groupings(path: Path) -> int:
    from facilitator.domain.groupings import groupings_of
    from facilitator.storage.workshop_file import WorkshopFile

    workshop, _file_id, _recovered = WorkshopFile.read_committed(path)
    found = groupings_of(workshop)
    if not found:
        said = QT_TRANSLATE_NOOP(
            "Cli", "“{path}” has no grouping yet: make one with --size or --count."
        )
        print(_render()(message(said, path=str(path))))
        return EXIT_OK
    for number, grouping in enumerate(found):
        if number:
            print()
        print("\n".join(_grouping_lines(workshop, grouping.id)))
    return EXIT_OK


def cmd_groups(args: argparse.Namespace) -> int:
    """Make a grouping of FILE's participants and store it (one transaction, refused while
    the app has FILE open, as add-ideas), then print it; or, with --list, print every
    grouping of FILE. Team names follow the workshop's language, sentences the system's."""
    from facilitator.domain import groupings

    path = Path(args.file)
    if args.list:
        return _list_groupings(path)
    busy = message(
        QT_TRANSLATE_NOOP(
            "Cli",
            "“{path}” is open in Facilitator: make the groups there (Groups page), "
            "or close it first.",
        ),
        path=str(path),
    )
    with _open_for_writing(path, busy) as (opened, workshop):
        made = groupings.new_grouping(
            workshop,
            rule="size" if args.size is not None else "count",
            amount=args.size if args.size is not None else args.count,
            name=args.name or "",
            balance_roles=args.balance_roles,
            seed=args.seed,
            created_at=now_iso(),
        )
        workshop.apply(made.changes)
        opened.apply(made.changes)
    print("\n".join(_grouping_lines(workshop, made.grouping_id)))
    return EXIT_OK


# -- participants from a list (issue 18) --------------------------------------------------
ROSTER_SEPARATORS: dict[str, Literal["", "\t", ";", ","] | None] = {
    "auto": None,
    "semicolon": ";",
    "comma": ",",
    "tab": "\t",
    "none": "",
}


def cmd_add_participants(args: argparse.Namespace) -> int:
    """The details' "Import participants…", from the command line: the people of LIST
    (CSV or text, see storage/roster_files.py) added to FILE's participants in one
    transaction, those already there (same name and organisation) left out, through the
    same domain function as the app (domain/participants.py); every line left out is
    said. Refused while the app has FILE open."""
    from facilitator.domain.participants import Newcomer, add_participants, plan_import
    from facilitator.storage.roster_files import read_roster_file

    path, source = Path(args.file), Path(args.roster)
    read = read_roster_file(source, ROSTER_SEPARATORS[args.separator])
    render = _render()
    print(render(read.report()))
    for note in read.notes:
        print(render(note.message))
    if not read.people:
        raise CommandError(
            message(
                QT_TRANSLATE_NOOP("Cli", "“{path}” has no participant to add."), path=str(source)
            )
        )
    busy = message(
        QT_TRANSLATE_NOOP(
            "Cli",
            "“{path}” is open in Facilitator: add the participants there (Import "
            "participants), or close it first.",
        ),
        path=str(path),
    )
    with _open_for_writing(path, busy) as (opened, workshop):
        people = [Newcomer(p.name, p.organisation, p.job, p.line) for p in read.people]
        plan = plan_import(workshop, people)
        if plan.added:
            added = add_participants(workshop, plan.added)
            workshop.apply(added)
            opened.apply(added)
    for _person, left_out in plan.already:
        print(render(left_out))
    said = QT_TRANSLATE_NOOP("Cli", "Participants added to {path}: {count}.")
    print(render(message(said, path=str(path), count=len(plan.added))))
    return EXIT_OK


def _grouping_named(workshop: Workshop, name: str | None, path: Path) -> str | None:
    """The id of the grouping named `name` (exactly, else case, accents and blanks
    aside; the most recent of several), None for no `name` (the paper then takes the
    most recent grouping); CommandError naming the groupings when none is called so."""
    if name is None:
        return None
    from facilitator.domain.groups import same_key
    from facilitator.domain.records import GroupingInfo
    from facilitator.export.roster import most_recent

    groupings = workshop.all(GroupingInfo)
    found = [g for g in groupings if g.name == name] or [
        g for g in groupings if same_key(g.name) == same_key(name) and same_key(name)
    ]
    latest = most_recent(found)
    if latest is not None:
        return latest.id
    raise CommandError(
        message(
            QT_TRANSLATE_NOOP("Cli", "“{path}” has no grouping “{name}”; its groupings: {all}."),
            path=str(path),
            name=name,
            all=_quoted([g.name for g in groupings]),
        )
    )


def _quoted(names: list[str]) -> Message | str:
    """Names as a list for a sentence, each quoted as the language quotes: “A”, “B”."""
    if not names:
        return "—"
    quoted = [message(QT_TRANSLATE_NOOP("Cli", "“{name}”"), name=name) for name in names]
    joined = quoted[-1]
    for part in reversed(quoted[:-1]):
        joined = message(QT_TRANSLATE_NOOP("Cli", "{first}, {rest}"), first=part, rest=joined)
    return joined


def _sections(text: str | None) -> tuple[str, ...] | None:
    """'cover,votes' -> the sections chosen, each checked; None is every section."""
    from facilitator.export.synthesis_sections import SECTIONS

    if not text:
        return None
    chosen = tuple(s.strip() for s in text.split(",") if s.strip())
    unknown = [s for s in chosen if s not in SECTIONS]
    if unknown:
        raise CommandError(
            message(
                QT_TRANSLATE_NOOP("Cli", "“{section}” is not a section; the sections are: {all}."),
                section=unknown[0],
                all=", ".join(SECTIONS),
            )
        )
    return chosen


def _machine_zone() -> str:
    """This computer's time zone for calendars (Qt reads it; Europe/Paris without Qt)."""
    try:
        from facilitator.system_zone import machine_calendar_zone

        return machine_calendar_zone()
    except ImportError:  # pragma: no cover - Qt missing
        from facilitator.export.ics import DEFAULT_ZONE

        return DEFAULT_ZONE


def cmd_export(args: argparse.Namespace) -> int:
    from facilitator.export.formats import EXPORT_SUFFIXES, ExportOptions, export_bytes
    from facilitator.export.ics import checked_zone
    from facilitator.export.ideas_csv import SEPARATORS
    from facilitator.export.names import Names
    from facilitator.storage.workshop_file import WorkshopFile

    source = Path(args.file)
    workshop, file_id, recovered = WorkshopFile.read_committed(source)
    if recovered:  # the file and its journal are never written: the copy was rolled back
        said = QT_TRANSLATE_NOOP(
            "Cli",
            "{path}: a change cut short by a crash was rolled back in a copy; "
            "the file itself is unchanged.",
        )
        print(_render()(message(said, path=str(source))), file=sys.stderr)
    suffix = EXPORT_SUFFIXES[args.format]
    if args.format in ("agenda-pdf", "agenda-md") and args.output is None:
        suffix = f"-{'programme' if args.audience == 'participants' else 'animation'}{suffix}"
    out = Path(args.output) if args.output else source.with_name(source.stem + suffix)
    if args.timezone is not None:
        checked_zone(args.timezone)  # an unknown zone: one sentence, before any work
    names = Names.LEFT_OUT if args.no_names else Names.LISTED if args.names else Names.AS_TYPED
    options = ExportOptions(
        audience=args.audience,
        per_page=args.per_page,
        sections=_sections(args.sections),
        separator=SEPARATORS[args.separator],
        names=names,
        time_zone=args.timezone or _machine_zone(),
        file_id=file_id,
        labels=args.labels,
        with_facilitators=args.with_facilitators,
        grouping_id=_grouping_named(workshop, args.grouping, source),
    )
    data = export_bytes(workshop, args.format, options)
    _write_out(out, data)
    print(_render()(message(QT_TRANSLATE_NOOP("Cli", "Exported to {path}."), path=str(out))))
    return EXIT_OK


# -- merge: the rooms of an event in one workshop (issue 21) -------------------------------
def _given_twice(paths: Sequence[str]) -> tuple[str, str] | None:
    """Two of `paths` (as typed) that are one file (the same path, a link to it, a hard
    link), the first met first; None when all differ. A path that cannot be looked at is
    compared by its resolved name (reading it will say why it cannot be read)."""
    seen: dict[object, str] = {}
    for path in paths:
        try:
            found = Path(path).stat()
            key: object = (found.st_dev, found.st_ino)
        except OSError:
            key = Path(path).resolve()
        if key in seen:
            return seen[key], path
        seen[key] = path
    return None


def _room_names(
    paths: Sequence[Path], workshops: Sequence[Workshop], given: list[str] | None
) -> list[str]:
    """The rooms' names: as given with --room, else each workshop's title, else (a
    title two rooms share, or none) the file's name without its suffix."""
    if given:
        return list(given)
    from facilitator.domain.lab_summary import organisation_key

    keys = [organisation_key(w.info.title) for w in workshops]
    return [
        w.info.title if key and keys.count(key) == 1 else path.stem
        for path, w, key in zip(paths, workshops, keys, strict=True)
    ]


def cmd_merge(args: argparse.Namespace) -> int:
    """The rooms of an event (parallel workshops, each run on its own laptop) merged into
    one new workshop (domain/merge.py), whose synthesis has a chapter per room. Each
    source is read as `export` reads it, never written; OUTPUT must not exist (never
    replaced) and is written atomically: a half-written file never appears."""
    from facilitator.domain.merge import (
        Room,
        check_room_count,
        copies_of_one_file,
        merged_workshop,
    )
    from facilitator.storage.workshop_file import WorkshopFile

    render = _render()
    sources = [Path(f) for f in args.files]
    out = Path(args.output)
    check_room_count(len(sources))
    if args.room is not None and len(args.room) != len(sources):
        said = QT_TRANSLATE_NOOP(
            "Cli", "Give --room once per file: {files} files, {names} room names."
        )
        raise CommandError(message(said, names=len(args.room), files=len(sources)), EXIT_USAGE)
    twice = _given_twice([*args.files, args.output])
    if twice is not None:
        first, second = twice
        said = (
            QT_TRANSLATE_NOOP(
                "Cli", "“{path}” and “{other}” are one file: each room is merged once."
            )
            if second != args.output
            else QT_TRANSLATE_NOOP(
                "Cli", "“{path}” is a room of the event: the event is written to a new file."
            )
        )
        raise CommandError(message(said, path=first, other=second))
    if out.exists() or out.is_symlink():
        said = QT_TRANSLATE_NOOP(
            "Cli", "“{path}” already exists: merge writes a new file, choose another name."
        )
        raise CommandError(message(said, path=str(out)))
    read: list[tuple[Workshop, str]] = []
    for source in sources:
        workshop, file_id, recovered = WorkshopFile.read_committed(source)
        if recovered:
            said = QT_TRANSLATE_NOOP(
                "Cli",
                "{path}: a change cut short by a crash was rolled back in a copy; "
                "the file itself is unchanged.",
            )
            print(render(message(said, path=str(source))), file=sys.stderr)
        read.append((workshop, file_id))
    names = _room_names(sources, [w for w, _ in read], args.room)
    rooms = [
        Room(workshop, name, file_id, label=str(path))
        for path, (workshop, file_id), name in zip(sources, read, names, strict=True)
    ]
    event = merged_workshop(rooms, title=args.title, created_at=now_iso())
    for first_room, second_room in copies_of_one_file(rooms):
        said = QT_TRANSLATE_NOOP(
            "Cli",
            "“{first}” and “{second}” are copies of one workshop file, each changed since: "
            "merged as two rooms.",
        )
        print(
            render(message(said, first=first_room.label, second=second_room.label)), file=sys.stderr
        )
    _write_new(out, event)
    from facilitator.domain.records import Track

    rooms_said = _quoted([_shown(t.name) for t in event.all(Track)])
    said = QT_TRANSLATE_NOOP("Cli", "{count} rooms merged into {path}: {rooms}.")
    print(render(message(said, count=event.count(Track), path=str(out), rooms=rooms_said)))
    return EXIT_OK


# -- the lab's activity report (issue 21) -------------------------------------------------
REPORT_NAMES = {"fr": "rapport-activite", "en": "activity-report"}


def _report_date(text: str | None) -> str:
    """--from or --to as YYYY-MM-DD ("" when not given); CommandError otherwise."""
    if not text:
        return ""
    try:
        return dt.date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise CommandError(
            message(
                QT_TRANSLATE_NOOP("Cli", "“{date}” is not a date: write it YYYY-MM-DD."),
                date=text,
            ),
            EXIT_USAGE,
        ) from None


def _report_language(choice: str | None) -> Literal["fr", "en"]:
    """--language, else the interface's language (settings, then the system's), else
    French."""
    if choice in ("fr", "en"):
        return "en" if choice == "en" else "fr"
    try:
        from facilitator.paths import config_dir
        from facilitator.settings import SettingsStore
        from facilitator.translations import resolve

        return resolve(SettingsStore(config_dir()).load().language)
    except ImportError:  # pragma: no cover - Qt missing
        return "fr"


def cmd_report(args: argparse.Namespace) -> int:
    """The lab's activity report (export/report.py) over the workshops of the files and
    folders given, for the period --from..--to (both included, either open): PDF, Word
    (DOCX), CSV or Markdown, written atomically to -o (default: rapport-activite[-FROM][-TO].EXT in
    the current folder). The workshop files are read, never written; files that cannot
    be read are said on stderr and listed in the report. Refuses an output named
    .atelier (a workshop would be overwritten) and a period that ends before it starts."""
    from facilitator.export.report import REPORT_SUFFIXES, build_report, report_bytes
    from facilitator.storage.lab_index import cache_path

    start, end = _report_date(args.date_from), _report_date(args.date_to)
    if start and end and end < start:
        said = QT_TRANSLATE_NOOP("Cli", "The period ends ({end}) before it starts ({start}).")
        raise CommandError(message(said, start=start, end=end), EXIT_USAGE)
    language = _report_language(args.language)
    stem = "-".join([REPORT_NAMES[language], *(d for d in (start, end) if d)])
    out = Path(args.output) if args.output else Path(stem + REPORT_SUFFIXES[args.format])
    if out.suffix.lower() == ".atelier":
        said = QT_TRANSLATE_NOOP(
            "Cli",
            "“{path}” is a workshop file's name: write the report to a .pdf, .docx, .csv or "
            ".md file.",
        )
        raise CommandError(message(said, path=str(out)), EXIT_USAGE)
    render = _render()
    paths = [Path(p) for p in args.paths]
    today = dt.date.today().isoformat()
    report, read = build_report(paths, start, end, today=today, cache=cache_path())
    for note in read.notes:  # names from a shared folder: no escape reaches the terminal
        print(f"facilitator: {_shown(render(note))}", file=sys.stderr)
    if not read.sources and not read.unread:
        said = QT_TRANSLATE_NOOP("Cli", "No workshop file (.atelier) in {paths}.")
        raise CommandError(message(said, paths=_quoted([str(p) for p in paths])))
    data = report_bytes(report, args.format, language, title=args.title or "")
    _write_out(out, data)
    said = QT_TRANSLATE_NOOP(
        "Cli", "Activity report written to {path}; workshops in the period: {workshops}."
    )
    print(render(message(said, path=str(out), workshops=len(report.workshops))))
    return EXIT_OK


def _report_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    report = commands.add_parser(
        "report",
        help="the lab's activity report over the workshops of folders and files (read, "
        "never changed), for a period",
    )
    report.add_argument(
        "paths",
        nargs="+",
        metavar="FOLDER_OR_FILE",
        help="workshop files (.atelier), or folders searched with their subfolders",
    )
    report.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help="the period's first day, YYYY-MM-DD (default: open)",
    )
    report.add_argument(
        "--to", dest="date_to", metavar="DATE", help="the period's last day (default: open)"
    )
    report.add_argument("--format", choices=("pdf", "docx", "csv", "md"), default="pdf")
    report.add_argument(
        "--language",
        choices=("fr", "en"),
        help="the report's language (default: the interface's)",
    )
    report.add_argument(
        "--title", help="the report's title, such as the lab's name (default: Activity report)"
    )
    report.add_argument("-o", "--output", help="the report's file (default: in this folder)")


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "new": cmd_new,
    "demo": cmd_demo,
    "templates": cmd_templates,
    "methods": cmd_methods,
    "check": cmd_check,
    "import": cmd_import,
    "add-ideas": cmd_add_ideas,
    "add-participants": cmd_add_participants,
    "groups": cmd_groups,
    "export": cmd_export,
    "merge": cmd_merge,
    "report": cmd_report,
}


def headless_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="facilitator", description="Facilitator: headless commands.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    new = commands.add_parser("new", help="create a workshop file from a session template")
    new.add_argument("file")
    new.add_argument("--template", required=True, help="template id (see `templates`)")
    new.add_argument("--title")
    new.add_argument("--date", help="first day, YYYY-MM-DD (default: today)")
    new.add_argument("--lang", choices=("fr", "en"), default="fr")
    demo = commands.add_parser("demo", help="write the demo workshop to FILE")
    demo.add_argument("file")
    commands.add_parser("templates", help="list the session templates")
    commands.add_parser("methods", help="list the methods of the library")
    check = commands.add_parser("check", help="check a file: 0 sound, 1 problems, 2 unreadable")
    check.add_argument("file")
    imp = commands.add_parser("import", help="create a workshop file from interchange JSON")
    imp.add_argument("json")
    imp.add_argument("file")
    add_ideas = commands.add_parser(
        "add-ideas",
        help="add the ideas of a text or CSV file to a board (the board's Import ideas)",
    )
    add_ideas.add_argument("file", help="the workshop file (.atelier)")
    add_ideas.add_argument("ideas", help="a text file (one idea per line) or a CSV")
    add_ideas.add_argument(
        "--board",
        metavar="TITLE",
        help="the board's title (default: the first board; one is made if there is none)",
    )
    add_people = commands.add_parser(
        "add-participants",
        help="add the participants of a CSV or text list (name; organisation; role) to FILE "
        "(the details' Import participants)",
    )
    add_people.add_argument("file", help="the workshop file (.atelier)")
    add_people.add_argument(
        "roster",
        metavar="LIST",
        help="a CSV or text file, one person a line: name; organisation; role (a header "
        "line such as Nom;Prénom;Structure;Fonction is recognised)",
    )
    add_people.add_argument(
        "--separator",
        choices=tuple(ROSTER_SEPARATORS),
        default="auto",
        help="the columns' separator (default: auto, the one of tab, semicolon and comma "
        "that splits most lines; none: one name per line)",
    )
    groups_command = commands.add_parser(
        "groups",
        help="make groups of the participants that mix organisations, store them in FILE "
        "and print them; or list FILE's groupings",
    )
    groups_command.add_argument("file", help="the workshop file (.atelier)")
    rule = groups_command.add_mutually_exclusive_group(required=True)
    rule.add_argument("--size", type=int, metavar="N", help="groups of about N people")
    rule.add_argument("--count", type=int, metavar="K", help="K groups")
    rule.add_argument("--list", action="store_true", help="print the groupings of FILE")
    groups_command.add_argument(
        "--seed",
        type=int,
        metavar="S",
        help="the draw number (0 to 2**53): the same list and number give the same groups "
        "(default: a new draw)",
    )
    groups_command.add_argument(
        "--name", help="the grouping's name (default: Répartition n, or Grouping n)"
    )
    groups_command.add_argument(
        "--balance-roles",
        action="store_true",
        help="spread each role (the participants' Role) over the groups as well",
    )
    export = commands.add_parser("export", help="export a workshop")
    export.add_argument("file")
    export.add_argument(
        "--format",
        required=True,
        choices=EXPORT_FORMATS,
        help="pdf, docx, md: the synthesis; accessible-pdf: the synthesis as a tagged PDF "
        "(PDF/UA, for screen readers and publication) made from the docx by LibreOffice, "
        "which must be installed (it takes up to 2 minutes)",
    )
    export.add_argument(
        "--audience",
        choices=("participants", "facilitator"),
        default="participants",
        help="agenda-pdf and md: for participants (default) or the facilitator",
    )
    export.add_argument(
        "--sections",
        help="pdf, docx, accessible-pdf and md: the sections to include, comma-separated "
        "(default: all): "
        "cover,figures,agenda,boards,votes,polls,cards,next_steps,ideas",
    )
    names = export.add_mutually_exclusive_group()
    names.add_argument(
        "--names",
        action="store_true",
        help="pdf, docx, accessible-pdf: the participants' names on the cover",
    )
    names.add_argument(
        "--no-names",
        action="store_true",
        help="pdf, docx, accessible-pdf, md, csv, cards-pdf: no participant's or author's "
        "name anywhere (no "
        "author column, no team field, next steps' owners left out unless facilitators); "
        "the facilitators' names stay. Refused for json, attendance, badges and groups-pdf",
    )
    export.add_argument(
        "--separator",
        choices=("semicolon", "comma", "tab"),
        default="semicolon",
        help="csv, polls-csv: the column separator (default: semicolon, as French "
        "spreadsheets expect)",
    )
    export.add_argument(
        "--per-page",
        type=int,
        choices=(1, 2),
        default=1,
        help="cards-pdf: one prototype card per A4 page (default) or two",
    )
    export.add_argument(
        "--timezone",
        metavar="ZONE",
        help="ics: the venue's time zone, such as Europe/Paris or America/Cayenne "
        "(default: this computer's, or Europe/Paris if it is set to UTC)",
    )
    export.add_argument(
        "--labels",
        type=str.lower,
        choices=tuple(LABEL_SHEETS),
        default=DEFAULT_LABELS,
        help="badges: the label sheet, "
        + "; ".join(
            f"{s.key}: {s.product}, {s.width:g} x {s.height:g} mm, {s.per_sheet} a sheet"
            for s in LABEL_SHEETS.values()
        )
        + f" (default: {DEFAULT_LABELS})",
    )
    export.add_argument(
        "--with-facilitators",
        action="store_true",
        help="badges: the facilitators' badges too, after the participants'",
    )
    export.add_argument(
        "--grouping",
        metavar="NAME",
        help="badges (the group line), groups-pdf (group lists and table tents): the "
        "grouping printed, by its name (default: the most recent one)",
    )
    export.add_argument("-o", "--output")
    merge = commands.add_parser(
        "merge",
        help="merge the workshops of an event's rooms into one new workshop, a room each "
        "(the sources are read, never changed)",
    )
    merge.add_argument("files", nargs="+", metavar="FILE", help="the rooms' workshop files")
    merge.add_argument("-o", "--output", required=True, help="the event's new file (.atelier)")
    merge.add_argument(
        "--title", help="the event's title (default: the rooms' title, or their names)"
    )
    merge.add_argument(
        "--room",
        action="append",
        metavar="NAME",
        help="a room's name, once per file in their order (default: each workshop's title)",
    )
    _report_parser(commands)
    return parser


def app_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="facilitator",
        description="Facilitator: prepare and run creativity workshops, offline.",
        epilog="Headless commands: " + ", ".join(HEADLESS) + " (facilitator COMMAND --help).",
    )
    parser.add_argument("file", nargs="?", help="a workshop file (.atelier) to open")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo")
    parser.add_argument(
        "--smoke-test", action="store_true", help="open FILE (or the demo), show every part, exit"
    )
    parser.add_argument("--version", action="version", version=f"Facilitator {__version__}")
    return parser


def _silence_stdout() -> None:
    """Point stdout at the null device, so that the interpreter's last flush of what is
    still buffered cannot fail again on the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real stdout (pytest's capture)
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app or a headless command; returns the exit code (EXIT_* above).

    Output is flushed before returning, so that a reader gone early (a closed pipe)
    is met here, and ends the command with EXIT_BROKEN_PIPE and no traceback."""
    try:
        try:
            return _main(argv)
        finally:
            if sys.stdout is not None:
                sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE


def _main(argv: Sequence[str] | None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list and args_list[0] in HEADLESS:
            args = headless_parser().parse_args(args_list)
            return COMMANDS[args.command](args)
        args = app_parser().parse_args(args_list)
        from facilitator.app import run_app

        return run_app(
            file=Path(args.file) if args.file else None,
            demo=args.demo,
            smoke_test=args.smoke_test,
        )
    except CommandError as error:
        print(f"facilitator: {_render()(error.message)}", file=sys.stderr)
        return error.code
    except FacilitatorError as error:
        code = EXIT_UNREADABLE if getattr(error, "unreadable", False) else EXIT_ERROR
        print(f"facilitator: {_render()(error.message)}", file=sys.stderr)
        return code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader left: main() ends quietly
        raise
    except Exception as error:  # a bug: still one sentence, and the details in the log
        logging.getLogger("facilitator").exception("unexpected error in %s", args_list)
        print(
            f"facilitator: unexpected error ({type(error).__name__}: {error}); "
            "please report it with the command you ran.",
            file=sys.stderr,
        )
        return EXIT_ERROR
