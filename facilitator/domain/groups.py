"""Groups that mix organisations (issue 18): who sits at which table.

`make_groups(participants, request)` splits the participants present into groups whose
sizes differ by at most one, so that as few people of one organisation as possible
share a group, optionally with each role spread over the groups as well, keeping the
people asked to be together in one group and the people asked to be apart in
different groups. A seed gives the draw: the same roster, request and seed always give
the same groups, whatever the order of the roster ("draw again" is another seed).

What is best, in order (each criterion only breaks the ties of the ones before):

1. the group sizes differ by at most one (always: tables have chairs);
2. keep-together requests: fewest splits (a set split over 2 groups is 1 split);
   overlapping sets are merged;
3. keep-apart requests: fewest pairs of one set that share a group (a pair in two
   sets counts twice: each request counts);
4. fewest same-organisation pairs (two people of one organisation in one group);
5. with `balance_roles`: fewest same-role pairs, i.e. each role spread evenly.

The facilitator's explicit requests (2, 3) come before the mixing (4): two colleagues
asked to stay together (an interpreter and the person they interpret for) do share a
group, and the report counts such pairs (`same_org_pairs_kept_together`). Asked both
together and apart, people stay together (2 before 3), and the report says so.

The least possible number of same-organisation pairs (`fewest_same_org_pairs`): an
organisation of m people spread over K groups has at least
b*C(a+1, 2) + (K-b)*C(a, 2) pairs, where a = m // K and b = m % K (C(c, 2) = c(c-1)/2 is
convex, so for a fixed total the most even counts give the fewest pairs). The sum over
organisations is a lower bound for any arrangement, whatever the sizes (it ignores
them). Without keep-together or keep-apart requests it is always reached: list the
people organisation by organisation and deal them round the groups (person i to group
i mod K); each organisation is a run of consecutive people, so it lands as evenly as
possible, and the groups get sizes differing by at most one. With roles to balance the
same holds for roles at the same time: people are the edges of a bipartite multigraph
(organisations on one side, roles on the other), and de Werra's theorem (1971) gives a
colouring of its edges in K colours that is equitable at every vertex and balanced in
size; `_balance_roles` builds it by swapping colours along Euler trails. So without
requests the arrangement is proven best (`proven_best`). With requests the same bound
holds for each keep-apart set, and a keep-together set needs at least the fewest
groups it can fill, but the bounds may be out of reach together (two colleagues kept
together): rosters of up to `EXACT_LIMIT` people are then solved exactly (branch and
bound), larger ones by packing the keep-together sets, dealing the others round the
free places and a local search of swaps (`RESTARTS` draws, `MAX_SWEEPS` rounds) that
stops only where no swap of two people is better. `proven_best` says whether the
result is known to be best.

Bad input, decided:
- nobody present (empty roster, everyone absent): `GroupsError`;
- more groups asked than people present: `GroupsError` (groups of nobody are no
  groups; the facilitator chooses again); groups of one are allowed;
- by size: the number of groups whose mean size is closest to the size asked (ties:
  the smaller groups), at least 1 and at most one group per person;
- one organisation only: groups of balanced sizes, and a note that they cannot mix;
- no organisation (blank, or no letter or digit such as "-"): each such person is an
  organisation of their own, so they are spread freely and never form a pair;
- organisations are the same when they differ only by case, accents, spacing or
  invisible characters ("Mairie de Lyon", "mairie  de lyon"); shown as most often
  spelt; roles likewise;
- duplicate names are fine (ids tell people apart); a duplicate id is an error;
- ids in the requests that are absent or not in the roster are left out of them;
- more than `MAX_PEOPLE` people: `GroupsError`.
"""

from __future__ import annotations

import itertools
import random
import secrets
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, Message, message

# The largest roster grouped at once: nearly 7 times the 300 participants.
# Measured (python -m tests.bench.groups): 2,000 people with 100 pairs to keep together,
# 100 apart and roles take about 0.5 s; 300 people by 6 about 4 ms, 45 ms with requests.
MAX_PEOPLE = 2_000
# Rosters of up to this many people whose local search leaves a gap to the lower bound
# are solved exactly by branch and bound, starting from the local search's score.
# Measured (random rosters of 12 with requests): 25 ms at worst.
EXACT_LIMIT = 12
# A stop for the branch and bound, about 0.3 s here (300,000 steps a second); then the
# best found so far is kept and `proven_best` is False. Not reached by 12 people in the
# measures above; reached by some rosters of 16 and more.
EXACT_NODE_LIMIT = 100_000
# Rounds of the local search over every person; each accepted swap makes the
# arrangement strictly better, so it ends anyway. Measured on 800 draws of 30 to 2,000
# people with requests: 1 to 4 rounds (the last one finding nothing).
MAX_SWEEPS = 40
# Draws of the local search with requests (each from other blocks, deal and order);
# the best is kept. Measured against every arrangement of 1,350 random rosters of 2 to
# 9 people with requests: one draw alone is best 93 % of the time, four 97 % (the exact
# search does the rest below EXACT_LIMIT).
RESTARTS = 4
# Steps back when fitting the keep-together sets into the groups, before falling back
# to a first fit that may split one (a fit without any step back takes one step a
# set). Measured: 1,000 pairs that cannot fit (2,000 people by 6) fail in 0.1 s.
PACKING_BACKTRACK_LIMIT = 1_000
# A keep-together set of up to this many people may trade places with another of its
# size or with as many single people of another group during the local search (pairs
# and threes are the usual); larger sets stay where the packing put them. Measured:
# 2,000 people with 4,000 keep-apart sets of 4 and 2,000 keep-together pairs take 2 s.
BLOCK_TRADE_LIMIT = 3
# Names in keep-together and keep-apart requests, all sets together (after those absent
# or unknown are left out): 10 per person at the largest roster. Measured: 2,000
# people with 20,000 names in requests take about 1 s (python -m tests.bench.groups).
MAX_REQUEST_ENTRIES = 20_000
# Names listed in one message about a request; the rest are "…".
MAX_NAMES_IN_MESSAGE = 6
# The seed is stored with a grouping in an SQLite INTEGER.
SEED_RANGE = (-(2**63), 2**63 - 1)

