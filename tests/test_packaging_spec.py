"""The PyInstaller spec's options for Windows, macOS and Linux, checked here without
PyInstaller: packaging/spec_options.py (names, console flags, icons, version resource,
Info.plist) and the spec itself, run with stand-ins for PyInstaller's build steps to see
what each system's build is given. The Linux build itself is .ci/build-bundle; the
Windows and macOS builds run in .github/workflows/build.yml."""

from __future__ import annotations

import plistlib
import re
import shutil
import struct
import subprocess
import sys
import types
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import IcnsImagePlugin, IcoImagePlugin, Image

import facilitator
from tests.packaging_modules import load

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build_installer.spec"


options_module = load("facilitator_spec_options", ROOT / "packaging" / "spec_options.py")
macho = load("facilitator_macho", ROOT / "packaging" / "macos" / "macho.py")
VERSION = facilitator.__version__


def shared_mime_type() -> str:
    """The .atelier MIME type the Linux package declares (resources/linux/facilitator.xml)."""
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    tree = ET.parse(ROOT / "resources" / "linux" / "facilitator.xml")
    found = tree.getroot().find("m:mime-type", ns)
    assert found is not None
    return found.attrib["type"]


# -- spec_options ---------------------------------------------------------------


def test_the_version_is_the_package_version() -> None:
    assert options_module.read_version(ROOT) == VERSION
    for platform in ("win32", "darwin", "linux"):
        options = options_module.options_for(platform, ROOT)
        assert options.version == VERSION
        assert options.folder == f"Facilitator-{VERSION}"


def test_linux_keeps_its_one_folder_console_program() -> None:
    """dist/Facilitator-<version>/facilitator, as the .deb (packaging/linux) expects."""
    for platform in ("linux", "freebsd14"):
        options = options_module.options_for(platform, ROOT)
        assert options.platform == "linux"
        assert [(e.name, e.console) for e in options.executables] == [("facilitator", True)]
        assert options.icon is None
        assert options.windows_version is None
        assert options.bundle_name is None
        assert options.info_plist is None


def test_windows_has_a_windowed_app_and_a_console_program() -> None:
    options = options_module.options_for("win32", ROOT)
    assert [(e.name, e.console) for e in options.executables] == [
        ("Facilitator", False),
        ("facilitator-cli", True),
    ]
    # Windows' names ignore case: two programs must differ by more than that.
    names = [e.name.casefold() for e in options.executables]
    assert len(set(names)) == len(names)
    assert options.archive == f"Facilitator-{VERSION}-windows-portable.zip"


def test_the_windows_icon_has_every_size_explorer_draws() -> None:
    options = options_module.options_for("win32", ROOT)
    assert options.icon == ROOT / "resources" / "icons" / "facilitator.ico"
    with Image.open(options.icon) as icon:
        assert isinstance(icon, IcoImagePlugin.IcoImageFile)
        sizes = set(icon.info["sizes"])
        assert {(n, n) for n in options_module.ICO_SIZES} == sizes
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes  # Windows' own list
        for size in sorted(sizes):
            frame = icon.ico.getimage(size).convert("RGBA")
            assert frame.size == size
            # Drawn, not empty: opaque pixels, and a transparent corner (no square box).
            alpha = frame.getchannel("A")
            assert alpha.getextrema() == (0, 255), size
            assert alpha.getpixel((0, frame.height - 1)) == 0, size


def test_the_macos_icon_has_the_retina_sizes() -> None:
    options = options_module.options_for("darwin", ROOT)
    assert options.icon == ROOT / "resources" / "icons" / "facilitator.icns"
    with Image.open(options.icon) as icon:
        assert isinstance(icon, IcnsImagePlugin.IcnsImageFile)
        sizes = set(icon.info["sizes"])
        # 512@2x is the 1024-pixel picture the App Store and Finder's large views use.
        assert {(512, 512, 2), (512, 512, 1), (256, 256, 1), (128, 128, 1), (16, 16, 2)} <= sizes
        big = icon.icns.getimage((512, 512, 2)).convert("RGBA")
        assert big.size == (1024, 1024)
        assert big.getchannel("A").getextrema() == (0, 255)


