"""Adding a list of participants in one change (issue 18, domain/participants.py): those
already there left out and said, the others after the participants in the list's
order, cleaned as typed text, and a workshop never taken past its limit."""

from __future__ import annotations

import pytest

from facilitator.domain.changes import ChangeSet, insert
from facilitator.domain.factory import new_workshop
from facilitator.domain.ids import new_id
from facilitator.domain.participants import (
    MOST_PARTICIPANTS,
    Newcomer,
    ParticipantsError,
    add_participants,
    added_message,
    plan_import,
)
from facilitator.domain.records import Person
from facilitator.domain.text import TextTooLongError
from facilitator.domain.workshop import Workshop


def _workshop(*people: tuple[str, str]) -> Workshop:
    workshop = new_workshop("Atelier")
    workshop.apply(
        ChangeSet.of(
            [
                insert(
                    Person(
                        id=new_id(),
                        role="participant",
                        position=n,
                        name=name,
                        organisation=organisation,
                    )
                )
                for n, (name, organisation) in enumerate(people)
            ]
        )
    )
    return workshop


def test_newcomers_come_after_the_participants_in_the_lists_order() -> None:
    workshop = _workshop(("Ana Roux", "CAF"))
    people = [Newcomer("Marie Dupont", "Mairie de Lyon", "élue", 1), Newcomer("Jo Li", "", "", 2)]
    plan = plan_import(workshop, people)
    assert plan.added == tuple(people) and plan.already == ()
    workshop.apply(add_participants(workshop, plan.added))
    participants = workshop.where(Person, role="participant")
    assert [(p.name, p.organisation, p.job, p.position) for p in participants] == [
        ("Ana Roux", "CAF", "", 0),
        ("Marie Dupont", "Mairie de Lyon", "élue", 1),
        ("Jo Li", "", "", 2),
    ]


def test_the_same_list_twice_adds_only_the_newcomers_and_says_who_was_there() -> None:
    workshop = _workshop(("Marie Dupont", "Mairie de Lyon"), ("Jo Li", ""))
    facilitator = Person(id=new_id(), role="facilitator", name="Claire Dumas")
    workshop.apply(ChangeSet.of([insert(facilitator)]))
    people = [
        Newcomer("marie  DUPONT", "Mairie de lyon", "élue", 2),  # case and blanks aside
        Newcomer("Marie Dupont", "Préfecture", "", 3),  # another organisation: another one
        Newcomer("Jo Li", "", "", 4),
        Newcomer("Claire Dumas", "", "", 5),  # a facilitator may also take part
    ]
    plan = plan_import(workshop, people)
    assert plan.added == (people[1], people[3])
    assert [said.render() for _, said in plan.already] == [
        "Line 2: “marie  DUPONT” (Mairie de lyon) is already a participant; not added again.",
        "Line 4: “Jo Li” is already a participant; not added again.",
    ]
    assert added_message(2, 2).render() == (
        "Participants added: 2; already there, not added again: 2."
    )
    assert added_message(3, 0).render() == "Participants added: 3."


def test_fields_are_cleaned_and_checked_as_typed_text() -> None:
    workshop = _workshop()
    workshop.apply(add_participants(workshop, [Newcomer(" Ana\tRoux ", " CAF ", "agent\n")]))
    person = workshop.where(Person, role="participant")[0]
    assert (person.name, person.organisation, person.job) == ("Ana Roux", "CAF", "agent")
    with pytest.raises(TextTooLongError) as refused:
        add_participants(workshop, [Newcomer("N" * 201)])
    assert str(refused.value) == "The name: too long (201 characters, at most 200)."


def test_a_workshop_is_never_taken_past_its_limit() -> None:
    workshop = _workshop(*[(f"P{n}", "") for n in range(MOST_PARTICIPANTS - 1)])
    assert len(plan_import(workshop, [Newcomer("Dernière")]).added) == 1
    with pytest.raises(ParticipantsError) as refused:
        plan_import(workshop, [Newcomer("Une"), Newcomer("De trop")])
    assert str(refused.value) == (
        "The workshop would have 5001 participants, more than the 5000 it can hold: add "
        "fewer people at once."
    )
    # Those already there do not count twice.
    assert plan_import(workshop, [Newcomer("P1"), Newcomer("Dernière")]).added == (
        Newcomer("Dernière"),
    )
