"""Where the method library and session templates come from for this user."""

from __future__ import annotations

from pathlib import Path

from facilitator import paths
from facilitator.domain.demo import demo_workshop
from facilitator.domain.library import Library
from facilitator.domain.workshop import Workshop
from facilitator.settings import Settings
from facilitator.storage.library_files import load_library


def personal_templates_dir() -> Path:
    return paths.data_dir() / "templates"


def bundled_library() -> Library:
    return load_library(paths.templates_dir())


def full_demo() -> Workshop:
    """The demo workshop with everything the app can show of it (its agenda today)."""
    return demo_workshop(library=bundled_library())


def load_user_library(settings: Settings | None = None) -> Library:
    """Bundled methods and templates, the user's own templates, and the shared folders."""
    shared = [Path(folder) for folder in (settings.template_folders if settings else ())]
    return load_library(paths.templates_dir(), personal_templates_dir(), shared)
