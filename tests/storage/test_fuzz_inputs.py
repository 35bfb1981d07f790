"""Fuzzing what colleagues' files can hand us (hypothesis): mutated `.atelier` files,
mutated interchange JSON, mutated method cards and session templates.

Each case must end in a workshop (or a method, a template) that is whole, or in a
clear, named refusal: never another exception, never a changed input file. The long
run (`--long`) tries 10,000 cases of each; see docs/robustness.md.

Besides mutations, hostile shapes (issue 14): arrays, objects, inline tables, dotted
keys and table headers nested up to 30,000 deep, integers of thousands of digits, and
shared folders mixing files with entries that are not regular files (links to
/dev/zero or /dev/null, folders, link loops, dangling links). FIFOs are left to
test_hostile_template_folders.py and test_safe_read.py, which open them only in a
child process with a timeout: here a regression would hang the run.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import tempfile
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from facilitator.domain.demo import demo_workshop
from facilitator.domain.images import MAX_STORED_SIDE, ImageError, decodable_info
from facilitator.domain.messages import FacilitatorError
from facilitator.domain.workshop import Workshop
from facilitator.export.pictures import printable
from facilitator.library_access import bundled_library
from facilitator.paths import templates_dir
from facilitator.storage.inspection import check_file
from facilitator.storage.interchange import dumps, read_file
from facilitator.storage.library_files import (
    LibraryFileError,
    load_library,
    read_method,
    read_template,
)
from facilitator.storage.workshop_file import WorkshopFile
from tests.edit_mix import random_edit
from tests.image_files import mutated_image

EXAMPLES, LONG_EXAMPLES = 150, 10_000


def fuzz_settings(request: pytest.FixtureRequest) -> settings:
    long_run = bool(request.config.getoption("--long"))
    return settings(
        max_examples=LONG_EXAMPLES if long_run else EXAMPLES,
        deadline=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
        ],
        database=None,
    )


@cache
def rich_workshop() -> Workshop:
    """The demo's details, then 150 random edits of every kind: every table has rows."""
    workshop = demo_workshop()
    rng = random.Random(2026)
    for _ in range(150):
        workshop.apply(random_edit(workshop, rng).changes)
    return workshop


@cache
def rich_file_bytes() -> bytes:
    with tempfile.TemporaryDirectory() as temporary:
        path = Path(temporary) / "base.atelier"
        WorkshopFile.create(path, rich_workshop()).close()
        return path.read_bytes()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- byte mutations ------------------------------------------------------------------
PAGE = 4096
# (what, seed of where, value): where and value are taken modulo what fits when applied,
# so that a failing case prints as a short recipe, not as half a megabyte of bytes.
Mutation = tuple[str, int, int]
MUTATIONS = st.lists(
    st.tuples(
        st.sampled_from(("flip", "header", "truncate", "page", "copy", "append")),
        st.integers(0, 2**32),
        st.integers(0, 2**32),
    ),
    min_size=1,
    max_size=4,
)


def mutated(base: bytes, recipe: list[Mutation]) -> bytes:
    """Flipped bytes (anywhere, or in the first pages, where the schema lives), a
    truncation, a zeroed or garbled page, a page copied over another, garbage after."""
    data = bytearray(base)
    for kind, seed, value in recipe:
        # hypothesis favours small numbers: a seed spreads the places over the file
        where = random.Random(seed).randrange(2**32)
        pages = len(data) // PAGE
        if kind == "flip" and data:
            data[where % len(data)] = value % 256
        elif kind == "header" and data:
            data[where % min(len(data), 4 * PAGE)] = value % 256
        elif kind == "truncate":
            data = data[: where % (len(data) + 1)]
        elif kind == "page" and pages:
            n = where % pages
            data[n * PAGE : (n + 1) * PAGE] = bytes([(0, 255, 65)[value % 3]]) * PAGE
        elif kind == "copy" and pages >= 2:
            source, target = where % pages, value % pages
            data[target * PAGE : (target + 1) * PAGE] = data[source * PAGE : (source + 1) * PAGE]
        elif kind == "append":
            data += random.Random(value).randbytes(where % 5000 + 1)
    return bytes(data)


