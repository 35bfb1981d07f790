"""The Groups page as a facilitator uses it in the room (issue 18): a grouping made, drawn
again, a person dragged or moved by the menu to another table, someone marked absent in
one click and back, wishes, undo for each step, and the groups on the projector, every
name readable at sizes from 800x600 to 4K, 300 participants over pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from facilitator.domain import edits, groupings
from facilitator.domain.records import GroupingInfo, Idea, Person, PrototypeCard
from facilitator.domain.workshop import Workshop
from facilitator.storage.lock import WorkshopLock
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.ui.groups.dialogs import GroupingSettings, NewGroupingDialog, WishDialog
from facilitator.ui.groups.grouping_page import (
    PERSON_MIME,
    GroupingPage,
    MemberList,
)
from facilitator.ui.groups.projected_groups import ProjectedGroups
from facilitator.ui.main_window import MainWindow
from facilitator.ui.readable import floor_px
from tests.domain.rosters import roster_workshop

PROJECTORS = [QSize(800, 600), QSize(1024, 768), QSize(1920, 1080), QSize(3840, 2160)]


def _saved(path: Path) -> Workshop:
    file, saved = WorkshopFile.open(path, read_only=True)
    file.close()
    return saved


@pytest.fixture
def roster_file(tmp_path: Path) -> Path:
    path = tmp_path / "tables.atelier"
    WorkshopFile.create(path, roster_workshop(18)).close()
    return path


@pytest.fixture
def page(window: MainWindow, roster_file: Path) -> GroupingPage:
    assert window.open_path(roster_file)
    assert window.page is not None
    window.page.show_part("groups")
    return window.page.groups


def _made(page: GroupingPage, count: int = 4, seed: int = 7) -> str:
    grouping_id = page.make_grouping(GroupingSettings("Jour 1", "count", count, seed=seed))
    assert grouping_id is not None
    return grouping_id


def _team_lists(page: GroupingPage) -> list[MemberList]:
    return [card.members for card in page.cards.values()]


def _drop(target: MemberList, person_id: str | bytes, row: int = 0) -> None:
    """A person dragged over `target` and dropped on its row `row`, as a drag from
    another list ends (QDrag.exec itself cannot run offscreen)."""
    data = QMimeData()
    data.setData(
        PERSON_MIME, person_id if isinstance(person_id, bytes) else person_id.encode("ascii")
    )
    rect = target.visualItemRect(target.item(row)) if target.count() > row else target.rect()
    enter = QDragEnterEvent(
        rect.center(),
        Qt.DropAction.MoveAction | Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target.viewport(), enter)
    assert enter.isAccepted()  # the list takes a person
    event = QDropEvent(
        QPointF(rect.center()),
        Qt.DropAction.MoveAction | Qt.DropAction.CopyAction,  # what a member list offers
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target.viewport(), event)
    assert event.isAccepted()
    assert event.dropAction() == Qt.DropAction.CopyAction  # the source list removes nothing


def test_an_empty_page_says_what_to_do(page: GroupingPage) -> None:
    assert not page.empty.isHidden()
    assert "New grouping" in page.empty.text()
    assert not page.buttons["rename"].isEnabled() and page.buttons["new"].isEnabled()


def test_a_grouping_made_shown_undone_and_redone(
    page: GroupingPage, roster_file: Path, qtbot: QtBot
) -> None:
    grouping_id = _made(page)
    workshop = page.document.workshop
    teams = groupings.teams_of(workshop, grouping_id)
    assert [page.cards[t.id].name.full_text() for t in teams] == [
        "Groupe 1",
        "Groupe 2",
        "Groupe 3",
        "Groupe 4",
    ]
    by_team = groupings.members_by_team(workshop, grouping_id)
    for team in teams:
        shown = page.cards[team.id].members
        assert shown.people() == [p.id for p in by_team[team.id]]
        first = by_team[team.id][0]
        assert shown.item(0).text() == f"{first.name}\n{first.organisation} · {first.job}"
    assert page.grouping_combo.currentText() == "Jour 1"
    assert "draw number 7" in page.summary.full_text()
    assert "No two people of the same organisation share a group." in page.report_text.text()
    assert _saved(roster_file).get(GroupingInfo, grouping_id) is not None
    page.document.undo_stack.undo()
    assert page.cards == {} and page.grouping_combo.count() == 0
    assert not page.empty.isHidden()
    page.document.undo_stack.redo()
    assert len(page.cards) == 4


def test_the_new_grouping_dialog_asks_and_refuses_without_participants(
    page: GroupingPage, qtbot: QtBot, tmp_path: Path, window: MainWindow
) -> None:
    dialog = NewGroupingDialog(page.document)
    qtbot.addWidget(dialog)
    dialog.by_count.setChecked(True)
    dialog.group_count.setValue(3)
    dialog.choose_seed.setChecked(True)
    dialog.seed.setText("12345")
    dialog.balance.setChecked(True)
    settings = dialog.settings()
    assert settings == GroupingSettings("Répartition 1", "count", 3, True, 12345, None)
    made = page.make_grouping(settings)
    info = page.document.workshop.require(GroupingInfo, made or "")
    assert (info.seed, info.balance_roles) == (12345, True)
    empty = tmp_path / "vide.atelier"
    WorkshopFile.create(empty, roster_workshop(0)).close()
    assert window.open_path(empty) and window.page is not None
    nobody = NewGroupingDialog(window.page.groups.document)
    qtbot.addWidget(nobody)
    assert not nobody.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "No participant yet" in nobody.people.text()
    assert "No participant yet" in window.page.groups.empty.text()


def test_more_groups_than_people_is_said_and_nothing_made(
    page: GroupingPage, window: MainWindow
) -> None:
    assert page.make_grouping(GroupingSettings("Trop", "count", 40)) is None
    assert window.page is not None
    assert window.page.notice.isVisible()
    assert window.page.notice.label.text() == (
        "40 groups for 18 people present: there cannot be more groups than people."
    )
    assert page.document.workshop.all(GroupingInfo) == []
    assert page.document.undo_stack.count() == 0


def test_draw_again_keeps_the_tables_and_is_undone(page: GroupingPage) -> None:
    grouping_id = _made(page)
    workshop = page.document.workshop
    before = [list(m.people()) for m in _team_lists(page)]
    seed = workshop.require(GroupingInfo, grouping_id).seed
    page.tool_buttons["draw"].click()
    after = [list(m.people()) for m in _team_lists(page)]
    assert workshop.require(GroupingInfo, grouping_id).seed != seed
    assert sorted(p for m in after for p in m) == sorted(p for m in before for p in m)
    assert page.document.undo_stack.undoText() == "Draw again"
    page.document.undo_stack.undo()
    assert [list(m.people()) for m in _team_lists(page)] == before


def test_a_person_dragged_to_another_table(
    page: GroupingPage, roster_file: Path, qtbot: QtBot
) -> None:
    grouping_id = _made(page, count=3)
    teams = groupings.teams_of(page.document.workshop, grouping_id)
    source, target = page.cards[teams[0].id].members, page.cards[teams[1].id].members
    person = source.people()[0]
    _drop(target, person, row=1)
    qtbot.waitUntil(lambda: person in target.people())
    assert target.people()[1] == person and person not in source.people()
    assert page.cards[teams[1].id].size_label.text() == "(7)"
    assert "The groups are uneven: from 5 to 7 people" in page.report_text.text()
    saved = _saved(roster_file)
    assert groupings.team_of(saved, grouping_id, person) == teams[1].id
    page.document.undo_stack.undo()
    assert person in page.cards[teams[0].id].members.people()


def test_a_person_moved_by_the_keyboard_menu(page: GroupingPage, qtbot: QtBot) -> None:
    grouping_id = _made(page, count=3)
    teams = groupings.teams_of(page.document.workshop, grouping_id)
    person = page.cards[teams[2].id].members.people()[-1]
    page.select_person(person)
    assert page.selected_person() == person
    page.move_menu()
    menu = page._menu
    assert menu is not None
    actions = menu.actions()
    assert [a.text() for a in actions] == ["Groupe 1", "Groupe 2", "Groupe 3"]
    assert not actions[2].isEnabled()  # already there
    actions[0].trigger()
    menu.close()
    assert person in page.cards[teams[0].id].members.people()
    assert page.document.undo_stack.undoText() == "Move a person"


def test_absent_in_one_click_and_back_to_the_smallest_table(
    page: GroupingPage, roster_file: Path, qtbot: QtBot
) -> None:
    grouping_id = _made(page, count=4)  # 5, 5, 4, 4
    teams = groupings.teams_of(page.document.workshop, grouping_id)
    members = page.cards[teams[0].id].members
    person = members.people()[0]
    members.item(0).setCheckState(Qt.CheckState.Unchecked)  # the one click (or Space)
    qtbot.waitUntil(lambda: page.absent_list.people() == [person])
    assert person not in page.cards[teams[0].id].members.people()
    assert page.absent_list.item(0).checkState() == Qt.CheckState.Unchecked
    assert groupings.absent_ids(_saved(roster_file), grouping_id) == {person}
    assert page.document.undo_stack.undoText() == "Mark absent"
    # Ticked again: back, in the smallest table (the first of the smallest).
    sizes = {t.id: len(page.cards[t.id].members.people()) for t in teams}
    smallest = min(teams, key=lambda t: (sizes[t.id], t.position))
    page.absent_list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: page.absent_list.people() == [])
    assert person in page.cards[smallest.id].members.people()
    # The tool button does the same for the selected person; dropping on Absent too.
    other = page.cards[teams[1].id].members.people()[0]
    page.select_person(other)
    page.tool_buttons["absent"].click()
    assert page.absent_list.people() == [other]
    third = page.cards[teams[2].id].members.people()[0]
    _drop(page.absent_list, third)
    qtbot.waitUntil(lambda: third in page.absent_list.people())


def test_wishes_from_ticked_people_are_kept_at_the_next_draws(
    page: GroupingPage, qtbot: QtBot
) -> None:
    grouping_id = _made(page, count=3)
    people = groupings.participants(page.document.workshop)
    dialog = WishDialog(page.document)
    qtbot.addWidget(dialog)
    assert not dialog.together.isEnabled()
    dialog.filter.setText("Personne 00")
    assert sum(not dialog.people.item(n).isHidden() for n in range(dialog.people.count())) == 10
    dialog.tick([people[0].id, people[6].id])
    assert dialog.together.isEnabled()
    dialog.together.click()
    assert dialog.kind == "together"
    page.add_wish(dialog.kind, dialog.ticked())
    assert page.wish_list.item(0).text() == "Together: Personne 000, Personne 006"
    for _ in range(3):
        page.draw_again()
        workshop = page.document.workshop
        assert groupings.team_of(workshop, grouping_id, people[0].id) == groupings.team_of(
            workshop, grouping_id, people[6].id
        )
    page.wish_list.setCurrentRow(0)
    page.buttons["wish_remove"].click()
    assert page.wish_list.count() == 0


def test_teams_renamed_one_by_one_or_as_tables(page: GroupingPage, window: MainWindow) -> None:
    grouping_id = _made(page, count=3)
    teams = groupings.teams_of(page.document.workshop, grouping_id)
    page.rename_team(teams[0].id, "Table des élus")
    assert page.cards[teams[0].id].name.full_text() == "Table des élus"
    page.rename_team(teams[1].id, "TABLE DES  ÉLUS")
    assert window.page is not None  # refused, and said
    assert window.page.notice.label.text() == (
        "Another group of this grouping is already called “TABLE DES  ÉLUS”."
    )
    assert page.cards[teams[1].id].name.full_text() == "Groupe 2"
    page.tool_buttons["tables"].click()
    assert [page.cards[t.id].name.full_text() for t in teams] == ["Table 1", "Table 2", "Table 3"]


def test_the_groups_on_the_projector(page: GroupingPage, window: MainWindow, qtbot: QtBot) -> None:
    grouping_id = _made(page, count=3)
    page.buttons["projector"].click()
    assert window.page is not None
    projector = window.page.run.projector
    assert projector is not None and projector.isVisible()
    shown = page.projected
    assert projector.results_widget is shown and shown.isVisible()
    text = shown.text()
    workshop = page.document.workshop
    assert text.splitlines()[0] == "Jour 1"
    for team in groupings.teams_of(workshop, grouping_id):
        assert team.name in text.splitlines()
    for person in groupings.participants(workshop):
        assert person.name in text.splitlines()
    assert "Claire Dumas" not in text  # the facilitator is not at a table
    assert shown.text_px() >= floor_px(projector.height())
    # Moved meanwhile: the room sees it.
    teams = groupings.teams_of(workshop, grouping_id)
    page.rename_team(teams[0].id, "Table des élus")
    assert "Table des élus" in shown.text().splitlines()
    # A name corrected on the Details page while the room looks: the room sees it.
    window.page.show_part("details")
    person = groupings.participants(workshop)[0]
    page.document.edit("Rename", edits.set_person(workshop, person.id, name="Zoé Renommée"))
    assert "Zoé Renommée" in shown.text().splitlines()
    window.page.show_part("groups")  # the page itself, filled again when shown
    texts = [m.item(n).text() for m in _team_lists(page) for n in range(m.count())]
    assert any(text.startswith("Zoé Renommée\n") for text in texts)
    window.page.run.close_projector()


@pytest.mark.parametrize("size", PROJECTORS)
def test_three_hundred_participants_readable_over_pages(qtbot: QtBot, size: QSize) -> None:
    """Every name on some page, once, never under the room's floor, at each size."""
    teams = [(f"Table {t + 1}", [f"Prénom{t}-{n} Nom" for n in range(6)]) for t in range(50)]
    shown = ProjectedGroups()
    qtbot.addWidget(shown)
    shown.set_content("Tables", teams, lambda n, total: f"Page {n}/{total}", "")
    shown.resize(size)
    total = shown.page_count()
    assert 1 < total <= 15
    names: list[str] = []
    for number in range(total):
        shown.page_number = number
        lines = shown.text().splitlines()
        names += [line for line in lines if line.startswith("Prénom")]
        assert shown.text_px() >= floor_px(size.height())
    assert sorted(names) == sorted(n for _t, members in teams for n in members)
    shown.page_number = 0
    shown.next_page()
    assert shown.page_number == 1
    shown.page_number = total - 1
    shown.next_page()
    assert shown.page_number == 0  # round again
    assert not shown.grab().isNull()


