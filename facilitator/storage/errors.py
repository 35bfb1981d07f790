"""Why a workshop file could not be opened, read or written: one clear sentence each."""

from __future__ import annotations

from pathlib import Path

from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, MessageText, message


class WorkshopFileError(FacilitatorError):
    """A file that cannot be used as a workshop. `unreadable` tells `check`'s exit code."""

    def __init__(self, path: Path, text: MessageText, *, unreadable: bool, **params: object):
        super().__init__(message(text, path=str(path), **params))
        self.path = path
        self.unreadable = unreadable


class StorageWriteError(FacilitatorError):
    """A write to the workshop file failed; nothing of that edit reached the file."""

    def __init__(self, path: Path, text: MessageText, **params: object) -> None:
        super().__init__(message(text, path=str(path), **params))
        self.path = path


# The sentences, in one place so translators see them together.
NOT_FOUND = QT_TRANSLATE_NOOP("Storage", "“{path}” does not exist.")
IS_FOLDER = QT_TRANSLATE_NOOP("Storage", "“{path}” is a folder, not a workshop file.")
NOT_A_FILE = QT_TRANSLATE_NOOP(
    "Storage", "“{path}” is not a file (a device, a pipe or a socket): it is not a workshop."
)
CANNOT_READ = QT_TRANSLATE_NOOP("Storage", "“{path}” cannot be read: {reason}.")
EMPTY = QT_TRANSLATE_NOOP("Storage", "“{path}” is empty: it is not a workshop file.")
NOT_SQLITE = QT_TRANSLATE_NOOP("Storage", "“{path}” is not a Facilitator workshop file (.atelier).")
NOT_OURS = QT_TRANSLATE_NOOP("Storage", "“{path}” is a database, but not a Facilitator workshop.")
TRUNCATED = QT_TRANSLATE_NOOP(
    "Storage", "“{path}” is truncated: part of the file is missing (incomplete copy?)."
)
CORRUPT = QT_TRANSLATE_NOOP("Storage", "“{path}” is damaged: {detail}.")
NEWER = QT_TRANSLATE_NOOP(
    "Storage",
    "“{path}” was made by a newer version of Facilitator (file format {version}); "
    "update Facilitator to open it.",
)
HOT_JOURNAL_READ_ONLY = QT_TRANSLATE_NOOP(
    "Storage",
    "“{path}” was not closed properly and is on a read-only medium: "
    "copy it to a writable folder to recover it.",
)
DISK_FULL = QT_TRANSLATE_NOOP(
    "Storage", "The disk holding “{path}” is full: the last change is not saved."
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "Storage",
    "“{path}” cannot be written (read-only file or medium): the last change is not saved.",
)
FILE_GONE = QT_TRANSLATE_NOOP(
    "Storage", "“{path}” was deleted or moved while open: the last change is not saved."
)
CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Storage",
    "“{path}” was changed by another program while open: the last change is not saved.",
)
WRITE_FAILED = QT_TRANSLATE_NOOP(
    "Storage", "Writing to “{path}” failed ({reason}): the last change is not saved."
)
EXISTS = QT_TRANSLATE_NOOP("Storage", "“{path}” already exists: choose another name.")
CANNOT_CREATE = QT_TRANSLATE_NOOP("Storage", "“{path}” cannot be created: {reason}.")
