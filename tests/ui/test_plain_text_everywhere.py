"""Text that Qt would read as markup is shown as written, on every screen.

A workshop whose every text is markup (`<img src="…"><b>U001</b>&amp;&lt;[*]`, each
field its own number) is opened in the real main window; every page, tab, vote,
card, dialog and projector view is visited, and every label, tool tip, button, menu,
tab, window title, item-view cell and scene item is read back. Each marker must be
shown exactly as written: plain text, or markup whose user text is escaped (a tool
tip, a recent workshop), with `&` doubled where Qt takes it for a shortcut and
`[*]` doubled in window titles.

The `src` of every `<img>` is a FIFO fed by a separate process that records each
time something opens it: Qt reading an image named by a user's text is counted, and
can neither hang the tests (the feeder answers every reader) nor read `/dev/zero`.
"""

from __future__ import annotations

import ast
import asyncio
import dataclasses
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import aiohttp
import pytest
import qasync
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QEvent, QModelIndex, Qt
from PySide6.QtGui import QHelpEvent, QKeySequence, QTextDocument
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from facilitator import paths
from facilitator.domain import agenda
from facilitator.domain.records import (
    AgendaItem,
    Board,
    Day,
    Idea,
    PrototypeCard,
    Record,
    VoteSession,
    replaced,
)
from facilitator.domain.run import agenda_order
from facilitator.domain.workshop import Workshop
from facilitator.library_access import full_demo
from facilitator.storage.library_files import load_library, save_template
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.ui.board.projected_ideas import ProjectedIdeas
from facilitator.ui.cards.projected_card import ProjectedCard
from facilitator.ui.cards.source_dialog import SourceDialog
from facilitator.ui.cards.template_dialog import TemplateDialog
from facilitator.ui.dialogs import NewWorkshopDialog, SettingsDialog
from facilitator.ui.error_reporter import ErrorReporter
from facilitator.ui.main_window import MainWindow
from facilitator.ui.plain import TOOLTIP_CHARS, mnemonic_free, tooltip, window_title
from facilitator.ui.run.projector import ProjectorWindow
from facilitator.ui.synthesis_export import SynthesisDialog
from facilitator.ui.voting.new_vote_dialog import NewVoteDialog
from facilitator.ui.voting.projected_results import ProjectedResults
from facilitator.ui.workshop_page import WorkshopPage

# Fields that hold no words: identifiers, times the app parses, colours of the palette.
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
        "color",
        "key",
        "upload_key",  # a photo from a phone: a SHA-256, never shown
        "target_id",
    }
)
# Empty on purpose: the paper tally's and the consensus's "participant"; the laptop's own
# photos' "sender" (a phone's label, shown for photos waiting for review: test_room_photos).
KEPT_EMPTY = frozenset({"participant", "sender"})
MARKER_ID = re.compile(r"U\d{3}")

# Fields no screen shows (the exports do): a marker there is not looked for.
NOT_ON_SCREEN: frozenset[str] = frozenset()


# -- the FIFO that counts who opens it -------------------------------------------------
FEEDER = """
import os, sys
fifo, log, stop = sys.argv[1:4]
while True:  # answers every reader, even one that leaves without reading (EPIPE)
    fd = os.open(fifo, os.O_WRONLY)  # waits for a reader
    try:
        if os.path.exists(stop):
            break
        with open(log, "a") as f:
            f.write("opened\\n")
        os.write(fd, b"not an image")
    except OSError:
        pass
    finally:
        os.close(fd)
"""


@dataclasses.dataclass
class Sentinel:
    """A FIFO named in every `<img src>`; `opened()` counts the reads of it."""

    path: Path
    log: Path

    def opened(self) -> int:
        return self.log.read_text().count("opened") if self.log.exists() else 0


