"""The agenda as an iCalendar file: one event per agenda item, in local time.

Times are "floating" local times (RFC 5545, 3.3.5): an in-person workshop happens
at the local time of its venue, whatever the calendar's own time zone.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar, Event

from facilitator import __version__
from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, message
from facilitator.domain.schedule import schedules
from facilitator.domain.workshop import Workshop
from facilitator.export.words import CATEGORY_NAMES


class ExportError(FacilitatorError):
    pass


def agenda_ics(workshop: Workshop, *, now: dt.datetime | None = None) -> bytes:
    info = workshop.info
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", f"-//Facilitator//Facilitator {__version__}//FR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", info.title or "Facilitator")
    names = CATEGORY_NAMES[info.language]
    for number, schedule in enumerate(schedules(workshop), start=1):
        try:
            date = dt.date.fromisoformat(schedule.day.date)
        except ValueError:
            raise ExportError(
                message(
                    QT_TRANSLATE_NOOP("Export", "Day {number} has no date: give it one first."),
                    number=number,
                )
            ) from None
        midnight = dt.datetime.combine(date, dt.time())
        for timed in schedule.items:
            item = timed.item
            event = Event()
            event.add("uid", f"{item.id}@facilitator")
            event.add("dtstamp", stamp)
            event.add("dtstart", midnight + dt.timedelta(minutes=timed.start))
            event.add("dtend", midnight + dt.timedelta(minutes=timed.end))
            event.add("summary", item.title or "—")
            if item.participant_instructions:
                event.add("description", item.participant_instructions)
            place = schedule.day.place or info.place
            if place:
                event.add("location", place)
            category = "pause" if item.kind in ("break", "lunch") else item.category
            if category:
                event.add("categories", [names.get(category, category)])
            calendar.add_component(event)
    return bytes(calendar.to_ical())
