"""What build_installer.spec builds on each system: names, console flags, icons, the
Windows version resource's fields and the macOS Info.plist.

Pure Python, without PyInstaller, so that tests/test_packaging_spec.py checks every
platform's options on any machine. The spec loads this file by its path (the folder is
not a package: `packaging` is also the name of a library every venv has).

    options_for("win32", ROOT)   # or "darwin", "linux": sys.platform values
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

APP_NAME = "Facilitator"
# Reverse-DNS names are only labels: no domain is queried. Chosen for this app and kept
# for its life: macOS files its preferences and its permissions under the identifier.
BUNDLE_IDENTIFIER = "fr.facilitator.app"
DOCUMENT_TYPE = "fr.facilitator.atelier"  # the .atelier file's Uniform Type Identifier
MIME_TYPE = "application/x-facilitator-atelier"  # as resources/linux/facilitator.xml says
EXTENSION = "atelier"
COMPANY = "Facilitator contributors"
COPYRIGHT = "© Facilitator contributors, MIT licence"
# Task Manager names a process by its FileDescription: the app's name, nothing more.
DESCRIPTION = APP_NAME
COMMENTS = "Prepare and run in-person creativity workshops, offline"
# The version resource's language: French (0x040C) in Unicode (code page 1200); the
# strings are names, the same in both languages.
WINDOWS_LANGUAGE = (0x040C, 1200)
# The oldest macOS written in Info.plist when every bundled library supports older ones.
# The spec raises it to the newest `minos` found in the bundled Mach-O files
# (packaging/macos/macho.py): a wheel built on a recent runner can need a recent macOS.
MACOS_FLOOR = "12.0"
# A Windows version resource holds four 16-bit numbers (VS_FIXEDFILEINFO, Microsoft's
# "VS_FIXEDFILEINFO structure" page): each part of the version must fit.
WINDOWS_VERSION_PART_MAX = 0xFFFF

ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 96, 128, 256)  # Explorer at 100 %–400 % scale
# Pillow writes the .icns entries ic07–ic14 (128 to 1024 pixels, 32@2x to 512@2x);
# Finder scales them down for the smaller views.
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)

# Files PyInstaller collects that the app never uses, matched on their path in the bundle
# ("/"-separated), with each system's names: Linux libQt6Pdf.so.6, Windows Qt6Pdf.dll,
# macOS QtPdf.framework/…; Qt's plugins in …/plugins/<kind>/. Kept narrow on purpose:
# pikepdf's own QPDF (pikepdf.libs/libqpdf-….so.30, pikepdf/.dylibs/libqpdf.30.dylib,
# pikepdf/qpdf30.dll) is what the accessible PDF's check reads with, and Qt Multimedia's
# FFmpeg plugin (plugins/multimedia/libffmpegmediaplugin.so, the chime) links Qt Qml and
# Qt Quick (libQt6Quick, libQt6Qml, libQt6QmlMeta, libQt6QmlModels,
# libQt6QmlWorkerScript: 15.8 MiB that stay). The spec also refuses a build where a kept
# file needs a dropped one (unmet_needs).
UNUSED_FILES = (
    # Qt's virtual keyboard (an on-screen keyboard for touch screens): its input-context
    # plugin, its library and its QML types.
    re.compile(r"virtualkeyboard", re.IGNORECASE),
    # Qt PDF (a PDF renderer the app does not use: its PDFs are reportlab's and
    # LibreOffice's) and the image plugin that reads PDF pages through it.
    re.compile(r"(^|/)(lib)?Qt6Pdf[^/]*$|(^|/)QtPdf[^/]*\.framework(/|$)"),
    re.compile(r"(^|/)imageformats/(lib)?qpdf\.(so|dll|dylib)$"),
)
# Libraries under a licence that would bind the whole app (GNU GPL): the build stops if
# one is collected. GNU readline comes with Python's `readline` module, which the spec
# excludes (the standard library's `cmd`, `code` and `pdb` do without it).
COPYLEFT_FILES = (re.compile(r"(^|/)(lib)?readline[^/]*\.(so|dylib|dll)(\.\d+)*$"),)


def unused_file(name: str) -> bool:
    """Whether the bundle's file `name` (its path in the bundle, "/" or "\\"
    separated) is one of UNUSED_FILES, which the spec leaves out."""
    path = name.replace("\\", "/")
    return any(rule.search(path) for rule in UNUSED_FILES)


def copyleft_file(name: str) -> bool:
    """Whether the bundle's file `name` is one of COPYLEFT_FILES (the app is MIT)."""
    path = name.replace("\\", "/")
    return any(rule.search(path) for rule in COPYLEFT_FILES)


