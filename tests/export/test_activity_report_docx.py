"""The activity report as a Word document (issue 21), read back as Word and assistive
tools read it (tests/export/docx_reading.py), from the reports the PDF's tests make
(tests/export/test_activity_report_exports.py): the figures equal the report's, the
PDF's parts as headings, the charts as pictures whose text alternative says their
figures, every table with its header row repeated, lists cut where the PDF cuts them,
hostile text (markup, formulas, right-to-left, emoji, control characters XML forbids,
long words) kept as typed, the language and properties set; and LibreOffice making an
accessible PDF of it (skipped without soffice)."""

from __future__ import annotations

import re

import pytest
from docx.document import Document
from docx.oxml.ns import qn

from facilitator.domain.activity_report import ActivityReport, Period, activity_report
from facilitator.domain.lab_summary import CARD_STATUSES, StepSummary
from facilitator.export.docx_parts import clean
from facilitator.export.office_pdf import find_soffice, pdf_from_docx
from facilitator.export.report import REPORT_FORMATS, REPORT_SUFFIXES, report_bytes
from facilitator.export.report_pdf import MIN_CHARTED, MOST_LATE, MOST_ORGANISATIONS
from facilitator.export.report_words import dates_text, decimal, number, status_name
from facilitator.export.words import french_typography
from tests.export import docx_reading, pdf_facts
from tests.export.test_activity_report_exports import (
    FORMULA,
    HOSTILE,
    LONG_WORD,
    TODAY,
    _hostile,
    _report,
    _summary,
)
from tests.export.test_agenda_exports import _flat

FIGURE_KEYS = (
    "ateliers",
    "journées d’atelier",
    "participants",
    "organisations représentées",
    "idées",
    "votes tenus",
    "prototypes",
    "étapes en retard",
)


def _docx(report: ActivityReport, language: str = "fr", title: str = "") -> Document:
    data = report_bytes(report, "docx", language, title=title)  # type: ignore[arg-type]
    assert data.startswith(b"PK")
    return docx_reading.read(data)


def _figures(document: Document) -> dict[str, str]:
    """The key figures as read back: label -> number as written (the first two tables,
    four « number / label » cells each)."""
    found: dict[str, str] = {}
    for table in docx_reading.tables(document)[:2]:
        for cell in table.rows[0]:
            value, label = cell.split("\n", 1)
            found[label] = value
    return found


def _text(document: Document) -> str:
    return "\n".join(docx_reading.texts(document))


def _table(document: Document, caption: str) -> docx_reading.TableFacts:
    return next(t for t in docx_reading.tables(document) if t.caption == caption)


def test_the_docx_says_the_figures_of_the_report() -> None:
    report = _report(MIN_CHARTED)
    document = _docx(report)
    assert _figures(document) == {
        label: number(value, "fr")
        for label, value in zip(
            FIGURE_KEYS,
            (
                len(report.workshops),
                report.days,
                report.participants,
                report.organisation_count,
                report.ideas,
                report.votes_held,
                report.prototype_count,
                report.steps.overdue,
            ),
            strict=True,
        )
    }
    assert docx_reading.texts(document, "Title") == ["Rapport d’activité"]
    period = docx_reading.texts(document, "Question de l’atelier")  # its style: 15 points
    assert period == ["Du 1er janvier 2026 au 31 mars 2026"]
    assert [(s, _flat(t)) for s, t in docx_reading.outline(document)] == [
        ("Title", "Rapport d’activité"),
        ("Heading 1", "Chiffres clés"),
        ("Heading 2", "Ateliers par mois"),
        ("Heading 2", "Ce qui en est sorti"),
        ("Heading 1", "Organisations représentées"),
        ("Heading 2", "Animation"),
        ("Heading 1", "ROTI et satisfaction"),
        ("Heading 2", "ROTI (retour sur le temps investi)"),
        ("Heading 1", "Prochaines étapes en retard au 15/04/2026"),
        ("Heading 2", "Prochaines étapes par personne"),
        ("Heading 1", "Les ateliers de la période"),
        ("Heading 1", "Hors décompte"),
        ("Heading 2", "Ateliers sans date (1)"),
        ("Heading 2", "Copies d’un même atelier (1)"),
        ("Heading 2", "Fichiers non lus (2)"),
        ("Heading 2", "Comment ces chiffres sont comptés"),
    ]
    # The table of workshops: one row each, never cut, its columns adding up.
    workshops = _table(document, "Les ateliers de la période")
    body = workshops.rows[1:]
    assert len(body) == len(report.workshops)
    assert [r[0] for r in body] == [dates_text(w.summary.dates, "fr") for w in report.workshops]
    assert sum(int(r[3]) for r in body) == report.participants
    assert sum(int(r[4]) for r in body) == report.ideas
    assert sum(int(r[5]) for r in body) == report.prototype_count
    assert sum(int(r[6]) for r in body) == report.steps.overdue
    assert body[0][1] == "Atelier 0\nMairie de Saint-Flour"  # the title, its place below
    organisations = _table(document, "Organisations représentées")
    assert [(r[0], int(r[1])) for r in organisations.rows[1:]] == [
        (o.name, o.people) for o in report.organisations
    ]
    statuses = _table(document, "Prototypes par statut")
    assert [(r[0], int(r[1])) for r in statuses.rows[1:]] == [
        (status_name("fr", s), report.prototypes.get(s, 0)) for s in CARD_STATUSES
    ]
    late = _table(document, "Prochaines étapes en retard au 15/04/2026")
    assert "Appeler la mairie (Covoit’)" in [r[2] for r in late.rows[1:]]
    assert "Tester (Covoit’)" not in _text(document)  # due in May: not overdue
    assert report.roti is not None
    assert f"{decimal(report.roti.mean, 'fr')} sur 5" in _text(document)  # the ROTI
    # Files not counted, as lists.
    assert "abîmé.atelier · endommagé" in docx_reading.texts(document, "List Bullet")


