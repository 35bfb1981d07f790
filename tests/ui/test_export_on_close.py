"""Closing while the synthesis is being laid out (issue 17): Alt+F4, Ctrl+Q or Ctrl+W half
a second after an edit used to quit at once, the export dropped without a word. Now the
facilitator is asked (wait for it, cancel it, keep working); waiting writes the whole PDF,
cancelling leaves no file and no temporary; the edit typed just before is on disk either
way. The session's end and a quit nobody asked about finish the export.

A real export of a big workshop (the long workshop and `EXTRA_IDEAS` more ideas: about
2.5 s of layout here). Where a test answers a question, the export's worker is held after
its layout until the first answer is given (`held_layout`): on a fast machine the export
would otherwise end before the question is answered, and the test would measure a race.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from facilitator.domain import board
from facilitator.domain.long_demo import long_workshop
from facilitator.domain.records import Board
from facilitator.export import synthesis_pdf
from facilitator.export.synthesis_sections import SECTIONS
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.ui.main_window import MainWindow
from facilitator.ui.synthesis_export import SynthesisExport
from tests.ui.conftest import ScriptedChooser
from tests.ui.helpers import type_text

EXTRA_IDEAS = 3_000
LAST_IDEA = f"Idée ajoutée numéro {EXTRA_IDEAS - 1} : un vélo-bus pour l’école du bourg"
TYPED = " Apporter des gommettes."
HOLD_S = 60  # the longest a held worker waits for its answer (a test then fails, no hang)
TICKS_AFTER_ANSWER = 20  # 5 ms ticks of the event loop before a held worker goes on


class Gate:
    """Holds the export's worker after its layout, before it writes, until `opened`
    (closed from the start: the layout can end before the test's question is asked)."""

    def __init__(self) -> None:
        self.opened = threading.Event()

    def hold(self) -> None:
        self.opened.wait(HOLD_S)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Gate:
    made = Gate()
    real = synthesis_pdf.synthesis_pdf

    def held_layout(*args: object, **kwargs: object) -> bytes:
        data = real(*args, **kwargs)  # type: ignore[arg-type]
        made.hold()
        return data

    # The export imports its writer when it starts (synthesis_export._lay_out).
    monkeypatch.setattr(synthesis_pdf, "synthesis_pdf", held_layout)
    return made


@pytest.fixture
def big_file(tmp_path: Path) -> Path:
    workshop = long_workshop()
    main = workshop.all(Board)[0]
    lines = [LAST_IDEA.replace(str(EXTRA_IDEAS - 1), str(n)) for n in range(EXTRA_IDEAS)]
    changes, _ = board.capture(workshop, main.id, lines)
    workshop.apply(changes)
    path = tmp_path / "grand atelier.atelier"
    WorkshopFile.create(path, workshop).close()
    return path


@pytest.fixture
def out(tmp_path: Path, chooser: ScriptedChooser) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    chooser.to_export = folder / "synthese.pdf"
    return folder


class Answers:
    """Answers the message boxes as they open (each box runs its own event loop, where
    the timer fires), recording what each said."""

    def __init__(self, replies: list[str], gate: Gate) -> None:
        self.replies = list(replies)
        self.gate = gate  # the worker waits for the first answer
        self._ticks_since_answer: int | None = None
        self.seen: list[tuple[str, str, str]] = []  # (title, text, informative text)
        self.progress_said: set[str] = set()  # what the progress window said meanwhile
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._answer)
        self._timer.start()

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QProgressDialog) and box.isVisible():
            self.progress_said.add(box.labelText())
            if self._ticks_since_answer is not None:
                self.gate.opened.set()  # what the wait says has been seen
        if self._ticks_since_answer is not None:
            self._ticks_since_answer += 1
            if self._ticks_since_answer >= TICKS_AFTER_ANSWER:
                self.gate.opened.set()
        if not isinstance(box, QMessageBox) or not box.isVisible() or not self.replies:
            return
        reply = self.replies.pop(0)
        self.seen.append((box.windowTitle(), box.text(), box.informativeText()))
        if self._ticks_since_answer is None:
            self._ticks_since_answer = 0
        for button in box.buttons():
            if button.text().replace("&", "") == reply:
                button.click()
                return
        raise AssertionError(f"no button {reply!r} in {[b.text() for b in box.buttons()]}")

    def stop(self) -> None:
        self._timer.stop()
        self.gate.opened.set()


@pytest.fixture
def answers(gate: Gate) -> Iterator[Callable[[list[str]], Answers]]:
    made: list[Answers] = []

    def make(replies: list[str]) -> Answers:
        made.append(Answers(replies, gate))
        return made[-1]

    yield make
    for answer in made:
        answer.stop()


def _start(window: MainWindow, big_file: Path) -> SynthesisExport:
    """Open the big workshop, start the export, then type in the notes (the edit half a
    second before the close: not yet written, the pause has not elapsed)."""
    assert window.open_path(big_file)
    export = window.exports.export_synthesis(SECTIONS, open_after=False)
    assert export is not None and export.is_running()
    assert window.page is not None
    notes = window.page.details.notes_edit
    notes.setFocus()
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    type_text(notes, TYPED)
    assert not _notes_on_disk(big_file).endswith(TYPED)  # still pending
    return export


def _notes_on_disk(path: Path) -> str:
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return workshop.info.notes


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "synthese.pdf")


def _asked(answered: Answers) -> None:
    assert answered.seen and answered.seen[0][0].endswith("An export is running"), answered.seen
    assert "synthese.pdf" in answered.seen[0][1]


