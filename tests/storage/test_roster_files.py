"""Participants from other tools' lists (issue 18: a CSV or a paste, name; organisation;
role), read as storage/roster_files.py says: real files in tmp_path, byte for byte as
Excel, LibreOffice, online forms and a spreadsheet's copy write them; every encoding;
headers in French and English; what people mistype; and what an attacker sends."""

from __future__ import annotations

import os
import random
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.domain.records import SHORT
from facilitator.domain.text import clean_text, has_visible_text, without_spoofing
from facilitator.storage import roster_files as rf
from facilitator.storage.roster_files import (
    MAX_BYTES,
    MAX_NOTES,
    MAX_PASTE_CHARS,
    MAX_PEOPLE,
    MAX_ROW_CHARS,
    MAX_ROW_LINES,
    RosterFile,
    RosterFileError,
    header_kinds,
    read_roster_file,
    read_roster_text,
)


def _people(read: RosterFile) -> list[tuple[str, str, str]]:
    return [(p.name, p.organisation, p.job) for p in read.people]


def _notes(read: RosterFile) -> list[str]:
    return [note.message.render() for note in read.notes]


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# -- the issue's example and the tools' files ---------------------------------------------------
def test_the_issues_paste_and_the_same_lines_in_a_file(tmp_path: Path) -> None:
    lines = "Marie Dupont; Mairie de Lyon; élue\nJean Martin; Métropole de Lyon; agent\n"
    expected = [
        ("Marie Dupont", "Mairie de Lyon", "élue"),
        ("Jean Martin", "Métropole de Lyon", "agent"),
    ]
    pasted = read_roster_text(lines)
    assert _people(pasted) == expected and pasted.separator == ";"
    assert pasted.report().render() == (
        "People read from the pasted text: 2. No header: each line is read as name, "
        "organisation, role."
    )
    path = _write(tmp_path, "inscrits.txt", lines.encode("utf-8"))
    read = read_roster_file(path)
    assert _people(read) == expected and read.source == "inscrits.txt"
    assert read.report().render().startswith("People read from “inscrits.txt”: 2.")


def test_excel_french_csv_is_windows_1252_with_semicolons(tmp_path: Path) -> None:
    """Excel's "CSV (séparateur : point-virgule)" on a French Windows: cp1252, CRLF, a
    cell with a semicolon quoted, the header the registration sheet had."""
    text = (
        "Prénom;Nom;Structure;Fonction;Courriel\r\n"
        "Hélène;Lefèvre;Communauté de communes Saint-Flour Communauté;chargée de mission;"
        "h.lefevre@example.fr\r\n"
        'Zoë;Œillet;"Mairie de Murat; service culture";élue;\r\n'
        "François;Garçon;CAF du Cantal;agent d’accueil;f@example.fr\r\n"
    )
    path = _write(tmp_path, "inscriptions.csv", text.encode("cp1252"))
    read = read_roster_file(path)
    assert read.encoding == "Windows-1252" and read.separator == ";"
    assert _people(read) == [
        ("Hélène Lefèvre", "Communauté de communes Saint-Flour Communauté", "chargée de mission"),
        ("Zoë Œillet", "Mairie de Murat; service culture", "élue"),
        ("François Garçon", "CAF du Cantal", "agent d’accueil"),
    ]
    assert read.report().render() == (
        "People read from “inscriptions.csv”: 3. Columns taken from the first line: "
        "first name (“Prénom”), last name (“Nom”), organisation (“Structure”), role "
        "(“Fonction”). Columns not imported: “Courriel”."
    )
    assert [p.line for p in read.people] == [2, 3, 4]