def test_every_table_repeats_its_header_row_and_charts_say_their_figures() -> None:
    report = _report(MIN_CHARTED)
    document = _docx(report)
    tables = docx_reading.tables(document)
    layout, data = tables[:2], tables[2:]
    assert all(t.header_rows == [] for t in layout)  # the key figures: read in order
    assert data and all(t.header_rows == [0] and t.caption for t in data)
    assert all(fill == "EEEEEE" for t in data for fill in t.first_row_fills)
    timeline, statuses, steps = docx_reading.alt_texts(document)
    assert timeline.startswith("Diagramme en barres «\u00a0Ateliers par mois\u00a0»\u00a0:")
    for bar in report.timeline:
        assert f"\u00a0: {bar.workshops}" in timeline
    assert sum(int(n) for n in re.findall(r"\u00a0: (\d+)", timeline)) == len(report.workshops)
    for status in CARD_STATUSES:
        said = f"{status_name('fr', status)}\u00a0: {report.prototypes.get(status, 0)}"
        assert said in statuses
    assert f"En retard\u00a0: {report.steps.overdue}" in steps
    # Fewer workshops than MIN_CHARTED: no timeline, as in the PDF.
    assert len(docx_reading.alt_texts(_docx(_report(MIN_CHARTED - 1)))) == 2


def test_the_docx_in_english_with_a_title() -> None:
    document = _docx(_report(MIN_CHARTED), "en", title="Lab’@rchipel  — Q1 2026")
    assert docx_reading.texts(document, "Title") == ["Lab’@rchipel — Q1 2026"]
    assert docx_reading.texts(document, "Subtitle") == ["Activity report"]
    text = _text(document)
    assert "From 1 January 2026 to 31 March 2026" in text
    assert "Workshops per month" in text and "Key figures" in text
    assert docx_reading.language(document) == "en-GB"
    properties = document.core_properties
    assert properties.title == "Lab’@rchipel — Q1 2026 — From 1 January 2026 to 31 March 2026"
    assert properties.language == "en-GB" and properties.subject == "Workshop activity report"
    assert properties.author == "Lab’@rchipel"  # the organisation carrying the workshops
    header = document.sections[0].header.paragraphs[0].text
    assert header == "Lab’@rchipel — Q1 2026\tFrom 1 January 2026 to 31 March 2026"


def test_the_language_and_properties_are_set_in_french() -> None:
    document = _docx(_report(3))
    assert docx_reading.language(document) == "fr-FR"
    properties = document.core_properties
    assert properties.language == "fr-FR"
    assert properties.title == "Rapport d’activité — Du 1er janvier 2026 au 31 mars 2026"
    assert properties.subject == "Rapport d’activité des ateliers"
    footer = document.sections[0].footer.paragraphs[0].text
    assert footer.startswith("Établi le 15/04/2026 avec Facilitator\tPage ")


