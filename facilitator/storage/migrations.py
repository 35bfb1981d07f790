"""Schema migrations: each released schema version upgrades to the next in one step.

`MIGRATIONS[n]` turns a version-n file into a version-(n + 1) file. Each step is
tested on a small fixture file of its version kept in tests/storage/fixtures/.
The whole upgrade runs in the caller's transaction, so a failed upgrade leaves
the file exactly as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from facilitator.storage.schema import (
    FILE_IDENTITY_V2,
    GUIDED_FORMATS_V4,
    LAB_MEMORY_V6,
    ROOM_PHONE_V3,
    ROOM_VOICE_V5,
    SCHEMA_V1,
    SCHEMA_VERSION,
    derived_file_id,
    new_file_id,
)

Migration = Callable[[sqlite3.Connection], None]


def _run_script(connection: sqlite3.Connection, script: str) -> None:
    """Each statement of `script` in the caller's transaction (`executescript` would
    commit it first)."""
    for statement in script.split(";"):
        if statement.strip():
            connection.execute(statement)


def create_v1(connection: sqlite3.Connection) -> None:
    _run_script(connection, SCHEMA_V1)


def add_file_identity(connection: sqlite3.Connection) -> None:
    """Version 1 to 2: the file's own identity (schema.py). A file that holds a workshop
    gets the identity derived from its `created_at`, the one its exports used while it
    was at version 1 (read-only opens upgrade in memory: the same at every reading); an
    empty database (a new file) gets a random one."""
    connection.execute(FILE_IDENTITY_V2)
    row = connection.execute("SELECT created_at FROM workshop WHERE id = 'workshop'").fetchone()
    identity = derived_file_id(str(row[0])) if row is not None else new_file_id()
    connection.execute("INSERT INTO file_identity (id) VALUES (?)", (identity,))


def add_room_phones(connection: sqlite3.Connection) -> None:
    """Version 2 to 3: the room link's phones (schema.py), none yet: a phone that joined
    before the upgrade was known to that link only."""
    _run_script(connection, ROOM_PHONE_V3)


def add_guided_formats(connection: sqlite3.Connection) -> None:
    """Version 3 to 4: rounds, groupings and teams, auto-advance (schema.py). Added
    columns take their defaults (no role, no team, auto-advance off, first round);
    the new tables start empty."""
    _run_script(connection, GUIDED_FORMATS_V4)


def add_room_voice(connection: sqlite3.Connection) -> None:
    """Version 4 to 5: quick polls and photos from phones (schema.py). Stored photos are
    shown ones (`review` "shown", no sender); no poll yet."""
    _run_script(connection, ROOM_VOICE_V5)


def add_lab_memory(connection: sqlite3.Connection) -> None:
    """Version 5 to 6: next steps done (none yet: every step reads as not done) and the
    rooms of a merged event (schema.py): no room, no `track_id`."""
    _run_script(connection, LAB_MEMORY_V6)


# version n -> version n + 1; version 1 is the first released schema.
MIGRATIONS: dict[int, Migration] = {
    1: add_file_identity,
    2: add_room_phones,
    3: add_guided_formats,
    4: add_room_voice,
    5: add_lab_memory,
}


def create_current(connection: sqlite3.Connection) -> None:
    """Create the current schema in an empty database (v1, then every upgrade)."""
    create_v1(connection)
    upgrade(connection, 1)


def create_at(connection: sqlite3.Connection, version: int) -> None:
    """Create, in an empty database, the schema exactly as this version of the app leaves
    a file of `version` (1 to SCHEMA_VERSION): v1, then the migrations up to `version`.
    The file check compares a colleague's file with it, object by object."""
    create_v1(connection)
    for step in range(1, version):
        MIGRATIONS[step](connection)


def upgrade(connection: sqlite3.Connection, version: int) -> None:
    """Run every migration from `version` to the current one; sets `user_version`."""
    while version < SCHEMA_VERSION:
        MIGRATIONS[version](connection)
        version += 1
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