def test_excel_csv_utf8_has_a_bom(tmp_path: Path) -> None:
    text = "Nom;Organisation;Rôle\r\nNadia Haddad;Département du Cantal;élue\r\n"
    read = read_roster_file(_write(tmp_path, "liste.csv", b"\xef\xbb\xbf" + text.encode()))
    assert read.encoding == "UTF-8"
    assert _people(read) == [("Nadia Haddad", "Département du Cantal", "élue")]
    assert read.header[0] == ("name", "Nom")  # the BOM is not part of the header


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path: Path) -> None:
    """Excel's "Texte Unicode": UTF-16 LE with its byte-order mark, tab-separated."""
    text = "Nom\tService\tRôle\r\nAïcha Benali\tService jeunesse\tagente\r\n"
    read = read_roster_file(_write(tmp_path, "liste.txt", b"\xff\xfe" + text.encode("utf-16-le")))
    assert read.encoding == "UTF-16" and read.separator == "\t"
    assert _people(read) == [("Aïcha Benali", "Service jeunesse", "agente")]
    big = _write(tmp_path, "be.txt", b"\xfe\xff" + text.encode("utf-16-be"))
    assert _people(read_roster_file(big)) == _people(read)
    utf32 = _write(tmp_path, "32.txt", b"\xff\xfe\x00\x00" + text.encode("utf-32-le"))
    assert read_roster_file(utf32).encoding == "UTF-32"
    assert _people(read_roster_file(utf32)) == _people(read)


def test_libreoffice_csv_is_utf8_with_commas_quoted_when_needed(tmp_path: Path) -> None:
    text = (
        "name,organisation,role\n"
        '"Dupont, Marie","Direction départementale de l\'emploi, du travail et des solidarités",'
        "agent\n"
        'Kim Nguyễn,Tiers-lieu "La Fabrique",usager\n'
        '"Anna ""Nanou"" Petit",Lab’@rchipel,\n'
    )
    read = read_roster_file(_write(tmp_path, "export.csv", text.encode()))
    assert read.separator == "," and read.encoding == "UTF-8"
    assert _people(read) == [
        (
            "Dupont, Marie",
            "Direction départementale de l'emploi, du travail et des solidarités",
            "agent",
        ),
        ("Kim Nguyễn", 'Tiers-lieu "La Fabrique"', "usager"),
        ('Anna "Nanou" Petit', "Lab’@rchipel", ""),
    ]


def test_a_paste_from_a_spreadsheet_is_tab_separated() -> None:
    """Cells copied from LibreOffice Calc or Excel: tabs, a trailing empty cell, a cell
    with a line break quoted (Alt+Enter in the cell), CRLF."""
    pasted = (
        "Marie Dupont\tMairie de Lyon\télue\r\n"
        'Jean Martin\t"Métropole\r\nde Lyon"\t\r\n'
        "Ana Roux\tCAF\tusagère\r\n"
    )
    read = read_roster_text(pasted)
    assert read.separator == "\t"
    assert _people(read) == [
        ("Marie Dupont", "Mairie de Lyon", "élue"),
        ("Jean Martin", "Métropole de Lyon", ""),  # the cell's line break: one line
        ("Ana Roux", "CAF", "usagère"),
    ]
    assert [p.line for p in read.people] == [1, 2, 4]


def test_online_forms_and_english_registration_exports() -> None:
    google = (
        "Horodateur,Adresse e-mail,Votre nom,Votre prénom,Nom de votre structure,"
        "Votre fonction\n"
        '2026/03/01 10:12:03,a@b.fr,Roux,Ana,"CCAS de Murat",travailleuse sociale\n'
    )
    assert _people(read_roster_text(google)) == [
        ("Ana Roux", "CCAS de Murat", "travailleuse sociale")
    ]
    eventbrite = (
        "First Name,Last Name,Email,Company,Job Title\nAna,Roux,a@b.org,City Lab,designer\n"
    )
    read = read_roster_text(eventbrite)
    assert _people(read) == [("Ana Roux", "City Lab", "designer")]
    assert read.columns == ("Email",)
    full = "Nom complet;Prénom;Nom;Organisme\nAna Roux;Ana;Roux;CAF\n"
    assert _people(read_roster_text(full)) == [("Ana Roux", "CAF", "")]  # the full name wins


