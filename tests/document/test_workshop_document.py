"""The open workshop: durable undo and redo, write failures kept in memory, one lock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from facilitator.document.workshop_document import ReadOnlyError, WorkshopDocument
from facilitator.domain import edits
from facilitator.domain.changes import ChangeSet
from facilitator.domain.demo import demo_workshop
from facilitator.domain.records import Day, Person
from facilitator.domain.workshop import Workshop
from facilitator.storage.lock import lock_path
from facilitator.storage.workshop_file import WorkshopFile


def _reopened(path: Path) -> Workshop:
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return workshop


@pytest.fixture
def document(demo_file: Path, qtbot: QtBot) -> Iterator[WorkshopDocument]:
    doc = WorkshopDocument.open(demo_file)
    yield doc
    doc.close()


def test_undo_and_redo_are_durable(document: WorkshopDocument, demo_file: Path) -> None:
    original = document.workshop.copy()
    document.edit("title", edits.set_info(document.workshop, title="Nouveau"))
    assert _reopened(demo_file).info.title == "Nouveau"
    document.undo_stack.undo()
    assert _reopened(demo_file) == original
    document.undo_stack.redo()
    assert _reopened(demo_file).info.title == "Nouveau"


def test_typing_in_one_session_is_one_undo_step(document: WorkshopDocument) -> None:
    original = document.workshop.info.title
    for text in ("A", "At", "Ate", "Atelier"):
        document.edit("title", edits.set_info(document.workshop, title=text), merge_key="t#1")
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.workshop.info.title == original


def test_typing_back_to_the_start_leaves_no_undo_step(document: WorkshopDocument) -> None:
    original = document.workshop.info.title
    document.edit("t", edits.set_info(document.workshop, title="X"), merge_key="t#2")
    document.edit("t", edits.set_info(document.workshop, title=original), merge_key="t#2")
    assert document.undo_stack.count() == 0


def test_a_failed_write_keeps_the_edit_and_says_so(
    document: WorkshopDocument, demo_file: Path, qtbot: QtBot
) -> None:
    file = document.file_for_tests()
    file.set_page_limit_for_tests(file.page_count())  # the disk is now full
    with qtbot.waitSignal(document.writeFailed) as failed:
        document.edit("notes", edits.set_info(document.workshop, notes="x" * 19_000))
    assert "full" in str(failed.args[0])
    assert not document.is_saved()
    assert document.workshop.info.notes == "x" * 19_000  # kept in memory
    document.edit("title", edits.set_info(document.workshop, title="Toujours là"))
    assert document.pending_count == 2
    file.set_page_limit_for_tests(1_000_000)  # space was freed
    assert document.retry()
    assert document.is_saved()
    assert _reopened(demo_file) == document.workshop


def test_save_a_copy_after_the_file_vanished(
    document: WorkshopDocument, demo_file: Path, tmp_path: Path
) -> None:
    demo_file.unlink()
    document.edit("title", edits.set_info(document.workshop, title="Sauvé"))
    assert not document.is_saved()
    assert "deleted or moved" in str(document.last_error)
    copy = tmp_path / "rescue.atelier"
    document.save_copy(copy)
    assert document.is_saved()
    assert document.path == copy
    assert _reopened(copy) == document.workshop
    document.edit("notes", edits.set_info(document.workshop, notes="après"))
    assert _reopened(copy).info.notes == "après"


def test_second_instance_gets_read_only(demo_file: Path, qtbot: QtBot) -> None:
    first = WorkshopDocument.open(demo_file)
    second = WorkshopDocument.open(demo_file)
    try:
        assert not first.read_only
        assert second.read_only and second.opened_elsewhere
        with pytest.raises(ReadOnlyError):
            second.edit("x", edits.set_info(second.workshop, title="x"))
    finally:
        second.close()
        first.close()
    assert not lock_path(demo_file).exists()
    third = WorkshopDocument.open(demo_file)
    assert not third.read_only
    third.close()


# -- the property test: random edits and undos --------------------------------
ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(
            ["title", "notes", "count", "add", "rename", "remove", "day", "unday", "undo", "redo"]
        ),
        st.integers(0, 1000),
    ),
    max_size=40,
)


def _change(workshop: Workshop, action: str, n: int) -> ChangeSet | None:
    people = workshop.all(Person)
    days = workshop.all(Day)
    if action == "title":
        return edits.set_info(workshop, title=f"Titre {n} 🙂")
    if action == "notes":
        return edits.set_info(workshop, notes=f"note {n}\n" * (n % 7))
    if action == "count":
        return edits.set_info(workshop, participant_count=n)
    if action == "add":
        return edits.add_person(workshop, "participant", f"Personne {n}")[0]
    if action == "rename" and people:
        return edits.set_person(workshop, people[n % len(people)].id, name=f"Nom {n}")
    if action == "remove" and people:
        return edits.remove_person(workshop, people[n % len(people)].id)
    if action == "day" and len(days) < 8:
        return edits.add_day(workshop)[0]
    if action == "unday" and len(days) > 1:
        return edits.remove_day(workshop, days[n % len(days)].id)
    return None


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(actions=ACTIONS)
def test_random_edits_and_undos(
    actions: list[tuple[str, int]], tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "property.atelier"
    path.unlink(missing_ok=True)
    WorkshopFile.create(path, demo_workshop()).close()
    document = WorkshopDocument.open(path)
    try:
        initial = document.workshop.copy()
        for action, n in actions:
            if action == "undo":
                document.undo_stack.undo()
            elif action == "redo":
                document.undo_stack.redo()
            else:
                changes = _change(document.workshop, action, n)
                if changes is not None:
                    document.edit(action, changes)
            assert document.is_saved()
        assert _reopened(path) == document.workshop  # reopening gives the state in memory
        while document.undo_stack.canUndo():
            document.undo_stack.undo()
        assert document.workshop == initial  # undoing everything returns to the start
        assert _reopened(path) == initial
    finally:
        document.close()


def test_undo_keeps_what_run_mode_recorded_since(document: WorkshopDocument) -> None:
    """An untracked change to another field of the same record survives undo and redo."""
    original = document.workshop.info
    document.edit("title", edits.set_info(document.workshop, title="Titre A"))
    document.apply_untracked(edits.set_info(document.workshop, notes="écrit par le minuteur"))
    document.undo_stack.undo()
    assert document.workshop.info.title == original.title
    assert document.workshop.info.notes == "écrit par le minuteur"
    document.undo_stack.redo()
    assert document.workshop.info.title == "Titre A"
    assert document.workshop.info.notes == "écrit par le minuteur"
    assert document.undo_stack.count() == 1
