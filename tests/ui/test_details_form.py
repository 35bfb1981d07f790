"""Editing the workshop's details by keyboard, as a facilitator would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTime
from pytestqt.qtbot import QtBot

from facilitator.domain.records import Day, Person
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.ui.main_window import MainWindow
from tests.ui.helpers import press, type_text


def _saved(path: Path):  # type: ignore[no-untyped-def]
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return workshop


def _form(window: MainWindow, path: Path):  # type: ignore[no-untyped-def]
    assert window.open_path(path)
    assert window.page is not None
    return window.page.details


def test_typing_a_french_title_is_saved_and_one_undo_step(
    window: MainWindow, demo_file: Path, qtbot: QtBot
) -> None:
    form = _form(window, demo_file)
    form.title_edit.setFocus()
    form.title_edit.selectAll()
    type_text(form.title_edit, "Atelier « mobilités » à Saint-Flour : été 2026 🚲")
    press(form.title_edit, Qt.Key.Key_Return)  # editingFinished commits at once
    expected = "Atelier « mobilités » à Saint-Flour : été 2026 🚲"
    assert _saved(demo_file).info.title == expected
    assert window.page is not None and window.page._title.text() == expected
    assert window.document is not None and window.document.undo_stack.count() == 1
    window.undo_action.trigger()
    assert form.title_edit.text().startswith("Défi public")
    assert _saved(demo_file).info.title.startswith("Défi public")


def test_typing_is_written_after_a_pause_without_leaving_the_field(
    window: MainWindow, demo_file: Path, qtbot: QtBot
) -> None:
    form = _form(window, demo_file)
    form.notes_edit.setFocus()
    form.notes_edit.moveCursor(form.notes_edit.textCursor().MoveOperation.End)
    type_text(form.notes_edit, "\nPrévoir des gommettes.")
    qtbot.waitUntil(lambda: _saved(demo_file).info.notes.endswith("Prévoir des gommettes."))
    assert form.notes_edit.hasFocus()


def test_trailing_space_while_typing_is_not_eaten(
    window: MainWindow, demo_file: Path, qtbot: QtBot
) -> None:
    form = _form(window, demo_file)
    form.place_edit.setFocus()
    form.place_edit.selectAll()
    type_text(form.place_edit, "Mairie ")
    form._bindings[3].commit()  # the pause elapsed mid-word
    assert form.place_edit.text() == "Mairie "  # the space being typed stays
    type_text(form.place_edit, "d’Aurillac")
    press(form.place_edit, Qt.Key.Key_Return)
    assert _saved(demo_file).info.place == "Mairie d’Aurillac"


def test_people_by_keyboard(window: MainWindow, demo_file: Path, qtbot: QtBot) -> None:
    form = _form(window, demo_file)
    editor = form.facilitators
    editor._entry.setFocus()
    type_text(editor._entry, "Zoé Leroy-Nguyễn")
    press(editor._entry, Qt.Key.Key_Return)
    names = [p.name for p in _saved(demo_file).where(Person, role="facilitator")]
    assert names == ["Claire Dumas", "Yanis Benali", "Zoé Leroy-Nguyễn"]
    editor.table.setFocus()
    editor.table.setCurrentCell(0, 0)
    press(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    names = [p.name for p in _saved(demo_file).where(Person, role="facilitator")]
    assert names[1] == "Claire Dumas"
    editor.table.setCurrentCell(2, 0)
    press(editor.table, Qt.Key.Key_Delete)
    names = [p.name for p in _saved(demo_file).where(Person, role="facilitator")]
    assert names == ["Yanis Benali", "Claire Dumas"]
    item = editor.table.item(0, 0)
    item.setText("Yanis Benali-Martin")  # as an in-place edit (F2) ends
    names = [p.name for p in _saved(demo_file).where(Person, role="facilitator")]
    assert names[0] == "Yanis Benali-Martin"


def test_participant_count_and_hint(window: MainWindow, demo_file: Path) -> None:
    form = _form(window, demo_file)
    form.count_spin.setValue(5)
    assert _saved(demo_file).info.participant_count == 5
    assert "more than the count" in form._count_hint.text()


def test_days_are_added_changed_and_removed(window: MainWindow, demo_file: Path) -> None:
    form = _form(window, demo_file)
    form.days._add.click()
    days = _saved(demo_file).all(Day)
    assert [d.date for d in days] == ["2026-03-12", "2026-03-13", "2026-03-14"]
    row = form.days.rows()[2]
    row.date_edit.setDate(QDate(2026, 3, 20))
    row.end_edit.setTime(QTime(16, 30))
    day = _saved(demo_file).all(Day)[2]
    assert (day.date, day.end_time) == ("2026-03-20", "16:30")
    row.start_edit.setTime(QTime(18, 0))  # after the end: refused, said, not saved
    assert window.page is not None and "must end after it starts" in window.page.notice.label.text()
    assert _saved(demo_file).all(Day)[2].start_time == "09:30"
    assert row.start_edit.time() == QTime(9, 30)
    row._remove.click()
    assert len(_saved(demo_file).all(Day)) == 2
    window.undo_action.trigger()
    assert len(form.days.rows()) == 3


def test_long_question_is_refused_with_a_message(window: MainWindow, demo_file: Path) -> None:
    form = _form(window, demo_file)
    form.question_edit.setPlainText("q" * 1500)
    form._bindings[1].commit()
    assert window.page is not None
    assert "too long (1500 characters, at most 1000)" in window.page.notice.label.text()
    assert _saved(demo_file).info.question.startswith("Comment favoriser")


def test_tab_follows_the_reading_order(window: MainWindow, demo_file: Path, qtbot: QtBot) -> None:
    form = _form(window, demo_file)
    window.activateWindow()
    form.title_edit.setFocus()
    order = []
    for _ in range(6):
        order.append(form.focusWidget())
        form.focusNextChild()
    assert order == [
        form.title_edit,
        form.question_edit,
        form.organisation_edit,
        form.place_edit,
        form.language_combo,
        form.notes_edit,
    ]


def test_visiting_a_field_keeps_french_no_break_spaces(window: MainWindow, demo_file: Path) -> None:
    """QPlainTextEdit.toPlainText() turns U+00A0 into spaces: reading it back must not."""
    form = _form(window, demo_file)
    assert "\u00a0:" in _saved(demo_file).info.notes
    form.notes_edit.setFocus()
    form.title_edit.setFocus()  # leaving the notes commits them
    form.commit_pending_typing()
    assert window.document is not None and window.document.undo_stack.count() == 0
    assert "\u00a0:" in _saved(demo_file).info.notes


def test_a_day_has_its_own_place(window: MainWindow, demo_file: Path) -> None:
    form = _form(window, demo_file)
    row = form.days.rows()[1]
    assert row.place_edit.text() == "Salle du conseil, mairie de Saint-Flour"
    row.place_edit.setFocus()
    row.place_edit.selectAll()
    type_text(row.place_edit, "Médiathèque de Murat")
    press(row.place_edit, Qt.Key.Key_Return)
    assert _saved(demo_file).all(Day)[1].place == "Médiathèque de Murat"
    window.undo_action.trigger()
    assert row.place_edit.text() == "Salle du conseil, mairie de Saint-Flour"
