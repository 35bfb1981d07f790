"""What the Word documents (the synthesis, `synthesis_docx`; the activity report,
`report_docx`) do with text, tables and pictures (`DocxText`; the synthesis's own
`DocxWriting`): French typography on every text in French (as the PDF), paragraphs in
the styles of `docx_styles`, tables across the page with their header row repeated, and
pictures placed at the pixels their box on the page needs, each with its alternative
text; a photo that cannot be printed is replaced by its caption and why.

The document's own words that the PDF has no use for (pictures' text alternatives) are
`DOCX_WORDS`, in the workshop's language, as `synthesis_words`.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable

from docx.document import Document
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from PIL import Image
from PIL.JpegImagePlugin import JpegImageFile

from facilitator.domain import scoring, voting
from facilitator.domain.images import ImageError
from facilitator.domain.records import Attachment, Language
from facilitator.domain.workshop import Workshop
from facilitator.export import pictures
from facilitator.export.cards_pdf import CardWriter
from facilitator.export.docx_parts import (
    NAMESPACES,
    PLAIN,
    Cell,
    Look,
    TableLook,
    one_line,
    paragraph,
    picture_run,
    runs,
    table,
)
from facilitator.export.docx_styles import (
    MUTED,
    POINTS_PER_MM,
    RULE,
    SHADE,
    TEXT_WIDTH_POINTS,
    TEXT_WIDTH_TWIPS,
)
from facilitator.export.names import NameRule, Names
from facilitator.export.round_lines import Rounds
from facilitator.export.synthesis_sections import ExportCancelledError
from facilitator.export.synthesis_words import sword
from facilitator.export.words import french_typography, word

# What a picture may take of the page, in points (the text is 170 mm wide).
LOGO_BOX = (70 * POINTS_PER_MM, 25 * POINTS_PER_MM)  # as on the PDF's cover
WALL_BOX = (TEXT_WIDTH_POINTS, 100 * POINTS_PER_MM)  # a photo of a wall, across the page
CARD_BOX = (100 * POINTS_PER_MM, 65 * POINTS_PER_MM)  # a photo of a paper prototype
MATRIX_SIDE = 115 * POINTS_PER_MM  # the matrix's square and axes, as in the PDF
ALT_LABEL_CHARS = 150  # of an idea in a chart's text alternative; the table has it whole
HEADER_TITLE_CHARS = 90  # of the title in the running header (one line)
PROPERTY_CHARS = 255  # of a core property: python-docx refuses longer (OPC's limit)
JFIF_OR_EXIF = (b"JFIF", b"Exif")  # at byte 6 of a JPEG python-docx can place

DOCX_WORDS: dict[Language, dict[str, str]] = {
    "fr": {
        "logo": "Logo de {organisation}",
        "logo_plain": "Logo",
        "wall_photo": "Photo du mur « {board} »",
        "card_photo": "Photo de la fiche « {card} »",
        "ranking_chart": "Diagramme en barres du classement « {vote} » : {ranking}.",
        "histogram_chart": "Histogramme des réponses à « {poll} » : {counts}.",
        "matrix_chart": "Matrice à quatre cases « {vote} », {y} en hauteur et {x} en largeur :"
        " {placed}.",
        "dots_value": "{count} gommettes",
        "dot_value": "1 gommette",
        "score_value": "{score} sur 100",
        "answers_value": "{count} ({share})",
        "and_more": "et {count} autres",
    },
    "en": {
        "logo": "Logo of {organisation}",
        "logo_plain": "Logo",
        "wall_photo": "Photo of the wall “{board}”",
        "card_photo": "Photo of the card “{card}”",
        "ranking_chart": "Bar chart of the ranking “{vote}”: {ranking}.",
        "histogram_chart": "Histogram of the answers to “{poll}”: {counts}.",
        "matrix_chart": "2×2 matrix “{vote}”, {y} upwards and {x} across: {placed}.",
        "dots_value": "{count} dots",
        "dot_value": "1 dot",
        "score_value": "{score} out of 100",
        "answers_value": "{count} ({share})",
        "and_more": "and {count} more",
    },
}


def cut(text: str, most: int) -> str:
    """`text` on one line, at most `most` characters (the last one an ellipsis)."""
    flat = one_line(text)
    return flat if len(flat) <= most else flat[: most - 1].rstrip() + "…"


def share_text(language: Language, share: float) -> str:
    """0.22 as « 22 % » in French (a no-break space before the sign), 22% in English."""
    number = round(share * 100)
    return f"{number}\u00a0%" if language == "fr" else f"{number}%"


def column_width(share: float) -> int:
    """A column `share` (0 to 1) of the text's width, in twips."""
    return round(TEXT_WIDTH_TWIPS * share)


