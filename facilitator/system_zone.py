"""The computer's time zone, for calendar exports: Qt reads it on every platform (the
TZ variable or /etc/localtime on Linux and macOS, the registry on Windows, whose zone
names it maps to IANA ones), and `ics.calendar_zone` keeps it unless it is UTC or
unknown (then Europe/Paris; see docs/decisions.md)."""

from __future__ import annotations

from PySide6.QtCore import QTimeZone

from facilitator.export.ics import calendar_zone


def machine_calendar_zone() -> str:
    """The IANA zone a calendar export made on this computer uses ("Europe/Paris",
    "America/Cayenne", "Indian/Reunion")."""
    raw = bytes(QTimeZone.systemTimeZoneId().data())
    return calendar_zone(raw.decode("ascii", errors="replace"))