def test_a_few_tables_fill_the_screen_in_large_type(qtbot: QtBot) -> None:
    shown = ProjectedGroups()
    qtbot.addWidget(shown)
    shown.set_content(
        "Jour 1", [("Table 1", ["Ana", "Bo"]), ("Table 2", ["Cy"])], lambda n, t: f"{n}/{t}", ""
    )
    shown.resize(1920, 1080)
    assert shown.page_count() == 1
    assert shown.text_px() > 2 * floor_px(1080)
    shown.set_content("Jour 1", [], lambda n, t: f"{n}/{t}", "No group yet")
    assert shown.text().splitlines() == ["Jour 1", "No group yet"]


def test_a_removed_participant_leaves_the_page(page: GroupingPage) -> None:
    """The people editor's Remove (edits.remove_person, as the editor calls it)."""
    grouping_id = _made(page, count=3)
    person = groupings.participants(page.document.workshop)[0]
    page.document.edit("Remove", edits.remove_person(page.document.workshop, person.id))
    workshop = page.document.workshop
    assert workshop.get(Person, person.id) is None
    assert all(person.id not in members.people() for members in _team_lists(page))
    assert sum(len(members.people()) for members in _team_lists(page)) == 17
    assert workshop.dangling_references() == []
    page.document.undo_stack.undo()
    assert groupings.team_of(page.document.workshop, grouping_id, person.id) is not None
    assert sum(len(members.people()) for members in _team_lists(page)) == 18