def test_every_header_word_the_issue_names() -> None:
    for header, kinds in (
        ("nom ; organisation ; rôle", ("name", "organisation", "job")),
        ("name, organisation, role", ("name", "organisation", "job")),
        ("Name;Organization;Role", ("name", "organisation", "job")),
        ("NOM;STRUCTURE;FONCTION", ("name", "organisation", "job")),
        ("Nom;Service;Qualité", ("name", "organisation", "job")),
        ("Participant·e;Structure / service;Poste", ("name", "organisation", "job")),
        ("Nom;Structure;Service", ("name", "organisation", "other")),
        ("Nom", ("name",)),
        ("Nom *;E-mail *", ("name", "other")),
    ):
        separator = ";" if ";" in header else ","
        cells = header.split(separator)
        assert header_kinds(cells) == kinds, header
    # People's rows are not headers, whatever word they hold.
    for row in (
        "Marie Dupont;Direction;participant",
        "Jean Martin;Service des sports",
        "Paul Nom;Mairie;agent",
        "Ana;Structure",
    ):
        assert header_kinds(row.split(";")) is None, row


# -- what people type ---------------------------------------------------------------------------
def test_blank_lines_and_empty_rows_are_skipped_and_lines_counted_from_one() -> None:
    read = read_roster_text("\n\nMarie Dupont;Mairie\n;;\n  \n\t\nJean Martin;CAF\n\n")
    assert _people(read) == [("Marie Dupont", "Mairie", ""), ("Jean Martin", "CAF", "")]
    assert [p.line for p in read.people] == [3, 7]
    assert read.notes == ()


def test_old_mac_line_ends() -> None:
    read = read_roster_text("Nom;Structure\rAna Roux;CAF\rJo Li;Mairie\r")
    assert _people(read) == [("Ana Roux", "CAF", ""), ("Jo Li", "Mairie", "")]


def test_the_same_name_twice_is_kept_and_said() -> None:
    read = read_roster_text("Jean Martin;CAF\nAna Roux;CAF\njean  MARTIN;Préfecture\n")
    assert len(read.people) == 3
    assert _notes(read) == [
        "Line 3: “jean MARTIN” is also on line 1; both are added (two people may share a name)."
    ]
    assert not read.notes[0].left_out


def test_a_line_without_a_name_is_left_out_and_said() -> None:
    read = read_roster_text("Nom;Structure;Fonction\n;Mairie de Lyon;élue\nAna Roux;;\n")
    assert _people(read) == [("Ana Roux", "", "")]
    assert _notes(read) == ["Line 2: no name, not added."]
    assert read.notes[0].left_out and read.left_out == 1


def test_names_are_cleaned_like_the_names_typed_at_the_laptop() -> None:
    rows = [
        "  Marie\u00a0\u00a0Dupont  ;  Mairie   de  Lyon ;  élue ",  # blanks collapsed
        "\u202eeciloP;Gendarmerie",  # a right-to-left override: taken out
        "\u200b\u200b;Mairie",  # zero-width spaces only: no name
        "Ze\u0301nobie;Cafe\u0301",  # decomposed accents: composed (NFC)
        "Z" + "\u0301" * 12 + "oé;Mairie",  # marks stacked over the lines above: cut to 4
        "Ana\x07\x1b[31mRoux;CAF",  # control characters (a terminal's escape): out
    ]
    read = read_roster_text("\n".join(rows))
    assert _people(read) == [
        ("Marie Dupont", "Mairie de Lyon", "élue"),
        ("eciloP", "Gendarmerie", ""),
        ("Zénobie", "Café", ""),
        (unicodedata.normalize("NFC", "Z" + "\u0301" * 4 + "oé"), "Mairie", ""),
        ("Ana[31mRoux", "CAF", ""),
    ]
    assert _notes(read) == ["Line 3: no name, not added."]
    for name, organisation, job in _people(read):
        for text in (name, organisation, job):
            assert text == unicodedata.normalize("NFC", text)
            assert not any(unicodedata.category(c) == "Cc" for c in text)


