"""Making groups that mix organisations (issue 18): 300 people of 30 organisations by
6, with roles balanced, with keep-together and keep-apart requests; the largest roster
allowed (MAX_PEOPLE), with the most names in requests (MAX_REQUEST_ENTRIES); the exact
search's slowest small roster.

Floor, measured in the same run: shuffling the same roster and cutting it into groups
of the same sizes (what any grouping costs at least, with no mixing at all).

python -m tests.bench.groups   prints the rows
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

from facilitator.domain.groups import (
    EXACT_LIMIT,
    MAX_PEOPLE,
    MAX_REQUEST_ENTRIES,
    GroupRequest,
    Participant,
    group_count,
    group_sizes,
    make_groups,
)

Row = tuple[str, str, str, str]
REPEATS = 5
SMALL_ROSTERS = 200


def roster(people: int, organisations: int, seed: int = 18) -> list[Participant]:
    """`people` of `organisations` organisations of uneven sizes, four roles and none."""
    rng = random.Random(seed)
    weights = [rng.random() ** 2 + 0.05 for _ in range(organisations)]
    return [
        Participant(
            f"{rng.randrange(16**8):08x}-{n}",
            f"Personne {n}",
            f"Organisation {rng.choices(range(organisations), weights)[0]}",
            rng.choice(["élu", "agent", "usager", "partenaire", ""]),
        )
        for n in range(people)
    ]


def with_pairs(people: list[Participant], pairs: int) -> GroupRequest:
    """By 6, roles balanced, `pairs` pairs to keep together and as many apart."""
    ids = [p.id for p in people]
    return GroupRequest(
        size=6,
        balance_roles=True,
        keep_together=[ids[n : n + 2] for n in range(0, 2 * pairs, 2)],
        keep_apart=[ids[n : n + 2] for n in range(2 * pairs, 4 * pairs, 2)],
    )


def at_the_limits(people: list[Participant]) -> GroupRequest:
    """MAX_REQUEST_ENTRIES names: keep-apart sets of 4 and keep-together pairs drawn at
    random (the pairs chain into large keep-together sets), roles balanced."""
    rng = random.Random(3)
    ids = [p.id for p in people]
    pairs = MAX_REQUEST_ENTRIES // 10
    return GroupRequest(
        size=6,
        balance_roles=True,
        keep_together=[rng.sample(ids, 2) for _ in range(pairs)],
        keep_apart=[rng.sample(ids, 4) for _ in range((MAX_REQUEST_ENTRIES - 2 * pairs) // 4)],
    )


def _median_ms(work: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _floor_ms(people: list[Participant], size: int) -> float:
    def cut() -> list[list[str]]:
        ids = sorted(p.id for p in people)
        random.Random(1).shuffle(ids)
        out, start = [], 0
        for length in group_sizes(len(ids), group_count(len(ids), size=size)):
            out.append(ids[start : start + length])
            start += length
        return out

    return _median_ms(cut)


def _row(label: str, people: list[Participant], request: GroupRequest) -> Row:
    ours = _median_ms(lambda: make_groups(people, request))
    floor = _floor_ms(people, request.size or 6)
    report = make_groups(people, request).report
    quality = f"{report.same_org_pairs} same-org pairs, least {report.fewest_same_org_pairs}"
    if report.same_org_pairs_kept_together:
        quality += f", {report.same_org_pairs_kept_together} of them asked to be together"
    if request.balance_roles:
        quality += f"; {report.same_role_pairs} same-role, least {report.fewest_same_role_pairs}"
    return (
        f"Groups, {label} ({quality})",
        f"{ours:.1f} ms",
        f"{floor:.2f} ms (shuffle and cut)",
        f"{ours / floor:.0f}",
    )


def _slowest_small() -> Row:
    """The slowest of SMALL_ROSTERS random rosters of EXACT_LIMIT people with requests
    (branch and bound where the local search leaves a gap)."""
    rng = random.Random(5)
    slowest, proven = 0.0, 0
    for seed in range(SMALL_ROSTERS):
        people = roster(EXACT_LIMIT, rng.randint(2, 6), seed)
        ids = [p.id for p in people]
        request = GroupRequest(
            count=rng.randint(2, EXACT_LIMIT // 2),
            balance_roles=rng.random() < 0.5,
            keep_together=[rng.sample(ids, rng.randint(2, 4)) for _ in range(rng.randint(1, 2))],
            keep_apart=[rng.sample(ids, rng.randint(2, 4)) for _ in range(rng.randint(1, 4))],
            seed=seed,
        )
        start = time.perf_counter()
        proven += make_groups(people, request).report.proven_best
        slowest = max(slowest, time.perf_counter() - start)
    return (
        f"Groups, {EXACT_LIMIT} people with requests, slowest of {SMALL_ROSTERS} "
        f"({proven} proven best)",
        f"{slowest * 1000:.1f} ms",
        "-",
        "-",
    )


def run() -> list[Row]:
    people = roster(300, 30)
    largest = roster(MAX_PEOPLE, 100)
    return [
        _row("300 people, 30 organisations, by 6", people, GroupRequest(size=6)),
        _row(
            "300 people by 6, roles balanced",
            people,
            GroupRequest(size=6, balance_roles=True),
        ),
        _row(
            "300 people by 6, roles, 20 pairs together and 20 apart",
            people,
            with_pairs(people, 20),
        ),
        _row(
            f"{MAX_PEOPLE:,} people by 6, roles, 100 pairs together and 100 apart",
            largest,
            with_pairs(largest, 100),
        ),
        _row(
            f"{MAX_PEOPLE:,} people by 6, roles, {MAX_REQUEST_ENTRIES:,} names in requests",
            largest,
            at_the_limits(largest),
        ),
        _slowest_small(),
    ]


if __name__ == "__main__":
    print("| what | Facilitator | floor | ratio |")
    print("|---|---|---|---|")
    for row in run():
        print("| " + " | ".join(row) + " |")
