"""Groups that mix organisations (issue 18), checked against what the module promises.

Every cost here is counted again by the test from the groups alone (never read from
the report), and the best possible is found by trying every arrangement on small
rosters: the module's proofs are tested, not trusted.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import string
import subprocess
import sys
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.domain import groups
from facilitator.domain.groups import (
    Grouping,
    GroupRequest,
    GroupsError,
    Participant,
    fewest_pairs,
    group_count,
    group_sizes,
    make_groups,
)
from facilitator.domain.messages import MessageText, message

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

# The same organisation however it is typed, and blanks (each person their own).
ORGANISATIONS: dict[str, str] = {
    "Mairie de Lyon": "mairie",
    "mairie  de lyon": "mairie",
    "MAIRIE DE LYON\u200b": "mairie",
    "CCAS": "ccas",
    "ccas ": "ccas",
    "Préfecture": "prefecture",
    "Prefecture": "prefecture",
    "Département du Rhône": "departement",
    "Pôle emploi": "pole",
    "": "",
    "-": "",
}


def _org(text: str) -> str:
    """The test's own identity of an organisation ("" for none)."""
    return ORGANISATIONS.get(text, text)


ROLES: dict[str, str] = {"élu": "elu", "Élu": "elu", "agent": "agent", "usager": "usager", "": ""}

Cost = tuple[int, int, int, int]


# --- counting again, from the groups alone -----------------------------------------


def _merged(sets: Sequence[Collection[str]], present: set[str]) -> list[set[str]]:
    """Keep-together sets of people present, merged while two share someone."""
    merged: list[set[str]] = []
    for wanted in sets:
        current = {i for i in wanted if i in present}
        for other in [m for m in merged if m & current]:
            merged.remove(other)
            current |= other
        merged.append(current)
    return [m for m in merged if len(m) > 1]


def _cost(
    people: Sequence[Participant], parts: Sequence[Sequence[str]], request: GroupRequest
) -> Cost:
    """(keep-together splits, keep-apart pairs together, same-org pairs, same-role pairs);
    a pair in two keep-apart sets counts twice (each request counts)."""
    where = {i: g for g, members in enumerate(parts) for i in members}
    by_id = {p.id: p for p in people}
    present = set(where)
    splits = sum(len({where[i] for i in m}) - 1 for m in _merged(request.keep_together, present))
    asked = {frozenset(set(wanted) & present) for wanted in request.keep_apart}
    apart = sum(
        count * (count - 1) // 2
        for members in asked
        for count in Counter(where[i] for i in members).values()
    )
    orgs = roles = 0
    for members in parts:
        for a, b in itertools.combinations(members, 2):
            org = _org(by_id[a].organisation)
            orgs += bool(org) and org == _org(by_id[b].organisation)
            role = ROLES[by_id[a].role]
            roles += bool(role) and role == ROLES[by_id[b].role]
    return splits, apart, orgs, roles


def _ranked(cost: Cost, balance: bool) -> Cost:
    return cost if balance else (*cost[:3], 0)


def _partitions(items: list[str], sizes: list[int]) -> Iterator[list[list[str]]]:
    """Every way to split `items` into unnamed groups of the given sizes, once each."""
    if not items:
        yield []
        return
    first, rest = items[0], items[1:]
    for size in sorted(set(sizes)):
        left = list(sizes)
        left.remove(size)
        for mates in itertools.combinations(rest, size - 1):
            others = [i for i in rest if i not in mates]
            for tail in _partitions(others, left):
                yield [[first, *mates], *tail]


def _best(people: Sequence[Participant], request: GroupRequest, groups_count: int) -> Cost:
    present = sorted(p.id for p in people if p.id not in set(request.absent))
    sizes = group_sizes(len(present), groups_count)
    return min(
        _ranked(_cost(people, parts, request), request.balance_roles)
        for parts in _partitions(present, sizes)
    )


