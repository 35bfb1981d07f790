"""The board's scene: follows the document's edits given to `follow` (incrementally:
thousands of notes; its page gives them while the scene is seen, issue 22), and turns a
drag of notes into one edit on release."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import board
from facilitator.domain.changes import ChangeSet
from facilitator.domain.records import Attachment, Cluster, Idea
from facilitator.ui.board.items import (
    NOTE_BOUNDS,
    ClusterItem,
    NoteItem,
    NoteLayer,
    Overview,
    note_points,
    tile_of,
)
from facilitator.ui.board.photo_item import PhotoItem
from facilitator.ui.plain import show_tooltip

MARGIN = 400.0
# The scene's own rectangle (which its index of items is built over: changing it rebuilds
# that index, every note of the board) grows by at least this share of itself at once;
# the view scrolls over the rectangle that holds the notes (`shown`), grown note by note.
INDEX_GROWTH = 0.5


class BoardScene(QGraphicsScene):
    noteActivated = Signal(str)  # double-click on a note: edit it
    photoActivated = Signal(str)  # double-click on a photo: its caption
    clusterActivated = Signal(str)  # double-click on a cluster: its name
    followed = Signal()  # the scene has applied an edit of the document: its notes are current
    shownChanged = Signal(QRectF)  # the rectangle holding every item grew (`shown`)

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
        self._tiles: dict[tuple[int, int], NoteLayer] = {}  # the notes, by where they lie
        self._points: Counter[float] = Counter()  # notes by the size of their text
        self._content: QRectF | None = None  # every item's rectangle (None: to measure)
        self._pressed: dict[str, QPointF] = {}
        self.shown = QRectF()  # every item, with MARGIN around: what the view scrolls over
        self.far = False  # seen from afar: the overview instead of thousands of notes
        self.setBackgroundBrush(QColor("#f0f0ec"))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.rebuild()

    # -- following the document ------------------------------------------------------
    def rebuild(self) -> None:
        self.clear()
        self.notes.clear()
        self.clusters.clear()
        self.photos.clear()
        self._tiles = {}
        self._points, self._content = Counter(), None
        self.overview = Overview(self.notes, self.update)
        self.overview.shown = self.far
        workshop = self.document.workshop
        for cluster in board.clusters_of(workshop, self.board_id):
            self._add_cluster(cluster)
        for idea in workshop.unordered(Idea):  # their order on the board: their places
            if idea.board_id == self.board_id:
                self._add_note(idea)
        self._place_photos()  # and the scene's rectangle

    def _place_photos(self) -> None:
        """The board's photos in a column to the right of the notes. A photo already
        shown keeps its item: a new caption does not decode every photo again."""
        kept = dict(self.photos)
        self.photos.clear()
        right = self._notes_rect().right()
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
        for layer in self._tiles.values():  # a few hundred tiles, not every note
            layer.setVisible(not far)
        self.overview.shown = far
        self.update(self.shown)  # the views draw the overview over the board, or not

    def _add_note(self, idea: Idea) -> None:
        item = NoteItem(idea)
        self._lay(item, tile_of(idea))
        self.notes[idea.id] = item
        self._points[note_points(idea.text)] += 1
        self.overview.place(idea)

    def _lay(self, item: NoteItem, tile: tuple[int, int]) -> None:
        """The note held by the layer of `tile` (made when first needed); an empty layer
        left behind goes."""
        old = item.parentItem()
        if isinstance(old, NoteLayer) and old.tile == tile:
            return
        layer = self._tiles.get(tile)
        if layer is None:
            layer = self._tiles[tile] = NoteLayer(tile)
            layer.setVisible(not self.far)
            self.addItem(layer)
        item.setParentItem(layer)  # layers sit at (0, 0): the note keeps its place
        layer.count += 1
        if isinstance(old, NoteLayer):
            self._left(old)

    def _left(self, layer: NoteLayer) -> None:
        layer.count -= 1
        if layer.count == 0:
            del self._tiles[layer.tile]
            self.removeItem(layer)

    def _remove_note(self, note_id: str) -> None:
        item = self.notes.pop(note_id)
        self._points[note_points(item.idea.text)] -= 1
        layer = item.parentItem()
        self.removeItem(item)
        if isinstance(layer, NoteLayer):
            self._left(layer)
        self.overview.remove(note_id)

    def _add_cluster(self, cluster: Cluster) -> None:
        item = ClusterItem(cluster)
        self.clusters[cluster.id] = item
        self.addItem(item)

    def follow(self, changes: ChangeSet) -> None:
        """Apply an edit of the document (already applied to the workshop) to the items:
        note by note, never a walk over every note; then `followed`."""
        area = QRectF()
        for change in changes.changes:
            record = change.after or change.before
            item: QGraphicsItem | None
            if isinstance(record, Idea):
                item = self._sync_note(change.before, change.after)
            elif isinstance(record, Cluster):
                item = self._sync_cluster(change.before, change.after)
                self._content = None
            elif isinstance(record, Attachment) and record.owner_id == self.board_id:
                self._place_photos()
                item, self._content = None, None
            else:
                continue
            if item is not None:
                area = area.united(item.sceneBoundingRect())
        if not area.isNull():  # grow the scene to what changed: no walk over every note
            self._grow(area.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        self.followed.emit()

    def _grow(self, area: QRectF) -> None:
        """`shown` grown to hold `area`; the scene's own rectangle, when it must grow,
        grown by INDEX_GROWTH of itself at once (each change rebuilds the scene's index)."""
        if self.shown.contains(area):
            return
        self.shown = self.shown.united(area)
        self.shownChanged.emit(self.shown)
        rect = self.sceneRect()
        if not rect.contains(self.shown):
            dx, dy = rect.width() * INDEX_GROWTH, rect.height() * INDEX_GROWTH
            self.setSceneRect(rect.adjusted(-dx, -dy, dx, dy).united(self.shown))

    def _sync_note(self, before: object, after: object) -> NoteItem | None:
        """The note's item after the change (None if it left the board)."""
        record = after if isinstance(after, Idea) else before
        assert isinstance(record, Idea)
        item = self.notes.get(record.id)
        if isinstance(after, Idea) and after.board_id == self.board_id:
            if item is None:
                self._add_note(after)
                if self._content is not None:  # a new note only grows the rectangle
                    self._content = self._content.united(self.notes[after.id].sceneBoundingRect())
                return self.notes[after.id]
            self._points[note_points(item.idea.text)] -= 1
            self._points[note_points(after.text)] += 1
            if (item.idea.x, item.idea.y) != (after.x, after.y):
                self._content = None  # moved: measured again when asked
            item.show_idea(after)
            self._lay(item, tile_of(after))
            self.overview.place(after)
            return item
        if item is not None:
            self._remove_note(record.id)
            self._content = None
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

    def _notes_rect(self) -> QRectF:
        """The rectangle of the notes and clusters, from their records (a pass over the
        notes in Python: the scene's `itemsBoundingRect` asks each item for its bounds)."""
        ideas = [item.idea for item in self.notes.values()]
        rect = QRectF()
        if ideas:
            left, top = min(i.x for i in ideas), min(i.y for i in ideas)
            right, bottom = max(i.x for i in ideas), max(i.y for i in ideas)
            rect = NOTE_BOUNDS.translated(left, top).united(NOTE_BOUNDS.translated(right, bottom))
        for item in self.clusters.values():
            rect = rect.united(item.sceneBoundingRect())
        return rect

    def content_rect(self) -> QRectF:
        """The rectangle of every note, cluster and photo (null for none): what the
        projector fits. Kept through captures (a new note only grows it); measured again
        after a move or a removal, when first asked."""
        if self._content is None:
            rect = self._notes_rect()
            for photo in self.photos.values():
                rect = rect.united(photo.sceneBoundingRect())
            self._content = rect
        return QRectF(self._content)

    def smallest_points(self) -> float | None:
        """The smallest size any note's text is drawn at (`items.note_points`), None
        with no note: kept note by note, never a walk over every note."""
        sizes = [points for points, count in self._points.items() if count > 0]
        return min(sizes) if sizes else None

    def _fit_rect(self) -> None:
        self._content = None
        bounds = self.content_rect()
        if bounds.isNull():
            bounds = QRectF(0, 0, 1200, 800)
        self.shown = bounds.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        self.setSceneRect(self.shown)
        self.shownChanged.emit(self.shown)

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """Over a note, its text as a tool tip (made now: not for each of 20,000 notes
        when the board opens; escaped); over anything else, its own tool tip."""
        widget = event.widget()
        view = widget.parentWidget() if widget is not None else None
        transform = view.transform() if isinstance(view, QGraphicsView) else QTransform()
        found = self.items(
            event.scenePos(),
            Qt.ItemSelectionMode.IntersectsItemShape,
            Qt.SortOrder.DescendingOrder,
            transform,
        )
        top = next((item for item in found if item.isVisible()), None)
        if not isinstance(top, NoteItem):
            super().helpEvent(event)
            return
        show_tooltip(event.screenPos(), top.idea.text, widget)
        event.setAccepted(bool(top.idea.text))

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
