"""Looking at a file before trusting it: what it is, and what is wrong with it.

Used on every open (the app's and the command line's) and by `facilitator check`.
Nothing here writes: a refused file keeps every byte it had.
"""

from __future__ import annotations

import contextlib
import functools
import shutil
import sqlite3
import stat
import struct
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from urllib.parse import quote

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
    WORKSHOP_ID,
    PollOption,
    Record,
    WorkshopInfo,
    field_names,
)
from facilitator.domain.validation import check_stored_value
from facilitator.domain.workshop import Workshop
from facilitator.storage import errors
from facilitator.storage.errors import WorkshopFileError
from facilitator.storage.migrations import create_at, upgrade
from facilitator.storage.rows import RowTypeError, columns, from_row
from facilitator.storage.schema import (
    APPLICATION_ID,
    FILE_ID_PATTERN,
    SCHEMA_VERSION,
    derived_file_id,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


def check_header(path: Path) -> None:
    """Refuse, by the file's first bytes and size alone, what cannot be a workshop."""
    if not path.exists():
        raise WorkshopFileError(path, errors.NOT_FOUND, unreadable=True)
    if path.is_dir():
        raise WorkshopFileError(path, errors.IS_FOLDER, unreadable=True)
    try:
        found = path.stat()
        if not stat.S_ISREG(found.st_mode):  # a FIFO, a device: opening one can block
            raise WorkshopFileError(path, errors.NOT_A_FILE, unreadable=True)
        with contextlib.suppress(FileNotFoundError):  # SQLite would open the journal too
            if not stat.S_ISREG(_journal_of(path).lstat().st_mode):
                raise WorkshopFileError(_journal_of(path), errors.NOT_A_FILE, unreadable=True)
        size = found.st_size
        with path.open("rb") as stream:
            header = stream.read(HEADER_SIZE)
    except OSError as error:
        raise WorkshopFileError(
            path, errors.CANNOT_READ, unreadable=True, reason=errors.os_reason(error)
        ) from error
    if size == 0:
        raise WorkshopFileError(path, errors.EMPTY, unreadable=True)
    if not header.startswith(SQLITE_MAGIC):
        raise WorkshopFileError(path, errors.NOT_SQLITE, unreadable=True)
    if len(header) < HEADER_SIZE:
        raise WorkshopFileError(path, errors.TRUNCATED, unreadable=True)
    (raw_page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise WorkshopFileError(
            path, errors.CORRUPT, unreadable=True, detail=f"page size {page_size}"
        )
    change_counter, page_count = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if has_hot_journal(path):
        # A commit was cut short (a crash, a write error): the file may be half
        # extended until SQLite rolls the journal back on opening. Its size says
        # nothing yet; the opener checks the header again once it is recovered.
        return
    if size % page_size or (valid_for == change_counter and size < page_count * page_size):
        raise WorkshopFileError(path, errors.TRUNCATED, unreadable=True)


JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def _journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def has_hot_journal(path: Path) -> bool:
    """Whether a rollback journal beside `path` holds pages to put back. Only a regular
    file is opened (a FIFO in its place would block: `check_header` refuses it)."""
    journal = _journal_of(path)
    try:
        if not stat.S_ISREG(journal.stat().st_mode):
            return False
        with journal.open("rb") as stream:
            return stream.read(len(JOURNAL_MAGIC)) == JOURNAL_MAGIC
    except OSError:
        return False


def check_identity(path: Path, connection: sqlite3.Connection) -> int:
    """Check the application id and the version; return the file's schema version."""
    try:
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        version = connection.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise sqlite_open_error(path, error) from error
    if app_id != APPLICATION_ID or version < 1:
        raise WorkshopFileError(path, errors.NOT_OURS, unreadable=True)
    if version > SCHEMA_VERSION:
        raise WorkshopFileError(path, errors.NEWER, unreadable=True, version=version)
    return int(version)


def sqlite_open_error(path: Path, error: sqlite3.Error) -> WorkshopFileError:
    name = getattr(error, "sqlite_errorname", "")
    if name == "SQLITE_READONLY_ROLLBACK":
        return WorkshopFileError(path, errors.HOT_JOURNAL_READ_ONLY, unreadable=True)
    if name in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or "not a database" in str(error):
        detail = errors.sqlite_reason(error)
        return WorkshopFileError(path, errors.CORRUPT, unreadable=True, detail=detail)
    reason = errors.sqlite_reason(error)
    return WorkshopFileError(path, errors.CANNOT_READ, unreadable=True, reason=reason)


@dataclass
class Inspection:
    """What a full check found: the workshop if it could be read, and each problem."""

    problems: list[Message] = field(default_factory=list)
    workshop: Workshop | None = None
    recovered: bool = False  # a change cut short was rolled back (in a copy, for `check`)
    file_id: str = ""  # the file's own identity (schema.py), once the workshop is read


def connect(path: Path, mode: str) -> sqlite3.Connection:
    """A connection in `mode` (ro, rw, rwc) that distrusts the file's schema."""
    uri = f"file:{quote(str(path.resolve()))}?mode={mode}"
    connection = sqlite3.connect(uri, uri=True, isolation_level=None)
    # Files come from colleagues: do not trust their schema, check every cell.
    connection.execute("PRAGMA trusted_schema = OFF")
    connection.execute("PRAGMA cell_size_check = ON")
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def read_checked(path: Path, connection: sqlite3.Connection, *, read_only: bool) -> Inspection:
    """Identify, upgrade (in a temporary copy if read-only) and check a workshop database.

    The upgrade and the check share one transaction, rolled back if any problem
    is found: a refused file is left exactly as it was.
    """
    version = check_identity(path, connection)
    try:
        if version < SCHEMA_VERSION and read_only:
            return _read_upgraded_copy(connection, version)
        return _read_in_transaction(connection, version)
    except (sqlite3.Error, UnicodeDecodeError) as error:  # text that is not UTF-8: damaged
        raise WorkshopFileError(
            path, errors.CORRUPT, unreadable=False, detail=errors.error_reason(error)
        ) from error


def _read_in_transaction(connection: sqlite3.Connection, version: int) -> Inspection:
    connection.execute("BEGIN")
    try:
        # Nothing of the file's runs before its schema is known to be ours: a
        # trigger or a rebuilt table would act in the upgrade or in the first edit.
        inspection = Inspection(problems=structure_problems(connection, version))
        if not inspection.problems:
            if version < SCHEMA_VERSION:
                upgrade(connection, version)
            inspection = inspect_content(connection)
            if inspection.workshop is not None:
                inspection.file_id = file_identity(connection, inspection.workshop)
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("ROLLBACK" if inspection.workshop is None else "COMMIT")
    return inspection


def _read_upgraded_copy(connection: sqlite3.Connection, version: int) -> Inspection:
    """An older file that must not be written: checked as it is, then copied without its
    free pages (`VACUUM INTO`, to a temporary file) and upgraded there. A whole copy in
    memory cost a gigabyte for a 3.5 MB file whose free list was a sparse hole."""
    problems = structure_problems(connection, version)
    if problems:
        return Inspection(problems=problems)
    with tempfile.TemporaryDirectory(prefix="facilitator-read-") as folder:
        copy = Path(folder) / "upgrade.atelier"
        connection.execute("VACUUM INTO ?", (str(copy),))
        upgraded = connect(copy, "rw")
        try:
            return _read_in_transaction(upgraded, version)
        finally:
            upgraded.close()


def check_file(path: Path) -> tuple[Inspection, bool]:
    """`facilitator check`: every problem found, and whether the file was unreadable.

    A file whose last commit was cut short (a hot journal beside it) is checked as it
    will be once opened: on a copy where SQLite rolls the journal back. The file
    itself is never written.
    """
    if has_hot_journal(path):
        with tempfile.TemporaryDirectory(prefix="facilitator-check-") as folder:
            copy = Path(folder) / path.name
            try:
                shutil.copyfile(path, copy)
                shutil.copyfile(_journal_of(path), _journal_of(copy))
            except OSError as error:
                reason = errors.os_reason(error)
                problem = WorkshopFileError(
                    path, errors.CANNOT_READ, unreadable=True, reason=reason
                )
                return Inspection(problems=[problem.message]), True
            inspection, unreadable = _check_copy_or_file(copy, path, mode="rw")
            inspection.recovered = not unreadable
            return inspection, unreadable
    return _check_copy_or_file(path, path, mode="ro")


def _check_copy_or_file(path: Path, named: Path, *, mode: str) -> tuple[Inspection, bool]:
    """Check the file at `path`; the messages name `named`, the user's file."""
    try:
        check_header(path)
        connection = connect(path, mode)
    except WorkshopFileError as error:
        return Inspection(problems=[_naming(error.message, named)]), True
    except sqlite3.Error as error:
        return Inspection(problems=[sqlite_open_error(named, error).message]), True
    try:
        if mode == "rw":  # the copy: reading rolls the journal back, then look again
            connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            check_header(path)
        return read_checked(named, connection, read_only=True), False
    except WorkshopFileError as error:
        return Inspection(problems=[_naming(error.message, named)]), error.unreadable
    except sqlite3.Error as error:
        return Inspection(problems=[sqlite_open_error(named, error).message]), True
    finally:
        connection.close()


def _naming(said: Message, path: Path) -> Message:
    return Message(said.text, MappingProxyType({**said.params, "path": str(path)}))


def _damaged_pages(connection: sqlite3.Connection) -> list[Message]:
    # A damaged page can put bytes that are not UTF-8 into the report itself.
    connection.text_factory = lambda raw: raw.decode("utf-8", errors="replace")
    try:
        # integrity_check, not quick_check: it also compares each index with its table
        # (an index whose entries point at other rows sent edits to the wrong record).
        report = [line for (line,) in connection.execute("PRAGMA integrity_check(20)")]
    finally:
        connection.text_factory = str
    return [
        message(QT_TRANSLATE_NOOP("Check", "damaged pages: {detail}"), detail=line)
        for line in report
        if line != "ok"
    ]


def inspect_content(connection: sqlite3.Connection) -> Inspection:
    """Check the records of an open workshop database whose structure is sound (see
    `structure_problems`): tables, values and references."""
    result = Inspection()
    records: list[Record] = []
    for kind in RECORD_TYPES:
        found = [row[1] for row in connection.execute(f"PRAGMA table_info({kind.TABLE})")]
        if tuple(found) != field_names(kind):
            result.problems.append(
                message(
                    QT_TRANSLATE_NOOP("Check", "table “{table}” is missing or malformed"),
                    table=kind.TABLE,
                )
            )
            continue
        for row in connection.execute(f"SELECT {columns(kind)} FROM {kind.TABLE}"):
            try:
                record = from_row(kind, row)
            except RowTypeError as error:
                result.problems.append(
                    message(
                        QT_TRANSLATE_NOOP("Check", "{table} {id}: {field} has a wrong value"),
                        table=kind.TABLE,
                        id=str(row[0])[:40],
                        field=error.column,
                    )
                )
                continue
            result.problems += _value_problems(record)
            records.append(record)
    if result.problems:
        return result
    workshop = Workshop(records)
    if workshop.get(WorkshopInfo, WORKSHOP_ID) is None:
        result.problems.append(
            message(QT_TRANSLATE_NOOP("Check", "the workshop record is missing"))
        )
    for record, field_name in workshop.dangling_references():
        result.problems.append(
            message(
                QT_TRANSLATE_NOOP("Check", "{table} {id}: {field} points to nothing"),
                table=record.TABLE,
                id=record.id,
                field=field_name,
            )
        )
    # Sound references that break a rule together (domain/consistency.py); a person in
    # two teams of one grouping would sit at two tables of the grouping screen.
    for member, earlier in twice_in_a_grouping(workshop):
        result.problems.append(
            message(
                QT_TRANSLATE_NOOP(
                    "Check",
                    "{table} {id}: person {person} is already in this grouping ({table} {other})",
                ),
                table=member.TABLE,
                id=member.id[:40],
                person=member.person_id[:40],
                other=earlier.id[:40],
            )
        )
    result.problems += poll_problems(workshop)
    if not result.problems:
        result.workshop = workshop
    return result


def poll_problems(workshop: Workshop) -> list[Message]:
    """The polls' rules broken by records that each point somewhere real
    (domain/consistency.py): a phone that answered a poll twice (its results would
    count it twice), an option counted twice on paper, an answer or a count under
    another poll's option, an answer unlike its poll's kind (a words answer of more
    entries than the poll allows, or longer ones), options unlike their poll's kind (a
    scale of 1 to 100 with five options, a choice of one)."""
    problems: list[Message] = []
    for answer, earlier in answered_twice(workshop):
        problems.append(
            message(
                QT_TRANSLATE_NOOP(
                    "Check",
                    "{table} {id}: the phone “{phone}” already answered this poll ({other})",
                ),
                table=answer.TABLE,
                id=answer.id[:40],
                phone=answer.participant[:60],
                other=earlier.id[:40],
            )
        )
    for count, earlier_count in counted_twice(workshop):
        problems.append(
            message(
                QT_TRANSLATE_NOOP(
                    "Check", "{table} {id}: option {option} is already counted ({other})"
                ),
                table=count.TABLE,
                id=count.id[:40],
                option=count.option_id[:40],
                other=earlier_count.id[:40],
            )
        )
    for row, poll_id in option_of_another_poll(workshop):
        problems.append(
            message(
                QT_TRANSLATE_NOOP(
                    "Check", "{table} {id}: option {option} is one of another poll ({poll})"
                ),
                table=row.TABLE,
                id=row.id[:40],
                option=str(row.option_id)[:40],
                poll=poll_id[:40],
            )
        )
    for unlike in answer_unlike_its_poll(workshop):
        problems.append(
            message(
                QT_TRANSLATE_NOOP("Check", "{table} {id}: the answer does not fit its poll"),
                table=unlike.TABLE,
                id=unlike.id[:40],
            )
        )
    for poll in options_unlike_their_poll(workshop):
        problems.append(
            message(
                QT_TRANSLATE_NOOP(
                    "Check",
                    "{table} {id}: its options do not fit its kind ({kind}; options: {count})",
                ),
                table=poll.TABLE,
                id=poll.id[:40],
                kind=poll.kind,
                count=len(workshop.where(PollOption, poll_id=poll.id)),
            )
        )
    return problems


def file_identity(connection: sqlite3.Connection, workshop: Workshop) -> str:
    """The file's identity: its one `file_identity` row when that is 32 lowercase hex
    digits; otherwise (a row removed, doubled or changed by hand: the file is not refused
    for it) the identity derived from the workshop's `created_at`. Reads 2 rows at most."""
    rows = connection.execute("SELECT id FROM file_identity LIMIT 2").fetchall()
    if len(rows) == 1 and isinstance(rows[0][0], str) and FILE_ID_PATTERN.fullmatch(rows[0][0]):
        return rows[0][0]
    return derived_file_id(workshop.info.created_at)


def structure_problems(connection: sqlite3.Connection, version: int) -> list[Message]:
    """Every difference between the file's schema and the one this
    version of the app writes for a file of `version`: objects compared whole (type,
    name, table and `CREATE` statement), reserved `sqlite_` names included. A trigger
    stored under a reserved name with `PRAGMA writable_schema`, a table rebuilt with a
    `CHECK` or a `UNIQUE … ON CONFLICT REPLACE`, an extra index, view or table: each
    is a problem, and the file is refused unchanged (GUIDE.md section 4). Then damaged
    pages (`integrity_check`), only once the schema is ours: it evaluates CHECK expressions."""
    problems: list[Message] = []
    found = {
        (kind, name): (table, sql)
        for kind, name, table, sql in connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_schema"
        )
    }
    expected = expected_schema(version)
    for kind, name in sorted(found.keys() - expected.keys(), key=str):
        problems.append(
            message(
                QT_TRANSLATE_NOOP("Check", "unexpected {kind} “{name}”: the file is malformed"),
                kind=str(kind)[:20],
                name=str(name)[:80],
            )
        )
    for kind, name in sorted(expected.keys() - found.keys()):
        problems.append(
            message(
                QT_TRANSLATE_NOOP("Check", "{kind} “{name}” is missing: the file is malformed"),
                kind=kind,
                name=name,
            )
        )
    for key in sorted(found.keys() & expected.keys(), key=str):
        if found[key] != expected[key]:
            problems.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "Check",
                        "{kind} “{name}” is not the one Facilitator writes: the file is malformed",
                    ),
                    kind=key[0],
                    name=key[1],
                )
            )
    return problems or _damaged_pages(connection)


@functools.cache
def expected_schema(version: int) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(type, name) -> (table, CREATE statement) of every object a file of `version`
    holds when this app wrote it, read from a database made in memory."""
    memory = sqlite3.connect(":memory:")
    try:
        create_at(memory, version)
        rows = memory.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema")
        return {(kind, name): (table, sql) for kind, name, table, sql in rows}
    finally:
        memory.close()


def _value_problems(record: Record) -> list[Message]:
    """Every field value outside the limits the record declares."""
    problems: list[Message] = []
    kind = type(record)
    for name in field_names(kind):
        value = getattr(record, name)
        if name == "id" or value is None or isinstance(value, bytes):
            continue
        try:
            check_stored_value(kind, name, value)
        except FacilitatorError as error:
            problems.append(
                message(
                    QT_TRANSLATE_NOOP("Check", "{table} {id}: {detail}"),
                    table=kind.TABLE,
                    id=record.id,
                    detail=error.message,
                )
            )
    return problems
