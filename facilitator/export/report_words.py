"""The words of the activity report (issue 21) in the report's language, French or
English, and how it writes its numbers, dates and periods. French typography (a
no-break space before : ; ! ? and inside « ») is applied to these words by `rword` and
`counted`, and to user text where it is set (`words.french_typography`)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import PurePath

from facilitator.domain.activity_report import ActivityReport, Bar, Period, UnreadState
from facilitator.domain.records import Language
from facilitator.domain.text import clean_text
from facilitator.export.words import WORDS, french_typography

_THIN = "\u202f"  # French thousands separator: a narrow no-break space

REPORT_WORDS: dict[Language, dict[str, str]] = {
    "fr": {
        "report": "Rapport d’activité",
        "subject": "Rapport d’activité des ateliers",
        "period_all": "Tous les ateliers, de {start} à {end}",
        "period_all_empty": "Tous les ateliers",
        "period_all_month": "Tous les ateliers, en {month}",
        "period": "Du {start} au {end}",
        "period_from": "Depuis le {start}",
        "period_to": "Jusqu’au {end}",
        "made_on": "Établi le {date} à partir de {files}.",
        "files": "{count} fichiers d’atelier",
        "files_one": "{count} fichier d’atelier",
        "figures": "Chiffres clés",
        "workshops": "ateliers",
        "workshops_one": "atelier",
        "days": "journées d’atelier",
        "days_one": "journée d’atelier",
        "participants": "participants",
        "participants_one": "participant",
        "organisations": "organisations représentées",
        "organisations_one": "organisation représentée",
        "ideas": "idées",
        "ideas_one": "idée",
        "votes": "votes tenus",
        "votes_one": "vote tenu",
        "prototypes": "prototypes",
        "prototypes_one": "prototype",
        "overdue_figure": "étapes en retard",
        "overdue_figure_one": "étape en retard",
        "timeline_month": "Ateliers par mois",
        "timeline_quarter": "Ateliers par trimestre",
        "timeline_year": "Ateliers par année",
        "timeline_years": "Ateliers par périodes de {years} ans",
        "quarter": "T{number} {year}",
        "timeline_note": "Chaque atelier est compté à sa première date dans la période.",
        "results": "Ce qui en est sorti",
        "by_status": "Prototypes par statut",
        "next_steps": "Prochaines étapes",
        "done": "Faites",
        "to_do": "À faire",
        "overdue": "En retard",
        "count": "Nombre",
        "status": "Statut",
        "steps": "Étapes",
        "bar_period": "Période",
        "organisations_title": "Organisations représentées",
        "organisation": "Organisation",
        "people": "Personnes",
        "workshops_column": "Ateliers",
        "no_organisation": "(organisation non renseignée)",
        "more_organisations": "… et {count} autres organisations, {people} personnes en tout.",
        "listed_note": "{listed} des {participants} participants sont inscrits par leur nom "
        "et leur organisation ; les autres ont été comptés sans liste de noms.",
        "facilitators_title": "Animation",
        "facilitator": "Animé par",
        "more_facilitators": "… et {count} autres personnes.",
        "satisfaction": "ROTI et satisfaction",
        "roti": "ROTI (retour sur le temps investi)",
        "roti_figure": "{mean} sur {top}",
        "roti_detail": "en moyenne, {answers} réponses dans {workshops}",
        "question": "Question",
        "mean": "Moyenne",
        "answers": "Réponses",
        "scale_mean": "{mean} sur {top}",
        "more_scales": "… et {count} autres questions.",
        "late_title": "Prochaines étapes en retard au {date}",
        "due": "Échéance",
        "owner": "Qui",
        "action": "Action",
        "workshop": "Atelier",
        "no_owner": "(sans responsable)",
        "more_late": "… et {count} autres étapes en retard : le rapport en Markdown les "
        "liste toutes.",
        "owners_title": "Prochaines étapes par personne",
        "more_owners": "… et {count} autres personnes.",
        "no_late": "Aucune prochaine étape en retard au {date}.",
        "workshops_title": "Les ateliers de la période",
        "dates": "Dates",
        "facilitators": "Animation",
        "column_participants": "Partic.",
        "column_ideas": "Idées",
        "column_prototypes": "Proto.",
        "column_overdue": "Retard",
        "place": "Lieu",
        "apart": "Hors décompte",
        "outside": "{count} autres ateliers ont eu lieu hors de la période.",
        "outside_one": "1 autre atelier a eu lieu hors de la période.",
        "undated": "Ateliers sans date ({count}) : listés en fin de rapport, comptés dans "
        "aucune période.",
        "undated_title": "Ateliers sans date ({count})",
        "undated_note": "Ils ne sont comptés dans aucune période : donnez-leur une date dans "
        "Facilitator (Détails de l’atelier).",
        "copies": "Copies d’un même atelier ({count}) : chaque atelier est compté une seule fois.",
        "copies_title": "Copies d’un même atelier ({count})",
        "copies_note": "Des fichiers du même atelier (copiés d’un dossier à l’autre) : seul "
        "celui modifié le plus récemment est compté.",
        "copy_of": "copie de {path}",
        "unread": "Fichiers non lus ({count}) : leurs ateliers ne sont pas comptés.",
        "unread_title": "Fichiers non lus ({count})",
        "unread_note": "Leurs ateliers ne sont pas comptés ; « facilitator check FICHIER » "
        "dit ce qu’a chacun.",
        "state_damaged": "endommagé",
        "state_newer": "d’une version plus récente de Facilitator",
        "state_unreadable": "illisible (droits d’accès ou disque)",
        "state_being_written": "en cours d’écriture par un collègue",
        "nothing": "Aucun atelier dans cette période.",
        "how_counted": "Comment ces chiffres sont comptés",
        "rules": "Un atelier compte dans la période quand l’une de ses dates y est ; "
        "ses journées sont ses dates dans la période. Les participants sont comptés une "
        "fois par atelier (les personnes inscrites, ou le nombre déclaré s’il est plus "
        "grand) ; une personne venue à deux ateliers compte deux fois. Les organisations "
        "sont rapprochées sans tenir compte des majuscules, des accents ni des espaces. "
        "Un vote est tenu quand il est clos ou dévoilé. Une prochaine étape est en retard "
        "quand elle n’est pas faite et que son échéance est passée au {date}. Les "
        "moyennes du ROTI et des échelles comptent chaque réponse une fois.",
        "generated": "Établi le {date} avec Facilitator",
        "page": "Page {page} sur {pages}",
        "file": "Fichier",
        "title": "Titre",
        "first_date": "Première date",
        "last_date": "Dernière date",
        "days_in_period": "Journées dans la période",
        "carried_by": "Porté par",
        "participants_column": "Participants",
        "organisations_column": "Organisations",
        "ideas_column": "Idées",
        "votes_column": "Votes tenus",
        "prototypes_status": "Prototypes : {status}",
        "steps_done": "Étapes faites",
        "steps_to_do": "Étapes à faire",
        "steps_overdue": "Étapes en retard",
        "roti_mean": "ROTI moyen",
        "roti_answers": "Réponses au ROTI",
        "empty": "—",
    },
    "en": {
        "report": "Activity report",
        "subject": "Workshop activity report",
        "period_all": "All workshops, from {start} to {end}",
        "period_all_empty": "All workshops",
        "period_all_month": "All workshops, in {month}",
        "period": "From {start} to {end}",
        "period_from": "Since {start}",
        "period_to": "Until {end}",
        "made_on": "Made on {date} from {files}.",
        "files": "{count} workshop files",
        "files_one": "{count} workshop file",
        "figures": "Key figures",
        "workshops": "workshops",
        "workshops_one": "workshop",
        "days": "workshop days",
        "days_one": "workshop day",
        "participants": "participants",
        "participants_one": "participant",
        "organisations": "organisations represented",
        "organisations_one": "organisation represented",
        "ideas": "ideas",
        "ideas_one": "idea",
        "votes": "votes held",
        "votes_one": "vote held",
        "prototypes": "prototypes",
        "prototypes_one": "prototype",
        "overdue_figure": "overdue next steps",
        "overdue_figure_one": "overdue next step",
        "timeline_month": "Workshops per month",
        "timeline_quarter": "Workshops per quarter",
        "timeline_year": "Workshops per year",
        "timeline_years": "Workshops per {years} years",
        "quarter": "Q{number} {year}",
        "timeline_note": "Each workshop is counted at its first date in the period.",
        "results": "What came out of them",
        "by_status": "Prototypes by status",
        "next_steps": "Next steps",
        "done": "Done",
        "to_do": "To do",
        "overdue": "Overdue",
        "count": "Count",
        "status": "Status",
        "steps": "Steps",
        "bar_period": "Period",
        "organisations_title": "Organisations represented",
        "organisation": "Organisation",
        "people": "People",
        "workshops_column": "Workshops",
        "no_organisation": "(no organisation given)",
        "more_organisations": "… and {count} more organisations, {people} people in all.",
        "listed_note": "{listed} of the {participants} participants are listed by name and "
        "organisation; the others were counted without a list of names.",
        "facilitators_title": "Facilitation",
        "facilitator": "Facilitated by",
        "more_facilitators": "… and {count} more people.",
        "satisfaction": "ROTI and satisfaction",
        "roti": "ROTI (return on time invested)",
        "roti_figure": "{mean} out of {top}",
        "roti_detail": "on average, {answers} answers in {workshops}",
        "question": "Question",
        "mean": "Mean",
        "answers": "Answers",
        "scale_mean": "{mean} out of {top}",
        "more_scales": "… and {count} more questions.",
        "late_title": "Next steps overdue on {date}",
        "due": "Due",
        "owner": "Who",
        "action": "Action",
        "workshop": "Workshop",
        "no_owner": "(no owner)",
        "more_late": "… and {count} more overdue steps: the Markdown report lists them all.",
        "owners_title": "Next steps by person",
        "more_owners": "… and {count} more people.",
        "no_late": "No next step overdue on {date}.",
        "workshops_title": "The period's workshops",
        "dates": "Dates",
        "facilitators": "Facilitators",
        "column_participants": "People",
        "column_ideas": "Ideas",
        "column_prototypes": "Proto.",
        "column_overdue": "Late",
        "place": "Place",
        "apart": "Not counted",
        "outside": "{count} other workshops took place outside the period.",
        "outside_one": "1 other workshop took place outside the period.",
        "undated": "Workshops without a date ({count}): listed at the end, counted in no period.",
        "undated_title": "Workshops without a date ({count})",
        "undated_note": "They are counted in no period: give them a date in Facilitator "
        "(the workshop's details).",
        "copies": "Copies of one workshop ({count}): each workshop is counted once.",
        "copies_title": "Copies of one workshop ({count})",
        "copies_note": "Files of the same workshop (copied from one folder to another): only "
        "the one changed last is counted.",
        "copy_of": "copy of {path}",
        "unread": "Files not read ({count}): their workshops are not counted.",
        "unread_title": "Files not read ({count})",
        "unread_note": "Their workshops are not counted; “facilitator check FILE” says what "
        "is wrong with each.",
        "state_damaged": "damaged",
        "state_newer": "from a newer version of Facilitator",
        "state_unreadable": "unreadable (permissions or disk)",
        "state_being_written": "being written by a colleague",
        "nothing": "No workshop in this period.",
        "how_counted": "How these figures are counted",
        "rules": "A workshop counts in the period when one of its dates is in it; its days "
        "are its dates in the period. Participants are counted once per workshop (the "
        "people listed, or the declared number when larger); someone who came to two "
        "workshops counts twice. Organisations are matched regardless of case, accents "
        "and spaces. A vote is held once closed or revealed. A next step is overdue when "
        "it is not done and its due date is before {date}. The means of the ROTI and the "
        "scales count each answer once.",
        "generated": "Made on {date} with Facilitator",
        "page": "Page {page} of {pages}",
        "file": "File",
        "title": "Title",
        "first_date": "First date",
        "last_date": "Last date",
        "days_in_period": "Days in the period",
        "carried_by": "Organised by",
        "participants_column": "Participants",
        "organisations_column": "Organisations",
        "ideas_column": "Ideas",
        "votes_column": "Votes held",
        "prototypes_status": "Prototypes: {status}",
        "steps_done": "Steps done",
        "steps_to_do": "Steps to do",
        "steps_overdue": "Steps overdue",
        "roti_mean": "ROTI mean",
        "roti_answers": "ROTI answers",
        "empty": "—",
    },
}

_MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}  # fmt: skip
_SHORT_MONTHS = {
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}  # fmt: skip


def rword(language: Language, key: str, **params: object) -> str:
    """The report's word `key` in `language` (KeyError: no such word), French words set
    with French typography (the parameters, user text, are set where they are shown)."""
    return _typeset(language, REPORT_WORDS[language][key]).format(**params)


def _typeset(language: Language, text: str) -> str:
    return french_typography(text) if language == "fr" else text


def counted(language: Language, key: str, count: int) -> str:
    """The word `key` for `count` of them: singular for 1 (and 0 in French)."""
    one = count < 2 if language == "fr" else count == 1
    table = REPORT_WORDS[language]
    return _typeset(language, table[f"{key}_one"] if one and f"{key}_one" in table else table[key])


def number(value: int, language: Language) -> str:
    """12345 as « 12 345 » (a narrow no-break space) in French, 12,345 in English."""
    text = f"{value:,}"
    return text.replace(",", _THIN) if language == "fr" else text


def decimal(value: float, language: Language, places: int = 1) -> str:
    """3.75 as « 3,8 » in French, 3.8 in English (`places` decimals, kept when whole:
    a mean of 4 reads 4,0)."""
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if language == "fr" else text


def status_name(language: Language, status: str) -> str:
    """A prototype card's status as the cards say it ("À tester"); unknown: as it is."""
    return WORDS[language].get(f"status_{status}", status)


