"""The projector window: for the room, a huge countdown, the activity, the instructions.

High contrast (white on near-black), text scaled to the window, never the
facilitator's notes. It can be blanked or show a pause screen. It opens full
screen on the second screen when there is one.

An item with rounds shows « Tour 3/8 · title » / "Round 3/8 · title" in the
workshop's language (the room's, not the laptop's: `room_words`), the round's
instruction (else the item's) and the round's countdown. At each round change the
whole screen turns ROUND_CUE_BACKGROUND for rounds.ROUND_CUE_MS, read on the session's
clock (the run page rings the round sound at the same time).

Each second repaints the digits that changed and nothing else (issue 22): the window
reads the session's reading of that second (`RunSession.reading`), its colours change
only with the phase, and the break screen's line changes without relaying out its page.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsScene,
    QGraphicsView,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain import rounds
from facilitator.domain.changes import ChangeSet
from facilitator.domain.records import Language
from facilitator.domain.run import agenda_order
from facilitator.translations import Translator
from facilitator.ui.fitted_text import FittedText
from facilitator.ui.run.big_digits import BigCountdown
from facilitator.ui.run.session import RunSession, shows_run

BACKGROUNDS = {
    "idle": "#101418",
    "normal": "#101418",
    "warning": "#5c3b00",
    "last_minute": "#7a1f00",
    "overrun": "#8c0000",
}
FLASH_MS = 250
FLASH_COUNT = 8
# The round change: the whole screen green for rounds.ROUND_CUE_MS, one change in and
# one out (no blinking), unlike any phase colour, the end's white flash and
# auto-advance's blue; white text on it has a contrast of 5.6:1.
ROUND_CUE_BACKGROUND = "#18753c"
ROUND_TEXT = "#ffe08a"  # the round's number and title: set apart from the item's title

_ROOM_TRANSLATORS: dict[Language, Translator] = {}


def room_words(language: Language) -> Translator:
    """A translator to the workshop's language, for what the room reads whatever the
    laptop's language ("Tour 3/8" in a French workshop on an English laptop)."""
    if language not in _ROOM_TRANSLATORS:
        _ROOM_TRANSLATORS[language] = Translator(language)
    return _ROOM_TRANSLATORS[language]


def _set_text(label: FittedText | BigCountdown, text: str) -> None:
    if label.text() != text:
        label.setText(text)


def choose_screen(screens: Sequence[QScreen], primary: QScreen | None) -> QScreen | None:
    """The second screen when there is one (the projector), else the only one."""
    others = [screen for screen in screens if screen is not primary]
    return others[0] if others else primary


