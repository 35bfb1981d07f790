"""Groupings kept in the workshop (issue 18): who sits at which table, day 1 and day 2.

`groups.make_groups` decides the groups; this module stores them as records and edits
them, one `ChangeSet` per user action (nothing changes until the set is applied, and
undo applies its inverse), like domain/agenda.py:

- `new_grouping`: the workshop's participants (people of role "participant"; their
  `job` is the role groups can balance) in groups of about `amount` people or in
  `amount` groups, named « Groupe 1 », « Groupe 2 »… or "Group 1"… in the workshop's
  language; the facilitator's wishes (keep together, keep apart) and absences are kept
  with the grouping for its next draws.
- `draw_again`: another seed, the same rule, wishes and absences; the teams keep their
  names and ids (ideas and cards tagged with a team stay tagged); teams are added or
  removed only when the people present make more or fewer groups.
- `move_member`: a person to another team by hand. Sizes may then differ by more than
  one: `grouping_state` says so, nothing refuses it.
- `set_absent` takes a person out of their team in one step; `set_present` puts them
  back in the smallest team (ties: the first).
- `rename_team`, `rename_grouping`, `delete_grouping` (every row of it, explicitly:
  the file has no cascades), `add_wish` / `remove_wish_set`.
- `person_removed` and `team_removed`: the rows that go with a person or a team
  (called by edits.remove_person, and here when a team goes).
- `grouping_state` and `state_sentences`: the mixing of the teams as they are now
  (after moves by hand), in words: same-organisation pairs against the fewest
  possible (groups.fewest_pairs), wishes not met, uneven sizes, people not placed.

Limits: `MAX_GROUPINGS` groupings a workshop; the roster and the wishes are bounded by
groups.MAX_PEOPLE and groups.MAX_REQUEST_ENTRIES; a grouping's `amount` by the
record (1 to groups.MAX_PEOPLE); its seed (the "draw number") from 0 to `MAX_SEED`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from facilitator.domain import groups
from facilitator.domain.changes import ChangeSet, RowChange, delete, insert, update
from facilitator.domain.ids import new_id
from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, Message, message
from facilitator.domain.records import (
    GroupingAbsence,
    GroupingInfo,
    GroupingRule,
    GroupingWish,
    Idea,
    ItemRound,
    Language,
    Person,
    PrototypeCard,
    Team,
    TeamMember,
    WishKind,
    replaced,
)
from facilitator.domain.text import clean_text, has_visible_text
from facilitator.domain.validation import with_values
from facilitator.domain.workshop import Workshop

# Groupings a workshop holds: a grouping per half-day of a two-week course is 20; the
# lists that show them (the page's chooser, the team choosers of ideas and cards) stay
# short enough to read. Each holds up to groups.MAX_PEOPLE members.
MAX_GROUPINGS = 50
# The largest draw number (GroupingInfo.seed): what a double holds exactly, so that the
# interchange JSON carries it unchanged; `groups.new_seed` draws under 1,000,000.
MAX_SEED = 2**53
# Names listed in one sentence about a wish not met; the rest are "…".
MAX_NAMES_IN_SENTENCE = groups.MAX_NAMES_IN_MESSAGE

# Team and grouping names in the workshop's language (stored data, not the interface's).
TEAM_WORDS: dict[Language, str] = {"fr": "Groupe", "en": "Group"}
GROUPING_WORDS: dict[Language, str] = {"fr": "Répartition", "en": "Grouping"}

_TOO_MANY_GROUPINGS = QT_TRANSLATE_NOOP(
    "Groupings", "A workshop holds at most {limit} groupings: delete one first."
)
_BAD_AMOUNT = QT_TRANSLATE_NOOP(
    "Groupings", "A group size or a number of groups is a whole number from 1 to {limit}."
)
_BAD_SEED = QT_TRANSLATE_NOOP(
    "Groupings", "The draw number must be a whole number from 0 to {high}."
)
_NO_TEAM_NAME = QT_TRANSLATE_NOOP("Groupings", "A group needs a name.")
_NO_GROUPING_NAME = QT_TRANSLATE_NOOP("Groupings", "A grouping needs a name.")
_SAME_TEAM_NAME = QT_TRANSLATE_NOOP(
    "Groupings", "Another group of this grouping is already called “{name}”."
)
_NOT_PARTICIPANT = QT_TRANSLATE_NOOP(
    "Groupings", "{name} is not a participant: only participants are put in groups."
)
_WISH_TOO_SMALL = QT_TRANSLATE_NOOP(
    "Groupings", "Choose at least two people to keep together or apart."
)
_TOO_MANY_WISHES = QT_TRANSLATE_NOOP(
    "Groups",
    "At most {limit} names can be given to keep together or apart; {count} were given.",
)
_TEAM_ELSEWHERE = QT_TRANSLATE_NOOP("Groupings", "This group belongs to another grouping.")

# The state in words (`state_sentences`).
_NO_SAME_ORG = QT_TRANSLATE_NOOP(
    "Groupings", "No two people of the same organisation share a group."
)
_SAME_ORG_FEWEST = QT_TRANSLATE_NOOP(
    "Groupings",
    "Pairs of people of the same organisation in one group: {count}, the fewest possible.",
)
_SAME_ORG_MORE = QT_TRANSLATE_NOOP(
    "Groupings",
    "Pairs of people of the same organisation in one group: {count} ({fewest} at the fewest).",
)
_SAME_ORG_ASKED = QT_TRANSLATE_NOOP(
    "Groupings", "Of these pairs, asked to be kept together: {count}."
)
_NO_SAME_ROLE = QT_TRANSLATE_NOOP("Groupings", "No two people of the same role share a group.")
_SAME_ROLE_FEWEST = QT_TRANSLATE_NOOP(
    "Groupings", "Pairs of people of the same role in one group: {count}, the fewest possible."
)
_SAME_ROLE_MORE = QT_TRANSLATE_NOOP(
    "Groupings",
    "Pairs of people of the same role in one group: {count} ({fewest} at the fewest).",
)
_UNEVEN = QT_TRANSLATE_NOOP(
    "Groupings",
    "The groups are uneven: from {smallest} to {largest} people (draw again to even them).",
)
_NOT_PLACED = QT_TRANSLATE_NOOP(
    "Groupings",
    "Not in a group: {count} (added after the draw: move them into a group, or draw again).",
)
_SPLIT = QT_TRANSLATE_NOOP("Groupings", "{names}: to keep together, but in different groups.")
_SHARED = QT_TRANSLATE_NOOP("Groupings", "{names}: to keep apart, but in one group.")
# The same sentences as groups.py's notes (same context and source: one translation).
_ONE_ORGANISATION = QT_TRANSLATE_NOOP(
    "Groups", "Everyone present is from {organisation}: the groups cannot mix organisations."
)
_BIG_ORGANISATIONS = QT_TRANSLATE_NOOP(
    "Groups",
    "Some organisations have more people than there are groups ({groups}), so some of "
    "their people share a group: {organisations}.",
)
_NO_ROLES = QT_TRANSLATE_NOOP("Groups", "Nobody has a role: there are no roles to balance.")


class GroupingsError(FacilitatorError):
    """A grouping edit refused, with one sentence saying why."""


@dataclass(frozen=True, slots=True)
class Made:
    """A draw stored: the changes, the grouping's id, the groups and their report."""

    changes: ChangeSet
    grouping_id: str
    grouping: groups.Grouping


