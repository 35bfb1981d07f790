"""The activity report as a Word document (issue 21): the PDF's content (`report_pdf`)
for a lab that edits what it hands to its steering committee, built from the
synthesis's DOCX pieces so that both look alike (`docx_styles`, `docx_parts`,
`docx_writing`, `docx_charts`).

Real structure, for Word, LibreOffice and assistive tools: the title in the Title
style, each part a Heading 1 (Titre 1), its subparts Heading 2; the key figures side
by side; the charts (the workshops over time, the prototypes by status, the next
steps) as pictures whose text alternative says every figure drawn, the prototypes and
next steps also as tables; every table a real one with its header row repeated on
each page; the files not counted as lists. The document's language (fr-FR, en-GB),
title, author and subject are set in its properties. Long lists are cut where the
PDF cuts them (report_pdf's MOST_* limits, the rest counted below), a cell's text at
MOST_CELL_CHARACTERS; the table of workshops is never cut.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence

import docx
from docx.document import Document
from reportlab.graphics.shapes import Drawing, Rect

from facilitator.domain.activity_report import ActivityReport, Bar
from facilitator.domain.lab_summary import CARD_STATUSES
from facilitator.domain.records import Language
from facilitator.export import docx_charts
from facilitator.export.docx_parts import Cell, Look, clean, layout_table, paragraph, runs
from facilitator.export.docx_styles import (
    LANGUAGE_TAGS,
    MUTED,
    TEXT_WIDTH_POINTS,
    furniture,
    set_up,
)
from facilitator.export.docx_writing import (
    HEADER_TITLE_CHARS,
    PROPERTY_CHARS,
    DocxText,
    column_width,
    cut,
    set_body,
)
from facilitator.export.report_pdf import (
    MIN_CHARTED,
    MOST_APART,
    MOST_CELL_CHARACTERS,
    MOST_FACILITATORS,
    MOST_LATE,
    MOST_ORGANISATIONS,
    MOST_OWNERS,
    MOST_SCALES,
    OVERDUE,
    _author,
    _names,
    timeline_figure,
)
from facilitator.export.report_words import (
    apart_notes,
    bar_label,
    counted,
    dates_text,
    decimal,
    number,
    path_texts,
    period_text,
    rword,
    short_date,
    state_text,
    status_name,
    timeline_title,
)

SECTION_SPACE = 480  # twips above a part's heading (parts run on, as in the PDF)
CHART_LABELS = 40  # bars named one by one in a chart's text alternative, the rest counted

# The document's own words that the PDF has no use for: the charts' text alternatives.
REPORT_DOCX_WORDS: dict[Language, dict[str, str]] = {
    "fr": {
        "timeline_chart": "Diagramme en barres « {title} » : {values}.",
        "bars_chart": "Diagramme en barres « {title} » : {values}.",
        "value": "{label} : {count}",
        "and_more": "et {count} autres",
    },
    "en": {
        "timeline_chart": "Bar chart “{title}”: {values}.",
        "bars_chart": "Bar chart “{title}”: {values}.",
        "value": "{label}: {count}",
        "and_more": "and {count} more",
    },
}


def _cell_text(text: str) -> str:
    """`text` cut at MOST_CELL_CHARACTERS with an ellipsis (as the PDF's cells)."""
    return text if len(text) <= MOST_CELL_CHARACTERS else text[: MOST_CELL_CHARACTERS - 1] + "…"


class _Writer(DocxText):
    def __init__(
        self, report: ActivityReport, language: Language, title: str, document: Document
    ) -> None:
        super().__init__(language, document)
        self.report = report
        self.title = title
        paths = [r.path for r in report.workshops] + [s.path for s in report.undated]
        paths += [c.path for c in report.copies] + [c.counted for c in report.copies]
        paths += [u.path for u in report.unread]
        self.paths = path_texts(sorted(set(paths)))

    # -- small pieces ------------------------------------------------------------------
    def w(self, key: str, **params: object) -> str:
        return rword(self.language, key, **params)

    def n(self, value: int) -> str:
        return number(value, self.language)

    def said(self, key: str, **params: object) -> str:
        return REPORT_DOCX_WORDS[self.language][key].format(**params)

    def part(self, text: str) -> None:
        """A part's title: a Heading 1 that runs on after what precedes it."""
        self.p("Heading1", text, page_break=False, space_before=SECTION_SPACE)

    def cell(self, text: str) -> Cell:
        return Cell(_cell_text(text))

    def count(self, value: int) -> Cell:
        return Cell(self.n(value), align="right")

    def head(self, key: str) -> Cell:
        """A numeric column's heading, flush right over its numbers."""
        return Cell(self.w(key), align="right")

    def path(self, path: str) -> str:
        return self.paths.get(path, path)

    def bars_chart(self, title: str, rows: Sequence[docx_charts.BarRow], overdue: int = -1) -> None:
        """`rows` as horizontal bars (the row `overdue` in the overdue steps' orange),
        with a text alternative naming every bar and its value."""
        drawing = docx_charts.bars(rows, TEXT_WIDTH_POINTS)
        if overdue >= 0:
            _recolour(drawing, overdue)
        values = "; ".join(self.said("value", label=row.label, count=row.shown) for row in rows)
        self.chart(
            docx_charts.png(drawing),
            (drawing.width, drawing.height),
            self.said("bars_chart", title=title, values=values),
        )

    # -- the parts ---------------------------------------------------------------------
    def cover(self) -> None:
        report = self.report
        first = report.workshops[0].dates[0] if report.workshops else ""
        last = max((r.dates[-1] for r in report.workshops), default="")
        if self.title:
            self.p("Subtitle", self.w("report"), space_before=1200)
        self.p("Title", self.title or self.w("report"), space_before=0 if self.title else 1200)
        self.p("Question", period_text(report.period, self.language, first, last))
        files = self.w("files", count=self.n(report.files))
        if report.files == 1:
            files = self.w("files_one", count=1)
        self.p(
            "CoverFacts",
            self.w("made_on", date=short_date(report.today, self.language), files=files),
        )
        for note in apart_notes(self.report, self.language):
            self.p("CoverFacts", note)

    def figures(self) -> None:
        """The eight key figures, four a row, below the cover's facts."""
        report = self.report
        numbers = [
            (len(report.workshops), "workshops"),
            (report.days, "days"),
            (report.participants, "participants"),
            (report.organisation_count, "organisations"),
            (report.ideas, "ideas"),
            (report.votes_held, "votes"),
            (report.prototype_count, "prototypes"),
            (report.steps.overdue, "overdue_figure"),
        ]
        self.part(self.w("figures"))
        cells = [
            paragraph("KeyFigure", self.n(n))
            + paragraph("Note", self.typeset(counted(self.language, key, n)))
            for n, key in numbers
        ]
        for row in (cells[:4], cells[4:]):
            self.out.append(layout_table([column_width(0.25)] * 4, row))
        if not report.workshops:
            self.p("Normal", self.w("nothing"))

    def timeline(self) -> None:
        """The workshops over time, from MIN_CHARTED workshops, as the PDF's chart; its
        text alternative names each bar (CHART_LABELS at most, the rest counted)."""
        bars = self.report.timeline
        if len(self.report.workshops) < MIN_CHARTED:
            return
        title = timeline_title(bars, self.language)
        self.heading(2, title)
        drawing = timeline_figure(bars, self.language, TEXT_WIDTH_POINTS)
        values = [
            self.said("value", label=_bar_name(bar, self.language), count=self.n(bar.workshops))
            for bar in bars[:CHART_LABELS]
        ]
        if len(bars) > CHART_LABELS:
            values.append(self.said("and_more", count=len(bars) - CHART_LABELS))
        alt = self.said("timeline_chart", title=title, values="; ".join(values))
        self.chart(docx_charts.png(drawing), (drawing.width, drawing.height), alt)
        self.note(self.w("timeline_note"))

    def results(self) -> None:
        """Prototypes by status and next steps by state: bars, then a table each."""
        report = self.report
        if not report.workshops:
            return
        self.heading(2, self.w("results"))
        statuses = list(CARD_STATUSES) + [s for s in report.prototypes if s not in CARD_STATUSES]
        by_status = [(status_name(self.language, s), report.prototypes.get(s, 0)) for s in statuses]
        steps = report.steps
        by_state = [
            (self.w("done"), steps.done),
            (self.w("to_do"), steps.to_do),
            (self.w("overdue"), steps.overdue),
        ]
        for title, key, rows, overdue in (
            (self.w("by_status"), "by_status", by_status, -1),
            (self.w("next_steps"), "next_steps", by_state, 2),
        ):
            bars = [docx_charts.BarRow("", label, count, self.n(count)) for label, count in rows]
            self.bars_chart(title, bars, overdue)
            self.grid(
                (0.7, 0.3),
                [self.w(key), self.head("count")],
                [[self.cell(label), self.count(count)] for label, count in rows],
                caption=title,
                keep_together=True,  # with its chart: a status or two alone on a page
            )

    def organisations(self) -> None:
        report = self.report
        if not report.organisations:
            return
        self.part(self.w("organisations_title"))
        rows: list[list[Cell | str]] = [
            [
                self.cell(o.name or self.w("no_organisation")),
                self.count(o.people),
                self.count(o.workshops),
            ]
            for o in report.organisations[:MOST_ORGANISATIONS]
        ]
        header: list[Cell | str] = [
            self.w("organisation"),
            self.head("people"),
            self.head("workshops_column"),
        ]
        self.grid((0.64, 0.18, 0.18), header, rows, caption=self.w("organisations_title"))
        rest = report.organisations[MOST_ORGANISATIONS:]
        if rest:
            people = sum(o.people for o in rest)
            self.note(
                self.w("more_organisations", count=self.n(len(rest)), people=self.n(people)),
                below_table=True,
            )
        if report.listed_people < report.participants:
            listed = self.w(
                "listed_note",
                listed=self.n(report.listed_people),
                participants=self.n(report.participants),
            )
            self.note(listed, below_table=True)

    def facilitators(self) -> None:
        found = self.report.facilitators
        if not found:
            return
        self.heading(2, self.w("facilitators_title"))
        rows: list[list[Cell | str]] = [
            [self.cell(person.name), self.count(person.workshops)]
            for person in found[:MOST_FACILITATORS]
        ]
        header: list[Cell | str] = [self.w("facilitator"), self.head("workshops_column")]
        self.grid((0.82, 0.18), header, rows, caption=self.w("facilitators_title"))
        if len(found) > MOST_FACILITATORS:
            more = self.n(len(found) - MOST_FACILITATORS)
            self.note(self.w("more_facilitators", count=more), below_table=True)

    def satisfaction(self) -> None:
        report = self.report
        if report.roti is None and not report.scales:
            return
        self.part(self.w("satisfaction"))
        roti = report.roti
        if roti is not None:
            workshops = (
                self.n(roti.workshops) + " " + counted(self.language, "workshops", roti.workshops)
            )
            self.heading(2, self.w("roti"))
            mean = decimal(roti.mean, self.language)
            self.p("KeyFigure", self.w("roti_figure", mean=mean, top=roti.scale_max))
            self.p(
                "Normal", self.w("roti_detail", answers=self.n(roti.answers), workshops=workshops)
            )
        if report.scales:
            rows: list[list[Cell | str]] = []
            for scale in report.scales[:MOST_SCALES]:
                mean = self.w(
                    "scale_mean", mean=decimal(scale.mean, self.language), top=scale.scale_max
                )
                rows.append(
                    [
                        self.cell(scale.question),
                        mean,
                        self.count(scale.answers),
                        self.count(scale.workshops),
                    ]
                )
            header: list[Cell | str] = [
                self.w("question"),
                self.w("mean"),
                self.head("answers"),
                self.head("workshops_column"),
            ]
            self.grid((0.56, 0.16, 0.14, 0.14), header, rows, caption=self.w("satisfaction"))
            if len(report.scales) > MOST_SCALES:
                more = self.n(len(report.scales) - MOST_SCALES)
                self.note(self.w("more_scales", count=more), below_table=True)

    def late(self) -> None:
        report = self.report
        if not report.workshops or not report.steps.total:
            return
        today = short_date(report.today, self.language)
        title = self.w("late_title", date=today)
        self.part(title)
        if not report.late:
            self.p("Normal", self.w("no_late", date=today))
            return
        rows: list[list[Cell | str]] = []
        for late in report.late[:MOST_LATE]:
            step = late.step
            action = f"{step.action} ({step.card})" if step.card.strip() else step.action
            rows.append(
                [
                    short_date(step.due_date, self.language),
                    self.cell(step.owner or self.w("no_owner")),
                    self.cell(action),
                    self.cell(late.workshop),
                ]
            )
        header: list[Cell | str] = [self.w(k) for k in ("due", "owner", "action", "workshop")]
        self.grid((0.14, 0.2, 0.38, 0.28), header, rows, caption=title)
        if len(report.late) > MOST_LATE:
            more = self.n(len(report.late) - MOST_LATE)
            self.note(self.w("more_late", count=more), below_table=True)

    def owners(self) -> None:
        owners = [o for o in self.report.owners if o.overdue or o.to_do]
        if not owners:
            return
        self.heading(2, self.w("owners_title"))
        rows: list[list[Cell | str]] = [
            [
                self.cell(owner.name or self.w("no_owner")),
                self.count(owner.overdue),
                self.count(owner.to_do),
                self.count(owner.done),
            ]
            for owner in owners[:MOST_OWNERS]
        ]
        header: list[Cell | str] = [
            self.w("owner"),
            self.head("overdue"),
            self.head("to_do"),
            self.head("done"),
        ]
        self.grid((0.52, 0.16, 0.16, 0.16), header, rows, caption=self.w("owners_title"))
        if len(owners) > MOST_OWNERS:
            self.note(
                self.w("more_owners", count=self.n(len(owners) - MOST_OWNERS)), below_table=True
            )

    def workshops(self) -> None:
        """Every workshop counted, one row each (never cut): dates, its title in bold
        with its place below, its facilitators, participants, ideas, prototypes and
        next steps overdue."""
        report = self.report
        if not report.workshops:
            return
        title = self.w("workshops_title")
        self.part(title)
        header: list[Cell | str] = [
            self.w("dates"),
            self.w("workshop"),
            self.w("facilitators"),
            self.head("column_participants"),
            self.head("column_ideas"),
            self.head("column_prototypes"),
            self.head("column_overdue"),
        ]
        rows: list[list[Cell | str]] = []
        for reported in report.workshops:
            summary = reported.summary
            place = _cell_text(summary.place).strip()
            more = runs("\n" + self.typeset(place), Look(colour=MUTED, size=7.5)) if place else ""
            name = _cell_text(summary.title) if summary.title.strip() else self.w("empty")
            rows.append(
                [
                    dates_text(summary.dates, self.language),
                    Cell(name, look=Look(bold=True), more=more),
                    self.cell(_names(summary.facilitators)),
                    self.count(summary.participants),
                    self.count(summary.ideas),
                    self.count(summary.prototype_count),
                    self.count(len(summary.overdue_on(report.today))),
                ]
            )
        shares = (0.16, 0.34, 0.18, 0.08, 0.08, 0.08, 0.08)
        self.grid(shares, header, rows, caption=title)

    def apart(self) -> None:
        """What is not counted: workshops outside the period, undated ones, copies and
        files not read, each list MOST_APART lines at most."""
        report = self.report
        if not (report.undated or report.copies or report.unread or report.outside):
            return
        self.part(self.w("apart"))
        if report.outside:
            key = "outside_one" if report.outside == 1 else "outside"
            self.p("Normal", self.w(key, count=self.n(report.outside)))
        lists: list[tuple[str, str, list[str]]] = [
            (
                self.w("undated_title", count=self.n(len(report.undated))),
                self.w("undated_note"),
                [f"{s.summary.title} · {self.path(s.path)}" for s in report.undated],
            ),
            (
                self.w("copies_title", count=self.n(len(report.copies))),
                self.w("copies_note"),
                [
                    f"{self.path(c.path)} · {self.w('copy_of', path=self.path(c.counted))}"
                    for c in report.copies
                ],
            ),
            (
                self.w("unread_title", count=self.n(len(report.unread))),
                self.w("unread_note"),
                [
                    f"{self.path(u.path)} · {state_text(u.state, self.language)}"
                    for u in report.unread
                ],
            ),
        ]
        for title, note, entries in lists:
            if not entries:
                continue
            self.heading(2, title)
            self.note(note, keep_next=True)
            for entry in entries[:MOST_APART]:
                self.bullet(_cell_text(entry))
            if len(entries) > MOST_APART:
                self.note(f"… +{self.n(len(entries) - MOST_APART)}")

    def rules(self) -> None:
        self.heading(2, self.w("how_counted"))
        self.note(self.w("rules", date=short_date(self.report.today, self.language)))

    def write(self) -> None:
        parts: list[Callable[[], None]] = [
            self.cover,
            self.figures,
            self.timeline,
            self.results,
            self.organisations,
            self.facilitators,
            self.satisfaction,
            self.late,
            self.owners,
            self.workshops,
            self.apart,
            self.rules,
        ]
        for part in parts:
            part()


def _bar_name(bar: Bar, language: Language) -> str:
    """A timeline bar's name on one line: « mars 2026 », « T1 2026 », « 2026 »."""
    head, year = bar_label(bar, language)
    return f"{head} {year}".strip() if not head.endswith("–") else f"{head}{year}"


def _recolour(drawing: Drawing, index: int) -> None:
    """The `index`th bar of `docx_charts.bars` in the overdue steps' orange."""
    bars = [shape for shape in drawing.contents if isinstance(shape, Rect)]
    if 0 <= index < len(bars):
        bars[index].fillColor = bars[index].strokeColor = OVERDUE


def report_docx(report: ActivityReport, language: Language, *, title: str = "") -> bytes:
    """The activity report as DOCX bytes (Office Open XML, A4), in `language`; `title`
    replaces « Rapport d'activité » as the cover's title (the lab's name, say), ""
    keeps it. Its title (with the period), author (the organisation carrying most
    workshops), subject and language are set in its properties."""
    document = docx.Document()
    set_up(document, language)
    writer = _Writer(report, language, " ".join(clean(title).split()), document)
    writer.write()
    set_body(document, writer.out)
    first = report.workshops[0].dates[0] if report.workshops else ""
    last = max((r.dates[-1] for r in report.workshops), default="")
    period = period_text(report.period, language, first, last)
    shown_title = writer.title or rword(language, "report")
    furniture(
        document,
        header=(cut(shown_title, HEADER_TITLE_CHARS), period),
        footer=rword(language, "generated", date=short_date(report.today, language)),
        page_label=rword(language, "page", page="{page}", pages="{pages}"),
    )
    properties = document.core_properties
    properties.title = cut(clean(f"{shown_title} — {period}"), PROPERTY_CHARS)
    properties.author = cut(clean(_author(report)), PROPERTY_CHARS)
    properties.last_modified_by = properties.author
    properties.subject = rword(language, "subject")
    properties.language = LANGUAGE_TAGS[language]
    properties.comments = properties.keywords = properties.category = ""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    properties.created = properties.modified = now
    properties.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
