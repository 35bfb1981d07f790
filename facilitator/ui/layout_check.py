"""Finding cut, squeezed and overlapping content in a shown window, as a person would see it.

Used by `facilitator --smoke-test` (on every bundled template and on the long workshop,
at several laptop and projector sizes) and by the tests. It reports, never fixes:
- a top-level window larger than its screen's available area (or, for the projector, not
  covering its screen exactly);
- a visible widget smaller than its own `minimumSizeHint()` (a layout gives less only
  when the window is too small for it: GUIDE.md section 4);
- two visible sibling widgets in one layout whose rectangles overlap;
- a label whose text does not fit its rectangle (one line too wide, or wrapped text
  taller than the label).

Widgets inside a scroll area's viewport are judged against the scrolled content (they
may extend past the visible part: that is what scrolling is for), and scroll bars,
viewports and item views' own children are Qt's business, not ours.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollBar,
    QTabBar,
    QWidget,
)

# A pixel of rounding: layouts distribute space in whole pixels.
SLACK_PX = 1


@dataclass(frozen=True)
class LayoutProblem:
    """One thing a person would see cut or covered: where (a widget path) and what."""

    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


def widget_path(widget: QWidget) -> str:
    """`Window/part/label` from object names (class names where there is none)."""
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None:
        parts.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(parts))


def _inside_qt_internals(widget: QWidget) -> bool:
    """Scroll bars, item views' editors and viewports, tab bars' scroll buttons, spin
    boxes', combo boxes' and line edits' own parts (a search field's clear button): laid
    out by Qt, not by us."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(
            parent,
            (QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QTabBar, QMenu),
        ):
            return True
        parent = parent.parentWidget()
    # Qt names its own parts "qt_…" (a scroll area's scroll-bar containers, a tab
    # widget's stack): laid out by Qt.
    return isinstance(widget, QScrollBar) or widget.objectName().startswith("qt_scrollarea")


def _in_scroll_content(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _shown_text(label: QLabel) -> str:
    """The label's text as drawn: with a buddy, "&" marks a shortcut ("&&" shows one)."""
    text = label.text()
    if label.buddy() is None:
        return text
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label_problem(label: QLabel) -> str | None:
    text = _shown_text(label)
    if not text or label.textFormat() == Qt.TextFormat.RichText or not label.pixmap().isNull():
        return None
    area = label.contentsRect()
    margin = label.margin() * 2 + label.indent() if label.indent() > 0 else label.margin() * 2
    width = area.width() - margin
    metrics = QFontMetrics(label.font())
    if label.wordWrap():
        flags = int(label.alignment()) | int(Qt.TextFlag.TextWordWrap)
        needed = metrics.boundingRect(QRect(0, 0, max(1, width), 100_000), flags, text)
        if needed.height() > area.height() + SLACK_PX:
            return f"wrapped text needs {needed.height()} px, has {area.height()}"
        if needed.width() > width + SLACK_PX:  # a word longer than the line
            return f"a word needs {needed.width()} px, has {width}"
        return None
    lines = text.split("\n")
    widest = max(metrics.horizontalAdvance(line) for line in lines)
    if widest > width + SLACK_PX:
        return f"text needs {widest} px, has {width}"
    tall = metrics.lineSpacing() * len(lines)
    if tall > area.height() + metrics.leading() + SLACK_PX + 2:
        return f"text needs {tall} px high, has {area.height()}"
    return None


def _too_small(widget: QWidget) -> str | None:
    hint = widget.minimumSizeHint()
    if not hint.isValid():
        return None
    if isinstance(widget, QLabel) and widget.wordWrap():
        hint.setWidth(0)  # a wrapping label narrows by wrapping; its height is checked
    if isinstance(widget, (QAbstractScrollArea, QLineEdit)):
        return None  # they scroll or elide their content by design
    # What a layout itself honours (Qt's qSmartMinSize): an explicit minimum size wins,
    # and the hint never goes past the maximum size.
    explicit, largest = widget.minimumSize(), widget.maximumSize()
    hint.setWidth(explicit.width() or min(hint.width(), largest.width()))
    hint.setHeight(explicit.height() or min(hint.height(), largest.height()))
    short_w = widget.width() + SLACK_PX < hint.width()
    short_h = widget.height() + SLACK_PX < hint.height()
    if short_w or short_h:
        return (
            f"{widget.width()}x{widget.height()} px, smaller than its minimum "
            f"{hint.width()}x{hint.height()}"
        )
    return None


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _overlaps(parent: QWidget) -> list[LayoutProblem]:
    layout = parent.layout()
    if layout is None:
        return []
    # Every shown child (in the parent's layout or in one nested in it). Never the
    # layout's QLayoutItems: their wrappers, made here and deleted by Qt with the layout,
    # crashed PySide 6.11 at the next collection.
    laid = [
        child
        for child in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if _shown(child) and not child.isWindow()
    ]
    problems: list[LayoutProblem] = []
    for position, first in enumerate(laid):
        for second in laid[position + 1 :]:
            common = first.geometry().intersected(second.geometry())
            if common.width() > SLACK_PX and common.height() > SLACK_PX:
                problems.append(
                    LayoutProblem(
                        widget_path(first),
                        f"overlaps {second.objectName() or type(second).__name__} "
                        f"by {common.width()}x{common.height()} px",
                    )
                )
    return problems


def window_problem(window: QWidget, *, cover_screen: bool = False) -> str | None:
    """Whether a top-level window fits its screen (the projector: covers it exactly)."""
    screen = window.screen()
    frame = window.frameGeometry()
    if cover_screen:
        if frame != screen.geometry():
            return f"covers {_rect(frame)}, its screen is {_rect(screen.geometry())}"
        return None
    area = screen.availableGeometry()
    if frame.width() > area.width() + SLACK_PX or frame.height() > area.height() + SLACK_PX:
        return f"is {frame.width()}x{frame.height()} px on a {area.width()}x{area.height()} screen"
    return None


def _rect(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()}+{rect.x()}+{rect.y()}"


def layout_problems(window: QWidget, *, cover_screen: bool = False) -> list[LayoutProblem]:
    """Every problem a person would see in `window` as it is shown now."""
    problems: list[LayoutProblem] = []
    said = window_problem(window, cover_screen=cover_screen)
    if said:
        problems.append(LayoutProblem(widget_path(window), said))
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        if not _shown(widget) or (widget.isWindow() and widget is not window):
            continue
        if _inside_qt_internals(widget):
            continue
        scrolled = _in_scroll_content(widget)
        if not scrolled or not isinstance(widget, QLabel):
            small = _too_small(widget)
            if small:
                problems.append(LayoutProblem(widget_path(widget), small))
        if isinstance(widget, QLabel):
            cut = _label_problem(widget)
            if cut:
                problems.append(LayoutProblem(widget_path(widget), cut))
        problems += _overlaps(widget)
    return problems
