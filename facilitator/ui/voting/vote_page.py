"""Votes: the page that holds them all. Choose or create a vote; collect it the way
the room works (dots on paper, the laptop passed round, named, criteria, a 2x2
matrix); read the ranking; reveal it on the projector; turn the top ideas into
prototype cards; close the vote when it is done (its results are kept as they are).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsScene,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import voting
from facilitator.domain.changes import ChangeSet
from facilitator.domain.messages import Message
from facilitator.domain.records import Board, VoteSession
from facilitator.ui.compact import choice_box
from facilitator.ui.editing import UndoText, perform_edit
from facilitator.ui.plain import plain_label
from facilitator.ui.refresh_when_shown import RefreshWhenShown
from facilitator.ui.retranslate import Retranslatable
from facilitator.ui.style import named
from facilitator.ui.voting.criteria_panel import CriteriaPanel
from facilitator.ui.voting.dots_panel import DotsPanel
from facilitator.ui.voting.matrix_panel import MatrixPanel
from facilitator.ui.voting.matrix_view import MATRIX_AREA
from facilitator.ui.voting.new_vote_dialog import NewVoteDialog, VoteSettings
from facilitator.ui.voting.projected_results import ProjectedResults
from facilitator.ui.voting.results_panel import ResultsPanel


class VotePage(Retranslatable):
    cardsMade = Signal(int)
    # A sentence for the facilitator, in the workshop's notice bar: a function giving it
    # in the current language (banner.Sentence), asked again if the language changes.
    said = Signal(object)

    def __init__(
        self,
        document: WorkshopDocument,
        report: Callable[[Message], None],
        project_widget: Callable[[QWidget], None] | None = None,
        project_scene: Callable[[QGraphicsScene, QRectF], None] | None = None,
    ) -> None:
        super().__init__()
        self.document = document
        self._report = report
        self._project_widget = project_widget
        self._project_scene = project_scene
        self.vote_combo = choice_box()
        self.vote_combo.activated.connect(lambda _: self.select_vote(self.current_vote_id()))
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_vote)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.toggle_closed)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_vote)
        self.status = named(plain_label(), "sectionTitle")
        self.empty = named(plain_label(), "subheading")
        self.empty.setWordWrap(True)
        self.dots = DotsPanel(document, report)
        self.criteria = CriteriaPanel(document, report)
        self.matrix = MatrixPanel(document, report)
        self.results = ResultsPanel(document, report)
        self.projected = ProjectedResults()
        self._projected_vote: str | None = None
        self.methods = QStackedWidget()
        self._layout()
        # Only once laid out: showing a widget without a parent would open it as a window.
        self.dots.modes.currentChanged.connect(lambda _: self._refresh_hiding())
        self.results.projectRequested.connect(self.project)
        self.results.cardsMade.connect(self._cards_made)
        # Behind another part, the page is filled again once when shown (issue 22); the
        # results revealed on the projector follow at once (`_refresh_projected`).
        self.follower = RefreshWhenShown(self, self._changed, self.refresh)
        document.changed.connect(self.follower.changed)
        document.changed.connect(self._follow_projected)
        self.retranslate()
        self.select_vote(self.current_vote_id())

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.vote_combo, 1)
        top.addWidget(self.status)
        top.addWidget(self.close_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.new_button)
        for panel in (self.dots, self.criteria, self.matrix):
            self.methods.addWidget(panel)
        splitter = QSplitter()
        splitter.addWidget(self.methods)
        splitter.addWidget(self.results)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New vote…"))
        self.delete_button.setText(self.tr("Delete"))
        self.empty.setText(
            self.tr(
                "No vote yet. Create one on a board's ideas or clusters: dots (on the paper "
                "wall, the laptop passed round, or named), scores on criteria, or a 2×2 matrix."
            )
        )
        self.refresh()
        self._refresh_projected()  # the unit under the results on the projector

    # -- following the document -------------------------------------------------------
    def current_vote_id(self) -> str | None:
        data = self.vote_combo.currentData()
        return str(data) if data else None

    def select_vote(self, vote_id: str | None) -> None:
        index = self.vote_combo.findData(vote_id) if vote_id else -1
        if index >= 0:
            self.vote_combo.setCurrentIndex(index)
        vote_id = self.current_vote_id()
        for panel in (self.dots, self.criteria, self.matrix, self.results):
            panel.show_vote(vote_id)
        vote = self.document.workshop.get(VoteSession, vote_id)
        method = vote.method if vote else "dots"
        self.methods.setCurrentWidget(
            {"dots": self.dots, "criteria": self.criteria, "matrix": self.matrix}[method]
        )
        self._refresh_hiding()
        self._refresh_status()

    def _changed(self, changes: ChangeSet) -> None:
        if any(isinstance(c.after or c.before, VoteSession) for c in changes.changes):
            self.refresh()
        else:
            self._refresh_status()

    def refresh(self) -> None:
        votes = self.document.workshop.all(VoteSession)
        current = self.current_vote_id()
        self.vote_combo.blockSignals(True)
        self.vote_combo.clear()
        kinds = {
            "dots": self.tr("dots"),
            "criteria": self.tr("criteria"),
            "matrix": self.tr("matrix"),
        }
        for vote in votes:
            title = vote.title or self.tr("Untitled vote")
            self.vote_combo.addItem(f"{title} ({kinds[vote.method]})", vote.id)
        ids = [v.id for v in votes]
        self.vote_combo.setCurrentIndex(ids.index(current) if current in ids else len(ids) - 1)
        self.vote_combo.blockSignals(False)
        if self.current_vote_id() != self.dots.vote_id:
            self.select_vote(self.current_vote_id())
        self._refresh_status()

    def _refresh_status(self) -> None:
        vote = self.document.workshop.get(VoteSession, self.current_vote_id())
        has_vote = vote is not None
        self.empty.setVisible(not has_vote)
        writable = not self.document.read_only
        self.new_button.setEnabled(writable)
        self.close_button.setEnabled(has_vote and writable)
        self.delete_button.setEnabled(has_vote and writable)
        closed = vote is not None and vote.status == "closed"
        self.close_button.setText(
            self.tr("Reopen the vote") if closed else self.tr("Close the vote")
        )
        self.status.setText(self.tr("Closed") if closed else "")

    def _refresh_hiding(self) -> None:
        vote = self.document.workshop.get(VoteSession, self.current_vote_id())
        passing = vote is not None and vote.method == "dots" and self.dots.passing()
        self.results.set_hiding(passing)

    # -- edits ----------------------------------------------------------------------------
    def _edit(self, text: UndoText, build: Callable[[], ChangeSet]) -> bool:
        if self.document.read_only:
            return False
        return perform_edit(
            self.document, text, build, report=self._report, on_refused=self.refresh
        )

    def new_vote(self) -> bool:
        if not self.document.workshop.all(Board):
            self.said.emit(lambda: self.tr("No board yet: a vote is on a board's ideas."))
            return False
        dialog = NewVoteDialog(self.document, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.create_vote(dialog.settings())

    def create_vote(self, settings: VoteSettings) -> bool:
        created: list[str] = []

        def build() -> ChangeSet:
            changes, vote_id = voting.create_vote(
                self.document.workshop,
                settings.board_id,
                settings.title,
                method=settings.method,
                collection=settings.collection,
                target_kind=settings.target_kind,
                target_ids=settings.target_ids,
                dots_per_participant=settings.dots,
                max_dots_per_idea=settings.max_dots,
                anonymous=settings.anonymous,
                allow_negative=settings.allow_negative,
                x_label=settings.x_label,
                y_label=settings.y_label,
            )
            created.append(vote_id)
            return changes

        if not self._edit(lambda: self.tr("New vote"), build):
            return False
        self.select_vote(created[0])
        if settings.method == "dots" and settings.collection == "paper":
            self.dots.start_counting()
        elif settings.method == "criteria":
            self.criteria.name.setFocus()
        return True

    def toggle_closed(self) -> None:
        vote = self.document.workshop.get(VoteSession, self.current_vote_id())
        if vote is None:
            return
        status = "open" if vote.status == "closed" else "closed"
        self._edit(
            lambda: self.tr("Reopen the vote") if status == "open" else self.tr("Close the vote"),
            lambda: voting.set_status(self.document.workshop, vote.id, status),
        )
        self.select_vote(vote.id)

    def delete_vote(self) -> None:
        vote_id = self.current_vote_id()
        if vote_id is None:
            return
        if self._edit(
            lambda: self.tr("Delete a vote"),
            lambda: voting.delete_vote(self.document.workshop, vote_id),
        ):
            self.said.emit(
                lambda: self.tr("The vote is deleted. Undo (Ctrl+Z) brings it back with its dots.")
            )

    # -- the room ---------------------------------------------------------------------------
    def project(self) -> None:
        """Reveal the current vote's results on the projector (the matrix as it stands)."""
        vote = self.document.workshop.get(VoteSession, self.current_vote_id())
        if vote is None:
            return
        if vote.method == "matrix" and self._project_scene is not None:
            self._projected_vote = None
            self._project_scene(self.matrix.scene, MATRIX_AREA)
            return
        self._projected_vote = vote.id
        self._refresh_projected()
        if self._project_widget is not None:
            self._project_widget(self.projected)

    def _follow_projected(self, _changes: ChangeSet) -> None:
        self._refresh_projected()

    def _refresh_projected(self) -> None:
        vote = self.document.workshop.get(VoteSession, self._projected_vote)
        if vote is None:
            return
        if self.projected.isVisible():  # the room sees them: the results as they are now
            self.results.follower.catch_up()
        results = self.results.results if vote.id == self.current_vote_id() else []
        unit = (
            self.tr("Dots on each idea")
            if vote.method == "dots"
            else self.tr("Weighted score on each idea, out of 100")
        )
        self.projected.show_results(vote.title, results, unit)

    def _cards_made(self, count: int) -> None:
        self.said.emit(lambda: self.tr("%n prototype card(s) made from the vote.", "", count))
        self.cardsMade.emit(count)
