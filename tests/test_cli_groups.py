"""`facilitator groups FILE (--size N | --count K | --list)` as a user runs it (issue 18):
the grouping made, stored in the file through the locked write path and printed; the
same draw number giving the same groups; French or English after the system; and the
refusals, each one sentence with the file unchanged: more groups than people, nobody to
group, numbers out of range, the file open in the app, not a workshop."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from facilitator.domain import groupings
from facilitator.domain.records import GroupingInfo, Person
from facilitator.domain.workshop import Workshop
from facilitator.storage.lock import WorkshopLock
from facilitator.storage.workshop_file import WorkshopFile
from tests.domain.rosters import roster_workshop

ENV = {**os.environ, "LANGUAGE": "en", "LC_ALL": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
FRENCH = {**ENV, "LANGUAGE": "fr", "LC_ALL": "fr_FR.UTF-8", "LANG": "fr_FR.UTF-8"}
NB = "\u00a0"


def run(path: Path, *options: str, env: dict[str, str] = ENV) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "facilitator", "groups", str(path), *options],
        capture_output=True,
        text=True,
        env={**env, "FACILITATOR_HOME": str(path.parent / "home")},
        check=False,
    )


def written(workshop: Workshop, path: Path) -> Path:
    WorkshopFile.create(path, workshop).close()
    return path


def read(path: Path) -> Workshop:
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return workshop


def team_sets(workshop: Workshop, grouping_id: str) -> list[frozenset[str]]:
    return [
        frozenset(p.id for p in people)
        for people in groupings.members_by_team(workshop, grouping_id).values()
    ]


def test_groups_are_made_stored_and_printed(tmp_path: Path) -> None:
    path = written(roster_workshop(10), tmp_path / "atelier.atelier")
    result = run(path, "--count", "3", "--seed", "42", "--name", "Tables du matin")
    assert result.returncode == 0, result.stderr
    workshop = read(path)
    (info,) = workshop.all(GroupingInfo)
    assert (info.name, info.rule, info.amount, info.seed) == ("Tables du matin", "count", 3, 42)
    lines = result.stdout.splitlines()
    assert lines[0] == "Tables du matin — people: 10, groups: 3."
    by_team = groupings.members_by_team(workshop, info.id)
    for team in groupings.teams_of(workshop, info.id):
        members = by_team[team.id]
        start = lines.index(f"{team.name} ({len(members)})")
        shown = lines[start + 1 : start + 1 + len(members)]
        assert shown == [f"  {p.name} — {p.organisation} ({p.job})" for p in members]
    assert "No two people of the same organisation share a group." in lines
    assert lines[-1] == "Draw number: 42 (--seed 42 draws these groups again from the same list)."
    # The draw number gives the same groups again, in a second grouping of the file.
    again = run(path, "--count", "3", "--seed", "42")
    assert again.returncode == 0, again.stderr
    first, second = read(path).all(GroupingInfo)
    assert second.name == "Répartition 1"
    assert team_sets(read(path), first.id) == team_sets(read(path), second.id)


def test_by_size_with_roles_in_french(tmp_path: Path) -> None:
    path = written(roster_workshop(12), tmp_path / "atelier.atelier")
    result = run(path, "--size", "4", "--balance-roles", "--seed", "7", env=FRENCH)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"Répartition 1 — personnes{NB}: 12, groupes{NB}: 3."
    assert [line for line in lines if line.startswith("Groupe ")] == [
        "Groupe 1 (4)",
        "Groupe 2 (4)",
        "Groupe 3 (4)",
    ]
    assert lines[-1].startswith(f"Numéro de tirage{NB}: 7 (")
    assert f"Paires de même rôle dans un groupe{NB}: 3, le minimum possible." in lines
    (info,) = read(path).all(GroupingInfo)
    assert info.balance_roles


def test_the_list_of_groupings(tmp_path: Path) -> None:
    path = written(roster_workshop(6), tmp_path / "atelier.atelier")
    empty = run(path, "--list")
    assert empty.returncode == 0, empty.stderr
    assert empty.stdout.strip() == (
        f"“{path}” has no grouping yet: make one with --size or --count."
    )
    for name in ("Jour 1", "Jour 2"):
        assert run(path, "--count", "2", "--name", name).returncode == 0
    listed = run(path, "--list")
    assert listed.returncode == 0, listed.stderr
    headers = [line for line in listed.stdout.splitlines() if "— people:" in line]
    assert headers == ["Jour 1 — people: 6, groups: 2.", "Jour 2 — people: 6, groups: 2."]
    assert listed.stdout.count("Draw number:") == 2


def test_one_organisation_only_is_grouped_and_said(tmp_path: Path) -> None:
    path = written(roster_workshop(7, organisations=("CCAS",)), tmp_path / "atelier.atelier")
    result = run(path, "--size", "3")
    assert result.returncode == 0, result.stderr
    assert (
        "Everyone present is from CCAS: the groups cannot mix organisations."
        in result.stdout.splitlines()
    )
    assert [line for line in result.stdout.splitlines() if line.startswith("Groupe ")] == [
        "Groupe 1 (4)",
        "Groupe 2 (3)",
    ]


def test_three_hundred_participants_are_all_printed_once(tmp_path: Path) -> None:
    organisations = tuple(f"Service {n}" for n in range(30))
    path = written(roster_workshop(300, organisations), tmp_path / "grand.atelier")
    result = run(path, "--size", "6")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Répartition 1 — people: 300, groups: 50."
    members = [line for line in lines if line.startswith("  Personne ")]
    assert len(members) == len(set(members)) == 300
    assert "No two people of the same organisation share a group." in lines


AMOUNT = "A group size or a number of groups is a whole number from 1 to 2000."
SEED = "The draw number must be a whole number from 0 to 9007199254740992."


@pytest.mark.parametrize(
    ("people", "options", "said"),
    [
        (
            3,
            ["--count", "5"],
            "5 groups for 3 people present: there cannot be more groups than people.",
        ),
        (
            0,
            ["--size", "4"],
            "There is nobody to put in groups: the list is empty or everyone is absent.",
        ),
        (5, ["--size", "0"], AMOUNT),
        (5, ["--count", "2001"], AMOUNT),
        (5, ["--count", "2", "--seed", "-1"], SEED),
        (5, ["--count", "2", "--seed", str(2**64)], SEED),
        (
            5,
            ["--count", "2", "--name", "N" * 201],
            "The name: too long (201 characters, at most 200).",
        ),
    ],
)
def test_refusals_in_one_sentence_and_the_file_unchanged(
    tmp_path: Path, people: int, options: list[str], said: str
) -> None:
    path = written(roster_workshop(people), tmp_path / "atelier.atelier")
    before = path.read_bytes()
    result = run(path, *options)
    assert result.returncode == 1
    assert result.stderr.strip() == f"facilitator: {said}"
    assert result.stdout == ""
    assert path.read_bytes() == before


def test_refused_while_the_app_has_the_file_open_or_it_is_no_workshop(tmp_path: Path) -> None:
    path = written(roster_workshop(6), tmp_path / "atelier.atelier")
    before = path.read_bytes()
    lock = WorkshopLock(path)  # the app has the workshop open
    assert lock.acquire()
    try:
        result = run(path, "--count", "2")
        listed = run(path, "--list")  # reading is fine
    finally:
        lock.release()
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"facilitator: “{path}” is open in Facilitator: make the groups there (Groups page), "
        "or close it first."
    )
    assert path.read_bytes() == before
    assert listed.returncode == 0
    missing = run(tmp_path / "absent.atelier", "--count", "2")
    assert missing.returncode == 2
    assert missing.stderr.strip().endswith("does not exist.")
    assert not (tmp_path / "absent.atelier").exists()
    text = tmp_path / "notes.atelier"
    text.write_text("pas un atelier", encoding="utf-8")
    for options in (["--count", "2"], ["--list"]):
        result = run(text, *options)
        assert result.returncode == 2
        assert "is not a Facilitator workshop file" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert text.read_text(encoding="utf-8") == "pas un atelier"


@pytest.mark.parametrize(
    "options", [[], ["--size", "3", "--count", "2"], ["--list", "--count", "2"], ["--size", "x"]]
)
def test_usage_errors(tmp_path: Path, options: list[str]) -> None:
    path = written(roster_workshop(4), tmp_path / "atelier.atelier")
    result = run(path, *options)
    assert result.returncode == 2
    assert "usage: facilitator groups" in result.stderr
    assert "Traceback" not in result.stderr


def test_names_from_a_colleague_s_file_cannot_drive_the_terminal(tmp_path: Path) -> None:
    """A name stored with an escape sequence (a file edited by another program) is
    printed without its control characters: no colour, no cleared screen."""
    workshop = roster_workshop(4)
    person = groupings.participants(workshop)[0]
    hostile = replace(person, name="Eve\x1b[2J\x1b]0;pwned\x07", organisation="\x1b[31mCAF")
    records = [hostile if r.id == person.id else r for r in workshop.records()]
    path = written(Workshop(records), tmp_path / "atelier.atelier")
    result = run(path, "--count", "2")
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "  Eve[2J]0;pwned — [31mCAF (agent)" in result.stdout.splitlines()


def test_a_reader_gone_still_leaves_the_grouping_stored(tmp_path: Path) -> None:
    path = written(roster_workshop(8), tmp_path / "atelier.atelier")
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "facilitator", "groups", str(path), "--count", "2"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=ENV,
            check=False,
        )
    finally:
        os.close(write_end)
    assert result.returncode == 141  # EXIT_BROKEN_PIPE
    assert result.stderr == ""
    assert len(read(path).all(GroupingInfo)) == 1
    assert read(path).where(Person, role="participant")
