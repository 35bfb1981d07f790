"""A colleague's file changed by another tool, and what the file check says of it: shared
by the tests of each schema version's new tables (test_v4_tables.py, test_v5_tables.py)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from facilitator.storage.errors import WorkshopFileError
from facilitator.storage.inspection import check_file
from facilitator.storage.workshop_file import WorkshopFile


def tampered(fixture: Path, tmp_path: Path, *statements: str) -> Path:
    """A copy of `fixture` changed by `statements` as another tool would (foreign keys
    off, as careless tools write)."""
    path = tmp_path / "tampered.atelier"
    shutil.copyfile(fixture, path)
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()
    return path


def says(line: str, words: str) -> bool:
    """Whether `line` holds the parts of `words` ("…" between them) in order."""
    at = 0
    for part in words.split(" … "):
        at = line.find(part, at)
        if at < 0:
            return False
        at += len(part)
    return True


def assert_refused_and_named(path: Path, words: str) -> None:
    """`facilitator check` names the bad row with `words`, opening the file is refused
    with its path, and the file is left as it was."""
    before = path.read_bytes()
    inspection, unreadable = check_file(path)
    assert not unreadable and inspection.workshop is None
    said = [str(problem) for problem in inspection.problems]
    assert any(says(line, words) for line in said), said
    with pytest.raises(WorkshopFileError) as refused:
        WorkshopFile.open(path)
    assert str(path) in str(refused.value)
    assert path.read_bytes() == before
