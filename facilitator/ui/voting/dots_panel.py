"""Collecting the dots, three ways: counted from the paper wall by keyboard, the
laptop passed round (a clean screen each, the window locked on it: `ballot_lock`), or
named (the facilitator records each person's dots in a grid that shows who voted what).

Paper: type each idea's number and press Enter, the next idea is ready; a running
check compares the dots entered with the dots handed out.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QSpinBox,
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
from facilitator.domain.records import Ballot, VoteOption, VoteSession
from facilitator.translations import render
from facilitator.ui.editing import perform_edit
from facilitator.ui.plain import plain_label
from facilitator.ui.style import named
from facilitator.ui.voting.ballot_lock import BallotLock
from facilitator.ui.voting.named_grid import NamedGrid
from facilitator.ui.voting.pass_panel import PassPanel, PassStart, default_participant
from facilitator.ui.voting.vote_panel import VotePanel

OPTION_ROLE = Qt.ItemDataRole.UserRole
MODES = ("paper", "pass", "named")


def resets_pass_panel(record: object, vote_id: str | None) -> bool:
    """The vote on the ballot, or its options, changed: the ballot starts again from zero.
    A ballot cast elsewhere (a phone's, another vote's) leaves the dots that the person
    holding the laptop is placing alone; the one confirmed here resets it (`_ballot`)."""
    if isinstance(record, VoteSession):
        return record.id == vote_id
    if isinstance(record, VoteOption):
        return record.vote_id == vote_id
    return False


class DotsPanel(VotePanel):
    def __init__(self, document: WorkshopDocument, report: Callable[[Message], None]) -> None:
        super().__init__(document, report)
        self.participants = QSpinBox()
        self.participants.setRange(0, 10_000)
        self.participants.setValue(max(document.workshop.info.participant_count, 0))
        self.participants.valueChanged.connect(self._refresh_check)
        self.check = named(plain_label(), "sectionTitle")
        self.check.setWordWrap(True)
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
        self._hint = named(plain_label(), "subheading")
        self._hint.setWordWrap(True)
        self._participants_label = plain_label()
        self._participants_label.setBuddy(self.participants)
        self._filling = False
        self._typo = ""  # what was typed in a count that is not a number, until fixed
        self.pass_panel = PassPanel(self._next_participant)
        self.pass_panel.confirmed.connect(self._ballot)
        # The tab shows the start; the ballot is shown only in the locked window.
        self.pass_start = PassStart()
        self.pass_start.startRequested.connect(self.start_passing)
        self._keep_ballot(self.pass_panel)
        self.named_grid = NamedGrid(document, report)
        self.modes = QTabWidget()
        self._layout()
        self.follow_when_shown()
        # The ballot shown in the locked window follows at once (not a part of the page).
        document.changed.connect(self._changed)
        self.retranslate()

    def _layout(self) -> None:
        check = QHBoxLayout()
        check.addWidget(self._participants_label)
        check.addWidget(self.participants)
        check.addWidget(self.check, 1)
        paper = QWidget()
        paper_layout = QVBoxLayout(paper)
        paper_layout.addWidget(self._hint)
        paper_layout.addLayout(check)
        paper_layout.addWidget(self.tally, 1)
        self.modes.addTab(paper, "")
        self.modes.addTab(self.pass_start, "")
        self.modes.addTab(self.named_grid, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.modes)

    def retranslate(self) -> None:
        self.modes.setTabText(0, self.tr("Count the paper wall"))
        self.modes.setTabText(1, self.tr("Pass the laptop round"))
        self.modes.setTabText(2, self.tr("Named votes"))
        self._participants_label.setText(self.tr("&Participants who voted:"))
        self.tally.setHorizontalHeaderLabels([self.tr("Idea"), self.tr("Dots")])
        self._hint.setText(
            self.tr(
                "Count the dots on the wall: type each idea's number and press Enter, the next "
                "idea is ready. Ties are shown as ties (2=)."
            )
        )
        self.refresh()

    def mode(self) -> str:
        return MODES[self.modes.currentIndex()]

    def set_mode(self, mode: str) -> None:
        self.modes.setCurrentIndex(MODES.index(mode))

    # -- following the document -------------------------------------------------------
    def show_vote(self, vote_id: str | None) -> None:
        changed = vote_id != self.vote_id
        super().show_vote(vote_id)
        self.named_grid.show_vote(vote_id)
        vote = self.vote
        if changed and vote is not None:
            self.set_mode(vote.collection)
        if changed:
            self.reset_pass_panel()

    def _changed(self, changes: ChangeSet) -> None:
        records = [c.after or c.before for c in changes.changes]
        if any(resets_pass_panel(record, self.vote_id) for record in records):
            self.reset_pass_panel()
        elif any(isinstance(record, Ballot) for record in records):
            self.pass_panel.refresh_number()

    def refresh(self) -> None:
        vote_id = self.vote_id
        workshop = self.document.workshop
        self._filling = True
        options = voting.options_of(workshop, vote_id) if vote_id else []
        tallies = {b.option_id: b.dots for b in voting.ballots_of(workshop, vote_id or "", "")}
        if self.tally.rowCount() != len(options):
            self.tally.setRowCount(len(options))
        editable = self.editable()
        for row, option in enumerate(options):
            label = QTableWidgetItem(option.label.replace("\n", " "))
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            label.setData(OPTION_ROLE, option.id)
            count = QTableWidgetItem(str(tallies.get(option.id, 0)))
            count.setData(OPTION_ROLE, option.id)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not editable:
                count.setFlags(count.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.tally.setItem(row, 0, label)
            self.tally.setItem(row, 1, count)
        self._filling = False
        self.pass_panel.setEnabled(editable)
        self.pass_start.show_vote(
            self.vote,
            len(voting.participants_of(workshop, vote_id)) if vote_id else 0,
            editable=editable,
        )
        self._refresh_check()

    def _refresh_check(self) -> None:
        vote_id = self.live_vote_id()
        if vote_id is None:
            self.check.setText("")
            return
        entered, handed = voting.dots_check(
            self.document.workshop, vote_id, self.participants.value()
        )
        text = (
            self.tr("%1 dots entered of %2 handed out")
            .replace("%1", str(entered))
            .replace("%2", str(handed))
        )
        warn = entered > handed
        if self._typo:
            text, warn = self.tr("“%1” is not a number of dots.").replace("%1", self._typo), True
        elif self.participants.value() == 0:
            text = self.tr("How many people voted? Enter it to check the count.")
        elif warn:
            text += " — " + self.tr("more than handed out: count again?")
        self.check.setText(text)
        self.check.setStyleSheet("color:#ce0500" if warn else "")

    def reset_pass_panel(self) -> None:
        vote_id = self.vote_id
        self.pass_panel.show_vote(
            self.vote, voting.options_of(self.document.workshop, vote_id) if vote_id else []
        )

    def _next_participant(self) -> int:
        """The number of the next nameless ballot: one more than the voters so far, or
        the first after it that no ballot bears (a ballot removed in the named grid, a
        name typed as "Participant 3": an anonymous voter, who has no name field, is
        never refused for a name already taken)."""
        vote_id = self.vote_id
        if vote_id is None:
            return 1
        taken = set(voting.participants_of(self.document.workshop, vote_id))
        number = len(taken) + 1
        while default_participant(number) in taken:
            number += 1
        return number

    # -- edits ----------------------------------------------------------------------------
    def passing(self) -> bool:
        """The pass-the-laptop tab is shown."""
        return self.modes.currentWidget() is self.pass_start

    def start_passing(self, code: str = "") -> bool:
        """Lock the window on a clean ballot until the facilitator ends the pass (with
        `ballot_lock.UNLOCK_KEYS`, then `code` if not empty). False if the vote cannot
        take ballots or the window cannot be locked (see `BallotLock.start`)."""
        vote = self.vote
        lock = BallotLock.of(self)
        if vote is None or not self.editable() or lock is None:
            return False
        self.reset_pass_panel()
        return lock.start(
            self.pass_panel, title=vote.title, code=code, on_unlocked=self._passing_ended
        )

    def _keep_ballot(self, ballot: QWidget) -> None:
        ballot.setParent(self.pass_start)
        ballot.hide()

    def _passing_ended(self, ballot: QWidget) -> None:
        self._keep_ballot(ballot)
        self.reset_pass_panel()
        self.pass_start.passed()

    def _ballot(self, participant: str, dots: dict[str, int]) -> None:
        vote_id = self.vote_id
        if vote_id is None or not self.editable():
            return
        workshop = self.document.workshop
        refused: list[Message] = []
        if not perform_edit(
            self.document,
            lambda: self.tr("A participant's dots"),
            lambda: voting.cast_ballot(workshop, vote_id, participant, dots, replace=False),
            report=refused.append,
            on_refused=lambda: None,  # the person's dots stay on screen: a name to change
        ):
            for said in refused:
                self.pass_panel.say(render(said), ok=False)
                self._report(said)
            return
        self.reset_pass_panel()  # a clean ballot for the next person
        if self.document.is_saved():
            self.pass_panel.say(
                self.tr("Thank you: your dots are saved. Pass the laptop to the next person."),
                ok=True,
            )
        else:
            self.pass_panel.say(
                self.tr(
                    "Your dots are kept, but the file cannot be written just now: "
                    "tell the facilitator."
                ),
                ok=False,
            )
        self.pass_panel.setFocus()

    def start_counting(self) -> None:
        self.set_mode("paper")
        self.tally.setFocus()
        self.tally.setCurrentCell(0, 1)

    def _tally_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 1:
            return
        vote_id, option_id = self.vote_id, str(item.data(OPTION_ROLE))
        row = item.row()
        try:
            dots = int(item.text().strip() or "0")
        except ValueError:
            self._typo = item.text()
            self._refresh_check()
            QTimer.singleShot(0, self.refresh)
            return
        self._typo = ""
        if vote_id is None:
            return
        workshop = self.document.workshop
        self.edit(
            lambda: self.tr("Count the dots"),
            lambda: voting.set_tally(workshop, vote_id, option_id, dots),
        )
        # Enter: the next idea is ready to be counted.
        QTimer.singleShot(
            0, lambda: self.tally.setCurrentCell(min(row + 1, self.tally.rowCount() - 1), 1)
        )
