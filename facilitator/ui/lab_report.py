"""The activity report from the home screen (issue 21): the period, the format and the
language asked in a small dialog, the file name asked next, then the report of the lab's
folders (`export.report.export_report`) made on a worker thread and written atomically.
What happened is said in the status bar, or in a message box when it failed."""

from __future__ import annotations

import datetime as dt
import logging
import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.messages import FacilitatorError, Message
from facilitator.domain.records import Language
from facilitator.storage.atomic import write_atomically
from facilitator.storage.errors import error_reason
from facilitator.translations import render
from facilitator.ui.compact import choice_box
from facilitator.ui.file_chooser import FileChooser
from facilitator.ui.plain import plain_label

log = logging.getLogger(__name__)
POLL_MS = 50


def quarter_before(today: dt.date) -> tuple[dt.date, dt.date]:
    """The last whole quarter before `today`'s: what a steering committee that meets
    each quarter reviews (1 Jan – 31 Mar for a day in April)."""
    first_month = 3 * ((today.month - 1) // 3) + 1
    end = dt.date(today.year, first_month, 1) - dt.timedelta(days=1)
    return dt.date(end.year, end.month - 2, 1), end


class ReportDialog(QDialog):
    """From, to, format (pdf, csv, md) and language (fr, en); `today` proposes the last
    whole quarter. OK is refused while the period ends before it starts."""

    def __init__(self, today: dt.date, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        start, end = quarter_before(today)
        self.start_edit = QDateEdit(QDate(start.year, start.month, start.day))
        self.end_edit = QDateEdit(QDate(end.year, end.month, end.day))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._check)
        self.format_box = choice_box(30)
        self.language_box = choice_box(12)
        self._language = language
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.explanation = plain_label()
        self.explanation.setWordWrap(True)
        self.form = QFormLayout()
        self._labels = [plain_label() for _ in range(4)]
        for label, field in zip(
            self._labels,
            (self.start_edit, self.end_edit, self.format_box, self.language_box),
            strict=True,
        ):
            self.form.addRow(label, field)
        column = QVBoxLayout(self)
        column.addWidget(self.explanation)
        column.addLayout(self.form)
        column.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Activity report"))
        self.explanation.setText(
            self.tr(
                "The figures of the lab’s workshops held in the period: workshops, days, "
                "participants, organisations, ideas, prototypes, next steps."
            )
        )
        for label, text in zip(
            self._labels,
            (self.tr("From:"), self.tr("To:"), self.tr("Format:"), self.tr("Language:")),
            strict=True,
        ):
            label.setText(text)
        names = {
            "pdf": self.tr("PDF document"),
            "docx": self.tr("Word document (DOCX)"),
            "csv": self.tr("CSV table (for a spreadsheet)"),
            "md": self.tr("Markdown text"),
        }
        from facilitator.export.report import REPORT_FORMATS

        self._fill(self.format_box, [(names.get(f, f.upper()), f) for f in REPORT_FORMATS])
        self._fill(self.language_box, [("Français", "fr"), ("English", "en")], self._language)

    @staticmethod
    def _fill(box: QComboBox, choices: list[tuple[str, str]], default: str = "") -> None:
        kept = box.currentData() or default
        box.blockSignals(True)
        box.clear()
        for text, value in choices:
            box.addItem(text, value)
        box.setCurrentIndex(max(0, box.findData(kept)))
        box.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.start_edit.date() <= self.end_edit.date())

    def period(self) -> tuple[str, str]:
        return (
            self.start_edit.date().toString("yyyy-MM-dd"),
            self.end_edit.date().toString("yyyy-MM-dd"),
        )

    def report_format(self) -> str:
        from facilitator.export.report import REPORT_FORMATS

        chosen = str(self.format_box.currentData())
        return chosen if chosen in REPORT_FORMATS else "pdf"

    def language(self) -> Language:
        return "en" if self.language_box.currentData() == "en" else "fr"


@dataclass
class _Order:
    folders: tuple[Path, ...]
    start: str
    end: str
    report_format: str
    language: Language
    today: str
    path: Path


