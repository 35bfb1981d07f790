"""The user's settings: one typed object, stored as JSON, with its own schema version.

Settings are injected into the parts of the app that need them, never read from
a global. A settings file that is damaged or from a newer version is set aside
(renamed), never a reason not to start.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from facilitator.storage.atomic import write_atomically

LanguageChoice = Literal["system", "fr", "en"]
SETTINGS_VERSION = 1
MAX_RECENT = 12
MAX_LAB_FOLDERS = 20  # folders of the lab's workshops: a lab's share, a USB key, a few more


@dataclass(frozen=True)
class RecentWorkshop:
    """What the home screen shows of a workshop opened before."""

    path: str
    title: str = ""
    dates: str = ""  # first and last day, ISO, "2026-03-12/2026-03-13"
    ideas: int = 0
    prototypes: int = 0
    last_opened: str = ""  # ISO 8601


@dataclass(frozen=True)
class Settings:
    language: LanguageChoice = "system"
    recent: tuple[RecentWorkshop, ...] = ()
    last_folder: str = ""
    template_folders: tuple[str, ...] = ()  # a lab's shared folders of session templates
    lab_folders: tuple[str, ...] = ()  # the folders of the lab's workshops (home screen)
    warning_percent: int = 20  # the countdown turns amber with this share of the time left
    last_seconds: int = 60  # ... and red for the last seconds
    sound_volume: int = 80  # 0 to 100
    sound_muted: bool = False
    auto_start_next: bool = False  # N starts the next item's countdown at once
    version: int = SETTINGS_VERSION

    def with_recent(self, entry: RecentWorkshop) -> Settings:
        others = tuple(r for r in self.recent if r.path != entry.path)
        return replace(self, recent=(entry, *others)[:MAX_RECENT])

    def without_recent(self, path: str) -> Settings:
        return replace(self, recent=tuple(r for r in self.recent if r.path != path))


def _bounded(value: object, low: int, high: int, default: int) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    return default


def _from_json(data: Any) -> Settings:
    if not isinstance(data, dict) or data.get("version") != SETTINGS_VERSION:
        raise ValueError("unknown settings version")
    language = data.get("language", "system")
    if language not in ("system", "fr", "en"):
        language = "system"
    recent = []
    for item in data.get("recent", []):
        if isinstance(item, dict) and isinstance(item.get("path"), str):
            known = {k: v for k, v in item.items() if k in RecentWorkshop.__dataclass_fields__}
            with contextlib.suppress(TypeError):
                recent.append(RecentWorkshop(**known))
    last_folder = data.get("last_folder", "")
    folders = data.get("template_folders", [])
    lab_folders = data.get("lab_folders", [])
    defaults = Settings()
    return Settings(
        warning_percent=_bounded(data.get("warning_percent"), 0, 90, defaults.warning_percent),
        last_seconds=_bounded(data.get("last_seconds"), 0, 900, defaults.last_seconds),
        sound_volume=_bounded(data.get("sound_volume"), 0, 100, defaults.sound_volume),
        sound_muted=data.get("sound_muted") is True,
        auto_start_next=data.get("auto_start_next") is True,
        language=language,
        recent=tuple(recent[:MAX_RECENT]),
        last_folder=last_folder if isinstance(last_folder, str) else "",
        template_folders=tuple(f for f in folders if isinstance(f, str))
        if isinstance(folders, list)
        else (),
        lab_folders=tuple(dict.fromkeys(f for f in lab_folders if isinstance(f, str) and f))[
            :MAX_LAB_FOLDERS
        ]
        if isinstance(lab_folders, list)
        else (),
    )


@dataclass
class SettingsStore:
    """Reads and writes the settings file in the user's config folder."""

    folder: Path
    current: Settings = field(default_factory=Settings)

    @property
    def path(self) -> Path:
        return self.folder / "settings.json"

    def load(self) -> Settings:
        try:
            self.current = _from_json(json.loads(self.path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            self.current = Settings()
        except (OSError, ValueError, TypeError):
            # Keep the damaged file for inspection and start with defaults.
            with contextlib.suppress(OSError):
                self.path.replace(self.path.with_suffix(".json.damaged"))
            self.current = Settings()
        return self.current

    def save(self, settings: Settings) -> None:
        self.current = settings
        self.folder.mkdir(parents=True, exist_ok=True)
        text = json.dumps(asdict(settings), ensure_ascii=False, indent=1)
        write_atomically(self.path, text.encode("utf-8"))
