"""The activity report's PDF, CSV and Markdown (issue 21), from summaries made here: the
figures read back from each, hostile text (markup, formulas, right-to-left, emoji, long
words, line breaks) printed as typed and never run, the PDF's furniture (fonts
embedded, language, title, no glyph over another or off the page) and its first page
drawn (Qt's PDF renderer) with the chart's bars where they belong."""

from __future__ import annotations

import csv
import dataclasses
import io
import re

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from facilitator.domain.activity_report import (
    ActivityReport,
    Period,
    Source,
    Unread,
    activity_report,
)
from facilitator.domain.lab_summary import ScaleSummary, StepSummary, WorkshopSummary
from facilitator.export.report import report_bytes
from facilitator.export.report_csv import header
from facilitator.export.report_pdf import MIN_CHARTED, MOST_LATE, MOST_ORGANISATIONS
from facilitator.export.report_words import dates_text, number, path_texts
from tests.export import pdf_facts, pdf_layout

TODAY = "2026-04-15"
HOSTILE = "R&D <b>gras</b> <img src='/dev/zero'/> | `x` *y* [lien](http://a) 🙂 مرحبا = « ok » ?"
LONG_WORD = "Anticonstitutionnellement" * 6
FORMULA = '=HYPERLINK("http://evil","clic")'


def _summary(number_: int, **values: object) -> WorkshopSummary:
    made = WorkshopSummary(
        title=f"Atelier {number_}",
        organisation="Lab’@rchipel",
        place="Mairie de Saint-Flour",
        language="fr",
        dates=(f"2026-0{1 + number_ % 3}-1{number_ % 9}",),
        facilitators=("Claire Dumas", "Yanis Benali"),
        participants=12 + number_,
        organisations=(("Préfecture du Cantal", 5), ("CAF du Cantal", 3)),
        ideas=30 + number_,
        votes_held=2,
        prototypes={"idea": 1, "to_test": 2, "testing": 1, "adopted": number_ % 2, "dropped": 0},
        next_steps=(
            StepSummary("Covoit’", "Appeler la mairie", "Léa Martin", "2026-02-01", False),
            StepSummary("Covoit’", "Tester", "Paul Roux", "2026-05-01", False),
            StepSummary("Covoit’", "Écrire", "Léa Martin", "2026-01-10", True),
        ),
        scales=(ScaleSummary("ROTI", 5, 10, 3.5 + number_ % 2, True),),
    )
    return dataclasses.replace(made, **values)  # type: ignore[arg-type]


def _report(count: int = 3, *extra: WorkshopSummary) -> ActivityReport:
    sources = [
        Source(f"/lab/2026/atelier-{n}.atelier", _summary(n), f"{n:032x}", n) for n in range(count)
    ]
    sources += [
        Source(f"/lab/2026/hostile-{n}.atelier", made, f"{1000 + n:032x}", n)
        for n, made in enumerate(extra)
    ]
    sources.append(Source("/lab/copie.atelier", sources[0].summary, sources[0].identity, -1))
    sources.append(Source("/lab/sans-date.atelier", _summary(99, dates=())))
    unread = [Unread("/lab/abîmé.atelier", "damaged"), Unread("/lab/v9.atelier", "newer")]
    return activity_report(sources, Period("2026-01-01", "2026-03-31"), TODAY, unread)


def _hostile() -> WorkshopSummary:
    return _summary(
        7,
        title=f"{HOSTILE}\n{LONG_WORD}",
        place="Salle\tdu conseil\nétage 2",
        organisation=FORMULA,
        facilitators=("@Claire", "مرحبا Yanis"),
        organisations=((HOSTILE, 4), (FORMULA, 2), ("", 1)),
        next_steps=(StepSummary(HOSTILE, FORMULA, "-Léa", "2026-01-02", False),),
        scales=(ScaleSummary(HOSTILE, 10, 4, 7.25, False),),
    )


def _text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in pdf_facts.reader(data).pages)


