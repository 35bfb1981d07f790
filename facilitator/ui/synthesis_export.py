"""Exporting the synthesis from the app, at any moment of the workshop: the facilitator
picks the sections; the PDF is laid out off the interface thread (the room's countdown
keeps ticking), with progress and a Cancel button; it is written to a temporary file
and moved into place (a cancelled or failed export leaves no partial file); it opens
in the system's viewer when asked."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
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

from facilitator.domain.messages import FacilitatorError
from facilitator.domain.workshop import Workshop
from facilitator.export.files import write_atomically
from facilitator.export.synthesis_pdf import SECTIONS, ExportCancelledError, synthesis_pdf
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


class SynthesisExport(QObject):
    """One export running: the layout in a thread, its progress and end as signals
    (delivered on the interface thread)."""

    progressed = Signal(int, int)
    finished = Signal(str)  # the path written
    failed = Signal(str)  # a sentence for the facilitator
    cancelled = Signal()

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
        self._workshop = workshop.copy()  # a snapshot: the facilitator keeps working
        self._path = path
        self._sections = sections
        self._include_names = include_names
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="synthesis-export", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def wait(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def _run(self) -> None:
        try:
            data = synthesis_pdf(
                self._workshop,
                self._sections,
                include_names=self._include_names,
                progress=self.progressed.emit,
                cancelled=self._stop.is_set,
            )
            if self._stop.is_set():
                raise ExportCancelledError
            write_atomically(self._path, data)
        except ExportCancelledError:
            self.cancelled.emit()
        except FacilitatorError as error:
            self.failed.emit(render(error.message))
        except OSError as error:
            self.failed.emit(
                self.tr("“%1” cannot be written: %2.")
                .replace("%1", str(self._path))
                .replace("%2", error.strerror or str(error))
            )
        else:
            self.finished.emit(str(self._path))


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
