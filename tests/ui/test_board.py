"""The idea board, driven as a facilitator would: typing, pasting, dragging, keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QGraphicsSceneMouseEvent, QMenu
from pytestqt.qtbot import QtBot

from facilitator.domain import board
from facilitator.domain.records import Attachment, Board, Cluster, Idea
from facilitator.domain.workshop import Workshop
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.ui.board.board_page import BoardPage
from facilitator.ui.board.scene import BoardScene
from facilitator.ui.main_window import MainWindow
from tests.ui.helpers import press, type_text

FRENCH = "Idée n°{n} : un binôme d’accueil « à la française », été 2026 — ça marche ?"


def _board_photos(workshop: Workshop) -> list[Attachment]:
    """The photos of paper boards (the demo's prototype cards have photos of their own)."""
    return [a for a in workshop.all(Attachment) if a.owner_kind == "board"]


def _saved(path: Path) -> Workshop:
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return workshop


@pytest.fixture
def page(window: MainWindow, full_demo_file: Path) -> BoardPage:
    assert window.open_path(full_demo_file)
    assert window.page is not None
    window.page.show_part("board")
    return window.page.board


def _count(path: Path) -> int:
    return _saved(path).count(Idea)


def test_capture_200_ideas_by_typing(
    page: BoardPage, full_demo_file: Path, window: MainWindow
) -> None:
    before = _count(full_demo_file)
    field = page.capture.field
    field.setFocus()
    for n in range(200):
        type_text(field, FRENCH.format(n=n))
        press(field, Qt.Key.Key_Return)
        assert field.hasFocus()  # capture never takes the keyboard away
    saved = _saved(full_demo_file)
    assert saved.count(Idea) == before + 200
    texts = {i.text for i in saved.all(Idea)}
    assert FRENCH.format(n=0) in texts and FRENCH.format(n=199) in texts
    assert page.scene is not None and len(page.scene.notes) == before + 200
    window.undo_action.trigger()  # one undo step per idea
    assert _count(full_demo_file) == before + 199


def test_paste_1000_lines_is_one_step(
    page: BoardPage, full_demo_file: Path, window: MainWindow
) -> None:
    before = _count(full_demo_file)
    QGuiApplication.clipboard().setText("\n".join(f"ligne {n} 🙂" for n in range(1000)) + "\n")
    page.capture.field.setFocus()
    press(page.capture.field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert _count(full_demo_file) == before + 1000
    assert page.capture.field.text() == ""
    window.undo_action.trigger()
    assert _count(full_demo_file) == before


def test_cluster_by_drag(page: BoardPage, full_demo_file: Path, qtbot: QtBot) -> None:
    scene = page.scene
    assert scene is not None
    workshop = page.document.workshop
    free = [i for i in board.ideas_of(workshop, scene.board_id) if i.cluster_id is None]
    target = board.clusters_of(workshop, scene.board_id)[1]
    item = scene.notes[free[0].id]
    scene.clearSelection()
    item.setSelected(True)
    # The drag as the scene sees it: press on the note, move it, release over the cluster.
    scene._pressed = {free[0].id: item.pos()}
    drop = QPointF(target.x + 30, target.y + 50)
    item.setPos(drop)
    release = QGraphicsSceneMouseEvent(QEvent.Type.GraphicsSceneMouseRelease)
    release.setScenePos(drop)
    release.setButton(Qt.MouseButton.LeftButton)
    scene.mouseReleaseEvent(release)
    assert _saved(full_demo_file).get(Idea, free[0].id).cluster_id == target.id  # type: ignore[union-attr]
    assert page.document.undo_stack.count() == 1  # a drag is one undo step


def test_cluster_by_keyboard_in_the_list(
    page: BoardPage, full_demo_file: Path, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.set_mode("list")
    model, tree = page.tree_model, page.tree
    free_head = model.head_row(None)
    assert model.rowCount() - free_head - 1 == 3  # the demo's three notes in no cluster
    selection = tree.selectionModel()
    selection.clearSelection()
    for row in range(free_head + 1, free_head + 3):
        selection.select(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    monkeypatch.setattr(
        "facilitator.ui.board.board_page.QInputDialog.getText",
        lambda *args, **kwargs: ("Communication", True),
    )
    tree.setFocus()
    press(tree, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    saved = _saved(full_demo_file)
    clusters = {c.name: c.id for c in saved.all(Cluster)}
    assert "Communication" in clusters
    members = [i for i in saved.all(Idea) if i.cluster_id == clusters["Communication"]]
    assert len(members) == 2
    # Ctrl+M moves the last free note there, by keyboard only.
    page.set_mode("list")
    last = model.head_row(None) + 1
    assert model.is_note(last)
    selection.clearSelection()
    selection.select(
        model.index(last, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    press(tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    menu = page._menu
    assert isinstance(menu, QMenu)
    action = next(a for a in menu.actions() if a.text() == "Communication")
    action.trigger()
    menu.close()
    saved = _saved(full_demo_file)
    assert len([i for i in saved.all(Idea) if i.cluster_id == clusters["Communication"]]) == 3


def test_merge_and_undo(page: BoardPage, full_demo_file: Path, window: MainWindow) -> None:
    scene = page.scene
    assert scene is not None
    ids = list(scene.clusters)[:2]
    scene.clearSelection()
    for cluster_id in ids:
        scene.clusters[cluster_id].setSelected(True)
    page.buttons["merge"].click()
    saved = _saved(full_demo_file)
    assert saved.get(Cluster, ids[1]) is None
    assert ids[1] not in scene.clusters
    window.undo_action.trigger()
    saved = _saved(full_demo_file)
    assert saved.get(Cluster, ids[1]) is not None
    assert ids[1] in scene.clusters
    assert len([i for i in saved.all(Idea) if i.cluster_id == ids[1]]) == 4


def test_search_dims_what_does_not_match(page: BoardPage) -> None:
    page.search.setText("logement")
    assert page.scene is not None
    dimmed = [i for i in page.scene.notes.values() if i.dimmed]
    lit = [i for i in page.scene.notes.values() if not i.dimmed]
    assert lit and all("logement" in i.idea.text.casefold() for i in lit)
    assert len(dimmed) + len(lit) == len(page.scene.notes)
    assert page.matches.text().startswith(f"{len(lit)} of")
    page.search.setText("")
    page.colour_filter.setCurrentIndex(page.colour_filter.findData("lilac"))
    page.apply_filter()
    assert all(i.idea.color == "lilac" for i in page.scene.notes.values() if not i.dimmed)


def test_import_a_photo_and_refuse_bad_ones(
    page: BoardPage, full_demo_file: Path, tmp_path: Path
) -> None:
    big = tmp_path / "mur.png"
    image = QImage(4000, 3000, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.yellow)
    assert image.save(str(big))
    before = len(_board_photos(_saved(full_demo_file)))  # the demo's photo of its wall
    assert page.import_photo_from(big, "Mur d’idées, jour 1")
    photo = _board_photos(_saved(full_demo_file))[-1]
    assert (photo.width, photo.height) == (2400, 1800)  # downscaled at import
    assert photo.media_type == "image/jpeg" and photo.caption == "Mur d’idées, jour 1"
    for name, content in (("faux.jpg", b"pas une image"), ("tronque.png", big.read_bytes()[:500])):
        bad = tmp_path / name
        bad.write_bytes(content)
        assert not page.import_photo_from(bad)
    assert len(_board_photos(_saved(full_demo_file))) == before + 1
    assert page.window() is not None


def test_import_ideas_from_csv_and_text(
    page: BoardPage, full_demo_file: Path, tmp_path: Path
) -> None:
    before = _count(full_demo_file)
    csv_file = tmp_path / "idees.csv"
    csv_file.write_bytes(
        "auteur;idée\nHélène;Un jardin partagé\nAhmad;Un café des langues\n".encode("cp1252")
    )
    assert page.import_ideas_from(csv_file)
    text_file = tmp_path / "idees.txt"
    text_file.write_text("Idée A\n\nIdée B\n", encoding="utf-8")
    assert page.import_ideas_from(text_file)
    texts = {i.text for i in _saved(full_demo_file).all(Idea)}
    assert {"Un jardin partagé", "Un café des langues", "Idée A", "Idée B"} <= texts
    assert _count(full_demo_file) == before + 4
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x00\x01\x02")
    assert not page.import_ideas_from(binary)


def test_copy_and_paste_between_boards(
    page: BoardPage, full_demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scene = page.scene
    assert scene is not None
    first = next(iter(scene.notes.values()))
    scene.clearSelection()
    first.setSelected(True)
    page.copy_selection()
    monkeypatch.setattr(
        "facilitator.ui.board.board_page.QInputDialog.getText",
        lambda *args, **kwargs: ("Deuxième tableau", True),
    )
    page.new_board()
    assert page.scene is not None and page.scene.board_id != scene.board_id
    page.paste()
    copies = board.ideas_of(page.document.workshop, page.scene.board_id)
    assert [(c.text, c.author, c.color) for c in copies] == [
        (first.idea.text, first.idea.author, first.idea.color)
    ]
    QApplication.clipboard().clear()


def test_photos_show_on_the_board_with_their_caption(
    page: BoardPage, full_demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    picture = tmp_path / "mur.jpg"
    image = QImage(1200, 900, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    assert image.save(str(picture))
    scene = page.scene
    assert scene is not None
    before = len(scene.photos)  # the demo's photo of its wall
    assert page.import_photo_from(picture, "Mur du matin")
    assert len(scene.photos) == before + 1
    item = next(i for i in scene.photos.values() if i.photo.caption == "Mur du matin")
    notes_right = max(i.sceneBoundingRect().right() for i in scene.clusters.values())
    assert item.pos().x() > notes_right  # beside the notes, never over them
    monkeypatch.setattr(
        "facilitator.ui.board.board_page.QInputDialog.getText",
        lambda *args, **kwargs: ("Mur du matin, table 2", True),
    )
    page.edit_caption(item.photo.id)
    assert _board_photos(_saved(full_demo_file))[-1].caption == "Mur du matin, table 2"
    scene.clearSelection()
    scene.photos[item.photo.id].setSelected(True)
    page.delete_selection()
    assert len(_board_photos(_saved(full_demo_file))) == before
    assert len(scene.photos) == before


def test_a_zoomed_out_board_draws_an_overview(page: BoardPage) -> None:
    view, scene = page.view, page.scene
    assert view is not None and scene is not None
    view.zoom_by(0.1)
    assert scene.far and _overview_shown(scene)
    assert not any(i.isVisible() for i in scene.notes.values())
    # Drawn by the view over the board, not an item: none as large as the board is filed
    # in every cell of the scene's index (28 MB at 20,000 notes, issue 22).
    assert not any(i.boundingRect().contains(scene.shown) for i in scene.items())
    view.viewport().repaint()
    assert scene.overview._rects is not None
    assert sum(len(r) for r in scene.overview._rects.values()) == len(scene.notes)
    view.reset_zoom()
    assert not _overview_shown(scene)
    assert all(i.isVisible() for i in scene.notes.values())


def _overview_shown(scene: BoardScene) -> bool:
    return scene.overview.shown


def test_question_title_and_filters_by_cluster_and_author(
    page: BoardPage, full_demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.question.setFocus()
    page.question.selectAll()
    type_text(page.question, "Comment pourrions-nous accueillir dès l’été ?")
    press(page.question, Qt.Key.Key_Return)
    saved = _saved(full_demo_file)
    assert saved.all(Board)[0].question == "Comment pourrions-nous accueillir dès l’été ?"
    monkeypatch.setattr(
        "facilitator.ui.board.board_page.QInputDialog.getText",
        lambda *args, **kwargs: ("Idées du jour 1", True),
    )
    page.rename_board()
    assert _saved(full_demo_file).all(Board)[0].title == "Idées du jour 1"
    assert page.board_combo.currentText() == "Idées du jour 1"
    page.cluster_filter.setCurrentIndex(page.cluster_filter.findText("Mobilité"))
    page.apply_filter()
    assert page.scene is not None
    lit = [i for i in page.scene.notes.values() if not i.dimmed]
    assert len(lit) == 4
    page.cluster_filter.setCurrentIndex(0)
    page.author_filter.setCurrentIndex(page.author_filter.findData("Nadia"))
    page.apply_filter()
    lit = [i for i in page.scene.notes.values() if not i.dimmed]
    assert lit and {i.idea.author for i in lit} == {"Nadia"}


def test_an_agenda_item_opens_its_board_from_run_mode_and_projects_it(
    window: MainWindow, page: BoardPage, full_demo_file: Path
) -> None:
    from facilitator.domain.records import AgendaItem

    workshop_page = window.page
    assert workshop_page is not None
    agenda = workshop_page.agenda
    item = next(i for i in page.document.workshop.all(AgendaItem) if i.tool == "board")
    agenda.select_item(item.id)
    editor = agenda.editor
    assert editor.target_combo.isVisibleTo(editor)
    new_index = editor.target_combo.count() - 1  # "+ a new board for this activity"
    editor.target_combo.setCurrentIndex(new_index)
    editor._target_chosen(new_index)
    saved = _saved(full_demo_file)
    linked = saved.get(AgendaItem, item.id)
    assert linked is not None and linked.tool_target_id
    assert saved.get(Board, linked.tool_target_id).title == item.title  # type: ignore[union-attr]
    run = workshop_page.run
    run.session.select(item.id, start_now=True)
    assert run.buttons["tool"].isVisibleTo(run)
    run.buttons["tool"].click()
    assert workshop_page.stack.currentWidget() is page
    assert page.current_board_id() == linked.tool_target_id
    assert workshop_page.timer_badge.isVisibleTo(workshop_page)  # the countdown stays in sight
    assert item.title in workshop_page.timer_badge.text()
    page.buttons["projector"].click()
    projector = run.projector
    assert projector is not None and projector.mode == "results"
    assert projector.results_widget is page.projected  # the new, empty board: itself
    assert page.projected.showing_scene() and page.projected.view.scene() is page.scene
    run.close_projector()


def test_a_100_megapixel_photo_and_a_200_mb_file(page: BoardPage, tmp_path: Path) -> None:
    huge = tmp_path / "mur-geant.jpg"
    image = QImage(10_000, 10_000, QImage.Format.Format_Grayscale8)
    image.fill(200)
    assert image.save(str(huge), "JPG", 80)  # type: ignore[call-overload]
    del image
    assert page.import_photo_from(huge)
    photo = _board_photos(page.document.workshop)[-1]
    assert (photo.width, photo.height) == (2400, 2400)
    assert len(photo.data) < 2_000_000
    enormous = tmp_path / "enorme.jpg"
    with enormous.open("wb") as stream:  # 200 MB, sparse: the size alone must refuse it
        stream.truncate(200 * 1024 * 1024)
    assert not page.import_photo_from(enormous)
    assert _board_photos(page.document.workshop)[-1].id == photo.id


def test_edit_a_note_in_place(page: BoardPage, full_demo_file: Path, window: MainWindow) -> None:
    scene, view = page.scene, page.view
    assert scene is not None and view is not None
    view.reset_zoom()
    item = next(iter(scene.notes.values()))
    scene.clearSelection()
    item.setSelected(True)
    view.setFocus()
    press(view, Qt.Key.Key_F2)
    editor = page.in_place
    assert editor is not None and editor.isVisible() and editor.hasFocus()
    assert editor.parent() is view.viewport()  # over the board, not in a dialog
    editor.selectAll()
    type_text(editor, "Un référent « mobilité » par village")
    press(editor, Qt.Key.Key_Return)
    assert _saved(full_demo_file).get(Idea, item.idea.id).text == (  # type: ignore[union-attr]
        "Un référent « mobilité » par village"
    )
    page.edit_note(item.idea.id)
    assert page.in_place is not None
    type_text(page.in_place, "rien")
    press(page.in_place, Qt.Key.Key_Escape)  # Escape keeps the note as it was
    assert _saved(full_demo_file).get(Idea, item.idea.id).text == (  # type: ignore[union-attr]
        "Un référent « mobilité » par village"
    )
    window.undo_action.trigger()
    assert _saved(full_demo_file).get(Idea, item.idea.id).text != (  # type: ignore[union-attr]
        "Un référent « mobilité » par village"
    )


def test_import_says_which_column_it_took(
    page: BoardPage, full_demo_file: Path, window: MainWindow, tmp_path: Path
) -> None:
    """Issue 16: a file of several columns is read whole, and the facilitator is told
    which column was taken and what was skipped."""
    form = tmp_path / "formulaire.csv"
    form.write_bytes(
        b'"Horodateur","Quelle est votre id\xc3\xa9e ?","Votre pr\xc3\xa9nom"\r\n'
        b'"2026/03/12 10:01","Un jardin, partag\xc3\xa9","H\xc3\xa9l\xc3\xa8ne"\r\n'
        b'"2026/03/12 10:07","","Paul"\r\n'
    )
    before = _count(full_demo_file)
    assert page.import_ideas_from(form)
    assert _count(full_demo_file) == before + 1
    saved = {(i.text, i.author) for i in _saved(full_demo_file).all(Idea)}
    assert ("Un jardin, partagé", "Hélène") in saved
    assert window.page is not None
    assert window.page.notice.label.text() == (
        "Ideas read from “formulaire.csv”: 1. Ideas taken from the column "
        "“Quelle est votre idée ?”, 2 of 3. Authors taken from the column “Votre prénom”. "
        "Lines with no text in that column, skipped: 1."
    )


def test_the_idea_count_is_never_an_edit_behind(
    page: BoardPage, full_demo_file: Path, window: MainWindow
) -> None:
    """41 ideas showed "40 ideas", and still 40 after pasting 5,000 lines (issue 17): the
    count follows the scene once it has applied the edit."""
    board_id = page.scene.board_id if page.scene is not None else ""

    def on_the_board() -> int:
        return len([i for i in _saved(full_demo_file).all(Idea) if i.board_id == board_id])

    field = page.capture.field
    field.setFocus()
    type_text(field, "Une idée de plus")
    press(field, Qt.Key.Key_Return)
    assert page.matches.text() == f"{on_the_board()} ideas"
    QGuiApplication.clipboard().setText("\n".join(f"ligne {n}" for n in range(5000)))
    press(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.matches.text() == f"{on_the_board()} ideas"
    window.undo_action.trigger()
    assert page.matches.text() == f"{on_the_board()} ideas"
