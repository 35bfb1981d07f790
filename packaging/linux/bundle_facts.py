"""What the Debian package needs to know about the PyInstaller bundle (used by .ci/build-deb).

    python3 packaging/linux/bundle_facts.py depends BUNDLE
        prints two lines, `Depends: ...` and `Recommends: ...`, for DEBIAN/control
    python3 packaging/linux/bundle_facts.py licences BUNDLE SITE_PACKAGES OUT
        writes OUT/README and the licence texts of what the bundle holds
    python3 packaging/linux/bundle_facts.py tidy BUNDLE
        strips the shared objects and rewrites the build machine's RUNPATHs (a copy!)

dpkg-shlibdeps does not fit a PyInstaller bundle: it stops at the Python extension
modules (their Python symbols are "unresolvable"), at the copies of system libraries
PyInstaller takes from the build machine (libpulse's RUNPATH points back into the system)
and at the Qt libraries the spec leaves out on purpose. So the dependencies are read the
way the dynamic loader will look for them: every ELF file's NEEDED entries (`readelf -d`)
that no file in the bundle provides are system libraries, each mapped to its Debian package
with `dpkg -S`, or, when the build machine lacks the library, with the table in
packaging/linux/sonames. A library no package provides is reported on stderr (the file
that needs it will not load) and the build goes on.

Standard library only: runs with Debian's python3 or the bundle's venv.
"""

# ruff: noqa: T201  (a command-line tool: it prints its results)
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SONAMES = HERE / "sonames"

# Libraries the app does without: QtMultimedia is imported only when the chime plays, and
# facilitator/ui/run/sound.py stays silent when the import fails. Recommends, not Depends.
OPTIONAL = {"libpulse.so.0": "the chime at the end of a timed round"}

# Data that copies of Debian libraries in the bundle read from the system: the copied
# libfontconfig.so.1 reads /etc/fonts/fonts.conf (Debian's fontconfig-config, which also
# brings a font). Without it Qt finds no font at all: "Fontconfig error: Cannot load
# default config file", then empty text and negative sizes (seen in .ci/test-deb).
DATA = {"libfontconfig.so.1": "fontconfig-config"}

# The libraries of the GNU C library package: their symbol versions (GLIBC_2.x) give the
# lowest libc6 the bundle runs on.
GLIBC = {
    "libc.so.6",
    "libm.so.6",
    "libdl.so.2",
    "libpthread.so.0",
    "librt.so.1",
    "libresolv.so.2",
    "libutil.so.1",
    "ld-linux-x86-64.so.2",
    "ld-linux-aarch64.so.1",
}

# Python distributions that build the bundle but are not in it.
BUILD_ONLY = {
    "pip",
    "setuptools",
    "wheel",
    "pyinstaller",
    "pyinstaller-hooks-contrib",
    "altgraph",
    "packaging",
    "facilitator",
}


def run(*args: str) -> str:
    """Run a command, return its standard output (text); raises CalledProcessError."""
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def multiarch() -> str:
    """The Debian multiarch triplet of this machine, e.g. "x86_64-linux-gnu"."""
    return run("dpkg-architecture", "-qDEB_HOST_MULTIARCH").strip()


def elf_files(root: Path) -> list[Path]:
    """Every regular file under `root` that starts with the ELF magic, sorted."""
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needed(path: Path) -> list[str]:
    """The NEEDED sonames of one ELF file (`readelf -d`)."""
    return re.findall(
        r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", run("readelf", "-d", "-W", str(path))
    )


def glibc_versions(path: Path) -> list[tuple[int, ...]]:
    """The GLIBC_x.y symbol versions one ELF file needs (`readelf -V`), as tuples."""
    return [
        tuple(int(p) for p in v.split("."))
        for v in re.findall(
            r"Name: GLIBC_([0-9]+(?:\.[0-9]+)+)", run("readelf", "-V", "-W", str(path))
        )
    ]


def provided(root: Path) -> set[str]:
    """The file names the bundle provides: files and symlinks that lead to a file."""
    return {p.name for p in root.rglob("*") if p.exists()}


def system_library(soname: str, triplet: str) -> Path | None:
    """Where the system has `soname`, or None; merged /usr and the older split are tried."""
    for folder in (f"/usr/lib/{triplet}", f"/lib/{triplet}", "/usr/lib", "/lib"):
        candidate = Path(folder) / soname
        if candidate.exists():
            return candidate
    return None