def day_text(iso: str, language: Language) -> str:
    """'2026-01-01' -> '1er janvier 2026' / '1 January 2026'; anything else as it is."""
    try:
        date = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    first = "1er" if language == "fr" and date.day == 1 else str(date.day)
    return f"{first} {_MONTHS[language][date.month - 1]} {date.year}"


def short_date(iso: str, language: Language) -> str:
    """'2026-03-12' -> '12/03/2026' in French, the ISO date in English."""
    try:
        date = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return date.strftime("%d/%m/%Y") if language == "fr" else date.isoformat()


def dates_text(dates: tuple[str, ...], language: Language) -> str:
    """A workshop's dates in a table: '12/03/2026', or '12–13/03/2026' over days of one
    month, '30/03–02/04/2026' over two months (English: '12 Mar 2026', '12–13 Mar
    2026', '30 Mar – 2 Apr 2026'); '' without any."""
    if not dates:
        return ""
    first, last = dates[0], dates[-1]
    if first == last:
        return short_date(first, language) if language == "fr" else _english_dates(first, last)
    if language != "fr":
        return _english_dates(first, last)
    a, b = short_date(first, language), short_date(last, language)
    if a[3:] == b[3:]:
        return f"{a[:2]}–{b}"
    if a[6:] == b[6:]:
        return f"{a[:5]}–{b}"
    return f"{a}–{b}"


