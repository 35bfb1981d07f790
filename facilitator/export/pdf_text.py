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
from reportlab.pdfbase import pdfmetrics, ttfonts
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


_original_cmap = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with characters beyond U+FFFF written as UTF-16
    surrogate pairs (reportlab writes them as 5 hex digits, which no reader accepts,
    so an emoji could not be copied or searched in the PDF)."""
    cmap: str = _original_cmap(fontname, subset)
    for index, code in enumerate(subset):
        if code > 0xFFFF:
            utf16 = chr(code).encode("utf-16-be").hex().upper()
            cmap = cmap.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{utf16}>", 1)
    return cmap


@cache
def register_fonts() -> None:
    """Register the shipped fonts with reportlab (once per process)."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
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
    rare = {c for c in text if c > "\u2000"}
    if not any(_needs_symbols(c) or c in "\ufe0f\u200d" for c in rare):
        # The usual case (French text, ’ « » … included): one escape for the whole text.
        return escape(text, {'"': "&quot;"}).replace("\n", "<br/>")
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
