"""Why a workshop file could not be opened, read or written: one clear sentence each;
and why the system refused any read, write or connection: one clause per error number
(`os_reason`, `sqlite_reason`, `error_reason`), never the system's own English words."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from facilitator.domain.messages import (
    QT_TRANSLATE_NOOP,
    FacilitatorError,
    Message,
    MessageText,
    message,
)


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


# -- why the system refused ------------------------------------------------------------
# The system's own words (`strerror`, `str(error)`) are in the system's language,
# English on most machines, whatever the interface's: they never reach a sentence.
# Each error a user meets has its own clause instead, written to follow “{path}”
# cannot be read / written / created: …; an error not listed gets `UNEXPECTED` with
# its code name in parentheses (ENOTSUP, SQLITE_CONSTRAINT_UNIQUE, WinError 1392). This
# is the one table: the storage, the exports, the room link and the command line all
# use `os_reason`, `sqlite_reason` or `error_reason`.
MISSING = QT_TRANSLATE_NOOP("SystemError", "the file or its folder does not exist")
NOT_A_FOLDER = QT_TRANSLATE_NOOP("SystemError", "part of the path is a file, not a folder")
DENIED = QT_TRANSLATE_NOOP("SystemError", "permission denied")
NOT_PERMITTED = QT_TRANSLATE_NOOP("SystemError", "the system does not allow it")
FULL = QT_TRANSLATE_NOOP("SystemError", "the disk is full")
QUOTA = QT_TRANSLATE_NOOP("SystemError", "your disk quota is used up")
READ_ONLY_DISK = QT_TRANSLATE_NOOP("SystemError", "the disk is read-only")
READ_ONLY_FILE = QT_TRANSLATE_NOOP("SystemError", "the file or its disk is read-only")
A_FOLDER = QT_TRANSLATE_NOOP("SystemError", "it is a folder")
NOT_REGULAR = QT_TRANSLATE_NOOP(
    "SystemError", "it is not a regular file (a device, a pipe or a socket)"
)
ALREADY_EXISTS = QT_TRANSLATE_NOOP("SystemError", "something of that name already exists")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("SystemError", "the name or the path is too long")
INVALID_NAME = QT_TRANSLATE_NOOP(
    "SystemError", "the name holds characters this disk does not accept"
)
TOO_MANY_OPEN = QT_TRANSLATE_NOOP("SystemError", "Facilitator has too many files open")
SYSTEM_TOO_MANY_OPEN = QT_TRANSLATE_NOOP("SystemError", "the system has too many files open")
IO = QT_TRANSLATE_NOOP("SystemError", "the disk could not be read or written (input/output error)")
BUSY = QT_TRANSLATE_NOOP("SystemError", "the file or the device is busy")
IN_USE = QT_TRANSLATE_NOOP("SystemError", "another program is using it")
LINK_LOOP = QT_TRANSLATE_NOOP("SystemError", "its symbolic links loop")
OTHER_DISK = QT_TRANSLATE_NOOP("SystemError", "it cannot be moved to another disk in one step")
NOT_EMPTY = QT_TRANSLATE_NOOP("SystemError", "the folder is not empty")
TOO_BIG_FOR_DISK = QT_TRANSLATE_NOOP("SystemError", "the file is too large for this disk")
NO_MEMORY = QT_TRANSLATE_NOOP("SystemError", "there is not enough memory")
NOT_READY = QT_TRANSLATE_NOOP(
    "SystemError", "the drive is not ready (a USB key or a card taken out?)"
)
NETWORK_FILE_GONE = QT_TRANSLATE_NOOP("SystemError", "the network file is no longer available")
REFUSED = QT_TRANSLATE_NOOP("SystemError", "the connection was refused")
PORT_IN_USE = QT_TRANSLATE_NOOP("SystemError", "another program already uses this port")
ADDRESS_GONE = QT_TRANSLATE_NOOP(
    "SystemError", "this address is not this computer’s (has the network changed?)"
)
UNREACHABLE = QT_TRANSLATE_NOOP("SystemError", "the network cannot be reached")
TIMED_OUT = QT_TRANSLATE_NOOP("SystemError", "the connection timed out")
CUT = QT_TRANSLATE_NOOP("SystemError", "the connection was cut")
DAMAGED = QT_TRANSLATE_NOOP("SystemError", "SQLite found its content damaged")
NOT_A_DATABASE = QT_TRANSLATE_NOOP("SystemError", "its content is not a database")
CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "SystemError", "the file or its journal cannot be opened (the folder’s permissions?)"
)
UNEXPECTED = QT_TRANSLATE_NOOP("SystemError", "an unexpected error occurred ({code})")

# errno names (those a platform lacks are left out when the table is built)
_BY_ERRNO_NAME: dict[str, MessageText] = {
    "ENOENT": MISSING,
    "ENOTDIR": NOT_A_FOLDER,
    "EACCES": DENIED,
    "EPERM": NOT_PERMITTED,
    "ENOSPC": FULL,
    "EDQUOT": QUOTA,
    "EROFS": READ_ONLY_DISK,
    "EISDIR": A_FOLDER,
    "ENXIO": NOT_REGULAR,  # a Unix socket, or a FIFO opened for writing
    "EEXIST": ALREADY_EXISTS,
    "ENAMETOOLONG": NAME_TOO_LONG,
    "EMFILE": TOO_MANY_OPEN,
    "ENFILE": SYSTEM_TOO_MANY_OPEN,
    "EIO": IO,
    "EBUSY": BUSY,
    "ETXTBSY": IN_USE,
    "ELOOP": LINK_LOOP,
    "EXDEV": OTHER_DISK,
    "ENOTEMPTY": NOT_EMPTY,
    "EFBIG": TOO_BIG_FOR_DISK,
    "ENOMEM": NO_MEMORY,
    "ESTALE": NETWORK_FILE_GONE,
    "ECONNREFUSED": REFUSED,
    "EADDRINUSE": PORT_IN_USE,
    "EADDRNOTAVAIL": ADDRESS_GONE,
    "ENETUNREACH": UNREACHABLE,
    "EHOSTUNREACH": UNREACHABLE,
    "ETIMEDOUT": TIMED_OUT,
    "ECONNRESET": CUT,
    "ECONNABORTED": CUT,
    "EPIPE": CUT,
}
BY_ERRNO: dict[int, MessageText] = {
    getattr(errno, name): text for name, text in _BY_ERRNO_NAME.items() if hasattr(errno, name)
}
# Windows codes that Python maps to a misleading errno (a file open in another program
# becomes EACCES, "permission denied") or to none (EINVAL). Looked up first, and only
# on an error that carries a `winerror` (its numbers mean other things as errnos).
BY_WINERROR: dict[int, MessageText] = {
    19: READ_ONLY_DISK,  # ERROR_WRITE_PROTECT
    21: NOT_READY,  # ERROR_NOT_READY
    32: IN_USE,  # ERROR_SHARING_VIOLATION: a PDF open in a viewer, replaced
    33: IN_USE,  # ERROR_LOCK_VIOLATION
    53: UNREACHABLE,  # ERROR_BAD_NETPATH
    67: UNREACHABLE,  # ERROR_BAD_NET_NAME
    123: INVALID_NAME,  # ERROR_INVALID_NAME: : * ? " < > | in a name
    161: INVALID_NAME,  # ERROR_BAD_PATHNAME
    206: NAME_TOO_LONG,  # ERROR_FILENAME_EXCED_RANGE
    1224: IN_USE,  # ERROR_USER_MAPPED_FILE: replacing a file a viewer has mapped
}
# SQLite's primary result codes (`sqlite_errorname` up to its second underscore).
BY_SQLITE: dict[str, MessageText] = {
    "SQLITE_FULL": FULL,
    "SQLITE_IOERR": IO,
    "SQLITE_READONLY": READ_ONLY_FILE,
    "SQLITE_PERM": DENIED,
    "SQLITE_AUTH": DENIED,
    "SQLITE_BUSY": IN_USE,
    "SQLITE_LOCKED": IN_USE,
    "SQLITE_CANTOPEN": CANNOT_OPEN,
    "SQLITE_CORRUPT": DAMAGED,
    "SQLITE_NOTADB": NOT_A_DATABASE,
    "SQLITE_NOMEM": NO_MEMORY,
}


def reason_for(code: int | None, winerror: int | None = None) -> Message:
    """The clause for an error number (`OSError.errno`) and, on Windows, its
    `winerror`: a translated clause for each listed in `BY_WINERROR` and `BY_ERRNO`,
    else `UNEXPECTED` naming the code (its errno name, `WinError n`, or `errno n`)."""
    if winerror is not None and winerror in BY_WINERROR:
        return message(BY_WINERROR[winerror])
    if code is not None and code in BY_ERRNO:
        return message(BY_ERRNO[code])
    if code is not None and code in errno.errorcode:
        name = errno.errorcode[code]
    elif winerror is not None:
        name = f"WinError {winerror}"
    else:
        name = f"errno {code}" if code is not None else "OSError"
    return message(UNEXPECTED, code=name)


def os_reason(error: OSError) -> Message:
    """Why `error` stopped a read or a write, as a clause for sentences such as
    “{path}” cannot be read: {reason}. Never the system's own words."""
    winerror = getattr(error, "winerror", None)
    if error.errno is None and winerror is None:  # raised by a library with words only
        return message(UNEXPECTED, code=type(error).__name__)
    return reason_for(error.errno, winerror)


def sqlite_reason(error: sqlite3.Error) -> Message:
    """Why SQLite refused, as a clause like `os_reason`'s: by its primary result code
    (`BY_SQLITE`), else `UNEXPECTED` with the extended code's name."""
    name = str(getattr(error, "sqlite_errorname", "") or "")
    primary = "_".join(name.split("_")[:2])
    if name == "SQLITE_IOERR_NOMEM":
        return message(NO_MEMORY)
    if primary in BY_SQLITE:
        return message(BY_SQLITE[primary])
    return message(UNEXPECTED, code=name or type(error).__name__)


def error_reason(error: BaseException) -> Message:
    """`os_reason` or `sqlite_reason`, else `UNEXPECTED` with the exception's type name
    (a fault of ours: its details go to the log, not into the sentence)."""
    if isinstance(error, OSError):
        return os_reason(error)
    if isinstance(error, sqlite3.Error):
        return sqlite_reason(error)
    return message(UNEXPECTED, code=type(error).__name__)
