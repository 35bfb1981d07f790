"""docs/file-format.md follows the schema: it said user_version 5, and had no version-6
row, once the schema was at 6. Checked against the schema a new file gets."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from facilitator.storage.migrations import MIGRATIONS, create_current
from facilitator.storage.schema import SCHEMA_VERSION

DOC = Path(__file__).resolve().parents[2] / "docs" / "file-format.md"


def _current_schema() -> dict[str, list[str]]:
    """Each table of a new file, with its columns."""
    connection = sqlite3.connect(":memory:")
    try:
        create_current(connection)
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            for table in tables
        }
    finally:
        connection.close()


def test_the_document_gives_the_current_version() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert text.splitlines()[0] == f"# The `.atelier` file (schema version {SCHEMA_VERSION})"
    (line,) = [line for line in text.splitlines() if "`PRAGMA user_version`" in line]
    assert re.search(rf"the schema version, `{SCHEMA_VERSION}`", line), line
    assert f"Since version {SCHEMA_VERSION} " in text
    versions = [int(n) for n in re.findall(r"^\| (\d+) \| ", text, re.MULTILINE)]
    assert versions == list(range(1, SCHEMA_VERSION + 1))
    assert sorted(MIGRATIONS) == list(range(1, SCHEMA_VERSION))


def test_every_table_and_every_column_added_since_version_1_is_named() -> None:
    text = DOC.read_text(encoding="utf-8")
    schema = _current_schema()
    for table in schema:
        assert f"`{table}`" in text, table
    # The columns that later versions added to version 1's tables are named with them.
    assert "`next_step.done`" in text
    for table in ("day", "board", "vote_session", "prototype_card", "poll"):
        assert "track_id" in schema[table], table
        assert f"`{table}.track_id`" in text, table
    assert schema["track"] == ["id", "position", "name", "source_title", "source_file_id"]
    for column in schema["track"][1:]:
        assert f"`{column}`" in text, column
