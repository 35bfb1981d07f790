"""Participants from a list made by another tool: a CSV or text file, or lines pasted
from a spreadsheet or an e-mail (issue 18): "Marie Dupont; Mairie de Lyon; élue".

What is read:

- the encoding, as for idea files (`storage.idea_files.decoded`): a byte-order mark
  (UTF-8, UTF-16 as Excel's "Unicode text" writes it, UTF-32), else UTF-8, else
  Windows-1252 (Excel's CSV on a French Windows: "Prénom;Nom" in cp1252). A file that
  is not text is refused in a sentence: a spreadsheet or a PDF by its first bytes
  (save it as CSV), NUL characters, or more than one character in a hundred a control
  character (BINARY_SHARE: what Windows-1252 makes of an image or an archive);
- lines: ended by CRLF, LF or CR (old Mac CSV); a quoted cell may hold a line break
  (a spreadsheet's cell on two lines) over at most MAX_ROW_LINES lines, else its
  quotation mark is taken as never closed (the line is read alone, and said): one
  stray quotation mark never swallows the rest of the list;
- the separator: tab, semicolon or comma, the first of them that splits at least
  SEPARATOR_SHARE of the sampled lines (SAMPLE_ROWS) in two cells or more outside
  quotes (a pasted spreadsheet: tabs; Excel in French: semicolons; LibreOffice:
  commas); none: one name per line. "Dupont, Marie" in a list of names is read as a
  name and an organisation when most lines have a comma: the preview shows it, and
  the separator can be chosen (`separator`);
- the columns: a first line recognised as a header (`header_kinds`: « nom ;
  organisation ; rôle », "name, organisation, role", « structure », « service »,
  « fonction », "Prénom;Nom", an online form's "Votre nom"...) says which column is
  what, a "prénom" and a "nom" column making one name ("Marie Dupont"); the other
  columns (e-mail, telephone) are not imported, and said. Without a header: name,
  organisation, role, in that order; the cells after the third are not imported;
- each cell as a name typed at the laptop is cleaned (`clean_cell`): controls and bidi
  overrides out, at most 4 combining marks a letter, blanks collapsed, NFC; a cell
  with nothing visible is empty;
- lines: a blank line is skipped; a line with an organisation or a role but no name
  is not added (said); a name, organisation or role longer than a person's field
  (records.Person: 200 characters) leaves its line out (said), as does a line longer
  than MAX_ROW_CHARS; the same name twice is kept twice (two people may share a name:
  said); more than MAX_PEOPLE people refuse the whole list (RosterFileError), and the
  reading stops at once past MAX_ROWS lines with text (a flood of rows without names).

An address book is read as one, not by columns, when the separator is chosen
automatically: a vCard file (its first line "BEGIN:VCARD": Thunderbird's, Outlook's or a
phone's export, vCard 2.1 to 4.0) gives one person a card (FN or N, ORG, TITLE or ROLE);
a mail's recipients pasted ("Marie Dupont <marie@x.fr>, jean.martin@x.fr", Outlook's
semicolons, a "To:" before them) give one person an address, named by the name before
it, else (said) by its part before "@" ("Jean Martin").

Nothing is added here: `RosterFile.people` are what a facilitator previews and adds in
one change (domain/participants.py), and `notes` say every line left out and why.
"""

from __future__ import annotations

import codecs
import csv
import email.header
import itertools
import quopri
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from facilitator.domain.groups import same_key
from facilitator.domain.messages import (
    QT_TRANSLATE_NOOP,
    FacilitatorError,
    Message,
    MessageText,
    message,
)
from facilitator.domain.records import Person
from facilitator.domain.text import clean_text, has_visible_text, without_spoofing
from facilitator.domain.validation import field_specs
from facilitator.storage.idea_files import IdeaFileError, decoded
from facilitator.storage.safe_read import FileReadError, read_regular_file

# A list of participants: 2 MB is 5,000 people of 400 bytes each, name, organisation,
# role and the columns a registration export adds (e-mail, telephone, comments).
MAX_BYTES = 2_000_000
MAX_PASTE_CHARS = 2_000_000  # characters pasted at once
MAX_PEOPLE = 5_000  # people in one list: the badges printed at once (MOST_BADGES)
MAX_ROWS = 2 * MAX_PEOPLE  # lines with something in them: reading stops past this many
MAX_ROW_CHARS = 20_000  # characters in one line (a row); the csv module's limit is 131,072
MAX_ROW_LINES = 5  # lines one quoted cell may span before its quote counts as unclosed
MAX_NOTES = 200  # notes about lines kept; the rest are counted in one more note
SAMPLE_ROWS = 1_000  # lines sampled to choose the separator
SEPARATOR_SHARE = 0.5  # of the sampled lines that must have two cells or more
BINARY_SHARE = 0.01  # control characters (but tab and line ends) above this: not text
SEPARATORS = "\t;,"

