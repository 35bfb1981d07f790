"""Reading files that someone else chose (storage/safe_read.py), and the two importers
that use it besides the template folders: lists of ideas and interchange JSON.

Each hostile path is real: a FIFO made with os.mkfifo, a symbolic link to /dev/zero, a
link loop, a folder, a sparse file past the cap, a Unix socket. A FIFO is only ever
opened in a child process with a timeout, so a regression fails the test instead of
hanging it.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from facilitator.domain.demo import demo_workshop
from facilitator.domain.messages import FacilitatorError
from facilitator.library_access import full_demo
from facilitator.storage import idea_files
from facilitator.storage.idea_files import read_ideas
from facilitator.storage.interchange import MAX_JSON_BYTES, dumps, loads, read_file
from facilitator.storage.safe_read import (
    MAX_NESTING,
    FileReadError,
    bracket_depth,
    dotted_key_depth,
    read_regular_file,
    value_depth,
)
from facilitator.translations import Translator

HANG_GUARD_S = 120  # a child that has not finished by then is hung: the test fails
ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False


def _reason(call: Callable[[], object]) -> str:
    with pytest.raises(FacilitatorError) as caught:
        call()
    return caught.value.message.render()


# -- the hostile paths -----------------------------------------------------------------
def _dev_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _folder(path: Path) -> None:
    path.mkdir()
    (path / "inside.txt").write_text("a folder named like a file", encoding="utf-8")


def _loop(path: Path) -> None:
    other = path.with_name("other-" + path.name)
    path.symlink_to(other)
    other.symlink_to(path)


def _dangling(path: Path) -> None:
    path.symlink_to(path.with_name("gone-away"))


def _too_large(limit: int) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        with path.open("wb") as file:
            file.truncate(limit + 1)  # sparse: the test writes nothing, the cap is real

    return make


HOSTILE: dict[str, tuple[Callable[[Path], None], str]] = {
    "symlink to /dev/zero": (_dev_zero, "not a regular file"),
    "folder": (_folder, "is a folder"),
    "symlink loop": (_loop, "symbolic links loop"),
    "dangling symlink": (_dangling, "does not exist"),
    "missing": (lambda path: None, "does not exist"),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_paths_are_refused_with_their_reason(tmp_path: Path, case: str) -> None:
    make, words = HOSTILE[case]
    path = tmp_path / "colleague.txt"
    make(path)
    with pytest.raises(FileReadError) as caught:
        read_regular_file(path, 1000)
    said = caught.value.message.render()
    assert str(path) in said and words in said, said


def test_the_cap_is_exact_and_a_sparse_giant_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "exact.txt"
    path.write_bytes(b"x" * 1000)
    assert read_regular_file(path, 1000) == b"x" * 1000
    giant = tmp_path / "giant.txt"
    _too_large(10**12)(giant)  # a terabyte claimed, nothing on disk
    said = _reason(lambda: read_regular_file(giant, 1000))
    assert str(giant) in said and "larger than" in said, said
    path.write_bytes(b"x" * 1001)
    assert "larger than" in _reason(lambda: read_regular_file(path, 1000))


def test_a_file_that_lies_about_its_size_is_cut_at_the_cap() -> None:
    # /proc files say they are empty, then give as much as is read: the cap is on bytes
    # actually read, not on what the system claims.
    claims_empty = Path("/proc/self/maps")
    if not claims_empty.exists() or claims_empty.stat().st_size != 0:
        pytest.skip("needs Linux /proc, whose files claim a size of 0")
    said = _reason(lambda: read_regular_file(claims_empty, 10))
    assert "larger than" in said, said


def test_a_socket_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # a short relative name: socket paths are limited to 108
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind("s.txt")
        said = _reason(lambda: read_regular_file(Path("s.txt"), 1000))
        assert "not a regular file" in said, said
    finally:
        server.close()


def test_a_symlink_to_a_regular_file_elsewhere_is_followed(tmp_path: Path) -> None:
    # Decided: the app reads with the user's rights, so a link gives nothing the file
    # dialog would not; labs link templates into a shared folder. Only the target's
    # kind matters (a regular file), checked on the opened descriptor.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "real.txt").write_text("idée", encoding="utf-8")
    link = tmp_path / "shared" / "link.txt"
    link.parent.mkdir()
    link.symlink_to(elsewhere / "real.txt")
    assert read_regular_file(link, 1000) == "idée".encode()


@pytest.mark.skipif(ROOT, reason="root reads a chmod 000 file anyway (the tests run as root)")
def test_an_unreadable_file_says_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x", encoding="utf-8")
    path.chmod(0)
    try:
        assert "permission denied" in _reason(lambda: read_regular_file(path, 1000))
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    yield path


CHILD = """
import sys
from pathlib import Path
from facilitator.domain.messages import FacilitatorError
from facilitator.storage.idea_files import read_ideas
from facilitator.storage.interchange import read_file
from facilitator.storage.safe_read import read_regular_file
reader = {"raw": lambda p: read_regular_file(p, 1000), "ideas": read_ideas, "json": read_file}
try:
    reader[sys.argv[1]](Path(sys.argv[2]))
