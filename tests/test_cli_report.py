"""`facilitator report` (issue 21): the activity report of a lab's folder of 500 workshops
checked against figures counted in this test from the workshop files themselves (not from
their summaries); the period's ends; copies, undated, damaged and newer files said and
not counted; the files never written; bad arguments refused in one sentence."""

from __future__ import annotations

import csv
import hashlib
import io
import math
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.domain.ids import new_id
from facilitator.domain.records import (
    WORKSHOP_ID,
    Day,
    Idea,
    NextStep,
    Person,
    Poll,
    PollAnswer,
    PollCount,
    PollOption,
    PrototypeCard,
    VoteSession,
    replaced,
)
from facilitator.domain.workshop import Workshop
from facilitator.export.report import build_report
from facilitator.export.report_words import decimal, number
from facilitator.storage.lab_index import cache_path
from facilitator.storage.workshop_file import WorkshopFile
from tests.export import docx_reading, pdf_facts
from tests.lab_folder import lab_workshop, make_lab_folder, write_workshop
from tests.test_cli import ENV

TODAY = "2026-04-15"
YEAR = ("2025-01-01", "2025-12-31")


def _key(name: str) -> str:
    """Two spellings of one organisation as the lab sees them: blanks, case and accents
    aside (written here again, not taken from the app)."""
    decomposed = unicodedata.normalize("NFKD", " ".join(name.split()).lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass
class Counted:
    """The period's figures, counted from the workshops' records."""

    workshops: int = 0
    days: int = 0
    participants: int = 0
    ideas: int = 0
    votes: int = 0
    prototypes: dict[str, int] = field(default_factory=dict)
    done: int = 0
    overdue: int = 0
    steps: int = 0
    people: dict[str, int] = field(default_factory=dict)
    roti_sum: int = 0
    roti_answers: int = 0
    undated: int = 0


def _count(workshops: list[Workshop], start: str, end: str, today: str) -> Counted:
    counted = Counted()
    for workshop in workshops:
        dates = {d.date for d in workshop.unordered(Day) if d.date}
        if not dates:
            counted.undated += 1
            continue
        inside = {d for d in dates if start <= d <= end}
        if not inside:
            continue
        counted.workshops += 1
        counted.days += len(inside)
        participants = [p for p in workshop.unordered(Person) if p.role == "participant"]
        counted.participants += max(workshop.info.participant_count, len(participants))
        for person in participants:
            key = _key(person.organisation)
            counted.people[key] = counted.people.get(key, 0) + 1
        counted.ideas += len(list(workshop.unordered(Idea)))
        counted.votes += sum(
            1 for v in workshop.unordered(VoteSession) if v.status in ("closed", "revealed")
        )
        for card in workshop.unordered(PrototypeCard):
            counted.prototypes[card.status] = counted.prototypes.get(card.status, 0) + 1
        for step in workshop.unordered(NextStep):
            counted.steps += 1
            counted.done += step.done
            counted.overdue += not step.done and bool(step.due_date) and step.due_date < today
        values = {o.id: o.value for o in workshop.unordered(PollOption)}
        roti = {p.id for p in workshop.unordered(Poll) if p.question.upper().startswith("ROTI")}
        for answer in workshop.unordered(PollAnswer):
            if answer.poll_id in roti and answer.option_id in values:
                counted.roti_sum += values[answer.option_id]
                counted.roti_answers += 1
        for paper in workshop.unordered(PollCount):
            if paper.poll_id in roti:
                counted.roti_sum += values[paper.option_id] * paper.count
                counted.roti_answers += paper.count
    return counted


def _snapshot(folder: Path) -> dict[str, tuple[int, str]]:
    """Every entry under `folder`, hidden ones included: mtime and a hash of its bytes."""
    found: dict[str, tuple[int, str]] = {}
    for root, folders, files in os.walk(folder):
        for name in folders + files:
            path = Path(root) / name
            digest = "" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
            found[str(path.relative_to(folder))] = (path.stat().st_mtime_ns, digest)
    return found


@pytest.fixture(scope="module")
def lab500(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Workshop]]:
    """500 workshops (tests/lab_folder.py), and each read back from its file."""
    folder = tmp_path_factory.mktemp("lab500")
    workshops: list[Workshop] = []
    for path in make_lab_folder(folder, 500, seed=21):
        opened, workshop = WorkshopFile.open(path, read_only=True)
        opened.close()
        workshops.append(workshop)
    return folder, workshops


def _figures(markdown: str) -> dict[str, str]:
    """The key figures of a French Markdown report: label -> number as written."""
    found = re.findall(r"^- \*\*([\d\u202f]+)\*\* (.+)$", markdown, flags=re.MULTILINE)
    return {label: value for value, label in found}


