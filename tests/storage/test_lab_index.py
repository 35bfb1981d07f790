"""The lab's workshops (issue 21): a folder of workshops listed with their figures, read
without writing or locking, with a cache that makes the second start read no file, and
every bad thing a shared folder holds shown as such without stopping the list."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.domain import lab_summary
from facilitator.domain.records import WORKSHOP_ID, Day, replaced
from facilitator.domain.workshop import Workshop
from facilitator.storage import errors, lab_index
from facilitator.storage.lab_index import LabIndex, LabScan, load_cache, read_lab
from facilitator.storage.workshop_file import WorkshopFile
from tests.lab_folder import lab_workshop, make_lab_folder, write_workshop
from tests.test_cli import ENV

FIXTURES = Path(__file__).parent / "fixtures"
LATER = 4 * 10**18  # (2096) a wall clock far after every file's modification: the cache is trusted


class Clock:
    """The wall clock of the index (ns), moved by hand."""

    def __init__(self, now_ns: int = LATER) -> None:
        self.now_ns = now_ns

    def __call__(self) -> int:
        return self.now_ns


def _snapshot(folder: Path) -> dict[str, tuple[int, str]]:
    """Every entry under `folder` (hidden ones too): its mtime and a hash of its bytes."""
    found: dict[str, tuple[int, str]] = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root) / name
            status = path.lstat()
            digest = ""
            if path.is_file() and not path.is_symlink():
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
            found[str(path.relative_to(folder))] = (status.st_mtime_ns, digest)
    return found


def _index(
    tmp_path: Path, clock: Clock | None = None, sleeps: list[float] | None = None
) -> LabIndex:
    pauses = sleeps if sleeps is not None else []
    return LabIndex(
        tmp_path / "cache" / "lab-index.json", now_ns=clock or Clock(), sleep=pauses.append
    )


def _by_name(scan: LabScan) -> dict[str, lab_index.LabEntry]:
    return {e.path.name: e for e in scan.entries}


def _workshop(title: str = "Atelier", index: int = 0) -> Workshop:
    """Workshop `index` of tests/lab_folder.py's seed 7, titled `title`."""
    workshop = lab_workshop(index, 7)
    info = replaced(workshop.info, {"title": title})
    return Workshop(info if r.id == WORKSHOP_ID else r for r in workshop.records())


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """40 workshops, the 40th without dates (tests/lab_folder.py)."""
    return make_lab_folder(tmp_path_factory.mktemp("lab"), 40, seed=21)


# -- the listing and its figures -------------------------------------------------------
def test_a_folder_lists_every_workshop_with_the_figures_of_its_file(
    lab: list[Path], tmp_path: Path
) -> None:
    folder = lab[0].parents[1]
    scan = _index(tmp_path).scan([folder])
    assert scan.problems == ()
    assert {e.path for e in scan.entries} == set(lab)
    assert all(e.status == "ok" and e.message is None and e.copy_of is None for e in scan.entries)
    for entry in scan.entries:
        opened, workshop = WorkshopFile.open(entry.path, read_only=True)
        opened.close()
        assert entry.summary == lab_summary.summary_of(workshop)
        assert entry.file_id == opened.file_id
    undated = [e for e in scan.entries if e.summary is not None and not e.summary.dates]
    assert [e.path.parent.name for e in undated] == ["sans-date"]
    assert len(scan.counted()) == 40


def test_reading_a_folder_writes_nothing_and_leaves_nothing_beside_the_files(
    lab: list[Path], tmp_path: Path
) -> None:
    folder = lab[0].parents[1]
    old = FIXTURES / "schema_v4.atelier"  # upgraded in the copy, never in the file
    shutil.copy2(old, folder / "2026" / "ancien.atelier")
    before = _snapshot(folder)
    scan = _index(tmp_path).scan([folder])
    assert _by_name(scan)["ancien.atelier"].status == "ok"
    assert _snapshot(folder) == before  # no byte, no mtime, no -journal, -wal, -shm, lock
    (folder / "2026" / "ancien.atelier").unlink()


