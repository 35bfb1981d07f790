"""Text as typed, in every script, in every PDF: safe markup, font fallback, Arabic
joining and right-to-left order, for paragraphs and for strings drawn on the canvas.

reportlab draws the characters it is given left to right, each in the one font it is
told; it neither joins Arabic letters nor reorders right-to-left text (its bidi layer
needs `rlbidi`, not on our package index). So, for every string drawn:

1. `prepared`: invisible controls are dropped (a zero-width joiner, a variation
   selector), control characters become spaces, a character no shipped font can draw
   is replaced by a visible note, "[U+0928 U+0939]" (never a silent box), and Arabic
   script is joined (`arabic_reshaper`: each letter becomes its initial, medial, final
   or isolated form; the lam-alef ligatures are the only ones made).
2. Each character is set in the font `pdf_fonts.font_for` picks (script font, the
   style's font, the body font, Symbola, other script fonts).
3. Once a paragraph is broken into lines, each line is put in display order (the
   Unicode bidirectional algorithm, python-bidi; mirrored brackets in right-to-left
   runs) and, for Tamil, a vowel sign written before its consonant is moved before it.

A user's text of more than CHUNK_LINES lines is set as pieces of CHUNK_LINES lines that
read as one paragraph (`long_paragraphs`): its layout then takes time linear in its lines.

The text layer keeps the logical text: pdftotext and copy-paste read the words as typed
(Arabic presentation forms are mapped back to their letters, see `pdf_fonts`).

User text is escaped before it reaches reportlab's markup parser (`R&D`, `<b>`,
`<img src=...>` print as typed and never open a file).
"""

from __future__ import annotations

import copy
import functools
import re
import unicodedata
from functools import cache, lru_cache
from typing import Any
from xml.sax.saxutils import escape

from bidi import algorithm as uba
from bidi import get_base_level, get_display
from bidi.mirror import MIRRORED
from reportlab.graphics.shapes import Group, String
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from facilitator.domain.records import Language
from facilitator.export.pdf_fonts import (
    BODY,
    BOLD,
    ITALIC,
    SYMBOLS,
    coverage,
    font_for,
    plain_characters,
    register_fonts,
)
from facilitator.export.words import french_typography

__all__ = [
    "BODY",
    "BOLD",
    "CHUNK_LINES",
    "ITALIC",
    "MOST_NAMED",
    "SYMBOLS",
    "TextParagraph",
    "TextTable",
    "chunks",
    "draw_line",
    "fitted",
    "line_runs",
    "line_shapes",
    "line_width",
    "long_paragraphs",
    "plain",
    "prepared",
    "register_fonts",
    "rich",
    "visual_order",
    "wrapped",
]

MOST_NAMED = 8  # code points named in the note for one run of unprintable characters
# Texts kept prepared and lines kept in display order (the synthesis sets each idea twice;
# a 1,000-idea synthesis has some 3,500 paragraphs), and single lines kept as font runs.
CACHED_TEXTS = 8192
CACHED_LINES = 4096
JOINERS = "\u200c\u200d"  # zero-width non-joiner, joiner: they steer Arabic joining
# Arabic-script letters that join (not the vowel marks, digits or punctuation): once
# joined they are presentation forms, so text prepared twice is not reshaped twice.
_ARABIC_LETTERS = re.compile(
    "[\u0620-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff\u0750-\u077f\u0870-\u08c9]"
)
# Right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko..., their presentation
# forms, and the supplementary planes' right-to-left blocks.
_RIGHT_TO_LEFT = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
# Tamil vowel signs drawn before their consonant (and the two-part ones, split).
_TAMIL_BEFORE = re.compile("[\u0bc6-\u0bc8\u0bca-\u0bcc]")
_TAMIL_SPLIT = {"\u0bca": "\u0bc6\u0bbe", "\u0bcb": "\u0bc7\u0bbe", "\u0bcc": "\u0bc6\u0bd7"}
_TAMIL_CONSONANTS = frozenset(chr(c) for c in range(0x0B95, 0x0BBA))


@functools.cache
def _reshaper() -> Any:
    """arabic_reshaper's joiner, loaded when Arabic is first drawn (35 ms of start-up
    otherwise: the export modules are imported with the main window)."""
    import arabic_reshaper

    return arabic_reshaper.ArabicReshaper(
        configuration={"delete_harakat": False, "ARABIC LIGATURE ALLAH": False}
    )