def test_the_report_of_500_workshops_matches_the_files(
    lab500: tuple[Path, list[Workshop]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, workshops = lab500
    expected = _count(workshops, *YEAR, TODAY)
    assert 100 < expected.workshops < 250 and expected.undated > 0  # the folder's variety
    before = _snapshot(folder)

    # Through the app's own cache: the command's three runs below read no file again.
    report, read = build_report([folder], *YEAR, today=TODAY, cache=cache_path())
    assert len(read.sources) == 500 and read.unread == ()
    assert len(report.workshops) == expected.workshops
    assert report.days == expected.days
    assert report.participants == expected.participants
    assert report.ideas == expected.ideas
    assert report.votes_held == expected.votes
    assert {k: v for k, v in report.prototypes.items() if v} == expected.prototypes
    assert (report.steps.done, report.steps.overdue) == (expected.done, expected.overdue)
    assert report.steps.total == expected.steps
    assert sorted(o.people for o in report.organisations) == sorted(expected.people.values())
    assert report.organisation_count == len([k for k in expected.people if k])
    assert report.roti is not None and report.roti.answers == expected.roti_answers
    assert math.isclose(report.roti.mean, expected.roti_sum / expected.roti_answers)
    assert len(report.undated) == expected.undated
    assert report.outside == 500 - expected.undated - expected.workshops

    # The command: CSV, Markdown, PDF and DOCX of the same period, each saying the same.
    out = tmp_path / "rapport"
    for kind in ("csv", "md", "pdf", "docx"):
        code = main(["report", str(folder), "--from", YEAR[0], "--to", YEAR[1], "--format",
                     kind, "--language", "fr", "-o", f"{out}.{kind}"])  # fmt: skip
        assert code == 0
        said = capsys.readouterr()
        assert f"workshops in the period: {expected.workshops}." in said.out
        assert said.err == ""
    rows = list(csv.reader(io.StringIO(Path(f"{out}.csv").read_text("utf-8-sig")), delimiter=";"))
    body = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    assert len(body) == expected.workshops
    for column, total in (
        ("Participants", expected.participants),
        ("Idées", expected.ideas),
        ("Votes tenus", expected.votes),
        ("Journées dans la période", expected.days),
    ):
        assert sum(int(r[column]) for r in body) == total, column
    markdown = Path(f"{out}.md").read_text("utf-8")
    figures = _figures(markdown)
    for label, value in (
        ("ateliers", expected.workshops),
        ("journées d’atelier", expected.days),
        ("participants", expected.participants),
        ("organisations représentées", report.organisation_count),
        ("idées", expected.ideas),
        ("votes tenus", expected.votes),
        ("prototypes", sum(expected.prototypes.values())),
    ):
        assert figures[label] == number(value, "fr"), label
    overdue = sum(int(r["Étapes en retard"]) for r in body)  # as of the run's own day
    assert figures["étapes en retard"] == number(overdue, "fr")
    mean = decimal(expected.roti_sum / expected.roti_answers, "fr")
    assert f"{mean} sur 5 en moyenne" in markdown
    text = " ".join(
        p.extract_text() for p in pdf_facts.reader(Path(f"{out}.pdf").read_bytes()).pages
    )
    assert "Du 1er janvier 2025 au 31 décembre 2025" in text
    # The narrow no-break space of « 3 354 » reads back as a space (one glyph for both).
    shown = number(expected.participants, "fr").replace("\u202f", " ")
    assert f"{shown}\nparticipants" in text
    # The Word document: its key figures, read back, are the Markdown's.
    document = docx_reading.read(Path(f"{out}.docx").read_bytes())
    in_word: dict[str, str] = {}
    for table in docx_reading.tables(document)[:2]:
        for cell in table.rows[0]:
            written, named = cell.split("\n", 1)
            in_word[named] = written
    assert in_word == figures
    listed = next(
        t for t in docx_reading.tables(document) if t.caption == "Les ateliers de la période"
    )
    assert len(listed.rows) == 1 + expected.workshops and listed.header_rows == [0]
    assert _snapshot(folder) == before  # read, never written: no lock, journal or cache


def _lab(folder: Path, dates: list[tuple[str, ...]]) -> list[Path]:
    """Small workshops (tests/lab_folder.py's seed 5) with the days given (one day
    without a date for ()), titled « Atelier n »."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for index, days in enumerate(dates):
        workshop = lab_workshop(index, 5)
        kept = workshop.all(Day)
        records = [r for r in workshop.records() if not isinstance(r, Day)]
        for position, date in enumerate(days or ("",)):
            if position < len(kept):
                records.append(replaced(kept[position], {"date": date}))
            else:
                extra = {"id": new_id(), "position": position, "date": date}
                records.append(replaced(kept[-1], extra))
        info = replaced(workshop.info, {"title": f"Atelier {index}"})
        whole = _whole(Workshop(info if r.id == WORKSHOP_ID else r for r in records))
        path = folder / f"atelier-{index}.atelier"
        write_workshop(path, whole)
        made.append(path)
    return made


def _whole(workshop: Workshop) -> Workshop:
    """Less every record pointing at a removed one (a day's items, their rounds...)."""
    while dangling := {record.id for record, _ in workshop.dangling_references()}:
        workshop = Workshop(r for r in workshop.records() if r.id not in dangling)
    return workshop


def test_the_period_includes_both_ends_and_counts_days_inside_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lab = tmp_path / "lab"
    _lab(
        lab,
        [
            ("2025-12-30", "2025-12-31"),  # before
            ("2025-12-31", "2026-01-01"),  # across the start: one day inside
            ("2026-03-31",),  # the last day
            ("2026-04-01",),  # after
        ],
    )
    out = tmp_path / "r.md"
    assert main(["report", str(lab), "--from", "2026-01-01", "--to", "2026-03-31",
                 "--format", "md", "--language", "fr", "-o", str(out)]) == 0  # fmt: skip
    figures = _figures(out.read_text("utf-8"))
    assert figures["ateliers"] == "2" and figures["journées d’atelier"] == "2"
    assert "2 autres ateliers ont eu lieu hors de la période." in out.read_text("utf-8")
    assert "workshops in the period: 2." in capsys.readouterr().out


def test_copies_undated_damaged_and_newer_files_are_said_and_not_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lab = tmp_path / "partage du lab"
    first, second = _lab(lab, [("2026-02-10",), ("2026-02-11",)])
    _lab(lab / "sans date", [()])
    shutil.copy2(first, lab / "copie de l’atelier 0.atelier")  # cp keeps its identity
    (lab / "abîmé.atelier").write_bytes(second.read_bytes()[:5000])
    (lab / "\x1b]0;piégé\x07\x1b[2J.atelier").write_bytes(b"")  # a name that drives a terminal
    newer = lab / "futur.atelier"
    shutil.copyfile(second, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("PRAGMA user_version = 99")
    connection.close()
    for n in range(300):  # a shared folder's unrelated files
        (lab / f"compte-rendu-{n}.docx").write_bytes(b"PK\x03\x04")
    before = _snapshot(lab)
    out = tmp_path / "r.md"
    code = main(["report", str(lab), "--format", "md", "--language", "fr", "-o", str(out)])
    said = capsys.readouterr()
    assert code == 0
    assert "abîmé.atelier" in said.err and "futur.atelier" in said.err
    assert "newer version" in said.err  # each reason said, in the system's language
    text = out.read_text("utf-8")
    assert _figures(text)["ateliers"] == "2"  # the copy once, the undated and bad ones not
    assert "### Copies d’un même atelier (1)" in text
    assert "### Ateliers sans date (1)" in text
    assert "### Fichiers non lus (3)" in text
    assert "\x1b" not in said.err and "\x1b" not in text and "\x07" not in text
    assert "\\]0;piégé\\[2J.atelier · endommagé" in text  # named, its controls dropped
    assert "Tous les ateliers, en février 2026" in text
    assert "abîmé.atelier · endommagé" in text
    assert "futur.atelier · d’une version plus récente de Facilitator" in text
    assert _snapshot(lab) == before


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        (["--from", "31/12/2025"], "“31/12/2025” is not a date: write it YYYY-MM-DD."),
        (["--from", "2026-03-31", "--to", "2026-01-01"], "The period ends (2026-01-01) before"),
        (["-o", "rapport.atelier"], "is a workshop file's name"),
        (["--format", "odt"], "invalid choice"),
    ],
)
def test_bad_arguments_are_refused_in_one_sentence(
    tmp_path: Path, arguments: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    lab = tmp_path / "lab"
    _lab(lab, [("2026-02-10",)])
    with pytest.raises(SystemExit) if "odt" in arguments else _no_raise():
        code = main(["report", str(lab), *arguments])
        assert code == 2
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err
    assert not (tmp_path / "rapport.atelier").exists()


class _no_raise:  # noqa: N801 - a context manager used as `pytest.raises` is
    def __enter__(self) -> None:
        return None

    def __exit__(self, *_: object) -> None:
        return None


def test_no_workshop_at_all_is_an_error_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "vide"
    empty.mkdir()
    (empty / "notes.txt").write_text("rien", encoding="utf-8")
    out = tmp_path / "r.pdf"
    assert main(["report", str(empty), str(tmp_path / "absent"), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "No workshop file (.atelier) in" in err and "absent" in err
    assert not out.exists()


def test_the_default_name_and_language_and_a_real_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, user_folders: Path
) -> None:
    lab = tmp_path / "lab"
    _lab(lab, [("2026-02-10",), ("2026-05-02",)])
    work = tmp_path / "bureau"
    work.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "report", str(lab), "--from", "2026-01-01",
         "--to", "2026-03-31", "--language", "fr"],
        capture_output=True, text=True, cwd=work,
        env={**ENV, "FACILITATOR_HOME": str(user_folders),
             "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    made = work / "rapport-activite-2026-01-01-2026-03-31.pdf"
    assert made.is_file() and made.read_bytes().startswith(b"%PDF-")
    assert "workshops in the period: 1." in result.stdout, result.stdout
    monkeypatch.chdir(work)
    assert main(["report", str(lab), "--format", "md", "--language", "en"]) == 0
    assert (work / "activity-report.md").read_text("utf-8").startswith("# Activity report\n")
