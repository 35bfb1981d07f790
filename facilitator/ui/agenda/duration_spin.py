"""A duration in seconds, shown and typed as minutes:seconds ("1:30"): the rounds
editor's and the slots dialog's."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox

from facilitator.domain.rounds import MAX_ROUND_S

# Seconds a click on the arrows adds or takes: a quarter of a minute.
DURATION_STEP_S = 15

_DURATION = re.compile(r"^\s*(\d{0,5})\s*(?::\s*(\d{0,2}))?\s*$")


def duration_words(seconds: int) -> str:
    """`seconds` as minutes:seconds: 90 -> "1:30", 3600 -> "60:00", 5 -> "0:05"."""
    minutes, rest = divmod(max(0, seconds), 60)
    return f"{minutes}:{rest:02d}"


def parse_duration(text: str) -> int | None:
    """Seconds from "m:ss" ("1:30"), "m:" or a bare number of minutes ("3"); None when
    `text` is not one of these or its seconds are 60 or more."""
    found = _DURATION.match(text)
    if found is None or not (found.group(1) or found.group(2)):
        return None
    minutes = int(found.group(1) or 0)
    seconds = int(found.group(2) or 0)
    if seconds >= 60:
        return None
    return minutes * 60 + seconds


class DurationSpin(QSpinBox):
    """A number of seconds shown and typed as minutes:seconds ("1:30"; "3" is 3 min).
    Keyboard tracking is off: a value is taken on Enter or when the field is left, not
    at each key (typing "0:05" never passes through a refused "0")."""

    def __init__(self, minimum: int = 0, maximum: int = MAX_ROUND_S) -> None:
        super().__init__()
        self.setRange(minimum, maximum)
        self.setSingleStep(DURATION_STEP_S)
        self.setKeyboardTracking(False)
        self.setAccelerated(True)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def textFromValue(self, value: int) -> str:
        return duration_words(value)

    def valueFromText(self, text: str) -> int:
        if self.specialValueText() and text == self.specialValueText():
            return self.minimum()
        seconds = parse_duration(text)
        return self.value() if seconds is None else seconds

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        return self._state(text), text, pos

    def _state(self, text: str) -> QValidator.State:
        """Acceptable: a duration within the range (or the special value's text);
        Intermediate: on the way to one ("1:", "0:0" under a minimum); else Invalid."""
        if self.specialValueText() and text == self.specialValueText():
            return QValidator.State.Acceptable
        seconds = parse_duration(text)
        if seconds is None:
            partial = _DURATION.match(text) is not None
            return QValidator.State.Intermediate if partial else QValidator.State.Invalid
        if seconds > self.maximum():
            return QValidator.State.Invalid
        if seconds < self.minimum():
            return QValidator.State.Intermediate
        return QValidator.State.Acceptable
