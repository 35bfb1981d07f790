"""The secret ballot's lock: while the laptop goes round, the main window is the ballot.

When the facilitator starts passing the laptop, `BallotLock.start` turns the whole
main window into the clean ballot (full screen, no menu bar, no status bar, no
navigation) until the facilitator ends the pass:

- An application-wide event filter lets keyboard, mouse, wheel, touch and drops reach
  only the lock screen's widgets, eats every application shortcut (`QAction`s and
  `QShortcut`s: Ctrl+Z, Ctrl+O, Ctrl+W, Ctrl+Q, F-keys, the menus' Alt+letters, the
  projector window's run keys), every context menu and a lone Alt (the menu bar's
  keyboard mode). A focus change, a click on the projector's screen or a key pressed
  there changes nothing.
- The projector, if open, leaves a vote's results, a board or a card for the
  countdown (`PROJECTOR_SAFE_MODES`).
- Closing the main window (Alt+F4, the title bar's cross, Ctrl+Q) is refused with a
  word on the ballot; every ballot confirmed is already written to the workshop file.
- The facilitator ends the pass with `UNLOCK_KEYS` (Ctrl+Shift+L), shown on the start
  screen, then the code chosen when the pass started, if any: at most
  `UNLOCK_TRIES_PER_MINUTE` wrong codes in any minute (`UnlockLimiter`).

The lock lives in memory only: if the app is killed or crashes during a pass, it opens
the workshop unlocked, with every ballot confirmed before. It covers this app's
windows, not the operating system: the system's own keys (Alt+Tab, the Super key,
Ctrl+Alt+Del) still reach other programs.
"""

from __future__ import annotations

import hmac
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.compact import ElidedLabel
from facilitator.ui.plain import plain_label
from facilitator.ui.retranslate import Retranslatable
from facilitator.ui.style import BORDER, SURFACE, named, scaled_font

if TYPE_CHECKING:
    from facilitator.ui.run.projector import ProjectorWindow

# The facilitator's keys to end the pass. Not Ctrl+Shift+U (IBus takes it for Unicode
# input on Linux) nor Ctrl+Shift+E (IBus's emoji); nor Ctrl+Alt+… (AltGr on Windows).
UNLOCK_KEY = Qt.Key.Key_L
UNLOCK_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
UNLOCK_KEYS = QKeySequence(UNLOCK_MODIFIERS | UNLOCK_KEY)

MIN_CODE_CHARS = 4  # a bank card's PIN: four digits a facilitator remembers for an hour
MAX_CODE_CHARS = 32  # a passphrase; more is a paste, not a code typed in front of the room
# Wrong codes accepted in any rolling minute: a facilitator's typo or two, and a
# participant trying every 4-digit code needs 10,000 / 5 = 2,000 min (33 h 20 min);
# in the half hour a pass lasts, 150 tries: a 1.5 % chance for 4 digits, 0.015 % for 6.
UNLOCK_TRIES_PER_MINUTE = 5
TRIES_WINDOW_MS = 60_000

# While locked, the projector shows the countdown, the break screen or black: never a
# vote's results, a board or a matrix, nor a card (`ProjectorWindow.mode`).
PROJECTOR_SAFE_MODES = ("timer", "pause", "blank")

# Input that reaches only the lock screen's widgets while locked.
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.DragEnter,
        QEvent.Type.DragMove,
        QEvent.Type.Drop,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletRelease,
        QEvent.Type.TabletMove,
        QEvent.Type.Gesture,
        QEvent.Type.NativeGesture,
        QEvent.Type.InputMethod,
    }
)


def monotonic_ms() -> int:
    """Milliseconds of a clock the system's time setting does not move."""
    return time.monotonic_ns() // 1_000_000


def normalised_code(code: str) -> str:
    """`code` as it is compared: NFKC (the full-width digits an input method types are
    ASCII digits), every decimal digit of any script as its ASCII digit ("١٢٣٤" and
    "۱۲۳۴" are "1234": the keyboard layout may differ between the start and the end of
    the pass), and no blank or invisible format character anywhere ("12 34" is "1234")."""
    out: list[str] = []
    for char in unicodedata.normalize("NFKC", code):
        if char.isspace() or unicodedata.category(char) == "Cf":
            continue
        digit = unicodedata.decimal(char, None)
        out.append(str(digit) if digit is not None else char)
    return "".join(out)


