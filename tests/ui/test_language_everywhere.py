"""After a live switch of the interface language, no screen shows a word of the other one.

For each language, the app starts in the other one, opens a workshop, visits every screen
(so that each is built, each banner shown, each edit made in that language), switches
live, then visits every screen again and reads back every string a person can see: each
widget's text, tool tip, placeholder, window title, accessible name, status tip, item
views' cells and headers, combo boxes' items, menus' titles and actions, tabs, the
graphics scenes' items, and the text our own widgets paint (every `QPainter.drawText`
and `QTextLayout.draw` made while the window is grabbed).

Two judgements on each string:

- **Another language** (a failure): it holds a phrase of the other language's interface,
  i.e. a piece of a translation in `resources/translations/*.ts` (cut at its
  placeholders) that appears in no string of the current language; Qt's own button
  texts and the month and day names count too.
- **Unexplained** (a failure, unless listed in `NOT_TRANSLATED` with its reason): once the
  pieces of the current language's translations, the workshop's content, numbers and
  punctuation are taken out, a word is left: a string that never went through `tr()`.

User content is neither: the workshop is the full demo with every text replaced by a
neutral token (`Qx001`: no word of either language), and the method library's texts,
which a workshop shows in its own language (French here) whatever the interface's, are
content as well.
"""

from __future__ import annotations

import ast
import asyncio
import dataclasses
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path

import aiohttp
import pytest
import qasync
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QLocale, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QPainter, QTextDocument, QTextLayout
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from facilitator.domain import edits
from facilitator.domain.library import EMPTY_TEMPLATE, Library
from facilitator.domain.records import (
    AgendaItem,
    Board,
    PrototypeCard,
    Record,
    VoteSession,
    replaced,
)
from facilitator.domain.workshop import Workshop
from facilitator.library_access import full_demo
from facilitator.room import limits
from facilitator.room.codes import shown as shown_code
from facilitator.room.page_text import TEXT as PAGE_TEXT
from facilitator.room.session import FACILITATOR_LABEL
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.translations import LANGUAGES, Language, ts_path
from facilitator.ui.cards.source_dialog import SourceDialog
from facilitator.ui.cards.template_dialog import TemplateDialog
from facilitator.ui.dialogs import NewWorkshopDialog
from facilitator.ui.main_window import MainWindow
from facilitator.ui.retranslate import Retranslatable
from facilitator.ui.room.room_link import network_choices
from facilitator.ui.synthesis_export import SynthesisDialog
from facilitator.ui.voting.new_vote_dialog import NewVoteDialog
from facilitator.ui.workshop_page import WorkshopPage

OTHER: dict[Language, Language] = {"fr": "en", "en": "fr"}

# Strings shown as they are in every language, each with its reason.
NOT_TRANSLATED = {
    "Facilitator": "the app's name",
    "Français": "a language is named in its own language in the language menu",
    "English": "a language is named in its own language in the language menu",
    "Avery": "a label maker's brand, on its label sheets' names (export/label_sheets.py)",
    "Zweckform": "part of the brand Avery Zweckform, on its label sheets' names",
}

# -- the interface's strings, from the .ts files ----------------------------------------------
PLACEHOLDER = re.compile(r"%n|%L?\d|\{[a-z_]+\}")
SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
# What a placeholder's neighbours are cut from: spaces and punctuation around a phrase.
EDGES = " .,:;!?…()[]«»“”\"'’-–—·/+×=%#"
WORD = re.compile(r"[^\W\d_]{2,}")  # a word: two letters or more
TOKEN = re.compile(r"Qx\d{3}")  # the neutral content
# A token as shown: whole, or cut short by an ellipsis ("Qx0…"), or an initial.
SHOWN_TOKEN = re.compile(r"(?<!\w)Qx?\d{0,3}(?:…|(?!\w))", re.IGNORECASE)
URL = re.compile(r"https?://\S+")


def plain(text: str) -> str:
    """What a person reads: markup rendered to text, shortcut marks (`&`) gone, every run of
    spaces (no-break ones included) one space."""
    if QtGuiNamespace.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    text = text.replace("&&", "\x01").replace("&", "").replace("\x01", "&")
    return SPACES.sub(" ", text).strip()


def ts_forms(language: Language) -> list[list[str]]:
    """Each message of the .ts file: its forms (several for plural ones), in `language`."""
    messages: list[list[str]] = []
    for message in ET.parse(ts_path(language)).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")]
        messages.append(forms or [translation.text or ""])
    return messages


# Keys as shortcuts name them ("Ctrl+Maj+L" in French).
KEYS = (
    "Ctrl+Shift+Alt+Meta+A",
    *("Del", "Backspace", "Space", "Return", "Enter", "Esc", "Tab", "Ins", "Home", "End"),
    *("PgUp", "PgDown", "Left", "Right", "Up", "Down"),
)


