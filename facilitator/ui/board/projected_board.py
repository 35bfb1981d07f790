"""What the room sees of a board: the board itself when its notes can be read from the
back of the room, else the board's ideas as lists of large type (projected_ideas.py).

The board's own scene is fitted to the screen; its notes' text is then drawn at its
size on the board (`items.note_points`) times the fitting scale. When that is under
the room's floor (`fitted_text.SMALLEST_SHARE` of the screen's height: 40 notes on a
1080-line projector came out about 7 px high), the room sees the list instead. With a
cluster selected, the room sees that cluster zoomed, or its ideas as a list when even
zoomed they would be too small. The choice is made again when the screen's size
changes and after every edit (a board of 5 notes that grows to 40 switches to the list).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QStackedLayout, QWidget

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import board
from facilitator.domain.changes import ChangeSet
from facilitator.domain.records import Board
from facilitator.ui.board.items import note_points
from facilitator.ui.board.projected_ideas import ProjectedIdeas
from facilitator.ui.board.scene import BoardScene
from facilitator.ui.readable import floor_px, screen_height

FIT_MARGIN = 30.0  # scene units around what is shown (as ProjectorWindow.show_board)
VIEW_MARGIN = 2  # px: QGraphicsView.fitInView keeps this much of the viewport free


class ProjectedBoard(QWidget):
    """`show_board` chooses what to show; `ideas` and `view` are its two faces."""

    def __init__(self, document: WorkshopDocument) -> None:
        super().__init__()
        self.setObjectName("projectedBoard")
        self.document = document
        self.scene: BoardScene | None = None
        self.cluster_id: str | None = None
        self.view = QGraphicsView()
        self.view.setObjectName("projectedBoardView")
        self.view.setInteractive(False)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        self.ideas = ProjectedIdeas()
        self.ideas.setObjectName("projectedIdeas")
        self.ideas.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.ideas)
        self._stale = True
        document.changed.connect(self._changed)

    # -- what is shown --------------------------------------------------------------
    def show_board(self, scene: BoardScene | None, cluster_id: str | None = None) -> None:
        """The board of `scene` (the board page's own: what the facilitator selects or
        filters shows here too), or only its cluster `cluster_id`; from the first page."""
        if scene is not self.scene:
            # Qt calls slots in the order they were connected: after the scene's own,
            # so that the choice is made on the scene as the edit left it.
            self.document.changed.disconnect(self._changed)
            self.document.changed.connect(self._changed)
        self.scene, self.cluster_id = scene, cluster_id
        self.ideas.page_number = 0
        self.refresh()

    def follow(self, scene: BoardScene | None) -> None:
        """The board page shows another board (or none): so does the room, whole."""
        if scene is not self.scene:
            self.show_board(scene)

    def is_showing(self, scene: BoardScene | None, cluster_id: str | None) -> bool:
        return scene is self.scene and cluster_id == self.cluster_id and self.isVisible()

    def showing_scene(self) -> bool:
        """Whether the room sees the board itself (else the list of its ideas)."""
        return self._stack.currentWidget() is self.view

    def next_page(self) -> None:
        """The list's next page (the first after the last); the board itself has one."""
        if not self.showing_scene():
            self.ideas.next_page()

    def shown_rect(self) -> QRectF:
        """The part of the scene to fit to the screen: the cluster's frame, or every
        item; a null rectangle when there is no scene."""
        scene = self.scene
        if scene is None:
            return QRectF()
        item = scene.clusters.get(self.cluster_id or "")
        rect = item.sceneBoundingRect() if item is not None else scene.content_rect()
        if rect.isNull():
            rect = QRectF(0, 0, 1200, 800)
        return rect.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)

    def scale_for(self, size: QSize) -> float:
        """The scale at which the shown part of the scene fits `size` (px per unit)."""
        rect = self.shown_rect()
        if rect.isNull() or rect.width() <= 0 or rect.height() <= 0:
            return 1.0
        width = max(1, size.width() - 2 * VIEW_MARGIN)
        height = max(1, size.height() - 2 * VIEW_MARGIN)
        return min(width / rect.width(), height / rect.height())

    def note_px(self) -> float:
        """The smallest note text of what is shown, in scene pixels (0 with no notes)."""
        scene = self.scene
        if scene is None:
            return 0.0
        if self.cluster_id is None:  # the whole board: kept by the scene, note by note
            smallest = scene.smallest_points()
            return 0.0 if smallest is None else smallest * self.view.logicalDpiY() / 72
        notes = [
            item.idea
            for item in scene.notes.values()
            if self.cluster_id is None or item.idea.cluster_id == self.cluster_id
        ]
        if not notes:
            return 0.0
        points = min(note_points(idea.text) for idea in notes)
        return points * self.view.logicalDpiY() / 72

    def readable(self, size: QSize, screen: int) -> bool:
        """Whether the scene, fitted to `size`, draws its notes' text at the floor of a
        screen `screen` px high or larger (with no note, it is: an empty board, or
        only photos)."""
        if self.scene is None:
            return False
        if self.scene.far:  # zoomed out on the laptop: the notes are drawn as blocks
            return False
        pixels = self.note_px()
        return pixels == 0.0 or pixels * self.scale_for(size) >= floor_px(screen)

    def text_px(self) -> float | None:
        """The smallest text the room sees now (px): the notes' text at the board's
        scale, or the list's ideas; None for a board with no note shown as it is."""
        if self.showing_scene():
            pixels = self.note_px()
            return pixels * self.view.transform().m11() if pixels else None
        return float(self.ideas.text_px())

    def floor_px(self) -> int:
        """The smallest text the room can read on the projector this is shown on."""
        return floor_px(screen_height(self))

    def refresh(self) -> None:
        """Choose again, for the current size and board; only when seen (else later)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        scene = self.scene
        if scene is not None and self.cluster_id not in scene.clusters:
            self.cluster_id = None  # the cluster is gone (dissolved, undone)
        if scene is not None and self.readable(self.size(), screen_height(self)):
            if self.view.scene() is not scene:
                self.view.setScene(scene)
            rect = self.shown_rect()
            self.view.setSceneRect(rect)  # centred on what is shown: no scrolling past it
            self._stack.setCurrentWidget(self.view)
            self.view.resize(self.size())
            self.view.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            return
        self.view.setScene(None)
        self.fill_ideas()
        self._stack.setCurrentWidget(self.ideas)

    def fill_ideas(self) -> None:
        """The lists of the board's ideas (or of its cluster), as the room would see them:
        cluster by cluster in the board's order, the loose ideas last."""
        scene = self.scene
        workshop = self.document.workshop
        found = workshop.get(Board, scene.board_id) if scene is not None else None
        if scene is None or found is None:
            self.ideas.set_content("", [], self._more, self.tr("No board to show."))
            return
        groups: list[tuple[str, list[str]]] = []
        title = found.title
        grouped = board.grouped_ideas(workshop, scene.board_id)
        clustered = any(cluster is not None for cluster, _ideas in grouped)
        for cluster, ideas in grouped:
            if self.cluster_id is not None:
                if cluster is not None and cluster.id == self.cluster_id:
                    title = cluster.name or self.tr("Unnamed cluster")
                    groups = [("", [i.text for i in ideas])]
                continue
            if cluster is None:  # a board with no cluster yet: no heading at all
                name = self.tr("Not in a cluster") if clustered else ""
            else:
                name = cluster.name.strip() or self.tr("Unnamed cluster")
            groups.append((name, [i.text for i in ideas]))
        self.ideas.set_content(title, groups, self._more, self.tr("No idea yet."))

    def _more(self, count: int) -> str:
        return self.tr("+ %n more idea(s)", "", count)

    # -- following the document and the screen ------------------------------------------
    def _changed(self, changes: ChangeSet) -> None:
        if changes.changes:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._stale = True
            self.refresh()
        super().changeEvent(event)

    def minimumSizeHint(self) -> QSize:
        return self.ideas.minimumSizeHint()