def owning_package(path: Path) -> str | None:
    """The Debian package that installed `path` (`dpkg -S`), without its `:arch`, or None.

    dpkg records a library under the path its package gave, /lib or /usr/lib: both are
    asked, and the resolved path too."""
    candidates = {str(path), str(path.resolve())}
    for text in list(candidates):
        if text.startswith("/usr/lib/"):
            candidates.add(text.removeprefix("/usr"))
        elif text.startswith("/lib/"):
            candidates.add("/usr" + text)
    for candidate in sorted(candidates):
        result = subprocess.run(
            ["dpkg", "-S", candidate], check=False, capture_output=True, text=True
        )
        if result.returncode == 0:
            return result.stdout.split(":")[0].split(",")[0].strip()
    return None


def fallback_table() -> dict[str, str]:
    """packaging/linux/sonames: `soname package` per line, `#` comments."""
    table = {}
    for text in SONAMES.read_text(encoding="utf-8").splitlines():
        line = text.split("#")[0].strip()
        if line:
            soname, package = line.split()
            table[soname] = package
    return table


def depends(bundle: Path) -> int:
    """Print `Depends:` and `Recommends:` for the bundle; unresolved libraries on stderr."""
    triplet = multiarch()
    table = fallback_table()
    inside = provided(bundle)
    users: dict[str, list[str]] = {}
    glibc: tuple[int, ...] = (2, 17)
    for path in elf_files(bundle):
        names = needed(path)
        for soname in names:
            if soname not in inside:
                users.setdefault(soname, []).append(str(path.relative_to(bundle)))
        if GLIBC & set(names):
            glibc = max([glibc, *glibc_versions(path)])
    required: set[str] = set()
    recommended: set[str] = set()
    unresolved: dict[str, list[str]] = {}
    for soname, files in sorted(users.items()):
        if soname in GLIBC:
            continue
        library = system_library(soname, triplet)
        package = owning_package(library) if library else None
        package = package or table.get(soname)
        if package is None:
            unresolved[soname] = files
        elif soname in OPTIONAL:
            recommended.add(package)
        else:
            required.add(package)
    required.update(package for soname, package in DATA.items() if soname in inside)
    required.discard("libc6")
    glibc_text = ".".join(str(part) for part in glibc)
    print("Depends: " + ", ".join([f"libc6 (>= {glibc_text})", *sorted(required)]))
    print("Recommends: " + ", ".join(sorted(recommended | {"libpulse0"})))
    for soname, files in unresolved.items():
        print(
            f"warning: {soname} is in no Debian package known here, nor in the bundle; "
            f"these will not load: {', '.join(files)}",
            file=sys.stderr,
        )
    return 0


def _metadata(info: Path) -> tuple[str, str, str, list[str]]:
    """Name, version, licence and `Requires-Dist` lines of one .dist-info folder."""
    fields: dict[str, list[str]] = {}
    for line in (info / "METADATA").read_text(encoding="utf-8", errors="replace").splitlines():
        if not line:
            break
        if ": " in line and not line.startswith(" "):
            key, value = line.split(": ", 1)
            fields.setdefault(key, []).append(value)
    licence = (
        fields.get("License-Expression")
        or fields.get("License")
        or [c.split(" :: ")[-1] for c in fields.get("Classifier", []) if c.startswith("License ::")]
        or ["(not stated)"]
    )[0]
    return fields["Name"][0], fields["Version"][0], licence, fields.get("Requires-Dist", [])


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _runtime_closure(site: Path) -> dict[str, Path]:
    """The distributions the app needs at run time: facilitator's requirements, followed,
    extras and environment markers left out except a plain `python_version`/`sys_platform`
    test that this machine fails (so tzdata, Windows-only, is not listed)."""
    infos = {_normal(_metadata(i)[0]): i for i in site.glob("*.dist-info")}
    todo, seen = ["facilitator"], set()
    while todo:
        name = todo.pop()
        if name in seen or name not in infos:
            continue
        seen.add(name)
        for requirement in _metadata(infos[name])[3]:
            spec, _, marker = requirement.partition(";")
            if "extra ==" in marker or "sys_platform == 'win32'" in marker.replace('"', "'"):
                continue
            todo.append(_normal(re.split(r"[\s<>=!~\[(;]", spec.strip(), maxsplit=1)[0]))
    return {name: infos[name] for name in sorted(seen) if name not in BUILD_ONLY}