def qt_own_texts() -> list[str]:
    """Qt's own words in the installed language: the standard buttons' texts, the keys'
    names in shortcuts."""
    box = QDialogButtonBox()
    for button in QDialogButtonBox.StandardButton:
        if button != QDialogButtonBox.StandardButton.NoButton:
            box.addButton(button)
    texts = [b.text() for b in box.buttons()]
    box.deleteLater()
    native = QKeySequence.SequenceFormat.NativeText
    return texts + [k for key in KEYS for k in QKeySequence(key).toString(native).split("+")]


def calendar_words(language: Language) -> list[str]:
    """Month and day names, long and short, as dates show them."""
    locale = QLocale(language)
    words = []
    for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        words += [locale.monthName(m, form) for m in range(1, 13)]
        words += [locale.standaloneMonthName(m, form) for m in range(1, 13)]
        words += [locale.dayName(d, form) for d in range(1, 8)]
    return words


def phrases(text: str) -> list[str]:
    """The pieces of a translation between its placeholders, trimmed, with a word in them."""
    pieces = (piece.strip(EDGES) for piece in PLACEHOLDER.split(plain(text)))
    return [piece for piece in pieces if WORD.search(piece)]


def _bounded(phrase: str) -> str:
    return rf"(?<!\w){re.escape(phrase)}(?!\w)"


def _alternation(pieces: set[str]) -> re.Pattern[str]:
    ordered = sorted(pieces, key=lambda p: (-len(p), p))
    return re.compile("|".join(_bounded(p) for p in ordered)) if ordered else re.compile("(?!)")


class Judge:
    """Says of a shown string whether it holds the other language, or words no
    translation of the current language explains."""

    def __init__(self, language: Language, own: list[str], other: list[str], content: set[str]):
        self.language = language
        mine = {p for text in own for p in phrases(text)}
        mine |= {w for w in calendar_words(language) if WORD.search(w)}
        theirs = {p for text in other for p in phrases(text)}
        theirs |= {w for w in calendar_words(OTHER[language]) if WORD.search(w)}
        # A piece of the other language that the current one also says ("Date", "Post-it",
        # "Options", or a word inside a longer phrase) tells nothing.
        # Compared whatever the case: "Code" in French is "code" in English.
        every_own = "\n".join(sorted(mine))
        self.foreign = {p for p in theirs if not re.search(_bounded(p), every_own, re.IGNORECASE)}
        self._foreign = _alternation(self.foreign)
        self._own = _alternation(mine | set(NOT_TRANSLATED))
        self.content = set(content)  # more can be added: a path, a room's code
        self._content: tuple[int, re.Pattern[str]] = (-1, re.compile("(?!)"))

    def without_content(self, text: str) -> str:
        if self._content[0] != len(self.content):
            pattern = _alternation({plain(c) for c in self.content if WORD.search(c)})
            self._content = (len(self.content), pattern)
        text = self._content[1].sub(" ", URL.sub(" ", text))
        return SHOWN_TOKEN.sub(" ", TOKEN.sub(" ", text))

    def foreign_phrase(self, text: str) -> str | None:
        found = self._foreign.search(self.without_content(text))
        return found.group(0) if found else None

    def unexplained(self, text: str) -> list[str]:
        rest = self._own.sub(" ", self.without_content(text))
        return WORD.findall(rest)


# -- reading every shown string back -----------------------------------------------------------
@dataclasses.dataclass
class Shown:
    where: str
    text: str


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    """A list model's `columnCount` is private in PySide: one column, no children."""
    if isinstance(model, QAbstractListModel):
        return 0 if parent.isValid() else 1
    return model.columnCount(parent)


ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
)