@dataclass(frozen=True, slots=True)
class WishSet:
    """People the facilitator asked to keep together or apart (ids, in roster order)."""

    kind: WishKind
    set_index: int
    person_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GroupingState:
    """The teams of a grouping as they are now. `sizes` in team order; the pair counts
    and their least possible values (`groups.fewest_pairs` over every team, for the
    people placed); wishes not met as names; organisations as most often spelt."""

    sizes: tuple[int, ...]
    absent: int
    not_placed: int
    same_org_pairs: int
    fewest_same_org_pairs: int
    same_org_pairs_asked: int
    balance_roles: bool
    same_role_pairs: int
    fewest_same_role_pairs: int
    has_roles: bool
    split_together: tuple[str, ...]
    shared_apart: tuple[str, ...]
    one_organisation: str | None
    big_organisations: tuple[tuple[str, int], ...]


# -- reading ---------------------------------------------------------------------------------


def participants(workshop: Workshop) -> list[Person]:
    """The people groups are made of, in the workshop's order."""
    return workshop.where(Person, role="participant")


def roster(people: Iterable[Person]) -> list[groups.Participant]:
    """`people` as groups.Participant: their `job` is the role groups balance."""
    return [groups.Participant(p.id, p.name, p.organisation, p.job) for p in people]


def groupings_of(workshop: Workshop) -> list[GroupingInfo]:
    return workshop.all(GroupingInfo)


def teams_of(workshop: Workshop, grouping_id: str) -> list[Team]:
    """The grouping's teams, in their order."""
    return workshop.where(Team, grouping_id=grouping_id)


def members_by_team(workshop: Workshop, grouping_id: str) -> dict[str, list[Person]]:
    """Each team's people (team id -> people in their order in the team); every team of
    the grouping is a key, an empty one too."""
    rows: dict[str, list[TeamMember]] = {t.id: [] for t in teams_of(workshop, grouping_id)}
    for row in workshop.unordered(TeamMember):
        if row.team_id in rows:
            rows[row.team_id].append(row)
    out: dict[str, list[Person]] = {}
    for team_id, members in rows.items():
        members.sort(key=lambda m: (m.position, m.id))
        people = (workshop.get(Person, m.person_id) for m in members)
        out[team_id] = [p for p in people if p is not None]
    return out


def _member_rows(workshop: Workshop, grouping_id: str) -> dict[str, TeamMember]:
    """person id -> their team_member row in this grouping."""
    team_ids = {t.id for t in workshop.unordered(Team) if t.grouping_id == grouping_id}
    return {m.person_id: m for m in workshop.unordered(TeamMember) if m.team_id in team_ids}


