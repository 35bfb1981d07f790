"""The method library: search, filter by category and duration, preview, add or drag."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCollator,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
)

from facilitator.domain.library import Library, MethodCard
from facilitator.domain.records import Language
from facilitator.domain.text import clean_text
from facilitator.ui.agenda.day_model import METHOD_MIME
from facilitator.ui.agenda.names import category_choices, category_name, tool_name
from facilitator.ui.compact import choice_box
from facilitator.ui.plain import escaped, plain_label, rich_label, tooltip
from facilitator.ui.retranslate import Retranslatable
from facilitator.ui.style import named

METHOD_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex
DURATION_LIMITS = (0, 15, 30, 60, 10_000)  # "any", then up to 15, 30, 60 min, longer


def _folded(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def title_collator(language: Language) -> QCollator:
    """Qt's collation for titles in `language` (French or English): case and accents
    aside at first, as a reader of that language expects ("Écoute" among the E's)."""
    collator = QCollator(QLocale(language))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)  # "Méthode 2" before "Méthode 10"
    return collator


class MethodListModel(QAbstractListModel):
    """The library's methods, ordered by their title in `language` (title_collator)."""

    def __init__(self, library: Library, language: Language) -> None:
        super().__init__()
        collator = title_collator(language)
        self.methods: list[MethodCard] = sorted(
            library.methods.values(),
            key=lambda m: (collator.sortKey(m.text(language).title), m.id),
        )
        self.language = language

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.methods)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        method = self.methods[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{method.text(self.language).title} · {method.duration} min"
        if role == METHOD_ROLE:
            return method.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(method.text(self.language).purpose)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [METHOD_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        mime = QMimeData()
        if indexes:
            method_id = self.methods[indexes[0].row()].id
            mime.setData(METHOD_MIME, QByteArray(method_id.encode()))
        return mime


class MethodFilter(QSortFilterProxyModel):
    """Search in titles and purposes (accents and case aside), category, duration."""

    def __init__(self, source: MethodListModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self._source = source
        self.words: list[str] = []
        self.category = ""
        self.max_duration = 0
        self.min_duration = 0

    def set_filter(self, text: str, category: str, duration_choice: int) -> None:
        self.beginFilterChange()
        self.words = _folded(clean_text(text, multiline=False)).split()
        self.category = category
        if duration_choice == 0:
            self.min_duration, self.max_duration = 0, 0
        else:
            self.min_duration = DURATION_LIMITS[duration_choice - 1] + (duration_choice > 1)
            self.max_duration = DURATION_LIMITS[duration_choice]
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        method = self._source.methods[source_row]
        if self.category and method.category != self.category:
            return False
        if self.max_duration and not self.min_duration <= method.duration <= self.max_duration:
            return False
        if not self.words:
            return True
        text = method.text(self._source.language)
        haystack = _folded(" ".join((text.title, text.purpose, method.id, *text.materials)))
        return all(word in haystack for word in self.words)


class LibraryPanel(Retranslatable):
    methodChosen = Signal(str)  # a method id, to add to the current day

    def __init__(self, library: Library, language: Language) -> None:
        super().__init__()
        self._library = library
        self._language = language
        self._title = named(plain_label(), "sectionTitle")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.category = choice_box()
        self.duration = choice_box()
        self.model = MethodListModel(library, language)
        self.filter = MethodFilter(self.model)
        self.list = QListView()
        self.list.setModel(self.filter)
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(self._activated)
        self.preview = rich_label()  # its markup is ours, the method's words escaped
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.preview.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.add_button = named(QPushButton(), "primary")
        self.add_button.clicked.connect(self._add_current)
        self.list.selectionModel().currentChanged.connect(self._show_preview)
        self.search.textChanged.connect(self._refilter)
        self.category.activated.connect(self._refilter)
        self.duration.activated.connect(self._refilter)
        self.search.returnPressed.connect(self._add_first)
        focus = QShortcut(QKeySequence("Ctrl+F"), self)
        focus.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        focus.activated.connect(self.search.setFocus)

        filters = QHBoxLayout()
        filters.addWidget(self.category, 2)
        filters.addWidget(self.duration, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.preview)
        layout.addWidget(self.add_button)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Method library"))
        self.search.setPlaceholderText(self.tr("Search a method (Ctrl+F)"))
        self.add_button.setText(self.tr("Add to the agenda"))
        category, duration = self.category.currentIndex(), self.duration.currentIndex()
        self.category.clear()
        self.category.addItem(self.tr("All categories"), "")
        for code, name in category_choices()[1:]:
            self.category.addItem(name, code)
        self.duration.clear()
        for label in (
            self.tr("Any duration"),
            self.tr("Up to 15 min"),
            self.tr("16 to 30 min"),
            self.tr("31 to 60 min"),
            self.tr("Over an hour"),
        ):
            self.duration.addItem(label)
        self.category.setCurrentIndex(max(category, 0))
        self.duration.setCurrentIndex(max(duration, 0))
        self._show_preview()

    def _refilter(self) -> None:
        self.filter.set_filter(
            self.search.text(), str(self.category.currentData() or ""), self.duration.currentIndex()
        )
        if self.filter.rowCount() and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.filter.index(0, 0))

    def current_method(self) -> MethodCard | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        return self._library.methods.get(str(index.data(METHOD_ROLE)))

    def _show_preview(self) -> None:
        method = self.current_method()
        self.add_button.setEnabled(method is not None)
        if method is None:
            self.preview.setText("")
            return
        text = method.text(self._language)
        facts = [
            category_name(method.category),
            self.tr("%1 min (%2–%3)")
            .replace("%1", str(method.duration))
            .replace("%2", str(method.duration_min))
            .replace("%3", str(method.duration_max)),
            text.group_size,
        ]
        if method.produces != "none":
            facts.append(self.tr("opens: %1").replace("%1", tool_name(method.tool)))
        self.preview.setText(
            f"<b>{escaped(text.title)}</b><br>"
            f"<span style='color:#3a3a3a'>{escaped(' · '.join(f for f in facts if f))}</span>"
            f"<p>{escaped(text.purpose)}</p>"
        )

    def _activated(self, index: QModelIndex) -> None:
        self.methodChosen.emit(str(index.data(METHOD_ROLE)))

    def _add_current(self) -> None:
        method = self.current_method()
        if method is not None:
            self.methodChosen.emit(method.id)

    def _add_first(self) -> None:
        if self.filter.rowCount():
            self.list.setCurrentIndex(self.filter.index(0, 0))
            self._add_current()