def test_the_windows_version_resource_carries_the_package_version() -> None:
    info = options_module.options_for("win32", ROOT).windows_version
    assert info is not None
    assert info.numbers == options_module.version_numbers(VERSION)
    assert info.strings["ProductVersion"] == VERSION
    assert info.strings["FileVersion"] == ".".join(str(n) for n in info.numbers)
    assert info.strings["ProductName"] == "Facilitator"
    # Task Manager names the process by its FileDescription.
    assert info.strings["FileDescription"] == "Facilitator"
    assert info.strings["OriginalFilename"] == "Facilitator.exe"
    for key in ("CompanyName", "LegalCopyright", "InternalName", "Comments"):
        assert info.strings[key].strip(), key


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("2", (2, 0, 0, 0)),
        ("1.2.3rc1", (1, 2, 3, 0)),
        ("1.2.3.4.5", (1, 2, 3, 4)),
        ("65535.0.1.dev7", (65535, 0, 1, 0)),
    ],
)
def test_version_numbers(version: str, numbers: tuple[int, int, int, int]) -> None:
    assert options_module.version_numbers(version) == numbers


@pytest.mark.parametrize("version", ["v1.0", "", "65536.0", "1.70000"])
def test_a_version_windows_cannot_hold_is_refused(version: str) -> None:
    with pytest.raises(ValueError, match="version"):
        options_module.version_numbers(version)


