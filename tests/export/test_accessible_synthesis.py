"""The synthesis as an accessible PDF (issue 20: `facilitator export FILE --format
accessible-pdf`): the synthesis's DOCX made a tagged PDF by LibreOffice. From the
command line, the demo's: a structure tree, /MarkInfo, its language, the title shown,
every idea's text, every font embedded, the sections and names chosen as for the other
syntheses (skipped without soffice); without LibreOffice on the PATH, one sentence
saying what to install, no file, and nothing laid out; a cancel while LibreOffice
converts stops it, with what it started."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.domain import board
from facilitator.domain.messages import FacilitatorError
from facilitator.domain.records import Board, Person
from facilitator.export.formats import EXPORT_SUFFIXES, ExportOptions, export_bytes
from facilitator.export.names import Names
from facilitator.export.office_pdf import INSTALLED_PLACES, find_soffice, pdf_from_docx
from facilitator.export.synthesis_docx import ExportCancelledError
from facilitator.library_access import full_demo
from facilitator.storage.workshop_file import WorkshopFile
from tests.export import pdf_facts
from tests.export.test_agenda_exports import _flat
from tests.export.test_office_pdf import _alive, _docx, _stand_in, posix_only

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "LANGUAGE": "en", "LC_ALL": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
needs_soffice = pytest.mark.skipif(
    find_soffice() is None,
    reason="LibreOffice (soffice) is not installed: libreoffice-writer-nogui",
)


def _export(
    path: Path, *options: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "facilitator", "export", str(path), "--format", "accessible-pdf",
         *options],
        capture_output=True, text=True, env=env or ENV, check=False, cwd=ROOT, timeout=300,
    )  # fmt: skip


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.atelier"
    WorkshopFile.create(path, full_demo()).close()
    return path


def test_the_format_is_the_synthesis_named_apart_from_the_pdf() -> None:
    assert EXPORT_SUFFIXES["accessible-pdf"] == "-synthese-accessible.pdf"
    assert EXPORT_SUFFIXES["accessible-pdf"] != EXPORT_SUFFIXES["pdf"]


@needs_soffice
def test_the_command_line_writes_a_tagged_pdf_with_every_idea(
    demo_file: Path, tmp_path: Path
) -> None:
    home = {**ENV, "FACILITATOR_HOME": str(tmp_path / "home")}
    done = _export(demo_file, env=home)
    assert done.returncode == 0, done.stderr
    out = tmp_path / "demo-synthese-accessible.pdf"
    assert done.stdout == f"Exported to {out}.\n"
    data = out.read_bytes()
    catalog = pdf_facts.catalog(data)
    assert "/StructTreeRoot" in catalog and catalog["/MarkInfo"]["/Marked"]
    assert catalog["/Lang"] == "fr-FR"
    assert pdf_facts.shows_title(data)
    workshop = full_demo()
    info = pdf_facts.reader(data).metadata
    assert info is not None and info.title == workshop.info.title
    assert pdf_facts.unembedded_fonts(data) == []
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode("utf-8")
    for found in workshop.all(Board):
        for idea in board.ideas_of(workshop, found.id):
            assert _flat(idea.text) in _flat(text), idea.text
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".demo")]  # no temp left


@needs_soffice
def test_sections_and_names_are_chosen_as_for_the_other_syntheses() -> None:
    workshop = full_demo()
    data = export_bytes(
        workshop,
        "accessible-pdf",
        ExportOptions(sections=("cover", "ideas"), names=Names.LEFT_OUT),
    )
    text = _flat(" ".join(p.extract_text() for p in pdf_facts.reader(data).pages))
    assert "Annexe : toutes les idées" in text and "Les votes" not in text
    for person in workshop.where(Person, role="participant"):
        assert _flat(person.name) not in text, person.name


def test_without_libreoffice_one_sentence_says_what_to_install(
    demo_file: Path, tmp_path: Path
) -> None:
    if any(place.is_file() for place in INSTALLED_PLACES):
        pytest.skip("LibreOffice is installed where it is found without the PATH")
    bare = tmp_path / "bin"
    bare.mkdir()
    env = {**ENV, "PATH": str(bare), "FACILITATOR_HOME": str(tmp_path / "home")}
    done = _export(demo_file, env=env)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "LibreOffice" in done.stderr and "libreoffice-writer-nogui" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "demo-synthese-accessible.pdf").exists()


def test_without_libreoffice_nothing_is_laid_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """The DOCX is not made for nothing: LibreOffice is looked for first."""
    if any(place.is_file() for place in INSTALLED_PLACES):
        pytest.skip("LibreOffice is installed where it is found without the PATH")
    monkeypatch.setenv("PATH", "")
    told: list[tuple[int, int]] = []
    with pytest.raises(FacilitatorError, match="libreoffice-writer-nogui"):
        export_bytes(
            full_demo(), "accessible-pdf", ExportOptions(progress=lambda d, t: told.append((d, t)))
        )
    assert told == []


@posix_only
def test_a_cancel_stops_libreoffice_with_what_it_started(tmp_path: Path) -> None:
    pid_file = tmp_path / "child.pid"
    program = _stand_in(tmp_path, f"sleep 600 &\necho $! > '{pid_file}'\nwait\n")
    asked: list[bool] = []

    def cancelled() -> bool:  # the facilitator presses Cancel once it has started
        asked.append(pid_file.exists() and pid_file.read_text().strip() != "")
        return asked[-1]

    # Cancelled, not timed out (the timeout would raise FacilitatorError): stopped at
    # the first look after the stand-in started its child.
    with pytest.raises(ExportCancelledError):
        pdf_from_docx(_docx(), soffice=program, timeout_s=600, cancelled=cancelled)
    assert asked[-1] and not _alive(int(pid_file.read_text()))