def _all_rows(workshop: Workshop, grouping_id: str) -> list[TeamMember]:
    """Every team_member row of the grouping, a person's second one included (a file
    edited elsewhere may hold a person twice: a draw or a move leaves one)."""
    team_ids = {t.id for t in workshop.unordered(Team) if t.grouping_id == grouping_id}
    return [m for m in workshop.unordered(TeamMember) if m.team_id in team_ids]


def team_of(workshop: Workshop, grouping_id: str, person_id: str) -> str | None:
    """The id of the team `person_id` is in, in this grouping; None when in none."""
    row = _member_rows(workshop, grouping_id).get(person_id)
    return row.team_id if row is not None else None


def absent_ids(workshop: Workshop, grouping_id: str) -> set[str]:
    return {
        a.person_id for a in workshop.unordered(GroupingAbsence) if a.grouping_id == grouping_id
    }


def absent_people(workshop: Workshop, grouping_id: str) -> list[Person]:
    """The participants marked absent for this grouping, in the workshop's order."""
    absent = absent_ids(workshop, grouping_id)
    return [p for p in participants(workshop) if p.id in absent]


def not_placed(workshop: Workshop, grouping_id: str) -> list[Person]:
    """Participants neither in a team nor absent: added after the draw."""
    placed = _member_rows(workshop, grouping_id)
    absent = absent_ids(workshop, grouping_id)
    return [p for p in participants(workshop) if p.id not in placed and p.id not in absent]


def wish_sets(workshop: Workshop, grouping_id: str) -> list[WishSet]:
    """The wishes of a grouping, by set (in `set_index` order), people in roster order."""
    order = {p.id: n for n, p in enumerate(participants(workshop))}
    found: dict[int, tuple[WishKind, list[str]]] = {}
    for wish in workshop.unordered(GroupingWish):
        if wish.grouping_id == grouping_id:
            _kind, ids = found.setdefault(wish.set_index, (wish.kind, []))
            ids.append(wish.person_id)
    return [
        WishSet(kind, index, tuple(sorted(set(ids), key=lambda i: (order.get(i, len(order)), i))))
        for index, (kind, ids) in sorted(found.items())
    ]


def team_choices(workshop: Workshop) -> list[tuple[str, str]]:
    """Every team of every grouping as (team id, label) for a chooser: "Groupe 1", or
    "Groupe 1 (Tables du jour 1)" when the workshop has several groupings."""
    groupings = groupings_of(workshop)
    by_grouping: dict[str, list[Team]] = {}
    for team in workshop.all(Team):  # one sort of every team, not one per grouping
        by_grouping.setdefault(team.grouping_id, []).append(team)
    out: list[tuple[str, str]] = []
    for grouping in groupings:
        for team in by_grouping.get(grouping.id, []):
            label = team.name if len(groupings) == 1 else f"{team.name} ({grouping.name})"
            out.append((team.id, label))
    return out


# -- making and drawing ----------------------------------------------------------------------


def _checked_amount(amount: int) -> int:
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise GroupingsError(message(_BAD_AMOUNT, limit=groups.MAX_PEOPLE))
    if not 1 <= amount <= groups.MAX_PEOPLE:
        raise GroupingsError(message(_BAD_AMOUNT, limit=groups.MAX_PEOPLE))
    return amount


def checked_seed(seed: int | None, avoid: int | None = None) -> int:
    """`seed` checked (0 to `MAX_SEED`), or a new draw number (`groups.new_seed`) other
    than `avoid` when None. Raises GroupingsError."""
    if seed is None:
        drawn = groups.new_seed()
        while drawn == avoid:
            drawn = groups.new_seed()
        return drawn
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed <= MAX_SEED:
        raise GroupingsError(message(_BAD_SEED, high=MAX_SEED))
    return seed


def _request(
    *,
    rule: GroupingRule,
    amount: int,
    balance_roles: bool,
    wishes: Sequence[WishSet],
    absent: Collection[str],
    seed: int,
) -> groups.GroupRequest:
    return groups.GroupRequest(
        size=amount if rule == "size" else None,
        count=amount if rule == "count" else None,
        balance_roles=balance_roles,
        keep_together=[w.person_ids for w in wishes if w.kind == "together"],
        keep_apart=[w.person_ids for w in wishes if w.kind == "apart"],
        absent=frozenset(absent),
        seed=seed,
    )


def _next_names(word: str, taken: Iterable[str], count: int) -> list[str]:
    """`count` names "word n" with the smallest numbers not already taken."""
    used = {" ".join(name.split()).casefold() for name in taken}
    out: list[str] = []
    number = 1
    while len(out) < count:
        name = f"{word} {number}"
        if name.casefold() not in used:
            out.append(name)
        number += 1
    return out


def default_grouping_name(workshop: Workshop) -> str:
    """« Répartition n » / "Grouping n" (the workshop's language), n the first free."""
    word = GROUPING_WORDS[workshop.info.language]
    return _next_names(word, (g.name for g in groupings_of(workshop)), 1)[0]