Separator = Literal["", "\t", ";", ","]
Kind = Literal["name", "first", "last", "organisation", "job", "other"]

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _key(cell: str) -> str:
    """A header cell as compared with the known names: accents, case, quotes, blanks,
    "_" and "-" aside, a form's trailing "*" or ":" dropped."""
    bare = "".join(
        c for c in unicodedata.normalize("NFKD", cell) if not unicodedata.combining(c)
    ).casefold()
    bare = re.sub(r"[_\-’'\"]+", " ", bare).strip().rstrip("*:?").strip()
    return " ".join(bare.split())


# Header cells, compared by `_key` (no accents): exactly one of these...
NAME_COLUMNS = frozenset(
    {"nom", "noms", "name", "names", "nom complet", "full name", "fullname", "nom et prenom",
     "nom prenom", "prenom nom", "prenom et nom", "nom, prenom", "prenom, nom", "nom / prenom",
     "prenom / nom", "participant", "participante", "participants", "participantes",
     "participant(e)", "participant e", "personne", "identite", "nom du participant",
     "participant name", "attendee", "attendees"}
)  # fmt: skip
FIRST_NAME_COLUMNS = frozenset({"prenom", "prenoms", "first name", "firstname", "given name"})
LAST_NAME_COLUMNS = frozenset(
    {"nom de famille", "last name", "lastname", "surname", "family name", "nom d usage",
     "nom de naissance"}
)  # fmt: skip
ORGANISATION_COLUMNS = frozenset(
    {"organisation", "organisations", "organization", "organisme", "structure", "service",
     "institution", "employeur", "employer", "entreprise", "company", "societe",
     "collectivite", "etablissement", "affiliation", "administration", "association",
     "direction", "nom de la structure", "structure / service", "organisation / service",
     "structure d origine", "organisme d origine", "org"}
)  # fmt: skip
JOB_COLUMNS = frozenset(
    {"role", "roles", "fonction", "fonctions", "poste", "qualite", "statut", "profil", "job",
     "job title", "metier", "role dans l atelier", "fonction / role", "role / fonction"}
)  # fmt: skip
# Columns known but not imported: online forms' first columns (Google Forms, Framaforms,
# LimeSurvey), a registration sheet's title, e-mail and telephone. They tell a header.
OTHER_COLUMNS = frozenset(
    {"horodateur", "horodatage", "timestamp", "date", "id", "n", "n°", "no", "numero", "#",
     "submission id", "soumis le", "date de soumission", "civilite", "titre", "title",
     "genre", "sexe", "salutation", "email", "e mail", "courriel", "adresse e mail",
     "adresse mail", "adresse electronique", "mail", "telephone", "tel", "phone", "mobile",
     "portable", "ville", "city", "commentaire", "commentaires", "remarques"}
)  # fmt: skip
# A longer header is known by its words ("Votre structure", "Nom de famille") when each
# of its words is one of these: a person's row ("Service des sports", "Participant 12")
# has some other word.
_ORGANISATION_WORDS = frozenset(
    {"organisation", "organization", "organisme", "structure", "service", "institution",
     "employeur", "employer", "entreprise", "company", "societe", "collectivite",
     "etablissement", "affiliation", "administration", "association"}
)  # fmt: skip
_JOB_WORDS = frozenset(
    {"role", "fonction", "fonctions", "poste", "qualite", "statut", "profil", "job", "metier"}
)
_NAME_WORDS = frozenset({"nom", "name", "noms", "names", "participant", "identite"})
_HEADER_WORDS = (
    _ORGANISATION_WORDS
    | _JOB_WORDS
    | _NAME_WORDS
    | {"prenom", "prenoms", "first", "last", "given", "surname", "family", "famille",
       "complet", "complete", "full", "naissance", "usage", "origine", "votre", "vos",
       "your", "de", "du", "des", "la", "le", "les", "l", "d", "et", "and", "the", "of",
       "en", "au", "dans", "quelle", "quel", "est", "what", "is", "atelier", "adresse",
       "mail", "e", "email", "courriel", "telephone", "numero", "actuel", "actuelle"}
)  # fmt: skip
# A column of names that is a full name even beside a first-name column.
_FULL_NAME_WORDS = frozenset({"complet", "complete", "full", "prenom", "identite"})

