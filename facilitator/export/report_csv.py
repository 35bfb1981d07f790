"""The activity report as CSV (issue 21): one row per workshop counted in the period,
for a spreadsheet. The conventions of the ideas' CSV (`ideas_csv`): UTF-8 with a BOM,
CRLF lines, semicolons by default (what a French spreadsheet opens as columns), every
text cell that a spreadsheet would run as a formula started with an apostrophe
(`ideas_csv.neutral`). Headers in the report's language; numbers as integers, means
with a decimal comma in French; dates ISO 8601 (YYYY-MM-DD), which every spreadsheet
reads as dates and sorts.

Only the counted workshops are rows, so that a column's sum is the report's figure
(participants, ideas, votes, prototypes, steps, days in the period): undated
workshops, copies and files not read are said in the PDF and Markdown reports.
"""

from __future__ import annotations

import csv
import io
import math

from facilitator.domain.activity_report import ActivityReport, Reported
from facilitator.domain.lab_summary import CARD_STATUSES
from facilitator.domain.records import Language
from facilitator.export.ideas_csv import neutral
from facilitator.export.report_words import decimal, path_texts, rword, status_name


def header(language: Language) -> list[str]:
    """The header row: Fichier, Titre, Première date, Dernière date, Journées dans la
    période, Lieu, Porté par, Animation, Participants, Organisations, Idées, Votes tenus,
    one « Prototypes : <statut> » per status, Étapes faites, à faire, en retard, ROTI
    moyen, Réponses au ROTI (English words for an English report)."""
    keys = (
        "file",
        "title",
        "first_date",
        "last_date",
        "days_in_period",
        "place",
        "carried_by",
        "facilitators",
    )
    columns = [rword(language, k) for k in keys]
    columns += [
        rword(language, k)
        for k in ("participants_column", "organisations_column", "ideas_column", "votes_column")
    ]
    columns += [
        rword(language, "prototypes_status", status=status_name(language, s)) for s in CARD_STATUSES
    ]
    columns += [rword(language, k) for k in ("steps_done", "steps_to_do", "steps_overdue")]
    columns += [rword(language, "roti_mean"), rword(language, "roti_answers")]
    return columns


def _row(reported: Reported, report: ActivityReport, language: Language, path: str) -> list[str]:
    summary = reported.summary
    overdue = len(summary.overdue_on(report.today))
    done = sum(1 for s in summary.next_steps if s.done)
    roti = [s for s in summary.scales if s.roti and s.answers and s.mean is not None]
    answers = sum(s.answers for s in roti)
    mean = math.fsum(s.answers * (s.mean or 0.0) for s in roti) / answers if answers else None
    organisations = ", ".join(
        f"{' '.join(name.split()) or rword(language, 'no_organisation')} ({count})"
        for name, count in summary.organisations
    )
    texts = [
        path,
        summary.title,
        summary.first_date,
        summary.last_date,
        str(reported.days),
        summary.place,
        summary.organisation,
        ", ".join(summary.facilitators),
        str(summary.participants),
        organisations,
        str(summary.ideas),
        str(summary.votes_held),
    ]
    texts += [str(summary.prototypes.get(s, 0)) for s in CARD_STATUSES]
    texts += [str(done), str(len(summary.next_steps) - done - overdue), str(overdue)]
    texts += [decimal(mean, language, 2) if mean is not None else "", str(answers)]
    return [neutral(" ".join(t.split())) for t in texts]


def report_csv(report: ActivityReport, language: Language, separator: str = ";") -> bytes:
    """The counted workshops as CSV bytes (UTF-8 with a BOM, CRLF lines, `separator`
    between cells), in the report's order (first date in the period, then title).
    Line breaks typed in a title or a place are spaces (one line per workshop)."""
    paths = path_texts(sorted({r.path for r in report.workshops}))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\r\n")
    writer.writerow([neutral(h) for h in header(language)])
    for reported in report.workshops:
        writer.writerow(_row(reported, report, language, paths[reported.path]))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
