"""Names belong to people (issue 17): `facilitator export --no-names` leaves every
participant's and author's name out of the synthesis (PDF and Markdown), the ideas'
CSV and the cards; the facilitators' names stay. Checked through the real command
line on a workshop where names are in every field that can hold one
(tests/export/named_people.py), and the other way round: without the option, the
names are there, so the test would see them."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.domain import board, card_template, cards, edits
from facilitator.domain.factory import new_workshop
from facilitator.domain.records import CardField, Idea, NextStep
from facilitator.domain.workshop import Workshop
from facilitator.export.formats import ExportOptions, export_bytes
from facilitator.export.names import NameRule, Names, has_names, people_field
from facilitator.storage.idea_files import read_idea_file
from facilitator.storage.workshop_file import WorkshopFile
from tests.export.named_people import (
    DEMO_FACILITATORS,
    DEMO_OTHER_PARTICIPANTS,
    DEMO_PARTICIPANTS,
    DISTINCT_NAMES,
    EMOJI_AUTHOR,
    FACILITATOR,
    IDEA_TEXTS,
    LAPTOP_VOTER,
    NAMED_VOTER,
    PARTICIPANT_ORGANISATION,
    PEOPLE_FIELD_VALUE,
    PHONE_AUTHOR,
    PHONE_BALLOT,
    SCORER,
    STEP_OWNER,
    TEAM_MEMBER,
    TYPED_AUTHOR,
    named_workshop,
)
from tests.export.test_agenda_exports import _flat, _pdf_text

ENV_LANGUAGE = {"LANGUAGE": "en", "LC_ALL": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
# The demo's authors sign with first names only ("Sophie", "Mamadou"): none of them
# appears in the demo's other texts, so each is a name to look for too.
DEMO_AUTHORS = ("Sophie", "Mamadou", "Hélène", "Élodie", "Nadia", "Julien", "Ahmad", "Pierre")
EVERY_NAME = DISTINCT_NAMES + DEMO_PARTICIPANTS + DEMO_OTHER_PARTICIPANTS + DEMO_AUTHORS
# Never printed by any export, with or without names: votes are counts and scores.
VOTERS = (NAMED_VOTER, LAPTOP_VOTER, PHONE_BALLOT, SCORER)
FORMATS = ("pdf", "md", "csv", "cards-pdf")


def _export(path: Path, fmt: str, *extra: str) -> subprocess.CompletedProcess[str]:
    """`facilitator export` run as a user runs it, its settings in a folder of its own."""
    home = path.parent / "home"
    return subprocess.run(
        [sys.executable, "-m", "facilitator", "export", str(path), "--format", fmt, *extra],
        capture_output=True,
        text=True,
        env={**os.environ, **ENV_LANGUAGE, "FACILITATOR_HOME": str(home)},
        check=False,
    )


def _text(fmt: str, data: bytes) -> str:
    """What a reader of the file sees: a PDF's text (pypdf), the Markdown or the CSV's
    cells, blanks made single."""
    if fmt in ("pdf", "cards-pdf"):
        return _pdf_text(data)
    return _flat(data.decode("utf-8-sig"))


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], str]:
    """(format, option) -> the text of the file `facilitator export` wrote, for each of
    FORMATS with no option, --names and --no-names."""
    folder = tmp_path_factory.mktemp("names")
    path = folder / "noms.atelier"
    WorkshopFile.create(path, named_workshop()).close()
    texts: dict[tuple[str, str], str] = {}
    for fmt in FORMATS:
        for option in ("", "--names", "--no-names"):
            out = folder / f"out-{fmt}{option}.{fmt}"
            result = _export(path, fmt, *([option] if option else []), "-o", str(out))
            assert result.returncode == 0, result.stderr
            texts[fmt, option] = _text(fmt, out.read_bytes())
    return texts


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_participant_or_author_name_anywhere_with_no_names(
    exported: dict[tuple[str, str], str], fmt: str
) -> None:
    text = exported[fmt, "--no-names"]
    assert [name for name in EVERY_NAME if _flat(name) in text] == []
    for idea in IDEA_TEXTS if fmt in ("pdf", "csv") else ():
        assert idea in text  # the ideas stay, without their authors


def test_the_names_are_there_without_the_option(exported: dict[tuple[str, str], str]) -> None:
    """Where each name is printed by default, so that the test above could see it."""
    pdf, md, csv_text, printed = (exported[f, ""] for f in FORMATS)
    for author in (TYPED_AUTHOR, PHONE_AUTHOR, EMOJI_AUTHOR, *DEMO_AUTHORS):
        assert author in pdf and author in csv_text  # the annex, the author column
    for name in (TEAM_MEMBER, PEOPLE_FIELD_VALUE, STEP_OWNER):
        assert name in pdf and name in md and name in printed  # the cards, next steps
    for participant in DEMO_PARTICIPANTS:  # owners and teams of the demo's cards
        assert participant in pdf
    assert PARTICIPANT_ORGANISATION not in pdf  # the participants are counted, not listed
    assert PARTICIPANT_ORGANISATION in exported["pdf", "--names"]
    assert f"{TYPED_AUTHOR} ({PARTICIPANT_ORGANISATION})" in exported["pdf", "--names"]


@pytest.mark.parametrize("option", ["", "--names", "--no-names"])
def test_names_given_when_voting_are_never_printed(
    exported: dict[tuple[str, str], str], option: str
) -> None:
    for fmt in FORMATS:
        text = exported[fmt, option]
        assert [v for v in VOTERS if _flat(v) in text] == [], fmt


def test_the_facilitators_names_stay(exported: dict[tuple[str, str], str]) -> None:
    for fmt in ("pdf", "md"):  # the cover
        for name in (FACILITATOR, *DEMO_FACILITATORS):
            assert name in exported[fmt, "--no-names"], fmt
    for fmt in ("pdf", "md", "cards-pdf"):  # a next step a facilitator owns
        assert FACILITATOR.upper() in exported[fmt, "--no-names"], fmt
        assert "(name left out)" not in exported[fmt, "--no-names"]  # a French workshop
        assert "(nom retiré)" in exported[fmt, "--no-names"], fmt
    assert "(nom retiré)" not in exported["pdf", ""]
    said = "Les noms des participants et des auteurs sont retirés de ce document."
    assert said in exported["pdf", "--no-names"] and said in exported["md", "--no-names"]
    assert said not in exported["pdf", ""]


def test_the_csv_has_no_author_column_and_reads_back(tmp_path: Path) -> None:
    workshop = named_workshop()
    wall = workshop.all(Idea)[0].board_id
    workshop.apply(board.capture(workshop, wall, ["=1+1", "+33 6 12"], author=STEP_OWNER)[0])
    data = export_bytes(workshop, "csv", ExportOptions(names=Names.LEFT_OUT))
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][:4] == ["Tableau", "Regroupement", "Idée", "Couleur"]
    assert {len(row) for row in rows} == {len(rows[0])}
    path = tmp_path / "idees.csv"
    path.write_bytes(data)
    read = read_idea_file(path)
    assert read.own_export and read.author_column == ""
    ideas = {i.text: i for i in read.ideas}
    assert ideas["=1+1"].author == "" and "+33 6 12" in ideas  # the apostrophes taken off
    assert ideas[IDEA_TEXTS[0]].colour == "yellow"
    assert len(read.ideas) == len(workshop.all(Idea))


def test_json_refuses_no_names_in_a_sentence_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "noms.atelier"
    WorkshopFile.create(path, named_workshop()).close()
    out = tmp_path / "noms.json"
    result = _export(path, "json", "--no-names", "-o", str(out))
    assert result.returncode == 1
    assert result.stderr.startswith("facilitator: The JSON export is the whole workshop")
    assert "Traceback" not in result.stderr and not out.exists()
    both = _export(path, "pdf", "--names", "--no-names", "-o", str(tmp_path / "x.pdf"))
    assert both.returncode == 2 and "not allowed with argument" in both.stderr


def test_the_agenda_exports_accept_no_names_and_print_only_facilitators(tmp_path: Path) -> None:
    path = tmp_path / "noms.atelier"
    WorkshopFile.create(path, named_workshop()).close()
    for fmt in ("agenda-pdf", "agenda-md", "ics"):
        out = tmp_path / f"agenda.{fmt}"
        result = _export(path, fmt, "--no-names", "--audience", "facilitator", "-o", str(out))
        assert result.returncode == 0, result.stderr
        text = _text("pdf" if fmt == "agenda-pdf" else fmt, out.read_bytes())
        assert [
            n
            for n in DISTINCT_NAMES + DEMO_PARTICIPANTS + DEMO_OTHER_PARTICIPANTS
            if _flat(n) in text
        ] == []


def _card_workshop(owners: list[str]) -> tuple[Workshop, str]:
    workshop = new_workshop("Atelier")
    workshop.apply(edits.set_info(workshop, organisation="Lab’@rchipel"))
    workshop.apply(edits.add_person(workshop, "facilitator", "Claire  Dumas")[0])
    workshop.apply(edits.add_person(workshop, "facilitator", "Karim Ait")[0])
    made, card = cards.create_card(workshop, "Guichet")
    workshop.apply(made)
    for number, owner in enumerate(owners):
        workshop.apply(cards.add_step(workshop, card, f"Étape {number}", owner)[0])
    return workshop, card


@pytest.mark.parametrize(
    ("owner", "printed"),
    [
        ("Claire Dumas", "Claire Dumas"),  # a facilitator: stays
        ("claire   DUMAS", "claire   DUMAS"),  # blanks and case aside, as typed
        ("Claire Dumas et Karim Ait", "Claire Dumas et Karim Ait"),  # both facilitators
        ("Claire Dumas, Karim Ait / LAB’@RCHIPEL", "Claire Dumas, Karim Ait / LAB’@RCHIPEL"),
        ("Claire Dumas et Zoé", None),  # one participant: the whole owner goes
        ("Zoé", None),
        ("Claire", None),  # a first name alone could be anyone's
        ("", ""),  # no owner: nothing left out
    ],
)
def test_a_next_steps_owner_stays_only_when_a_facilitator(owner: str, printed: str | None) -> None:
    workshop, _ = _card_workshop([owner])
    assert NameRule(workshop, Names.LEFT_OUT).owner(owner) == printed
    assert NameRule(workshop, Names.AS_TYPED).owner(owner) == owner


def test_the_owner_column_goes_when_no_owner_is_left(tmp_path: Path) -> None:
    workshop, _ = _card_workshop(["Zoé Xylophone", "Ingrid", ""])
    options = ExportOptions(names=Names.LEFT_OUT, sections=("next_steps",))
    markdown = export_bytes(workshop, "md", options).decode("utf-8")
    assert "| Prototype | Action | Pour le |" in markdown and "Qui" not in markdown
    assert "(nom retiré)" not in markdown and "Zoé" not in markdown
    for fmt in ("pdf", "cards-pdf"):
        text = _pdf_text(export_bytes(workshop, fmt, options))
        assert "Qui" not in text and "(nom retiré)" not in text and "Zoé" not in text, fmt
        assert "Étape 0" in text and "Étape 2" in text
    kept, _ = _card_workshop(["Zoé Xylophone", "Karim Ait"])
    markdown = export_bytes(kept, "md", options).decode("utf-8")
    assert "| Prototype | Action | Qui | Pour le |" in markdown
    assert "| (nom retiré) |" in markdown and "| Karim Ait |" in markdown


@pytest.mark.parametrize(
    ("key", "label", "people"),
    [
        ("team", "Équipe", True),
        ("team", "Qui fait quoi", True),  # the team field, renamed: still the team
        ("custom-1", "Porteuse du projet", True),
        ("custom-2", "Référent·e", True),
        ("custom-3", "Contact", True),
        ("custom-4", "Team members", True),
        ("users", "Pour qui (usagers, agents)", False),
        ("custom-5", "Nom du dispositif", False),
        ("custom-6", "Territoire pilote", False),
        ("resources", "Ressources et partenaires", False),
    ],
)
def test_people_fields_of_the_cards(key: str, label: str, people: bool) -> None:
    assert people_field(CardField(id="f", key=key, label=label)) is people


def test_every_default_field_but_the_team_is_printed() -> None:
    workshop = new_workshop("Atelier")
    every = card_template.default_template(workshop)
    kept = NameRule(workshop, Names.LEFT_OUT).fields(every)
    assert [f.key for f in every if f not in kept] == ["team"]
    assert NameRule(workshop, Names.AS_TYPED).fields(every) == every


def test_the_app_asks_about_names_only_when_there_is_one() -> None:
    workshop, card = _card_workshop(["Claire Dumas", ""])
    assert not has_names(workshop)  # facilitators only: nothing to leave out
    wall = board.add_board(workshop, "Mur")
    workshop.apply(wall[0])
    workshop.apply(board.capture(workshop, wall[1], ["Sans nom"])[0])
    assert not has_names(workshop)
    step = workshop.all(NextStep)[1]
    workshop.apply(cards.set_step(workshop, step.id, owner="Zoé"))
    assert has_names(workshop)
    workshop.apply(cards.set_step(workshop, step.id, owner=""))
    team = {f.key: f.id for f in card_template.fields_of(workshop)}["team"]
    workshop.apply(cards.set_value(workshop, card, team, "Zoé, Ingrid"))
    assert has_names(workshop)
    workshop.apply(cards.set_value(workshop, card, team, ""))
    assert not has_names(workshop)
    workshop.apply(board.capture(workshop, wall[1], ["Signée"], author="Zoé")[0])
    assert has_names(workshop)
