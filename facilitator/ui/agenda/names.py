"""Translated names of categories, item kinds and tools, for the interface."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.domain.library import CATEGORIES


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaNames", text)


def category_name(category: str) -> str:
    names = {
        "opening": _tr("Opening and ice-breakers"),
        "understanding": _tr("Understanding and immersion"),
        "divergence": _tr("Divergence"),
        "convergence": _tr("Convergence"),
        "prototyping": _tr("Prototyping"),
        "testing": _tr("Testing and feedback"),
        "closing": _tr("Closing"),
        "pause": _tr("Breaks"),
        "": _tr("No category"),
        "other": _tr("Other"),
    }
    return names.get(category, category)


def category_choices() -> list[tuple[str, str]]:
    return [("", category_name(""))] + [(c, category_name(c)) for c in CATEGORIES]


def kind_choices() -> list[tuple[str, str]]:
    return [("activity", _tr("Activity")), ("break", _tr("Break")), ("lunch", _tr("Lunch"))]


def tool_name(tool: str) -> str:
    return {
        "none": _tr("None"),
        "board": _tr("Idea board"),
        "vote": _tr("Vote"),
        "cards": _tr("Prototype cards"),
    }.get(tool, tool)


def tool_choices() -> list[tuple[str, str]]:
    return [(t, tool_name(t)) for t in ("none", "board", "vote", "cards")]
