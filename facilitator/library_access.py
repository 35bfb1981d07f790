"""Where the method library and session templates come from for this user."""

from __future__ import annotations

from pathlib import Path

from facilitator import paths
from facilitator.domain.library import Library
from facilitator.domain.workshop import Workshop
from facilitator.settings import Settings
from facilitator.storage.library_files import load_library


def personal_templates_dir() -> Path:
    return paths.data_dir() / "templates"


def bundled_library() -> Library:
    return load_library(paths.templates_dir())


def full_demo() -> Workshop:
    """The demo workshop with everything the app can show of it: its agenda, its board
    and votes, and its prototype cards with the photos of their paper prototypes.
    domain.demo is imported here: the app's start does not pay for it (issue 22)."""
    from facilitator.domain.demo import demo_cards, demo_workshop

    workshop = demo_workshop(library=bundled_library())
    demo_cards(workshop, demo_photos())
    return workshop


def demo_photos() -> dict[str, tuple[bytes, int, int]]:
    """The demo's photos (resources/demo), with their size read from the JPEG header."""
    photos = {}
    for path in sorted((paths.resources_dir() / "demo").glob("*.jpg")):
        data = path.read_bytes()
        photos[path.name] = (data, *jpeg_size(data))
    return photos


def jpeg_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a JPEG's frame header, or (0, 0) if there is none."""
    index = 2
    while index + 9 < len(data):
        if data[index] != 0xFF:
            return 0, 0
        marker = data[index + 1]
        length = int.from_bytes(data[index + 2 : index + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2):
            height = int.from_bytes(data[index + 5 : index + 7], "big")
            width = int.from_bytes(data[index + 7 : index + 9], "big")
            return width, height
        index += 2 + length
    return 0, 0


def load_user_library(settings: Settings | None = None) -> Library:
    """Bundled methods and templates, the user's own templates, and the shared folders."""
    shared = [Path(folder) for folder in (settings.template_folders if settings else ())]
    return load_library(paths.templates_dir(), personal_templates_dir(), shared)
