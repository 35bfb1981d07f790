"""The README's first command has, right beside it, the one line to run first on a fresh
Debian or Ubuntu machine, with and without sudo (a root shell has no sudo), installing
Python's venv and every system library Qt needs to show a window (issue 23; the line was
run as written in a bare `debootstrap --variant=minbase bookworm` chroot)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from facilitator.system_libraries import EVERY_PLATFORM, XCB

README = Path(__file__).resolve().parents[1] / "README.md"
FIRST_COMMAND = (
    "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/facilitator --demo"
)
HEADING = "**Install and start the app on the demo workshop:**"
# On every Debian and Ubuntu system already: dpkg itself depends on them.
ALWAYS_THERE = {"zlib1g", "libzstd1"}
# How far from the heading the line to run first may be (README lines).
NEAR = 20


def _beside_the_first_command() -> list[str]:
    """The README's lines from the heading of the first command to the command itself."""
    lines = README.read_text(encoding="utf-8").splitlines()
    start = lines.index(HEADING)
    end = lines.index(FIRST_COMMAND)
    assert start < end <= start + NEAR, "the first command moved away from its heading"
    return lines[start:end]


def _install_line(prefix: str) -> list[str]:
    found = [line for line in _beside_the_first_command() if line.startswith(prefix)]
    assert len(found) == 1, f"one line starting {prefix!r} beside the first command: {found}"
    return found[0].split()


@pytest.mark.parametrize(
    "prefix", ["sudo apt-get update && sudo apt-get install", "apt-get update"]
)
def test_the_line_to_run_first_is_beside_the_first_command(prefix: str) -> None:
    words = _install_line(prefix)
    assert "python3-venv" in words and "libxcb-cursor0" in words
    assert "-y" in words  # runs to its end when pasted


def test_the_root_line_has_no_sudo_and_the_user_line_uses_it_for_both_commands() -> None:
    root = _install_line("apt-get update")
    assert "sudo" not in root
    user = " ".join(_install_line("sudo apt-get update"))
    assert re.fullmatch(r"sudo apt-get update && sudo apt-get install -y [a-z0-9.+ -]+", user)
    assert user.removeprefix("sudo ").replace("&& sudo ", "&& ").split() == root


def test_the_line_installs_every_library_the_app_checks_for() -> None:
    """The packages the app would name as missing (system_libraries) are all there."""
    words = set(_install_line("apt-get update"))
    needed = {library.package for library in EVERY_PLATFORM + XCB} - ALWAYS_THERE
    assert needed <= words, f"missing from the README's line: {sorted(needed - words)}"
