"""The corrupt-file corpus: every bad file is refused with its reason, and left unchanged.

Each file goes through the open path of the app's storage and through
`facilitator check`; the message names the file and what is wrong with it.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator.storage.errors import WorkshopFileError
from facilitator.storage.schema import APPLICATION_ID, SCHEMA_VERSION
from facilitator.storage.workshop_file import WorkshopFile

Maker = Callable[[Path, Path], Path]  # (demo file, folder) -> bad file


def _empty(_demo: Path, folder: Path) -> Path:
    path = folder / "empty.atelier"
    path.write_bytes(b"")
    return path


def _random_bytes(_demo: Path, folder: Path) -> Path:
    path = folder / "random.atelier"
    path.write_bytes(random.Random(1).randbytes(50_000))
    return path


def _text_file(_demo: Path, folder: Path) -> Path:
    path = folder / "notes.atelier"
    path.write_text("Compte rendu de l’atelier\n", encoding="utf-8")
    return path


def _png(_demo: Path, folder: Path) -> Path:
    path = folder / "photo.atelier"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    return path


def _truncated(demo: Path, folder: Path) -> Path:
    path = folder / "truncated.atelier"
    path.write_bytes(demo.read_bytes()[: 4096 * 5])
    return path


def _truncated_mid_page(demo: Path, folder: Path) -> Path:
    path = folder / "half-page.atelier"
    path.write_bytes(demo.read_bytes()[:7000])
    return path


def _corrupt_pages(demo: Path, folder: Path) -> Path:
    path = folder / "corrupt.atelier"
    data = bytearray(demo.read_bytes())
    rng = random.Random(7)
    for page in range(2, len(data) // 4096):
        for _ in range(40):
            data[page * 4096 + rng.randrange(4096)] = rng.randrange(256)
    path.write_bytes(bytes(data))
    return path


def _other_database(_demo: Path, folder: Path) -> Path:
    path = folder / "places.atelier"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    connection.commit()
    connection.close()
    return path


def _tampered(name: str, *statements: str) -> Maker:
    """A copy of the demo changed by another tool (foreign keys off, as careless tools write)."""

    def make(demo: Path, folder: Path) -> Path:
        path = folder / name
        path.write_bytes(demo.read_bytes())
        connection = sqlite3.connect(path)
        for statement in statements:
            connection.execute(statement)
        connection.commit()
        connection.close()
        return path

    return make


_future_version = _tampered("future.atelier", f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
_missing_workshop_row = _tampered("no-workshop.atelier", "DELETE FROM workshop")
_wrong_types = _tampered(
    "hand-edited.atelier", "UPDATE workshop SET participant_count = 'beaucoup'"
)
_dangling_reference = _tampered(
    "dangling.atelier",
    "INSERT INTO agenda_item VALUES ('a', 'no-such-day', 0, 'activity', 'x', 10, '', '', '',"
    " '', '', 'none', NULL, '', '', 'workshop')",
)
# A view calling a function: with trusted_schema=OFF it cannot run while we read.
_hostile_schema = _tampered(
    "hostile.atelier",
    "DROP TABLE person",
    "CREATE VIEW person AS SELECT load_extension('x') AS id",
)


def _folder(_demo: Path, folder: Path) -> Path:
    path = folder / "folder.atelier"
    path.mkdir()
    return path


CORPUS: dict[str, tuple[Maker, str, int]] = {
    # name: (maker, words the message must contain, `check` exit code)
    "empty": (_empty, "is empty", 2),
    "random bytes": (_random_bytes, "not a Facilitator workshop file", 2),
    "text file": (_text_file, "not a Facilitator workshop file", 2),
    "png": (_png, "not a Facilitator workshop file", 2),
    "truncated": (_truncated, "truncated", 2),
    "truncated mid-page": (_truncated_mid_page, "truncated", 2),
    "corrupt pages": (_corrupt_pages, "damaged", 1),
    "another database": (_other_database, "not a Facilitator workshop", 2),
    "future version": (_future_version, "newer version", 2),
    "no workshop record": (_missing_workshop_row, "workshop record is missing", 1),
    "wrong types": (_wrong_types, "wrong value", 1),
    "dangling reference": (_dangling_reference, "points to nothing", 1),
    "hostile schema": (_hostile_schema, "malformed", 1),
    "a folder": (_folder, "is a folder", 2),
}


def _snapshot(path: Path) -> bytes | None:
    return path.read_bytes() if path.is_file() else None


@pytest.mark.parametrize("name", list(CORPUS))
def test_open_refuses_bad_file_and_leaves_it_unchanged(
    name: str, demo_file: Path, tmp_path: Path
) -> None:
    maker, words, _ = CORPUS[name]
    path = maker(demo_file, tmp_path)
    before = _snapshot(path)
    with pytest.raises(WorkshopFileError) as refused:
        WorkshopFile.open(path)
    assert words in str(refused.value)
    assert str(path) in str(refused.value)
    assert _snapshot(path) == before
    assert not Path(str(path) + "-journal").exists()


@pytest.mark.parametrize("name", list(CORPUS))
def test_check_command_reports_bad_file(name: str, demo_file: Path, tmp_path: Path) -> None:
    maker, words, code = CORPUS[name]
    path = maker(demo_file, tmp_path)
    before = _snapshot(path)
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "check", str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "LANGUAGE": "en", "LC_ALL": "C.UTF-8"},
    )
    output = result.stdout + result.stderr
    assert result.returncode == code, output
    assert words in output
    assert "Traceback" not in output
    assert _snapshot(path) == before


def test_check_says_a_sound_file_is_sound(demo_file: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "check", str(demo_file)],
        capture_output=True,
        text=True,
        env={**os.environ, "LANGUAGE": "en", "LC_ALL": "C.UTF-8"},
    )
    assert result.returncode == 0
    assert "sound" in result.stdout


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(WorkshopFileError, match="does not exist"):
        WorkshopFile.open(tmp_path / "nowhere.atelier")


def test_application_id_is_what_identifies_our_files(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "renamed.db"
    path.write_bytes(demo_file.read_bytes())
    file, workshop = WorkshopFile.open(path)  # the name does not matter, the content does
    file.close()
    assert workshop.info.title
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    connection.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("command", ["check", "export"])
def test_a_named_pipe_called_atelier_is_refused_without_hanging(
    command: str, tmp_path: Path
) -> None:
    """Opening a FIFO blocks until someone writes to it: `check`, `export` and the app's
    opener refuse anything that is not a regular file before opening it."""
    path = tmp_path / "pipe.atelier"
    os.mkfifo(path)
    arguments = [str(path)] + (
        ["--format", "json", "-o", str(tmp_path / "x.json")] * (command == "export")
    )
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", command, *arguments],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "LANGUAGE": "en", "LC_ALL": "C.UTF-8"},
    )
    assert result.returncode != 0
    assert "is not a file" in result.stdout + result.stderr
    with pytest.raises(WorkshopFileError, match="is not a file"):
        WorkshopFile.open(path)