def _english_dates(first: str, last: str) -> str:
    """'20–21 Jan 2025', '30 Jan – 2 Feb 2025', '30 Dec 2025 – 2 Jan 2026'."""
    try:
        one, two = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    except ValueError:
        return f"{first} – {last}"
    months = _SHORT_MONTHS["en"]
    end = f"{two.day} {months[two.month - 1]} {two.year}"
    if one == two:
        return end
    if one.year != two.year:
        return f"{one.day} {months[one.month - 1]} {one.year} – {end}"
    if one.month != two.month:
        return f"{one.day} {months[one.month - 1]} – {end}"
    return f"{one.day}–{end}"


def period_text(period: Period, language: Language, first: str = "", last: str = "") -> str:
    """The period as a title: « Du 1er janvier 2026 au 31 mars 2026 », « Depuis le … »,
    or, for an open period, « Tous les ateliers, de mars 2024 à juin 2026 » (`first`
    and `last`: the counted workshops' first and last dates, "" when there are none)."""
    if period.start and period.end:
        start, end = day_text(period.start, language), day_text(period.end, language)
        return rword(language, "period", start=start, end=end)
    if period.start:
        return rword(language, "period_from", start=day_text(period.start, language))
    if period.end:
        return rword(language, "period_to", end=day_text(period.end, language))
    if first and last:
        start, end = month_text(first, language), month_text(last, language)
        if start == end:
            return rword(language, "period_all_month", month=start)
        return rword(language, "period_all", start=start, end=end)
    return rword(language, "period_all_empty")