CANNOT_READ = QT_TRANSLATE_NOOP("RosterFiles", "“{path}” cannot be read: {reason}.")
NOT_TEXT = QT_TRANSLATE_NOOP("RosterFiles", "“{path}” is not a text or CSV file.")
PASTE_TOO_LONG = QT_TRANSLATE_NOOP(
    "RosterFiles",
    "The pasted text has {length} characters, more than the {limit} read at once.",
)
TOO_MANY = QT_TRANSLATE_NOOP(
    "RosterFiles",
    "{count} people are listed, more than the {limit} added at once: split the list.",
)
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "RosterFiles",
    "The list has more than {rows} lines with text, and at most {limit} people are added "
    "at once: split the list.",
)
READ = QT_TRANSLATE_NOOP("RosterFiles", "People read from “{name}”: {count}.")
READ_PASTE = QT_TRANSLATE_NOOP("RosterFiles", "People read from the pasted text: {count}.")
HOW = QT_TRANSLATE_NOOP("RosterFiles", "{first} {rest}")
LIST = QT_TRANSLATE_NOOP("RosterFiles", "{first}, {rest}")
WITH_HEADER = QT_TRANSLATE_NOOP("RosterFiles", "Columns taken from the first line: {columns}.")
NO_HEADER = QT_TRANSLATE_NOOP(
    "RosterFiles", "No header: each line is read as name, organisation, role."
)
NOT_IMPORTED = QT_TRANSLATE_NOOP("RosterFiles", "Columns not imported: {columns}.")
NO_NAME_COLUMN = QT_TRANSLATE_NOOP(
    "RosterFiles",
    "The first line names no column of names (“Nom”, “Name”, “Prénom”…): nobody can be added.",
)
NO_NAME = QT_TRANSLATE_NOOP("RosterFiles", "Line {line}: no name, not added.")
FIELD_TOO_LONG = QT_TRANSLATE_NOOP(
    "RosterFiles",
    "Line {line}: {field} has {length} characters, more than {limit}: not added.",
)
ROW_TOO_LONG = QT_TRANSLATE_NOOP(
    "RosterFiles",
    "Line {line}: {length} characters, more than the {limit} of a line: not read.",
)
UNCLOSED = QT_TRANSLATE_NOOP(
    "RosterFiles",
    "Line {line}: a quotation mark is never closed; the line is read on its own.",
)
EXTRA_CELLS = QT_TRANSLATE_NOOP(
    "RosterFiles",
    "Lines with more than three cells, the cells after the third not imported: {count}.",
)
TWICE = QT_TRANSLATE_NOOP(
    "RosterFiles",
    "Line {line}: “{name}” is also on line {first}; both are added (two people may share a name).",
)
MORE_NOTES = QT_TRANSLATE_NOOP("RosterFiles", "And {count} more lines to check.")
AS_VCARDS = QT_TRANSLATE_NOOP(
    "RosterFiles",
    "Read as an address book (vCard): each card’s name, organisation and title.",
)
AS_RECIPIENTS = QT_TRANSLATE_NOOP(
    "RosterFiles", "Read as e-mail addresses: the name before each address."
)
NAME_FROM_ADDRESS = QT_TRANSLATE_NOOP(
    "RosterFiles", "Line {line}: “{address}” has no name: added as “{name}”, check it."
)
THE_NAME = QT_TRANSLATE_NOOP("RosterFiles", "the name")
THE_ORGANISATION = QT_TRANSLATE_NOOP("RosterFiles", "the organisation")
THE_ROLE = QT_TRANSLATE_NOOP("RosterFiles", "the role")
COLUMN_NAMES = {
    "name": QT_TRANSLATE_NOOP("RosterFiles", "name"),
    "first": QT_TRANSLATE_NOOP("RosterFiles", "first name"),
    "last": QT_TRANSLATE_NOOP("RosterFiles", "last name"),
    "organisation": QT_TRANSLATE_NOOP("RosterFiles", "organisation"),
    "job": QT_TRANSLATE_NOOP("RosterFiles", "role"),
}
COLUMN = QT_TRANSLATE_NOOP("RosterFiles", "{kind} (“{header}”)")
QUOTED = QT_TRANSLATE_NOOP("RosterFiles", "“{column}”")


class RosterFileError(FacilitatorError):
    """A list that is not read at all: unreadable, not text, too large, too many people."""


@dataclass(frozen=True)
class RosterPerson:
    """One person of the list, cleaned: `line` is the first line of their row (from 1)."""

    line: int
    name: str
    organisation: str = ""
    job: str = ""


@dataclass(frozen=True)
class RosterNote:
    """Something the facilitator should know about line `line` (0: the whole list);
    `left_out`: that line's person is not added."""

    line: int
    message: Message
    left_out: bool = False


