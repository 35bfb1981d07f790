"""The synthesis as DOCX opened by LibreOffice, as a lab would open it in Writer:
`soffice --headless --convert-to pdf` (its own profile in a temporary folder) reads it
without error, and the PDF it makes holds every idea's text, every script as typed, and
the synthesis's outline as its bookmarks. Skipped where LibreOffice is not installed
(CI installs it: .ci/install-libreoffice)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from facilitator.domain import board
from facilitator.domain.records import Board
from facilitator.domain.workshop import Workshop
from facilitator.export.synthesis_docx import synthesis_docx
from tests.export import docx_reading
from tests.export.polls_workshop import polls_workshop
from tests.export.scripts_workshop import OTHER_WORDS, RIGHT_TO_LEFT_WORDS, scripts_workshop
from tests.export.test_agenda_exports import _flat

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed: libreoffice-writer-nogui"
)
CONVERSION_S = 180  # seconds: a cold start of LibreOffice with a fresh profile takes ~5


def _converted(docx: bytes, folder: Path) -> tuple[Path, str]:
    """The PDF LibreOffice makes of `docx`, and its text (pdftotext, reading order)."""
    source = folder / "synthese.docx"
    source.write_bytes(docx)
    assert SOFFICE is not None
    done = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=CONVERSION_S,
        check=False,
    )
    pdf = folder / "synthese.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stderr[-2000:]
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return pdf, _flat(text)


def _comparable(text: str) -> str:
    """Text as LibreOffice's PDF gives it back, and as typed, made comparable: pdftotext
    wraps right-to-left runs in embedding marks, and reads each lam-alef ligature
    LibreOffice draws back reversed ("سلام" as "سالم", "والإدارة" as "واإلدارة"): the
    marks, lams and alefs are left out of both sides."""
    return _flat(re.sub("[\u202a-\u202e\u0644\u0627\u0623\u0625\u0622]", "", text))


def _bookmarks(pdf: Path) -> list[str]:
    return [_flat(str(o.title)) for o in PdfReader(pdf).outline if not isinstance(o, list)]


def _ideas(workshop: Workshop) -> list[str]:
    return [i.text for b in workshop.all(Board) for i in board.ideas_of(workshop, b.id)]


def test_libreoffice_opens_the_demo_with_every_idea_and_the_outline(tmp_path: Path) -> None:
    workshop = polls_workshop("fr", hostile=True)
    data = synthesis_docx(workshop)
    pdf, text = _converted(data, tmp_path)
    for idea in _ideas(workshop):
        assert _flat(idea) in text, idea
    headings = [
        _flat(t) for s, t in docx_reading.outline(docx_reading.read(data)) if s == "Heading 1"
    ]
    assert _bookmarks(pdf) == headings  # the navigator's outline: the sections
    assert "Page 2 sur" in text and "Édité le" in text  # the running footer's fields


def test_libreoffice_sets_every_script_as_typed(tmp_path: Path) -> None:
    workshop = scripts_workshop()
    _pdf, text = _converted(synthesis_docx(workshop), tmp_path)
    text = _comparable(text)
    for word in (*RIGHT_TO_LEFT_WORDS, *OTHER_WORDS):
        assert _comparable(word) in text, word
    # Word by word: pdftotext rebuilds a mixed line's order on its own (it moves a
    # right-to-left clause and its comma about), which is no matter of the document's.
    for idea in _ideas(workshop):
        for word in re.findall(r"\w+", idea):
            assert _comparable(word) in text, (word, idea)
