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


def test_methods_show_how_many_rounds_they_run() -> None:
    """Issue 18: a fifth column for the methods run in rounds, none for the others."""
    lines = run("methods").stdout.splitlines()
    by_id = {line.split("\t")[0]: line.split("\t") for line in lines}
    assert by_id["crazy-8"][4:] == ["8 rounds"]
    assert by_id["un-deux-quatre-tous"][4:] == ["4 rounds"]
    assert len(by_id["brainstorming"]) == 4
    assert sum(len(fields) == 5 for fields in by_id.values()) >= 40


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
    result = run("export", str(demo_file), "--format", "odt")  # docx is one since issue 20
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


# -- add-ideas: the board's import, from the command line (issue 16) ----------------------
IDEA_FIXTURES = Path(__file__).parent / "storage" / "fixtures" / "ideas"


def _ideas(path: Path) -> list[tuple[str, str, str]]:
    from facilitator.domain.records import Idea

    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return sorted((i.board_id, i.text, i.author) for i in workshop.all(Idea))


def test_add_ideas_to_the_first_board_and_say_how(full_demo_file: Path) -> None:
    from facilitator.domain.records import Board

    before = _ideas(full_demo_file)
    result = run("add-ideas", str(full_demo_file), str(IDEA_FIXTURES / "excel-texte-unicode.txt"))
    assert result.returncode == 0, result.stderr
    file, workshop = WorkshopFile.open(full_demo_file, read_only=True)
    file.close()
    first = workshop.all(Board)[0]
    assert result.stdout.splitlines() == [
        "Ideas read from “excel-texte-unicode.txt”: 4. Ideas taken from the column “Idée”, "
        "1 of 2. Authors taken from the column “Auteur”.",
        f"Ideas added to the board “{first.title}”: 4.",
    ]
    added = sorted(set(_ideas(full_demo_file)) - set(before))
    assert (first.id, "Un café des langues\nle samedi, à la « Maison »", "Ahmad") in added
    assert len(added) == 4


def test_add_ideas_to_a_named_board_or_a_new_one(tmp_path: Path, full_demo_file: Path) -> None:
    from facilitator.domain.records import Board

    file, workshop = WorkshopFile.open(full_demo_file, read_only=True)
    file.close()
    title = workshop.all(Board)[-1].title
    result = run(
        "add-ideas", str(full_demo_file), str(IDEA_FIXTURES / "puces.txt"), "--board", title.upper()
    )
    assert result.returncode == 0, result.stderr
    assert f"Ideas added to the board “{title}”: 5." in result.stdout
    empty = tmp_path / "vide.atelier"
    assert run("new", str(empty), "--template", "vide").returncode == 0
    result = run("add-ideas", str(empty), str(IDEA_FIXTURES / "windows-1252.csv"))
    assert result.returncode == 0, result.stderr
    assert "had no board: the board “windows-1252” was made." in result.stdout
    assert [(t, a) for _, t, a in _ideas(empty)] == sorted(
        [
            ("Un jardin partagé\nderrière l'école", "Hélène"),
            ("Une caisse à 5 € pour le bus; le mardi", "Ahmad"),
            ("Cœur de village… et fête", "Zoé"),
        ]
    )


def test_add_ideas_refuses_in_one_sentence(tmp_path: Path, full_demo_file: Path) -> None:
    from facilitator.storage.lock import WorkshopLock

    before = full_demo_file.read_bytes()
    bad = tmp_path / "classeur.xlsx"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    header_only = tmp_path / "vide.csv"
    header_only.write_text("Idée;Auteur\n", encoding="utf-8")
    cases = [
        ((str(bad),), "is a spreadsheet or a document, not text"),
        ((str(header_only),), "has no idea to add"),
        ((str(IDEA_FIXTURES / "puces.txt"), "--board", "Nope"), "has no board “Nope”; its boards:"),
        ((str(tmp_path / "absent.txt"),), "cannot be read: the file or its folder does not exist"),
    ]
    for args, said in cases:
        result = run("add-ideas", str(full_demo_file), *args)
        assert result.returncode == 1, result.stderr
        assert said in result.stderr and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    lock = WorkshopLock(full_demo_file)  # the app has the workshop open
    assert lock.acquire()
    try:
        result = run("add-ideas", str(full_demo_file), str(IDEA_FIXTURES / "puces.txt"))
    finally:
        lock.release()
    assert result.returncode == 1
    assert "is open in Facilitator: add the ideas there" in result.stderr
    assert full_demo_file.read_bytes() == before


