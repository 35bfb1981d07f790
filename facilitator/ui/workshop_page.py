"""The open workshop: its title, its parts (one per feature), and the state of its file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
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
from facilitator.ui.agenda.agenda_page import AgendaPage
from facilitator.ui.banner import Banner
from facilitator.ui.board.board_page import BoardPage
from facilitator.ui.cards.cards_page import CardsPage
from facilitator.ui.compact import ElidedLabel
from facilitator.ui.details.details_form import DetailsForm
from facilitator.ui.groups.grouping_page import GroupingPage
from facilitator.ui.plain import plain_label
from facilitator.ui.polls.polls_page import PollsPage
from facilitator.ui.retranslate import Retranslatable
from facilitator.ui.room.room_page import RoomPage
from facilitator.ui.run.context import RunContext
from facilitator.ui.run.run_page import RunPage
from facilitator.ui.run.session import RunSession
from facilitator.ui.style import named, scaled_font
from facilitator.ui.voting.vote_page import VotePage

NOTICE_MS = 8000


class Part:
    """One part of the workshop in the navigation: a key, a translated name, a widget."""

    def __init__(self, key: str, name: Callable[[], str], widget: QWidget) -> None:
        self.key = key
        self.name = name
        self.widget = widget


class WorkshopPage(Retranslatable):
    saveCopyRequested = Signal()

    def __init__(
        self,
        document: WorkshopDocument,
        library: Library,
        run_context: RunContext,
        choose_file: Callable[[str], Path | None] = lambda _kind: None,
    ) -> None:
        super().__init__()
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.document = document
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

        self.details = DetailsForm(document, self.report, choose_file)
        self.agenda = AgendaPage(document, library, self.report)
        self.session = RunSession(document, run_context.clock, run_context.settings, self)
        self.run = RunPage(self.session, run_context.chime, run_context.save_auto_start)
        self.board = BoardPage(document, self.report, choose_file, self.run.project_results)
        self.run.openTool.connect(self._open_tool)
        self.votes = VotePage(
            document, self.report, self.run.project_results, self.run.project_board
        )
        self.votes.said.connect(
            lambda text: self.notice.show_text(text, severity="info", hide_after_ms=NOTICE_MS)
        )
        self.polls = PollsPage(document, self.run.project_results, self.session.now_ms)
        self.cards = CardsPage(document, self.report, choose_file, self.run.project_results)
        self.groups = GroupingPage(document, self.report, self.run.project_results)
        self.room = RoomPage(
            document,
            self.session,  # the run's readings of the time: clock changes followed
            self.run.project_results,
            lambda text: self.notice.show_text(text, severity="error", hide_after_ms=NOTICE_MS),
        )
        self.votes.cardsMade.connect(lambda _: self.show_part("cards"))
        self.board.cardRequested.connect(self._card_from_board)
        self.timer_badge = named(plain_label(), "sectionTitle")
        self.session.tick.connect(self._refresh_badge)
        self.session.clockJumped.connect(self._clock_jumped)
        self.parts = [
            Part("details", lambda: self.tr("Details"), self.details),
            Part("agenda", lambda: self.tr("Agenda"), self.agenda),
            Part("groups", lambda: self.tr("Groups"), self.groups),
            Part("board", lambda: self.tr("Ideas"), self.board),
            Part("votes", lambda: self.tr("Votes"), self.votes),
            Part("polls", lambda: self.tr("Polls"), self.polls),
            Part("cards", lambda: self.tr("Prototypes"), self.cards),
            Part("run", lambda: self.tr("Run"), self.run),
            Part("room", lambda: self.tr("Room link"), self.room),
        ]
        self.navigation = named(QListWidget(), "navigation")
        self.navigation.setFont(scaled_font(self, 1.1))
        self.stack = QStackedWidget()
        for part in self.parts:
            self.navigation.addItem(part.name())
            self.stack.addWidget(part.widget)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigation.currentRowChanged.connect(lambda _: self._refresh_badge())
        self.navigation.setCurrentRow(0)
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

    def commit_pending_typing(self) -> None:
        """Write what is being typed now (before closing, or before an export)."""
        self.details.commit_pending_typing()
        self.agenda.commit_pending_typing()
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
        on_run = self.stack.currentWidget() is self.run
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
        self.room.stop()
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
