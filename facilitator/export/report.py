"""The activity report from files (issue 21): what `facilitator report` and the home
screen's *Rapport d'activité…* call. Reads the workshop files and folders given as the
home screen does (`storage.lab_index`: never writing to them, with its cache), computes
the period's figures (`domain.activity_report`) and lays them out as PDF, Word (DOCX),
CSV or Markdown in French or English."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from facilitator.domain.activity_report import (
    ActivityReport,
    Period,
    Source,
    Unread,
    UnreadState,
    activity_report,
)
from facilitator.domain.messages import Message
from facilitator.domain.records import Language
from facilitator.export.report_csv import report_csv
from facilitator.export.report_md import report_md
from facilitator.export.report_pdf import report_pdf
from facilitator.storage import lab_index

REPORT_FORMATS = ("pdf", "docx", "csv", "md")
REPORT_SUFFIXES = {"pdf": ".pdf", "docx": ".docx", "csv": ".csv", "md": ".md"}


@dataclass(frozen=True)
class LabRead:
    """What reading the paths gave: the workshops read, the files not read, and what to
    tell the user about the reading itself (a folder that is not there...)."""

    sources: tuple[Source, ...]
    unread: tuple[Unread, ...]
    notes: tuple[Message, ...] = field(default=())


def read_lab(paths: Sequence[Path], *, cache: Path | None = None) -> LabRead:
    """The workshops of `paths` (files, and folders searched with their subfolders),
    read as the home screen reads them (`storage.lab_index`: never written nor locked,
    summaries kept in the cache at `cache`, None for none). A file being written by a
    colleague counts with its last committed state when that could be read (and is
    said in `notes`); a damaged, newer or unreadable one is an `Unread`, its reason in
    `notes`, as is each folder or limit problem of the scan."""
    scan = lab_index.read_lab(list(paths), cache=cache)
    sources: list[Source] = []
    unread: list[Unread] = []
    notes: list[Message] = list(scan.problems)
    for entry in scan.entries:
        if entry.message is not None:
            notes.append(entry.message)
        if entry.summary is not None and entry.status in ("ok", "busy"):
            path = str(entry.path.absolute())  # one folder for all: paths shown relative to it
            sources.append(Source(path, entry.summary, entry.file_id, entry.mtime_ns))
        else:
            state = _UNREAD_STATES.get(entry.status, "damaged")
            unread.append(Unread(str(entry.path.absolute()), state))
    return LabRead(tuple(sources), tuple(unread), tuple(notes))


_UNREAD_STATES: dict[str, UnreadState] = {
    "damaged": "damaged",
    "newer": "newer",
    "unreadable": "unreadable",
    "busy": "being_written",
}


def build_report(
    paths: Sequence[Path],
    start: str,
    end: str,
    *,
    today: str | None = None,
    cache: Path | None = None,
) -> tuple[ActivityReport, LabRead]:
    """The report of `paths` for the period `start`..`end` ("YYYY-MM-DD" or "" for an
    open end), as of `today` (default: this computer's date), reading through the
    lab's index cache at `cache` (`lab_index.cache_path()` is the app's; None: no
    cache). Raises PeriodError for a period that is not one."""
    period = Period(start, end)
    read = read_lab(paths, cache=cache)
    day = today or dt.date.today().isoformat()
    return activity_report(read.sources, period, day, read.unread), read


def report_bytes(
    report: ActivityReport,
    report_format: str,
    language: Language,
    *,
    title: str = "",
    separator: str = ";",
) -> bytes:
    """`report` as a document: "pdf", "docx" (a Word document), "csv" (cells split by
    `separator`) or "md"; ValueError for another format."""
    if report_format == "pdf":
        return report_pdf(report, language, title=title)
    if report_format == "docx":  # python-docx and lxml: loaded when asked for, not before
        from facilitator.export.report_docx import report_docx

        return report_docx(report, language, title=title)
    if report_format == "csv":
        return report_csv(report, language, separator)
    if report_format == "md":
        return report_md(report, language, title=title)
    raise ValueError(f"not a report format: {report_format!r}")


def export_report(
    paths: Sequence[Path],
    start: str,
    end: str,
    report_format: str,
    language: Language,
    *,
    today: str | None = None,
    title: str = "",
) -> bytes:
    """The activity report of the workshops in `paths` (files and folders) for the
    period `start`..`end` (see `build_report`; the app's index cache), as
    `report_format` bytes (see `report_bytes`). For the home screen (run it off the
    interface thread: 500 workshops not yet in the cache take seconds to read); the
    command line says more on the way."""
    report, _read = build_report(paths, start, end, today=today, cache=lab_index.cache_path())
    return report_bytes(report, report_format, language, title=title)


__all__ = [
    "REPORT_FORMATS",
    "REPORT_SUFFIXES",
    "LabRead",
    "build_report",
    "export_report",
    "read_lab",
    "report_bytes",
]
