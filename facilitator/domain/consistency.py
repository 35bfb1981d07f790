"""What a workshop's records must agree on beyond their references (schema version 4).

`Workshop.dangling_references` finds a record pointing at nothing; this module finds
records that each point somewhere real but together break a rule the app relies on.
Both the file check (`storage.inspection`) and the JSON import (`storage.interchange`)
refuse such a workshop, naming the records: the grouping screen, the pitch slots and
the synthesis would otherwise show one person at two tables.
"""

from __future__ import annotations

from facilitator.domain.records import Team, TeamMember
from facilitator.domain.workshop import Workshop


def twice_in_a_grouping(workshop: Workshop) -> list[tuple[TeamMember, TeamMember]]:
    """Each team membership that puts a person in a grouping they are already in (in the
    same team or another team of that grouping), with the membership met first (in
    `Workshop.all(TeamMember)` order: by position, then id). A person is in at most one
    team of a grouping (records.TeamMember). Memberships of teams that do not exist are
    `dangling_references`' to report, and skipped here. Linear in the memberships."""
    grouping_of = {team.id: team.grouping_id for team in workshop.unordered(Team)}
    first: dict[tuple[str, str], TeamMember] = {}
    found: list[tuple[TeamMember, TeamMember]] = []
    for member in workshop.all(TeamMember):
        grouping = grouping_of.get(member.team_id)
        if grouping is None:
            continue
        key = (grouping, member.person_id)
        if key in first:
            found.append((member, first[key]))
        else:
            first[key] = member
    return found
