"""Every released schema version opens, upgraded to the current one, with nothing lost.

One fixture file per released version lives in tests/storage/fixtures/, written
by that version of the app, beside the JSON of what it holds. When the schema
changes, add a migration, keep the old fixture, and add one for the new version.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from facilitator.storage import interchange
from facilitator.storage.migrations import MIGRATIONS
from facilitator.storage.schema import SCHEMA_VERSION
from facilitator.storage.workshop_file import WorkshopFile

FIXTURES = Path(__file__).parent / "fixtures"
RELEASED_VERSIONS = [1]


def test_every_version_has_a_migration_to_the_next() -> None:
    assert sorted(MIGRATIONS) == list(range(1, SCHEMA_VERSION))
    assert RELEASED_VERSIONS[-1] == SCHEMA_VERSION


@pytest.mark.parametrize("version", RELEASED_VERSIONS)
def test_fixture_of_each_version_opens_with_its_content(version: int, tmp_path: Path) -> None:
    source = FIXTURES / f"schema_v{version}.atelier"
    path = tmp_path / source.name
    shutil.copyfile(source, path)
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == version
    connection.close()

    file, workshop = WorkshopFile.open(path)
    file.close()

    expected = json.loads((FIXTURES / f"schema_v{version}.json").read_text(encoding="utf-8"))
    actual = interchange.to_document(workshop)
    for key in expected:
        if key != "generator":
            assert actual[key] == expected[key], key
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    connection.close()


@pytest.mark.parametrize("version", RELEASED_VERSIONS)
def test_read_only_open_of_an_old_version_leaves_it_as_it_was(version: int, tmp_path: Path) -> None:
    path = tmp_path / "old.atelier"
    shutil.copyfile(FIXTURES / f"schema_v{version}.atelier", path)
    before = path.read_bytes()
    file, _ = WorkshopFile.open(path, read_only=True)
    file.close()
    assert path.read_bytes() == before
