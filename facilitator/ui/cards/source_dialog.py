"""Choosing what a new card comes from: an idea or a cluster of one of the boards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import board
from facilitator.domain.records import Board
from facilitator.ui.compact import choice_box

SOURCE_ROLE = Qt.ItemDataRole.UserRole


class SourceDialog(QDialog):
    def __init__(self, document: WorkshopDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("A card from the board"))
        self.board = choice_box()
        for found in document.workshop.all(Board):
            self.board.addItem(found.title or self.tr("Untitled board"), found.id)
        self.board.currentIndexChanged.connect(lambda _: self._fill())
        self.choices = QListWidget()
        self.choices.itemDoubleClicked.connect(lambda _: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.board)
        layout.addWidget(self.choices, 1)
        layout.addWidget(buttons)
        self.resize(520, 480)
        self._fill()

    def _fill(self) -> None:
        """The clusters (in bold), each followed by its ideas; the loose ideas last."""
        self.choices.clear()
        workshop = self.document.workshop
        board_id = str(self.board.currentData() or "")
        ideas = board.ideas_of(workshop, board_id)
        for cluster in board.clusters_of(workshop, board_id):
            item = QListWidgetItem(self.tr("Cluster: %1").replace("%1", cluster.name))
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            item.setData(SOURCE_ROLE, ("cluster", cluster.id))
            self.choices.addItem(item)
            for idea in (i for i in ideas if i.cluster_id == cluster.id):
                self._add_idea(idea.id, idea.text, indent=True)
        for idea in (i for i in ideas if i.cluster_id is None):
            self._add_idea(idea.id, idea.text, indent=False)
        self.choices.setCurrentRow(0)

    def _add_idea(self, idea_id: str, text: str, *, indent: bool) -> None:
        line = " ".join(text.split())
        item = QListWidgetItem(
            ("    " if indent else "") + (line[:150] + "…" if len(line) > 150 else line)
        )
        item.setData(SOURCE_ROLE, ("idea", idea_id))
        self.choices.addItem(item)

    def chosen(self) -> tuple[str, str] | None:
        row = self.choices.currentRow()
        if row < 0:
            return None
        kind, record_id = self.choices.item(row).data(SOURCE_ROLE)
        return str(kind), str(record_id)
