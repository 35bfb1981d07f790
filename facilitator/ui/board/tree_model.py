"""The board as a list: clusters and their notes, for keyboard-only clustering."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from facilitator.domain import board
from facilitator.domain.workshop import Workshop
from facilitator.ui.board.colours import fill
from facilitator.ui.plain import set_tooltip

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "cluster", "idea" or "free"


class BoardTreeModel(QStandardItemModel):
    def __init__(self) -> None:
        super().__init__()
        self.setColumnCount(2)

    def retitle(self, no_group: str, author: str) -> None:
        """The model's own words again (the interface language changed): the header and
        the group of notes in no cluster; rows, selection and expansion untouched."""
        self.setHorizontalHeaderLabels(["", author])
        for row in range(self.rowCount()):
            head = self.item(row)
            if head is not None and head.data(KIND_ROLE) == "free":
                head.setText(f"{no_group} ({head.rowCount()})")

    def rebuild(self, workshop: Workshop, board_id: str, no_group: str, author: str) -> None:
        self.clear()
        self.setHorizontalHeaderLabels(["", author])
        ideas = board.ideas_of(workshop, board_id)
        groups: list[tuple[str | None, str]] = [
            (c.id, c.name) for c in board.clusters_of(workshop, board_id)
        ]
        groups.append((None, no_group))
        bold = QFont()
        bold.setBold(True)
        for cluster_id, name in groups:
            members = [i for i in ideas if i.cluster_id == cluster_id]
            head = QStandardItem(f"{name} ({len(members)})")
            head.setData(cluster_id or "", ID_ROLE)
            head.setData("cluster" if cluster_id else "free", KIND_ROLE)
            head.setFont(bold)
            head.setEditable(False)
            for idea in members:
                row = QStandardItem(idea.text.replace("\n", " ")[:300])
                row.setData(idea.id, ID_ROLE)
                row.setData("idea", KIND_ROLE)
                row.setData(fill(idea.color), Qt.ItemDataRole.DecorationRole)
                set_tooltip(row, idea.text)
                row.setEditable(False)
                by = QStandardItem(idea.author)
                by.setEditable(False)
                head.appendRow([row, by])
            self.appendRow([head, QStandardItem()])
