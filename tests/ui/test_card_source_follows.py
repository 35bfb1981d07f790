"""The card editor's source line follows its vote: renamed, and its dots counted again
(an attack on issue 22's "parts follow only what they show": the vote's own records were
left out of what the editor follows)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from facilitator.domain import cards, voting
from facilitator.domain.changes import ChangeSet
from facilitator.domain.records import PrototypeCard, VoteSession
from facilitator.ui.main_window import MainWindow
from facilitator.ui.workshop_page import WorkshopPage


def _edit(page: WorkshopPage, changes: ChangeSet) -> None:
    page.document.edit(lambda: "test", changes)


def test_the_source_line_follows_the_votes_title_and_dots(
    window: MainWindow, full_demo_file: Path
) -> None:
    assert window.open_path(full_demo_file)
    QApplication.processEvents()
    page = window.page
    assert page is not None
    workshop = page.document.workshop
    vote = next(v for v in workshop.all(VoteSession) if v.method == "dots")
    option = voting.options_of(workshop, vote.id)[0]
    changes, ids = cards.cards_from_options(workshop, [option.id])
    _edit(page, changes)
    page.show_part("cards")
    page.cards.select_card(ids[0])
    editor = page.cards.editor
    _edit(page, voting.set_vote(page.document.workshop, vote.id, title="Vote renommé"))
    assert "Vote renommé" in editor.source.text()
    _edit(page, voting.set_status(page.document.workshop, vote.id, "open"))
    _edit(page, voting.cast_ballot(page.document.workshop, vote.id, "Zed", {option.id: 2}))
    card = page.document.workshop.get(PrototypeCard, ids[0])
    assert card is not None
    dots = cards.source_dots(page.document.workshop, card)
    assert dots is not None
    assert editor.source.text().endswith(f"{dots:g}")
    page.show_part("details")
    _edit(page, voting.set_vote(page.document.workshop, vote.id, title="Vote caché"))
    page.show_part("cards")
    assert "Vote caché" in editor.source.text()
