"""Polls: every quick poll of the workshop in agenda order (then those of no activity),
with its activity, kind, status and number of answers; the one chosen in its
`PollPanel`, where a poll of no activity is made and any poll's results reviewed or
shown again on the projector."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import polls
from facilitator.domain.records import AgendaItem, Poll
from facilitator.ui.agenda.item_editor import VerticalScroll
from facilitator.ui.plain import plain_label
from facilitator.ui.polls.poll_panel import PollPanel, touches_polls
from facilitator.ui.refresh_when_shown import RefreshWhenShown
from facilitator.ui.retranslate import Retranslatable
from facilitator.ui.style import named

POLL_ROLE = Qt.ItemDataRole.UserRole
QUESTION, ACTIVITY, KIND, STATUS, ANSWERS = range(5)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PollsPage(Retranslatable):
    def __init__(
        self,
        document: WorkshopDocument,
        project: Callable[[QWidget], None] | None = None,
        now_ms: Callable[[], int] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("pollsPage")
        self.document = document
        self.heading = named(plain_label(), "sectionTitle")
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("pollList")
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QUESTION, QHeaderView.ResizeMode.Stretch)
        for column in (ACTIVITY, KIND, STATUS, ANSWERS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.panel = PollPanel(document, project=project, now_ms=now_ms)
        self.panel.pollChosen.connect(self.select_poll)
        scroll = VerticalScroll()
        scroll.setWidget(self.panel)
        left = QWidget()
        listing = QVBoxLayout(left)
        listing.setContentsMargins(0, 0, 0, 0)
        listing.addWidget(self.heading)
        listing.addWidget(self.table, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        # Behind another part, filled again once when shown (each poll's answers are
        # counted): RefreshWhenShown.
        self.follower = RefreshWhenShown(
            self, lambda _changes: self.refresh(), self.refresh, relevant=touches_polls
        )
        document.changed.connect(self.follower.changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(
            self.tr(
                "Every poll of the workshop. A poll of an activity opens on the Run page "
                "when the activity is on; a poll made here belongs to no activity."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Question"),
                self.tr("Activity"),
                self.tr("Kind"),
                self.tr("Status"),
                self.tr("Answers"),
            ]
        )
        self.refresh()

    def _kind(self, poll: Poll) -> str:
        return {
            "scale": self.tr("scale 1–%1").replace(
                "%1", str(len(polls.options_of(self.document.workshop, poll.id)))
            ),
            "choice": self.tr("choice"),
            "words": self.tr("words"),
            "text": self.tr("text"),
        }[poll.kind]

    def _status(self, poll: Poll) -> str:
        return {
            "draft": self.tr("draft"),
            "open": self.tr("open"),
            "closed": self.tr("closed"),
            "revealed": self.tr("revealed"),
        }[poll.status]

    def current_poll_id(self) -> str | None:
        row = self.table.currentRow()
        cell = self.table.item(row, QUESTION) if row >= 0 else None
        return str(cell.data(POLL_ROLE)) if cell is not None else None

    def select_poll(self, poll_id: str) -> None:
        """Choose `poll_id` in the list (and show it in the panel)."""
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, QUESTION)
            if cell is not None and cell.data(POLL_ROLE) == poll_id:
                if self.table.currentRow() != row:
                    self.table.selectRow(row)
                break
        self.panel.show_poll(poll_id)

    def _chosen(self) -> None:
        self.panel.show_poll(self.current_poll_id())

    def refresh(self) -> None:
        workshop = self.document.workshop
        chosen = self.current_poll_id() or self.panel.poll_id
        shown = polls.polls_in_order(workshop)
        self.table.blockSignals(True)
        self.table.setRowCount(len(shown))
        for row, poll in enumerate(shown):
            item = workshop.get(AgendaItem, poll.agenda_item_id)
            results = polls.results(workshop, poll.id)
            question = " ".join(poll.question.split()) or self.tr("(no question yet)")
            cells = (
                question,
                item.title if item is not None else self.tr("(no activity)"),
                self._kind(poll),
                self._status(poll),
                str(results.total),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(POLL_ROLE, poll.id)
                if column == ANSWERS:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, cell)
        ids = [p.id for p in shown]
        if chosen in ids:
            self.table.selectRow(ids.index(chosen))
        self.table.blockSignals(False)
        if self.panel.poll_id != (chosen if chosen in ids else None):
            self.panel.show_poll(chosen if chosen in ids else None)
