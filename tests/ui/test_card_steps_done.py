"""A prototype card's next steps ticked « Fait » (issue 21: the activity report counts the
steps done, to do and overdue): with the keyboard, saved at once, one undo step each,
shown again when the card is shown again, never tickable in a read-only window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator.domain import cards
from facilitator.domain.records import NextStep
from facilitator.paths import config_dir
from facilitator.settings import SettingsStore
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.translations import Translators
from facilitator.ui.cards.card_editor import DONE_COLUMN, CardEditor
from facilitator.ui.main_window import MainWindow
from tests.ui.conftest import ScriptedChooser
from tests.ui.helpers import press


def _editor(window: MainWindow, path: Path) -> CardEditor:
    assert window.open_path(path)
    assert window.page is not None
    window.page.show_part("cards")
    return window.page.cards.editor


def _saved_steps(path: Path) -> list[NextStep]:
    opened, saved = WorkshopFile.open(path, read_only=True)
    opened.close()
    return sorted(saved.unordered(NextStep), key=lambda s: (s.card_id, s.position))


def _done_box(editor: CardEditor, row: int) -> Qt.CheckState:
    item = editor.steps.item(row, DONE_COLUMN)
    assert item is not None
    return item.checkState()


def test_space_ticks_a_step_done_saved_and_undone(
    window: MainWindow, full_demo_file: Path, qtbot: QtBot
) -> None:
    editor = _editor(window, full_demo_file)
    header = editor.steps.horizontalHeaderItem(DONE_COLUMN)
    assert header is not None and header.text() == "Done"
    assert editor.steps.rowCount() >= 1 and _done_box(editor, 0) == Qt.CheckState.Unchecked
    step_id = cards.steps_of(editor.document.workshop, editor.card_id or "")[0].id
    editor.steps.setFocus()
    editor.steps.setCurrentCell(0, DONE_COLUMN)
    press(editor.steps, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: editor.document.workshop.require(NextStep, step_id).done)
    assert _done_box(editor, 0) == Qt.CheckState.Checked
    assert next(s for s in _saved_steps(full_demo_file) if s.id == step_id).done
    assert editor.steps.state() != editor.steps.State.EditingState  # a box, not a text field
    stack = editor.document.undo_stack
    assert stack.undoText() == "Mark a next step done"
    stack.undo()
    assert not editor.document.workshop.require(NextStep, step_id).done
    assert _done_box(editor, 0) == Qt.CheckState.Unchecked
    assert not next(s for s in _saved_steps(full_demo_file) if s.id == step_id).done
    stack.redo()
    assert _done_box(editor, 0) == Qt.CheckState.Checked
    press(editor.steps, Qt.Key.Key_Space)  # and back: not done
    qtbot.waitUntil(lambda: not editor.document.workshop.require(NextStep, step_id).done)
    assert stack.undoText() == "Mark a next step not done"


def test_ticking_changes_nothing_else_and_an_unchanged_tick_is_no_step(
    window: MainWindow, full_demo_file: Path
) -> None:
    editor = _editor(window, full_demo_file)
    before = _saved_steps(full_demo_file)
    step = cards.steps_of(editor.document.workshop, editor.card_id or "")[0]
    count = editor.document.undo_stack.count()
    assert editor.set_step_done(step.id, True)
    after = _saved_steps(full_demo_file)
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert len(changed) == 1 and changed[0][1].done and changed[0][1].id == step.id
    assert (changed[0][0].action, changed[0][0].owner, changed[0][0].due_date) == (
        changed[0][1].action,
        changed[0][1].owner,
        changed[0][1].due_date,
    )
    assert editor.set_step_done(step.id, True)  # already done: accepted, nothing pushed
    assert editor.document.undo_stack.count() == count + 1


def test_a_read_only_window_shows_the_ticks_and_cannot_change_them(
    window: MainWindow,
    full_demo_file: Path,
    qtbot: QtBot,
    translators: Translators,
    chooser: ScriptedChooser,
) -> None:
    editor = _editor(window, full_demo_file)
    step = cards.steps_of(editor.document.workshop, editor.card_id or "")[0]
    assert editor.set_step_done(step.id, True)
    other = MainWindow(SettingsStore(config_dir()), translators, chooser)
    qtbot.addWidget(other)
    other.show()
    viewer = _editor(other, full_demo_file)  # already open here: read-only there
    assert viewer.document.read_only
    item = viewer.steps.item(0, DONE_COLUMN)
    assert item is not None and item.checkState() == Qt.CheckState.Checked
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    viewer.steps.setFocus()
    viewer.steps.setCurrentCell(0, DONE_COLUMN)
    press(viewer.steps, Qt.Key.Key_Space)
    assert viewer.steps.item(0, DONE_COLUMN).checkState() == Qt.CheckState.Checked  # type: ignore[union-attr]
    assert next(s for s in _saved_steps(full_demo_file) if s.id == step.id).done
    other.close_workshop()