def unmet_needs(
    dropped: Iterable[str], needs: Mapping[str, Iterable[str]]
) -> list[tuple[str, str]]:
    """(kept file, library it needs) for each library a kept file links that is among
    the `dropped` files: such a file would fail to load in the bundle, as Qt's FFmpeg
    plugin did when Qt Quick was left out ("No QtMultimedia backends found"). `needs`
    maps each kept file to the names it imports (PyInstaller's bindepend.get_imports:
    sonames, DLL names, or macOS install names such as
    @rpath/QtQuick.framework/Versions/A/QtQuick); names are compared by their last part,
    ignoring case (Windows' DLL names)."""
    gone = {name.replace("\\", "/").rsplit("/", 1)[-1].casefold() for name in dropped}
    unmet = []
    for kept, imported in needs.items():
        for library in imported:
            if library.replace("\\", "/").rsplit("/", 1)[-1].casefold() in gone:
                unmet.append((kept, library))
    return sorted(unmet)


@dataclass(frozen=True)
class Executable:
    """One program in the one-folder app: `name` without ".exe"; `console` False is
    Windows' windowed subsystem (no console window, and no stdout or stderr)."""

    name: str
    console: bool


@dataclass(frozen=True)
class WindowsVersion:
    """The fields of a Windows version resource (Explorer's Properties > Details)."""

    numbers: tuple[int, int, int, int]
    strings: dict[str, str]


@dataclass(frozen=True)
class Options:
    """One platform's build: the folder COLLECT makes in dist/, its programs (the first
    is the one a double-click starts), the icon, the Windows version resource, the
    macOS bundle and Info.plist, and the name of the archive the workflow uploads
    (None on Linux: packaging/linux names the .deb)."""

    platform: str
    version: str
    folder: str
    executables: tuple[Executable, ...]
    icon: Path | None
    windows_version: WindowsVersion | None
    bundle_name: str | None
    info_plist: dict[str, object] | None
    archive: str | None
    # Options of the bundled Python, as `python -X utf8` takes them.
    python_options: tuple[str, ...] = ()


def read_version(root: Path) -> str:
    """facilitator.__version__, read from the source (the spec runs outside the venv
    that has the package). Raises ValueError if the line is missing."""
    text = (root / "facilitator" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise ValueError("facilitator/__init__.py has no __version__ line")
    return found.group(1)


def platform_key(sys_platform: str) -> str:
    """ "win32", "darwin" or "linux" for a `sys.platform` value (other Unixes build the
    Linux way)."""
    if sys_platform in ("win32", "darwin"):
        return sys_platform
    return "linux"


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """The four numbers of a version ("0.1.0" → (0, 1, 0, 0); "1.2.3rc1" → (1, 2, 3, 0):
    what follows the numbers is dropped). Raises ValueError for a version that does not
    start with a number, or with a part above WINDOWS_VERSION_PART_MAX."""
    found = re.match(r"\d+(?:\.\d+){0,3}", version)
    if found is None:
        raise ValueError(f"version {version!r} does not start with a number")
    parts = [int(part) for part in found.group(0).split(".")]
    if any(part > WINDOWS_VERSION_PART_MAX for part in parts):
        raise ValueError(f"version {version!r} has a part above {WINDOWS_VERSION_PART_MAX}")
    parts += [0] * (4 - len(parts))
    return (parts[0], parts[1], parts[2], parts[3])


def windows_version(version: str) -> WindowsVersion:
    """The Windows version resource for `version`; OriginalFilename names the windowed
    program, the one Explorer shows."""
    numbers = version_numbers(version)
    dotted = ".".join(str(n) for n in numbers)
    return WindowsVersion(
        numbers=numbers,
        strings={
            "Comments": COMMENTS,
            "CompanyName": COMPANY,
            "FileDescription": DESCRIPTION,
            "FileVersion": dotted,
            "InternalName": APP_NAME,
            "LegalCopyright": COPYRIGHT,
            "OriginalFilename": f"{APP_NAME}.exe",
            "ProductName": APP_NAME,
            "ProductVersion": version,
        },
    )


def version_resource(info: WindowsVersion, versioninfo: ModuleType) -> Any:
    """`info` as PyInstaller's VSVersionInfo, given its module
    (PyInstaller.utils.win32.versioninfo: the spec passes it, so that this file stays
    free of PyInstaller). The resource is written, read back and compared; raises
    ValueError if the two differ."""
    language, codepage = WINDOWS_LANGUAGE
    vi = versioninfo
    resource = vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=info.numbers, prodvers=info.numbers),
        kids=[
            vi.StringFileInfo(
                [
                    vi.StringTable(
                        f"{language:04X}{codepage:04X}",
                        [vi.StringStruct(key, value) for key, value in info.strings.items()],
                    )
                ]
            ),
            vi.VarFileInfo([vi.VarStruct("Translation", [language, codepage])]),
        ],
    )
    raw = resource.toRaw()
    again = vi.VSVersionInfo()
    again.fromRaw(raw)
    if again.toRaw() != raw:
        raise ValueError("the Windows version resource does not read back as written")
    return resource


