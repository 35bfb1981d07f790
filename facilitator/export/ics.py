"""The agenda as an iCalendar file (RFC 5545): one event per agenda item.

- Times are in the workshop's time zone, written with `TZID` and the zone's own
  `VTIMEZONE` (its exact changes of offset over the years of the workshop), so every
  calendar reads 09:30 as 09:30 at the venue, the days the clocks change included.
  Floating times (no zone) were read as UTC by Outlook and others (issue 16). The
  zone is chosen by the caller (`calendar_zone`): the machine's own, or Europe/Paris.
- UIDs are "<item id>-<file id>@facilitator": unique per workshop file (a copy of the
  workshop, by "Save a copy" or by importing one JSON twice, has its own file id, see
  storage/schema.py), stable across re-exports of one file, so a calendar updates
  its events instead of doubling them.
- SEQUENCE is the export's time in seconds since `SEQUENCE_EPOCH`: it rises at every
  export, so an event changed since the last import always carries a higher number
  (calendars take the higher one as the newer). Nothing in the file records changes
  per item, and an export never writes to the file: an unchanged event is re-sent
  with a higher number too, and replaces itself with the same content.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vText

from facilitator import __version__
from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, message
from facilitator.domain.schedule import schedules
from facilitator.domain.workshop import Workshop
from facilitator.export.round_lines import Rounds
from facilitator.export.words import CATEGORY_NAMES, french_typography, word
from facilitator.storage.schema import FILE_ID_PATTERN, derived_file_id

# Our users are French state and local services: a machine that says nothing useful
# about its zone (UTC, unset) is taken to be in mainland France.
DEFAULT_ZONE = "Europe/Paris"
# Zones that say "no zone was set" (servers, fresh installs), not "the venue is at UTC".
_UNSET_ZONES = frozenset(
    {
        "UTC", "UCT", "Universal", "Zulu", "GMT", "GMT0", "GMT+0", "GMT-0", "Greenwich",
        "Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "Etc/GMT", "Etc/GMT0",
        "Etc/GMT+0", "Etc/GMT-0", "Etc/Greenwich", "localtime", "",
    }
)  # fmt: skip
SEQUENCE_EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
# How finely a zone's changes of offset are looked for before bisecting to the second:
# no zone has changed its offset twice within 12 hours.
_SCAN_STEP = dt.timedelta(hours=12)


class ExportError(FacilitatorError):
    pass


def known_zone(name: str) -> zoneinfo.ZoneInfo | None:
    """The IANA zone `name` ("Europe/Paris", "America/Cayenne"), or None if this machine's
    time zone database does not know it (or it is not a zone name at all)."""
    if not name or len(name) > 100 or name.startswith(("/", ".")) or "\x00" in name:
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return None


def calendar_zone(machine_zone: str | None) -> str:
    """The zone a calendar export uses: `machine_zone` (the computer's own zone, an IANA
    name such as "Indian/Reunion") when it is a known zone other than UTC; otherwise
    `DEFAULT_ZONE`, Europe/Paris (see docs/decisions.md)."""
    name = (machine_zone or "").strip().lstrip(":")
    if name in _UNSET_ZONES or known_zone(name) is None:
        return DEFAULT_ZONE
    return name


def checked_zone(name: str) -> zoneinfo.ZoneInfo:
    """The zone named `name`; `ExportError` saying so if there is no such zone."""
    zone = known_zone(name)
    if zone is None:
        raise ExportError(
            message(
                QT_TRANSLATE_NOOP(
                    "Export", "“{zone}” is not a time zone: give one such as Europe/Paris."
                ),
                zone=name[:100],
            )
        )
    return zone


def _offset(zone: zoneinfo.ZoneInfo, instant: dt.datetime) -> dt.timedelta:
    return instant.astimezone(zone).utcoffset() or dt.timedelta()


def _transitions(
    zone: zoneinfo.ZoneInfo, start: dt.datetime, end: dt.datetime
) -> list[dt.datetime]:
    """The UTC instants in [start, end) where `zone` changes its offset, to the second."""
    found: list[dt.datetime] = []
    before = start
    while before < end:
        after = min(before + _SCAN_STEP, end)
        if _offset(zone, before) != _offset(zone, after):
            low, high = before, after  # low has the old offset, high the new one
            while high - low > dt.timedelta(seconds=1):
                middle = low + (high - low) / 2
                if _offset(zone, middle) == _offset(zone, low):
                    low = middle
                else:
                    high = middle
            found.append(high.replace(microsecond=0))
        before = after
    return found


def _observance(
    zone: zoneinfo.ZoneInfo, instant: dt.datetime, offset_from: dt.timedelta
) -> TimezoneStandard | TimezoneDaylight:
    local = instant.astimezone(zone)
    part = TimezoneDaylight() if local.dst() else TimezoneStandard()
    # RFC 5545 3.6.5: the onset is the local time *before* the change (TZOFFSETFROM).
    part.add("dtstart", (instant + offset_from).replace(tzinfo=None))
    part.add("tzoffsetfrom", offset_from)
    part.add("tzoffsetto", local.utcoffset() or dt.timedelta())
    part.add("tzname", local.tzname() or "")
    return part


def vtimezone(name: str, first: dt.date, last: dt.date) -> Timezone:
    """The VTIMEZONE of zone `name` from 1 January of `first`'s year to 1 January after
    `last`'s: its offset then, and each of its changes, at the exact second, as RFC 5545
    wants them (onset in the local time before the change)."""
    zone = checked_zone(name)
    start = dt.datetime(first.year, 1, 1, tzinfo=dt.UTC)
    end = dt.datetime(last.year + 1, 1, 1, tzinfo=dt.UTC)
    component = Timezone()
    component.add("tzid", name)
    component.add_component(_observance(zone, start, _offset(zone, start)))
    for instant in _transitions(zone, start, end):
        before = _offset(zone, instant - dt.timedelta(seconds=1))
        component.add_component(_observance(zone, instant, before))
    return component


def _description(instructions: str, rounds: Rounds, item_id: str) -> str:
    """An event's DESCRIPTION: the participants' instructions, then the activity's
    rounds, one a line (« 1–8. Esquisse (8 × 1 min) », at most `round_lines.MOST_LINES`
    and a count of the rest), in the workshop's language, French typography on the
    rounds' lines. The icalendar library escapes it (\\, ; , and line breaks as \\n) and
    folds its lines at 75 octets (RFC 5545 3.3.11, 3.1)."""
    plan = rounds.plan(item_id)
    if not plan.lines:
        return instructions
    language = rounds.language
    lines = [f"{line.numbers}. {line.title} ({line.length})" for line in plan.lines]
    if plan.left_out:
        lines.append(word(language, "rounds_left_out", count=plan.left_out))
    heading = word(language, "rounds") + ("\u00a0:" if language == "fr" else ":")
    text = "\n".join([heading, *lines])
    if language == "fr":
        text = french_typography(text)
    return f"{instructions}\n\n{text}" if instructions else text


def sequence_at(now: dt.datetime) -> int:
    """SEQUENCE for an export made at `now`: whole seconds since `SEQUENCE_EPOCH` (2024),
    within RFC 5545's 32-bit integers until 2092."""
    return max(0, int((now - SEQUENCE_EPOCH).total_seconds()))


