"""Run mode, the facilitator's screen: the item on, its countdown, what comes next,
and the day as it really goes.

An item with rounds adds its rounds' list (the round on highlighted, those run greyed),
a line with the round on and the whole item's time left, and the round buttons: previous
round (Shift+S), next round (S: skips the round on), +30 s to the round (E). The round's
facilitator notes come first in "Your notes", never on the projector. Each round change
rings the round sound (ui/run/sound.py ROUND_SOUND) as the projector shows its cue.

A second costs a repaint of the digits that changed, no more (issue 22): the page reads
the session's reading of that second (`RunSession.reading`), sets only what changed,
and what changes each second never moves the layout (the countdown, the progress line
and the round's line have sizes of their own, not their text's). The day's table is
read again each minute, and only its changed cells are set."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontInfo,
    QKeySequence,
    QPalette,
    QShortcut,
    QShowEvent,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGraphicsScene,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain import polls, rounds, run
from facilitator.domain import timer as countdown
from facilitator.domain.changes import ChangeSet
from facilitator.domain.records import AgendaItem, Day
from facilitator.domain.rounds import RoundStep
from facilitator.domain.schedule import clock, duration_text
from facilitator.ui.agenda.item_editor import VerticalScroll
from facilitator.ui.agenda.names import category_name
from facilitator.ui.compact import ElidedLabel
from facilitator.ui.fitted_text import FittedText
from facilitator.ui.plain import plain_label, set_tooltip
from facilitator.ui.polls.poll_panel import PollPanel
from facilitator.ui.retranslate import Retranslatable
from facilitator.ui.run.big_digits import BigCountdown
from facilitator.ui.run.progress_line import ProgressLine
from facilitator.ui.run.projector import ProjectorWindow
from facilitator.ui.run.session import RunSession, shows_run
from facilitator.ui.run.sound import ROUND_SOUND, Chime
from facilitator.ui.style import BACKGROUND, MUTED, named, scaled_font

PHASE_TEXT_COLOURS = {
    "idle": "#161616",
    "normal": "#161616",
    "warning": "#8a5a00",
    "last_minute": "#b34700",
    "overrun": "#ce0500",
}


def _set_text(widget: QLabel | QPushButton | BigCountdown | FittedText, text: str) -> None:
    if widget.text() != text:
        widget.setText(text)


class ReadingText(QPlainTextEdit):
    """Plain text to read, not to edit: wrapped between words, or anywhere in a word longer
    than the line (a 50-letter word is not cut), scrolled when longer than the box."""

    def __init__(self) -> None:
        super().__init__()
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)


def _scrolling_text_box() -> tuple[QGroupBox, ReadingText]:
    """A group box whose plain text scrolls when it is longer than the box."""
    box = QGroupBox()
    text = ReadingText()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(text)
    return box, text


class RoundsLook(QStyledItemDelegate):
    """How the rounds' list draws its rows: the round on (`current`) bold on yellow, the
    rounds run grey, the others black. Read from `current`, not from the rows' data: a
    change of a row's data had the list lay all its rows out again (1.1 ms for 200 word-
    wrapped rounds, at each change of round). Every row is measured in bold: the row
    that becomes the round on never needs more room than it has."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current = -1  # the row of the round on (-1: none)
        self._measuring = False

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        row = index.row()
        palette = QPalette(option.palette)
        colour = Qt.GlobalColor.darkGray if 0 <= row < self.current else Qt.GlobalColor.black
        palette.setColor(QPalette.ColorRole.Text, QColor(colour))
        option.palette = palette
        if row == self.current or self._measuring:
            font = QFont(option.font)
            font.setBold(True)
            option.font = font
        if row == self.current:
            option.backgroundBrush = QBrush(Qt.GlobalColor.yellow)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self._measuring = True
        try:
            return super().sizeHint(option, index)
        finally:
            self._measuring = False