def new_grouping(
    workshop: Workshop,
    *,
    rule: GroupingRule,
    amount: int,
    name: str = "",
    balance_roles: bool = False,
    seed: int | None = None,
    created_at: str = "",
    wishes: Sequence[WishSet] = (),
    absent: Collection[str] = (),
) -> Made:
    """A new grouping of the workshop's participants, stored with its teams, members,
    wishes and absences: groups of about `amount` people (`rule` "size") or `amount`
    groups ("count"), drawn with `seed` (a new draw number when None). `name` blank:
    `default_grouping_name`. `created_at`: ISO 8601.

    Raises GroupingsError (more than `MAX_GROUPINGS`, an amount outside 1 to
    groups.MAX_PEOPLE, a bad seed, a wish naming a non-participant), GroupsError (nobody
    present, more groups than people, more than groups.MAX_PEOPLE people),
    TextTooLongError (a name over 200 characters). A name with nothing visible (blanks,
    zero-width characters) is no name: the default is given."""
    existing = groupings_of(workshop)
    if len(existing) >= MAX_GROUPINGS:
        raise GroupingsError(message(_TOO_MANY_GROUPINGS, limit=MAX_GROUPINGS))
    amount = _checked_amount(amount)
    seed = checked_seed(seed)
    people = participants(workshop)
    ids = {p.id for p in people}
    for wish in wishes:
        _check_participants(workshop, wish.person_ids, ids)
    grouping = groups.make_groups(
        roster(people),
        _request(
            rule=rule,
            amount=amount,
            balance_roles=balance_roles,
            wishes=wishes,
            absent=absent,
            seed=seed,
        ),
    )
    info = GroupingInfo(
        id=new_id(),
        position=len(existing),
        rule=rule,
        amount=amount,
        seed=seed,
        balance_roles=balance_roles,
    )
    info = with_values(info, name=name, created_at=created_at)
    if not has_visible_text(info.name):
        info = replaced(info, {"name": default_grouping_name(workshop)})
    names = _next_names(TEAM_WORDS[workshop.info.language], (), len(grouping.groups))
    changes: list[RowChange] = [insert(info)]
    for position, (members, team_name) in enumerate(zip(grouping.groups, names, strict=True)):
        team = Team(id=new_id(), grouping_id=info.id, position=position, name=team_name)
        changes.append(insert(team))
        changes += [
            insert(TeamMember(id=new_id(), team_id=team.id, person_id=person_id, position=n))
            for n, person_id in enumerate(members)
        ]
    for index, wish in enumerate(wishes):
        changes += [
            insert(
                GroupingWish(
                    id=new_id(),
                    grouping_id=info.id,
                    person_id=person_id,
                    kind=wish.kind,
                    set_index=index,
                )
            )
            for person_id in wish.person_ids
        ]
    changes += [
        insert(GroupingAbsence(id=new_id(), grouping_id=info.id, person_id=person_id))
        for person_id in sorted(set(absent) & ids)
    ]
    return Made(ChangeSet.of(changes), info.id, grouping)


def draw_again(workshop: Workshop, grouping_id: str, seed: int | None = None) -> Made:
    """The grouping drawn again with another seed (a new draw number other than the
    current one when None): the same rule, wishes and absences, every participant not
    absent (those added since included). The teams keep their names and ids, in order;
    when the people present make more groups, teams are added ("Groupe n" with the first
    free numbers); when fewer, the last teams go (`team_removed`).

    Raises GroupingsError (a bad seed), GroupsError (nobody present, more groups than
    people present)."""
    info = workshop.require(GroupingInfo, grouping_id)
    seed = checked_seed(seed, avoid=info.seed)
    wishes = wish_sets(workshop, grouping_id)
    absent = absent_ids(workshop, grouping_id)
    grouping = groups.make_groups(
        roster(participants(workshop)),
        _request(
            rule=info.rule,
            amount=info.amount,
            balance_roles=info.balance_roles,
            wishes=wishes,
            absent=absent,
            seed=seed,
        ),
    )
    teams = teams_of(workshop, grouping_id)
    changes: list[RowChange] = [update(info, replaced(info, {"seed": seed}))]
    wanted = len(grouping.groups)
    if wanted > len(teams):
        word = TEAM_WORDS[workshop.info.language]
        for name in _next_names(word, (t.name for t in teams), wanted - len(teams)):
            team = Team(id=new_id(), grouping_id=grouping_id, position=len(teams), name=name)
            changes.append(insert(team))
            teams.append(team)
    rows = _member_rows(workshop, grouping_id)
    kept_rows: set[str] = set()
    for team, members in zip(teams, grouping.groups, strict=False):
        for position, person_id in enumerate(members):
            row = rows.get(person_id)
            if row is None:
                changes.append(
                    insert(
                        TeamMember(
                            id=new_id(), team_id=team.id, person_id=person_id, position=position
                        )
                    )
                )
            else:
                kept_rows.add(row.id)
                after = replaced(row, {"team_id": team.id, "position": position})
                changes.append(update(row, after))
    changes += [delete(row) for row in _all_rows(workshop, grouping_id) if row.id not in kept_rows]
    for team in teams[wanted:]:
        changes += _team_tags_cleared(workshop, team.id)
        changes.append(delete(team))
    return Made(ChangeSet.of(changes), grouping_id, grouping)


