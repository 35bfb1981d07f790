"""Passing the laptop round: each participant gets a clean screen with their dots,
sees nobody else's, confirms, and hands over. A name makes it a named vote."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.records import VoteOption, VoteSession
from facilitator.ui.plain import mnemonic_free, plain_label
from facilitator.ui.retranslate import Retranslatable
from facilitator.ui.style import named, scaled_font


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
        self.left = named(plain_label(), "sectionTitle")
        self.spins: dict[str, QSpinBox] = {}
        self._form_host = QWidget()
        self._form = QGridLayout(self._form_host)
        self._form.setVerticalSpacing(10)
        self._form.setHorizontalSpacing(24)
        self._form.setColumnStretch(0, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._form_host)
        self.confirm = named(QPushButton(), "primary")
        self.confirm.clicked.connect(self._confirm)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.name)
        layout.addWidget(self.left)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.confirm)
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
        self._refresh_left()

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
        participant = self.name.text().strip() or self.tr("Participant %1").replace(
            "%1", str(self._next_number())
        )
        self.confirmed.emit(participant, dots)
