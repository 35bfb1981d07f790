"""The demo workshop with rounds and teams (issue 18), for the exports' tests: a 6-3-5
brainwriting run on day 1 and overrun round by round, Crazy 8's eight minutes and a
pitch slot per team on day 2, a round titled in Arabic and one in hostile markup, three
teams of a grouping tagging ideas and prototype cards."""

from __future__ import annotations

from facilitator.domain.changes import ChangeSet, RowChange, delete, insert, update
from facilitator.domain.records import (
    AgendaItem,
    GroupingInfo,
    Idea,
    ItemRound,
    Language,
    PrototypeCard,
    Record,
    RoundRun,
    Team,
    replaced,
)
from facilitator.domain.workshop import Workshop
from facilitator.library_access import full_demo

TEAMS = ("Groupe 1", "Groupe 2", "مجموعة ٣")
ARABIC_ROUND = "جولة الأفكار"
HOSTILE_ROUND = "R&D <b>gras</b> <img src='/etc/passwd'/> « vite » : ok ?"
TEAM_2_IDEA = "Binôme d’accueil avec une famille du village"  # tagged « Groupe 2 »
BRAINWRITING_NOTE = "Au signal, chacun passe sa feuille à sa gauche ; on ne parle pas !"


def _item(workshop: Workshop, title: str, *, run: bool) -> AgendaItem:
    """The demo's item of that title, on the day that was run (day 1) or the other."""
    found = [
        i for i in workshop.all(AgendaItem) if i.title == title and bool(i.actual_start) == run
    ]
    assert found, title
    return found[0]


def rounds_workshop(language: Language = "fr") -> Workshop:
    """The full demo, with the rounds, runs and teams the module's docstring lists."""
    workshop = full_demo()
    changes: list[RowChange] = []
    if language != workshop.info.language:
        changes.append(update(workshop.info, replaced(workshop.info, {"language": language})))
    rows: list[Record] = [GroupingInfo(id="g1", name="Équipes projet", rule="count", amount=3)]
    rows += [
        Team(id=f"team{n}", grouping_id="g1", position=n, name=name) for n, name in enumerate(TEAMS)
    ]
    brainwriting = _item(workshop, "Brainwriting 6-3-5", run=True)
    # 6 rounds of 5 minutes planned in 30; run from 15:53, the fourth took 12 minutes.
    rows.append(
        ItemRound(
            id="bw",
            agenda_item_id=brainwriting.id,
            title="Écriture",
            duration_s=300,
            repeat=6,
            instruction="Trois idées en cinq minutes.\nPuis passez votre feuille.",
            facilitator_notes=BRAINWRITING_NOTE,
        )
    )
    start = 53  # minutes past 15:00
    for n in range(6):
        length = 12 if n == 3 else 5
        end = start + length
        rows.append(
            RoundRun(
                id=f"bwrun{n}",
                agenda_item_id=brainwriting.id,
                position=n,
                title="Écriture",
                planned_s=300,
                actual_start=f"2026-03-12T{15 + start // 60}:{start % 60:02d}:00+01:00",
                actual_end=f"2026-03-12T{15 + end // 60}:{end % 60:02d}:00+01:00",
            )
        )
        start = end
    changes.append(
        update(brainwriting, replaced(brainwriting, {"actual_end": "2026-03-12T16:30:00+01:00"}))
    )
    crazy = _item(workshop, "Crazy 8", run=False)
    rows += [
        ItemRound(
            id="c8",
            agenda_item_id=crazy.id,
            title="Esquisse",
            duration_s=60,
            repeat=8,
            instruction="Une idée par case, on ne gomme pas.",
            facilitator_notes="Signal à chaque minute.",
        ),
        ItemRound(
            id="c8share",
            agenda_item_id=crazy.id,
            position=1,
            title="Partage à la table",
            duration_s=330,
        ),
        ItemRound(
            id="c8ar",
            agenda_item_id=crazy.id,
            position=2,
            title=ARABIC_ROUND,
            duration_s=45,
            instruction="اختر فكرة واحدة (٣ دقائق)",
        ),
        ItemRound(id="c8x", agenda_item_id=crazy.id, position=3, title=HOSTILE_ROUND),
    ]
    pitch = _item(workshop, "Pitch", run=False)
    rows += [
        ItemRound(
            id=f"pitch{n}",
            agenda_item_id=pitch.id,
            position=n,
            title="Pitch",
            duration_s=180,
            instruction="Trois minutes pour convaincre.",
            team_id=f"team{n}",
        )
        for n in range(len(TEAMS))
    ]
    # The rounds the demo's methods brought (library) make way for these.
    mine = {brainwriting.id, crazy.id, pitch.id}
    changes += [delete(r) for r in workshop.all(ItemRound) if r.agenda_item_id in mine]
    changes += [insert(row) for row in rows]
    # Ideas and cards taken by their text: the demo's ids are new at each call.
    ideas = sorted(workshop.all(Idea), key=lambda i: (i.text != TEAM_2_IDEA, i.text))
    for n, idea in enumerate(ideas[:6]):
        changes.append(update(idea, replaced(idea, {"team_id": f"team{(n + 1) % len(TEAMS)}"})))
    for n, card in enumerate(sorted(workshop.all(PrototypeCard), key=lambda c: c.name)[:2]):
        changes.append(update(card, replaced(card, {"team_id": f"team{n + 1}"})))
    workshop.apply(ChangeSet.of(changes))
    return workshop