def test_the_second_start_reads_no_file_and_a_changed_file_is_read_again(
    lab: list[Path], tmp_path: Path
) -> None:
    folder = lab[0].parents[1]
    first = _index(tmp_path).scan([folder])
    assert (first.read, first.cached) == (40, 0)
    second = _index(tmp_path).scan([folder])
    assert (second.read, second.cached) == (0, 40)
    assert second.entries == first.entries
    changed = lab[5]
    os.utime(changed, ns=(changed.stat().st_atime_ns, changed.stat().st_mtime_ns + 1))
    third = _index(tmp_path).scan([folder])
    assert (third.read, third.cached) == (1, 39)


def test_a_file_read_just_after_its_change_is_read_again_next_time(tmp_path: Path) -> None:
    """Within the file system's timestamp granularity, a second write could leave the
    size and the modification time as they were: such a reading is not trusted."""
    folder = tmp_path / "lab"
    folder.mkdir()
    path = folder / "a.atelier"
    write_workshop(path, _workshop("Avant"))
    clock = Clock(path.stat().st_mtime_ns + lab_index.MTIME_SLACK_NS - 1)
    assert _index(tmp_path, clock).scan([folder]).read == 1
    assert _index(tmp_path, clock).scan([folder]).read == 1  # still too close: again
    clock.now_ns = path.stat().st_mtime_ns + lab_index.MTIME_SLACK_NS
    assert _index(tmp_path, clock).scan([folder]).read == 1
    assert _index(tmp_path, clock).scan([folder]).read == 0


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\xff" * 1000,
        b'{"version": 1, "entries": ',
        b"[" * 100_000 + b"]" * 100_000,
        b'{"version": 99, "entries": {}}',
        b'{"version": 1, "entries": []}',
        b'{"version": 1, "entries": {"\\u202e": {"size": true}}}',
    ],
    ids=["empty", "binary", "cut", "deep", "newer", "list", "bad-entry"],
)
def test_a_damaged_cache_is_rebuilt_never_fatal(
    lab: list[Path], tmp_path: Path, content: bytes
) -> None:
    folder = lab[0].parents[1]
    cache = tmp_path / "cache" / "lab-index.json"
    cache.parent.mkdir()
    cache.write_bytes(content)
    scan = _index(tmp_path).scan([folder])
    assert (scan.read, len(scan.entries)) == (40, 40)
    assert len(load_cache(cache)) == 40  # rewritten whole
    assert _index(tmp_path).scan([folder]).read == 0


def test_a_tampered_cache_entry_is_dropped_and_its_file_read_again(
    lab: list[Path], tmp_path: Path
) -> None:
    folder = lab[0].parents[1]
    _index(tmp_path).scan([folder])
    cache = tmp_path / "cache" / "lab-index.json"
    data = json.loads(cache.read_text(encoding="utf-8"))
    data["entries"][str(lab[3].resolve())]["summary"]["ideas"] = -5
    cache.write_text(json.dumps(data), encoding="utf-8")
    scan = _index(tmp_path).scan([folder])
    assert (scan.read, scan.cached) == (1, 39)
    assert _by_name(scan)[lab[3].name].summary is not None


