"""The .atelier file: durable settings, one self-contained file, atomic creation."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from facilitator.domain import edits
from facilitator.domain.demo import demo_workshop
from facilitator.domain.records import Person
from facilitator.storage.errors import StorageWriteError, WorkshopFileError
from facilitator.storage.schema import APPLICATION_ID, SCHEMA_VERSION
from facilitator.storage.workshop_file import WorkshopFile


def test_new_file_is_marked_as_ours_with_durable_settings(demo_file: Path) -> None:
    file, _ = WorkshopFile.open(demo_file)
    connection = file._connection
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert connection.execute("PRAGMA synchronous").fetchone()[0] == 3  # EXTRA
    assert connection.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    file.close()


def test_every_edit_is_in_the_file_when_apply_returns(demo_file: Path) -> None:
    file, workshop = WorkshopFile.open(demo_file)
    for n in range(20):
        changes, _ = edits.add_person(workshop, "participant", f"Participant {n} 🙂")
        workshop.apply(changes)
        file.apply(changes)
    # Another connection, as another process would, sees every edit at once.
    reopened, state = WorkshopFile.open(demo_file, read_only=True)
    assert state == workshop
    reopened.close()
    file.close()


def test_copy_while_open_holds_every_committed_edit(demo_file: Path, tmp_path: Path) -> None:
    file, workshop = WorkshopFile.open(demo_file)
    for n in range(10):
        changes = edits.set_info(workshop, notes=f"version {n}")
        workshop.apply(changes)
        file.apply(changes)
        copy = tmp_path / f"copy-{n}.atelier"
        shutil.copyfile(demo_file, copy)  # the file is still open, mid-session
        assert not list(tmp_path.glob("*-wal")), "no side file may hold committed edits"
        copied, state = WorkshopFile.open(copy, read_only=True)
        assert state == workshop
        copied.close()
    file.close()


def test_create_refuses_to_overwrite(demo_file: Path) -> None:
    with pytest.raises(WorkshopFileError, match="already exists"):
        WorkshopFile.create(demo_file, demo_workshop())


def test_create_leaves_no_partial_file_when_it_fails(tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "x.atelier"
    with pytest.raises(WorkshopFileError, match="cannot be created"):
        WorkshopFile.create(target, demo_workshop())
    assert not target.exists()


def test_read_only_open_refuses_writes_clearly(demo_file: Path) -> None:
    file, workshop = WorkshopFile.open(demo_file, read_only=True)
    with pytest.raises(StorageWriteError, match="read-only"):
        file.apply(edits.set_info(workshop, title="x"))
    file.close()


def test_disk_full_rolls_back_the_whole_edit(demo_file: Path) -> None:
    file, workshop = WorkshopFile.open(demo_file)
    before = demo_file.read_bytes()
    file.set_page_limit_for_tests(file.page_count())
    changes = edits.set_info(workshop, notes="x" * 20_000)
    with pytest.raises(StorageWriteError, match="full"):
        file.apply(changes)
    assert demo_file.read_bytes() == before
    file.close()


def test_deleted_file_is_reported_not_silently_written(demo_file: Path) -> None:
    file, workshop = WorkshopFile.open(demo_file)
    demo_file.unlink()
    with pytest.raises(StorageWriteError, match="deleted or moved"):
        file.apply(edits.set_info(workshop, title="lost?"))
    file.close()


def test_moved_file_is_reported(demo_file: Path, tmp_path: Path) -> None:
    file, workshop = WorkshopFile.open(demo_file)
    demo_file.rename(tmp_path / "elsewhere.atelier")
    with pytest.raises(StorageWriteError, match="deleted or moved"):
        file.apply(edits.set_info(workshop, title="lost?"))
    file.close()


def test_foreign_keys_are_enforced(demo_file: Path) -> None:
    file, _ = WorkshopFile.open(demo_file)
    with pytest.raises(sqlite3.IntegrityError):
        file._connection.execute("BEGIN")
        file._connection.execute(
            "INSERT INTO idea (id, board_id, cluster_id, position, text, author, color, x, y,"
            " created_at) VALUES ('i', 'nope', NULL, 0, '', '', '', 0, 0, '')"
        )
        file._connection.execute("COMMIT")
    file._connection.execute("ROLLBACK")
    file.close()


def test_people_keep_their_order(demo_file: Path) -> None:
    file, workshop = WorkshopFile.open(demo_file)
    people = workshop.where(Person, role="participant")
    changes = edits.move_person(workshop, people[-1].id, 0)
    workshop.apply(changes)
    file.apply(changes)
    file.close()
    _, reopened = WorkshopFile.open(demo_file, read_only=True)
    assert next(p.name for p in reopened.where(Person, role="participant")) == people[-1].name
