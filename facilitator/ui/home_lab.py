"""The lab's workshops on the home screen (issue 21): every workshop of the folders the
user chose, in a table (title, dates, place, facilitators, participants, ideas,
prototypes by status, overdue next steps), searched, sorted by any column, filtered by
year and by facilitator; damaged, newer, unreadable files, files being written and copies
shown as such. Enter or a double click opens a workshop.

The folders are read by `storage.lab_index` on a worker thread (its cache makes a later
start list 500 workshops at once); the entries arrive on the interface thread through a
queue emptied by a timer, as the synthesis export does: the first paint never waits for
the disk, and a scan is cancelled when another starts or the page goes.
"""

from __future__ import annotations

import logging
import queue
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.lab_summary import CARD_STATUSES, WorkshopSummary, organisation_key
from facilitator.domain.messages import Message
from facilitator.storage.lab_index import LabEntry, LabIndex, LabScan
from facilitator.translations import render
from facilitator.ui.compact import ElidedLabel, choice_box
from facilitator.ui.plain import mnemonic_free, plain_label, tooltip
from facilitator.ui.retranslate import Retranslatable
from facilitator.ui.style import ERROR, MUTED, named

log = logging.getLogger(__name__)

PATH_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    "title",
    "dates",
    "place",
    "facilitators",
    "participants",
    "ideas",
    "prototypes",
    "overdue",
)
NUMBER_COLUMNS = ("participants", "ideas")
# Widths in average characters of the columns that do not stretch, for a 1366x768
# laptop: the title takes the rest. A "30 sept. – 2 oct. 2026", a town and a name or
# two, "12 : 5 adoptées, 3 en test…" fit; longer text is elided, whole in its tool tip.
COLUMN_CHARS = {
    "dates": 18,
    "place": 21,
    "facilitators": 23,
    "participants": 11,
    "ideas": 6,
    "prototypes": 35,
    "overdue": 22,
}
POLL_MS = 50
# Statuses from the most advanced: the prototypes cell reads as a progress.
STATUS_ORDER = ("adopted", "testing", "to_test", "idea", "dropped")
OWNERS_SHOWN = 1  # owners named in an overdue cell ("…" when more); all in its tool tip
ALL = "\x00all"  # the filters' "any" entry (no facilitator or year is spelled so)
UNDATED = "\x00undated"


def date_span(first: str, last: str, locale: QLocale) -> str:
    """'2026-03-12', '2026-03-13' as '12–13 mars 2026' (one month), '30 mars – 2 avr.
    2026' (one year), '30 déc. 2025 – 2 janv. 2026'; one date alone; "" for none."""
    start = QDate.fromString(first, "yyyy-MM-dd")
    end = QDate.fromString(last or first, "yyyy-MM-dd")
    if not start.isValid():
        return ""
    if not end.isValid() or end == start:
        return locale.toString(start, "d MMM yyyy")
    if start.year() == end.year() and start.month() == end.month():
        return f"{start.day()}–{locale.toString(end, 'd MMM yyyy')}"
    if start.year() == end.year():
        return f"{locale.toString(start, 'd MMM')} – {locale.toString(end, 'd MMM yyyy')}"
    return f"{locale.toString(start, 'd MMM yyyy')} – {locale.toString(end, 'd MMM yyyy')}"


def _key(text: str) -> str:
    """How the search and the sort compare words: no case, no accents."""
    return organisation_key(text)


def _words(text: str) -> str:
    """What the search looks in and for: `_key`, punctuation as spaces ("saint flour"
    finds "Saint-Flour", "l accueil" and "accueil" find "L’accueil")."""
    return " ".join(re.sub(r"[\W_]+", " ", _key(text)).split())


def _years(summary: WorkshopSummary) -> set[str]:
    return {date[:4] for date in summary.dates if len(date) >= 4}


