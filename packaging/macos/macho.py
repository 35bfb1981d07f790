"""The oldest macOS a Mach-O file (a dylib, a Python extension, a framework's binary)
was built to run on, read from its load commands.

A wheel built on a recent macOS runner can require that macOS (pikepdf 10.18's arm64
wheels say macOS 15.0). The spec writes the newest of these minimums into the app's
Info.plist as LSMinimumSystemVersion, so an older Mac refuses the app with Finder's
"requires macOS N" instead of a crash at start.

Format (Apple's <mach-o/loader.h> and <mach-o/fat.h>): a thin file starts with
MH_MAGIC_64 (0xfeedfacf) or MH_MAGIC (0xfeedface), little-endian on every current
Mac; its load commands follow the header. LC_BUILD_VERSION (0x32) holds the platform
(1 = macOS) and `minos`; older files have LC_VERSION_MIN_MACOSX (0x24). A version is
packed as xxxx.yy.zz in 32 bits. A universal file starts with FAT_MAGIC (0xcafebabe,
big-endian) or FAT_MAGIC_64 (0xcafebabf), then a table of its slices.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

Version = tuple[int, int, int]

MH_MAGIC = 0xFEEDFACE
MH_MAGIC_64 = 0xFEEDFACF
FAT_MAGIC = 0xCAFEBABE
FAT_MAGIC_64 = 0xCAFEBABF
LC_VERSION_MIN_MACOSX = 0x24
LC_BUILD_VERSION = 0x32
PLATFORM_MACOS = 1
CPU_TYPES = {"x86_64": 0x01000007, "arm64": 0x0100000C}
# Java class files share FAT_MAGIC; their next word (the class version, 45 or more)
# would read as the number of slices. No universal file has more than a few slices:
# file(1) uses the same cut.
MAX_FAT_SLICES = 20
# A file's load commands are read whole: no library has more than this (Qt's largest
# has a few kilobytes of them). A header claiming more is not trusted.
MAX_COMMANDS_BYTES = 1 << 20


def version_text(version: Version) -> str:
    """(14, 0, 0) → "14.0"; (10, 13, 4) → "10.13.4" (the form Info.plist takes)."""
    major, minor, patch = version
    return f"{major}.{minor}.{patch}" if patch else f"{major}.{minor}"


def _unpack(packed: int) -> Version:
    return (packed >> 16, (packed >> 8) & 0xFF, packed & 0xFF)


def _thin_minimum(stream: BinaryIO, start: int) -> Version | None:
    stream.seek(start)
    header = stream.read(28)
    if len(header) < 28:
        return None
    (magic,) = struct.unpack_from("<I", header)
    if magic not in (MH_MAGIC, MH_MAGIC_64):
        return None
    ncmds, sizeofcmds = struct.unpack_from("<II", header, 16)
    if sizeofcmds > MAX_COMMANDS_BYTES:
        return None
    stream.seek(start + (32 if magic == MH_MAGIC_64 else 28))
    commands = stream.read(sizeofcmds)
    offset = 0
    for _ in range(ncmds):
        if offset + 8 > len(commands):
            return None
        cmd, cmdsize = struct.unpack_from("<II", commands, offset)
        if cmdsize < 8:
            return None
        if cmd == LC_BUILD_VERSION and offset + 16 <= len(commands):
            platform, minos = struct.unpack_from("<II", commands, offset + 8)
            if platform == PLATFORM_MACOS:
                return _unpack(minos)
        elif cmd == LC_VERSION_MIN_MACOSX and offset + 12 <= len(commands):
            (packed,) = struct.unpack_from("<I", commands, offset + 8)
            return _unpack(packed)
        offset += cmdsize
    return None


def minimum_macos(path: Path, cpu: str | None = None) -> Version | None:
    """The oldest macOS `path` runs on, or None if it is no Mach-O file or says nothing
    (never raises for a file's content; OSError if it cannot be read). In a universal
    file, the slice for `cpu` ("arm64", "x86_64") counts, or the newest of all slices
    when `cpu` is None or absent."""
    with path.open("rb") as stream:
        head = stream.read(8)
        if len(head) < 8:
            return None
        (magic,) = struct.unpack_from(">I", head)
        if magic not in (FAT_MAGIC, FAT_MAGIC_64):
            return _thin_minimum(stream, 0)
        (count,) = struct.unpack_from(">I", head, 4)
        if count > MAX_FAT_SLICES:
            return None  # a Java class file
        entry = ">iiQQII" if magic == FAT_MAGIC_64 else ">iiIII"
        size = struct.calcsize(entry)
        table = stream.read(count * size)
        if len(table) < count * size:
            return None  # cut short
        found: dict[int, Version] = {}
        for index in range(count):
            fields = struct.unpack_from(entry, table, index * size)
            cputype, offset = fields[0], fields[2]
            version = _thin_minimum(stream, offset)
            if version is not None:
                found[cputype] = version
    wanted = CPU_TYPES.get(cpu or "")
    if wanted in found:
        return found[wanted]
    return max(found.values(), default=None)


def newest_minimum(paths: Iterable[Path], cpu: str | None = None) -> tuple[Version, Path] | None:
    """The newest minimum among `paths` and the file that sets it; files that cannot be
    read or are no Mach-O are skipped. None if none says anything."""
    newest: tuple[Version, Path] | None = None
    for path in paths:
        try:
            version = minimum_macos(path, cpu)
        except OSError:
            continue
        if version is not None and (newest is None or version > newest[0]):
            newest = (version, path)
    return newest


def at_least(floor: str, found: Version | None) -> str:
    """The LSMinimumSystemVersion to write: `floor` ("12.0"), raised to `found` when a
    bundled file needs a newer macOS."""
    numbers = [int(part) for part in floor.split(".")]
    floor_version = [*numbers, 0, 0][:3]
    if found is None or found <= (floor_version[0], floor_version[1], floor_version[2]):
        return floor
    return version_text(found)
