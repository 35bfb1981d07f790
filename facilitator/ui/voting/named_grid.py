"""Named votes: the facilitator records each participant's dots in a grid, one column
per person, one row per idea; the grid shows who voted what, and each person's dots
are checked against the rules as they are typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import voting
from facilitator.domain.changes import ChangeSet
from facilitator.domain.messages import Message
from facilitator.domain.records import Person
from facilitator.ui.compact import choice_box
from facilitator.ui.plain import plain_label
from facilitator.ui.style import named
from facilitator.ui.voting.vote_panel import VotePanel

OPTION_ROLE = Qt.ItemDataRole.UserRole
PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole + 1


class NamedGrid(VotePanel):
    def __init__(self, document: WorkshopDocument, report: Callable[[Message], None]) -> None:
        super().__init__(document, report)
        self.person = choice_box()
        self.person.setEditable(True)
        self.person_name = QLineEdit()
        self.person_name.setMaxLength(200)
        self.person.setLineEdit(self.person_name)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person_name.returnPressed.connect(self.add_person)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_person)
        self.hint = named(plain_label(), "subheading")
        self.hint.setWordWrap(True)
        self.grid = QTableWidget(0, 0)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.grid.itemChanged.connect(self._cell_changed)
        self._extra: list[str] = []  # people added here who have not voted yet
        self._filling = False
        row = QHBoxLayout()
        row.addWidget(self.person, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(self.grid, 1)
        self.follow_when_shown()
        self.retranslate()

    def retranslate(self) -> None:
        self.person_name.setPlaceholderText(self.tr("A participant's name"))
        self.add_button.setText(self.tr("Add a column"))
        self.hint.setText(
            self.tr(
                "Record each person's dots: one column per participant. Their dots are "
                "checked against the rules of the vote."
            )
        )
        self.refresh()

    def show_vote(self, vote_id: str | None) -> None:
        if vote_id != self.vote_id:
            self._extra = []
        super().show_vote(vote_id)

    def participants(self) -> list[str]:
        voted = voting.participants_of(self.document.workshop, self.vote_id or "")
        return voted + [p for p in self._extra if p not in voted]

    def add_person(self) -> None:
        name = " ".join(self.person.currentText().split())
        if not name or name in self.participants():
            self.person.setCurrentText("")
            return
        self._extra.append(name)
        self.person.setCurrentText("")
        self.refresh()
        self.grid.setFocus()
        self.grid.setCurrentCell(0, len(self.participants()) - 1)

    def refresh(self) -> None:
        workshop = self.document.workshop
        vote_id = self.vote_id or ""
        options = voting.options_of(workshop, vote_id)
        people = self.participants()
        ballots = {
            (b.participant, b.option_id): b.dots for b in voting.ballots_of(workshop, vote_id)
        }
        self._filling = True
        self.grid.setRowCount(len(options))
        self.grid.setColumnCount(len(people))
        self.grid.setHorizontalHeaderLabels(people)
        self.grid.setVerticalHeaderLabels([self._short(o.label) for o in options])
        editable = self.editable()
        for row, option in enumerate(options):
            for column, person in enumerate(people):
                dots = ballots.get((person, option.id), 0)
                item = QTableWidgetItem(str(dots) if dots else "")
                item.setData(OPTION_ROLE, option.id)
                item.setData(PARTICIPANT_ROLE, person)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if not editable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.grid.setItem(row, column, item)
        self._filling = False
        self.add_button.setEnabled(editable)
        self.person.setEnabled(editable)
        self._refresh_people_list(people)

    @staticmethod
    def _short(label: str) -> str:
        line = label.replace("\n", " ")
        return line if len(line) <= 60 else line[:59] + "…"

    def _refresh_people_list(self, people: list[str]) -> None:
        """The workshop's participants who have no column yet, ready to be picked."""
        text = self.person.currentText()
        self.person.blockSignals(True)
        self.person.clear()
        for person in self.document.workshop.all(Person):
            if person.role == "participant" and person.name not in people:
                self.person.addItem(person.name)
        self.person.setCurrentText(text)
        self.person.blockSignals(False)

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.vote_id is None:
            return
        vote_id = self.vote_id
        option_id = str(item.data(OPTION_ROLE))
        person = str(item.data(PARTICIPANT_ROLE))
        try:
            dots = int(item.text().strip() or "0")
        except ValueError:
            self._report_text(self.tr("“%1” is not a number of dots.").replace("%1", item.text()))
            QTimer.singleShot(0, self.refresh)
            return
        workshop = self.document.workshop

        def build() -> ChangeSet:
            return voting.set_named_dots(workshop, vote_id, person, option_id, dots)

        self.edit(lambda: self.tr("A participant's dots"), build)

    def _report_text(self, text: str) -> None:
        self.hint.setText(text)
