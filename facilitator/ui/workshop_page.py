"""The open workshop: its title, its parts (one per feature), and the state of its file.

Each part is built when it is first shown (issue 22: start like a bare window): the
navigation lists every part, and the stack holds only the parts built so far. A part is
built when the navigation, `show_part` or one of the page's attributes (`page.board`,
`page.agenda`, `page.run`…) first asks for it, in the language of the moment and from
the workshop as it is then (read-only included); its module is imported then. The
details alone are built when a workshop opens.

The run session exists at once: a countdown left running resumes after a crash, and the
timer badge shows it from any part. The run page is built as soon as a countdown is not
idle (it rings the chime at the end, and the round changes), or when something is to be
shown on the projector (it holds the projector window).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar, cast

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtWidgets import (
    QGraphicsScene,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import timer as countdown
from facilitator.domain.library import Library
from facilitator.domain.messages import Message
from facilitator.translations import render
from facilitator.ui.banner import Banner
from facilitator.ui.compact import ElidedLabel
from facilitator.ui.details.details_form import DetailsForm
from facilitator.ui.retranslate import Retranslatable
from facilitator.ui.run.context import RunContext
from facilitator.ui.run.session import RunSession
from facilitator.ui.run.steady_label import SteadyLabel
from facilitator.ui.style import named, scaled_font

if TYPE_CHECKING:
    from facilitator.ui.agenda.agenda_page import AgendaPage
    from facilitator.ui.board.board_page import BoardPage
    from facilitator.ui.cards.cards_page import CardsPage
    from facilitator.ui.groups.grouping_page import GroupingPage
    from facilitator.ui.polls.polls_page import PollsPage
    from facilitator.ui.room.room_page import RoomPage
    from facilitator.ui.run.run_page import RunPage
    from facilitator.ui.voting.vote_page import VotePage

NOTICE_MS = 8000


class Part:
    """One part of the workshop in the navigation: a key, a translated name, and how its
    widget is made; `built` is the widget once built (None before)."""

    def __init__(self, key: str, name: Callable[[], str], build: Callable[[], QWidget]) -> None:
        self.key = key
        self.name = name
        self.build = build
        self.built: QWidget | None = None


PartWidget = TypeVar("PartWidget", bound=QWidget)


class _BuiltPart(Generic[PartWidget]):
    """`page.board` and the other parts: the part's widget, built on first access."""

    def __init__(self, key: str) -> None:
        self.key = key

    def __get__(self, page: WorkshopPage, owner: type | None = None) -> PartWidget:
        return cast("PartWidget", page._part(self.key))