def test_macos_bundle_declares_and_opens_workshops() -> None:
    options = options_module.options_for("darwin", ROOT)
    assert options.bundle_name == "Facilitator.app"
    assert [(e.name, e.console) for e in options.executables] == [("Facilitator", False)]
    assert options.archive == f"Facilitator-{VERSION}-macos.dmg"
    plist = options.info_plist
    assert plist is not None
    plistlib.loads(plistlib.dumps(plist))  # only types a property list can hold
    assert plist["NSHighResolutionCapable"] is True
    assert re.fullmatch(r"\d+\.\d+\.\d+", plist["CFBundleShortVersionString"])
    assert plist["CFBundleShortVersionString"] == ".".join(VERSION.split(".")[:3])
    assert plist["LSMinimumSystemVersion"] == options_module.MACOS_FLOOR

    (declared,) = plist["UTExportedTypeDeclarations"]
    identifier = declared["UTTypeIdentifier"]
    assert identifier == options_module.DOCUMENT_TYPE
    tags = declared["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["atelier"]
    assert tags["public.mime-type"] == [shared_mime_type()]
    assert "public.data" in declared["UTTypeConformsTo"]

    (document,) = plist["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [identifier]
    assert document["CFBundleTypeRole"] == "Editor"
    assert document["LSHandlerRank"] == "Owner"
    # PyInstaller copies the bundle's icon into Contents/Resources under its own name.
    assert document["CFBundleTypeIconFile"] == options.icon.name
    assert declared["UTTypeIconFile"] == options.icon.name


def test_the_bundle_identifier_is_reverse_dns() -> None:
    assert re.fullmatch(r"[a-z]+(\.[a-z][a-z0-9-]*)+", options_module.BUNDLE_IDENTIFIER)
    assert options_module.DOCUMENT_TYPE.startswith(
        options_module.BUNDLE_IDENTIFIER.rsplit(".", 1)[0]
    )


def test_the_same_mime_type_on_every_system() -> None:
    desktop = (ROOT / "resources" / "linux" / "facilitator.desktop").read_text(encoding="utf-8")
    assert f"MimeType={options_module.MIME_TYPE};" in desktop
    assert shared_mime_type() == options_module.MIME_TYPE


# -- Mach-O minimum macOS ----------------------------------------------------------


def _version(major: int, minor: int, patch: int = 0) -> int:
    return (major << 16) | (minor << 8) | patch


def thin(minos: int, *, build_version: bool = True, platform: int = 1) -> bytes:
    """A 64-bit Mach-O header with one unrelated command (LC_UUID) and the minimum."""
    uuid = struct.pack("<II", 0x1B, 24) + bytes(16)
    if build_version:
        version = struct.pack("<IIIIII", 0x32, 24, platform, minos, _version(15, 0), 0)
    else:
        version = struct.pack("<IIII", 0x24, 16, minos, _version(15, 0))
    commands = uuid + version
    header = struct.pack("<IiiIIIII", 0xFEEDFACF, 0x0100000C, 0, 6, 2, len(commands), 0, 0)
    return header + commands


def fat(slices: list[tuple[int, bytes]]) -> bytes:
    """A universal file of (cputype, thin file) slices, each at a 4 KiB boundary."""
    table = struct.pack(">II", 0xCAFEBABE, len(slices))
    offset = 4096
    body = b""
    for cputype, data in slices:
        table += struct.pack(">iiIII", cputype, 0, offset, len(data), 12)
        body += data.ljust(4096, b"\0")
        offset += 4096
    return table.ljust(4096, b"\0") + body


@pytest.fixture
def files(tmp_path: Path) -> Iterator[dict[str, Path]]:
    arm, intel = macho.CPU_TYPES["arm64"], macho.CPU_TYPES["x86_64"]
    contents = {
        "new": thin(_version(15, 0)),
        "old_style": thin(_version(10, 13, 4), build_version=False),
        "ios_only": thin(_version(17, 0), platform=2),
        "universal": fat([(intel, thin(_version(13, 0))), (arm, thin(_version(11, 0)))]),
        "elf": b"\x7fELF" + bytes(60),
        "java_class": struct.pack(">IHH", 0xCAFEBABE, 0, 52) + bytes(40),
        "cut_short": thin(_version(14, 0))[:40],
        "empty": b"",
    }
    paths = {}
    for name, data in contents.items():
        paths[name] = tmp_path / name
        paths[name].write_bytes(data)
    yield paths


def test_the_minimum_macos_of_each_kind_of_file(files: dict[str, Path]) -> None:
    assert macho.minimum_macos(files["new"]) == (15, 0, 0)
    assert macho.minimum_macos(files["old_style"]) == (10, 13, 4)
    assert macho.minimum_macos(files["universal"], "arm64") == (11, 0, 0)
    assert macho.minimum_macos(files["universal"], "x86_64") == (13, 0, 0)
    assert macho.minimum_macos(files["universal"]) == (13, 0, 0)  # the newest slice
    for other in ("ios_only", "elf", "java_class", "cut_short", "empty"):
        assert macho.minimum_macos(files[other]) is None, other


def test_the_newest_minimum_names_its_file(files: dict[str, Path], tmp_path: Path) -> None:
    paths = [*files.values(), tmp_path / "missing"]
    assert macho.newest_minimum(paths, "arm64") == ((15, 0, 0), files["new"])
    assert macho.newest_minimum([files["elf"], files["empty"]]) is None


def test_the_plist_minimum_rises_to_the_newest_library() -> None:
    assert macho.at_least("12.0", None) == "12.0"
    assert macho.at_least("12.0", (11, 5, 0)) == "12.0"
    assert macho.at_least("12.0", (12, 0, 0)) == "12.0"
    assert macho.at_least("12.0", (15, 0, 0)) == "15.0"
    assert macho.at_least("12.0", (13, 3, 1)) == "13.3.1"


# -- the spec, run with stand-ins for PyInstaller -----------------------------------


class Recorded:
    """A PyInstaller build step: its arguments, kept for the test to read."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs
        self.binaries: list[tuple[str, str, str]] = []
        self.datas: list[tuple[str, str, str]] = []
        self.pure: list[object] = []
        self.scripts: list[object] = []


Entry = tuple[str, str, str]  # PyInstaller's TOC entry: name in the bundle, source, kind


class Steps:
    def __init__(self, collected: tuple[list[Entry], list[Entry]] = ([], [])) -> None:
        self.calls: dict[str, list[Recorded]] = {}
        self.collected = collected  # what the stand-in Analysis finds: binaries, datas

    def step(self, name: str) -> Any:
        def make(*args: Any, **kwargs: Any) -> Recorded:
            made = Recorded(*args, **kwargs)
            if name == "Analysis":
                made.binaries, made.datas = list(self.collected[0]), list(self.collected[1])
            self.calls.setdefault(name, []).append(made)
            return made

        return make


def fake_versioninfo() -> types.ModuleType:
    """PyInstaller's versioninfo classes, recording their arguments (the real ones are
    used by every build: .ci/build-bundle builds and reads back the resource)."""
    module = types.ModuleType("PyInstaller.utils.win32.versioninfo")

    class Node(Recorded):
        def toRaw(self) -> bytes:
            return repr((self.args, sorted(self.kwargs.items()))).encode()

        def fromRaw(self, raw: bytes) -> None:
            self.args = (raw,)

    class VSVersionInfo(Node):
        def toRaw(self) -> bytes:
            if len(self.args) == 1 and isinstance(self.args[0], bytes):
                return self.args[0]
            return super().toRaw()

    for name in ("FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct"):
        setattr(module, name, type(name, (Node,), {}))
    for name in ("VarFileInfo", "VarStruct"):
        setattr(module, name, type(name, (Node,), {}))
    module.VSVersionInfo = VSVersionInfo  # type: ignore[attr-defined]
    return module


def fake_bindepend(imports: dict[str, list[str]]) -> types.ModuleType:
    """PyInstaller's bindepend, answering get_imports from `imports` (source path →
    the names it links), as the real one reads them from the file."""
    module = types.ModuleType("PyInstaller.depend.bindepend")

    def get_imports(filename: str) -> set[tuple[str, str | None]]:
        return {(name, None) for name in imports.get(filename, [])}

    module.get_imports = get_imports  # type: ignore[attr-defined]
    return module


def run_spec(
    monkeypatch: pytest.MonkeyPatch,
    platform: str,
    collected: tuple[list[Entry], list[Entry]] = ([], []),
    imports: dict[str, list[str]] | None = None,
) -> Steps:
    """The spec run for `platform` with stand-ins for PyInstaller's steps; its Analysis
    finds the `collected` binaries and datas, whose libraries are `imports`."""
    steps = Steps(collected)
    for name in ("PyInstaller", "PyInstaller.utils", "PyInstaller.utils.win32"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.win32.versioninfo", fake_versioninfo())
    monkeypatch.setitem(sys.modules, "PyInstaller.depend", types.ModuleType("PyInstaller.depend"))
    monkeypatch.setitem(sys.modules, "PyInstaller.depend.bindepend", fake_bindepend(imports or {}))
    namespace: dict[str, Any] = {"SPECPATH": str(ROOT), "__file__": str(SPEC)}
    for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        namespace[name] = steps.step(name)
    code = compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    monkeypatch.setattr(sys, "platform", platform)
    try:
        exec(code, namespace)
    finally:
        monkeypatch.undo()
    return steps


def version_strings(resource: Recorded) -> dict[str, str]:
    (string_file_info, _var_file_info) = resource.kwargs["kids"]
    (table,) = string_file_info.args[0]
    return {item.args[0]: item.args[1] for item in table.args[1]}


def test_the_spec_builds_linux_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    steps = run_spec(monkeypatch, "linux")
    (exe,) = steps.calls["EXE"]
    assert exe.kwargs["name"] == "facilitator"
    assert exe.kwargs["console"] is True
    assert exe.args[2] == []  # no Python option: the bundled interpreter as before
    assert exe.kwargs["exclude_binaries"] is True
    assert exe.kwargs["version"] is None
    (collect,) = steps.calls["COLLECT"]
    assert collect.kwargs["name"] == f"Facilitator-{VERSION}"
    assert "BUNDLE" not in steps.calls
    # Every file the bundle is given exists (a renamed resource fails here, not in CI).
    (analysis,) = steps.calls["Analysis"]
    for source, _target in analysis.kwargs["datas"]:
        assert Path(source).exists(), source
    targets = {target for _source, target in analysis.kwargs["datas"]}
    assert {"resources/fonts", "resources/icons", "resources/translations"} <= targets


def test_the_spec_builds_two_windows_programs_in_one_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    steps = run_spec(monkeypatch, "win32")
    gui, cli = steps.calls["EXE"]
    assert (gui.kwargs["name"], gui.kwargs["console"]) == ("Facilitator", False)
    assert (cli.kwargs["name"], cli.kwargs["console"]) == ("facilitator-cli", True)
    for exe in (gui, cli):
        # Python's UTF-8 mode: redirected output is UTF-8, not the ANSI code page.
        assert exe.args[2] == [("X utf8", None, "OPTION")]
        assert Path(exe.kwargs["icon"]).name == "facilitator.ico"
        assert Path(exe.kwargs["icon"]).is_file()
        assert exe.args[0] is gui.args[0]  # one analysis, one archive of modules
        strings = version_strings(exe.kwargs["version"])
        assert strings["ProductVersion"] == VERSION
        assert strings["OriginalFilename"] == "Facilitator.exe"
    (collect,) = steps.calls["COLLECT"]
    assert collect.args[:2] == (gui, cli)
    assert collect.kwargs["name"] == f"Facilitator-{VERSION}"
    assert "BUNDLE" not in steps.calls


def test_the_spec_builds_a_macos_app(monkeypatch: pytest.MonkeyPatch) -> None:
    steps = run_spec(monkeypatch, "darwin")
    (exe,) = steps.calls["EXE"]
    assert (exe.kwargs["name"], exe.kwargs["console"]) == ("Facilitator", False)
    assert exe.kwargs["version"] is None
    (bundle,) = steps.calls["BUNDLE"]
    (collect,) = steps.calls["COLLECT"]
    assert bundle.args == (collect,)
    assert bundle.kwargs["name"] == "Facilitator.app"
    assert Path(bundle.kwargs["icon"]).name == "facilitator.icns"
    assert bundle.kwargs["bundle_identifier"] == options_module.BUNDLE_IDENTIFIER
    plist = bundle.kwargs["info_plist"]
    assert plist["CFBundleDocumentTypes"][0]["LSItemContentTypes"] == ["fr.facilitator.atelier"]
    assert bundle.kwargs["version"] == plist["CFBundleShortVersionString"]


# -- what the spec leaves out ------------------------------------------------------

# Files as PyInstaller names them in each system's bundle (Linux: read from a real
# build's Analysis TOC; Windows and macOS: the PySide6 and pikepdf wheels' layouts),
# and whether the spec leaves them out.
LINUX_FILES = [
    ("PySide6/Qt/lib/libQt6Pdf.so.6", True),
    ("libQt6Pdf.so.6", True),  # PyInstaller's link beside it, at the top
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", True),
    ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", True),
    ("PySide6/Qt/lib/libQt6VirtualKeyboardQml.so.6", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", True),
    ("pikepdf.libs/libqpdf-781b0270.so.30.4.2", False),  # the accessible PDF's check
    ("libqpdf-781b0270.so.30.4.2", False),
    ("pikepdf/_core.cpython-311-x86_64-linux-gnu.so", False),
    ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", False),  # the chime
    ("PySide6/Qt/lib/libQt6Multimedia.so.6", False),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),  # the FFmpeg plugin links these
    ("PySide6/Qt/lib/libQt6Qml.so.6", False),
    ("PySide6/Qt/lib/libQt6QmlMeta.so.6", False),
    ("PySide6/Qt/lib/libQt6QmlModels.so.6", False),
    ("PySide6/Qt/lib/libQt6QmlWorkerScript.so.6", False),
    ("libQt6Quick.so.6", False),
    ("PySide6/Qt/lib/libavcodec.so.61", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", False),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
]
OTHER_FILES = [
    # Windows
    ("PySide6\\Qt6Pdf.dll", True),
    ("PySide6\\plugins\\imageformats\\qpdf.dll", True),
    ("PySide6\\Qt6VirtualKeyboard.dll", True),
    ("PySide6\\plugins\\platforminputcontexts\\qtvirtualkeyboardplugin.dll", True),
    ("pikepdf\\qpdf30.dll", False),
    ("pikepdf.libs\\qpdf30-5d2a3b1c.dll", False),
    ("PySide6\\Qt6Quick.dll", False),
    ("PySide6\\Qt6Qml.dll", False),
    ("PySide6\\plugins\\multimedia\\ffmpegmediaplugin.dll", False),
    ("PySide6\\avcodec-61.dll", False),
    # macOS
    ("PySide6/Qt/lib/QtPdf.framework/Versions/A/QtPdf", True),
    ("PySide6/Qt/lib/QtPdf.framework/Resources/Info.plist", True),
    ("PySide6/Qt/plugins/imageformats/libqpdf.dylib", True),
    ("PySide6/Qt/lib/QtVirtualKeyboard.framework/Versions/A/QtVirtualKeyboard", True),
    ("pikepdf/.dylibs/libqpdf.30.dylib", False),
    ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", False),
    ("PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml", False),
    ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.dylib", False),
]


@pytest.mark.parametrize(("name", "left_out"), LINUX_FILES + OTHER_FILES)
def test_the_drop_rules_on_each_systems_names(name: str, left_out: bool) -> None:
    assert options_module.unused_file(name) is left_out


@pytest.mark.parametrize(
    ("name", "copyleft"),
    [
        ("libreadline.so.8", True),
        ("python3.11/lib-dynload/readline.cpython-311-x86_64-linux-gnu.so", True),
        ("lib-dynload/readline.cpython-311-darwin.so", True),
        ("libreadline.8.dylib", True),
        ("libtinfo.so.6", False),
        ("libedit.so.2", False),
        ("python3.11/lib-dynload/_curses.cpython-311-x86_64-linux-gnu.so", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", False),
    ],
)
def test_gnu_readline_is_recognised(name: str, copyleft: bool) -> None:
    assert options_module.copyleft_file(name) is copyleft


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("readelf") is None,
    reason="reads the installed Linux wheels' ELF files with readelf",
)
def test_what_the_chime_and_the_pdf_check_load_stays() -> None:
    """Read from the real files: every library Qt Multimedia's FFmpeg plugin loads
    (NEEDED, followed through PySide6's own libraries) and pikepdf's own QPDF are kept.
    Leaving out Qt Quick silenced the chime in every bundle ("No QtMultimedia backends
    found"); a rule matching "libqpdf" broke the accessible PDF's check."""
    import pikepdf
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    plugin = qt / "plugins" / "multimedia" / "libffmpegmediaplugin.so"
    seen: set[str] = set()
    todo = [plugin]
    while todo:
        for soname in elf_needed(todo.pop()):
            if soname not in seen and (qt / "lib" / soname).is_file():
                seen.add(soname)
                todo.append(qt / "lib" / soname)
    assert {"libQt6Multimedia.so.6", "libQt6Quick.so.6", "libQt6Qml.so.6"} <= seen
    for soname in sorted(seen):
        assert not options_module.unused_file(f"PySide6/Qt/lib/{soname}"), soname
        assert not options_module.unused_file(soname), soname  # PyInstaller's top link
    assert not options_module.unused_file("PySide6/Qt/plugins/multimedia/" + plugin.name)

    libs = Path(pikepdf.__file__).parent.parent / "pikepdf.libs"
    (core,) = Path(pikepdf.__file__).parent.glob("_core*.so")
    qpdf = [name for name in elf_needed(core) if name.startswith("libqpdf")]
    assert qpdf and all((libs / name).is_file() for name in qpdf)
    for name in qpdf:
        assert not options_module.unused_file(f"pikepdf.libs/{name}"), name
        assert not options_module.unused_file(name), name


def elf_needed(path: Path) -> list[str]:
    """An ELF file's NEEDED sonames (readelf -d)."""
    out = subprocess.run(
        ["readelf", "-d", "-W", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def test_unmet_needs_names_the_file_that_would_not_load() -> None:
    # The rule this replaced left out Qt Quick: the FFmpeg plugin then could not load.
    dropped = ["PySide6/Qt/lib/libQt6Quick.so.6", "libQt6Quick.so.6", "PySide6/Qt6Pdf.dll"]
    needs = {
        "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so": [
            "libQt6Multimedia.so.6",
            "libQt6Quick.so.6",
        ],
        "pikepdf/_core.cpython-311-x86_64-linux-gnu.so": ["libqpdf-781b0270.so.30.4.2"],
        "PySide6\\plugins\\imageformats\\qsvg.dll": ["QT6PDF.DLL"],  # Windows: any case
    }
    assert options_module.unmet_needs(dropped, needs) == [
        ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", "libQt6Quick.so.6"),
        ("PySide6\\plugins\\imageformats\\qsvg.dll", "QT6PDF.DLL"),
    ]
    # macOS names what a file links by its install name.
    mac = {
        "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.dylib": [
            "@rpath/QtQuick.framework/Versions/A/QtQuick"
        ]
    }
    assert options_module.unmet_needs(
        ["PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick"], mac
    ) == [(next(iter(mac)), "@rpath/QtQuick.framework/Versions/A/QtQuick")]
    assert options_module.unmet_needs([], needs) == []


def linux_collected() -> tuple[list[Entry], list[Entry], dict[str, list[str]]]:
    """A Linux Analysis as PyInstaller makes it (names from a real build): binaries,
    datas (with the links PyInstaller puts at the top) and what each binary links."""
    site = "/venv/lib/python3.11/site-packages/"
    binaries = [
        (name, site + name, "EXTENSION" if ".cpython-" in name else "BINARY")
        for name, _left_out in LINUX_FILES
        if "/" in name
    ]
    links = ["libQt6Pdf.so.6", "libqpdf-781b0270.so.30.4.2", "libQt6Quick.so.6"]
    datas = [
        (name, next(b[0] for b in binaries if b[0].endswith("/" + name)), "SYMLINK")
        for name in links
    ]
    datas += [
        ("PySide6/Qt/translations/qtbase_fr.qm", site + "qtbase_fr.qm", "DATA"),
        ("PySide6/Qt/translations/qtbase_de.qm", site + "qtbase_de.qm", "DATA"),
        ("resources/fonts/DejaVuSans.ttf", "/repo/resources/fonts/DejaVuSans.ttf", "DATA"),
    ]
    imports = {
        site + "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so": [
            "libQt6Multimedia.so.6",
            "libQt6Quick.so.6",
            "libQt6Qml.so.6",
            "libavcodec.so.61",
        ],
        site + "PySide6/Qt/lib/libQt6Quick.so.6": ["libQt6Qml.so.6", "libQt6QmlModels.so.6"],
        site + "pikepdf/_core.cpython-311-x86_64-linux-gnu.so": ["libqpdf-781b0270.so.30.4.2"],
        site + "PySide6/Qt/plugins/imageformats/libqpdf.so": ["libQt6Pdf.so.6"],
    }
    return binaries, datas, imports


def test_the_spec_leaves_out_only_unused_files(monkeypatch: pytest.MonkeyPatch) -> None:
    binaries, datas, imports = linux_collected()
    steps = run_spec(monkeypatch, "linux", (binaries, datas), imports)
    (analysis,) = steps.calls["Analysis"]
    assert "readline" in analysis.kwargs["excludes"]  # GNU readline is GPL-3
    kept = {entry[0] for entry in (*analysis.binaries, *analysis.datas)}
    for name, left_out in LINUX_FILES:
        assert (name not in kept) is left_out, name
    assert "pikepdf.libs/libqpdf-781b0270.so.30.4.2" in kept
    assert "libqpdf-781b0270.so.30.4.2" in kept  # pikepdf's link, kept with its file
    assert "libQt6Quick.so.6" in kept
    assert "PySide6/Qt/translations/qtbase_fr.qm" in kept
    assert "PySide6/Qt/translations/qtbase_de.qm" not in kept
    assert "resources/fonts/DejaVuSans.ttf" in kept


def test_python_docx_finds_its_templates_in_the_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    """python-docx opens docx/parts/../templates/…: the docx/parts folder must exist on
    disk in the bundle (it did not: every Word export failed there), so the spec writes
    docx's sources out beside the archive. .ci/build-bundle exports every format with
    the built bundle."""
    import docx.parts.hdrftr

    source = Path(docx.parts.hdrftr.__file__).read_text(encoding="utf-8")
    assert '"..", "templates"' in source  # still how python-docx finds them
    for platform in ("linux", "win32", "darwin"):
        (analysis,) = run_spec(monkeypatch, platform).calls["Analysis"]
        assert analysis.kwargs["module_collection_mode"] == {"docx": "pyz+py"}
    build_bundle = (ROOT / ".ci" / "build-bundle").read_text(encoding="utf-8")
    assert "from facilitator.cli import EXPORT_FORMATS" in build_bundle


def test_the_spec_refuses_to_break_a_kept_file(monkeypatch: pytest.MonkeyPatch) -> None:
    binaries, datas, imports = linux_collected()
    # A kept plugin that links Qt PDF (as the FFmpeg plugin links Qt Quick).
    svg = "/venv/lib/python3.11/site-packages/PySide6/Qt/plugins/imageformats/libqsvg.so"
    imports[svg] = ["libQt6Svg.so.6", "libQt6Pdf.so.6"]
    with pytest.raises(SystemExit, match=r"libqsvg\.so.*libQt6Pdf\.so\.6"):
        run_spec(monkeypatch, "linux", (binaries, datas), imports)


def test_the_spec_refuses_gnu_readline(monkeypatch: pytest.MonkeyPatch) -> None:
    binaries, datas, imports = linux_collected()
    binaries.append(("libreadline.so.8", "/lib/x86_64-linux-gnu/libreadline.so.8", "BINARY"))
    with pytest.raises(SystemExit, match=r"GPL.*libreadline"):
        run_spec(monkeypatch, "linux", (binaries, datas), imports)


# -- Windows: the portable ZIP and the installer script ------------------------------

portable = load("facilitator_portable_zip", ROOT / "packaging" / "windows" / "portable_zip.py")


def windows_folder(tmp_path: Path) -> Path:
    """A one-folder app as the Windows build lays it out (the programs are stand-ins)."""
    folder = tmp_path / "dist" / f"Facilitator-{VERSION}"
    (folder / "_internal" / "resources" / "icons").mkdir(parents=True)
    (folder / "Facilitator.exe").write_bytes(b"MZ windowed")
    (folder / "facilitator-cli.exe").write_bytes(b"MZ console")
    (folder / "_internal" / "resources" / "icons" / "facilitator.svg").write_text("<svg/>")
    return folder


def test_the_portable_zip_holds_one_folder_and_its_launcher(tmp_path: Path) -> None:
    import zipfile

    folder = windows_folder(tmp_path)
    archive = tmp_path / options_module.options_for("win32", ROOT).archive
    names = portable.make_portable_zip(folder, archive)
    top = f"Facilitator-{VERSION}"
    with zipfile.ZipFile(archive) as opened:
        assert opened.testzip() is None
        assert sorted(opened.namelist()) == sorted(names)
        assert {name.split("/")[0] for name in names} == {top}  # unzips into one folder
        assert f"{top}/Facilitator.exe" in names
        assert f"{top}/_internal/resources/icons/facilitator.svg" in names
        launcher = opened.read(f"{top}/{portable.PORTABLE_LAUNCHER}")
    assert b"\r\n" in launcher and b"\n" not in launcher.replace(b"\r\n", b"")
    assert b'set "FACILITATOR_HOME=%~dp0data"' in launcher
    assert b'"%~dp0Facilitator.exe" %*' in launcher
    assert not archive.with_name(archive.name + ".part").exists()


def test_the_portable_zip_refuses_a_folder_without_its_programs(tmp_path: Path) -> None:
    folder = windows_folder(tmp_path)
    (folder / "facilitator-cli.exe").unlink()
    with pytest.raises(FileNotFoundError, match=r"facilitator-cli\.exe"):
        portable.make_portable_zip(folder, tmp_path / "out.zip")
    assert not (tmp_path / "out.zip").exists()
    folder = windows_folder(tmp_path / "again")
    with pytest.raises(ValueError, match="inside"):
        portable.make_portable_zip(folder, folder / "out.zip")


def test_the_portable_zip_programs_are_the_spec_programs() -> None:
    options = options_module.options_for("win32", ROOT)
    assert tuple(f"{e.name}.exe" for e in options.executables) == portable.REQUIRED


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    text = (ROOT / "packaging" / "windows" / "facilitator.iss").read_text(encoding="utf-8")
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
        sections.setdefault(current, []).append(line)
    return sections


def test_the_installer_needs_no_administrator() -> None:
    sections = iss_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"][1:])
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # no way to ask for more
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs
    assert setup["ChangesAssociations"] == "yes"
    assert setup["OutputBaseFilename"] == "Facilitator-{#AppVersion}-windows-setup"
    registry = sections["Registry"][1:]
    assert registry
    assert all(line.startswith("Root: HKCU;") for line in registry)  # never the machine's
    assert any('{app}\\Facilitator.exe"" ""%1""' in line for line in registry)
    assert any('Subkey: "Software\\Classes\\.atelier"' in line for line in registry)


def test_the_installer_takes_the_spec_folder_and_program() -> None:
    options = options_module.options_for("win32", ROOT)
    text = (ROOT / "packaging" / "windows" / "facilitator.iss").read_text(encoding="utf-8")
    folder_prefix = options.folder.removesuffix(VERSION)
    assert f'#define AppFolder "..\\..\\dist\\{folder_prefix}" + AppVersion' in text
    assert f"{{app}}\\{options.executables[0].name}.exe" in text
    setup = dict(line.split("=", 1) for line in iss_sections()["Setup"][1:])
    icon = setup["SetupIconFile"].replace("\\", "/")
    assert (ROOT / "packaging" / "windows" / icon).resolve() == options.icon


def test_a_version_resource_that_does_not_read_back_is_refused() -> None:
    module = fake_versioninfo()
    written = module.VSVersionInfo

    class Garbled(written):  # type: ignore[misc, valid-type]
        def fromRaw(self, raw: bytes) -> None:
            self.args = (raw[:-1],)

    module.VSVersionInfo = Garbled  # type: ignore[attr-defined]
    info = options_module.windows_version(VERSION)
    with pytest.raises(ValueError, match="read back"):
        options_module.version_resource(info, module)
    module.VSVersionInfo = written  # type: ignore[attr-defined]
    resource = options_module.version_resource(info, module)
    assert version_strings(resource)["ProductVersion"] == VERSION
