"""Editing a list of people: the facilitators, or the participants who are named; each
with their name, organisation and role in the room (issue 18), the participants with
their import from a CSV file or a paste (`roster_import.RosterImportDialog`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import edits
from facilitator.domain.changes import ChangeSet
from facilitator.domain.messages import Message
from facilitator.domain.records import SHORT, Person, PersonRole
from facilitator.ui.editing import UndoText, perform_edit
from facilitator.ui.plain import set_tooltip
from facilitator.ui.retranslate import Retranslatable

if TYPE_CHECKING:  # the import itself waits for its first use (issue 22)
    from facilitator.domain.participants import Newcomer

ID_ROLE = Qt.ItemDataRole.UserRole
# The columns: the Person field each shows. A facilitator has a role too ("co-animation",
# "facilitation graphique"), shown and edited alike; only participants' roles are balanced.
FIELDS: tuple[str, ...] = ("name", "organisation", "job")


class _LineDelegate(QStyledItemDelegate):
    """Cells edited on one line of at most a person's field's length (records.SHORT)."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(SHORT)
        return editor


class PeopleEditor(Retranslatable):
    """Type a name and Enter to add; F2 or double-click on a cell to change the name, the
    organisation or the role; Delete to remove; Alt+Up and Alt+Down to reorder. Each
    change is one step of the Edit menu's undo."""

    def __init__(
        self,
        document: WorkshopDocument,
        role: PersonRole,
        report: Callable[[Message], None],
        choose_file: Callable[[str], Path | None] = lambda _kind: None,
    ) -> None:
        super().__init__()
        self._document = document
        self._role = role
        self._report = report
        self._choose_file = choose_file
        self._fields = FIELDS
        self._shown: list[tuple[str, ...]] = []
        self.table = QTableWidget(0, len(self._fields))
        self.table.setObjectName(f"{role}List")
        self.table.setMinimumHeight(150 if role == "participant" else 90)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setItemDelegate(_LineDelegate(self.table))
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        for column, field in enumerate(self._fields):
            mode = (
                QHeaderView.ResizeMode.Interactive
                if field == "job"
                else QHeaderView.ResizeMode.Stretch
            )
            header.setSectionResizeMode(column, mode)
        self.table.itemChanged.connect(self._changed)
        self._entry = QLineEdit()
        self._entry.setMaxLength(SHORT)
        self._entry.returnPressed.connect(self._add)
        self._add_button = QPushButton()
        self._add_button.clicked.connect(self._add)
        self._remove_button = QPushButton()
        self._remove_button.clicked.connect(self._remove_current)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_participants)
        for keys, handler in (
            (QKeySequence.StandardKey.Delete, self._remove_current),
            (QKeySequence("Alt+Up"), lambda: self._move(-1)),
            (QKeySequence("Alt+Down"), lambda: self._move(+1)),
        ):
            shortcut = QShortcut(keys, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(handler)

        entry_row = QHBoxLayout()
        entry_row.addWidget(self._entry, 1)
        entry_row.addWidget(self._add_button)
        entry_row.addWidget(self._remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(entry_row)
        if role == "participant":
            import_row = QHBoxLayout()
            import_row.addWidget(self.import_button)
            import_row.addStretch(1)
            layout.addLayout(import_row)
        else:
            self.import_button.hide()

        read_only = document.read_only
        for widget in (self._entry, self._add_button, self._remove_button, self.import_button):
            widget.setEnabled(not read_only)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self._entry.setPlaceholderText(self.tr("Type a name, then Enter"))
        self._add_button.setText(self.tr("Add"))
        self._remove_button.setText(self.tr("Remove"))
        set_tooltip(self._remove_button, self.tr("Remove the selected person (Delete)"))
        self.import_button.setText(self.tr("Import participants…"))
        set_tooltip(
            self.import_button,
            self.tr(
                "Add participants from a CSV or text file, or from lines pasted from a "
                "spreadsheet: name; organisation; role"
            ),
        )
        titles = {
            "name": self.tr("Name"),
            "organisation": self.tr("Organisation"),
            "job": self.tr("Role"),
        }
        self.table.setHorizontalHeaderLabels([titles[field] for field in self._fields])
        job = self.table.horizontalHeaderItem(len(self._fields) - 1)
        if "job" in self._fields and job is not None:
            set_tooltip(
                job,
                self.tr(
                    "The person's role in the room (agent, elected member, user…), which "
                    "groups can balance"
                ),
            )

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = [self.table, self._entry, self._add_button, self._remove_button]
        return chain + ([self.import_button] if self._role == "participant" else [])

    def people(self) -> list[Person]:
        return self._document.workshop.where(Person, role=self._role)

    def _row_of(self, person: Person) -> tuple[str, ...]:
        return (person.id, *(str(getattr(person, field)) for field in self._fields))

    def refresh(self) -> None:
        """Show the workshop's people again when they changed (one row each: name,
        organisation, role); nothing is redrawn when they did not (5,000 rows: a
        comparison of tuples)."""
        people = self.people()
        rows = [self._row_of(person) for person in people]
        if rows == self._shown:
            return
        current = self._current_id()
        column = max(self.table.currentColumn(), 0)
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        editable = not self._document.read_only
        for number, row in enumerate(rows):
            for index, value in enumerate(row[1:]):
                item = self.table.item(number, index)
                if item is None:
                    item = QTableWidgetItem()
                    flags = item.flags() & ~Qt.ItemFlag.ItemIsEditable
                    if editable:
                        flags |= Qt.ItemFlag.ItemIsEditable
                    item.setFlags(flags)
                    self.table.setItem(number, index, item)
                item.setText(value)
                item.setData(ID_ROLE, row[0])
            if row[0] == current:
                self.table.setCurrentCell(number, column)
        self.table.blockSignals(False)
        self._shown = rows

    def _current_id(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0)
        return None if item is None else str(item.data(ID_ROLE))

    def _edit(self, undo_text: UndoText, action: Callable[[], ChangeSet]) -> bool:
        return perform_edit(
            self._document, undo_text, action, report=self._report, on_refused=self._refused
        )

    def _refused(self) -> None:
        self._shown = []  # the cell shows what was typed: show the workshop's value again
        self.refresh()

    def _add(self) -> None:
        name = self._entry.text()
        if not name.strip() or self._document.read_only:
            return
        self._edit(
            lambda: self.tr("Add “%1”").replace("%1", name.strip()),
            lambda: edits.add_person(self._document.workshop, self._role, name)[0],
        )
        self._entry.clear()
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)

    def _changed(self, item: QTableWidgetItem) -> None:
        person_id = str(item.data(ID_ROLE))
        field = self._fields[item.column()]
        value = item.text()
        person = self._document.workshop.get(Person, person_id)
        if person is None or value == getattr(person, field):
            return
        if field == "name" and not value.strip():
            self._refused()  # an empty name is not a rename: Delete removes
            return
        name = " ".join((value if field == "name" else person.name).split())
        self._edit(
            lambda: self._undo_text(field, name),
            lambda: edits.set_person(self._document.workshop, person_id, **{field: value}),
        )

    def _undo_text(self, field: str, name: str) -> str:
        if field == "name":
            return self.tr("Rename “%1”").replace("%1", name)
        if field == "organisation":
            return self.tr("Change the organisation of “%1”").replace("%1", name)
        return self.tr("Change the role of “%1”").replace("%1", name)

    def _remove_current(self) -> None:
        person_id = self._current_id()
        if person_id is None or self._document.read_only:
            return
        row = self.table.currentRow()
        person = self._document.workshop.get(Person, person_id)
        name = person.name if person is not None else ""
        self._edit(
            lambda: self.tr("Remove “%1”").replace("%1", name),
            lambda: edits.remove_person(self._document.workshop, person_id),
        )
        self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 0)

    def _move(self, step: int) -> None:
        person_id = self._current_id()
        if person_id is None or self._document.read_only:
            return
        row, column = self.table.currentRow(), self.table.currentColumn()
        self._edit(
            lambda: self.tr("Reorder the names"),
            lambda: edits.move_person(self._document.workshop, person_id, row + step),
        )
        for index in range(self.table.rowCount()):
            item = self.table.item(index, 0)
            if item is not None and item.data(ID_ROLE) == person_id:
                self.table.setCurrentCell(index, max(column, 0))

    # -- import ------------------------------------------------------------------------------
    def import_participants(self) -> bool:
        """Ask for a file or a paste, preview it, then add its people in one undoable
        change (`RosterImportDialog`). True when people were added."""
        from facilitator.ui.details.roster_import import RosterImportDialog

        if self._document.read_only:
            return False
        dialog = RosterImportDialog(self, self._document.workshop, self._choose_file)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.add_newcomers(dialog.newcomers())

    def add_newcomers(self, people: Sequence[Newcomer]) -> bool:
        """Add `people` (a previewed list) but those already there, in one step of the
        undo, and say how many were added and left out."""
        from facilitator.domain.participants import add_participants, added_message, plan_import

        if not people:
            return False
        count = len(plan_import(self._document.workshop, people).added)
        done = self._edit(
            lambda: self.tr("Import %n participant(s)", "", count),
            lambda: add_participants(
                self._document.workshop, plan_import(self._document.workshop, people).added
            ),
        )
        if done:
            self._report(added_message(count, len(people) - count))
        return done
