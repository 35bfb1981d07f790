"""Auto-advance in run mode: the "Up next" announce between two items, then the next start.

The rule is domain/auto_advance.py's; this is its announce, driven by the session:
- When the session says the countdown reached zero (`RunSession.ended`, with the chime
  and the projector's flash), `AutoAdvance` asks the rule for an announce. If there is
  one, the projector shows "Up next", the next item's title and the seconds left
  (`AnnounceView`, on a colour of its own; the room's words in the workshop's language,
  as the rounds'), and the facilitator's page says it in its state line. At the
  announce's end the next item starts (its countdown running) and the chime rings
  again (both chimes follow the sound settings: muted, the announce is seen only).
- Any key pressed in the app, any click in the facilitator's window or on the projector,
  and anything that makes the announce untrue (a pause, an extension, another item, the
  option switched off: `auto_advance.holds`) stops it. The key that stops it does nothing
  else when it was meant for run mode (the run page or the projector: Space does not
  pause the overrun, N does not skip): its press and release are eaten. A key typed
  elsewhere (a text field of another part) goes on to its field. A click goes on to
  what was clicked (the pause button pauses). The projector then shows what it showed
  before, with "Auto-advance stopped" for STOPPED_NOTICE_MS instead of its next line.
- While an announce runs, the filter sees every event of the app: 1.1 µs more per event
  (measured: 9.0 µs to 10.1 µs for a mouse move delivered offscreen).

Every time is read from `RunSession.now_ms` (no sleep, no other clock); the Qt timer
here only wakes the session when a shown second changes or the announce ends. The
announce is not stored: after a crash the overrun simply counts, as without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from facilitator.domain import auto_advance
from facilitator.domain import timer as countdown
from facilitator.domain.messages import Message
from facilitator.domain.records import AgendaItem
from facilitator.ui.fitted_text import FittedText
from facilitator.ui.run.big_digits import BigCountdown

if TYPE_CHECKING:
    from facilitator.ui.run.projector import ProjectorWindow
    from facilitator.ui.run.session import RunSession
    from facilitator.ui.run.sound import Chime

# How long the projector says "Auto-advance stopped" after a stop (then its next line
# again): long enough to be read from the back of the room, short enough not to stay.
STOPPED_NOTICE_MS = 8_000
# The announce's page: white on the French government's blue ("bleu France"), unlike
# any phase of the countdown, so that the room sees at once that something changes.
ANNOUNCE_BACKGROUND = "#000091"
ANNOUNCE_TEXT = "#ffffff"

_KEY_EVENTS = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
_CLICKS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)


class AutoAdvance(QObject):
    """One per run session (`RunSession.auto_advance`): the announce, if one runs."""

    changed = Signal()  # an announce began or ended, or the stopped notice ended
    advanced = Signal()  # the next item started by itself

    def __init__(self, session: RunSession) -> None:
        super().__init__(session)
        self.session = session
        self.announce: auto_advance.Announce | None = None
        # The item whose announce was stopped, and when (epoch ms): the notice.
        self.stopped: tuple[str, int] | None = None
        self.stops = 0  # how many announces were stopped (for the tests and the log)
        self._page: QWidget | None = None
        self._projectors: list[QWidget] = []
        self._chime: Chime | None = None
        self._eaten_key: int | None = None  # the stopping key, whose release is eaten too
        self._filtering = False
        self._busy = False
        self._wake = QTimer(self)
        self._wake.setSingleShot(True)
        self._wake.setTimerType(Qt.TimerType.PreciseTimer)
        self._wake.timeout.connect(session.refresh)
        session.ended.connect(self._countdown_ended)
        session.tick.connect(self._tick)

    # -- the views ----------------------------------------------------------------------
    def attach_page(self, page: QWidget, chime: Chime) -> None:
        """The facilitator's run page: its keys are run mode's, its chime rings."""
        self._page = page
        self._chime = chime

    def attach_projector(self, projector: ProjectorWindow) -> None:
        """A projector window: the announce gets a page in it, its keys are run mode's."""
        self._projectors = [p for p in self._projectors if shiboken6.isValid(p)]
        self._projectors.append(projector)
        view = AnnounceView(self, projector)
        projector.stack.addWidget(view)
        view.follow()

    def next_title(self) -> str:
        """The announced item's title ("" when no announce runs)."""
        announce = self.announce
        next_id = announce.next_id if announce is not None else None
        item = self.session.document.workshop.get(AgendaItem, next_id)
        return item.title if item is not None else ""

    def seconds_left(self) -> int:
        """Whole seconds until the next item starts, as shown (rounded up)."""
        if self.announce is None:
            return 0
        return -(-self.announce.left_ms(self.session.now_ms()) // 1000)

    def countdown_text(self) -> str:
        """The announce's countdown as the projector shows it ("00:07")."""
        if self.announce is None:
            return ""
        return countdown.countdown_text(self.announce.left_ms(self.session.now_ms()))

    def notice_on(self) -> bool:
        """Whether the "stopped" notice shows: the stopped item still on, for at most
        STOPPED_NOTICE_MS."""
        if self.stopped is None:
            return False
        item = self.session.current_item()
        item_id, when = self.stopped
        now = self.session.now_ms()
        return item is not None and item.id == item_id and 0 <= now - when < STOPPED_NOTICE_MS

    def state_text(self) -> str:
        """The facilitator's state line while an announce runs or was just stopped ("" else)."""
        if self.announce is not None:
            return self.tr("Next item in %1 s — any key or click stops it").replace(
                "%1", str(self.seconds_left())
            )
        if self.notice_on():
            return self.tr("Auto-advance stopped — the overrun counts")
        return ""

    def room_text(self, words: Message) -> str:
        """`words` for the room: in the workshop's language, whatever the laptop's
        (the projector's translators, ui/run/projector.py `room_words`)."""
        from facilitator.ui.run.projector import room_words  # it imports this module

        return room_words(self.session.document.workshop.info.language).render(words)

    def projector_notice(self) -> str:
        """The projector's line instead of "Next: …" just after a stop ("" else)."""
        return self.room_text(auto_advance.room_stopped_notice()) if self.notice_on() else ""

    # -- following the session ------------------------------------------------------------
    def _countdown_ended(self) -> None:
        session = self.session
        if self.announce is not None or session.document.read_only:
            return
        now = session.now_ms()
        announce = auto_advance.announce_at_end(session.document.workshop, now)
        if announce is None:
            return
        self.announce, self.stopped = announce, None
        self._set_filter(True)
        self.changed.emit()
        self._schedule(now)

    def _tick(self) -> None:
        """Each repaint of the session: the announce still true? due? (Re-entered when
        starting the next item repaints: ignored then.)"""
        if self._busy:
            return
        self._busy = True
        try:
            self._follow()
        finally:
            self._busy = False

    def _follow(self) -> None:
        announce = self.announce
        if announce is None and self.stopped is None:  # most seconds: nothing to follow
            self._wake.stop()
            return
        session = self.session
        now = session.now_ms()
        if announce is None:
            if self.stopped is not None and not self.notice_on():
                self.stopped = None
                self.changed.emit()
            self._schedule(now)
            return
        workshop = session.document.workshop
        if not auto_advance.holds(workshop, announce, now):
            self._stop(now)
            return
        if now < announce.ends_ms:
            self._schedule(now)
            return
        changes = auto_advance.start_next(workshop, announce, now)
        self.announce = None
        self._set_filter(self._eaten_key is not None)
        session.apply_run(changes)
        self.changed.emit()
        self.advanced.emit()
        chime = self._chime
        if chime is not None:
            settings = session.settings
            chime.configure(settings.sound_volume, settings.sound_muted)
            chime.play()

    def _schedule(self, now: int) -> None:
        """Wake the session when the announce's shown second changes, when it ends, or
        when the stopped notice ends."""
        if self.announce is not None:
            left = self.announce.left_ms(now)
            self._wake.start(countdown.ms_to_next_change(left) + 5 if left > 0 else 0)
        elif self.stopped is not None:
            self._wake.start(max(0, self.stopped[1] + STOPPED_NOTICE_MS - now) + 5)
        else:
            self._wake.stop()

    def stop(self) -> None:
        """Stop the announce, if one runs: the overrun counts, nothing starts."""
        if self.announce is not None:
            self._stop(self.session.now_ms())
            self.session.refresh()

    def _stop(self, now: int) -> None:
        announce = self.announce
        if announce is None:
            return
        self.announce = None
        self.stopped = (announce.item_id, now)
        self.stops += 1
        self._set_filter(self._eaten_key is not None)
        self.changed.emit()
        self._schedule(now)

    # -- any key, any click ---------------------------------------------------------------
    def _set_filter(self, on: bool) -> None:
        app = QApplication.instance()
        if app is None or on == self._filtering:
            return
        self._filtering = on
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def _run_mode_widget(self, widget: QWidget) -> bool:
        """Whether `widget` is on the run page or a projector (its keys are run mode's)."""
        page = self._page
        if (
            page is not None
            and shiboken6.isValid(page)
            and (widget is page or page.isAncestorOf(widget))
        ):
            return True
        window = widget.window()
        return any(p is window for p in self._projectors if shiboken6.isValid(p))

    def _facilitator_window(self, widget: QWidget) -> bool:
        page = self._page
        if page is not None and shiboken6.isValid(page) and widget.window() is page.window():
            return True
        return self._run_mode_widget(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Installed on the application while an announce runs (and until the stopping
        key is released): see the module's docstring."""
        kind = event.type()
        if kind in _KEY_EVENTS and isinstance(event, QKeyEvent):
            return self._key(watched, event)
        if (
            kind in _CLICKS
            and self.announce is not None
            and isinstance(watched, QWidget)
            and self._facilitator_window(watched)
        ):
            self.stop()
        return False

    def _key(self, watched: QObject, event: QKeyEvent) -> bool:
        kind = event.type()
        if not isinstance(watched, QWidget):
            return False  # the window's copy of the event: its widget's comes next
        if self._eaten_key is not None:
            if event.key() == self._eaten_key:
                if kind == QEvent.Type.ShortcutOverride:
                    event.accept()  # no shortcut takes it: the press comes here, eaten
                elif kind == QEvent.Type.KeyRelease and not event.isAutoRepeat():
                    self._eaten_key = None
                    self._set_filter(self.announce is not None)
                return True
            self._eaten_key = None  # its release went elsewhere: another key now
            self._set_filter(self.announce is not None)
        if self.announce is None or kind == QEvent.Type.KeyRelease:
            return False
        eaten = self._run_mode_widget(watched)
        if eaten:
            self._eaten_key = event.key()
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()
        self.stop()
        return eaten


class AnnounceView(QWidget):
    """The projector's "Up next" page: the next item's title and the seconds left, in
    large type on its own colour (texts fitted like the countdown page's)."""

    def __init__(self, auto: AutoAdvance, projector: ProjectorWindow) -> None:
        super().__init__()
        self.setObjectName("announce")
        self.auto = auto
        self.projector = projector
        self.heading = FittedText(0.07, bold=True, colour=ANNOUNCE_TEXT)
        self.title = FittedText(0.09, bold=True, colour=ANNOUNCE_TEXT)
        self.countdown = BigCountdown()
        self.countdown.set_colours(ANNOUNCE_TEXT, ANNOUNCE_BACKGROUND)
        for name, widget in (
            ("heading", self.heading),
            ("title", self.title),
            ("countdown", self.countdown),
        ):
            widget.setObjectName(name)
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.heading, 2)
        self.column.addWidget(self.title, 4)
        self.column.addWidget(self.countdown, 5)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(ANNOUNCE_BACKGROUND))
        self.setPalette(palette)
        self._previous_mode = "timer"
        auto.changed.connect(self.follow)
        auto.session.tick.connect(self.show_time)
        self._scale()

    def follow(self) -> None:
        """Shown while an announce runs; then the projector shows what it did before
        (after a stop), or the new item's countdown (after the start: black stays black)."""
        stack = self.projector.stack
        if self.auto.announce is not None:
            if stack.currentWidget() is not self:
                self._previous_mode = self.projector.mode
                stack.setCurrentWidget(self)
            self.heading.setText(self.auto.room_text(auto_advance.room_heading()))
            self.title.setText(self.auto.next_title())
            self.show_time()
        elif stack.currentWidget() is self:
            stopped = self.auto.stopped is not None
            mode = self._previous_mode
            self.projector.set_mode(mode if stopped or mode == "blank" else "timer")
        else:
            self.projector.refresh()  # the stopped notice came or went

    def show_time(self) -> None:
        if self.auto.announce is not None:
            if self.projector.stack.currentWidget() is not self:
                self.follow()  # another page was put up meanwhile (not by a click: it stops)
                return
            text = self.auto.countdown_text()
            if self.countdown.text() != text:
                self.countdown.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()

    def _scale(self) -> None:
        """Text follows the screen's height, with the countdown page's 4 % margins."""
        height = max(self.height(), 200)
        side, top = round(self.width() * 0.04), round(height * 0.04)
        self.column.setContentsMargins(side, top, side, top)
        for text in (self.heading, self.title):
            text.set_reference(height)
        font = QFont(self.font())
        font.setBold(True)
        font.setFeature(QFont.Tag("tnum"), 1)
        self.countdown.setFont(font)
        self.countdown.fit_to_box(int(height * 0.30))