def _invisible(char: str) -> bool:
    """A format character (bidi controls, zero-width space, word joiner, tags) or a
    variation selector: no glyph of its own, dropped once it has done its work."""
    code = ord(char)
    return (
        unicodedata.category(char) == "Cf" or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF
    )


def _note(missing: list[str]) -> str:
    """The visible note for a run of characters no shipped font draws."""
    named = " ".join(f"U+{ord(c):04X}" for c in missing[:MOST_NAMED])
    more = f" …+{len(missing) - MOST_NAMED}" if len(missing) > MOST_NAMED else ""
    return f"[{named}{more}]"


_KEEP, _DROP, _SPACE, _MISSING = range(4)


@cache
def _kind(char: str) -> int:
    """What `prepared` does with a character: keep it, drop it (invisible), make it a
    space (a control character), or name it (no shipped font draws it)."""
    if char in JOINERS or char == "\n":
        return _KEEP
    if _invisible(char):
        return _DROP
    if unicodedata.category(char) == "Cc":
        return _SPACE
    return _MISSING if font_for(char, BODY) is None else _KEEP


@lru_cache(maxsize=CACHED_TEXTS)
def prepared(text: str, main: str = BODY) -> str:
    """`text` ready to be laid out in a style whose font is `main` (logical order kept):
    invisible controls dropped, other control characters (tab...) as spaces (a line
    break kept), each run of characters that no shipped font draws replaced by a note
    naming their code points (MOST_NAMED at most), Arabic script joined. (Cached: the
    synthesis sets each idea twice, and a paragraph prepares its markup's text again.)"""
    if plain_characters(main).issuperset(text):
        return text
    out: list[str] = []
    missing: list[str] = []
    for char in text:
        kind = _kind(char)
        if kind == _DROP:
            continue
        if kind == _MISSING:
            missing.append(char)
            continue
        shown = " " if kind == _SPACE else char
        if missing:
            out.append(_note(missing))
            missing = []
        out.append(shown)
    if missing:
        out.append(_note(missing))
    result = "".join(out)
    if _ARABIC_LETTERS.search(result):
        result = _reshaper().reshape(result)
    if "\u200c" in result or "\u200d" in result:
        result = result.replace("\u200c", "").replace("\u200d", "")
    return result


def rich(text: str) -> str:
    """Markup for a `TextParagraph` from plain user text: prepared, escaped, line breaks
    kept. (Fonts are chosen in the paragraph itself, per style.)"""
    return escape(prepared(text), {'"': "&quot;"}).replace("\n", "<br/>")


def plain(text: str, font: str = BODY) -> bool:
    """True when `font` draws `text` as it is, left to right with no fallback: it may
    then be drawn directly (a table's plain-text cell)."""
    return plain_characters(font).issuperset(text)


# -- line order ------------------------------------------------------------------------
_LEVELS_START = "\n    levels: [\n"  # in python-bidi's report of unicode-bidi's BidiInfo
_LEVELS_END = "\n    ],"
_LEVEL_NUMBER = re.compile(r"\s*\d+,")  # what follows each "Level(" in the report


def _levels(text: str, base: int) -> list[int]:
    """Each character's embedding level (the Unicode bidirectional algorithm, rules P to
    I, with `base` as the paragraph's level), then rule L1 (the spaces ending the line
    take the paragraph's level).

    python-bidi's Rust engine (unicode-bidi, UBA 6.3 and later: bracket pairs such as
    "Transport (6)" stay whole) gives only the display string, or with `debug` a report
    of its levels, one per UTF-8 byte, which is read here. Should that report change
    shape, python-bidi's older pure-Python engine gives the levels (brackets then
    resolved as before UBA 6.3); tests/export/test_scripts.py says which one ran."""
    levels = _rust_levels(text, base)
    if levels is None:
        levels = _python_levels(text, base)
    end = len(text)
    while end and unicodedata.bidirectional(text[end - 1]) in ("WS", "BN", "S"):
        end -= 1
        levels[end] = base
    return levels


