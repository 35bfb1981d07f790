"""The synthesis exported from the app: off the interface thread (a timer keeps
ticking), written whole or not at all, cancelled cleanly."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from facilitator.domain.records import Person
from facilitator.export.names import Names
from facilitator.export.synthesis_sections import SECTIONS
from facilitator.ui.main_window import MainWindow
from facilitator.ui.synthesis_export import SynthesisDialog, SynthesisExport
from tests.ui.conftest import ScriptedChooser


def test_the_synthesis_is_laid_out_while_the_room_timer_ticks(
    window: MainWindow, full_demo_file: Path, chooser: ScriptedChooser, tmp_path: Path, qtbot: QtBot
) -> None:
    assert window.open_path(full_demo_file)
    chooser.to_export = tmp_path / "synthese.pdf"
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    export = window.exports.export_synthesis(SECTIONS, names=Names.LISTED, open_after=False)
    assert export is not None
    qtbot.waitUntil(
        lambda: "The synthesis is ready" in window.statusBar().currentMessage(), timeout=30_000
    )
    timer.stop()
    assert ticks, "the interface thread was blocked during the export"
    data = chooser.to_export.read_bytes()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert window.document is not None
    for person in window.document.workshop.where(Person, role="participant"):
        assert person.name in text  # asked for: the names on the cover
    assert chooser.export_names[-1].endswith("-synthese.pdf")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".synthese")]  # no temp left


def test_a_cancelled_export_writes_nothing(
    window: MainWindow, full_demo_file: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    assert window.open_path(full_demo_file)
    assert window.document is not None
    out = tmp_path / "exports"
    out.mkdir()
    target = out / "annule.pdf"
    export = SynthesisExport(window.document.workshop, target, SECTIONS)
    outcome: list[str] = []
    export.cancelled.connect(lambda: outcome.append("cancelled"))
    export.finished.connect(lambda _path: outcome.append("finished"))
    export.cancel()  # pressed before the first page was laid out
    export.start()
    export.wait(30)
    qtbot.waitUntil(lambda: bool(outcome))
    assert outcome == ["cancelled"] and not target.exists()
    assert list(out.iterdir()) == []  # not even a temporary file


def test_the_dialog_chooses_the_sections(qtbot: QtBot) -> None:
    dialog = SynthesisDialog()
    qtbot.addWidget(dialog)
    assert dialog.chosen() == SECTIONS
    dialog.sections["ideas"].setChecked(False)
    dialog.sections["cover"].setChecked(False)
    assert dialog.chosen() == tuple(s for s in SECTIONS if s not in ("ideas", "cover"))


def test_the_logo_is_chosen_in_the_details(
    window: MainWindow, full_demo_file: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    from facilitator.domain import edits

    assert window.open_path(full_demo_file)
    assert window.page is not None and window.document is not None
    field = window.page.details.logo
    assert field.picture.text() == "(none)" and not field.remove.isEnabled()
    image = QImage(600, 200, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkBlue)
    assert image.save(str(tmp_path / "logo.png"))
    assert field.set_from(tmp_path / "logo.png")
    logo = edits.logo_of(window.document.workshop)
    assert logo is not None and (logo.width, logo.height) == (600, 200)
    assert not field.picture.pixmap().isNull() and field.remove.isEnabled()
    field.remove.click()
    assert edits.logo_of(window.document.workshop) is None
    assert not field.set_from(tmp_path / "absent.png")  # said, nothing changed


def test_no_garbage_collection_runs_in_the_export_thread(
    window: MainWindow, full_demo_file: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    """The collector would otherwise destroy, from the worker, Qt objects that died in a
    reference cycle on the interface thread (a dangling Qt timer, then a crash)."""
    import gc
    import threading

    assert window.open_path(full_demo_file)
    assert window.document is not None
    elsewhere: list[str] = []

    def watch(phase: str, _info: dict[str, int]) -> None:
        if phase == "start" and threading.current_thread() is not threading.main_thread():
            elsewhere.append(threading.current_thread().name)

    gc.callbacks.append(watch)
    try:
        export = SynthesisExport(window.document.workshop, tmp_path / "s.pdf", SECTIONS)
        done: list[str] = []
        export.finished.connect(done.append)
        export.start()
        qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    finally:
        gc.callbacks.remove(watch)
    assert elsewhere == []
    assert gc.isenabled()  # given back when the export ended
