"""The board's scene: follows the document (incrementally: thousands of notes), and
turns a drag of notes into one edit on release."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import board
from facilitator.domain.changes import ChangeSet
from facilitator.domain.records import Attachment, Cluster, Idea
from facilitator.ui.board.items import ClusterItem, NoteItem, OverviewItem
from facilitator.ui.board.photo_item import PhotoItem

MARGIN = 400.0


class BoardScene(QGraphicsScene):
    noteActivated = Signal(str)  # double-click on a note: edit it
    photoActivated = Signal(str)  # double-click on a photo: its caption
    clusterActivated = Signal(str)  # double-click on a cluster: its name
    followed = Signal()  # the scene has applied an edit of the document: its notes are current

    def __init__(
        self, document: WorkshopDocument, board_id: str, undo_text: Callable[[], str]
    ) -> None:
        super().__init__()
        self.document = document
        self.board_id = board_id
        self._undo_text = undo_text
        self.notes: dict[str, NoteItem] = {}
        self.photos: dict[str, PhotoItem] = {}
        self.clusters: dict[str, ClusterItem] = {}
        self._pressed: dict[str, QPointF] = {}
        self.far = False  # seen from afar: one overview item instead of thousands of notes
        self.setBackgroundBrush(QColor("#f0f0ec"))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.rebuild()
        document.changed.connect(self._changed)

    # -- following the document ------------------------------------------------------
    def rebuild(self) -> None:
        self.clear()
        self.notes.clear()
        self.clusters.clear()
        self.photos.clear()
        self.overview = OverviewItem(self.notes)
        self.overview.setVisible(self.far)
        self.addItem(self.overview)
        workshop = self.document.workshop
        for cluster in board.clusters_of(workshop, self.board_id):
            self._add_cluster(cluster)
        for idea in board.ideas_of(workshop, self.board_id):
            self._add_note(idea)
        self._place_photos()
        self._fit_rect()

    def _place_photos(self) -> None:
        """The board's photos in a column to the right of the notes. A photo already
        shown keeps its item: a new caption does not decode every photo again."""
        kept = dict(self.photos)
        self.photos.clear()
        right = max(
            [i.sceneBoundingRect().right() for i in self.clusters.values()]
            + [i.idea.x + board.NOTE_WIDTH for i in list(self.notes.values())[:5000]]
            + [0.0]
        )
        y = 0.0
        for photo in board.photos_of(self.document.workshop, self.board_id):
            item = kept.pop(photo.id, None)
            if item is None:
                item = PhotoItem(photo)
                self.addItem(item)
            else:
                item.show_photo(photo)
            item.setPos(right + 120, y)
            self.photos[photo.id] = item
            y += item.boundingRect().height() + 40
        for gone in kept.values():
            self.removeItem(gone)
        self._fit_rect()

    def selected_photo_ids(self) -> list[str]:
        return [i.photo.id for i in self.selectedItems() if isinstance(i, PhotoItem)]

    def set_far(self, far: bool) -> None:
        """Far away, notes are unreadable: draw them all at once, as coloured blocks."""
        if far == self.far:
            return
        self.far = far
        for item in self.notes.values():
            item.setVisible(not far)
        self.overview.invalidate()
        self.overview.setVisible(far)

    def _add_note(self, idea: Idea) -> None:
        item = NoteItem(idea)
        item.setVisible(not self.far)
        self.notes[idea.id] = item
        self.addItem(item)

    def _add_cluster(self, cluster: Cluster) -> None:
        item = ClusterItem(cluster)
        self.clusters[cluster.id] = item
        self.addItem(item)

    def _changed(self, changes: ChangeSet) -> None:
        area = QRectF()
        for change in changes.changes:
            record = change.after or change.before
            item: QGraphicsItem | None
            if isinstance(record, Idea):
                item = self._sync_note(change.before, change.after)
            elif isinstance(record, Cluster):
                item = self._sync_cluster(change.before, change.after)
            elif isinstance(record, Attachment) and record.owner_id == self.board_id:
                self._place_photos()
                item = None
            else:
                continue
            if item is not None:
                area = area.united(item.sceneBoundingRect())
        if changes.changes:
            self.overview.invalidate()
        if not area.isNull():  # grow the scene to what changed: no walk over every note
            self.setSceneRect(
                self.sceneRect().united(area.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
            )
        self.followed.emit()

    def _sync_note(self, before: object, after: object) -> NoteItem | None:
        """The note's item after the change (None if it left the board)."""
        record = after if isinstance(after, Idea) else before
        assert isinstance(record, Idea)
        item = self.notes.get(record.id)
        if isinstance(after, Idea) and after.board_id == self.board_id:
            if item is None:
                self._add_note(after)
                return self.notes[after.id]
            item.show_idea(after)
            return item
        if item is not None:
            self.removeItem(item)
            del self.notes[record.id]
        return None

    def _sync_cluster(self, before: object, after: object) -> ClusterItem | None:
        record = after if isinstance(after, Cluster) else before
        assert isinstance(record, Cluster)
        item = self.clusters.get(record.id)
        if isinstance(after, Cluster) and after.board_id == self.board_id:
            if item is None:
                self._add_cluster(after)
                return self.clusters[after.id]
            item.show_cluster(after)
            return item
        if item is not None:
            self.removeItem(item)
            del self.clusters[record.id]
        return None

    def _fit_rect(self) -> None:
        bounds = self.itemsBoundingRect()
        if bounds.isNull():
            bounds = QRectF(0, 0, 1200, 800)
        self.setSceneRect(bounds.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))

    # -- selection ------------------------------------------------------------------------
    def selected_note_ids(self) -> list[str]:
        return [i.idea.id for i in self.selectedItems() if isinstance(i, NoteItem)]

    def selected_cluster_ids(self) -> list[str]:
        """In the board's order: a merge keeps the first of them."""
        chosen = [i.cluster for i in self.selectedItems() if isinstance(i, ClusterItem)]
        return [c.id for c in sorted(chosen, key=lambda c: (c.position, c.id))]

    def cluster_at(self, point: QPointF) -> str | None:
        for item in self.clusters.values():
            if item.sceneBoundingRect().contains(point):
                return item.cluster.id
        return None

    # -- a drag is one edit ------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        self._pressed = {
            i.idea.id: i.pos() for i in self.selectedItems() if isinstance(i, NoteItem)
        }

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pressed, self._pressed = self._pressed, {}
        moved = {
            note_id: (item.pos().x(), item.pos().y())
            for note_id, start in pressed.items()
            if (item := self.notes.get(note_id)) is not None and item.pos() != start
        }
        if not moved or self.document.read_only:
            for note_id in moved:  # read-only: back where they were
                self.notes[note_id].setPos(pressed[note_id])
            return
        workshop = self.document.workshop
        target = self.cluster_at(event.scenePos())
        current = {workshop.get(Idea, note_id).cluster_id for note_id in moved}  # type: ignore[union-attr]
        if target is not None or current != {None}:
            changes = board.move_ideas(workshop, moved, target)  # into, out of, within a cluster
        else:
            changes = board.move_ideas(workshop, moved)  # free notes, dropped where they are
        if changes:
            self.document.edit(self._undo_text, changes)
        else:  # nothing changed in the model: show the notes where the model has them
            for note_id in moved:
                self.notes[note_id].show_idea(workshop.get(Idea, note_id))  # type: ignore[arg-type]

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        item = self.itemAt(event.scenePos(), self.views()[0].transform()) if self.views() else None
        if isinstance(item, NoteItem):
            self.noteActivated.emit(item.idea.id)
            return
        if isinstance(item, PhotoItem):
            self.photoActivated.emit(item.photo.id)
            return
        if isinstance(item, ClusterItem):
            self.clusterActivated.emit(item.cluster.id)
            return
        super().mouseDoubleClickEvent(event)