class WorkshopPage(Retranslatable):
    saveCopyRequested = Signal()

    def __init__(
        self,
        document: WorkshopDocument,
        library: Library | Callable[[], Library],
        run_context: RunContext,
        choose_file: Callable[[str], Path | None] = lambda _kind: None,
    ) -> None:
        """`library`: the method library, or a function that gives it (called when the
        agenda is first built: the library is read after the window is shown)."""
        super().__init__()
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.document = document
        self._library = library
        self._run_context = run_context
        self._choose_file = choose_file
        # One line each, cut with "…" (whole in the tool tip): a 150-character title or
        # a long question must not push the window past a laptop's screen.
        self._title = named(ElidedLabel(), "heading")
        self._title.setFont(scaled_font(self, 1.6, bold=True))
        self._question = named(ElidedLabel(), "subheading")

        self.read_only_banner = Banner("info", lambda: self.tr("Read-only workshop"))
        self._copy_from_read_only = self.read_only_banner.add_button(QPushButton())
        self._copy_from_read_only.clicked.connect(self.saveCopyRequested)
        self.write_banner = Banner("error", lambda: self.tr("Changes not saved"))
        self._retry = self.write_banner.add_button(named(QPushButton(), "primary"))
        self._retry.clicked.connect(self._retry_writes)
        self._copy_after_error = self.write_banner.add_button(QPushButton())
        self._copy_after_error.clicked.connect(self.saveCopyRequested)
        self.notice = Banner("info", lambda: self.tr("Message"))

        # At once: a countdown left running resumes, and its badge is seen from any part.
        self.session = RunSession(document, run_context.clock, run_context.settings, self)
        # Its time changes each second: a label of a fixed size, so as not to lay the
        # window out again each second (issue 22, ui/run/steady_label.py).
        self.timer_badge = named(SteadyLabel(), "sectionTitle")
        self.session.tick.connect(self._follow_countdown)
        self.session.tick.connect(self._refresh_badge)
        self.session.clockJumped.connect(self._clock_jumped)
        self.parts = [
            Part("details", lambda: self.tr("Details"), self._make_details),
            Part("agenda", lambda: self.tr("Agenda"), self._make_agenda),
            Part("groups", lambda: self.tr("Groups"), self._make_groups),
            Part("board", lambda: self.tr("Ideas"), self._make_board),
            Part("votes", lambda: self.tr("Votes"), self._make_votes),
            Part("polls", lambda: self.tr("Polls"), self._make_polls),
            Part("cards", lambda: self.tr("Prototypes"), self._make_cards),
            Part("run", lambda: self.tr("Run"), self._make_run),
            Part("room", lambda: self.tr("Room link"), self._make_room),
        ]
        self._parts = {part.key: part for part in self.parts}
        self.navigation = named(QListWidget(), "navigation")
        self.navigation.setFont(scaled_font(self, 1.1))
        self.stack = QStackedWidget()
        for part in self.parts:
            self.navigation.addItem(part.name())
        self.navigation.currentRowChanged.connect(self._show_row)
        self.navigation.setCurrentRow(0)
        self._follow_countdown()
        width = max(self.navigation.sizeHintForColumn(0) + 48, 180)
        self.navigation.setFixedWidth(width)

        self._layout()

        document.changed.connect(self._refresh_header)
        document.saveStateChanged.connect(self._refresh_write_state)
        document.pathChanged.connect(self._refresh_read_only)
        self.retranslate()
        self._refresh_header()

    def _layout(self) -> None:
        header = QVBoxLayout()
        header.setContentsMargins(20, 14, 20, 6)
        header.setSpacing(2)
        title_row = QHBoxLayout()
        title_row.addWidget(self._title, 1)
        title_row.addWidget(self.timer_badge)
        header.addLayout(title_row)
        header.addWidget(self._question)
        banners = QVBoxLayout()
        banners.setContentsMargins(20, 0, 20, 0)
        for banner in (self.read_only_banner, self.write_banner, self.notice):
            banners.addWidget(banner)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(header)
        right.addLayout(banners)
        content = QVBoxLayout()
        content.setContentsMargins(14, 6, 14, 10)
        content.addWidget(self.stack)
        right.addLayout(content, 1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.navigation)
        outer.addLayout(right, 1)

    def retranslate(self) -> None:
        for row, part in enumerate(self.parts):
            self.navigation.item(row).setText(part.name())
        self._copy_from_read_only.setText(self.tr("Save an editable copy…"))
        self._retry.setText(self.tr("Retry"))
        self._copy_after_error.setText(self.tr("Save a copy elsewhere…"))
        self._refresh_read_only()
        self._refresh_write_state()
        self._refresh_header()

    # -- the parts, built when first shown -------------------------------------------
    def _make_details(self) -> QWidget:
        return DetailsForm(self.document, self.report, self._choose_file)

    def _make_agenda(self) -> QWidget:
        from facilitator.ui.agenda.agenda_page import AgendaPage

        library = self._library if isinstance(self._library, Library) else self._library()
        return AgendaPage(self.document, library, self.report)

    def _make_run(self) -> QWidget:
        from facilitator.ui.run.run_page import RunPage

        context = self._run_context
        run = RunPage(self.session, context.chime, context.save_auto_start)
        run.openTool.connect(self._open_tool)
        return run

    def _make_board(self) -> QWidget:
        from facilitator.ui.board.board_page import BoardPage

        board = BoardPage(self.document, self.report, self._choose_file, self._project_results)
        board.cardRequested.connect(self._card_from_board)
        return board

    def _make_votes(self) -> QWidget:
        from facilitator.ui.voting.vote_page import VotePage

        votes = VotePage(self.document, self.report, self._project_results, self._project_board)
        votes.said.connect(
            lambda text: self.notice.show_text(text, severity="info", hide_after_ms=NOTICE_MS)
        )
        votes.cardsMade.connect(lambda _: self.show_part("cards"))
        return votes

    def _make_polls(self) -> QWidget:
        from facilitator.ui.polls.polls_page import PollsPage

        return PollsPage(self.document, self._project_results, self.session.now_ms)

    def _make_cards(self) -> QWidget:
        from facilitator.ui.cards.cards_page import CardsPage

        return CardsPage(self.document, self.report, self._choose_file, self._project_results)

    def _make_groups(self) -> QWidget:
        from facilitator.ui.groups.grouping_page import GroupingPage

        return GroupingPage(self.document, self.report, self._project_results)

    def _make_room(self) -> QWidget:
        from facilitator.ui.room.room_page import RoomPage

        return RoomPage(
            self.document,
            self.session,  # the run's readings of the time: clock changes followed
            self._project_results,
            lambda text: self.notice.show_text(text, severity="error", hide_after_ms=NOTICE_MS),
        )

    def _project_results(self, widget: QWidget) -> None:
        """Show a part's results on the projector, held by the run page (built if need be)."""
        self.run.project_results(widget)

    def _project_board(self, scene: QGraphicsScene, fit: QRectF | None = None) -> None:
        self.run.project_board(scene, fit)

    def _part(self, key: str) -> QWidget:
        """The part's widget, built now (and put in the stack, not shown) if it was not."""
        part = self._parts[key]
        if part.built is None:
            part.built = part.build()
            current = self.stack.currentWidget()
            self.stack.addWidget(part.built)
            if current is not None:  # the first widget added becomes the current one
                self.stack.setCurrentWidget(current)
        return part.built

    def is_built(self, key: str) -> bool:
        """Whether the part `key` (see `part_keys`) has been built yet."""
        return self._parts[key].built is not None

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.parts):
            self.stack.setCurrentWidget(self._part(self.parts[row].key))
        self._refresh_badge()

    def _follow_countdown(self) -> None:
        """A countdown that is not idle needs the run page: it rings at the end."""
        if not self.is_built("run") and self.session.timer.status != "idle":
            self._part("run")

    details: _BuiltPart[DetailsForm] = _BuiltPart("details")
    agenda: _BuiltPart[AgendaPage] = _BuiltPart("agenda")
    run: _BuiltPart[RunPage] = _BuiltPart("run")
    board: _BuiltPart[BoardPage] = _BuiltPart("board")
    votes: _BuiltPart[VotePage] = _BuiltPart("votes")
    polls: _BuiltPart[PollsPage] = _BuiltPart("polls")
    cards: _BuiltPart[CardsPage] = _BuiltPart("cards")
    groups: _BuiltPart[GroupingPage] = _BuiltPart("groups")
    room: _BuiltPart[RoomPage] = _BuiltPart("room")

    def commit_pending_typing(self) -> None:
        """Write what is being typed now (before closing, or before an export): in the
        parts built (one never built has nothing typed)."""
        if self.is_built("details"):
            self.details.commit_pending_typing()
        if self.is_built("agenda"):
            self.agenda.commit_pending_typing()
        if self.is_built("cards"):
            self.cards.commit_pending_typing()

    def _open_tool(self, tool: str, target: str) -> None:
        if tool == "board":
            self.show_part("board")
            if target:
                self.board.select_board(target)
        elif tool == "vote":
            self.show_part("votes")
            if target:
                self.votes.select_vote(target)

    def _card_from_board(self, kind: str, record_id: str) -> None:
        self.show_part("cards")
        self.cards.card_from(kind, record_id)

    def _refresh_badge(self) -> None:
        """The countdown stays in sight while the facilitator works in another part."""
        timer = self.session.timer
        on_run = self.navigation.currentRow() == self.part_keys().index("run")
        if timer.status == "idle" or on_run:
            self.timer_badge.hide()
            return
        item = self.session.current_item()
        title = item.title if item else self.tr("Timebox")
        text = f"⏱ {self.session.text()} · {title}"
        if self.timer_badge.text() != text:
            self.timer_badge.setText(text)
        self.timer_badge.show()

    def stop(self) -> None:
        """Before closing: no more ticks, no projector left open."""
        self.session.stop()
        if self.is_built("room"):
            self.room.stop()
        if self.is_built("run"):
            self.run.close_projector()

    def _clock_jumped(self, jump: countdown.ClockJump) -> None:
        """Said, never asked: the room goes on (see `countdown.ClockJump`)."""

        def said() -> str:
            text = (
                self.tr(
                    "The computer's clock changed by %1: the countdown follows the time "
                    "really elapsed."
                )
                if jump.followed
                else self.tr(
                    "The computer was asleep, or its clock was set forward, by %1: "
                    "the countdown counts that time."
                )
            )
            return text.replace("%1", countdown.jump_text(jump.delta_ms))

        self.notice.show_text(said, severity="info", hide_after_ms=NOTICE_MS)

    def part_keys(self) -> list[str]:
        return [part.key for part in self.parts]

    def show_part(self, key: str) -> None:
        self.navigation.setCurrentRow(self.part_keys().index(key))

    def report(self, msg: Message) -> None:
        self.notice.show_text(lambda: render(msg), severity="info", hide_after_ms=NOTICE_MS)

    def _refresh_header(self) -> None:
        info = self.document.workshop.info
        self._title.set_full_text(info.title or self.tr("Untitled workshop"))
        self._question.set_full_text(info.question)
        self._question.setVisible(bool(info.question))

    def _refresh_read_only(self) -> None:
        if not self.document.read_only:
            self.read_only_banner.hide()
        elif self.document.opened_elsewhere:
            self.read_only_banner.show_text(
                lambda: self.tr(
                    "Read-only: this workshop is already open in another Facilitator window. "
                    "Edit it there, or save an editable copy."
                )
            )
        else:
            self.read_only_banner.show_text(
                lambda: self.tr(
                    "Read-only: this file cannot be written (read-only file or medium). "
                    "Save an editable copy to work on it."
                )
            )

    def _refresh_write_state(self) -> None:
        error = self.document.last_error
        if error is None or self.document.is_saved():
            self.write_banner.hide()
            return
        self.write_banner.show_text(
            lambda: (
                render(error)
                + " "
                + self.tr(
                    "Your changes are kept in memory: retry, or save a copy elsewhere. "
                    "Do not close the workshop before then."
                )
            )
        )

    def _retry_writes(self) -> None:
        self.document.retry()
