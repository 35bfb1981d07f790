"""The synthesis as an accessible PDF from the app (issue 20): in the Export menu after
the Word document, through the same sections dialog (which says it takes a while),
made off the interface thread (the DOCX, then LibreOffice) and written whole; without
LibreOffice, the entry is still there and choosing it says what to install, before
any dialog or file is asked for."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.export.office_pdf import INSTALLED_PLACES, find_soffice
from facilitator.export.synthesis_sections import SECTIONS
from facilitator.ui.main_window import MainWindow
from facilitator.ui.synthesis_export import SynthesisDialog
from tests.export import pdf_facts
from tests.ui.conftest import ScriptedChooser
from tests.ui.test_synthesis_docx_export import FilteringChooser


@pytest.fixture
def chooser() -> ScriptedChooser:
    return FilteringChooser()


def test_the_entry_follows_the_word_document(window: MainWindow) -> None:
    actions = window.exports.menu.actions()
    accessible = window.exports.synthesis_accessible_action
    assert actions.index(accessible) == actions.index(window.exports.synthesis_docx_action) + 1
    assert accessible.text() == "Synthesis as an acc&essible PDF (tagged, by LibreOffice)…"


def test_the_dialog_says_it_takes_a_while(qtbot: QtBot) -> None:
    dialog = SynthesisDialog(export_format="accessible-pdf")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Export the synthesis as an accessible PDF"
    said = [label.text() for label in dialog.findChildren(QLabel) if "LibreOffice" in label.text()]
    assert said and "two minutes" in said[0]
    assert dialog.open_after.text() == "Open the PDF when it is ready"
    assert dialog.chosen() == SECTIONS


@pytest.mark.skipif(
    find_soffice() is None,
    reason="LibreOffice (soffice) is not installed: libreoffice-writer-nogui",
)
def test_the_menu_makes_the_tagged_pdf_off_the_interface_thread(
    window: MainWindow,
    full_demo_file: Path,
    chooser: FilteringChooser,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    assert window.open_path(full_demo_file)
    chooser.to_export = tmp_path / "synthese-accessible.pdf"
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()

    def answer() -> None:  # the sections dialog: every section, no viewer
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SynthesisDialog)
        dialog.open_after.setChecked(False)
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.exports.synthesis_accessible_action.trigger()
    qtbot.waitUntil(
        lambda: "The synthesis is ready" in window.statusBar().currentMessage(), timeout=300_000
    )
    timer.stop()
    assert ticks, "the interface thread was blocked during the export"
    assert chooser.export_names[-1].endswith("-synthese-accessible.pdf")
    assert chooser.filters[-1] == "PDF documents (*.pdf)"
    data = chooser.to_export.read_bytes()
    catalog = pdf_facts.catalog(data)
    assert "/StructTreeRoot" in catalog and catalog["/Lang"] == "fr-FR"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".synthese")]


def test_without_libreoffice_the_entry_says_what_to_install(
    window: MainWindow,
    full_demo_file: Path,
    chooser: FilteringChooser,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if any(place.is_file() for place in INSTALLED_PLACES):
        pytest.skip("LibreOffice is installed where it is found without the PATH")
    monkeypatch.setenv("PATH", "")
    assert window.open_path(full_demo_file)
    asked = len(chooser.export_names)
    window.exports.synthesis_accessible_action.trigger()  # no dialog opens: none answered
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and boxes[-1].windowTitle().endswith("The accessible PDF cannot be made")
    assert "libreoffice-writer-nogui" in boxes[-1].text()
    assert len(chooser.export_names) == asked  # no file asked for
    assert window.exports.synthesis_accessible_action.isEnabled()
    boxes[-1].close()
