"""Scoring on criteria: the facilitator defines the criteria (a weight, a 1-5 or 1-10
scale), then fills a grid of scores, one row per idea, one column per criterion, by
consensus or for each member of the jury in turn. The ranking is the weighted total."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import scoring, voting
from facilitator.domain.changes import ChangeSet
from facilitator.domain.messages import Message
from facilitator.domain.records import Criterion
from facilitator.ui.compact import choice_box
from facilitator.ui.plain import plain_label, set_tooltip
from facilitator.ui.style import named
from facilitator.ui.voting.vote_panel import VotePanel

ID_ROLE = Qt.ItemDataRole.UserRole
SCALES = (5, 10)


def _weight_text(weight: float) -> str:
    return f"{weight:g}"


class CriteriaPanel(VotePanel):
    def __init__(self, document: WorkshopDocument, report: Callable[[Message], None]) -> None:
        super().__init__(document, report)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.returnPressed.connect(self.add_criterion)
        self.weight = QDoubleSpinBox()
        self.weight.setRange(0.5, 10)
        self.weight.setSingleStep(0.5)
        self.weight.setDecimals(1)
        self.weight.setValue(1)
        self.scale = choice_box()
        for top in SCALES:
            self.scale.addItem(f"1–{top}", top)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_criterion)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_criterion)
        self.scorer = choice_box()
        self.scorer.setEditable(True)
        self.scorer_name = QLineEdit()
        self.scorer_name.setMaxLength(200)
        self.scorer.setLineEdit(self.scorer_name)
        self.scorer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.scorer.activated.connect(lambda _: self.refresh())
        self.scorer_name.editingFinished.connect(self.refresh)
        self.grid = QTableWidget(0, 0)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.grid.itemChanged.connect(self._score_changed)
        self.grid.horizontalHeader().sectionDoubleClicked.connect(self._edit_criterion)
        self.hint = named(plain_label(), "subheading")
        self.hint.setWordWrap(True)
        self._labels: dict[str, QLabel] = {k: plain_label() for k in ("name", "weight", "scale")}
        self._scorer_label = plain_label()
        self._scorer_label.setBuddy(self.scorer)
        self._filling = False
        self._editing: str | None = None  # the criterion whose heading was double-clicked
        self._layout()
        self.follow_when_shown()
        self.retranslate()

    def _layout(self) -> None:
        settings = QHBoxLayout()
        for key, widget in (("weight", self.weight), ("scale", self.scale)):
            self._labels[key].setBuddy(widget)
            settings.addWidget(self._labels[key])
            settings.addWidget(widget)
        settings.addWidget(self.add_button)
        settings.addStretch(1)
        self._labels["name"].setBuddy(self.name)
        scoring = QHBoxLayout()  # removing sits under adding: the panel stays narrow
        scoring.addWidget(self.scorer, 1)
        scoring.addWidget(self.remove_button)
        form = QFormLayout()
        form.addRow(self._labels["name"], self.name)
        form.addRow("", settings)
        form.addRow(self._scorer_label, scoring)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.grid, 1)

    def retranslate(self) -> None:
        self._labels["name"].setText(self.tr("&Criterion:"))
        self._labels["weight"].setText(self.tr("&Weight:"))
        self._labels["scale"].setText(self.tr("S&cale:"))
        self.name.setPlaceholderText(self.tr("Impact, transferability, innovation…"))
        self.add_button.setText(self.tr("Apply") if self._editing else self.tr("Add"))
        self.remove_button.setText(self.tr("Remove the criterion"))
        set_tooltip(self.remove_button, self.tr("Removes the criterion of the selected column"))
        self._scorer_label.setText(self.tr("&Scored by:"))
        self.scorer_name.setPlaceholderText(self.tr("A jury member's name"))
        self.hint.setText(
            self.tr(
                "Score each idea on each criterion, by consensus or member by member "
                "(type a name). The ranking is the weighted total, out of 100. "
                "Double-click a criterion's heading to rename it."
            )
        )
        self.refresh()

    # -- following the document -------------------------------------------------------
    def scored_by(self) -> str:
        """The member whose scores are shown, or the consensus."""
        if self.scorer.currentIndex() == 0 and self.scorer.currentText() == self.scorer.itemText(0):
            return scoring.CONSENSUS
        return " ".join(self.scorer.currentText().split())

    def _refresh_scorers(self) -> None:
        current = self.scored_by()
        names = scoring.scorers_of(self.document.workshop, self.vote_id or "")
        if current and current not in names:
            names.append(current)
        self.scorer.blockSignals(True)
        self.scorer.clear()
        self.scorer.addItem(self.tr("The group, by consensus"))
        self.scorer.addItems(names)
        self.scorer.setCurrentIndex(names.index(current) + 1 if current else 0)
        self.scorer.blockSignals(False)

    def refresh(self) -> None:
        workshop = self.document.workshop
        vote_id = self.vote_id or ""
        self._refresh_scorers()
        criteria = scoring.criteria_of(workshop, vote_id)
        options = voting.options_of(workshop, vote_id)
        participant = self.scored_by()
        self._filling = True
        self.grid.setRowCount(len(options))
        self.grid.setColumnCount(len(criteria))
        for column, criterion in enumerate(criteria):
            header = QTableWidgetItem(
                self.tr("%1\n×%2 · 1–%3")
                .replace("%1", textwrap.fill(criterion.name, 20))
                .replace("%2", _weight_text(criterion.weight))
                .replace("%3", str(criterion.scale_max))
            )
            header.setData(ID_ROLE, criterion.id)
            self.grid.setHorizontalHeaderItem(column, header)
        editable = self.editable()
        for row, option in enumerate(options):
            label = option.label.replace("\n", " ")
            self.grid.setVerticalHeaderItem(
                row, QTableWidgetItem(label if len(label) <= 60 else label[:59] + "…")
            )
            for column, criterion in enumerate(criteria):
                value = scoring.score_of(workshop, criterion.id, option.id, participant)
                item = QTableWidgetItem("" if value is None else str(value))
                item.setData(ID_ROLE, (criterion.id, option.id))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if not editable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.grid.setItem(row, column, item)
        self._filling = False
        for widget in (self.name, self.weight, self.scale, self.add_button, self.remove_button):
            widget.setEnabled(editable)

    # -- edits ----------------------------------------------------------------------------
    def add_criterion(self, name: str | None = None) -> bool:
        vote_id = self.vote_id
        if vote_id is None:
            return False
        text = self.name.text() if name is None else name
        weight, scale = self.weight.value(), int(self.scale.currentData())
        workshop = self.document.workshop
        editing = self._editing
        if editing is not None:
            done = self.edit(
                lambda: self.tr("Change a criterion"),
                lambda: scoring.set_criterion(
                    workshop, editing, name=text, weight=weight, scale_max=scale
                ),
            )
        else:
            done = self.edit(
                lambda: self.tr("Add a criterion"),
                lambda: scoring.add_criterion(workshop, vote_id, text, weight, scale)[0],
            )
        if done:
            self._editing = None
            self.name.clear()
            self.retranslate()
        return done

    def remove_criterion(self) -> None:
        column = self.grid.currentColumn()
        header = self.grid.horizontalHeaderItem(column) if column >= 0 else None
        if header is None:
            return
        criterion_id = str(header.data(ID_ROLE))
        workshop = self.document.workshop
        self.edit(
            lambda: self.tr("Remove a criterion"),
            lambda: scoring.remove_criterion(workshop, criterion_id),
        )

    def _edit_criterion(self, column: int) -> None:
        """Double-click on a heading: its name goes to the fields above, to be changed."""
        header = self.grid.horizontalHeaderItem(column)
        if header is None:
            return
        criterion = self.document.workshop.get(Criterion, str(header.data(ID_ROLE)))
        if criterion is None:
            return
        self._editing = criterion.id
        self.add_button.setText(self.tr("Apply"))
        self.name.setText(criterion.name)
        self.weight.setValue(criterion.weight)
        self.scale.setCurrentIndex(max(self.scale.findData(criterion.scale_max), 0))
        self.name.setFocus()

    def _score_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.vote_id is None:
            return
        vote_id = self.vote_id
        criterion_id, option_id = item.data(ID_ROLE)
        text = item.text().strip()
        try:
            value = int(text) if text else None
        except ValueError:
            self.hint.setText(self.tr("“%1” is not a score.").replace("%1", text))
            QTimer.singleShot(0, self.refresh)
            return
        participant = self.scored_by()
        workshop = self.document.workshop
        row, column = item.row(), item.column()  # the item is replaced by the edit

        def build() -> ChangeSet:
            return scoring.set_score(
                workshop, vote_id, criterion_id, option_id, value=value, participant=participant
            )

        if self.edit(lambda: self.tr("Score an idea"), build):
            QTimer.singleShot(0, lambda: self._next_cell(row, column))

    def _next_cell(self, row: int, column: int) -> None:
        """Enter: the next criterion of the same idea, then the next idea."""
        column += 1
        if column >= self.grid.columnCount():
            row, column = row + 1, 0
        if row < self.grid.rowCount():
            self.grid.setCurrentCell(row, column)
