"""The activity report's figures (issue 21) from summaries made by hand here: period
boundaries, workshops across the period's end, undated workshops, copies, merged
organisations and owners, next steps as of a given day, pooled ROTI, the timeline's
bars; and, for random labs, every figure against a count written out in the test."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.domain.activity_report import (
    MOST_BARS,
    Period,
    PeriodError,
    Source,
    Unread,
    activity_report,
)
from facilitator.domain.lab_summary import ScaleSummary, StepSummary, WorkshopSummary

TODAY = "2026-04-15"


def summary(
    title: str = "Atelier", dates: tuple[str, ...] = ("2026-03-12",), **values: object
) -> WorkshopSummary:
    base = WorkshopSummary(
        title=title,
        organisation="Lab’@rchipel",
        place="Saint-Flour",
        language="fr",
        dates=dates,
        facilitators=("Claire Dumas",),
        participants=10,
        organisations=(("Préfecture du Cantal", 6), ("Mairie de Saint-Flour", 4)),
        ideas=20,
        votes_held=2,
        prototypes={"idea": 1, "to_test": 1, "testing": 0, "adopted": 1, "dropped": 0},
    )
    return dataclasses.replace(base, **values)  # type: ignore[arg-type]


def source(path: str, made: WorkshopSummary, identity: str = "", modified: int = 0) -> Source:
    return Source(path, made, identity or path.encode().hex()[:32], modified)


def test_a_workshop_is_in_the_period_when_one_of_its_dates_is() -> None:
    sources = [
        source("a", summary("Avant", ("2025-12-31",))),
        source("b", summary("Premier jour", ("2026-01-01",))),
        source("c", summary("À cheval", ("2025-12-31", "2026-01-01", "2026-01-02"))),
        source("d", summary("Dernier jour", ("2026-03-31",))),
        source("e", summary("Après", ("2026-04-01",))),
    ]
    report = activity_report(sources, Period("2026-01-01", "2026-03-31"), TODAY)
    assert [r.summary.title for r in report.workshops] == [
        "À cheval",
        "Premier jour",
        "Dernier jour",
    ]
    assert report.days == 1 + 2 + 1  # only the days in the period
    assert report.outside == 2
    assert report.participants == 30 and report.ideas == 60


def test_open_ends_and_the_whole_history() -> None:
    sources = [source(str(n), summary(dates=(f"202{n}-06-01",))) for n in range(4, 7)]
    assert len(activity_report(sources, Period(), TODAY).workshops) == 3
    assert len(activity_report(sources, Period(start="2025-06-01"), TODAY).workshops) == 2
    assert len(activity_report(sources, Period(end="2025-05-31"), TODAY).workshops) == 1


def test_undated_workshops_are_listed_apart_and_counted_nowhere() -> None:
    sources = [
        source("a", summary("Daté")),
        source("b", summary("Sans date", ())),
        source("c", summary("Date abîmée", ("12 mars",))),
    ]
    report = activity_report(sources, Period(), TODAY)
    assert [r.summary.title for r in report.workshops] == ["Daté"]
    assert [s.summary.title for s in report.undated] == ["Date abîmée", "Sans date"]
    assert report.participants == 10 and report.outside == 0


def test_copies_count_once_the_latest_being_counted() -> None:
    made = summary("Atelier copié")
    sources = [
        source("lab/2026/atelier.atelier", made, "f" * 32, modified=100),
        source("clé USB/atelier.atelier", dataclasses.replace(made, ideas=25), "f" * 32, 200),
        source("lab/2026/atelier.atelier", made, "f" * 32, modified=100),  # given twice
        source("autre.atelier", summary("Autre"), "e" * 32, modified=50),
    ]
    report = activity_report(sources, Period(), TODAY)
    assert len(report.workshops) == 2
    assert report.ideas == 25 + 20  # the copy changed last is the one counted
    assert [(c.path, c.counted) for c in report.copies] == [
        ("lab/2026/atelier.atelier", "clé USB/atelier.atelier")
    ]
    assert report.files == 3


def test_files_without_an_identity_are_never_taken_for_copies() -> None:
    made = summary()
    report = activity_report([Source("a", made), Source("b", made)], Period(), TODAY)
    assert len(report.workshops) == 2 and not report.copies


def test_organisations_merge_their_spellings_and_count_people_and_workshops() -> None:
    sources = [
        source("a", summary(organisations=(("prefecture du cantal", 3), ("", 2)))),
        source("b", summary(organisations=(("PRÉFECTURE DU CANTAL", 4),))),
        source("c", summary(organisations=(("Préfecture  du Cantal ", 1), ("CAF", 5)))),
    ]
    report = activity_report(sources, Period(), TODAY)
    found = {o.name: (o.people, o.workshops) for o in report.organisations}
    assert found == {"Préfecture du Cantal": (8, 3), "CAF": (5, 1), "": (2, 1)}
    assert report.organisation_count == 2  # people who gave none are not an organisation
    assert report.listed_people == 15
    assert [o.name for o in report.organisations] == ["Préfecture du Cantal", "CAF", ""]


def test_next_steps_done_to_do_and_overdue_as_of_the_day_given() -> None:
    steps = (
        StepSummary("Carte", "Appeler", "Léa Martin", "2026-04-14", done=False),  # overdue
        StepSummary("Carte", "Écrire", "léa martin", "2026-04-15", done=False),  # due today
        StepSummary("Carte", "Tester", "Léa Martin", "2026-01-01", done=True),
        StepSummary("Carte", "Chiffrer", "", "", done=False),  # no date: never overdue
    )
    report = activity_report([source("a", summary(next_steps=steps))], Period(), TODAY)
    assert (report.steps.done, report.steps.to_do, report.steps.overdue) == (1, 2, 1)
    assert [s.step.action for s in report.late] == ["Appeler"]
    owners = {o.name: (o.done, o.to_do, o.overdue) for o in report.owners}
    assert owners == {"Léa Martin": (1, 1, 1), "": (0, 1, 0)}
    later = activity_report([source("a", summary(next_steps=steps))], Period(), "2026-04-16")
    assert later.steps.overdue == 2


def test_the_roti_mean_counts_every_answer_once() -> None:
    def roti(answers: int, mean: float | None) -> ScaleSummary:
        return ScaleSummary("ROTI : ce temps valait-il le temps investi ?", 5, answers, mean, True)

    satisfied = ScaleSummary("Satisfaction", 10, 4, 8.0, False)
    sources = [
        source("a", summary(scales=(roti(10, 4.0), satisfied))),
        source("b", summary(scales=(roti(30, 2.0), roti(0, None)))),
        source("c", summary(scales=(dataclasses.replace(satisfied, question=" satisfaction"),))),
    ]
    report = activity_report(sources, Period(), TODAY)
    assert report.roti is not None
    assert report.roti.mean == pytest.approx((10 * 4.0 + 30 * 2.0) / 40)
    assert (report.roti.answers, report.roti.workshops, report.roti.polls) == (40, 2, 2)
    assert [(s.question, s.answers, s.workshops) for s in report.scales] == [("Satisfaction", 8, 2)]
    none = activity_report([source("a", summary(scales=(roti(0, None),)))], Period(), TODAY)
    assert none.roti is None and none.scales == ()


def test_the_timeline_shows_the_period_month_by_month_empty_months_included() -> None:
    sources = [
        source("a", summary(dates=("2026-02-03",), participants=12)),
        source("b", summary(dates=("2026-02-20", "2026-02-21"))),
    ]
    report = activity_report(sources, Period("2026-01-01", "2026-03-31"), TODAY)
    assert [(b.start, b.end, b.workshops, b.participants, b.days) for b in report.timeline] == [
        ("2026-01-01", "2026-01-31", 0, 0, 0),
        ("2026-02-01", "2026-02-28", 2, 22, 3),
        ("2026-03-01", "2026-03-31", 0, 0, 0),
    ]


@pytest.mark.parametrize(
    ("first", "last", "unit"),
    [
        ("2026-01-10", "2027-12-10", "month"),  # 24 months
        ("2026-01-10", "2028-01-10", "quarter"),  # 25 months
        ("2020-01-10", "2025-12-10", "quarter"),  # 24 quarters
        ("2020-01-10", "2026-01-10", "year"),
        ("1900-01-01", "2999-12-31", "years"),  # what a hand-edited file may hold
        ("0001-01-01", "9999-12-31", "years"),  # the calendar's ends: no overflow
    ],
)
def test_the_timeline_never_has_more_than_its_bars(first: str, last: str, unit: str) -> None:
    sources = [source("a", summary(dates=(first,))), source("b", summary(dates=(last,)))]
    bars = activity_report(sources, Period(), TODAY).timeline
    assert {b.unit for b in bars} == {unit}
    assert len(bars) <= MOST_BARS
    assert sum(b.workshops for b in bars) == 2
    assert bars[0].start <= first and last <= bars[-1].end
    for before, after in itertools.pairwise(bars):  # contiguous, no gap
        assert dt.date.fromisoformat(before.end) + dt.timedelta(days=1) == dt.date.fromisoformat(
            after.start
        )


def test_a_period_that_is_not_one_is_refused() -> None:
    for start, end in (("2026-03-31", "2026-01-01"), ("31/03/2026", ""), ("", "2026-02-30")):
        with pytest.raises(PeriodError):
            Period(start, end)
    with pytest.raises(PeriodError):
        activity_report([], Period(), "hier")


def test_nothing_to_report_is_a_report_of_zeros() -> None:
    report = activity_report([], Period("2026-01-01", "2026-03-31"), TODAY, [Unread("x", "newer")])
    assert report.workshops == () and report.timeline == () and report.days == 0
    assert report.unread == (Unread("x", "newer"),)
    assert report.prototype_count == 0 and report.roti is None


# -- random labs, every figure written out again --------------------------------------
_DAY = st.dates(dt.date(2024, 1, 1), dt.date(2026, 12, 31)).map(dt.date.isoformat)
_STEP = st.builds(
    StepSummary,
    card=st.just("Carte"),
    action=st.sampled_from(("Appeler", "Tester")),
    owner=st.sampled_from(("Léa", "LÉA", "Paul", "")),
    due_date=st.one_of(st.just(""), _DAY),
    done=st.booleans(),
)
_SUMMARY = st.builds(
    summary,
    title=st.text(max_size=5),
    dates=st.lists(_DAY, max_size=3).map(lambda d: tuple(sorted(d))),
    participants=st.integers(0, 40),
    ideas=st.integers(0, 100),
    organisations=st.lists(
        st.tuples(st.sampled_from(("CAF", "caf ", "Mairie", "")), st.integers(1, 5)), max_size=3
    ).map(tuple),
    next_steps=st.lists(_STEP, max_size=4).map(tuple),
)


@settings(max_examples=60, deadline=None)
@given(
    summaries=st.lists(st.tuples(_SUMMARY, st.integers(0, 5)), max_size=12),
    bounds=st.tuples(st.one_of(st.just(""), _DAY), st.one_of(st.just(""), _DAY)),
    today=_DAY,
)
def test_random_labs_count_as_written_out(
    summaries: list[tuple[WorkshopSummary, int]], bounds: tuple[str, str], today: str
) -> None:
    start, end = sorted(bounds) if all(bounds) else bounds
    period = Period(start, end)
    # A few files share an identity (copies): identity = the drawn number.
    sources = [
        Source(f"f{n}", made, f"{copy:032x}", modified_ns=n)
        for n, (made, copy) in enumerate(summaries)
    ]
    latest: dict[str, Source] = {}
    for found in sources:
        latest[found.identity] = found  # the last made is the most recently modified
    counted = [
        s
        for s in latest.values()
        if any((not start or start <= d) and (not end or d <= end) for d in s.summary.dates)
    ]
    report = activity_report(sources, period, today)
    assert {r.path for r in report.workshops} == {s.path for s in counted}
    assert report.participants == sum(s.summary.participants for s in counted)
    assert report.ideas == sum(s.summary.ideas for s in counted)
    in_period = [
        {d for d in s.summary.dates if (not start or start <= d) and (not end or d <= end)}
        for s in counted
    ]
    assert report.days == sum(len(d) for d in in_period)
    steps = [step for s in counted for step in s.summary.next_steps]
    assert report.steps.done == sum(1 for s in steps if s.done)
    overdue = [s for s in steps if not s.done and s.due_date and s.due_date < today]
    assert report.steps.overdue == len(overdue) == len(report.late)
    assert report.steps.total == len(steps)
    people: dict[str, int] = {}
    for found in counted:
        for name, count in found.summary.organisations:
            key = name.strip().lower()
            people[key] = people.get(key, 0) + count
    assert sorted(o.people for o in report.organisations) == sorted(people.values())
    assert sum(b.workshops for b in report.timeline) == len(counted)
    assert len(report.timeline) <= MOST_BARS
    undated = [s for s in latest.values() if not s.summary.dates]
    assert len(report.undated) == len(undated)
    assert len(report.copies) == len(sources) - len(latest)
