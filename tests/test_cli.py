"""The command line: each headless command, and one clear sentence for each error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator import __version__
from facilitator.cli import COMMANDS, main
from facilitator.domain.records import Day
from facilitator.storage.workshop_file import WorkshopFile

ENV = {**os.environ, "LANGUAGE": "en", "LC_ALL": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args], capture_output=True, text=True, env=ENV
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Facilitator {__version__}"


def test_new_from_a_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nouveau.atelier"
    code = main(
        [
            "new",
            str(path),
            "--template",
            "vide",
            "--title",
            "Atelier d’été",
            "--date",
            "2026-07-01",
            "--lang",
            "en",
        ]
    )
    assert code == 0
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    assert workshop.info.title == "Atelier d’été"
    assert workshop.info.language == "en"
    assert workshop.all(Day)[0].date == "2026-07-01"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--template", "nope"], "Unknown template “nope”"),
        (["--template", "vide", "--date", "2026-02-30"], "is not a date"),
        (["--template", "vide", "--title", "x" * 300], "too long"),
    ],
)
def test_new_refuses_bad_arguments(tmp_path: Path, args: list[str], words: str) -> None:
    result = run("new", str(tmp_path / "x.atelier"), *args)
    assert result.returncode == 1
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.atelier").exists()


def test_new_never_overwrites(demo_file: Path) -> None:
    before = demo_file.read_bytes()
    result = run("new", str(demo_file), "--template", "vide")
    assert result.returncode == 1
    assert "already exists" in result.stderr
    assert demo_file.read_bytes() == before


def test_templates_lists_the_templates() -> None:
    result = run("templates")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) >= 7
    ids = [line.split("\t")[0] for line in lines]
    assert "vide" in ids and "cas-pratique-deux-jours" in ids
    two_days = next(line for line in lines if line.startswith("cas-pratique-deux-jours"))
    assert two_days.endswith("15 h 00")


def test_methods_lists_the_library() -> None:
    result = run("methods")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) >= 30
    assert any(
        line.startswith("brainwriting-635\tBrainwriting 6-3-5\tdivergence\t30 min")
        for line in lines
    )


@pytest.mark.parametrize(
    "template_id",
    [
        "atelier-flash-90min",
        "atelier-creativite-3h",
        "journee-ideation-prototype",
        "cas-pratique-deux-jours",
        "defi-public-territoire-rural",
        "retrospective-2h",
    ],
)
def test_new_from_each_template_then_export_the_agenda(tmp_path: Path, template_id: str) -> None:
    path = tmp_path / "atelier.atelier"
    result = run("new", str(path), "--template", template_id, "--date", "2026-06-02")
    assert result.returncode == 0, result.stderr
    for export_format, audience, suffix in (
        ("agenda-pdf", "participants", "-programme.pdf"),
        ("agenda-pdf", "facilitator", "-animation.pdf"),
        ("ics", "participants", ".ics"),
        ("agenda-md", "facilitator", "-animation.md"),
    ):
        result = run("export", str(path), "--format", export_format, "--audience", audience)
        assert result.returncode == 0, result.stderr
        assert (tmp_path / f"atelier{suffix}").stat().st_size > 100


def test_demo_then_check_export_import_round_trip(tmp_path: Path) -> None:
    demo = tmp_path / "demo.atelier"
    assert run("demo", str(demo)).returncode == 0
    assert run("check", str(demo)).returncode == 0
    exported = tmp_path / "demo.json"
    result = run("export", str(demo), "--format", "json", "-o", str(exported))
    assert result.returncode == 0, result.stderr
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["format"] == "facilitator-workshop"
    assert document["workshop"]["question"].startswith("Comment favoriser")
    copy = tmp_path / "copy.atelier"
    assert run("import", str(exported), str(copy)).returncode == 0
    again = tmp_path / "again.json"
    assert run("export", str(copy), "--format", "json", "-o", str(again)).returncode == 0
    assert json.loads(again.read_text("utf-8")) == document


def test_export_defaults_beside_the_file(demo_file: Path) -> None:
    assert run("export", str(demo_file), "--format", "json").returncode == 0
    assert demo_file.with_suffix(".json").exists()


def test_import_refuses_bad_json_with_its_location(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "facilitator-workshop", "format_version": 1}', encoding="utf-8")
    result = run("import", str(bad), str(tmp_path / "out.atelier"))
    assert result.returncode == 1
    assert result.stderr.startswith("facilitator: $:")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out.atelier").exists()


def test_export_of_a_bad_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.atelier"
    bad.write_bytes(b"\x00" * 100)
    result = run("export", str(bad), "--format", "json")
    assert result.returncode == 2
    assert "not a Facilitator workshop file" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_format_is_a_usage_error(demo_file: Path) -> None:
    result = run("export", str(demo_file), "--format", "docx")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_messages_follow_the_system_language(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "check", str(tmp_path / "absent.atelier")],
        capture_output=True,
        text=True,
        env={**ENV, "LANGUAGE": "fr", "LC_ALL": "fr_FR.UTF-8", "LANG": "fr_FR.UTF-8"},
    )
    assert result.returncode == 2
    assert "n’existe pas" in result.stderr


def test_an_unexpected_error_is_one_sentence_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_args: object) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setitem(COMMANDS, "templates", broken)
    assert main(["templates"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("facilitator: unexpected error (RuntimeError: a bug)")
    assert "Traceback" not in err
