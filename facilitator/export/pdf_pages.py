"""The page furniture shared by every PDF: A4, running header, "page n of N", metadata."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, SimpleDocTemplate

from facilitator.domain.records import Person
from facilitator.domain.workshop import Workshop
from facilitator.export.pdf_metadata import PdfInfo, declare
from facilitator.export.pdf_text import BODY, draw_line, fitted, line_width, register_fonts
from facilitator.export.words import word

INK = HexColor("#161616")
MUTED = HexColor("#555555")
ACCENT = HexColor("#000091")
RULE = HexColor("#b8b8b8")
SHADE = HexColor("#eeeeee")
MARGIN = 18 * mm
HEADER_ROOM = 4 * mm  # between the running header's rule and the frame
PAGE_WIDTH, PAGE_HEIGHT = A4
FRAME_HEIGHT = PAGE_HEIGHT - 2 * MARGIN - HEADER_ROOM  # points: the text's room on a page
ROOM_MOST = 0.8  # of FRAME_HEIGHT: the most `room_for` asks before a heading


class OutlinedDocument(SimpleDocTemplate):  # type: ignore[misc] # reportlab has no types
    """Adds a PDF bookmark for each flowable that carries an `outline_title`, and
    declares `pdf_info` (language, title shown, XMP: pdf_metadata.declare) on the
    canvas it draws on."""

    pdf_info: PdfInfo | None = None

    def handle_documentBegin(self) -> None:
        if self.pdf_info is not None:
            declare(self.canv, self.pdf_info)
        super().handle_documentBegin()

    def afterFlowable(self, flowable: Flowable) -> None:
        title = getattr(flowable, "outline_title", None)
        if title:
            key = f"outline-{id(flowable)}"
            self.canv.bookmarkPage(key)
            # `outline_level`: 0 by default; 1 under a merged event's room (issue 21).
            level = getattr(flowable, "outline_level", 0)
            self.canv.addOutlineEntry(title, key, level=level)


class Gap(Flowable):  # type: ignore[misc] # reportlab has no types
    """Vertical space, `height` points, that vanishes at the top of a page (a Spacer
    would push the page's first line down)."""

    def __init__(self, height: float) -> None:
        super().__init__()
        self.spaceBefore = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        return None


def room_for(flowables: list[Flowable], width: float, then: float) -> CondPageBreak:
    """A page break unless the page still holds `flowables` (a heading, say) and `then`
    points more (the first lines of what follows): a heading never ends a page, while
    what follows it may run on to the next (a KeepTogether would push it whole). Asked
    for more than ROOM_MOST of a page, it asks for that: a break on an empty page would
    only print a blank one."""
    height = 0.0
    for flowable in flowables:
        height += flowable.wrap(width, FRAME_HEIGHT)[1] + flowable.getSpaceBefore()
        height += flowable.getSpaceAfter()
    return CondPageBreak(min(height + then, ROOM_MOST * FRAME_HEIGHT))


@dataclass(frozen=True)
class PageText:
    header_left: str
    header_right: str
    footer_left: str
    page_label: Callable[[int, int], str]  # (page, pages) -> "Page 1 sur 3"


def numbered_canvas(texts: PageText) -> type[Canvas]:
    """A canvas that draws the header and footer once it knows the page count."""

    class NumberedCanvas(Canvas):  # type: ignore[misc] # reportlab has no types
        """Pages are kept until the end, when their count is known. A bookmark made on a
        page is set when that page is written: set at once, it would point at page 1
        (reportlab counts the pages it has written)."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            self._marks: list[tuple[str, dict[str, Any]]] = []
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def bookmarkPage(self, key: str, **kwargs: Any) -> None:
            self._marks.append((key, kwargs))

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()
            self._marks = []

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                for key, options in state["_marks"]:
                    super().bookmarkPage(key, **options)
                self._furniture(total)
                super().showPage()
            super().save()

        def _furniture(self, total: int) -> None:
            """The running header, put first in the page's content (read before the
            page's text, as it is laid out above it), and the footer, put last. Each
            part is drawn between saveState and restoreState, from the page's first
            state: moved ahead of the page's own drawing, it changes nothing on it
            (reportlab moves its crop marks the same way, Canvas.showPage)."""
            width, height = self._pagesize  # A4, upright or on its side
            first = len(self._code)
            self.saveState()
            self.setFont(BODY, 8)
            self.setFillColor(MUTED)
            top = height - MARGIN + 6 * mm
            right_width = line_width(texts.header_right, BODY, 8)
            room = width - 2 * MARGIN - right_width - 8 * mm
            draw_line(self, (MARGIN, top), fitted(texts.header_left, room, 8), BODY, 8)
            draw_line(self, (width - MARGIN, top), texts.header_right, BODY, 8, anchor="end")
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(MARGIN, top - 2 * mm, width - MARGIN, top - 2 * mm)
            self.restoreState()
            header = self._code[first:]
            del self._code[first:]
            self._code[:0] = header
            self.saveState()
            self.setFont(BODY, 8)
            self.setFillColor(MUTED)
            bottom = MARGIN - 8 * mm
            draw_line(self, (MARGIN, bottom), texts.footer_left, BODY, 8)
            label = texts.page_label(self._pageNumber, total)
            draw_line(self, (width - MARGIN, bottom), label, BODY, 8, anchor="end")
            self.restoreState()

    return NumberedCanvas


def today_text(language: str) -> str:
    today = dt.date.today()
    return today.strftime("%d/%m/%Y") if language == "fr" else today.isoformat()


def colour(hex_code: str) -> Color:
    return HexColor(hex_code)


def build_pdf(
    story: list[Flowable],
    workshop: Workshop,
    *,
    document_title: str,
    subject: str,
    document_class: type[OutlinedDocument] = OutlinedDocument,
    **document_options: Any,
) -> bytes:
    """Every document's furniture, once: A4 with our margins, metadata (`document_title`
    shown as the title, the facilitators as author, `subject`, the workshop's language:
    pdf_metadata.declare), the running header with `subject` on the right, "Page n of
    N" and the date at the foot, bookmarks. Returns the PDF's bytes.
    `document_options` go to the document (`pagesize=landscape(A4)`: the header and
    footer follow the page's width)."""
    register_fonts()
    language = workshop.info.language
    info = workshop.info
    facilitators = ", ".join(p.name for p in workshop.where(Person, role="facilitator"))
    buffer = io.BytesIO()
    document = document_class(
        buffer,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_ROOM,
        bottomMargin=MARGIN,
        # The canvas's first font: reportlab's default, Helvetica, would be declared on
        # every page (not embedded) though nothing is drawn with it.
        initialFontName=BODY,
        **document_options,
    )
    document.pdf_info = PdfInfo(
        title=document_title,
        author=facilitators or info.organisation or "Facilitator",
        subject=subject,
        language=language,
    )
    page_text = PageText(
        header_left=info.title,
        header_right=subject,
        footer_left=word(language, "generated", date=today_text(language)),
        page_label=lambda page, pages: word(language, "page", page=page, pages=pages),
    )
    document.build(story, canvasmaker=numbered_canvas(page_text))
    return buffer.getvalue()