def test_a_list_of_names_with_commas_reads_whole_with_no_separator(tmp_path: Path) -> None:
    text = "Dupont, Marie\nMartin, Jean\nRoux, Ana\n"
    assert _people(read_roster_text(text))[0] == ("Dupont", "Marie", "")  # most lines split
    assert _people(read_roster_text(text, "")) == [
        ("Dupont, Marie", "", ""),
        ("Martin, Jean", "", ""),
        ("Roux, Ana", "", ""),
    ]
    quoted = 'Nom\n"Dupont, Marie"\n"Martin, Jean"\n'  # a one-column CSV quotes them
    read = read_roster_file(_write(tmp_path, "noms.csv", quoted.encode()))
    assert _people(read) == [("Dupont, Marie", "", ""), ("Martin, Jean", "", "")]
    one_comma = "Marie Dupont\nJean Martin\nRoux, Ana\nLéa Petit\n"  # one line of four
    assert _people(read_roster_text(one_comma))[2] == ("Roux, Ana", "", "")


def test_cells_after_the_third_are_said_when_there_is_no_header() -> None:
    read = read_roster_text("Ana Roux;CAF;agent;a@b.fr\nJo Li;Mairie;;\n")
    assert _people(read) == [("Ana Roux", "CAF", "agent"), ("Jo Li", "Mairie", "")]
    assert _notes(read) == [
        "Lines with more than three cells, the cells after the third not imported: 1."
    ]


def test_a_header_without_names_adds_nobody_and_says_why() -> None:
    read = read_roster_text("Structure;Fonction\nMairie;élue\n")
    assert read.people == ()
    assert _notes(read)[0].startswith("The first line names no column of names")


# -- limits and attacks --------------------------------------------------------------------------
def test_five_thousand_people_are_read_and_one_more_is_refused(tmp_path: Path) -> None:
    rows = [f"Participant {n:04d};Organisation {n % 37};rôle {n % 3}" for n in range(MAX_PEOPLE)]
    path = _write(tmp_path, "5000.csv", ("Nom;Structure;Fonction\n" + "\n".join(rows)).encode())
    start = time.perf_counter()
    read = read_roster_file(path)
    elapsed = time.perf_counter() - start
    assert len(read.people) == MAX_PEOPLE and read.people[-1].name == "Participant 4999"
    assert elapsed < 30  # a hang guard only; the figure is in python -m tests.bench
    more = _write(tmp_path, "5001.csv", ("\n".join([*rows, "Une de trop;X"])).encode())
    with pytest.raises(RosterFileError) as refused:
        read_roster_file(more)
    assert str(refused.value) == (
        "5001 people are listed, more than the 5000 added at once: split the list."
    )


