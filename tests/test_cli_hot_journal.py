"""`facilitator export` on a file a crash left with its hot journal (issue 17).

A commit cut short by SIGKILL leaves the file half written beside its rollback
journal. Export reads the committed state from a rolled-back copy and writes neither
the file nor its journal; on a read-only folder too, where SQLite alone refuses.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.storage.inspection import has_hot_journal
from facilitator.storage.workshop_file import WorkshopFile
from tests.test_cli import ENV, run

# The child changes every row, with a one-page cache so that SQLite must write the
# file (after syncing the journal) before the commit, then kills itself.
CUT_SHORT = """
import os, signal, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size = 1")
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE workshop SET title = 'cut short'")
connection.execute("UPDATE person SET name = name || '-cut-short-' || hex(randomblob(400))")
os.kill(os.getpid(), signal.SIGKILL)
"""


def _cut_short(path: Path) -> None:
    child = subprocess.run([sys.executable, "-c", CUT_SHORT, str(path)], env=ENV, check=False)
    assert child.returncode == -signal.SIGKILL
    assert has_hot_journal(path)


def _bytes(path: Path) -> tuple[bytes, bytes]:
    return path.read_bytes(), path.with_name(path.name + "-journal").read_bytes()


@pytest.fixture
def hot(full_demo_file: Path) -> tuple[Path, str]:
    """A demo file with a commit cut short, and the title it had committed."""
    opened, workshop = WorkshopFile.open(full_demo_file)
    opened.close()
    _cut_short(full_demo_file)
    return full_demo_file, workshop.info.title


def test_export_reads_the_committed_state_and_writes_nothing(
    hot: tuple[Path, str], tmp_path: Path
) -> None:
    path, title = hot
    before = _bytes(path)
    out = tmp_path / "out.json"
    result = run("export", str(path), "--format", "json", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "rolled back in a copy" in result.stderr
    assert "read-only" not in result.stderr
    exported = json.dumps(json.loads(out.read_text(encoding="utf-8")), ensure_ascii=False)
    assert title in exported
    assert "cut short" not in exported and "cut-short" not in exported
    assert _bytes(path) == before  # neither the file nor its journal was touched
    # The app, opening it for writing, rolls back to the same state.
    opened, workshop = WorkshopFile.open(path)
    opened.close()
    assert workshop.info.title == title
    assert not has_hot_journal(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only folders")
def test_export_from_a_read_only_folder(hot: tuple[Path, str], tmp_path: Path) -> None:
    """A USB stick mounted read-only: SQLite cannot roll back, the copy can."""
    path, title = hot
    before = _bytes(path)
    folder = path.parent
    out = tmp_path.parent / f"{tmp_path.name}-out.md"
    folder.chmod(0o555)
    try:
        result = run("export", str(path), "--format", "agenda-md", "-o", str(out))
    finally:
        folder.chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert title in out.read_text(encoding="utf-8")
    assert _bytes(path) == before


def test_a_file_without_journal_exports_without_the_sentence(
    full_demo_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.json"
    result = run("export", str(full_demo_file), "--format", "json", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "rolled back" not in result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))