def test_a_cache_larger_than_its_limit_is_not_read(
    lab: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = lab[0].parents[1]
    _index(tmp_path).scan([folder])
    cache = tmp_path / "cache" / "lab-index.json"
    monkeypatch.setattr(lab_index, "MAX_CACHE_BYTES", cache.stat().st_size - 1)
    assert load_cache(cache) == {}
    assert _index(tmp_path).scan([folder]).read == 40


# -- bad files and folders ----------------------------------------------------------
def _damaged_files(folder: Path) -> dict[str, str]:
    """name -> the expected status."""
    good = folder / "bon.atelier"
    write_workshop(good, _workshop("Bon"))
    (folder / "vide.atelier").write_bytes(b"")
    (folder / "texte.atelier").write_text("Compte rendu\n", encoding="utf-8")
    data = good.read_bytes()
    (folder / "coupé.atelier").write_bytes(data[: len(data) // 2])
    flipped = bytearray(data)
    rng = random.Random(7)
    for page in range(2, len(data) // 4096):  # as tests/storage/test_bad_files.py
        for _ in range(40):
            flipped[page * 4096 + rng.randrange(4096)] = rng.randrange(256)
    (folder / "abîmé.atelier").write_bytes(bytes(flipped))
    newer = folder / "futur.atelier"
    shutil.copyfile(good, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("PRAGMA user_version = 99")
    connection.close()
    other = folder / "autre.atelier"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    os.mkfifo(folder / "tube.atelier")
    (folder / "lien mort.atelier").symlink_to(folder / "absent.atelier")
    (folder / "boucle.atelier").symlink_to("boucle.atelier")
    (folder / "zéro.atelier").symlink_to("/dev/zero")  # endless: never read
    with (folder / "creux.atelier").open("wb") as sparse:  # 1 GB claimed, nothing on disk
        sparse.truncate(lab_index.MAX_FILE_BYTES + 1)
    return {
        "bon.atelier": "ok",
        "vide.atelier": "damaged",
        "texte.atelier": "damaged",
        "coupé.atelier": "damaged",
        "abîmé.atelier": "damaged",
        "futur.atelier": "newer",
        "autre.atelier": "damaged",
        "tube.atelier": "unreadable",
        "lien mort.atelier": "unreadable",
        "boucle.atelier": "unreadable",
        "zéro.atelier": "unreadable",
        "creux.atelier": "unreadable",
    }


def test_damaged_newer_and_strange_files_are_shown_as_such_without_stopping(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "partage"
    folder.mkdir()
    expected = _damaged_files(folder)
    before = _snapshot(folder)
    scan = _index(tmp_path).scan([folder])
    found = _by_name(scan)
    assert {name: e.status for name, e in found.items()} == expected
    for entry in found.values():
        if entry.status != "ok":
            assert entry.message is not None
            assert str(entry.path) in entry.message.render()
            assert entry.summary is None and not entry.counted
    assert found["futur.atelier"].message.text == errors.NEWER  # type: ignore[union-attr]
    assert "99" in found["futur.atelier"].message.render()  # type: ignore[union-attr]
    assert found["boucle.atelier"].message.params["reason"].text == errors.LINK_LOOP  # type: ignore[union-attr]
    assert _snapshot(folder) == before
    # What an unchanged file will say again is kept: damaged and newer are not read twice.
    assert found["creux.atelier"].message.text == lab_index.TOO_LARGE  # type: ignore[union-attr]
    again = _index(tmp_path).scan([folder])
    assert again.read == 5  # the unreadable ones are tried again each time
    assert {e.path.name: e.status for e in again.entries} == expected


def test_a_file_larger_than_the_limit_is_listed_unreadable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "lab"
    folder.mkdir()
    write_workshop(folder / "gros.atelier", _workshop("Gros"))
    monkeypatch.setattr(lab_index, "MAX_FILE_BYTES", 100_000)
    (entry,) = _index(tmp_path).scan([folder]).entries
    assert entry.status == "unreadable"
    assert entry.message is not None and "larger than 0.1 MB" in entry.message.render()
    assert entry.message.text == lab_index.TOO_LARGE


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file of mode 000")
def test_an_unreadable_file_and_folder_are_said_and_the_rest_listed(tmp_path: Path) -> None:
    folder = tmp_path / "lab"
    (folder / "fermé").mkdir(parents=True)
    write_workshop(folder / "ouvert.atelier", _workshop("Ouvert"))
    write_workshop(folder / "secret.atelier", _workshop("Secret", 1))
    write_workshop(folder / "fermé" / "dedans.atelier", _workshop("Dedans", 2))
    (folder / "secret.atelier").chmod(0)
    (folder / "fermé").chmod(0)
    try:
        scan = _index(tmp_path).scan([folder])
    finally:
        (folder / "secret.atelier").chmod(0o644)
        (folder / "fermé").chmod(0o755)
    found = _by_name(scan)
    assert found["ouvert.atelier"].status == "ok"
    assert found["secret.atelier"].status == "unreadable"
    assert [p.text for p in scan.problems] == [lab_index.FOLDER_UNREADABLE]


def test_link_loops_and_folders_reached_twice_are_entered_once(tmp_path: Path) -> None:
    root = tmp_path / "lab"
    (root / "2025" / "mars").mkdir(parents=True)
    write_workshop(root / "2025" / "mars" / "a.atelier", _workshop("A"))
    write_workshop(root / "b.atelier", _workshop("B", 1))
    (root / "2025" / "mars" / "retour").symlink_to(root)  # a loop to the top
    (root / "raccourci").symlink_to(root / "2025")  # a second way into 2025
    (root / "2025" / "lien vers b.atelier").symlink_to(root / "b.atelier")
    (root / "2025" / "b en dur.atelier").hardlink_to(root / "b.atelier")
    scan = _index(tmp_path).scan([root, root / "2025"])  # one chosen inside the other
    assert sorted(e.summary.title for e in scan.entries if e.summary) == ["A", "B"]
    assert [p.text for p in scan.problems] == [lab_index.REACHED_TWICE]
    assert all(e.copy_of is None for e in scan.entries)


def test_folders_deeper_than_the_limit_are_not_entered_and_said(tmp_path: Path) -> None:
    root = tmp_path / "lab"
    deep = root.joinpath(*[f"n{level}" for level in range(1, lab_index.MAX_DEPTH + 2)])
    deep.mkdir(parents=True)
    write_workshop(deep.parent / "au fond.atelier", _workshop("Au fond"))
    write_workshop(deep / "trop loin.atelier", _workshop("Trop loin", 1))
    scan = _index(tmp_path).scan([root])
    assert [e.path.name for e in scan.entries] == ["au fond.atelier"]
    assert [p.text for p in scan.problems] == [lab_index.TOO_DEEP]


def test_thousands_of_unrelated_files_are_skipped_by_their_name(tmp_path: Path) -> None:
    root = tmp_path / "partage"
    (root / "photos").mkdir(parents=True)
    for number in range(3000):
        (root / "photos" / f"IMG_{number:04d}.jpg").write_bytes(b"\xff\xd8")
    for name in ("notes.txt", "a.atelier.bak", "a.atelier-journal", ".a.atelier.123-ab.part"):
        (root / name).write_bytes(b"x")
    (root / ".cache").mkdir()
    write_workshop(root / ".cache" / "cachée.atelier", _workshop("Cachée"))
    (root / "Rapport.ATELIER").write_bytes(b"")  # any case: listed (and empty)
    write_workshop(root / "vrai.atelier", _workshop("Vrai"))
    scan = _index(tmp_path).scan([root])
    assert sorted(e.path.name for e in scan.entries) == ["Rapport.ATELIER", "vrai.atelier"]


def test_the_limits_on_entries_and_workshops_stop_the_walk_and_say_so(
    lab: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = lab[0].parents[1]
    monkeypatch.setattr(lab_index, "MAX_WORKSHOPS", 10)
    scan = _index(tmp_path).scan([folder])
    assert len(scan.entries) == 10
    assert [p.text for p in scan.problems] == [lab_index.TOO_MANY_WORKSHOPS]
    monkeypatch.setattr(lab_index, "MAX_WORKSHOPS", 5000)
    monkeypatch.setattr(lab_index, "MAX_ENTRIES", 12)
    scan = _index(tmp_path).scan([folder])
    assert len(scan.entries) < 12
    assert [p.text for p in scan.problems] == [lab_index.TOO_MANY_ENTRIES]


def test_a_missing_folder_is_said_and_the_others_listed(lab: list[Path], tmp_path: Path) -> None:
    scan = _index(tmp_path).scan([tmp_path / "lecteur réseau", lab[0]])
    assert [e.path for e in scan.entries] == [lab[0]]
    assert [p.text for p in scan.problems] == [lab_index.FOLDER_MISSING]


def test_a_scan_asked_to_stop_returns_what_it_found(lab: list[Path], tmp_path: Path) -> None:
    seen: list[lab_index.LabEntry] = []
    scan = _index(tmp_path).scan(
        [lab[0].parents[1]], found=seen.append, should_stop=lambda: len(seen) >= 5
    )
    assert len(scan.entries) == 5 and scan.entries == tuple(seen)


# -- copies ---------------------------------------------------------------------------
def test_two_copies_of_one_workshop_are_shown_as_copies_and_counted_once(tmp_path: Path) -> None:
    folder = tmp_path / "lab"
    folder.mkdir()
    original = folder / "atelier.atelier"
    write_workshop(original, _workshop("Mobilité"))
    copy = folder / "copie sur la clé.atelier"
    shutil.copy2(original, copy)  # `cp` keeps the file's identity
    write_workshop(folder / "autre.atelier", _workshop("Mobilité"))  # same title: not a copy
    os.utime(copy, ns=(LATER, original.stat().st_mtime_ns + 10**9))  # the copy is newer
    scan = _index(tmp_path).scan([folder])
    found = _by_name(scan)
    assert found["atelier.atelier"].copy_of == copy
    assert found["copie sur la clé.atelier"].copy_of is None
    assert found["autre.atelier"].copy_of is None
    assert sorted(e.path.name for e in scan.counted()) == [
        "autre.atelier",
        "copie sur la clé.atelier",
    ]


# -- files being written by a colleague ---------------------------------------------------
HOLD = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=5)
if sys.argv[3] == "wal":
    connection.execute("PRAGMA journal_mode = WAL")
connection.execute(sys.argv[2])
connection.execute("UPDATE workshop SET title = 'pas encore'")
if sys.argv[3] == "wal":
    connection.execute("COMMIT")
print("ready", flush=True)
order = sys.stdin.readline().strip()
if sys.argv[3] != "wal":
    connection.execute(order)  # COMMIT or ROLLBACK, after the scan: nothing blocked it
print("done", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[list[subprocess.Popen[str]]]:
    children: list[subprocess.Popen[str]] = []
    yield children
    for child in children:
        child.kill()
        child.communicate()


def _hold(
    path: Path, begin: str, mode: str, children: list[subprocess.Popen[str]]
) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path), begin, mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    children.append(child)
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    return child


def _tell(child: subprocess.Popen[str], line: str) -> str:
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(line + "\n")
    child.stdin.flush()
    return child.stdout.readline().strip()


@pytest.mark.parametrize("begin", ["BEGIN IMMEDIATE", "BEGIN EXCLUSIVE"])
def test_a_file_held_in_a_write_transaction_is_shown_being_written_and_never_blocked(
    tmp_path: Path, holder: list[subprocess.Popen[str]], begin: str
) -> None:
    folder = tmp_path / "partage"
    folder.mkdir()
    path = folder / "en cours.atelier"
    write_workshop(path, _workshop("Déjà là"))
    child = _hold(path, begin, "journal", holder)
    pauses: list[float] = []
    scan = _index(tmp_path, sleeps=pauses).scan([folder])
    (entry,) = scan.entries
    assert entry.status == "busy"
    assert entry.message is not None and entry.message.text == lab_index.BEING_WRITTEN
    assert entry.summary is not None and entry.summary.title == "Déjà là"  # committed state
    assert not entry.counted
    assert pauses == [lab_index.RETRY_PAUSE_S] * (lab_index.READ_ATTEMPTS - 1)
    assert _tell(child, "COMMIT") == "done"  # our reading held no lock
    again = _index(tmp_path).scan([folder])  # not cached while being written
    assert again.read == 1 and again.entries[0].status == "ok"
    assert again.entries[0].summary is not None
    assert again.entries[0].summary.title == "pas encore"


def test_a_commit_that_ends_between_two_attempts_is_read_at_once(
    tmp_path: Path, holder: list[subprocess.Popen[str]]
) -> None:
    folder = tmp_path / "partage"
    folder.mkdir()
    path = folder / "en cours.atelier"
    write_workshop(path, _workshop("Avant"))
    child = _hold(path, "BEGIN IMMEDIATE", "journal", holder)

    def pause(_seconds: float) -> None:
        assert _tell(child, "COMMIT") == "done"  # the colleague's save ends meanwhile

    index = LabIndex(tmp_path / "cache.json", now_ns=Clock(), sleep=pause)
    (entry,) = index.scan([folder]).entries
    assert entry.status == "ok" and entry.summary is not None
    assert entry.summary.title == "pas encore"


def test_a_wal_file_of_another_program_is_read_with_its_wal_and_nothing_added(
    tmp_path: Path, holder: list[subprocess.Popen[str]]
) -> None:
    folder = tmp_path / "partage"
    folder.mkdir()
    path = folder / "outil.atelier"
    write_workshop(path, _workshop("Avant"))
    child = _hold(path, "BEGIN", "wal", holder)  # committed in its WAL, still open
    before = _snapshot(folder)
    (entry,) = _index(tmp_path).scan([folder]).entries
    assert entry.status == "busy" and entry.summary is not None
    assert entry.summary.title == "pas encore"  # the WAL's commit, replayed in our copy
    assert _snapshot(folder) == before
    _tell(child, "")
    child.kill()
    child.wait()
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    before = _snapshot(folder)
    (entry,) = _index(tmp_path).scan([folder]).entries
    assert entry.status == "ok"
    assert _snapshot(folder) == before  # no -shm made beside a WAL-mode file


CUT_SHORT = """
import os, signal, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size = 1")
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE workshop SET title = 'coupé'")
connection.execute("UPDATE person SET name = name || hex(randomblob(400))")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_commit_cut_short_by_a_crash_shows_the_committed_state_and_is_left_alone(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "partage"
    folder.mkdir()
    path = folder / "plantage.atelier"
    write_workshop(path, _workshop("Engagé"))
    subprocess.run([sys.executable, "-c", CUT_SHORT, str(path)], env=ENV, check=False)
    assert path.with_name(path.name + "-journal").exists()
    before = _snapshot(folder)
    (entry,) = _index(tmp_path).scan([folder]).entries
    assert entry.status == "busy"
    assert entry.summary is not None and entry.summary.title == "Engagé"
    assert _snapshot(folder) == before


# -- the generator, and the app's entry point ---------------------------------------------
def test_the_lab_folder_is_the_same_for_the_same_seed(tmp_path: Path) -> None:
    one = make_lab_folder(tmp_path / "un", 5, seed=3)
    two = make_lab_folder(tmp_path / "deux", 5, seed=3)
    assert [p.relative_to(tmp_path / "un") for p in one] == [
        p.relative_to(tmp_path / "deux") for p in two
    ]
    summaries = [lab_summary.summary_of(lab_workshop(i, 3)) for i in range(5)]
    assert [e.summary for e in read_lab(one).entries] == summaries
    with pytest.raises(FileExistsError):
        make_lab_folder(tmp_path / "un", 5, seed=3)


def test_read_lab_takes_files_and_folders_and_dates_may_be_missing(
    lab: list[Path],
) -> None:
    undated = next(p for p in lab if p.parent.name == "sans-date")
    scan = read_lab([undated, lab[0]])
    assert [e.path for e in scan.entries] == [undated, lab[0]]
    first = scan.entries[0].summary
    assert first is not None and first.dates == () and first.first_date == ""
    opened, workshop = WorkshopFile.open(undated, read_only=True)
    opened.close()
    assert workshop.all(Day) and all(not d.date for d in workshop.all(Day))
