"""The printed prototype cards, read back with pypdf: every field's text, the next steps,
the photos; hostile text prints as typed; a damaged photo is named, not fatal."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from facilitator.domain import card_template, cards
from facilitator.export.cards_pdf import cards_pdf
from facilitator.library_access import full_demo
from facilitator.storage.workshop_file import WorkshopFile
from tests.export.test_agenda_exports import HOSTILE, _flat, _pdf_text


def test_every_field_of_the_demo_cards_is_printed() -> None:
    workshop = full_demo()
    text = _pdf_text(cards_pdf(workshop))
    for card in cards.cards_of(workshop):
        assert _flat(card.name) in text
        for field in card_template.fields_of(workshop):
            assert _flat(field.label) in text
        for value in cards.values_of(workshop, card.id).values():
            assert _flat(value) in text, value[:40]
        for step in cards.steps_of(workshop, card.id):
            assert _flat(step.action) in text and step.owner in text
        for photo in cards.photos_of(workshop, card.id):
            assert _flat(photo.caption) in text
    assert "31/03/2026" in text  # due dates the French way
    assert "Issue du vote « Vote à gommettes — fin du jour 1 » (9 gommettes)" in text
    reader = PdfReader(io.BytesIO(cards_pdf(workshop)))
    assert len(reader.pages) == 3  # one card a page
    images = sum(len(page.images) for page in reader.pages)
    assert images == 3
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert titles == [c.name for c in cards.cards_of(workshop)]
    assert len(PdfReader(io.BytesIO(cards_pdf(workshop, 2))).pages) == 2  # two a page


def test_hostile_text_an_empty_card_and_a_damaged_photo() -> None:
    workshop = full_demo()
    changes, card_id = cards.create_card(workshop, HOSTILE[:200])
    workshop.apply(changes)
    field = card_template.fields_of(workshop)[0]
    workshop.apply(cards.set_value(workshop, card_id, field.id, HOSTILE))
    workshop.apply(cards.create_card(workshop, "")[0])  # an empty card
    photo = cards.add_photo(
        workshop, card_id, data=b"\xff\xd8 not a jpeg", width=10, height=10, caption="Mur"
    )
    workshop.apply(photo[0])
    text = _pdf_text(cards_pdf(workshop))
    assert _flat("R&D <b>gras</b> <img src='/etc/passwd'/> 0.1 < x & y > z") in text
    assert "Photo illisible : « Mur »" in text
    assert "Fiche sans titre" in text


def test_the_command_line_prints_the_cards(tmp_path: Path) -> None:
    path = tmp_path / "demo.atelier"
    WorkshopFile.create(path, full_demo()).close()
    for per_page, pages in (("1", 3), ("2", 2)):
        out = tmp_path / f"fiches-{per_page}.pdf"
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "facilitator",
                "export",
                str(path),
                "--format",
                "cards-pdf",
                "--per-page",
                per_page,
                "-o",
                str(out),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert len(PdfReader(out).pages) == pages


def test_the_longest_text_in_every_field_prints() -> None:
    workshop = full_demo()
    changes, card_id = cards.create_card(workshop, "Ç" * 200)
    workshop.apply(changes)
    long_text = ("Un texte très long, avec des mots ordinaires. " * 250)[:10_000]
    for field in card_template.fields_of(workshop):
        workshop.apply(cards.set_value(workshop, card_id, field.id, long_text))
    for per_page in (1, 2):
        data = cards_pdf(workshop, per_page)
        pages = len(PdfReader(io.BytesIO(data)).pages)
        every = long_text.count("Un texte très long") * len(card_template.fields_of(workshop))
        # Nothing lost: the only phrases not found whole are those a page break cuts
        # (the running header and footer come between their words in the extracted text).
        assert every - pages <= _pdf_text(data).count("Un texte très long") <= every
