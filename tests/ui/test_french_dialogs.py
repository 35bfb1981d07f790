"""French in the dialogs that are not ours, and in the synthesis progress window (issue 17).

Qt's file dialog (the one drawn by Qt itself, used wherever the desktop offers no native
dialog: here offscreen, on many Linux desktops) showed "Look in" and "Files of type"
in the French interface: PySide6 ships qtbase_fr.qm, which we load, but it lacks those
two labels since Qt 6 gave them a mnemonic. The synthesis progress window was English
too (its strings looked up under another context than the .ts file's).

Each dialog is read in French and in English; a text that is the same in both must be
one of `SAME_IN_BOTH` (words French and English spell alike).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QLabel,
    QPushButton,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from facilitator.domain.demo import demo_workshop
from facilitator.export.synthesis_sections import SECTIONS
from facilitator.translations import Translators
from facilitator.ui.main_window import MainWindow
from facilitator.ui.synthesis_export import SynthesisExport, run_with_progress

SAME_IN_BOTH = {"OK", "Type"}


def test_pyside_ships_qt_s_own_french_translation() -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_fr.qm").stat().st_size > 100_000


def _file_dialog(qtbot: QtBot, mode: QFileDialog.AcceptMode, folder: Path) -> QFileDialog:
    dialog = QFileDialog(None, "", str(folder), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _texts(dialog: QWidget) -> dict[str, str]:
    """Every text a person reads on `dialog` (labels, buttons, tool tips, accessible
    names, column headers, context menu), keyed by where it is."""
    found: dict[str, str] = {}
    for index, widget in enumerate(dialog.findChildren(QWidget)):
        key = f"{widget.objectName() or type(widget).__name__}#{index}"
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            found[key + " text"] = widget.text()
        if widget.toolTip():
            found[key + " tip"] = widget.toolTip()
        if widget.accessibleName():
            found[key + " name"] = widget.accessibleName()
        if isinstance(widget, QTreeView):
            model = widget.header().model()
            for column in range(model.columnCount()):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                found[f"{key} column {column}"] = str(header)
    for index, action in enumerate(dialog.findChildren(QAction)):
        if action.text():
            found[f"{action.objectName()}#{index} action"] = action.text()
    return found


@pytest.fixture
def switch(translators: Translators) -> Iterator[Translators]:
    yield translators
    translators.install("en")


@pytest.mark.parametrize(
    "mode", [QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave]
)
def test_qt_s_file_dialog_is_french_in_the_french_interface(
    qtbot: QtBot, switch: Translators, tmp_path: Path, mode: QFileDialog.AcceptMode
) -> None:
    switch.install("fr")
    french = _texts(_file_dialog(qtbot, mode, tmp_path))
    switch.install("en")
    english = _texts(_file_dialog(qtbot, mode, tmp_path))
    assert french.keys() == english.keys() and len(french) > 30
    same = {french[key] for key in french if french[key] == english[key]}
    assert same <= SAME_IN_BOTH, same
    labels = {key.split("#")[0]: text for key, text in french.items() if key.endswith(" text")}
    assert labels["lookInLabel"] == "&Voir dans\u00a0:"
    assert labels["fileTypeLabel"] == "Fichiers de &type\u00a0:"
    assert labels["fileNameLabel"] == "&Nom de fichier\u00a0:"


def test_an_open_file_dialog_follows_a_live_switch_of_language(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _file_dialog(qtbot, QFileDialog.AcceptMode.AcceptSave, tmp_path)
    look_in = dialog.findChild(QLabel, "lookInLabel")
    assert look_in is not None and look_in.text() == "&Look in:"
    window.set_language("fr")
    try:
        qtbot.waitUntil(lambda: look_in.text() == "&Voir dans\u00a0:")
        buttons = {button.text().replace("&", "") for button in dialog.findChildren(QPushButton)}
        assert {"Enregistrer", "Annuler"} <= buttons, buttons
    finally:
        window.set_language("en")
    qtbot.waitUntil(lambda: look_in.text() == "&Look in:")


def test_the_synthesis_progress_window_is_french(
    qtbot: QtBot, switch: Translators, tmp_path: Path
) -> None:
    """The issue's example: every text of the progress window, in French."""
    switch.install("fr")
    parent = QWidget()
    qtbot.addWidget(parent)
    export = SynthesisExport(demo_workshop(), tmp_path / "synthese.pdf", SECTIONS)
    dialog = run_with_progress(export, parent, open_after=False, tell=lambda _text: None)
    try:
        cancel = {button.text() for button in dialog.findChildren(QPushButton)}
        assert dialog.windowTitle() == "Synthèse"
        assert dialog.labelText() == "Mise en page de la synthèse…"
        assert cancel == {"Annuler"}
    finally:
        export.cancel()
        qtbot.waitUntil(lambda: export.outcome is not None, timeout=30_000)