def test_read_only_shows_but_does_not_edit(window: MainWindow, roster_file: Path) -> None:
    workshop = _saved(roster_file)
    made = groupings.new_grouping(workshop, rule="count", amount=2, seed=1)
    file, _ = WorkshopFile.open(roster_file)
    file.apply(made.changes)
    file.close()
    lock = WorkshopLock(roster_file)  # open in another Facilitator window
    assert lock.acquire()
    try:
        assert window.open_path(roster_file) and window.page is not None
        page = window.page.groups
        assert page.document.read_only
        assert len(page.cards) == 2
        assert not page.buttons["new"].isEnabled()
        assert not page.tool_buttons["draw"].isEnabled()
        members = _team_lists(page)[0]
        assert not members.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable
        assert page.buttons["projector"].isEnabled()
    finally:
        window.close_workshop()
        lock.release()


def test_cards_and_notes_say_which_team_made_them(window: MainWindow, full_demo_file: Path) -> None:
    """The demo's tables tag a prototype card (its editor's chooser) and two notes (the
    board's Team… menu, Ctrl+T); deleting the grouping untags them, undo tags them back."""
    assert window.open_path(full_demo_file) and window.page is not None
    page = window.page
    workshop = page.document.workshop
    (grouping,) = groupings.groupings_of(workshop)
    tables = groupings.teams_of(workshop, grouping.id)
    page.show_part("cards")
    editor = page.cards.editor
    assert not editor._team_row.isHidden()
    assert [editor.team.itemText(n) for n in range(editor.team.count())] == [
        "No group",
        "Table 1",
        "Table 2",
        "Table 3",
    ]
    editor.team.setCurrentIndex(2)
    editor.team.activated.emit(2)
    card = page.document.workshop.require(PrototypeCard, editor.card_id or "")
    assert card.team_id == tables[1].id
    assert page.document.undo_stack.undoText() == "Say which group made a card"
    page.show_part("board")
    scene = page.board.scene
    assert scene is not None
    notes = list(scene.notes.values())[:2]
    for note in notes:
        note.setSelected(True)
    page.board.team_menu()
    menu = page.board._menu
    assert menu is not None
    assert [a.text() for a in menu.actions()] == ["No group", "Table 1", "Table 2", "Table 3"]
    assert menu.actions()[0].isChecked()  # no team yet
    menu.actions()[3].trigger()
    menu.close()
    ids = [note.idea.id for note in notes]
    assert {page.document.workshop.require(Idea, i).team_id for i in ids} == {tables[2].id}
    page.show_part("groups")
    page.groups.delete_grouping()
    assert page.document.workshop.require(PrototypeCard, card.id).team_id is None
    assert {page.document.workshop.require(Idea, i).team_id for i in ids} == {None}
    page.show_part("cards")
    assert editor._team_row.isHidden()  # no team left to choose
    page.document.undo_stack.undo()
    assert page.document.workshop.require(PrototypeCard, card.id).team_id == tables[1].id
    assert editor.team.currentText() == "Table 2"


