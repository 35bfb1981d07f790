"""The `facilitator` command: the app itself, and the headless commands beside it.

    facilitator [FILE.atelier] [--demo] [--smoke-test [FILE]] [--version]
    facilitator new FILE --template ID [--title T] [--date YYYY-MM-DD] [--lang fr|en]
    facilitator demo FILE
    facilitator templates
    facilitator methods
    facilitator check FILE
    facilitator import JSON FILE
    facilitator add-ideas FILE IDEAS_FILE [--board TITLE]
    facilitator export FILE --format pdf|csv|md|cards-pdf|agenda-pdf|agenda-md|ics|json|
        attendance|badges [--sections S,S] [--names | --no-names]
        [--separator semicolon|comma|tab] [--audience A] [--per-page 1|2] [--timezone ZONE]
        [--labels l4785|c32011|3475] [--with-facilitators] [-o OUT]

Errors are one sentence on stderr with a non-zero exit code, never a traceback. A
reader that goes away early (`facilitator methods | head -1`) ends the command quietly
with `EXIT_BROKEN_PIPE`, the code a shell shows for a process ended by SIGPIPE.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from facilitator import __version__
from facilitator.domain.factory import now_iso
from facilitator.domain.library import Library, sorted_methods
from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, Message, message
from facilitator.domain.workshop import Workshop
from facilitator.export.label_sheets import DEFAULT_LABELS, LABEL_SHEETS

EXPORT_FORMATS = (
    "pdf",
    "csv",
    "md",
    "cards-pdf",
    "agenda-pdf",
    "agenda-md",
    "ics",
    "json",
    "attendance",
    "badges",
)
HEADLESS = ("new", "demo", "templates", "methods", "check", "import", "add-ideas", "export")
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
    for method in sorted_methods(library.methods.values(), language):
        print(
            f"{method.id}\t{method.text(language).title}\t{method.category}\t{method.duration} min"
        )
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


def cmd_add_ideas(args: argparse.Namespace) -> int:
    """The board's "Import ideas", from the command line: the ideas of IDEAS_FILE (text
    or CSV, see storage/idea_files.py) added to a board of FILE in one transaction,
    through the same domain capture as the app. Refused while the app has FILE open."""
    from facilitator.domain import board
    from facilitator.domain.changes import ChangeSet
    from facilitator.domain.records import Board
    from facilitator.storage.idea_files import read_idea_file
    from facilitator.storage.lock import WorkshopLock
    from facilitator.storage.workshop_file import WorkshopFile

    path, source = Path(args.file), Path(args.ideas)
    read = read_idea_file(source)
    if not read.ideas:
        raise CommandError(
            message(QT_TRANSLATE_NOOP("Cli", "“{path}” has no idea to add."), path=str(source))
        )
    lock = WorkshopLock(path)
    if not lock.acquire():
        raise CommandError(
            message(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "“{path}” is open in Facilitator: add the ideas there (Import ideas), "
                    "or close it first.",
                ),
                path=str(path),
            )
        )
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
        finally:
            opened.close()
    finally:
        lock.release()
    render = _render()
    title = workshop.require(Board, board_id).title
    print(render(read.report()))
    if made:
        said = QT_TRANSLATE_NOOP("Cli", "{path} had no board: the board “{board}” was made.")
        print(render(message(said, path=str(path), board=title)))
    said = QT_TRANSLATE_NOOP("Cli", "Ideas added to the board “{board}”: {count}.")
    print(render(message(said, board=title, count=len(captured.changes))))
    return EXIT_OK


def _sections(text: str | None) -> tuple[str, ...] | None:
    """'cover,votes' -> the sections chosen, each checked; None is every section."""
    from facilitator.export.synthesis_pdf import SECTIONS

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
    from facilitator.storage.atomic import write_atomically
    from facilitator.storage.errors import os_reason
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
    )
    data = export_bytes(workshop, args.format, options)
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
    print(_render()(message(QT_TRANSLATE_NOOP("Cli", "Exported to {path}."), path=str(out))))
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "new": cmd_new,
    "demo": cmd_demo,
    "templates": cmd_templates,
    "methods": cmd_methods,
    "check": cmd_check,
    "import": cmd_import,
    "add-ideas": cmd_add_ideas,
    "export": cmd_export,
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
    export = commands.add_parser("export", help="export a workshop")
    export.add_argument("file")
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    export.add_argument(
        "--audience",
        choices=("participants", "facilitator"),
        default="participants",
        help="agenda-pdf and md: for participants (default) or the facilitator",
    )
    export.add_argument(
        "--sections",
        help="pdf and md: the sections to include, comma-separated (default: all): "
        "cover,figures,agenda,boards,votes,cards,next_steps,ideas",
    )
    names = export.add_mutually_exclusive_group()
    names.add_argument(
        "--names", action="store_true", help="pdf: the participants' names on the cover"
    )
    names.add_argument(
        "--no-names",
        action="store_true",
        help="pdf, md, csv, cards-pdf: no participant's or author's name anywhere (no "
        "author column, no team field, next steps' owners left out unless facilitators); "
        "the facilitators' names stay. Refused for json, attendance and badges",
    )
    export.add_argument(
        "--separator",
        choices=("semicolon", "comma", "tab"),
        default="semicolon",
        help="csv: the column separator (default: semicolon, as French spreadsheets expect)",
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
    export.add_argument("-o", "--output")
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
