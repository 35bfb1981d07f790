"""The 2x2 matrix screen: the names of the two axes, and the matrix to drag ideas in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import scoring, voting
from facilitator.domain.changes import ChangeSet
from facilitator.domain.messages import Message
from facilitator.ui.plain import plain_label
from facilitator.ui.style import named
from facilitator.ui.voting.matrix_view import MatrixScene, MatrixView, to_matrix
from facilitator.ui.voting.vote_panel import VotePanel


class MatrixPanel(VotePanel):
    def __init__(self, document: WorkshopDocument, report: Callable[[Message], None]) -> None:
        super().__init__(document, report)
        self.scene = MatrixScene(self._dropped)
        self.view = MatrixView(self.scene)
        self.x_label = QLineEdit()
        self.y_label = QLineEdit()
        for field, key in ((self.x_label, "x_label"), (self.y_label, "y_label")):
            field.setMaxLength(100)
            field.editingFinished.connect(lambda f=field, k=key: self._axis_changed(k, f.text()))
        self._x_caption = plain_label()
        self._x_caption.setBuddy(self.x_label)
        self._y_caption = plain_label()
        self._y_caption.setBuddy(self.y_label)
        self.hint = named(plain_label(), "subheading")
        self.hint.setWordWrap(True)
        axes = QHBoxLayout()
        axes.addWidget(self._y_caption)
        axes.addWidget(self.y_label, 1)
        axes.addWidget(self._x_caption)
        axes.addWidget(self.x_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(axes)
        layout.addWidget(self.view, 1)
        # Its scene, revealed on the projector, follows while the room sees it.
        self.follow_when_shown(self._projected)
        self.retranslate()

    def _projected(self) -> bool:
        """Whether another view (the projector's) shows the matrix's scene now."""
        return any(view is not self.view and view.isVisible() for view in self.scene.views())

    def retranslate(self) -> None:
        self._x_caption.setText(self.tr("&Across:"))
        self._y_caption.setText(self.tr("&Up:"))
        self.hint.setText(
            self.tr(
                "Drag each idea from the list on the right into the matrix, where the room "
                "places it; drag it back to the list to take it out."
            )
        )
        self.scene.tray_title = self.tr("To place")
        self.scene.low, self.scene.high = self.tr("low"), self.tr("high")
        self.refresh()

    def refresh(self) -> None:
        vote = self.vote
        workshop = self.document.workshop
        vote_id = self.vote_id or ""
        self.scene.show_matrix(
            vote,
            voting.options_of(workshop, vote_id),
            scoring.placements_of(workshop, vote_id),
            movable=self.editable(),
        )
        axes = (
            (self.x_label, vote.x_label if vote else ""),
            (self.y_label, vote.y_label if vote else ""),
        )
        for field, text in axes:
            if not field.hasFocus() and field.text() != text:
                field.setText(text)
            field.setEnabled(self.editable())
        self.view.fit()

    def _axis_changed(self, key: str, text: str) -> None:
        vote, vote_id = self.vote, self.vote_id
        if vote is None or vote_id is None or getattr(vote, key) == text:
            return
        workshop = self.document.workshop
        self.edit(
            lambda: self.tr("Name an axis"),
            lambda: voting.set_vote(workshop, vote_id, **{key: text}),
        )

    def _dropped(self, option_id: str, where: QPointF) -> None:
        # After the drag's own event: the scene is rebuilt by the edit.
        QTimer.singleShot(0, lambda: self.drop(option_id, where))

    def drop(self, option_id: str, where: QPointF) -> bool:
        """An idea let go at `where` (scene coordinates): placed, or back in the tray."""
        vote_id = self.vote_id
        if vote_id is None:
            return False
        workshop = self.document.workshop
        spot = to_matrix(where)

        def build() -> ChangeSet:
            if spot is None:
                return scoring.unplace(workshop, vote_id, option_id)
            return scoring.place(workshop, vote_id, option_id, *spot)

        undo_steps = self.document.undo_stack.count()
        done = self.edit(lambda: self.tr("Place an idea in the matrix"), build)
        if self.document.undo_stack.count() == undo_steps:
            self.refresh()  # let go where it was: back in its place
        return done
