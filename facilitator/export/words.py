"""The words of exported documents, in the workshop's language (not the interface's).

French follows French typography: a no-break space before : ; ! ? and inside « ».
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata

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
        "rounds": "Tours",
        "round": "Tour",
        "rounds_left_out": "… et {count} autres tours",
        "rounds_total": "{count} tours, {length} en tout",
        "round_total": "1 tour, {length}",
        "rounds_longer": "plus long que l’activité ({length})",
        "team": "Groupe",
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
        "name_left_out": "(nom retiré)",
        "due": "Pour le",
        "photos": "Photos et croquis",
        "untitled_card": "Fiche sans titre",
        "empty": "—",
        "photo_unreadable": "Photo illisible : « {caption} »",
        "photo_too_large": "Photo trop grande pour être imprimée "
        "({width} × {height} pixels) : « {caption} »",
        "colour": "Couleur",
        "dots": "Gommettes",
        "attendance": "Feuille d’émargement",
        "attendance_sheet": "feuille {sheet} sur {sheets}",
        "attendance_help": "Merci de signer dans la case de chaque demi-journée "
        "où vous êtes présent·e.",
        "row_number": "N°",
        "person_name": "Nom",
        "organisation": "Organisation",
        "organiser": "Organisateur",
        "morning": "Matin",
        "afternoon": "Après-midi",
        "signature": "Signature",
        "facilitator_visa": "Signature de l’animation",
        "badges": "Badges nominatifs",
        "facilitator_badge": "Animation",
        "organisation_role": "Organisation, rôle",
        "role": "Rôle",
        "group_number": "Groupe {number}",
        "groups": "Groupes",
        "grouping": "Répartition",
        "group_people": "{count} personnes",
        "group_person": "1 personne",
        "group_empty": "Personne dans ce groupe.",
        "not_in_group": "Pas encore dans un groupe",
        "table_tents": "Chevalets de table",
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
        "rounds": "Rounds",
        "round": "Round",
        "rounds_left_out": "… and {count} more rounds",
        "rounds_total": "{count} rounds, {length} in all",
        "round_total": "1 round, {length}",
        "rounds_longer": "longer than the activity ({length})",
        "team": "Group",
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
        "name_left_out": "(name left out)",
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
        "colour": "Colour",
        "dots": "Dots",
        "attendance": "Attendance sheet",
        "attendance_sheet": "sheet {sheet} of {sheets}",
        "attendance_help": "Please sign in the box of each half-day you attend.",
        "row_number": "No.",
        "person_name": "Name",
        "organisation": "Organisation",
        "organiser": "Organiser",
        "morning": "Morning",
        "afternoon": "Afternoon",
        "signature": "Signature",
        "facilitator_visa": "Facilitator’s signature",
        "badges": "Name badges",
        "facilitator_badge": "Facilitator",
        "organisation_role": "Organisation, role",
        "role": "Role",
        "group_number": "Group {number}",
        "groups": "Groups",
        "grouping": "Grouping",
        "group_people": "{count} people",
        "group_person": "1 person",
        "group_empty": "Nobody in this group.",
        "not_in_group": "Not in a group yet",
        "table_tents": "Table tents",
    },
}

# The note colours of facilitator.domain.board.PALETTE, as a spreadsheet shows them.
COLOUR_NAMES: dict[Language, dict[str, str]] = {
    "fr": {
        "yellow": "jaune",
        "orange": "orange",
        "pink": "rose",
        "blue": "bleu",
        "green": "vert",
        "lilac": "lilas",
    },
    "en": {
        "yellow": "yellow",
        "orange": "orange",
        "pink": "pink",
        "blue": "blue",
        "green": "green",
        "lilac": "lilac",
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


_SHORT_DAYS = {
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}
_SHORT_MONTHS = {
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}  # fmt: skip


def short_day(iso: str, language: Language) -> str:
    """'2026-03-12' -> 'jeu. 12 mars' / 'Thu 12 Mar' (a column's heading); anything
    else as it is."""
    try:
        date = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    day = _SHORT_DAYS[language][date.weekday()]
    month = _SHORT_MONTHS[language][date.month - 1]
    number = "1er" if language == "fr" and date.day == 1 else str(date.day)
    return f"{day} {number} {month}"


def date_range(first: str, last: str, language: Language) -> str:
    if not first:
        return ""
    if first == last or not last:
        return long_date(first, language)
    joiner = {"fr": "au", "en": "to"}[language]
    prefix = {"fr": "du ", "en": "from "}[language]
    return f"{prefix}{long_date(first, language)} {joiner} {long_date(last, language)}"


# What is not prose, left exactly as typed (issue 16): links with or without a scheme,
# e-mail addresses, file paths (each a whole word, tried once at its start, after any
# opening bracket or quote: linear in the text), and character references anywhere.
# A mark that ends a link ("see https://exemple.fr/a?") is prose punctuation again.
_NOT_PROSE_WORD = re.compile(
    r"""
      [a-z][a-z0-9+.-]{0,30}://\S*                       # https://…, ftp://…
    | (?:mailto|tel|sms|geo|urn|xmpp|sip|news|data):\S*   # schemes written without //
    | www\.\S*                                           # www.exemple.fr/…
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+\S*                    # lab@exemple.gouv.fr
    | [\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?::\d+)?/\S*        # exemple.fr/page, exemple.fr:8080/
    | [a-z]:[\\/]\S*                                     # C:\dossier, D:/photos
    | \\\\\S*                                            # \\serveur\partage
    | ~?/\S+                                             # /home/lab, ~/ateliers
    """,
    re.IGNORECASE | re.VERBOSE,
)
_WORD = re.compile(r"\S+")
_OPENERS = "([{«\"'‘“"
_REFERENCE = re.compile(r"&(?:[a-z][a-z0-9]{1,31}|#[0-9]{1,7}|#x[0-9a-f]{1,6});", re.IGNORECASE)
_TRAILING = ".,;:!?…»\"'’”"
_MARKS = ":;!?"
# After a mark, what keeps it prose punctuation: a blank, the end, or closing punctuation.
# A mark glued to what follows (12:30, 16:9, ?id=42, ;lang=fr, C:\, x;y, ::1) is not prose.
_PROSE_AFTER = frozenset(")]}»\"'’”.,!?…")
_TYPOGRAPHY = re.compile(r"([ \u00a0\u202f]*)([:;!?»])|«[ \u00a0\u202f]*")


def _link_end(word: str) -> int:
    """Where a link or path that fills `word` ends: trailing punctuation is prose, and
    so is a closing bracket the link did not open ("(voir https://exemple.fr)")."""
    end = len(word)
    unmatched = {")": word.count(")") - word.count("("), "]": word.count("]") - word.count("[")}
    while end and (
        word[end - 1] in _TRAILING or (word[end - 1] in unmatched and unmatched[word[end - 1]] > 0)
    ):
        if word[end - 1] in unmatched:
            unmatched[word[end - 1]] -= 1
        end -= 1
    return end


def _not_prose_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of `text` that are not prose, sorted and disjoint."""
    spans: list[tuple[int, int]] = []
    for found in _WORD.finditer(text):
        word = found.group()
        if not any(mark in word for mark in ":;!?«»"):
            continue  # nothing typography could touch
        skip = len(word) - len(word.lstrip(_OPENERS))
        if _NOT_PROSE_WORD.match(word, skip):
            end = _link_end(word)
            if end > skip:
                spans.append((found.start() + skip, found.start() + end))
    spans += [match.span() for match in _REFERENCE.finditer(text)]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _inside(spans: list[tuple[int, int]], starts: list[int], index: int) -> bool:
    at = bisect.bisect_right(starts, index) - 1
    return at >= 0 and index < spans[at][1]


def french_typography(text: str) -> str:
    """French typography on the prose of `text`: a no-break space (U+00A0) before
    : ; ! ? and », after «, in place of any space typed there.

    What is not prose is left exactly as typed (issue 16): links with or without a
    scheme (https://…?id=42;lang=fr, www.…, exemple.fr/page, mailto:…), e-mail
    addresses, file paths (C:\\dossier, \\\\serveur\\partage, /home/…, ~/…), character
    references (&amp; &#160;), and every mark glued to what follows it: times (12:30),
    ratios (16:9), code (x;y). A mark that starts a line, follows another mark (?!)
    or follows right-to-left text is left alone too. Linear in `len(text)`."""
    spans = _not_prose_spans(text)
    starts = [start for start, _ in spans]

    def mark(match: re.Match[str]) -> str:
        if match.group(2) is None:  # «
            return match.group(0) if _inside(spans, starts, match.start()) else "«" + _NBSP
        spaces, found = match.group(1), match.group(2)
        at = match.start(2)
        if _inside(spans, starts, at):
            return match.group(0)
        previous = text[match.start() - 1] if match.start() else ""
        if not previous or previous == "\n":
            return match.group(0)  # a line starting with the mark: nothing to attach to
        if found == "»":
            return _NBSP + found
        following = text[at + 1 : at + 2]
        if following and not following.isspace() and following not in _PROSE_AFTER:
            return match.group(0)  # glued to what follows: not prose punctuation
        if previous in _MARKS and not spaces:
            return match.group(0)  # ?! : one space before the group
        if unicodedata.bidirectional(previous) in ("R", "AL"):
            return match.group(0)  # Arabic, Hebrew: their own rules
        return _NBSP + found

    return _TYPOGRAPHY.sub(mark, text)
