"""The summary of one workshop that the lab's list and activity report read (issue 21),
checked against the demo counted by hand here, and its JSON round trip."""

from __future__ import annotations

import json

import pytest

from facilitator.domain import lab_summary
from facilitator.domain.changes import ChangeSet, update
from facilitator.domain.records import (
    Day,
    Idea,
    NextStep,
    Person,
    PrototypeCard,
    VoteSession,
    replaced,
)
from facilitator.library_access import full_demo


def test_the_demo_summary_counts_what_is_in_it() -> None:
    workshop = full_demo()
    summary = lab_summary.summary_of(workshop)
    people = workshop.where(Person, role="participant")
    assert summary.title == workshop.info.title
    assert summary.dates == tuple(sorted(d.date for d in workshop.all(Day)))
    assert summary.days == len({d.date for d in workshop.all(Day)})
    assert summary.participants == max(workshop.info.participant_count, len(people))
    assert sum(count for _, count in summary.organisations) == len(people)
    assert summary.ideas == len(workshop.all(Idea))
    held = [v for v in workshop.all(VoteSession) if v.status in ("closed", "revealed")]
    assert summary.votes_held == len(held)
    assert summary.prototype_count == len(workshop.all(PrototypeCard))
    assert len(summary.next_steps) == len(workshop.all(NextStep))
    assert summary.tracks == 0
    assert any(s.roti for s in summary.scales) or not summary.scales


def test_organisations_are_one_whatever_their_spelling() -> None:
    workshop = full_demo()
    people = workshop.where(Person, role="participant")[:3]
    spellings = ("Préfecture du Cantal", "prefecture  du cantal ", "PRÉFECTURE DU CANTAL")
    workshop.apply(
        ChangeSet.of(
            update(p, replaced(p, {"organisation": name}))
            for p, name in zip(people, spellings, strict=True)
        )
    )
    organisations = dict(lab_summary.summary_of(workshop).organisations)
    assert organisations.get("Préfecture du Cantal", 0) >= 3
    assert "PRÉFECTURE DU CANTAL" not in organisations


def test_a_step_is_overdue_when_not_done_and_due_before_today() -> None:
    step = lab_summary.StepSummary("Carte", "Tester", "Léa", "2026-03-01", done=False)
    assert step.overdue_on("2026-03-02") and not step.overdue_on("2026-03-01")
    assert not lab_summary.StepSummary("Carte", "Tester", "Léa", "2026-03-01", True).overdue_on(
        "2027-01-01"
    )
    assert not lab_summary.StepSummary("Carte", "Tester", "Léa", "", False).overdue_on("2030-01-01")


def test_the_json_round_trip_is_exact_and_refuses_anything_else() -> None:
    summary = lab_summary.summary_of(full_demo())
    data = json.loads(json.dumps(lab_summary.to_json(summary)))
    assert lab_summary.from_json(data) == summary
    broken: object
    for broken in (
        None,
        [],
        {**data, "version": 999},
        {k: v for k, v in data.items() if k != "ideas"},
        {**data, "ideas": -1},
        {**data, "ideas": "12"},
        {**data, "dates": [1]},
        {**data, "next_steps": [{"card": "x"}]},
    ):
        with pytest.raises(ValueError):
            lab_summary.from_json(broken)