@dataclass(frozen=True)
class RosterFile:
    """What a list gave: its people, and how it was read (for `report` and `notes`)."""

    source: str  # the file's name, "" for pasted text
    people: tuple[RosterPerson, ...]
    notes: tuple[RosterNote, ...] = ()
    encoding: str = "UTF-8"
    separator: Separator = ""
    header: tuple[tuple[Kind, str], ...] = ()  # each column's kind and header cell
    lines: int = 0  # lines read, blank ones included
    left_out: int = 0  # lines with something in them whose person is not added
    columns: tuple[str, ...] = field(default=())  # header cells not imported

    def report(self) -> Message:
        """One paragraph: how many people, from which columns, which columns left out."""
        said = [
            message(READ, name=self.source, count=len(self.people))
            if self.source
            else message(READ_PASTE, count=len(self.people))
        ]
        imported = [
            message(COLUMN, kind=COLUMN_NAMES[kind], header=cell)
            for kind, cell in self.header
            if kind != "other"
        ]
        if imported:
            said.append(message(WITH_HEADER, columns=_joined(imported, LIST)))
        elif not self.header and self.separator:
            said.append(message(NO_HEADER))
        if self.columns:
            quoted = [message(QUOTED, column=column) for column in self.columns]
            said.append(message(NOT_IMPORTED, columns=_joined(quoted, LIST)))
        return _joined(said, HOW)


def _joined(parts: list[Message], glue: MessageText) -> Message:
    """`parts` as one message, each joined to the rest by `glue` ("{first} {rest}")."""
    joined = parts[-1]
    for part in reversed(parts[:-1]):
        joined = message(glue, first=part, rest=joined)
    return joined


# -- cells ------------------------------------------------------------------------------------
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LIMITS = {name: spec.max_len for name, spec in field_specs(Person).items() if spec.kind == "text"}
_FIELD_WORDS = {"name": THE_NAME, "organisation": THE_ORGANISATION, "job": THE_ROLE}


# Cells of these characters alone (printable ASCII and Latin letters, no combining mark,
# control or soft hyphen) come out of the cleaning as their blanks collapsed: the
# cleaning itself, character by character, took 0.9 s of the 1.2 s of 5,000 people.
_PLAIN = re.compile("[ -~\u00a0-\u00ac\u00ae-\u02ff]*")


def clean_cell(text: str) -> str:
    """A cell as a person's field, cleaned as a name typed at the passed laptop
    (`domain.text`: bidi overrides and stacked marks out, controls out, NFC) with its
    blanks collapsed; "" when nothing in it shows (blanks, zero-width characters)."""
    if _PLAIN.fullmatch(text):
        return " ".join(text.split())
    # Blanks first (a vertical tab, FileMaker's line break in a cell, is one), then
    # what clean_text takes out, then blanks again (a control between two spaces).
    cleaned = clean_text(without_spoofing(" ".join(text.split())), multiline=False)
    cleaned = " ".join(cleaned.split())
    return cleaned if has_visible_text(cleaned) else ""


def _open_quote(text: str, separator: str) -> bool:
    """Whether `text` ends inside a quoted cell (csv's rules: a cell quoted from its
    first character but blanks, "" a quotation mark inside it). Linear."""
    if '"' not in text:
        return False
    state = 0  # 0: a cell starts, 1: unquoted, 2: quoted, 3: a quote just closed it
    for char in text:
        if state == 2:
            if char == '"':
                state = 3
        elif char in (separator, "\n"):
            state = 0
        elif state == 1 or (state == 0 and char == " "):
            continue  # blanks before a cell's quote are skipped (skipinitialspace)
        else:  # a cell's start, or just after a closing quote ("" is a quote)
            state = 2 if char == '"' else 1
    return state == 2


@dataclass(frozen=True)
class _Row:
    line: int  # its first line, from 1
    text: str
    unclosed: bool = False  # its quote was never closed: read alone
    too_long: bool = False  # longer than MAX_ROW_CHARS: not read


def _rows(lines: list[str], separator: str) -> Iterator[_Row]:
    """The rows of `lines` that are not blank: a line, or the lines a quoted cell spans
    (at most MAX_ROW_LINES, MAX_ROW_CHARS in all)."""
    delimiter = separator or "\x00"
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        if len(line) > MAX_ROW_CHARS:
            yield _Row(index + 1, "", too_long=True)
            index += 1
            continue
        used, unclosed, text = 1, False, line
        if _open_quote(line, delimiter):
            joined, end = line, index + 1
            while end < len(lines) and end - index < MAX_ROW_LINES:
                joined += "\n" + lines[end]
                end += 1
                if len(joined) > MAX_ROW_CHARS or not _open_quote(joined, delimiter):
                    break
            if len(joined) <= MAX_ROW_CHARS and not _open_quote(joined, delimiter):
                used, text = end - index, joined
            else:
                unclosed = True
        yield _Row(index + 1, text, unclosed=unclosed)
        index += used


def _cells(row: _Row, separator: str) -> list[str]:
    """The cells of `row` as the csv module reads them (quotes taken off; a quote after
    a separator and blanks opens a cell: `Marie Dupont, "Mairie, Lyon"`)."""
    reader = csv.reader(
        [row.text], delimiter=separator or "\x00", skipinitialspace=True, strict=False
    )
    return next(reader, [])