def test_a_drop_from_elsewhere_changes_nothing(
    page: GroupingPage, window: MainWindow, qtbot: QtBot
) -> None:
    """Data dropped from another program with our format: an id that is nobody, bytes
    that are no text, a facilitator's id (refused in a sentence)."""
    grouping_id = _made(page, count=3)
    target = _team_lists(page)[0]
    before = page.document.workshop.copy()
    for foreign in (b"nobody", b"\xff\x00\xfe" * 3, b"x" * 100_000):
        _drop(target, foreign)
    qtbot.wait(10)  # the drops' moves run after the drag, from the event loop
    assert page.document.workshop == before
    facilitator = page.document.workshop.where(Person, role="facilitator")[0]
    _drop(target, facilitator.id)
    qtbot.waitUntil(lambda: window.page is not None and window.page.notice.isVisible())
    assert window.page is not None
    assert window.page.notice.label.text() == (
        "Claire Dumas is not a participant: only participants are put in groups."
    )
    assert page.document.workshop == before
    assert groupings.team_of(page.document.workshop, grouping_id, facilitator.id) is None


def test_long_names_stay_on_one_line_and_readable_on_the_projector(qtbot: QtBot) -> None:
    long_name = "Marie-Christine " + "Durand-" * 40 + "Dupont"
    teams = [("Table " + "très longue " * 8, [long_name, "Ana"]), ("Table 2", ["إيمان", "😀 Zoé"])]
    shown = ProjectedGroups()
    qtbot.addWidget(shown)
    shown.set_content("Jour 1", teams, lambda n, t: f"{n}/{t}", "")
    for size in PROJECTORS:
        shown.resize(size)
        lines = shown.text().splitlines()
        assert any(line.startswith("Marie-Christine") and line.endswith("…") for line in lines)
        assert "إيمان" in lines and "😀 Zoé" in lines
        assert shown.text_px() >= floor_px(size.height())
        page = shown.page()
        assert all(line.box.right() <= size.width() for line in page.lines)