UnmetKind = Literal["together", "apart"]

_NOBODY = QT_TRANSLATE_NOOP(
    "Groups", "There is nobody to put in groups: the list is empty or everyone is absent."
)
_TOO_MANY = QT_TRANSLATE_NOOP(
    "Groups", "At most {limit} people can be put in groups at once; {count} are present."
)
_TOO_MANY_REQUESTS = QT_TRANSLATE_NOOP(
    "Groups",
    "At most {limit} names can be given to keep together or apart; {count} were given.",
)
_DUPLICATE = QT_TRANSLATE_NOOP("Groups", "The participant list holds {name} twice.")
_SIZE_OR_COUNT = QT_TRANSLATE_NOOP("Groups", "Give either a group size or a number of groups.")
_SIZE_TOO_SMALL = QT_TRANSLATE_NOOP("Groups", "A group needs at least one person.")
_COUNT_TOO_SMALL = QT_TRANSLATE_NOOP("Groups", "Make at least one group.")
_MORE_GROUPS = QT_TRANSLATE_NOOP(
    "Groups",
    "{groups} groups for {people} people present: there cannot be more groups than people.",
)
_BAD_SEED = QT_TRANSLATE_NOOP("Groups", "The seed must be a whole number from {low} to {high}.")
_TOGETHER_TOO_BIG = QT_TRANSLATE_NOOP(
    "Groups",
    "{names} cannot all be in one group: {count} people to keep together, and a group "
    "holds at most {size}.",
)
_TOGETHER_NOT_MET = QT_TRANSLATE_NOOP(
    "Groups",
    "{names} could not be kept together along with the other requests and the group sizes.",
)
_APART_TOGETHER = QT_TRANSLATE_NOOP(
    "Groups", "{names} are asked to be both together and apart: they stay together."
)
_APART_TOO_MANY = QT_TRANSLATE_NOOP(
    "Groups",
    "{names} cannot all be apart: {count} people to keep apart and only {groups} groups.",
)
_APART_NOT_MET = QT_TRANSLATE_NOOP(
    "Groups", "{names} could not all be kept apart along with the other requests."
)
_ONE_ORGANISATION = QT_TRANSLATE_NOOP(
    "Groups", "Everyone present is from {organisation}: the groups cannot mix organisations."
)
_BIG_ORGANISATIONS = QT_TRANSLATE_NOOP(
    "Groups",
    "Some organisations have more people than there are groups ({groups}), so some of "
    "their people share a group: {organisations}.",
)
_NO_ROLES = QT_TRANSLATE_NOOP("Groups", "Nobody has a role: there are no roles to balance.")


class GroupsError(FacilitatorError):
    """A grouping that cannot be made as asked (nobody present, more groups than
    people, a bad size, count or seed, a duplicate id, too many people)."""


@dataclass(frozen=True, slots=True)
class Participant:
    """One person of the roster: `id` tells people apart (names may repeat);
    `organisation` and `role` may be blank."""

    id: str
    name: str = ""
    organisation: str = ""
    role: str = ""


@dataclass(frozen=True, slots=True)
class GroupRequest:
    """What to make: groups of about `size` people or `count` groups (exactly one of
    them); `keep_together`: sets of ids to put in one group; `keep_apart`: sets of ids
    to put in different groups (a pair, or more); `absent`: ids left out; `seed`: the
    draw, an integer in `SEED_RANGE`."""

    size: int | None = None
    count: int | None = None
    balance_roles: bool = False
    keep_together: Sequence[Collection[str]] = ()
    keep_apart: Sequence[Collection[str]] = ()
    absent: Collection[str] = frozenset()
    seed: int = 0


@dataclass(frozen=True, slots=True)
class Unmet:
    """A request the groups do not honour: `people` are the ids concerned (the
    keep-together set, or those of a keep-apart set who share a group)."""

    kind: UnmetKind
    people: tuple[str, ...]
    message: Message


@dataclass(frozen=True, slots=True)
class GroupSummary:
    """One group: its size, its people per organisation and per role (name as most often
    spelt, count; most first; "" for those without), and its same-organisation pairs."""

    size: int
    organisations: tuple[tuple[str, int], ...]
    roles: tuple[tuple[str, int], ...]
    same_org_pairs: int


@dataclass(frozen=True, slots=True)
class GroupingReport:
    """How good the groups are. `fewest_same_org_pairs` (and `_role_`) is the lower
    bound explained in the module's docstring; `same_org_pairs_kept_together`: those of
    `same_org_pairs` inside a keep-together set (asked for); `proven_best`: no
    arrangement does better on the criteria, in their order; `notes`: facts the
    facilitator should know (one organisation only, organisations larger than the
    number of groups, no roles to balance)."""

    summaries: tuple[GroupSummary, ...]
    same_org_pairs: int
    fewest_same_org_pairs: int
    same_org_pairs_kept_together: int
    same_role_pairs: int
    fewest_same_role_pairs: int
    unmet: tuple[Unmet, ...]
    notes: tuple[Message, ...]
    seed: int
    proven_best: bool


@dataclass(frozen=True, slots=True)
class Grouping:
    """The groups (ids; larger groups first; people by name) and their report."""

    groups: tuple[tuple[str, ...], ...]
    report: GroupingReport


def new_seed() -> int:
    """A fresh seed for "draw again": from 0 to 999,999, short enough to type back in."""
    return secrets.randbelow(1_000_000)


