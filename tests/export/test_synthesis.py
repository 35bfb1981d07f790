"""The synthesis, read back: the PDF's text (pypdf) holds every idea, every card field,
the rankings and the agenda; sections with nothing to say are left out; hostile text
prints as typed (a fuzz test); the CSV opens in a French spreadsheet; the Markdown."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from facilitator.domain import board, card_template, cards, edits, scoring, voting
from facilitator.domain.demo import demo_workshop
from facilitator.domain.records import AgendaItem, Board, VoteSession
from facilitator.export.ideas_csv import ideas_csv
from facilitator.export.synthesis_md import synthesis_markdown
from facilitator.export.synthesis_pdf import synthesis_pdf
from facilitator.library_access import full_demo
from facilitator.storage.workshop_file import WorkshopFile
from tests.export.test_agenda_exports import _flat, _pdf_text

EXPORT = (sys.executable, "-m", "facilitator", "export")


def _outline(data: bytes) -> list[str]:
    outline = PdfReader(io.BytesIO(data)).outline
    return [str(o.title) for o in outline if not isinstance(o, list)]


def test_the_demo_synthesis_has_every_section_and_every_word() -> None:
    workshop = full_demo()
    data = synthesis_pdf(workshop)
    text = _pdf_text(data)
    assert _outline(data) == [
        workshop.info.title,
        "Chiffres clés",
        "Le programme, prévu et réalisé",
        "Les idées",
        "Les votes",
        "Les prototypes",
        *[c.name for c in cards.cards_of(workshop)],
        "Prochaines étapes",
        "Annexe : toutes les idées",
    ]
    for found in workshop.all(Board):
        for idea in board.ideas_of(workshop, found.id):
            assert _flat(idea.text) in text, idea.text
    for card in cards.cards_of(workshop):
        for value in cards.values_of(workshop, card.id).values():
            assert _flat(value) in text
        for field in card_template.fields_of(workshop):
            assert _flat(field.label) in text
    for item in workshop.all(AgendaItem):
        assert _flat(item.title) in text
    # Planned, then what happened (run mode's record of day 1).
    assert "09:30–09:55 Accueil et présentation du défi" in text
    assert "(25 min) 09:30–10:00 +5 min" in text
    assert "+15 min" in text  # an overrun of day 1, as run mode recorded it
    # The rankings, ties included (the demo's dot vote: 1, 2=, 2=, 4).
    dots = workshop.all(VoteSession)[0]
    for result in scoring.results_of(workshop, dots.id)[:4]:
        rank = f"{result.rank}{'=' if result.tied else ''}"
        assert f"{rank} {_flat(result.option.label)}" in text
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata is not None and reader.metadata.title == workshop.info.title
    assert "Page 1 sur" in text and len(reader.pages) >= 8


def test_sections_are_chosen_and_empty_ones_left_out() -> None:
    workshop = full_demo()
    chosen = _outline(synthesis_pdf(workshop, ["cover", "votes"]))
    assert chosen == [workshop.info.title, "Les votes"]
    empty = demo_workshop()  # no agenda, no board, no vote, no card
    assert _outline(synthesis_pdf(empty)) == [empty.info.title, "Chiffres clés"]


HOSTILE = st.lists(
    st.sampled_from(
        [
            "R&D",
            "<b>gras</b>",
            "<img src='/etc/passwd'/>",
            "0.1 < x",
            "a > b & c",
            "🙂🚲",
            "مرحبا",
            "שלום",
            "« citation »",
            "%s {x} $(rm)",
            "x" * 700,
            "Anticonstitutionnellement",
            "\\n",
        ]
    ),
    min_size=1,
    max_size=5,
).map(" ".join)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=HOSTILE, idea=HOSTILE, card=HOSTILE, other=HOSTILE)
def test_hostile_text_everywhere_prints_as_typed(
    title: str, idea: str, card: str, other: str
) -> None:
    """Every kind of text a user types: the workshop's, the board's, an idea, a cluster,
    a vote, a card's name and fields, a next step, a photo's caption."""
    workshop = demo_workshop()
    workshop.apply(edits.set_info(workshop, title=title[:200], question=other[:1000]))
    changes, board_id = board.add_board(workshop, title[:200], other[:1000])
    workshop.apply(changes)
    changes, ideas = board.capture(workshop, board_id, [idea, other], author=title[:100])
    workshop.apply(changes)
    workshop.apply(board.create_cluster(workshop, board_id, other[:200], ideas[:1])[0])
    changes, vote_id = voting.create_vote(workshop, board_id, other[:200])
    workshop.apply(changes)
    for option in voting.options_of(workshop, vote_id):
        workshop.apply(voting.set_tally(workshop, vote_id, option.id, 2))
    changes, card_id = cards.create_card(workshop, card[:200])
    workshop.apply(changes)
    for field in card_template.fields_of(workshop):
        workshop.apply(cards.set_value(workshop, card_id, field.id, card))
    workshop.apply(cards.add_step(workshop, card_id, other[:500], title[:200])[0])
    workshop.apply(
        cards.add_photo(workshop, card_id, data=b"x", width=1, height=1, caption=other[:500])[0]
    )
    text = _pdf_text(synthesis_pdf(workshop))
    letters = _letters(text)
    for typed in (idea, card, other, title[:200]):
        for word in typed.split():
            if len(word) >= 80:
                continue  # a long word wraps inside: its lines are checked elsewhere
            if any(_right_to_left(c) for c in typed):
                # pypdf reorders a line with right-to-left words (and reportlab has no
                # bidi): the punctuation beside them moves; every letter is still there.
                assert _letters(word) in letters or _letters(word)[::-1] in letters, word
            else:
                assert _flat(word) in text, word


def _letters(text: str) -> str:
    return "".join(c for c in text if c.isalnum())


def _right_to_left(char: str) -> bool:
    return "\u0590" <= char <= "\u08ff"


def test_the_ideas_csv_opens_in_a_french_spreadsheet() -> None:
    workshop = full_demo()
    data = ideas_csv(workshop)
    assert data.startswith("\ufeff".encode())  # the BOM: accents read right
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    votes = [v.title for v in workshop.all(VoteSession) if v.method == "dots"]
    assert rows[0] == ["Tableau", "Regroupement", "Idée", "Auteur", "Couleur"] + [
        f"Gommettes\u00a0: {title}" for title in votes
    ]
    by_text = {row[2]: row for row in rows[1:]}
    assert by_text["Binôme d’accueil avec une famille du village"][5] == "9"
    assert by_text["Binôme d’accueil avec une famille du village"][4] == "rose"  # pink
    assert by_text["Binôme d’accueil avec une famille du village"][1] == "Lien social"
    workshop.apply(board.capture(workshop, workshop.all(Board)[0].id, ["=SOMME(A1:A9)"])[0])
    rows = list(csv.reader(io.StringIO(ideas_csv(workshop, ",").decode("utf-8-sig"))))
    assert [r[2] for r in rows if "SOMME" in r[2]] == ["'=SOMME(A1:A9)"]  # never a formula


def test_the_synthesis_markdown_and_the_command_line(tmp_path: Path) -> None:
    workshop = full_demo()
    text = synthesis_markdown(workshop)
    assert text.startswith("# Défi public")
    assert "- **2=** · 7 · Covoiturage solidaire vers Saint-Flour pour les rendez-vous\n" in text
    path = tmp_path / "demo.atelier"
    WorkshopFile.create(path, workshop).close()
    for fmt, extra in (("pdf", ["--sections", "cover,votes"]), ("csv", []), ("md", [])):
        out = tmp_path / f"synthese.{fmt}"
        result = subprocess.run(
            [*EXPORT, str(path), "--format", fmt, *extra, "-o", str(out)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 100
    bad = subprocess.run(
        [*EXPORT, str(path), "--format", "pdf", "--sections", "cover,nothing"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode != 0 and "“nothing” is not a section" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_the_labs_logo_on_the_cover() -> None:
    from facilitator.domain import edits
    from facilitator.library_access import demo_photos

    workshop = full_demo()
    data, width, height = demo_photos()["carte-interprete.jpg"]
    workshop.apply(edits.set_logo(workshop, data=data, width=width, height=height))
    first = PdfReader(io.BytesIO(synthesis_pdf(workshop))).pages[0]
    assert len(first.images) == 1
    workshop.apply(edits.set_logo(workshop, data=b"abime", width=1, height=1))  # replaced
    text = _pdf_text(synthesis_pdf(workshop, ["cover"]))
    assert "Photo illisible" in text  # said, where the logo would be; never fatal


def test_a_5000_character_word_prints_whole() -> None:
    workshop = full_demo()
    word = "Anticonstitutionnellement" * 200  # 5,000 characters, not one space
    workshop.apply(board.capture(workshop, workshop.all(Board)[0].id, [word])[0])
    data = synthesis_pdf(workshop, ["boards", "ideas"])
    # Wrapped, line after line, twice (by cluster and in the annex): every letter there.
    letters = "".join(_letters(page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages)
    assert letters.count("Anticonstitutionnellement") >= 2 * 200 - 4  # a page break may cut one
