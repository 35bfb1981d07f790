"""Prototype cards as a facilitator makes them: from an idea, a cluster and the top of a
vote; every field typed; a next step; a photo; reordered; undone; on the projector."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from facilitator.domain import board, card_template, cards
from facilitator.domain.records import Board, PrototypeCard, VoteSession
from facilitator.domain.workshop import Workshop
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.ui.cards.cards_page import CardsPage
from facilitator.ui.cards.source_dialog import SourceDialog
from facilitator.ui.cards.template_dialog import TemplateDialog
from facilitator.ui.main_window import MainWindow
from tests.ui.helpers import press, type_text


@pytest.fixture
def page(window: MainWindow, full_demo_file: Path) -> CardsPage:
    assert window.open_path(full_demo_file)
    assert window.page is not None
    window.page.show_part("cards")
    return window.page.cards


def _saved(path: Path) -> Workshop:
    file, saved = WorkshopFile.open(path, read_only=True)
    file.close()
    return saved


def _type_into(widget: QWidget, text: str) -> None:
    """Typed as a person does, then the field left (which writes it at once)."""
    widget.setFocus()
    type_text(widget, text)
    widget.clearFocus()


def test_the_demo_has_three_finished_cards_with_photos(page: CardsPage) -> None:
    workshop = page.document.workshop
    assert page.gallery.count() == 3
    for card in cards.cards_of(workshop):
        assert len(cards.values_of(workshop, card.id)) == len(card_template.DEFAULT_FIELDS)
        assert cards.photos_of(workshop, card.id) and cards.steps_of(workshop, card.id)
    assert page.editor.name.text() == "Binôme d’accueil"
    assert "From the vote" in page.editor.source.text()
    assert page.editor.photos.count() == 1


def test_a_card_from_an_idea_every_field_a_step_a_photo(
    page: CardsPage, full_demo_file: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    workshop = page.document.workshop
    idea = board.ideas_of(workshop, workshop.all(Board)[0].id)[0]
    card_id = page.card_from("idea", idea.id)
    assert card_id is not None and page.current_card_id() == card_id
    editor = page.editor
    assert editor.name.text() == idea.text and editor.name.hasFocus()
    qtbot.waitUntil(editor.fields["need"].isVisible)  # the card's fields, laid out
    editor.name.selectAll()
    _type_into(editor.name, "Logements vacants : le recensement")
    texts = {key: f"Texte de « {key} » — avec émoji 🚲 et R&D <b>" for key in editor.fields}
    for key, text in texts.items():
        _type_into(editor.fields[key], text)
    editor.status.setCurrentIndex(editor.status.findData("testing"))
    editor.status.activated.emit(editor.status.currentIndex())
    editor.add_step.click()
    cell = QApplication.focusWidget()
    assert cell is not None and cell is not editor.steps  # the action, ready to be typed
    type_text(cell, "Appeler la mairie")
    press(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(cards.steps_of(page.document.workshop, card_id)[0].action))
    editor.steps.item(0, 1).setText("Sophie Marchand")  # type: ignore[union-attr]
    editor.steps.item(0, 2).setText("2 avril")  # type: ignore[union-attr]  # refused, said
    editor.steps.item(0, 2).setText("2026-04-02")  # type: ignore[union-attr]
    photo = tmp_path / "maquette.jpg"
    image = QImage(1600, 1200, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    assert image.save(str(photo))
    assert editor.add_photo_from(photo, "Maquette papier")
    assert not editor.add_photo_from(tmp_path / "absente.jpg")  # missing: said, nothing added
    saved = _saved(full_demo_file)
    card = saved.require(PrototypeCard, card_id)
    assert card.name == "Logements vacants : le recensement" and card.status == "testing"
    assert card.source_kind == "idea" and card.source_id == idea.id
    values = cards.values_of(saved, card_id)
    fields = {f.key: f.id for f in card_template.fields_of(saved)}
    assert {key: values.get(fields[key]) for key in texts} == texts
    step = cards.steps_of(saved, card_id)[0]
    assert (step.action, step.owner, step.due_date) == (
        "Appeler la mairie",
        "Sophie Marchand",
        "2026-04-02",
    )
    assert [p.caption for p in cards.photos_of(saved, card_id)] == ["Maquette papier"]
    assert (
        cards.photos_of(saved, card_id)[0].width,
        cards.photos_of(saved, card_id)[0].height,
    ) == (
        1600,
        1200,
    )
    # Undo, step by step: the photo, the step's fields, ... each field typed once.
    stack = page.document.undo_stack
    stack.undo()
    assert cards.photos_of(page.document.workshop, card_id) == []
    while stack.canUndo() and page.document.workshop.get(PrototypeCard, card_id) is not None:
        stack.undo()
    assert page.document.workshop.get(PrototypeCard, card_id) is None
    assert page.gallery.count() == 3


def test_cards_from_a_cluster_and_from_the_top_of_a_vote(
    page: CardsPage, window: MainWindow, full_demo_file: Path
) -> None:
    workshop = page.document.workshop
    cluster = board.clusters_of(workshop, workshop.all(Board)[0].id)[0]
    card_id = page.card_from("cluster", cluster.id)
    assert card_id is not None
    solution = page.editor.fields["solution"].toPlainText()
    assert solution.startswith("• ") and solution.count("\n") >= 3  # the cluster's ideas
    assert window.page is not None
    votes = window.page.votes
    window.page.show_part("votes")
    votes.select_vote(workshop.all(VoteSession)[1].id)  # the committee's criteria
    votes.results.tick_top(1)
    votes.results.make_cards.click()
    assert window.page.stack.currentWidget() is page  # straight to the new card
    made = cards.cards_of(_saved(full_demo_file))[-1]
    assert made.name == "Lien social" and made.source_kind == "vote"
    assert page.current_card_id() == made.id or page.gallery.count() == 5


def test_reorder_by_keyboard_and_undo(page: CardsPage, full_demo_file: Path) -> None:
    names = [c.name for c in cards.cards_of(page.document.workshop)]
    page.gallery.setCurrentRow(2)
    page.gallery.setFocus()
    press(page.gallery, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    page.buttons["earlier"].click()
    moved = [c.name for c in cards.cards_of(_saved(full_demo_file))]
    assert moved == [names[2], names[0], names[1]]
    assert page.current_card_id() == cards.cards_of(page.document.workshop)[0].id
    page.document.undo_stack.undo()
    page.document.undo_stack.undo()
    assert [c.name for c in cards.cards_of(page.document.workshop)] == names


def test_the_lab_adapts_the_fields_and_a_card_goes_on_the_projector(
    page: CardsPage, window: MainWindow, qtbot: QtBot
) -> None:
    dialog = TemplateDialog(page.document, page._report, page)
    type_text(dialog.label, "Budget estimé")
    dialog.add()
    assert "custom" in "".join(page.editor.fields)  # the editor grew the new field
    assert card_template.fields_of(page.document.workshop)[-1].label == "Budget estimé"
    qtbot.waitUntil(lambda: dialog.fields.count() == len(card_template.DEFAULT_FIELDS) + 1)
    dialog.fields.setCurrentRow(dialog.fields.count() - 1)
    dialog.move_field(-100)
    assert card_template.fields_of(page.document.workshop)[0].label == "Budget estimé"
    dialog.close()
    page.buttons["projector"].click()
    assert window.page is not None
    projector = window.page.run.projector
    assert projector is not None and projector.mode == "results"
    assert page.projected.name == "Binôme d’accueil"
    assert page.projected.blocks[0][0] == "Besoin ou problème"
    window.page.run.close_projector()


def test_choosing_a_source_and_a_damaged_photo(page: CardsPage) -> None:
    dialog = SourceDialog(page.document, page)
    texts = [dialog.choices.item(row).text() for row in range(dialog.choices.count())]
    assert texts[0] == "Cluster: Logement" and texts[1].startswith("    ")
    assert dialog.chosen() is not None and dialog.chosen()[0] == "cluster"  # type: ignore[index]
    card_id = page.current_card_id()
    assert card_id is not None
    page.document.edit(
        "photo",
        cards.add_photo(page.document.workshop, card_id, data=b"abimee", width=1, height=1)[0],
    )
    layout = page.editor.photos
    tiles = [layout.itemAt(i) for i in range(layout.count())]
    labels = [t.widget() for t in tiles if t is not None]
    pictures = [c for w in labels if w is not None for c in w.findChildren(QLabel)]
    assert any(c.text() == "(unreadable photo)" for c in pictures)
    damaged = cards.photos_of(page.document.workshop, card_id)[-1]
    assert page.editor.set_caption(damaged.id, "Mur abîmé")
    assert cards.photos_of(page.document.workshop, card_id)[-1].caption == "Mur abîmé"
    assert page.editor.remove_photo(damaged.id)
    assert damaged.id not in {p.id for p in cards.photos_of(page.document.workshop, card_id)}


def test_a_card_from_the_board_and_its_source_deleted_since(
    window: MainWindow, page: CardsPage
) -> None:
    assert window.page is not None
    board_page = window.page.board
    window.page.show_part("board")
    workshop = page.document.workshop
    idea = board.ideas_of(workshop, workshop.all(Board)[0].id)[0]
    assert board_page.scene is not None
    board_page.scene.notes[idea.id].setSelected(True)
    board_page.buttons["card"].click()
    assert window.page.stack.currentWidget() is page
    card = page.document.workshop.require(PrototypeCard, page.current_card_id() or "")
    assert card.source_kind == "idea" and card.source_id == idea.id
    page.document.edit("delete", board.delete_ideas(page.document.workshop, [idea.id]))
    page.editor.refresh()
    assert page.editor.source.text() == "Its source was deleted since."
