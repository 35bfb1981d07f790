"""The agenda editor: days as tabs, the day's items with live times, the library, the editor."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QSplitter,
    QTabBar,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import agenda, edits
from facilitator.domain.changes import ChangeSet
from facilitator.domain.ids import new_id
from facilitator.domain.library import Library
from facilitator.domain.messages import Message
from facilitator.domain.records import AgendaItem, Day
from facilitator.domain.schedule import category_totals, clock, duration_text
from facilitator.ui.agenda.day_model import TITLE_COLUMN, DayItemsModel, touches_agenda
from facilitator.ui.agenda.item_editor import ItemEditor
from facilitator.ui.agenda.library_panel import LibraryPanel
from facilitator.ui.agenda.materials_panel import MaterialsPanel
from facilitator.ui.agenda.names import category_name
from facilitator.ui.compact import tool_strip
from facilitator.ui.editing import UndoText, perform_edit
from facilitator.ui.plain import plain_label, set_tooltip
from facilitator.ui.refresh_when_shown import RefreshWhenShown
from facilitator.ui.retranslate import Retranslatable
from facilitator.ui.style import named


class AgendaPage(Retranslatable):
    def __init__(
        self, document: WorkshopDocument, library: Library, report: Callable[[Message], None]
    ) -> None:
        super().__init__()
        self._document = document
        self._library = library
        self._report = report
        self.library_panel = LibraryPanel(library, document.workshop.info.language)
        self.library_panel.methodChosen.connect(self.add_method)
        self.library_panel.setEnabled(not document.read_only)

        self.day_tabs = QTabBar()
        self.day_tabs.setExpanding(False)
        self.day_tabs.currentChanged.connect(self._day_changed)
        self.day_menu = QMenu(self)
        self.add_day_action = self.day_menu.addAction("")
        self.add_day_action.triggered.connect(self._add_day)
        self.duplicate_day_action = self.day_menu.addAction("")
        self.duplicate_day_action.triggered.connect(self._duplicate_day)
        self.day_button = QToolButton()
        self.day_button.setMenu(self.day_menu)
        self.day_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.day_button.setEnabled(not document.read_only)
        self.day_info = named(plain_label(), "subheading")
        self.day_info.setWordWrap(True)
        self.totals = named(plain_label(), "subheading")
        self.totals.setWordWrap(True)

        self.model = DayItemsModel(
            document, self._add_method_at, lambda: self.tr("Move an activity")
        )
        self.table = self._build_table()
        # The day's table, then the page, follow the agenda's edits while seen; behind
        # another part, once when shown again (issue 22).
        self.model_follower = RefreshWhenShown(
            self.table,
            lambda _changes: self.model.reload(),
            self.model.reload,
            relevant=touches_agenda,
        )
        document.changed.connect(self.model_follower.changed)
        self.editor = ItemEditor(document, report)
        self.materials = MaterialsPanel(document)
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(self.editor, "")
        self.side_tabs.addTab(self.materials, "")
        self._buttons: dict[str, QToolButton] = {}
        self._layout(self._build_toolbar())
        self.follower = RefreshWhenShown(
            self, lambda _changes: self.refresh(), self.refresh, relevant=touches_agenda
        )
        document.changed.connect(self.follower.changed)
        self.retranslate()
        self.refresh()

    def _build_table(self) -> QTableView:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDropIndicatorShown(True)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._restore_selection)
        return self.table

    def _build_toolbar(self) -> QToolBar:
        # What does not fit a narrow window goes behind the tool bar's » button.
        toolbar = tool_strip()
        self._more_menu = QMenu(self)
        self._duplicate_action = self._more_menu.addAction("")
        self._duplicate_action.triggered.connect(self.duplicate_current)
        self._other_day_menu = self._more_menu.addMenu("")
        self._other_day_menu.aboutToShow.connect(self._fill_other_days)
        for key, handler in (
            ("activity", self._add_free_activity),
            ("break", lambda: self._add_pause("break")),
            ("lunch", lambda: self._add_pause("lunch")),
            ("up", lambda: self.move_current(-1)),
            ("down", lambda: self.move_current(+1)),
            ("remove", self.remove_current),
            ("more", None),
        ):
            button = QToolButton()
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            if handler is None:
                button.setMenu(self._more_menu)
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            else:
                button.clicked.connect(handler)
            button.setEnabled(not self._document.read_only)
            self._buttons[key] = button
            toolbar.addWidget(button)
        for keys, handler in (
            ("Alt+Up", lambda: self.move_current(-1)),
            ("Alt+Down", lambda: self.move_current(+1)),
            ("Ctrl+D", self.duplicate_current),
            (QKeySequence.StandardKey.Delete, self.remove_current),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(handler)
        return toolbar

    def _layout(self, toolbar: QToolBar) -> None:
        day_row = QHBoxLayout()
        day_row.addWidget(self.day_tabs, 1)
        day_row.addWidget(self.day_button)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(day_row)
        middle_layout.addWidget(self.day_info)
        middle_layout.addWidget(toolbar)
        middle_layout.addWidget(self.table, 1)
        middle_layout.addWidget(self.totals)
        splitter = QSplitter()
        splitter.addWidget(self.library_panel)
        splitter.addWidget(middle)
        splitter.addWidget(self.side_tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([240, 560, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- texts ------------------------------------------------------------------
    def retranslate(self) -> None:
        self.day_button.setText(self.tr("Days"))
        self.add_day_action.setText(self.tr("Add a day"))
        self.duplicate_day_action.setText(self.tr("Duplicate this day"))
        self.side_tabs.setTabText(0, self.tr("Activity"))
        self.side_tabs.setTabText(1, self.tr("Materials"))
        texts = {
            "activity": (self.tr("+ Activity"), self.tr("Add a free-form activity")),
            "break": (self.tr("+ Break"), self.tr("Add a break")),
            "lunch": (self.tr("+ Lunch"), self.tr("Add a lunch break")),
            "up": (self.tr("↑"), self.tr("Move up (Alt+Up)")),
            "down": (self.tr("↓"), self.tr("Move down (Alt+Down)")),
            "remove": (self.tr("Remove"), self.tr("Remove the activity (Delete)")),
            "more": (self.tr("More"), self.tr("More actions on the activity")),
        }
        self._duplicate_action.setText(self.tr("Duplicate (Ctrl+D)"))
        self._other_day_menu.setTitle(self.tr("Move to day"))
        for key, (text, tip) in texts.items():
            self._buttons[key].setText(text)
            set_tooltip(self._buttons[key], tip)
            self._buttons[key].setAccessibleName(tip)
        self.refresh()

    # -- following the document ------------------------------------------------
    def days(self) -> list[Day]:
        return self._document.workshop.all(Day)

    def current_day_id(self) -> str | None:
        index = self.day_tabs.currentIndex()
        days = self.days()
        return days[index].id if 0 <= index < len(days) else None

    def refresh(self) -> None:
        days = self.days()
        current = self.current_day_id()
        self.day_tabs.blockSignals(True)
        while self.day_tabs.count() > len(days):
            self.day_tabs.removeTab(self.day_tabs.count() - 1)
        while self.day_tabs.count() < len(days):
            self.day_tabs.addTab("")
        for number, day in enumerate(days):
            date = QDate.fromString(day.date, "yyyy-MM-dd")
            shown = QLocale().toString(date, "d MMMM") if date.isValid() else ""
            self.day_tabs.setTabText(
                number, self.tr("Day %1 · %2").replace("%1", str(number + 1)).replace("%2", shown)
            )
        ids = [d.id for d in days]
        self.day_tabs.setCurrentIndex(ids.index(current) if current in ids else 0)
        self.day_tabs.blockSignals(False)
        if self.model.day_id != self.current_day_id():
            self.model.show_day(self.current_day_id())
        self._refresh_day_info()

    def _refresh_day_info(self) -> None:
        schedule = self.model.schedule
        if schedule is None:
            self.day_info.setText(self.tr("No day: add one to build the agenda."))
            self.totals.setText("")
            return
        info = (
            self.tr("Starts %1 · planned end %2 · computed end %3 (%4)")
            .replace("%1", clock(schedule.start))
            .replace("%2", clock(schedule.planned_end))
            .replace("%3", clock(schedule.end))
            .replace("%4", duration_text(schedule.total))
        )
        if schedule.crosses_midnight:
            info += " · " + self.tr("⚠ runs past midnight")
        elif schedule.overrun:
            info += " · " + self.tr("⚠ %1 past the planned end").replace(
                "%1", duration_text(schedule.overrun)
            )
        elif schedule.items:
            info += " · " + self.tr("%1 free").replace("%1", duration_text(schedule.slack))
        self.day_info.setText(info)
        self.day_info.setStyleSheet("color:#ce0500;font-weight:bold" if schedule.overrun else "")
        totals = category_totals([t.item for t in schedule.items])
        self.totals.setText(
            " · ".join(f"{category_name(k)} {duration_text(v)}" for k, v in totals.items())
        )

    def _day_changed(self, _index: int) -> None:
        self.model.show_day(self.current_day_id())
        self._refresh_day_info()

    # -- selection ------------------------------------------------------------
    def current_item_id(self) -> str | None:
        timed = self.model.timed(self.table.currentIndex().row())
        return timed.item.id if timed else None

    def select_item(self, item_id: str | None) -> None:
        if item_id is None:
            return
        item = self._document.workshop.get(AgendaItem, item_id)
        if item is None:
            return
        days = [d.id for d in self.days()]
        if item.day_id != self.current_day_id() and item.day_id in days:
            self.day_tabs.setCurrentIndex(days.index(item.day_id))
        row = self.model.row_of(item_id)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, TITLE_COLUMN),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _row_changed(self) -> None:
        self.editor.show_item(self.current_item_id())

    def _restore_selection(self) -> None:
        """After the day's table is rebuilt, select again the item being edited, if it is
        still in this day (an item moved to another day leaves the editor empty)."""
        if self.model.row_of(self.editor.item_id or "") >= 0:
            self.select_item(self.editor.item_id)
        else:
            self.editor.show_item(None)
        self._refresh_day_info()

    # -- edits ------------------------------------------------------------------
    def _edit(self, text: UndoText, build: Callable[[], ChangeSet]) -> bool:
        return perform_edit(
            self._document, text, build, report=self._report, on_refused=self.refresh
        )

    def _insert_index(self) -> int:
        row = self.table.currentIndex().row()
        return row + 1 if row >= 0 else self.model.rowCount()

    def add_method(self, method_id: str) -> None:
        day_id = self.current_day_id()
        if day_id is not None:
            self._add_method_at(method_id, day_id, self._insert_index())

    def _add_method_at(self, method_id: str, day_id: str, row: int) -> None:
        method = self._library.methods.get(method_id)
        if method is None or self._document.read_only:
            return
        language = self._document.workshop.info.language
        item, rounds = agenda.method_item(method, day_id, row, language)  # rounds copied
        self._add_item(item, row, lambda: self.tr("Add “%1”").replace("%1", item.title), rounds)

    def _add_item(
        self, item: AgendaItem, row: int, text: UndoText, rounds: Sequence[agenda.ItemRow] = ()
    ) -> None:
        if self._edit(text, lambda: agenda.add_item(self._document.workshop, item, row, rounds)):
            self.select_item(item.id)

    def _add_free_activity(self) -> None:
        day_id = self.current_day_id()
        if day_id is None:
            return
        item = AgendaItem(id=new_id(), day_id=day_id, title=self.tr("New activity"))
        self._add_item(item, self._insert_index(), lambda: self.tr("Add an activity"))
        self.editor.title_edit.setFocus()
        self.editor.title_edit.selectAll()

    def _add_pause(self, kind: str) -> None:
        day_id = self.current_day_id()
        if day_id is None:
            return
        language = self._document.workshop.info.language
        item = agenda.pause_item(
            "lunch" if kind == "lunch" else "break",
            day_id,
            0,
            language,
            60 if kind == "lunch" else 15,
        )
        self._add_item(item, self._insert_index(), lambda: self.tr("Add a break"))

    def move_current(self, step: int) -> None:
        item_id, day_id = self.current_item_id(), self.current_day_id()
        if item_id is None or day_id is None:
            return
        row = self.table.currentIndex().row()
        if 0 <= row + step < self.model.rowCount():
            self._edit(
                lambda: self.tr("Move an activity"),
                lambda: agenda.move_item(self._document.workshop, item_id, day_id, row + step),
            )
            self.select_item(item_id)

    def _fill_other_days(self) -> None:
        self._other_day_menu.clear()
        item_id = self.current_item_id()
        for number, day in enumerate(self.days(), start=1):
            action = self._other_day_menu.addAction(self.tr("Day %1").replace("%1", str(number)))
            action.setEnabled(item_id is not None and day.id != self.current_day_id())
            if item_id is not None:
                action.triggered.connect(
                    lambda _=False, d=day.id, i=item_id: self.move_to_day(i, d)
                )

    def move_to_day(self, item_id: str, day_id: str) -> None:
        self._edit(
            lambda: self.tr("Move an activity to another day"),
            lambda: agenda.move_item(self._document.workshop, item_id, day_id, 10_000),
        )

    def duplicate_current(self) -> None:
        item_id = self.current_item_id()
        if item_id is None:
            return
        changes, copy_id = agenda.duplicate_item(self._document.workshop, item_id)
        if self._edit(lambda: self.tr("Duplicate an activity"), lambda: changes):
            self.select_item(copy_id)

    def remove_current(self) -> None:
        item_id = self.current_item_id()
        if item_id is None or self._document.read_only:
            return
        row = self.table.currentIndex().row()
        self._edit(
            lambda: self.tr("Remove an activity"),
            lambda: agenda.remove_item(self._document.workshop, item_id),
        )
        timed = self.model.timed(min(row, self.model.rowCount() - 1))
        self.select_item(timed.item.id if timed else None)

    def _add_day(self) -> None:
        changes, _ = edits.add_day(self._document.workshop)
        if self._edit(lambda: self.tr("Add a day"), lambda: changes):
            self.day_tabs.setCurrentIndex(len(self.days()) - 1)

    def _duplicate_day(self) -> None:
        day_id = self.current_day_id()
        if day_id is None:
            return
        changes, copy_id = agenda.duplicate_day(self._document.workshop, day_id)
        if self._edit(lambda: self.tr("Duplicate a day"), lambda: changes):
            ids = [d.id for d in self.days()]
            self.day_tabs.setCurrentIndex(ids.index(copy_id))

    def commit_pending_typing(self) -> None:
        self.editor.commit_pending_typing()