def test_fuzz_the_file_opener(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    base = rich_file_bytes()
    counter = iter(range(10**9))

    @fuzz_settings(request)
    @given(recipe=MUTATIONS)
    # Found by fuzzing: a page copied over another, so text sits where a number is due.
    @example(recipe=[("copy", 165, 54866087)])
    # Found by fuzzing: a damaged page whose quick_check report is not UTF-8 itself.
    @example(
        recipe=[
            ("flip", 1852289528, 3332705063),
            ("flip", 1336088679, 3664397275),
            ("copy", 4074684077, 3464649091),
        ]
    )
    def opening(recipe: list[Mutation]) -> None:
        path = tmp_path / f"fuzz-{next(counter)}.atelier"
        path.write_bytes(mutated(base, recipe))
        before = _digest(path)
        inspection, _unreadable = check_file(path)  # never raises, never writes
        assert _digest(path) == before
        try:
            file, workshop = WorkshopFile.open(path)
        except FacilitatorError as error:
            said = error.message.render()
            assert said and path.name in said, said
            assert _digest(path) == before  # refused: not a byte changed
            assert inspection.problems  # and `check` saw a problem too
        else:
            file.close()
            again, reread = WorkshopFile.open(path, read_only=True)
            again.close()
            assert reread == workshop
        finally:
            path.unlink(missing_ok=True)
            path.with_name(path.name + "-journal").unlink(missing_ok=True)

    opening()


# -- JSON mutations ------------------------------------------------------------------
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=400),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)


def _paths(value: Any, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


def _replace(document: Any, path: tuple[object, ...], new: object, *, remove: bool) -> Any:
    if not path:
        return new
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    if remove:
        del parent[path[-1]]
    else:
        parent[path[-1]] = new
    return document


@st.composite
def mutated_json(draw: st.DrawFn, base: str) -> str:
    """Either the text cut, garbled or padded, or the document with a value replaced
    (any JSON value), removed, or a record duplicated (ids used twice)."""
    if draw(st.booleans()):
        text = base
        for _ in range(draw(st.integers(1, 3))):
            at = draw(st.integers(0, len(text)))
            end = draw(st.integers(at, min(len(text), at + 50)))
            text = text[:at] + draw(st.text(max_size=20)) + text[end:]
        return text
    document = json.loads(base)
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(document)
        path = draw(st.sampled_from(paths))
        action = draw(st.sampled_from(("replace", "remove", "duplicate")))
        if action == "duplicate" and path:
            parent = document
            for step in path[:-1]:
                parent = parent[step]
            last = path[-1]
            if isinstance(parent, list) and isinstance(last, int):
                parent.append(json.loads(json.dumps(parent[last])))
                continue
        document = _replace(
            document, path, draw(JSON_VALUES), remove=action == "remove" and bool(path)
        )
    return json.dumps(document, ensure_ascii=draw(st.booleans()))


DEEPEST = 30_000  # nesting drawn for the hostile shapes: far past every parser's stack
HOSTILE_MARK = "\x00hostile\x00"


@st.composite
def hostile_json(draw: st.DrawFn, base: str) -> str:
    """The document with one value (or the whole) replaced by arrays or objects nested
    up to `DEEPEST` deep, closed or not, or by an integer of thousands of digits."""
    document = json.loads(base)
    path = draw(st.sampled_from(_paths(document)))
    depth = draw(st.integers(1, DEEPEST))
    piece = draw(
        st.sampled_from(
            (
                "[" * depth + "]" * depth,
                '{"a": ' * depth + "1" + "}" * depth,
                '[{"a": ' * depth + "null" + "}]" * depth,
                "[" * depth,
                "9" * (depth % 9_000 + 1),
            )
        )
    )
    document = _replace(document, path, HOSTILE_MARK, remove=False)
    return json.dumps(document).replace(json.dumps(HOSTILE_MARK), piece)


def test_fuzz_the_json_importer(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    base = dumps(rich_workshop())
    counter = iter(range(10**9))

    @fuzz_settings(request)
    @given(text=st.one_of(mutated_json(base), hostile_json(base)))
    def importing(text: str) -> None:
        source = tmp_path / "colleague.json"
        source.write_text(text, encoding="utf-8")
        before = _digest(source)
        try:
            workshop = read_file(source)
        except FacilitatorError as error:
            assert error.message.render()
        else:  # accepted: it must make a sound workshop file
            target = tmp_path / f"imported-{next(counter)}.atelier"
            WorkshopFile.create(target, workshop).close()
            file, reread = WorkshopFile.open(target, read_only=True)
            file.close()
            assert reread == workshop
            target.unlink()
        assert _digest(source) == before

    importing()


# -- TOML mutations ------------------------------------------------------------------
@st.composite
def mutated_toml(draw: st.DrawFn, bases: tuple[str, ...]) -> str:
    base = draw(st.sampled_from(bases))
    if draw(st.booleans()):
        text = base
        for _ in range(draw(st.integers(1, 3))):
            at = draw(st.integers(0, len(text)))
            end = draw(st.integers(at, min(len(text), at + 30)))
            text = text[:at] + draw(st.text(max_size=15)) + text[end:]
        return text
    document = tomllib.loads(base)
    toml_values = st.recursive(
        st.booleans()
        | st.integers(-(2**63), 2**63 - 1)
        | st.floats(allow_nan=False)
        | st.text(max_size=200),
        lambda children: (
            st.lists(children, max_size=3)
            | st.dictionaries(st.text(min_size=1, max_size=10), children, max_size=3)
        ),
        max_leaves=8,
    )
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(document)[1:]))
        remove = draw(st.booleans())
        document = _replace(document, path, draw(toml_values), remove=remove)
    try:
        return tomli_w.dumps(document)
    except (TypeError, ValueError):
        return base


