"""New workshops: the records a workshop starts with."""

from __future__ import annotations

import datetime as dt

from facilitator.domain.edits import DEFAULT_DAY_END, DEFAULT_DAY_START
from facilitator.domain.ids import new_id
from facilitator.domain.records import WORKSHOP_ID, Day, Language, WorkshopInfo
from facilitator.domain.validation import with_values
from facilitator.domain.workshop import Workshop


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).astimezone().isoformat(timespec="seconds")


def new_workshop(
    title: str, *, language: Language = "fr", first_day: dt.date | None = None
) -> Workshop:
    """An empty workshop with one day, on `first_day` (today by default)."""
    info = with_values(
        WorkshopInfo(id=WORKSHOP_ID, created_at=now_iso()), title=title, language=language
    )
    day = Day(
        id=new_id(),
        position=0,
        date=(first_day or dt.date.today()).isoformat(),
        start_time=DEFAULT_DAY_START,
        end_time=DEFAULT_DAY_END,
    )
    return Workshop([info, day])
