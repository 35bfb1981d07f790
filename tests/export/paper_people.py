"""A workshop for the room's paper (issue 18: the attendance sheet, name badges) whose
participants are hard to print: an Arabic name, an emoji, 200 characters with spaces
and 200 without, French collation traps (accents, capitals, "Œ"), the same name
twice, a person with only an organisation and one with nothing at all; two
facilitators; the days as a test asks. And reading the paper back: pdftotext's text
blocks (a table cell or a label is one block, right-to-left text in logical order)
and pdfplumber's rules (a table's grid)."""

from __future__ import annotations

import io
import re
import subprocess
from collections.abc import Sequence

import pdfplumber

from facilitator.domain.changes import ChangeSet, delete, insert
from facilitator.domain.edits import set_info
from facilitator.domain.factory import new_workshop
from facilitator.domain.groups import GroupRequest, Participant, make_groups
from facilitator.domain.ids import new_id
from facilitator.domain.records import Day, GroupingInfo, Language, Person, Team, TeamMember
from facilitator.domain.workshop import Workshop

TITLE = "Transfo : l’accueil des réfugiés en milieu rural"
PLACE = "Tiers-lieu La Fabrique, Saint-Flour"
ORGANISER = "Lab’@rchipel"
FACILITATORS = ("Claire Dumas", "Yanis Benali")
ARABIC = "فاطمة الزهراء بنقدور"
ARABIC_ORGANISATION = "جمعية التضامن"
EMOJI = "Kiki 🦊 Brûlé-Pétard"
LONG = " ".join(["Marie-Amélie"] * 14) + " de La Tour Zénobie"  # 200 characters
LONG_WORD = "Anticonstitutionnellement" * 8  # 200 characters, no space
TWICE = "Jean Martin"
ORGANISATION_ONLY = "Mairie d’Allanche"
# Typed in this order; printed in French collation (case and accents aside).
COLLATION = ("Zoé Abel", "Œdipe Roi", "Eric Durand", "émile Zola", "Élodie Martin", "Adèle Bernard")
COLLATED = ("Adèle Bernard", "Élodie Martin", "émile Zola", "Eric Durand", "Œdipe Roi", "Zoé Abel")
PARTICIPANTS: tuple[tuple[str, str], ...] = (
    *((name, "Conseil départemental du Cantal") for name in COLLATION),
    (ARABIC, ARABIC_ORGANISATION),
    (EMOJI, "Collectif 🚲 vélo"),
    (LONG, "Direction départementale de l’emploi, du travail et des solidarités du Cantal"),
    (LONG_WORD, "O" * 200),
    (TWICE, "CAF du Cantal"),
    (TWICE, "Préfecture du Cantal"),
    ("", ORGANISATION_ONLY),
    ("  ", " "),  # a row added and never filled in: not printed
)
NAMED = tuple(name for name, _ in PARTICIPANTS if name.strip())
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def paper_workshop(
    days: Sequence[tuple[str, str]] = (("09:30", "17:00"), ("09:00", "16:30")),
    participants: Sequence[tuple[str, str]] = PARTICIPANTS,
    *,
    language: Language = "fr",
    numbered: int = 0,
) -> Workshop:
    """The workshop: one day per (start, end) from 12 March 2026 (times as given, even
    unreadable ones), `participants` then `numbered` more ("Participant 0001"...)."""
    workshop = new_workshop(TITLE, language=language)
    workshop.apply(set_info(workshop, place=PLACE, organisation=ORGANISER))
    changes = [delete(day) for day in workshop.all(Day)]
    for number, (start, end) in enumerate(days):
        date = f"2026-03-{12 + number:02d}"
        changes.append(
            insert(Day(id=new_id(), position=number, date=date, start_time=start, end_time=end))
        )
    people = [("facilitator", name, ORGANISER) for name in FACILITATORS]
    people += [("participant", name, organisation) for name, organisation in participants]
    people += [
        ("participant", f"Participant {k:04d}", f"Organisation {k % 17}") for k in range(numbered)
    ]
    positions = {"facilitator": 0, "participant": 0}
    for role, name, organisation in people:
        changes.append(
            insert(
                Person(
                    id=new_id(),
                    role=role,  # type: ignore[arg-type]
                    position=positions[role],
                    name=name,
                    organisation=organisation,
                )
            )
        )
        positions[role] += 1
    workshop.apply(ChangeSet.of(changes))
    return workshop


def flat(text: str) -> str:
    """Bidi marks (pdftotext puts them around right-to-left runs) dropped, blanks single."""
    text = BIDI_MARKS.sub("", text).replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(text.split())


def pdftotext(data: bytes, *options: str) -> str:
    done = subprocess.run(
        ["pdftotext", *options, "-", "-"], input=data, capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def blocks(data: bytes) -> list[list[str]]:
    """Each page's text blocks as pdftotext reads them (a table cell, a label: one
    block, its lines joined by spaces)."""
    pages = pdftotext(data).split("\f")[:-1]
    return [[flat(b) for b in page.split("\n\n") if flat(b)] for page in pages]


def rules(data: bytes) -> list[tuple[list[float], list[float]]]:
    """Each page's grid: the x of its vertical rules and the y (from the top) of its
    horizontal ones, sorted, each once (to a tenth of a point)."""
    found = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            xs = {round(float(line["x0"]), 1) for line in page.lines if line["x0"] == line["x1"]}
            ys = {
                round(float(line["top"]), 1) for line in page.lines if line["top"] == line["bottom"]
            }
            found.append((sorted(xs), sorted(ys)))
    return found


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [(float(page.width), float(page.height)) for page in pdf.pages]


def grouped(
    workshop: Workshop,
    size: int = 4,
    *,
    name: str = "Tables du matin",
    created_at: str = "2026-03-12T09:00:00+01:00",
    team_names: Sequence[str] = (),
) -> str:
    """Put `workshop`'s participants with a name or an organisation in groups of about
    `size` that mix organisations (domain.groups, seed 7), stored as records: a
    GroupingInfo named `name`, its Team records ("Table 1"..., or `team_names` in
    order) and TeamMember records. Returns the grouping's id."""
    people = [
        p for p in workshop.where(Person, role="participant") if (p.name + p.organisation).strip()
    ]
    made = make_groups(
        [Participant(p.id, p.name, p.organisation, p.job) for p in people],
        GroupRequest(size=size, seed=7),
    )
    grouping = GroupingInfo(
        id=new_id(),
        position=len(workshop.all(GroupingInfo)),
        name=name,
        rule="size",
        amount=size,
        seed=7,
        created_at=created_at,
    )
    changes = [insert(grouping)]
    for number, members in enumerate(made.groups):
        label = team_names[number] if number < len(team_names) else f"Table {number + 1}"
        team = Team(id=new_id(), grouping_id=grouping.id, position=number, name=label)
        changes.append(insert(team))
        changes += [
            insert(TeamMember(id=new_id(), team_id=team.id, person_id=person, position=index))
            for index, person in enumerate(members)
        ]
    workshop.apply(ChangeSet.of(changes))
    return grouping.id