def _rust_levels(text: str, base: int) -> list[int] | None:
    report = str(get_display(text, base_dir="LR"[base], debug=True))
    start = report.find(_LEVELS_START)
    end = report.find(_LEVELS_END, start)
    if start < 0 or end < 0:
        return None
    pieces = report[start + len(_LEVELS_START) : end].split("Level(")[1:]
    if not all(_LEVEL_NUMBER.match(piece) for piece in pieces):
        return None
    by_byte = [int(piece.split(",", 1)[0]) for piece in pieces]
    if len(by_byte) != len(text.encode("utf-8")):
        return None
    levels: list[int] = []
    position = 0
    for char in text:
        levels.append(by_byte[position])
        position += len(char.encode("utf-8"))
    return levels


def _python_levels(text: str, base: int) -> list[int]:
    storage = uba.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = "LR"[base]
    uba.get_embedding_levels(text, storage)
    for index, entry in enumerate(storage["chars"]):
        entry["index"] = index
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    levels = [base] * len(text)
    for entry in storage["chars"]:
        levels[entry["index"]] = entry["level"]
    return levels


def base_level(text: str) -> int:
    """0 (left to right) or 1 (right to left): the direction of `text`'s first strong
    character (rules P2, P3); left to right when it has none."""
    if not _RIGHT_TO_LEFT.search(text):
        return 0
    return int(get_base_level(text))


@lru_cache(maxsize=CACHED_LINES)
def visual_order(text: str, base: int) -> tuple[tuple[int, str], ...]:
    """One line's characters in drawing order, left to right: (index in `text`,
    character drawn), a bracket mirrored in a right-to-left run; a Tamil vowel sign
    written before its consonant moved before it (a two-part one split around it).
    (Cached: the synthesis draws each idea twice.)"""
    order: list[tuple[int, str]]
    if base or _RIGHT_TO_LEFT.search(text):
        levels = _levels(text, base)
        indexes = list(range(len(text)))
        odd = [level for level in levels if level % 2]
        if odd:
            for level in range(max(levels), min(odd) - 1, -1):  # rule L2
                start = 0
                while start < len(indexes):
                    if levels[indexes[start]] < level:
                        start += 1
                        continue
                    end = start
                    while end < len(indexes) and levels[indexes[end]] >= level:
                        end += 1
                    indexes[start:end] = indexes[start:end][::-1]
                    start = end
        order = [(i, MIRRORED.get(text[i], text[i]) if levels[i] % 2 else text[i]) for i in indexes]
    else:
        order = list(enumerate(text))
    if _TAMIL_BEFORE.search(text):
        order = _tamil(order)
    return tuple(order)


def _tamil(order: list[tuple[int, str]]) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for index, char in order:
        parts = _TAMIL_SPLIT.get(char, char)
        before, after = parts[0], parts[1:]
        if "\u0bc6" <= before <= "\u0bc8" and out and out[-1][1] in _TAMIL_CONSONANTS:
            out.insert(len(out) - 1, (index, before))
        else:
            out.append((index, before))
        out.extend((index, a) for a in after)
    return out


# -- paragraphs ------------------------------------------------------------------------
def _font_runs(text: str, main: str) -> list[tuple[str, str]]:
    """`text` (prepared) cut into (font, characters) runs, each character in the font
    `font_for` picks; a space stays in the run it is in when that font has one."""
    if plain_characters(main).issuperset(text):
        return [(main, text)]
    runs: list[tuple[str, list[str]]] = []
    for char in text:
        if char.isspace() and runs and ord(char) in coverage(runs[-1][0]):
            runs[-1][1].append(char)
            continue
        font = font_for(char, main) or main
        if runs and runs[-1][0] == font:
            runs[-1][1].append(char)
        else:
            runs.append((font, [char]))
    return [(font, "".join(chars)) for font, chars in runs]


def _font_frags(frags: list[Any]) -> list[Any]:
    """reportlab's parsed fragments, each prepared and cut where its font changes."""
    out: list[Any] = []
    for frag in frags:
        text = getattr(frag, "text", "")
        if not text or hasattr(frag, "cbDefn"):
            out.append(frag)
            continue
        main = frag.fontName
        text = prepared(text, main)
        runs = _font_runs(text, main)
        if len(runs) == 1 and runs[0][0] == main:
            frag.text = text
            out.append(frag)
            continue
        out += [frag.clone(text=part, fontName=font) for font, part in runs]
    return out


