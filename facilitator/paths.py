"""Where things live: bundled resources and templates, and the user's own folders.

Resources sit beside the package in the source tree and inside the bundle of the
frozen app. The user's folders follow each system's conventions (platformdirs);
`FACILITATOR_HOME` roots all of them in one folder (tests, portable use).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Facilitator"


def _root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return _root() / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def templates_dir() -> Path:
    return _root() / "sessions_templates"


def _user_dir(kind: str) -> Path:
    home = os.environ.get("FACILITATOR_HOME")
    if home:
        path = Path(home) / kind
    elif kind == "config":
        path = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    elif kind == "data":
        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    else:
        path = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    return _user_dir("config")


def data_dir() -> Path:
    return _user_dir("data")


def log_dir() -> Path:
    return _user_dir("logs")
