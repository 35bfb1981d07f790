"""The smoke test fails, and says why, when this installation cannot draw text: no
font for the interface (a bundle on a system whose fontconfig finds no font), or a font
Facilitator ships that is missing or does not load (facilitator/ui/font_check.py)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from facilitator.export.pdf_fonts import FILES
from facilitator.paths import resources_dir
from facilitator.ui.font_check import (
    LATIN_SAMPLE,
    bundled_font_problems,
    font_problems,
    interface_font_problem,
)
from tests.smoke_process import run_smoke_test

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted(set(FILES.values()))


def test_this_machine_draws_the_interface_and_loads_every_shipped_font(
    qapp: QApplication,
) -> None:
    assert interface_font_problem(qapp.font()) is None
    assert "é" in LATIN_SAMPLE and "œ" in LATIN_SAMPLE  # French, not only ASCII
    assert len(SHIPPED) == 12
    assert font_problems(qapp.font(), resources_dir() / "fonts", SHIPPED) == []


def test_each_kind_of_broken_font_file_is_named(qapp: QApplication, tmp_path: Path) -> None:
    fonts = resources_dir() / "fonts"
    shutil.copy(fonts / "DejaVuSans.ttf", tmp_path / "DejaVuSans.ttf")
    (tmp_path / "Empty.ttf").write_bytes(b"")
    (tmp_path / "Cut.ttf").write_bytes((fonts / "DejaVuSans-Bold.ttf").read_bytes()[:2048])
    (tmp_path / "Page.ttf").write_text("<html>404 Not Found</html>", encoding="utf-8")
    names = ["DejaVuSans.ttf", "Empty.ttf", "Cut.ttf", "Page.ttf", "Absent.ttf"]
    assert bundled_font_problems(tmp_path, names) == [
        f"bundled font cannot be loaded: {tmp_path / 'Empty.ttf'}",
        f"bundled font cannot be loaded: {tmp_path / 'Cut.ttf'}",
        f"bundled font cannot be loaded: {tmp_path / 'Page.ttf'}",
        f"bundled font missing: {tmp_path / 'Absent.ttf'}",
    ]
    assert font_problems(qapp.font(), tmp_path, ["Absent.ttf"]) == [
        f"bundled font missing: {tmp_path / 'Absent.ttf'}"
    ]


def test_a_font_without_latin_letters_is_refused(qapp: QApplication) -> None:
    """A font that exists but draws no Latin: the check asks for glyphs, not names."""
    from PySide6.QtGui import QFontDatabase

    loaded = QFontDatabase.addApplicationFont(
        str(resources_dir() / "fonts" / "NotoSansEthiopic-Regular.ttf")
    )
    assert loaded >= 0
    try:
        (family,) = QFontDatabase.applicationFontFamilies(loaded)
        font = QFont(family)
        font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
        problem = interface_font_problem(font)
        assert problem is not None
        assert problem.startswith("no font can draw the interface's text")
        assert family in problem
    finally:
        QFontDatabase.removeApplicationFont(loaded)


def _smoke_without_fonts(tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """`facilitator --smoke-test` with a fontconfig that finds no font at all, as a
    bundle does on a system without fontconfig's configuration or fonts."""
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    return run_smoke_test(FONTCONFIG_FILE=str(config))


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="Qt finds fonts through fontconfig"
)
def test_the_smoke_test_fails_without_any_font(tmp_path: Path) -> None:
    result = _smoke_without_fonts(tmp_path)
    assert result.returncode == 1
    said = [
        line.removeprefix("smoke-test: ")
        for line in result.stderr.splitlines()
        if line.startswith("smoke-test: ")
    ]
    (problem,) = [line for line in said if line.startswith("no font can draw")]
    assert "fonts-dejavu-core" in problem and "FONTCONFIG_FILE" in problem
    assert "FAILED while: check the fonts and the sound" in said
    # Where it looked follows, as for every failure; the walk itself did not run.
    assert any(line.startswith("fonts: ") for line in said)
    assert not any(line.startswith("walk ") or "room link" in line for line in said)
    assert "smoke-test: ok" not in result.stderr
    assert "Traceback" not in result.stderr
