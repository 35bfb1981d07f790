"""Votes: a dot vote counted from the paper wall by keyboard, and its ranked results.

The facilitator types the number of dots of each idea and presses Enter: the next
idea is ready. A running check compares the dots entered with the dots handed out.
Or the laptop goes round: each participant places their dots on a clean screen, and
the results stay hidden until the facilitator reveals them. (Criteria and the 2x2
matrix are modelled in domain/voting.py; their screens come next.)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import voting
from facilitator.domain.changes import ChangeSet
from facilitator.domain.messages import Message
from facilitator.domain.records import Ballot, Board, VoteOption, VoteSession
from facilitator.ui.editing import perform_edit
from facilitator.ui.retranslate import Retranslatable
from facilitator.ui.style import named
from facilitator.ui.voting.pass_panel import PassPanel
from facilitator.ui.voting.results_chart import ResultsChart

OPTION_ROLE = Qt.ItemDataRole.UserRole


def _resets_pass_panel(record: object) -> bool:
    """Another vote or its options, or a participant's ballot cast (or undone): the next
    participant gets a clean screen. The paper tally's counts leave it alone."""
    if isinstance(record, Ballot):
        return record.participant != voting.PAPER
    return isinstance(record, (VoteSession, VoteOption))


class NewVoteDialog(QDialog):
    def __init__(self, document: WorkshopDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New dot vote"))
        self.title = QLineEdit(self.tr("Dot vote"))
        self.board = QComboBox()
        for found in document.workshop.all(Board):
            self.board.addItem(found.title or self.tr("Untitled board"), found.id)
        self.target = QComboBox()
        self.target.addItem(self.tr("Ideas"), "ideas")
        self.target.addItem(self.tr("Clusters"), "clusters")
        self.dots = QSpinBox()
        self.dots.setRange(1, 100)
        self.dots.setValue(3)
        self.max_dots = QSpinBox()
        self.max_dots.setRange(1, 100)
        self.max_dots.setValue(3)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Board"), self.board)
        form.addRow(self.tr("&Vote on"), self.target)
        form.addRow(self.tr("&Dots per participant"), self.dots)
        form.addRow(self.tr("&At most on one idea"), self.max_dots)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class VotePage(Retranslatable):
    def __init__(self, document: WorkshopDocument, report: Callable[[Message], None]) -> None:
        super().__init__()
        self.document = document
        self._report = report
        self.vote_combo = QComboBox()
        self.vote_combo.activated.connect(self._vote_chosen)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_vote)
        self.new_button.setEnabled(not document.read_only)
        self.participants = QSpinBox()
        self.participants.setRange(0, 10_000)
        self.participants.setValue(max(document.workshop.info.participant_count, 0))
        self.participants.valueChanged.connect(self._refresh_check)
        self.check = named(QLabel(), "sectionTitle")
        self.tally = QTableWidget(0, 2)
        self.tally.verticalHeader().hide()
        self.tally.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tally.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tally.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.tally.itemChanged.connect(self._tally_changed)
        self.results = QTableWidget(0, 4)
        self.results.verticalHeader().hide()
        self.results.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.chart = ResultsChart()
        self._hint = named(QLabel(), "subheading")
        self._hint.setWordWrap(True)
        self._participants_label = QLabel()
        self._participants_label.setBuddy(self.participants)
        self._filling = False
        self.pass_panel = PassPanel(self._next_participant)
        self.pass_panel.confirmed.connect(self._ballot)
        self.reveal = QPushButton()
        self.reveal.setCheckable(True)
        self.reveal.toggled.connect(self._show_results)
        self._hidden_note = named(QLabel(), "subheading")
        self._hidden_note.setWordWrap(True)
        self.modes = QTabWidget()
        self._layout()
        # Only once laid out: showing a widget without a parent would open it as a window.
        self.modes.currentChanged.connect(lambda _: self._show_results())
        document.changed.connect(self._changed)
        self.retranslate()
        self._reset_pass_panel()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.vote_combo, 1)
        top.addWidget(self.new_button)
        check = QHBoxLayout()
        check.addWidget(self._participants_label)
        check.addWidget(self.participants)
        check.addWidget(self.check, 1)
        paper = QWidget()
        paper_layout = QVBoxLayout(paper)
        paper_layout.setContentsMargins(0, 0, 0, 0)
        paper_layout.addWidget(self._hint)
        paper_layout.addLayout(check)
        paper_layout.addWidget(self.tally, 1)
        self.modes.addTab(paper, "")
        self.modes.addTab(self.pass_panel, "")
        left = self.modes
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        reveal_row = QHBoxLayout()
        reveal_row.addWidget(self._hidden_note, 1)
        reveal_row.addWidget(self.reveal)
        right_layout.addLayout(reveal_row)
        right_layout.addWidget(self.results, 1)
        right_layout.addWidget(self.chart, 1)
        right_layout.addStretch(0)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New dot vote…"))
        self.modes.setTabText(0, self.tr("Count the paper wall"))
        self.modes.setTabText(1, self.tr("Pass the laptop round"))
        self.reveal.setText(self.tr("Show the results"))
        self._hidden_note.setText(
            self.tr(
                "The results stay hidden while the laptop goes round, so that nobody "
                "follows the others' dots."
            )
        )
        self._participants_label.setText(self.tr("&Participants who voted:"))
        self.tally.setHorizontalHeaderLabels([self.tr("Idea"), self.tr("Dots")])
        self.results.setHorizontalHeaderLabels(
            [self.tr("Rank"), self.tr("Idea"), self.tr("Dots"), self.tr("Share")]
        )
        self._hint.setText(
            self.tr(
                "Count the dots on the wall: type each idea's number and press Enter, the next "
                "idea is ready. Ties are shown as ties (2=)."
            )
        )
        self.refresh()

    # -- following the document -------------------------------------------------------
    def current_vote_id(self) -> str | None:
        data = self.vote_combo.currentData()
        return str(data) if data else None

    def _changed(self, changes: ChangeSet) -> None:
        self.refresh()
        if any(_resets_pass_panel(c.after or c.before) for c in changes.changes):
            self._reset_pass_panel()

    def refresh(self) -> None:
        votes = self.document.workshop.all(VoteSession)
        current = self.current_vote_id()
        self.vote_combo.blockSignals(True)
        self.vote_combo.clear()
        for vote in votes:
            self.vote_combo.addItem(vote.title or self.tr("Untitled vote"), vote.id)
        ids = [v.id for v in votes]
        self.vote_combo.setCurrentIndex(ids.index(current) if current in ids else len(ids) - 1)
        self.vote_combo.blockSignals(False)
        self._fill()

    def _fill(self) -> None:
        vote_id = self.current_vote_id()
        workshop = self.document.workshop
        self._filling = True
        options = voting.options_of(workshop, vote_id) if vote_id else []
        tallies = {b.option_id: b.dots for b in voting.ballots_of(workshop, vote_id or "")}
        if self.tally.rowCount() != len(options):
            self.tally.setRowCount(len(options))
        for row, option in enumerate(options):
            label = QTableWidgetItem(option.label.replace("\n", " "))
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            label.setData(OPTION_ROLE, option.id)
            count = QTableWidgetItem(str(tallies.get(option.id, 0)))
            count.setData(OPTION_ROLE, option.id)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if self.document.read_only:
                count.setFlags(count.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.tally.setItem(row, 0, label)
            self.tally.setItem(row, 1, count)
        self._filling = False
        results = voting.dot_results(workshop, vote_id) if vote_id else []
        self.results.setRowCount(len(results))
        for row, result in enumerate(results):
            cells = (
                f"{result.rank}{'=' if result.tied else ''}",
                result.option.label.replace("\n", " ")
                + (" " + self.tr("(deleted since)") if result.deleted else ""),
                f"{result.score:g}",
                f"{result.share:.0%}",
            )
            for column, text in enumerate(cells):
                self.results.setItem(row, column, QTableWidgetItem(text))
        self.chart.show_results(results)
        self._refresh_check()
        self._show_results()

    def _show_results(self) -> None:
        """While the laptop goes round, nobody sees the results until they are revealed."""
        passing = self.modes.currentWidget() is self.pass_panel
        self.reveal.setVisible(passing)
        shown = not passing or self.reveal.isChecked()
        self._hidden_note.setVisible(not shown)
        self.results.setVisible(shown)
        self.chart.setVisible(shown)

    def _next_participant(self) -> int:
        vote_id = self.current_vote_id()
        if vote_id is None:
            return 1
        return len(voting.participants_of(self.document.workshop, vote_id)) + 1

    def _ballot(self, participant: str, dots: dict[str, int]) -> None:
        vote_id = self.current_vote_id()
        if vote_id is None:
            return
        self._edit(
            self.tr("A participant's dots"),
            lambda: voting.cast_ballot(self.document.workshop, vote_id, participant, dots),
        )

    def _vote_chosen(self, _index: int) -> None:
        self.refresh()
        self._reset_pass_panel()

    def _reset_pass_panel(self) -> None:
        vote_id = self.current_vote_id()
        workshop = self.document.workshop
        vote = workshop.get(VoteSession, vote_id)
        self.pass_panel.show_vote(vote, voting.options_of(workshop, vote_id) if vote_id else [])

    def _refresh_check(self) -> None:
        vote_id = self.current_vote_id()
        if vote_id is None:
            self.check.setText(self.tr("No vote yet: create one from a board."))
            return
        entered, handed = voting.dots_check(
            self.document.workshop, vote_id, self.participants.value()
        )
        text = (
            self.tr("%1 dots entered of %2 handed out")
            .replace("%1", str(entered))
            .replace("%2", str(handed))
        )
        if entered > handed:
            text += " — " + self.tr("more than handed out: count again?")
        self.check.setText(text)
        self.check.setStyleSheet("color:#ce0500" if entered > handed else "")

    # -- edits ----------------------------------------------------------------------------
    def _edit(self, text: str, build: Callable[[], ChangeSet]) -> bool:
        if self.document.read_only:
            return False
        return perform_edit(self.document, text, build, report=self._report, on_refused=self._fill)

    def new_vote(self) -> bool:
        if not self.document.workshop.all(Board):
            self.check.setText(self.tr("No board yet: a vote is on a board's ideas."))
            return False
        dialog = NewVoteDialog(self.document, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.create_vote(
            str(dialog.board.currentData()),
            dialog.title.text(),
            str(dialog.target.currentData()),
            dialog.dots.value(),
            dialog.max_dots.value(),
        )

    def create_vote(self, board_id: str, title: str, target: str, dots: int, max_dots: int) -> bool:
        created: list[str] = []

        def build() -> ChangeSet:
            changes, vote_id = voting.create_vote(
                self.document.workshop,
                board_id,
                title,
                target_kind="clusters" if target == "clusters" else "ideas",
                dots_per_participant=dots,
                max_dots_per_idea=max_dots,
            )
            created.append(vote_id)
            return changes

        if not self._edit(self.tr("New vote"), build):
            return False
        self.vote_combo.setCurrentIndex(self.vote_combo.findData(created[0]))
        self._fill()
        self._reset_pass_panel()
        self.tally.setFocus()
        self.tally.setCurrentCell(0, 1)
        return True

    def _tally_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 1:
            return
        vote_id, option_id = self.current_vote_id(), str(item.data(OPTION_ROLE))
        row = item.row()
        try:
            dots = int(item.text().strip() or "0")
        except ValueError:
            self.check.setText(self.tr("“%1” is not a number of dots.").replace("%1", item.text()))
            QTimer.singleShot(0, self._fill)
            return
        if vote_id is None:
            return
        self._edit(
            self.tr("Count the dots"),
            lambda: voting.set_tally(self.document.workshop, vote_id, option_id, dots),
        )
        # Enter: the next idea is ready to be counted.
        QTimer.singleShot(
            0, lambda: self.tally.setCurrentCell(min(row + 1, self.tally.rowCount() - 1), 1)
        )
