"""Zip the Windows one-folder app as the portable app: unzip it anywhere the user can
write (Desktop, Documents, a USB stick) and double-click Facilitator.exe. No
installation, no administrator rights.

    python packaging/windows/portable_zip.py dist/Facilitator-0.1.0 \\
        dist/Facilitator-0.1.0-windows-portable.zip

The ZIP holds one folder, Facilitator-<version>/, with the app and PORTABLE_LAUNCHER,
which keeps the settings, logs and demo copies in a `data` folder beside it
(FACILITATOR_HOME) instead of the user's AppData: the stick carries them along.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PORTABLE_LAUNCHER = "Facilitator (portable).cmd"
# What a Windows build must hold, or the ZIP would not start (spec_options.py names them).
REQUIRED = ("Facilitator.exe", "facilitator-cli.exe")


def launcher_text() -> bytes:
    """The launcher, with the CRLF line ends cmd.exe expects."""
    text = (HERE / "portable.cmd").read_text(encoding="ascii")
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")


def make_portable_zip(app_folder: Path, archive: Path) -> list[str]:
    """Write `archive` from the one-folder app `app_folder`; returns the names in it.

    Raises FileNotFoundError if a program of REQUIRED is missing from `app_folder`,
    and ValueError if `archive` would be written inside it."""
    app_folder = app_folder.resolve()
    archive = archive.resolve()
    for name in REQUIRED:
        if not (app_folder / name).is_file():
            raise FileNotFoundError(f"{app_folder / name} is missing: build on Windows first")
    if archive.is_relative_to(app_folder):
        raise ValueError(f"{archive} is inside the folder it zips")
    top = app_folder.name
    names: list[str] = []
    partial = archive.with_name(archive.name + ".part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as out:
        for path in sorted(app_folder.rglob("*")):
            if path.is_file():
                name = f"{top}/{path.relative_to(app_folder).as_posix()}"
                out.write(path, name)
                names.append(name)
        name = f"{top}/{PORTABLE_LAUNCHER}"
        out.writestr(name, launcher_text())
        names.append(name)
    partial.replace(archive)
    return names


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)  # noqa: T201 (a build script reports)
        return 2
    names = make_portable_zip(Path(argv[0]), Path(argv[1]))
    size = Path(argv[1]).stat().st_size
    print(f"{argv[1]}: {len(names)} files, {size / 1e6:.1f} MB")  # noqa: T201 (a build script reports)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
