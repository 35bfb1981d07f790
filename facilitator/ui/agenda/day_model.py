"""The items of one day as a table, with their computed times; reordered by drag and drop.

The model follows the document: every change of the agenda (`touches_agenda`) resets
it from the workshop (`reload`, connected by its page: while its table is seen, else
once when shown again). A drop (an item moved, or a method dragged from the library)
becomes one edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import agenda
from facilitator.domain.changes import ChangeSet
from facilitator.domain.records import AgendaItem, Day
from facilitator.domain.schedule import DaySchedule, TimedItem, clock, day_schedule, duration_text
from facilitator.ui.agenda.names import category_name, tool_name
from facilitator.ui.plain import tooltip

ITEM_MIME = "application/x-facilitator-agenda-item"
METHOD_MIME = "application/x-facilitator-method"
ID_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("time", "duration", "title", "tool")
TITLE_COLUMN = COLUMNS.index("title")


def touches_agenda(changes: ChangeSet) -> bool:
    """Whether an edit changes what the days' tables show: a day, an activity."""
    return any(isinstance(c.after or c.before, (Day, AgendaItem)) for c in changes.changes)


class DayItemsModel(QAbstractTableModel):
    def __init__(
        self,
        document: WorkshopDocument,
        add_method: Callable[[str, str, int], None],
        undo_text: Callable[[], str],
    ) -> None:
        super().__init__()
        self._document = document
        self._add_method = add_method  # (method id, day id, row): the page builds the item
        self._undo_text = undo_text
        self.day_id: str | None = None
        self.schedule: DaySchedule | None = None

    def show_day(self, day_id: str | None) -> None:
        self.day_id = day_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        day = self._document.workshop.get(Day, self.day_id)
        self.schedule = day_schedule(self._document.workshop, day) if day else None
        self.endResetModel()

    def timed(self, row: int) -> TimedItem | None:
        if self.schedule is None or not 0 <= row < len(self.schedule.items):
            return None
        return self.schedule.items[row]

    def row_of(self, item_id: str) -> int:
        if self.schedule is None:
            return -1
        return next((n for n, t in enumerate(self.schedule.items) if t.item.id == item_id), -1)

    # -- the table ----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.schedule is None else len(self.schedule.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "time": self.tr("Time"),
            "duration": self.tr("Duration"),
            "title": self.tr("Activity"),
            "tool": self.tr("Opens"),
        }[COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        timed = self.timed(index.row())
        if timed is None or not index.isValid():
            return None
        item = timed.item
        column = COLUMNS[index.column()]
        pause = item.kind in ("break", "lunch")
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "time": f"{clock(timed.start)}–{clock(timed.end)}",
                "duration": duration_text(item.duration_min).replace("\u00a0", " "),
                "title": item.title or self.tr("(untitled)"),
                "tool": "" if item.tool == "none" else tool_name(item.tool),
            }[column]
        if role == Qt.ItemDataRole.BackgroundRole and pause:
            return QColor("#ececec")
        if role == Qt.ItemDataRole.ForegroundRole and self._past_end(timed):
            return QColor("#ce0500")
        if role == Qt.ItemDataRole.FontRole and column == "title" and not pause:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = category_name("pause" if pause else item.category)
            if self._past_end(timed):
                tip += "\n" + self.tr("Ends after the planned end of the day")
            return tooltip(tip)  # an unknown category is shown as the file has it
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "duration":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _past_end(self, timed: TimedItem) -> bool:
        return self.schedule is not None and timed.end > self.schedule.planned_end

    # -- drag and drop -------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._document.read_only:
            return base
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME, METHOD_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [t.item.id for r in rows if (t := self.timed(r)) is not None]
        mime = QMimeData()
        mime.setData(ITEM_MIME, QByteArray("\n".join(ids).encode()))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return not self._document.read_only and (
            data.hasFormat(ITEM_MIME) or data.hasFormat(METHOD_MIME)
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if self.day_id is None or not self.canDropMimeData(data, action, row, column, parent):
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        if data.hasFormat(METHOD_MIME):
            method_id = bytes(data.data(METHOD_MIME).data()).decode()
            self._add_method(method_id, self.day_id, row)
            return True
        item_ids = bytes(data.data(ITEM_MIME).data()).decode().split()
        if len(item_ids) != 1:
            return False
        item_id = item_ids[0]
        current = self.row_of(item_id)
        target = row - 1 if 0 <= current < row else row  # the item leaves its place first
        self._document.edit(
            self._undo_text,
            agenda.move_item(self._document.workshop, item_id, self.day_id, target),
        )
        return False  # the move is done: the view must not remove the source row itself