def licences(bundle: Path, site: Path, out: Path) -> int:
    """Write OUT/README (every bundled component, its version and licence) and copy the
    licence texts: Python distributions' from their .dist-info, and for each system library
    PyInstaller copied from the build machine, its Debian package's copyright file."""
    if out.exists():
        shutil.rmtree(out)
    (out / "python").mkdir(parents=True)
    (out / "debian").mkdir()
    lines = [
        "Third-party components in /usr/lib/facilitator (generated by .ci/build-deb).",
        "",
        "Python distributions (licence texts in python/NAME/):",
        "",
    ]
    for name, info in _runtime_closure(site).items():
        dist, version, licence, _ = _metadata(info)
        target = out / "python" / name
        texts = sorted((info / "licenses").rglob("*")) + [
            p
            for p in sorted(info.iterdir())
            if re.match(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", p.name, re.IGNORECASE)
        ]
        texts = [p for p in texts if p.is_file()]
        for text in texts:
            destination = target / text.relative_to(info)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(text, destination)
        lines.append(
            f"  {dist} {version}: {licence}" + ("" if texts else " (no licence file shipped)")
        )
    lines += [
        "",
        "System libraries PyInstaller copied from the Debian build machine "
        "(copyright files in debian/PACKAGE.copyright):",
        "",
    ]
    triplet = multiarch()
    packages: dict[str, list[str]] = {}
    for path in sorted((bundle / "_internal").glob("*.so*")):
        if path.is_symlink():
            continue
        library = system_library(path.name, triplet)
        if library is None:
            pulse = Path(f"/usr/lib/{triplet}/pulseaudio") / path.name
            library = pulse if pulse.exists() else None
        if library is None or library.read_bytes() != path.read_bytes():
            continue
        package = owning_package(library)
        if package:
            packages.setdefault(package, []).append(path.name)
    for package, names in sorted(packages.items()):
        version = run("dpkg-query", "-W", "-f=${Version}", package)
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if copyright_file.exists():
            shutil.copyfile(copyright_file, out / "debian" / f"{package}.copyright")
        lines.append(f"  {package} {version}: {', '.join(names)}")
    (out / "README").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(json.dumps({"python": len(_runtime_closure(site)), "debian": len(packages)}))
    return 0


def tidy(bundle: Path) -> int:
    """Make a copy of the bundle fit for /usr/lib/facilitator, in place (never run it on
    dist/: .ci/build-deb runs it on its staging copy).

    Shared objects that still carry their symbol table are stripped as dh_strip does
    (`strip --remove-section=.comment --remove-section=.note --strip-unneeded`; Debian
    policy 10.1): PyInstaller keeps Python's and some wheels' objects unstripped. The
    executable is left alone (its bootloader is already stripped). RUNPATH entries naming
    a folder of the build machine (a pyenv Python's lib folder, libpulse's
    /usr/lib/TRIPLET/pulseaudio) become `$ORIGIN`: the libraries they sought are beside the
    file, and the bootloader puts _internal on LD_LIBRARY_PATH besides. `$ORIGIN` entries
    are kept. Needs binutils' strip and patchelf."""
    before = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    stripped = rewritten = 0
    for path in elf_files(bundle):
        if path.parent == bundle:
            continue
        if ".symtab" in run("readelf", "-S", "-W", str(path)):
            run(
                "strip",
                "--remove-section=.comment",
                "--remove-section=.note",
                "--strip-unneeded",
                str(path),
            )
            stripped += 1
        runpath = run("patchelf", "--print-rpath", str(path)).strip()
        if runpath and any(not entry.startswith("$ORIGIN") for entry in runpath.split(":")):
            entries = [e if e.startswith("$ORIGIN") else "$ORIGIN" for e in runpath.split(":")]
            run("patchelf", "--set-rpath", ":".join(dict.fromkeys(entries)), str(path))
            rewritten += 1
    after = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    print(
        f"stripped {stripped} shared objects ({(before - after) / 2**20:.1f} MiB less), "
        f"rewrote {rewritten} RUNPATHs naming the build machine's folders"
    )
    return 0


def main(argv: list[str]) -> int:
    """Dispatch `depends`, `licences` or `tidy` (see the module's docstring); 2 on a
    usage error."""
    if len(argv) == 2 and argv[0] == "depends":
        return depends(Path(argv[1]))
    if len(argv) == 2 and argv[0] == "tidy":
        return tidy(Path(argv[1]))
    if len(argv) == 4 and argv[0] == "licences":
        return licences(Path(argv[1]), Path(argv[2]), Path(argv[3]))
    print(__doc__.split("\n\n")[1], file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
