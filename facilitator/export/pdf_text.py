"""Fonts and safe markup for reportlab.

reportlab's `Paragraph` parses markup: user text must be escaped before it gets
there (`R&D`, `<b>`, `<img src=...>` print as typed and never open a file). The
body font (DejaVu Sans, embedded as a subset) covers Latin, Greek, Cyrillic,
Arabic and Hebrew letters; characters it lacks (emoji, many symbols) are set in
Symbola, so that an emoji prints as a (monochrome) emoji instead of a blank box.
"""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facilitator.paths import resources_dir

BODY = "Facilitator-Sans"
BOLD = "Facilitator-Sans-Bold"
ITALIC = "Facilitator-Sans-Oblique"
SYMBOLS = "Facilitator-Symbols"

_FILES = {
    BODY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    SYMBOLS: "Symbola.ttf",
}


@cache
def register_fonts() -> None:
    """Register the shipped fonts with reportlab (once per process)."""
    folder = resources_dir() / "fonts"
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
    addMapping(BODY, 0, 0, BODY)
    addMapping(BODY, 1, 0, BOLD)
    addMapping(BODY, 0, 1, ITALIC)
    addMapping(BODY, 1, 1, BOLD)


@cache
def _coverage(font_name: str) -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


def _needs_symbols(char: str) -> bool:
    code = ord(char)
    return code > 0x2000 and code not in _coverage(BODY) and code in _coverage(SYMBOLS)


def rich(text: str) -> str:
    """Markup for reportlab from plain user text: escaped, line breaks kept,
    characters the body font lacks set in the symbol font."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(f'<font name="{SYMBOLS}">{escape("".join(run))}</font>')
            run.clear()

    for char in text:
        if _needs_symbols(char):
            run.append(char)
            continue
        flush()
        if char == "\n":
            out.append("<br/>")
        elif char in "\ufe0f\u200d":  # emoji presentation selector, joiner: no glyph of their own
            continue
        else:
            out.append(escape(char, {'"': "&quot;"}))
    flush()
    return "".join(out)