# -- the table ------------------------------------------------------------------------
class LabModel(QAbstractTableModel):
    """The lab's entries, one row each; `today()` ("YYYY-MM-DD") says what is overdue."""

    def __init__(self, today: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.entries: list[LabEntry] = []

    # -- filling
    def set_entries(self, entries: Sequence[LabEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def add_entries(self, entries: Sequence[LabEntry]) -> None:
        if not entries:
            return
        first = len(self.entries)
        self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
        self.entries.extend(entries)
        self.endInsertRows()

    def retranslate(self) -> None:
        """Say the headers and the cells' words again (the language changed)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.entries:
            last = self.index(len(self.entries) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- the model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[COLUMNS[section]]
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section] in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headers(self) -> dict[str, str]:
        return {
            "title": self.tr("Workshop"),
            "dates": self.tr("Dates"),
            "place": self.tr("Place"),
            "facilitators": self.tr("Facilitators"),
            "participants": self.tr("Participants"),
            "ideas": self.tr("Ideas"),
            "prototypes": self.tr("Prototypes"),
            "overdue": self.tr("Overdue steps"),
        }

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self.tip(entry, column))
        if role == SORT_ROLE:
            return self.sort_key(entry, column)
        if role == PATH_ROLE:
            return str(entry.path)
        if role == Qt.ItemDataRole.ForegroundRole:
            if entry.status in ("damaged", "newer", "unreadable"):
                return QColor(ERROR)
            if entry.status == "busy" or entry.copy_of is not None:
                return QColor(MUTED)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # -- what a cell says
    def title(self, entry: LabEntry) -> str:
        summary = entry.summary
        name = " ".join(summary.title.split()) if summary and summary.title else entry.path.stem
        if entry.copy_of is not None:
            return self.tr("%1 (copy)").replace("%1", name)
        said = {
            "damaged": self.tr("%1 — damaged"),
            "newer": self.tr("%1 — made by a newer version"),
            "unreadable": self.tr("%1 — cannot be read"),
            "busy": self.tr("%1 (being written)"),
        }.get(entry.status)
        return name if said is None else said.replace("%1", name)

    def prototypes(self, summary: WorkshopSummary) -> str:
        counts = summary.prototypes
        words = {
            "adopted": self.tr("%n adopted", "", counts.get("adopted", 0)),
            "testing": self.tr("%n being tested", "", counts.get("testing", 0)),
            "to_test": self.tr("%n to test", "", counts.get("to_test", 0)),
            "idea": self.tr("%n still an idea", "", counts.get("idea", 0)),
            "dropped": self.tr("%n dropped", "", counts.get("dropped", 0)),
        }
        parts = [words[s] for s in STATUS_ORDER if counts.get(s, 0)]
        total = str(summary.prototype_count)
        return (
            self.tr("%1: %2").replace("%1", total).replace("%2", ", ".join(parts))
            if parts
            else total
        )

    def overdue(self, summary: WorkshopSummary) -> str:
        late = summary.overdue_on(self._today())
        if not late:
            return ""
        owners = list(dict.fromkeys(" ".join(s.owner.split()) for s in late if s.owner.strip()))
        named_owners = ", ".join(owners[:OWNERS_SHOWN]) + (
            "…" if len(owners) > OWNERS_SHOWN else ""
        )
        return f"{len(late)} — {named_owners}" if owners else str(len(late))

    def text(self, entry: LabEntry, column: str) -> str:
        summary = entry.summary
        if column == "title":
            return self.title(entry)
        if summary is None:
            return ""
        if column == "dates":
            span = date_span(summary.first_date, summary.last_date, QLocale())
            return span or self.tr("no date")
        if column == "place":
            return " ".join(summary.place.split())
        if column == "facilitators":
            return ", ".join(" ".join(name.split()) for name in summary.facilitators)
        if column == "participants":
            return str(summary.participants)
        if column == "ideas":
            return str(summary.ideas)
        if column == "prototypes":
            return self.prototypes(summary)
        return self.overdue(summary)

    def tip(self, entry: LabEntry, column: str) -> str:
        summary = entry.summary
        if column == "title":
            lines = [summary.title] if summary and summary.title else []
            lines.append(str(entry.path))
            if entry.copy_of is not None:
                lines.append(
                    self.tr("A copy of “%1”: counted once, as that file.").replace(
                        "%1", str(entry.copy_of)
                    )
                )
            if entry.message is not None:
                lines.append(render(entry.message))
            return "\n".join(lines)
        if summary is None:
            return ""
        if column == "prototypes" and summary.prototype_count:
            names = self.status_names()
            return "\n".join(
                self.tr("%1: %2")
                .replace("%1", names[s])
                .replace("%2", str(summary.prototypes.get(s, 0)))
                for s in CARD_STATUSES
            )
        if column == "overdue":
            late = summary.overdue_on(self._today())
            locale = QLocale()
            return "\n".join(
                self.tr("%1 — %2, due %3")
                .replace("%1", " ".join(s.action.split()))
                .replace("%2", s.owner or self.tr("no owner"))
                .replace("%3", date_span(s.due_date, s.due_date, locale))
                for s in late
            )
        return self.text(entry, column)

    def status_names(self) -> dict[str, str]:
        return {
            "idea": self.tr("Still an idea"),
            "to_test": self.tr("To test"),
            "testing": self.tr("Being tested"),
            "adopted": self.tr("Adopted"),
            "dropped": self.tr("Dropped"),
        }

    def sort_key(self, entry: LabEntry, column: str) -> Any:
        summary = entry.summary
        if column == "title":
            return _key(self.title(entry))
        if summary is None:
            return "" if column in ("dates", "place", "facilitators") else -1
        if column == "dates":
            return summary.first_date or "0000"
        if column in ("place", "facilitators"):
            return _key(self.text(entry, column))
        if column == "participants":
            return summary.participants
        if column == "ideas":
            return summary.ideas
        if column == "prototypes":
            return summary.prototype_count
        return len(summary.overdue_on(self._today()))


class LabFilter(QSortFilterProxyModel):
    """The search (title, place, organisation, facilitators, file name; no case, no
    accents), the year (one of the workshop's dates in it, or none for UNDATED) and the
    facilitator (compared as `organisation_key` compares)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.search: list[str] = []
        self.year = ALL
        self.facilitator = ALL
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_filters(self, search: str, year: str, facilitator: str) -> None:
        self.beginFilterChange()
        self.search = _words(search).split()
        self.year, self.facilitator = year, facilitator
        self.endFilterChange()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        source = self.sourceModel()
        assert isinstance(source, LabModel)
        entry = source.entries[source_row]
        summary = entry.summary
        if self.year != ALL:
            if summary is None:
                return False
            years = _years(summary)
            if (self.year == UNDATED and years) or (
                self.year != UNDATED and self.year not in years
            ):
                return False
        if self.facilitator != ALL and (
            summary is None or self.facilitator not in {_key(n) for n in summary.facilitators}
        ):
            return False
        if not self.search:
            return True
        words = [entry.path.name]
        if summary is not None:
            words += [summary.title, summary.place, summary.organisation, *summary.facilitators]
        haystack = _words(" ".join(words))
        return all(word in haystack for word in self.search)


# -- the worker ------------------------------------------------------------------------
@dataclass
class _Job:
    roots: tuple[Path, ...]
    cache: Path | None
    stop: threading.Event
    events: queue.SimpleQueue[tuple[str, object]]


def _scan(job: _Job) -> None:
    try:
        scan = LabIndex(job.cache).scan(
            job.roots,
            found=lambda entry: job.events.put(("entry", entry)),
            should_stop=job.stop.is_set,
        )
    except Exception:  # a fault of ours: the list says it could not be read, the app goes on
        log.exception("the lab's folders could not be scanned")
        job.events.put(("failed", None))
        return
    job.events.put(("done", scan))


class LabScanner(QObject):
    """Scans folders off the interface thread; `entriesFound(list)` as entries come (the
    cached ones first), `scanFinished(LabScan)` with the final list (copies marked), or
    `scanFailed()`. Starting a scan cancels the one running."""

    entriesFound = Signal(list)
    scanFinished = Signal(object)
    scanFailed = Signal()

    def __init__(self, cache: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache = cache
        self._job: _Job | None = None
        self._thread: threading.Thread | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._deliver)
        app = QCoreApplication.instance()
        if app is not None:  # quitting: the scan stops after the file it is reading
            app.aboutToQuit.connect(self.cancel)

    def start(self, roots: Sequence[Path]) -> None:
        self.cancel()
        self._job = _Job(tuple(roots), self._cache, threading.Event(), queue.SimpleQueue())
        # A daemon: reading never writes the user's files, and the cache is written
        # atomically; quitting during a scan loses nothing.
        self._thread = threading.Thread(
            target=_scan, args=(self._job,), name="lab-scan", daemon=True
        )
        self._thread.start()
        self._poll.start()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.stop.set()
        self._job = None
        self._poll.stop()

    def is_running(self) -> bool:
        return self._job is not None

    def wait(self, timeout: float | None = None) -> None:
        """Blocks until the worker is done, then delivers what it found (tests)."""
        if self._thread is not None:
            self._thread.join(timeout)
        self._deliver()

    @Slot()
    def _deliver(self) -> None:
        job = self._job
        if job is None:
            return
        found: list[LabEntry] = []
        while True:
            try:
                kind, value = job.events.get_nowait()
            except queue.Empty:
                break
            if kind == "entry":
                assert isinstance(value, LabEntry)
                found.append(value)
                continue
            if found:
                self.entriesFound.emit(found)
            self._job = None
            self._poll.stop()
            if kind == "done":
                self.scanFinished.emit(value)
            else:
                self.scanFailed.emit()
            return
        if found:
            self.entriesFound.emit(found)


# -- the panel -------------------------------------------------------------------------
class LabPanel(Retranslatable):
    """The lab's workshops: folders, search and filters, the table, what went wrong.

    `today()` gives the date overdue steps are judged on ("YYYY-MM-DD"); `choose_folder`
    asks the user for a folder (None: cancelled); `cache` is the index's cache file
    (`lab_index.cache_path()` in the app)."""

    openRequested = Signal(str)
    foldersChanged = Signal(list)
    reportRequested = Signal()

    def __init__(
        self,
        today: Callable[[], str],
        choose_folder: Callable[[QWidget], Path | None],
        cache: Path | None,
    ) -> None:
        super().__init__()
        self._choose_folder = choose_folder
        self.folders: tuple[str, ...] = ()
        self.scan: LabScan | None = None
        self.failed = False
        self.model = LabModel(today, self)
        self.proxy = LabFilter(self)
        self.proxy.setSourceModel(self.model)
        self.scanner = LabScanner(cache, self)
        self.scanner.entriesFound.connect(self._found)
        self.scanner.scanFinished.connect(self._finished)
        self.scanner.scanFailed.connect(self._failed)

        self.folders_label = ElidedLabel()
        self.folders_button = QPushButton()
        self.folders_menu = QMenu(self)
        self.folders_button.setMenu(self.folders_menu)
        self.add_folder_action = QAction(self)
        self.add_folder_action.triggered.connect(self.add_folder)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.report_button = QPushButton()
        self.report_button.clicked.connect(self.reportRequested)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.year_box = choice_box(14)
        self.facilitator_box = choice_box(22)
        self.year_box.currentIndexChanged.connect(self._filter)
        self.facilitator_box.currentIndexChanged.connect(self._filter)
        self.count_label = named(ElidedLabel(), "subheading")
        self.problems_label = named(plain_label(), "subheading")
        self.problems_label.setWordWrap(True)
        self.empty_label = named(plain_label(), "subheading")
        self.empty_label.setWordWrap(True)
        self.choose_button = named(QPushButton(), "primary")
        self.choose_button.clicked.connect(self.add_folder)
        self.table = named(QTableView(), "labTable")
        self._set_up_table()
        self.hint = named(plain_label(), "subheading")

        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        tools = QHBoxLayout()
        tools.setSpacing(8)
        tools.addWidget(self.folders_label, 1)
        for widget in (self.folders_button, self.refresh_button, self.report_button):
            tools.addWidget(widget)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search, 3)
        filters.addWidget(self.year_box)
        filters.addWidget(self.facilitator_box)
        filters.addWidget(self.count_label, 2)
        empty = QHBoxLayout()
        empty.addWidget(self.choose_button)
        empty.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(8)
        column.addLayout(tools)
        column.addWidget(self.empty_label)
        column.addLayout(empty)
        column.addLayout(filters)
        column.addWidget(self.problems_label)
        column.addWidget(self.table, 1)
        column.addWidget(self.hint)

    def _set_up_table(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(COLUMNS.index("dates"), Qt.SortOrder.DescendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        table.setTabKeyNavigation(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        char = table.fontMetrics().averageCharWidth()
        for name, chars in COLUMN_CHARS.items():
            table.setColumnWidth(COLUMNS.index(name), chars * char + 16)
        table.doubleClicked.connect(self._activated)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_current)

    # -- words
    def retranslate(self) -> None:
        self.folders_button.setText(self.tr("Folders"))
        self.add_folder_action.setText(self.tr("Add a folder…"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.report_button.setText(self.tr("Activity report…"))
        self.search.setPlaceholderText(self.tr("Search a title, a place, a facilitator…"))
        self.empty_label.setText(
            self.tr(
                "Choose the folders where the lab keeps its workshops (a shared network "
                "folder too): each workshop is listed here with its dates, its people and "
                "what came out of it. The files are only read, never changed."
            )
        )
        self.choose_button.setText(self.tr("Choose a folder…"))
        self.hint.setText(
            self.tr("Enter or a double click opens the workshop; click a column to sort.")
        )
        self.model.retranslate()
        self._fill_folders()
        self._fill_filters()
        self._show_state()

    def _fill_folders(self) -> None:
        self.folders_menu.clear()
        self.folders_menu.addAction(self.add_folder_action)
        if self.folders:
            self.folders_menu.addSeparator()
        for folder in self.folders:
            action = self.folders_menu.addAction(
                self.tr("Remove “%1”").replace("%1", mnemonic_free(folder))
            )
            action.triggered.connect(lambda _=False, f=folder: self.remove_folder(f))
        if len(self.folders) == 1:
            shown = self.tr("Folder: %1").replace("%1", self.folders[0])
        else:
            shown = self.tr("%n folder(s): %1", "", len(self.folders)).replace(
                "%1", ", ".join(self.folders)
            )
        self.folders_label.set_full_text(shown)

    def _fill_filters(self) -> None:
        summaries = [e.summary for e in self.model.entries if e.summary is not None]
        years = sorted({y for s in summaries for y in _years(s)}, reverse=True)
        undated = any(not s.dates for s in summaries)
        people: dict[str, str] = {}
        for summary in summaries:
            for name in summary.facilitators:
                if name.strip():
                    people.setdefault(_key(name), " ".join(name.split()))
        self._refill(
            self.year_box,
            [(self.tr("All years"), ALL), *[(y, y) for y in years]]
            + ([(self.tr("No date"), UNDATED)] if undated else []),
        )
        self._refill(
            self.facilitator_box,
            [
                (self.tr("All facilitators"), ALL),
                *sorted(((n, k) for k, n in people.items()), key=lambda p: p[1]),
            ],
        )

    @staticmethod
    def _refill(box: QComboBox, choices: list[tuple[str, str]]) -> None:
        kept = box.currentData() or ALL
        box.blockSignals(True)
        box.clear()
        for text, value in choices:
            box.addItem(text, value)
        box.setCurrentIndex(max(0, box.findData(kept)))
        box.blockSignals(False)

    def _show_state(self) -> None:
        has_folders = bool(self.folders)
        self.empty_label.setVisible(not has_folders)
        self.choose_button.setVisible(not has_folders)
        for widget in (
            self.folders_label,
            self.search,
            self.year_box,
            self.facilitator_box,
            self.count_label,
            self.table,
            self.hint,
            self.refresh_button,
            self.report_button,
        ):
            widget.setVisible(has_folders)
        self.count_label.set_full_text(self._count_text())
        problems = self._problems()
        self.problems_label.setVisible(has_folders and bool(problems))
        self.problems_label.setText("\n".join(problems[:3]))

    def _count_text(self) -> str:
        entries = self.model.entries
        counted = sum(1 for e in entries if e.counted)
        shown = self.proxy.rowCount()
        parts = [self.tr("%n workshop(s)", "", counted)]
        copies = sum(1 for e in entries if e.copy_of is not None)
        if copies:
            parts.append(self.tr("%n copy(ies)", "", copies))
        unread = sum(1 for e in entries if e.status in ("damaged", "newer", "unreadable"))
        if unread:
            parts.append(self.tr("%n file(s) to check", "", unread))
        if shown != len(entries):
            parts.append(self.tr("%n shown", "", shown))
        if self.scanner.is_running():
            parts.append(self.tr("reading…"))
        return " · ".join(parts)

    def _problems(self) -> list[str]:
        said: list[Message] = list(self.scan.problems) if self.scan is not None else []
        lines = [render(m) for m in said]
        if self.failed:
            lines.insert(0, self.tr("The folders could not be read entirely: try Refresh."))
        return lines

    # -- folders
    def set_folders(self, folders: Sequence[str]) -> None:
        """Show the workshops of `folders`; scans them again if they changed."""
        changed = tuple(folders) != self.folders
        self.folders = tuple(folders)
        self._fill_folders()
        if changed or (self.scan is None and not self.scanner.is_running()):
            self.refresh()
        else:
            self._show_state()

    def add_folder(self) -> None:
        chosen = self._choose_folder(self)
        if chosen is None:
            return
        folder = str(chosen)
        if folder not in self.folders:
            self.foldersChanged.emit([*self.folders, folder])

    def remove_folder(self, folder: str) -> None:
        self.foldersChanged.emit([f for f in self.folders if f != folder])

    def refresh(self) -> None:
        """Read the folders again (the cache makes unchanged files instant)."""
        self.failed = False
        self.scan = None
        self.model.set_entries([])
        if self.folders:
            self.scanner.start([Path(f) for f in self.folders])
        else:
            self.scanner.cancel()
        self._fill_filters()
        self._show_state()

    def stop(self) -> None:
        self.scanner.cancel()

    # -- results
    def _found(self, entries: list[LabEntry]) -> None:
        self.model.add_entries(entries)
        self.count_label.set_full_text(self._count_text())

    def _finished(self, scan: LabScan) -> None:
        self.scan = scan
        current = self.current_path()
        self.model.set_entries(scan.entries)
        self._fill_filters()
        self._show_state()
        self._select(current)

    def _failed(self) -> None:
        self.failed = True
        self._show_state()

    def _filter(self) -> None:
        self.proxy.set_filters(
            self.search.text(),
            str(self.year_box.currentData() or ALL),
            str(self.facilitator_box.currentData() or ALL),
        )
        self.count_label.set_full_text(self._count_text())

    # -- opening
    def current_path(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(PATH_ROLE)) if index.isValid() else None

    def _select(self, path: str | None) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if path is None or index.data(PATH_ROLE) == path:
                self.table.setCurrentIndex(index)
                return

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(str(index.data(PATH_ROLE)))

    def open_current(self) -> None:
        path = self.current_path()
        if path is not None:
            self.openRequested.emit(path)
