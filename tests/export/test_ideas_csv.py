"""The ideas CSV (issue 16): words in the workshop's language, consistent header
capitals, one dots column per vote, and no cell a spreadsheet could run."""

from __future__ import annotations

import csv
import io

import pytest

from facilitator.domain import board, voting
from facilitator.domain.factory import new_workshop
from facilitator.domain.records import Language
from facilitator.domain.workshop import Workshop
from facilitator.export.ideas_csv import FORMULA_STARTS, ideas_csv, neutral


def _rows(data: bytes, separator: str = ";") -> list[list[str]]:
    assert data.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=separator))


def _workshop(language: Language) -> tuple[Workshop, str, list[str]]:
    workshop = new_workshop("Atelier", language=language)
    changes, board_id = board.add_board(workshop, "Mur")
    workshop.apply(changes)
    ids = []
    for text, colour in (("Un jardin", "yellow"), ("Des vélos", "pink"), ("Un café", "lilac")):
        captured, new = board.capture(workshop, board_id, [text], author="Zoé", colour=colour)
        workshop.apply(captured)
        ids += new
    return workshop, board_id, ids


@pytest.mark.parametrize(
    ("language", "header", "colours"),
    [
        (
            "fr",
            ["Tableau", "Regroupement", "Idée", "Auteur", "Couleur"],
            ["jaune", "rose", "lilas"],
        ),
        ("en", ["Board", "Cluster", "Idea", "Author", "Colour"], ["yellow", "pink", "lilac"]),
    ],
)
def test_words_follow_the_workshop_language(
    language: Language, header: list[str], colours: list[str]
) -> None:
    workshop, _, _ = _workshop(language)
    rows = _rows(ideas_csv(workshop))
    assert rows[0] == header  # every header starts with a capital
    assert [row[4] for row in rows[1:]] == colours


def test_one_dots_column_per_vote() -> None:
    """The single "gommettes" column added up every vote's dots and matched none."""
    workshop, board_id, (garden, bikes, _) = _workshop("fr")
    changes, first = voting.create_vote(workshop, board_id, "Jour 1")
    workshop.apply(changes)
    changes, second = voting.create_vote(workshop, board_id, "Jour 2", target_ids=[bikes])
    workshop.apply(changes)
    changes, _ = voting.create_vote(workshop, board_id, "Matrice", method="matrix")
    workshop.apply(changes)  # not a dot vote: no column
    tallies = {(first, garden): 4, (first, bikes): 1, (second, bikes): 6}
    for (vote_id, idea_id), dots in tallies.items():
        option = next(o for o in voting.options_of(workshop, vote_id) if o.target_id == idea_id)
        workshop.apply(voting.set_tally(workshop, vote_id, option.id, dots))
    rows = _rows(ideas_csv(workshop))
    assert rows[0][5:] == ["Gommettes\u00a0: Jour 1", "Gommettes\u00a0: Jour 2"]
    by_idea = {row[2]: row[5:] for row in rows[1:]}
    assert by_idea == {
        "Un jardin": ["4", ""],  # not put to the second vote: empty, not 0
        "Des vélos": ["1", "6"],
        "Un café": ["0", ""],
    }
    english = new_workshop("Workshop", language="en")
    english.apply(board.add_board(english, "Wall")[0])
    assert _rows(ideas_csv(english))[0][4] == "Colour"


FORMULAS = ["=1+1", "+33 6 12 34 56 78", "-2", "@SUM(A1)", "\t=1", "'=1", "''@x"]


@pytest.mark.parametrize("separator", [";", ",", "\t"])
def test_no_cell_a_spreadsheet_could_run(separator: str) -> None:
    workshop, board_id, _ = _workshop("fr")
    workshop.apply(board.capture_signed(workshop, board_id, [(f, f) for f in FORMULAS])[0])
    changes, _ = voting.create_vote(workshop, board_id, '=HYPERLINK("http://x")')
    workshop.apply(changes)
    rows = _rows(ideas_csv(workshop, separator), separator)
    cells = [cell for row in rows for cell in row]
    for cell in cells:
        assert not cell.startswith(FORMULA_STARTS), cell
    written = {(row[2], row[3]) for row in rows[1:]}
    for idea in board.ideas_of(workshop, board_id):  # as stored: an author is one line
        assert (neutral(idea.text), neutral(idea.author)) in written
    for formula in FORMULAS:  # one apostrophe more, nothing else
        assert "'" + formula in {text for text, _ in written}
    assert neutral("Un jardin") == "Un jardin" and neutral("'apostrophe") == "'apostrophe"