def info_plist(version: str, minimum_macos: str = MACOS_FLOOR) -> dict[str, object]:
    """The keys the spec adds to PyInstaller's Info.plist: the .atelier type declared
    (UTExportedTypeDeclarations) and opened by the app (CFBundleDocumentTypes), sharp
    text on Retina screens, the oldest macOS the bundled libraries run on, and the
    version (CFBundleShortVersionString must be three numbers)."""
    short = ".".join(str(n) for n in version_numbers(version)[:3])
    return {
        "CFBundleShortVersionString": short,
        "CFBundleVersion": short,
        "CFBundleDevelopmentRegion": "fr",
        "CFBundleLocalizations": ["fr", "en"],
        "LSMinimumSystemVersion": minimum_macos,
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": COPYRIGHT,
        "LSApplicationCategoryType": "public.app-category.productivity",
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": DOCUMENT_TYPE,
                "UTTypeDescription": "Facilitator workshop",
                "UTTypeConformsTo": ["public.data", "public.content"],
                "UTTypeIconFile": "facilitator.icns",
                "UTTypeTagSpecification": {
                    "public.filename-extension": [EXTENSION],
                    "public.mime-type": [MIME_TYPE],
                },
            }
        ],
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "Facilitator workshop",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [DOCUMENT_TYPE],
                "CFBundleTypeIconFile": "facilitator.icns",
            }
        ],
    }


def options_for(sys_platform: str, root: Path, *, minimum_macos: str = MACOS_FLOOR) -> Options:
    """The build options for `sys_platform` ("win32", "darwin", anything else is Linux),
    the repository at `root`. The Linux build is the one-folder app
    dist/Facilitator-<version>/facilitator that the .deb packages."""
    platform = platform_key(sys_platform)
    version = read_version(root)
    icons = root / "resources" / "icons"
    folder = f"{APP_NAME}-{version}"
    if platform == "win32":
        return Options(
            platform=platform,
            version=version,
            folder=folder,
            # A windowed program has no stdout: the headless commands (check, export…)
            # and the smoke test's report run from the console one, in the same folder.
            executables=(Executable(APP_NAME, console=False), Executable("facilitator-cli", True)),
            icon=icons / "facilitator.ico",
            windows_version=windows_version(version),
            bundle_name=None,
            info_plist=None,
            archive=f"{folder}-windows-portable.zip",
            # UTF-8 mode: the command line's output redirected to a file or a pipe is
            # UTF-8, not the ANSI code page (cp1252 cannot write an Arabic idea or "→"),
            # and open() without an encoding reads UTF-8 as on Linux and macOS.
            python_options=("X utf8",),
        )
    if platform == "darwin":
        return Options(
            platform=platform,
            version=version,
            folder=folder,
            # In a terminal, Facilitator.app/Contents/MacOS/Facilitator prints as usual:
            # macOS has no windowed subsystem, one program serves both.
            executables=(Executable(APP_NAME, console=False),),
            icon=icons / "facilitator.icns",
            windows_version=None,
            bundle_name=f"{APP_NAME}.app",
            info_plist=info_plist(version, minimum_macos),
            archive=f"{folder}-macos.dmg",
        )
    return Options(
        platform=platform,
        version=version,
        folder=folder,
        executables=(Executable("facilitator", console=True),),
        icon=None,
        windows_version=None,
        bundle_name=None,
        info_plist=None,
        archive=None,
    )
