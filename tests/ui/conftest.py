"""UI fixtures: the main window as the app builds it, with files chosen by the test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from facilitator.paths import config_dir
from facilitator.settings import SettingsStore
from facilitator.translations import Translators
from facilitator.ui.main_window import MainWindow
from facilitator.ui.style import apply_style
from tests.clock import FakeClock


class ScriptedChooser:
    """Answers the file dialogs with the paths a test prepared."""

    def __init__(self) -> None:
        self.to_open: Path | None = None
        self.to_save: Path | None = None
        self.to_export: Path | None = None
        self.folder: Path | None = None
        self.to_import: Path | None = None
        self.export_names: list[str] = []

    def choose_workshop_to_open(self, parent: QWidget, folder: str) -> Path | None:
        return self.to_open

    def choose_new_workshop_path(
        self, parent: QWidget, folder: str, suggested_name: str
    ) -> Path | None:
        return self.to_save

    def choose_folder(self, parent: QWidget, folder: str) -> Path | None:
        return self.folder

    def choose_lab_folder(self, parent: QWidget, folder: str) -> Path | None:
        return self.folder

    def choose_import_path(self, parent: QWidget, folder: str, kind: str) -> Path | None:
        return self.to_import

    def choose_export_path(
        self, parent: QWidget, folder: str, suggested_name: str, file_filter: str
    ) -> Path | None:
        self.export_names.append(suggested_name)
        return self.to_export


@pytest.fixture
def chooser() -> ScriptedChooser:
    return ScriptedChooser()


@pytest.fixture
def translators(qapp: QApplication) -> Iterator[Translators]:
    apply_style(qapp)
    translators = Translators()
    translators.install("en")
    yield translators
    translators.install("en")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(
    qtbot: QtBot, translators: Translators, chooser: ScriptedChooser, clock: FakeClock
) -> Iterator[MainWindow]:
    settings = SettingsStore(config_dir())
    settings.load()
    main = MainWindow(settings, translators, chooser, clock=clock)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    yield main
    main.close_workshop()
