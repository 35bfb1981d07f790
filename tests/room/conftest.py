"""The room link's tests: a real workshop file with a board and an open dot vote."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.storage.workshop_file import WorkshopFile
from tests.room.file_host import workshop_with_an_open_vote


@pytest.fixture
def room_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "salle.atelier"
    WorkshopFile.create(path, workshop_with_an_open_vote()).close()
    yield path