def test_alt_f4_then_wait_writes_the_whole_pdf_and_the_edit(
    window: MainWindow, big_file: Path, out: Path, answers: Callable[[list[str]], Answers]
) -> None:
    export = _start(window, big_file)
    answered = answers(["Wait for it"])
    handle = window.windowHandle()
    assert handle is not None
    handle.close()  # what the window manager does on Alt+F4
    _asked(answered)
    assert not window.isVisible() and window.document is None
    assert "Finishing the synthesis before closing…" in answered.progress_said
    assert export.outcome == "finished"
    data = (out / "synthese.pdf").read_bytes()
    assert data.rstrip().endswith(b"%%EOF")
    pages = PdfReader(out / "synthese.pdf").pages
    assert LAST_IDEA in pages[-1].extract_text() + pages[-2].extract_text()  # the annex's end
    assert _leftovers(out) == []
    assert _notes_on_disk(big_file).endswith(TYPED)


def test_ctrl_q_then_cancel_leaves_no_file_and_keeps_the_edit(
    window: MainWindow, big_file: Path, out: Path, answers: Callable[[list[str]], Answers]
) -> None:
    export = _start(window, big_file)
    answered = answers(["Cancel the export"])
    window.quit_action.trigger()
    _asked(answered)
    assert not window.isVisible()
    assert export.outcome == "cancelled"
    assert list(out.iterdir()) == []  # neither the PDF nor a temporary
    assert _notes_on_disk(big_file).endswith(TYPED)
    assert "no file is written" in answered.seen[0][2]  # said when asked
    assert window.exports.running_exports() == []


def test_closing_the_workshop_and_keeping_working_leaves_the_export_running(
    window: MainWindow,
    big_file: Path,
    out: Path,
    qtbot: QtBot,
    answers: Callable[[list[str]], Answers],
) -> None:
    export = _start(window, big_file)
    answered = answers(["Keep working"])
    window.close_action.trigger()  # Ctrl+W
    _asked(answered)
    assert window.document is not None and window.isVisible()  # nothing closed
    assert _notes_on_disk(big_file).endswith(TYPED)  # written before asking all the same
    qtbot.waitUntil(lambda: export.outcome is not None, timeout=60_000)
    assert export.outcome == "finished" and (out / "synthese.pdf").exists()
    assert "The synthesis is ready" in window.statusBar().currentMessage()
    assert _leftovers(out) == []


def test_opening_another_workshop_asks_too(
    window: MainWindow,
    big_file: Path,
    full_demo_file: Path,
    out: Path,
    answers: Callable[[list[str]], Answers],
) -> None:
    export = _start(window, big_file)
    answered = answers(["Cancel the export"])
    assert window.open_path(full_demo_file)
    _asked(answered)
    assert export.outcome == "cancelled" and list(out.iterdir()) == []
    assert window.document is not None and window.document.path == full_demo_file
    assert "Export cancelled: no file was written." in window.statusBar().currentMessage()
    assert _notes_on_disk(big_file).endswith(TYPED)


def test_waiting_for_an_export_that_fails_shows_why_before_closing(
    window: MainWindow, big_file: Path, out: Path, answers: Callable[[list[str]], Answers]
) -> None:
    export = _start(window, big_file)
    shutil.rmtree(out)  # the USB key is pulled out while the layout runs
    answered = answers(["Wait for it", "OK"])
    window.close()
    _asked(answered)
    assert export.outcome == "failed"
    title, text, _ = answered.seen[1]
    assert title.endswith("The export failed"), title
    assert str(out / "synthese.pdf") in text and "does not exist" in text, text
    assert not out.exists()
    assert not window.isVisible()


class SessionManagerStandIn:
    """Qt's QSessionManager cannot be built outside a session: what the session manager
    would answer, and what the app told it."""

    def __init__(self, *, interaction: bool) -> None:
        self.interaction = interaction
        self.calls: list[str] = []

    def allowsInteraction(self) -> bool:
        self.calls.append("allowsInteraction")
        return self.interaction

    def release(self) -> None:
        self.calls.append("release")

    def cancel(self) -> None:
        self.calls.append("cancel")


def test_a_logout_with_nobody_to_ask_finishes_the_export(
    window: MainWindow, big_file: Path, out: Path
) -> None:
    export = _start(window, big_file)
    manager = SessionManagerStandIn(interaction=False)
    window.exports.session_ends(manager)
    assert manager.calls == ["allowsInteraction"]  # neither release nor cancel
    assert export.outcome == "finished"
    assert len(PdfReader(out / "synthese.pdf").pages) > 10
    assert _leftovers(out) == []


def test_a_logout_that_may_ask_asks_and_keep_working_cancels_the_logout(
    window: MainWindow,
    big_file: Path,
    out: Path,
    qtbot: QtBot,
    answers: Callable[[list[str]], Answers],
) -> None:
    export = _start(window, big_file)
    manager = SessionManagerStandIn(interaction=True)
    answered = answers(["Keep working"])
    window.exports.session_ends(manager)
    _asked(answered)
    assert manager.calls == ["allowsInteraction", "release", "cancel"]
    assert export.is_running() or export.outcome == "finished"
    qtbot.waitUntil(lambda: export.outcome is not None, timeout=60_000)
    assert (out / "synthese.pdf").exists()


def test_quitting_without_a_closed_window_writes_the_edit_and_finishes_the_export(
    window: MainWindow, big_file: Path, out: Path, qapp: QApplication
) -> None:
    """app.quit() from elsewhere (the session's end on Windows): aboutToQuit, no question."""
    export = _start(window, big_file)
    qapp.aboutToQuit.emit()
    assert export.outcome == "finished"
    assert len(PdfReader(out / "synthese.pdf").pages) > 10 and _leftovers(out) == []
    assert _notes_on_disk(big_file).endswith(TYPED)
