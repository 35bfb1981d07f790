"""Every export format behind one function, for the command line and the app."""

from __future__ import annotations

from facilitator.domain.workshop import Workshop

EXPORT_SUFFIXES = {
    "json": ".json",
    "agenda-pdf": ".pdf",
    "ics": ".ics",
    "md": ".md",
    "cards-pdf": "-fiches.pdf",
}


def export_bytes(workshop: Workshop, export_format: str, audience: str, per_page: int = 1) -> bytes:
    """The exported document in `export_format` (json, agenda-pdf, ics, md, cards-pdf)."""
    if export_format == "cards-pdf":
        from facilitator.export.cards_pdf import cards_pdf

        return cards_pdf(workshop, 2 if per_page == 2 else 1)
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