class Reader:
    """Every string a person can see in the visible windows, and what was painted."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[Shown] = []
        self._painting = ""
        self._reading = False  # paints outside a reading are not counted
        drawn, laid = QPainter.drawText, QTextLayout.draw

        def draw_text(painter: QPainter, *args: object) -> None:
            for arg in args:
                if isinstance(arg, str):
                    self._add(f"{self._painting} (painted)", arg)
            drawn(painter, *args)  # type: ignore[call-overload]

        def draw_layout(layout: QTextLayout, *args: object) -> None:
            self._add(f"{self._painting} (painted layout)", layout.text())
            laid(layout, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(QPainter, "drawText", draw_text)
        monkeypatch.setattr(QTextLayout, "draw", draw_layout)

    def _add(self, where: str, text: object) -> None:
        if self._reading and isinstance(text, str) and text.strip():
            self.shown.append(Shown(where, text))

    def windows(self) -> None:
        """Every visible window: its widgets' strings, then what it paints."""
        QApplication.processEvents()
        self._reading = True
        try:
            for top in QApplication.topLevelWidgets():
                if top.isVisible() and not isinstance(top, QMenu):
                    self.window(top)
        finally:
            self._reading = False

    def window(self, top: QWidget) -> None:
        self._add(f"{type(top).__name__} window title", top.windowTitle())
        menus: list[QMenu] = []
        for widget in [top, *top.findChildren(QWidget)]:
            if widget.isVisible():
                self.widget(widget, menus)
        if isinstance(top, QMainWindow):
            self._add("status bar", top.statusBar().currentMessage())
        seen: set[int] = set()
        while menus:
            menu = menus.pop()
            if id(menu) in seen:
                continue
            seen.add(id(menu))
            self._add("menu title", menu.title())
            for action in menu.actions():
                self.action("menu", action)
                if action.menu() is not None:
                    menus.append(action.menu())  # type: ignore[arg-type]
        self._painting = type(top).__name__
        top.grab()

    def action(self, where: str, action: QAction) -> None:
        for what, text in (
            ("action", action.text()),
            ("action tool tip", action.toolTip() if action.toolTip() != action.text() else ""),
            ("action status tip", action.statusTip()),
            ("action what's this", action.whatsThis()),
        ):
            self._add(f"{where} {what}", text)

    def widget(self, widget: QWidget, menus: list[QMenu]) -> None:
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        for what, text in (
            ("tool tip", widget.toolTip()),
            ("status tip", widget.statusTip()),
            ("what's this", widget.whatsThis()),
            ("accessible name", widget.accessibleName()),
            ("accessible description", widget.accessibleDescription()),
        ):
            self._add(f"{where} {what}", text)
        if widget.isWindow():
            self._add(f"{where} window title", widget.windowTitle())
        for action in widget.actions():
            self.action(where, action)
            if action.menu() is not None:
                menus.append(action.menu())  # type: ignore[arg-type]
        if isinstance(widget, QMenu):
            menus.append(widget)
        if isinstance(widget, QToolButton | QPushButton) and widget.menu() is not None:
            menus.append(widget.menu())
        for what, text in self.texts(widget):
            self._add(f"{where} {what}", text)
        if isinstance(widget, QComboBox | QAbstractItemView) and widget.model() is not None:
            self.model(where, widget.model())
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            self.scene(where, widget.scene())

    def texts(self, widget: QWidget) -> list[tuple[str, str]]:
        if isinstance(widget, QLabel):
            return [("text", widget.text())]
        if isinstance(widget, QAbstractButton):
            return [("text", widget.text())]
        if isinstance(widget, QGroupBox):
            return [("title", widget.title())]
        if isinstance(widget, QTabBar):
            return [
                (what, text)
                for tab in range(widget.count())
                for what, text in (
                    ("tab", widget.tabText(tab)),
                    ("tab tip", widget.tabToolTip(tab)),
                )
            ]
        if isinstance(widget, QLineEdit):
            return [("text", widget.text()), ("placeholder", widget.placeholderText())]
        if isinstance(widget, QPlainTextEdit):
            return [("text", widget.toPlainText()), ("placeholder", widget.placeholderText())]
        if isinstance(widget, QTextEdit):
            return [("text", widget.toPlainText()), ("placeholder", widget.placeholderText())]
        if isinstance(widget, QAbstractSpinBox):
            found = [("text", widget.text()), ("special value", widget.specialValueText())]
            return found
        if isinstance(widget, QProgressBar):
            return [("text", widget.text())]
        if isinstance(widget, QComboBox):
            return [("current", widget.currentText()), ("placeholder", widget.placeholderText())]
        return []

    def model(
        self, where: str, model: QAbstractItemModel, parent: QModelIndex | None = None
    ) -> None:
        parent = parent if parent is not None else QModelIndex()
        if not parent.isValid():
            for orientation, count in (
                (Qt.Orientation.Horizontal, _columns(model, parent)),
                (Qt.Orientation.Vertical, model.rowCount(parent)),
            ):
                for section in range(count):
                    for role in ROLES[:2]:
                        self._add(f"{where} header", model.headerData(section, orientation, role))
        for row in range(model.rowCount(parent)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in ROLES:
                    self._add(f"{where} cell", index.data(role))
                if not isinstance(model, QAbstractListModel) and model.rowCount(index):
                    self.model(where, model, index)

    def scene(self, where: str, scene: QGraphicsScene) -> None:
        for item in scene.items():
            name = f"{where} {type(item).__name__}"
            self._add(f"{name} tool tip", item.toolTip())
            if isinstance(item, QGraphicsTextItem):
                self._add(name, item.toPlainText())
            elif isinstance(item, QGraphicsSimpleTextItem):
                self._add(name, item.text())


# -- a workshop of neutral tokens ---------------------------------------------------------------
TECHNICAL = frozenset(
    {
        "id",
        "created_at",
        "date",
        "start_time",
        "end_time",
        "actual_start",
        "actual_end",
        "method_id",
        "category",
        "color",
        "key",
        "target_id",
        "due_date",
    }
)


def neutral_workshop() -> Workshop:
    """The full demo (agenda, boards, photos, three votes, cards, steps) with every text a
    person typed replaced by a token of its own (the same text, the same token)."""
    given: dict[str, str] = {}
    records: list[Record] = []
    for record in full_demo().records():
        values: dict[str, object] = {}
        for spec in dataclasses.fields(record):
            if "max_len" not in spec.metadata or spec.name in TECHNICAL:
                continue
            value = getattr(record, spec.name)
            if value:
                values[spec.name] = given.setdefault(value, f"Qx{len(given) + 1:03d}")
        records.append(replaced(record, values))
    return Workshop(records)


def template_texts(library: Library, language: Language) -> list[str]:
    """The session templates' titles and descriptions: shown in the interface's language."""
    templates = [*library.templates.values(), EMPTY_TEMPLATE]
    return [t.title(language) for t in templates] + [t.description(language) for t in templates]


def library_texts(library: Library, language: Language) -> set[str]:
    """What the method library shows of itself in `language` (a workshop's own)."""
    texts: set[str] = set()
    for method in library.methods.values():
        text = method.text(language)
        texts |= {text.title, text.purpose, text.group_size, text.participant_instructions}
        texts |= {*text.materials, *text.steps, *text.tips}
    return {plain(t) for t in texts if t}


# -- the walk -------------------------------------------------------------------------------------
Look = Callable[[str], None]


def _visit_parts(page: WorkshopPage, look: Look) -> None:
    for key in page.part_keys():
        page.show_part(key)
        look(f"part {key}")


def _visit_agenda(page: WorkshopPage, look: Look) -> None:
    """Every day, an activity and a break in the editor, the materials, the library."""
    agenda = page.agenda
    page.show_part("agenda")
    for day in range(agenda.day_tabs.count()):
        agenda.day_tabs.setCurrentIndex(day)
        kinds_seen: set[str] = set()
        for row in range(agenda.model.rowCount()):
            agenda.table.selectRow(row)
            item = agenda.editor.item_id and page.document.workshop.get(
                AgendaItem, agenda.editor.item_id
            )
            kind = item.kind if isinstance(item, AgendaItem) else ""
            if kind not in kinds_seen:
                kinds_seen.add(kind)
                look(f"agenda, day {day + 1}, a {kind or 'row'}")
    for tab in range(agenda.side_tabs.count()):
        agenda.side_tabs.setCurrentIndex(tab)
        look(f"agenda, side tab {tab}")
    agenda.side_tabs.setCurrentIndex(0)


def _visit_board(page: WorkshopPage, look: Look) -> None:
    """Every board as a board and as a list, the clusters as a menu, the board projected."""
    board = page.board
    page.show_part("board")
    for record in page.document.workshop.all(Board):
        board.select_board(record.id)
        for mode in ("list", "canvas"):
            board.set_mode(mode)
            look(f"board {record.title}, {mode}")
    board.project()
    look("board on the projector")


def _visit_votes(page: WorkshopPage, look: Look) -> None:
    """Each vote, each way of collecting dots (pass the laptop included), its results on
    the projector."""
    votes = page.votes
    page.show_part("votes")
    for vote in page.document.workshop.all(VoteSession):
        votes.select_vote(vote.id)
        for mode in ("paper", "pass", "named") if vote.method == "dots" else ("",):
            if mode:
                votes.dots.set_mode(mode)
            look(f"vote {vote.method} {mode}")
        if vote.method == "dots":
            votes.dots.set_mode("paper")
        votes.results.reveal.setChecked(True)
        votes.project()
        look(f"vote {vote.method} on the projector")


def _visit_cards(page: WorkshopPage, look: Look) -> None:
    cards = page.cards
    page.show_part("cards")
    for card in page.document.workshop.all(PrototypeCard):
        cards.select_card(card.id)
        cards.project_current()
        look(f"card {card.name}")


def _visit_run(page: WorkshopPage, look: Look) -> None:
    """The first activity running; the projector's every screen; its badge elsewhere."""
    run = page.run
    page.show_part("run")
    first = next(i for i in page.document.workshop.all(AgendaItem) if i.kind == "activity")
    run.session.select(first.id)
    if run.session.timer.status != "running":
        run.session.toggle()
    if run.projector is None or not run.projector.isVisible():
        run.toggle_projector()
    look("run, countdown")
    for mode in ("pause", "blank"):
        run.projector_mode(mode)
        look(f"run, projector {mode}")
        run.projector_mode(mode)
    page.show_part("details")
    look("the countdown's badge")


def _visit_popups(window: MainWindow, page: WorkshopPage, look: Look, library: Library) -> None:
    """What is made when asked for and holds the keyboard while open (so the language
    cannot change under it): a new workshop, a new vote, the card template, a card's
    source, the synthesis, About; the board's menu of clusters."""
    language: Language = "fr" if QLocale().language() == QLocale.Language.French else "en"
    for dialog in (
        NewWorkshopDialog(language, library, window),
        NewVoteDialog(page.document, page.votes),
        TemplateDialog(page.document, page.report, page.cards),
        SourceDialog(page.document, page.cards),
        SynthesisDialog(window),
    ):
        dialog.show()
        look(type(dialog).__name__)
        dialog.close()
        dialog.deleteLater()

    def read_about() -> None:
        look("about")
        box = QApplication.activeModalWidget()
        assert box is not None
        box.close()

    QTimer.singleShot(0, read_about)
    window.show_about()
    board = page.board
    page.show_part("board")
    assert board.scene is not None
    next(iter(board.scene.notes.values())).setSelected(True)
    board.move_menu()
    look("board, the menu of clusters")
    board._menu.close()


def _force_banners(window: MainWindow, page: WorkshopPage) -> None:
    """A write that fails (the disk full), a sentence in the notice bar, the clock that
    jumped: each banner shown."""
    document = page.document
    file = document.file_for_tests()
    file.set_page_limit_for_tests(file.page_count())
    document.edit("notes", edits.set_info(document.workshop, notes="Qx999 " * 3_200))
    assert page.write_banner.isVisible()
    page.votes.delete_vote()  # "The vote is deleted. Undo (Ctrl+Z) brings it back…"
    assert page.notice.isVisible()


def _lift_write_failure(window: MainWindow, page: WorkshopPage) -> None:
    page.document.file_for_tests().set_page_limit_for_tests(1_000_000)
    page._retry.click()
    assert not page.write_banner.isVisible()


# -- the tests ---------------------------------------------------------------------------------
@pytest.fixture
def loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """asyncio on Qt's event loop, as in the app (never stopped: that would quit Qt)."""
    event_loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    pending = [t for t in asyncio.all_tasks(event_loop) if not t.done()]
    if pending:
        event_loop.run_until_complete(asyncio.wait(pending, timeout=5))
    asyncio.set_event_loop(None)


@pytest.fixture(scope="module")
def catalogue() -> dict[Language, list[str]]:
    """Every form of every interface string, per language."""
    return {language: [f for forms in ts_forms(language) for f in forms] for language in LANGUAGES}


def _switch(window: MainWindow, language: Language, qtbot: QtBot) -> None:
    """Choose the language as the settings do; LanguageChange is posted, then delivered."""
    title = "&Fichier" if language == "fr" else "&File"
    window.set_language(language)
    qtbot.waitUntil(lambda: window.file_menu.title() == title)
    QApplication.processEvents()


def _judge(
    language: Language,
    catalogue: dict[Language, list[str]],
    library: Library,
    window: MainWindow,
    qtbot: QtBot,
) -> Judge:
    """The judge for `language`, with Qt's own words in both (read with each installed)."""
    qt_words: dict[Language, list[str]] = {}
    for each in (OTHER[language], language):
        _switch(window, each, qtbot)
        qt_words[each] = qt_own_texts()
    own = catalogue[language] + qt_words[language] + template_texts(library, language)
    other = catalogue[OTHER[language]] + qt_words[OTHER[language]]
    other += template_texts(library, OTHER[language])
    return Judge(language, own, other, library_texts(library, "fr"))


class Walk:
    """Shows each screen in the other language, switches live to `language`, reads every
    window, switches back: what a person sees who changes the language on that screen."""

    def __init__(
        self, window: MainWindow, language: Language, reader: Reader, qtbot: QtBot
    ) -> None:
        self.window = window
        self.language = language
        self.reader = reader
        self.qtbot = qtbot
        self.steps: list[str] = []

    def switched(self, step: str) -> None:
        _switch(self.window, self.language, self.qtbot)
        self.here(step)
        _switch(self.window, OTHER[self.language], self.qtbot)

    def here(self, step: str) -> None:
        """Read in the language installed now (a modal dialog cannot outlive a switch)."""
        before = len(self.reader.shown)
        self.reader.windows()
        self.steps.append(step)
        for shown in self.reader.shown[before:]:
            shown.where = f"{step}: {shown.where}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_after_a_live_switch_every_screen_speaks_the_new_language(
    language: Language,
    loop: asyncio.AbstractEventLoop,  # first: set up before the window, gone after it
    *,
    window: MainWindow,
    catalogue: dict[Language, list[str]],
    library: Library,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    judge = _judge(language, catalogue, library, window, qtbot)
    path = tmp_path / "neutre.atelier"
    WorkshopFile.create(path, neutral_workshop()).close()
    judge.content |= {str(tmp_path), str(path)}
    # Idle connections are swept each second from the loop, which runs only inside
    # run_until_complete here: not what this test looks at.
    monkeypatch.setattr(limits, "SWEEP_INTERVAL_S", 3600.0)
    walk = Walk(window, language, Reader(monkeypatch), qtbot)
    look = walk.switched

    _switch(window, OTHER[language], qtbot)
    look("home")
    assert window.open_path(path)
    page = window.page
    assert page is not None
    room = page.room
    room.network.setCurrentIndex(room.network.findData("127.0.0.1"))
    room.start_button.click()
    loop.run_until_complete(room.link.started())
    assert room.link.session is not None
    judge.content |= {room.link.session.code, shown_code(room.link.session.code)}
    # the facilitator's own code, and the name their photos are sent under: the room's
    # language, as what the phones show (issue 19)
    judge.content |= {
        room.link.session.facilitator_code,
        FACILITATOR_LABEL[room.link.session.language],
    }
    judge.content |= {choice.interface for choice in network_choices()}
    page.show_part("room")
    room.project_link()
    look("room link, running, on the projector")
    room.start_button.click()
    loop.run_until_complete(room.link.stopped())
    look("room link, stopped")
    _visit_parts(page, look)
    _visit_agenda(page, look)
    _visit_board(page, look)
    _visit_votes(page, look)
    _visit_cards(page, look)
    _visit_run(page, look)
    window.show_settings()
    look("settings")
    assert window.settings_dialog is not None
    window.settings_dialog.close()
    _force_banners(window, page)
    look("banners")
    _lift_write_failure(window, page)
    second = MainWindow(window._settings, window._translators, window._chooser)
    qtbot.addWidget(second)
    second.show()
    assert second.open_path(path)  # read-only there: open in this window
    assert second.page is not None and second.page.read_only_banner.isVisible()
    look("a second window, read-only")
    second.close()
    _switch(window, language, qtbot)
    _visit_popups(window, page, walk.here, library)
    _switch(window, OTHER[language], qtbot)
    assert window.close_workshop()
    look("home, the workshop closed")

    first_seen: dict[str, str] = {}
    for shown in walk.reader.shown:
        first_seen.setdefault(shown.text, shown.where)
    foreign = sorted(
        f"{where}: {text[:150]!r} has {phrase!r}"
        for text, where in first_seen.items()
        if (phrase := judge.foreign_phrase(plain(text)))
    )
    unexplained = sorted(
        f"{where}: {text[:150]!r} ({' '.join(words[:12])})"
        for text, where in first_seen.items()
        if (words := judge.unexplained(plain(text)))
    )
    assert len(walk.steps) >= 45 and len(first_seen) >= 800  # the walk saw every screen
    assert foreign == [], "\n".join(foreign)
    assert unexplained == [], "\n".join(unexplained)


# -- the phone's page: the workshop's language, whatever the laptop's ---------------------------
class PageWords(HTMLParser):
    """The words a phone shows of a page: its text outside scripts and styles, and the
    sentences its script fills in (the JSON in `<script id="words">`)."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self.words: dict[str, str] = {}
        self._in: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        given = dict(attrs)
        self._in.append((tag, given.get("id") or ""))
        for said in ("aria-label", "placeholder", "title", "alt"):  # read out, or shown
            if given.get(said):
                self.texts.append(str(given[said]).strip())

    def handle_endtag(self, tag: str) -> None:
        if self._in:
            self._in.pop()

    def handle_data(self, data: str) -> None:
        where = self._in[-1] if self._in else ("", "")
        if where == ("script", "words"):
            self.words = json.loads(data)
        elif where[0] not in ("script", "style") and data.strip():
            self.texts.append(data.strip())


@pytest.mark.parametrize(("laptop", "room"), [("en", "fr"), ("fr", "en")])
def test_the_phones_page_speaks_the_workshops_language_whatever_the_laptops(
    laptop: Language,
    room: Language,
    loop: asyncio.AbstractEventLoop,  # first: set up before the window, gone after it
    *,
    window: MainWindow,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    """The participants' page follows the workshop (the room's language), not the
    laptop's interface, even when the facilitator switches it while phones are joined."""
    workshop = full_demo()
    workshop.apply(edits.set_info(workshop, language=room))
    path = tmp_path / "salle.atelier"
    WorkshopFile.create(path, workshop).close()
    _switch(window, laptop, qtbot)
    assert window.open_path(path) and window.page is not None
    link = window.page.room
    link.network.setCurrentIndex(link.network.findData("127.0.0.1"))
    link.start_button.click()
    loop.run_until_complete(link.link.started())
    url = link.link.join_url()
    base = url.split("/r/")[0]
    own = set(PAGE_TEXT[room].values())

    async def pages() -> list[str]:
        async with aiohttp.ClientSession() as http:
            shown = []
            for address in (url, base + "/", base + "/go?code=%21%21"):
                async with http.get(address) as answer:
                    assert answer.status == 200
                    shown.append(await answer.text())
            return shown

    read: list[str] = []
    for interface in (laptop, room):  # and after a live switch of the laptop's language
        _switch(window, interface, qtbot)
        read += loop.run_until_complete(pages())
    link.start_button.click()
    loop.run_until_complete(link.link.stopped())

    scripted = 0
    for page in read:
        words = PageWords()
        words.feed(page)
        scripted += bool(words.words)
        assert f'<html lang="{room}">' in page
        assert words.texts and set(words.texts) <= own | {"—"}, words.texts
        assert not words.words or words.words == PAGE_TEXT[room]
    assert len(read) == 6
    assert scripted == 2  # the room's page itself, before and after the switch


