"""A new vote: what kind (dots, criteria, 2x2 matrix), on which board, on its ideas or
its clusters (all, or the ones ticked), and the rules of the dots."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import board
from facilitator.domain.records import Board, VoteCollection, VoteMethod, VoteTargetKind
from facilitator.ui.compact import choice_box
from facilitator.ui.plain import set_tooltip

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class VoteSettings:
    board_id: str
    title: str
    method: VoteMethod
    collection: VoteCollection
    target_kind: VoteTargetKind
    target_ids: tuple[str, ...] | None  # None: all of them
    dots: int = 3
    max_dots: int = 3
    anonymous: bool = True
    allow_negative: bool = False
    x_label: str = ""
    y_label: str = ""


class NewVoteDialog(QDialog):
    def __init__(self, document: WorkshopDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("New vote"))
        self.method = choice_box()
        self.method.addItem(self.tr("Dot vote"), "dots")
        self.method.addItem(self.tr("Scores on criteria"), "criteria")
        self.method.addItem(self.tr("A 2×2 matrix"), "matrix")
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.board = choice_box()
        for found in document.workshop.all(Board):
            self.board.addItem(found.title or self.tr("Untitled board"), found.id)
        self.target = choice_box()
        self.target.addItem(self.tr("Ideas"), "ideas")
        self.target.addItem(self.tr("Clusters"), "clusters")
        self.chosen = QListWidget()
        self.collection = choice_box()
        self.collection.addItem(self.tr("Dots on the paper wall, counted here"), "paper")
        self.collection.addItem(self.tr("The laptop passed round"), "pass")
        self.collection.addItem(self.tr("Named: I record each person's dots"), "named")
        self.dots = QSpinBox()
        self.dots.setRange(1, 100)
        self.dots.setValue(3)
        self.max_dots = QSpinBox()
        self.max_dots.setRange(1, 100)
        self.max_dots.setValue(3)
        self.negative = QCheckBox(self.tr("Negative dots allowed (a vote against)"))
        self.anonymous = QCheckBox(self.tr("Anonymous: no names asked at the laptop"))
        self.anonymous.setChecked(True)
        self.x_label = QLineEdit(self.tr("Effort"))
        self.y_label = QLineEdit(self.tr("Impact"))
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Kind of vote"), self.method)
        self.form.addRow(self.tr("&Title"), self.title)
        self.form.addRow(self.tr("&Board"), self.board)
        self.form.addRow(self.tr("&Vote on"), self.target)
        self.form.addRow(self.tr("&Put to the vote"), self.chosen)
        self.form.addRow(self.tr("&Collected"), self.collection)
        self.form.addRow(self.tr("&Dots per participant"), self.dots)
        self.form.addRow(self.tr("&At most on one idea"), self.max_dots)
        self.form.addRow("", self.negative)
        self.form.addRow("", self.anonymous)
        self.form.addRow(self.tr("Axis going &up"), self.y_label)
        self.form.addRow(self.tr("Axis going &across"), self.x_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.method.currentIndexChanged.connect(lambda _: self._method_changed())
        self.board.currentIndexChanged.connect(lambda _: self._fill_choices())
        self.target.currentIndexChanged.connect(lambda _: self._fill_choices())
        self.chosen.itemChanged.connect(lambda _: self._refresh_ok())
        self._method_changed()
        self._fill_choices()

    def _method_changed(self) -> None:
        method = str(self.method.currentData())
        titles = {
            "dots": self.tr("Dot vote"),
            "criteria": self.tr("Scores on criteria"),
            "matrix": self.tr("Impact / effort matrix"),
        }
        if not self.title.isModified():
            self.title.setText(titles[method])
        for widget, shown in (
            (self.collection, method == "dots"),
            (self.dots, method == "dots"),
            (self.max_dots, method == "dots"),
            (self.negative, method == "dots"),
            (self.anonymous, method == "dots"),
            (self.x_label, method == "matrix"),
            (self.y_label, method == "matrix"),
        ):
            self.form.setRowVisible(widget, shown)

    def _fill_choices(self) -> None:
        """Every idea (or cluster) of the board, ticked: untick the ones left out."""
        self.chosen.blockSignals(True)
        self.chosen.clear()
        board_id = str(self.board.currentData() or "")
        workshop = self.document.workshop
        if self.target.currentData() == "clusters":
            targets = [(c.id, c.name) for c in board.clusters_of(workshop, board_id)]
        else:
            targets = [(i.id, i.text) for i in board.ideas_of(workshop, board_id)]
        for target_id, text in targets:
            item = QListWidgetItem(text.replace("\n", " "))
            item.setData(ID_ROLE, target_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.chosen.addItem(item)
        self.chosen.blockSignals(False)
        self._refresh_ok()

    def chosen_ids(self) -> tuple[str, ...]:
        return tuple(
            str(self.chosen.item(row).data(ID_ROLE))
            for row in range(self.chosen.count())
            if self.chosen.item(row).checkState() == Qt.CheckState.Checked
        )

    def _refresh_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.chosen_ids()))
        set_tooltip(
            ok, "" if self.chosen_ids() else self.tr("Nothing to vote on: tick some ideas.")
        )

    def settings(self) -> VoteSettings:
        chosen = self.chosen_ids()
        method: VoteMethod = self.method.currentData()
        return VoteSettings(
            board_id=str(self.board.currentData()),
            title=self.title.text(),
            method=method,
            collection=self.collection.currentData() if method == "dots" else "named",
            target_kind=self.target.currentData(),
            target_ids=None if len(chosen) == self.chosen.count() else chosen,
            dots=self.dots.value(),
            max_dots=self.max_dots.value(),
            allow_negative=self.negative.isChecked(),
            anonymous=self.anonymous.isChecked(),
            x_label=self.x_label.text() if method == "matrix" else "",
            y_label=self.y_label.text() if method == "matrix" else "",
        )