def _check_shape(people: Sequence[Participant], request: GroupRequest, result: Grouping) -> None:
    """Sizes within one; each present person in exactly one group, the absent in none;
    the report's own counts agree with the groups."""
    absent = set(request.absent)
    placed = [i for members in result.groups for i in members]
    assert sorted(placed) == sorted(p.id for p in people if p.id not in absent)
    sizes = [len(members) for members in result.groups]
    assert max(sizes) - min(sizes) <= 1
    assert sizes == sorted(sizes, reverse=True)
    report = result.report
    assert [s.size for s in report.summaries] == sizes
    for summary in report.summaries:
        assert sum(count for _, count in summary.organisations) == summary.size
        assert sum(count for _, count in summary.roles) == summary.size
    _, _, orgs, roles = _cost(people, result.groups, request)
    assert report.same_org_pairs == orgs == sum(s.same_org_pairs for s in report.summaries)
    assert report.same_role_pairs == roles
    assert report.fewest_same_org_pairs <= report.same_org_pairs


# --- rosters -----------------------------------------------------------------------


@st.composite
def small_rosters(draw: st.DrawFn, max_people: int = 9) -> list[Participant]:
    n = draw(st.integers(1, max_people))
    ids = draw(
        st.lists(st.text("abcdefghij", min_size=1, max_size=3), min_size=n, max_size=n, unique=True)
    )
    return [
        Participant(
            i,
            draw(st.sampled_from(["Ana", "Ana", "Léo", "Zoé", ""])),  # names repeat
            draw(st.sampled_from(sorted(ORGANISATIONS))),
            draw(st.sampled_from(sorted(ROLES))),
        )
        for i in ids
    ]


def _roster(n: int, organisations: int, seed: int, roles: int = 4) -> list[Participant]:
    """n people of `organisations` organisations of skewed sizes (some larger than the
    number of groups), with roles, some without organisation or role."""
    rng = random.Random(seed)
    names = sorted(ORGANISATIONS)
    weights = [rng.random() ** 2 + 0.05 for _ in range(organisations)]
    people = []
    for i in range(n):
        org = rng.choices(range(organisations), weights)[0]
        text = "" if rng.random() < 0.05 else f"Organisation {org}"
        if org < len(names) and rng.random() < 0.5:
            text = names[org]  # the spellings of the test's table too
        role = rng.choice([*sorted(ROLES)[:roles], ""])
        people.append(
            Participant(f"id{rng.randrange(10**9):09d}-{i}", f"Personne {i % 50}", text, role)
        )
    return people


@st.composite
def requests(
    draw: st.DrawFn, ids: list[str], together: bool = True, apart: bool = True
) -> GroupRequest:
    n = len(ids)
    sets = (
        st.lists(st.sampled_from(ids), min_size=2, max_size=max(2, min(n, 4)))
        if n > 1
        else st.nothing()
    )
    by_size = draw(st.booleans())
    return GroupRequest(
        size=draw(st.integers(1, max(1, n))) if by_size else None,
        count=None if by_size else draw(st.integers(1, max(1, n - 2))),
        balance_roles=draw(st.booleans()),
        keep_together=draw(st.lists(sets, max_size=2)) if together and n > 1 else [],
        keep_apart=draw(st.lists(sets, max_size=3)) if apart and n > 1 else [],
        absent=draw(st.sets(st.sampled_from(ids), max_size=2)) if n > 2 else set(),
        seed=draw(st.integers(0, 2**32)),
    )


def _present(people: Sequence[Participant], request: GroupRequest) -> int:
    return sum(1 for p in people if p.id not in set(request.absent))


# --- the figures -------------------------------------------------------------


def test_three_hundred_people_of_thirty_organisations_by_six() -> None:
    people = _roster(300, 30, seed=18)
    absent = {people[0].id, people[1].id}
    request = GroupRequest(size=6, absent=absent, seed=7)
    result = make_groups(people, request)
    _check_shape(people, request, result)
    assert len(result.groups) == 50  # 298 people: 48 groups of 6 and 2 of 5
    report = result.report
    assert (
        report.same_org_pairs
        == report.fewest_same_org_pairs
        == _cost(people, result.groups, request)[2]
    )
    assert report.proven_best and not report.unmet
    # Some organisations are larger than 50 groups here, and the report says which.
    sizes = Counter(_org(p.organisation) or p.id for p in people if p.id not in absent)
    assert report.fewest_same_org_pairs == sum(fewest_pairs(m, 50) for m in sizes.values())


