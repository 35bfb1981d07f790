"""The board's list view: clusters and their notes, one row each, for the keyboard.

A table of `tree_model.BoardListModel` that behaves as a tree: Left closes a group (or,
on a note, goes to its group's heading), Right opens it (or goes to its first note),
+ and - open and close, * opens them all; a click on a heading's arrow, or a double
click on the heading, opens or closes it. Rows are of one height, laid out as they are
painted: a capture at 20,000 notes inserts one row and paints what is seen.

Rows inserted or removed above the first row seen move the scroll bar by as many rows:
what the facilitator is reading stays in place while notes arrive from the room. Rows
inserted, removed or moved only below the last row seen change nothing seen: the rows
are laid out again (the scroll bar's range) without painting the rows seen again (a
capture at 5,000 notes repainted every row seen, 1.4 ms of its 4.5 ms: issue 22).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from facilitator.ui.board.scroll_bar import SteadyScrollBar
from facilitator.ui.board.tree_model import ID_ROLE, KIND_ROLE, BoardListModel

ARROW_WIDTH = 24  # px at the left of a heading: a click there opens or closes the group
AUTHOR_WIDTH = 160  # px: the author column's width until the user drags it


class BoardListView(QTableView):
    def __init__(self, model: BoardListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shift = 0  # rows to move the scroll bar by once the rows are laid out
        # Since the last layout: None, nothing; True, only rows below those seen changed
        # (nothing to paint again); False, something seen may have changed.
        self._unseen_only: bool | None = None
        self._model = model
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as it left the tree
        self.setCornerButtonEnabled(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setVerticalScrollBar(SteadyScrollBar())  # a row more: painted if it shows
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measured row by row
        self.restore_columns()
        model.rowsAboutToBeInserted.connect(self._inserting)
        model.rowsAboutToBeRemoved.connect(self._removing)
        model.rowsAboutToBeMoved.connect(self._moving)
        for seen_change in (
            model.modelAboutToBeReset,
            model.layoutAboutToBeChanged,
            model.columnsAboutToBeInserted,
            model.columnsAboutToBeRemoved,
        ):
            seen_change.connect(self._seen_change)

    def restore_columns(self) -> None:
        """The text takes the width left by the author (after the model was reset)."""
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        columns.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        columns.resizeSection(1, AUTHOR_WIDTH)

    # -- keeping what is read in place ---------------------------------------------------
    def _first_seen(self) -> int:
        return self.verticalScrollBar().value()  # ScrollPerItem: the first row shown

    def _last_seen(self) -> int:
        """The last row the viewport shows (even in part), or -1 when the rows end
        before the viewport does (a row added there would be seen)."""
        return self.rowAt(self.viewport().height() - 1)

    def _changing(self, first: int) -> None:
        """Rows from `first` on change: seen, unless they all lie below the last row
        seen (and every change since the last layout did)."""
        last_seen = self._last_seen() if self.isVisible() else -1
        unseen = 0 <= last_seen < first
        self._unseen_only = unseen if self._unseen_only is None else self._unseen_only and unseen

    def _seen_change(self) -> None:
        self._unseen_only = False

    def _inserting(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._changing(first)
        if first < self._first_seen() + self._shift:
            self._shift += last - first + 1

    def _removing(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._changing(first)
        top = self._first_seen() + self._shift
        if first < top:
            self._shift -= min(last, top - 1) - first + 1

    def doItemsLayout(self) -> None:
        """Qt's layout of the rows after a change (`QTableView.doItemsLayout`: the
        geometries, then every row seen painted again), without the painting when only
        rows below those seen changed."""
        unseen_only, self._unseen_only = self._unseen_only, None
        if not unseen_only:
            super().doItemsLayout()
            return
        self.updateGeometries()  # the scroll bar's range: the rows seen are as they were
        rows = self.verticalHeader()
        if not rows.updatesEnabled():  # as QTableView.doItemsLayout, after a removal
            rows.setUpdatesEnabled(True)

    def lay_out_now(self) -> None:
        """Lay the rows out now rather than at Qt's next timer: an edit's rows and the
        rest of the window are then painted in one pass, not two (a capture at 20,000
        notes repainted the list twice)."""
        if self.isVisible():
            self.executeDelayedItemsLayout()

    def _moving(
        self, _parent: QModelIndex, first: int, last: int, _to: QModelIndex, before: int
    ) -> None:
        self._changing(min(first, before))
        top, count = self._first_seen() + self._shift, last - first + 1
        if first >= top and before <= top:  # from below the first row seen to above it
            self._shift += count
        elif last < top and before > top:  # from above it to below it
            self._shift -= count

    def updateGeometries(self) -> None:
        super().updateGeometries()
        if self._shift:
            shift, self._shift = self._shift, 0
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + shift)

    # -- a tree's keys and clicks ------------------------------------------------------------
    def _toggle(self, row: int, shown: bool | None = None) -> None:
        model = self._model
        model.set_open(row, not model.is_open(row) if shown is None else shown)

    def _go(self, row: int) -> None:
        index = self._model.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model, row = self._model, self.currentIndex().row()
        key = event.key()
        if row >= 0 and key in (Qt.Key.Key_Left, Qt.Key.Key_Minus):
            if model.is_head(row) and model.is_open(row):
                self._toggle(row, False)
            elif key == Qt.Key.Key_Left and model.is_note(row):
                self._go(model.head_above(row))
            return
        if row >= 0 and key in (Qt.Key.Key_Right, Qt.Key.Key_Plus) and model.is_head(row):
            if not model.is_open(row):
                self._toggle(row, True)
            elif key == Qt.Key.Key_Right and model.is_note(row + 1):
                self._go(row + 1)  # an open group: its first note
            return
        if key == Qt.Key.Key_Asterisk:
            for head in range(model.rowCount() - 1, -1, -1):
                if model.is_head(head):
                    self._toggle(head, True)
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if (
            index.isValid()
            and index.column() == 0
            and self._model.is_head(index.row())
            and event.position().x() - self.visualRect(index).left() < ARROW_WIDTH
            and event.button() == Qt.MouseButton.LeftButton
        ):
            self._toggle(index.row())
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and self._model.is_head(index.row()):
            self._toggle(index.row())
            return
        super().mouseDoubleClickEvent(event)

    def selected_of_kind(self, kind: str) -> list[str]:
        """The ids of the selected rows that are `kind` ("idea", "cluster" or "free"),
        top to bottom."""
        rows = sorted(self.selectionModel().selectedRows(), key=lambda i: i.row())
        return [str(i.data(ID_ROLE)) for i in rows if i.data(KIND_ROLE) == kind]