# -- the source: each kind of text set once, found by reading the code ---------------------------
UI = Path(__file__).resolve().parents[2] / "facilitator" / "ui"


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _translated_now(node: ast.expr) -> bool:
    """`self.tr(…)`, `QCoreApplication.translate(…)`, or one of them `.replace`d or chosen."""
    if isinstance(node, ast.Call):
        if _name(node) in ("tr", "translate"):
            return True
        if isinstance(node.func, ast.Attribute) and node.func.attr == "replace":
            return _translated_now(node.func.value)
    if isinstance(node, ast.IfExp):
        return _translated_now(node.body) or _translated_now(node.orelse)
    return False


def frozen_sentences(text: str, name: str, takers: dict[str, int]) -> list[str]:
    """Calls in `text` that hand a sentence translated once, where the callee keeps it
    and must say it again after a switch of language: an undo step's name, a banner's
    sentence. `takers`: the functions that take such a sentence, and at which argument."""
    found = []
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Call) and (index := takers.get(_name(node))) is not None:
            argument = node.args[index] if len(node.args) > index else None
            if argument is not None and _translated_now(argument):
                found.append(f"{name}:{node.lineno}: {ast.unparse(argument)[:70]}")
    return found


def sentence_takers(sources: dict[str, str]) -> dict[str, int]:
    """Every function of `facilitator/ui` with a parameter typed `UndoText` or `Sentence`
    (the names of steps and of banners' sentences), with that parameter's position as
    called; the document's `edit`, `perform_edit`, and a signal's `emit` (its receiver
    keeps what it is given: the notice bar)."""
    takers = {"edit": 0, "perform_edit": 1, "show_text": 0, "emit": 0}
    for text in sources.values():
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef):
                names = [a for a in node.args.args if a.arg not in ("self", "cls")]
                for position, argument in enumerate(names):
                    if argument.annotation is not None and ast.unparse(argument.annotation) in (
                        "UndoText",
                        "Sentence",
                    ):
                        takers[node.name] = position
    return takers


