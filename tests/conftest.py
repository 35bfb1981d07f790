"""Shared test set-up: offscreen Qt, the user's folders redirected, real files in tmp_path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.domain.demo import demo_workshop
from facilitator.storage.workshop_file import WorkshopFile


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--long", action="store_true", help="run the torture tests with their long counts"
    )


@pytest.fixture
def long_run(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--long"))


@pytest.fixture(autouse=True)
def user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, logs and demo copies go to a fresh folder, never the tester's own."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("FACILITATOR_HOME", str(home))
    return home


@pytest.fixture
def demo_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "demo.atelier"
    WorkshopFile.create(path, demo_workshop()).close()
    yield path
