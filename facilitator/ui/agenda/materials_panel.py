"""The materials checklist, gathered from every item of every day."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain.schedule import materials_checklist
from facilitator.ui.agenda.day_model import touches_agenda
from facilitator.ui.plain import plain_label, set_tooltip
from facilitator.ui.refresh_when_shown import RefreshWhenShown
from facilitator.ui.retranslate import Retranslatable
from facilitator.ui.style import named


class MaterialsPanel(Retranslatable):
    def __init__(self, document: WorkshopDocument) -> None:
        super().__init__()
        self._document = document
        self._hint = named(plain_label(), "subheading")
        self._hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._hint)
        layout.addWidget(self.list, 1)
        # Seen (its tab chosen), it follows the agenda's edits; else once when shown.
        self.follower = RefreshWhenShown(
            self, lambda _changes: self.refresh(), self.refresh, relevant=touches_agenda
        )
        document.changed.connect(self.follower.changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        needs = materials_checklist(self._document.workshop)
        self.list.clear()
        for need in needs:
            item = QListWidgetItem(need.text)
            set_tooltip(item, self.tr("For: %1").replace("%1", ", ".join(need.activities)))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self._hint.setText(
            self.tr("%n item(s) to bring, from every day's activities.", "", len(needs))
            if needs
            else self.tr("No materials yet: they come with the activities you add.")
        )
