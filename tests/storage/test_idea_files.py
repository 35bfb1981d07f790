"""Ideas from other tools' files, read whole (issue 16): real files in
tests/storage/fixtures/ideas/, byte for byte as the tools write them, and our own CSV
export read back as the same ideas."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.domain import board
from facilitator.domain.board import PALETTE
from facilitator.domain.factory import new_workshop
from facilitator.domain.records import Idea, Language
from facilitator.domain.text import clean_text
from facilitator.export.ideas_csv import ideas_csv
from facilitator.library_access import full_demo
from facilitator.storage.idea_files import (
    IdeaFile,
    IdeaFileError,
    ImportedIdea,
    read_idea_file,
    read_ideas,
)

IDEAS = Path(__file__).parent / "fixtures" / "ideas"


def _read(name: str) -> IdeaFile:
    return read_idea_file(IDEAS / name)


def _triples(read: IdeaFile) -> list[tuple[str, str, str]]:
    return [(i.text, i.author, i.colour) for i in read.ideas]


def test_a_one_column_csv_keeps_its_commas() -> None:
    """csv.Sniffer took the comma as the separator and kept "Un jardin"."""
    read = _read("une-colonne-virgules.csv")
    assert read_ideas(IDEAS / "une-colonne-virgules.csv") == [
        "Un jardin, partagé",
        "Des vélos, des bus, des navettes",
        "Une fête de quartier",
    ]
    assert read.columns == 1 and read.separator == ""
    assert read.report().render() == "Ideas read from “une-colonne-virgules.csv”: 3."


def test_the_same_without_a_header_and_as_text(tmp_path: Path) -> None:
    lines = "Un jardin, partagé\nDes vélos, des bus\nUne fête, enfin\n"
    for name in ("sans-entete.csv", "liste.txt"):
        path = tmp_path / name
        path.write_text(lines, encoding="utf-8")
        assert read_ideas(path) == ["Un jardin, partagé", "Des vélos, des bus", "Une fête, enfin"]
    path = tmp_path / "points-virgules.csv"
    path.write_text("Un jardin ; partagé\nDes vélos ; des bus\n", encoding="utf-8")
    assert read_ideas(path) == ["Un jardin ; partagé", "Des vélos ; des bus"]


def test_excel_unicode_text() -> None:
    """UTF-16 LE with a BOM, tab-separated: refused as "not a text file" before."""
    raw = (IDEAS / "excel-texte-unicode.txt").read_bytes()
    assert raw.startswith(b"\xff\xfe") and b"\x00" in raw
    read = _read("excel-texte-unicode.txt")
    assert read.encoding == "UTF-16" and read.separator == "\t"
    assert _triples(read) == [
        ("Un jardin, partagé", "Hélène", ""),
        ("Un café des langues\nle samedi, à la « Maison »", "Ahmad", ""),
        ('Le "bus du marché" du mardi', "", ""),
        ("Un composteur ; des bacs", "Marie-Claire", ""),
    ]
    assert read.report().render() == (
        "Ideas read from “excel-texte-unicode.txt”: 4. Ideas taken from the column “Idée”, "
        "1 of 2. Authors taken from the column “Auteur”."
    )


def test_utf16_big_endian_and_utf8_with_a_bom(tmp_path: Path) -> None:
    text = "Idée\tAuteur\r\nUn jardin\tHélène\r\n"
    for name, data in (
        ("be.txt", b"\xfe\xff" + text.encode("utf-16-be")),
        ("bom.csv", b"\xef\xbb\xbf" + text.encode("utf-8")),
    ):
        (tmp_path / name).write_bytes(data)
        assert _triples(read_idea_file(tmp_path / name)) == [("Un jardin", "Hélène", "")]


def test_windows_1252_with_quoted_line_breaks() -> None:
    read = _read("windows-1252.csv")
    assert read.encoding == "Windows-1252" and read.separator == ";"
    assert _triples(read) == [
        ("Un jardin partagé\nderrière l'école", "Hélène", "yellow"),
        ("Une caisse à 5 € pour le bus; le mardi", "Ahmad", "blue"),
        ("Cœur de village… et fête", "Zoé", ""),
    ]
    assert "column “Idée”, 2 of 3" in read.report().render()


def test_bullets_at_line_starts_are_removed() -> None:
    assert read_ideas(IDEAS / "puces.txt") == [
        "Un jardin partagé",
        "Des vélos",
        "Une fête",
        "Un café",
        "-5 °C en hiver : prévoir",  # a minus sign, not a bullet
    ]


def test_an_online_form_says_which_column_and_what_it_skipped() -> None:
    read = _read("formulaire-en-ligne.csv")
    assert _triples(read) == [
        ("Un jardin, partagé", "Hélène", ""),
        ("Des vélos\nen libre-service", "Ahmad", ""),
    ]
    assert read.skipped == 1
    assert read.report().render() == (
        "Ideas read from “formulaire-en-ligne.csv”: 2. Ideas taken from the column "
        "“Quelle est votre idée ?”, 2 of 3. Authors taken from the column “Votre prénom”. "
        "Lines with no text in that column, skipped: 1."
    )


def test_columns_with_no_header_take_the_longest_and_say_so(tmp_path: Path) -> None:
    path = tmp_path / "sans-nom.csv"
    path.write_text("12;Un jardin partagé;A\n13;;B\n14;Des vélos en libre-service;C\n")
    read = read_idea_file(path)
    assert [i.text for i in read.ideas] == ["Un jardin partagé", "Des vélos en libre-service"]
    assert read.report().render() == (
        "Ideas read from “sans-nom.csv”: 2. Ideas taken from column 2 of 3, the one with the "
        "most text. Lines with no text in that column, skipped: 1."
    )


def test_a_stray_separator_in_the_last_column_is_kept_and_said(tmp_path: Path) -> None:
    path = tmp_path / "a-la-main.csv"
    path.write_text("Auteur;Idée\nHélène;Un jardin\nAhmad;Un café ; des langues\n")
    read = read_idea_file(path)
    assert [i.text for i in read.ideas] == ["Un jardin", "Un café ; des langues"]
    assert "Lines with another number of cells than 2, to check: 1." in read.report().render()


def test_our_first_export_reads_back() -> None:
    read = _read("export-facilitator-0.1.csv")
    assert read.own_export
    assert _triples(read) == [
        ("Binôme d’accueil", "Hélène", "pink"),
        ("=SOMME(A1:A9)", "@moi", "yellow"),  # the formula apostrophes taken off
        ('Deux\nlignes; et un "mot"', "", "blue"),
    ]


HOSTILE = [
    "Un jardin, partagé",
    'Deux\nlignes ; « et » un "mot"',
    "=SOMME(A1:A9)",
    "+33 6 12 34 56 78",
    "-5 °C",
    "@moi",
    "'déjà une apostrophe",
    "\tune tabulation",
    "Auteur;Idée",
    "مرحبا 🙂 שלום",
]


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("separator", [";", ",", "\t"])
def test_our_own_export_reads_back_as_the_same_ideas(
    tmp_path: Path, language: Language, separator: str
) -> None:
    """Before, each raw line of our export (header included) became a note."""
    workshop = new_workshop("Atelier", language=language)
    changes, board_id = board.add_board(workshop, "Mur")
    workshop.apply(changes)
    for n, text in enumerate(HOSTILE):
        author = HOSTILE[(n + 3) % len(HOSTILE)].replace("\n", " ")[:200]
        colour = PALETTE[n % len(PALETTE)]
        workshop.apply(board.capture(workshop, board_id, [text], author=author, colour=colour)[0])
    path = tmp_path / "export.csv"
    path.write_bytes(ideas_csv(workshop, separator))
    read = read_idea_file(path)
    assert read.own_export and read.skipped == 0
    expected = [(i.text, i.author, i.color) for i in board.ideas_of(workshop, board_id)]
    assert sorted(_triples(read)) == sorted(expected)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    texts=st.lists(
        st.text(alphabet=st.sampled_from("ab é;,\t\n\"'=+-@•*«»"), min_size=1, max_size=30).filter(
            lambda t: clean_text(t, multiline=True) != ""
        ),
        min_size=1,
        max_size=6,
    ),
    separator=st.sampled_from([";", ",", "\t"]),
)
def test_any_ideas_survive_our_export_and_back(
    tmp_path: Path, texts: list[str], separator: str
) -> None:
    workshop = full_demo()
    changes, board_id = board.add_board(workshop, "Import")
    workshop.apply(changes)
    workshop.apply(board.capture(workshop, board_id, texts, author="Zoé")[0])
    path = tmp_path / "export.csv"
    path.write_bytes(ideas_csv(workshop, separator))
    read = read_idea_file(path)
    assert Counter(i.text for i in read.ideas) == Counter(i.text for i in workshop.unordered(Idea))


def test_the_reader_refuses_what_is_not_text(tmp_path: Path) -> None:
    cases = {
        "classeur.xlsx": (b"PK\x03\x04" + b"\x00" * 40, "is a spreadsheet or a document"),
        "vieux.xls": (b"\xd0\xcf\x11\xe0" + b"\x00" * 40, "is a spreadsheet or a document"),
        "binaire.csv": (b"\x00\x01\x02", "is not a text or CSV file"),
        "utf16-casse.txt": (b"\xff\xfe\x00\xd8", "is not a text or CSV file"),  # lone surrogate
    }
    for name, (data, said) in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(IdeaFileError, match=said):
            read_idea_file(tmp_path / name)


def test_an_unclosed_quote_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "guillemet.csv"
    path.write_text('Idée;Auteur\nUn jardin;Hélène\n"Jamais fermé;Ahmad\n' + "x;y\n" * 5000)
    with pytest.raises(IdeaFileError, match=r"line 3: \d+ characters, more than the 10000"):
        read_idea_file(path)


def test_what_a_spreadsheet_wrote_in_a_csv_opens_as_it_was(tmp_path: Path) -> None:
    """The csv module writing like a spreadsheet (every cell quoted, CRLF): read back."""
    rows = [["Idée", "Auteur"], ["Un, deux\r\ntrois", "Hélène"], ['Le "mot"', ""]]
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    path = tmp_path / "tableur.csv"
    path.write_bytes(buffer.getvalue().encode("cp1252"))
    assert read_idea_file(path).ideas == (
        ImportedIdea("Un, deux\ntrois", "Hélène"),
        ImportedIdea('Le "mot"', ""),
    )


def test_a_long_author_is_not_taken_for_a_name(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text(f"Idée;Nom\nUn jardin;{'x' * 300}\n")
    assert read_idea_file(path).ideas == (ImportedIdea("Un jardin", ""),)
