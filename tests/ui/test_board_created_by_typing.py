"""Issue 17: an idea typed in a workshop with no board is never thrown away.

Typing (or pasting) creates the board, named "Ideas" in the workshop's language and
asking its question, in the same undo step as the ideas.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from facilitator.domain import edits
from facilitator.domain.records import Board, Idea, WorkshopInfo
from facilitator.domain.workshop import Workshop
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.ui.board.board_page import BoardPage
from facilitator.ui.main_window import MainWindow
from tests.ui.helpers import press, type_text


def _saved(path: Path) -> Workshop:
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return workshop


def _boardless(path: Path, language: str, question: str) -> Path:
    """An empty workshop file (no board at all), in `language`, asking `question`."""
    workshop = Workshop([WorkshopInfo(id="workshop", created_at="2026-01-01T09:00:00+01:00")])
    workshop.apply(edits.set_info(workshop, language=language, question=question))
    WorkshopFile.create(path, workshop).close()
    assert not workshop.all(Board)
    return path


@pytest.fixture
def empty_file(tmp_path: Path) -> Path:
    return _boardless(tmp_path / "vide.atelier", "fr", "Comment accueillir « mieux » ?")


def _page(window: MainWindow, path: Path) -> BoardPage:
    assert window.open_path(path)
    assert window.page is not None
    window.page.show_part("board")
    return window.page.board


def test_typing_an_idea_with_no_board_creates_the_board(
    window: MainWindow, empty_file: Path
) -> None:
    page = _page(window, empty_file)
    assert page.current_board_id() is None
    field = page.capture.field
    assert field.isEnabled()
    field.setFocus()
    type_text(field, "Un binôme d’accueil")
    press(field, Qt.Key.Key_Return)
    saved = _saved(empty_file)
    (made,) = saved.all(Board)
    assert made.title == "Idées"  # the workshop's language, not the interface's
    assert made.question == "Comment accueillir « mieux » ?"
    assert [(i.text, i.board_id) for i in saved.all(Idea)] == [("Un binôme d’accueil", made.id)]
    assert page.current_board_id() == made.id
    assert page.scene is not None and len(page.scene.notes) == 1
    assert field.hasFocus() and field.text() == ""
    # One undo step removes the idea and the board; redo brings both back.
    assert page.document.undo_stack.count() == 1
    window.undo_action.trigger()
    saved = _saved(empty_file)
    assert saved.all(Board) == [] and saved.all(Idea) == []
    assert page.current_board_id() is None
    window.redo_action.trigger()
    saved = _saved(empty_file)
    assert [b.id for b in saved.all(Board)] == [made.id] and saved.count(Idea) == 1


def test_an_english_workshop_gets_an_ideas_board_and_blank_lines_make_none(
    window: MainWindow, tmp_path: Path
) -> None:
    path = _boardless(tmp_path / "empty.atelier", "en", "")
    page = _page(window, path)
    page.capture.field.setFocus()
    press(page.capture.field, Qt.Key.Key_Return)  # nothing typed: no board for nothing
    page.capture_lines(["   ", ""], "", "yellow")
    assert _saved(path).all(Board) == []
    QGuiApplication.clipboard().setText("first\n\nsecond\nthird")
    page.paste()  # pasting lines with no board: one board, three ideas, one undo step
    saved = _saved(path)
    (made,) = saved.all(Board)
    assert made.title == "Ideas"
    assert sorted(i.text for i in saved.all(Idea)) == ["first", "second", "third"]
    assert page.document.undo_stack.count() == 1
