"""The rounds editor in the agenda (issue 18), driven as a facilitator would: the demo's
Crazy 8 and its 8 rounds, a round edited, added, moved and removed, each step undone; bad
input (0 s, 201 rounds, an item shorter than its rounds) answered with a sentence or a
one-click fix; a pitch made from a grouping, one slot per team, shuffled and reordered.
Every check reads the workshop back from its file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QScrollArea
from pytestqt.qtbot import QtBot

from facilitator.domain import agenda
from facilitator.domain.records import (
    AgendaItem,
    GroupingAbsence,
    GroupingInfo,
    GroupingWish,
    Person,
    Team,
    TeamMember,
)
from facilitator.domain.rounds import check_round_values
from facilitator.domain.rounds_from_groups import shuffled
from facilitator.domain.workshop import Workshop
from facilitator.library_access import full_demo
from facilitator.paths import config_dir
from facilitator.settings import SettingsStore
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.translations import Translators
from facilitator.ui.agenda.agenda_page import AgendaPage
from facilitator.ui.agenda.duration_spin import DurationSpin, parse_duration
from facilitator.ui.agenda.rounds_editor import RoundsEditor
from facilitator.ui.agenda.team_slots_dialog import TeamSlotsDialog
from facilitator.ui.main_window import MainWindow
from tests.ui.conftest import ScriptedChooser
from tests.ui.helpers import press, type_text


def _saved(path: Path) -> Workshop:
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return workshop


def _item(workshop: Workshop, method_id: str) -> AgendaItem:
    return next(i for i in workshop.all(AgendaItem) if i.method_id == method_id)


def _rounds(path: Path, method_id: str) -> list[tuple[str, int, int]]:
    workshop = _saved(path)
    item = _item(workshop, method_id)
    return [(r.title, r.duration_s, r.repeat) for r in agenda.rounds_of(workshop, item.id)]


def _notice(window: MainWindow) -> str:
    assert window.page is not None
    return window.page.notice.label.text()


@pytest.fixture
def grouped_file(tmp_path: Path) -> Path:
    """The demo, its participants in three project teams (a grouping made beforehand)."""
    workshop = full_demo()
    people = workshop.where(Person, role="participant")
    grouping = GroupingInfo(id="g", name="Équipes projet", rule="count", amount=3)
    teams = [
        Team(id=f"t{n}", grouping_id="g", position=n, name=f"Équipe {n + 1}") for n in range(3)
    ]
    members = [
        TeamMember(id=f"m{n}", team_id=f"t{n % 3}", person_id=person.id, position=n // 3)
        for n, person in enumerate(people)
    ]
    path = tmp_path / "groupes.atelier"
    WorkshopFile.create(path, Workshop([*workshop.records(), grouping, *teams, *members])).close()
    return path


def _open(window: MainWindow, path: Path, method_id: str) -> tuple[AgendaPage, RoundsEditor]:
    assert window.open_path(path)
    assert window.page is not None
    window.page.show_part("agenda")
    page = window.page.agenda
    page.select_item(_item(_saved(path), method_id).id)
    return page, page.editor.rounds


def test_the_demos_crazy_8_shows_its_8_rounds(window: MainWindow, full_demo_file: Path) -> None:
    page, rounds = _open(window, full_demo_file, "crazy-8")
    assert page.editor._rounds_box.isVisibleTo(page.editor)
    assert rounds.list.count() == 1
    assert rounds.list.item(0).text() == "1. Une case, une idée — 1:00 × 8"
    assert rounds.title_edit.text() == "Une case, une idée"
    assert rounds.duration_spin.text() == "1:00"
    assert rounds.repeat_spin.value() == 8
    assert rounds.total.text() == "Rounds: 8, 8\u00a0min in all; the activity lasts 15\u00a0min."
    assert not rounds.warning.isVisibleTo(rounds) and not rounds.fit_button.isVisibleTo(rounds)


def test_a_method_added_from_the_library_brings_its_rounds(
    window: MainWindow, full_demo_file: Path
) -> None:
    page, rounds = _open(window, full_demo_file, "crazy-8")
    page.add_method("un-deux-quatre-tous")  # as Enter or a drop from the library does
    assert page.editor.title_edit.text() == "1-2-4-tous"
    assert [rounds.list.item(n).text() for n in range(rounds.list.count())] == [
        "1. 1\u00a0: seul — 1:00",
        "2. 2\u00a0: en binôme — 2:00",
        "3. 4\u00a0: à quatre — 4:00",
        "4. Tous — 5:00",
    ]
    assert [d for _, d, _ in _rounds(full_demo_file, "un-deux-quatre-tous")] == [60, 120, 240, 300]
    window.undo_action.trigger()  # one step: the item and its rounds
    saved = _saved(full_demo_file)
    assert not [i for i in saved.all(AgendaItem) if i.method_id == "un-deux-quatre-tous"]
    assert not saved.dangling_references()


def test_a_break_has_no_rounds_box(window: MainWindow, full_demo_file: Path) -> None:
    page, _ = _open(window, full_demo_file, "crazy-8")
    pause = next(i for i in _saved(full_demo_file).all(AgendaItem) if i.kind == "break")
    page.select_item(pause.id)
    assert not page.editor._rounds_box.isVisibleTo(page.editor)


def test_editing_rounds_is_saved_and_undone_step_by_step(
    window: MainWindow, full_demo_file: Path
) -> None:
    _, rounds = _open(window, full_demo_file, "crazy-8")
    assert window.document is not None
    start = window.document.undo_stack.count()
    rounds.title_edit.setFocus()
    rounds.title_edit.selectAll()
    type_text(rounds.title_edit, "Une idée par case")
    rounds.duration_spin.setFocus()  # leaving the title commits it
    rounds.duration_spin.lineEdit().selectAll()
    type_text(rounds.duration_spin.lineEdit(), "1:30")
    press(rounds.duration_spin, Qt.Key.Key_Return)
    rounds.repeat_spin.setValue(6)
    assert _rounds(full_demo_file, "crazy-8") == [("Une idée par case", 90, 6)]
    assert rounds.total.text().startswith("Rounds: 6, 9\u00a0min in all")

    rounds.buttons["add"].click()
    assert rounds.title_edit.hasFocus()
    type_text(rounds.title_edit, "Partage")
    rounds.instruction_edit.setFocus()
    type_text(rounds.instruction_edit, "Montrez vos 8 cases : 2 minutes chacun.")
    rounds.list.setFocus()
    assert _rounds(full_demo_file, "crazy-8")[1] == ("Partage", 60, 1)
    press(rounds.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [r[0] for r in _rounds(full_demo_file, "crazy-8")] == ["Partage", "Une idée par case"]
    assert rounds.list.currentRow() == 0  # the moved round stays selected
    press(rounds.list, Qt.Key.Key_Delete)
    assert _rounds(full_demo_file, "crazy-8") == [("Une idée par case", 90, 6)]

    steps = window.document.undo_stack.count() - start
    assert steps == 8  # title, duration, repeat, add, title, instruction, move, remove
    for _ in range(steps):
        window.undo_action.trigger()
    assert _rounds(full_demo_file, "crazy-8") == [("Une case, une idée", 60, 8)]
    assert rounds.list.item(0).text() == "1. Une case, une idée — 1:00 × 8"


def test_a_round_of_0_seconds_is_refused_with_a_sentence(
    window: MainWindow, full_demo_file: Path
) -> None:
    _, rounds = _open(window, full_demo_file, "crazy-8")
    rounds.duration_spin.setFocus()
    rounds.duration_spin.lineEdit().selectAll()
    type_text(rounds.duration_spin.lineEdit(), "0:00")
    press(rounds.duration_spin, Qt.Key.Key_Return)
    said = check_round_values(0)
    assert said is not None and said.render() in _notice(window)
    assert rounds.duration_spin.text() == "1:00"  # the workshop's value again
    assert _rounds(full_demo_file, "crazy-8") == [("Une case, une idée", 60, 8)]


def test_201_rounds_are_refused_and_200_run(window: MainWindow, full_demo_file: Path) -> None:
    _, rounds = _open(window, full_demo_file, "crazy-8")
    rounds.repeat_spin.setValue(200)
    assert _rounds(full_demo_file, "crazy-8") == [("Une case, une idée", 60, 200)]
    rounds.buttons["add"].click()
    assert "at most 200 rounds in all" in _notice(window) and "201" in _notice(window)
    assert rounds.list.count() == 1
    rounds.repeat_spin.lineEdit().selectAll()
    type_text(rounds.repeat_spin.lineEdit(), "999")  # past 200: the field takes no more
    assert rounds.repeat_spin.value() <= 200


def test_an_item_shorter_than_its_rounds_is_said_and_fitted_in_one_click(
    window: MainWindow, full_demo_file: Path
) -> None:
    page, rounds = _open(window, full_demo_file, "crazy-8")
    page.editor.duration_spin.setValue(5)
    assert rounds.warning.isVisibleTo(rounds)
    assert "The rounds last 8\u00a0min, longer than the activity (5\u00a0min)" in (
        rounds.warning.text()
    )
    assert rounds.fit_button.isVisibleTo(rounds)
    rounds.fit_button.click()
    assert _item(_saved(full_demo_file), "crazy-8").duration_min == 8
    assert page.editor.duration_spin.value() == 8
    assert not rounds.warning.isVisibleTo(rounds)
    window.undo_action.trigger()
    assert _item(_saved(full_demo_file), "crazy-8").duration_min == 5


def test_a_pitch_from_a_grouping(window: MainWindow, grouped_file: Path, qtbot: QtBot) -> None:
    """The issue's example: each team pitches 3 minutes, then 1 minute of questions, in
    an order shuffled, then changed by hand; one undo step puts the rounds back."""
    _, rounds = _open(window, grouped_file, "pitch")
    before = _rounds(grouped_file, "pitch")
    rounds.buttons["slots"].click()
    dialog = rounds.slots_dialog
    assert isinstance(dialog, TeamSlotsDialog) and dialog.isVisible()
    assert dialog.grouping.count() == 2  # the demo's tables, then the project teams
    dialog.grouping.setCurrentIndex(dialog.grouping.findData("g"))
    assert dialog.grouping.currentText() == "Équipes projet"
    assert dialog.order == ["t0", "t1", "t2"]
    members = len(_saved(grouped_file).where(TeamMember, team_id="t0"))
    assert dialog.teams.item(0).text() == f"1. Équipe 1 — members: {members}"
    assert dialog.summary.text() == "Slots: 6, 12\u00a0min in all."
    dialog.seed = 41
    dialog.shuffle_button.click()
    assert dialog.order == shuffled(["t0", "t1", "t2"], 42)
    dialog.teams.setCurrentRow(2)
    dialog.down_button.click()  # the last stays last
    dialog.up_button.click()
    order = [*dialog.order]
    assert order[1] == shuffled(["t0", "t1", "t2"], 42)[2]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: rounds.slots_dialog is None)

    names = {"t0": "Équipe 1", "t1": "Équipe 2", "t2": "Équipe 3"}
    expected = [
        (f"{names[team]} — {phase}", seconds, 1)
        for team in order
        for phase, seconds in (("pitch", 180), ("questions", 60))
    ]
    assert _rounds(grouped_file, "pitch") == expected
    saved = _saved(grouped_file)
    slots = agenda.rounds_of(saved, _item(saved, "pitch").id)
    assert [s.team_id for s in slots] == [t for t in order for _ in range(2)]
    assert rounds.list.count() == 6
    window.undo_action.trigger()
    assert _rounds(grouped_file, "pitch") == before


def test_slots_kept_after_the_methods_own_rounds(window: MainWindow, grouped_file: Path) -> None:
    _, rounds = _open(window, grouped_file, "pitch")
    rounds.buttons["slots"].click()
    dialog = rounds.slots_dialog
    assert dialog is not None
    dialog.grouping.setCurrentIndex(dialog.grouping.findData("g"))
    dialog.replace.setChecked(False)
    dialog.questions.setValue(0)  # no questions
    assert dialog.questions.text() == "none"
    dialog.accept()
    titles = [t for t, _, _ in _rounds(grouped_file, "pitch")]
    assert titles == [
        "Préparation",
        "Pitch",
        "Questions",
        "Équipe 1 — pitch",
        "Équipe 2 — pitch",
        "Équipe 3 — pitch",
    ]
    rounds.buttons["slots"].click()  # again: the earlier slots are replaced, not added to
    assert rounds.slots_dialog is not None
    rounds.slots_dialog.grouping.setCurrentIndex(rounds.slots_dialog.grouping.findData("g"))
    rounds.slots_dialog.replace.setChecked(False)
    rounds.slots_dialog.accept()
    assert len(_rounds(grouped_file, "pitch")) == 3 + 6


def test_without_a_grouping_the_dialog_says_so(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    grouped = (GroupingInfo, Team, TeamMember, GroupingWish, GroupingAbsence)
    workshop = Workshop(r for r in full_demo().records() if not isinstance(r, grouped))
    path = tmp_path / "sans-groupes.atelier"
    WorkshopFile.create(path, workshop).close()
    _, rounds = _open(window, path, "pitch")
    rounds.buttons["slots"].click()
    dialog = rounds.slots_dialog
    assert dialog is not None
    assert dialog.problem.text() == "This workshop has no grouping yet: make the groups first."
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    before = _rounds(path, "pitch")
    dialog.reject()
    assert _rounds(path, "pitch") == before


def test_a_read_only_workshop_shows_its_rounds_without_editing(
    window: MainWindow,
    full_demo_file: Path,
    qtbot: QtBot,
    chooser: ScriptedChooser,
    translators: Translators,
) -> None:
    """Opened a second time, the workshop is read-only: its rounds are shown, not editable."""
    assert window.open_path(full_demo_file)
    other = MainWindow(SettingsStore(config_dir()), translators, chooser, window.library)
    qtbot.addWidget(other)
    _, rounds = _open(other, full_demo_file, "crazy-8")
    assert rounds.list.count() == 1
    for key in ("add", "remove", "up", "down", "slots"):
        assert not rounds.buttons[key].isEnabled(), key
    assert not rounds.title_edit.isEnabled()
    other.close_workshop()


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("1:30", 90), ("3", 180), ("0:05", 5), ("90:00", 5400), (" 2 : 07 ", 127), ("1:", 60)],
)
def test_durations_are_typed_as_minutes_and_seconds(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "1:60", "abc", "-1:00", "1:2:3", "1.5"])
def test_what_is_not_a_duration_is_refused(text: str) -> None:
    assert parse_duration(text) is None


def test_the_duration_field_shows_and_takes_minutes_seconds(qtbot: QtBot) -> None:
    spin = DurationSpin(5, 86_400)
    qtbot.addWidget(spin)
    spin.setValue(125)
    assert spin.text() == "2:05"
    spin.setValue(86_400)
    assert spin.text() == "1440:00"
    spin.lineEdit().selectAll()
    type_text(spin.lineEdit(), "99999")  # past 24 h: refused key by key
    assert parse_duration(spin.text()) is not None and spin.value() <= 86_400


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_rounds_box_is_never_cut_on_the_right(
    window: MainWindow, full_demo_file: Path, translators: Translators, language: str
) -> None:
    """Found while looking at it: in a scroll area the form was cut on the right (the
    splitter gave the panel less than the form's fields need). It scrolls only up and
    down, at the smallest laptop screen, in both languages."""
    translators.install(language)  # type: ignore[arg-type]
    window.resize(1280, 720)
    page, rounds = _open(window, full_demo_file, "crazy-8")
    page.editor.duration_spin.setValue(5)  # the warning and its button shown too
    area = page.editor.findChild(QScrollArea)
    assert area is not None
    content = area.widget()
    assert content is not None
    assert area.viewport().width() >= content.minimumSizeHint().width()
    for widget in (rounds.duration_spin, rounds.fit_button, rounds.warning, rounds.list):
        assert widget.width() >= widget.minimumSizeHint().width(), widget
