"""Showing what people wrote as text: never as markup that Qt interprets.

Qt reads some strings as markup on its own:

- Rich text (HTML): a `QLabel` left in its default `AutoText` format, every tool tip
  (of a widget, a graphics item, an item view's `ToolTipRole`) and a `QMessageBox`'s
  texts, whenever `Qt.mightBeRichText` guesses so (a tag such as `<img …>` before the
  first line break, or `&lt;`). Rich text loads the images it names: an idea
  `<img src="/dev/zero">` sent from a phone made Qt read that file until memory ran
  out (measured: a label showing it aborted the process with `std::bad_alloc` after
  1.7 s, at 1.1 GB resident, under a 2 GB address-space cap).
- Mnemonics: `&` in the text of a button, an action, a menu, a tab, a group box or
  a label with a buddy marks the shortcut letter and is not shown.
- `[*]` in a window title is the placeholder for "unsaved changes" and is not shown.

So every text of `facilitator/ui` that can hold a user's or a colleague's words goes
through this module: labels are plain text (`plain_label`), tool tips are converted
(`set_tooltip`), markup our code builds escapes the user's text (`escaped`, shown by
a `rich_label`), mnemonic and window-title texts are escaped. Painted text
(`QPainter.drawText`) and item views' display text are plain already.
tests/ui/test_plain_text_everywhere.py checks the sources use these helpers and
walks every screen of a workshop whose every text is markup.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QLabel, QMessageBox, QToolTip, QWidget

# A tool tip shows at most this many characters of a text (an idea holds up to
# 10,000): beyond, it would not fit on a screen anyway; the editor shows it whole.
TOOLTIP_CHARS = 2000


class HasToolTip(Protocol):
    """A widget, a graphics item, a list, table or tree item, an action."""

    def setToolTip(self, tip: str, /) -> None: ...


def plain_label(text: str = "") -> QLabel:
    """A label that shows `text`, and every text set later, exactly as written."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def rich_label(markup: str = "") -> QLabel:
    """A label for markup built by our own code: every user's text inside it must
    have gone through `escaped`."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(markup)
    return label


def escaped(text: str) -> str:
    """`text` for the inside of markup we build: `<`, `>`, `&` and quotes escaped, as
    `html.escape(text, quote=True)` does (not imported: the `html` package loads its
    2,000-entity table, a cost before the first paint, issue 22)."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )


def tooltip(text: str) -> str:
    """`text` as a tool tip that Qt shows as written: escaped markup (a paragraph,
    line breaks kept, long lines wrapped), its first `TOOLTIP_CHARS` characters and
    an ellipsis if longer; "" (no tool tip) for an empty text."""
    if not text:
        return ""
    if len(text) > TOOLTIP_CHARS:
        text = text[:TOOLTIP_CHARS] + "…"
    return QtGuiNamespace.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def set_tooltip(target: HasToolTip, text: str) -> None:
    """Give `target` the tool tip `text`, shown as written (see `tooltip`)."""
    target.setToolTip(tooltip(text))


def show_tooltip(point: QPoint, text: str, widget: QWidget | None) -> None:
    """Show `text` as a tool tip at `point` (global pixels) now, as written (see
    `tooltip`; "" hides it): for a tool tip made when asked, not set in advance."""
    QToolTip.showText(point, tooltip(text), widget)


def mnemonic_free(text: str) -> str:
    """`text` for a button, an action, a menu, a tab or a buddy label: each `&` doubled,
    so that it is shown and marks no shortcut."""
    return text.replace("&", "&&")


def window_title(text: str) -> str:
    """`text` for `setWindowTitle`: a `[*]` in it is shown, not taken for the
    unsaved-changes placeholder."""
    return text.replace("[*]", "[*][*]")


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str = "",
) -> QMessageBox:
    """A message box whose texts (main and informative) are shown as written; the
    caller adds the buttons (an OK button when it adds none) and opens it."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(window_title(title))
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    return box