# -- the PDF ---------------------------------------------------------------------------
def test_the_pdf_says_the_figures_in_french() -> None:
    report = _report(3)
    data = report_bytes(report, "pdf", "fr")
    text = _text(data)
    for said in (
        "Rapport d’activité",
        "Du 1er janvier 2026 au 31 mars 2026",
        "Chiffres clés",
        f"{report.participants}\nparticipants",
        "Organisations représentées",
        "Préfecture du Cantal",
        "ROTI",
        "Appeler la mairie",  # overdue on the 15th of April
        "Ateliers sans date (1)",
        "Copies d’un même atelier (1)",
        "Fichiers non lus (2)",
        "endommagé",
        "Comment ces chiffres sont comptés",
    ):
        assert said.replace("\n", " ") in text.replace("\n", " "), said
    assert "Tester (Covoit’)" not in text  # due in May: not overdue
    # French typography in the report's own words: a no-break space before the colon.
    assert "Fichiers non lus (2)\u00a0:" in text or "Fichiers non lus (2)" in text
    assert pdf_facts.unembedded_fonts(data) == []
    assert pdf_facts.catalog(data)["/Lang"] == "fr-FR"
    assert pdf_facts.shows_title(data)
    title = pdf_facts.xmp_values(pdf_facts.xmp_tree(data), "dc:title")
    assert title == ["Rapport d’activité — Du 1er janvier 2026 au 31 mars 2026"]


def test_the_pdf_in_english_with_a_title() -> None:
    data = report_bytes(_report(MIN_CHARTED), "pdf", "en", title="Lab’@rchipel  — Q1 2026")
    text = _text(data)
    assert "Lab’@rchipel — Q1 2026" in text and "Activity report" in text
    assert "From 1 January 2026 to 31 March 2026" in text
    assert "Workshops per month" in text and "Key figures" in text
    assert pdf_facts.catalog(data)["/Lang"] == "en-GB"


def test_hostile_text_is_printed_as_typed_and_laid_out_cleanly() -> None:
    data = report_bytes(_report(3, _hostile()), "pdf", "fr")
    text = _text(data)
    assert "R&D <b>gras</b> <img src='/dev/zero'/>" in text  # text, never markup
    assert "🙂" in text or "[U+1F642]" in text  # drawn, or named: never a silent box
    assert pdf_layout.overlapping_glyphs(data) == []
    assert pdf_layout.outside_frame(data) == []
    assert pdf_facts.unembedded_fonts(data) == []


def test_long_lists_are_cut_at_their_limits_and_the_rest_counted() -> None:
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
    text = _text(report_bytes(report, "pdf", "fr"))
    more = len(report.organisations) - MOST_ORGANISATIONS
    assert f"… et {more} autres organisations" in text
    assert f"… et {len(report.late) - MOST_LATE} autres étapes en retard" in text
    assert text.count("Service ") == MOST_ORGANISATIONS  # the table stops at its limit
    markdown = report_bytes(report, "md", "fr").decode()
    assert markdown.count("Service ") == len(report.organisations)  # every one, there
    assert markdown.count("| Étape ") == len(report.late)


def test_an_empty_period_is_a_short_report_not_an_error() -> None:
    report = activity_report([], Period("2030-01-01", "2030-03-31"), TODAY)
    text = _text(report_bytes(report, "pdf", "fr"))
    assert "Aucun atelier dans cette période." in text
    assert "Du 1er janvier 2030 au 31 mars 2030" in text
    assert "Aucun atelier" in report_bytes(report, "md", "fr").decode()
    rows = list(csv.reader(io.StringIO(report_bytes(report, "csv", "fr").decode("utf-8-sig"))))
    assert len(rows) == 1  # the header alone


def _ink(image: QImage, box: tuple[float, float, float, float], colour: QColor) -> int:
    """Pixels near `colour` (40 at most on each channel) in `box` (x0, y0, x1, y1 as
    shares of the page), every other pixel looked at."""
    x0, y0, x1, y1 = box
    found = 0
    for x in range(int(x0 * image.width()), int(x1 * image.width()), 2):
        for y in range(int(y0 * image.height()), int(y1 * image.height()), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red()) < 40
                and abs(pixel.green() - colour.green()) < 40
                and abs(pixel.blue() - colour.blue()) < 40
            ):
                found += 1
    return found