def test_the_lower_bound_is_the_even_spread_found_by_trying_every_spread() -> None:
    for members in range(12):
        for count in range(1, 6):
            spreads = (
                c for c in itertools.product(range(members + 1), repeat=count) if sum(c) == members
            )
            assert fewest_pairs(members, count) == min(
                sum(x * (x - 1) // 2 for x in c) for c in spreads
            )


# --- properties ----------------------------------------------------------------------


@st.composite
def rosters_and_requests(draw: st.DrawFn) -> tuple[list[Participant], GroupRequest]:
    """Rosters of 1 to 40 or of 100 to 300 people, by size or by count, roles or not."""
    n = draw(st.one_of(st.integers(1, 40), st.integers(100, 300)))
    seed = draw(st.integers(0, 10**6))
    people = _roster(n, draw(st.integers(1, 40)), seed, roles=draw(st.integers(1, 4)))
    target = draw(st.integers(1, 30))
    by_size = draw(st.booleans())
    request = GroupRequest(
        size=target if by_size else None,
        count=None if by_size else min(target, n),
        balance_roles=draw(st.booleans()),
        seed=seed,
    )
    return people, request


@settings(SETTINGS, max_examples=80)
@given(case=rosters_and_requests())
def test_without_requests_the_mixing_reaches_the_lower_bound(
    case: tuple[list[Participant], GroupRequest],
) -> None:
    """Proven in the module (round-robin deal; de Werra for roles): checked on rosters of
    up to 300 people, for organisations and, when asked, roles at the same time."""
    people, request = case
    balance = request.balance_roles
    result = make_groups(people, request)
    _check_shape(people, request, result)
    report = result.report
    assert report.same_org_pairs == report.fewest_same_org_pairs
    if balance:
        assert report.same_role_pairs == report.fewest_same_role_pairs
        for role in {ROLES[p.role] for p in people} - {""}:
            counts = [
                sum(ROLES[by.role] == role for by in people if by.id in m) for m in result.groups
            ]
            assert max(counts) - min(counts) <= 1
    assert report.proven_best and not report.unmet


@settings(SETTINGS, max_examples=150)
@given(data=st.data(), people=small_rosters())
def test_small_rosters_are_as_good_as_the_best_of_every_arrangement(
    data: st.DataObject, people: list[Participant]
) -> None:
    """With requests the lower bound may be out of reach: up to 9 people, every
    arrangement is tried and the groups must be as good as the best, criterion by
    criterion (together, apart, organisations, roles)."""
    request = data.draw(requests([p.id for p in people]))
    present = _present(people, request)
    count = group_count(present, size=request.size, count=request.count)
    result = make_groups(people, request)
    _check_shape(people, request, result)
    assert len(result.groups) == count
    found = _ranked(_cost(people, result.groups, request), request.balance_roles)
    assert found == _best(people, request, count)
    assert result.report.proven_best


@settings(SETTINGS, max_examples=40)
@given(
    n=st.integers(12, 120),
    organisations=st.integers(2, 25),
    seed=st.integers(0, 10**6),
    target=st.integers(3, 8),
    data=st.data(),
)
def test_keep_together_and_apart_are_honoured_when_they_can_be(
    n: int, organisations: int, seed: int, target: int, data: st.DataObject
) -> None:
    """Beyond exact search: disjoint keep-together sets, each at most the smallest group
    and at most one per group, always fit; disjoint keep-apart sets of at most one
    person per group can always be met by a swap (see the module's local search)."""
    people = _roster(n, organisations, seed)
    ids = [p.id for p in people]
    count = group_count(n, size=target)
    smallest = min(group_sizes(n, count))
    rng = random.Random(seed)
    rng.shuffle(ids)
    together_sets = data.draw(st.integers(0, min(count, n // 4)))
    sizes = [data.draw(st.integers(2, max(2, min(smallest, 4)))) for _ in range(together_sets)]
    together: list[list[str]] = []
    for size in sizes:
        if smallest >= size:
            together.append(ids[:size])
            del ids[:size]
    apart: list[list[str]] = []
    if data.draw(st.booleans()):
        together = []  # apart alone: the guarantee covers single people only
        while len(ids) >= 2 and len(apart) < n // 3:
            size = data.draw(st.integers(2, max(2, min(count, 4))))
            if size > count:
                break
            apart.append(ids[:size])
            del ids[:size]
    request = GroupRequest(
        size=target,
        keep_together=together,
        keep_apart=apart,
        balance_roles=data.draw(st.booleans()),
        seed=seed,
    )
    result = make_groups(people, request)
    _check_shape(people, request, result)
    where = {i: g for g, members in enumerate(result.groups) for i in members}
    for wanted in together:
        assert len({where[i] for i in wanted}) == 1
    for wanted in apart:
        assert len({where[i] for i in wanted}) == len(wanted)
    assert not result.report.unmet


@settings(SETTINGS, max_examples=30)
@given(n=st.integers(10, 30), seed=st.integers(0, 10**6), data=st.data())
def test_no_single_swap_improves_the_groups_with_requests(
    n: int, seed: int, data: st.DataObject
) -> None:
    """The local search (rosters above the exact search's limit) stops where no two
    people outside keep-together sets can trade groups for better, criterion by
    criterion, counted by the test."""
    people = _roster(n, data.draw(st.integers(2, 8)), seed)
    ids = [p.id for p in people]
    request = GroupRequest(
        size=data.draw(st.integers(2, 6)),
        balance_roles=data.draw(st.booleans()),
        keep_together=data.draw(
            st.lists(st.lists(st.sampled_from(ids), min_size=2, max_size=3), max_size=3)
        ),
        keep_apart=data.draw(
            st.lists(st.lists(st.sampled_from(ids), min_size=2, max_size=3), max_size=4)
        ),
        seed=seed,
    )
    result = make_groups(people, request)
    _check_shape(people, request, result)
    parts = [list(members) for members in result.groups]
    found = _ranked(_cost(people, parts, request), request.balance_roles)
    kept = {i for m in _merged(request.keep_together, set(ids)) for i in m}
    for g, h in itertools.combinations(range(len(parts)), 2):
        for a in [i for i in parts[g] if i not in kept]:
            for b in [i for i in parts[h] if i not in kept]:
                trial = [list(m) for m in parts]
                trial[g][trial[g].index(a)] = b
                trial[h][trial[h].index(b)] = a
                assert _ranked(_cost(people, trial, request), request.balance_roles) >= found


@settings(SETTINGS, max_examples=40)
@given(data=st.data(), people=small_rosters(max_people=14))
def test_the_same_seed_gives_the_same_groups_whatever_the_order(
    data: st.DataObject, people: list[Participant]
) -> None:
    request = data.draw(requests([p.id for p in people]))
    shuffled = data.draw(st.permutations(people))
    reordered = replace(
        request,
        keep_together=[list(reversed(list(s))) for s in reversed(request.keep_together)],
        keep_apart=[list(reversed(list(s))) for s in reversed(request.keep_apart)],
        absent=sorted(request.absent, reverse=True),
    )
    assert make_groups(shuffled, reordered) == make_groups(people, request)


def test_another_seed_draws_other_groups() -> None:
    people = _roster(40, 6, seed=3)
    draws = {make_groups(people, GroupRequest(size=5, seed=seed)).groups for seed in range(10)}
    assert len(draws) == 10
    with_requests = GroupRequest(size=5, keep_apart=[[people[0].id, people[1].id]])
    draws = {make_groups(people, replace(with_requests, seed=seed)).groups for seed in range(10)}
    assert len(draws) == 10


def test_the_same_seed_gives_the_same_groups_in_another_process() -> None:
    """Python draws a new hash seed per process: sets of ids iterated in the algorithm
    would change the groups between the CLI and the app (a stored seed that no longer
    gives its groups)."""
    code = (
        "import json; from tests.domain.test_groups import _roster; "
        "from facilitator.domain.groups import GroupRequest, make_groups; "
        "people = _roster(60, 7, seed=5); ids = [p.id for p in people]; "
        "r = GroupRequest(size=5, balance_roles=True, keep_together=[ids[:3], ids[3:5]], "
        "keep_apart=[ids[5:8], {ids[8], ids[9]}], absent={ids[10]}, seed=12); "
        "print(json.dumps(make_groups(people, r).groups))"
    )
    outputs = set()
    for hash_seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        done = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1 and json.loads(outputs.pop())


# --- roles ---------------------------------------------------------------------------


def test_roles_are_spread_when_asked_and_only_then() -> None:
    # 8 people, 2 organisations of 4, the elected ones all in one organisation: dealing
    # by organisation alone may put both elected people of each side together.
    people = [
        Participant(
            f"p{i}", f"P{i}", "Mairie" if i < 4 else "CCAS", "élu" if i in (0, 1, 4, 5) else "agent"
        )
        for i in range(8)
    ]
    unbalanced = [
        make_groups(people, GroupRequest(count=2, seed=seed)).report.same_role_pairs
        for seed in range(20)
    ]
    assert max(unbalanced) > 4  # some draw leaves roles uneven without the option
    for seed in range(20):
        report = make_groups(people, GroupRequest(count=2, balance_roles=True, seed=seed)).report
        assert report.same_role_pairs == report.fewest_same_role_pairs == 4
        assert report.same_org_pairs == report.fewest_same_org_pairs == 4
        for summary in report.summaries:
            assert dict(summary.roles) == {"élu": 2, "agent": 2}


def test_balancing_roles_nobody_has_says_so() -> None:
    people = [Participant(f"p{i}", f"P{i}", f"Org {i % 3}") for i in range(9)]
    report = make_groups(people, GroupRequest(count=3, balance_roles=True)).report
    assert [str(note) for note in report.notes] == [
        "Nobody has a role: there are no roles to balance."
    ]


# --- requests that cannot all be met --------------------------------------------------


def test_a_keep_together_set_larger_than_a_group_is_reported() -> None:
    people = [Participant(f"p{i}", f"Name {i}", f"Org {i % 4}") for i in range(12)]
    together = [f"p{i}" for i in range(5)]
    result = make_groups(people, GroupRequest(size=4, keep_together=[together]))
    _check_shape(people, GroupRequest(size=4), result)
    (unmet,) = result.report.unmet
    assert unmet.kind == "together" and set(unmet.people) == set(together)
    assert str(unmet.message) == (
        "Name 0, Name 1, Name 2, Name 3, Name 4 cannot all be in one group: 5 people to keep "
        "together, and a group holds at most 4."
    )
    # As few splits as possible: the five in two groups, not more.
    assert len({g for g, m in enumerate(result.groups) for i in m if i in together}) == 2


def test_overlapping_keep_together_sets_merge() -> None:
    people = [Participant(f"p{i}", f"Name {i}", "Org") for i in range(9)]
    result = make_groups(people, GroupRequest(count=3, keep_together=[["p0", "p1"], ["p1", "p2"]]))
    assert any({"p0", "p1", "p2"} == set(members) for members in result.groups)
    assert result.report.same_org_pairs_kept_together == 3


def test_keep_together_that_cannot_be_packed_keeps_the_sizes() -> None:
    # Three pairs into two tables of 3: the sizes win, one pair is split, and said so.
    people = [Participant(f"p{i}", f"Name {i}", f"Org {i}") for i in range(6)]
    request = GroupRequest(count=2, keep_together=[["p0", "p1"], ["p2", "p3"], ["p4", "p5"]])
    result = make_groups(people, request)
    assert sorted(len(m) for m in result.groups) == [3, 3]
    (unmet,) = result.report.unmet
    assert unmet.kind == "together" and "could not be kept together" in str(unmet.message)


def test_contradictory_together_and_apart_keeps_them_together() -> None:
    people = [Participant(f"p{i}", f"Name {i}", f"Org {i % 3}") for i in range(9)]
    request = GroupRequest(count=3, keep_together=[["p0", "p1"]], keep_apart=[["p1", "p0"]])
    result = make_groups(people, request)
    assert any({"p0", "p1"} <= set(members) for members in result.groups)
    (unmet,) = result.report.unmet
    assert unmet.kind == "apart" and set(unmet.people) == {"p0", "p1"}
    assert (
        str(unmet.message)
        == "Name 0, Name 1 are asked to be both together and apart: they stay together."
    )


def test_more_people_to_keep_apart_than_groups_is_reported() -> None:
    people = [Participant(f"p{i}", f"Name {i}", f"Org {i % 5}") for i in range(12)]
    apart = [f"p{i}" for i in range(4)]
    result = make_groups(people, GroupRequest(count=3, keep_apart=[apart]))
    (unmet,) = result.report.unmet
    assert unmet.kind == "apart" and len(unmet.people) == 2  # one pair, the least possible
    assert "cannot all be apart: 4 people to keep apart and only 3 groups" in str(unmet.message)


def test_requests_name_people_absent_or_unknown_are_left_out() -> None:
    people = [Participant(f"p{i}", f"Name {i}", f"Org {i % 2}") for i in range(8)]
    request = GroupRequest(
        count=2,
        keep_together=[["p0", "p1", "p7", "ghost"]],
        keep_apart=[["p7", "p2"]],
        absent={"p7"},
    )
    result = make_groups(people, request)
    assert any({"p0", "p1"} <= set(members) for members in result.groups)
    assert "p7" not in {i for members in result.groups for i in members}
    assert not result.report.unmet


def test_long_lists_of_names_are_cut_in_messages() -> None:
    people = [Participant(f"p{i:02}", f"Name {i:02}", "") for i in range(20)]
    result = make_groups(people, GroupRequest(size=4, keep_together=[[p.id for p in people[:10]]]))
    (unmet,) = result.report.unmet
    assert str(unmet.message).startswith(
        "Name 00, Name 01, Name 02, Name 03, Name 04, Name 05, … cannot"
    )
    assert len(unmet.people) == 10


# --- bad input -------------------------------------------------------------------------


def test_nobody_present_is_refused_with_a_message() -> None:
    with pytest.raises(GroupsError, match="There is nobody to put in groups"):
        make_groups([], GroupRequest(size=4))
    people = [Participant("a", "A"), Participant("b", "B")]
    with pytest.raises(GroupsError, match="everyone is absent"):
        make_groups(people, GroupRequest(size=4, absent={"a", "b"}))


def test_more_groups_than_people_is_refused_with_a_message() -> None:
    people = [Participant(f"p{i}", f"P{i}", "Org") for i in range(7)]
    with pytest.raises(GroupsError) as refused:
        make_groups(people, GroupRequest(count=8))
    assert (
        str(refused.value)
        == "8 groups for 7 people present: there cannot be more groups than people."
    )
    # Absent people count: 8 tables set, 3 absent of 10.
    people += [Participant(f"q{i}", f"Q{i}") for i in range(3)]
    with pytest.raises(GroupsError, match="8 groups for 7 people present"):
        make_groups(people, GroupRequest(count=8, absent={"q0", "q1", "q2"}))
    assert (
        len(make_groups(people, GroupRequest(count=10)).groups) == 10
    )  # groups of one are allowed


@pytest.mark.parametrize(
    ("request_", "text"),
    [
        (GroupRequest(), "Give either a group size or a number of groups."),
        (GroupRequest(size=3, count=2), "Give either a group size or a number of groups."),
        (GroupRequest(size=0), "A group needs at least one person."),
        (GroupRequest(size=-4), "A group needs at least one person."),
        (GroupRequest(count=0), "Make at least one group."),
        (GroupRequest(size=3, seed=2**63), "The seed must be a whole number from"),
        (GroupRequest(size=3, seed=True), "The seed must be a whole number from"),
        (GroupRequest(size=3, seed="4"), "The seed must be a whole number from"),  # type: ignore[arg-type]
    ],
)
def test_bad_requests_are_refused_with_a_message(request_: GroupRequest, text: str) -> None:
    people = [Participant(f"p{i}", f"P{i}") for i in range(5)]
    with pytest.raises(GroupsError) as refused:
        make_groups(people, request_)
    assert str(refused.value).startswith(text)
    assert refused.value.message.text.context == "Groups"


def test_a_duplicate_id_is_refused_and_duplicate_names_are_fine() -> None:
    twins = [
        Participant("a", "Camille Martin", "Mairie"),
        Participant("b", "Camille Martin", "CCAS"),
    ]
    result = make_groups(twins, GroupRequest(count=1))
    assert sorted(result.groups[0]) == ["a", "b"]
    with pytest.raises(GroupsError, match="The participant list holds Camille Martin twice"):
        make_groups([*twins, Participant("a", "Camille Martin")], GroupRequest(count=1))


def test_too_many_people_is_refused() -> None:
    people = [Participant(f"p{i:05}") for i in range(groups.MAX_PEOPLE + 1)]
    with pytest.raises(GroupsError, match=f"At most {groups.MAX_PEOPLE} people"):
        make_groups(people, GroupRequest(size=6))
    result = make_groups(
        people[:-1], GroupRequest(size=6, keep_apart=[[p.id for p in people[:40]]])
    )
    assert len(result.groups) == groups.MAX_PEOPLE // 6  # 333 groups, the largest of 7
    assert not result.report.unmet


def test_one_organisation_only_still_balances_the_sizes_and_says_why() -> None:
    people = [
        Participant(f"p{i}", f"P{i}", "mairie de  LYON" if i % 3 == 0 else "Mairie de Lyon")
        for i in range(11)
    ]
    result = make_groups(people, GroupRequest(size=4))
    assert [len(m) for m in result.groups] == [4, 4, 3]
    report = result.report
    assert report.same_org_pairs == report.fewest_same_org_pairs == 6 + 6 + 3
    assert report.proven_best
    assert [str(note) for note in report.notes] == [
        "Everyone present is from Mairie de Lyon: the groups cannot mix organisations."
    ]
    assert report.summaries[0].organisations == (("Mairie de Lyon", 4),)


def test_people_without_organisation_are_each_their_own() -> None:
    people = [
        Participant(f"p{i}", f"P{i}", ["", " ", "-", "?", "\u200b"][i % 5]) for i in range(10)
    ]
    report = make_groups(people, GroupRequest(count=2)).report
    assert report.same_org_pairs == report.fewest_same_org_pairs == 0
    assert not report.notes
    assert report.summaries[0].organisations == (("", 5),)


def test_organisations_larger_than_the_number_of_groups_are_named() -> None:
    people = [Participant(f"m{i}", f"M{i}", "Mairie") for i in range(5)]
    people += [Participant(f"c{i}", f"C{i}", "CCAS") for i in range(4)]
    people += [Participant(f"d{i}", f"D{i}", f"Service {i}") for i in range(3)]
    report = make_groups(people, GroupRequest(size=4)).report
    assert [str(note) for note in report.notes] == [
        "Some organisations have more people than there are groups (3), so some of their "
        "people share a group: Mairie (5), CCAS (4)."
    ]
    assert report.same_org_pairs == report.fewest_same_org_pairs == 2 + 1


@pytest.mark.parametrize(
    ("people", "size", "expected"),
    [
        (300, 6, 50),
        (10, 4, 3),  # 4, 3, 3 (mean 3.3) rather than 5, 5
        (14, 6, 2),  # 7, 7 rather than 5, 5, 4
        (15, 6, 3),  # a tie between 7.5 and 5: the smaller groups
        (3, 6, 1),
        (5, 1, 5),
        (1, 6, 1),
    ],
)
def test_groups_of_about_a_size(people: int, size: int, expected: int) -> None:
    assert group_count(people, size=size) == expected


def test_every_message_is_in_the_groups_context_and_renders() -> None:
    texts = [v for v in vars(groups).values() if isinstance(v, MessageText)]
    assert texts and {t.context for t in texts} == {"Groups"}
    for text in texts:
        fields = {name for _, name, _, _ in string.Formatter().parse(text.source) if name}
        rendered = message(text, **dict.fromkeys(fields, "X")).render()
        assert "{" not in rendered and rendered.endswith(".")


def test_too_many_names_in_requests_is_refused() -> None:
    people = [Participant(f"p{i:04}", f"P{i}", f"Org {i % 40}") for i in range(1_000)]
    ids = [p.id for p in people]
    pairs = [ids[n : n + 2] for n in range(0, 1_000, 2)]
    too_many = [ids[:n] + ids[n + 1 :] for n in range(21)]  # 21 sets of 999: 20,979 names
    with pytest.raises(GroupsError, match=r"At most 20000 names can be given to keep together"):
        make_groups(people, GroupRequest(size=6, keep_apart=too_many))
    # Identical sets count once, whatever their order: 500 pairs + 1,000 is well within.
    result = make_groups(
        people, GroupRequest(size=6, keep_apart=[*pairs, ids, list(reversed(ids))])
    )
    assert len(result.groups) == 167 and len(result.report.unmet) == 1


def test_messages_read_in_french() -> None:
    from facilitator.translations import Translator  # QtCore only, no window

    french = Translator("fr")
    with pytest.raises(GroupsError) as refused:
        make_groups([], GroupRequest(size=4))
    assert french.render(refused.value.message) == (
        "Personne à répartir en groupes\u00a0: la liste est vide ou tout le monde est absent."
    )
    people = [Participant(f"p{i}", f"Nom {i}", f"Org {i % 3}") for i in range(9)]
    request = GroupRequest(count=3, keep_together=[["p0", "p1"]], keep_apart=[["p0", "p1"]])
    (unmet,) = make_groups(people, request).report.unmet
    assert french.render(unmet.message) == (
        "Il est demandé à la fois de garder ensemble et de séparer Nom 0, Nom 1\u00a0: ces "
        "personnes restent ensemble."
    )