def group_count(people: int, *, size: int | None = None, count: int | None = None) -> int:
    """How many groups `people` people make: `count`, or by `size` the number whose mean
    size is closest to `size` (ties: the smaller groups), from 1 to `people`.

    Raises GroupsError: no one, both or neither of size and count, a size or count
    below 1, more groups than people."""
    if people < 1:
        raise GroupsError(message(_NOBODY))
    if (size is None) == (count is None):
        raise GroupsError(message(_SIZE_OR_COUNT))
    if count is not None:
        if count < 1:
            raise GroupsError(message(_COUNT_TOO_SMALL))
        if count > people:
            raise GroupsError(message(_MORE_GROUPS, groups=count, people=people))
        return count
    assert size is not None
    if size < 1:
        raise GroupsError(message(_SIZE_TOO_SMALL))
    fewer = max(1, people // size)
    more = min(people, fewer + 1)
    # |people/k - size| compared without fractions: |people - size*k| / k.
    if abs(people - size * more) * fewer <= abs(people - size * fewer) * more:
        return more
    return fewer


def group_sizes(people: int, groups: int) -> list[int]:
    """The sizes of `groups` groups of `people` people differing by at most one,
    larger first."""
    q, r = divmod(people, groups)
    return [q + 1] * r + [q] * (groups - r)


def fewest_pairs(members: int, groups: int) -> int:
    """The fewest pairs `members` people of one kind form over `groups` groups: spread
    as evenly as possible (see the module's docstring)."""
    a, b = divmod(members, groups)
    return b * (a + 1) * a // 2 + (groups - b) * a * (a - 1) // 2


def same_key(text: str) -> str:
    """The identity of an organisation or role: case, accents, spacing and invisible
    characters aside; "" when it has no letter or digit (blank, "-", "?")."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(
        c for c in decomposed if not unicodedata.combining(c) and unicodedata.category(c) != "Cf"
    )
    key = " ".join(kept.casefold().split())
    return key if any(unicodedata.category(c)[0] in "LN" for c in key) else ""


# --- the problem, in indices --------------------------------------------------------


@dataclass
class _Problem:
    """The roster in indices. Each person belongs to categories, each of one criterion:
    the keep-apart sets (criterion 3), their organisation (4) and, with roles balanced,
    their role (5); a category's pairs in one group count against its criterion (a pair
    asked apart twice counts twice). `weights[c]` is the criterion's place in the
    one-integer score."""

    people: list[Participant]  # present, sorted by id
    groups: int
    capacities: list[int]
    org_of: list[int]  # an organisation index; a person without one has their own
    org_names: list[str]  # "" for the own organisation of a person without one
    role_of: list[int]  # a role index, or -1
    role_names: list[str]
    balance: bool
    comps: list[list[int]]  # keep-together sets (merged when they overlap), 2 or more
    comp_of: list[int]  # the index in comps, or -1
    apart_sets: list[list[int]]  # as asked (restricted to people present), 2 or more
    cats: list[list[int]]  # each person's categories: apart sets, organisation, role
    weights: list[int]  # each category's weight in the score
    base: int  # more than any criterion's count: the score's base

    @property
    def size(self) -> int:
        return len(self.people)


def _present(participants: Sequence[Participant], request: GroupRequest) -> list[Participant]:
    """The people present, sorted by id; the roster and the seed checked."""
    seed = request.seed
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise GroupsError(message(_BAD_SEED, low=SEED_RANGE[0], high=SEED_RANGE[1]))
    if not SEED_RANGE[0] <= seed <= SEED_RANGE[1]:
        raise GroupsError(message(_BAD_SEED, low=SEED_RANGE[0], high=SEED_RANGE[1]))
    absent = set(request.absent)
    by_id: dict[str, Participant] = {}
    for person in participants:
        if person.id in by_id:
            raise GroupsError(message(_DUPLICATE, name=_label(person)))
        by_id[person.id] = person
    people = sorted((p for p in by_id.values() if p.id not in absent), key=lambda p: p.id)
    if not people:
        raise GroupsError(message(_NOBODY))
    if len(people) > MAX_PEOPLE:
        raise GroupsError(message(_TOO_MANY, limit=MAX_PEOPLE, count=len(people)))
    return people


def _kinds(texts: list[str], own: bool) -> tuple[list[int], list[str]]:
    """An index per person for equal `same_key`s, and each one's name: its most frequent
    spelling (ties: the first, in the order of ids), spaces collapsed. A person without
    one gets -1, or with `own` an index (and name "") of their own."""
    seen: dict[str, int] = {}
    spellings: list[Counter[str]] = []
    out: list[int] = []
    for text in texts:
        key = same_key(text)
        if key and key not in seen:
            seen[key] = len(spellings)
            spellings.append(Counter())
        if key:
            spellings[seen[key]][" ".join(text.split())] += 1
        out.append(seen[key] if key else -1)
    names = [counts.most_common(1)[0][0] for counts in spellings]
    if own:
        for i, index in enumerate(out):
            if index < 0:
                out[i] = len(names)
                names.append("")
    return out, names


def _together(n: int, sets: list[list[int]]) -> tuple[list[list[int]], list[int]]:
    """Keep-together sets merged where they share someone (union-find): the sets of 2
    or more, by their first person, and each person's set (-1 for none)."""
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for members in sets:
        for other in members[1:]:
            parent[root(other)] = root(members[0])
    by_root: dict[int, list[int]] = {}
    for i in range(n):
        by_root.setdefault(root(i), []).append(i)
    comps = sorted((m for m in by_root.values() if len(m) > 1), key=lambda m: m[0])
    comp_of = [-1] * n
    for c, members in enumerate(comps):
        for i in members:
            comp_of[i] = c
    return comps, comp_of


