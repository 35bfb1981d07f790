"""A vote's results: the ranking (ties shown as ties), counts and shares, a bar chart;
hidden while the laptop goes round until the facilitator reveals them; and the top
ideas ticked, to be turned into prototype cards."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import cards, scoring
from facilitator.domain.messages import Message
from facilitator.domain.voting import Result
from facilitator.ui.plain import plain_label, set_tooltip
from facilitator.ui.style import named
from facilitator.ui.voting.results_chart import ResultsChart
from facilitator.ui.voting.vote_panel import VotePanel

OPTION_ROLE = Qt.ItemDataRole.UserRole


class ResultsPanel(VotePanel):
    projectRequested = Signal()
    cardsMade = Signal(int)  # how many prototype cards were made from the top ideas

    def __init__(self, document: WorkshopDocument, report: Callable[[Message], None]) -> None:
        super().__init__(document, report)
        self.results: list[Result] = []
        self.table = QTableWidget(0, 5)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 3, 4):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemChanged.connect(lambda _: self._refresh_cards_button())
        self.chart = ResultsChart()
        self.hidden_note = named(plain_label(), "subheading")
        self.hidden_note.setWordWrap(True)
        self.reveal = QPushButton()
        self.reveal.setCheckable(True)
        self.reveal.toggled.connect(lambda _: self._refresh_hidden())
        self.top = QSpinBox()
        self.top.setRange(1, 50)
        self.top.setValue(3)
        self.select_top = QPushButton()
        self.select_top.clicked.connect(lambda: self.tick_top(self.top.value()))
        self.make_cards = named(QPushButton(), "primary")
        self.make_cards.clicked.connect(self.cards_from_ticked)
        self.project = QPushButton()
        self.project.clicked.connect(self.projectRequested)
        self._hiding = False
        self._filling = False
        self._layout()
        self.follow_when_shown()
        self.retranslate()

    def _layout(self) -> None:
        reveal_row = QHBoxLayout()
        reveal_row.addWidget(self.hidden_note, 1)
        reveal_row.addWidget(self.reveal)
        chosen = QHBoxLayout()
        chosen.addWidget(self.top)
        chosen.addWidget(self.select_top)
        chosen.addStretch(1)
        make = QHBoxLayout()  # a row of its own: the panel stays narrow on a small laptop
        make.addStretch(1)
        make.addWidget(self.make_cards)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(reveal_row)
        layout.addStretch(0)
        layout.addWidget(self.project)
        layout.addWidget(self.table, 3)
        layout.addLayout(chosen)
        layout.addLayout(make)
        layout.addWidget(self.chart, 2)

    def retranslate(self) -> None:
        self.reveal.setText(self.tr("Show the results"))
        self.project.setText(self.tr("Reveal the results on the projector"))
        self.select_top.setText(self.tr("Tick the top ideas"))
        self.top.setPrefix(self.tr("top "))
        self.hidden_note.setText(
            self.tr(
                "The results stay hidden while the laptop goes round, so that nobody "
                "follows the others' dots."
            )
        )
        self.refresh()

    def headers(self) -> list[str]:
        vote = self.vote
        method = vote.method if vote else "dots"
        score, share = {
            "dots": (self.tr("Dots"), self.tr("Share")),
            "criteria": (self.tr("Score /100"), ""),
            "matrix": (self.tr("Quadrant"), ""),
        }[method]
        return [self.tr("Card"), self.tr("Rank"), self.tr("Idea"), score, share]

    # -- following the document -------------------------------------------------------
    def set_hiding(self, hiding: bool) -> None:
        """While the laptop goes round, the results are hidden until revealed."""
        self._hiding = hiding
        self._refresh_hidden()

    def _refresh_hidden(self) -> None:
        self.reveal.setVisible(self._hiding)
        shown = not self._hiding or self.reveal.isChecked()
        self.hidden_note.setVisible(not shown)
        for widget in (self.table, self.top, self.select_top, self.make_cards, self.project):
            widget.setVisible(shown)
        self.chart.setVisible(shown and self._method() != "matrix")
        self.project.setEnabled(shown and bool(self.results))

    def _method(self) -> str:
        vote = self.vote
        return vote.method if vote else "dots"

    def refresh(self) -> None:
        vote_id = self.live_vote_id()
        workshop = self.document.workshop
        ticked = set(self.ticked())
        self.results = scoring.results_of(workshop, vote_id) if vote_id else []
        self._filling = True
        headers = self.headers()
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setColumnHidden(4, not headers[4])
        self.table.setRowCount(len(self.results))
        for row, result in enumerate(self.results):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(
                Qt.CheckState.Checked if result.option.id in ticked else Qt.CheckState.Unchecked
            )
            tick.setData(OPTION_ROLE, result.option.id)
            self.table.setItem(row, 0, tick)
            for column, text in enumerate(self._cells(result), start=1):
                item = QTableWidgetItem(text)
                if column != 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self._filling = False
        self.chart.show_results(self.results)
        self._refresh_hidden()
        self._refresh_cards_button()

    def _cells(self, result: Result) -> tuple[str, str, str, str]:
        label = result.option.label.replace("\n", " ")
        if result.deleted:
            label += " " + self.tr("(deleted since)")
        rank = f"{result.rank}{'=' if result.tied else ''}"
        method = self._method()
        if method == "matrix":
            where = scoring.placements_of(self.document.workshop, self.vote_id or "")
            placed = where.get(result.option.id)
            return rank, label, self.quadrant_name(placed.x, placed.y) if placed else "", ""
        if method == "criteria":
            return rank, label, f"{result.score:g}", ""
        return rank, label, f"{result.score:g}", f"{result.share:.0%}"

    def quadrant_name(self, x: float, y: float) -> str:
        vote = self.vote
        up = vote.y_label if vote and vote.y_label else self.tr("up")
        across = vote.x_label if vote and vote.x_label else self.tr("across")
        high, low = self.tr("high"), self.tr("low")
        return (
            self.tr("%1 %2 · %3 %4")
            .replace("%1", up)
            .replace("%2", high if y >= 0.5 else low)
            .replace("%3", across)
            .replace("%4", high if x >= 0.5 else low)
        )

    # -- the top ideas, to prototype cards ------------------------------------------------
    def ticked(self) -> list[str]:
        ids = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(OPTION_ROLE)))
        return ids

    def tick_top(self, count: int) -> None:
        """The first `count` of the ranking, and whoever is tied with the last of them
        (the same rank: a matrix's results all score 1)."""
        cut = self.results[count - 1].rank if 0 < count <= len(self.results) else None
        for row, result in enumerate(self.results):
            item = self.table.item(row, 0)
            if item is not None:
                chosen = row < count or (cut is not None and result.rank == cut)
                item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def _refresh_cards_button(self) -> None:
        if self._filling:
            return
        count = len(self.ticked())
        self.make_cards.setText(
            self.tr("Make %n prototype card(s)", "", count)
            if count
            else self.tr("Make prototype cards")
        )
        set_tooltip(self.make_cards, "" if count else self.tr("Tick ideas to make prototype cards"))
        self.make_cards.setEnabled(count > 0 and not self.document.read_only)

    def cards_from_ticked(self) -> bool:
        chosen = self.ticked()
        if not chosen:
            return False
        workshop = self.document.workshop
        if not self.edit(
            lambda: self.tr("Prototype cards from the vote"),
            lambda: cards.cards_from_options(workshop, chosen)[0],
        ):
            return False
        self.cardsMade.emit(len(chosen))
        return True