def test_a_file_over_the_size_limit_is_refused_without_being_read(tmp_path: Path) -> None:
    path = _write(tmp_path, "grand.csv", b"Ana Roux;CAF\n" * (MAX_BYTES // 13 + 1))
    assert path.stat().st_size > MAX_BYTES
    with pytest.raises(RosterFileError) as refused:
        read_roster_file(path)
    assert str(refused.value) == f"“{path}” cannot be read: it is larger than 2 MB."


def test_a_huge_line_is_left_out_and_the_others_read(tmp_path: Path) -> None:
    huge = "A" * (MAX_BYTES - 100)
    path = _write(tmp_path, "ligne.csv", f"Ana Roux;CAF\n{huge};X\nJo Li;Mairie\n".encode())
    read = read_roster_file(path)
    assert _people(read) == [("Ana Roux", "CAF", ""), ("Jo Li", "Mairie", "")]
    assert _notes(read) == [
        f"Line 2: {len(huge) + 2} characters, more than the {MAX_ROW_CHARS} of a line: not read."
    ]


def test_a_field_longer_than_a_persons_is_left_out_and_said() -> None:
    name, organisation = "N" * (SHORT + 1), "O" * (SHORT + 5)
    read = read_roster_text(f"{name};CAF\nAna;{organisation}\nJo;Mairie;{'r' * 900}\nLéa;OK\n")
    assert _people(read) == [("Léa", "OK", "")]
    assert _notes(read) == [
        "Line 1: the name has 201 characters, more than 200: not added.",
        "Line 2: the organisation has 205 characters, more than 200: not added.",
        "Line 3: the role has 900 characters, more than 200: not added.",
    ]


def test_a_stray_quote_does_not_swallow_the_rest_of_the_list() -> None:
    rows = ['Ana Roux;"CAF du Cantal;agent', *[f"Personne {n};Mairie" for n in range(20)]]
    read = read_roster_text("\n".join(rows))
    assert len(read.people) == 21
    assert read.people[0] == rf.RosterPerson(1, "Ana Roux", "CAF du Cantal;agent", "")
    assert _notes(read) == [
        "Line 1: a quotation mark is never closed; the line is read on its own."
    ]
    spanning = 'Ana;"Mairie\n' + "\n".join(["de"] * (MAX_ROW_LINES - 2)) + '\nLyon";élue\nJo;CAF'
    assert (
        _people(read_roster_text(spanning))[0][1]
        == "Mairie " + "de " * (MAX_ROW_LINES - 2) + "Lyon"
    )


def test_notes_are_capped_and_the_rest_counted() -> None:
    rows = [f";Organisation {n}" for n in range(MAX_NOTES + 50)] + ["Ana;CAF"]
    read = read_roster_text("\n".join(rows))
    assert len(read.notes) == MAX_NOTES + 1 and read.left_out == MAX_NOTES + 50
    assert _notes(read)[-1] == "And 50 more lines to check."


def test_what_is_not_text_is_refused_in_a_sentence(tmp_path: Path) -> None:
    nul = _write(tmp_path, "nul.csv", b"Ana Roux;CAF\x00\x00\nJo;Mairie\n")
    binary = _write(tmp_path, "photo.csv", random.Random(4).randbytes(50_000))
    xlsx = _write(tmp_path, "liste.xlsx", b"PK\x03\x04" + b"\x14" * 200)
    xls = _write(tmp_path, "liste.xls", b"\xd0\xcf\x11\xe0" + b"\x00" * 200)
    pdf = _write(tmp_path, "liste.csv.pdf", b"%PDF-1.7\n...")
    # cp1252 text with a few control characters among many letters is still text.
    stray = _write(tmp_path, "stray.csv", ("Ana\x0bRoux;CAF\n" + "Jo Li;Mairie\n" * 10).encode())
    for path, said in (
        (nul, f"“{nul}” is not a text or CSV file."),
        (binary, f"“{binary}” is not a text or CSV file."),
        (
            xlsx,
            f"“{xlsx}” is a spreadsheet or a document, not text: save it as CSV or as text first.",
        ),
        (
            xls,
            f"“{xls}” is a spreadsheet or a document, not text: save it as CSV or as text first.",
        ),
        (
            pdf,
            f"“{pdf}” is a spreadsheet or a document, not text: save it as CSV or as text first.",
        ),
    ):
        with pytest.raises(RosterFileError) as refused:
            read_roster_file(path)
        assert str(refused.value) == said
    assert _people(read_roster_file(stray))[0] == ("Ana Roux", "CAF", "")


def test_a_folder_a_fifo_and_a_missing_file_are_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "tube.csv"
    os.mkfifo(fifo)  # nobody writes: opening it must not wait
    for path in (tmp_path, fifo, tmp_path / "absent.csv"):
        with pytest.raises(RosterFileError) as refused:
            read_roster_file(path)
        assert str(refused.value).startswith(f"“{path}” cannot be read: ")


def test_a_paste_over_the_limit_is_refused_and_nul_characters_dropped() -> None:
    with pytest.raises(RosterFileError) as refused:
        read_roster_text("A" * (MAX_PASTE_CHARS + 1))
    assert "more than the 2000000 read at once" in str(refused.value)
    assert _people(read_roster_text("Ana\x00 Roux;CAF")) == [("Ana Roux", "CAF", "")]


def test_a_file_of_blank_lines_and_one_of_quotes_read_as_nobody(tmp_path: Path) -> None:
    blank = read_roster_file(_write(tmp_path, "vide.csv", b"\r\n" * (MAX_BYTES // 2)))
    assert blank.people == () and blank.notes == ()
    quotes = read_roster_file(_write(tmp_path, "guillemets.csv", b'"' * (MAX_BYTES - 1)))
    assert quotes.people == () and len(quotes.notes) == 1  # a line too long: said


def test_a_flood_of_rows_without_people_stops_early() -> None:
    flood = ";x\n" * (MAX_PEOPLE * 2 + 10)
    start = time.perf_counter()
    with pytest.raises(RosterFileError) as refused:
        read_roster_text(flood)
    assert str(refused.value) == (
        "The list has more than 10000 lines with text, and at most 5000 people are added at "
        "once: split the list."
    )
    assert time.perf_counter() - start < 30  # a hang guard only


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(
        alphabet=st.sampled_from(
            [*"ab é;,\t\"\r\n'", "\u202e", "\u200b", "\x00", "\x1b", "\u0301", "🦊", "م"]
        ),
        max_size=400,
    ),
    st.sampled_from([None, "", ";", ",", "\t"]),
)
def test_any_text_gives_clean_people_or_a_sentence(
    text: str, separator: rf.Separator | None
) -> None:
    try:
        read = read_roster_text(text, separator)
    except RosterFileError:
        return
    lines = rf._LINE_BREAK.split(text)
    for person in read.people:
        assert person.name and len(person.name) <= SHORT
        assert len(person.organisation) <= SHORT and len(person.job) <= SHORT
        assert 1 <= person.line <= len(lines)
        for value in (person.name, person.organisation, person.job):
            assert value == value.strip() and "  " not in value
            assert not any(unicodedata.category(c) == "Cc" for c in value)
            assert "\u202e" not in value
    assert all(0 <= note.line <= len(lines) for note in read.notes)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x3FF), max_size=40))
def test_the_quick_way_for_latin_cells_cleans_as_the_full_one(text: str) -> None:
    full = clean_text(without_spoofing(" ".join(text.split())), multiline=False)
    full = " ".join(full.split())
    assert rf.clean_cell(text) == (full if has_visible_text(full) else "")


# -- address books: what a mail client or a phone gives (attack, issue 18) ---------------------
def test_a_vcard_export_gives_one_person_per_card_not_one_per_line(tmp_path: Path) -> None:
    """An address book's export (Thunderbird, Outlook, a phone): vCard 3.0 with a folded
    line and escaped commas, vCard 2.1 quoted-printable in Windows-1252 with a soft
    break, a card without FN (its N), a card without any name (left out, said). Before:
    each line was a "person" named "BEGIN:VCARD"."""
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Curie;Marie;;;\r\nFN:Marie Curie\r\n"
        "ORG:Institut du Radium;Laboratoire\\, physique\r\nTITLE:directrice\r\n"
        "EMAIL;TYPE=INTERNET:marie@example.fr\r\nNOTE:une note très longue qui se\r\n"
        "  poursuit sur la ligne suivante\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "FN;CHARSET=WINDOWS-1252;ENCODING=QUOTED-PRINTABLE:H=E9l=E8ne Lef=\r\n=E8vre\r\n"
        "item1.ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Mairie de Pr=C3=A9mery\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Martin;Jean;Paul;M.;\r\nROLE:usager\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nORG:Sans nom\r\nEND:VCARD\r\n"
    )
    read = read_roster_file(_write(tmp_path, "contacts.vcf", text.encode("utf-8")))
    assert _people(read) == [
        ("Marie Curie", "Institut du Radium, Laboratoire, physique", "directrice"),
        ("Hélène Lefèvre", "Mairie de Prémery", ""),
        ("Jean Paul Martin", "", "usager"),
    ]
    assert [p.line for p in read.people] == [1, 11, 17]
    assert read.left_out == 1 and "Line 22: no name, not added." in _notes(read)
    assert _notes(read)[0].startswith("Read as an address book (vCard)")