def _problem(participants: Sequence[Participant], request: GroupRequest) -> _Problem:
    people = _present(participants, request)
    n = len(people)
    k = group_count(n, size=request.size, count=request.count)
    index = {p.id: i for i, p in enumerate(people)}

    def indices(sets: Sequence[Collection[str]]) -> list[list[int]]:
        found = {tuple(sorted({index[i] for i in wanted if i in index})) for wanted in sets}
        return [list(members) for members in sorted(found) if len(members) > 1]

    org_of, org_names = _kinds([p.organisation for p in people], own=True)
    role_of, role_names = _kinds([p.role for p in people], own=False)
    together = indices(request.keep_together)
    apart_sets = indices(request.keep_apart)
    entries = sum(map(len, together)) + sum(map(len, apart_sets))
    if entries > MAX_REQUEST_ENTRIES:
        raise GroupsError(message(_TOO_MANY_REQUESTS, limit=MAX_REQUEST_ENTRIES, count=entries))
    comps, comp_of = _together(n, together)
    base = 1 + max(n * n, sum(len(m) * (len(m) - 1) // 2 for m in apart_sets))
    cats: list[list[int]] = [[] for _ in range(n)]
    for c, members in enumerate(apart_sets):
        for i in members:
            cats[i].append(c)
    weights = [base * base] * len(apart_sets)
    orgs = len(weights)
    for i, org in enumerate(org_of):
        cats[i].append(orgs + org)
    weights += [base] * len(org_names)
    if request.balance_roles:
        roles = len(weights)
        for i, role in enumerate(role_of):
            if role >= 0:
                cats[i].append(roles + role)
        weights += [1] * len(role_names)
    return _Problem(
        people=people,
        groups=k,
        capacities=group_sizes(n, k),
        org_of=org_of,
        org_names=org_names,
        role_of=role_of,
        role_names=role_names,
        balance=request.balance_roles,
        comps=comps,
        comp_of=comp_of,
        apart_sets=apart_sets,
        cats=cats,
        weights=weights,
        base=base,
    )


def _label(person: Participant) -> str:
    return person.name.strip() or person.id


# --- the cost -----------------------------------------------------------------------


def _pairs(counts: Iterable[int]) -> int:
    return sum(c * (c - 1) // 2 for c in counts)


def _costs(problem: _Problem, assign: list[int]) -> tuple[int, int, int, int]:
    """(keep-together splits, keep-apart pairs together, same-org pairs, same-role pairs)."""
    splits = sum(len({assign[i] for i in comp}) - 1 for comp in problem.comps)
    apart: Counter[tuple[int, int]] = Counter()
    for c, members in enumerate(problem.apart_sets):
        for i in members:
            apart[c, assign[i]] += 1
    orgs: Counter[tuple[int, int]] = Counter(zip(assign, problem.org_of, strict=True))
    roles: Counter[tuple[int, int]] = Counter(
        (g, role) for g, role in zip(assign, problem.role_of, strict=True) if role >= 0
    )
    return splits, _pairs(apart.values()), _pairs(orgs.values()), _pairs(roles.values())


def _score(problem: _Problem, costs: tuple[int, int, int, int]) -> int:
    """The costs in one integer, compared in the order of the criteria."""
    w = problem.base
    splits, apart, orgs, roles = costs
    return ((splits * w + apart) * w + orgs) * w + (roles if problem.balance else 0)


def _pieces(problem: _Problem, size: int) -> int:
    """The fewest groups `size` people can fill: the largest groups first."""
    room = 0
    for pieces, capacity in enumerate(problem.capacities, start=1):
        room += capacity
        if room >= size:
            return pieces
    return len(problem.capacities)


def _bounds(problem: _Problem) -> tuple[int, int, int, int]:
    """A lower bound of each cost: each keep-together set over the fewest groups it can
    fill, each keep-apart set, organisation and role spread evenly (module docstring)."""
    k = problem.groups
    org_sizes = Counter(problem.org_of)
    role_sizes = Counter(role for role in problem.role_of if role >= 0)
    return (
        sum(_pieces(problem, len(comp)) - 1 for comp in problem.comps),
        sum(fewest_pairs(len(members), k) for members in problem.apart_sets),
        sum(fewest_pairs(m, k) for m in org_sizes.values()),
        sum(fewest_pairs(m, k) for m in role_sizes.values()),
    )


# --- without requests: the even deal, then roles balanced (de Werra) ----------------


def _even_deal(problem: _Problem, rng: random.Random) -> list[int]:
    """Organisation by organisation (in a drawn order, people drawn within), round the
    groups (in a drawn order): every organisation spread evenly, sizes balanced."""
    members: dict[int, list[int]] = {}
    for i, org in enumerate(problem.org_of):
        members.setdefault(org, []).append(i)
    orgs = sorted(members)
    rng.shuffle(orgs)
    order: list[int] = []
    for org in orgs:
        people = members[org]
        rng.shuffle(people)
        order.extend(people)
    labels = list(range(problem.groups))
    rng.shuffle(labels)
    assign = [0] * problem.size
    for position, i in enumerate(order):
        assign[i] = labels[position % problem.groups]
    return assign


def _balance_roles(problem: _Problem, assign: list[int]) -> None:
    """Spread every role evenly without undoing the organisations' spread or the sizes.

    People are edges between their organisation and their role (a person without a
    role has a role vertex of their own). While some role has groups a and b with
    counts differing by 2 or more, the edges coloured a or b are cut into trails (from
    odd vertices first, so each vertex ends at most one trail) and recoloured
    alternately; the graph is bipartite so closed trails are even, and every vertex
    ends with a and b within one of each other, in total too (odd trails start with
    the colour that has fewer). The sum of squared counts falls at each step, so it
    ends; it is de Werra's proof of equitable edge colourings."""
    n, k = problem.size, problem.groups
    role_vertex = [
        n + role if role >= 0 else n + len(problem.role_names) + i
        for i, role in enumerate(problem.role_of)
    ]
    role_counts: dict[int, list[int]] = {}
    for i, role in enumerate(problem.role_of):
        if role >= 0:
            role_counts.setdefault(role, [0] * k)[assign[i]] += 1
    while True:
        unbalanced = next(
            (counts for _, counts in sorted(role_counts.items()) if max(counts) - min(counts) > 1),
            None,
        )
        if unbalanced is None:
            return
        a = unbalanced.index(max(unbalanced))
        b = unbalanced.index(min(unbalanced))
        edges = [i for i in range(n) if assign[i] in (a, b)]
        _recolour({i: (problem.org_of[i], role_vertex[i]) for i in edges}, a, b, assign)
        for i in edges:
            role = problem.role_of[i]
            if role >= 0:
                role_counts[role][a] = role_counts[role][b] = 0
        for i in edges:
            role = problem.role_of[i]
            if role >= 0:
                role_counts[role][assign[i]] += 1


def _recolour(ends: dict[int, tuple[int, int]], a: int, b: int, assign: list[int]) -> None:
    """Colour the edges `ends` (edge: its two vertices, of a bipartite multigraph) a and
    b alternately along trails, so that every vertex and the whole end with as many of
    each, give or take one (see `_balance_roles`)."""
    incident: dict[int, list[int]] = {}
    for edge, vertices in ends.items():
        for vertex in vertices:
            incident.setdefault(vertex, []).append(edge)
    for vertex_edges in incident.values():
        vertex_edges.reverse()  # popped from the end: lowest index first
    left = {vertex: len(vertex_edges) for vertex, vertex_edges in incident.items()}
    used: set[int] = set()
    balance = 0  # edges coloured a minus b so far
    # Open trails first, each from a vertex still odd (it ends at another odd one, and
    # both are even afterwards), then closed trails from anywhere.
    starts = [(v, True) for v in sorted(incident) if left[v] % 2]
    starts += [(v, False) for v in sorted(incident)]
    for start, open_trail in starts:
        while left[start] and (not open_trail or left[start] % 2):
            trail: list[int] = []
            vertex = start
            while True:
                pending = incident[vertex]
                while pending and pending[-1] in used:
                    pending.pop()
                if not pending:
                    break
                edge = pending.pop()
                used.add(edge)
                trail.append(edge)
                first, second = ends[edge]
                left[first] -= 1
                left[second] -= 1
                vertex = second if vertex == first else first
            colour, other = (a, b) if balance <= 0 else (b, a)
            for step, edge in enumerate(trail):
                assign[edge] = colour if step % 2 == 0 else other
            if len(trail) % 2:
                balance += 1 if colour == a else -1


# --- with requests: blocks first, then people, then a local search ------------------


def _blocks(problem: _Problem, rng: random.Random) -> list[list[int]]:
    """The keep-together sets as blocks; one larger than a group is cut into as few
    blocks as can fit (`_pieces`), as even as possible, its organisations dealt round
    them."""
    blocks: list[list[int]] = []
    for comp in problem.comps:
        pieces = _pieces(problem, len(comp))
        if pieces == 1:
            blocks.append(list(comp))
            continue
        by_org: dict[int, list[int]] = {}
        for i in comp:
            by_org.setdefault(problem.org_of[i], []).append(i)
        order = sorted(by_org.values(), key=lambda members: (-len(members), rng.random()))
        dealt = [i for members in order for i in members]
        blocks.extend(dealt[piece::pieces] for piece in range(pieces))
    return blocks


def _pack(problem: _Problem, blocks: list[list[int]], rng: random.Random) -> list[int] | None:
    """A group for each block (largest first) so that all fit, by depth-first search
    (iterative: there may be a thousand blocks); the groups tried first are those where
    the block adds the least to the score (people to keep apart, then of one
    organisation). None when the blocks cannot fit (`_cannot_fit`) or no packing was
    found within `PACKING_BACKTRACK_LIMIT` steps back."""
    if _cannot_fit(problem, blocks):
        return None
    k = problem.groups
    order = sorted(range(len(blocks)), key=lambda b: (-len(blocks[b]), rng.random()))
    room = list(problem.capacities)
    rank = list(range(k))
    rng.shuffle(rank)
    by_rank = sorted(range(k), key=lambda g: rank[g])
    holders: dict[int, Counter[int]] = {}  # category: how many in each group

    def candidates(block: list[int]) -> list[int]:
        """The groups with room, the best last (they are popped from the end)."""
        clash: Counter[int] = Counter()
        for i in block:
            for c in problem.cats[i]:
                for g, count in holders.get(c, Counter()).items():
                    clash[g] += problem.weights[c] * count
        empty_tried: set[int] = set()
        free = []
        for g in by_rank:
            if room[g] < len(block) or clash[g]:
                continue
            if room[g] == problem.capacities[g]:
                if room[g] in empty_tried:
                    continue  # an empty group of the same size: the same choice
                empty_tried.add(room[g])
            free.append(g)
        busy = sorted((clash[g], rank[g], g) for g in clash if clash[g] and room[g] >= len(block))
        return [g for _, _, g in reversed(busy)] + free[::-1]

    def shift(block: list[int], g: int, step: int) -> None:
        room[g] -= step * len(block)
        for i in block:
            for c in problem.cats[i]:
                holders.setdefault(c, Counter())[g] += step

    chosen: list[int] = []  # the group of each block of `order` placed so far
    tries: list[list[int]] = [candidates(blocks[order[0]])] if order else []
    for _ in range(len(blocks) + 2 * PACKING_BACKTRACK_LIMIT):
        if len(chosen) == len(order):
            packing = [0] * len(blocks)
            for b, g in zip(order, chosen, strict=True):
                packing[b] = g
            return packing
        if tries[-1]:
            g = tries[-1].pop()
            shift(blocks[order[len(chosen)]], g, 1)
            chosen.append(g)
            if len(chosen) < len(order):
                tries.append(candidates(blocks[order[len(chosen)]]))
        else:
            tries.pop()
            if not chosen:
                return None
            shift(blocks[order[len(chosen) - 1]], chosen.pop(), -1)
    return None


def _cannot_fit(problem: _Problem, blocks: list[list[int]]) -> bool:
    """Whether the blocks surely cannot all fit: for some size s, more blocks of s or
    more people than the groups can hold (a group of c holds c // s of them)."""
    sizes = sorted((len(block) for block in blocks), reverse=True)
    for count, size in enumerate(sizes, start=1):
        if count > sum(capacity // size for capacity in problem.capacities):
            return True
    return False


def _first_fit(problem: _Problem, blocks: list[list[int]], assign: list[int]) -> None:
    """Blocks (largest first) each in the group with the most room, split where the room
    runs out: the fallback when no packing keeps every block whole."""
    room = list(problem.capacities)
    queue = sorted(blocks, key=len, reverse=True)
    while queue:
        block = queue.pop(0)
        g = max(range(problem.groups), key=lambda h: (room[h], -h))
        fits = block[: room[g]]
        for i in fits:
            assign[i] = g
        room[g] -= len(fits)
        if len(fits) < len(block):
            queue.append(block[len(fits) :])
            queue.sort(key=len, reverse=True)


class _Spread:
    """For each organisation (or role): how many groups hold it how many times, so that
    its least count over the groups is known without looking at every group."""

    def __init__(self, groups: int) -> None:
        self.groups = groups
        self.counts: dict[int, Counter[int]] = {}

    def change(self, kind: int, old: int, new: int) -> None:
        counts = self.counts.setdefault(kind, Counter())
        if old:
            counts[old] -= 1
            if not counts[old]:
                del counts[old]
        if new:
            counts[new] += 1

    def least(self, kind: int) -> int:
        counts = self.counts.get(kind)
        if not counts or counts.total() < self.groups:
            return 0
        return min(counts)


class _State:
    """An arrangement with its counts per group and category, for the local search."""

    def __init__(self, problem: _Problem, assign: list[int]) -> None:
        self.problem = problem
        self.assign = assign
        k = problem.groups
        self.counts: list[dict[int, int]] = [{} for _ in range(k)]
        self.members: list[set[int]] = [set() for _ in range(k)]
        self.spread = _Spread(k)
        for i, g in enumerate(assign):
            if g >= 0:
                self._add(i, g)

    def _add(self, i: int, g: int) -> None:
        counts = self.counts[g]
        for c in self.problem.cats[i]:
            count = counts.get(c, 0)
            counts[c] = count + 1
            self.spread.change(c, count, count + 1)
        self.assign[i] = g
        self.members[g].add(i)

    def _remove(self, i: int) -> None:
        g = self.assign[i]
        if g < 0:
            return
        counts = self.counts[g]
        for c in self.problem.cats[i]:
            counts[c] -= 1
            self.spread.change(c, counts[c] + 1, counts[c])
        self.members[g].discard(i)

    def move(self, people: Iterable[int], g: int) -> None:
        for i in people:
            self._remove(i)
            self._add(i, g)

    def swap_gain(self, p: int, q: int) -> int:
        """The score's change if p and q trade groups (negative: better): each category
        of one and not the other loses its pairs in one group and gains some in the
        other."""
        problem = self.problem
        here, there = self.counts[self.assign[p]], self.counts[self.assign[q]]
        cp, cq = problem.cats[p], problem.cats[q]
        weights = problem.weights
        gain = 0
        for c in cp:
            if c not in cq:
                gain += weights[c] * (there.get(c, 0) - here[c] + 1)
        for c in cq:
            if c not in cp:
                gain += weights[c] * (here.get(c, 0) - there[c] + 1)
        return gain

    def targets(self, p: int) -> list[int]:
        """The other groups where a swap of p might be better: where one of p's
        categories counts at least 2 fewer than in p's group. Every better swap has
        such a side, since its first criterion that changes gets better on one side at
        least, and a category's side is better only towards such a group."""
        problem = self.problem
        g = self.assign[p]
        here = self.counts[g]
        limits = [(c, here[c] - 2) for c in problem.cats[p] if here[c] - 2 >= self.spread.least(c)]
        if not limits:
            return []
        return [
            h
            for h in range(problem.groups)
            if h != g and any(self.counts[h].get(c, 0) <= limit for c, limit in limits)
        ]

    def trade_gain(self, out: Sequence[int], into: Sequence[int]) -> int:
        """The score's change if the people `out` (of one group) and `into` (of another)
        trade groups (negative: better)."""
        problem = self.problem
        here, there = self.counts[self.assign[out[0]]], self.counts[self.assign[into[0]]]
        change: dict[int, int] = {}
        for i in out:
            for c in problem.cats[i]:
                change[c] = change.get(c, 0) - 1
        for i in into:
            for c in problem.cats[i]:
                change[c] = change.get(c, 0) + 1
        gain = 0
        for c, d in change.items():
            if d:
                a, b = here.get(c, 0), there.get(c, 0)
                pairs = (a + d) * (a + d - 1) + (b - d) * (b - d - 1) - a * (a - 1) - b * (b - 1)
                gain += problem.weights[c] * pairs // 2
        return gain


def _deal_singles(problem: _Problem, state: _State, rng: random.Random) -> None:
    """The people outside blocks round the groups' free places, organisation by
    organisation (largest first, then by role): the free places are taken a round at a
    time, each round over the groups in one drawn order, so each organisation lands
    as evenly as the places allow (the even deal, around the blocks)."""
    room = list(problem.capacities)
    singles: list[int] = []
    for i, g in enumerate(state.assign):
        if g >= 0:
            room[g] -= 1
        else:
            singles.append(i)
    rank = list(range(problem.groups))
    rng.shuffle(rank)
    by_rank = sorted(range(problem.groups), key=lambda g: rank[g])
    places = [g for level in range(max(room)) for g in by_rank if room[g] > level]
    members: dict[int, list[int]] = {}
    for i in singles:
        members.setdefault(problem.org_of[i], []).append(i)
    roles = [rng.random() for _ in range(len(problem.role_names) + 1)]  # [-1]: no role
    draws = {i: rng.random() for i in singles}
    orgs = sorted(members, key=lambda org: (-len(members[org]), rng.random()))
    order = [
        i
        for org in orgs
        for i in sorted(members[org], key=lambda i: (roles[problem.role_of[i]], draws[i]))
    ]
    for i, g in zip(order, places, strict=True):
        state.move([i], g)


def _local_search(
    problem: _Problem, state: _State, blocks: list[list[int]], rng: random.Random
) -> None:
    """Swaps that make the arrangement strictly better, until none is left or
    `MAX_SWEEPS` rounds: two single people of different groups, or a block of up to
    `BLOCK_TRADE_LIMIT` people with another of its size or as many single people."""
    singles = [i for i in range(problem.size) if problem.comp_of[i] < 0]
    rng.shuffle(singles)
    for _ in range(MAX_SWEEPS):
        improved = False
        for p in singles:
            while _better_swap(problem, state, p):
                improved = True
        improved = _trade_blocks(problem, state, blocks, singles) or improved
        if not improved:
            return


def _better_swap(problem: _Problem, state: _State, p: int) -> bool:
    """Make the first better swap of p with a single person of a target group."""
    for h in state.targets(p):
        for q in sorted(state.members[h]):
            if problem.comp_of[q] < 0 and state.swap_gain(p, q) < 0:
                g = state.assign[p]
                state.move([p], h)
                state.move([q], g)
                return True
    return False


def _trade_blocks(
    problem: _Problem, state: _State, blocks: list[list[int]], singles: list[int]
) -> bool:
    """One round of block trades (see `_local_search`) for the blocks with someone who
    might gain (`_State.targets`), with blocks or single people of those target groups;
    whether any was made."""
    improved = False
    single = set(singles)
    by_group: dict[int, list[int]] = {}
    for b, block in enumerate(blocks):
        by_group.setdefault(state.assign[block[0]], []).append(b)

    def whole(block: Sequence[int]) -> bool:
        return all(state.assign[i] == state.assign[block[0]] for i in block)

    for b, block in enumerate(blocks):
        if len(block) > BLOCK_TRADE_LIMIT or not whole(block):
            continue  # larger blocks, and those split by the fallback, stay where they are
        g = state.assign[block[0]]
        wanted = sorted({h for i in block for h in state.targets(i)})
        options: list[Sequence[int]] = [
            blocks[o] for h in wanted for o in by_group.get(h, []) if len(blocks[o]) == len(block)
        ]
        for h in wanted:
            there = sorted(state.members[h] & single)
            options.extend(itertools.combinations(there, len(block)))
        for other in options:
            h = state.assign[other[0]]
            if h != g and whole(other) and state.trade_gain(block, other) < 0:
                state.move(block, h)
                state.move(other, g)
                by_group[g].remove(b)
                by_group.setdefault(h, []).append(b)
                if other in blocks:
                    o = blocks.index(list(other))
                    by_group[h].remove(o)
                    by_group[g].append(o)
                improved = True
                break
    return improved


def _exact(problem: _Problem, incumbent: int, rng: random.Random) -> tuple[list[int] | None, bool]:
    """The best arrangement strictly better than the score `incumbent`, by branch and
    bound over the people (those with requests and of large organisations first; groups
    opened in order, since they have no names yet). Returns it (None if nothing beats
    the incumbent) and whether the search was complete (`EXACT_NODE_LIMIT`)."""
    n, k = problem.size, problem.groups
    q, r = divmod(n, k)
    split_weight = problem.base**3
    org_sizes = Counter(problem.org_of)
    apart = Counter(i for members in problem.apart_sets for i in members)
    tie = [rng.random() for _ in range(n)]
    order = sorted(
        range(n),
        key=lambda i: (
            -(problem.comp_of[i] >= 0 or apart[i] > 0),
            -org_sizes[problem.org_of[i]],
            tie[i],
        ),
    )
    assign = [-1] * n
    sizes = [0] * k
    counts: list[Counter[int]] = [Counter() for _ in range(k)]
    comp_groups: list[Counter[int]] = [Counter() for _ in problem.comps]
    best = incumbent
    best_assign: list[int] | None = None
    nodes = 0
    complete = True

    def added(i: int, g: int) -> int:
        """The score person i adds by joining group g."""
        comp = problem.comp_of[i]
        split = comp >= 0 and bool(comp_groups[comp]) and not comp_groups[comp][g]
        here = counts[g]
        same = sum(problem.weights[c] * here[c] for c in problem.cats[i])
        return (split_weight if split else 0) + same

    def shift(i: int, g: int, step: int) -> None:
        """Person i joins (step 1) or leaves (step -1) group g."""
        assign[i] = g if step > 0 else -1
        sizes[g] += step
        counts[g].update(dict.fromkeys(problem.cats[i], step))
        comp = problem.comp_of[i]
        if comp >= 0:
            comp_groups[comp][g] += step
            if not comp_groups[comp][g]:
                del comp_groups[comp][g]

    def search(position: int, score: int, opened: int, full: int) -> None:
        nonlocal best, best_assign, nodes, complete
        if position == n:
            best, best_assign = score, list(assign)
            return
        i = order[position]
        for g in range(min(opened + 1, k)):
            if sizes[g] == q + 1 or (sizes[g] == q and full == r):
                continue
            more = added(i, g)
            if score + more >= best:
                continue
            nodes += 1
            if nodes > EXACT_NODE_LIMIT:
                complete = False
                return
            shift(i, g, 1)
            search(position + 1, score + more, max(opened, g + 1), full + (sizes[g] == q + 1))
            shift(i, g, -1)
            if not complete:
                return

    search(0, 0, 0, 0)
    return best_assign, complete


def _with_requests(problem: _Problem, rng: random.Random) -> list[int]:
    """Blocks packed first, then the single people dealt, then the local search."""
    assign = [-1] * problem.size  # -1: not placed yet
    blocks = _blocks(problem, rng)
    packing = _pack(problem, blocks, rng)
    if packing is None:
        _first_fit(problem, blocks, assign)
    else:
        for block, g in zip(blocks, packing, strict=True):
            for i in block:
                assign[i] = g
    state = _State(problem, assign)
    _deal_singles(problem, state, rng)
    _local_search(problem, state, blocks, rng)
    return state.assign


# --- the report ---------------------------------------------------------------------


def _names(problem: _Problem, people: Sequence[int]) -> str:
    labels = sorted((_label(problem.people[i]) for i in people), key=_name_key)
    shown = labels[:MAX_NAMES_IN_MESSAGE]
    return ", ".join(shown) + (", …" if len(labels) > len(shown) else "")


def _name_key(name: str) -> tuple[str, str]:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold(), name


def _unmet(problem: _Problem, assign: list[int]) -> list[Unmet]:
    out: list[Unmet] = []
    largest = problem.capacities[0]
    for comp in problem.comps:
        if len({assign[i] for i in comp}) > 1:
            ids = tuple(problem.people[i].id for i in comp)
            names = _names(problem, comp)
            if len(comp) > largest:
                text = message(_TOGETHER_TOO_BIG, names=names, count=len(comp), size=largest)
            else:
                text = message(_TOGETHER_NOT_MET, names=names)
            out.append(Unmet("together", ids, text))
    for members in problem.apart_sets:
        shared = [(a, b) for a, b in itertools.combinations(members, 2) if assign[a] == assign[b]]
        if not shared:
            continue
        involved = sorted({i for pair in shared for i in pair})
        names = _names(problem, involved)
        if any(
            problem.comp_of[a] >= 0 and problem.comp_of[a] == problem.comp_of[b] for a, b in shared
        ):
            text = message(_APART_TOGETHER, names=names)
        elif len(members) > problem.groups:
            text = message(_APART_TOO_MANY, names=names, count=len(members), groups=problem.groups)
        else:
            text = message(_APART_NOT_MET, names=names)
        out.append(Unmet("apart", tuple(problem.people[i].id for i in involved), text))
    return out


def _notes(problem: _Problem) -> list[Message]:
    notes: list[Message] = []
    sizes: dict[int, int] = {}
    for org in problem.org_of:
        sizes[org] = sizes.get(org, 0) + 1
    if problem.size > 1 and len(sizes) == 1:
        notes.append(message(_ONE_ORGANISATION, organisation=problem.org_names[problem.org_of[0]]))
    else:
        large = sorted(
            (org for org, m in sizes.items() if m > problem.groups),
            key=lambda org: (-sizes[org], _name_key(problem.org_names[org])),
        )
        if large:
            listed = ", ".join(f"{problem.org_names[org]} ({sizes[org]})" for org in large)
            notes.append(message(_BIG_ORGANISATIONS, groups=problem.groups, organisations=listed))
    if problem.balance and not problem.role_names:
        notes.append(message(_NO_ROLES))
    return notes


def _counted(names: list[str], indices: Iterable[int]) -> tuple[tuple[str, int], ...]:
    counts: dict[str, int] = {}
    for index in indices:
        name = names[index] if index >= 0 else ""
        counts[name] = counts.get(name, 0) + 1
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], _name_key(item[0]))))


