"""Random sequences of every kind of edit, with undo and redo, on the open workshop
(a hypothesis state machine): the file always equals memory, undoing everything
returns the initial state, and the run actions (the countdown) survive undo."""

from __future__ import annotations

import itertools
import random
import uuid
from pathlib import Path

import pytest
import shiboken6
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from pytestqt.qtbot import QtBot

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain.demo import demo_workshop
from facilitator.domain.records import Record, TimerState
from facilitator.domain.workshop import Workshop
from facilitator.storage.workshop_file import WorkshopFile
from tests.edit_mix import random_edit, timer_edit

STEPS, LONG_STEPS = 40, 100
EXAMPLES, LONG_EXAMPLES = 25, 400


def _without_the_clock(workshop: Workshop) -> list[Record]:
    """Every record but the countdown's: run actions are durable but never undone."""
    kept = [r for r in workshop.records() if not isinstance(r, TimerState)]
    return sorted(kept, key=lambda r: (r.TABLE, r.id))


def _reopened(path: Path) -> Workshop:
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return workshop


class RepeatableIds:
    """Record ids drawn from a seeded generator, reset for each example: which record a
    random edit picks depends on the ids' order, and hypothesis replays an example
    only if it behaves the same each time."""

    def __init__(self) -> None:
        self.rng = random.Random(0)

    def __call__(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)


def machine_for(folder: Path, ids: RepeatableIds) -> type[RuleBasedStateMachine]:
    numbers = itertools.count()

    class UndoRedo(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            ids.rng = random.Random(0)
            self.path = folder / f"stateful-{next(numbers)}.atelier"
            WorkshopFile.create(self.path, demo_workshop()).close()
            self.document = WorkshopDocument.open(self.path)
            self.initial = self.document.workshop.copy()
            self.ran_the_clock = False

        @rule(seed=st.integers(0, 2**32))
        def edit(self, seed: int) -> None:
            edit = random_edit(self.document.workshop, random.Random(seed), run_actions=False)
            self.document.edit(edit.kind, edit.changes)

        @rule(seed=st.integers(0, 2**32))
        def run_action(self, seed: int) -> None:
            changes = timer_edit(self.document.workshop, random.Random(seed))
            self.document.apply_untracked(changes)
            self.ran_the_clock = True

        @precondition(lambda self: self.document.undo_stack.canUndo())
        @rule()
        def undo(self) -> None:
            self.document.undo_stack.undo()

        @precondition(lambda self: self.document.undo_stack.canRedo())
        @rule()
        def redo(self) -> None:
            self.document.undo_stack.redo()

        @invariant()
        def everything_is_written(self) -> None:
            assert self.document.is_saved()

        def teardown(self) -> None:
            try:
                assert _reopened(self.path) == self.document.workshop  # reopen = memory
                while self.document.undo_stack.canUndo():
                    self.document.undo_stack.undo()
                if self.ran_the_clock:
                    assert _without_the_clock(self.document.workshop) == _without_the_clock(
                        self.initial
                    )
                else:
                    assert self.document.workshop == self.initial
                assert _reopened(self.path) == self.document.workshop
            finally:
                self.document.close()
                # Deleted now, on this thread: left to Python's exit, hundreds of
                # documents and their undo stacks outlived the QApplication (a crash).
                shiboken6.delete(self.document)

    return UndoRedo


def test_undo_and_redo_of_every_edit(
    tmp_path: Path, qtbot: QtBot, long_run: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    del qtbot  # the Qt application the document's undo stack needs
    ids = RepeatableIds()
    monkeypatch.setattr(uuid, "uuid4", ids)
    run_state_machine_as_test(
        machine_for(tmp_path, ids),
        settings=settings(
            max_examples=LONG_EXAMPLES if long_run else EXAMPLES,
            stateful_step_count=LONG_STEPS if long_run else STEPS,
            deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        ),
    )
