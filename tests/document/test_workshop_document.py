"""The open workshop: durable undo and redo, write failures kept in memory, one lock."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.document.workshop_document import ReadOnlyError, WorkshopDocument
from facilitator.domain import edits
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


def _second_writer(path: Path, *statements: str) -> None:
    """Another program writing the same file (a colleague's tool, a sync client, a
    second writer on a network share): no lock of ours stops it."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            connection.execute(statement)
    finally:
        connection.close()


def test_a_constraint_error_takes_the_path_of_a_disk_error(
    document: WorkshopDocument, demo_file: Path, qtbot: QtBot
) -> None:
    """An integrity error is not a disk error, yet it must not stop all saving: the edit
    stays in memory, the failure is told, later edits queue, and a retry writes them all
    once the cause is gone (issue 14, fault 2)."""
    _second_writer(
        demo_file,
        "CREATE TRIGGER refuse BEFORE UPDATE ON workshop BEGIN SELECT RAISE(ABORT, 'non'); END",
    )
    with qtbot.waitSignal(document.writeFailed) as failed:
        document.edit("title", edits.set_info(document.workshop, title="Gardé"))
    said = str(failed.args[0])
    assert str(demo_file) in said and "not saved" in said, said
    assert document.workshop.info.title == "Gardé"
    document.edit("notes", edits.set_info(document.workshop, notes="ensuite"))  # no raise
    assert document.pending_count == 2
    assert not document.retry()  # still refused: still queued, told again
    assert document.pending_count == 2
    _second_writer(demo_file, "DROP TRIGGER refuse")
    assert document.retry()
    assert document.is_saved() and document.last_error is None
    assert _reopened(demo_file) == document.workshop


def test_a_row_deleted_by_another_program_is_told_and_saved_in_a_copy(
    document: WorkshopDocument, demo_file: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    """The file lost the row being edited (LookupError in the writer): said in words,
    kept in memory, and Save a copy writes the whole workshop as it is in memory."""
    _second_writer(demo_file, "DELETE FROM workshop")
    with qtbot.waitSignal(document.writeFailed) as failed:
        document.edit("title", edits.set_info(document.workshop, title="À garder"))
    assert "changed by another program" in str(failed.args[0])
    assert not document.is_saved()
    copy = tmp_path / "copie.atelier"
    document.save_copy(copy)
    assert document.is_saved()
    assert _reopened(copy).info.title == "À garder"


def test_any_exception_of_the_write_is_told_not_raised(
    document: WorkshopDocument, demo_file: Path, qtbot: QtBot
) -> None:
    """Whatever the writer raises (here: its connection was closed under it, a
    ProgrammingError), the edit is kept and told; it never escapes to the interface."""
    document.file_for_tests().close()
    with qtbot.waitSignal(document.writeFailed) as failed:
        document.edit("title", edits.set_info(document.workshop, title="En mémoire"))
    assert "not saved" in str(failed.args[0])
    assert document.workshop.info.title == "En mémoire"
    assert not document.is_saved()


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


def test_undoing_the_item_the_countdown_is_on(document: WorkshopDocument) -> None:
    """Found by the stateful test: add an item, start its countdown (run mode records its
    start, never undone), then undo the addition. The item goes, started as it was, and
    the countdown lets go of it; the file follows."""
    from facilitator.domain import agenda, run
    from facilitator.domain.records import AgendaItem, Day

    day = document.workshop.all(Day)[0]
    item = agenda.pause_item("activity", day.id, 0, "fr", 20)
    document.edit("add", agenda.add_item(document.workshop, item))
    document.apply_untracked(run.select_item(document.workshop, item.id, 10**12, start_now=True))
    assert document.workshop.require(AgendaItem, item.id).actual_start
    document.undo_stack.undo()
    assert document.workshop.get(AgendaItem, item.id) is None
    timer = run.timer_of(document.workshop)
    assert timer.agenda_item_id is None and timer.status == "idle"
    assert document.is_saved() and _reopened(document.path) == document.workshop
    document.undo_stack.redo()  # the item is back, not started: its start was run mode's
    assert document.workshop.require(AgendaItem, item.id).actual_start == ""
    assert document.is_saved() and _reopened(document.path) == document.workshop
