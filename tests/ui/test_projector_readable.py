"""What the room sees on the projector is readable from the back of the room and whole:
a vote's top 10 with every idea tied with the 10th, and a board of 40 notes as lists of
large type (the board itself when few notes; a selected cluster zoomed), at projector
sizes from 800x600 to 3840x2160. The floor is fitted_text's: 3 % of the screen's height.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.domain import board, voting
from facilitator.domain.demo import demo_workshop
from facilitator.domain.long_demo import IDEA_COUNT, long_workshop
from facilitator.domain.records import Board, Cluster, Idea
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.ui.board.board_page import BoardPage
from facilitator.ui.board.projected_board import ProjectedBoard
from facilitator.ui.board.projected_ideas import Page
from facilitator.ui.main_window import MainWindow
from facilitator.ui.readable import floor_px
from facilitator.ui.run.projector import ProjectorWindow
from facilitator.ui.voting.new_vote_dialog import VoteSettings
from facilitator.ui.voting.projected_results import ProjectedResults
from facilitator.ui.voting.vote_page import VotePage
from tests.ui.helpers import press

PROJECTORS = [QSize(800, 600), QSize(1024, 768), QSize(1920, 1080), QSize(3840, 2160)]


@pytest.fixture
def long_file(tmp_path: Path) -> Path:
    path = tmp_path / "long.atelier"
    WorkshopFile.create(path, long_workshop()).close()
    return path


def _opened(window: MainWindow, path: Path) -> None:
    assert window.open_path(path)
    assert window.page is not None


def _projector(window: MainWindow) -> ProjectorWindow:
    assert window.page is not None
    projector = window.page.run.projector
    assert projector is not None and projector.isVisible()
    return projector


def _resized(qtbot: QtBot, projector: ProjectorWindow, size: QSize) -> None:
    """The projector as on a screen of `size` (the offscreen screen is 800x600)."""
    projector.showNormal()
    projector.resize(size)
    qtbot.waitUntil(lambda: projector.size() == size)
    QApplication.processEvents()


# -- a vote's results ------------------------------------------------------------------
def _dot_vote(page: VotePage, dots: list[int]) -> str:
    """A dot vote on the main board's 40 ideas, counted on paper: `dots[n]` on the n-th."""
    board_id = page.document.workshop.all(Board)[0].id
    settings = VoteSettings(
        board_id=board_id,
        title="Gommettes de l’après-midi",
        method="dots",
        collection="paper",
        target_kind="ideas",
        target_ids=None,
        dots=30,
        max_dots=30,
    )
    assert page.create_vote(settings)
    vote_id = page.current_vote_id()
    assert vote_id is not None
    workshop = page.document.workshop
    for option, count in zip(voting.options_of(workshop, vote_id), dots, strict=False):
        if count:
            page.document.edit("Dots", voting.set_tally(workshop, vote_id, option.id, count))
    return vote_id


def _rows_fit(shown: ProjectedResults) -> None:
    """Every row, and the line saying what is left out, inside the widget; text at the
    floor at least."""
    rows = shown.rows()
    lines = len(rows.shown) + (1 if rows.hidden else 0)
    assert rows.top + lines * rows.row_height <= shown.height() + 0.5
    assert rows.text_px >= shown.floor_px()


def test_three_ideas_tied_at_tenth_are_all_projected(
    window: MainWindow, long_file: Path, qtbot: QtBot
) -> None:
    _opened(window, long_file)
    assert window.page is not None
    page = window.page.votes
    window.page.show_part("votes")
    # Nine ideas with 20 to 12 dots, three tied at 10th with 5, the rest with none.
    _dot_vote(page, [20, 19, 18, 17, 16, 15, 14, 13, 12, 5, 5, 5])
    page.results.project.click()
    projector = _projector(window)
    assert projector.results_widget is page.projected
    for size in (QSize(800, 600), QSize(1920, 1080)):
        _resized(qtbot, projector, size)
        shown = page.projected
        assert [(r.rank, r.tied) for r in shown.results[9:]] == [(10, True)] * 3
        assert len(shown.results) == 12
        assert shown.more == "and 28 more"
        assert shown.floor_px() == floor_px(size.height())
        _rows_fit(shown)


def test_twelve_ideas_tied_first_are_all_projected(
    window: MainWindow, long_file: Path, qtbot: QtBot
) -> None:
    _opened(window, long_file)
    assert window.page is not None
    page = window.page.votes
    window.page.show_part("votes")
    _dot_vote(page, [4] * 12 + [1] * 3)
    page.project()
    projector = _projector(window)
    _resized(qtbot, projector, QSize(800, 600))
    shown = page.projected
    assert [(r.rank, r.tied) for r in shown.results] == [(1, True)] * 12
    assert shown.more == "and 28 more"
    _rows_fit(shown)


