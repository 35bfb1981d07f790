"""Editing a list of names: the facilitators, or the participants who are named."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
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

ID_ROLE = Qt.ItemDataRole.UserRole


class PeopleEditor(Retranslatable):
    """Type a name and Enter to add; F2 or double-click to rename; Delete to remove;
    Alt+Up and Alt+Down to reorder."""

    def __init__(
        self,
        document: WorkshopDocument,
        role: PersonRole,
        report: Callable[[Message], None],
    ) -> None:
        super().__init__()
        self._document = document
        self._role = role
        self._report = report
        self._list = QListWidget()
        self._list.setObjectName(f"{role}List")
        self._list.setMinimumHeight(90)
        self._list.itemChanged.connect(self._renamed)
        self._entry = QLineEdit()
        self._entry.setMaxLength(SHORT)
        self._entry.returnPressed.connect(self._add)
        self._add_button = QPushButton()
        self._add_button.clicked.connect(self._add)
        self._remove_button = QPushButton()
        self._remove_button.clicked.connect(self._remove_current)
        for keys, handler in (
            (QKeySequence.StandardKey.Delete, self._remove_current),
            (QKeySequence("Alt+Up"), lambda: self._move(-1)),
            (QKeySequence("Alt+Down"), lambda: self._move(+1)),
        ):
            shortcut = QShortcut(keys, self._list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(handler)

        entry_row = QHBoxLayout()
        entry_row.addWidget(self._entry, 1)
        entry_row.addWidget(self._add_button)
        entry_row.addWidget(self._remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._list)
        layout.addLayout(entry_row)

        read_only = document.read_only
        for widget in (self._entry, self._add_button, self._remove_button):
            widget.setEnabled(not read_only)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self._entry.setPlaceholderText(self.tr("Type a name, then Enter"))
        self._add_button.setText(self.tr("Add"))
        self._remove_button.setText(self.tr("Remove"))
        set_tooltip(self._remove_button, self.tr("Remove the selected name (Delete)"))

    def focus_chain(self) -> list[QWidget]:
        return [self._list, self._entry, self._add_button, self._remove_button]

    def people(self) -> list[Person]:
        return self._document.workshop.where(Person, role=self._role)

    def refresh(self) -> None:
        people = self.people()
        shown = [
            (self._list.item(i).data(ID_ROLE), self._list.item(i).text())
            for i in range(self._list.count())
        ]
        if shown == [(p.id, p.name) for p in people]:
            return
        current = self._current_id()
        self._list.blockSignals(True)
        self._list.clear()
        for person in people:
            item = QListWidgetItem(person.name)
            item.setData(ID_ROLE, person.id)
            if not self._document.read_only:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self._list.addItem(item)
            if person.id == current:
                self._list.setCurrentItem(item)
        self._list.blockSignals(False)

    def _current_id(self) -> str | None:
        item = self._list.currentItem()
        return None if item is None else str(item.data(ID_ROLE))

    def _edit(self, undo_text: UndoText, action: Callable[[], ChangeSet]) -> None:
        perform_edit(
            self._document, undo_text, action, report=self._report, on_refused=self.refresh
        )

    def _add(self) -> None:
        name = self._entry.text()
        if not name.strip() or self._document.read_only:
            return
        self._edit(
            lambda: self.tr("Add “%1”").replace("%1", name.strip()),
            lambda: edits.add_person(self._document.workshop, self._role, name)[0],
        )
        self._entry.clear()
        self._list.setCurrentRow(self._list.count() - 1)

    def _renamed(self, item: QListWidgetItem) -> None:
        person_id = str(item.data(ID_ROLE))
        name = item.text()
        if not name.strip():
            self.refresh()  # an empty name is not a rename: Delete removes
            return
        self._edit(
            lambda: self.tr("Rename “%1”").replace("%1", name.strip()),
            lambda: edits.set_person(self._document.workshop, person_id, name=name),
        )

    def _remove_current(self) -> None:
        person_id = self._current_id()
        if person_id is None or self._document.read_only:
            return
        row = self._list.currentRow()
        name = self._list.currentItem().text()
        self._edit(
            lambda: self.tr("Remove “%1”").replace("%1", name),
            lambda: edits.remove_person(self._document.workshop, person_id),
        )
        self._list.setCurrentRow(min(row, self._list.count() - 1))

    def _move(self, step: int) -> None:
        person_id = self._current_id()
        if person_id is None or self._document.read_only:
            return
        row = self._list.currentRow()
        self._edit(
            lambda: self.tr("Reorder the names"),
            lambda: edits.move_person(self._document.workshop, person_id, row + step),
        )
        for index in range(self._list.count()):
            if self._list.item(index).data(ID_ROLE) == person_id:
                self._list.setCurrentRow(index)
