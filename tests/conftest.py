"""Shared test set-up: offscreen Qt, the user's folders redirected, real files in tmp_path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.domain.agenda import workshop_from_template
from facilitator.domain.demo import demo_workshop
from facilitator.domain.library import Library
from facilitator.domain.records import Language
from facilitator.domain.workshop import Workshop
from facilitator.library_access import bundled_library, full_demo
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
    """The demo's details, no agenda."""
    path = tmp_path / "demo.atelier"
    WorkshopFile.create(path, demo_workshop()).close()
    yield path


@pytest.fixture
def full_demo_file(tmp_path: Path) -> Path:
    """The demo with everything the app can show of it (its agenda)."""
    path = tmp_path / "demo.atelier"
    WorkshopFile.create(path, full_demo()).close()
    return path


@pytest.fixture(scope="session")
def library() -> Library:
    return bundled_library()


def from_template(library: Library, template_id: str, language: Language = "fr") -> Workshop:
    """A workshop made from a bundled template, starting on 12 March 2026."""
    return workshop_from_template(
        library.templates[template_id],
        library,
        title="Atelier test",
        language=language,
        first_day=dt.date(2026, 3, 12),
        created_at="2026-03-01T10:00:00+01:00",
    )
