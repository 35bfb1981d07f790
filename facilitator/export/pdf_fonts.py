"""The fonts every PDF draws with, and which of them draws each character.

The body font, DejaVu Sans (regular, bold, oblique), covers Latin, Greek, Cyrillic,
Hebrew and Arabic letters. A script it lacks, or draws less well, has its own font
(`SCRIPTS`): Noto Sans Arabic for every Arabic-script language (Arabic, Persian, Urdu,
Pashto...), Noto Sans Ethiopic (Tigrinya, Amharic), Noto Sans Tamil, Nanum Square
(Korean Hangul) and Droid Sans Fallback (Chinese and Japanese: ideographs, kana). Symbola
draws emoji and symbols. Every file is in resources/fonts with its licence; each is
embedded as a subset, and only when a document uses it.

`font_for(char, main)` is the one rule for every string drawn, in paragraphs and on the
canvas alike: the character's script font first, then the style's own font, the body
font, Symbola, and the other script fonts; None when no shipped font has a glyph (the
text then says so, see `pdf_text.prepared`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from facilitator.paths import resources_dir

BODY = "Facilitator-Sans"
BOLD = "Facilitator-Sans-Bold"
ITALIC = "Facilitator-Sans-Oblique"
SYMBOLS = "Facilitator-Symbols"


@dataclass(frozen=True)
class Script:
    """A script with a font of its own: its regular and bold faces (the bold may be the
    regular one) and the code point ranges (inclusive) it is chosen for."""

    regular: str
    bold: str
    ranges: tuple[tuple[int, int], ...]

    def holds(self, code: int) -> bool:
        """Whether code point `code` is in one of this script's ranges."""
        return any(low <= code <= high for low, high in self.ranges)


ARABIC = Script(
    "Facilitator-Arabic",
    "Facilitator-Arabic-Bold",
    ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
)
ETHIOPIC = Script(
    "Facilitator-Ethiopic",
    "Facilitator-Ethiopic-Bold",
    ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F), (0x1E7E0, 0x1E7FF)),
)
TAMIL = Script("Facilitator-Tamil", "Facilitator-Tamil-Bold", ((0x0B80, 0x0BFF),))
HANGUL = Script(
    "Facilitator-Hangul",
    "Facilitator-Hangul",
    ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7FF)),
)
HAN = Script(
    "Facilitator-Han",
    "Facilitator-Han",
    (
        (0x2E80, 0x2FDF),  # radicals
        (0x3000, 0x312F),  # CJK punctuation, kana, bopomofo
        (0x31A0, 0x4DBF),  # kana extensions, enclosed CJK, compatibility, extension A
        (0x4E00, 0x9FFF),  # unified ideographs
        (0xF900, 0xFAFF),  # compatibility ideographs
        (0xFE30, 0xFE4F),  # compatibility forms
        (0xFF00, 0xFFEF),  # full- and half-width forms
        (0x20000, 0x3134F),  # extensions B to G
    ),
)
SCRIPTS = (ARABIC, ETHIOPIC, TAMIL, HANGUL, HAN)

FILES = {
    BODY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    SYMBOLS: "Symbola.ttf",
    ARABIC.regular: "NotoSansArabic-Regular.ttf",
    ARABIC.bold: "NotoSansArabic-Bold.ttf",
    ETHIOPIC.regular: "NotoSansEthiopic-Regular.ttf",
    ETHIOPIC.bold: "NotoSansEthiopic-Bold.ttf",
    TAMIL.regular: "NotoSansTamil-Regular.ttf",
    TAMIL.bold: "NotoSansTamil-Bold.ttf",
    HANGUL.regular: "NanumSquareR.ttf",
    HAN.regular: "DroidSansFallbackFull.ttf",
}
BOLD_FACES = frozenset({BOLD, *(s.bold for s in SCRIPTS if s.bold != s.regular)})

# Arabic presentation forms (what `arabic_reshaper` draws joined letters with) are
# written in the PDF's text layer as the letters they stand for, so that text read back
# or searched is the text typed, not its glyph variants.
PRESENTATION_FORMS = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def _text_of(code: int) -> str:
    """What a glyph standing for `code` reads back as. A ligature's letters are given
    right to left, as the page draws them (lam-alef: alef, then lam): a reader puts a
    right-to-left line back in logical order by reversing it, ligatures included."""
    if any(low <= code <= high for low, high in PRESENTATION_FORMS):
        return unicodedata.normalize("NFKC", chr(code))[::-1] or chr(code)
    return chr(code)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap (the text layer: what copy, search and pdftotext read),
    with characters beyond U+FFFF written as UTF-16 surrogate pairs (reportlab writes 5
    hex digits, which no reader accepts) and Arabic presentation forms as their letters
    (a lam-alef ligature as the two letters)."""
    entries = [
        f"<{index:02X}> <{_text_of(code).encode('utf-16-be').hex().upper()}>"
        for index, code in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@cache
def register_fonts() -> None:
    """Register the body fonts and Symbola with reportlab (once per process); a script's
    font is registered the first time a character needs it (`font_for`). reportlab's
    own shaping (HarfBuzz, when installed) stays off: Arabic is joined and every line
    ordered by `pdf_text`, the same way whatever is installed."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    for name in (BODY, BOLD, ITALIC, SYMBOLS):
        _register(name)
    addMapping(BODY, 0, 0, BODY)
    addMapping(BODY, 1, 0, BOLD)
    addMapping(BODY, 0, 1, ITALIC)
    addMapping(BODY, 1, 1, BOLD)


@cache
def _register(name: str) -> None:
    path = resources_dir() / "fonts" / FILES[name]
    pdfmetrics.registerFont(TTFont(name, str(path), shapable=False))


@cache
def coverage(name: str) -> frozenset[int]:
    """The code points font `name` (one of FILES) has a glyph for."""
    register_fonts()
    _register(name)
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


def _order(code: int, main: str) -> list[str]:
    """The fonts to try for `code` in a text set in `main`, best first."""
    bold = main in BOLD_FACES
    own = [s for s in SCRIPTS if s.holds(code)]
    first = [s.bold if bold else s.regular for s in own]
    rest = [s.bold if bold else s.regular for s in SCRIPTS if s not in own]
    mains = [main] if main in FILES else []
    return [*first, *mains, BODY, SYMBOLS, *rest]


@cache
def font_for(char: str, main: str) -> str | None:
    """The font that draws `char` (one character) in a text whose style sets `main`: the
    first of `_order` with a glyph for it; None when none has one."""
    code = ord(char)
    for name in _order(code, main):
        if code in coverage(name):
            return name
    return None


@cache
def plain_characters(main: str) -> frozenset[str]:
    """The characters `main` draws itself with nothing to do first: in the font, in no
    script font's ranges, written left to right, not an invisible control. A text made
    only of these takes the fast path (most French text)."""
    found = set()
    for code in coverage(main):
        char = chr(code)
        if any(s.holds(code) for s in SCRIPTS):
            continue
        if unicodedata.bidirectional(char) in ("R", "AL", "AN", "RLE", "RLO", "RLI"):
            continue
        if unicodedata.category(char) in ("Cc", "Cf") or 0xFE00 <= code <= 0xFE0F:
            continue
        found.add(char)
    found.add("\n")  # a line break: a paragraph's <br/>, a space on a single line
    return frozenset(found)
