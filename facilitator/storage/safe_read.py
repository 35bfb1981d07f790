"""Reading a file that someone else chose or made: only a regular file, only up to a cap,
and only text whose brackets do not nest deeper than a parser can take.

Every file the app reads on a user's or a colleague's word (a shared template folder,
a list of ideas, an interchange JSON) goes through `read_regular_file`:

- a path that is not a regular file once opened (a folder, `/dev/zero`, a FIFO, a
  socket, a symbolic link to any of them) is refused without reading a byte: the
  path is checked with `os.stat`, opened without blocking (`O_NONBLOCK`: opening a
  FIFO with no writer would wait forever), then checked again with `os.fstat` on the
  opened descriptor, so a file swapped between the two checks is still caught;
- at most `max_bytes + 1` bytes are ever read, whatever the size the system claims
  (a growing file or a `/proc` file claims a size of 0);
- symbolic links to regular files are followed, wherever they point: the app reads
  with the user's own rights, so a link gives nothing the user could not open in
  the file dialog, and labs do link templates into a shared folder. A link loop is
  refused with its own reason.

Recursive parsers (`tomllib`, `json`, then `jsonschema` and `repr` on what they
return) run out of Python stack on deeply nested input: `bracket_depth` measures
the nesting of the text before parsing, `dotted_key_depth` the tables that TOML's
dotted keys open (`tomllib` is quadratic in it), `value_depth` the nesting of the
parsed value (brackets and dotted keys together); all stop counting past a limit.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, Message, message
from facilitator.storage.errors import A_FOLDER, NOT_REGULAR, os_reason

# Deepest nesting of arrays and tables accepted in a TOML or JSON file. A session
# template nests 6 levels (file, days, day, items, item, title), a method card 3, an
# interchange JSON 3 (file, table, record). `tomllib` fails with RecursionError under
# Python's default recursion limit between 490 levels (parsed) and 500 (not), measured
# on Python 3.11. 32 leaves room for hand-written files and stays far from both.
MAX_NESTING = 32

READ_CHUNK = 1 << 16  # bytes per read(2) call

CANNOT_READ = QT_TRANSLATE_NOOP("SafeRead", "“{path}” cannot be read: {reason}.")
TOO_LARGE = QT_TRANSLATE_NOOP("SafeRead", "it is larger than {limit} MB")

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO opens at once instead of waiting for a writer
    | getattr(os, "O_NOCTTY", 0)  # a terminal never becomes ours
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)  # Windows
)


class FileReadError(FacilitatorError):
    """A file that was not read. `reason` is the clause without the file's name, for
    messages that name the file their own way (“{path}”: {reason})."""

    def __init__(self, path: Path, reason: Message | str) -> None:
        super().__init__(message(CANNOT_READ, path=str(path), reason=reason))
        self.path = path
        self.reason = reason


def megabytes(size: int) -> str:
    """`size` bytes in decimal megabytes, at most one decimal: 1_000_000 → "1"."""
    return f"{round(size / 1_000_000, 1):g}"


def _check_kind(path: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise FileReadError(path, message(A_FOLDER))
    if not stat.S_ISREG(mode):
        raise FileReadError(path, message(NOT_REGULAR))


def _too_large(path: Path, max_bytes: int) -> FileReadError:
    return FileReadError(path, message(TOO_LARGE, limit=megabytes(max_bytes)))


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of `path`, a regular file (or a symbolic link to one) of at most
    `max_bytes` bytes; `max_bytes` is the caller's documented limit for its kind of file.

    Raises `FileReadError` (its `reason` says why: a folder, a device, pipe or socket,
    larger than the limit, or `storage.errors.os_reason`'s clause for an `OSError`).
    Never blocks on a FIFO, never reads more than `max_bytes + 1` bytes.
    """
    try:
        # First look without opening: opening some devices has effects of its own.
        _check_kind(path, path.stat().st_mode)
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        raise FileReadError(path, os_reason(error)) from error
    try:
        status = os.fstat(descriptor)
        _check_kind(path, status.st_mode)  # the file actually opened: no swap in between
        if status.st_size > max_bytes:
            raise _too_large(path, max_bytes)
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            chunk = os.read(descriptor, min(READ_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > max_bytes:
            raise _too_large(path, max_bytes)
        return b"".join(chunks)
    except OSError as error:
        raise FileReadError(path, os_reason(error)) from error
    finally:
        os.close(descriptor)


# What can hide a bracket: strings (TOML's four kinds, JSON's one) and TOML comments.
# Each alternative runs from the opening delimiter to the closing one (or to the end
# of the line or text when there is none: the parser will say so). The alternatives
# start with different characters and their bodies exclude their closers, so one
# pass is linear.
_HIDERS = re.compile(
    r'"""(?:[^"\\]|\\[\s\S]|"{1,2}(?!"))*(?:"{3,5}|\Z)'
    r"|'''(?:[^']|'{1,2}(?!'))*(?:'{3,5}|\Z)"
    r'|"(?:[^"\\\n]|\\.)*(?:"|$)'
    r"|'[^'\n]*(?:'|$)"
    r"|#[^\n]*",
    re.MULTILINE,
)
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")


def bracket_depth(text: str, stop_above: int = MAX_NESTING) -> int:
    """The deepest nesting of `[ ]` and `{ }` in TOML or JSON `text`, strings and
    comments left out; counting stops as soon as it exceeds `stop_above`. Linear in
    `len(text)` (two regular-expression passes, then one over the brackets alone);
    never raises."""
    brackets = _NOT_BRACKETS.sub("", _HIDERS.sub("", text))
    depth = deepest = 0
    for char in brackets:
        if char in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > stop_above:
                    break
        elif depth:
            depth -= 1
    return deepest


# A chain of dots with only bare-key characters and blanks between them (quoted key
# parts are hidden first), indented or not. It starts only where no key character or
# blank precedes, and its quantifiers are possessive: each character is looked at a
# bounded number of times.
_DOTTED_CHAIN = re.compile(r"(?<![\w \t-])[ \t]*+(?:[\w-]*+[ \t]*+\.[ \t]*+)++")


def dotted_key_depth(text: str, stop_above: int = MAX_NESTING) -> int:
    """How many tables the longest dotted key of TOML `text` opens (`a.b.c = 1` and
    `[a.b.c]` open 2, a plain key 0), strings and comments left out; counting stops
    past `stop_above`. `tomllib` takes time quadratic in this number (20,000 dots:
    7.5 s), so it is measured before parsing. Linear in `len(text)`; never raises."""
    deepest = 0
    for chain in _DOTTED_CHAIN.finditer(_HIDERS.sub("", text)):
        deepest = max(deepest, chain.group().count("."))
        if deepest > stop_above:
            break
    return deepest


def value_depth(value: object, stop_above: int = MAX_NESTING) -> int:
    """How deep dicts and lists nest in a parsed `value` (a scalar is 0, `[]` is 1),
    walked level by level without recursion; stops past `stop_above`. Linear in the
    number of values."""
    deepest = 0
    level: list[object] = [value]
    while deepest <= stop_above:
        below: list[object] = []
        containers = False
        for item in level:
            if isinstance(item, dict):
                below.extend(item.values())
                containers = True
            elif isinstance(item, list):
                below.extend(item)
                containers = True
        if not containers:
            break
        deepest += 1
        level = below
    return deepest
