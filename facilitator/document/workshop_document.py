"""The open workshop: the in-memory state, its file, its undo stack and its signals.

Data flows one way: a view asks for an edit (`edit`), the command applies the
change set to memory and writes it to the file in one transaction (durable
before `edit` returns), then `changed` tells every view to update. Views never
hold the truth.

When a write fails (disk full, file deleted or moved, read-only medium), the
edit stays in memory, queued; `saveStateChanged` and `writeFailed` tell the
interface at once, and the user can `retry` or `save_copy` elsewhere. Nothing
queued is dropped until it is written.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from facilitator.document.commands import ChangeCommand, UndoText
from facilitator.domain import run
from facilitator.domain.changes import ChangeSet
from facilitator.domain.messages import Message
from facilitator.domain.records import Idea, PrototypeCard
from facilitator.domain.workshop import Workshop
from facilitator.storage.errors import WRITE_FAILED, StorageWriteError, error_reason
from facilitator.storage.lock import WorkshopLock
from facilitator.storage.workshop_file import WorkshopFile

log = logging.getLogger("facilitator.document")


class ReadOnlyError(RuntimeError):
    pass


class WorkshopDocument(QObject):
    changed = Signal(object)  # the ChangeSet just applied
    saveStateChanged = Signal()
    writeFailed = Signal(object)  # the Message saying why
    pathChanged = Signal()

    def __init__(
        self,
        file: WorkshopFile,
        workshop: Workshop,
        *,
        lock: WorkshopLock | None = None,
        opened_elsewhere: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._file = file
        self._workshop = workshop
        self._lock = lock
        self.opened_elsewhere = opened_elsewhere
        self._pending: list[ChangeSet] = []
        self.last_error: Message | None = None
        self.undo_stack = QUndoStack(self)

    # -- opening --------------------------------------------------------
    @classmethod
    def open(cls, path: Path, parent: QObject | None = None) -> WorkshopDocument:
        """Open a file; read-only if another instance has it open or it cannot be written.

        Raises `WorkshopFileError` (with a clear message) for a file that cannot be used.
        """
        lock = WorkshopLock(path)
        locked_by_us = lock.acquire()
        try:
            file, workshop = WorkshopFile.open(path, read_only=not locked_by_us)
        except BaseException:
            lock.release()
            raise
        return cls(
            file,
            workshop,
            lock=lock if locked_by_us else None,
            opened_elsewhere=not locked_by_us,
            parent=parent,
        )

    # -- reading --------------------------------------------------------
    @property
    def workshop(self) -> Workshop:
        return self._workshop

    @property
    def path(self) -> Path:
        return self._file.path

    @property
    def read_only(self) -> bool:
        return self._file.read_only

    @property
    def file_id(self) -> str:
        """The open file's own identity (storage/schema.py): new after `save_copy`."""
        return self._file.file_id

    def is_saved(self) -> bool:
        return not self._pending

    @property
    def pending_count(self) -> int:
        return len(self._pending)

    def idea_count(self) -> int:
        return self._workshop.count(Idea)

    def prototype_count(self) -> int:
        return self._workshop.count(PrototypeCard)

    # -- editing --------------------------------------------------------
    def edit(self, text: UndoText, changes: ChangeSet, *, merge_key: str | None = None) -> None:
        """Perform one user action as one undoable, durable step. `text` names it in the
        Edit menu: a function giving it in the interface's language (see commands.py)."""
        if self.read_only:
            raise ReadOnlyError("this workshop is open read-only")
        if changes:
            self.undo_stack.push(ChangeCommand(self, text, changes, merge_key))

    def retranslate_undo_texts(self) -> None:
        """Every undo and redo step named again in the language installed now."""
        for index in range(self.undo_stack.count()):
            command = self.undo_stack.command(index)
            if isinstance(command, ChangeCommand):
                command.retranslate()

    def rebased(self, changes: ChangeSet) -> ChangeSet:
        """An undo or redo step as it applies now, after untracked run actions."""
        return run.released_from_deleted_items(self._workshop, changes.rebased(self._workshop.get))

    def apply_untracked(self, changes: ChangeSet) -> None:
        """A durable change that is not an undo step (run mode: undo never rewinds the
        clock in front of the room). Undo steps touching the same records stay valid:
        they only set the fields they changed."""
        if self.read_only:
            raise ReadOnlyError("this workshop is open read-only")
        if changes:
            self.apply_changes(changes)

    def apply_changes(self, changes: ChangeSet) -> None:
        """Apply to memory, then write (called by commands only: redo and undo)."""
        self._workshop.apply(changes)
        self._pending.append(changes)
        self.flush()
        self.changed.emit(changes)

    def flush(self) -> bool:
        """Write every queued change set, in order; False if a write failed.

        Every failure of the write, whatever its type, takes the path of a disk error:
        the change stays queued in memory, `writeFailed` says why (the red banner with
        Retry and Save a copy), and the next edits queue behind it."""
        was_saved = self.is_saved()
        try:
            while self._pending:
                self._file.apply(self._pending[0])
                self._pending.pop(0)
        except StorageWriteError as error:
            self._write_failed(error.message)
            return False
        except Exception as error:  # a fault of ours or of SQLite: told, never lost
            log.exception("writing %s failed", self.path)
            reason = error_reason(error)  # the details are in the log, not in the sentence
            self._write_failed(StorageWriteError(self.path, WRITE_FAILED, reason=reason).message)
            return False
        self.last_error = None
        if not was_saved:
            self.saveStateChanged.emit()
        return True

    def _write_failed(self, said: Message) -> None:
        self.last_error = said
        self.saveStateChanged.emit()
        self.writeFailed.emit(said)

    def retry(self) -> bool:
        return self.flush()

    def save_copy(self, path: Path) -> None:
        """Write the whole workshop, as it is in memory, to `path`, and carry on there.

        Raises `WorkshopFileError` if the copy cannot be written; nothing is lost then.
        """
        new_lock = WorkshopLock(path)
        new_lock.acquire()
        try:
            new_file = WorkshopFile.create(path, self._workshop, overwrite=True)
        except BaseException:
            new_lock.release()
            raise
        self._file.close()
        if self._lock is not None:
            self._lock.release()
        self._file, self._lock = new_file, new_lock
        self.opened_elsewhere = False
        self._pending.clear()
        self.last_error = None
        self.pathChanged.emit()
        self.saveStateChanged.emit()

    def close(self) -> None:
        self._file.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def file_for_tests(self) -> WorkshopFile:
        return self._file