def _ranking(scores: list[float]) -> list[voting.Result]:
    """A real ranking of a board's ideas with these scores (domain objects)."""
    workshop = demo_workshop()
    changes, board_id = board.add_board(workshop, "Idées")
    workshop.apply(changes)
    changes, _ = board.capture(workshop, board_id, [f"Idée {n}" for n in range(len(scores))])
    workshop.apply(changes)
    changes, vote_id = voting.create_vote(workshop, board_id, "Vote", max_dots_per_idea=50)
    workshop.apply(changes)
    options = voting.options_of(workshop, vote_id)
    return voting.ranked(options, dict(zip([o.id for o in options], scores, strict=True)), workshop)


@pytest.mark.parametrize("size", [*PROJECTORS, QSize(1280, 720), QSize(1366, 768)])
def test_ties_are_never_split_at_any_projector_size(qtbot: QtBot, size: QSize) -> None:
    shown = ProjectedResults()
    qtbot.addWidget(shown)
    shown.resize(size)
    # 8 distinct, then 20 tied at 9th: the tie cannot fit; it is left out whole.
    shown.show_results("Vote", _ranking([30.0 - n for n in range(8)] + [1.0] * 20), "Dots")
    assert [r.rank for r in shown.results] == list(range(1, 9))
    assert shown.more == "and 20 more, tied at rank 9"
    _rows_fit(shown)
    # The same, and 5 ideas with no dot after the tie.
    scores = [30.0 - n for n in range(8)] + [1.0] * 20 + [0.0] * 5
    shown.show_results("Vote", _ranking(scores), "Dots")
    assert len(shown.results) == 8
    assert shown.more == "and 25 more, 20 of them tied at rank 9"
    # Nothing voted yet: 40 ideas tied at 1st, too many for any screen; said so.
    shown.show_results("Vote", _ranking([0.0] * 40), "Dots")
    assert shown.results == []
    assert shown.more == "40 ideas tied at rank 1: too many to list here"
    # 10 distinct and 4 tied at 10th: 13 rows, and the line for the rest.
    shown.show_results("Vote", _ranking([40.0 - n for n in range(9)] + [3.0] * 4 + [1.0]), "Dots")
    assert len(shown.results) == 13 and shown.more == "and 1 more"
    _rows_fit(shown)
    # A short ranking: every idea, large, with no line for the rest.
    shown.show_results("Vote", _ranking([3.0, 2.0, 2.0]), "Dots")
    assert len(shown.results) == 3 and shown.more == ""
    _rows_fit(shown)


# -- a board ------------------------------------------------------------------------------
def _all_ideas_in(page: Page, widget: QRectF) -> list[QRectF]:
    """The boxes of every text on the page: inside the widget, none over another."""
    boxes = [placed.box for placed in page.placed]
    for box in boxes:
        assert widget.contains(box), (box, widget)
    for number, box in enumerate(boxes):
        for other in boxes[number + 1 :]:
            common = box.intersected(other)
            assert common.width() < 1 or common.height() < 1, (box, other)
    return boxes


def _text_px(projected: ProjectedBoard) -> float:
    pixels = projected.text_px()
    assert pixels is not None  # some text is shown
    return pixels


def _projected_board(window: MainWindow) -> tuple[BoardPage, ProjectedBoard, ProjectorWindow]:
    assert window.page is not None
    window.page.show_part("board")
    page = window.page.board
    page.project()
    projector = _projector(window)
    assert projector.results_widget is page.projected
    return page, page.projected, projector


def test_forty_notes_are_projected_in_large_type(
    window: MainWindow, long_file: Path, qtbot: QtBot
) -> None:
    _opened(window, long_file)
    page, projected, projector = _projected_board(window)
    assert page.scene is not None and len(page.scene.notes) == IDEA_COUNT
    for size, floor in ((QSize(800, 600), 18), (QSize(1920, 1080), 32)):
        _resized(qtbot, projector, size)
        assert projected.floor_px() == floor
        # The issue: the board fitted to this screen draws its notes' text far too small.
        fitted = projected.note_px() * projected.scale_for(projected.size())
        assert fitted < floor / 2
        assert not projected.showing_scene()
        assert _text_px(projected) >= floor
        ideas = projected.ideas
        seen = 0
        first = ideas.page()
        assert ideas.page_number == 0 and first.after > 0
        more = [p for p in first.placed if p.kind == "more"]
        assert more and more[0].layout.text() == f"+ {first.after} more ideas"
        while True:  # the facilitator presses "On the projector" again: the next page
            shown = ideas.page()
            assert shown.text_px >= floor
            _all_ideas_in(shown, QRectF(projected.rect()))
            seen += shown.shown
            if not shown.after:
                break
            page.project()
        assert seen == IDEA_COUNT
        page.project()  # after the last page: the first again
        assert ideas.page_number == 0
    # Keys on the projector window, for a facilitator who clicked on it.
    press(projected.ideas, Qt.Key.Key_PageDown)
    assert projected.ideas.page_number == 1
    press(projected.ideas, Qt.Key.Key_PageUp)
    assert projected.ideas.page_number == 0