def test_no_sentence_is_kept_in_the_language_it_was_first_said_in() -> None:
    """An undo step's name and a banner's sentence are functions (`lambda: self.tr(…)`),
    asked again after a switch: a string translated once stays in the old language."""
    sources = {
        str(p.relative_to(UI.parent.parent)): p.read_text(encoding="utf-8")
        for p in sorted(UI.rglob("*.py"))
    }
    takers = sentence_takers(sources)
    assert {"_edit", "_add_item", "_apply", "edit", "perform_edit"} <= set(takers)
    problems = [p for name, text in sources.items() for p in frozen_sentences(text, name, takers)]
    assert problems == []


def test_the_source_check_finds_a_sentence_translated_once() -> None:
    example = (
        "self._edit(self.tr('Delete a vote'), build)\n"
        "self._edit(lambda: self.tr('Delete a vote'), build)\n"
        "perform_edit(document, self.tr('Add “%1”').replace('%1', name), build)\n"
        "banner.show_text(self.tr('Saved') if ok else self.tr('Not saved'))\n"
        "banner.show_text(lambda: render(message))\n"
    )
    takers = {"_edit": 0, "perform_edit": 1, "show_text": 0}
    found = frozen_sentences(example, "example.py", takers)
    assert [line.split(":")[1] for line in found] == ["1", "3", "4"]


