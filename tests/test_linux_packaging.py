"""The Debian package's parts, checked without building it (issue 23): the desktop entry
and the shared-mime-info type agree and recognise a real workshop file, the control
template and the manual page say what build-deb and the CLI do, the helper that reads the
bundle's ELF files maps libraries to packages, and the scripts are strict bash. The
package itself is built by .ci/build-deb and installed on a clean Debian by .ci/test-deb
(docs/packaging.md, "Linux (.deb)")."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from facilitator.cli import HEADLESS
from facilitator.domain.demo import demo_workshop
from facilitator.storage.schema import APPLICATION_ID
from facilitator.storage.workshop_file import WorkshopFile
from tests.packaging_modules import load

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "resources" / "linux"
PACKAGING = ROOT / "packaging" / "linux"
MIME_TYPE = "application/x-facilitator-atelier"
NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# shared-mime-info gives magic without a priority 50 (its spec), application/vnd.sqlite3's.
DEFAULT_MAGIC_PRIORITY = 50
DEBIAN_PACKAGE_NAME = re.compile(r"[a-z0-9][a-z0-9+.-]+")


bundle_facts = load("facilitator_bundle_facts", PACKAGING / "bundle_facts.py")


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(LINUX / "facilitator.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def mime_type() -> ET.Element:
    types = ET.parse(LINUX / "facilitator.xml").getroot().findall("m:mime-type", NS)
    assert [t.get("type") for t in types] == [MIME_TYPE]
    return types[0]


def magic_matches(head: bytes) -> bool:
    """Whether the file's first bytes pass the XML's magic, read as shared-mime-info
    reads it: a match, then any of its nested matches."""

    def passes(match: ET.Element) -> bool:
        assert match.get("type") == "string"
        value = (match.get("value") or "").encode().decode("unicode_escape").encode("latin-1")
        offset = int(match.get("offset") or "0")
        if head[offset : offset + len(value)] != value:
            return False
        nested = match.findall("m:match", NS)
        return not nested or any(passes(inner) for inner in nested)

    magic = mime_type().find("m:magic", NS)
    assert magic is not None
    return any(passes(match) for match in magic.findall("m:match", NS))


def test_the_desktop_entry_opens_workshops_with_the_installed_command() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "facilitator %f"  # /usr/bin/facilitator, one file at a time
    assert entry["Icon"] == "facilitator"
    assert entry["Terminal"] == "false"
    assert entry["MimeType"].rstrip(";").split(";") == [MIME_TYPE]
    assert entry["Comment[fr]"] and entry["GenericName[fr]"]
    assert (LINUX / f"{entry['Icon']}.svg").is_file()


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / "facilitator.desktop")],
        capture_output=True,
        text=True,
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_the_mime_type_names_workshops_in_english_and_french() -> None:
    kind = mime_type()
    comments = {c.get(LANG): c.text for c in kind.findall("m:comment", NS)}
    assert comments == {None: "Facilitator workshop", "fr": "Atelier Facilitator"}
    assert [g.get("pattern") for g in kind.findall("m:glob", NS)] == ["*.atelier"]
    # Globs are case-insensitive unless told: DEMO.ATELIER from a Windows colleague.
    assert all(g.get("case-sensitive") in (None, "false") for g in kind.findall("m:glob", NS))
    parents = [s.get("type") for s in kind.findall("m:sub-class-of", NS)]
    assert parents == ["application/vnd.sqlite3"]
    icon = kind.find("m:icon", NS)
    assert icon is not None and (LINUX / f"{icon.get('name')}.svg").is_file()


def test_the_magic_recognises_a_real_workshop_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "sans-extension"
    WorkshopFile.create(path, demo_workshop()).close()
    head = path.read_bytes()[:100]
    assert magic_matches(head)
    # The nested match is the application id SQLite keeps big-endian at byte 68.
    assert head[68:72] == APPLICATION_ID.to_bytes(4, "big") == b"FCLT"


def test_the_magic_leaves_other_sqlite_databases_and_other_files_alone(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
        connection.execute("PRAGMA application_id = 1")
    connection.close()
    assert not magic_matches(other.read_bytes()[:100])
    assert not magic_matches(b"FCLT" * 25)  # the id without the SQLite header
    assert not magic_matches(b"")


def test_the_magic_outranks_the_generic_sqlite_type() -> None:
    magic = mime_type().find("m:magic", NS)
    assert magic is not None
    assert int(magic.get("priority") or DEFAULT_MAGIC_PRIORITY) > DEFAULT_MAGIC_PRIORITY


@pytest.mark.skipif(not shutil.which("update-mime-database"), reason="shared-mime-info")
def test_shared_mime_info_compiles_the_type(tmp_path: Path) -> None:
    (tmp_path / "packages").mkdir()
    shutil.copy(LINUX / "facilitator.xml", tmp_path / "packages")
    subprocess.run(["update-mime-database", str(tmp_path)], check=True, capture_output=True)
    assert "*.atelier" in (tmp_path / "globs2").read_text(encoding="utf-8")
    assert f"[60:{MIME_TYPE}]".encode() in (tmp_path / "magic").read_bytes()


def test_the_svg_icons_are_square_drawings() -> None:
    for name in ("facilitator.svg", "application-x-facilitator-atelier.svg"):
        root = ET.parse(LINUX / name).getroot()
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        _, _, width, height = (float(v) for v in (root.get("viewBox") or "").split())
        assert width == height > 0


def control_fields() -> dict[str, str]:
    text = (PACKAGING / "control.in").read_text(encoding="utf-8")
    fields: dict[str, str] = {}
    key = ""
    for line in text.splitlines():
        if line.startswith(" "):
            fields[key] += "\n" + line
        else:
            key, _, value = line.partition(": ")
            fields[key] = value
    return fields


def test_the_control_template_has_debians_fields_and_build_deb_fills_each_blank() -> None:
    fields = control_fields()
    assert list(fields) == [
        "Package", "Version", "Architecture", "Maintainer", "Installed-Size", "Depends",
        "Recommends", "Section", "Priority", "Description",
    ]  # fmt: skip
    assert fields["Package"] == "facilitator"
    assert (fields["Section"], fields["Priority"]) == ("misc", "optional")
    blanks = set(re.findall(r"@([A-Z_]+)@", (PACKAGING / "control.in").read_text()))
    script = (ROOT / ".ci" / "build-deb").read_text(encoding="utf-8")
    filled = set(re.findall(r"s\|@([A-Z_]+)@\|", script))
    assert blanks == {"VERSION", "ARCH", "MAINTAINER", "INSTALLED_SIZE", "DEPENDS", "RECOMMENDS"}
    assert blanks <= filled


def test_the_description_is_what_dpkg_and_lintian_accept() -> None:
    synopsis, *extended = control_fields()["Description"].split("\n")
    assert 0 < len(synopsis) <= 80 and not synopsis.endswith(".")
    assert extended
    for line in extended:
        # One space, then text; " ." alone is an empty line. A line starting " ." with
        # more after it is a control statement (lintian's
        # description-contains-invalid-control-statement, met in this package).
        assert line.startswith(" ") and not line.startswith("  ")
        assert line == " ." or not line.startswith(" .")
        assert len(line) <= 80


def test_the_manual_page_names_every_command() -> None:
    page = (PACKAGING / "facilitator.1").read_text(encoding="utf-8")
    assert "@VERSION@" in page
    for command in HEADLESS:
        assert f"{command.replace('-', chr(92) + '-')}" in page, command


def test_the_copyright_is_machine_readable_and_names_the_licences() -> None:
    text = (PACKAGING / "copyright").read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    assert paragraphs[0].startswith(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
    )
    files = [p for p in paragraphs if p.startswith("Files:")]
    assert files[0].startswith("Files: *\n") and "License: MIT" in files[0]
    for paragraph in files:
        assert "\nCopyright: " in paragraph and "\nLicense: " in paragraph
    standalone = {
        p.split("\n")[0].removeprefix("License: ") for p in paragraphs if p.startswith("License:")
    }
    assert {"MIT", "LGPL-3"} <= standalone
    assert "Permission is hereby granted, free of charge" in text


def test_every_lintian_override_gives_its_reason() -> None:
    lines = (PACKAGING / "lintian-overrides").read_text(encoding="utf-8").splitlines()
    overrides = [n for n, line in enumerate(lines) if line and not line.startswith("#")]
    assert overrides
    for n in overrides:
        assert lines[n].startswith("facilitator: "), lines[n]
        reason = n - 1
        while reason >= 0 and lines[reason].startswith("facilitator: "):
            reason -= 1
        assert reason >= 0 and lines[reason].startswith("# "), lines[n]


def test_the_fallback_table_knows_the_libraries_qts_xcb_plugin_needs() -> None:
    table = bundle_facts.fallback_table()
    assert all(DEBIAN_PACKAGE_NAME.fullmatch(package) for package in table.values())
    assert all(".so." in soname for soname in table)
    # What a bare Debian lacks for the xcb plugin (Qt's "xcb-cursor0 is needed").
    for soname, package in {
        "libxcb-cursor.so.0": "libxcb-cursor0",
        "libxcb-icccm.so.4": "libxcb-icccm4",
        "libxcb-keysyms.so.1": "libxcb-keysyms1",
        "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
        "libEGL.so.1": "libegl1",
        "libfontconfig.so.1": "libfontconfig1",
        "libpulse.so.0": "libpulse0",
    }.items():
        assert table[soname] == package


debian_tools = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("readelf", "dpkg", "dpkg-architecture")),
    reason="a Debian system with binutils and dpkg-dev",
)


@debian_tools
def test_depends_come_from_the_libraries_the_bundle_lacks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A two-file "bundle": a copy of dpkg-deb, and of one library it needs. The
    libraries the bundle holds are not dependencies; the others are, by their Debian
    package."""
    program = Path(shutil.which("dpkg-deb") or "/usr/bin/dpkg-deb").resolve()
    needed = bundle_facts.needed(program)
    assert "libc.so.6" in needed and len(needed) > 2
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    shutil.copy(program, bundle / "dpkg-deb")
    kept = [n for n in needed if n != "libc.so.6"]
    triplet = bundle_facts.multiarch()
    for soname in kept[:1]:
        library = bundle_facts.system_library(soname, triplet)
        assert library is not None
        shutil.copy(library, bundle / "_internal" / soname)
    assert bundle_facts.depends(bundle) == 0
    out = capsys.readouterr().out.splitlines()
    depends = out[0].removeprefix("Depends: ").split(", ")
    assert re.fullmatch(r"libc6 \(>= 2\.[0-9]+\)", depends[0])
    others = {
        bundle_facts.owning_package(bundle_facts.system_library(n, triplet)) for n in kept[1:]
    }
    assert set(depends[1:]) == others - {"libc6"}
    assert out[1] == "Recommends: libpulse0"