def test_five_notes_project_the_board_itself_and_forty_switch_to_lists(
    window: MainWindow, long_file: Path, qtbot: QtBot
) -> None:
    _opened(window, long_file)
    assert window.page is not None
    page = window.page.board
    document = page.document
    changes, board_id = board.add_board(document.workshop, "Cinq idées")
    document.edit("Board", changes)
    page.select_board(board_id)
    page.capture_lines(
        ["Un vélo partagé", "Un jardin", "Un repas", "Une affiche", "Un parrain"], "Nadia", ""
    )
    ideas = [i.id for i in board.ideas_of(document.workshop, board_id)]
    document.edit("Group", board.create_cluster(document.workshop, board_id, "Lien", ideas)[0])
    _page, projected, projector = _projected_board(window)
    for size in (QSize(1280, 720), QSize(1920, 1080)):
        _resized(qtbot, projector, size)
        assert projected.showing_scene()
        assert projected.view.scene() is page.scene
        assert _text_px(projected) >= floor_px(size.height())
    # The board grows while it is shown: the room gets the lists, still readable.
    page.capture_lines([f"Idée supplémentaire {n}" for n in range(35)], "Ahmad", "")
    assert not projected.showing_scene()
    assert _text_px(projected) >= floor_px(1080)
    texts = [found.text for i in ideas if (found := document.workshop.get(Idea, i))]
    assert projected.ideas.groups[0] == ("Lien", texts)


def _cluster(projected: ProjectedBoard) -> str | None:
    return projected.cluster_id


def test_a_selected_cluster_is_projected_zoomed(
    window: MainWindow, full_demo_file: Path, qtbot: QtBot
) -> None:
    _opened(window, full_demo_file)
    assert window.page is not None
    window.page.show_part("board")
    page = window.page.board
    assert page.scene is not None
    cluster = next(c for c in page.document.workshop.all(Cluster) if c.name == "Logement")
    item = page.scene.clusters[cluster.id]
    item.setSelected(True)
    _page, projected, projector = _projected_board(window)
    _resized(qtbot, projector, QSize(1920, 1080))
    assert _cluster(projected) == cluster.id and projected.showing_scene()
    shown = projected.view.mapToScene(projected.view.viewport().rect()).boundingRect()
    assert shown.contains(item.sceneBoundingRect())
    assert _text_px(projected) >= 32
    # On a small projector, even zoomed its notes are too small: its ideas, in lists.
    _resized(qtbot, projector, QSize(800, 600))
    assert not projected.showing_scene()
    assert projected.ideas.title == "Logement"
    assert [name for name, _ideas in projected.ideas.groups] == [""]
    assert len(projected.ideas.groups[0][1]) == 5
    assert _text_px(projected) >= 18
    # No cluster selected: the whole board again.
    item.setSelected(False)
    page.project()
    assert _cluster(projected) is None
    assert len(projected.ideas.groups) == 6  # five clusters and the loose notes


def test_hostile_boards_stay_readable_and_plain(
    window: MainWindow, long_file: Path, qtbot: QtBot
) -> None:
    """2,000 notes, an idea of 10,000 characters, markup, a cluster named with a
    paragraph: every text at the floor at least, as written, inside the screen."""
    _opened(window, long_file)
    assert window.page is not None
    page = window.page.board
    markup = '<img src="/dev/zero"> <b>gras</b> &amp;'
    page.capture_lines([markup, "x" * 10_000] + [f"Idée {n}" for n in range(2_000)], "", "")
    _page, projected, projector = _projected_board(window)
    for size in (QSize(800, 600), QSize(3840, 2160)):
        _resized(qtbot, projector, size)
        assert not projected.showing_scene()
        shown = projected.ideas.page()
        assert shown.text_px >= floor_px(size.height())
        _all_ideas_in(shown, QRectF(projected.rect()))
        assert shown.after > 1_900
    texts = []
    while projected.ideas.page().after:
        projected.next_page()
        texts += [p.layout.text() for p in projected.ideas.page().placed if p.kind == "idea"]
        if any(markup in text for text in texts):
            break
    assert any(markup in text for text in texts)  # drawn as written, never as markup
    assert any(text.startswith("x" * 10) and text.endswith("…") for text in texts)


def test_switching_boards_projects_the_board_shown(window: MainWindow, long_file: Path) -> None:
    _opened(window, long_file)
    page, projected, _projector_window = _projected_board(window)
    second = page.document.workshop.all(Board)[1]
    page.select_board(second.id)
    assert projected.scene is page.scene  # the room sees the board the facilitator shows
    assert not projected.showing_scene()  # six notes in a row, long ones: too small
    assert projected.ideas.title == second.title
    assert projected.ideas.idea_count() == 6
