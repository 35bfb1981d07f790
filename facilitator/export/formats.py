"""Every export format behind one function, for the command line and the app."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from facilitator.domain.messages import QT_TRANSLATE_NOOP, FacilitatorError, message
from facilitator.domain.workshop import Workshop
from facilitator.export.label_sheets import DEFAULT_LABELS
from facilitator.export.names import Names

EXPORT_SUFFIXES = {
    "json": ".json",
    "agenda-pdf": ".pdf",
    "ics": ".ics",
    "agenda-md": ".md",
    "cards-pdf": "-fiches.pdf",
    "pdf": "-synthese.pdf",
    "csv": "-idees.csv",
    "polls-csv": "-sondages.csv",
    "md": "-synthese.md",
    "docx": "-synthese.docx",
    "accessible-pdf": "-synthese-accessible.pdf",  # the DOCX made a tagged PDF by LibreOffice
    "attendance": "-emargement.pdf",
    "badges": "-badges.pdf",
    "groups-pdf": "-groupes.pdf",
}
# The room's paper: lists of names, nothing without them (they refuse Names.LEFT_OUT).
LISTS_OF_NAMES = ("attendance", "badges", "groups-pdf")
# The synthesis, whose sections and names are chosen (ExportOptions.sections, .names).
SYNTHESES = ("pdf", "md", "docx", "accessible-pdf")


NO_NAMES_IN_JSON = QT_TRANSLATE_NOOP(
    "Export",
    "The JSON export is the whole workshop, names included: leave names out of the PDF, "
    "Markdown, CSV or cards instead.",
)
NO_NAMES_ON_PAPER = QT_TRANSLATE_NOOP(
    "Export",
    "The attendance sheet and the name badges are lists of names: they cannot be "
    "printed without the names (drop --no-names).",
)
NO_NAMES_IN_GROUPS = QT_TRANSLATE_NOOP(
    "Export",
    "The group lists and table tents name the participants: they cannot be printed "
    "without the names (drop --no-names).",
)


@dataclass(frozen=True)
class ExportOptions:
    audience: str = "participants"  # agenda-pdf, agenda-md: or "facilitator"
    per_page: int = 1  # cards-pdf: 1 or 2
    sections: tuple[str, ...] | None = None  # SYNTHESES: None is every section
    separator: str = ";"  # csv, polls-csv
    names: Names = Names.AS_TYPED  # SYNTHESES, csv, cards-pdf: whose names (export.names)
    time_zone: str = "Europe/Paris"  # ics: an IANA zone (see ics.calendar_zone)
    labels: str = DEFAULT_LABELS  # badges: a key of label_sheets.LABEL_SHEETS
    with_facilitators: bool = False  # badges: the facilitators' badges after the others
    grouping_id: str | None = None  # badges, groups-pdf: the grouping (None: the latest)
    file_id: str = ""  # ics: the workshop file's identity (WorkshopFile.file_id)
    progress: Callable[[int, int], None] | None = field(default=None, compare=False)
    cancelled: Callable[[], bool] | None = field(default=None, compare=False)


def export_bytes(workshop: Workshop, export_format: str, options: ExportOptions) -> bytes:
    """The exported document in `export_format` (one of EXPORT_SUFFIXES). `options.names`
    applies to SYNTHESES, csv and cards-pdf (export.names); the other formats print no name
    but the facilitators', except json, the whole workshop, which refuses Names.LEFT_OUT
    (FacilitatorError, NO_NAMES_IN_JSON), and the room's paper (LISTS_OF_NAMES: the
    attendance sheet, the badges, the group lists), which refuses it too
    (NO_NAMES_ON_PAPER, NO_NAMES_IN_GROUPS). The badges raise FacilitatorError when
    nobody is to be printed (badges_pdf.NOBODY_FOR_BADGES), KeyError for a `labels` not
    in LABEL_SHEETS; the group lists when there is no grouping (groups_pdf.NO_GROUPING);
    both for a `grouping_id` that is not a grouping (roster.GROUPING_GONE). The
    accessible PDF raises it when LibreOffice is missing or fails (office_pdf)."""
    audience: Literal["participants", "facilitator"] = (
        "facilitator" if options.audience == "facilitator" else "participants"
    )
    if export_format == "json":
        if options.names is Names.LEFT_OUT:  # the whole workshop: ballots, authors, all
            raise FacilitatorError(message(NO_NAMES_IN_JSON))
        from facilitator.storage import interchange

        return interchange.dumps(workshop).encode("utf-8")
    if export_format in LISTS_OF_NAMES and options.names is Names.LEFT_OUT:
        refused = NO_NAMES_IN_GROUPS if export_format == "groups-pdf" else NO_NAMES_ON_PAPER
        raise FacilitatorError(message(refused))
    if export_format == "attendance":
        from facilitator.export.attendance_pdf import attendance_pdf

        return attendance_pdf(workshop)
    if export_format == "badges":
        from facilitator.export.badges_pdf import badges_pdf

        return badges_pdf(
            workshop,
            options.labels,
            with_facilitators=options.with_facilitators,
            grouping_id=options.grouping_id,
        )
    if export_format == "groups-pdf":
        from facilitator.export.groups_pdf import groups_pdf

        return groups_pdf(workshop, options.grouping_id)
    if export_format == "agenda-pdf":
        from facilitator.export.agenda_pdf import agenda_pdf

        return agenda_pdf(workshop, audience)
    if export_format == "ics":
        from facilitator.export.ics import agenda_ics

        return agenda_ics(workshop, zone=options.time_zone, file_id=options.file_id)
    if export_format == "cards-pdf":
        from facilitator.export.cards_pdf import cards_pdf

        return cards_pdf(workshop, 2 if options.per_page == 2 else 1, names=options.names)
    if export_format in SYNTHESES:
        return _synthesis(workshop, export_format, options)
    if export_format in ("csv", "polls-csv"):
        return _csv(workshop, export_format, options)
    from facilitator.export.markdown import agenda_markdown

    return agenda_markdown(workshop, audience).encode("utf-8")


def _synthesis(workshop: Workshop, export_format: str, options: ExportOptions) -> bytes:
    """The synthesis as PDF, Markdown, DOCX or accessible PDF, with `options.sections`
    (None: every section of synthesis_sections.SECTIONS) and `options.names`; all but the
    Markdown report their progress and can be cancelled (ExportCancelledError)."""
    from facilitator.export.synthesis_sections import SECTIONS

    sections = options.sections or SECTIONS
    if export_format == "md":
        from facilitator.export.synthesis_md import synthesis_markdown

        return synthesis_markdown(workshop, sections, names=options.names).encode("utf-8")
    if export_format == "accessible-pdf":
        return _accessible_synthesis(workshop, sections, options)
    if export_format == "docx":
        from facilitator.export.synthesis_docx import synthesis_docx

        write = synthesis_docx
    else:
        from facilitator.export.synthesis_pdf import synthesis_pdf

        write = synthesis_pdf
    return write(
        workshop,
        sections,
        names=options.names,
        progress=options.progress,
        cancelled=options.cancelled,
    )


def _accessible_synthesis(
    workshop: Workshop, sections: tuple[str, ...], options: ExportOptions
) -> bytes:
    """The synthesis as a tagged PDF: the DOCX (`synthesis_docx`) converted by
    LibreOffice (`office_pdf.pdf_from_docx`, up to its DEFAULT_TIMEOUT_S). LibreOffice
    is looked for first: when it is missing, nothing is laid out (FacilitatorError,
    office_pdf.NO_LIBREOFFICE). The DOCX reports its progress; while LibreOffice
    converts, progress(0, 0) says that how far it is cannot be told."""
    from facilitator.export.office_pdf import NO_LIBREOFFICE, find_soffice, pdf_from_docx
    from facilitator.export.synthesis_docx import synthesis_docx
    from facilitator.export.synthesis_sections import ExportCancelledError

    soffice = find_soffice()
    if soffice is None:
        raise FacilitatorError(message(NO_LIBREOFFICE))
    document = synthesis_docx(
        workshop,
        sections,
        names=options.names,
        progress=options.progress,
        cancelled=options.cancelled,
    )
    if options.cancelled is not None and options.cancelled():
        raise ExportCancelledError
    if options.progress is not None:
        options.progress(0, 0)
    return pdf_from_docx(document, soffice=soffice, cancelled=options.cancelled)


def _csv(workshop: Workshop, export_format: str, options: ExportOptions) -> bytes:
    """The ideas' CSV (names as `options.names` says) or the polls' (anonymous: no name
    to leave out), with `options.separator`."""
    if export_format == "polls-csv":
        from facilitator.export.polls_csv import polls_csv

        return polls_csv(workshop, options.separator)
    from facilitator.export.ideas_csv import ideas_csv

    return ideas_csv(workshop, options.separator, names=options.names)
