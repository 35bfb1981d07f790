"""Note colours: light tints that read on a projector and stay distinct in grey print."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

# Fill, border. Fills differ in lightness too, so that black-and-white copies still
# tell them apart.
NOTE_COLOURS: dict[str, tuple[str, str]] = {
    "yellow": ("#fff2a8", "#c9a800"),
    "orange": ("#ffd3a1", "#d9822b"),
    "pink": ("#ffc8d8", "#d0507a"),
    "blue": ("#c7e0ff", "#3b78c3"),
    "green": ("#c9efcf", "#3f9b52"),
    "lilac": ("#e2d4ff", "#7b5cc4"),
}


def fill(colour: str) -> QColor:
    return QColor(NOTE_COLOURS.get(colour, NOTE_COLOURS["yellow"])[0])


def border(colour: str) -> QColor:
    return QColor(NOTE_COLOURS.get(colour, NOTE_COLOURS["yellow"])[1])


def colour_name(colour: str) -> str:
    return {
        "yellow": QCoreApplication.translate("Colours", "Yellow"),
        "orange": QCoreApplication.translate("Colours", "Orange"),
        "pink": QCoreApplication.translate("Colours", "Pink"),
        "blue": QCoreApplication.translate("Colours", "Blue"),
        "green": QCoreApplication.translate("Colours", "Green"),
        "lilac": QCoreApplication.translate("Colours", "Lilac"),
    }.get(colour, colour)
