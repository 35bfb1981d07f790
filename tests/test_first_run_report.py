"""`facilitator --smoke-test` says, when it fails, the step that failed, where it looked
for its files and what it found (facilitator.install_report): what whoever builds a
package needs to see at once which part is missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from facilitator import install_report, paths
from facilitator.install_report import failure_lines, files_line, where_looked

ROOT = Path(__file__).resolve().parents[1]


def test_the_names_kept_without_qt_agree_with_the_qt_modules() -> None:
    from facilitator.translations import LANGUAGES
    from facilitator.ui.run.sound import END_SOUND, ROUND_SOUND

    assert install_report.LANGUAGES == LANGUAGES
    assert install_report.SOUNDS == (END_SOUND, ROUND_SOUND)


def test_this_tree_has_everything_the_report_looks_for() -> None:
    lines = where_looked({"QT_QPA_PLATFORM": "offscreen"})
    text = "\n".join(lines)
    assert f"resources: {paths.resources_dir()}\n" in text + "\n"
    assert f"fonts: {paths.resources_dir() / 'fonts'}: 12/12 found" in lines
    assert f"translations: {paths.translations_dir()}: 2/2 found" in lines
    assert f"sounds: {paths.resources_dir() / 'sounds'}: 2/2 found" in lines
    assert f"demo photos: {paths.resources_dir() / 'demo'}: 4/4 found" in lines
    assert "MISSING" not in text and "NONE" not in text
    assert any(line.startswith("Qt plugins: ") for line in lines)
    assert any(line.startswith("Qt platforms: ") and "libqoffscreen.so" in line for line in lines)
    assert "system libraries: none missing" in lines
    assert any(line.startswith("user folders: config ") for line in lines)


def test_a_missing_folder_and_missing_files_are_named(tmp_path: Path) -> None:
    assert (
        files_line("fonts", tmp_path / "fonts", ["a.ttf"]) == f"fonts: {tmp_path / 'fonts'} MISSING"
    )
    (tmp_path / "sounds").mkdir()
    (tmp_path / "sounds" / "chime.wav").write_bytes(b"RIFF")
    line = files_line("sounds", tmp_path / "sounds", ["chime.wav", "round.wav"])
    assert line == f"sounds: {tmp_path / 'sounds'}: 1/2 found; MISSING: round.wav"
    (tmp_path / "methods").mkdir()
    assert files_line("methods", tmp_path / "methods", (), "*.toml").endswith(
        "0 file(s) (*.toml) NONE"
    )


def test_a_failure_names_its_step_and_the_line_of_our_code() -> None:
    def open_workshop() -> None:
        raise FileNotFoundError("no such file: demo.atelier")

    try:
        open_workshop()
    except FileNotFoundError as error:
        lines = failure_lines("make the workshops to walk", error)
    assert lines[0] == (
        "FAILED while: make the workshops to walk: FileNotFoundError: no such file: demo.atelier"
    )
    assert lines[1].startswith(f"  at {__file__}:") and lines[1].endswith(" in open_workshop")


def _smoke(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    return subprocess.run(
        [sys.executable, "-m", "facilitator", "--smoke-test", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )


def _said(stderr: str) -> list[str]:
    return [
        line.removeprefix("smoke-test: ") for line in stderr.splitlines() if "smoke-test: " in line
    ]


def test_a_workshop_that_does_not_open_is_reported_with_where_it_looked(tmp_path: Path) -> None:
    bad = tmp_path / "bad.atelier"
    bad.write_text("pas un atelier", encoding="utf-8")
    result = _smoke(str(bad))
    assert result.returncode == 1
    said = _said(result.stderr)
    assert "bad.atelier: could not be opened" in said
    assert "FAILED while: walk bad.atelier in fr" in said
    assert f"fonts: {paths.resources_dir() / 'fonts'}: 12/12 found" in said
    assert any(line.startswith("Qt: PySide6 ") and "platform offscreen" in line for line in said)
    assert "Traceback" not in result.stderr


def test_an_exception_during_the_walk_is_said_with_its_step_and_place(tmp_path: Path) -> None:
    result = _smoke(str(tmp_path / "absent.atelier"))
    assert result.returncode == 1
    said = _said(result.stderr)
    assert said[0].startswith("FAILED while: make the workshops to walk: FileNotFoundError")
    assert any(line.startswith("  at ") and "smoke.py" in line for line in said)
    assert any(line.startswith("translations: ") for line in said)
    assert "Traceback" not in result.stderr