def test_calendar_export_takes_the_machine_s_zone_or_the_one_given(full_demo_file: Path) -> None:
    out = full_demo_file.with_suffix(".ics")
    for zone, expected in (
        ("Indian/Reunion", b"TZID=Indian/Reunion:"),
        ("UTC", b"TZID=Europe/Paris:"),  # a machine left at UTC says nothing of the venue
    ):
        result = subprocess.run(
            [sys.executable, "-m", "facilitator", "export", str(full_demo_file), "--format", "ics"],
            capture_output=True,
            text=True,
            env={**ENV, "TZ": zone},
        )
        assert result.returncode == 0, result.stderr
        assert expected in out.read_bytes()
    result = run("export", str(full_demo_file), "--format", "ics", "--timezone", "America/Cayenne")
    assert result.returncode == 0 and b"TZID=America/Cayenne:" in out.read_bytes()
    result = run("export", str(full_demo_file), "--format", "ics", "--timezone", "Paris")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "facilitator: “Paris” is not a time zone: give one such as Europe/Paris."
    )


def test_add_ideas_speaks_french_on_a_french_system(full_demo_file: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "facilitator",
            "add-ideas",
            str(full_demo_file),
            str(IDEA_FIXTURES / "formulaire-en-ligne.csv"),
        ],
        capture_output=True,
        text=True,
        env={**ENV, "LANGUAGE": "fr", "LC_ALL": "fr_FR.UTF-8", "LANG": "fr_FR.UTF-8"},
    )
    assert result.returncode == 0, result.stderr
    nb = "\u00a0"
    assert result.stdout.splitlines()[0] == (
        f"Idées lues dans «{nb}formulaire-en-ligne.csv{nb}»{nb}: 2. Idées prises dans la "
        f"colonne «{nb}Quelle est votre idée ?{nb}», 2 sur 3. Auteurs pris dans la colonne "
        f"«{nb}Votre prénom{nb}». Lignes sans texte dans cette colonne, ignorées{nb}: 1."
    )


def test_a_date_at_the_end_of_the_calendar_is_refused_in_a_sentence(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "facilitator",
            "new",
            str(tmp_path / "x.atelier"),
            "--template",
            "atelier-flash-90min",
            "--date",
            "9999-12-25",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "LANGUAGE": "en", "LC_ALL": "C.UTF-8"},
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and result.stderr.strip()
    assert not (tmp_path / "x.atelier").exists()


