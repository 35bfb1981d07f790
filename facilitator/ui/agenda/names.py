"""Translated names of categories, item kinds and tools, for the interface."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.domain.library import CATEGORIES


def category_name(category: str) -> str:
    names = {
        "opening": QCoreApplication.translate("AgendaNames", "Opening and ice-breakers"),
        "understanding": QCoreApplication.translate("AgendaNames", "Understanding and immersion"),
        "divergence": QCoreApplication.translate("AgendaNames", "Divergence"),
        "convergence": QCoreApplication.translate("AgendaNames", "Convergence"),
        "prototyping": QCoreApplication.translate("AgendaNames", "Prototyping"),
        "testing": QCoreApplication.translate("AgendaNames", "Testing and feedback"),
        "closing": QCoreApplication.translate("AgendaNames", "Closing"),
        "pause": QCoreApplication.translate("AgendaNames", "Breaks"),
        "": QCoreApplication.translate("AgendaNames", "No category"),
        "other": QCoreApplication.translate("AgendaNames", "Other"),
    }
    return names.get(category, category)


def category_choices() -> list[tuple[str, str]]:
    return [("", category_name(""))] + [(c, category_name(c)) for c in CATEGORIES]


def kind_choices() -> list[tuple[str, str]]:
    return [
        ("activity", QCoreApplication.translate("AgendaNames", "Activity")),
        ("break", QCoreApplication.translate("AgendaNames", "Break")),
        ("lunch", QCoreApplication.translate("AgendaNames", "Lunch")),
    ]


def tool_name(tool: str) -> str:
    return {
        "none": QCoreApplication.translate("AgendaNames", "None"),
        "board": QCoreApplication.translate("AgendaNames", "Idea board"),
        "vote": QCoreApplication.translate("AgendaNames", "Vote"),
        "cards": QCoreApplication.translate("AgendaNames", "Prototype cards"),
    }.get(tool, tool)


def tool_choices() -> list[tuple[str, str]]:
    return [(t, tool_name(t)) for t in ("none", "board", "vote", "cards")]