def agenda_ics(
    workshop: Workshop,
    *,
    zone: str = DEFAULT_ZONE,
    file_id: str = "",
    now: dt.datetime | None = None,
) -> bytes:
    """The agenda of `workshop` as an iCalendar file (UTF-8 bytes, CRLF lines): one
    VEVENT per agenda item, at its local times in `zone` (an IANA name), with the zone's
    VTIMEZONE. `file_id` is the workshop file's identity (`WorkshopFile.file_id`; when
    empty or malformed, the one derived from the workshop's creation time). `now`
    (aware) stamps DTSTAMP and SEQUENCE.

    Raises `ExportError` when `zone` is unknown, a day with items has no date, or no
    day has any item (a calendar needs at least one event to be worth importing).
    An item of 0 minutes has no DTEND (RFC 5545 3.6.1: it ends when it starts).
    """
    info = workshop.info
    tz = checked_zone(zone)
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    identity = file_id if FILE_ID_PATTERN.fullmatch(file_id) else derived_file_id(info.created_at)
    days = [s for s in schedules(workshop) if s.items]
    if not days:
        raise ExportError(
            message(
                QT_TRANSLATE_NOOP(
                    "Export",
                    "The agenda has no activity yet: there is nothing to put in a calendar.",
                )
            )
        )
    calendar = Calendar()
    calendar.add("prodid", f"-//Facilitator//Facilitator {__version__}//FR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    name = vText(info.title or "Facilitator")  # TEXT: , ; and \ escaped
    calendar.add("name", name)  # RFC 7986
    calendar.add("x-wr-calname", name)  # what most calendars read
    calendar.add("x-wr-timezone", zone)
    names = CATEGORY_NAMES[info.language]
    rounds = Rounds(workshop, info.language)
    numbers = {s.day.id: n for n, s in enumerate(schedules(workshop), start=1)}
    dates: list[dt.date] = []
    events: list[Event] = []
    for schedule in days:
        try:
            date = dt.date.fromisoformat(schedule.day.date)
        except ValueError:
            raise ExportError(
                message(
                    QT_TRANSLATE_NOOP("Export", "Day {number} has no date: give it one first."),
                    number=numbers[schedule.day.id],
                )
            ) from None
        dates.append(date)
        midnight = dt.datetime.combine(date, dt.time(), tzinfo=tz)
        for timed in schedule.items:
            item = timed.item
            event = Event()
            event.add("uid", f"{item.id}-{identity}@facilitator")
            event.add("dtstamp", stamp)
            event.add("sequence", sequence_at(stamp))
            # Wall-clock arithmetic: 09:30 stays 09:30 local on the day the clocks change.
            start = midnight + dt.timedelta(minutes=timed.start)
            event.add("dtstart", start)
            if timed.end > timed.start:
                event.add("dtend", midnight + dt.timedelta(minutes=timed.end))
            event.add("summary", item.title or "—")
            description = _description(item.participant_instructions, rounds, item.id)
            if description:
                event.add("description", description)
            place = schedule.day.place or info.place
            if place:
                event.add("location", place)
            category = "pause" if item.kind in ("break", "lunch") else item.category
            if category:
                event.add("categories", [names.get(category, category)])
            events.append(event)
    # The last event may end after midnight of the last day: one more day covers it.
    calendar.add_component(vtimezone(zone, min(dates), max(dates) + dt.timedelta(days=2)))
    for event in events:
        calendar.add_component(event)
    return bytes(calendar.to_ical())