class RunPage(Retranslatable):
    openTool = Signal(str, str)  # the tool ("board") and the record it opens

    def __init__(
        self, session: RunSession, chime: Chime, set_auto_start: Callable[[bool], None]
    ) -> None:
        super().__init__()
        self.session = session
        self.chime = chime
        self._set_auto_start = set_auto_start
        self.projector: ProjectorWindow | None = None
        self._shown_minute = -1
        self._shown_phase = ""
        self._shown_steps: tuple[tuple[str, int, str, int], ...] = ()
        self._shown_round = -1
        # What the state line and the start button say, by what decides it (None: to set).
        self._shown_state: tuple[str, bool, str] | None = None
        self._shown_toggle: bool | None = None
        self._shown_cells: list[tuple[str, ...]] = []  # the day's table, row by row
        self._shown_delay: tuple[str, str] = ("", "")  # its text and its colour
        self.round_chime = Chime(self, ROUND_SOUND)

        self._build_current()
        self._build_side()
        self._layout()
        self._shortcuts()
        self._seconds_missed = False  # seconds not shown while behind another part
        session.tick.connect(self._second)
        session.ended.connect(self._ended)
        session.roundChanged.connect(self._round_changed)
        session.document.changed.connect(self._document_changed)
        session.auto_advance.attach_page(self, chime)  # auto-advance: keys, chime
        self.retranslate()

    def _build_current(self) -> None:
        self.context = named(ElidedLabel(), "subheading")  # one line, whole in its tool tip
        # The activity's title: as large as 1.8 times the text, smaller when long, on at
        # most three lines at the normal size, "…" beyond (the whole title is in the
        # agenda): it never pushes the countdown over the buttons.
        base = QFontInfo(self.font()).pixelSize()
        self.title = FittedText(0.0, bold=True, align=Qt.AlignmentFlag.AlignLeft, colour="#161616")
        self.title.set_pixel_range(base, round(base * 1.8))
        self.title.setFixedHeight(round(base * 1.3 * 3) + 4)
        self.countdown = BigCountdown()
        self.countdown.alignment = Qt.AlignmentFlag.AlignLeft
        countdown_font = scaled_font(self, 5.0, bold=True)
        countdown_font.setFeature(QFont.Tag("tnum"), 1)
        self.countdown.setFont(countdown_font)
        # As large as five times the text where the window allows, never under two and a
        # half (the size is set by the layout, not by the digits: a new second repaints
        # the digits, not the page).
        self.countdown.fit_to_box(QFontInfo(countdown_font).pixelSize())
        self.countdown.setMinimumHeight(round(base * 2.5 * 1.2))
        self.countdown.setMaximumHeight(round(QFontInfo(countdown_font).pixelSize() * 1.25))
        self.progress = ProgressLine()
        # One line, smaller when long, "…" beyond: its words change with the phase, and
        # each second of an announce, without relaying out the page. Opaque (filled with
        # the page's colour): a new text repaints this line only.
        self.state = named(
            FittedText(0.0, align=Qt.AlignmentFlag.AlignLeft, colour=MUTED), "subheading"
        )
        self.state.set_pixel_range(max(1, round(base * 0.85)), base)
        self.state.setFixedHeight(round(base * 1.3) + 4)
        self.state.setAutoFillBackground(True)

        self.buttons: dict[str, QPushButton] = {}
        self.controls = QVBoxLayout()
        timer_row, room_row, tool_row = QHBoxLayout(), QHBoxLayout(), QHBoxLayout()
        # The rounds' line and buttons, shown for an item with rounds only.
        self.round_controls = named(QWidget(), "roundControls")
        round_column = QVBoxLayout(self.round_controls)
        round_column.setContentsMargins(0, 0, 0, 0)
        # Two lines at most, smaller when long, "…" beyond: its time changes each second
        # without moving the page (a wrapped label relaid the whole window each second).
        self.round_state = named(
            FittedText(0.0, align=Qt.AlignmentFlag.AlignLeft, colour="#161616"), "roundState"
        )
        self.round_state.set_pixel_range(max(1, round(base * 0.85)), base)
        self.round_state.setFixedHeight(round(base * 1.3 * 2) + 4)
        self.round_state.setAutoFillBackground(True)  # opaque, as the state line
        round_column.addWidget(self.round_state)
        round_row = QHBoxLayout()
        round_column.addLayout(round_row)
        self.round_controls.hide()
        for key, handler in (
            ("toggle", self.session.toggle),
            ("minus", lambda: self.session.extend(-1)),
            ("plus", lambda: self.session.extend(1)),
            ("plus5", lambda: self.session.extend(5)),
            ("reset", self.session.reset),
            ("round_previous", self.session.previous_round),
            ("round_next", self.session.next_round),
            ("round_extend", self.session.extend_round),
            ("previous", self.session.previous),
            ("next", self.session.next),
            ("projector", self.toggle_projector),
            ("blank", lambda: self.projector_mode("blank")),
            ("pause_screen", lambda: self.projector_mode("pause")),
            ("tool", self._open_tool),
        ):
            button = QPushButton()
            button.clicked.connect(handler)
            read_only = self.session.document.read_only
            button.setEnabled(not read_only or key in ("projector", "blank", "pause_screen"))
            self.buttons[key] = button
            # The countdown's own controls, the rounds', then moving on and the room's
            # screen.
            row = timer_row if key in ("toggle", "minus", "plus", "plus5", "reset") else room_row
            row = round_row if key.startswith("round_") else row
            # The item's tool on a row of its own: beside the room's buttons it made the
            # page wider than a 1280-pixel screen in French ("Ouvrir le tableau d'idées").
            row = tool_row if key == "tool" else row
            row.addWidget(button)
        self.buttons["toggle"].setObjectName("primary")
        for row in (timer_row, round_row, room_row, tool_row):
            row.addStretch(1)
        self.controls.addLayout(timer_row)
        self.controls.addWidget(self.round_controls)
        self.controls.addLayout(room_row)
        self.controls.addLayout(tool_row)

        # Instructions and notes of any length scroll in their box: 1,500 characters
        # must neither be cut nor push the countdown over the buttons.
        self.instructions_box, self.instructions = _scrolling_text_box()
        self.notes_box, self.notes = _scrolling_text_box()

    def _build_side(self) -> None:
        # What comes next: up to three lines, smaller when long, "…" beyond (a title of one
        # 200-letter word wraps inside the word instead of widening the page).
        side = QFontInfo(scaled_font(self, 1.1)).pixelSize()
        self.next_label = FittedText(0.0, align=Qt.AlignmentFlag.AlignLeft, colour="#161616")
        self.next_label.set_pixel_range(max(1, round(side * 0.85)), side)
        self.next_label.setFixedHeight(round(side * 1.3 * 3) + 4)
        self.delay = plain_label()
        self.delay.setFont(scaled_font(self, 1.1, bold=True))
        self.delay.setWordWrap(True)
        # The item's rounds, the one on highlighted (shown for an item with rounds only).
        self.rounds_box = named(QGroupBox(), "roundsBox")
        self.rounds_list = QListWidget()
        self.rounds_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.rounds_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the run keys stay the page's
        self.rounds_list.setWordWrap(True)
        self.rounds_look = RoundsLook(self.rounds_list)
        self.rounds_list.setItemDelegate(self.rounds_look)
        rounds_layout = QVBoxLayout(self.rounds_box)
        rounds_layout.setContentsMargins(6, 6, 6, 6)
        rounds_layout.addWidget(self.rounds_list)
        self.rounds_box.hide()
        self.schedule = QTableWidget(0, 4)
        self.schedule.verticalHeader().hide()
        self.schedule.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.schedule.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.schedule.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.schedule.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.schedule.cellDoubleClicked.connect(self._jump_to)
        # The activity's quick polls (ui/polls), beside the day: shown when an activity
        # with a poll comes on (a ROTI, a météo).
        self.poll_panel = PollPanel(
            self.session.document,
            project=self.project_results,
            now_ms=self.session.now_ms,
            current_item=self.session.current_item,
        )
        polls_scroll = VerticalScroll()
        polls_scroll.setWidget(self.poll_panel)
        self.side_tabs = named(QTabWidget(), "runSideTabs")
        # Two short tabs: no scroll buttons (they made the bar ask for more than its
        # tabs: 123 px for 118 in English).
        self.side_tabs.tabBar().setUsesScrollButtons(False)
        self.side_tabs.addTab(self.schedule, "")
        self.side_tabs.addTab(polls_scroll, "")
        self._polls_item: str | None = None  # the activity whose polls were last looked at
        self.auto_start = QCheckBox()
        self.auto_start.setChecked(self.session.settings.auto_start_next)
        self.auto_start.toggled.connect(self._auto_start_changed)
        self.free_box = QGroupBox()
        self.free_minutes = QSpinBox()
        self.free_minutes.setRange(1, 240)
        self.free_minutes.setValue(5)
        self.free_start = QPushButton()
        self.free_start.clicked.connect(lambda: self.session.free_timer(self.free_minutes.value()))
        free = QHBoxLayout(self.free_box)
        free.addWidget(self.free_minutes)
        free.addWidget(self.free_start)
        free.addStretch(1)

    def _layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.context)
        left.addWidget(self.title)
        left.addWidget(self.countdown, 1)
        left.addWidget(self.progress)
        left.addWidget(self.state)
        left.addLayout(self.controls)
        texts = QGridLayout()
        texts.addWidget(self.instructions_box, 0, 0)
        texts.addWidget(self.notes_box, 0, 1)
        left.addLayout(texts, 3)
        right = QVBoxLayout()
        right.addWidget(self.next_label)
        right.addWidget(self.delay)
        right.addWidget(self.rounds_box, 1)
        right.addWidget(self.side_tabs, 1)
        right.addWidget(self.auto_start)
        right.addWidget(self.free_box)
        body = QHBoxLayout(self)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(left, 3)
        body.addLayout(right, 2)

    def _keys(self) -> tuple[tuple[str, Callable[[], None]], ...]:
        return (
            ("Space", self.session.toggle),
            ("N", self.session.next),
            ("+", lambda: self.session.extend(1)),
            ("=", lambda: self.session.extend(1)),
            ("-", lambda: self.session.extend(-1)),
            ("S", self.session.next_round),
            ("Shift+S", self.session.previous_round),
            ("E", self.session.extend_round),
            ("F", self.toggle_projector),
            ("B", lambda: self.projector_mode("blank")),
            ("P", lambda: self.projector_mode("pause")),
            ("O", self._open_tool),
            ("Esc", self.leave_full_screen),
        )

    def _shortcuts(self, target: QWidget | None = None) -> None:
        """The run keys, on this page, and on the projector window too: whichever window
        has the keyboard, Space still pauses."""
        context = (
            Qt.ShortcutContext.WidgetWithChildrenShortcut
            if target is None
            else Qt.ShortcutContext.WindowShortcut
        )
        for keys, handler in self._keys():
            shortcut = QShortcut(QKeySequence(keys), target or self)
            shortcut.setContext(context)
            shortcut.activated.connect(handler)

    # -- texts ------------------------------------------------------------------
    def retranslate(self) -> None:
        labels = {
            "toggle": (self.tr("Start / pause"), self.tr("Space")),
            "minus": (self.tr("−1 min"), "-"),
            "plus": (self.tr("+1 min"), "+"),
            "plus5": (self.tr("+5 min"), ""),
            "reset": (self.tr("Reset"), ""),
            "round_previous": (self.tr("◀ Previous round"), self.tr("Shift+S")),
            "round_next": (self.tr("Next round ▶"), "S"),
            "round_extend": (
                self.tr("+%1 s to the round").replace("%1", str(rounds.ROUND_EXTENSION_S)),
                "E",
            ),
            "previous": (self.tr("◀ Previous"), ""),
            "next": (self.tr("Next ▶"), "N"),
            "projector": (self.tr("Projector"), "F"),
            "blank": (self.tr("Black screen"), "B"),
            "pause_screen": (self.tr("Break screen"), "P"),
            "tool": (self.tr("Open the idea board"), "O"),
        }
        for key, (text, keys) in labels.items():
            self.buttons[key].setText(text)
            set_tooltip(self.buttons[key], f"{text} ({keys})" if keys else text)
        self.instructions_box.setTitle(self.tr("Instructions for participants (on the projector)"))
        self.notes_box.setTitle(self.tr("Your notes and materials"))
        self.rounds_box.setTitle(self.tr("Rounds"))
        self.schedule.setHorizontalHeaderLabels(
            [self.tr("Planned"), self.tr("As run"), self.tr("Activity"), self.tr("Gap")]
        )
        self.auto_start.setText(self.tr("Start the next activity's countdown at once"))
        self.side_tabs.setTabText(0, self.tr("The day"))
        self.free_box.setTitle(self.tr("Free timer"))
        self.free_minutes.setSuffix(self.tr(" min"))
        self.free_start.setText(self.tr("Start"))
        self._shown_steps = ()  # the rounds' list, said again in the new language
        self._shown_state = self._shown_toggle = None
        self._shown_cells = []
        self.refresh()

    # -- following the run ----------------------------------------------------------
    def refresh(self) -> None:
        item = self.session.current_item()
        workshop = self.session.document.workshop
        # The item's tool in one click: its idea board, or its vote (cards to come).
        tool = item.tool if item is not None else "none"
        self.buttons["tool"].setVisible(tool in ("board", "vote"))
        text = self.tr("Open the vote") if tool == "vote" else self.tr("Open the idea board")
        _set_text(self.buttons["tool"], text)
        set_tooltip(self.buttons["tool"], f"{text} (O)")
        if item is None:
            timer = self.session.timer
            self.context.set_full_text(self.tr("Free timer") if timer.duration_ms else "")
            self.title.setText(
                self.tr("Timebox")
                if timer.duration_ms
                else self.tr("Choose an activity in the day's agenda (double-click), or press N.")
            )
            self.instructions.setText("")
            self.notes.setText("")
        else:
            days = workshop.all(Day)
            number = next((n for n, d in enumerate(days, 1) if d.id == item.day_id), 0)
            self.context.set_full_text(
                self.tr("Day %1 · %2 · planned %3")
                .replace("%1", str(number))
                .replace("%2", category_name("pause" if item.kind != "activity" else item.category))
                .replace("%3", duration_text(item.duration_min))
            )
            self.title.setText(item.title)
            # What the projector shows: the round's instruction, else the item's.
            step = self.session.current_round()
            shown = step.instruction if step is not None else ""
            self.instructions.setText(shown or item.participant_instructions or self.tr("(none)"))
            notes = item.facilitator_notes
            if item.materials:
                notes += ("\n\n" if notes else "") + self.tr("Materials:") + "\n" + item.materials
            if step is not None and step.facilitator_notes:  # the round's notes first
                said = f"{self._round_words(step)}\n{step.facilitator_notes}"
                notes = said + ("\n\n" + notes if notes else "")
            self.notes.setText(notes or self.tr("(none)"))
        self._refresh_rounds(item)
        self._refresh_schedule()
        self._refresh_polls_tab(item)
        self.refresh_timer()

    def _document_changed(self, changes: ChangeSet) -> None:
        """Read the workshop again after a change of what run mode shows
        (`session.shows_run`): not for each idea captured on the board meanwhile."""
        if shows_run(changes):
            self.refresh()

    def _refresh_polls_tab(self, item: AgendaItem | None) -> None:
        """The polls' tab says how many the activity has; an activity with a poll that
        comes on shows it (the day's tab again for one without)."""
        count = len(polls.polls_of_item(self.session.document.workshop, item.id)) if item else 0
        self.side_tabs.setTabText(
            1, self.tr("Poll (%1)").replace("%1", str(count)) if count else self.tr("Poll")
        )
        item_id = item.id if item is not None else None
        if item_id != self._polls_item:
            self._polls_item = item_id
            self.side_tabs.setCurrentIndex(1 if count else 0)

    # -- rounds -----------------------------------------------------------------------
    def _round_words(self, step: RoundStep) -> str:
        """'Round 3/8 · Sketch', in the interface's language (the facilitator's)."""
        number = self.tr("Round %1/%2").replace("%1", str(step.number))
        number = number.replace("%2", str(step.count))
        title = rounds.step_title(step)
        return f"{number} · {title}" if title else number

    def _refresh_rounds(self, item: AgendaItem | None) -> None:
        """The rounds' list (rebuilt when the rounds change) and the one on in it."""
        steps = self.session.rounds()
        self.rounds_box.setVisible(bool(steps))
        self.round_controls.setVisible(bool(steps))
        key = tuple((s.round_id, s.index, s.title, s.duration_ms) for s in steps)
        rest = rounds.rest_ms(item, steps) if item is not None else 0
        key += (("rest", rest, "", 0),) if rest else ()
        if key != self._shown_steps:
            self._shown_steps = key
            self._shown_round = -1
            self.rounds_list.clear()
            for step in steps:
                name = rounds.step_title(step) or self.tr("Round %1").replace(
                    "%1", str(step.number)
                )
                length = rounds.length_text(step.duration_ms)
                self.rounds_list.addItem(QListWidgetItem(f"{step.number}. {name} — {length}"))
            if rest:
                self.rounds_list.addItem(
                    QListWidgetItem(
                        self.tr("After the rounds — %1").replace("%1", rounds.length_text(rest))
                    )
                )
        if steps:
            # Made now, not at the first change: Qt Multimedia takes 25-40 ms to start.
            self.round_chime.prepare()
        index = self.session.timer.round_index if steps else -1
        if index == self._shown_round:
            return
        before, self._shown_round = self._shown_round, index
        # The rows whose look changes: all after a rebuild, else from the round left to
        # the round on (a change of round in 200 repaints two rows, not 200).
        changed = (
            range(self.rounds_list.count())
            if before < 0 or index < 0
            else range(min(before, index), max(before, index) + 1)
        )
        self.rounds_look.current = index
        viewport = self.rounds_list.viewport()
        for row in changed:
            entry = self.rounds_list.item(row)
            if entry is not None:  # (the row's data is left as it is: see RoundsLook)
                viewport.update(self.rounds_list.visualItemRect(entry))
        current = self.rounds_list.item(index) if 0 <= index < self.rounds_list.count() else None
        if current is not None:
            self.rounds_list.scrollToItem(current, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _refresh_round_state(self, now_ms: int) -> None:
        """Each second: the round on and the whole activity's time left at `now_ms`."""
        if not self.session.has_rounds():
            return
        step = self.session.current_round()
        left = self.session.item_remaining_ms(now_ms)
        where = self._round_words(step) if step is not None else self.tr("After the rounds")
        text = (
            self.tr("%1 · %2 left in the whole activity")
            .replace("%1", where)
            .replace("%2", countdown.countdown_text(left))
            if left > 0
            else self.tr("%1 · the activity's time is up").replace("%1", where)
        )
        _set_text(self.round_state, text)

    def _round_changed(self, _index: int) -> None:
        """A round change: the round sound (the projector shows its cue)."""
        settings = self.session.settings
        self.round_chime.configure(settings.sound_volume, settings.sound_muted)
        self.round_chime.play()

    def _second(self) -> None:
        """A new second: shown, unless this page is behind another part of its shown
        window (nothing of it can be seen then: it reads the second when shown again)."""
        if self.window().isVisible() and not self.isVisible():
            self._seconds_missed = True
            return
        self.refresh_timer()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._seconds_missed:
            self._seconds_missed = False
            self.refresh_timer()

    def refresh_timer(self) -> None:
        """Each second, from the session's reading of it: only what changed is set (a
        style sheet is costly to apply, a text said again is not)."""
        session = self.session
        reading = session.reading
        phase = reading.phase
        timer = reading.timer
        _set_text(self.countdown, reading.text)
        if phase != self._shown_phase:
            self._shown_phase = phase
            self.countdown.set_colours(PHASE_TEXT_COLOURS[phase], BACKGROUND)
        total = max(timer.duration_ms, 1)
        self.progress.set_share(min(max(total - reading.left_ms, 0), total) / total)
        said = session.auto_advance.state_text()  # auto-advance: "Next item in 7 s"
        state = (phase, timer.status == "paused", said)
        if state != self._shown_state:
            self._shown_state = state
            _set_text(self.state, said or self._state_text(phase, timer.status == "paused"))
        running = timer.status == "running"
        if running != self._shown_toggle:
            self._shown_toggle = running
            _set_text(self.buttons["toggle"], self.tr("Pause") if running else self.tr("Start"))
        self._refresh_round_state(reading.now_ms)
        if reading.now_ms // 60_000 != self._shown_minute:  # the forecast moves by the minute
            self._refresh_schedule()

    def _state_text(self, phase: countdown.Phase, paused: bool) -> str:
        """The state line under the countdown."""
        if paused:
            return self.tr("Paused: Space resumes")
        return {
            "idle": self.tr("Ready: Space starts the countdown"),
            "normal": self.tr("Running"),
            "warning": self.tr("Running — the end is near"),
            "last_minute": self.tr("Last minute"),
            "overrun": self.tr("Time is up: counting the overrun"),
        }[phase]

    def _refresh_schedule(self) -> None:
        session = self.session
        workshop = session.document.workshop
        now = session.now_ms()
        self._shown_minute = now // 60_000
        item = session.current_item()
        days = workshop.all(Day)
        day = next((d for d in days if item and d.id == item.day_id), days[0] if days else None)
        if day is None:
            self._show_cells([])
            self.next_label.setText("")
            self._show_delay("", "")
            return
        live = run.live_day(workshop, day, now)
        rows: list[tuple[str, ...]] = []
        for entry in live.items:
            gap = entry.late
            cells = (
                f"{clock(entry.planned_start)}–{clock(entry.planned_end)}",
                f"{clock(entry.start)}–{clock(entry.end)}",
                entry.item.title,
                "" if not gap else (f"+{gap}" if gap > 0 else str(gap)),
            )
            rows.append((*cells, entry.item.id, entry.state, "late" if gap > 0 else ""))
        self._show_cells(rows)
        delay = live.delay if any(e.state != "coming" for e in live.items) else 0
        if not live.today:  # a rehearsal: lateness counts on the day itself only
            planned = QDate.fromString(day.date, Qt.DateFormat.ISODate)
            when = QLocale().toString(planned, self.tr("dddd d MMMM yyyy"))
            self._show_delay(
                self.tr("Not today: this day is planned for %1. Times follow the plan.").replace(
                    "%1", when or day.date
                ),
                "#3a3a3a",
            )
        elif delay > 0:
            self._show_delay(self.tr("Behind by %1").replace("%1", duration_text(delay)), "#ce0500")
        elif delay < 0:
            self._show_delay(self.tr("Ahead by %1").replace("%1", duration_text(-delay)), "#18753c")
        else:
            self._show_delay(self.tr("On time"), "#18753c")
        current = next((n for n, e in enumerate(live.items) if e.state == "current"), -1)
        after = [e for e in live.items[current + 1 :] if e.state == "coming"]
        following = after[0] if after else None
        self.next_label.setText(
            self.tr("Next: %1 (%2, about %3)")
            .replace("%1", following.item.title)
            .replace("%2", duration_text(following.item.duration_min))
            .replace("%3", clock(following.start))
            if following
            else self.tr("Next: end of the day (forecast %1)").replace(
                "%1", clock(live.forecast_end)
            )
        )

    def _show_cells(self, rows: list[tuple[str, ...]]) -> None:
        """The day's table: `rows` of (planned, as run, title, gap, item id, state, "late"
        or ""); only the rows that changed since last time are set again."""
        shown = self._shown_cells
        if rows == shown:
            return
        self.schedule.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            if row < len(shown) and shown[row] == cells:
                continue
            *texts, item_id, state, late = cells
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item_id)
                if state == "current":
                    cell.setBackground(Qt.GlobalColor.yellow)
                elif state == "done":
                    cell.setForeground(Qt.GlobalColor.darkGray)
                if column == 3 and late:
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.schedule.setItem(row, column, cell)
        self._shown_cells = rows

    def _show_delay(self, text: str, colour: str) -> None:
        """The line saying how late the day runs, in `colour` (set only when it changes:
        a style sheet is costly to apply)."""
        if (text, colour) == self._shown_delay:
            return
        if text != self._shown_delay[0]:
            self.delay.setText(text)
        if colour != self._shown_delay[1]:
            self.delay.setStyleSheet(f"color: {colour};" if colour else "")
        self._shown_delay = (text, colour)

    def _jump_to(self, row: int, _column: int) -> None:
        cell = self.schedule.item(row, 0)
        if cell is not None:
            self.session.select(str(cell.data(Qt.ItemDataRole.UserRole)))

    def _auto_start_changed(self, checked: bool) -> None:
        self._set_auto_start(checked)

    def _ended(self) -> None:
        settings = self.session.settings
        self.chime.configure(settings.sound_volume, settings.sound_muted)
        self.chime.play()

    # -- the projector ----------------------------------------------------------------
    def toggle_projector(self) -> None:
        if self.projector is not None and self.projector.isVisible():
            self.projector.close()
            return
        if self.projector is None:
            self.projector = ProjectorWindow(self.session)
            self._shortcuts(self.projector)
        self.projector.open_on_best_screen()
        self.window().activateWindow()  # the keyboard stays with the facilitator's screen

    def _open_tool(self) -> None:
        item = self.session.current_item()
        if item is not None and item.tool in ("board", "vote"):
            self.openTool.emit(item.tool, item.tool_target_id or "")

    def project_board(self, scene: QGraphicsScene, fit: QRectF | None = None) -> None:
        """Show an idea board, or a matrix, on the projector (opened if needed)."""
        if self.projector is None or not self.projector.isVisible():
            self.toggle_projector()
        assert self.projector is not None
        self.projector.show_board(scene, fit=fit)

    def project_results(self, widget: QWidget) -> None:
        """Show a vote's results on the projector (opened if needed)."""
        if self.projector is None or not self.projector.isVisible():
            self.toggle_projector()
        assert self.projector is not None
        self.projector.show_results(widget)

    def projector_mode(self, mode: str) -> None:
        """B and P blank the projector or show the break screen; pressed again, back
        to the countdown."""
        if self.projector is None:
            return
        self.projector.set_mode("timer" if self.projector.mode == mode else mode)
        self.buttons["blank"].setDown(self.projector.mode == "blank")
        self.buttons["pause_screen"].setDown(self.projector.mode == "pause")

    def leave_full_screen(self) -> None:
        if self.projector is not None and self.projector.isFullScreen():
            self.projector.showNormal()

    def close_projector(self) -> None:
        if self.projector is not None:
            self.projector.give_back()
            self.projector.close()
            self.projector.deleteLater()
            self.projector = None

    def current_item(self) -> AgendaItem | None:
        return self.session.current_item()