def _visual_line(line: Any, base: int) -> Any:
    """A laid-out line of fragments (reportlab's FragLine) in drawing order; the line
    itself when nothing moves."""
    words = list(line.words)
    if any(hasattr(word, "cbDefn") for word in words):
        return line  # an image or anchor in the line: left as laid out
    texts = [word for word in words if getattr(word, "text", "")]
    text = "".join(word.text for word in texts)
    if not (base or _RIGHT_TO_LEFT.search(text) or _TAMIL_BEFORE.search(text)):
        return line
    owners = [n for n, word in enumerate(texts) for _ in word.text]
    drawn: list[Any] = []
    run: list[str] = []
    owner = -1
    for index, char in visual_order(text, base):
        if owners[index] != owner and run:
            drawn.append(texts[owner].clone(text="".join(run)))
            run = []
        owner = owners[index]
        run.append(char)
    if run:
        drawn.append(texts[owner].clone(text="".join(run)))
    visual = copy.copy(line)
    visual.words = drawn + [word for word in words if not getattr(word, "text", "")]
    return visual


def _visual_paragraph(lines_of: Any, base: int) -> Any:
    """reportlab's laid-out paragraph (`blPara`) with every line in drawing order; the
    same object when nothing moves (the usual case)."""
    if lines_of.kind == 0:  # one font: (spare width, words) per line
        texts = [" ".join(words) for _, words in lines_of.lines]
        if not any(base or _RIGHT_TO_LEFT.search(t) or _TAMIL_BEFORE.search(t) for t in texts):
            return lines_of
        lines = [
            (spare, "".join(c for _, c in visual_order(t, base)).split(" "))
            for (spare, _), t in zip(lines_of.lines, texts, strict=True)
        ]
        return lines_of.clone(lines=lines)
    lines = [_visual_line(line, base) for line in lines_of.lines]
    if all(a is b for a, b in zip(lines, lines_of.lines, strict=True)):
        return lines_of
    return lines_of.clone(lines=lines)