except FacilitatorError as error:
    print(error.message.render())
else:
    print("READ")
"""


@pytest.mark.parametrize("reader", ["raw", "ideas", "json"])
def test_a_fifo_never_hangs_the_reader(fifo: Path, reader: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, reader, str(fifo)],
        capture_output=True,
        text=True,
        timeout=HANG_GUARD_S,  # raises TimeoutExpired (the test fails) if it hangs
        env={**os.environ, "LANGUAGE": "en"},
    )
    assert result.returncode == 0, result.stderr
    said = result.stdout.strip()
    assert str(fifo) in said and "not a regular file" in said, said


# -- lists of ideas --------------------------------------------------------------------
@pytest.mark.parametrize("case", list(HOSTILE))
def test_idea_files_refuse_hostile_paths(tmp_path: Path, case: str) -> None:
    make, words = HOSTILE[case]
    path = tmp_path / "idées.csv"
    make(path)
    said = _reason(lambda: read_ideas(path))
    assert str(path) in said and words in said, said


def test_an_idea_file_over_the_cap_is_refused_and_one_at_the_cap_is_read(
    tmp_path: Path,
) -> None:
    path = tmp_path / "idées.txt"
    _too_large(idea_files.MAX_BYTES)(path)
    assert "larger than 5 MB" in _reason(lambda: read_ideas(path))
    line = "une idée\n".encode()
    path.write_bytes(line * (idea_files.MAX_BYTES // len(line)))
    assert len(read_ideas(path)) == idea_files.MAX_BYTES // len(line)


def test_the_refusals_are_said_in_french(tmp_path: Path) -> None:
    french = Translator("fr")
    path = tmp_path / "zéro.txt"
    _dev_zero(path)
    with pytest.raises(FacilitatorError) as caught:
        read_ideas(path)
    said = french.render(caught.value.message)
    assert "n’est pas un fichier ordinaire" in said, said
    assert "Impossible de lire" in said, said
    loop = tmp_path / "boucle.json"
    _loop(loop)
    with pytest.raises(FacilitatorError) as caught:
        read_file(loop)
    said = french.render(caught.value.message)
    assert "liens symboliques" in said, said


# -- interchange JSON ------------------------------------------------------------------
@pytest.mark.parametrize("case", list(HOSTILE))
def test_json_import_refuses_hostile_paths(tmp_path: Path, case: str) -> None:
    make, words = HOSTILE[case]
    path = tmp_path / "colleague.json"
    make(path)
    said = _reason(lambda: read_file(path))
    assert str(path) in said and words in said, said


def test_json_import_over_the_cap_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    _too_large(MAX_JSON_BYTES)(path)
    assert "larger than 256 MB" in _reason(lambda: read_file(path))


def _nest(depth: int, kind: str) -> str:
    if kind == "arrays":
        return "[" * depth + "]" * depth
    return '{"a": ' * depth + "1" + "}" * depth


@pytest.mark.parametrize("kind", ["arrays", "objects"])
@pytest.mark.parametrize("depth", [MAX_NESTING + 1, 900, 20_000, 1_000_000])
def test_deep_json_is_refused_with_a_clear_message(kind: str, depth: int) -> None:
    # 900: below json's own recursion limit, so json parses it, and the schema check,
    # which recurses further, would have failed with RecursionError.
    document = json.loads(dumps(demo_workshop()))
    document["people"] = "__DEEP__"
    text = json.dumps(document).replace('"__DEEP__"', _nest(depth, kind))
    said = _reason(lambda: loads(text))
    assert f"more than {MAX_NESTING} levels" in said, said


def test_json_with_a_number_of_5000_digits_is_refused() -> None:
    said = _reason(lambda: loads('{"format_version": ' + "1" * 5000 + "}"))
    assert "more than 4300 digits" in said, said


def _with_value(table: str, field: str, text: str) -> str:
    document = json.loads(dumps(full_demo()))
    document[table][0][field] = "__VALUE__"
    return json.dumps(document).replace('"__VALUE__"', text)


@pytest.mark.parametrize("number", [str(2**70), "9" * 313, "1e300"])
def test_json_integers_no_workshop_file_can_store_are_refused(number: str) -> None:
    # Found by the hostile-shape fuzzer: a 313-digit position crashed float() with
    # OverflowError; 2**70 passed the checks, then crashed SQLite (64-bit INTEGER).
    said = _reason(lambda: loads(_with_value("people", "position", number)))
    assert said.startswith("$.people[0].position: "), said


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity"])
def test_json_numbers_that_are_not_finite_are_refused(number: str) -> None:
    # Python's json reads them; SQLite would store NaN as NULL.
    said = _reason(lambda: loads(_with_value("ideas", "x", number)))
    assert said.startswith("$.ideas[0].x: "), said


def test_json_nesting_within_the_limit_is_judged_by_the_schema() -> None:
    said = _reason(lambda: loads('{"people": ' + _nest(MAX_NESTING - 1, "arrays") + "}"))
    assert "levels" not in said and said, said


# -- measuring nesting -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "depth"),
    [
        ("a = [[1, 2], [3]]", 2),
        ('a = "[[[[" # [[[[', 0),
        ("a = '[[[['", 0),
        ('a = """\n[[[\n"""\nb = [1]', 1),
        ("a = '''\n[[[\n'''\nb = [[1]]", 2),
        ('a = """x""""\nb = [1]', 1),  # a closing quote run of four
        ('a = "x\\"[" \nb = [1]', 1),
        ("[[t]]\nx = {a = {b = 1}}", 2),
        ('{"a": ["x]", {"b": "it\'s \\\\"}]}', 3),
        ('a = "unterminated [[\nb = [1]', 1),
        ("]]]][[", 2),
    ],
)
def test_bracket_depth_skips_strings_and_comments(text: str, depth: int) -> None:
    assert bracket_depth(text) == depth


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        ("a = 1", 0),
        ("a.b = 1", 1),
        ("  a . b . c = 1", 2),
        ("[a.b.c]", 2),
        ('"x.y".z = 1', 1),
        ('a = "a.b.c.d" # e.f.g', 0),
        ("x = {a.b.c = 1}", 2),
        ("  " + "a." * 20_000 + "a = 1", 20_000),
        ('"q".' * 50 + "a = 1", 50),
    ],
)
def test_dotted_key_depth_counts_the_tables_a_key_opens(text: str, depth: int) -> None:
    assert dotted_key_depth(text, stop_above=10**6) == depth
    assert (dotted_key_depth(text) > MAX_NESTING) == (depth > MAX_NESTING)


def test_value_depth_walks_without_recursion() -> None:
    deep: list[object] = []
    for _ in range(100_000):  # far past Python's recursion limit
        deep = [deep]
    assert value_depth(deep) == MAX_NESTING + 1
    assert value_depth(deep, stop_above=10**6) == 100_001
    assert (value_depth(1), value_depth([]), value_depth({"a": {"b": [1]}})) == (0, 1, 3)
