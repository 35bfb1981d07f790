"""Reading a DOCX back as Word and assistive tools do: its outline (Title and Heading
paragraphs), every paragraph's text (tables included, line breaks as "\\n"), its tables
and their header rows, its pictures' alternative text, its language. python-docx reads
the package; the XML is looked at where python-docx has no word for it."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

OUTLINE_STYLES = ("Title", "Heading 1", "Heading 2", "Heading 3", "Heading 4")
DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"


def read(data: bytes) -> Document:
    """The DOCX `data` opened by python-docx (it raises on a package it cannot read)."""
    return docx.Document(io.BytesIO(data))


def paragraphs(document: Document) -> Iterator[Paragraph]:
    """Every paragraph of the body in reading order, those in table cells included."""
    body = document.element.body
    for element in body.iter(qn("w:p")):
        yield Paragraph(element, document._body)


def texts(document: Document, style: str | None = None) -> list[str]:
    """The text of every paragraph (in `style` only, when given)."""
    return [
        p.text
        for p in paragraphs(document)
        if style is None or (p.style is not None and p.style.name == style)
    ]


def outline(document: Document) -> list[tuple[str, str]]:
    """(style, text) of the Title and Heading paragraphs, in order."""
    return [
        (str(p.style.name), p.text)
        for p in paragraphs(document)
        if p.style is not None and p.style.name in OUTLINE_STYLES
    ]


@dataclass(frozen=True)
class TableFacts:
    """A table as read back: its rows' texts, which rows repeat as header rows, which
    cells of the first row are shaded (their fill), and its caption."""

    rows: list[list[str]]
    header_rows: list[int]
    first_row_fills: list[str | None]
    caption: str | None


def tables(document: Document) -> list[TableFacts]:
    """Every table of the body, in order."""
    found: list[TableFacts] = []
    for table in document.tables:
        rows = [[cell.text for cell in row.cells] for row in table.rows]
        header_rows = [
            index
            for index, row in enumerate(table._tbl.tr_lst)
            if row.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
        ]
        fills: list[str | None] = []
        for cell in table._tbl.tr_lst[0].tc_lst:
            shade = cell.find(f"{qn('w:tcPr')}/{qn('w:shd')}")
            fills.append(None if shade is None else shade.get(qn("w:fill")))
        caption = table._tbl.find(f"{qn('w:tblPr')}/{qn('w:tblCaption')}")
        found.append(
            TableFacts(
                rows,
                header_rows,
                fills,
                None if caption is None else caption.get(qn("w:val")),
            )
        )
    return found


def alt_texts(document: Document) -> list[str]:
    """The alternative text (wp:docPr/@descr) of every picture, in order."""
    return [element.get("descr", "") for element in document.element.body.iter(f"{DRAWING}docPr")]


def language(document: Document) -> str | None:
    """The language of the document's text: w:lang/@w:val in the style defaults."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return None
    lang = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    return None if lang is None else lang.get(qn("w:val"))