@pytest.mark.parametrize(
    ("pasted", "expected"),
    [
        (  # Thunderbird or Gmail: commas, a quoted name holding a comma
            '"Dupont, Marie" <marie.dupont@lyon.fr>, Jean Martin <jean@example.fr>',
            ["Dupont, Marie", "Jean Martin"],
        ),
        (  # Outlook: semicolons, a "To:" label, an address alone
            "À : Zoé Œillet <zoe@example.fr>; 'Anne Lee' <anne@example.fr>; marc.petit@x.fr",
            ["Zoé Œillet", "Anne Lee", "Marc Petit"],
        ),
        (  # a raw header's line: names encoded as RFC 2047 says
            "To: =?UTF-8?Q?Zo=C3=A9_=C5=92illet?= <z@x.fr>, =?iso-8859-1?B?SOls6G5l?= <h@x.fr>",
            ["Zoé Œillet", "Hélène"],
        ),
        (  # one address a line, in angle brackets or not
            "<paul_durand@example.fr>\nsophie-leroy@example.fr\n\n",
            ["Paul Durand", "Sophie Leroy"],
        ),
    ],
)
def test_a_mails_recipients_give_their_names_not_one_person(
    pasted: str, expected: list[str]
) -> None:
    """A mail's To: line pasted: each recipient is a person named by the name before
    their address (or, said, by their address). Before: one "person" named with the
    whole line, the last address as their organisation."""
    read = read_roster_text(pasted)
    assert [p.name for p in read.people] == expected
    assert all(p.organisation == "" and "@" not in p.name for p in read.people)
    assert _notes(read)[0] == "Read as e-mail addresses: the name before each address."
    made = [n for n in _notes(read) if "has no name" in n]
    assert len(made) == sum(
        name in {"Marc Petit", "Paul Durand", "Sophie Leroy"} for name in expected
    )