class DocxText:
    """A Word document's body being written (the synthesis, the activity report): its
    XML blocks in `out`, in order, parsed once into the document's body by the caller;
    text set in the styles of `docx_styles`, French typography when `language` is
    French. `depth` moves every heading down that many levels (a room's sections under
    the room's name, in an event's synthesis)."""

    def __init__(self, language: Language, document: Document) -> None:
        self.language: Language = language
        self.document = document
        self.out: list[str] = []
        self.shape_id = 0  # the last picture's id (wp:docPr/@id: unique in the document)
        self.depth = 0
        self.cancelled: Callable[[], bool] | None = None
        self.look = TableLook(
            body_style="TableText",
            header_style="TableHeading",
            rule=RULE,
            shade=SHADE,
            strong_rule=MUTED,
        )

    # -- text --------------------------------------------------------------------------
    def typeset(self, value: str) -> str:
        return french_typography(value) if self.language == "fr" else value

    def p(
        self,
        style: str,
        text: str = "",
        *,
        look: Look = PLAIN,
        keep_next: bool = False,
        page_break: bool | None = None,
        space_before: int = 0,
    ) -> None:
        """A paragraph of `text` (French typography when French) in the style `style`;
        the options as `docx_parts.paragraph`'s."""
        self.out.append(
            paragraph(
                style,
                self.typeset(text),
                look=look,
                keep_next=keep_next,
                page_break=page_break,
                space_before=space_before,
            )
        )

    def heading(self, level: int, text: str, *, page_break: bool | None = None) -> None:
        """A heading of `level` (1 to 4) moved down `depth` levels, on one line."""
        self.p(f"Heading{level + self.depth}", one_line(text), page_break=page_break)

    def note(self, text: str, *, keep_next: bool = False, below_table: bool = False) -> None:
        self.p("Note", text, keep_next=keep_next, space_before=80 if below_table else 0)

    def grid(
        self,
        shares: tuple[float, ...],
        header: list[Cell | str],
        rows: list[list[Cell | str]],
        *,
        caption: str,
        ruled_above: frozenset[int] = frozenset(),
        keep_together: bool = False,
    ) -> None:
        """A table across the text's width (`shares` of it per column), its header row
        repeated (a short one `keep_together` on one page); every cell's text typeset
        here."""
        look = TableLook(**{**self.look.__dict__, "caption": one_line(caption)})

        def typeset(cell: Cell | str) -> Cell | str:
            if isinstance(cell, str):
                return self.typeset(cell)
            return dataclasses.replace(cell, text=self.typeset(cell.text))

        self.out.append(
            table(
                [column_width(s) for s in shares],
                [typeset(h) for h in header],
                [[typeset(c) for c in row] for row in rows],
                look,
                ruled_above=ruled_above,
                keep_together=keep_together,
            )
        )

    def bullet(self, text: str, team: str = "") -> None:
        """An item of a bulleted list, its team muted after it when it has one."""
        shown = self.typeset(text)
        more = runs("\u2003" + self.typeset(team), Look(colour=MUTED)) if team.strip() else ""
        self.out.append(paragraph("ListBullet", shown, more=more))

    def tick(self) -> None:
        """Raises ExportCancelledError when the facilitator has cancelled the export."""
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelledError

    # -- pictures ----------------------------------------------------------------------
    def picture(self, data: bytes, box: tuple[float, float], alt: str) -> str:
        """A run holding `data` (PNG or JPEG, as stored) within `box` (points), at the
        pixels that box needs (`export.pictures`), `alt` its text alternative. Raises
        ImageError: too large, unreadable, damaged (a truncated JPEG too)."""
        placed, pixels_w, pixels_h = placeable(data, box)
        try:
            relation, _image = self.document.part.get_or_add_image(io.BytesIO(placed))
        except Exception:  # a header python-docx cannot parse: once more, as Pillow writes it
            placed, pixels_w, pixels_h = reencoded(placed, box)
            relation, _image = self.document.part.get_or_add_image(io.BytesIO(placed))
        scale = min(box[0] / pixels_w, box[1] / pixels_h)
        self.shape_id += 1
        shown = self.typeset(one_line(alt))
        return picture_run(
            relation, self.shape_id, (pixels_w * scale, pixels_h * scale), shown, shown[:80]
        )

    def chart(self, png: bytes, size: tuple[float, float], alt: str) -> None:
        """A chart (PNG bytes) drawn `size` points, `alt` its text alternative."""
        self.shape_id += 1
        relation, _image = self.document.part.get_or_add_image(io.BytesIO(png))
        shown = self.typeset(one_line(alt))
        self.out.append(
            paragraph("Picture", more=picture_run(relation, self.shape_id, size, shown, ""))
        )


