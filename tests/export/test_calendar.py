"""The calendar export (issue 16), read back with icalendar: times in the venue's zone
with its VTIMEZONE, right on the days the clocks change; UIDs of one file stable, of
two files apart; the calendar's name escaped; no 0-minute DTEND; no empty calendar."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Component, Timezone
from pytestqt.qtbot import QtBot

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import agenda, edits
from facilitator.domain.factory import new_workshop
from facilitator.domain.ids import new_id
from facilitator.domain.records import AgendaItem, Day
from facilitator.domain.workshop import Workshop
from facilitator.export.formats import ExportOptions, export_bytes
from facilitator.export.ics import (
    DEFAULT_ZONE,
    ExportError,
    agenda_ics,
    calendar_zone,
    sequence_at,
)
from facilitator.storage import interchange
from facilitator.storage.workshop_file import WorkshopFile

UTC = dt.UTC
NOW = dt.datetime(2026, 3, 1, 12, tzinfo=UTC)
TITLE = "Atelier, session 2; Lyon \\ « ok »"


def _workshop(*dates: dt.date, minutes: int = 60) -> Workshop:
    """One 09:30 activity of `minutes` on each of `dates`, then a 0-minute one."""
    workshop = new_workshop(TITLE, first_day=dates[0])
    for date in dates[1:]:
        workshop.apply(edits.add_day(workshop, date.isoformat())[0])
    for day in workshop.all(Day):
        workshop.apply(edits.set_day(workshop, day.id, start_time="09:30", end_time="18:00"))
        for title, duration in ((f"Atelier du {day.date}", minutes), ("Photo de groupe", 0)):
            item = AgendaItem(id=new_id(), day_id=day.id, title=title, duration_min=duration)
            workshop.apply(agenda.add_item(workshop, item))
    return workshop


def _events(data: bytes) -> list[Component]:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def _starts_utc(data: bytes) -> dict[str, dt.datetime]:
    return {
        str(e["summary"]): e.decoded("dtstart").astimezone(UTC)
        for e in _events(data)
        if str(e["summary"]).startswith("Atelier")
    }


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        # Spring: CET (+1) on Saturday, CEST (+2) from 02:00 on Sunday 29 March 2026.
        ((dt.date(2026, 3, 28), dt.date(2026, 3, 29)), ("08:30", "07:30")),
        # Autumn: CEST on Saturday, CET from 03:00 on Sunday 25 October 2026.
        ((dt.date(2026, 10, 24), dt.date(2026, 10, 25)), ("07:30", "08:30")),
    ],
)
def test_0930_in_paris_on_the_days_the_clocks_change(
    dates: tuple[dt.date, dt.date], expected: tuple[str, str]
) -> None:
    data = agenda_ics(_workshop(*dates), zone="Europe/Paris", now=NOW)
    starts = _starts_utc(data)
    for date, utc in zip(dates, expected, strict=True):
        start = starts[f"Atelier du {date.isoformat()}"]
        assert start.date() == date and start.strftime("%H:%M") == utc
        assert f"DTSTART;TZID=Europe/Paris:{date:%Y%m%d}T093000".encode() in data
    # The same, computed from the file's own VTIMEZONE rather than this machine's zone
    # database: what a calendar without Europe/Paris built in does.
    (zone,) = Calendar.from_ical(data).walk("VTIMEZONE")
    assert isinstance(zone, Timezone)
    own = zone.to_tz()
    for date, utc in zip(dates, expected, strict=True):
        local = dt.datetime.combine(date, dt.time(9, 30), tzinfo=own)
        assert local.astimezone(UTC).strftime("%H:%M") == utc


def test_the_vtimezone_has_each_change_at_its_onset() -> None:
    """RFC 5545 3.6.5: the onset is the local time before the change. icalendar's own
    Timezone.from_tzinfo writes 03:00 for the spring change; ours writes 02:00."""
    data = agenda_ics(_workshop(dt.date(2026, 3, 29)), now=NOW).decode()
    block = data[data.index("BEGIN:VTIMEZONE") : data.index("END:VTIMEZONE")]
    assert "TZID:Europe/Paris" in block
    daylight = re.search(r"BEGIN:DAYLIGHT\r\n(.*?)END:DAYLIGHT", block, re.S)
    assert daylight is not None
    assert "DTSTART:20260329T020000" in daylight.group(1)
    assert "TZOFFSETFROM:+0100" in daylight.group(1)
    assert "TZOFFSETTO:+0200" in daylight.group(1)
    assert "DTSTART:20261025T030000\r\nTZNAME:CET\r\nTZOFFSETFROM:+0200" in block
    assert "X-WR-TIMEZONE:Europe/Paris" in data


@pytest.mark.parametrize(
    ("zone", "utc"), [("America/Cayenne", "12:30"), ("Indian/Reunion", "05:30")]
)
def test_overseas_venues(zone: str, utc: str) -> None:
    data = agenda_ics(_workshop(dt.date(2026, 3, 29)), zone=zone, now=NOW)
    assert f"DTSTART;TZID={zone}:20260329T093000".encode() in data
    assert _starts_utc(data)["Atelier du 2026-03-29"].strftime("%H:%M") == utc


def test_the_zone_is_the_machine_s_unless_it_says_nothing() -> None:
    assert calendar_zone("Indian/Reunion") == "Indian/Reunion"
    assert calendar_zone(":America/Cayenne") == "America/Cayenne"  # TZ=:… form
    assert calendar_zone("Europe/London") == "Europe/London"
    for unset in ("Etc/UTC", "UTC", "", None, "CET-1CEST", "Mars/Olympus", "../../etc/passwd"):
        assert calendar_zone(unset) == DEFAULT_ZONE == "Europe/Paris"
    with pytest.raises(ExportError, match="“Mars/Olympus” is not a time zone"):
        agenda_ics(_workshop(dt.date(2026, 3, 29)), zone="Mars/Olympus")


def _uids(data: bytes) -> set[str]:
    return {str(e["uid"]) for e in _events(data)}


def test_uids_are_per_file_and_stable(tmp_path: Path) -> None:
    """A copy (Save a copy, or one JSON imported twice) gave every event the UID of the
    original: a calendar importing both replaced one town's events with the other's."""
    workshop = _workshop(dt.date(2026, 3, 28), dt.date(2026, 3, 29))
    json_path = tmp_path / "atelier.json"
    json_path.write_text(interchange.dumps(workshop), encoding="utf-8")
    exports = {}
    for town in ("lyon", "grenoble"):  # the same JSON imported twice
        made = WorkshopFile.create(tmp_path / f"{town}.atelier", interchange.read_file(json_path))
        made.close()
        for n in (1, 2):  # exported twice, reopened each time
            opened, read = WorkshopFile.open(tmp_path / f"{town}.atelier", read_only=True)
            opened.close()
            now = NOW + dt.timedelta(minutes=n)
            options = ExportOptions(file_id=opened.file_id, time_zone="Europe/Paris")
            exports[town, n] = agenda_ics(
                read, zone="Europe/Paris", file_id=options.file_id, now=now
            )
            assert export_bytes(read, "ics", options).count(b"BEGIN:VEVENT") == 4
    assert len(_uids(exports["lyon", 1])) == 4
    assert _uids(exports["lyon", 1]) == _uids(exports["lyon", 2])
    assert _uids(exports["grenoble", 1]) == _uids(exports["grenoble", 2])
    assert not _uids(exports["lyon", 1]) & _uids(exports["grenoble", 1])
    # SEQUENCE rises from one export to the next, so a changed event replaces the old.
    first = {int(str(e["sequence"])) for e in _events(exports["lyon", 1])}
    second = {int(str(e["sequence"])) for e in _events(exports["lyon", 2])}
    assert len(first) == len(second) == 1 and min(second) > max(first)
    assert sequence_at(dt.datetime(2092, 1, 1, tzinfo=UTC)) < 2**31


def test_save_a_copy_gives_the_copy_its_own_uids(tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "lyon.atelier"
    WorkshopFile.create(path, _workshop(dt.date(2026, 3, 29))).close()
    document = WorkshopDocument.open(path)
    try:
        before = document.file_id
        lyon = agenda_ics(document.workshop, file_id=before, now=NOW)
        document.save_copy(tmp_path / "grenoble.atelier")
        assert document.file_id != before
        grenoble = agenda_ics(document.workshop, file_id=document.file_id, now=NOW)
        assert not _uids(lyon) & _uids(grenoble)
        document.edit("title", edits.set_info(document.workshop, title="Grenoble"))
        document.undo_stack.undo()  # undo never brings the original's identity back
        assert document.file_id != before
    finally:
        document.close()


def _unescaped(value: str) -> str:
    """RFC 5545 3.3.11: TEXT escapes \\\\ \\; \\, and \\n."""
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def test_the_calendar_name_is_escaped_text() -> None:
    """X-WR-CALNAME was written raw: "Atelier, session 2; Lyon" read back as "Atelier"."""
    data = agenda_ics(_workshop(dt.date(2026, 3, 29)), now=NOW).decode()
    unfolded = data.replace("\r\n ", "")
    for name in ("X-WR-CALNAME", "NAME"):
        (line,) = re.findall(rf"^{name}:(.*)\r$", unfolded, re.M)
        assert _unescaped(line) == TITLE
        assert re.search(r"(?<!\\)[,;]", line) is None  # no bare separator


def test_a_0_minute_item_has_no_dtend() -> None:
    """DTEND equal to DTSTART is invalid (RFC 5545 3.6.1): an instant has no DTEND."""
    events = _events(agenda_ics(_workshop(dt.date(2026, 3, 29)), now=NOW))
    instant = next(e for e in events if str(e["summary"]) == "Photo de groupe")
    assert "DTEND" not in instant and "DURATION" not in instant
    for event in events:
        if "DTEND" in event:
            assert event.decoded("dtend") > event.decoded("dtstart")


def test_an_empty_agenda_is_refused_not_an_empty_calendar() -> None:
    workshop = new_workshop("Vide", first_day=dt.date(2026, 3, 29))
    with pytest.raises(ExportError, match="no activity yet"):
        agenda_ics(workshop)


def test_a_day_past_midnight_keeps_its_local_times() -> None:
    workshop = _workshop(dt.date(2026, 3, 28), minutes=20 * 60)  # 09:30 to 05:30 next day
    event = next(
        e for e in _events(agenda_ics(workshop, now=NOW)) if "Atelier" in str(e["summary"])
    )
    end = event.decoded("dtend")
    assert end == dt.datetime(2026, 3, 29, 5, 30, tzinfo=ZoneInfo("Europe/Paris"))
    assert end.astimezone(UTC).hour == 3  # after the change: +2