# -- edits by hand -------------------------------------------------------------------------


def _check_participants(workshop: Workshop, person_ids: Iterable[str], ids: set[str]) -> None:
    for person_id in person_ids:
        if person_id not in ids:
            person = workshop.require(Person, person_id)
            raise GroupingsError(message(_NOT_PARTICIPANT, name=person.name or "—"))


def _participant(workshop: Workshop, person_id: str) -> Person:
    person = workshop.require(Person, person_id)
    if person.role != "participant":
        raise GroupingsError(message(_NOT_PARTICIPANT, name=person.name or "—"))
    return person


def _placed(rows: Sequence[TeamMember], team_id: str) -> list[RowChange]:
    """Changes giving `rows` the team `team_id` and positions 0, 1, 2..."""
    changes: list[RowChange] = []
    for position, row in enumerate(rows):
        if row.position != position or row.team_id != team_id:
            changes.append(update(row, replaced(row, {"position": position, "team_id": team_id})))
    return changes


def _rows_of(workshop: Workshop, team_id: str) -> list[TeamMember]:
    rows = [m for m in workshop.unordered(TeamMember) if m.team_id == team_id]
    rows.sort(key=lambda m: (m.position, m.id))
    return rows


def move_member(
    workshop: Workshop, grouping_id: str, person_id: str, team_id: str, index: int | None = None
) -> ChangeSet:
    """Put a participant in team `team_id` at `index` (the end by default), out of the
    team they were in; a person marked absent is present again. Sizes may then differ
    by more than one (shown by `grouping_state`, never refused). A person found twice in
    the grouping (a file edited elsewhere) is left in one team.

    Raises GroupingsError (not a participant, a team of another grouping),
    UnknownRecordError (no such grouping, team or person)."""
    workshop.require(GroupingInfo, grouping_id)
    team = workshop.require(Team, team_id)
    if team.grouping_id != grouping_id:
        raise GroupingsError(message(_TEAM_ELSEWHERE))
    _participant(workshop, person_id)
    current = _member_rows(workshop, grouping_id).get(person_id)
    changes: list[RowChange] = _absence_removed(workshop, grouping_id, person_id)
    twice = [
        r
        for r in _all_rows(workshop, grouping_id)
        if r.person_id == person_id and current is not None and r.id != current.id
    ]
    changes += [delete(r) for r in twice]
    for other in sorted({r.team_id for r in twice} - {team_id, current.team_id if current else ""}):
        rest = [r for r in _rows_of(workshop, other) if r.person_id != person_id]
        changes += _placed(rest, other)
    target = [r for r in _rows_of(workshop, team_id) if r.person_id != person_id]
    place = len(target) if index is None else max(0, min(index, len(target)))
    if current is None:
        row = TeamMember(id=new_id(), team_id=team_id, person_id=person_id, position=place)
        changes.append(insert(row))
        return ChangeSet.of([*changes, *_shifted(target, place, team_id)])
    moved = [*target[:place], current, *target[place:]]
    changes += _placed(moved, team_id)
    if current.team_id != team_id:
        changes += _placed(
            [r for r in _rows_of(workshop, current.team_id) if r.person_id != person_id],
            current.team_id,
        )
    return ChangeSet.of(changes)


def _shifted(rows: Sequence[TeamMember], place: int, team_id: str) -> list[RowChange]:
    """Positions for `rows` with a new member inserted at `place` (not among them)."""
    changes: list[RowChange] = []
    for position, row in enumerate(rows):
        wanted = position + 1 if position >= place else position
        if row.position != wanted:
            changes.append(update(row, replaced(row, {"position": wanted, "team_id": team_id})))
    return changes


def _absence_removed(workshop: Workshop, grouping_id: str, person_id: str) -> list[RowChange]:
    return [
        delete(a)
        for a in workshop.unordered(GroupingAbsence)
        if a.grouping_id == grouping_id and a.person_id == person_id
    ]


def set_absent(workshop: Workshop, grouping_id: str, person_id: str) -> ChangeSet:
    """Mark a participant absent for this grouping: out of their team (the others close
    up), left out of its next draws. Nothing when already absent."""
    workshop.require(GroupingInfo, grouping_id)
    _participant(workshop, person_id)
    if person_id in absent_ids(workshop, grouping_id):
        return ChangeSet(())
    changes: list[RowChange] = [
        insert(GroupingAbsence(id=new_id(), grouping_id=grouping_id, person_id=person_id))
    ]
    rows = [r for r in _all_rows(workshop, grouping_id) if r.person_id == person_id]
    changes += [delete(r) for r in rows]
    for team_id in sorted({r.team_id for r in rows}):  # one team, or two in a bad file
        rest = [r for r in _rows_of(workshop, team_id) if r.person_id != person_id]
        changes += _placed(rest, team_id)
    return ChangeSet.of(changes)


