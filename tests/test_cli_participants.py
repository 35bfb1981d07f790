"""`facilitator add-participants FILE LIST` (issue 18), the details' "Import
participants…" from the command line, as add-ideas is the board's: a real process on
real files; one transaction; lines left out said; the same list twice adds nobody
twice; refusals in one sentence; and `export --format groups-pdf --grouping NAME`."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from facilitator.domain.records import GroupingInfo, Person
from facilitator.storage.workshop_file import WorkshopFile
from tests.export.paper_people import blocks, grouped, paper_workshop

ENV = {**os.environ, "LANGUAGE": "en", "LC_ALL": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
FRENCH = {**ENV, "LANGUAGE": "fr", "LC_ALL": "fr_FR.UTF-8", "LANG": "fr_FR.UTF-8"}
EXCEL = (
    "Prénom;Nom;Structure;Fonction;Courriel\r\n"
    "Hélène;Lefèvre;Saint-Flour Communauté;chargée de mission;h@example.fr\r\n"
    ";;Mairie de Murat;élue;\r\n"
    "François;Garçon;CAF du Cantal;agent;f@example.fr\r\n"
).encode("cp1252")


def run(*args: str, env: dict[str, str] = ENV) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args], capture_output=True, text=True, env=env
    )


def _participants(path: Path) -> list[tuple[str, str, str]]:
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return [(p.name, p.organisation, p.job) for p in workshop.where(Person, role="participant")]


@pytest.fixture
def workshop_file(tmp_path: Path) -> Path:
    path = tmp_path / "atelier.atelier"
    WorkshopFile.create(path, paper_workshop(participants=[("Ana Roux", "CAF")])).close()
    return path


def test_an_excel_list_is_added_and_every_line_left_out_said(
    workshop_file: Path, tmp_path: Path
) -> None:
    roster = tmp_path / "inscriptions.csv"
    roster.write_bytes(EXCEL)
    result = run("add-participants", str(workshop_file), str(roster))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "People read from “inscriptions.csv”: 2. Columns taken from the first line: first "
        "name (“Prénom”), last name (“Nom”), organisation (“Structure”), role (“Fonction”). "
        "Columns not imported: “Courriel”.",
        "Line 3: no name, not added.",
        f"Participants added to {workshop_file}: 2.",
    ]
    assert _participants(workshop_file) == [
        ("Ana Roux", "CAF", ""),
        ("Hélène Lefèvre", "Saint-Flour Communauté", "chargée de mission"),
        ("François Garçon", "CAF du Cantal", "agent"),
    ]
    again = run("add-participants", str(workshop_file), str(roster))
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[-3:] == [
        "Line 2: “Hélène Lefèvre” (Saint-Flour Communauté) is already a participant; not "
        "added again.",
        "Line 4: “François Garçon” (CAF du Cantal) is already a participant; not added again.",
        f"Participants added to {workshop_file}: 0.",
    ]
    assert len(_participants(workshop_file)) == 3


def test_the_separator_can_be_given(workshop_file: Path, tmp_path: Path) -> None:
    roster = tmp_path / "noms.txt"
    roster.write_text("Dupont, Marie\nMartin, Jean\n", encoding="utf-8")
    result = run("add-participants", str(workshop_file), str(roster), "--separator", "none")
    assert result.returncode == 0, result.stderr
    assert _participants(workshop_file)[1:] == [("Dupont, Marie", "", ""), ("Martin, Jean", "", "")]


def test_refusals_are_one_sentence_and_change_nothing(workshop_file: Path, tmp_path: Path) -> None:
    from facilitator.storage.lock import WorkshopLock

    before = workshop_file.read_bytes()
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    nobody = tmp_path / "vide.csv"
    nobody.write_text("Nom;Structure\n;Mairie\n", encoding="utf-8")
    roster = tmp_path / "liste.csv"
    roster.write_text("Léa Petit;Mairie\n", encoding="utf-8")
    for args, said in (
        ((str(binary),), f"“{binary}” is not a text or CSV file."),
        ((str(nobody),), f"“{nobody}” has no participant to add."),
        ((str(tmp_path / "absent.csv"),), "cannot be read: the file or its folder does not exist"),
    ):
        result = run("add-participants", str(workshop_file), *args)
        assert result.returncode == 1, result.stderr
        assert said in result.stderr and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    lock = WorkshopLock(workshop_file)  # the app has the workshop open
    assert lock.acquire()
    try:
        result = run("add-participants", str(workshop_file), str(roster))
    finally:
        lock.release()
    assert result.returncode == 1
    assert "is open in Facilitator: add the participants there" in result.stderr
    assert workshop_file.read_bytes() == before


def test_add_participants_speaks_french_on_a_french_system(
    workshop_file: Path, tmp_path: Path
) -> None:
    roster = tmp_path / "inscriptions.csv"
    roster.write_bytes(EXCEL)
    result = run("add-participants", str(workshop_file), str(roster), env=FRENCH)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Personnes lues dans «\u00a0inscriptions.csv\u00a0»\u00a0: 2.")
    assert lines[1] == "Ligne 3\u00a0: pas de nom, non ajoutée."
    assert lines[-1] == f"Participants ajoutés à {workshop_file}\u00a0: 2."


# -- the group lists and table tents --------------------------------------------------------
@pytest.fixture
def grouped_file(tmp_path: Path) -> Path:
    workshop = paper_workshop()
    grouped(workshop, 4, name="Tables du matin", created_at="2026-03-12T09:00:00+01:00")
    grouped(
        workshop,
        6,
        name="Projets",
        created_at="2026-03-12T14:00:00+01:00",
        team_names=["Mobilités", "Accueil"],
    )
    path = tmp_path / "groupes.atelier"
    WorkshopFile.create(path, workshop).close()
    return path


def test_groups_pdf_prints_the_latest_grouping_or_the_one_named(grouped_file: Path) -> None:
    result = run("export", str(grouped_file), "--format", "groups-pdf")
    out = grouped_file.with_name("groupes-groupes.pdf")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Exported to {out}."
    text = " ".join(" ".join(page) for page in blocks(out.read_bytes()))
    assert "Projets" in text and "Mobilités" in text and "Tables du matin" not in text
    named = grouped_file.with_name("matin.pdf")
    result = run(
        "export", str(grouped_file), "--format", "groups-pdf", "--grouping", "tables DU matin",
        "-o", str(named),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = named.read_bytes()
    assert "Tables du matin" in " ".join(blocks(data)[0])
    assert len(PdfReader(io.BytesIO(data)).pages) == 1 + 3  # the list, three tents
    badges = grouped_file.with_name("badges.pdf")
    result = run(
        "export", str(grouped_file), "--format", "badges", "--grouping", "Tables du matin",
        "-o", str(badges),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Table 1" in " ".join(blocks(badges.read_bytes())[0])


def test_groups_pdf_refusals(grouped_file: Path, tmp_path: Path) -> None:
    unknown = run("export", str(grouped_file), "--format", "groups-pdf", "--grouping", "Jour 3")
    assert unknown.returncode == 1
    assert unknown.stderr == (
        f"facilitator: “{grouped_file}” has no grouping “Jour 3”; its groupings: "
        "“Tables du matin”, “Projets”.\n"
    )
    no_names = run("export", str(grouped_file), "--format", "groups-pdf", "--no-names")
    assert no_names.returncode == 1
    assert no_names.stderr == (
        "facilitator: The group lists and table tents name the participants: they cannot "
        "be printed without the names (drop --no-names).\n"
    )
    plain = tmp_path / "sans.atelier"
    WorkshopFile.create(plain, paper_workshop()).close()
    none = run("export", str(plain), "--format", "groups-pdf", env=FRENCH)
    assert none.returncode == 1 and "Traceback" not in none.stderr
    assert none.stderr.startswith("facilitator: L’atelier n’a pas encore de groupes")
    file, workshop = WorkshopFile.open(grouped_file, read_only=True)
    file.close()
    assert len(workshop.all(GroupingInfo)) == 2
