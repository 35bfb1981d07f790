"""`facilitator merge` (issue 21): the rooms' files read, never written; the event written
as a new file, atomically, that `facilitator check` finds sound and whose synthesis has
a chapter per room; each way of giving a room twice, an existing output, a file of a
newer version, a damaged one, refused in one sentence with nothing written."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from facilitator.domain.merge import MAX_ROOMS
from facilitator.domain.records import Board, Idea, Track
from facilitator.domain.workshop import Workshop
from facilitator.storage.inspection import check_file
from facilitator.storage.lock import WorkshopLock
from facilitator.storage.schema import SCHEMA_VERSION
from facilitator.storage.workshop_file import WorkshopFile
from tests.domain.merge_rooms import MOBILITY_IDEAS, three_rooms
from tests.test_cli import run
from tests.test_cli_hot_journal import _cut_short

FIXTURES = Path(__file__).parent / "storage" / "fixtures"


def _rooms(folder: Path) -> list[Path]:
    """The three rooms of tests/domain/merge_rooms.py, each in its file."""
    folder.mkdir()
    paths = []
    for room, name in zip(three_rooms(), ("mistral", "mobilite", "sante"), strict=True):
        path = folder / f"{name}.atelier"
        WorkshopFile.create(path, room.workshop).close()
        paths.append(path)
    return paths


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of `folder`, by name: what a merge must leave exactly as it was (no
    journal, no -wal or -shm, no lock left behind either)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _read(path: Path) -> Workshop:
    workshop, _, _ = WorkshopFile.read_committed(path)
    return workshop


def test_three_rooms_merge_into_a_sound_event_and_stay_as_they_were(tmp_path: Path) -> None:
    paths = _rooms(tmp_path / "salles")
    before = _snapshot(tmp_path / "salles")
    out = tmp_path / "seminaire.atelier"
    result = run("merge", *map(str, paths), "-o", str(out), "--title", "Séminaire des labs")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith(f"3 rooms merged into {out}: “")
    assert _snapshot(tmp_path / "salles") == before
    inspection, unreadable = check_file(out)
    assert (inspection.problems, unreadable) == ([], False)
    event = _read(out)
    rooms = [r.workshop for r in three_rooms()]
    assert event.info.title == "Séminaire des labs"
    assert [t.name for t in event.all(Track)] == [w.info.title for w in rooms]
    assert event.count(Idea) == sum(w.count(Idea) for w in rooms)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["salles", "seminaire.atelier"]
    # Its synthesis, read back: a chapter per room, the rooms' ideas in theirs.
    pdf = tmp_path / "seminaire.pdf"
    assert run("export", str(out), "--format", "pdf", "-o", str(pdf)).returncode == 0
    pages = [
        " ".join((p.extract_text() or "").split())
        for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages
    ]
    text = "\n".join(pages)
    assert "Synthèse de l’événement" in pages[0]
    for number in (1, 2, 3):
        assert f"Salle {number} sur 3" in text
    mobility = next(i for i, p in enumerate(pages) if "Salle 2 sur 3" in p)
    health = next(i for i, p in enumerate(pages) if "Salle 3 sur 3" in p)
    assert all(idea in "\n".join(pages[mobility:health]) for idea in MOBILITY_IDEAS)
    md = tmp_path / "seminaire.md"
    assert run("export", str(out), "--format", "md", "-o", str(md)).returncode == 0
    assert "## Mobilité en zone rurale" in md.read_text(encoding="utf-8")


def test_rooms_are_named_as_given(tmp_path: Path) -> None:
    paths = _rooms(tmp_path / "salles")
    out = tmp_path / "event.atelier"
    names = ["Salle Mistral", "Salle Tramontane", "Salle Sirocco"]
    args = [a for name in names for a in ("--room", name)]
    result = run("merge", *map(str, paths), "-o", str(out), *args)
    assert result.returncode == 0, result.stderr
    event = _read(out)
    assert [t.name for t in event.all(Track)] == names
    # No --title: the rooms' names, the rooms' titles being different.
    assert event.info.title == " · ".join(names)


def test_rooms_sharing_a_title_are_named_after_their_files(tmp_path: Path) -> None:
    """Rooms copied from one prepared file keep its title: each room is then named after
    its file, and the command says the files are copies of one workshop."""
    folder = tmp_path / "salles"
    folder.mkdir()
    prepared = folder / "prepared.atelier"
    WorkshopFile.create(prepared, three_rooms()[1].workshop).close()
    rooms = [folder / "salle-nord.atelier", folder / "salle-sud.atelier"]
    for path in rooms:
        shutil.copyfile(prepared, path)
    opened, workshop = WorkshopFile.open(rooms[1])  # the south room adds an idea
    try:
        from facilitator.domain import board

        captured, _ = board.capture(workshop, workshop.all(Board)[0].id, ["Idée du sud"])
        opened.apply(captured)
    finally:
        opened.close()
    out = tmp_path / "event.atelier"
    result = run("merge", *map(str, rooms), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "are copies of one workshop file, each changed since: merged as two rooms" in (
        result.stderr
    )
    assert [t.name for t in _read(out).all(Track)] == ["salle-nord", "salle-sud"]


@pytest.mark.parametrize("way", ["same path", "dot path", "symbolic link", "hard link", "copy"])
def test_a_room_given_twice_is_refused(tmp_path: Path, way: str) -> None:
    first, second, _ = _rooms(tmp_path / "salles")
    twin = {
        "same path": first,
        "dot path": Path(f"{first.parent}/./{first.name}"),  # kept as typed below
        "symbolic link": tmp_path / "lien.atelier",
        "hard link": tmp_path / "lien-dur.atelier",
        "copy": tmp_path / "copie.atelier",
    }[way]
    if way == "symbolic link":
        twin.symlink_to(first)
    elif way == "hard link":
        os.link(first, twin)
    elif way == "copy":
        shutil.copyfile(first, twin)
    out = tmp_path / "event.atelier"
    typed = f"{first.parent}/./{first.name}" if way == "dot path" else str(twin)
    result = run("merge", str(first), str(second), typed, "-o", str(out))
    assert result.returncode == 1
    said = "hold the same workshop" if way == "copy" else "are one file: each room is merged once"
    assert said in result.stderr
    assert result.stderr.count("\n") == 1  # one sentence
    assert not out.exists()


def test_an_existing_output_or_a_room_as_output_is_refused(tmp_path: Path) -> None:
    first, second, _ = _rooms(tmp_path / "salles")
    before = _snapshot(tmp_path / "salles")
    result = run("merge", str(first), str(second), "-o", str(second))
    assert result.returncode == 1
    assert "is a room of the event: the event is written to a new file" in result.stderr
    existing = tmp_path / "existing.atelier"
    existing.write_bytes(b"kept")
    result = run("merge", str(first), str(second), "-o", str(existing))
    assert result.returncode == 1
    assert "already exists: merge writes a new file" in result.stderr
    assert existing.read_bytes() == b"kept"
    # A link to nowhere: writing through it would create a file elsewhere.
    dangling = tmp_path / "lien.atelier"
    dangling.symlink_to(tmp_path / "ailleurs" / "event.atelier")
    result = run("merge", str(first), str(second), "-o", str(dangling))
    assert result.returncode == 1 and "already exists" in result.stderr
    assert not (tmp_path / "ailleurs").exists()
    assert _snapshot(tmp_path / "salles") == before


def test_too_few_rooms_and_room_names_that_do_not_match_are_refused(tmp_path: Path) -> None:
    first, second, _ = _rooms(tmp_path / "salles")
    out = tmp_path / "event.atelier"
    result = run("merge", str(first), "-o", str(out))
    assert result.returncode == 1 and "at least 2 workshops" in result.stderr
    result = run("merge", str(first), str(second), "--room", "Nord", "-o", str(out))
    assert result.returncode == 2 and "Give --room once per file" in result.stderr
    many = [str(first)] * (MAX_ROOMS + 1)
    result = run("merge", *many, "-o", str(out))
    assert result.returncode == 1 and f"At most {MAX_ROOMS} workshops" in result.stderr
    assert not out.exists()


def test_a_newer_a_damaged_or_a_missing_room_is_refused(tmp_path: Path) -> None:
    first, second, third = _rooms(tmp_path / "salles")
    with sqlite3.connect(third) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    damaged = tmp_path / "salles" / "abime.atelier"
    damaged.write_bytes(first.read_bytes()[:4096] + b"\x00" * 100)
    out = tmp_path / "event.atelier"
    for bad, said in (
        (third, "newer version"),
        (damaged, "abime.atelier"),
        (tmp_path / "absent.atelier", "does not exist"),
    ):
        before = bad.read_bytes() if bad.exists() else b""
        result = run("merge", str(first), str(second), str(bad), "-o", str(out))
        assert result.returncode in (1, 2), result.stderr
        assert said in result.stderr and "Traceback" not in result.stderr
        assert not out.exists()
        assert (bad.read_bytes() if bad.exists() else b"") == before


def test_files_of_every_version_merge_and_stay_as_they_were(tmp_path: Path) -> None:
    """The released fixtures, versions 2 to 6 (one workshop as each version stored it,
    one file's identity): read upgraded in memory, never written, merged as copies that
    changed since. Version 1 holds the same workshop as version 2: refused with it."""
    folder = tmp_path / "versions"
    folder.mkdir()
    for version in range(1, SCHEMA_VERSION + 1):
        shutil.copyfile(FIXTURES / f"schema_v{version}.atelier", folder / f"v{version}.atelier")
    before = _snapshot(folder)
    paths = [str(folder / f"v{v}.atelier") for v in range(2, SCHEMA_VERSION + 1)]
    out = tmp_path / "event.atelier"
    result = run("merge", *paths, "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("are copies of one workshop file") == len(paths) - 1
    assert _snapshot(folder) == before
    inspection, _ = check_file(out)
    assert inspection.problems == []
    # Version 6's fixture is a room of a merged event already: its room comes along.
    assert "Salle Mistral" in [t.name for t in _read(out).all(Track)]
    result = run(
        "merge",
        str(folder / "v1.atelier"),
        str(folder / "v2.atelier"),
        "-o",
        str(tmp_path / "x.atelier"),
    )
    assert result.returncode == 1 and "hold the same workshop" in result.stderr
    assert _snapshot(folder) == before


def test_a_room_open_in_the_app_or_cut_short_by_a_crash_is_read_as_committed(
    tmp_path: Path,
) -> None:
    """The app holds the first room's lock (it is open on the facilitator's laptop):
    merge reads it anyway, as `export` does. The second room's last commit was cut short
    by a crash: its committed state is read from a rolled-back copy, said, and neither
    the file nor its journal is written."""
    first, second, third = _rooms(tmp_path / "salles")
    lock = WorkshopLock(first)
    assert lock.acquire()
    try:
        _cut_short(second)
        before = _snapshot(tmp_path / "salles")
        out = tmp_path / "event.atelier"
        result = run("merge", str(first), str(second), str(third), "-o", str(out))
        assert result.returncode == 0, result.stderr
        assert "a change cut short by a crash was rolled back in a copy" in result.stderr
        assert _snapshot(tmp_path / "salles") == before
        assert [t.name for t in _read(out).all(Track)][1] == "Mobilité en zone rurale"
    finally:
        lock.release()
