"""Passing the laptop round: each participant gets a clean screen with their dots,
sees nobody else's, confirms, and hands over. A name makes it a named vote.

`PassStart` is what the facilitator sees in the tab: the rules, the ballots so far, an
optional code and the button that locks the window on the ballot (`ballot_lock`);
`PassPanel` is the ballot itself, shown only inside the lock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.records import VoteOption, VoteSession
from facilitator.domain.text import clean_text, has_visible_text, without_spoofing
from facilitator.ui.plain import mnemonic_free, plain_label
from facilitator.ui.retranslate import Retranslatable
from facilitator.ui.style import ERROR, SUCCESS, named, scaled_font
from facilitator.ui.voting.ballot_lock import (
    MAX_CODE_CHARS,
    MIN_CODE_CHARS,
    code_problem,
    unlock_keys_text,
)


def default_participant(number: int) -> str:
    """The name of a ballot whose voter gave none: "Participant 3" (translated)."""
    return QCoreApplication.translate("PassPanel", "Participant %1").replace("%1", str(number))


def typed_participant(text: str) -> str:
    """The name typed at the passed laptop as a ballot is named: one line, without
    what makes a name pass for another (bidi overrides, stacked marks: the person holding
    the laptop is not the facilitator); "" when nothing in it shows (blanks, zero-width
    characters), which stands for no name."""
    cleaned = clean_text(without_spoofing(text), multiline=False)
    return cleaned if has_visible_text(cleaned) else ""


class PassPanel(Retranslatable):
    confirmed = Signal(str, dict)  # participant, {option id: dots}

    def __init__(self, next_number: Callable[[], int]) -> None:
        super().__init__()
        self._next_number = next_number
        self.vote: VoteSession | None = None
        self.heading = plain_label()
        self.heading.setFont(scaled_font(self, 1.5, bold=True))
        self.heading.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.textEdited.connect(lambda _: self._clear_note())
        self.left = named(plain_label(), "sectionTitle")
        self.spins: dict[str, QSpinBox] = {}
        self._form_host = QWidget()
        self._form = QGridLayout(self._form_host)
        self._form.setVerticalSpacing(10)
        self._form.setHorizontalSpacing(24)
        self._form.setColumnStretch(0, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._form_host)
        # The ideas on the ballot's own ground (the lock screen's white sheet).
        scroll.viewport().setAutoFillBackground(False)
        self._form_host.setAutoFillBackground(False)
        self.confirm = named(QPushButton(), "primary")
        self.confirm.setFont(scaled_font(self, 1.15, bold=True))
        self.confirm.clicked.connect(self._confirm)
        # After a ballot: saved (pass the laptop on), refused (why), or not written.
        self.note = plain_label()
        self.note.setWordWrap(True)
        self.note.setFont(scaled_font(self, 1.1, bold=True))
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.name)
        layout.addWidget(self.left)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.note)
        self.retranslate()

    def retranslate(self) -> None:
        self.name.setPlaceholderText(
            self.tr("Your name (optional: leave empty to vote anonymously)")
        )
        self.confirm.setText(self.tr("Confirm my dots, then pass the laptop"))
        self._refresh_left()

    def show_vote(self, vote: VoteSession | None, options: list[VoteOption]) -> None:
        """A clean screen: every counter at zero, nothing of the others' dots."""
        self.vote = vote
        while (child := self._form.takeAt(0)) is not None:
            widget = child.widget()
            if widget is not None:
                widget.hide()  # at once: deleted only when the event loop comes back
                widget.deleteLater()
        self.spins = {}
        for option in options:
            spin = QSpinBox()
            spin.setRange(
                -vote.max_dots_per_idea if vote and vote.allow_negative else 0,
                vote.max_dots_per_idea if vote else 0,
            )
            spin.valueChanged.connect(self._refresh_left)
            spin.valueChanged.connect(lambda _: self._clear_note())
            spin.setFont(scaled_font(self, 1.3, bold=True))
            spin.setMinimumWidth(90)
            # With a buddy, a label takes & for a shortcut: the idea's & is shown instead.
            label = plain_label(mnemonic_free(option.label.replace("\n", " ")))
            label.setWordWrap(True)
            label.setFont(scaled_font(self, 1.15))
            label.setBuddy(spin)
            row = len(self.spins)
            self._form.addWidget(label, row, 0)
            self._form.addWidget(spin, row, 1, Qt.AlignmentFlag.AlignTop)
            self.spins[option.id] = spin
        self.name.clear()
        self.name.setVisible(vote is not None and not vote.anonymous)
        # Focusing the ballot (as the lock does) focuses its first field.
        first: QWidget = next(iter(self.spins.values()), self.confirm)
        self.setFocusProxy(self.name if self.name.isVisibleTo(self) else first)
        self._clear_note()
        self._refresh_left()

    def say(self, text: str, *, ok: bool) -> None:
        """A word after a ballot, under the button: green when saved, red otherwise."""
        self.note.setText(text)
        self.note.setStyleSheet(f"color:{SUCCESS if ok else ERROR}")
        self.note.show()

    def refresh_number(self) -> None:
        """Another ballot was cast (a phone's): the heading's number follows, the dots
        being placed stay."""
        self._refresh_left()

    def _clear_note(self) -> None:
        self.note.hide()
        self.note.clear()

    def _used(self) -> int:
        return sum(abs(spin.value()) for spin in self.spins.values())

    def _refresh_left(self) -> None:
        number = self._next_number()
        self.heading.setText(self.tr("Participant %1: your turn").replace("%1", str(number)))
        if self.vote is None:
            self.left.setText("")
            return
        left = self.vote.dots_per_participant - self._used()
        if left > 0:
            self.left.setText(self.tr("%n dot(s) left to place", "", left))
        elif left == 0:
            self.left.setText(self.tr("All your dots are placed."))
        else:
            self.left.setText(self.tr("%n dot(s) too many", "", -left))
        self.confirm.setEnabled(left >= 0 and self._used() > 0)

    def _confirm(self) -> None:
        dots = {option_id: spin.value() for option_id, spin in self.spins.items() if spin.value()}
        participant = typed_participant(self.name.text()) or default_participant(
            self._next_number()
        )
        self.confirmed.emit(participant, dots)


