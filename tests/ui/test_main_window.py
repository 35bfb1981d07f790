"""The app shell: home screen, opening, read-only second instance, refusals, language."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.domain import edits
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.translations import Translators
from facilitator.ui.main_window import MainWindow
from tests.storage.test_bad_files import CORPUS
from tests.ui.conftest import ScriptedChooser


def _problem_box(window: MainWindow) -> QMessageBox:
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes, "no message was shown"
    return boxes[-1]


def test_home_lists_recent_workshops(window: MainWindow, demo_file: Path) -> None:
    assert window.home.recent_list.isHidden()
    assert window.open_path(demo_file)
    assert window.close_workshop()
    assert window.home.recent_list.count() == 1
    assert window.stack.currentWidget() is window.home
    item = window.home.recent_list.item(0)
    assert Path(item.data(Qt.ItemDataRole.UserRole)) == demo_file.resolve()


def test_open_the_demo_from_home(window: MainWindow, qtbot: QtBot) -> None:
    window.home.demo_button.click()
    assert window.document is not None
    assert window.document.workshop.info.title.startswith("Défi public")
    assert window.save_indicator.text() == "✓ All changes saved"
    assert window.windowTitle().endswith("— Facilitator")


def test_open_from_the_file_dialog(
    window: MainWindow, chooser: ScriptedChooser, demo_file: Path
) -> None:
    chooser.to_open = demo_file
    window.open_action.trigger()
    assert window.document is not None and window.document.path == demo_file


def test_refused_file_shows_its_reason_and_is_unchanged(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "broken.atelier"
    path.write_bytes(b"SQLite format 3\x00" + bytes(50))
    before = path.read_bytes()
    assert not window.open_path(path)
    box = _problem_box(window)
    assert "truncated" in box.text()
    assert str(path) in box.text()
    assert path.read_bytes() == before
    assert window.document is None
    box.close()


def test_second_window_opens_read_only(
    window: MainWindow,
    demo_file: Path,
    qtbot: QtBot,
    translators: Translators,
    chooser: ScriptedChooser,
) -> None:
    from facilitator.paths import config_dir
    from facilitator.settings import SettingsStore

    assert window.open_path(demo_file)
    other = MainWindow(SettingsStore(config_dir()), translators, chooser)
    qtbot.addWidget(other)
    other.show()
    assert other.open_path(demo_file)
    assert other.document is not None and other.document.read_only
    assert other.page is not None
    assert other.page.read_only_banner.isVisible()
    assert "already open in another Facilitator window" in other.page.read_only_banner.label.text()
    assert other.page.details.title_edit.isReadOnly()
    assert "(read-only)" in other.windowTitle()
    assert other.save_indicator.text() == "Read-only"
    other.close_workshop()


def test_undo_and_redo_from_the_menu(window: MainWindow, demo_file: Path) -> None:
    assert window.open_path(demo_file)
    document = window.document
    assert document is not None
    document.edit("Edit the title", edits.set_info(document.workshop, title="Titre modifié"))
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo Edit the title"
    window.undo_action.trigger()
    assert document.workshop.info.title.startswith("Défi public")
    window.redo_action.trigger()
    assert document.workshop.info.title == "Titre modifié"
    _, reopened = WorkshopFile.open(demo_file, read_only=True)
    assert reopened.info.title == "Titre modifié"


def test_language_switches_without_restart(
    window: MainWindow, demo_file: Path, qtbot: QtBot
) -> None:
    assert window.open_path(demo_file)
    assert window.file_menu.title() == "&File"
    window.set_language("fr")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Fichier")  # LanguageChange is posted
    assert window.page is not None
    assert window.page.navigation.item(0).text() == "Détails"
    assert window.save_indicator.text() == "✓ Toutes les modifications sont enregistrées"
    assert window.page.details.days.rows()[0].date_edit.text().startswith("jeudi 12 mars")
    window.set_language("en")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    assert window._settings.current.language == "en"


def test_write_failure_shows_a_banner_and_retry_clears_it(
    window: MainWindow, demo_file: Path
) -> None:
    assert window.open_path(demo_file)
    document, page = window.document, window.page
    assert document is not None and page is not None
    file = document.file_for_tests()
    file.set_page_limit_for_tests(file.page_count())
    document.edit("notes", edits.set_info(document.workshop, notes="n" * 19_000))
    assert page.write_banner.isVisible()
    assert "is full" in page.write_banner.label.text()
    assert window.save_indicator.text() == "⚠ 1 change not saved"
    file.set_page_limit_for_tests(1_000_000)
    page._retry.click()
    assert not page.write_banner.isVisible()
    assert window.save_indicator.text() == "✓ All changes saved"


def test_an_unexpected_write_error_shows_the_banner_and_retry_clears_it(
    window: MainWindow, demo_file: Path
) -> None:
    """A write refused by something other than the disk (another program's trigger on
    the file: an integrity error) takes the same path: banner, Retry, nothing lost."""
    assert window.open_path(demo_file)
    document, page = window.document, window.page
    assert document is not None and page is not None
    other = sqlite3.connect(demo_file, isolation_level=None)
    other.execute("CREATE TRIGGER no BEFORE UPDATE ON workshop BEGIN SELECT RAISE(ABORT, 'x'); END")
    document.edit("notes", edits.set_info(document.workshop, notes="gardé"))
    document.edit("title", edits.set_info(document.workshop, title="aussi"))
    assert page.write_banner.isVisible()
    assert "not saved" in page.write_banner.label.text()
    assert window.save_indicator.text() == "⚠ 2 changes not saved"
    other.execute("DROP TRIGGER no")
    other.close()
    page._retry.click()
    assert not page.write_banner.isVisible()
    assert window.save_indicator.text() == "✓ All changes saved"
    _, reopened = WorkshopFile.open(demo_file, read_only=True)
    assert (reopened.info.notes, reopened.info.title) == ("gardé", "aussi")


def test_save_a_copy(
    window: MainWindow, demo_file: Path, chooser: ScriptedChooser, tmp_path: Path
) -> None:
    assert window.open_path(demo_file)
    chooser.to_save = tmp_path / "copie.atelier"
    window.save_copy_action.trigger()
    assert window.document is not None and window.document.path == chooser.to_save
    assert chooser.to_save.exists()


def test_closing_with_unsaved_changes_asks_first(window: MainWindow, demo_file: Path) -> None:
    assert window.open_path(demo_file)
    document = window.document
    assert document is not None
    demo_file.unlink()
    document.edit("t", edits.set_info(document.workshop, title="perdu ?"))
    asked: list[bool] = []

    def keep_open() -> bool:
        asked.append(True)
        return False

    window._confirm_discard = keep_open  # type: ignore[method-assign]
    assert not window.close_workshop()
    assert asked and window.document is document


@pytest.mark.parametrize("name", list(CORPUS))
def test_every_bad_file_is_refused_by_the_app(
    window: MainWindow, name: str, demo_file: Path, tmp_path: Path
) -> None:
    maker, words, _ = CORPUS[name]
    path = maker(demo_file, tmp_path)
    before = path.read_bytes() if path.is_file() else None
    assert not window.open_path(path)
    box = _problem_box(window)
    assert words in box.text()
    assert (path.read_bytes() if path.is_file() else None) == before
    assert window.document is None
    box.close()


def test_new_workshop_from_the_dialog(
    window: MainWindow, chooser: ScriptedChooser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator.ui.dialogs import NewWorkshopDialog

    def accept(dialog: NewWorkshopDialog) -> int:
        dialog.title_edit.setText("Atelier flash : accueil")
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
        return int(NewWorkshopDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(NewWorkshopDialog, "exec", accept)
    chooser.to_save = tmp_path / "flash.atelier"
    assert window.new_workshop()
    assert window.document is not None
    assert window.document.path == chooser.to_save
    assert window.document.workshop.info.title == "Atelier flash : accueil"
    assert window.document.workshop.info.language == "en"
