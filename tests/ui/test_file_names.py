"""The file name suggested for a workshop, from its title: safe on Windows, macOS and
Linux, whatever the facilitator typed (a file made on Linux is opened on Windows)."""

from __future__ import annotations

import pytest

from facilitator.ui.file_chooser import MAX_STEM, WINDOWS_DEVICE_NAMES, file_name_for

# Characters no Windows name may hold, and the ones macOS's Finder and Linux refuse.
FORBIDDEN = set('<>:"/\\|?*') | {chr(n) for n in range(32)}


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Atelier du 12 mars", "Atelier du 12 mars.atelier"),
        ("Idées : « villes » / 2025 ?", "Idées villes 2025.atelier"),
        ("", "atelier.atelier"),
        ("???", "atelier.atelier"),
        ("CON", "CON atelier.atelier"),  # the console, even with an extension
        ("nul", "nul atelier.atelier"),
        ("Com1", "Com1 atelier.atelier"),
        ("LPT²", "LPT² atelier.atelier"),  # superscript digits count
        ("CON 2", "CON 2.atelier"),  # only the bare name is kept
        ("Console", "Console.atelier"),
    ],
)
def test_a_title_becomes_a_safe_name(title: str, name: str) -> None:
    assert file_name_for(title) == name


def test_every_device_name_is_avoided() -> None:
    for device in WINDOWS_DEVICE_NAMES:
        for spelling in (device, device.lower(), f" {device} ", f"{device}."):
            stem = file_name_for(spelling).removesuffix(".atelier")
            assert stem.upper() not in WINDOWS_DEVICE_NAMES, spelling


def test_a_long_title_is_cut_without_a_trailing_space() -> None:
    for title in ("Atelier " + "très long " * 30, "x" * (MAX_STEM - 1) + " suite"):
        name = file_name_for(title)
        stem = name.removesuffix(".atelier")
        assert 0 < len(stem) <= MAX_STEM
        assert stem == stem.strip()  # Windows drops a trailing space: another name
        assert not set(name) & FORBIDDEN
        assert not name.startswith(".")  # hidden on Linux and macOS