class DocxWriting(DocxText):
    """The synthesis being written (`synthesis_docx`): a `DocxText` in the workshop's
    language, with its words (`sword`, `DOCX_WORDS`), whose names it prints
    (`names`), its cards' fields, its rounds and teams, and each vote's results."""

    def __init__(self, workshop: Workshop, names: Names, document: Document) -> None:
        super().__init__(workshop.info.language, document)
        self.workshop = workshop
        self.names_choice = names
        self.names = NameRule(workshop, names)
        self.cards = CardWriter(workshop, 1, names=names)  # its fields and source line
        self.rounds = Rounds(workshop, self.language)
        self._results: dict[str, list[voting.Result]] = {}

    def results(self, vote_id: str) -> list[voting.Result]:
        """A vote's results (`scoring.results_of`), worked out once: the key figures,
        the votes' section and its chart all read them."""
        if vote_id not in self._results:
            self._results[vote_id] = scoring.results_of(self.workshop, vote_id)
        return self._results[vote_id]

    def w(self, key: str, **params: object) -> str:
        return sword(self.language, key, **params)

    def d(self, key: str, **params: object) -> str:
        return DOCX_WORDS[self.language][key].format(**params)

    def photo(self, photo: Attachment, box: tuple[float, float], alt: str) -> None:
        """A photo with its caption below; where it cannot be printed, its caption and
        why (too large, unreadable) in its place."""
        try:
            run = self.picture(photo.data, box, photo.caption or alt)
        except ImageError as error:
            if error.too_large:
                said = word(
                    self.language,
                    "photo_too_large",
                    caption=photo.caption,
                    width=error.width,
                    height=error.height,
                )
            else:
                said = word(self.language, "photo_unreadable", caption=photo.caption)
            self.p("Caption", said)
            return
        self.out.append(paragraph("Picture", more=run, keep_next=bool(photo.caption)))
        if photo.caption:
            self.p("Caption", photo.caption)


def set_body(document: Document, blocks: list[str]) -> None:
    """`blocks` (a `DocxText`'s `out`) as `document`'s body, parsed once and put in
    place whole, the template's page setup (its last child) moved into it: moving
    blocks one by one took lxml a time growing with the square of their number (5 s
    for 4,000 ideas)."""
    template = document.element.body
    body = parse_xml(f"<w:body {NAMESPACES}>{''.join(blocks)}</w:body>")
    page_setup = template.find(qn("w:sectPr"))
    if page_setup is not None:
        body.append(page_setup)
    document.element.replace(template, body)


def placeable(data: bytes, box: tuple[float, float]) -> tuple[bytes, int, int]:
    """PNG or JPEG bytes Word and LibreOffice draw, for `box` (points): as stored when
    whole, reduced to the box's pixels when larger (`pictures.printable`); a JPEG
    python-docx cannot place (no JFIF or Exif header) or in CMYK is written again.
    Raises ImageError: too large or unreadable; a JPEG cut short is unreadable too
    (decoded at 1/8 of its size to know: libjpeg's DCT scaling)."""
    placed, pixels_w, pixels_h = pictures.printable(data, *box)
    if placed[:2] != b"\xff\xd8":
        return placed, pixels_w, pixels_h
    try:
        jpeg = JpegImageFile(io.BytesIO(placed))
        jpeg.draft("RGB", (max(1, pixels_w // 8), max(1, pixels_h // 8)))
        jpeg.load()
        cmyk = jpeg.mode not in ("RGB", "L")
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        raise ImageError(str(error)[:200] or type(error).__name__) from error
    if cmyk or placed[6:10] not in JFIF_OR_EXIF:
        return reencoded(placed, box)
    return placed, pixels_w, pixels_h


def reencoded(data: bytes, box: tuple[float, float]) -> tuple[bytes, int, int]:
    """`data` (an image of at most MAX_STORED_SIDE pixels a side, judged already)
    decoded and written again as an RGB JPEG, at most the box's print size."""
    try:
        with Image.open(io.BytesIO(data), formats=("JPEG", "PNG")) as opened:
            picture = opened.convert("RGB")
        picture.thumbnail(pictures.print_size(*box), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        picture.save(buffer, "JPEG", quality=pictures.JPEG_QUALITY)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        raise ImageError(str(error)[:200] or type(error).__name__) from error
    return buffer.getvalue(), picture.width, picture.height