def choose_separator(lines: list[str]) -> Separator:
    """Tab, semicolon or comma: the first that splits at least SEPARATOR_SHARE of the
    first SAMPLE_ROWS rows in two cells or more; "" (one name per line) for none.
    The lines are looked through once for the sample (2 MB of blank lines: 0.1 s)."""
    filled = 0
    end = len(lines)
    for index, line in enumerate(lines):
        if line.strip():
            filled += 1
            if filled == SAMPLE_ROWS:  # and room for the last row's quoted lines
                end = index + MAX_ROW_LINES
                break
    lines = lines[:end]
    for separator in SEPARATORS:
        rows = list(itertools.islice(_rows(lines, separator), SAMPLE_ROWS))
        rows = [row for row in rows if not row.too_long]
        if not rows:
            return ""
        split = sum(len(_cells(row, separator)) >= 2 for row in rows)
        if split >= SEPARATOR_SHARE * len(rows):
            return separator  # type: ignore[return-value] # one of SEPARATORS
    return ""


# -- the header ---------------------------------------------------------------------------------
def _exact_kind(key: str) -> Kind | None:
    for kind, names in (
        ("name", NAME_COLUMNS),
        ("first", FIRST_NAME_COLUMNS),
        ("last", LAST_NAME_COLUMNS),
        ("organisation", ORGANISATION_COLUMNS),
        ("job", JOB_COLUMNS),
    ):
        if key in names:
            return kind  # type: ignore[return-value] # a Kind
    return None


def _word_kind(key: str) -> Kind | None:
    """The kind of a longer header by its words ("Nom de la structure" is an
    organisation, "Votre prénom" a first name), when every word is a header's
    (_HEADER_WORDS); "other" for a known column not imported; None for anything else."""
    if key in OTHER_COLUMNS:
        return "other"
    words = set(re.findall(r"\w+", key))
    if not words or not words <= _HEADER_WORDS:
        return None
    if words & _ORGANISATION_WORDS:
        return "organisation"
    if words & _JOB_WORDS:
        return "job"
    if "prenom" in words or "given" in words or {"first", "name"} <= words:
        return "name" if "nom" in words and "prenom" in words else "first"
    if "surname" in words or "family" in words or "famille" in words or {"last", "name"} <= words:
        return "last"
    if words & _NAME_WORDS:
        return "name"
    return "other"  # "Adresse e-mail", "Votre numéro"


def header_kinds(cells: list[str]) -> tuple[Kind, ...] | None:
    """Each column's kind when `cells` (a list's first row) is a header, else None.

    A header's first non-empty cell is a known column (NAME_COLUMNS,
    ORGANISATION_COLUMNS, JOB_COLUMNS, OTHER_COLUMNS..., exactly or by its words), and
    either another cell is known too or the first names the people ("Nom" alone,
    "Nom;Adresse"). A person's row starts with their name, which is no column's
    ("Marie Dupont;Direction;participant"; "Participant 12;Organisation 3" has a word
    no header has). Each kind is taken once (its first column); beside a first-name
    column, a column of names that is not a full name ("Nom", "Votre nom") is the last
    name; with a full name, first and last names are not imported."""
    keys = [_key(cell) for cell in cells]
    known = [_exact_kind(key) or _word_kind(key) for key in keys]
    filled = [n for n, key in enumerate(keys) if key]
    if not filled or known[filled[0]] is None:
        return None
    names = ("name", "first", "last")
    first_names_people = _exact_kind(keys[filled[0]]) in names
    if sum(kind is not None for kind in known) < 2 and not first_names_people:
        return None
    if "first" in known and "last" not in known:
        for n, key in enumerate(keys):
            if known[n] == "name" and not set(re.findall(r"\w+", key)) & _FULL_NAME_WORDS:
                known[n] = "last"
                break
    if "name" in known:
        known = ["other" if k in ("first", "last") else k for k in known]
    kinds: list[Kind] = []
    for kind in known:
        kinds.append("other" if kind is None or kind in kinds else kind)
    return tuple(kinds)


