"""Exporting the synthesis from the app, at any moment of the workshop: the facilitator
picks the sections; the PDF is laid out off the interface thread (the room's countdown
keeps ticking), with progress and a Cancel button; it is written to a temporary file
and moved into place (a cancelled or failed export leaves no partial file); it opens
in the system's viewer when asked."""

from __future__ import annotations

import gc
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal, Slot
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
from facilitator.export.synthesis_pdf import SECTIONS, ExportCancelledError, synthesis_pdf
from facilitator.storage.atomic import write_atomically
from facilitator.translations import render


class SynthesisDialog(QDialog):
    """Which sections, the participants' names or not, open it afterwards or not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the synthesis"))
        names = {
            "cover": self.tr("Cover: the challenge, dates, place, who came"),
            "figures": self.tr("Key figures and the ideas chosen"),
            "agenda": self.tr("The agenda, planned and as run"),
            "boards": self.tr("The ideas by cluster, with the photos of the walls"),
            "votes": self.tr("The votes: rankings, charts, the matrix"),
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
        self.names = QCheckBox(self.tr("The participants' names on the cover"))
        self.open_after = QCheckBox(self.tr("Open the PDF when it is ready"))
        self.open_after.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.names)
        layout.addWidget(self.open_after)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[str, ...]:
        return tuple(key for key, check in self.sections.items() if check.isChecked())


# What the worker tells the interface thread: ("progress", (done, total)), ("finished",
# path), ("failed", message), ("unwritable", reason) or ("cancelled", None).
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
    include_names: bool
    stop: threading.Event
    events: queue.SimpleQueue[_Event]


def _lay_out(job: _Job) -> None:
    """The worker thread: lays out and writes the PDF, tells what happens. No Qt here,
    not even to translate a message."""
    try:
        data = synthesis_pdf(
            job.workshop,
            job.sections,
            include_names=job.include_names,
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
    except OSError as error:
        job.events.put(("unwritable", error.strerror or str(error)))
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

    POLL_MS = 40

    def __init__(
        self,
        workshop: Workshop,
        path: Path,
        sections: tuple[str, ...],
        *,
        include_names: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._stop = threading.Event()
        self._events: queue.SimpleQueue[_Event] = queue.SimpleQueue()
        job = _Job(
            workshop=workshop.copy(),  # a snapshot: the facilitator keeps working
            path=path,
            sections=sections,
            include_names=include_names,
            stop=self._stop,
            events=self._events,
        )
        self._thread = threading.Thread(
            target=_lay_out, args=(job,), name="synthesis-export", daemon=True
        )
        self._poll = QTimer(self)
        self._poll.setInterval(self.POLL_MS)
        self._poll.timeout.connect(self._deliver)

    def start(self) -> None:
        _collector.pause()
        self._thread.start()
        self._poll.start()

    def cancel(self) -> None:
        self._stop.set()

    def wait(self, timeout: float | None = None) -> None:
        """Blocks until the worker is done (tests); the signals still come from the
        event loop."""
        self._thread.join(timeout)

    @Slot()
    def _deliver(self) -> None:
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
            self._poll.stop()
            _collector.resume()
            if kind == "cancelled":
                self.cancelled.emit()
            elif kind == "failed":
                assert isinstance(value, Message)
                self.failed.emit(render(value))
            elif kind == "unwritable":
                self.failed.emit(
                    self.tr("“%1” cannot be written: %2.")
                    .replace("%1", str(self._path))
                    .replace("%2", str(value))
                )
            else:
                self.finished.emit(str(value))
            return
        if latest_progress is not None:
            self.progressed.emit(*latest_progress)


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
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(export.tr("Synthesis"))
    dialog.setLabelText(export.tr("Laying out the synthesis…"))
    dialog.setCancelButtonText(export.tr("Cancel"))
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
