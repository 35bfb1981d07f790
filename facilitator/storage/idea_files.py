"""Ideas from a file: a text file (one idea per line) or a CSV (the first column, or
the one named idea/idée/text/texte), in UTF-8, or in Windows-1252 as old spreadsheets
save it."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, message

MAX_BYTES = 5 * 1024 * 1024
TEXT_COLUMNS = ("idée", "idee", "idea", "texte", "text", "ideas", "idées")


class IdeaFileError(FacilitatorError):
    pass


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def read_ideas(path: Path) -> list[str]:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise IdeaFileError(
                message(
                    QT_TRANSLATE_NOOP(
                        "IdeaFiles", "“{path}” is too large for a list of ideas ({size} MB)."
                    ),
                    path=str(path),
                    size=round(size / 1024 / 1024, 1),
                )
            )
        raw = path.read_bytes()
    except OSError as error:
        raise IdeaFileError(
            message(
                QT_TRANSLATE_NOOP("IdeaFiles", "“{path}” cannot be read: {reason}."),
                path=str(path),
                reason=error.strerror or str(error),
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