def _report(problem: _Problem, assign: list[int], seed: int, proven: bool) -> Grouping:
    by_group: dict[int, list[int]] = {}
    for i, g in enumerate(assign):
        by_group.setdefault(g, []).append(i)
    ordered = sorted(by_group.values(), key=lambda members: (-len(members), assign[members[0]]))
    groups: list[tuple[str, ...]] = []
    summaries: list[GroupSummary] = []
    for members in ordered:
        people = sorted(
            members, key=lambda i: (_name_key(_label(problem.people[i])), problem.people[i].id)
        )
        groups.append(tuple(problem.people[i].id for i in people))
        org_counts: dict[int, int] = {}
        for i in members:
            org_counts[problem.org_of[i]] = org_counts.get(problem.org_of[i], 0) + 1
        summaries.append(
            GroupSummary(
                size=len(members),
                organisations=_counted(problem.org_names, (problem.org_of[i] for i in members)),
                roles=_counted(problem.role_names, (problem.role_of[i] for i in members)),
                same_org_pairs=_pairs(org_counts.values()),
            )
        )
    _, _, orgs, roles = _costs(problem, assign)
    _, _, fewest_orgs, fewest_roles = _bounds(problem)
    report = GroupingReport(
        summaries=tuple(summaries),
        same_org_pairs=orgs,
        fewest_same_org_pairs=fewest_orgs,
        same_org_pairs_kept_together=sum(
            1
            for comp in problem.comps
            for a, b in itertools.combinations(comp, 2)
            if assign[a] == assign[b] and problem.org_of[a] == problem.org_of[b]
        ),
        same_role_pairs=roles,
        fewest_same_role_pairs=fewest_roles,
        unmet=tuple(_unmet(problem, assign)),
        notes=tuple(_notes(problem)),
        seed=seed,
        proven_best=proven,
    )
    return Grouping(tuple(groups), report)