def code_problem(code: str) -> str | None:
    """Why `code` cannot end a pass (translated), or None: empty (no code) or between
    `MIN_CODE_CHARS` and `MAX_CODE_CHARS` characters once `normalised_code`. Blanks
    alone are too short, not "no code": the facilitator meant one."""
    length = len(normalised_code(code))
    if not code or MIN_CODE_CHARS <= length <= MAX_CODE_CHARS:
        return None
    if length < MIN_CODE_CHARS:
        return QCoreApplication.translate(
            "BallotLock", "The code needs at least %1 characters (or none at all)."
        ).replace("%1", str(MIN_CODE_CHARS))
    return QCoreApplication.translate("BallotLock", "The code is %1 characters at most.").replace(
        "%1", str(MAX_CODE_CHARS)
    )


def unlock_keys_text() -> str:
    """The unlock keys as this system and language write them ("Ctrl+Maj+L" in French)."""
    return UNLOCK_KEYS.toString(QKeySequence.SequenceFormat.NativeText)


def is_unlock_key(event: QKeyEvent) -> bool:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() == UNLOCK_KEY and modifiers == UNLOCK_MODIFIERS


@dataclass
class UnlockLimiter:
    """At most `tries` wrong codes in any `window_ms` (a rolling window), on `clock`
    (milliseconds, monotonic in the app; the tests move it by hand)."""

    clock: Callable[[], int]
    tries: int = UNLOCK_TRIES_PER_MINUTE
    window_ms: int = TRIES_WINDOW_MS
    failures: list[int] = field(default_factory=list)

    def _recent(self) -> list[int]:
        now = self.clock()
        # A failure stamped in the future (a clock set back) counts as made now.
        self.failures = [min(t, now) for t in self.failures if now - t < self.window_ms]
        return self.failures

    def wait_ms(self) -> int:
        """0 if a code may be tried now, else the milliseconds until one may (at most
        `window_ms`)."""
        recent = self._recent()
        if len(recent) < self.tries:
            return 0
        return max(1, recent[-self.tries] + self.window_ms - self.clock())

    def tries_left(self) -> int:
        """Wrong codes still accepted in the current window."""
        return max(0, self.tries - len(self._recent()))

    def failed(self) -> None:
        """Count a wrong code, now."""
        self._recent()
        self.failures.append(self.clock())


class CodeField(QLineEdit):
    """The facilitator's code, masked; Escape goes back to the ballot."""

    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setMaxLength(MAX_CODE_CHARS + 8)  # spaces around it are trimmed
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


class LockScreen(Retranslatable):
    """What the main window shows while locked: the ballot, or the facilitator's code
    prompt; a line for what the window refused."""

    codeEntered = Signal(str)

    def __init__(self, ballot: QWidget, title: str) -> None:
        super().__init__()
        self.setObjectName("lockScreen")
        self.ballot = ballot
        self.badge = named(plain_label(), "sectionTitle")
        self.badge.setFont(scaled_font(self, 1.1, bold=True))
        self.vote_title = named(ElidedLabel(), "subheading")
        self.vote_title.setFont(scaled_font(self, 1.1))
        self.vote_title.set_full_text(title)
        self.said = named(plain_label(), "sectionTitle")
        self.said.setWordWrap(True)
        self.said.hide()
        self.pages = QStackedWidget()
        self.pages.addWidget(ballot)
        self.pages.addWidget(self._prompt_page())
        self._layout()
        self.retranslate()

    def _prompt_page(self) -> QWidget:
        self.prompt_title = plain_label()
        self.prompt_title.setFont(scaled_font(self, 1.5, bold=True))
        self.prompt_text = named(plain_label(), "subheading")
        self.prompt_text.setWordWrap(True)
        self.code = CodeField()
        self.code.setFont(scaled_font(self, 1.3))
        self.code.returnPressed.connect(lambda: self.codeEntered.emit(self.code.text()))
        self.code.cancelled.connect(self.show_ballot)
        self.unlock_button = named(QPushButton(), "primary")
        self.unlock_button.clicked.connect(lambda: self.codeEntered.emit(self.code.text()))
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.show_ballot)
        self.prompt_said = plain_label()
        self.prompt_said.setWordWrap(True)
        self.prompt_said.setStyleSheet("color:#ce0500")
        page = QWidget()
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.unlock_button)
        row.addWidget(self.back_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 24, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.prompt_title)
        layout.addWidget(self.prompt_text)
        layout.addLayout(row)
        layout.addWidget(self.prompt_said)
        layout.addStretch(1)
        return page

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.badge)
        top.addWidget(self.vote_title, 1)
        column = QVBoxLayout()
        column.setContentsMargins(28, 18, 28, 18)
        column.setSpacing(10)
        column.addLayout(top)
        column.addWidget(self.pages, 1)
        column.addWidget(self.said)
        # A sheet of paper on the desk: the ballot and nothing around it.
        card = named(QWidget(), "ballotCard")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        card.setStyleSheet(
            f"QWidget#ballotCard {{ background: {SURFACE}; border: 1px solid {BORDER};"
            " border-radius: 8px; }"
        )
        card.setLayout(column)
        card.setMaximumWidth(1040)  # lines a person reads at arm's length
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.addStretch(1)
        outer.addWidget(card, 40)
        outer.addStretch(1)

    def retranslate(self) -> None:
        self.badge.setText(self.tr("Secret ballot"))
        self.prompt_title.setText(self.tr("End the pass"))
        self.prompt_text.setText(
            self.tr(
                "For the facilitator: type your code to end the pass. Anyone else: "
                "go back to the ballot and hand the laptop to the facilitator."
            )
        )
        self.code.setPlaceholderText(self.tr("Code"))
        self.unlock_button.setText(self.tr("End the pass"))
        self.back_button.setText(self.tr("Back to the ballot"))

    def asking(self) -> bool:
        return self.pages.currentIndex() == 1

    def ask_code(self) -> None:
        self.code.clear()
        self.prompt_said.clear()
        self.pages.setCurrentIndex(1)
        self.code.setFocus()

    def show_ballot(self) -> None:
        self.code.clear()
        self.pages.setCurrentIndex(0)
        self.ballot.setFocus()

    def say(self, text: str) -> None:
        self.said.setText(text)
        self.said.setVisible(bool(text))

    def say_in_prompt(self, text: str) -> None:
        self.prompt_said.setText(text)
        self.code.clear()
        self.code.setFocus()

    def take_ballot(self) -> QWidget:
        """The ballot out of this screen, hidden and parentless: its page takes it back."""
        self.pages.removeWidget(self.ballot)
        self.ballot.hide()
        self.ballot.setParent(None)
        return self.ballot


