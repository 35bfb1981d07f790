"""Colleagues' files whose schema is ours but whose pages lie (found by attacking the
checks, issue 14): an index pointing at other rows, a free list that is a sparse hole of a
gigabyte, a FIFO where the journal would be. Each is refused or read within bounds,
without hanging and without changing a byte."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.storage.errors import WorkshopFileError
from facilitator.storage.inspection import check_file
from facilitator.storage.workshop_file import WorkshopFile

FIXTURES = Path(__file__).parent / "fixtures"
ENGLISH = {**os.environ, "LANGUAGE": "en", "LC_ALL": "C.UTF-8"}


def _digest(path: Path) -> str:
    """The file's hash, read in chunks (a gigabyte file stays out of this process's memory,
    which a child started from here would otherwise inherit as its peak)."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _swap_the_idea_index(path: Path) -> None:
    """Put, in place of the idea table's primary-key index, an index whose entries map
    each idea id to the next idea's row (pages and schema text stay exactly ours)."""
    connection = sqlite3.connect(path, isolation_level=None)
    rows = connection.execute("SELECT rowid, id FROM idea ORDER BY rowid").fetchall()
    assert len(rows) >= 2
    connection.execute("CREATE TABLE tmp (x)")
    connection.execute("CREATE INDEX evil ON tmp (x)")
    for k, (_rowid, idea_id) in enumerate(rows):
        target = rows[(k + 1) % len(rows)][0]
        connection.execute("INSERT INTO tmp (rowid, x) VALUES (?, ?)", (target, idea_id))
    roots = dict(
        connection.execute(
            "SELECT name, rootpage FROM sqlite_schema"
            " WHERE name IN ('sqlite_autoindex_idea_1', 'evil')"
        ).fetchall()
    )
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute(
        "UPDATE sqlite_schema SET rootpage = ? WHERE name = 'sqlite_autoindex_idea_1'",
        (roots["evil"],),
    )
    connection.execute(
        "UPDATE sqlite_schema SET rootpage = ? WHERE name = 'evil'",
        (roots["sqlite_autoindex_idea_1"],),
    )
    connection.execute("PRAGMA writable_schema = OFF")
    connection.close()
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("DROP INDEX evil")
    connection.execute("DROP TABLE tmp")
    assert connection.execute("PRAGMA quick_check").fetchone() == ("ok",)  # it fooled this
    connection.close()


def test_an_index_pointing_at_other_rows_is_refused(full_demo_file: Path) -> None:
    """quick_check passed such a file; an edit of one idea then overwrote another."""
    _swap_the_idea_index(full_demo_file)
    before = _digest(full_demo_file)
    inspection, _ = check_file(full_demo_file)
    assert inspection.problems and inspection.workshop is None
    with pytest.raises(WorkshopFileError, match="damaged"):
        WorkshopFile.open(full_demo_file)
    assert _digest(full_demo_file) == before


def _with_sparse_free_list(path: Path, gigabytes: float) -> None:
    """Grow the file by a free list of `gigabytes` that is a hole on disk: one trunk
    page listing empty leaf pages (a file a few megabytes on disk)."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA page_size = 65536")
    connection.execute("VACUUM")
    connection.close()
    page = 65536
    pages = path.stat().st_size // page
    leaves = min(int(gigabytes * (1 << 30)) // page, page // 4 - 2)
    trunk = pages + 1
    lock_page = (1 << 30) // page + 1  # SQLite's lock-byte page is never used
    numbers = [n for n in range(trunk + 1, trunk + 2 + leaves) if n != lock_page][:leaves]
    total = max(numbers) if numbers else trunk
    with path.open("r+b") as stream:
        header = bytearray(stream.read(100))
        listing = struct.pack(">II", 0, leaves) + b"".join(struct.pack(">I", n) for n in numbers)
        stream.seek((trunk - 1) * page)
        stream.write(listing.ljust(page, b"\0"))
        struct.pack_into(">I", header, 28, total)
        struct.pack_into(">I", header, 32, trunk)
        struct.pack_into(">I", header, 36, 1 + leaves)
        stream.seek(0)
        stream.write(header)
        stream.truncate(total * page)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory read from /proc")
@pytest.mark.parametrize("version", ["older", "current"])
def test_a_sparse_free_list_costs_no_memory(
    version: str, full_demo_file: Path, tmp_path: Path
) -> None:
    """A read-only check of an older file copied every page, free ones included, into
    memory: 1.1 GB for a 3.5 MB file. Now only the live content is copied, to a
    temporary file, and the check stays small."""
    path = tmp_path / f"sparse-{version}.atelier"
    source = FIXTURES / "schema_v1.atelier" if version == "older" else full_demo_file
    path.write_bytes(source.read_bytes())
    _with_sparse_free_list(path, gigabytes=1.0)
    assert path.stat().st_size > 1 << 30
    before = _digest(path)
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        env=ENGLISH,
    )
    assert result.returncode == 0, result.stderr
    said, peak_kb = result.stdout.strip().splitlines()
    assert said == "sound", result.stdout
    assert int(peak_kb) < 300 * 1024, f"peak {int(peak_kb) // 1024} MB"
    assert _digest(path) == before


_MEASURE = """
import sys
from pathlib import Path
from facilitator.storage.inspection import check_file
inspection, unreadable = check_file(Path(sys.argv[1]))
print("sound" if not inspection.problems and not unreadable else inspection.problems)
status = Path("/proc/self/status").read_text()
print(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM")))
"""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("command", ["check", "export"])
def test_a_fifo_in_place_of_the_journal_is_refused_without_hanging(
    command: str, demo_file: Path, tmp_path: Path
) -> None:
    os.mkfifo(demo_file.with_name(demo_file.name + "-journal"))
    extra = ["--format", "json", "-o", str(tmp_path / "x.json")] if command == "export" else []
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", command, str(demo_file), *extra],
        capture_output=True,
        text=True,
        timeout=60,
        env=ENGLISH,
    )
    assert result.returncode != 0
    assert "is not a file" in result.stdout + result.stderr
    with pytest.raises(WorkshopFileError, match="is not a file"):
        WorkshopFile.open(demo_file)