def test_every_widget_that_retranslates_hears_the_language_change() -> None:
    """A widget with a `retranslate()` that nothing calls on a switch (the logo's field
    was one): each is a `Retranslatable` or handles the change itself."""
    import importlib
    import inspect
    import pkgutil

    import facilitator.ui

    deaf = []
    for module_info in pkgutil.walk_packages(facilitator.ui.__path__, "facilitator.ui."):
        module = importlib.import_module(module_info.name)
        for _, kind in inspect.getmembers(module, inspect.isclass):
            if (
                kind.__module__ == module.__name__
                and issubclass(kind, QWidget)
                and hasattr(kind, "retranslate")
                and not issubclass(kind, Retranslatable)
                and kind.changeEvent is QWidget.changeEvent
            ):
                deaf.append(f"{module.__name__}.{kind.__name__}")
    assert deaf == []


def test_the_issues_example_the_logo_the_board_filters_and_a_banner_follow_a_switch(
    window: MainWindow, full_demo_file: Path, qtbot: QtBot
) -> None:
    """Issue 17: after a live switch to English, the logo's buttons, two of the board's
    filters and a banner stayed French; so did the Edit menu's last step."""
    _switch(window, "fr", qtbot)
    assert window.open_path(full_demo_file)
    page = window.page
    assert page is not None
    page.show_part("board")
    assert page.board.cluster_filter.itemText(0) == "Tous les groupes"
    page.votes.delete_vote()
    assert page.notice.label.text().startswith("Le vote est supprimé")
    assert window.undo_action.text() == "&Annuler\u00a0: Supprimer un vote"
    _switch(window, "en", qtbot)
    logo = page.details.logo
    assert (logo.choose.text(), logo.remove.text()) == ("Choose…", "Remove")
    board = page.board
    assert board.cluster_filter.itemText(0) == "All clusters"
    assert board.author_filter.itemText(0) == "All authors"
    assert board.cluster_filter.itemText(board.cluster_filter.count() - 1) == "No cluster"
    assert board.matches.text().endswith("ideas")
    assert page.notice.isVisible()
    assert page.notice.label.text() == (
        "The vote is deleted. Undo (Ctrl+Z) brings it back with its dots."
    )
    assert window.undo_action.text() == "&Undo Delete a vote"
    window.undo_action.trigger()  # the step itself is untouched by its new name
    assert window.redo_action.text() == "&Redo Delete a vote"