# -- issue 17: closed pipes, where export wrote, file modes, method order ------------------
def _to_a_closed_pipe(*args: str) -> tuple[int, str]:
    """Run the command with its stdout a pipe whose reader is already gone: its first
    write meets EPIPE, as after `| head -1` once head has exited."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "facilitator", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=ENV,
        )
    finally:
        os.close(write_end)
    return result.returncode, result.stderr


BROKEN = 141  # facilitator.cli.EXIT_BROKEN_PIPE, 128 + SIGPIPE


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["methods"], BROKEN),
        (["templates"], BROKEN),
        (["check", "DEMO"], BROKEN),
        (["export", "DEMO", "--format", "md", "-o", "OUT"], BROKEN),
        (["export", "DEMO", "--format", "json"], BROKEN),
        (["add-ideas", "DEMO", "IDEAS"], BROKEN),
        # argparse's own output: it drops the write error itself and exits with 0
        (["--version"], 0),
        (["--help"], 0),
        (["export", "--help"], 0),
    ],
)
def test_a_reader_gone_ends_any_command_quietly(
    tmp_path: Path, full_demo_file: Path, args: list[str], code: int
) -> None:
    from facilitator.cli import EXIT_BROKEN_PIPE

    assert BROKEN == EXIT_BROKEN_PIPE
    ideas = tmp_path / "ideas.txt"
    ideas.write_text("Une idée\nUne autre\n", encoding="utf-8")
    names = {"DEMO": str(full_demo_file), "OUT": str(tmp_path / "out.md"), "IDEAS": str(ideas)}
    returned, err = _to_a_closed_pipe(*[names.get(a, a) for a in args])
    assert err == ""
    assert returned == code


def test_a_large_output_to_a_closed_pipe_is_quiet_too(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator.cli import EXIT_BROKEN_PIPE

    def gone(_args: object) -> int:
        raise BrokenPipeError(32, "Broken pipe")  # as print() raises past the pipe's buffer

    monkeypatch.setitem(COMMANDS, "templates", gone)
    assert main(["templates"]) == EXIT_BROKEN_PIPE
    assert capsys.readouterr().err == ""


def test_methods_piped_into_head() -> None:
    result = subprocess.run(
        ["sh", "-c", f"'{sys.executable}' -m facilitator methods | head -1"],
        capture_output=True,
        text=True,
        env=ENV,
    )
    assert result.returncode == 0
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) == 1


def test_export_says_where_it_wrote(full_demo_file: Path) -> None:
    from facilitator.export.formats import EXPORT_SUFFIXES

    result = run("export", str(full_demo_file), "--format", "md")
    out = full_demo_file.with_name("demo" + EXPORT_SUFFIXES["md"])
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Exported to {out}.\n"
    assert out.stat().st_size > 100
    chosen = full_demo_file.with_name("ailleurs.ics")
    result = run("export", str(full_demo_file), "--format", "ics", "-o", str(chosen))
    assert result.stdout == f"Exported to {chosen}.\n" and chosen.exists()


def test_export_says_where_it_wrote_in_french(full_demo_file: Path) -> None:
    from facilitator.export.formats import EXPORT_SUFFIXES

    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "export", str(full_demo_file), "--format", "csv"],
        capture_output=True,
        text=True,
        env={**ENV, "LANGUAGE": "fr", "LC_ALL": "fr_FR.UTF-8", "LANG": "fr_FR.UTF-8"},
    )
    assert result.returncode == 0, result.stderr
    out = full_demo_file.with_name("demo" + EXPORT_SUFFIXES["csv"])
    assert result.stdout == f"Exporté dans {out}.\n"
    assert out.exists()


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_exports_follow_the_umask(
    tmp_path: Path, full_demo_file: Path, umask: int, mode: int
) -> None:
    for export_format in ("json", "pdf"):
        out = tmp_path / f"out-{umask:o}.{export_format}"
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "facilitator",
                "export",
                str(full_demo_file),
                "--format",
                export_format,
                "-o",
                str(out),
            ],
            capture_output=True,
            text=True,
            env=ENV,
            umask=umask,
        )
        assert result.returncode == 0, result.stderr
        assert out.stat().st_mode & 0o777 == mode


def test_methods_are_listed_by_title_with_accents_and_case_aside() -> None:
    from facilitator.domain.library import collation_key

    for language, env in (
        ("en", ENV),
        ("fr", {**ENV, "LANGUAGE": "fr", "LC_ALL": "fr_FR.UTF-8", "LANG": "fr_FR.UTF-8"}),
    ):
        result = subprocess.run(
            [sys.executable, "-m", "facilitator", "methods"],
            capture_output=True,
            text=True,
            env=env,
        )
        assert result.returncode == 0, result.stderr
        titles = [line.split("\t")[1] for line in result.stdout.splitlines()]
        assert titles == sorted(titles, key=collation_key), language
        if language == "fr":
            at = titles.index("Les 5 pourquoi")
            assert not any(t.casefold().startswith("c") for t in titles[at:])