# -- reading ---------------------------------------------------------------------------------
class _Reading:
    """The rows of one list turned into people and notes."""

    def __init__(self, source: str, text: str, separator: Separator | None) -> None:
        self.source = source
        self.lines = _LINE_BREAK.split(text)
        self.separator: Separator = choose_separator(self.lines) if separator is None else separator
        self.people: list[RosterPerson] = []
        self.notes: list[RosterNote] = []
        self.more_notes = 0
        self.left_out = 0
        self.extra_cells = 0
        self.first_line: dict[str, int] = {}

    def note(self, line: int, said: Message, *, left_out: bool = False) -> None:
        if left_out:
            self.left_out += 1
        if len(self.notes) < MAX_NOTES:
            self.notes.append(RosterNote(line, said, left_out))
        else:
            self.more_notes += 1

    def field(self, line: int, name: str, raw: str) -> str | None:
        """The cleaned cell for field `name`; None (and a note) when too long."""
        limit = _LIMITS[name]
        cleaned = clean_cell(raw) if len(raw) <= 4 * limit else raw
        if len(cleaned) > limit:
            self.note(
                line,
                message(
                    FIELD_TOO_LONG,
                    line=line,
                    field=_FIELD_WORDS[name],
                    length=len(cleaned),
                    limit=limit,
                ),
                left_out=True,
            )
            return None
        return cleaned

    def person(self, row: _Row, values: dict[str, str], something: bool) -> None:
        name = self.field(row.line, "name", values.get("name", ""))
        organisation = self.field(row.line, "organisation", values.get("organisation", ""))
        job = self.field(row.line, "job", values.get("job", ""))
        if name is None or organisation is None or job is None:
            return
        if not name:
            if something:
                self.note(row.line, message(NO_NAME, line=row.line), left_out=True)
            return
        key = same_key(name) or name
        if key in self.first_line:
            first = self.first_line[key]
            self.note(row.line, message(TWICE, line=row.line, name=name, first=first))
        else:
            self.first_line[key] = row.line
        self.people.append(RosterPerson(row.line, name, organisation, job))

    def read(self, encoding: str) -> RosterFile:
        rows = _rows(self.lines, self.separator)
        header: tuple[Kind, ...] | None = None
        header_cells: list[str] = []
        count = 0
        for row in rows:
            count += 1
            if count > MAX_ROWS:
                raise RosterFileError(message(TOO_MANY_ROWS, rows=MAX_ROWS, limit=MAX_PEOPLE))
            if row.too_long:
                length = len(self.lines[row.line - 1])
                self.note(
                    row.line,
                    message(ROW_TOO_LONG, line=row.line, length=length, limit=MAX_ROW_CHARS),
                    left_out=True,
                )
                continue
            if row.unclosed:
                self.note(row.line, message(UNCLOSED, line=row.line))
            cells = _cells(row, self.separator)
            if count == 1:
                header = header_kinds(cells)
                if header is not None:
                    header_cells = cells
                    if not {"name", "first", "last"} & set(header):
                        self.note(row.line, message(NO_NAME_COLUMN))
                    continue
            self.row(row, cells, header)
        if len(self.people) > MAX_PEOPLE:
            raise RosterFileError(message(TOO_MANY, count=len(self.people), limit=MAX_PEOPLE))
        if self.extra_cells:
            self.note(0, message(EXTRA_CELLS, count=self.extra_cells))
        if self.more_notes:
            self.notes.append(RosterNote(0, message(MORE_NOTES, count=self.more_notes)))
        described = tuple(
            (kind, clean_cell(cell)) for kind, cell in zip(header or (), header_cells, strict=False)
        )
        return RosterFile(
            source=self.source,
            people=tuple(self.people),
            notes=tuple(self.notes),
            encoding=encoding,
            separator=self.separator,
            header=described,
            lines=len(self.lines) - (1 if self.lines and not self.lines[-1] else 0),
            left_out=self.left_out,
            columns=tuple(cell for kind, cell in described if kind == "other" and cell),
        )

    def read_book(
        self, found: list[tuple[int, dict[str, str], str]], how: Message, *, encoding: str
    ) -> RosterFile:
        """The people of an address book (`_address_book`): each checked as a row's."""
        self.separator = ""
        self.note(0, how)
        if len(found) > MAX_PEOPLE:
            raise RosterFileError(message(TOO_MANY, count=len(found), limit=MAX_PEOPLE))
        for line, values, address in found:
            before = len(self.people)
            self.person(_Row(line, ""), values, something=True)
            if address and len(self.people) > before:
                named = self.people[-1].name
                self.note(line, message(NAME_FROM_ADDRESS, line=line, address=address, name=named))
        if self.more_notes:
            self.notes.append(RosterNote(0, message(MORE_NOTES, count=self.more_notes)))
        return RosterFile(
            source=self.source,
            people=tuple(self.people),
            notes=tuple(self.notes),
            encoding=encoding,
            lines=len(self.lines) - (1 if self.lines and not self.lines[-1] else 0),
            left_out=self.left_out,
        )

    def row(self, row: _Row, cells: list[str], header: tuple[Kind, ...] | None) -> None:
        something = any(cell.strip() for cell in cells)
        if not something:
            return  # ";;;": a blank line of a spreadsheet
        values: dict[str, str] = {}
        if header is None:
            for kind, cell in zip(("name", "organisation", "job"), cells, strict=False):
                values[kind] = cell
            if any(cell.strip() for cell in cells[3:]):
                self.extra_cells += 1
        else:
            for kind, cell in zip(header, cells, strict=False):
                if kind != "other":
                    values[kind] = cell
            if "first" in values or "last" in values:
                values["name"] = f"{values.get('first', '').strip()} {values.get('last', '')}"
        self.person(row, values, something)