@pytest.fixture
def sentinel() -> Iterator[Sentinel]:
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs a FIFO (POSIX)")
    # A short folder: the path goes into 100-character fields (the axes of a matrix).
    folder = Path(tempfile.mkdtemp(prefix="fx"))
    fifo, log, stop = folder / "s", folder / "log", folder / "stop"
    os.mkfifo(fifo)
    feeder = subprocess.Popen([sys.executable, "-c", FEEDER, str(fifo), str(log), str(stop)])
    yield Sentinel(fifo, log)
    stop.touch()
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # lets the feeder see `stop`
    try:
        feeder.wait(timeout=30)
    except subprocess.TimeoutExpired:
        feeder.kill()
        feeder.wait()
    finally:
        os.close(reader)
        shutil.rmtree(folder)


# -- a workshop whose every text is markup ----------------------------------------------
@dataclasses.dataclass
class Markers:
    raw: dict[str, str]  # marker id -> the text stored in the file
    where: dict[str, str]  # marker id -> "Record.field"

    def new(self, field: str, image: Path, *, plain: bool = False, room: int = 10_000) -> str:
        """A marker of its own for `field`: an image, bold, entities and `[*]`; with no
        `/` if `plain` (a file name); in `room` characters (a due date's ten: italic
        only)."""
        number = f"U{len(self.raw) + 1:03d}"
        tail = f"<b>{number}</b>&amp;&lt;[*]"
        text = f"<b>{number}&amp;&lt;[*]" if plain else f'<img src="{image}">{tail}'
        self.raw[number] = text if len(text) <= room else f"<i>{number}"[:room]
        self.where[number] = field
        return self.raw[number]


def markup_workshop(image: Path) -> tuple[Workshop, Markers]:
    """The full demo (agenda, boards, photos, three votes, cards, steps) with every
    text field of every record replaced by a marker of its own (the same text gets
    the same marker: a participant's name in each of their ballots)."""
    markers = Markers({}, {})
    given: dict[tuple[str, str], str] = {}
    records: list[Record] = []
    for record in full_demo().records():
        values: dict[str, object] = {}
        for spec in dataclasses.fields(record):
            if "max_len" not in spec.metadata or spec.name in TECHNICAL:
                continue
            value = getattr(record, spec.name)
            if not value and spec.name in KEPT_EMPTY:
                continue
            key = (spec.name, value)
            if key not in given:
                field = f"{type(record).__name__}.{spec.name}"
                given[key] = markers.new(field, image, room=spec.metadata["max_len"])
            values[spec.name] = given[key]
        records.append(replaced(record, values))
    return Workshop(records), markers


@pytest.fixture
def markup(sentinel: Sentinel, tmp_path: Path) -> tuple[Path, Markers]:
    workshop, markers = markup_workshop(sentinel.path)
    path = tmp_path / "balises.atelier"
    WorkshopFile.create(path, workshop).close()
    return path, markers


# -- reading every text back -------------------------------------------------------------
Form = Callable[[str], str]


def as_written(raw: str) -> str:
    return raw


def _tooltips(widget: QWidget) -> list[tuple[str, str]]:
    """The tool tips a widget shows (Qt guesses whether each is markup)."""
    tips = [(" tool tip", widget.toolTip())]
    if isinstance(widget, QTabBar):
        tips += [(" tab tool tip", widget.tabToolTip(tab)) for tab in range(widget.count())]
    if isinstance(widget, QMenu) and widget.toolTipsVisible():
        tips += [(" action tool tip", action.toolTip()) for action in widget.actions()]
    return tips