# Dialogs that say their words once, when made: each is opened with `exec()`, which holds
# the keyboard and the mouse until it closes, so the language cannot change under it.
MODAL_DIALOGS = frozenset(
    {
        "NewWorkshopDialog",
        "NewVoteDialog",
        "TemplateDialog",
        "SourceDialog",
        "SynthesisDialog",
        "NamesDialog",
        "NewGroupingDialog",
        "WishDialog",
    }
)
# Widgets made only inside those dialogs.
IN_MODAL_DIALOGS = frozenset({"NamesChoice"})


class _SaidNow(ast.NodeVisitor):
    """The translations made right away in a body (not those deferred in a lambda or a
    nested function)."""

    def __init__(self) -> None:
        self.lines: list[int] = []

    def visit_Lambda(self, node: ast.Lambda) -> None:
        return

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        return

    def visit_Call(self, node: ast.Call) -> None:
        if _name(node) in ("tr", "translate"):
            self.lines.append(node.lineno)
        self.generic_visit(node)


def said_in_constructors(text: str, name: str) -> list[str]:
    """Classes of `text` that translate a text in `__init__`: said once, in the language
    of the moment (their `retranslate()` must say it instead)."""
    found = []
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, ast.ClassDef) or node.name in MODAL_DIALOGS | IN_MODAL_DIALOGS:
            continue
        for method in node.body:
            if isinstance(method, ast.FunctionDef) and method.name == "__init__":
                said = _SaidNow()
                for statement in method.body:
                    said.visit(statement)
                found += [f"{name}:{line}: {node.name}.__init__" for line in said.lines]
    return found


