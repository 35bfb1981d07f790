"""Building and editing the agenda, and the times computed from it."""

from __future__ import annotations

import datetime as dt

from facilitator.domain import agenda
from facilitator.domain.changes import ChangeSet, insert
from facilitator.domain.library import Library
from facilitator.domain.records import AgendaItem, Day, TimerState
from facilitator.domain.schedule import (
    category_totals,
    clock,
    day_schedule,
    duration_text,
    materials_checklist,
)
from facilitator.domain.workshop import Workshop
from tests.conftest import from_template


def _titles(workshop: Workshop, day: Day) -> list[str]:
    return [i.title for i in workshop.where(AgendaItem, day_id=day.id)]


def test_every_template_builds_a_workshop(library: Library) -> None:
    for template_id, template in library.templates.items():
        for language in ("fr", "en"):
            workshop = from_template(library, template_id, language)
            days = workshop.all(Day)
            assert len(days) == len(template.days)
            assert [d.date for d in days] == [
                (dt.date(2026, 3, 12) + dt.timedelta(days=n)).isoformat() for n in range(len(days))
            ]
            for day, template_day in zip(days, template.days, strict=True):
                items = workshop.where(AgendaItem, day_id=day.id)
                assert len(items) == len(template_day.items)
                assert all(item.title for item in items)
                assert day_schedule(workshop, day).overrun == 0


def test_english_workshop_takes_english_texts(library: Library) -> None:
    template = library.templates["atelier-creativite-3h"]
    workshop = from_template(library, template.id, "en")
    items = workshop.where(AgendaItem, day_id=workshop.all(Day)[0].id)
    for item, spec in zip(items, template.days[0].items, strict=True):
        if spec.method_id and not spec.titles:
            method = library.methods[spec.method_id]
            assert item.title == method.text("en").title
            assert item.participant_instructions == method.text("en").participant_instructions
        elif spec.kind == "break":
            assert item.title == "Break"


def test_times_compute_from_the_start_and_durations(library: Library) -> None:
    workshop = from_template(library, "atelier-creativite-3h")
    day = workshop.all(Day)[0]
    schedule = day_schedule(workshop, day)
    assert clock(schedule.items[0].start) == "09:00"
    for previous, following in zip(schedule.items, schedule.items[1:], strict=False):
        assert following.start == previous.end
    first = schedule.items[0].item
    workshop.apply(agenda.set_item(workshop, first.id, duration_min=first.duration_min + 20))
    later = day_schedule(workshop, day)
    assert later.items[1].start == schedule.items[1].start + 20
    assert later.overrun == 20


def test_add_move_duplicate_remove(library: Library) -> None:
    workshop = from_template(library, "atelier-flash-90min")
    day = workshop.all(Day)[0]
    before = workshop.copy()
    item = agenda.item_from_method(library.methods["crazy-8"], day.id, 0, "fr")
    workshop.apply(agenda.add_item(workshop, item, 1))
    titles = _titles(workshop, day)
    assert titles[1] == library.methods["crazy-8"].text("fr").title
    assert [i.position for i in workshop.where(AgendaItem, day_id=day.id)] == list(
        range(len(titles))
    )
    workshop.apply(agenda.move_item(workshop, item.id, day.id, 0))
    assert _titles(workshop, day)[0] == titles[1]
    changes, copy_id = agenda.duplicate_item(workshop, item.id)
    workshop.apply(changes)
    assert _titles(workshop, day)[:2] == [titles[1], titles[1]]
    workshop.apply(agenda.remove_item(workshop, copy_id))
    workshop.apply(agenda.remove_item(workshop, item.id))
    assert _titles(workshop, day) == _titles(before, day)


def test_move_between_days_and_duplicate_a_day(library: Library) -> None:
    workshop = from_template(library, "cas-pratique-deux-jours")
    first, second = workshop.all(Day)
    moved = workshop.where(AgendaItem, day_id=first.id)[2]
    workshop.apply(agenda.move_item(workshop, moved.id, second.id, 0))
    assert workshop.where(AgendaItem, day_id=second.id)[0].id == moved.id
    assert moved.id not in [i.id for i in workshop.where(AgendaItem, day_id=first.id)]
    for day in (first, second):
        positions = [i.position for i in workshop.where(AgendaItem, day_id=day.id)]
        assert positions == list(range(len(positions)))
    changes, copy_id = agenda.duplicate_day(workshop, first.id)
    workshop.apply(changes)
    days = workshop.all(Day)
    assert [d.id for d in days][1] == copy_id
    assert days[1].date == "2026-03-13"
    assert _titles(workshop, days[1]) == _titles(workshop, days[0])
    assert not workshop.dangling_references()


def test_removing_the_item_of_the_timer_frees_it(library: Library) -> None:
    workshop = from_template(library, "atelier-flash-90min")
    item = workshop.all(AgendaItem)[0]
    workshop.apply(ChangeSet.of([insert(TimerState(id="timer", agenda_item_id=item.id))]))
    workshop.apply(agenda.remove_item(workshop, item.id))
    assert workshop.all(TimerState)[0].agenda_item_id is None


def test_a_day_past_midnight_and_an_empty_day(library: Library) -> None:
    workshop = from_template(library, "atelier-flash-90min")
    day = workshop.all(Day)[0]
    empty = day_schedule(
        workshop, Day(id="none", date="2026-01-01", start_time="09:00", end_time="10:00")
    )
    assert empty.items == () and empty.overrun == 0
    workshop.apply(agenda.set_item(workshop, workshop.all(AgendaItem)[0].id, duration_min=480))
    workshop.apply(agenda.set_item(workshop, workshop.all(AgendaItem)[1].id, duration_min=480))
    schedule = day_schedule(workshop, day)
    assert schedule.crosses_midnight
    assert schedule.overrun > 0


def test_totals_and_materials(library: Library) -> None:
    workshop = from_template(library, "journee-ideation-prototype")
    day = workshop.all(Day)[0]
    items = workshop.where(AgendaItem, day_id=day.id)
    totals = category_totals(items)
    assert sum(totals.values()) == sum(i.duration_min for i in items)
    assert "pause" in totals
    needs = materials_checklist(workshop)
    texts = [n.text.casefold() for n in needs]
    assert len(texts) == len({" ".join(t.split()) for t in texts})  # merged, no duplicates
    assert all(n.activities for n in needs)


def test_duration_text() -> None:
    assert duration_text(45) == "45\u00a0min"
    assert duration_text(60) == "1\u00a0h"
    assert duration_text(95) == "1\u00a0h\u00a035"
