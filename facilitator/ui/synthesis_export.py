"""Exporting the synthesis from the app, at any moment of the workshop: the facilitator
picks the sections; the PDF (or the Word document, `synthesis_docx`, or the accessible
PDF LibreOffice makes of it, `office_pdf`) is laid out off the interface thread (the
room's countdown keeps ticking), with progress and a Cancel button (which stops
LibreOffice too); it is written to a temporary file and moved into place (a cancelled
or failed export leaves no partial file); it opens in the system's viewer when asked.

An export is never dropped behind the facilitator's back: closing the window or the
workshop while one runs asks to wait for it or cancel it (`ExportActions`), and the
worker thread is not a daemon, so even a quit that nobody asked about (the session
ends) lets the file be written whole, or not at all, before the process exits."""

from __future__ import annotations

import gc
import logging
import queue
import threading
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.messages import FacilitatorError, Message
from facilitator.domain.workshop import Workshop
from facilitator.export.formats import ExportOptions, export_bytes
from facilitator.export.names import Names
from facilitator.export.synthesis_sections import SECTIONS, ExportCancelledError
from facilitator.storage.atomic import write_atomically
from facilitator.storage.errors import error_reason
from facilitator.translations import render
from facilitator.ui.names_choice import NamesChoice
from facilitator.ui.plain import plain_label


class SynthesisDialog(QDialog):
    """Which sections, whose names (`NamesChoice`), open it afterwards or not; for the
    PDF or, with `export_format` "docx", the Word document, or "accessible-pdf", the
    tagged PDF LibreOffice makes of it (said to take a while)."""

    def __init__(self, parent: QWidget | None = None, export_format: str = "pdf") -> None:
        super().__init__(parent)
        self.export_format = export_format
        if export_format == "docx":
            self.setWindowTitle(self.tr("Export the synthesis as a Word document"))
        elif export_format == "accessible-pdf":
            self.setWindowTitle(self.tr("Export the synthesis as an accessible PDF"))
        else:
            self.setWindowTitle(self.tr("Export the synthesis"))
        names = {
            "cover": self.tr("Cover: the challenge, dates, place, who came"),
            "figures": self.tr("Key figures and the ideas chosen"),
            "agenda": self.tr("The agenda, planned and as run"),
            "boards": self.tr("The ideas by cluster, with the photos of the walls"),
            "votes": self.tr("The votes: rankings, charts, the matrix"),
            "polls": self.tr("The polls: ROTI, météo, word clouds, free texts"),
            "cards": self.tr("The prototype cards"),
            "next_steps": self.tr("Every next step, in one table"),
            "ideas": self.tr("Annex: every idea"),
        }
        self.sections = {key: QCheckBox(names[key]) for key in SECTIONS}
        box = QGroupBox(self.tr("Sections (those with nothing to say are left out)"))
        column = QVBoxLayout(box)
        for check in self.sections.values():
            check.setChecked(True)
            column.addWidget(check)
        self.names = NamesChoice(self, cover=True)
        self.open_after = QCheckBox(
            self.tr("Open the document when it is ready")
            if export_format == "docx"
            else self.tr("Open the PDF when it is ready")
        )
        self.open_after.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if export_format == "accessible-pdf":
            about = plain_label(
                self.tr(
                    "A tagged PDF for screen readers and for publication (RGAA), made by "
                    "LibreOffice from the Word document: it can take up to two minutes."
                )
            )
            about.setWordWrap(True)
            layout.addWidget(about)
        layout.addWidget(box)
        layout.addWidget(self.names)
        layout.addWidget(self.open_after)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[str, ...]:
        return tuple(key for key, check in self.sections.items() if check.isChecked())


log = logging.getLogger(__name__)

# What the worker tells the interface thread: ("progress", (done, total)), ("finished",
# path), ("failed", message), ("unwritable", reason message) or ("cancelled", None).
# Exactly one of the last four ends every export.
_Event = tuple[str, "tuple[int, int] | str | Message | None"]


@dataclass(frozen=True)
class _Job:
    """All the worker needs, as plain data: it must hold no Qt object. (Were the
    thread to hold the QObject, it could drop the last reference when it ends, and the
    QObject and its timer would then be deleted from the worker thread, which leaves
    Qt a dangling timer: the crash this design removed.)"""

    workshop: Workshop
    path: Path
    sections: tuple[str, ...]
    names: Names
    stop: threading.Event
    events: queue.SimpleQueue[_Event]
    export_format: str = "pdf"  # or "docx", "accessible-pdf"