def _make(order: _Order, events: queue.SimpleQueue[tuple[str, object]]) -> None:
    # The report's writers (reportlab, python-docx) are imported by the report's own
    # thread, never at the app's start (issue 22).
    from facilitator.export.report import export_report

    try:
        data = export_report(
            order.folders,
            order.start,
            order.end,
            order.report_format,
            order.language,
            today=order.today,
        )
        write_atomically(order.path, data)
    except FacilitatorError as error:
        events.put(("failed", error.message))
    except OSError as error:
        events.put(("unwritable", error_reason(error)))
    except Exception as error:  # a fault of ours: logged, said without its details
        log.exception("the activity report failed")
        events.put(("failed", error_reason(error)))
    else:
        events.put(("written", None))


class LabReport(QObject):
    """Runs the report the home screen asks for (`start(folders)`): one at a time."""

    finished = Signal(str)  # the file written
    failed = Signal(str)  # the sentence shown

    def __init__(
        self,
        window: QWidget,
        chooser: FileChooser,
        *,
        folder: Callable[[], str],
        today: Callable[[], dt.date],
        language: Callable[[], Language],
        tell: Callable[[str], None],
        show_problem: Callable[[str, str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._chooser = chooser
        self._folder = folder
        self._today = today
        self._language = language
        self._tell = tell
        self._show_problem = show_problem
        self.dialog: ReportDialog | None = None
        self._order: _Order | None = None
        self._thread: threading.Thread | None = None
        self._events: queue.SimpleQueue[tuple[str, object]] = queue.SimpleQueue()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._deliver)
        self._folders: tuple[Path, ...] = ()

    def is_running(self) -> bool:
        return self._order is not None

    def start(self, folders: Sequence[str]) -> None:
        """Ask for the period and where to write, then make the report of `folders`."""
        if self.is_running():
            self._tell(self.tr("An activity report is already being made."))
            return
        self._folders = tuple(Path(f) for f in folders)
        self.dialog = ReportDialog(self._today(), self._language(), self._window)
        self.dialog.accepted.connect(self._chosen)
        self.dialog.open()

    def _chosen(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        start, end = dialog.period()
        report_format = dialog.report_format()
        language = dialog.language()
        dialog.deleteLater()
        self.dialog = None
        name = (
            f"Rapport d’activité du {start} au {end}"
            if language == "fr"
            else f"Activity report {start} to {end}"
        )
        from facilitator.export.report import REPORT_SUFFIXES

        suffix = REPORT_SUFFIXES[report_format]
        path = self._chooser.choose_export_path(
            self._window, self._folder(), name + suffix, self._filter(report_format)
        )
        if path is None:
            return
        self._order = _Order(
            self._folders, start, end, report_format, language, self._today().isoformat(), path
        )
        self._tell(self.tr("Making the activity report…"))
        self._thread = threading.Thread(
            target=_make, args=(self._order, self._events), name="lab-report", daemon=False
        )
        self._thread.start()
        self._poll.start()

    def _filter(self, report_format: str) -> str:
        from facilitator.export.report import REPORT_SUFFIXES

        filters = {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "docx": self.tr("Word documents (*.docx)"),
            "md": self.tr("Markdown (*.md)"),
            "csv": self.tr("CSV tables (*.csv)"),
        }
        return filters.get(report_format, f"*{REPORT_SUFFIXES[report_format]}")

    def wait(self, timeout: float | None = None) -> None:
        """Blocks until the report is made, then tells it (tests)."""
        if self._thread is not None:
            self._thread.join(timeout)
        self._deliver()

    @Slot()
    def _deliver(self) -> None:
        order = self._order
        if order is None:
            return
        try:
            kind, value = self._events.get_nowait()
        except queue.Empty:
            return
        self._order = None
        self._poll.stop()
        if kind == "written":
            said = self.tr("Activity report written to %1").replace("%1", str(order.path))
            self._tell(said)
            self.finished.emit(str(order.path))
            return
        assert isinstance(value, Message)
        text = (
            self.tr("“%1” cannot be written: %2.")
            .replace("%1", str(order.path))
            .replace("%2", render(value))
            if kind == "unwritable"
            else render(value)
        )
        self._show_problem(self.tr("The activity report failed"), text)
        self.failed.emit(text)