class PassStart(Retranslatable):
    """The tab's start screen: the vote's rules, the ballots so far, an optional code to
    end the pass, and the button that locks the window on the ballot."""

    startRequested = Signal(str)  # the facilitator's code, "" for none

    def __init__(self) -> None:
        super().__init__()
        self.heading = named(plain_label(), "sectionTitle")
        self.heading.setFont(scaled_font(self, 1.3, bold=True))
        self.explain = plain_label()
        self.explain.setWordWrap(True)
        self.rules = named(plain_label(), "subheading")
        self.rules.setWordWrap(True)
        self.count = plain_label()
        self.code = QLineEdit()
        # Shown while typed (a typo is seen), masked once the focus leaves.
        self.code.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.code.setMaxLength(MAX_CODE_CHARS)
        self.code.returnPressed.connect(self._start)
        self.code.setMaximumWidth(420)
        self.code_label = plain_label()
        self.code_label.setBuddy(self.code)
        self.keys = named(plain_label(), "subheading")
        self.keys.setWordWrap(True)
        self.mirror = named(plain_label(), "subheading")
        self.mirror.setWordWrap(True)
        self.problem = plain_label()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color:{ERROR}")
        self.problem.hide()
        self.start = named(QPushButton(), "primary")
        self.start.clicked.connect(self._start)
        self._vote: VoteSession | None = None
        self._ballots = 0
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_label)
        code_row.addWidget(self.code, 1)
        code_row.addStretch(1)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start)
        start_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        for widget in (self.heading, self.explain, self.rules, self.count):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addLayout(code_row)
        layout.addWidget(self.keys)
        layout.addWidget(self.problem)
        layout.addLayout(start_row)
        layout.addWidget(self.mirror)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Pass the laptop round"))
        self.explain.setText(
            self.tr(
                "Each person in turn sees a clean ballot and nothing else: not the others' "
                "dots, not the results, not the menus or the other pages. The laptop stays "
                "on the ballot until you end the pass."
            )
        )
        self.code_label.setText(self.tr("&Code to end the pass (optional):"))
        self.code.setPlaceholderText(
            self.tr("%1 characters or more, e.g. 4 digits").replace("%1", str(MIN_CODE_CHARS))
        )
        self.start.setText(self.tr("Lock the laptop on the ballot"))
        self.mirror.setText(
            self.tr(
                "If the projector shows this same screen, the room will see every ballot: "
                "mute the projector's picture first (its Blank or AV mute button), or "
                "extend the display to it."
            )
        )
        self._refresh()

    def show_vote(self, vote: VoteSession | None, ballots: int, *, editable: bool) -> None:
        """The vote's rules and how many people have voted; `editable` False (closed,
        read-only) disables the start."""
        self._vote = vote
        self._ballots = ballots
        self.start.setEnabled(editable)
        self.code.setEnabled(editable)
        self._refresh()

    def _refresh(self) -> None:
        vote = self._vote
        if vote is None:
            self.rules.setText("")
        else:
            rules = [
                self.tr("%n dot(s) per person", "", vote.dots_per_participant),
                self.tr("at most %1 on one idea").replace("%1", str(vote.max_dots_per_idea)),
                self.tr("anonymous") if vote.anonymous else self.tr("a name may be given"),
            ]
            self.rules.setText(" · ".join(rules))
        self.count.setText(self.tr("%n ballot(s) recorded so far", "", self._ballots))
        self.keys.setText(
            self.tr(
                "To end the pass: %1, then your code. Without a code these keys alone end "
                "it, for anyone who knows them."
            ).replace("%1", unlock_keys_text())
        )

    def _start(self) -> None:
        if not self.start.isEnabled():
            return
        problem = code_problem(self.code.text())
        self.problem.setText(problem or "")
        self.problem.setVisible(problem is not None)
        if problem is None:
            self.startRequested.emit(self.code.text().strip())

    def passed(self) -> None:
        """The pass is over: the code is forgotten."""
        self.code.clear()
        self.problem.hide()
        self.start.setFocus()
