"""The activity report as Markdown (issue 21): the PDF's sections as text that reads
anywhere (a wiki, a mail, a pad), with every list whole (the PDF cuts its long lists
at named limits; this one never does). User text is escaped (`markdown.cell`): it
renders as typed under any CommonMark renderer, raw HTML on or off, never as markup;
tables are GFM tables, one line per row (line breaks typed in a title are spaces)."""

from __future__ import annotations

from facilitator.domain.activity_report import ActivityReport
from facilitator.domain.lab_summary import CARD_STATUSES
from facilitator.domain.records import Language
from facilitator.export.markdown import cell
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
from facilitator.export.words import french_typography


class _Writer:
    def __init__(self, report: ActivityReport, language: Language, title: str) -> None:
        self.report = report
        self.language = language
        self.title = title
        paths = [r.path for r in report.workshops] + [s.path for s in report.undated]
        paths += [c.path for c in report.copies] + [c.counted for c in report.copies]
        paths += [u.path for u in report.unread]
        self.paths = path_texts(sorted(set(paths)))

    def c(self, value: str) -> str:
        """User or report text on one line (a heading, a table cell), escaped, with
        French typography in a French report."""
        return cell(french_typography(value) if self.language == "fr" else value)

    def w(self, key: str, **params: object) -> str:
        return self.c(rword(self.language, key, **params))

    def n(self, value: int) -> str:
        return number(value, self.language)

    @staticmethod
    def table(head: list[str], rows: list[list[str]], right: int = 0) -> list[str]:
        """A GFM table; the last `right` columns (numbers) flush right."""
        rule = ["---"] * (len(head) - right) + ["---:"] * right
        lines = ["| " + " | ".join(head) + " |", "|" + "|".join(rule) + "|"]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        return [*lines, ""]

    def cover(self) -> list[str]:
        report = self.report
        first = report.workshops[0].dates[0] if report.workshops else ""
        last = max((r.dates[-1] for r in report.workshops), default="")
        title = self.c(self.title) if self.title else self.w("report")
        out = [
            f"# {title}",
            "",
            f"**{self.c(period_text(report.period, self.language, first, last))}**",
            "",
        ]
        key = "files_one" if report.files == 1 else "files"
        files = rword(self.language, key, count=self.n(report.files))
        facts = [self.w("made_on", date=short_date(report.today, self.language), files=files)]
        facts += [self.c(note) for note in apart_notes(report, self.language)]
        return [*out, "\\\n".join(facts), ""]

    def figures(self) -> list[str]:
        report = self.report
        out = [f"## {self.w('figures')}", ""]
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
        out += [f"- **{self.n(n)}** {self.c(counted(self.language, k, n))}" for n, k in numbers]
        out.append("")
        if not report.workshops:
            out += [self.w("nothing"), ""]
            return out
        bars = report.timeline
        out += [f"### {self.c(timeline_title(bars, self.language))}", ""]
        rows = [
            [self.c(" ".join(p for p in bar_label(b, self.language) if p)), self.n(b.workshops)]
            for b in bars
        ]
        out += self.table([self.w("bar_period"), self.w("workshops_column")], rows, right=1)
        out += [f"*{self.w('timeline_note')}*", ""]
        out += [f"### {self.w('by_status')}", ""]
        statuses = list(CARD_STATUSES) + [s for s in report.prototypes if s not in CARD_STATUSES]
        rows = [
            [self.c(status_name(self.language, s)), self.n(report.prototypes.get(s, 0))]
            for s in statuses
        ]
        out += self.table([self.w("status"), self.w("count")], rows, right=1)
        out += [f"### {self.w('next_steps')}", ""]
        steps = report.steps
        rows = [
            [self.w(k), self.n(v)]
            for k, v in (("done", steps.done), ("to_do", steps.to_do), ("overdue", steps.overdue))
        ]
        out += self.table([self.w("steps"), self.w("count")], rows, right=1)
        return out

    def organisations(self) -> list[str]:
        report = self.report
        if not report.organisations:
            return []
        out = [f"## {self.w('organisations_title')}", ""]
        rows = [
            [self.c(o.name) or self.w("no_organisation"), self.n(o.people), self.n(o.workshops)]
            for o in report.organisations
        ]
        head = [self.w("organisation"), self.w("people"), self.w("workshops_column")]
        out += self.table(head, rows, right=2)
        if report.listed_people < report.participants:
            note = self.w(
                "listed_note",
                listed=self.n(report.listed_people),
                participants=self.n(report.participants),
            )
            out += [f"*{note}*", ""]
        if report.facilitators:
            out += [f"### {self.w('facilitators_title')}", ""]
            rows = [[self.c(f.name), self.n(f.workshops)] for f in report.facilitators]
            out += self.table([self.w("facilitator"), self.w("workshops_column")], rows, right=1)
        return out

    def satisfaction(self) -> list[str]:
        report = self.report
        if report.roti is None and not report.scales:
            return []
        out = [f"## {self.w('satisfaction')}", ""]
        roti = report.roti
        if roti is not None:
            workshops = (
                f"{self.n(roti.workshops)} {counted(self.language, 'workshops', roti.workshops)}"
            )
            mean = decimal(roti.mean, self.language)
            figure = rword(self.language, "roti_figure", mean=mean, top=roti.scale_max)
            detail = rword(
                self.language, "roti_detail", answers=self.n(roti.answers), workshops=workshops
            )
            line = self.c(f"{figure} {detail}.")
            colon = "\u00a0: " if self.language == "fr" else ": "  # as export/synthesis_md.py
            out += [f"**{self.w('roti')}**{colon}{line}", ""]
        if report.scales:
            rows = [
                [
                    self.c(s.question),
                    self.w("scale_mean", mean=decimal(s.mean, self.language), top=s.scale_max),
                    self.n(s.answers),
                    self.n(s.workshops),
                ]
                for s in report.scales
            ]
            head = [self.w(k) for k in ("question", "mean", "answers", "workshops_column")]
            out += self.table(head, rows, right=2)
        return out

    def late(self) -> list[str]:
        report = self.report
        if not report.workshops or not report.steps.total:
            return []
        today = short_date(report.today, self.language)
        out = [f"## {self.w('late_title', date=today)}", ""]
        if not report.late:
            return [*out, self.w("no_late", date=today), ""]
        rows = []
        for late in report.late:
            step = late.step
            action = f"{step.action} ({step.card})" if step.card.strip() else step.action
            rows.append(
                [
                    short_date(step.due_date, self.language),
                    self.c(step.owner) or self.w("no_owner"),
                    self.c(action),
                    self.c(late.workshop),
                ]
            )
        out += self.table([self.w(k) for k in ("due", "owner", "action", "workshop")], rows)
        owners = [o for o in report.owners if o.overdue or o.to_do]
        if owners:
            out += [f"### {self.w('owners_title')}", ""]
            rows = [
                [
                    self.c(o.name) or self.w("no_owner"),
                    self.n(o.overdue),
                    self.n(o.to_do),
                    self.n(o.done),
                ]
                for o in owners
            ]
            head = [self.w(k) for k in ("owner", "overdue", "to_do", "done")]
            out += self.table(head, rows, right=3)
        return out

    def workshops(self) -> list[str]:
        report = self.report
        if not report.workshops:
            return []
        out = [f"## {self.w('workshops_title')}", ""]
        keys = ("dates", "workshop", "place", "facilitators", "participants_column")
        head = [self.w(k) for k in keys]
        head += [self.w(k) for k in ("ideas_column", "column_prototypes", "column_overdue")]
        rows = []
        for reported in report.workshops:
            summary = reported.summary
            rows.append(
                [
                    self.c(dates_text(summary.dates, self.language)),
                    self.c(summary.title) or self.w("empty"),
                    self.c(summary.place),
                    self.c(", ".join(summary.facilitators)),
                    self.n(summary.participants),
                    self.n(summary.ideas),
                    self.n(summary.prototype_count),
                    self.n(len(summary.overdue_on(report.today))),
                ]
            )
        return [*out, *self.table(head, rows, right=4)]

    def apart(self) -> list[str]:
        report = self.report
        if not (report.undated or report.copies or report.unread):
            return []
        out = [f"## {self.w('apart')}", ""]

        def path(found: str) -> str:
            return self.paths.get(found, found)

        if report.undated:
            out += [f"### {self.w('undated_title', count=self.n(len(report.undated)))}", ""]
            out += [f"*{self.w('undated_note')}*", ""]
            out += [f"- {self.c(s.summary.title)} · {self.c(path(s.path))}" for s in report.undated]
            out.append("")
        if report.copies:
            out += [f"### {self.w('copies_title', count=self.n(len(report.copies)))}", ""]
            out += [f"*{self.w('copies_note')}*", ""]
            out += [
                f"- {self.c(path(c.path))} · {self.w('copy_of', path=path(c.counted))}"
                for c in report.copies
            ]
            out.append("")
        if report.unread:
            out += [f"### {self.w('unread_title', count=self.n(len(report.unread)))}", ""]
            out += [f"*{self.w('unread_note')}*", ""]
            out += [
                f"- {self.c(path(u.path))} · {self.c(state_text(u.state, self.language))}"
                for u in report.unread
            ]
            out.append("")
        return out

    def rules(self) -> list[str]:
        today = short_date(self.report.today, self.language)
        return [f"## {self.w('how_counted')}", "", self.w("rules", date=today), ""]

    def text(self) -> str:
        parts = (
            self.cover,
            self.figures,
            self.organisations,
            self.satisfaction,
            self.late,
            self.workshops,
            self.apart,
            self.rules,
        )
        lines = [line for part in parts for line in part()]
        return "\n".join(lines).rstrip("\n") + "\n"


def report_md(report: ActivityReport, language: Language, *, title: str = "") -> bytes:
    """The activity report as Markdown, UTF-8 bytes (LF lines); `title` replaces
    « Rapport d'activité » as its first heading, "" keeps it."""
    return _Writer(report, language, " ".join(title.split())).text().encode("utf-8")
