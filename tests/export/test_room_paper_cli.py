"""`facilitator export --format attendance|badges` as a user runs it (issue 18): the
file's default name, each label sheet (its name typed in any case), the facilitators'
badges on demand, and the refusals in one sentence: `--no-names` (these are lists of
names), nobody to print a badge for, an unknown sheet."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from facilitator.storage.workshop_file import WorkshopFile
from tests.export.paper_people import FACILITATORS, NAMED, blocks, paper_workshop

ENV = {**os.environ, "LANGUAGE": "en", "LC_ALL": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
FRENCH = {**ENV, "LANGUAGE": "fr", "LC_ALL": "fr_FR.UTF-8", "LANG": "fr_FR.UTF-8"}


def _export(
    path: Path, *options: str, env: dict[str, str] = ENV
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "facilitator", "export", str(path), *options],
        capture_output=True,
        text=True,
        env={**env, "FACILITATOR_HOME": str(path.parent / "home")},
        check=False,
    )


@pytest.fixture(scope="module")
def paper_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("paper") / "atelier.atelier"
    WorkshopFile.create(path, paper_workshop()).close()
    return path


def test_the_attendance_sheet_by_default_beside_the_workshop(paper_file: Path) -> None:
    result = _export(paper_file, "--format", "attendance")
    out = paper_file.with_name("atelier-emargement.pdf")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Exported to {out}."
    text = " ".join(" ".join(page) for page in blocks(out.read_bytes()))
    squeezed = "".join(text.split())
    assert all("".join(name.split()) in squeezed for name in NAMED)
    assert all(text.count(f) == len(blocks(out.read_bytes())) for f in FACILITATORS)


@pytest.mark.parametrize(("labels", "pages"), [("l4785", 2), ("C32011", 2), ("3475", 1)])
def test_badges_on_each_label_sheet(paper_file: Path, labels: str, pages: int) -> None:
    out = paper_file.with_name(f"badges-{labels}.pdf")
    result = _export(paper_file, "--format", "badges", "--labels", labels, "-o", str(out))
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert len(PdfReader(io.BytesIO(data)).pages) == pages  # 13 people: 10 a sheet, or 24
    assert not any(f in " ".join(blocks(data)[-1]) for f in FACILITATORS)
    more = _export(paper_file, "--format", "badges", "--labels", labels, "--with-facilitators")
    assert more.returncode == 0, more.stderr
    text = " ".join(blocks(paper_file.with_name("atelier-badges.pdf").read_bytes())[-1])
    assert all(f in text for f in FACILITATORS) and "Animation" in text


@pytest.mark.parametrize("fmt", ["attendance", "badges"])
def test_no_names_is_refused_in_a_sentence_and_writes_nothing(
    paper_file: Path, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"{fmt}.pdf"
    result = _export(paper_file, "--format", fmt, "--no-names", "-o", str(out))
    assert result.returncode == 1
    assert result.stderr == (
        "facilitator: The attendance sheet and the name badges are lists of names: they "
        "cannot be printed without the names (drop --no-names).\n"
    )
    assert not out.exists()
    french = _export(paper_file, "--format", fmt, "--no-names", "-o", str(out), env=FRENCH)
    assert french.returncode == 1 and not out.exists()
    assert french.stderr.startswith(
        "facilitator: La feuille d’émargement et les badges sont des listes de noms"
    )


def test_nobody_to_print_and_an_unknown_sheet(tmp_path: Path) -> None:
    path = tmp_path / "vide.atelier"
    WorkshopFile.create(path, paper_workshop(participants=())).close()
    out = tmp_path / "badges.pdf"
    result = _export(path, "--format", "badges", "-o", str(out))
    assert result.returncode == 1 and not out.exists()
    assert result.stderr.startswith("facilitator: No name badge to print")
    assert "Traceback" not in result.stderr
    assert (
        _export(path, "--format", "badges", "--with-facilitators", "-o", str(out)).returncode == 0
    )
    sheet = _export(path, "--format", "attendance")  # blank lines only: a sign-in sheet
    assert sheet.returncode == 0, sheet.stderr
    unknown = _export(path, "--format", "badges", "--labels", "l9999")
    assert unknown.returncode == 2 and "invalid choice: 'l9999'" in unknown.stderr
