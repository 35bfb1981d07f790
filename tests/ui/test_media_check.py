"""The smoke test fails, and says why, when Qt Multimedia has no backend: the chime is
then silent and nothing else tells (facilitator/ui/media_check.py). A bundle that left
out Qt Quick, which PySide6's FFmpeg plugin links, was such a build."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from facilitator.ui.media_check import multimedia_plugins, sound_backend
from tests.smoke_process import run_smoke_test

ROOT = Path(__file__).resolve().parents[2]


def test_this_installation_has_a_backend(qapp: QApplication) -> None:
    problem, formats = sound_backend()
    assert problem is None
    assert formats > 0
    folder, names = multimedia_plugins()
    assert folder.name == "multimedia" and names  # PySide6's FFmpeg plugin


def pyside_without_multimedia_plugins(target: Path) -> Path:
    """PySide6 as installed, made of links, but with an empty plugins/multimedia:
    what a bundle is when its multimedia plugin cannot load. Returns the folder to put
    first on PYTHONPATH."""
    import PySide6

    real = Path(PySide6.__file__).parent
    fake = target / "PySide6"
    (fake / "Qt" / "plugins" / "multimedia").mkdir(parents=True)
    for entry in real.iterdir():
        if entry.name != "Qt":
            (fake / entry.name).symlink_to(entry)
    for entry in (real / "Qt").iterdir():
        if entry.name != "plugins":
            (fake / "Qt" / entry.name).symlink_to(entry)
    for entry in (real / "Qt" / "plugins").iterdir():
        if entry.name != "multimedia":
            (fake / "Qt" / "plugins" / entry.name).symlink_to(entry)
    return target


@pytest.mark.skipif(os.name != "posix", reason="builds PySide6 out of symbolic links")
def test_the_smoke_test_fails_without_a_multimedia_backend(tmp_path: Path) -> None:
    site = pyside_without_multimedia_plugins(tmp_path / "site")
    result = run_smoke_test(PYTHONPATH=os.pathsep.join([str(site), str(ROOT)]))
    assert result.returncode == 1
    assert "No QtMultimedia backends found" in result.stderr  # Qt's own warning
    said = [
        line.removeprefix("smoke-test: ")
        for line in result.stderr.splitlines()
        if line.startswith("smoke-test: ")
    ]
    (problem,) = [line for line in said if line.startswith("Qt Multimedia has no backend")]
    assert "chime is silent" in problem
    assert f"plugins in {site / 'PySide6' / 'Qt' / 'plugins' / 'multimedia'}: NONE" in problem
    assert "FAILED while: check the fonts and the sound" in said
    assert not any(line.startswith("walked ") for line in said)
    assert "Traceback" not in result.stderr
