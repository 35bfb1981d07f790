"""The home screen: the ways to start a workshop, the lab's workshops (every one of the
folders the user chose, `home_lab.LabPanel`) and the recent ones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.settings import RecentWorkshop
from facilitator.ui.home_lab import LabPanel
from facilitator.ui.plain import escaped, plain_label, rich_label, set_tooltip
from facilitator.ui.retranslate import Retranslatable
from facilitator.ui.style import named, scaled_font

PATH_ROLE = Qt.ItemDataRole.UserRole


def format_dates(dates: str, locale: QLocale) -> str:
    """'2026-03-12/2026-03-13' as '12 mars 2026 – 13 mars 2026' in the locale's words."""
    parts = [QDate.fromString(p, "yyyy-MM-dd") for p in dates.split("/") if p]
    shown = [locale.toString(d, "d MMMM yyyy") for d in parts if d.isValid()]
    return " – ".join(dict.fromkeys(shown))


def _today() -> str:
    return dt.date.today().isoformat()


class HomePage(Retranslatable):
    """`recentActivated(path)` asks to open a workshop (a recent one or one of the lab's);
    `labFoldersChanged(list)` carries the lab's folders as the user changed them, to be
    stored and given back through `show_lab_folders`; `reportRequested()` asks for the
    activity report of those folders. `today()` ("YYYY-MM-DD") judges overdue steps;
    `choose_folder` asks for a folder; `cache` is the lab index's cache file."""

    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    recentActivated = Signal(str)
    recentForgotten = Signal(str)
    labFoldersChanged = Signal(list)
    reportRequested = Signal()

    def __init__(
        self,
        today: Callable[[], str] = _today,
        choose_folder: Callable[[QWidget], Path | None] = lambda _parent: None,
        cache: Path | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._recent: tuple[RecentWorkshop, ...] = ()
        self.lab = LabPanel(today, choose_folder, cache)
        self.lab.openRequested.connect(self.recentActivated)
        self.lab.foldersChanged.connect(self.labFoldersChanged)
        self.lab.reportRequested.connect(self.reportRequested)
        self._title = named(plain_label("Facilitator"), "heading")
        self._title.setFont(scaled_font(self, 2.4, bold=True))
        self._tagline = named(plain_label(), "subheading")
        self._tagline.setFont(scaled_font(self, 1.2))
        self._tagline.setWordWrap(True)
        self.new_button = named(QPushButton(), "primary")
        self.open_button = QPushButton()
        self.demo_button = QPushButton()
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setFont(scaled_font(self, 1.15, bold=button is self.new_button))
            # The style sheet's font first: its size hint changing at the first show
            # left the layout with the old one (the button 2 px short of its text).
            button.ensurePolished()
            button.setMinimumHeight(int(button.sizeHint().height() * 1.4))
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        self.recent_list = named(QListWidget(), "recent")
        self.recent_list.setWordWrap(True)
        self.recent_list.setSpacing(2)
        self.recent_list.itemActivated.connect(self._activated)
        forget = QShortcut(QKeySequence.StandardKey.Delete, self.recent_list)
        forget.setContext(Qt.ShortcutContext.WidgetShortcut)
        forget.activated.connect(self._forget_current)
        self._empty = named(plain_label(), "subheading")
        self._empty.setWordWrap(True)
        self._hint = named(plain_label(), "subheading")

        self.tabs = named(QTabWidget(), "homeTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.lab, "")
        self.tabs.addTab(self._recent_tab(), "")
        self.tabs.tabBar().setFont(scaled_font(self, 1.15, bold=True))

        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        for button in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(button)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self._title)
        words.addWidget(self._tagline)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addLayout(words, 1)
        top.addLayout(buttons)
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 16, 32, 12)
        column.setSpacing(12)
        column.addLayout(top)
        column.addWidget(self.tabs, 1)
        self.retranslate()

    def _recent_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(8)
        column.addWidget(self._empty)
        column.addWidget(self.recent_list, 100)
        column.addWidget(self._hint)
        column.addStretch(1)  # takes the room when there is no list to show
        return tab

    def retranslate(self) -> None:
        self._tagline.setText(
            self.tr("Prepare, run and report on your creativity workshops. Offline, always.")
        )
        self.new_button.setText(self.tr("&New workshop…"))
        self.open_button.setText(self.tr("&Open…"))
        self.demo_button.setText(self.tr("Open the &demo"))
        self.tabs.setTabText(0, self.tr("The lab’s workshops"))
        self.tabs.setTabText(1, self.tr("Recent workshops"))
        self._empty.setText(
            self.tr(
                "No recent workshop yet. Create one, or open the demo to discover "
                "Facilitator with a real workshop."
            )
        )
        self._hint.setText(self.tr("Enter opens the selected workshop; Delete forgets it."))
        self.show_recent(self._recent)

    def show_recent(self, recent: tuple[RecentWorkshop, ...]) -> None:
        self._recent = recent
        # Each row's label is detached from its row before the rows go (Qt deletes it
        # later, on the event loop): clearing rows that still held their widgets
        # destroyed the labels' wrappers from inside clear(), and crashed now and then
        # when the language changed just after a workshop was closed.
        # Hidden at once too: Qt deletes them only when the event loop turns again, and
        # until then the old rows were drawn over the new ones (the home screenshot).
        for row in range(self.recent_list.count()):
            old = self.recent_list.itemWidget(self.recent_list.item(row))
            if old is not None:
                old.hide()
            self.recent_list.removeItemWidget(self.recent_list.item(row))
        self.recent_list.clear()
        locale = QLocale()
        for entry in recent:
            item = QListWidgetItem()
            item.setData(PATH_ROLE, entry.path)
            label = rich_label(self._entry_html(entry, locale))
            label.setContentsMargins(12, 8, 12, 8)
            item.setSizeHint(QSize(0, label.sizeHint().height() + 2))
            set_tooltip(item, entry.path)
            self.recent_list.addItem(item)
            self.recent_list.setItemWidget(item, label)
        has_recent = bool(recent)
        self.recent_list.setVisible(has_recent)
        self._hint.setVisible(has_recent)
        self._empty.setVisible(not has_recent)
        if has_recent:
            self.recent_list.setCurrentRow(0)

    def _entry_html(self, entry: RecentWorkshop, locale: QLocale) -> str:
        exists = Path(entry.path).exists()
        title = escaped(entry.title or Path(entry.path).stem)
        facts = []
        dates = format_dates(entry.dates, locale)
        if dates:
            facts.append(dates)
        facts.append(self.tr("%n idea(s)", "", entry.ideas))
        facts.append(self.tr("%n prototype(s)", "", entry.prototypes))
        if entry.last_opened:
            opened = QDateTime.fromString(entry.last_opened, Qt.DateFormat.ISODate)
            if opened.isValid():
                when = locale.toString(opened.toLocalTime(), "d MMMM yyyy, HH:mm")
                facts.append(self.tr("opened %1").replace("%1", when))
        second = escaped(" · ".join(facts))
        path = escaped(entry.path)
        if not exists:
            path = escaped(self.tr("File not found: %1").replace("%1", entry.path))
            return f"<b style='color:#666'>{title}</b><br><span style='color:#ce0500'>{path}</span>"
        return (
            f"<span style='font-size:large'><b>{title}</b></span><br>{second}"
            f"<br><span style='color:#555'>{path}</span>"
        )

    def _activated(self, item: QListWidgetItem) -> None:
        self.recentActivated.emit(str(item.data(PATH_ROLE)))

    def _forget_current(self) -> None:
        item = self.recent_list.currentItem()
        if item is not None:
            self.recentForgotten.emit(str(item.data(PATH_ROLE)))

    def show_lab_folders(self, folders: Sequence[str]) -> None:
        """The lab's folders (from the settings): listed, read again when they changed.
        The lab's tab is shown first, but the recent workshops are while there are some
        and no folder of the lab yet."""
        had = bool(self.lab.folders)
        self.lab.set_folders(folders)
        if bool(folders) != had or not folders:
            self.tabs.setCurrentIndex(1 if not folders and self._recent else 0)

    def refresh_lab(self) -> None:
        """Read the lab's folders again (a workshop was closed: it may have changed)."""
        if self.lab.folders:
            self.lab.refresh()