def month_text(iso: str, language: Language) -> str:
    """'2026-03-12' -> 'mars 2026' / 'March 2026'."""
    try:
        date = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{_MONTHS[language][date.month - 1]} {date.year}"


def bar_label(bar: Bar, language: Language) -> tuple[str, str]:
    """A timeline bar's label on two short lines: ('mars', '2026'), ('T1', '2026'),
    ('2026', ''), ('2020–', '2024')."""
    start = dt.date.fromisoformat(bar.start)
    if bar.unit == "month":
        return _SHORT_MONTHS[language][start.month - 1], str(start.year)
    if bar.unit == "quarter":
        quarter = rword(language, "quarter", number=(start.month - 1) // 3 + 1, year=start.year)
        head, _, year = quarter.partition(" ")
        return head, year
    if bar.unit == "year":
        return str(start.year), ""
    return f"{start.year}–", bar.end[:4]


def timeline_title(bars: tuple[Bar, ...], language: Language) -> str:
    """« Ateliers par mois » (or trimestre, année, périodes de n ans)."""
    if not bars:
        return rword(language, "timeline_month")
    unit = bars[0].unit
    if unit == "years":
        years = int(bars[0].end[:4]) - int(bars[0].start[:4]) + 1
        return rword(language, "timeline_years", years=years)
    return rword(language, f"timeline_{unit}")


def state_text(state: UnreadState, language: Language) -> str:
    """Why a file was not read, in a few words."""
    return rword(language, f"state_{state}")


__all__ = [
    "REPORT_WORDS",
    "bar_label",
    "counted",
    "dates_text",
    "day_text",
    "decimal",
    "month_text",
    "number",
    "path_texts",
    "period_text",
    "rword",
    "short_date",
    "state_text",
    "status_name",
    "timeline_title",
]


def path_texts(paths: list[str]) -> dict[str, str]:
    """Each path as the report shows it: relative to the folder all of them share (the
    lab's folder), whole when they share none, on one line without control characters
    (a colleague's file name may hold an escape sequence: `text.clean_text`)."""
    if not paths:
        return {}
    try:
        common = os.path.commonpath(paths)
    except ValueError:  # absolute and relative mixed, or two Windows drives
        common = ""
    if common in paths:  # one file, or a file named like the folder: show its name
        common = str(PurePath(common).parent)
    if not common or common == ".":
        return {p: clean_text(p, multiline=False) for p in paths}
    return {p: clean_text(os.path.relpath(p, common), multiline=False) for p in paths}


def apart_notes(report: ActivityReport, language: Language) -> list[str]:
    """One line for each kind of file the report does not count (workshops outside the
    period, undated, copies, unread), in the cover's words; the files are listed at the
    report's end. Shared by the PDF, Word and Markdown reports."""
    notes: list[str] = []
    if report.outside:
        key = "outside_one" if report.outside == 1 else "outside"
        notes.append(rword(language, key, count=number(report.outside, language)))
    for key, count in (
        ("undated", len(report.undated)),
        ("copies", len(report.copies)),
        ("unread", len(report.unread)),
    ):
        if count:
            notes.append(rword(language, key, count=number(count, language)))
    return notes