def accessible_pdf(
    workshop: Workshop,
    sections: Collection[str] = SECTIONS,
    *,
    names: Names = Names.AS_TYPED,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The synthesis as the tagged PDF LibreOffice makes of its DOCX (`formats`: it
    looks for LibreOffice before laying out anything; up to office_pdf's
    DEFAULT_TIMEOUT_S for LibreOffice); the arguments as `synthesis_pdf`'s."""
    options = ExportOptions(
        sections=tuple(sections), names=names, progress=progress, cancelled=cancelled
    )
    return export_bytes(workshop, "accessible-pdf", options)


def _lay_out(job: _Job) -> None:
    """The worker thread: lays out and writes the PDF (or the DOCX, or the accessible
    PDF: the DOCX, then LibreOffice), tells what happens. No Qt here, not even to
    translate a message. The writers are imported here, on first use: reportlab
    (0.15 s) and python-docx are not imported at the app's start (issue 22)."""
    from facilitator.export.synthesis_pdf import synthesis_pdf

    write = synthesis_pdf
    if job.export_format == "docx":  # python-docx and lxml: 0.2 s, not at the app's start
        from facilitator.export.synthesis_docx import synthesis_docx

        write = synthesis_docx
    elif job.export_format == "accessible-pdf":
        write = accessible_pdf
    try:
        data = write(
            job.workshop,
            job.sections,
            names=job.names,
            progress=lambda done, total: job.events.put(("progress", (done, total))),
            cancelled=job.stop.is_set,
        )
        if job.stop.is_set():
            raise ExportCancelledError
        write_atomically(job.path, data)
    except ExportCancelledError:
        job.events.put(("cancelled", None))
    except FacilitatorError as error:
        job.events.put(("failed", error.message))
    except Exception as error:  # the disk (OSError), or a fault of ours: said, never hung
        if not isinstance(error, OSError):
            log.exception("the synthesis export failed")
        job.events.put(("unwritable", error_reason(error)))
    else:
        job.events.put(("finished", str(job.path)))


class _CollectorOnTheInterfaceThread:
    """Python's cyclic garbage collector runs in whichever thread happens to allocate,
    and the layout allocates a lot: it would then destroy, from the worker thread, Qt
    objects that died in a reference cycle on the interface thread. Qt cannot stop
    their timers from there and later fires one at a freed object (a crash seen in CI).
    So while an export runs, automatic collection is paused, and the interface thread
    collects when the export ends. (Reference counting still frees almost everything.)"""

    def __init__(self) -> None:
        self._running = 0
        self._was_enabled = True

    def pause(self) -> None:
        if self._running == 0:
            self._was_enabled = gc.isenabled()
            gc.disable()
        self._running += 1

    def resume(self) -> None:
        self._running = max(0, self._running - 1)
        if self._running == 0 and self._was_enabled:
            gc.enable()
            gc.collect()


_collector = _CollectorOnTheInterfaceThread()


class SynthesisExport(QObject):
    """One export running: the layout in a thread, its progress and end as signals.

    The worker thread touches no Qt object at all: it puts what happens into a queue
    that a timer on the interface thread empties, and only then are the signals sent
    (a Qt signal emitted from a plain Python thread makes Qt adopt that thread)."""

    progressed = Signal(int, int)
    finished = Signal(str)  # the path written
    failed = Signal(str)  # a sentence for the facilitator
    cancelled = Signal()
    ended = Signal()  # after any of the three above: nothing of the export runs any more

    POLL_MS = 40

    def __init__(
        self,
        workshop: Workshop,
        path: Path,
        sections: tuple[str, ...],
        *,
        names: Names = Names.AS_TYPED,
        export_format: str = "pdf",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = path
        self.outcome: str | None = None  # "finished", "failed" or "cancelled", once ended
        self.said = ""  # the failure's sentence, once failed
        self._stop = threading.Event()
        self._events: queue.SimpleQueue[_Event] = queue.SimpleQueue()
        job = _Job(
            workshop=workshop.copy(),  # a snapshot: the facilitator keeps working
            path=path,
            sections=sections,
            names=names,
            stop=self._stop,
            events=self._events,
            export_format=export_format,
        )
        # Not a daemon: a process that quits with an export running waits for it (the
        # file is then written whole, or not at all) instead of killing it mid-write.
        self._thread = threading.Thread(
            target=_lay_out, args=(job,), name="synthesis-export", daemon=False
        )
        self._poll = QTimer(self)
        self._poll.setInterval(self.POLL_MS)
        self._poll.timeout.connect(self._deliver)

    def start(self) -> None:
        _collector.pause()
        self._thread.start()
        self._poll.start()

    @property
    def path(self) -> Path:
        return self._path

    def is_running(self) -> bool:
        """Started, and its end not yet told on the interface thread."""
        return self._thread.ident is not None and self.outcome is None

    def cancel(self) -> None:
        self._stop.set()

    def wait(self, timeout: float | None = None) -> None:
        """Blocks until the worker is done (tests); the signals still come from the
        event loop."""
        self._thread.join(timeout)

    def settle(self) -> None:
        """Blocks until the worker is done, then tells its end at once, from here (the
        app is quitting: the event loop may not turn again). Cancelled first when
        `cancel` was called. Takes as long as the rest of the export (measured here:
        2.6 s for 3,000 ideas, 13 s for 20,000) or, once cancelled, until the next
        paragraph laid out: the paragraphs are all prepared first, which cannot be
        cancelled (0.7 s for 3,000 ideas, 4.3 s for 20,000)."""
        if self._thread.ident is None:
            return
        self._thread.join()
        self._deliver()

    @Slot()
    def _deliver(self) -> None:
        if self.outcome is not None:
            return
        worker_done = not self._thread.is_alive()  # before reading: its last event is in
        latest_progress: tuple[int, int] | None = None
        while True:
            try:
                kind, value = self._events.get_nowait()
            except queue.Empty:
                break
            if kind == "progress":
                assert isinstance(value, tuple)
                latest_progress = value  # only the newest is worth drawing
                continue
            self._end(kind, value)
            return
        if worker_done:  # ended without a word (killed by BaseException): said all the same
            log.error("the synthesis export thread ended without telling how")
            self._end("unwritable", error_reason(RuntimeError()))
        elif latest_progress is not None:
            self.progressed.emit(*latest_progress)

    def _end(self, kind: str, value: tuple[int, int] | str | Message | None) -> None:
        self._poll.stop()
        _collector.resume()
        if kind == "cancelled":
            self.outcome = "cancelled"
            self.cancelled.emit()
        elif kind in ("failed", "unwritable"):
            assert isinstance(value, Message)
            self.outcome = "failed"
            self.said = (
                render(value)
                if kind == "failed"
                else self.tr("“%1” cannot be written: %2.")
                .replace("%1", str(self._path))
                .replace("%2", render(value))
            )
            self.failed.emit(self.said)
        else:
            self.outcome = "finished"
            self.finished.emit(str(value))
        self.ended.emit()


class _Listener(QObject):
    """Receives the export's signals on the interface thread: a signal sent from the
    worker to a QObject's slot is queued to that object's thread (a plain function
    would run in the worker, where no widget may be touched)."""

    def __init__(
        self,
        dialog: QProgressDialog,
        *,
        open_after: bool,
        tell: Callable[[str], None],
    ) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._open_after = open_after
        self._tell = tell

    @Slot(int, int)
    def progressed(self, done: int, total: int) -> None:
        if total == 0:  # how far cannot be told: LibreOffice converting the document
            self._dialog.setLabelText(self.tr("LibreOffice is making the accessible PDF…"))
        self._dialog.setRange(0, total)
        self._dialog.setValue(done)

    @Slot(str)
    def finished(self, path: str) -> None:
        self._dialog.reset()
        self._tell(self.tr("The synthesis is ready: %1").replace("%1", path))
        if self._open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    @Slot(str)
    def failed(self, text: str) -> None:
        self._dialog.reset()
        self._tell(text)

    @Slot()
    def cancelled(self) -> None:
        self._dialog.reset()
        self._tell(self.tr("Export cancelled: no file was written."))


def run_with_progress(
    export: SynthesisExport,
    parent: QWidget,
    *,
    open_after: bool,
    tell: Callable[[str], None],
) -> QProgressDialog:
    """A progress window with Cancel for `export`, which is started."""
    # Translated under the context the .ts holds them in: a module-level function has
    # no class for lupdate to name, and `export.tr` would look them up under another.
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("SynthesisExport", "Synthesis"))
    dialog.setLabelText(QCoreApplication.translate("SynthesisExport", "Laying out the synthesis…"))
    dialog.setCancelButtonText(QCoreApplication.translate("SynthesisExport", "Cancel"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setRange(0, 0)
    dialog.canceled.connect(export.cancel)
    listener = _Listener(dialog, open_after=open_after, tell=tell)
    export.progressed.connect(listener.progressed)
    export.finished.connect(listener.finished)
    export.failed.connect(listener.failed)
    export.cancelled.connect(listener.cancelled)
    export.start()
    return dialog