class TextParagraph(Paragraph):  # type: ignore[misc] # reportlab has no types
    """A reportlab Paragraph for text in any script: each character in the font that
    has it, Arabic joined, each line drawn in display order (see the module's notes).
    Lines are broken on the logical text; only drawing sees the display order. A
    paragraph written right to left (its first strong letter is Arabic or Hebrew) is set
    flush right when its style sets it flush left, unless it has a bullet (a list keeps
    its bullets and text on the left)."""

    frags: Any
    style: Any
    bulletText: Any
    blPara: Any
    base_level: int

    def __init__(
        self,
        text: str | None,
        style: Any = None,
        *args: Any,
        base: int | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(text, style, *args, **kwargs)
        self.base_level = 0
        self._wrapped: tuple[float, Any, float, float] | None = None
        if kwargs.get("frags") is None and len(args) < 2:
            # Parsed here: a split's parts are given their parent's fragments.
            self.frags = _font_frags(self.frags)
            if base is not None:  # a piece of a longer text (`long_paragraphs`): its base
                self.base_level = base
                return
            self.base_level = base_level("".join(getattr(f, "text", "") for f in self.frags))
            if self.base_level and self.style.alignment == TA_LEFT and not self.bulletText:
                self.style = _right_to_left(self.style)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """The paragraph's size in `available_width` points (reportlab's), its lines
        broken once for a width: a table measures a cell again each time it splits, so
        the rest of a cell that runs over many pages would be broken again at each."""
        wrapped = self._wrapped
        if wrapped is not None and wrapped[0] == available_width:
            _, self.blPara, self.width, self.height = wrapped
            return self.width, self.height
        size: tuple[float, float] = super().wrap(available_width, available_height)
        if "blPara" in self.__dict__:  # not when nothing fits (no width at all)
            self._wrapped = (available_width, self.blPara, self.width, self.height)
        return size

    def split(self, width: float, height: float) -> list[Any]:
        parts: list[Any] = super().split(width, height)
        for part in parts:
            part.base_level = self.base_level
        return parts

    def drawPara(self, debug: int = 0) -> None:
        logical = self.blPara
        self.blPara = _visual_paragraph(logical, self.base_level)
        try:
            super().drawPara(debug)
        finally:
            self.blPara = logical


def _right_to_left(style: ParagraphStyle) -> ParagraphStyle:
    """`style` set flush right, for a paragraph written right to left."""
    flipped = ParagraphStyle(f"{style.name}-rtl", style)
    flipped.alignment = TA_RIGHT
    return flipped


# -- long texts ------------------------------------------------------------------------
# A text of more than CHUNK_LINES lines is set as consecutive paragraphs of CHUNK_LINES
# lines, cut at its line breaks, that read as one. reportlab lays a paragraph out again,
# whole, each time it splits it at a page's foot: a 5,000-line idea set as one paragraph
# took time growing with the square of its lines (issue 22: 11 s for the synthesis).
# 20 lines: the fastest measured for a synthesis of 10,000 lines (1.25 s of CPU, against
# 1.72 s for pieces of 5 lines, 1.61 s for 200, 3.46 s for 1,000): each piece costs
# a paragraph's set-up, and each page break lays its piece out again.
CHUNK_LINES = 20


def chunks(text: str) -> list[str]:
    """`text` cut at its line breaks into pieces of CHUNK_LINES lines, in order (the
    last piece has 3 to CHUNK_LINES + 2: one or two last lines join the piece before);
    joined with line breaks, the pieces are `text`. A text of CHUNK_LINES lines or
    fewer is one piece. Linear in len(text)."""
    lines = text.split("\n")
    if len(lines) <= CHUNK_LINES:
        return [text]
    parts = [lines[start : start + CHUNK_LINES] for start in range(0, len(lines), CHUNK_LINES)]
    if len(parts[-1]) < 3:  # reportlab sets two blank lines ending a paragraph as none
        short = parts.pop()
        parts[-1] += short
    return ["\n".join(part) for part in parts]


@lru_cache(maxsize=64)
def _piece_styles(style: ParagraphStyle) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    """The styles of a long text's first, middle and last pieces: together they read as
    one paragraph in `style` (its space before on the first, its space after and
    keep-with-next on the last, its first-line indent on the first line only, and no
    orphan rule inside the text, where a paragraph would split anywhere)."""
    first = ParagraphStyle(f"{style.name}-first", style, spaceAfter=0, keepWithNext=0)
    inside = {"spaceBefore": 0, "firstLineIndent": 0, "allowOrphans": 1}
    middle = ParagraphStyle(f"{style.name}-middle", style, spaceAfter=0, keepWithNext=0, **inside)
    last = ParagraphStyle(f"{style.name}-last", style, **inside)
    return first, middle, last


def long_paragraphs(
    text: str,
    style: ParagraphStyle,
    *,
    bullet: str | None = None,
    before: str = "",
    after: str = "",
) -> list[TextParagraph]:
    """Plain `text` as paragraphs in `style` that read as one: a TextParagraph for a
    text of CHUNK_LINES lines or fewer, else one per piece of `chunks`, each piece ending
    with its line break, all in the whole text's direction (its first strong letter's).
    `bullet` goes on the first; `before` and `after` are markup put before the first
    line and after the last (a label, a team's name). Linear in len(text): laying out
    the pieces costs CHUNK_LINES lines at most per page break."""
    pieces = chunks(text)
    if len(pieces) == 1:
        return [TextParagraph(before + rich(text) + after, style, bulletText=bullet)]
    base = base_level(prepared(text))
    if base and style.alignment == TA_LEFT and not bullet:
        style = _right_to_left(style)
    first, middle, last = _piece_styles(style)
    out: list[TextParagraph] = []
    for index, piece in enumerate(pieces):
        ending = index == len(pieces) - 1
        # A piece's own last line break: without it, reportlab drops a last empty line.
        markup = rich(piece) + after if ending else rich(piece) + "<br/>"
        if index == 0:
            markup = before + markup
        shape = first if index == 0 else last if ending else middle
        out.append(TextParagraph(markup, shape, bulletText=None if index else bullet, base=base))
    return out


class TextTable(Table):  # type: ignore[misc] # reportlab has no types
    """A reportlab Table whose cells' font is the body font: reportlab sets its
    default, Helvetica, on the canvas before the first cell, even when every cell is a
    paragraph, and the PDF then declares a font it does not embed."""

    def __init__(self, data: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(data, *args, **kwargs)
        self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), BODY)]))


