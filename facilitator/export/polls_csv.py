"""Every poll's results as CSV (`--format polls-csv`, the Export menu's « Résultats des
sondages »): what labs copy into the figures they report to their steering committees.

One row per value of a scale, option of a choice, word of a word cloud and answer of a
free text, in the agenda's order: the poll's number and question, its activity, its
kind, the answer (a label, a word in its most frequent spelling, a text), a scale's or a
choice's value, how many gave it from phones, on paper, and in all; a scale's rows also
carry its mean and median (decimals with a comma in a French workshop, as a French
spreadsheet reads them). Polls nobody answered have their options listed with zeros, so
that a file of several workshops lines up.

A separate file, not columns of the ideas' CSV: the ideas' file is read back into
Facilitator (storage/idea_files.py) and one row per idea is its contract; polls are
another table. Polls are anonymous: no phone's label is written.

Like the ideas' CSV: UTF-8 with a BOM, CRLF lines, semicolons by default (a comma or a
tab on request), headers in the workshop's language, and every cell that a spreadsheet
would run as a formula (= + - @, a tab, a carriage return first) neutralised with a
leading apostrophe (export/ideas_csv.py `neutral`): a participant's word "=HYPERLINK(…)"
is shown, never run.
"""

from __future__ import annotations

import csv
import io

from facilitator.domain import polls
from facilitator.domain.records import AgendaItem
from facilitator.domain.workshop import Workshop
from facilitator.export.ideas_csv import neutral
from facilitator.export.synthesis_words import sword

COLUMNS = (
    "poll_number",
    "poll_question",
    "poll_activity",
    "poll_kind",
    "poll_answer",
    "poll_value",
    "poll_phones",
    "poll_paper",
    "poll_total",
    "poll_mean_column",
    "poll_median_column",
)


def header(workshop: Workshop) -> list[str]:
    """Sondage; Question; Activité; Type; Réponse; Valeur; Téléphones; Papier; Total;
    Moyenne; Médiane (English: Poll; Question; Activity; Kind; Answer; Value; Phones;
    Paper; Total; Mean; Median)."""
    language = workshop.info.language
    return [sword(language, key) for key in COLUMNS]


def polls_csv(workshop: Workshop, separator: str = ";") -> bytes:
    """Every poll's results as CSV bytes (UTF-8 with a BOM, CRLF lines, `separator`
    between cells); see the module's notes for the rows."""
    language = workshop.info.language

    def number(value: float | None) -> str:
        if value is None:
            return ""
        text = f"{round(value, 4):g}"
        return text.replace(".", ",") if language == "fr" else text

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\r\n")
    writer.writerow(header(workshop))
    for index, poll in enumerate(polls.polls_in_order(workshop), start=1):
        result = polls.results(workshop, poll.id)
        item = workshop.get(AgendaItem, poll.agenda_item_id)
        top = max((o.option.value for o in result.options), default=0)
        first = [
            index,
            neutral(poll.question),
            neutral(item.title if item is not None else ""),
            sword(language, f"poll_kind_{poll.kind}", top=top),
        ]
        rows: list[list[str | int]] = []
        if poll.kind in ("scale", "choice"):
            mean, median = number(result.mean), number(result.median)
            rows = [
                [neutral(r.option.label), r.option.value, r.phones, r.paper, r.total, mean, median]
                for r in result.options
            ]
        elif poll.kind == "words":
            rows = [[neutral(w.text), "", w.phones, w.paper, w.count, "", ""] for w in result.words]
        else:
            rows = [
                [neutral(t.text), "", int(bool(t.participant)), int(not t.participant), 1, "", ""]
                for t in result.texts
            ]
        for row in rows or [["", "", 0, 0, 0, "", ""]]:
            writer.writerow([*first, *row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