@debian_tools
def test_a_library_no_package_provides_is_named_with_the_file_that_needs_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The bundle as the spec makes it: a plugin linked to a Qt library left out."""
    ls = Path(shutil.which("ls") or "/bin/ls").resolve()
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    data = bytearray(ls.read_bytes())
    first = bundle_facts.needed(ls)[0].encode()
    at = data.index(first + b"\0")
    data[at : at + len(first)] = b"libQt6Nope.so.6"[: len(first)].ljust(len(first), b"6")
    (bundle / "plugin").write_bytes(bytes(data))
    missing = bundle_facts.needed(bundle / "plugin")[0]
    assert bundle_facts.depends(bundle) == 0
    err = capsys.readouterr().err
    assert f"warning: {missing} is in no Debian package" in err and "plugin" in err


def test_licences_follow_the_runtime_requirements_only(tmp_path: Path) -> None:
    """Build tools and platform-only requirements are not in the bundle, nor listed."""
    site = tmp_path / "site-packages"

    def dist(name: str, requires: list[str], licence: str) -> None:
        info = site / f"{name}-1.0.dist-info"
        (info / "licenses").mkdir(parents=True)
        lines = [f"Name: {name}", "Version: 1.0", f"License-Expression: {licence}"]
        lines += [f"Requires-Dist: {r}" for r in requires]
        (info / "METADATA").write_text("\n".join(lines) + "\n\nbody\n", encoding="utf-8")
        (info / "licenses" / "LICENSE").write_text(f"{name} licence", encoding="utf-8")

    requirements = ["Aiohttp>=3", 'tzdata; sys_platform == "win32"', 'pytest; extra == "test"']
    dist("facilitator", requirements, "MIT")
    dist("aiohttp", ["yarl"], "Apache-2.0")
    dist("yarl", [], "Apache-2.0")
    dist("tzdata", [], "Apache-2.0")
    dist("pytest", [], "MIT")
    dist("pyinstaller", [], "GPL-2.0")
    closure = bundle_facts._runtime_closure(site)
    assert sorted(closure) == ["aiohttp", "yarl"]


def test_the_scripts_are_strict_bash_and_executable() -> None:
    for name in ("build-deb", "test-deb"):
        script = ROOT / ".ci" / name
        assert os.access(script, os.X_OK), name
        lines = script.read_text(encoding="utf-8").splitlines()
        assert lines[0] == "#!/usr/bin/env bash"
        commands = [line for line in lines[1:] if line and not line.startswith("#")]
        assert commands[0] == "set -euo pipefail", name
        subprocess.run(["bash", "-n", str(script)], check=True)


@pytest.mark.parametrize("where", ["inside-the-repository", "a-folder-of-the-users"])
def test_test_deb_refuses_a_chroot_folder_that_is_not_its_own(where: str, tmp_path: Path) -> None:
    """test-deb deletes its run folder at each run: never in the repository, never in a
    folder it did not make (FACILITATOR_CHROOT=/ or ~ by mistake)."""
    if where == "inside-the-repository":
        folder = ROOT / "dist" / "chroot"
    else:
        folder = tmp_path / "mine"
        folder.mkdir()
        (folder / "notes.txt").write_text("keep me", encoding="utf-8")
    result = subprocess.run(
        ["bash", str(ROOT / ".ci" / "test-deb")],
        env={**os.environ, "FACILITATOR_CHROOT": str(folder)},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    if where == "inside-the-repository":
        assert "outside the repository" in result.stderr
        assert not folder.exists()
    else:
        assert "not made by test-deb" in result.stderr
        assert (folder / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_git_ignores_what_the_builds_make() -> None:
    paths = ["dist/facilitator_0.1.0_amd64.deb", "build/deb/x", ".venv-bundle/bin/python"]
    result = subprocess.run(
        ["git", "check-ignore", "--no-index", *paths], cwd=ROOT, capture_output=True, text=True
    )
    assert result.stdout.split() == paths