# -- single lines on the canvas --------------------------------------------------------
@lru_cache(maxsize=CACHED_LINES)
def line_runs(text: str, font: str) -> tuple[tuple[str, str], ...]:
    """One line of user or document text (line breaks read as spaces) as (font,
    characters) runs in drawing order, left to right: what `draw_line` draws."""
    text = prepared(text.replace("\n", " "), font)
    if plain_characters(font).issuperset(text):
        return ((font, text),)
    drawn = "".join(char for _, char in visual_order(text, base_level(text)))
    return tuple(_font_runs(drawn, font))


def line_width(text: str, font: str, size: float) -> float:
    """The width of `text` drawn by `draw_line`, in points."""
    return float(sum(stringWidth(part, name, size) for name, part in line_runs(text, font)))


def draw_line(
    canvas: Canvas,
    at: tuple[float, float],
    text: str,
    font: str,
    size: float,
    *,
    anchor: str = "start",
) -> None:
    """Draw one line of text at `at` (x, y in points), its start, middle or end there
    (`anchor`: "start", "middle", "end"), each run in its font; the canvas is left set
    to `font`."""
    x, y = at
    runs = line_runs(text, font)
    width = sum(stringWidth(part, name, size) for name, part in runs)
    x -= {"start": 0.0, "middle": width / 2, "end": width}[anchor]
    for name, part in runs:
        canvas.setFont(name, size)
        canvas.drawString(x, y, part)
        x += stringWidth(part, name, size)
    canvas.setFont(font, size)


def line_shapes(
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    *,
    anchor: str = "start",
    fill: Color,
) -> Group:
    """One line of text for a reportlab drawing (a chart): a group of strings, one per
    font run, placed as `draw_line` places them."""
    runs = line_runs(text, font)
    width = sum(stringWidth(part, name, size) for name, part in runs)
    x -= {"start": 0.0, "middle": width / 2, "end": width}[anchor]
    group = Group()
    for name, part in runs:
        group.add(String(x, y, part, fontName=name, fontSize=size, fillColor=fill))
        x += stringWidth(part, name, size)
    return group


def fitted(text: str, width: float, size: float, font: str = BODY) -> str:
    """`text` on one line of `width` points, cut with an ellipsis if it is longer
    (spaces and line breaks collapsed; the cut falls at the text's logical end)."""
    text = " ".join(text.split())
    if line_width(text, font, size) <= width:
        return text
    low, high = 0, len(text)  # the longest prefix that fits, with its ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if line_width(text[:middle].rstrip() + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def wrapped(text: str, width: float, size: float, font: str = BODY) -> list[str]:
    """`text` broken at spaces into lines of at most `width` points each (a word longer
    than a line stays whole, on its own line: `fitted` cuts it)."""
    lines: list[str] = []
    for word in text.split():
        if lines and line_width(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


class PdfWriting:
    """What every PDF writer of ours does with a user's or a document's text: safe
    markup, with French typography when the document is French (`words`), laid out
    in one of the writer's named styles. A writer sets `language` and `styles`."""

    language: Language
    styles: dict[str, ParagraphStyle]

    def text(self, value: str) -> str:
        """User or document text, as safe markup, with French typography when French."""
        if self.language == "fr":
            value = french_typography(value)
        return rich(value)

    def para(self, value: str, style: str) -> TextParagraph:
        """`value` as a paragraph in the style named `style` (KeyError: no such style)."""
        return TextParagraph(self.text(value), self.styles[style])

    def paras(
        self,
        value: str,
        style: str,
        *,
        bullet: str | None = None,
        before: str = "",
        after: str = "",
    ) -> list[TextParagraph]:
        """`value`, a user's text of any length, as paragraphs in the style named
        `style` that read as one (`long_paragraphs`: one per CHUNK_LINES lines), with
        French typography when French; `bullet`, `before` and `after` as there."""
        if self.language == "fr":
            value = french_typography(value)
        return long_paragraphs(value, self.styles[style], bullet=bullet, before=before, after=after)