class ProjectorWindow(QWidget):
    def __init__(self, session: RunSession) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("projector")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.session = session
        self.mode = "timer"  # "timer", "pause" or "blank"
        self._flashes_left = 0
        self._flash_on = False
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self._flash_step)
        # Shares of the screen's height: the largest each text may be; long texts
        # wrap, then shrink to fit, never under fitted_text.SMALLEST_SHARE.
        self.title = FittedText(0.075, bold=True)
        self.round_label = FittedText(0.06, bold=True, colour=ROUND_TEXT)
        self.round_label.hide()
        self.round_cues = 0  # round-change cues shown (tests, the log)
        self.countdown = BigCountdown()
        self.instructions = FittedText(0.045)
        self.next_label = FittedText(0.035)
        self.pause_label = FittedText(0.11, bold=True)
        # The whole break page, whatever its text: its time changes each second.
        self.pause_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        for name, widget in (
            ("title", self.title),
            ("round", self.round_label),
            ("countdown", self.countdown),
            ("instructions", self.instructions),
            ("next", self.next_label),
            ("pause", self.pause_label),
        ):
            widget.setObjectName(name)
        timer_page = QWidget()
        column = QVBoxLayout(timer_page)
        self._timer_column = column  # its margins follow the screen (_scale_fonts)
        column.addWidget(self.title, 4)
        column.addWidget(self.round_label, 3)  # shown for an item with rounds only
        column.addWidget(self.countdown, 10)
        column.addWidget(self.instructions, 8)
        column.addWidget(self.next_label, 2)
        pause_page = QWidget()
        QVBoxLayout(pause_page).addWidget(self.pause_label)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(timer_page)
        self.stack.addWidget(pause_page)
        self.stack.addWidget(QWidget())  # blank
        self.board_view: QGraphicsView | None = None
        self.results_widget: QWidget | None = None  # a vote's results, when revealed
        self._fit: QRectF | None = None
        # The window paints its own colour (`paintEvent`): a change of palette, which
        # every child is told of, painted the whole window twice.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self._shown_background = ""
        self._ground = QColor(BACKGROUNDS["idle"])
        session.tick.connect(self._tick)
        session.ended.connect(self.flash)
        session.roundChanged.connect(self._round_changed)
        session.document.changed.connect(self._document_changed)
        self.resize(1280, 720)
        self._scale_fonts()
        self.refresh()
        session.auto_advance.attach_projector(self)  # auto-advance: its "Up next" page

    # -- showing --------------------------------------------------------------
    def open_on_best_screen(self) -> QScreen | None:
        screen = choose_screen(QApplication.screens(), QApplication.primaryScreen())
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        return screen

    def set_mode(self, mode: str) -> None:
        """ "timer", "pause", "blank", or what was shown last: "board" or "results"."""
        pages = {"board": self.board_view, "results": self.results_widget}
        page = pages.get(mode)
        if mode in pages and page is None:
            mode = "timer"
        self.mode = mode
        if page is not None:
            self.stack.setCurrentWidget(page)
        else:
            self.stack.setCurrentIndex({"timer": 0, "pause": 1, "blank": 2}[mode])
        self.refresh()

    def show_results(self, widget: QWidget) -> None:
        """A vote's results for the room (the facilitator chose to reveal them)."""
        if self.results_widget is not widget:
            self.give_back()
            self.results_widget = widget
            self.stack.addWidget(widget)
        self.set_mode("results")

    def give_back(self) -> None:
        """Hand the borrowed results widget (a vote's, a card's, the room link's) back
        to its page: a widget deleted with this window would leave its page holding a
        dead object (a crash when the workshop then closed)."""
        widget, self.results_widget = self.results_widget, None
        if widget is not None:
            self.stack.removeWidget(widget)
            widget.hide()
            widget.setParent(None)
        if self.mode == "results":
            self.set_mode("timer")

    def show_board(self, scene: QGraphicsScene, *, fit: QRectF | None = None) -> None:
        """The idea board (or a vote's matrix) for the room: the same scene, read-only,
        fitted to the screen: its items, or the part `fit` of it."""
        self._fit = fit
        if self.board_view is None:
            self.board_view = QGraphicsView()
            self.board_view.setInteractive(False)
            self.board_view.setFrameShape(QFrame.Shape.NoFrame)
            for policy in (
                self.board_view.setHorizontalScrollBarPolicy,
                self.board_view.setVerticalScrollBarPolicy,
            ):
                policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.board_view.setRenderHints(
                QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
            )
            self.stack.addWidget(self.board_view)
        self.board_view.setScene(scene)
        # Centred on what is shown: the view may not scroll beyond its scene rect.
        self.board_view.setSceneRect(fit if fit is not None else QRectF())
        self.set_mode("board")
        self._fit_board()

    def _fit_board(self) -> None:
        view = self.board_view
        scene = view.scene() if view is not None else None
        if view is not None and scene is not None:
            shown = self._fit if self._fit is not None else scene.itemsBoundingRect()
            view.fitInView(shown.adjusted(-30, -30, 30, 30), Qt.AspectRatioMode.KeepAspectRatio)

    def _document_changed(self, changes: ChangeSet) -> None:
        if shows_run(changes):  # not for each idea captured on the board meanwhile
            self.refresh()

    def refresh(self) -> None:
        """Everything: after a change of item, of texts, of mode."""
        item = self.session.current_item()
        self.title.setText(item.title if item else self.tr("Timebox"))
        instructions = item.participant_instructions if item else ""
        step = self.session.current_round()
        if step is not None:
            language = self.session.document.workshop.info.language
            number = room_words(language).render(rounds.round_number(step))
            title = rounds.step_title(step)
            self.round_label.setText(f"{number} · {title}" if title else number)
            instructions = step.instruction or instructions
        else:
            self.round_label.setText("")
        self.round_label.setVisible(step is not None)
        self.instructions.setText(instructions)
        following = self._next_title()
        self.next_label.setText(self.tr("Next: %1").replace("%1", following) if following else "")
        if notice := self.session.auto_advance.projector_notice():  # "Auto-advance stopped"
            self.next_label.setText(notice)
        self._tick()

    def _tick(self) -> None:
        """Each second, from the session's reading of it: the countdown, and the colours
        only when the phase changes (the whole window is painted again then)."""
        reading = self.session.reading
        text = reading.text
        _set_text(self.countdown, text)
        if self.mode == "pause":
            _set_text(self.pause_label, self.tr("Break — back in %1").replace("%1", text))
        background = "#000000" if self.mode == "blank" else BACKGROUNDS[reading.phase]
        if self._flash_on:
            background = "#ffffff"
        elif self.mode == "timer" and reading.cue_left_ms > 0:
            background = ROUND_CUE_BACKGROUND
        if background != self._shown_background:
            self._shown_background = background
            self._ground = QColor(background)
            self.update()
            self.countdown.set_colours("#000000" if self._flash_on else "white", background)

    def _next_title(self) -> str:
        item = self.session.current_item()
        order = agenda_order(self.session.document.workshop)
        ids = [i.id for i in order]
        if item is None or item.id not in ids:
            return ""
        index = ids.index(item.id) + 1
        return order[index].title if index < len(order) else ""

    def phase_colour(self) -> str:
        return BACKGROUNDS[self.session.phase()]

    def shown_background(self) -> str:
        """The colour the whole window shows now (a phase's, a flash's, the round cue's)."""
        return self._shown_background

    # -- the round change ---------------------------------------------------------------
    def _round_changed(self, _index: int) -> None:
        """The cue: the screen turns ROUND_CUE_BACKGROUND now; the session's clock ends it
        (`RunSession.round_cue_active`, the session wakes the views when it ends)."""
        self.round_cues += 1
        self.refresh()

    # -- the end-of-countdown flash -------------------------------------------------
    def flash(self) -> None:
        self._flashes_left = FLASH_COUNT
        self._flash_timer.start()

    def _flash_step(self) -> None:
        self._flash_on = not self._flash_on and self._flashes_left > 0
        self._flashes_left -= 1
        if self._flashes_left <= 0:
            self._flash_on = False
            self._flash_timer.stop()
        self._tick()
        if not self._flash_timer.isActive():
            self.countdown.drop_other_colours()  # the flash's black digits, done with

    def paintEvent(self, event: QPaintEvent) -> None:
        """The colour of the moment (`shown_background`) behind every page."""
        painter = QPainter(self)
        painter.fillRect(event.rect(), self._ground)
        painter.end()

    # -- text that fills the screen -----------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts()
        if self.mode == "board":
            self._fit_board()

    def _scale_fonts(self) -> None:
        """Every text follows the screen's height; the countdown also its width."""
        height = max(self.height(), 200)
        # Margins of 4 % of the screen: the text keeps clear of the projected image's
        # edges, which projectors often cut or blur (overscan, keystone).
        side, top = round(self.width() * 0.04), round(height * 0.04)
        self._timer_column.setContentsMargins(side, top, side, top)
        texts = (self.title, self.round_label, self.instructions, self.next_label, self.pause_label)
        for text in texts:
            text.set_reference(height)
        font = QFont(self.font())
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFeature(QFont.Tag("tnum"), 1)  # digits of equal width: no jitter
        self.countdown.setFont(font)
        self.countdown.fit_to_box(int(height * 0.30))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._flash_timer.stop()
        super().closeEvent(event)
