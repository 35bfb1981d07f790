"""The words of exported documents, in the workshop's language (not the interface's).

French follows French typography: a no-break space before : ; ! ? and inside « ».
"""

from __future__ import annotations

import datetime as dt
import re

from facilitator.domain.records import Language

_NBSP = "\u00a0"

WORDS: dict[Language, dict[str, str]] = {
    "fr": {
        "agenda": "Programme",
        "agenda_participants": "Programme de l’atelier",
        "agenda_facilitator": "Programme détaillé pour l’animation",
        "day": "Jour",
        "time": "Horaire",
        "activity": "Activité",
        "duration": "Durée",
        "question": "Question",
        "place": "Lieu",
        "dates": "Dates",
        "facilitators": "Animation",
        "participants": "Participants",
        "instructions": "Consignes",
        "notes": "Notes d’animation",
        "materials": "Matériel",
        "checklist": "Liste du matériel",
        "needed_for": "pour",
        "overrun": "Le programme dépasse la fin prévue ({end}) de {minutes}.",
        "midnight": "Le programme de ce jour se prolonge après minuit.",
        "empty_day": "Aucune activité prévue ce jour.",
        "totals": "Temps par catégorie",
        "page": "Page {page} sur {pages}",
        "generated": "Édité le {date} avec Facilitator",
        "end_of_day": "Fin prévue",
        "cards": "Fiches prototypes",
        "card": "Fiche prototype",
        "status": "Statut",
        "status_idea": "Idée",
        "status_to_test": "À tester",
        "status_testing": "En test",
        "status_adopted": "Adoptée",
        "status_dropped": "Abandonnée",
        "from_idea": "Issue de l’idée « {label} »",
        "from_cluster": "Issue du regroupement « {label} »",
        "from_vote": "Issue du vote « {vote} » ({score})",
        "source_gone": "Issue d’une idée supprimée depuis",
        "next_steps": "Prochaines étapes",
        "action": "Action",
        "owner": "Qui",
        "due": "Pour le",
        "photos": "Photos et croquis",
        "untitled_card": "Fiche sans titre",
        "empty": "—",
        "photo_unreadable": "Photo illisible : « {caption} »",
        "photo_too_large": "Photo trop grande pour être imprimée "
        "({width} × {height} pixels) : « {caption} »",
    },
    "en": {
        "agenda": "Agenda",
        "agenda_participants": "Workshop agenda",
        "agenda_facilitator": "Detailed agenda for facilitators",
        "day": "Day",
        "time": "Time",
        "activity": "Activity",
        "duration": "Duration",
        "question": "Question",
        "place": "Place",
        "dates": "Dates",
        "facilitators": "Facilitators",
        "participants": "Participants",
        "instructions": "Instructions",
        "notes": "Facilitator notes",
        "materials": "Materials",
        "checklist": "Materials checklist",
        "needed_for": "for",
        "overrun": "The agenda runs past the planned end ({end}) by {minutes}.",
        "cards": "Prototype cards",
        "card": "Prototype card",
        "status": "Status",
        "status_idea": "Idea",
        "status_to_test": "To test",
        "status_testing": "Being tested",
        "status_adopted": "Adopted",
        "status_dropped": "Dropped",
        "from_idea": "From the idea “{label}”",
        "from_cluster": "From the cluster “{label}”",
        "from_vote": "From the vote “{vote}” ({score})",
        "source_gone": "From an idea deleted since",
        "next_steps": "Next steps",
        "action": "Action",
        "owner": "Who",
        "due": "By",
        "photos": "Photos and sketches",
        "untitled_card": "Untitled card",
        "empty": "—",
        "photo_unreadable": "Unreadable photo: “{caption}”",
        "photo_too_large": "Photo too large to print ({width} × {height} pixels): “{caption}”",
        "midnight": "This day's agenda runs past midnight.",
        "empty_day": "No activity planned on this day.",
        "totals": "Time per category",
        "page": "Page {page} of {pages}",
        "generated": "Produced on {date} with Facilitator",
        "end_of_day": "Planned end",
    },
}

CATEGORY_NAMES: dict[Language, dict[str, str]] = {
    "fr": {
        "opening": "Ouverture et inclusion",
        "understanding": "Compréhension et immersion",
        "divergence": "Divergence",
        "convergence": "Convergence",
        "prototyping": "Prototypage",
        "testing": "Test et retours",
        "closing": "Clôture",
        "pause": "Pauses",
        "other": "Autres activités",
    },
    "en": {
        "opening": "Opening and ice-breakers",
        "understanding": "Understanding and immersion",
        "divergence": "Divergence",
        "convergence": "Convergence",
        "prototyping": "Prototyping",
        "testing": "Testing and feedback",
        "closing": "Closing",
        "pause": "Breaks",
        "other": "Other activities",
    },
}

_DAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
_MONTHS = {
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


def labelled(language: Language, label: str, value: str) -> str:
    """'Lieu : Saint-Flour' (no-break space in French), 'Place: Saint-Flour' in English."""
    return f"{label}{_NBSP}: {value}" if language == "fr" else f"{label}: {value}"


def word(language: Language, key: str, **params: object) -> str:
    return WORDS[language][key].format(**params)


def short_date(iso: str, language: Language) -> str:
    """'2026-03-31' -> '31/03/2026' in French; ISO in English; anything else as it is."""
    try:
        date = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return date.strftime("%d/%m/%Y") if language == "fr" else date.isoformat()


def long_date(iso: str, language: Language) -> str:
    """'2026-03-12' -> 'jeudi 12 mars 2026' / 'Thursday 12 March 2026'."""
    try:
        date = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    day = _DAYS[language][date.weekday()]
    month = _MONTHS[language][date.month - 1]
    number = "1er" if language == "fr" and date.day == 1 else str(date.day)
    return f"{day} {number} {month} {date.year}"


def date_range(first: str, last: str, language: Language) -> str:
    if not first:
        return ""
    if first == last or not last:
        return long_date(first, language)
    joiner = {"fr": "au", "en": "to"}[language]
    prefix = {"fr": "du ", "en": "from "}[language]
    return f"{prefix}{long_date(first, language)} {joiner} {long_date(last, language)}"


_BEFORE = re.compile(r"[ \u00a0\u202f]*([:;!?»])")
_AFTER = re.compile(r"«[ \u00a0\u202f]*")


def french_typography(text: str) -> str:
    """No-break space before : ; ! ? » and after «; leaves URLs and times (12:30) alone."""

    def before(match: re.Match[str]) -> str:
        start = match.start()
        mark = match.group(1)
        previous = text[start - 1] if start else ""
        following = text[match.end() : match.end() + 1]
        if not previous or previous == "\n":
            return match.group(0)  # a line starting with the mark: nothing to attach to
        if mark == ":" and ((previous.isdigit() and following.isdigit()) or following == "/"):
            return match.group(0)  # 12:30, https://
        return _NBSP + mark

    return _AFTER.sub("«" + _NBSP, _BEFORE.sub(before, text))
