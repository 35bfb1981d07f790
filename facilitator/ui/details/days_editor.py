"""The workshop's days: a date, a start and a planned end for each."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import edits
from facilitator.domain.changes import ChangeSet
from facilitator.domain.messages import Message
from facilitator.domain.records import Day
from facilitator.domain.validation import FIRST_YEAR, LAST_YEAR
from facilitator.ui.details.bindings import TextBinding
from facilitator.ui.editing import UndoText, perform_edit
from facilitator.ui.plain import plain_label, set_tooltip
from facilitator.ui.retranslate import Retranslatable

ISO_DATE = "yyyy-MM-dd"


class DayRow(Retranslatable):
    changed = Signal(str, str, str)  # field, value, merge key
    removeRequested = Signal()

    def __init__(
        self, day: Day, number: int, document: WorkshopDocument, report: Callable[[Message], None]
    ) -> None:
        super().__init__()
        read_only = document.read_only
        self.day_id = day.id
        self._number = number
        self._label = plain_label()
        self.date_edit = QDateEdit()
        self.date_edit.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
        self.date_edit.setCalendarPopup(True)
        self.start_edit = QTimeEdit()
        self.end_edit = QTimeEdit()
        self._to = plain_label()
        self._remove = QPushButton()
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(300)
        self._place_binding = TextBinding(
            self.place_edit,
            document,
            key=f"day.{day.id}.place",
            read=lambda workshop: found.place if (found := workshop.get(Day, self.day_id)) else "",
            write=lambda workshop, value: edits.set_day(workshop, self.day_id, place=value),
            undo_text=lambda: self.tr("Change a day"),
            report=report,
        )
        line = QHBoxLayout()
        line.addWidget(self._label)
        line.addWidget(self.date_edit, 1)
        line.addWidget(self.start_edit)
        line.addWidget(self._to)
        line.addWidget(self.end_edit)
        line.addWidget(self._remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(3)
        layout.addLayout(line)
        layout.addWidget(self.place_edit)
        for widget in (self.date_edit, self.start_edit, self.end_edit, self._remove):
            widget.setEnabled(not read_only)
        self.show_day(day, number)
        self.date_edit.dateChanged.connect(
            lambda d: self.changed.emit("date", d.toString(ISO_DATE), f"{self.day_id}.date")
        )
        self.start_edit.timeChanged.connect(
            lambda t: self.changed.emit("start_time", t.toString("HH:mm"), f"{self.day_id}.start")
        )
        self.end_edit.timeChanged.connect(
            lambda t: self.changed.emit("end_time", t.toString("HH:mm"), f"{self.day_id}.end")
        )
        self._remove.clicked.connect(self.removeRequested)
        self.retranslate()

    def retranslate(self) -> None:
        self._label.setText(self.tr("Day %1").replace("%1", str(self._number)))
        self._to.setText(self.tr("to"))
        self._remove.setText(self.tr("Remove"))
        set_tooltip(self._remove, self.tr("Remove this day and its agenda"))
        self.place_edit.setPlaceholderText(self.tr("Place of this day (if it differs)"))
        self.date_edit.setLocale(QLocale())
        self.date_edit.setDisplayFormat(self.tr("dddd d MMMM yyyy"))

    def show_day(self, day: Day, number: int) -> None:
        self._number = number
        for widget in (self.date_edit, self.start_edit, self.end_edit):
            widget.blockSignals(True)
        self.date_edit.setDate(QDate.fromString(day.date, ISO_DATE))
        self.start_edit.setTime(QTime.fromString(day.start_time or "09:30", "HH:mm"))
        self.end_edit.setTime(QTime.fromString(day.end_time or "17:00", "HH:mm"))
        self._place_binding.refresh()
        for widget in (self.date_edit, self.start_edit, self.end_edit):
            widget.blockSignals(False)


class DaysEditor(Retranslatable):
    def __init__(self, document: WorkshopDocument, report: Callable[[Message], None]) -> None:
        super().__init__()
        self._document = document
        self._report = report
        self._rows: list[DayRow] = []
        self._rows_box = QVBoxLayout()
        self._add = QPushButton()
        self._add.setEnabled(not document.read_only)
        self._add.clicked.connect(self._add_day)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_box)
        add_row = QHBoxLayout()
        add_row.addWidget(self._add)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self._add.setText(self.tr("Add a day"))

    def focus_chain(self) -> list[QWidget]:
        widgets: list[QWidget] = []
        for row in self._rows:
            widgets += [row.date_edit, row.start_edit, row.end_edit, row._remove, row.place_edit]
        return [*widgets, self._add]

    def rows(self) -> list[DayRow]:
        return list(self._rows)

    def refresh(self) -> None:
        days = self._document.workshop.all(Day)
        if [r.day_id for r in self._rows] != [d.id for d in days]:
            for row in self._rows:
                row.setParent(None)
                row.deleteLater()
            self._rows = []
            for number, day in enumerate(days, start=1):
                row = DayRow(day, number, self._document, self._report)
                row.changed.connect(
                    lambda name, value, key, day_id=day.id: self._set(day_id, name, value, key)
                )
                row.removeRequested.connect(lambda day_id=day.id: self._remove(day_id))
                self._rows_box.addWidget(row)
                self._rows.append(row)
        else:
            for number, (row, day) in enumerate(zip(self._rows, days, strict=True), start=1):
                row.show_day(day, number)

    def _edit(self, text: UndoText, action: Callable[[], ChangeSet], merge_key: str | None) -> None:
        perform_edit(
            self._document,
            text,
            action,
            report=self._report,
            on_refused=self.refresh,
            merge_key=merge_key,
        )

    def _set(self, day_id: str, name: str, value: str, key: str) -> None:
        self._edit(
            lambda: self.tr("Change a day"),
            lambda: edits.set_day(self._document.workshop, day_id, **{name: value}),
            key,
        )

    def _add_day(self) -> None:
        self._edit(
            lambda: self.tr("Add a day"), lambda: edits.add_day(self._document.workshop)[0], None
        )

    def _remove(self, day_id: str) -> None:
        self._edit(
            lambda: self.tr("Remove a day"),
            lambda: edits.remove_day(self._document.workshop, day_id),
            None,
        )
