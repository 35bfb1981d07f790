"""The synthesis as a Word document from the app (issue 20): in the Export menu beside
the PDF, through the same sections dialog, laid out off the interface thread and
written whole; the logo chosen from a file in any format the app imports is on its
cover."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from facilitator.domain import edits
from facilitator.domain.demo import demo_workshop
from facilitator.export.names import Names
from facilitator.export.synthesis_docx import synthesis_docx
from facilitator.export.synthesis_sections import SECTIONS
from facilitator.ui.board.photos import IMPORTED_FORMATS, read_photo
from facilitator.ui.main_window import MainWindow
from facilitator.ui.synthesis_export import SynthesisDialog, SynthesisExport
from tests.export import docx_reading
from tests.ui.conftest import ScriptedChooser


class FilteringChooser(ScriptedChooser):
    """Also keeps the file type each export dialog offered."""

    def __init__(self) -> None:
        super().__init__()
        self.filters: list[str] = []

    def choose_export_path(
        self, parent: QWidget, folder: str, suggested_name: str, file_filter: str
    ) -> Path | None:
        self.filters.append(file_filter)
        return super().choose_export_path(parent, folder, suggested_name, file_filter)


@pytest.fixture
def chooser() -> ScriptedChooser:
    return FilteringChooser()


def test_the_menu_exports_the_word_document_through_the_sections_dialog(
    window: MainWindow,
    full_demo_file: Path,
    chooser: FilteringChooser,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    assert window.open_path(full_demo_file)
    actions = window.exports.menu.actions()
    docx_action = window.exports.synthesis_docx_action
    assert actions.index(docx_action) == actions.index(window.exports.synthesis_action) + 1
    assert docx_action.text() == "Synthesis as a &Word document, to edit (DOCX)…"
    chooser.to_export = tmp_path / "synthese.docx"
    seen: list[str] = []

    def answer() -> None:  # the sections dialog: as it opens, every section, no viewer
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SynthesisDialog)
        seen.append(dialog.windowTitle())
        dialog.open_after.setChecked(False)
        dialog.sections["ideas"].setChecked(False)
        dialog.accept()

    QTimer.singleShot(0, answer)
    docx_action.trigger()
    qtbot.waitUntil(
        lambda: "The synthesis is ready" in window.statusBar().currentMessage(), timeout=30_000
    )
    assert seen == ["Export the synthesis as a Word document"]
    assert chooser.export_names[-1].endswith("-synthese.docx")
    assert chooser.filters[-1] == "Word documents (*.docx)"
    document = docx_reading.read(chooser.to_export.read_bytes())
    headings = [t for s, t in docx_reading.outline(document) if s == "Heading 1"]
    assert headings[0] == "Chiffres clés" and "Annexe\u00a0: toutes les idées" not in headings
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".synthese")]


def test_a_docx_export_runs_off_the_interface_thread_and_cancels_cleanly(
    window: MainWindow, full_demo_file: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    assert window.open_path(full_demo_file)
    assert window.document is not None
    export = window.exports.export_synthesis(
        SECTIONS, names=Names.LEFT_OUT, open_after=False, export_format="docx"
    )
    assert export is None  # the chooser gave no path: nothing started
    target = tmp_path / "annule.docx"
    cancelled = SynthesisExport(window.document.workshop, target, SECTIONS, export_format="docx")
    outcome: list[str] = []
    cancelled.cancelled.connect(lambda: outcome.append("cancelled"))
    cancelled.finished.connect(lambda _path: outcome.append("finished"))
    cancelled.cancel()
    cancelled.start()
    cancelled.wait(30)
    qtbot.waitUntil(lambda: bool(outcome))
    assert outcome == ["cancelled"] and not target.exists()


def test_the_dialog_says_which_document_it_exports(qtbot: QtBot) -> None:
    pdf, word = SynthesisDialog(), SynthesisDialog(export_format="docx")
    qtbot.addWidget(pdf)
    qtbot.addWidget(word)
    assert pdf.open_after.text() == "Open the PDF when it is ready"
    assert word.open_after.text() == "Open the document when it is ready"
    assert word.chosen() == SECTIONS


@pytest.mark.parametrize("kind", sorted(IMPORTED_FORMATS))
def test_a_logo_chosen_in_any_imported_format_is_on_the_cover(
    kind: str, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / f"logo.{kind}"
    picture = Image.new("RGB", (480, 160), (0, 0, 145))
    picture.paste((255, 255, 255), (40, 40, 200, 120))
    picture.save(path, {"jpeg": "JPEG", "tiff": "TIFF"}.get(kind, kind.upper()))
    data, width, height = read_photo(path)
    workshop = demo_workshop()
    workshop.apply(edits.set_logo(workshop, data=data, width=width, height=height))
    document = docx_reading.read(synthesis_docx(workshop, ["cover"]))
    assert docx_reading.alt_texts(document) == [
        "Logo de Lab’@rchipel – laboratoire d’innovation territoriale"
    ]
    shape = document.inline_shapes[0]
    assert round(shape.width.mm) == 70 and round(shape.height.mm, 1) == pytest.approx(23.3, 0.1)
