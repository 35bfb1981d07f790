"""The tables of schema version 4 (issue 18: rounds, groupings, teams, auto-advance), as
stored: the released fixture holds a row in each, and a file another tool changed is
refused, unchanged, by the app's opener and by `facilitator check`, naming the row."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.domain.consistency import twice_in_a_grouping
from facilitator.domain.records import (
    AgendaItem,
    GroupingAbsence,
    GroupingInfo,
    GroupingWish,
    Idea,
    ItemRound,
    Person,
    PrototypeCard,
    RoundRun,
    Team,
    TeamMember,
    TimerState,
)
from facilitator.storage.inspection import check_file
from facilitator.storage.workshop_file import WorkshopFile
from tests.storage.tampering import assert_refused_and_named, tampered

FIXTURE = Path(__file__).parent / "fixtures" / "schema_v4.atelier"
V4_TABLES = (GroupingInfo, Team, TeamMember, GroupingWish, GroupingAbsence, ItemRound, RoundRun)
HELENE = "d896398c7fc14013a6df951af71a8f43"  # in team t1 of grouping g1 (make_schema_v4.py)


def test_the_version_4_fixture_holds_a_row_in_every_new_table_and_column(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v4.atelier"
    shutil.copyfile(FIXTURE, path)
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    for kind in V4_TABLES:
        assert workshop.all(kind), kind.TABLE
    assert workshop.info.auto_advance and workshop.info.auto_advance_s == 15
    assert workshop.require(AgendaItem, "a1").auto_advance == "off"
    assert {p.job for p in workshop.all(Person)} >= {"agent", "élue", "usager"}
    assert workshop.require(Idea, "i1").team_id == "t1"
    assert workshop.require(PrototypeCard, "pc1").team_id == "t2"
    assert workshop.all(TimerState)[0].round_index == 2
    crazy = workshop.require(ItemRound, "r1")
    assert (crazy.duration_s, crazy.repeat) == (60, 8)
    assert "\n" in crazy.instruction
    assert [r.team_id for r in workshop.where(ItemRound, agenda_item_id="a1")] == [
        None,
        None,
        "t1",
        "t2",
    ]
    assert workshop.require(RoundRun, "rr3").actual_end == ""  # still running
    assert twice_in_a_grouping(workshop) == []
    inspection, unreadable = check_file(path)
    assert not inspection.problems and not unreadable


def _tampered(tmp_path: Path, *statements: str) -> Path:
    """A copy of the v4 fixture changed by another tool (`tampering.tampered`)."""
    return tampered(FIXTURE, tmp_path, *statements)


BAD_ROWS: dict[str, tuple[list[str], str]] = {
    # case: (statements, what one problem says: its parts in order, "…" between them)
    "idea of a team that is gone": (
        ["UPDATE idea SET team_id = 'gone'"],
        "idea i1: team_id points to nothing",
    ),
    "card of a team that is gone": (
        ["UPDATE prototype_card SET team_id = 'gone'"],
        "prototype_card pc1: team_id points to nothing",
    ),
    "team removed, its members left": (
        [
            "DELETE FROM team WHERE id = 't2'",
            "UPDATE idea SET team_id = NULL",
            "UPDATE prototype_card SET team_id = NULL",
            "DELETE FROM item_round WHERE id = 'r4'",
        ],
        "team_member t2m0: team_id points to nothing",
    ),
    "grouping removed, its teams left": (
        ["DELETE FROM grouping"],
        "team t1: grouping_id points to nothing",
    ),
    "person removed, still a member": (
        [f"DELETE FROM person WHERE id = '{HELENE}'"],
        "team_member t1m0: person_id points to nothing",
    ),
    "pitch slot of a team that is gone": (
        ["UPDATE item_round SET team_id = 'gone' WHERE id = 'r3'"],
        "item_round r3: team_id points to nothing",
    ),
    "round of an item that is gone": (
        ["UPDATE item_round SET agenda_item_id = 'gone' WHERE id = 'r1'"],
        "item_round r1: agenda_item_id points to nothing",
    ),
    "round run of an item that is gone": (
        ["UPDATE round_run SET agenda_item_id = 'gone' WHERE id = 'rr1'"],
        "round_run rr1: agenda_item_id points to nothing",
    ),
    "wish of a person that is gone": (
        ["UPDATE grouping_wish SET person_id = 'gone' WHERE id = 'w1'"],
        "grouping_wish w1: person_id points to nothing",
    ),
    "absence in a grouping that is gone": (
        ["UPDATE grouping_absence SET grouping_id = 'gone'"],
        "grouping_absence ab1: grouping_id points to nothing",
    ),
    "a person in two teams of one grouping": (
        [f"INSERT INTO team_member VALUES ('zz', 't2', '{HELENE}', 9)"],
        f"team_member zz: person {HELENE} is already in this grouping (team_member t1m0)",
    ),
    "a person twice in one team": (
        [f"INSERT INTO team_member VALUES ('zz', 't1', '{HELENE}', 9)"],
        f"team_member zz: person {HELENE} is already in this grouping",
    ),
    "a round repeated 0 times": (
        ["UPDATE item_round SET repeat = 0 WHERE id = 'r1'"],
        "item_round r1: … “0”",
    ),
    "a round repeated 201 times": (
        ["UPDATE item_round SET repeat = 201 WHERE id = 'r1'"],
        "item_round r1: … “201”",
    ),
    "a round of 0 seconds": (
        ["UPDATE item_round SET duration_s = 0 WHERE id = 'r2'"],
        "item_round r2: … “0”",
    ),
    "a round longer than a day": (
        ["UPDATE item_round SET duration_s = 86401 WHERE id = 'r2'"],
        "item_round r2: … “86401”",
    ),
    "a round's instruction of 1,001 characters": (
        ["UPDATE item_round SET instruction = printf('%.1001c', 'x') WHERE id = 'r2'"],
        "item_round r2: … too long (1001 characters, at most 1000)",
    ),
    "a team's name of 101 characters": (
        ["UPDATE team SET name = printf('%.101c', 'x') WHERE id = 't1'"],
        "team t1: … too long (101 characters, at most 100)",
    ),
    "a grouping of 0 groups": (["UPDATE grouping SET amount = 0"], "grouping g1: … “0”"),
    "a seed past 2**53": (
        ["UPDATE grouping SET seed = 9007199254740993"],
        "grouping g1: … “9007199254740993”",
    ),
    "a negative set of wishes": (
        ["UPDATE grouping_wish SET set_index = -1"],
        "grouping_wish w1: … “-1”",
    ),
    "balance_roles of 2": (
        ["UPDATE grouping SET balance_roles = 2"],
        "grouping g1: balance_roles has a wrong value",
    ),
    "auto-advance countdown of 2 s": (
        ["UPDATE workshop SET auto_advance_s = 2"],
        "workshop workshop: … “2”",
    ),
    "auto_advance as text": (
        ["UPDATE workshop SET auto_advance = 'oui'"],
        "workshop workshop: auto_advance has a wrong value",
    ),
    "a negative round index": (["UPDATE timer SET round_index = -1"], "timer timer: … “-1”"),
    "a round run's planned time as text": (
        ["UPDATE round_run SET planned_s = 'une minute'"],
        "round_run rr1: planned_s has a wrong value",
    ),
    "a role in the room of 201 characters": (
        [f"UPDATE person SET job = printf('%.201c', 'x') WHERE id = '{HELENE}'"],
        f"person {HELENE}: … too long (201 characters, at most 200)",
    ),
}


@pytest.mark.parametrize("case", list(BAD_ROWS))
def test_a_bad_row_in_a_new_table_is_refused_and_named(case: str, tmp_path: Path) -> None:
    statements, words = BAD_ROWS[case]
    assert_refused_and_named(_tampered(tmp_path, *statements), words)


def test_facilitator_check_names_a_person_in_two_teams(tmp_path: Path) -> None:
    path = _tampered(
        tmp_path,
        f"INSERT INTO team_member VALUES ('zz', 't2', '{HELENE}', 9)",
        f"INSERT INTO team_member VALUES ('zy', 't1', '{HELENE}', 10)",
    )
    before = path.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "check", str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "LANGUAGE": "en", "LC_ALL": "C.UTF-8"},
    )
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "team_member zz" in output and "team_member zy" in output  # one line each
    assert "Traceback" not in output
    assert path.read_bytes() == before


def test_two_groupings_may_share_a_person() -> None:
    """Day 1 tables and day 2 project teams: one person in one team of each."""
    from facilitator.domain.workshop import Workshop

    records = [
        GroupingInfo(id="g1"),
        GroupingInfo(id="g2", position=1),
        Team(id="t1", grouping_id="g1"),
        Team(id="t2", grouping_id="g2"),
        Person(id="p", role="participant"),
        TeamMember(id="m1", team_id="t1", person_id="p"),
        TeamMember(id="m2", team_id="t2", person_id="p"),
    ]
    assert twice_in_a_grouping(Workshop(records)) == []
    doubled = Workshop([*records, TeamMember(id="m3", team_id="t1", person_id="p", position=1)])
    assert [(m.id, e.id) for m, e in twice_in_a_grouping(doubled)] == [("m3", "m1")]