def smallest_team(workshop: Workshop, grouping_id: str) -> str | None:
    """The team with the fewest members (ties: the first); None without teams."""
    sizes = {
        team_id: len(people) for team_id, people in members_by_team(workshop, grouping_id).items()
    }
    teams = teams_of(workshop, grouping_id)
    if not teams:
        return None
    return min(teams, key=lambda t: (sizes.get(t.id, 0), t.position, t.id)).id


def set_present(workshop: Workshop, grouping_id: str, person_id: str) -> ChangeSet:
    """A participant absent (or added after the draw) is present: they join the
    smallest team, at its end. Nothing for someone already in a team."""
    workshop.require(GroupingInfo, grouping_id)
    _participant(workshop, person_id)
    changes = _absence_removed(workshop, grouping_id, person_id)
    if person_id not in _member_rows(workshop, grouping_id):
        team_id = smallest_team(workshop, grouping_id)
        if team_id is not None:
            position = len(_rows_of(workshop, team_id))
            row = TeamMember(id=new_id(), team_id=team_id, person_id=person_id, position=position)
            changes.append(insert(row))
    return ChangeSet.of(changes)


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def rename_team(workshop: Workshop, team_id: str, name: str) -> ChangeSet:
    """Rename a team (« Table 3 »). Raises GroupingsError (a blank name, the name of
    another team of the grouping, case and spaces aside), TextTooLongError (over 100)."""
    team = workshop.require(Team, team_id)
    after = with_values(team, name=name)
    if not has_visible_text(after.name):
        raise GroupingsError(message(_NO_TEAM_NAME))
    for other in teams_of(workshop, team.grouping_id):
        if other.id != team_id and _same_name(other.name, after.name):
            raise GroupingsError(message(_SAME_TEAM_NAME, name=after.name))
    return ChangeSet.of([update(team, after)])


def name_teams(workshop: Workshop, grouping_id: str, word: str) -> ChangeSet:
    """Every team named `word` and its number in order (« Table 1 », « Table 2 »…).
    Raises GroupingsError (a blank word), TextTooLongError (names over 100)."""
    word = clean_text(word, multiline=False)
    if not has_visible_text(word):
        raise GroupingsError(message(_NO_TEAM_NAME))
    return ChangeSet.of(
        update(team, with_values(team, name=f"{word} {n}"))
        for n, team in enumerate(teams_of(workshop, grouping_id), start=1)
    )


def rename_grouping(workshop: Workshop, grouping_id: str, name: str) -> ChangeSet:
    """Raises GroupingsError (a blank name), TextTooLongError (over 200 characters)."""
    info = workshop.require(GroupingInfo, grouping_id)
    after = with_values(info, name=name)
    if not has_visible_text(after.name):
        raise GroupingsError(message(_NO_GROUPING_NAME))
    return ChangeSet.of([update(info, after)])


def delete_grouping(workshop: Workshop, grouping_id: str) -> ChangeSet:
    """The grouping and every row of it: its teams (ideas, cards and rounds tagged with
    them untagged), their members, its wishes and absences; the others renumbered."""
    info = workshop.require(GroupingInfo, grouping_id)
    changes: list[RowChange] = []
    for team in teams_of(workshop, grouping_id):
        changes += team_removed(workshop, team.id)
        changes.append(delete(team))
    changes += [delete(w) for w in workshop.unordered(GroupingWish) if w.grouping_id == grouping_id]
    changes += [
        delete(a) for a in workshop.unordered(GroupingAbsence) if a.grouping_id == grouping_id
    ]
    changes.append(delete(info))
    rest = [g for g in groupings_of(workshop) if g.id != grouping_id]
    for position, other in enumerate(rest):
        if other.position != position:
            changes.append(update(other, replaced(other, {"position": position})))
    return ChangeSet.of(changes)


def add_wish(
    workshop: Workshop, grouping_id: str, kind: WishKind, person_ids: Collection[str]
) -> ChangeSet:
    """A new wish set: `person_ids` (two or more participants) kept together or apart at
    the grouping's next draws. Raises GroupingsError (fewer than two people, one who is
    not a participant, more than groups.MAX_REQUEST_ENTRIES names in all)."""
    info = workshop.require(GroupingInfo, grouping_id)
    chosen = sorted(set(person_ids))
    if len(chosen) < 2:
        raise GroupingsError(message(_WISH_TOO_SMALL))
    for person_id in chosen:
        _participant(workshop, person_id)
    rows = [w for w in workshop.unordered(GroupingWish) if w.grouping_id == grouping_id]
    total = len(rows) + len(chosen)
    if total > groups.MAX_REQUEST_ENTRIES:
        raise GroupingsError(
            message(_TOO_MANY_WISHES, limit=groups.MAX_REQUEST_ENTRIES, count=total)
        )
    index = max((w.set_index for w in rows), default=-1) + 1
    return ChangeSet.of(
        insert(
            with_values(
                GroupingWish(id=new_id(), grouping_id=info.id, person_id=person_id, kind=kind),
                set_index=index,
            )
        )
        for person_id in chosen
    )


