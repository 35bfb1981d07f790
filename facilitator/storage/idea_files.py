"""Ideas from a file: a text file (one idea per line) or a CSV (the first column, or
the one named idea/idée/text/texte), in UTF-8, or in Windows-1252 as old spreadsheets
save it."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, message
from facilitator.storage.safe_read import FileReadError, read_regular_file

MAX_BYTES = 5_000_000  # a list of ideas: 5 MB is some 50,000 ideas of 100 characters
TEXT_COLUMNS = ("idée", "idee", "idea", "texte", "text", "ideas", "idées")


class IdeaFileError(FacilitatorError):
    pass


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def read_ideas(path: Path) -> list[str]:
    """The ideas of a text or CSV file, one per non-empty line (or row). The file must be
    a regular file (or a link to one) of at most `MAX_BYTES`; `IdeaFileError` says why
    not, or that it is not text."""
    try:
        raw = read_regular_file(path, MAX_BYTES)
    except FileReadError as error:
        raise IdeaFileError(
            message(
                QT_TRANSLATE_NOOP("IdeaFiles", "“{path}” cannot be read: {reason}."),
                path=str(path),
                reason=error.reason,
            )
        ) from error
    if b"\x00" in raw[:4096]:
        raise IdeaFileError(
            message(
                QT_TRANSLATE_NOOP("IdeaFiles", "“{path}” is not a text or CSV file."),
                path=str(path),
            )
        )
    text = _decode(raw)
    if path.suffix.lower() != ".csv":
        return [line for line in text.splitlines() if line.strip()]
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [row for row in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in row)]
    if not rows:
        return []
    header = [cell.strip().casefold() for cell in rows[0]]
    column = next((n for n, name in enumerate(header) if name in TEXT_COLUMNS), None)
    if column is not None:
        rows = rows[1:]
    column = column or 0
    return [row[column] for row in rows if len(row) > column and row[column].strip()]
