"""Text and values from users and colleagues' files: cleaned, limited, never truncated."""

from __future__ import annotations

import pytest

from facilitator.domain import edits
from facilitator.domain.demo import demo_workshop
from facilitator.domain.records import Day
from facilitator.domain.text import TextTooLongError, clean_text
from facilitator.domain.validation import InvalidValueError


@pytest.mark.parametrize(
    ("raw", "multiline", "expected"),
    [
        ("  Atelier  ", False, "Atelier"),
        ("a\x00b\x07c\x1bd", False, "abcd"),
        ("ligne 1\r\nligne 2", True, "ligne 1\nligne 2"),
        ("ligne 1\nligne 2", False, "ligne 1 ligne 2"),
        ("tab\there", True, "tab\there"),
        ("e\u0301te\u0301", False, "été"),  # NFC
        ("🙂 مرحبا שלום", False, "🙂 مرحبا שלום"),
        ("\ud800x", False, "\ufffdx"),
        ("\x85\u009b", False, ""),
    ],
)
def test_clean_text(raw: str, multiline: bool, expected: str) -> None:
    assert clean_text(raw, multiline=multiline) == expected


def test_too_long_text_is_refused_not_truncated() -> None:
    workshop = demo_workshop()
    with pytest.raises(TextTooLongError) as refused:
        edits.set_info(workshop, title="x" * 201)
    assert str(refused.value) == "The title: too long (201 characters, at most 200)."


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("language", "de"),
        ("participant_count", -1),
        ("participant_count", 10_001),
        ("participant_count", "12"),
        ("participant_count", True),
        ("participant_count", 2.5),
        ("title", 12),
    ],
)
def test_invalid_values_are_refused(field: str, value: object) -> None:
    with pytest.raises(InvalidValueError):
        edits.set_info(demo_workshop(), **{field: value})


def test_every_text_field_takes_emoji_rtl_and_markup() -> None:
    workshop = demo_workshop()
    hostile = "<b>R&D</b> 🙂 مرحبا \u202e « » " + "é" * 20
    changes = edits.set_info(
        workshop,
        title=hostile,
        question=hostile,
        organisation=hostile,
        place=hostile,
        notes=hostile,
    )
    workshop.apply(changes)
    info = workshop.info
    assert {info.title, info.question, info.organisation, info.place, info.notes} == {hostile}


def test_day_times_and_dates_are_checked() -> None:
    workshop = demo_workshop()
    day_id = workshop.all(Day)[0].id
    with pytest.raises(InvalidValueError):
        edits.set_day(workshop, day_id, date="2026-02-30")
    with pytest.raises(InvalidValueError):
        edits.set_day(workshop, day_id, start_time="25:00")
    with pytest.raises(InvalidValueError, match="must end after it starts"):
        edits.set_day(workshop, day_id, start_time="18:00")


def test_text_that_shows_nothing_and_phone_text_that_spoofs() -> None:
    from facilitator.domain.text import MAX_COMBINING, has_visible_text, without_spoofing

    for blank in ("\u3164", "\u2800", "\u0301", "\ufe0f", "\u200b", " \u180e "):
        assert not has_visible_text(blank), repr(blank)
    for shown in ("a", "٣", "🚲", "·", "مرحبا", "こんにちは"):
        assert has_visible_text(shown), repr(shown)
    # From a stranger's phone: no override, no "Zalgo"; isolates and Vietnamese kept.
    assert without_spoofing("\u202eeciloP") == "eciloP"
    assert without_spoofing("\u2067مرحبا\u2069 Paris") == "\u2067مرحبا\u2069 Paris"
    assert without_spoofing("e" + "\u0301" * 50) == "e" + "\u0301" * MAX_COMBINING
    assert without_spoofing("Tiếng Việt") == "Tiếng Việt"


def test_dates_stay_far_from_the_end_of_the_calendar() -> None:
    """9999-12-31 passed the checks, then "Add a day" and the .ics export raised
    OverflowError (found by attack testing): dates run from 1900 to 2999."""
    from facilitator.domain.messages import FacilitatorError

    workshop = demo_workshop()
    day_id = workshop.all(Day)[-1].id
    with pytest.raises(InvalidValueError):
        edits.set_day(workshop, day_id, date="9999-12-31")
    workshop.apply(edits.set_day(workshop, day_id, date="2999-12-31"))
    with pytest.raises(FacilitatorError):  # the next day would be 3000-01-01: said, not raised
        workshop.apply(edits.add_day(workshop)[0])
