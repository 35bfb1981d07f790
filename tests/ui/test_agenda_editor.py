"""The agenda editor, driven as a facilitator would: library, drag, keyboard, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from facilitator.domain.records import AgendaItem, Day
from facilitator.domain.schedule import clock
from facilitator.domain.workshop import Workshop
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.ui.agenda.agenda_page import AgendaPage
from facilitator.ui.main_window import MainWindow
from tests.ui.conftest import ScriptedChooser
from tests.ui.helpers import press, type_text


def _saved(path: Path) -> Workshop:
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return workshop


def _titles(workshop: Workshop, day_index: int = 0) -> list[str]:
    day = workshop.all(Day)[day_index]
    return [i.title for i in workshop.where(AgendaItem, day_id=day.id)]


@pytest.fixture
def page(window: MainWindow, full_demo_file: Path) -> AgendaPage:
    assert window.open_path(full_demo_file)
    assert window.page is not None
    window.page.show_part("agenda")
    return window.page.agenda


def _time_of(page: AgendaPage, row: int) -> str:
    return str(page.model.index(row, 0).data())


def test_add_from_the_library_by_search_and_enter(
    page: AgendaPage, full_demo_file: Path, window: MainWindow
) -> None:
    before = _titles(_saved(full_demo_file))
    page.select_item(page.model.timed(1).item.id)  # type: ignore[union-attr]
    page.library_panel.search.setFocus()
    type_text(page.library_panel.search, "crazy")
    assert page.library_panel.filter.rowCount() == 1
    press(page.library_panel.search, Qt.Key.Key_Return)
    after = _titles(_saved(full_demo_file))
    assert after == [*before[:2], "Crazy 8", *before[2:]]
    assert page.editor.title_edit.text() == "Crazy 8"  # the new item is selected
    window.undo_action.trigger()
    assert _titles(_saved(full_demo_file)) == before


def test_library_filters_by_category_and_duration(page: AgendaPage) -> None:
    panel = page.library_panel
    total = panel.filter.rowCount()
    assert total >= 30
    panel.category.setCurrentIndex(panel.category.findData("closing"))
    panel._refilter()
    assert 0 < panel.filter.rowCount() < total
    panel.duration.setCurrentIndex(1)  # up to 15 min
    panel._refilter()
    for row in range(panel.filter.rowCount()):
        method = panel._library.methods[
            str(panel.filter.index(row, 0).data(Qt.ItemDataRole.UserRole))
        ]
        assert method.category == "closing" and method.duration <= 15
    panel.search.setText("écart")  # accents and case aside
    panel.category.setCurrentIndex(0)
    panel.duration.setCurrentIndex(0)
    panel._refilter()
    assert panel.filter.rowCount() >= 0


def test_reorder_by_drag_and_drop(page: AgendaPage, full_demo_file: Path) -> None:
    before = _titles(_saved(full_demo_file))
    mime = page.model.mimeData([page.model.index(0, 2)])
    # Drop the first item between rows 3 and 4, as the view does on release.
    assert page.model.canDropMimeData(mime, Qt.DropAction.MoveAction, 4, 0, QModelIndex())
    page.model.dropMimeData(mime, Qt.DropAction.MoveAction, 4, 0, QModelIndex())
    after = _titles(_saved(full_demo_file))
    assert after == [*before[1:4], before[0], *before[4:]]
    assert _time_of(page, 0).startswith("09:30")  # times recomputed from the day's start


def test_drop_a_method_from_the_library(page: AgendaPage, full_demo_file: Path) -> None:
    panel = page.library_panel
    row = next(r for r in range(panel.model.rowCount()) if panel.model.methods[r].id == "pitch")
    mime = panel.model.mimeData([panel.model.index(row, 0)])
    page.model.dropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    assert _titles(_saved(full_demo_file))[0] == "Pitch"


def test_reorder_by_keyboard(page: AgendaPage, full_demo_file: Path, window: MainWindow) -> None:
    before = _titles(_saved(full_demo_file))
    page.select_item(page.model.timed(2).item.id)  # type: ignore[union-attr]
    page.table.setFocus()
    press(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    after = _titles(_saved(full_demo_file))
    assert after == [before[0], before[2], before[1], *before[3:]]
    assert page.current_item_id() == page.model.timed(1).item.id  # type: ignore[union-attr]
    press(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    press(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _titles(_saved(full_demo_file))[3] == before[2]
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert _titles(_saved(full_demo_file)) == before


def test_changing_a_duration_recomputes_the_times(
    page: AgendaPage, full_demo_file: Path, window: MainWindow
) -> None:
    next_start = _time_of(page, 2)
    page.select_item(page.model.timed(1).item.id)  # type: ignore[union-attr]
    duration = page.editor.duration_spin.value()
    page.editor.duration_spin.setValue(duration + 20)
    schedule = page.model.schedule
    assert schedule is not None
    assert clock(schedule.items[2].start) == _add(next_start[:5], 20)
    assert _time_of(page, 2).startswith(_add(next_start[:5], 20))
    assert "past the planned end" in page.day_info.text()
    saved = _saved(full_demo_file)
    assert saved.where(AgendaItem, day_id=saved.all(Day)[0].id)[1].duration_min == duration + 20
    window.undo_action.trigger()
    assert _time_of(page, 2) == next_start


def _add(time: str, minutes: int) -> str:
    hours, rest = divmod(int(time[:2]) * 60 + int(time[3:5]) + minutes, 60)
    return f"{hours:02d}:{rest:02d}"


def test_selecting_items_changes_nothing(page: AgendaPage, window: MainWindow) -> None:
    assert window.document is not None
    for row in range(page.model.rowCount()):
        page.select_item(page.model.timed(row).item.id)  # type: ignore[union-attr]
        assert page.editor.title_edit.text() == page.model.timed(row).item.title  # type: ignore[union-attr]
    assert window.document.undo_stack.count() == 0


def test_editing_the_title_and_instructions(
    page: AgendaPage, full_demo_file: Path, window: MainWindow
) -> None:
    page.select_item(page.model.timed(0).item.id)  # type: ignore[union-attr]
    page.editor.title_edit.setFocus()
    page.editor.title_edit.selectAll()
    type_text(page.editor.title_edit, "Mot d’accueil du sous-préfet")
    page.select_item(page.model.timed(1).item.id)  # type: ignore[union-attr] # leaving commits
    assert _titles(_saved(full_demo_file))[0] == "Mot d’accueil du sous-préfet"
    assert _titles(_saved(full_demo_file))[1] != "Mot d’accueil du sous-préfet"


def test_breaks_free_activities_duplicate_move_and_remove(
    page: AgendaPage, full_demo_file: Path
) -> None:
    count = page.model.rowCount()
    page._buttons["break"].click()
    page._buttons["activity"].click()
    assert page.model.rowCount() == count + 2
    page.duplicate_current()
    assert page.model.rowCount() == count + 3
    item_id = page.current_item_id()
    assert item_id is not None
    second_day = page.days()[1].id
    page.move_to_day(item_id, second_day)
    assert page.model.rowCount() == count + 2
    assert item_id in [i.id for i in _saved(full_demo_file).where(AgendaItem, day_id=second_day)]
    page.select_item(page.model.timed(0).item.id)  # type: ignore[union-attr]
    page.table.setFocus()
    press(page.table, Qt.Key.Key_Delete)
    assert page.model.rowCount() == count + 1


def test_days_add_and_duplicate(page: AgendaPage, full_demo_file: Path) -> None:
    page.duplicate_day_action.trigger()
    saved = _saved(full_demo_file)
    assert len(saved.all(Day)) == 3
    assert _titles(saved, 1) == _titles(saved, 0)
    assert page.day_tabs.currentIndex() == 1
    page.add_day_action.trigger()
    assert len(_saved(full_demo_file).all(Day)) == 4
    assert page.model.rowCount() == 0


def test_exports_from_the_menu(
    window: MainWindow, page: AgendaPage, chooser: ScriptedChooser, tmp_path: Path
) -> None:
    for key, name in (
        ("agenda_participants", "out.pdf"),
        ("agenda_facilitator", "out2.pdf"),
        ("calendar", "out.ics"),
        ("markdown", "out.md"),
        ("json", "out.json"),
    ):
        chooser.to_export = tmp_path / name
        window.exports.actions[key].trigger()
        assert chooser.to_export.exists() and chooser.to_export.stat().st_size > 100, key
    assert chooser.export_names[0].endswith("-programme.pdf")
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")


def test_save_as_template_then_start_a_new_workshop_from_it(
    window: MainWindow, page: AgendaPage, full_demo_file: Path
) -> None:
    path = window.exports.save_template_named("Notre format rural")
    assert path is not None and path.exists()
    template = window.library.templates[path.stem]
    assert template.origin == "personal"
    assert window.library.total_minutes(template) == sum(
        i.duration_min for i in _saved(full_demo_file).all(AgendaItem)
    )


def test_read_only_agenda_cannot_be_changed(
    window: MainWindow,
    full_demo_file: Path,
    qtbot: QtBot,
    translators: object,
    chooser: ScriptedChooser,
) -> None:
    from facilitator.paths import config_dir
    from facilitator.settings import SettingsStore
    from facilitator.translations import Translators

    assert window.open_path(full_demo_file)
    assert isinstance(translators, Translators)
    other = MainWindow(SettingsStore(config_dir()), translators, chooser, window.library)
    qtbot.addWidget(other)
    assert other.open_path(full_demo_file)
    assert other.page is not None
    agenda = other.page.agenda
    assert not agenda.library_panel.isEnabled()
    assert not agenda._buttons["remove"].isEnabled()
    mime = agenda.model.mimeData([agenda.model.index(0, 2)])
    assert not agenda.model.canDropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    other.close_workshop()


def test_a_shared_template_folder_from_the_settings(
    window: MainWindow, chooser: ScriptedChooser, tmp_path: Path, full_demo_file: Path
) -> None:
    from facilitator.storage.library_files import save_template

    shared = tmp_path / "dossier-du-lab"
    save_template(_saved(full_demo_file), "Format du lab", "", shared)
    chooser.folder = shared
    window.show_settings()
    dialog = window.settings_dialog
    assert dialog is not None
    dialog._add_folder.click()
    assert window._settings.current.template_folders == (str(shared),)
    assert window.library.templates["format-du-lab"].origin == "shared"
    dialog.folders.setCurrentRow(0)
    dialog._remove_folder.click()
    assert "format-du-lab" not in window.library.templates
    dialog.close()