def _shown_texts(widget: QWidget) -> list[tuple[str, str, Form]]:
    """The plain texts a widget shows, each with the form it must have to be shown as
    written (`&` doubled where Qt takes it for a shortcut)."""
    if isinstance(widget, QAbstractButton):
        return [("", widget.text(), mnemonic_free)]
    if isinstance(widget, QGroupBox):
        return [("", widget.title(), mnemonic_free)]
    if isinstance(widget, QTabBar):
        return [(" tab", widget.tabText(tab), mnemonic_free) for tab in range(widget.count())]
    if isinstance(widget, QMenu):
        actions = [(" action", action.text(), mnemonic_free) for action in widget.actions()]
        return [("", widget.title(), mnemonic_free), *actions]
    if isinstance(widget, QLineEdit):
        return [("", widget.text(), as_written)]
    if isinstance(widget, QPlainTextEdit):
        return [("", widget.toPlainText(), as_written)]
    if isinstance(widget, ProjectedResults):
        return [(" (painted)", widget.title, as_written)]
    if isinstance(widget, ProjectedIdeas):
        painted = [widget.title] + [t for name, ideas in widget.groups for t in (name, *ideas)]
        return [(" (painted)", text, as_written) for text in painted]
    if isinstance(widget, ProjectedCard):
        blocks = [(" (painted)", text, as_written) for block in widget.blocks for text in block]
        return [(" (painted)", widget.name, as_written), *blocks]
    text = getattr(widget, "text", None)  # our own painted texts: the projector's
    if (
        not isinstance(widget, QLabel | QMessageBox)
        and callable(text)
        and isinstance(shown := text(), str)
    ):
        return [(" (painted)", shown, as_written)]
    return []


def _unwrapped(text: str) -> str:
    return "".join(text.split())


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    """A list model's `columnCount` is private in PySide: one column, no children."""
    if isinstance(model, QAbstractListModel):
        return 0 if parent.isValid() else 1
    return model.columnCount(parent)