# -- address books: vCards and e-mail recipients ---------------------------------------------------
_VCARD_BEGIN = "begin:vcard"
_ADDRESS = r"[^\s<>@,;\"]+@[^\s<>@,;\"]+"
# "To:", « À : », "Cc:"... before a mail's recipients, as a mail client copies them.
_RECIPIENTS_LABEL = re.compile(
    r"^\s*(?:to|cc|bcc|cci|a|à|de|from|destinataires?|recipients?)\s*:\s*", re.IGNORECASE
)
_NAMED_ADDRESS = re.compile(
    r'\s*(?:"(?P<quoted>(?:[^"\\]|\\.)*)"\s*|(?P<plain>[^<>"]*))<\s*(?P<address>'
    + _ADDRESS
    + r")\s*>\s*"
)
_BARE_ADDRESS = re.compile(r"\s*<?\s*(?P<address>" + _ADDRESS + r")\s*>?\s*")


def _recipients(line: str) -> list[str] | None:
    """The entries of a line of e-mail recipients, split at commas and semicolons that
    are outside quotes and angle brackets; None when a quote or bracket is unclosed."""
    entries: list[str] = []
    start, quoted, bracket, escaped = 0, False, False, False
    for at, char in enumerate(line):
        if escaped:
            escaped = False
        elif quoted:
            escaped = char == "\\"
            quoted = char != '"'
        elif char == '"':
            quoted = True
        elif char == "<":
            bracket = True
        elif char == ">":
            bracket = False
        elif char in ",;" and not bracket:
            entries.append(line[start:at])
            start = at + 1
    if quoted or bracket:
        return None
    entries.append(line[start:])
    return [entry for entry in entries if entry.strip()]


def _decoded_words(name: str) -> str:
    """A name as a raw mail header may write it (RFC 2047: "=?UTF-8?Q?Zo=C3=A9?="),
    decoded; as written when it is not such a header or cannot be decoded."""
    if "=?" not in name:
        return name
    try:
        return str(email.header.make_header(email.header.decode_header(name)))
    except (ValueError, LookupError, UnicodeError):
        return name


def _name_of_address(address: str) -> str:
    """A name guessed from an address without one: "marie.dupont@x.fr" -> "Marie Dupont"."""
    words = re.split(r"[._\-+]+", address.split("@", 1)[0])
    return " ".join(word[:1].upper() + word[1:] for word in words if word)


