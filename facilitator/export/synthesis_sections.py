"""What a synthesis can hold, and how its writing is cancelled: shared by the synthesis
writers (PDF, DOCX, Markdown), the command line and the export dialog.

Kept apart from `synthesis_pdf` so that what names the sections imports no PDF library:
the window's File menu and its synthesis dialog are built at start-up, reportlab is
imported only when a PDF is laid out (issue 22: start like a bare window).
"""

from __future__ import annotations

# The synthesis's sections, in the order printed (keys of the export dialog's checkboxes
# and of `facilitator export --sections`).
SECTIONS = (
    "cover",
    "figures",
    "agenda",
    "boards",
    "votes",
    "polls",
    "cards",
    "next_steps",
    "ideas",
)
# A merged event (issue 21): the cover and figures are the whole event's, then each room
# is a chapter of the other sections (export/synthesis_rooms.py).
EVENT_SECTIONS = ("cover", "figures")
ROOM_SECTIONS = tuple(k for k in SECTIONS if k not in EVENT_SECTIONS)


class ExportCancelledError(Exception):
    """The facilitator cancelled the export: no file is written."""
