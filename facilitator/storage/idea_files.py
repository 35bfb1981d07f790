"""Ideas from a file made by another tool, read whole (issue 16).

What is read:

- the encoding: a byte-order mark (UTF-8, UTF-16 LE or BE, as Excel's "Unicode text"
  writes it), else UTF-8, else Windows-1252 (old spreadsheets' CSV);
- a text file (.txt, or any name): one idea per line, bullets (• - * – · …) at the
  start of a line removed; its columns if every line has the same number of tabs
  (Excel's "Text (tab-delimited)"); a UTF-16 file is Excel's "Unicode text", read as
  tab-separated cells (quoted cells keep their line breaks);
- a CSV (.csv, .tsv): cells as the csv module reads them (quoted commas and line
  breaks kept). The separator is the one of tab, semicolon and comma that gives every
  line the same number of cells, header included; a comma or semicolon followed by a
  space in most lines is prose, not a separator (`Un jardin, partagé` stays whole).
  `csv.Sniffer` took the comma there and kept half of each idea.

Which cells are ideas: with one column, every cell (a header named idée/idea/texte…
skipped). With several, the column named like an idea (IDEA_COLUMNS), else the one
with the most text; authors from a column named like one (AUTHOR_COLUMNS), colours
from COLOUR_COLUMNS. Facilitator's own CSV export (export/ideas_csv.py) is recognised
by its header: ideas, authors and colours come back as they were (its formula
apostrophes taken off); exported with names left out (no author column), the ideas
and colours come back, with no author. `IdeaFile.report` says which column was taken and how many
lines were skipped (a line with text in other columns but none in the idea's):
nothing is dropped silently.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from facilitator.domain.board import PALETTE
from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, Message, message
from facilitator.domain.records import Idea
from facilitator.domain.text import clean_text
from facilitator.domain.validation import field_specs
from facilitator.storage.safe_read import FileReadError, read_regular_file

MAX_BYTES = 5_000_000  # a list of ideas: 5 MB is some 50,000 ideas of 100 characters
# How many lines the choice of a separator looks at (the rest follows the same rule).
SAMPLE_ROWS = 1_000
# Share of the sampled lines that must have the same number of cells for a separator.
CONSISTENT_SHARE = 0.9
HEADER_SHARE = 0.5  # the same, when the first line is a header we recognise

IDEA_COLUMNS = frozenset(
    {"idée", "idee", "idées", "idees", "idea", "ideas", "texte", "text", "contenu",
     "content", "proposition", "propositions", "suggestion", "suggestions", "post-it",
     "note", "notes", "réponse", "reponse", "answer", "response"}
)  # fmt: skip
AUTHOR_COLUMNS = frozenset(
    {"auteur", "auteure", "autrice", "author", "nom", "name", "prénom", "prenom",
     "participant", "participante", "qui", "who", "par", "by"}
)  # fmt: skip
COLOUR_COLUMNS = frozenset({"couleur", "colour", "color"})
# The first columns of online forms' exports (Google Forms, Framaforms, LimeSurvey):
# with them, the first line is a header even when its questions are sentences.
FORM_COLUMNS = frozenset(
    {"horodateur", "horodatage", "timestamp", "date", "heure", "time", "id", "n°",
     "numéro", "numero", "numéro de soumission", "submission id", "submitted", "soumis le"}
)  # fmt: skip
# The header of Facilitator's own export (export/ideas_csv.py), this version's and
# the first one's, in French and in English: its first five cells; and its first four
# when the names were left out (export/names.py: no author column).
OWN_HEADERS = (
    ("tableau", "regroupement", "idée", "auteur", "couleur"),
    ("board", "cluster", "idea", "author", "colour"),
)
OWN_HEADERS_NAMELESS = (
    ("tableau", "regroupement", "idée", "couleur"),
    ("board", "cluster", "idea", "colour"),
)
# Colour names as our export writes them (both languages), and the palette's own keys.
COLOUR_KEYS = {
    **{key: key for key in PALETTE},
    "jaune": "yellow",
    "rose": "pink",
    "bleu": "blue",
    "vert": "green",
    "lilas": "lilac",
}
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_BULLET = re.compile(r"^[ \t]*[•◦▪▫‣⁃○●■□►▸–—·*+-][ \t]+")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_ONE_LINE = re.compile(r"[\r\n\t]")
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8"),
    (b"\xff\xfe", "utf-16", "UTF-16"),
    (b"\xfe\xff", "utf-16", "UTF-16"),
)
# First bytes of what people pick by mistake: zip (xlsx, ods, docx, odt), OLE (xls, doc).
_SPREADSHEET_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")

CANNOT_READ = QT_TRANSLATE_NOOP("IdeaFiles", "“{path}” cannot be read: {reason}.")
NOT_TEXT = QT_TRANSLATE_NOOP("IdeaFiles", "“{path}” is not a text or CSV file.")
SPREADSHEET = QT_TRANSLATE_NOOP(
    "IdeaFiles",
    "“{path}” is a spreadsheet or a document, not text: save it as CSV or as text first.",
)
TOO_LONG = QT_TRANSLATE_NOOP(
    "IdeaFiles",
    "“{path}”, line {line}: {length} characters, more than the {limit} of an idea "
    "(a quotation mark opened there and never closed?).",
)
NOT_CSV = QT_TRANSLATE_NOOP("IdeaFiles", "“{path}”, line {line}: not CSV ({reason}).")
READ = QT_TRANSLATE_NOOP("IdeaFiles", "Ideas read from “{name}”: {count}.")
COLUMN = QT_TRANSLATE_NOOP(
    "IdeaFiles", "Ideas taken from the column “{column}”, {number} of {columns}."
)
COLUMN_UNNAMED = QT_TRANSLATE_NOOP(
    "IdeaFiles", "Ideas taken from column {number} of {columns}, the one with the most text."
)
AUTHORS = QT_TRANSLATE_NOOP("IdeaFiles", "Authors taken from the column “{column}”.")
OWN_EXPORT = QT_TRANSLATE_NOOP(
    "IdeaFiles", "A Facilitator export: authors and colours taken as they were."
)
SKIPPED = QT_TRANSLATE_NOOP("IdeaFiles", "Lines with no text in that column, skipped: {count}.")
IRREGULAR = QT_TRANSLATE_NOOP(
    "IdeaFiles", "Lines with another number of cells than {columns}, to check: {count}."
)
JOINED = QT_TRANSLATE_NOOP("IdeaFiles", "{first} {rest}")


class IdeaFileError(FacilitatorError):
    pass


@dataclass(frozen=True)
class ImportedIdea:
    text: str
    author: str = ""
    colour: str = ""  # a key of board.PALETTE, or "" for the colour chosen on the board


@dataclass(frozen=True)
class IdeaFile:
    """What a file gave: its ideas, and how they were read (for `report`)."""

    name: str  # the file's name, for the report
    ideas: tuple[ImportedIdea, ...]
    encoding: str = "UTF-8"  # UTF-8, UTF-16, UTF-32 or Windows-1252
    separator: str = ""  # "\t", ";" or ","; "" for one column
    columns: int = 1
    column: int = 0  # the idea column, from 0
    column_name: str = ""  # its header, "" when the file has none
    author_column: str = ""  # the header of the author column taken, "" for none
    own_export: bool = False
    skipped: int = 0  # lines with text in other columns and none in the idea's
    irregular: int = 0  # lines with more or fewer cells than the others

    def report(self) -> Message:
        """One paragraph for the user: how many ideas, from which column of how many,
        whose authors, how many lines skipped."""
        said = [message(READ, name=self.name, count=len(self.ideas))]
        if self.own_export:
            said.append(message(OWN_EXPORT))
        elif self.columns > 1:
            if self.column_name:
                said.append(
                    message(
                        COLUMN,
                        column=self.column_name,
                        number=self.column + 1,
                        columns=self.columns,
                    )
                )
            else:
                said.append(message(COLUMN_UNNAMED, number=self.column + 1, columns=self.columns))
            if self.author_column:
                said.append(message(AUTHORS, column=self.author_column))
        if self.skipped:
            said.append(message(SKIPPED, count=self.skipped))
        if self.irregular:
            said.append(message(IRREGULAR, count=self.irregular, columns=self.columns))
        joined = said[-1]
        for sentence in reversed(said[:-1]):
            joined = message(JOINED, first=sentence, rest=joined)
        return joined


def _decode(path: Path, raw: bytes) -> tuple[str, str]:
    """The text of `raw` and the name of its encoding; `IdeaFileError` if it is not text."""
    if raw.startswith(_SPREADSHEET_MAGIC) or raw.startswith(b"%PDF"):
        raise IdeaFileError(message(SPREADSHEET, path=str(path)))
    text: str | None = None
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            try:
                text, encoding = raw.decode(codec), name
            except UnicodeDecodeError:
                raise IdeaFileError(message(NOT_TEXT, path=str(path))) from None
            break
    if text is None:
        try:
            text, encoding = raw.decode("utf-8"), "UTF-8"
        except UnicodeDecodeError:
            # Windows-1252 maps every byte but five, which become U+FFFD.
            text, encoding = raw.decode("cp1252", errors="replace"), "Windows-1252"
    if "\x00" in text:
        raise IdeaFileError(message(NOT_TEXT, path=str(path)))
    return text.removeprefix("\ufeff"), encoding


def decoded(path: Path, raw: bytes) -> tuple[str, str]:
    """The text of `raw` (the bytes of `path`) and its encoding's name ("UTF-8",
    "UTF-16", "UTF-32" or "Windows-1252"), read as the module's notes say; shared with
    storage/roster_files.py. IdeaFileError when it is not text (a spreadsheet or a
    document is named as such; NUL characters are not text)."""
    return _decode(path, raw)


def _rows(path: Path, text: str, separator: str) -> Iterator[tuple[int, list[str]]]:
    """(first line number, cells) of each row that has some text; `IdeaFileError` for
    what the csv module refuses (a cell larger than its 131,072-character limit)."""
    # With no separator, NUL: the text has none (checked), so each row is one cell.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator or "\x00")
    line = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise IdeaFileError(
                message(NOT_CSV, path=str(path), line=reader.line_num, reason=str(error))
            ) from error
        if any(cell.strip() for cell in row):
            yield line, row
        line = reader.line_num + 1


def _names(row: list[str]) -> list[str]:
    return [cell.strip().casefold() for cell in row]


def _is_header(row: list[str]) -> bool:
    names = set(_names(row))
    known = IDEA_COLUMNS | AUTHOR_COLUMNS | COLOUR_COLUMNS | FORM_COLUMNS
    return bool(names & known) or _is_own(row)


def _named(names: list[str], wanted: frozenset[str], other_than: int | None = None) -> int | None:
    """The first column named one of `wanted`, else the first whose name has one of them
    as a word ("Quelle est votre idée ?", "Votre prénom"); never `other_than`."""
    exact = [n for n, name in enumerate(names) if n != other_than and name in wanted]
    if exact:
        return exact[0]
    words = [
        n
        for n, name in enumerate(names)
        if n != other_than and any(word in wanted for word in re.findall(r"\w+", name))
    ]
    return words[0] if words else None


def _is_own(row: list[str]) -> bool:
    return _own_columns(row) is not None


def _own_columns(row: list[str]) -> tuple[int, int | None, int] | None:
    """For Facilitator's own header, the columns of the idea, the author (None when the
    names were left out) and the colour; None for any other header."""
    names = _names(row)
    if tuple(names[:5]) in OWN_HEADERS:
        return 2, 3, 4
    if tuple(names[:4]) in OWN_HEADERS_NAMELESS:
        return 2, None, 3
    return None


def _separator(path: Path, text: str, candidates: str) -> str:
    """The one of `candidates` that splits every sampled line into the same number of
    cells (at least 2, the first line included), preferring the most consistent, then
    the first candidate; "" when none does (one column)."""
    best, chosen = 0.0, ""
    for separator in candidates:
        rows = [row for _, row in itertools.islice(_rows(path, text, separator), SAMPLE_ROWS)]
        if not rows:
            continue
        width, count = Counter(len(row) for row in rows).most_common(1)[0]
        share = count / len(rows)
        header = _is_header(rows[0])
        # A header named like ours is evidence enough for half the lines to agree (a
        # hand-made file with a stray separator in an idea).
        needed = HEADER_SHARE if header else CONSISTENT_SHARE
        if width < 2 or len(rows[0]) != width or share < needed:
            continue
        if separator != "\t" and not header:
            # Prose: "Un jardin, partagé" has a blank after its comma; a spreadsheet's
            # separator never has one.
            spaced = sum(any(cell[:1] == " " for cell in row[1:]) for row in rows)
            if spaced * 2 >= len(rows):
                continue
        if share > best:
            best, chosen = share, separator
    return chosen


def _unbulleted(text: str) -> str:
    return _BULLET.sub("", text, count=1)


def _unneutral(cell: str) -> str:
    """Our export's cell as it was typed: its formula apostrophe taken off."""
    neutralised = cell.startswith("'") and cell.lstrip("'").startswith(_FORMULA_STARTS)
    return cell[1:] if neutralised else cell