def test_hostile_text_is_kept_as_typed() -> None:
    control = "Titre\x00avec\x1b[2Jcontrôles\ud800"
    extra = _summary(8, title=control, place="")
    report = _report(3, _hostile(), extra)
    document = _docx(report)
    workshops = _table(document, "Les ateliers de la période").rows
    shown = [r[1] for r in workshops[1:]]
    typed = clean(french_typography(f"{HOSTILE}\n{LONG_WORD}"))
    assert f"{typed}\nSalle\tdu conseil\nétage 2" in shown  # markup as text, breaks kept
    assert clean(control) in shown and "\x00" not in clean(control)
    organisations = [r[0] for r in _table(document, "Organisations représentées").rows[1:]]
    assert clean(french_typography(HOSTILE)) in organisations
    assert FORMULA in organisations  # a Word cell runs no formula: as typed
    assert "(organisation non renseignée)" in organisations
    # No markup became formatting: the organisation's cell is one plain paragraph.
    cell = next(
        c
        for t in document.tables
        if t.rows[0].cells[0].text == "Organisation"
        for row in t.rows
        for c in row.cells
        if "<b>gras</b>" in c.text
    )
    assert [r.bold for p in cell.paragraphs for r in p.runs] == [None] * len(
        [r for p in cell.paragraphs for r in p.runs]
    )
    assert LONG_WORD in _text(document).replace("\n", "")
    # A right-to-left name: its paragraph's direction set, its runs marked.
    arabic = next(p for p in docx_reading.paragraphs(document) if p.text == "مرحبا Yanis")
    assert arabic._p.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is not None
    assert arabic.runs[0]._r.find(f"{qn('w:rPr')}/{qn('w:rtl')}") is not None


def test_long_lists_are_cut_where_the_pdf_cuts_them() -> None:
    many = [
        _summary(
            n,
            organisations=tuple((f"Service {n}-{k}", 1) for k in range(3)),
            next_steps=tuple(
                StepSummary("Carte", f"Étape {n}-{k}", f"Personne {n}", "2026-01-05", False)
                for k in range(2)
            ),
        )
        for n in range(40)
    ]
    report = _report(0, *many)
    assert len(report.organisations) > MOST_ORGANISATIONS and len(report.late) > MOST_LATE
    document = _docx(report)
    organisations = _table(document, "Organisations représentées").rows
    assert len(organisations) == 1 + MOST_ORGANISATIONS
    text = _text(document)
    more = len(report.organisations) - MOST_ORGANISATIONS
    assert f"… et {more} autres organisations" in text
    late = _table(document, "Prochaines étapes en retard au 15/04/2026").rows
    assert len(late) == 1 + MOST_LATE
    assert f"… et {len(report.late) - MOST_LATE} autres étapes en retard" in text
    assert len(_table(document, "Les ateliers de la période").rows) == 1 + len(report.workshops)


def test_an_empty_period_is_a_short_document_not_an_error() -> None:
    report = activity_report([], Period("2030-01-01", "2030-03-31"), TODAY)
    document = _docx(report)
    text = _text(document)
    assert "Aucun atelier dans cette période." in text
    assert "Du 1er janvier 2030 au 31 mars 2030" in text
    assert len(docx_reading.tables(document)) == 2  # the key figures, all 0
    assert docx_reading.alt_texts(document) == []


def test_docx_is_one_of_the_report_formats() -> None:
    assert "docx" in REPORT_FORMATS and REPORT_SUFFIXES["docx"] == ".docx"


@pytest.mark.skipif(
    find_soffice() is None,
    reason="LibreOffice (soffice) is not installed: libreoffice-writer-nogui",
)
def test_libreoffice_makes_an_accessible_pdf_of_it() -> None:
    report = _report(MIN_CHARTED, _hostile())
    pdf = pdf_from_docx(report_bytes(report, "docx", "fr"))
    catalog = pdf_facts.catalog(pdf)
    assert "/StructTreeRoot" in catalog and catalog["/Lang"] == "fr-FR"
    assert pdf_facts.unembedded_fonts(pdf) == []
    text = _flat(" ".join(p.extract_text() for p in pdf_facts.reader(pdf).pages))
    for reported in report.workshops:
        first_line = reported.summary.title.split("\n")[0]
        if first_line.isascii():
            assert _flat(first_line) in text, first_line
    assert "Rapport d’activité" in text and "Chiffres clés" in text
