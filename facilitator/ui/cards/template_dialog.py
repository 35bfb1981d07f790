"""The fields every card has: a lab adds its own, renames, reorders or removes them.
Each change is one undo step; removing a field takes what the cards wrote in it
(undo brings it back)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import card_template
from facilitator.domain.changes import ChangeSet
from facilitator.domain.messages import Message
from facilitator.ui.editing import UndoText, perform_edit
from facilitator.ui.plain import plain_label
from facilitator.ui.style import named

ID_ROLE = Qt.ItemDataRole.UserRole


class TemplateDialog(QDialog):
    def __init__(
        self,
        document: WorkshopDocument,
        report: Callable[[Message], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self._report = report
        self.setWindowTitle(self.tr("Fields of the prototype cards"))
        self.fields = QListWidget()
        self.fields.itemChanged.connect(self._renamed)
        self.label = QLineEdit()
        self.label.setMaxLength(200)
        self.label.setPlaceholderText(self.tr("A field of your own: budget, risks, partners…"))
        self.label.returnPressed.connect(self.add)
        self.hint = named(plain_label(), "subheading")
        self.hint.setWordWrap(True)
        self.hint.setText(
            self.tr(
                "Every card of this workshop has these fields, in this order. Double-click a "
                "field to rename it. Removing a field removes what the cards wrote in it "
                "(Ctrl+Z brings it back)."
            )
        )
        buttons = {
            self.tr("Add"): self.add,
            self.tr("Up"): lambda: self.move_field(-1),
            self.tr("Down"): lambda: self.move_field(1),
            self.tr("Remove"): self.remove,
        }
        row = QHBoxLayout()
        row.addWidget(self.label, 1)
        for text, action in buttons.items():
            button = QPushButton(text)
            button.clicked.connect(action)
            row.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.fields, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(560, 460)
        self._filling = False
        if not card_template.fields_of(document.workshop) and not document.read_only:
            document.edit(
                lambda: self.tr("Fields of the cards"),
                card_template.ensure_template(document.workshop),
            )
        self.refresh()

    def refresh(self) -> None:
        current = self.fields.currentRow()
        self._filling = True
        self.fields.clear()
        for field in card_template.fields_of(self.document.workshop):
            item = QListWidgetItem(field.label)
            item.setData(ID_ROLE, field.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.fields.addItem(item)
        self._filling = False
        self.fields.setCurrentRow(min(max(current, 0), self.fields.count() - 1))

    def _edit(self, text: UndoText, build: Callable[[], ChangeSet]) -> bool:
        if self.document.read_only:
            return False
        done = perform_edit(
            self.document, text, build, report=self._report, on_refused=lambda: None
        )
        # After the signal that may be reporting an edited item: the list is rebuilt.
        QTimer.singleShot(0, self.refresh)
        return done

    def _current_id(self) -> str | None:
        item = self.fields.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def add(self) -> None:
        label = self.label.text()
        workshop = self.document.workshop
        if self._edit(
            lambda: self.tr("Add a field"), lambda: card_template.add_field(workshop, label)[0]
        ):
            self.label.clear()
            QTimer.singleShot(0, lambda: self.fields.setCurrentRow(self.fields.count() - 1))

    def move_field(self, step: int) -> None:
        field_id, row = self._current_id(), self.fields.currentRow()
        if field_id is None:
            return
        workshop = self.document.workshop
        if self._edit(
            lambda: self.tr("Move a field"),
            lambda: card_template.move_field(workshop, field_id, row + step),
        ):
            target = max(0, min(row + step, self.fields.count() - 1))
            QTimer.singleShot(0, lambda: self.fields.setCurrentRow(target))

    def remove(self) -> None:
        field_id = self._current_id()
        if field_id is not None:
            workshop = self.document.workshop
            self._edit(
                lambda: self.tr("Remove a field"),
                lambda: card_template.remove_field(workshop, field_id),
            )

    def _renamed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        field_id, label = str(item.data(ID_ROLE)), item.text()
        workshop = self.document.workshop
        self._edit(
            lambda: self.tr("Rename a field"),
            lambda: card_template.rename_field(workshop, field_id, label),
        )