def _checked(path: Path, line: int, text: str, limit: int) -> str:
    """`text` with its blanks as domain/text.clean_text leaves them (line ends as \\n,
    lines right-stripped, no empty line first or last); `IdeaFileError` (naming the line)
    if even cleaned it is longer than `limit`. The full clean (which the capture applies
    anyway) runs only for texts over the limit: it costs 70 µs an idea (131,000: 9 s)."""
    text = "\n".join(part.rstrip() for part in _LINE_BREAK.split(text)).strip("\n")
    if len(text) > limit:
        length = len(clean_text(text, multiline=True))
        if length > limit:
            raise IdeaFileError(
                message(TOO_LONG, path=str(path), line=line, length=length, limit=limit)
            )
    return text


def _longest_column(rows: list[tuple[int, list[str]]], width: int) -> int:
    totals = [0] * width
    for _, row in rows:
        for index, cell in enumerate(row[:width]):
            totals[index] += len(cell.strip())
    return max(range(width), key=lambda index: (totals[index], -index))


def _one_per_line(path: Path, text: str, encoding: str) -> IdeaFile:
    limit = field_specs(Idea)["text"].max_len
    ideas = []
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        idea = _unbulleted(line)
        if idea.strip():
            ideas.append(ImportedIdea(_checked(path, number, idea, limit)))
    return IdeaFile(path.name, tuple(ideas), encoding)


