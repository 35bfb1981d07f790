"""The programs the bundled app starts (xdg-open, LibreOffice) get the system's library
search path, not the one PyInstaller's bootloader set for the bundle
(facilitator/library_path.py). The bootloader's environments below are the ones a real
bundle gets here (PyInstaller 6.22, read from /proc/PID/environ of
dist/Facilitator-*/facilitator), with and without an LD_LIBRARY_PATH of the user's."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from facilitator.library_path import restore_library_path, search_path_variable

BUNDLE = "/usr/lib/facilitator/_internal"


def test_the_users_own_path_comes_back() -> None:
    environ = {
        "LD_LIBRARY_PATH": f"{BUNDLE}:/opt/x/lib:/usr/local/lib",
        "LD_LIBRARY_PATH_ORIG": "/opt/x/lib:/usr/local/lib",
        "HOME": "/home/camille",
    }
    said = restore_library_path(environ, bundle=BUNDLE, platform="linux")
    assert environ == {"LD_LIBRARY_PATH": "/opt/x/lib:/usr/local/lib", "HOME": "/home/camille"}
    assert said is not None and "/opt/x/lib" in said


def test_a_path_set_only_by_the_bundle_is_removed() -> None:
    environ = {"LD_LIBRARY_PATH": BUNDLE, "PATH": "/usr/bin"}
    assert restore_library_path(environ, bundle=BUNDLE, platform="linux") is not None
    assert environ == {"PATH": "/usr/bin"}
    # The bundle's folder named with a trailing slash is the same folder.
    environ = {"LD_LIBRARY_PATH": BUNDLE + "/"}
    restore_library_path(environ, bundle=BUNDLE, platform="freebsd14")
    assert environ == {}


def test_without_a_saved_value_the_bundles_folder_is_taken_off() -> None:
    environ = {"LD_LIBRARY_PATH": f"{BUNDLE}:/opt/x/lib"}
    restore_library_path(environ, bundle=BUNDLE, platform="linux")
    assert environ == {"LD_LIBRARY_PATH": "/opt/x/lib"}


def test_an_empty_original_stays_empty() -> None:
    """The user had LD_LIBRARY_PATH set to nothing: that is what comes back."""
    environ = {"LD_LIBRARY_PATH": f"{BUNDLE}:", "LD_LIBRARY_PATH_ORIG": ""}
    restore_library_path(environ, bundle=BUNDLE, platform="linux")
    assert environ == {"LD_LIBRARY_PATH": ""}


def test_a_path_the_bootloader_did_not_set_is_kept() -> None:
    environ = {"LD_LIBRARY_PATH": "/opt/x/lib"}
    assert restore_library_path(environ, bundle=BUNDLE, platform="linux") is None
    assert environ == {"LD_LIBRARY_PATH": "/opt/x/lib"}


def test_nothing_changes_outside_a_bundle_or_on_windows_and_macos() -> None:
    bootloaders = {"LD_LIBRARY_PATH": f"{BUNDLE}:/opt/x", "LD_LIBRARY_PATH_ORIG": "/opt/x"}
    environ = dict(bootloaders)
    assert restore_library_path(environ, bundle=None, platform="linux") is None
    assert environ == bootloaders
    for platform in ("win32", "darwin", "cygwin"):
        assert search_path_variable(platform) is None
        environ = dict(bootloaders)
        assert restore_library_path(environ, bundle=BUNDLE, platform=platform) is None
        assert environ == bootloaders


def test_aix_uses_libpath() -> None:
    assert search_path_variable("aix7") == "LIBPATH"
    environ = {"LIBPATH": f"{BUNDLE}:/usr/lib", "LIBPATH_ORIG": "/usr/lib"}
    restore_library_path(environ, bundle=BUNDLE, platform="aix7")
    assert environ == {"LIBPATH": "/usr/lib"}


@pytest.mark.skipif(os.name != "posix" or sys.platform == "darwin", reason="LD_LIBRARY_PATH")
@pytest.mark.parametrize("users", [None, "/opt/x/lib"])
def test_libreoffice_gets_the_systems_path(tmp_path: Path, users: str | None) -> None:
    """A child Python made to look like the bundle (sys.frozen, sys._MEIPASS, the
    bootloader's environment) runs facilitator/__main__.py's first step, then starts a
    program the way the accessible PDF starts LibreOffice (office_pdf's environment and
    process): the program sees the user's LD_LIBRARY_PATH, or none."""
    bundle = tmp_path / "Facilitator-0.1.0" / "_internal"
    bundle.mkdir(parents=True)
    environ = {k: v for k, v in os.environ.items() if not k.startswith("LD_LIBRARY_PATH")}
    environ["LD_LIBRARY_PATH"] = str(bundle) + (f":{users}" if users else "")
    if users:
        environ["LD_LIBRARY_PATH_ORIG"] = users
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        sys.frozen = True
        sys._MEIPASS = {str(bundle)!r}
        from facilitator.library_path import restore_for_child_processes
        restore_for_child_processes()
        from facilitator.export import office_pdf
        command = ["sh", "-c", 'echo "${{LD_LIBRARY_PATH-unset}}|${{LD_LIBRARY_PATH_ORIG-unset}}"']
        work = Path({str(tmp_path)!r})
        print(office_pdf._run(command, 30, office_pdf._environment(work)), end="")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{users or 'unset'}|unset"
