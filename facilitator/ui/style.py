"""The look: readable on a projector and on a 1366x768 laptop, following the system's text size.

Sizes are relative to the system font, so the whole interface grows with the
user's text-size setting. Colours keep at least 4.5:1 contrast on their ground.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

ACCENT = "#000091"  # "bleu France", the State's own blue
ACCENT_HOVER = "#1212ff"
TEXT = "#161616"
MUTED = "#3a3a3a"
BACKGROUND = "#f6f6f6"
SURFACE = "#ffffff"
BORDER = "#c8c8c8"
SUCCESS = "#18753c"
ERROR = "#ce0500"
ERROR_BACKGROUND = "#ffe9e9"
INFO_BACKGROUND = "#e8edff"

STYLESHEET = f"""
QWidget#page {{ background: {BACKGROUND}; }}
QLabel#heading {{ color: {TEXT}; }}
QLabel#subheading {{ color: {MUTED}; }}
QLabel#sectionTitle {{ color: {ACCENT}; }}
QPushButton {{
    /* a focused button's wider border takes 1 px of the padding: the same size */
    padding: 6px 14px; border: 1px solid {BORDER}; border-radius: 4px; background: {SURFACE};
}}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; padding: 5px 13px; }}
QPushButton#primary {{
    background: {ACCENT}; color: white; border: 1px solid {ACCENT}; font-weight: bold;
}}
QPushButton#primary:hover {{ background: {ACCENT_HOVER}; }}
QPushButton#primary:focus {{ border: 2px solid {TEXT}; padding: 5px 13px; }}
QPushButton:disabled {{ color: #8a8a8a; }}
QPushButton#primary:disabled {{
    background: {SURFACE}; color: #8a8a8a; border: 1px solid {BORDER}; font-weight: normal;
}}
QListWidget#navigation {{
    background: {SURFACE}; border: none; border-right: 1px solid {BORDER}; outline: none;
}}
QListWidget#navigation::item {{ padding: 10px 14px; color: {TEXT}; }}
QListWidget#navigation::item:selected {{
    background: {INFO_BACKGROUND}; color: {ACCENT}; border-left: 4px solid {ACCENT};
}}
QListWidget#recent {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 4px; }}
QListWidget#recent::item {{ border-bottom: 1px solid #e5e5e5; }}
QListWidget#recent::item:selected {{ background: {INFO_BACKGROUND}; }}
QGroupBox {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 6px;
    margin-top: 1.6em; padding: 12px 10px 10px 10px;
}}
QGroupBox::title {{
    subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {ACCENT}; font-weight: bold;
}}
QFrame#banner[severity="error"] {{
    background: {ERROR_BACKGROUND}; border: 1px solid {ERROR}; border-radius: 4px;
}}
QFrame#banner[severity="info"] {{
    background: {INFO_BACKGROUND}; border: 1px solid {ACCENT}; border-radius: 4px;
}}
QLabel#saveState[state="saved"] {{ color: {SUCCESS}; }}
QLabel#saveState[state="unsaved"] {{ color: {ERROR}; font-weight: bold; }}
QLabel#saveState[state="readonly"] {{ color: {MUTED}; }}
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
    palette.setColor(QPalette.ColorRole.Base, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#666666"))
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """The widget's font, `factor` times as large: grows with the system's text size."""
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font


W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """`widget` with an object name, for the stylesheet and for tests."""
    widget.setObjectName(name)
    return widget


def repolish(widget: QWidget) -> None:
    """Re-apply the stylesheet after a dynamic property changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