def _mail_people(lines: list[str]) -> list[tuple[int, dict[str, str], str]] | None:
    """Each person of `lines` when every line with text is e-mail recipients
    ("Marie Dupont <marie@x.fr>, jean@x.fr", a "To:" before them, as many on a line as
    a mail has: a line is split in linear time): (line, fields, the bare address when
    the name was made from it); None when a line is anything else or one recipient is
    longer than MAX_ROW_CHARS."""
    found: list[tuple[int, dict[str, str], str]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        entries = _recipients(_RECIPIENTS_LABEL.sub("", line, count=1))
        if not entries:
            return None
        for entry in entries:
            if len(entry) > MAX_ROW_CHARS:
                return None
            named = _NAMED_ADDRESS.fullmatch(entry)
            if named is not None:
                name = named["quoted"] if named["quoted"] is not None else named["plain"]
                name = _decoded_words(re.sub(r"\\(.)", r"\1", name)).strip().strip("'")
                if name:
                    found.append((number, {"name": name}, ""))
                    continue
            bare = _BARE_ADDRESS.fullmatch(entry if named is None else named["address"])
            if bare is None:
                return None
            address = bare["address"]
            found.append((number, {"name": _name_of_address(address)}, address))
    return found or None


def _vcard_value(value: str, params: list[str]) -> str:
    """A vCard property's value, quoted-printable decoded (vCard 2.1, with its CHARSET)."""
    upper = [param.upper() for param in params]
    if "ENCODING=QUOTED-PRINTABLE" in upper or "QUOTED-PRINTABLE" in upper:
        charset = next((p.split("=", 1)[1] for p in upper if p.startswith("CHARSET=")), "UTF-8")
        try:
            codecs.lookup(charset)
        except LookupError:
            charset = "UTF-8"
        raw = quopri.decodestring(value.encode("ascii", "replace"))
        value = raw.decode(charset, "replace")
    return value


def _vcard_parts(value: str) -> list[str]:
    """A structured vCard value's components (split at unescaped ";"), unescaped."""
    parts = re.split(r"(?<!\\);", value)
    return [
        re.sub(r"\\([nN])", " ", part).replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
        for part in parts
    ]


def _vcard_people(lines: list[str]) -> list[tuple[int, dict[str, str], str]]:
    """Each card of a vCard file (an address book's export, RFC 6350, vCard 2.1 and 3.0
    too) as (its BEGIN line, its fields, ""): FN, else N, the name; ORG's components the
    organisation ("Mairie de Lyon, Direction des sports"); TITLE, else ROLE, the role.
    Folded lines (a blank first) and quoted-printable soft breaks ("=" last) are joined."""
    unfolded: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        if line[:1] in (" ", "\t") and unfolded:
            unfolded[-1] = (unfolded[-1][0], unfolded[-1][1] + line[1:])
        elif (
            unfolded
            and unfolded[-1][1].endswith("=")
            and "QUOTED-PRINTABLE" in (unfolded[-1][1].split(":", 1)[0].upper())
        ):
            unfolded[-1] = (unfolded[-1][0], unfolded[-1][1][:-1] + line)
        else:
            unfolded.append((number, line))
    found: list[tuple[int, dict[str, str], str]] = []
    card: dict[str, str] | None = None
    start = 0
    for number, line in unfolded:
        head, colon, value = line.partition(":")
        if not colon:
            continue
        params = head.split(";")
        name = params[0].rsplit(".", 1)[-1].strip().upper()  # "item1.ORG": a group
        if name == "BEGIN" and value.strip().casefold() == "vcard":
            card, start = {}, number
        elif card is None:
            continue
        elif name == "END":
            fields = {
                "name": card.get("FN") or card.get("N", ""),
                "organisation": card.get("ORG", ""),
                "job": card.get("TITLE") or card.get("ROLE", ""),
            }
            found.append((start, fields, ""))
            card = None
        elif name in ("FN", "N", "ORG", "TITLE", "ROLE") and name not in card:
            parts = _vcard_parts(_vcard_value(value, params[1:]))
            if name == "N":  # family; given; additional; prefixes; suffixes
                family, given, more = [*parts, "", "", ""][:3]
                card[name] = " ".join(p for p in (given, more, family) if p.strip())
            else:
                card[name] = ", ".join(p.strip() for p in parts if p.strip())
    return found


def _address_book(text: str) -> tuple[list[tuple[int, dict[str, str], str]], Message] | None:
    """The people of `text` when it is an address book's export (vCards) or a mail's
    recipients, and how it was read; None for anything else (a list read by columns)."""
    lines = _LINE_BREAK.split(text)
    first = next((line for line in lines if line.strip()), "")
    if first.strip().casefold() == _VCARD_BEGIN:
        return _vcard_people(lines), message(AS_VCARDS)
    mail = _mail_people(lines) if "@" in text else None
    if mail is not None:
        return mail, message(AS_RECIPIENTS)
    return None


def read_roster_text(
    text: str, separator: Separator | None = None, *, source: str = "", encoding: str = ""
) -> RosterFile:
    """The people of pasted `text` (or of a file's text: `source` its name, `encoding`
    how it was read) and how they were read (see the module's notes); `separator` None
    chooses it (`choose_separator`) and reads an address book's vCards or a mail's
    recipients as such (`AS_VCARDS`, `AS_RECIPIENTS`). RosterFileError for more than
    MAX_PASTE_CHARS characters or MAX_PEOPLE people."""
    if len(text) > MAX_PASTE_CHARS:
        raise RosterFileError(message(PASTE_TOO_LONG, length=len(text), limit=MAX_PASTE_CHARS))
    text = text.replace("\x00", "")
    reading = _Reading(source, text, separator)
    book = _address_book(text) if separator is None else None
    if book is None:
        return reading.read(encoding)
    return reading.read_book(*book, encoding=encoding)


def roster_text(path: Path) -> tuple[str, str]:
    """The text of a list's file and its encoding's name (see the module's notes): a
    regular file (or a link to one) of at most MAX_BYTES. RosterFileError when it
    cannot be read (and why) or is not text (a spreadsheet or document is named so)."""
    try:
        raw = read_regular_file(path, MAX_BYTES)
    except FileReadError as error:
        raise RosterFileError(message(CANNOT_READ, path=str(path), reason=error.reason)) from error
    try:
        text, encoding = decoded(path, raw)
    except IdeaFileError as error:
        raise RosterFileError(error.message) from error
    if len(_CONTROLS.findall(text)) > BINARY_SHARE * len(text):
        raise RosterFileError(message(NOT_TEXT, path=str(path)))
    return text, encoding


def read_roster_file(path: Path, separator: Separator | None = None) -> RosterFile:
    """The people of a CSV or text file and how they were read (see the module's
    notes): `roster_text`, then `read_roster_text`. RosterFileError as they say."""
    text, encoding = roster_text(path)
    return read_roster_text(text, separator, source=path.name, encoding=encoding)
