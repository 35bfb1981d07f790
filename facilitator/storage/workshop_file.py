"""The open `.atelier` file: load it, and write each change set in one durable transaction.

Durability settings (see docs/decisions.md): `journal_mode=DELETE`, so the file
is always self-contained and a copy taken while the app is open has every
committed edit; `synchronous=EXTRA`, so a commit survives a power cut right
after it (the journal's deletion is synced too); `fullfsync` for macOS.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from facilitator.domain.changes import ChangeSet, RowChange
from facilitator.domain.records import Record, field_names
from facilitator.domain.workshop import Workshop
from facilitator.storage import errors
from facilitator.storage.atomic import remove_leftovers, replace, sync_folder, temporary_for
from facilitator.storage.errors import StorageWriteError, WorkshopFileError
from facilitator.storage.inspection import (
    check_file,
    check_header,
    connect,
    has_hot_journal,
    read_checked,
    sqlite_open_error,
)
from facilitator.storage.migrations import create_current
from facilitator.storage.rows import columns, to_row
from facilitator.storage.schema import APPLICATION_ID


def _make_durable(connection: sqlite3.Connection) -> None:
    (mode,) = connection.execute("PRAGMA journal_mode").fetchone()
    if str(mode).lower() != "delete":
        connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("PRAGMA synchronous = EXTRA")
    connection.execute("PRAGMA fullfsync = ON")


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino)


def is_writable(path: Path) -> bool:
    """Whether the file and its folder (for SQLite's journal) can be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


class WorkshopFile:
    """One open workshop file. Not thread-safe: used from one thread."""

    def __init__(
        self, path: Path, connection: sqlite3.Connection, *, read_only: bool, file_id: str = ""
    ) -> None:
        self.path = path
        self.read_only = read_only
        # The file's own identity (schema.py): 32 hex digits, kept for the file's life,
        # new for every file made (new, import, "Save a copy"). Calendar UIDs use it.
        self.file_id = file_id
        self._connection = connection
        self._identity = _identity(path)

    # -- opening and creating ------------------------------------------
    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> tuple[WorkshopFile, Workshop]:
        """Open and fully check a file; refuse it with a clear error, unchanged."""
        check_header(path)
        if not read_only:
            remove_leftovers(path)
        recovering = has_hot_journal(path)
        read_only = read_only or not is_writable(path)
        try:
            connection = connect(path, "ro" if read_only else "rw")
        except sqlite3.Error as error:
            raise sqlite_open_error(path, error) from error
        try:
            workshop, file_id = cls._read_checked(path, connection, read_only=read_only)
            if recovering:
                check_header(path)  # again, now that the cut-short commit is rolled back
            if not read_only:
                _make_durable(connection)
        except BaseException:
            connection.close()
            raise
        return cls(path, connection, read_only=read_only, file_id=file_id), workshop

    @classmethod
    def read_committed(cls, path: Path) -> tuple[Workshop, str, bool]:
        """The committed state of `path` without ever writing it: (workshop, file id,
        whether a change cut short by a crash was rolled back).

        The same reading as `facilitator check` (`inspection.check_file`): a file with a
        hot journal is copied with its journal to a temporary folder and rolled back
        there, the user's file and journal left byte for byte as they were (the copy
        needs as much free temporary space as both). Raises `WorkshopFileError` naming
        `path`, like `open`.
        """
        inspection, unreadable = check_file(path)
        if inspection.workshop is not None:
            return inspection.workshop, inspection.file_id, inspection.recovered
        said = inspection.problems[0]
        if "path" in said.params:  # a whole sentence about the file: say it as it is
            params = {k: v for k, v in said.params.items() if k != "path"}
            raise WorkshopFileError(path, said.text, unreadable=unreadable, **params)
        raise WorkshopFileError(path, errors.CORRUPT, unreadable=False, detail=said)

    @staticmethod
    def _read_checked(
        path: Path, connection: sqlite3.Connection, *, read_only: bool
    ) -> tuple[Workshop, str]:
        inspection = read_checked(path, connection, read_only=read_only)
        if inspection.workshop is None:
            raise WorkshopFileError(
                path, errors.CORRUPT, unreadable=False, detail=inspection.problems[0]
            )
        return inspection.workshop, inspection.file_id

    @classmethod
    def create(cls, path: Path, workshop: Workshop, *, overwrite: bool = False) -> WorkshopFile:
        """Write `workshop` to a new file, atomically: a half-written file never appears."""
        if path.exists() and not overwrite:
            raise WorkshopFileError(path, errors.EXISTS, unreadable=False)
        remove_leftovers(path)  # what an earlier import or copy killed mid-way left
        temporary = temporary_for(path)
        try:
            connection = connect(temporary, "rwc")
            try:
                connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                _make_durable(connection)
                connection.execute("BEGIN IMMEDIATE")
                create_current(connection)
                for record in workshop.records():
                    _insert(connection, record)
                connection.execute("COMMIT")
            finally:
                connection.close()
            replace(temporary, path)
            sync_folder(path.parent)
        except (OSError, sqlite3.Error) as error:
            with contextlib.suppress(OSError):
                temporary.unlink()
            reason = errors.error_reason(error)
            raise WorkshopFileError(
                path, errors.CANNOT_CREATE, unreadable=False, reason=reason
            ) from error
        opened, _ = cls.open(path)
        return opened

    # -- writing --------------------------------------------------------
    def apply(self, changes: ChangeSet) -> None:
        """Write one change set in one transaction; durable when this returns.

        Raises `StorageWriteError` for every failure of SQLite or of the file (disk
        full, read-only, moved, a constraint, a row changed by another program), with
        nothing of the change in the file."""
        if self.read_only:
            raise StorageWriteError(self.path, errors.READ_ONLY)
        self._check_still_there()
        try:
            self._connection.execute("BEGIN IMMEDIATE")
            for change in changes.changes:
                _write(self._connection, change)
            self._connection.execute("COMMIT")
        except sqlite3.Error as error:  # disk full, I/O, but also a constraint or a lock
            self._rollback()
            raise self._write_error(error) from error
        except LookupError as error:  # a row another program changed under us
            self._rollback()
            raise StorageWriteError(self.path, errors.CHANGED_ELSEWHERE) from error
        except BaseException:
            self._rollback()
            raise
        self._check_still_there()

    def _rollback(self) -> None:
        if self._connection.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self._connection.execute("ROLLBACK")

    def _check_still_there(self) -> None:
        if self._identity is None or _identity(self.path) != self._identity:
            raise StorageWriteError(self.path, errors.FILE_GONE)

    def _write_error(self, error: sqlite3.Error) -> StorageWriteError:
        name = getattr(error, "sqlite_errorname", "")
        if _identity(self.path) != self._identity:
            return StorageWriteError(self.path, errors.FILE_GONE)
        if name == "SQLITE_FULL":
            return StorageWriteError(self.path, errors.DISK_FULL)
        if name.startswith("SQLITE_READONLY") or name == "SQLITE_PERM":
            return StorageWriteError(self.path, errors.READ_ONLY)
        return StorageWriteError(self.path, errors.WRITE_FAILED, reason=errors.sqlite_reason(error))

    def close(self) -> None:
        self._connection.close()

    def set_page_limit_for_tests(self, pages: int) -> None:
        """Simulate a full disk: SQLite refuses to grow the file past `pages` pages."""
        self._connection.execute(f"PRAGMA max_page_count = {int(pages)}")

    def page_count(self) -> int:
        return int(self._connection.execute("PRAGMA page_count").fetchone()[0])


def _insert(connection: sqlite3.Connection, record: Record) -> None:
    kind = type(record)
    marks = ", ".join("?" * len(field_names(kind)))
    connection.execute(
        f"INSERT INTO {kind.TABLE} ({columns(kind)}) VALUES ({marks})", to_row(record)
    )


def _write(connection: sqlite3.Connection, change: RowChange) -> None:
    kind = change.kind
    if change.before is None:
        assert change.after is not None
        _insert(connection, change.after)
        return
    if change.after is None:
        cursor = connection.execute(f"DELETE FROM {kind.TABLE} WHERE id = ?", (change.record_id,))
    else:
        names = field_names(kind)[1:]
        assignments = ", ".join(f"{name} = ?" for name in names)
        values = to_row(change.after)[1:]
        cursor = connection.execute(
            f"UPDATE {kind.TABLE} SET {assignments} WHERE id = ?", (*values, change.record_id)
        )
    if cursor.rowcount != 1:
        raise LookupError(f"{kind.TABLE} {change.record_id!r} is not in the file")
