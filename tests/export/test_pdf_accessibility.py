"""Every PDF the app writes says what an assistive tool or a document manager needs
(issue 20, RGAA): its language (/Lang, fr-FR or en-GB), a title that viewers show
(DisplayDocTitle), the same title, author, subject, language and dates in its XMP
packet as in its Info dictionary, every font embedded wherever it is declared, and its
text in reading order (the running header first, the footer last).

Each export format whose file is a PDF (formats.EXPORT_SUFFIXES: a new one is checked
without being listed here) is made from three workshops: the demo (French), the demo
in English, and one written in Arabic, Persian, Hebrew, Chinese... with emoji
(tests/export/scripts_workshop.py). Read back with pypdf (tests/export/pdf_facts.py)."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
from collections.abc import Callable
from functools import cache

import pytest
from reportlab.pdfgen.canvas import Canvas

from facilitator.domain.edits import set_info, set_person
from facilitator.domain.records import Language, Person
from facilitator.domain.workshop import Workshop
from facilitator.export import pdf_metadata
from facilitator.export.formats import EXPORT_SUFFIXES, ExportOptions, export_bytes
from facilitator.export.pdf_metadata import LANGUAGE_TAGS, PdfInfo, declare, one_line
from facilitator.library_access import full_demo
from tests.export import pdf_facts
from tests.export import scripts_workshop as scripts

# The PDF LibreOffice makes (its own Info and XMP, a structure tree): checked in
# tests/export/test_office_pdf.py and tests/export/test_accessible_synthesis.py.
MADE_BY_LIBREOFFICE = ("accessible-pdf",)
PDF_FORMATS = tuple(
    name
    for name, suffix in EXPORT_SUFFIXES.items()
    if suffix.endswith(".pdf") and name not in MADE_BY_LIBREOFFICE
)
# Each PDF format once with its default options, and the variants that lay out otherwise.
DOCUMENTS: dict[str, tuple[str, ExportOptions]] = {
    **{name: (name, ExportOptions()) for name in PDF_FORMATS},
    "agenda-pdf-facilitator": ("agenda-pdf", ExportOptions(audience="facilitator")),
    "cards-pdf-two": ("cards-pdf", ExportOptions(per_page=2)),
}
ARABIC_NAME = "فاطمة الزهراء"


def _english() -> Workshop:
    workshop = full_demo()
    workshop.apply(set_info(workshop, language="en"))
    return workshop


def _arabic() -> Workshop:
    workshop = scripts.scripts_workshop()
    person = workshop.where(Person, role="participant")[0]
    workshop.apply(set_person(workshop, person.id, name=ARABIC_NAME))
    return workshop


WORKSHOPS: dict[str, Callable[[], Workshop]] = {
    "demo": full_demo,
    "english": _english,
    "arabic": _arabic,
}


@cache
def _workshop(name: str) -> Workshop:
    return WORKSHOPS[name]()


def _spaced(text: str) -> str:
    """No-break spaces (French typography's) as spaces: pdftotext reads them so."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@cache
def _pdf(workshop: str, document: str) -> bytes:
    export_format, options = DOCUMENTS[document]
    return export_bytes(_workshop(workshop), export_format, options)


def test_every_pdf_format_is_checked() -> None:
    """The export menu's PDFs, and the command line's: all of them are here."""
    assert set(PDF_FORMATS) >= {
        "pdf",
        "agenda-pdf",
        "cards-pdf",
        "attendance",
        "badges",
        "groups-pdf",
    }


@pytest.mark.parametrize("document", DOCUMENTS)
@pytest.mark.parametrize("workshop", WORKSHOPS)
def test_every_pdf_declares_language_title_and_metadata(workshop: str, document: str) -> None:
    data = _pdf(workshop, document)
    language: Language = _workshop(workshop).info.language
    root = pdf_facts.catalog(data)
    assert root["/Lang"] == LANGUAGE_TAGS[language]
    assert pdf_facts.shows_title(data)
    info = pdf_facts.reader(data).metadata
    assert info is not None and info.title and info.author and info.subject
    # (the room's paper prints the title's no-break spaces as spaces: roster.shown)
    assert _spaced(_workshop(workshop).info.title) in _spaced(info.title)
    assert info.title == one_line(info.title)  # one line: a title bar shows it
    assert info.creator == pdf_metadata.CREATOR

    tree = pdf_facts.xmp_tree(data)  # well-formed XML, or ParseError
    assert pdf_facts.xmp_values(tree, "dc:title") == [info.title]
    assert pdf_facts.xmp_values(tree, "dc:creator") == [info.author]
    assert pdf_facts.xmp_values(tree, "dc:description") == [info.subject]
    assert pdf_facts.xmp_values(tree, "dc:language") == [LANGUAGE_TAGS[language]]
    assert pdf_facts.xmp_values(tree, "pdf:Producer") == [info.producer]
    assert pdf_facts.xmp_values(tree, "xmp:CreatorTool") == [info.creator]
    xmp = pdf_facts.reader(data).xmp_metadata
    assert xmp is not None and info.creation_date is not None
    created = info.creation_date.astimezone(dt.UTC).replace(tzinfo=None)
    assert xmp.xmp_create_date == created  # pypdf reads both; UTC, naive


@pytest.mark.parametrize("document", DOCUMENTS)
@pytest.mark.parametrize("workshop", WORKSHOPS)
def test_every_font_declared_anywhere_is_embedded(workshop: str, document: str) -> None:
    """No standard-14 font (reportlab's Helvetica: its canvas, table cells and drawings'
    default) on any page, Form XObject, pattern or annotation appearance."""
    data = _pdf(workshop, document)
    fonts = pdf_facts.declared_fonts(data)
    assert fonts
    assert pdf_facts.unembedded_fonts(data) == []
    assert not [f for f in fonts if "Helvetica" in str(f.get("/BaseFont"))]


def test_the_font_check_finds_reportlabs_helvetica() -> None:
    """The check above is not blind: a canvas left with reportlab's defaults declares
    Helvetica, unembedded, and is caught."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 72, "Helvetica")
    canvas.showPage()
    canvas.save()
    assert pdf_facts.unembedded_fonts(buffer.getvalue()) == ["/Helvetica"]


def _raw_pages(data: bytes) -> list[list[str]]:
    """Each page's lines in the order they are drawn (pdftotext -raw: content order,
    what a screen reader reads in an untagged PDF)."""
    text = subprocess.run(
        ["pdftotext", "-raw", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode("utf-8")
    return [[line for line in page.splitlines() if line.strip()] for page in text.split("\f")]


@pytest.mark.parametrize("document", ["pdf", "agenda-pdf", "cards-pdf", "attendance"])
def test_the_running_header_is_read_first_and_the_footer_last(document: str) -> None:
    data = _pdf("demo", document)
    info = pdf_facts.reader(data).metadata
    assert info is not None
    pages = [page for page in _raw_pages(data) if page]
    for number, page in enumerate(pages, start=1):
        assert page[0].startswith(_spaced(_workshop("demo").info.title)), (number, page[:2])
        assert page[-1].endswith(f"Page {number} sur {len(pages)}"), (number, page[-2:])


def _declared(info: PdfInfo) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    declare(canvas, info)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


HOSTILE = (
    '<?xpacket end="w"?></rdf:li> ]]> &amp; <b>gras</b>\x00\x07\x1b\u0085 fin\n\tligne'
    "\ud800 \ufffe 🚲 مرحبا"
)


def test_hostile_text_is_kept_as_one_line_of_text() -> None:
    """Markup, an XMP packet's end, control characters (C0, C1), a lone surrogate and
    a non-character in a title: the Info dictionary and the XMP packet (well-formed)
    say it as one line of text, the markup as typed."""
    info = PdfInfo(title=HOSTILE, author=HOSTILE, subject=HOSTILE, language="en")
    data = _declared(info)
    shown = '<?xpacket end="w"?></rdf:li> ]]> &amp; <b>gras</b> fin ligne 🚲 مرحبا'
    assert one_line(HOSTILE) == shown
    metadata = pdf_facts.reader(data).metadata
    assert metadata is not None
    assert (metadata.title, metadata.author, metadata.subject) == (shown, shown, shown)
    tree = pdf_facts.xmp_tree(data)
    assert pdf_facts.xmp_values(tree, "dc:title") == [shown]
    assert pdf_facts.xmp_values(tree, "dc:creator") == [shown]
    assert pdf_facts.catalog(data)["/Lang"] == "en-GB"


def test_a_title_of_ten_thousand_characters_is_kept_whole() -> None:
    word = "Anticonstitutionnellement" * 400  # 10,000 characters, no space
    data = _declared(PdfInfo(title=word, author="A", subject="S", language="fr"))
    metadata = pdf_facts.reader(data).metadata
    assert metadata is not None and metadata.title == word
    assert pdf_facts.xmp_values(pdf_facts.xmp_tree(data), "dc:title") == [word]


def test_the_workshop_title_as_typed_reaches_every_pdf() -> None:
    """Markup and emoji typed in the workshop's title are the PDF's title as typed."""
    workshop = full_demo()
    title = "Atelier <b>R&D</b> 🚲 « mobilité » ; fin"
    workshop.apply(set_info(workshop, title=title))
    for export_format in ("pdf", "badges"):
        data = export_bytes(workshop, export_format, ExportOptions())
        metadata = pdf_facts.reader(data).metadata
        assert metadata is not None and metadata.title is not None and title in metadata.title
        assert any(
            title in value for value in pdf_facts.xmp_values(pdf_facts.xmp_tree(data), "dc:title")
        )
