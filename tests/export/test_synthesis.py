"""The synthesis, read back: the PDF's text (pypdf) holds every idea, every card field,
the rankings and the agenda; sections with nothing to say are left out; hostile text
prints as typed (a fuzz test); the CSV opens in a French spreadsheet; the Markdown."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token
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
    assert (
        "- **2=** · 7 · 18\u00a0% · Covoiturage solidaire vers Saint-Flour pour les rendez-vous\n"
        in text
    )
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


def _plain(inline: Token) -> str:
    """An inline token's text as a reader sees it (emphasis dropped, breaks as \\n)."""
    parts = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)


def _vote_sections(markdown: str) -> dict[str, tuple[list[str], list[str]]]:
    """Each level-2 section parsed (markdown-it, CommonMark): its title -> (the text of
    its paragraphs, the text of its list items)."""
    tokens = MarkdownIt("commonmark").parse(markdown)
    sections: dict[str, tuple[list[str], list[str]]] = {}
    current: tuple[list[str], list[str]] = ([], [])
    in_item = 0
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            if token.tag == "h2":
                current = ([], [])
                sections[_plain(tokens[index + 1])] = current
            continue
        in_item += {"list_item_open": 1, "list_item_close": -1}.get(token.type, 0)
        if token.type == "inline" and tokens[index - 1].type == "paragraph_open":
            (current[1] if in_item else current[0]).append(_plain(token))
    return sections


def test_each_kind_of_vote_has_its_own_columns_in_the_markdown() -> None:
    """Issue 17: every vote was headed "Score /100", holding dots for a dot vote and
    sort keys (4.8325) for a matrix. Now, as in the PDF: dots and share, score /100,
    quadrant; read back with a CommonMark parser, field by field, against the results."""
    workshop = full_demo()
    markdown = synthesis_markdown(workshop)
    sections = _vote_sections(markdown)
    votes = {v.method: v for v in workshop.all(VoteSession)}
    assert set(votes) == {"dots", "criteria", "matrix"}
    columns = {
        "dots": ["Rang", "Gommettes", "Part", "Idée"],
        "criteria": ["Rang", "Score /100", "Idée"],
        "matrix": ["Rang", "Quadrant", "Idée"],
    }
    for method, vote in votes.items():
        paragraphs, items = sections[vote.title]
        assert paragraphs[1].split(" · ") == columns[method], method
        results = scoring.results_of(workshop, vote.id)
        if method == "dots":
            results = [r for r in results if r.score]
        rows = [item.split(" · ", len(columns[method]) - 1) for item in items]
        assert [row[-1] for row in rows] == [r.option.label for r in results]
        assert [row[0] for row in rows] == [f"{r.rank}{'=' if r.tied else ''}" for r in results]
        if method == "dots":
            assert [int(row[1]) for row in rows] == [r.score for r in results]
            assert all(re.fullmatch(r"\d{1,3}\u00a0%", row[2]) for row in rows)
            assert rows[0][1:3] == ["9", "22\u00a0%"]  # 9 of the 41 dots
            assert "17 idées n’ont reçu aucune gommette." in paragraphs
        if method == "criteria":
            assert [float(row[1]) for row in rows] == [r.score for r in results]
            assert all(0 <= float(row[1]) <= 100 for row in rows)
            assert paragraphs[-1].startswith("Critères\u00a0: Impact pour les familles (poids 2")
        if method == "matrix":
            where = scoring.placements_of(workshop, vote.id)
            for row, result in zip(rows, results, strict=True):
                spot = where[result.option.id]
                up = "fort" if spot.y >= 0.5 else "faible"
                across = "fort" if spot.x >= 0.5 else "faible"
                assert row[1] == f"Impact {up}, Effort {across}"
    # Never an internal sort key: no number with three decimals or more anywhere.
    assert not re.search(r"\d[.,]\d{3,}", markdown)
    assert "Score /100" not in sections[votes["dots"].title][0]


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
