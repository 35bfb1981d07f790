"""The agenda exports, read back: PDF text (pypdf), ICS (icalendar), Markdown."""

from __future__ import annotations

import datetime as dt
import io
import re
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from facilitator.domain import agenda
from facilitator.domain.changes import ChangeSet
from facilitator.domain.edits import set_info
from facilitator.domain.library import Library
from facilitator.domain.records import AgendaItem, Day
from facilitator.domain.schedule import clock, schedules
from facilitator.domain.workshop import Workshop
from facilitator.export.agenda_pdf import agenda_pdf
from facilitator.export.ics import ExportError, agenda_ics
from facilitator.export.markdown import agenda_markdown
from tests.conftest import from_template

HOSTILE = (
    "R&D <b>gras</b> <img src='/etc/passwd'/> 0.1 < x & y > z « citation » : ok ? "
    "🙂🚲 مرحبا שלום " + "Anticonstitutionnellement" * 30
)


def _pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return _flat(text)


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


TEMPLATES = [
    "atelier-flash-90min",
    "atelier-creativite-3h",
    "journee-ideation-prototype",
    "cas-pratique-deux-jours",
    "defi-public-territoire-rural",
    "retrospective-2h",
]


@pytest.mark.parametrize("template_id", TEMPLATES)
@pytest.mark.parametrize("audience", ["participants", "facilitator"])
def test_agenda_pdf_has_every_title_and_start_time(
    library: Library, template_id: str, audience: str
) -> None:
    workshop = from_template(library, template_id)
    data = agenda_pdf(workshop, audience)  # type: ignore[arg-type]
    text = _pdf_text(data)
    for schedule in schedules(workshop):
        for timed in schedule.items:
            assert _flat(timed.item.title) in text
            assert clock(timed.start) in text
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata is not None
    assert reader.metadata.title == "Atelier test"
    assert reader.metadata.subject
    assert abs(float(reader.pages[0].mediabox.width) - 595.3) < 1  # A4
    fonts = reader.pages[0]["/Resources"]["/Font"]  # type: ignore[index]
    names = [str(font.get_object()["/BaseFont"]) for font in fonts.values()]
    assert any("DejaVuSans" in name for name in names), names  # embedded as a subset
    if audience == "facilitator":
        assert "Liste du matériel" in text
    assert f"Page 1 sur {len(reader.pages)}" in text


def test_the_facilitator_version_adds_notes_and_materials(library: Library) -> None:
    workshop = from_template(library, "atelier-creativite-3h")
    participants = _pdf_text(agenda_pdf(workshop, "participants"))
    facilitator = _pdf_text(agenda_pdf(workshop, "facilitator"))
    item = next(i for i in workshop.all(AgendaItem) if i.facilitator_notes)
    first_step = _flat(item.facilitator_notes.splitlines()[0])[:40]
    assert first_step in facilitator
    assert first_step not in participants


def test_english_agenda(library: Library) -> None:
    text = _pdf_text(agenda_pdf(from_template(library, "retrospective-2h", "en"), "facilitator"))
    assert "Detailed agenda for facilitators" in text
    assert "Page 1 of" in text


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_ics_has_one_event_per_item_at_the_right_local_time(
    library: Library, template_id: str
) -> None:
    workshop = from_template(library, template_id)
    file_id = "0123456789abcdef0123456789abcdef"
    calendar = Calendar.from_ical(agenda_ics(workshop, file_id=file_id))
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    assert len(events) == len(workshop.all(AgendaItem))
    by_uid = {str(e["uid"]): e for e in events}
    paris = ZoneInfo("Europe/Paris")
    for schedule in schedules(workshop):
        date = dt.date.fromisoformat(schedule.day.date)
        for timed in schedule.items:
            event = by_uid[f"{timed.item.id}-{file_id}@facilitator"]
            start = event.decoded("dtstart")
            local = dt.datetime.combine(date, dt.time()) + dt.timedelta(minutes=timed.start)
            assert start == local.replace(tzinfo=paris)  # the venue's zone, never floating
            assert event["dtstart"].params["TZID"] == "Europe/Paris"
            assert str(event["summary"]) == timed.item.title


def test_ics_needs_dated_days(library: Library) -> None:
    workshop = from_template(library, "atelier-flash-90min")
    day = workshop.all(Day)[0]
    from facilitator.domain.changes import update
    from facilitator.domain.records import replaced

    workshop.apply(ChangeSet.of([update(day, replaced(day, {"date": ""}))]))
    with pytest.raises(ExportError, match="Day 1 has no date"):
        agenda_ics(workshop)


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_markdown_has_every_title_and_time(library: Library, template_id: str) -> None:
    workshop = from_template(library, template_id)
    text = agenda_markdown(workshop, "facilitator")
    unescaped = _flat(re.sub(r"\\(.)", r"\1", text))
    for schedule in schedules(workshop):
        for timed in schedule.items:
            assert _flat(timed.item.title) in unescaped
            assert f"| {clock(timed.start)}–{clock(timed.end)} |" in text


def _hostile(library: Library) -> Workshop:
    workshop = from_template(library, "atelier-flash-90min")
    workshop.apply(set_info(workshop, title=HOSTILE[:200], question=HOSTILE, place=HOSTILE[:300]))
    for item in workshop.all(AgendaItem):
        workshop.apply(
            agenda.set_item(
                workshop,
                item.id,
                title=HOSTILE[:200],
                participant_instructions=HOSTILE,
                facilitator_notes=HOSTILE,
                materials=HOSTILE,
            )
        )
    return workshop


def test_hostile_text_prints_as_typed_in_the_pdf(library: Library) -> None:
    workshop = _hostile(library)
    for audience in ("participants", "facilitator"):
        text = _pdf_text(agenda_pdf(workshop, audience))
        for fragment in (
            "R&D <b>gras</b>",
            "<img src='/etc/passwd'/>",
            "0.1 < x & y > z",
            "« citation »",
            "🙂",
            "مرحبا",
            "שלום",
        ):
            assert _flat(fragment) in text or _flat(fragment)[::-1] in text, fragment


def test_hostile_text_in_markdown_and_ics(library: Library) -> None:
    workshop = _hostile(library)
    markdown = agenda_markdown(workshop, "facilitator")
    assert not re.search(r"(?<!\\)<", markdown)  # every < of the user is escaped, no <br>
    assert "\\<b\\>gras\\</b\\>" in markdown
    calendar = Calendar.from_ical(agenda_ics(workshop))
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    assert str(events[0]["summary"]) == HOSTILE[:200]
    assert str(events[0]["description"]) == HOSTILE


def test_a_day_past_midnight_is_flagged(library: Library) -> None:
    workshop = from_template(library, "atelier-flash-90min")
    for item in workshop.all(AgendaItem)[:2]:
        workshop.apply(agenda.set_item(workshop, item.id, duration_min=480))
    text = _pdf_text(agenda_pdf(workshop, "facilitator"))
    assert "se prolonge après minuit" in text
    assert "dépasse la fin prévue" in text


def test_an_empty_workshop_exports(library: Library) -> None:
    workshop = from_template(library, "vide")
    assert "Aucune activité prévue ce jour." in _pdf_text(agenda_pdf(workshop, "participants"))
    assert "Aucune activité" in agenda_markdown(workshop)
    with pytest.raises(ExportError, match="nothing to put in a calendar"):
        agenda_ics(workshop)  # a calendar with no component is not a calendar