def make_groups(participants: Sequence[Participant], request: GroupRequest) -> Grouping:
    """Groups of the participants present, as asked by `request` (see the module's
    docstring for the rules, their order and the proofs).

    Returns the groups (tuples of ids, larger groups first, people by name) and their
    report. The same participants (in any order), request and seed give the same
    groups, in any process (nothing depends on the order of a hashed set). Raises
    GroupsError: nobody present, more than `MAX_PEOPLE`, a duplicate id, a size or count
    below 1, more groups than people, a seed outside `SEED_RANGE`, more than
    `MAX_REQUEST_ENTRIES` names in requests. Time (python -m tests.bench.groups): 300
    people of 30 organisations by 6 about 4 ms, 45 ms with roles and 20 pairs each
    together and apart; at the limits (2,000 people, 20,000 names in requests) about
    1 s."""
    problem = _problem(participants, request)
    rng = random.Random(request.seed)
    least = _score(problem, _bounds(problem))
    if problem.comps or problem.apart_sets:
        tries: list[tuple[int, list[int]]] = []
        while len(tries) < RESTARTS and (not tries or tries[0][0] > least):
            found = _with_requests(problem, rng)
            tries.append((_score(problem, _costs(problem, found)), found))
            tries.sort(key=lambda tried: tried[0])  # stable: the first of equals kept
        assign = tries[0][1]
    else:
        assign = _even_deal(problem, rng)
        if problem.balance:
            _balance_roles(problem, assign)  # proven to reach the bounds
    score = _score(problem, _costs(problem, assign))
    proven = score == least
    if not proven and problem.size <= EXACT_LIMIT:
        better, proven = _exact(problem, score, rng)
        if better is not None:
            assign = better
    return _report(problem, assign, request.seed, proven)


__all__ = [
    "BLOCK_TRADE_LIMIT",
    "EXACT_LIMIT",
    "EXACT_NODE_LIMIT",
    "MAX_PEOPLE",
    "MAX_REQUEST_ENTRIES",
    "MAX_SWEEPS",
    "PACKING_BACKTRACK_LIMIT",
    "RESTARTS",
    "SEED_RANGE",
    "GroupRequest",
    "GroupSummary",
    "Grouping",
    "GroupingReport",
    "GroupsError",
    "Participant",
    "Unmet",
    "fewest_pairs",
    "group_count",
    "group_sizes",
    "make_groups",
    "new_seed",
    "same_key",
]
