"""The people on the room's paper (the attendance sheet, the name badges, the group
lists and table tents): who is printed, in which order, their name, organisation and
role as printed, and which team a grouping puts them in.

- A person with a name or an organisation is printed; one with neither (a row added
  and never filled in) is not: there is nothing to print, and the blank lines of the
  sheet and the unused labels are there for people not on the list.
- Ordered by name as typed ("Hélène Roux" among the H's: a name is one field, and "de
  La Fontaine" shows that its last word is not always the surname), in French collation
  (`domain.library.collation_key`: case and accents aside, "Élodie" among the E's,
  "œ" as "oe"), then by organisation; people with no name come after the others.
  Two people with the same name are both printed (each is a person), their order
  then the order they were entered in.
- Blanks are collapsed (a name pasted with a tab or double spaces prints once spaced).
- Groupings (issue 18): the paper prints the most recent grouping (`latest_grouping`)
  unless one is chosen by its id (`chosen_grouping`; the command line's `--grouping
  NAME`). A team's people are printed in the order above, whatever their order at the
  table: a list is read to find one's own name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from facilitator.domain.library import collation_key
from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, message
from facilitator.domain.records import (
    GroupingAbsence,
    GroupingInfo,
    Language,
    Person,
    PersonRole,
    Team,
    TeamMember,
)
from facilitator.domain.workshop import Workshop
from facilitator.export.words import word

GROUPING_GONE = QT_TRANSLATE_NOOP(
    "Export", "The grouping chosen for the paper is no longer in the workshop."
)


def shown(text: str) -> str:
    """A name, an organisation or a role as printed: blanks collapsed, ends trimmed."""
    return " ".join(text.split())


def _order_key(person: Person) -> tuple[bool, tuple[str, str], tuple[str, str], int, str]:
    return (
        not shown(person.name),
        collation_key(shown(person.name)),
        collation_key(shown(person.organisation)),
        person.position,
        person.id,
    )


def roster(workshop: Workshop, role: PersonRole = "participant") -> list[Person]:
    """The people of `workshop` with `role` that have a name or an organisation, in the
    order described in the module's notes."""
    people = [
        p for p in workshop.where(Person, role=role) if shown(p.name) or shown(p.organisation)
    ]
    return sorted(people, key=_order_key)


# -- groupings on paper ----------------------------------------------------------------------
def _instant(text: str) -> float | None:
    """An ISO 8601 time as seconds since the epoch (no offset: read as UTC); None when
    unreadable."""
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.timestamp()


def latest_grouping(workshop: Workshop) -> GroupingInfo | None:
    """The most recent grouping of `workshop`: the latest `created_at` (instants
    compared, whatever their offsets; an unreadable or empty time counts as the oldest),
    ties to the last in position order; None when there is none. The paper prints this
    one unless another is chosen (a grouping's id, `chosen_grouping`): the last groups
    made are the ones the room is about to sit in."""
    return most_recent(workshop.all(GroupingInfo))


def most_recent(groupings: list[GroupingInfo]) -> GroupingInfo | None:
    """The grouping of `groupings` (in position order) made last, as `latest_grouping`
    says; None for none."""
    if not groupings:
        return None

    def when(pair: tuple[int, GroupingInfo]) -> tuple[float, int]:
        instant = _instant(pair[1].created_at)
        return (float("-inf") if instant is None else instant), pair[0]

    return max(enumerate(groupings), key=when)[1]


def chosen_grouping(workshop: Workshop, grouping_id: str | None = None) -> GroupingInfo | None:
    """The grouping `grouping_id`, or the most recent one (`latest_grouping`) when None;
    None when the workshop has no grouping. FacilitatorError (GROUPING_GONE) for an id
    that is not a grouping of the workshop."""
    if grouping_id is None:
        return latest_grouping(workshop)
    grouping = workshop.get(GroupingInfo, grouping_id)
    if grouping is None:
        raise FacilitatorError(message(GROUPING_GONE))
    return grouping


def team_label(team: Team, language: Language) -> str:
    """A team's name as printed: as typed (blanks collapsed), or "Groupe 3" / "Group 3"
    (its position from 1) when blank."""
    return shown(team.name) or word(language, "group_number", number=team.position + 1)


@dataclass(frozen=True)
class TeamOnPaper:
    """One team of a grouping as the paper prints it: its name (`team_label`) and its
    people in the roster's order (French collation of the names)."""

    team: Team
    label: str
    members: tuple[Person, ...]


def teams_on_paper(workshop: Workshop, grouping: GroupingInfo) -> list[TeamOnPaper]:
    """The teams of `grouping` in their order, each with its people (a member whose
    person is gone is left out; a person listed twice in one team is printed once)."""
    language: Language = workshop.info.language
    members: dict[str, list[Person]] = {}
    teams = workshop.where(Team, grouping_id=grouping.id)
    wanted = {team.id for team in teams}
    for member in workshop.unordered(TeamMember):
        if member.team_id in wanted:
            person = workshop.get(Person, member.person_id)
            if person is not None:
                members.setdefault(member.team_id, []).append(person)
    return [
        TeamOnPaper(
            team,
            team_label(team, language),
            tuple(sorted(dict.fromkeys(members.get(team.id, [])), key=_order_key)),
        )
        for team in teams
    ]


def team_names(workshop: Workshop, grouping: GroupingInfo | None) -> dict[str, str]:
    """Person id -> the name(s) of their team(s) in `grouping` (`team_label`, joined by
    ", " for a person a damaged file puts in two); empty for no grouping."""
    if grouping is None:
        return {}
    found: dict[str, list[str]] = {}
    for team in teams_on_paper(workshop, grouping):
        for person in team.members:
            found.setdefault(person.id, []).append(team.label)
    return {person: ", ".join(labels) for person, labels in found.items()}


def ungrouped(workshop: Workshop, grouping: GroupingInfo) -> list[Person]:
    """The participants of `roster` in no team of `grouping` and not marked absent for it
    (added after the groups were made): the group lists name them at the end."""
    grouped = set(team_names(workshop, grouping))
    absent = {a.person_id for a in workshop.where(GroupingAbsence, grouping_id=grouping.id)}
    return [p for p in roster(workshop) if p.id not in grouped and p.id not in absent]