@dataclass
class _Saved:
    """The window as it was before the lock."""

    central: QWidget
    state: Qt.WindowState
    bars: list[QWidget]


class BallotLock(QObject):
    """One per main window: `start` locks it on a ballot, the unlock keys (and the code,
    if one was chosen) end it. `clock` is monotonic milliseconds, for the code's tries."""

    lockedChanged = Signal(bool)  # for what else must pause during a pass (issue 19's polls)

    def __init__(self, window: QMainWindow, clock: Callable[[], int] | None = None) -> None:
        super().__init__(window)
        self.setObjectName("ballotLock")
        self._window = window
        self.clock = clock if clock is not None else monotonic_ms
        self.screen: LockScreen | None = None
        self.limiter = UnlockLimiter(self.clock)
        self._code = ""
        self._saved: _Saved | None = None
        self._on_unlocked: Callable[[QWidget], None] | None = None

    @staticmethod
    def of(widget: QWidget) -> BallotLock | None:
        """The lock of `widget`'s main window (made if it has none yet); None when the
        widget is not in a main window."""
        window = widget.window()
        if not isinstance(window, QMainWindow):
            return None
        found = window.findChild(
            BallotLock, "ballotLock", Qt.FindChildOption.FindDirectChildrenOnly
        )
        return found if found is not None else BallotLock(window)

    def is_locked(self) -> bool:
        return self.screen is not None

    # -- locking ---------------------------------------------------------------------------
    def start(
        self,
        ballot: QWidget,
        *,
        title: str,
        code: str = "",
        on_unlocked: Callable[[QWidget], None],
    ) -> bool:
        """Lock the window on `ballot` (borrowed: handed back to `on_unlocked` at the end).
        False, and nothing done, when already locked, when a dialog is open (it would
        stay reachable) or when `code` is refused by `code_problem`."""
        app = QApplication.instance()
        window = self._window
        if (
            self.screen is not None
            or code_problem(code) is not None
            or QApplication.activeModalWidget() is not None
            or not isinstance(app, QApplication)
            or window.centralWidget() is None
        ):
            return False
        self._code = normalised_code(code)
        self.limiter = UnlockLimiter(self.clock)
        self._on_unlocked = on_unlocked
        bars = [
            bar
            for bar in (
                window.menuWidget(),
                window.findChild(QStatusBar, "", Qt.FindChildOption.FindDirectChildrenOnly),
            )
            if bar is not None and bar.isVisibleTo(window)
        ]
        central = window.takeCentralWidget()
        assert central is not None
        self._saved = _Saved(central, window.windowState(), bars)
        self.screen = LockScreen(ballot, title)
        self.screen.codeEntered.connect(self.try_code)
        # Kept in the window, hidden, out of the lock screen (whose widgets alone take
        # input): never a parentless window of its own.
        central.setParent(window)
        central.hide()
        for bar in bars:
            bar.hide()
        window.setCentralWidget(self.screen)
        self.screen.show()  # now, not at the layout's queued call: the ballot is there at once
        ballot.show()
        for projector in _projectors():
            if projector.mode not in PROJECTOR_SAFE_MODES:
                projector.set_mode("timer")
        app.installEventFilter(self)
        window.showFullScreen()
        self.screen.show_ballot()
        self.lockedChanged.emit(True)
        return True

    def request_unlock(self) -> None:
        """The unlock keys: the end of the pass, or the code prompt if a code was chosen."""
        screen = self.screen
        if screen is None:
            return
        if not self._code:
            self.unlock()
        else:
            screen.ask_code()

    def try_code(self, text: str) -> bool:
        """Try a code typed in the prompt: True if it ended the pass. A wrong code, or
        any code while `UnlockLimiter.wait_ms` says wait, is refused with a word."""
        screen = self.screen
        if screen is None:
            return False
        wait = self.limiter.wait_ms()
        if wait > 0:
            screen.say_in_prompt(_too_many(wait))
            return False
        if hmac.compare_digest(normalised_code(text).encode(), self._code.encode()):
            self.unlock()
            return True
        self.limiter.failed()
        left = self.limiter.tries_left()
        screen.say_in_prompt(
            self.tr("Wrong code: %n more try(ies) this minute.", "", left)
            if left
            else _too_many(self.limiter.wait_ms())
        )
        return False

    def unlock(self) -> None:
        """End the pass: the window as it was, the ballot handed back."""
        screen, saved, window = self.screen, self._saved, self._window
        if screen is None or saved is None:
            return
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.screen, self._saved, self._code = None, None, ""
        ballot = screen.take_ballot()
        window.takeCentralWidget()
        # Hidden on purpose: a layout shows the widgets it is given a moment later
        # (a queued call) unless they were hidden so; parentless, it would be a window.
        screen.hide()
        window.setCentralWidget(saved.central)
        saved.central.show()
        window.setWindowState(saved.state)
        for bar in saved.bars:
            bar.show()
        on_unlocked, self._on_unlocked = self._on_unlocked, None
        if on_unlocked is not None:
            on_unlocked(ballot)
        screen.deleteLater()
        self.lockedChanged.emit(False)

    # -- what reaches the window while locked ----------------------------------------------
    def _inside(self, obj: QObject | None) -> bool:
        """`obj` is the lock screen or belongs to it (a widget, a popup, a shortcut)."""
        screen = self.screen
        while obj is not None:
            if obj is screen:
                return True
            obj = obj.parent()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Let through only what the ballot needs (see the module's docstring)."""
        screen = self.screen
        if screen is None:
            return False
        kind = event.type()
        if isinstance(event, QKeyEvent) and is_unlock_key(event):
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # no shortcut of the app takes these keys: the press comes
            elif kind == QEvent.Type.KeyPress and not event.isAutoRepeat():
                self.request_unlock()
            return True
        if kind == QEvent.Type.Shortcut:
            return not self._inside(watched)
        if kind == QEvent.Type.ContextMenu:
            return True
        if kind == QEvent.Type.Close and watched is self._window:
            assert isinstance(event, QCloseEvent)
            event.ignore()
            screen.say(
                self.tr(
                    "The laptop stays on the ballot until the facilitator ends the pass. "
                    "Every ballot confirmed is saved."
                )
            )
            return True
        if isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Alt, Qt.Key.Key_Meta):
            return True  # the menu bar's keyboard mode, the window menu
        if kind in _INPUT_EVENTS and isinstance(watched, QWidget):
            return not self._inside(watched)
        return False


def _too_many(wait_ms: int) -> str:
    seconds = max(1, -(-wait_ms // 1000))
    return QCoreApplication.translate(
        "BallotLock", "Too many tries: wait %1 s before the next one."
    ).replace("%1", str(seconds))


def _projectors() -> list[ProjectorWindow]:
    # Imported here: the lock is made with the main window, the projector much later.
    from facilitator.ui.run.projector import ProjectorWindow

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ProjectorWindow)]
