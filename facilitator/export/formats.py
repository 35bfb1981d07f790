"""Every export format behind one function, for the command line and the app."""

from __future__ import annotations

from facilitator.domain.workshop import Workshop

EXPORT_SUFFIXES = {"json": ".json", "agenda-pdf": ".pdf", "ics": ".ics", "md": ".md"}


def export_bytes(workshop: Workshop, export_format: str, audience: str) -> bytes:
    """The exported document in `export_format` (json, agenda-pdf, ics, md)."""
    if export_format == "json":
        from facilitator.storage import interchange

        return interchange.dumps(workshop).encode("utf-8")
    if export_format == "agenda-pdf":
        from facilitator.export.agenda_pdf import agenda_pdf

        return agenda_pdf(workshop, "facilitator" if audience == "facilitator" else "participants")
    if export_format == "ics":
        from facilitator.export.ics import agenda_ics

        return agenda_ics(workshop)
    from facilitator.export.markdown import agenda_markdown

    return agenda_markdown(
        workshop, "facilitator" if audience == "facilitator" else "participants"
    ).encode("utf-8")
