"""Prototype cards: the gallery of every card (status, photo, where it came from) beside
the focused editor of the one chosen. New cards come from scratch, from an idea or a
cluster of a board, or from the top of a vote (on the Votes page)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import cards
from facilitator.domain.changes import ChangeSet
from facilitator.domain.messages import Message
from facilitator.domain.records import Attachment, PrototypeCard
from facilitator.ui.board.photos import shown_pixmap
from facilitator.ui.cards.card_editor import CardEditor
from facilitator.ui.cards.names import STATUS_COLOURS, status_names
from facilitator.ui.cards.projected_card import ProjectedCard
from facilitator.ui.cards.source_dialog import SourceDialog
from facilitator.ui.cards.template_dialog import TemplateDialog
from facilitator.ui.editing import UndoText, perform_edit
from facilitator.ui.plain import plain_label, set_tooltip
from facilitator.ui.refresh_when_shown import RefreshWhenShown
from facilitator.ui.retranslate import Retranslatable
from facilitator.ui.style import named

ID_ROLE = Qt.ItemDataRole.UserRole
TILE = QSize(200, 130)


def _touches_cards(changes: ChangeSet) -> bool:
    """Whether an edit changes the gallery: a card, or a photo (a card's first photo)."""
    return any(
        isinstance(c.after or c.before, (PrototypeCard, Attachment)) for c in changes.changes
    )


def _tile(photo: Attachment | None, status: str) -> QIcon:
    """The card's first photo, or a plain tile of its status colour."""
    pixmap = QPixmap(TILE)
    pixmap.fill(QColor("#f5f5fe"))
    painter = QPainter(pixmap)
    # Decoded straight at the tile's size; too large or damaged: the plain tile.
    scaled, _problem = shown_pixmap(photo.data, TILE) if photo else (QPixmap(), None)
    if not scaled.isNull():
        painter.drawPixmap((TILE.width() - scaled.width()) // 2, 0, scaled)
    painter.fillRect(0, TILE.height() - 8, TILE.width(), 8, QColor(STATUS_COLOURS[status]))
    painter.end()
    return QIcon(pixmap)


class CardsPage(Retranslatable):
    def __init__(
        self,
        document: WorkshopDocument,
        report: Callable[[Message], None],
        choose_file: Callable[[str], Path | None] = lambda _kind: None,
        project: Callable[[QWidget], None] | None = None,
    ) -> None:
        super().__init__()
        self.document = document
        self._report = report
        self._project = project
        self.gallery = QListWidget()
        self.gallery.setViewMode(QListView.ViewMode.IconMode)
        self.gallery.setIconSize(TILE)
        self.gallery.setGridSize(QSize(TILE.width() + 24, TILE.height() + 64))
        self.gallery.setResizeMode(QListView.ResizeMode.Adjust)
        self.gallery.setMovement(QListView.Movement.Static)
        self.gallery.setWordWrap(True)
        self.gallery.setSpacing(6)
        self.gallery.currentRowChanged.connect(lambda _: self._current_changed())
        self.editor = CardEditor(document, report, choose_file)
        self.projected = ProjectedCard()
        self.buttons = {
            key: QPushButton()
            for key in ("new", "from_board", "earlier", "later", "delete", "projector", "fields")
        }
        self.buttons["new"].clicked.connect(lambda: self.new_card())  # noqa: PLW0108 # not (checked)
        self.buttons["from_board"].clicked.connect(self.card_from_board)
        self.buttons["earlier"].clicked.connect(lambda: self.move_current(-1))
        self.buttons["later"].clicked.connect(lambda: self.move_current(1))
        self.buttons["delete"].clicked.connect(self.delete_current)
        self.buttons["projector"].clicked.connect(self.project_current)
        self.buttons["fields"].clicked.connect(self.edit_template)
        named(self.buttons["new"], "primary")
        self.empty = named(plain_label(), "subheading")
        self.empty.setWordWrap(True)
        for keys, step in (("Alt+Left", -1), ("Alt+Right", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.gallery)
            shortcut.activated.connect(lambda s=step: self.move_current(s))
        self._layout()
        # Behind another part, the gallery is filled again once when shown (issue 22).
        self.follower = RefreshWhenShown(self, self._changed, self.refresh, relevant=_touches_cards)
        document.changed.connect(self.follower.changed)
        self.retranslate()

    def _layout(self) -> None:
        top = QHBoxLayout()
        for key in ("new", "from_board", "earlier", "later", "delete"):
            top.addWidget(self.buttons[key])
        top.addStretch(1)
        top.addWidget(self.buttons["fields"])
        top.addWidget(self.buttons["projector"])
        self.editor_scroll = QScrollArea()
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setWidget(self.editor)
        splitter = QSplitter()
        splitter.addWidget(self.gallery)
        splitter.addWidget(self.editor_scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)

    def retranslate(self) -> None:
        texts = {
            "new": self.tr("New card"),
            "from_board": self.tr("From an idea or a cluster…"),
            "earlier": self.tr("◀ Earlier"),
            "later": self.tr("Later ▶"),
            "delete": self.tr("Delete"),
            "projector": self.tr("On the projector"),
            "fields": self.tr("Fields of the cards…"),
        }
        for key, text in texts.items():
            self.buttons[key].setText(text)
        set_tooltip(self.buttons["earlier"], self.tr("Move the card earlier (Alt+←)"))
        set_tooltip(self.buttons["later"], self.tr("Move the card later (Alt+→)"))
        self.empty.setText(
            self.tr(
                "No prototype card yet. Make one from scratch, from an idea or a cluster of a "
                "board, or from the top of a vote (Votes page)."
            )
        )
        self.refresh()

    # -- following the document -------------------------------------------------------
    def current_card_id(self) -> str | None:
        item = self.gallery.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def select_card(self, card_id: str | None) -> None:
        for row in range(self.gallery.count()):
            if self.gallery.item(row).data(ID_ROLE) == card_id:
                self.gallery.setCurrentRow(row)
                return

    def _changed(self, _changes: ChangeSet) -> None:
        self.refresh()

    def refresh(self) -> None:
        workshop = self.document.workshop
        every = cards.cards_of(workshop)
        current = self.current_card_id()
        names = status_names()
        self.gallery.blockSignals(True)
        self.gallery.clear()
        for card in every:
            photos = cards.photos_of(workshop, card.id)
            name = card.name or self.tr("Untitled card")
            item = QListWidgetItem(_tile(photos[0] if photos else None, card.status), "")
            item.setText(f"{name}\n{names[card.status]}")
            set_tooltip(item, name)
            item.setData(ID_ROLE, card.id)
            self.gallery.addItem(item)
        self.gallery.blockSignals(False)
        ids = [c.id for c in every]
        row = ids.index(current) if current in ids else (0 if ids else -1)
        self.gallery.setCurrentRow(row)
        self.empty.setVisible(not every)
        writable = not self.document.read_only
        has_card = row >= 0
        for key in ("new", "from_board", "fields"):
            self.buttons[key].setEnabled(writable)
        for key in ("earlier", "later", "delete"):
            self.buttons[key].setEnabled(writable and has_card)
        self.buttons["projector"].setEnabled(has_card)
        if self.editor.card_id != self.current_card_id():
            self.editor.show_card(self.current_card_id())

    def _current_changed(self) -> None:
        if self.editor.card_id != self.current_card_id():
            self.editor.show_card(self.current_card_id())

    def commit_pending_typing(self) -> None:
        self.editor.commit_pending_typing()

    # -- edits ----------------------------------------------------------------------------
    def _edit(self, text: UndoText, build: Callable[[], ChangeSet]) -> bool:
        if self.document.read_only:
            return False
        self.editor.commit_pending_typing()
        return perform_edit(
            self.document,
            text,
            build,
            report=self._report,
            on_refused=lambda: QTimer.singleShot(0, self.refresh),
        )

    def _create(self, text: UndoText, build: Callable[[], tuple[ChangeSet, str]]) -> str | None:
        created: list[str] = []

        def changes() -> ChangeSet:
            built, card_id = build()
            created.append(card_id)
            return built

        if not self._edit(text, changes):
            return None
        self.select_card(created[0])
        self.editor.name.setFocus()
        self.editor.name.selectAll()
        return created[0]

    def new_card(self, name: str = "") -> str | None:
        workshop = self.document.workshop
        return self._create(
            lambda: self.tr("New card"),
            lambda: cards.create_card(workshop, name or self.tr("New prototype")),
        )

    def card_from(self, kind: str, record_id: str) -> str | None:
        """A card from an idea or a cluster: it keeps the link to where it came from."""
        workshop = self.document.workshop
        if kind == "cluster":
            return self._create(
                lambda: self.tr("Card from a cluster"),
                lambda: cards.card_from_cluster(workshop, record_id),
            )
        return self._create(
            lambda: self.tr("Card from an idea"), lambda: cards.card_from_idea(workshop, record_id)
        )

    def card_from_board(self) -> None:
        dialog = SourceDialog(self.document, self)
        chosen = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        if chosen is not None:
            self.card_from(*chosen)

    def move_current(self, step: int) -> None:
        card_id = self.current_card_id()
        if card_id is None:
            return
        index = self.gallery.currentRow() + step
        if self._edit(
            lambda: self.tr("Move a card"),
            lambda: cards.move_card(self.document.workshop, card_id, index),
        ):
            self.select_card(card_id)

    def delete_current(self) -> None:
        card_id = self.current_card_id()
        if card_id is not None:
            self._edit(
                lambda: self.tr("Delete a card"),
                lambda: cards.delete_card(self.document.workshop, card_id),
            )

    def edit_template(self) -> None:
        self.editor.commit_pending_typing()
        TemplateDialog(self.document, self._report, self).exec()

    def project_current(self) -> None:
        """The card chosen, on the projector: for the team's pitch."""
        card = self.document.workshop.get(PrototypeCard, self.current_card_id())
        if card is None or self._project is None:
            return
        self.projected.show_card(self.document.workshop, card)
        self._project(self.projected)