def _one_column(path: Path, text: str, encoding: str) -> IdeaFile:
    limit = field_specs(Idea)["text"].max_len
    rows = list(_rows(path, text, ""))
    if rows and _names(rows[0][1])[0] in IDEA_COLUMNS:
        rows = rows[1:]
    ideas = tuple(
        ImportedIdea(_checked(path, line, _unbulleted(row[0]), limit))
        for line, row in rows
        if _unbulleted(row[0]).strip()
    )
    return IdeaFile(path.name, ideas, encoding)


def _columns(path: Path, text: str, encoding: str, separator: str) -> IdeaFile:
    text_limit = field_specs(Idea)["text"].max_len
    author_limit = field_specs(Idea)["author"].max_len
    rows = list(_rows(path, text, separator))
    width = Counter(len(row) for _, row in rows[:SAMPLE_ROWS]).most_common(1)[0][0]
    header = rows[0][1] if _is_header(rows[0][1]) else None
    data = rows[1:] if header is not None else rows
    own_columns = _own_columns(header) if header is not None else None
    own = own_columns is not None
    author: int | None = None
    colour: int | None = None
    if own_columns is not None:
        column, author, colour = own_columns
    else:
        names = _names(header) if header is not None else []
        named = _named(names, IDEA_COLUMNS)
        column = named if named is not None else _longest_column(data, width)
        author = _named(names, AUTHOR_COLUMNS, other_than=column)
        colour = _named(names, COLOUR_COLUMNS, other_than=column)
    ideas: list[ImportedIdea] = []
    skipped = irregular = 0

    def cell(row: list[str], index: int | None) -> str:
        value = row[index] if index is not None and index < len(row) else ""
        return _unneutral(value) if own else value

    for line, row in data:
        idea = cell(row, column)
        if len(row) != width:
            irregular += 1
            if len(row) > width and column == width - 1:
                idea = separator.join(row[column:])  # the idea's own unquoted separators
        if not idea.strip():
            skipped += 1
            continue
        who = _ONE_LINE.sub(" ", cell(row, author)).strip()  # as clean_text, cheaply
        if len(who) > author_limit:
            who = ""  # not a name: a long text in the "name" column
        ideas.append(
            ImportedIdea(
                _checked(path, line, idea, text_limit),
                who,
                COLOUR_KEYS.get(cell(row, colour).strip().casefold(), ""),
            )
        )
    return IdeaFile(
        path.name,
        tuple(ideas),
        encoding,
        separator=separator,
        columns=width,
        column=column,
        column_name=header[column].strip() if header is not None and column < len(header) else "",
        author_column=(header[author].strip() if header is not None and author is not None else ""),
        own_export=own,
        skipped=skipped,
        irregular=irregular,
    )


def read_idea_file(path: Path) -> IdeaFile:
    """The ideas of a text or CSV file and how they were read (see the module's text).
    The file must be a regular file (or a link to one) of at most `MAX_BYTES`.

    Raises `IdeaFileError`: the file cannot be read (and why), is not text (a
    spreadsheet or document is named so), or has an idea longer than an idea's
    limit (10,000 characters, records.Idea; the line is named)."""
    try:
        raw = read_regular_file(path, MAX_BYTES)
    except FileReadError as error:
        raise IdeaFileError(message(CANNOT_READ, path=str(path), reason=error.reason)) from error
    text, encoding = _decode(path, raw)
    tabular = path.suffix.lower() in (".csv", ".tsv", ".tab")
    excel_unicode = encoding == "UTF-16"  # Excel's "Unicode text": tab-separated cells
    separator = _separator(path, text, "\t;," if tabular else "\t")
    if separator:
        return _columns(path, text, encoding, separator)
    if tabular or excel_unicode:
        return _one_column(path, text, encoding)
    return _one_per_line(path, text, encoding)


def read_ideas(path: Path) -> list[str]:
    """The ideas' texts of `read_idea_file(path)`, in the file's order."""
    return [idea.text for idea in read_idea_file(path).ideas]
