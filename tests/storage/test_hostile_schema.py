"""A colleague's file whose schema is not the one we write: refused whole, bytes unchanged.

Tools (and people) can store a trigger, a view or an index in a workshop file, hide it
under a reserved `sqlite_` name with `PRAGMA writable_schema`, or rebuild a table with the
same columns and extra constraints. Before this check, such a file passed `facilitator
check`, then deleted every idea typed (issue 14, fault 1). The opener now compares every
object of the schema (type, name, table, `CREATE` statement) with the one this version
writes, before anything of the file runs.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.domain.records import RECORD_TYPES
from facilitator.paths import templates_dir
from facilitator.storage.errors import WorkshopFileError
from facilitator.storage.inspection import check_file
from facilitator.storage.workshop_file import WorkshopFile

FIXTURES = Path(__file__).parent / "fixtures"
TABLES = [kind.TABLE for kind in RECORD_TYPES]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _hide(connection: sqlite3.Connection, kind: str, name: str, table: str, sql: str) -> None:
    """Store an object straight into sqlite_schema, as `PRAGMA writable_schema` allows
    (reserved names included: CREATE refuses them, the schema table does not)."""
    (version,) = connection.execute("PRAGMA schema_version").fetchone()
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute(
        "INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) VALUES (?, ?, ?, 0, ?)",
        (kind, name, table, sql),
    )
    connection.execute(f"PRAGMA schema_version = {version + 1}")
    connection.execute("PRAGMA writable_schema = OFF")


def _rewrite_sql(connection: sqlite3.Connection, name: str, old: str, new: str) -> None:
    """Change the CREATE statement of an object in place (same storage, other rules)."""
    (version,) = connection.execute("PRAGMA schema_version").fetchone()
    connection.execute("PRAGMA writable_schema = ON")
    cursor = connection.execute(
        "UPDATE sqlite_schema SET sql = replace(sql, ?, ?) WHERE name = ?", (old, new, name)
    )
    assert cursor.rowcount == 1
    connection.execute(f"PRAGMA schema_version = {version + 1}")
    connection.execute("PRAGMA writable_schema = OFF")


def _rebuild(connection: sqlite3.Connection, table: str, extra: str) -> None:
    """Rebuild `table` with the same columns and an extra table constraint, as a
    careless migration script or a database browser would."""
    (sql,) = connection.execute(
        "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    indexes = [
        row[0]
        for row in connection.execute(
            "SELECT sql FROM sqlite_schema"
            " WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            (table,),
        )
    ]
    rebuilt = sql.rstrip().rstrip(")").rstrip() + f",\n    {extra}\n)"
    rebuilt = rebuilt.replace(f"CREATE TABLE {table}", "CREATE TABLE rebuilt", 1)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute(rebuilt)
    connection.execute(f"INSERT INTO rebuilt SELECT * FROM {table}")
    connection.execute(f"DROP TABLE {table}")
    connection.execute(f"ALTER TABLE rebuilt RENAME TO {table}")
    for index in indexes:
        connection.execute(index)


def _tamper(demo: Path, folder: Path, name: str, how: str) -> Path:
    path = folder / f"{name}.atelier"
    path.write_bytes(demo.read_bytes())
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        _TAMPERINGS[how](connection)
    finally:
        connection.close()
    return path


_DELETE_EACH_IDEA = "BEGIN DELETE FROM idea WHERE id = new.id; END"
_HEAVY = (
    "BEGIN SELECT count(*) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
    "SELECT i + 1 FROM n WHERE i < 1000000000) SELECT i FROM n); END"
)
_TAMPERINGS: dict[str, Callable[[sqlite3.Connection], object]] = {
    # The example: a trigger under a reserved name deletes every idea typed.
    "hidden trigger": lambda c: _hide(
        c,
        "trigger",
        "sqlite_autoindex_idea_9",
        "idea",
        f"CREATE TRIGGER sqlite_autoindex_idea_9 AFTER INSERT ON idea {_DELETE_EACH_IDEA}",
    ),
    # A heavy trigger: the first edit would count to a billion.
    "hidden heavy trigger": lambda c: _hide(
        c,
        "trigger",
        "sqlite_t",
        "workshop",
        f"CREATE TRIGGER sqlite_t AFTER UPDATE ON workshop {_HEAVY}",
    ),
    "plain trigger": lambda c: c.execute(
        f"CREATE TRIGGER keep_nothing AFTER INSERT ON idea {_DELETE_EACH_IDEA}"
    ),
    "trigger on the timer": lambda c: c.execute(
        "CREATE TRIGGER t BEFORE UPDATE ON timer BEGIN SELECT RAISE(IGNORE); END"
    ),
    # The other example: the same columns, a CHECK that refuses long ideas.
    "rebuilt with a check": lambda c: _rebuild(c, "idea", "CHECK (length(text) < 80)"),
    "rebuilt with unique replace": lambda c: _rebuild(
        c, "idea", "UNIQUE (board_id) ON CONFLICT REPLACE"
    ),
    "check written into the schema": lambda c: _rewrite_sql(
        c, "person", "name TEXT NOT NULL", "name TEXT NOT NULL CHECK (length(name) < 3)"
    ),
    "default written into the schema": lambda c: _rewrite_sql(
        c, "idea", "author TEXT NOT NULL", "author TEXT NOT NULL DEFAULT 'x'"
    ),
    "extra unique index": lambda c: c.execute(
        "CREATE UNIQUE INDEX one_per_author ON idea (author)"
    ),
    "extra partial index": lambda c: c.execute(
        "CREATE INDEX long_ideas ON idea (length(text)) WHERE length(text) > 10"
    ),
    "index changed": lambda c: _rewrite_sql(
        c, "idea_board", "ON idea (board_id)", "ON idea (board_id, text)"
    ),
    "index missing": lambda c: c.execute("DROP INDEX idea_cluster"),
    "hidden view": lambda c: _hide(
        c, "view", "sqlite_v", "sqlite_v", "CREATE VIEW sqlite_v AS SELECT * FROM idea"
    ),
    "extra table": lambda c: c.execute("CREATE TABLE notes (x TEXT)"),
    # Version 3's phones (issue 17): a trigger that forgets each phone as it joins would
    # give it a second ballot at the next link; one that puts removed phones back, a
    # way back in; without the unique label, two phones could share one ballot.
    "hidden trigger on the room's phones": lambda c: _hide(
        c,
        "trigger",
        "sqlite_autoindex_room_phone_9",
        "room_phone",
        "CREATE TRIGGER sqlite_autoindex_room_phone_9 AFTER INSERT ON room_phone"
        " BEGIN DELETE FROM room_phone WHERE id = new.id; END",
    ),
    "trigger bringing removed phones back": lambda c: c.execute(
        "CREATE TRIGGER back AFTER UPDATE ON room_phone"
        " BEGIN UPDATE room_phone SET removed = 0 WHERE id = new.id; END"
    ),
    "phones rebuilt with unique replace": lambda c: _rebuild(
        c, "room_phone", "UNIQUE (name) ON CONFLICT REPLACE"
    ),
    "phones' unique label dropped": lambda c: c.execute("DROP INDEX room_phone_label"),
    "statistics of ANALYZE": lambda c: c.execute("ANALYZE"),
    "virtual table": lambda c: c.execute("CREATE VIRTUAL TABLE search USING fts5(text)"),
}


@pytest.mark.parametrize("how", list(_TAMPERINGS))
def test_a_file_with_another_schema_is_refused_unchanged(
    how: str, demo_file: Path, tmp_path: Path
) -> None:
    path = _tamper(demo_file, tmp_path, "colleague", how)
    before = _digest(path)
    inspection, _unreadable = check_file(path)
    assert inspection.problems, how
    assert inspection.workshop is None
    with pytest.raises(WorkshopFileError) as refused:
        WorkshopFile.open(path)
    said = str(refused.value)
    assert str(path) in said and "malformed" in said, said
    assert _digest(path) == before
    assert not path.with_name(path.name + "-journal").exists()


def test_the_hidden_trigger_fails_check_on_the_command_line(
    demo_file: Path, tmp_path: Path
) -> None:
    path = _tamper(demo_file, tmp_path, "colleague", "hidden trigger")
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "check", str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "LANGUAGE": "en", "LC_ALL": "C.UTF-8"},
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "unexpected trigger “sqlite_autoindex_idea_9”" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_every_file_we_write_has_exactly_our_schema(tmp_path: Path) -> None:
    """The other side of the comparison: nothing this version writes is refused (every
    template, the demo, the released fixtures)."""
    made = []
    for template in sorted(templates_dir().glob("*.toml")):
        path = tmp_path / f"{template.stem}.atelier"
        result = subprocess.run(
            [sys.executable, "-m", "facilitator", "new", str(path), "--template", template.stem],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
        made.append(path)
    for version in (1, 2, 3):  # each released version, as its app wrote it
        fixture = tmp_path / f"v{version}.atelier"
        fixture.write_bytes((FIXTURES / f"schema_v{version}.atelier").read_bytes())
        made.append(fixture)
    for path in made:
        inspection, _ = check_file(path)
        assert not inspection.problems, (path, inspection.problems)


# -- fuzz: any object, anywhere, under any name ----------------------------------------
OBJECT_KINDS = ("trigger", "view", "index", "table")
EVENTS = ("INSERT", "UPDATE", "DELETE")


@st.composite
def hostile_object(draw: st.DrawFn) -> tuple[str, str, str, str]:
    """(type, name, table, CREATE statement) of an object our schema does not have."""
    kind = draw(st.sampled_from(OBJECT_KINDS))
    table = draw(st.sampled_from(TABLES))
    reserved = draw(st.booleans())
    stem = draw(st.from_regex(r"[a-z][a-z0-9_]{0,12}", fullmatch=True))
    name = f"sqlite_{stem}" if reserved else f"x_{stem}"
    if kind == "trigger":
        when = draw(st.sampled_from(("BEFORE", "AFTER")))
        event = draw(st.sampled_from(EVENTS))
        body = draw(
            st.sampled_from(
                (
                    f"DELETE FROM {table}",
                    "SELECT RAISE(IGNORE)",
                    "SELECT RAISE(ABORT, 'no')",
                    f"UPDATE {table} SET id = id",
                )
            )
        )
        sql = f"CREATE TRIGGER {name} {when} {event} ON {table} BEGIN {body}; END"
    elif kind == "view":
        sql, table = f"CREATE VIEW {name} AS SELECT * FROM {table}", name
    elif kind == "index":
        sql = f"CREATE UNIQUE INDEX {name} ON {table} (id DESC)"
    else:
        sql, table = f"CREATE TABLE {name} (x)", name
    return kind, name, table, sql


def test_fuzz_hidden_objects_are_always_refused(
    demo_file: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    long_run = bool(request.config.getoption("--long"))
    base = demo_file.read_bytes()
    counter = iter(range(10**9))

    @settings(
        max_examples=2_000 if long_run else 60,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(objects=st.lists(hostile_object(), min_size=1, max_size=3, unique_by=lambda o: o[1]))
    def refused(objects: list[tuple[str, str, str, str]]) -> None:
        path = tmp_path / f"hostile-{next(counter)}.atelier"
        path.write_bytes(base)
        connection = sqlite3.connect(path, isolation_level=None)
        try:
            for kind, name, table, sql in objects:
                _hide(connection, kind, name, table, sql)
        finally:
            connection.close()
        before = _digest(path)
        inspection, _ = check_file(path)
        assert inspection.problems and inspection.workshop is None
        with pytest.raises(WorkshopFileError):
            WorkshopFile.open(path)
        assert _digest(path) == before
        path.unlink()

    refused()


@pytest.mark.parametrize(
    "row",
    [
        ("trigger", None, "idea", "CREATE TRIGGER x AFTER INSERT ON idea BEGIN SELECT 1; END"),
        (7, "seven", "idea", None),
        ("table", "идея 💡", "идея 💡", 'CREATE TABLE "идея 💡" (x)'),
        ("trigger", "sqlite_bad", "idea", "CREATE TRIGGER nonsense"),
    ],
)
def test_odd_schema_rows_are_refused_without_a_crash(
    row: tuple[object, object, object, object], demo_file: Path, tmp_path: Path
) -> None:
    """Rows no CREATE statement makes (no name, a number for a type, a statement that
    does not parse): a named refusal, never another exception."""
    path = tmp_path / "odd.atelier"
    path.write_bytes(demo_file.read_bytes())
    connection = sqlite3.connect(path, isolation_level=None)
    (version,) = connection.execute("PRAGMA schema_version").fetchone()
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute(
        "INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) VALUES (?, ?, ?, 0, ?)",
        row,
    )
    connection.execute(f"PRAGMA schema_version = {version + 1}")
    connection.close()
    before = _digest(path)
    inspection, _ = check_file(path)
    assert inspection.problems and inspection.workshop is None
    with pytest.raises(WorkshopFileError) as refused:
        WorkshopFile.open(path)
    assert str(path) in str(refused.value)
    assert _digest(path) == before


def test_a_version_2_file_that_already_has_the_phone_table_is_refused_unchanged(
    tmp_path: Path,
) -> None:
    """A colleague's "version 2" file carrying version 3's table, with a trigger of its
    own hidden on it, made ready for the upgrade to run over it: refused before the
    upgrade runs, bytes unchanged."""
    from facilitator.storage.schema import ROOM_PHONE_V3

    path = tmp_path / "v2-ready.atelier"
    path.write_bytes((FIXTURES / "schema_v2.atelier").read_bytes())
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in ROOM_PHONE_V3.split(";"):
            connection.execute(statement)
        _hide(
            connection,
            "trigger",
            "sqlite_room_phone_t",
            "room_phone",
            "CREATE TRIGGER sqlite_room_phone_t AFTER INSERT ON room_phone"
            " BEGIN DELETE FROM room_phone; END",
        )
    finally:
        connection.close()
    before = _digest(path)
    inspection, _ = check_file(path)
    assert inspection.workshop is None
    assert any("room_phone" in str(p) for p in inspection.problems), inspection.problems
    with pytest.raises(WorkshopFileError):
        WorkshopFile.open(path)
    assert _digest(path) == before