@st.composite
def hostile_toml(draw: st.DrawFn, bases: tuple[str, ...]) -> str:
    """A file with one hostile line put between two of its lines: arrays, inline
    tables, both mixed, a dotted key or a table header nested up to `DEEPEST` deep
    (closed or not), or an integer of thousands of digits."""
    lines = draw(st.sampled_from(bases)).splitlines(keepends=True)
    depth = draw(st.integers(1, DEEPEST))
    piece = draw(
        st.sampled_from(
            (
                "x = " + "[" * depth + "]" * depth,
                "x = " + "{a = " * depth + "1" + "}" * depth,
                "x = " + "[{a = " * depth + "1" + "}]" * depth,
                "x = " + "[" * depth,
                "a." * depth + "a = 1",
                "[" + "a." * depth + "a]",
                "[[" + " . ".join(["a"] * depth) + "]]",
                "x = " + "9" * (depth % 9_000 + 1),
            )
        )
    )
    at = draw(st.integers(0, len(lines)))
    return "".join(lines[:at]) + piece + "\n" + "".join(lines[at:])


@cache
def _bases(kind: str) -> tuple[str, ...]:
    return tuple(
        p.read_text(encoding="utf-8") for p in sorted((templates_dir() / kind).glob("*.toml"))
    )


def test_fuzz_the_template_and_method_loader(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    methods = bundled_library().methods
    texts = st.one_of(
        st.tuples(st.just("templates"), mutated_toml(_bases("templates"))),
        st.tuples(st.just("methods"), mutated_toml(_bases("methods"))),
        st.tuples(st.just("templates"), hostile_toml(_bases("templates"))),
        st.tuples(st.just("methods"), hostile_toml(_bases("methods"))),
    )

    @fuzz_settings(request)
    @given(case=texts)
    def loading(case: tuple[str, str]) -> None:
        kind, text = case
        source = tmp_path / "colleague.toml"
        source.write_text(text, encoding="utf-8")
        before = _digest(source)
        try:
            if kind == "templates":
                read_template(source, methods, "shared")
            else:
                read_method(source)
        except LibraryFileError as error:
            said = error.message.render()
            assert "colleague.toml" in said, said
        assert _digest(source) == before

    loading()


# -- shared folders of hostile entries -------------------------------------------------
def _not_a_file(path: Path, shape: str) -> None:
    if shape == "dev-zero":
        path.symlink_to("/dev/zero")
    elif shape == "dev-null":
        path.symlink_to("/dev/null")
    elif shape == "folder":
        path.mkdir()
        (path / "inside.toml").write_text(_bases("templates")[0], encoding="utf-8")
    elif shape == "loop":
        path.symlink_to(path)
    else:  # dangling
        path.symlink_to(path.with_name("gone"))


NOT_FILES = ("dev-zero", "dev-null", "folder", "loop", "dangling")


def test_fuzz_a_shared_folder_of_hostile_entries(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """A folder of up to 8 entries, each a mutated or hostile template or an entry that
    is not a regular file: the library loads, every bundled template is there, and each
    entry that is not a file is named among the problems."""
    counter = iter(range(10**9))
    bundled = set(bundled_library().templates)
    text = st.one_of(mutated_toml(_bases("templates")), hostile_toml(_bases("templates")))
    entry = st.one_of(
        st.tuples(st.just("text"), text), st.tuples(st.sampled_from(NOT_FILES), st.just(""))
    )

    @fuzz_settings(request)
    @given(entries=st.lists(entry, min_size=1, max_size=8))
    def loading(entries: list[tuple[str, str]]) -> None:
        folder = tmp_path / f"shared-{next(counter)}"
        folder.mkdir()
        named: list[str] = []
        for n, (shape, content) in enumerate(entries):
            # A text is named after its id when it has one, so that it can load.
            found = re.search(r'^id = "([a-z0-9-]{1,64})"', content, re.MULTILINE)
            name = found.group(1) if found and shape == "text" else f"entry-{n}"
            name = name if name not in named else f"entry-{n}"
            named.append(name)
            path = folder / f"{name}.toml"
            if shape == "text":
                path.write_text(content, encoding="utf-8")
            else:
                _not_a_file(path, shape)
        library = load_library(templates_dir(), None, [folder])
        said = [problem.render() for problem in library.problems]
        assert bundled <= set(library.templates)
        for name, (shape, _content) in zip(named, entries, strict=True):
            if shape != "text":
                assert any(f"{name}.toml" in line for line in said), (name, said)
        shared = [t for t in library.templates.values() if t.origin == "shared"]
        assert len(shared) + len(said) >= len(entries)  # each entry loads or is said

    loading()


# -- stored images (issue 14) ------------------------------------------------------------
def test_fuzz_stored_images(request: pytest.FixtureRequest) -> None:
    """A colleague's photo, PNG, JPEG or SVG, its size fields set to anything (a few bytes
    claiming billions of pixels), overwritten, cut or padded: judged by its header, then
    printed within `MAX_STORED_SIDE`, or refused by name: too large, or unreadable."""

    @fuzz_settings(request)
    @given(data=mutated_image())
    def printing(data: bytes) -> None:
        try:
            decodable_info(data)
        except ImageError as refused:
            with pytest.raises(ImageError) as again:  # never handed to a decoder
                printable(data, 481, 368)
            assert again.value.too_large == refused.too_large
            return
        try:
            printed, width, height = printable(data, 481, 368)
        except ImageError as error:  # within the limits: only damage is left to say
            assert not error.too_large and error.message.render()
        else:
            assert 0 < width <= MAX_STORED_SIDE and 0 < height <= MAX_STORED_SIDE
            assert decodable_info(printed).width == width

    printing()