def test_no_widget_says_a_text_once_in_its_constructor() -> None:
    problems = [
        problem
        for path in sorted(UI.rglob("*.py"))
        for problem in said_in_constructors(path.read_text(encoding="utf-8"), path.name)
    ]
    assert problems == []
    example = (
        "class Panel(Retranslatable):\n"
        "    def __init__(self):\n"
        "        self.label = plain_label(self.tr('Once'))\n"
        "        self.undo = lambda: self.tr('Later')\n"
        "    def retranslate(self):\n"
        "        self.button.setText(self.tr('Each time'))\n"
    )
    assert said_in_constructors(example, "example.py") == ["example.py:3: Panel.__init__"]
    # Each of those dialogs is indeed opened modally.
    sources = "\n".join(p.read_text(encoding="utf-8") for p in UI.rglob("*.py"))
    for dialog in MODAL_DIALOGS:
        made = re.findall(rf"(\w+) = {dialog}\(|{dialog}\([^)]*\)\.exec\(\)", sources)
        assert made, dialog
        assert all(not name or f"{name}.exec()" in sources for name in made), dialog
    makers = {  # the classes that make each of those parts
        (part, kind.name)
        for path in UI.rglob("*.py")
        for kind in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(kind, ast.ClassDef)
        for call in ast.walk(kind)
        if isinstance(call, ast.Call) and (part := _name(call)) in IN_MODAL_DIALOGS
    }
    assert {part for part, _ in makers} == IN_MODAL_DIALOGS
    assert {maker for _, maker in makers} <= MODAL_DIALOGS