def remove_wish_set(workshop: Workshop, grouping_id: str, set_index: int) -> ChangeSet:
    return ChangeSet.of(
        delete(w)
        for w in workshop.unordered(GroupingWish)
        if w.grouping_id == grouping_id and w.set_index == set_index
    )


# -- what goes with a person, with a team --------------------------------------------------


def person_removed(workshop: Workshop, person_id: str) -> list[RowChange]:
    """The rows that go with a person (for edits.remove_person): their place in every
    team (the others close up), their absences, their wishes (a wish set left with one
    person goes whole)."""
    changes: list[RowChange] = []
    for row in [m for m in workshop.unordered(TeamMember) if m.person_id == person_id]:
        changes.append(delete(row))
        changes += _placed(
            [r for r in _rows_of(workshop, row.team_id) if r.id != row.id], row.team_id
        )
    changes += [delete(a) for a in workshop.unordered(GroupingAbsence) if a.person_id == person_id]
    sets: dict[tuple[str, int], list[GroupingWish]] = {}
    for wish in workshop.unordered(GroupingWish):
        sets.setdefault((wish.grouping_id, wish.set_index), []).append(wish)
    for wishes in sets.values():
        if any(w.person_id == person_id for w in wishes):
            others = {w.person_id for w in wishes} - {person_id}
            changes += [delete(w) for w in wishes if w.person_id == person_id or len(others) < 2]
    return changes


def _team_tags_cleared(workshop: Workshop, team_id: str) -> list[RowChange]:
    """Ideas, prototype cards and rounds tagged with the team, untagged."""
    changes: list[RowChange] = []
    kinds: tuple[type[Idea] | type[PrototypeCard] | type[ItemRound], ...] = (
        Idea,
        PrototypeCard,
        ItemRound,
    )
    for kind in kinds:
        for record in workshop.unordered(kind):
            if record.team_id == team_id:
                changes.append(update(record, replaced(record, {"team_id": None})))
    return changes


def team_removed(workshop: Workshop, team_id: str) -> list[RowChange]:
    """The rows that go with a team, before the team itself is deleted: its members,
    and the team tag of ideas, prototype cards and rounds (cleared: what the team made
    stays, untagged; a round that was the team's slot stays, for everyone)."""
    changes: list[RowChange] = [
        delete(m) for m in workshop.unordered(TeamMember) if m.team_id == team_id
    ]
    return changes + _team_tags_cleared(workshop, team_id)


def tag_ideas(workshop: Workshop, idea_ids: Iterable[str], team_id: str | None) -> ChangeSet:
    """The ideas `idea_ids` made by team `team_id` (None: by no team in particular)."""
    if team_id is not None:
        workshop.require(Team, team_id)
    return ChangeSet.of(
        update(idea, replaced(idea, {"team_id": team_id}))
        for idea in (workshop.require(Idea, i) for i in idea_ids)
    )


def tag_card(workshop: Workshop, card_id: str, team_id: str | None) -> ChangeSet:
    """The prototype card made by team `team_id` (None: by no team in particular)."""
    card = workshop.require(PrototypeCard, card_id)
    if team_id is not None:
        workshop.require(Team, team_id)
    return ChangeSet.of([update(card, replaced(card, {"team_id": team_id}))])


# -- the state in words ----------------------------------------------------------------------


