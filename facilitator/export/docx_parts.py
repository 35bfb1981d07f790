"""The WordprocessingML pieces of the synthesis as DOCX (`synthesis_docx`), written as XML
text and parsed once: paragraphs in named styles, runs with their direction, tables
with a repeated header row, pictures with their alternative text.

python-docx is used for the package (parts, relationships, images, core properties)
and to read the document back; the body is written here, because its own objects cost
a lookup per paragraph and per table cell (a 1,000-idea annex is 4,000 cells).

What Word, LibreOffice and assistive tools read, and where it is set:

- Text as typed, made XML-safe (`clean`): XML 1.0 forbids C0 controls but tab, line
  feed and carriage return, lone surrogates, U+FFFE and U+FFFF; python-docx and lxml
  refuse them with an exception. Controls become spaces (as in the PDF, `pdf_text`),
  the others U+FFFD; a line break (LF, CR LF, CR, U+2028, U+2029) is a `w:br`, a tab
  a `w:tab`. Markup (`<b>`, `&amp;`) is text, escaped.
- Direction (ECMA-376 §17.3.1.6, §17.3.2.30): a paragraph whose first strong character
  is right-to-left gets `w:bidi` (its indents, alignment and bullet from the right);
  each run of right-to-left text gets `w:rtl` (set only on runs that hold no strong
  left-to-right character: the standard leaves that case unspecified), and Hebrew
  runs the language he-IL (the document's complex-script language is ar-SA).
- Tables: `w:tblHeader` on the first row (repeated on each page; §17.4.49), the header
  cells shaded, `w:tblCaption` naming the table for screen readers.
- Pictures: `wp:docPr/@descr` (and `pic:cNvPr/@descr`) is the alternative text Word
  and LibreOffice show and read (§20.4.2.5).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
)
EMU_PER_POINT = 12_700
TWIPS_PER_POINT = 20
PICTURE_URI = "http://schemas.openxmlformats.org/drawingml/2006/picture"

# Characters XML 1.0 forbids (besides tab, LF, CR), and the other control characters.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029]")
_HEBREW = re.compile("[\u0590-\u05ff\ufb1d-\ufb4f]")
_RIGHT_TO_LEFT = frozenset({"R", "AL", "AN"})
_BREAK_OR_TAB = re.compile("([\n\t])")


def clean(text: str) -> str:
    """`text` as it can be written in XML 1.0, line breaks as LF: control characters
    (C0 but tab and line breaks, DEL, C1) as spaces, lone surrogates and U+FFFE,
    U+FFFF as U+FFFD, CR LF, CR, U+2028 and U+2029 as LF. Never raises."""
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROLS.sub(" ", text)
    return _NOT_XML.sub("\ufffd", text)


_BREAKING_SPACES = re.compile("[^\\S\u00a0\u2007\u202f]+")


def one_line(text: str) -> str:
    """`text` on one line: each run of blanks and line breaks one space, the ends
    stripped; no-break spaces (French typography's) kept, unlike `str.split`."""
    return _BREAKING_SPACES.sub(" ", text).strip(" ")


def attribute(text: str) -> str:
    """`text` cleaned and escaped for an attribute in double quotes (line breaks and
    tabs kept as character references: a parser would turn them into spaces)."""
    value = escape(clean(text), {'"': "&quot;"})
    return value.replace("\n", "&#10;").replace("\t", "&#9;")


def right_to_left(text: str) -> bool:
    """Whether `text`'s first strong character is right-to-left (Unicode rules P2, P3);
    False when it has none."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def direction_runs(text: str) -> list[tuple[str, bool]]:
    """`text` cut into (characters, right-to-left) runs: a right-to-left run goes from
    a right-to-left character (R, AL, AN) to the last one before the next strong
    left-to-right character, and holds the neutrals and digits between; the rest is
    left-to-right. Plain Latin text is one run."""
    kinds = [unicodedata.bidirectional(c) for c in text]
    if not _RIGHT_TO_LEFT.intersection(kinds):
        return [(text, False)] if text else []
    runs: list[tuple[str, bool]] = []
    start, index = 0, 0
    while index < len(text):
        if kinds[index] not in _RIGHT_TO_LEFT:
            index += 1
            continue
        if index > start:
            runs.append((text[start:index], False))
        end = index  # the last right-to-left character before the next strong L
        look = index
        while look < len(text) and kinds[look] != "L":
            if kinds[look] in _RIGHT_TO_LEFT:
                end = look
            look += 1
        runs.append((text[index : end + 1], True))
        start = index = end + 1
    if start < len(text):
        runs.append((text[start:], False))
    return runs


@dataclass(frozen=True)
class Look:
    """A run's own formatting over its paragraph's style: bold, italic, a colour
    ("555555"), a size in points."""

    bold: bool = False
    italic: bool = False
    colour: str = ""
    size: float = 0.0


PLAIN = Look()


def _run_properties(look: Look, rtl: bool, hebrew: bool) -> str:
    """`w:rPr` in the schema's order (ECMA-376 §17.3.2.28), or "" when nothing is set."""
    parts: list[str] = []
    if look.bold:
        parts.append("<w:b/><w:bCs/>")
    if look.italic:
        parts.append("<w:i/><w:iCs/>")
    if look.colour:
        parts.append(f'<w:color w:val="{look.colour}"/>')
    if look.size:
        half_points = round(look.size * 2)
        parts.append(f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>')
    if rtl:
        parts.append("<w:rtl/>")
    if hebrew:
        parts.append('<w:lang w:bidi="he-IL"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def runs(text: str, look: Look = PLAIN) -> str:
    """`text` (cleaned here) as `w:r` elements: one per direction run, line breaks as
    `w:br`, tabs as `w:tab`, every space kept."""
    out: list[str] = []
    for part, rtl in direction_runs(clean(text)):
        properties = _run_properties(look, rtl, rtl and bool(_HEBREW.search(part)))
        pieces: list[str] = []
        for piece in _BREAK_OR_TAB.split(part):
            if piece == "\n":
                pieces.append("<w:br/>")
            elif piece == "\t":
                pieces.append("<w:tab/>")
            elif piece:
                pieces.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
        out.append(f"<w:r>{properties}{''.join(pieces)}</w:r>")
    return "".join(out)


def paragraph(
    style: str,
    text: str = "",
    *,
    look: Look = PLAIN,
    more: str = "",
    keep_next: bool = False,
    page_break: bool | None = None,
    align: str = "",
    direction_of: str | None = None,
    space_before: int = 0,
) -> str:
    """A `w:p` in the style whose id is `style`, holding `text`'s runs then `more` (runs
    already written). `page_break` True or False overrides the style's page break
    before; `space_before` (twips) its space above; `align` is "center", "right",
    "left" or ""; the paragraph is right-to-left when its text (or `direction_of`)
    starts with a right-to-left letter."""
    properties = [f'<w:pStyle w:val="{style}"/>']
    if keep_next:
        properties.append("<w:keepNext/>")
    if page_break is not None:
        properties.append(f'<w:pageBreakBefore w:val="{int(page_break)}"/>')
    if right_to_left(text if direction_of is None else direction_of):
        properties.append("<w:bidi/>")
    if space_before:
        properties.append(f'<w:spacing w:before="{space_before}"/>')
    if align:
        properties.append(f'<w:jc w:val="{align}"/>')
    return (
        f"<w:p><w:pPr>{''.join(properties)}</w:pPr>{runs(text, look) if text else ''}{more}</w:p>"
    )


def page_break() -> str:
    """An empty paragraph that ends the page."""
    return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


@dataclass(frozen=True)
class Cell:
    """A table cell's text and, for this cell, its alignment ("right" for numbers), its
    run look, its paragraph style (the table's body or header style when "") and runs
    already written to follow the text (`more`: a muted line under a bold title)."""

    text: str
    align: str = ""
    look: Look = PLAIN
    style: str = ""
    more: str = ""


@dataclass(frozen=True)
class TableLook:
    """How a table is drawn: its paragraph styles (body, header row), its rules and
    the header row's shading (hex colours), and the table's name for screen readers."""

    body_style: str
    header_style: str
    rule: str
    shade: str
    strong_rule: str
    caption: str = ""


def _cell(
    cell: Cell | str, width: int, style: str, extra: str = "", *, keep_next: bool = False
) -> str:
    value = Cell(cell) if isinstance(cell, str) else cell
    text = paragraph(
        value.style or style,
        value.text,
        look=value.look,
        more=value.more,
        align=value.align,
        keep_next=keep_next,
    )
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{extra}</w:tcPr>{text}</w:tc>'


def table(
    widths: Sequence[int],
    header: Sequence[Cell | str],
    rows: Sequence[Sequence[Cell | str]],
    look: TableLook,
    *,
    ruled_above: frozenset[int] = frozenset(),
    keep_together: bool = False,
) -> str:
    """A `w:tbl` as wide as `widths` (twips, one a column), its `header` row repeated
    on each page and shaded, then `rows`; the rows whose index (in `rows`) is in
    `ruled_above` get a darker rule above them (a cluster's first idea). Rows may run
    over a page (a 5,000-character idea); a short table `keep_together` is kept on one
    page (each row's paragraphs kept with the next row's, as Word does it)."""
    borders = (
        '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/>'
        f'<w:bottom w:val="single" w:sz="4" w:space="0" w:color="{look.rule}"/>'
        f'<w:right w:val="nil"/><w:insideH w:val="single" w:sz="4" w:space="0" '
        f'w:color="{look.rule}"/><w:insideV w:val="nil"/></w:tblBorders>'
    )
    margins = (
        '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
        '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
    )
    caption = f'<w:tblCaption w:val="{attribute(look.caption[:255])}"/>' if look.caption else ""
    properties = (
        f'<w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{borders}'
        f'<w:tblLayout w:type="fixed"/>{margins}'
        '<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" '
        f'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>{caption}</w:tblPr>'
    )
    grid = "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"
    shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{look.shade}"/>'
    head = "".join(
        _cell(c, w, look.header_style, shade) for c, w in zip(header, widths, strict=True)
    )
    out = [
        "<w:tbl>",
        properties,
        grid,
        f"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{head}</w:tr>",
    ]
    strong = (
        f'<w:tcBorders><w:top w:val="single" w:sz="8" w:space="0" '
        f'w:color="{look.strong_rule}"/></w:tcBorders>'
    )
    for index, row in enumerate(rows):
        extra = strong if index in ruled_above else ""
        keep = keep_together and index < len(rows) - 1
        cells = "".join(
            _cell(c, w, look.body_style, extra, keep_next=keep)
            for c, w in zip(row, widths, strict=True)
        )
        out.append(f"<w:tr>{cells}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def layout_table(widths: Sequence[int], cells: Sequence[str]) -> str:
    """A one-row table without rules to set blocks side by side (the key figures), each
    cell holding paragraphs already written; no header row: it is read in order."""
    properties = (
        f'<w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
        '</w:tblBorders><w:tblLayout w:type="fixed"/>'
        '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>'
        '</w:tblCellMar><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" '
        'w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
    )
    grid = "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"
    body = "".join(
        f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{c}</w:tc>'
        for c, w in zip(cells, widths, strict=True)
    )
    return f"<w:tbl>{properties}{grid}<w:tr><w:trPr><w:cantSplit/></w:trPr>{body}</w:tr></w:tbl>"


def picture_run(
    relation: str, shape_id: int, size: tuple[float, float], alt: str, name: str
) -> str:
    """A `w:r` holding an inline picture: the image part `relation` (its rId), drawn
    `size` (width, height) points, with `alt` as its alternative text (the description
    Word's and LibreOffice's alt-text boxes show) and `name` as its title."""
    cx, cy = (max(1, round(side * EMU_PER_POINT)) for side in size)
    described = attribute(alt)
    titled = attribute(name[:255])
    return (
        '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{shape_id}" name="{titled or shape_id}" descr="{described}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/>'
        f'</wp:cNvGraphicFramePr><a:graphic><a:graphicData uri="{PICTURE_URI}">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="picture-{shape_id}" '
        f'descr="{described}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{relation}"/><a:stretch><a:fillRect/></a:stretch>'
        '</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
        "</a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline>"
        "</w:drawing></w:r>"
    )


def field(instruction: str, shown: str) -> str:
    """A simple field (`PAGE`, `NUMPAGES`) with `shown` as its last computed value."""
    return (
        f'<w:fldSimple w:instr="{attribute(instruction)}"><w:r>'
        f'<w:t xml:space="preserve">{escape(shown)}</w:t></w:r></w:fldSimple>'
    )