def _first_page(data: bytes) -> QImage:
    """The PDF's first page as a viewer draws it (Qt's PDF engine), on white paper,
    at 72 dots an inch (one pixel a point)."""
    device = QBuffer()
    device.setData(QByteArray(data))
    device.open(QBuffer.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(device)
    assert document.pageCount() >= 2
    drawn = document.render(0, QSize(595, 842))
    document.close()
    assert not drawn.isNull()
    paper = QImage(drawn.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, drawn)
    painter.end()
    return paper


def test_the_first_page_is_drawn_with_its_chart(qapp: QApplication) -> None:
    """The first page rendered: the key figures' blue in the upper part, the timeline's
    bars below them, the overdue bar's orange; nothing in the left margin."""
    image = _first_page(report_bytes(_report(MIN_CHARTED), "pdf", "fr"))
    blue, orange, white = QColor("#000091"), QColor("#b34000"), QColor("#ffffff")
    assert _ink(image, (0.08, 0.25, 0.9, 0.4), blue) > 50  # the big figures
    assert _ink(image, (0.08, 0.4, 0.92, 0.62), blue) > 200  # the timeline's bars
    assert _ink(image, (0.5, 0.6, 0.92, 0.85), orange) > 20  # the overdue steps' bar
    looked_at = len(range(0, int(0.07 * 595), 2)) * len(range(0, 842, 2))
    assert _ink(image, (0.0, 0.0, 0.07, 1.0), white) == looked_at  # the margin: paper
    few = _text(report_bytes(_report(MIN_CHARTED - 1), "pdf", "fr"))
    assert "Ateliers par mois" not in few  # bars of 1 say less than the table of workshops


# -- the CSV and the Markdown ------------------------------------------------------------
def test_the_csv_is_one_row_per_counted_workshop_whose_columns_add_up() -> None:
    report = _report(3, _hostile())
    data = report_bytes(report, "csv", "fr")
    assert data.startswith("\ufeff".encode()) and b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == header("fr") and "Prototypes\u00a0: À tester" in rows[0]
    body = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    assert len(body) == len(report.workshops)
    assert sum(int(r["Participants"]) for r in body) == report.participants
    assert sum(int(r["Idées"]) for r in body) == report.ideas
    assert sum(int(r["Journées dans la période"]) for r in body) == report.days
    assert sum(int(r["Étapes en retard"]) for r in body) == report.steps.overdue
    adopted = sum(int(r["Prototypes\u00a0: Adoptée"]) for r in body)
    assert adopted == report.prototypes["adopted"]
    hostile = next(r for r in body if "gras" in r["Titre"])
    assert hostile["Titre"] == f"{HOSTILE} {LONG_WORD}"  # one line, as typed
    assert hostile["Porté par"] == "'" + FORMULA  # never run by a spreadsheet
    assert hostile["Lieu"] == "Salle du conseil étage 2"
    assert hostile["Animation"] == "'@Claire, مرحبا Yanis"
    assert {r["ROTI moyen"] for r in body} == {"3,50", "4,50", ""}  # "": no ROTI asked
    shown = path_texts(sorted(r.path for r in report.workshops))
    assert {r["Fichier"] for r in body} == set(shown.values())
    assert all(not p.startswith("/") for p in shown.values())  # relative to the lab's folder


def test_the_csv_in_english_with_commas() -> None:
    data = report_bytes(_report(2), "csv", "en", separator=",")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:3] == ["File", "Title", "First date"]
    assert {r[-2] for r in rows[1:]} <= {"3.50", "4.50"}


def test_the_markdown_escapes_user_text_and_keeps_tables_whole() -> None:
    report = _report(3, _hostile())
    text = report_bytes(report, "md", "fr").decode()
    assert text.startswith("# Rapport d’activité\n")
    assert "<b>gras" not in text.replace("\\<b\\>gras", "")
    assert r"\<img src='/dev/zero'/\>" in text and r"\[lien\](http://a)" in text
    assert "🙂 مرحبا" in text
    section = text.split("## Les ateliers de la période\n\n", 1)[1].split("\n\n", 1)[0]
    rows = section.splitlines()[2:]  # after the heading row and its rule
    assert len(rows) == len(report.workshops)  # a typed line break broke no row
    assert [row.split(" | ")[0][2:] for row in rows] == [
        dates_text(r.summary.dates, "fr") for r in report.workshops
    ]
    assert all(re.fullmatch(r"\| .* \|", row) for row in rows)
    assert f"**{number(report.participants, 'fr')}** participants" in text
    assert "Ateliers sans date (1)" in text and "Fichiers non lus (2)" in text


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_format_in_both_languages(language: str) -> None:
    report = _report(3, _hostile())
    for kind in ("pdf", "docx", "csv", "md"):
        assert report_bytes(report, kind, language)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not a report format"):
        report_bytes(report, "odt", "fr")