def test_lists_with_an_address_column_are_still_read_by_columns() -> None:
    """A registration list with an e-mail column, or a separator chosen by hand, is not
    an address book: read by its columns as before."""
    text = "Marie Dupont;Mairie;marie@example.fr\nJean Martin;CAF;jean@example.fr\n"
    assert _people(read_roster_text(text)) == [
        ("Marie Dupont", "Mairie", "marie@example.fr"),
        ("Jean Martin", "CAF", "jean@example.fr"),
    ]
    chosen = read_roster_text("Jean <jean@example.fr>\n", ",")
    assert [p.name for p in chosen.people] == ["Jean <jean@example.fr>"]
    unclosed = read_roster_text('"Jean <jean@example.fr>\n')
    assert len(unclosed.people) == 1 and not _notes(unclosed)[0].startswith("Read as")


def test_a_long_to_line_is_read_whole_and_hostile_recipients_are_said() -> None:
    """Outlook's To: of 2,000 recipients on one line (90,000 characters, past the
    MAX_ROW_CHARS of a CSV row) gives 2,000 people; lines built to make the address
    patterns backtrack are read, their names too long said (measured: the 100 lines of
    15,000 blanks below in 0.15 s of CPU; 30 s with the first, lazy, name pattern)."""
    line = "To: " + "; ".join(f"Agent {n} <agent{n}@example.fr>" for n in range(2_000))
    assert len(line) > MAX_ROW_CHARS
    read = read_roster_text(line)
    assert [p.name for p in read.people] == [f"Agent {n}" for n in range(2_000)]
    # Each of 100 lines has 15,000 blanks before its address: 0.3 s a line, 30 s in
    # all, with a lazy name pattern (blanks rescanned at each step); linear now.
    blanks = "\n".join(f"Agent {n}" + " " * 15_000 + f"x <a{n}@b.fr>" for n in range(100))
    flooded = read_roster_text(blanks)
    assert flooded.people == () and flooded.left_out == 100  # each name past 200 characters
    assert _notes(flooded)[0] == "Read as e-mail addresses: the name before each address."
    assert (
        not read_roster_text("Marie " + " \t" * 7_000 + "<a@b.fr")
        .notes[0]
        .message.render()
        .startswith("Read as")
    )  # an unclosed bracket: not recipients
    assert read_roster_text("<" + "a@" * 7_000 + ">").people == ()