def _pairs(counts: Iterable[int]) -> int:
    return sum(c * (c - 1) // 2 for c in counts)


def _spelt(texts: Iterable[str]) -> dict[str, str]:
    """key (groups.same_key) -> its most frequent spelling."""
    spellings: dict[str, Counter[str]] = {}
    for text in texts:
        key = groups.same_key(text)
        if key:
            spellings.setdefault(key, Counter())[" ".join(text.split())] += 1
    return {key: counts.most_common(1)[0][0] for key, counts in spellings.items()}


def _names(people: Sequence[Person]) -> str:
    labels = sorted(p.name.strip() or "—" for p in people)
    shown = labels[:MAX_NAMES_IN_SENTENCE]
    return ", ".join(shown) + (", …" if len(labels) > len(shown) else "")


def grouping_state(workshop: Workshop, grouping_id: str) -> GroupingState:
    """How the teams of a grouping mix now (see `GroupingState`)."""
    info = workshop.require(GroupingInfo, grouping_id)
    by_team = members_by_team(workshop, grouping_id)
    teams = list(by_team.values())
    count = max(1, len(teams))
    team_of_person = {p.id: n for n, people in enumerate(teams) for p in people}
    placed = [p for people in teams for p in people]
    org_pairs = sum(
        _pairs(Counter(k for p in people if (k := groups.same_key(p.organisation))).values())
        for people in teams
    )
    org_totals = Counter(k for p in placed if (k := groups.same_key(p.organisation)))
    role_pairs = sum(
        _pairs(Counter(k for p in people if (k := groups.same_key(p.job))).values())
        for people in teams
    )
    role_totals = Counter(k for p in placed if (k := groups.same_key(p.job)))
    spelt = _spelt(p.organisation for p in placed)
    split: list[str] = []
    shared: list[str] = []
    asked = 0
    for wish in wish_sets(workshop, grouping_id):
        people = [p for p in (workshop.get(Person, i) for i in wish.person_ids) if p is not None]
        people = [p for p in people if p.id in team_of_person]
        if wish.kind == "together":
            if len({team_of_person[p.id] for p in people}) > 1:
                split.append(_names(people))
            asked += sum(
                1
                for n, a in enumerate(people)
                for b in people[n + 1 :]
                if team_of_person[a.id] == team_of_person[b.id]
                and (key := groups.same_key(a.organisation))
                and key == groups.same_key(b.organisation)
            )
        else:
            together = [
                p
                for p in people
                if sum(team_of_person[q.id] == team_of_person[p.id] for q in people) > 1
            ]
            if together:
                shared.append(_names(together))
    one = None
    if len(placed) > 1 and len(org_totals) == 1 and sum(org_totals.values()) == len(placed):
        one = spelt[next(iter(org_totals))]
    big = tuple(
        (spelt[key], size)
        for key, size in sorted(org_totals.items(), key=lambda kv: (-kv[1], kv[0]))
        if size > count
    )
    return GroupingState(
        sizes=tuple(len(people) for people in teams),
        absent=len(absent_people(workshop, grouping_id)),
        not_placed=len(not_placed(workshop, grouping_id)),
        same_org_pairs=org_pairs,
        fewest_same_org_pairs=sum(groups.fewest_pairs(m, count) for m in org_totals.values()),
        same_org_pairs_asked=asked,
        balance_roles=info.balance_roles,
        same_role_pairs=role_pairs,
        fewest_same_role_pairs=sum(groups.fewest_pairs(m, count) for m in role_totals.values()),
        has_roles=bool(role_totals),
        split_together=tuple(split),
        shared_apart=tuple(shared),
        one_organisation=one,
        big_organisations=big,
    )


def _mixing(state: GroupingState) -> list[Message]:
    """The organisations' mixing, and the roles' when balanced."""
    out: list[Message] = []
    if state.one_organisation is not None:
        out.append(message(_ONE_ORGANISATION, organisation=state.one_organisation))
    elif state.same_org_pairs == 0:
        out.append(message(_NO_SAME_ORG))
    elif state.same_org_pairs <= state.fewest_same_org_pairs:
        out.append(message(_SAME_ORG_FEWEST, count=state.same_org_pairs))
    else:
        said = message(
            _SAME_ORG_MORE, count=state.same_org_pairs, fewest=state.fewest_same_org_pairs
        )
        out.append(said)
    if state.same_org_pairs_asked and state.one_organisation is None:
        out.append(message(_SAME_ORG_ASKED, count=state.same_org_pairs_asked))
    if not state.balance_roles:
        return out
    if not state.has_roles:
        out.append(message(_NO_ROLES))
    elif state.same_role_pairs == 0:
        out.append(message(_NO_SAME_ROLE))
    elif state.same_role_pairs <= state.fewest_same_role_pairs:
        out.append(message(_SAME_ROLE_FEWEST, count=state.same_role_pairs))
    else:
        fewest = state.fewest_same_role_pairs
        out.append(message(_SAME_ROLE_MORE, count=state.same_role_pairs, fewest=fewest))
    return out


def state_sentences(state: GroupingState) -> list[Message]:
    """The state in words, most important first: the mixing of organisations (and of
    roles when balanced), wishes not met, uneven sizes, people not placed, notes."""
    out = _mixing(state)
    out += [message(_SPLIT, names=names) for names in state.split_together]
    out += [message(_SHARED, names=names) for names in state.shared_apart]
    if state.sizes and max(state.sizes) - min(state.sizes) > 1:
        out.append(message(_UNEVEN, smallest=min(state.sizes), largest=max(state.sizes)))
    if state.not_placed:
        out.append(message(_NOT_PLACED, count=state.not_placed))
    if state.big_organisations and state.one_organisation is None:
        listed = ", ".join(f"{name} ({size})" for name, size in state.big_organisations)
        out.append(message(_BIG_ORGANISATIONS, groups=len(state.sizes), organisations=listed))
    return out


__all__ = [
    "GROUPING_WORDS",
    "MAX_GROUPINGS",
    "MAX_SEED",
    "TEAM_WORDS",
    "GroupingState",
    "GroupingsError",
    "Made",
    "WishSet",
    "absent_ids",
    "absent_people",
    "add_wish",
    "checked_seed",
    "default_grouping_name",
    "delete_grouping",
    "draw_again",
    "grouping_state",
    "groupings_of",
    "members_by_team",
    "move_member",
    "name_teams",
    "new_grouping",
    "not_placed",
    "participants",
    "person_removed",
    "remove_wish_set",
    "rename_grouping",
    "rename_team",
    "roster",
    "set_absent",
    "set_present",
    "smallest_team",
    "state_sentences",
    "tag_card",
    "tag_ideas",
    "team_choices",
    "team_of",
    "team_removed",
    "teams_of",
    "wish_sets",
]