class Audit:
    """Reads back what every widget, item and model shows, and notes each marker shown
    in another form than the one Qt displays as written."""

    def __init__(self, markers: Markers) -> None:
        self.markers = markers
        self.seen: dict[str, set[str]] = {number: set() for number in markers.raw}
        self.problems: list[str] = []
        self.rich_shown = 0  # markup strings holding a marker, escaped (tool tips, home)

    # The forms ------------------------------------------------------------------
    def shown_as(self, where: str, text: str, form: Form) -> None:
        found = set(MARKER_ID.findall(text)) & set(self.markers.raw)
        rest = _unwrapped(text)  # a long name may be wrapped on several lines
        for number in found:
            self.seen.setdefault(number, set()).add(where)
            rest = rest.replace(_unwrapped(form(self.markers.raw[number])), "")
        left = sorted(set(MARKER_ID.findall(rest)) & found)
        if left:
            self.problems.append(f"{where}: {left} not shown as written in {text[:160]!r}")

    def rich(self, where: str, markup: str) -> None:
        """Markup Qt renders: no image, and the user's text escaped in it."""
        if not MARKER_ID.search(markup):
            return
        if "<img" in markup.lower():
            self.problems.append(f"{where}: renders an image: {markup[:160]!r}")
            return
        document = QTextDocument()
        document.setHtml(markup)  # safe: no image in it
        self.rich_shown += 1
        self.shown_as(where + " (rendered)", document.toPlainText(), as_written)

    def auto(self, where: str, text: str, form: Form = as_written) -> None:
        """Text Qt guesses about (a tool tip, a label in AutoText)."""
        if QtGuiNamespace.mightBeRichText(text):
            self.rich(where, text)
        else:
            self.shown_as(where, text, form)

    # The things that show text ----------------------------------------------------
    def label(self, where: str, label: QLabel) -> None:
        text, kind = label.text(), label.textFormat()
        # A buddy makes `&` a shortcut in a label's plain text.
        form = mnemonic_free if label.buddy() is not None else as_written
        if kind == Qt.TextFormat.MarkdownText:
            self.problems.append(f"{where}: a Markdown label")
        elif kind == Qt.TextFormat.RichText:
            self.rich(where, text)
        elif kind == Qt.TextFormat.AutoText:
            self.auto(where, text, form)
        else:
            self.shown_as(where, text, form)

    def widget(self, widget: QWidget) -> None:
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        for suffix, tip in _tooltips(widget):
            if tip:
                self.auto(where + suffix, tip)
        if isinstance(widget, QLabel):
            self.label(where, widget)
        elif isinstance(widget, QTextEdit):
            self.rich(where, widget.toHtml())
        for suffix, text, form in _shown_texts(widget):
            self.shown_as(where + suffix, text, form)
        if isinstance(widget, QComboBox | QAbstractItemView) and widget.model() is not None:
            self.model(where, widget.model())
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            self.scene(where, widget.scene())
        if widget.isWindow() and widget.isVisible():
            self.shown_as(where + " window title", widget.windowTitle(), window_title)
            handle = widget.windowHandle()
            if handle is not None:  # what the window system is given: `[*]` shown
                self.shown_as(where + " shown title", handle.title(), as_written)

    def model(
        self, where: str, model: QAbstractItemModel, parent: QModelIndex | None = None
    ) -> None:
        parent = parent if parent is not None else QModelIndex()
        display, tip = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
        if not parent.isValid():
            for orientation, count in (
                (Qt.Orientation.Horizontal, _columns(model, parent)),
                (Qt.Orientation.Vertical, model.rowCount(parent)),
            ):
                for section in range(count):
                    self._data(where + " header", model.headerData(section, orientation, display))
                    self._tip(where + " header", model.headerData(section, orientation, tip))
        for row in range(model.rowCount(parent)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                self._data(where + " cell", index.data(display))
                self._tip(where + " cell", index.data(tip))
                if not isinstance(model, QAbstractListModel) and model.rowCount(index):
                    self.model(where, model, index)

    def _data(self, where: str, value: object) -> None:
        if isinstance(value, str):
            self.shown_as(where, value, as_written)

    def _tip(self, where: str, value: object) -> None:
        if isinstance(value, str) and value:
            self.auto(where + " tool tip", value)

    def scene(self, where: str, scene: QGraphicsScene) -> None:
        for item in scene.items():
            self.item(f"{where} {type(item).__name__}", item)

    def item(self, where: str, item: QGraphicsItem) -> None:
        if item.toolTip():
            self.auto(where + " tool tip", item.toolTip())
        if isinstance(item, QGraphicsTextItem):
            self.rich(where, item.toHtml())
        elif isinstance(item, QGraphicsSimpleTextItem):
            self.shown_as(where, item.text(), as_written)

    def everything(self) -> None:
        QApplication.processEvents()
        for widget in QApplication.allWidgets():
            self.widget(widget)

    def within(self, root: QWidget) -> None:
        QApplication.processEvents()
        for widget in [root, *root.findChildren(QWidget)]:
            self.widget(widget)

    def unseen(self) -> set[str]:
        return {
            self.markers.where[number]
            for number, places in self.seen.items()
            if not places and self.markers.where[number] not in NOT_ON_SCREEN
        }


# -- the helpers ------------------------------------------------------------------------
def test_a_tool_tip_shows_the_text_as_written_up_to_its_limit(qtbot: QtBot) -> None:
    assert tooltip("") == ""  # no tool tip at all, not an empty paragraph
    document = QTextDocument()
    document.setHtml(tooltip('<img src="/dev/zero"> R&D &lt;\nligne 2'))
    assert document.toPlainText() == '<img src="/dev/zero"> R&D &lt;\nligne 2'
    longest = "<b>" + "é" * TOOLTIP_CHARS  # an idea holds up to 10,000 characters
    document.setHtml(tooltip(longest))
    assert document.toPlainText() == longest[:TOOLTIP_CHARS] + "…"


def test_a_title_and_a_shortcut_text_show_their_marks(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.setWindowTitle(window_title("Atelier [*] 2026"))
    widget.show()
    assert widget.windowHandle() is not None
    assert widget.windowHandle().title() == "Atelier [*] 2026"  # not a placeholder
    assert not QKeySequence.mnemonic("R&D").isEmpty()  # Alt+D, and the & hidden
    assert QKeySequence.mnemonic(mnemonic_free("R&D")).isEmpty()


# -- the source: user text reaches Qt only through facilitator/ui/plain.py ---------------
UI = Path(__file__).resolve().parents[2] / "facilitator" / "ui"
# Calls that make Qt read a string as markup (or guess); each has its plain.py helper.
FORBIDDEN_CALLS = {
    "QLabel": "plain_label() or rich_label() (a QLabel guesses markup)",
    "QMessageBox": "message_box() (a message box guesses markup)",
    "QTextEdit": "QPlainTextEdit (a QTextEdit takes markup)",
    "QTextBrowser": "QPlainTextEdit (a QTextBrowser takes markup)",
    "QGraphicsTextItem": "QGraphicsSimpleTextItem or a painted text",
}
# (method, on what: any receiver if None) -> the helper to use instead.
FORBIDDEN_METHODS = {
    ("setToolTip", None): "set_tooltip() (a tool tip guesses markup)",
    ("setHtml", None): "plain text (setPlainText)",
    ("setWhatsThis", None): "set_tooltip()",
    ("showText", "QToolTip"): "set_tooltip() (QToolTip.showText guesses markup)",
    ("information", "QMessageBox"): "message_box()",
    ("warning", "QMessageBox"): "message_box()",
    ("critical", "QMessageBox"): "message_box()",
    ("question", "QMessageBox"): "message_box()",
}
TRANSLATED = ("tr", "translate", "window_title")


def _called_name(call: ast.Call) -> str:
    func = call.func
    return (
        func.attr
        if isinstance(func, ast.Attribute)
        else func.id
        if isinstance(func, ast.Name)
        else ""
    )


def source_problems(text: str, name: str) -> list[str]:
    """The calls in `text` (the source of `name`) that give Qt a string it may read
    as markup, each with the helper to use instead."""
    problems: list[str] = []
    calls = [node for node in ast.walk(ast.parse(text)) if isinstance(node, ast.Call)]
    for node in sorted(calls, key=lambda call: (call.lineno, call.col_offset)):
        called = _called_name(node)
        where = f"{name}:{node.lineno}"
        if isinstance(node.func, ast.Name) and called in FORBIDDEN_CALLS:
            problems.append(f"{where}: {called}(…): use {FORBIDDEN_CALLS[called]}")
        elif isinstance(node.func, ast.Attribute) and (
            advice := FORBIDDEN_METHODS.get((called, None))
            or FORBIDDEN_METHODS.get((called, ast.unparse(node.func.value)))
        ):
            problems.append(f"{where}: .{called}(…): use {advice}")
        elif called == "setTextFormat" and "PlainText" not in ast.unparse(node):
            problems.append(f"{where}: a text format other than plain: use rich_label()")
        elif called == "setWindowTitle":
            argument = node.args[0] if node.args else None
            if not (
                isinstance(argument, ast.Constant)
                or (isinstance(argument, ast.Call) and _called_name(argument) in TRANSLATED)
            ):
                problems.append(f"{where}: a window title not through window_title()")
    return problems


def test_the_interface_code_shows_user_text_only_through_the_plain_helpers() -> None:
    sources = sorted(p for p in UI.rglob("*.py") if p.name != "plain.py")
    assert len(sources) > 60
    problems = [
        problem
        for path in sources
        for problem in source_problems(
            path.read_text(encoding="utf-8"), str(path.relative_to(UI.parent.parent))
        )
    ]
    assert problems == []


def test_the_source_check_finds_each_kind_of_fault() -> None:
    example = (
        "label = QLabel(idea.text)\n"
        "note.setToolTip(idea.text)\n"
        "box = QMessageBox()\n"
        "QMessageBox.warning(self, title, text)\n"
        "item = QGraphicsTextItem()\n"
        "item.setHtml(text)\n"
        "label.setTextFormat(Qt.TextFormat.AutoText)\n"
        "window.setWindowTitle(workshop.title)\n"
        "window.setWindowTitle(self.tr('Fine'))\n"
        "ok.setTextFormat(Qt.TextFormat.PlainText)\n"
        "QMessageBox.about(self, self.tr('About'), about_text())\n"
    )
    problems = source_problems(example, "example.py")
    assert [p.split(":")[1] for p in problems] == [str(n) for n in range(1, 9)]
    assert "plain_label()" in problems[0] and "set_tooltip()" in problems[1]


# -- every screen of a workshop of markup --------------------------------------------------
def _visit_agenda(page: WorkshopPage, audit: Audit) -> None:
    """Every day, every activity in the editor with each of its rounds, the materials."""
    agenda = page.agenda
    page.show_part("agenda")
    for day in range(agenda.day_tabs.count()):
        agenda.day_tabs.setCurrentIndex(day)
        for row in range(agenda.model.rowCount()):
            agenda.table.selectRow(row)
            audit.within(agenda.editor)
            rounds = agenda.editor.rounds
            for round_row in range(1, rounds.list.count()):
                rounds.list.setCurrentRow(round_row)
                audit.within(agenda.editor)
        audit.within(agenda)
    agenda.side_tabs.setCurrentIndex(1)
    audit.within(agenda.materials)


def _visit_board(page: WorkshopPage, audit: Audit) -> ProjectorWindow:
    """Every board as a board and as a list, a note's and a photo's tool tip shown, the
    clusters as a menu, a note edited in place; the board on the projector."""
    board = page.board
    page.show_part("board")
    for board_record in page.document.workshop.all(Board):
        board.select_board(board_record.id)
        for mode in ("list", "canvas"):
            board.set_mode(mode)
            audit.within(board)
        assert board.scene is not None and board.view is not None
        for item in [*board.scene.notes.values(), *board.scene.photos.values()][-3:]:
            audit.auto("shown tool tip", _show_tooltip(board.view, item))
    assert board.scene is not None
    note = next(iter(board.scene.notes.values()))
    note.setSelected(True)
    board.move_menu()
    audit.within(board._menu)
    board._menu.close()
    board.edit_note(note.idea.id)
    assert board.in_place is not None
    audit.within(board.in_place)
    board.in_place.finish(keep=False)
    board.project()
    projector = page.run.projector
    assert projector is not None and projector.results_widget is board.projected
    audit.within(projector)
    board.projected.fill_ideas()  # the lists of ideas, whether the room sees them or not
    audit.within(board.projected.ideas)
    return projector


def _visit_votes(page: WorkshopPage, audit: Audit, projector: ProjectorWindow) -> None:
    """Each vote, each way of collecting it, its results on the projector; a new vote."""
    votes = page.votes
    page.show_part("votes")
    for vote in page.document.workshop.all(VoteSession):
        votes.select_vote(vote.id)
        for mode in ("paper", "pass", "named") if vote.method == "dots" else ("",):
            if mode:
                votes.dots.set_mode(mode)
            audit.within(votes)
        votes.results.reveal.setChecked(True)
        votes.project()
        audit.within(projector)
    new_vote = NewVoteDialog(page.document, votes)
    new_vote.show()
    for target in range(new_vote.target.count()):  # on the ideas, on the clusters
        new_vote.target.setCurrentIndex(target)
        audit.within(new_vote)
    new_vote.close()


def _visit_cards(page: WorkshopPage, audit: Audit, projector: ProjectorWindow) -> None:
    """Each card, and on the projector; the fields of the cards; a card's source."""
    cards = page.cards
    page.show_part("cards")
    for card in page.document.workshop.all(PrototypeCard):
        cards.select_card(card.id)
        audit.within(cards)
        cards.project_current()
        audit.within(projector)
    for dialog in (
        TemplateDialog(page.document, page.report, cards),
        SourceDialog(page.document, cards),
    ):
        dialog.show()
        audit.within(dialog)
        dialog.close()


def _visit_run(page: WorkshopPage, audit: Audit, projector: ProjectorWindow) -> None:
    """Each activity on, with the projector's every screen; the countdown's badge."""
    run = page.run
    page.show_part("run")
    for item in page.document.workshop.all(AgendaItem):
        run.session.select(item.id)
        audit.within(run)
        audit.within(projector)
    for mode in ("pause", "blank", "timer"):
        run.projector_mode(mode)
        audit.within(projector)
    run.session.toggle()  # the countdown runs: on another part, its badge names the activity
    page.show_part("details")
    assert page.timer_badge.isVisible()
    audit.within(page)


def _visit_dialogs(window: MainWindow, audit: Audit, folder: Path, image: Path) -> None:
    """A new workshop from a colleague's shared template; the settings, listing that
    shared folder; the synthesis's sections."""
    assert window.document is not None
    markers = audit.markers
    shared = folder / markers.new("Folder.name", image, plain=True)
    save_template(  # as a colleague saved it, in a shared folder
        window.document.workshop,
        markers.new("SessionTemplate.title", image),
        markers.new("SessionTemplate.description", image),
        shared,
    )
    library = load_library(paths.templates_dir(), folder / "personal", [shared])
    new_workshop = NewWorkshopDialog("fr", library, window)
    new_workshop.template_combo.setCurrentIndex(new_workshop.template_combo.count() - 1)
    described = MARKER_ID.findall(new_workshop.description.text())
    assert [markers.where[number] for number in described] == ["SessionTemplate.description"]
    settings = dataclasses.replace(window._settings.current, template_folders=(str(shared),))
    for dialog in (
        new_workshop,
        SettingsDialog(settings, lambda _: None, window),
        SynthesisDialog(window),
    ):
        dialog.show()
        audit.within(dialog)
        dialog.close()


def _visit_problems(window: MainWindow, audit: Audit, folder: Path, image: Path) -> None:
    """An unexpected error that quotes a user's text, a log file and a refused workshop
    whose names are markup: their message boxes. Refusing the file closes the
    workshop: the home page lists it as a recent workshop."""
    markers = audit.markers
    reporter = ErrorReporter(folder / markers.new("LogFile.name", image, plain=True))
    reporter.parent_window = lambda: window
    error = ValueError(markers.new("Error.text", image))
    reporter.handle_exception(ValueError, error, None)
    refused = folder / (markers.new("File.name", image, plain=True) + ".atelier")
    refused.write_bytes(b"not a workshop")
    assert not window.open_path(refused)
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert len(boxes) == 2
    audit.everything()
    for box in boxes:
        box.close()


def test_every_screen_shows_a_workshop_of_markup_as_written(
    window: MainWindow,
    markup: tuple[Path, Markers],
    sentinel: Sentinel,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    path, markers = markup
    audit = Audit(markers)
    assert window.open_path(path)
    page, document = window.page, window.document
    assert page is not None and document is not None
    for key in page.part_keys():
        page.show_part(key)
        audit.within(page)
    _visit_agenda(page, audit)
    projector = _visit_board(page, audit)
    _visit_votes(page, audit, projector)
    _visit_cards(page, audit, projector)
    _visit_run(page, audit, projector)
    name = markers.new("Person.name (typed)", sentinel.path)
    facilitators = page.details.facilitators
    facilitators._entry.setText(name)
    facilitators._add()  # its undo text quotes the name: Edit > Undo Add “…”
    assert name in document.undo_stack.undoText()
    audit.everything()  # every window at once, and the menus with their actions
    _visit_dialogs(window, audit, tmp_path, sentinel.path)
    _visit_problems(window, audit, tmp_path, sentinel.path)

    assert audit.problems == []
    assert audit.unseen() == set()  # every field was shown somewhere, and read back
    assert audit.rich_shown > 0  # tool tips and the recent workshop: markup, escaped
    assert sentinel.opened() == 0


# -- the two examples -----------------------------------------------------------------
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


def _show_tooltip(view: QGraphicsView, item: QGraphicsItem) -> str:
    """What hovering `item` shows: the tool tip Qt lays out (and loads images for)."""
    view.centerOn(item)
    QApplication.processEvents()
    point = view.mapFromScene(item.sceneBoundingRect().center())
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    shown = QToolTip.text() if QToolTip.isVisible() else ""
    QToolTip.hideText()
    return shown


def test_an_idea_sent_from_a_phone_shows_its_markup_in_the_tooltip(
    loop: asyncio.AbstractEventLoop,  # first: set up before the window, gone after it
    window: MainWindow,
    full_demo_file: Path,
    sentinel: Sentinel,
    qtbot: QtBot,
) -> None:
    markers = Markers({}, {})
    text = markers.new("Idea.text (phone)", sentinel.path)
    author = markers.new("Participant.name (phone)", sentinel.path)
    assert window.open_path(full_demo_file)
    assert window.page is not None and window.document is not None
    page = window.page
    room = page.room
    page.show_part("room")
    room.network.setCurrentIndex(room.network.findData("127.0.0.1"))
    room.moderation.setChecked(True)
    room.start_button.click()
    loop.run_until_complete(room.link.started())
    url = room.link.join_url()

    async def phone() -> None:
        async with aiohttp.ClientSession() as http:
            async with http.post(f"{url}/api/join", json={"name": author}) as joined:
                token = (await joined.json())["token"]
            async with http.post(
                f"{url}/api/idea", json={"text": text}, headers={"X-Participant": token}
            ) as sent:
                assert (await sent.json())["result"] == "pending"

    loop.run_until_complete(phone())
    room.refresh()
    audit = Audit(markers)
    audit.within(room)  # waiting for review: who sent it, what it says
    assert room.waiting.count() == 1
    room.waiting.item(0).setSelected(True)
    room.accept_button.click()
    idea = next(i for i in window.document.workshop.all(Idea) if i.text == text)
    page.show_part("board")
    page.board.select_board(idea.board_id)
    assert page.board.scene is not None and page.board.view is not None
    note = page.board.scene.notes[idea.id]
    assert _show_tooltip(page.board.view, note) == tooltip(text)  # escaped, never an image
    audit.within(page.board)
    room.start_button.click()
    loop.run_until_complete(room.link.stopped())
    assert audit.problems == []
    assert audit.seen["U001"] and audit.seen["U002"]
    assert sentinel.opened() == 0


def test_an_agenda_title_in_markup_from_a_colleague_opens_the_run_page(
    window: MainWindow, sentinel: Sentinel, tmp_path: Path, qtbot: QtBot
) -> None:
    markers = Markers({}, {})
    title = markers.new("AgendaItem.title", sentinel.path)
    workshop = full_demo()
    day_two = workshop.all(Day)[1]  # not run yet: its activities are all to come
    first, second = [i for i in agenda_order(workshop) if i.day_id == day_two.id][:2]
    workshop.apply(agenda.set_item(workshop, second.id, title=title))
    path = tmp_path / "collegue.atelier"
    WorkshopFile.create(path, workshop).close()
    assert window.open_path(path)
    assert window.page is not None
    run = window.page.run
    window.page.show_part("run")
    run.session.select(first.id)  # the title comes next: "Next: <img …>"
    run.toggle_projector()
    assert run.projector is not None
    for widget in (run, run.projector):
        widget.grab()  # painted: the labels are laid out, images would be loaded
    assert title in run.next_label.text() and title in run.projector.next_label.text()
    run.session.select(second.id)
    for widget in (run, run.projector):
        widget.grab()
    assert run.title.text() == title == run.projector.title.text()
    audit = Audit(markers)
    audit.everything()
    assert audit.problems == []
    assert audit.seen["U001"]
    assert sentinel.opened() == 0
