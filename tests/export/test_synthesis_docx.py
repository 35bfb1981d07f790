"""The synthesis as a Word document (issue 20), read back as Word and assistive tools
read it (tests/export/docx_reading.py): the PDF's outline as headings, every idea's text
exactly, tables with their header row repeated, pictures with their alternative text,
the document's language and properties; hostile text kept as text (markup, control
characters XML forbids, emoji, a 10,000-character word, right-to-left scripts with
their direction set); a missing, damaged or huge photo replaced by its caption and a
note; the logo in every form a stored image takes; the command line."""

from __future__ import annotations

import io
import itertools
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader

from facilitator.domain import board, cards, edits, scoring
from facilitator.domain.changes import ChangeSet, update
from facilitator.domain.demo import demo_workshop
from facilitator.domain.factory import new_workshop
from facilitator.domain.records import AgendaItem, Board, Idea, Person, VoteSession, replaced
from facilitator.domain.workshop import Workshop
from facilitator.export.docx_parts import clean
from facilitator.export.names import Names
from facilitator.export.synthesis_docx import SECTIONS, ExportCancelledError, synthesis_docx
from facilitator.export.synthesis_pdf import synthesis_pdf
from facilitator.export.words import french_typography
from facilitator.library_access import demo_photos, full_demo
from facilitator.storage.workshop_file import WorkshopFile
from tests.export import docx_reading
from tests.export.named_people import DEMO_FACILITATORS, DISTINCT_NAMES, named_workshop
from tests.export.polls_workshop import polls_workshop
from tests.export.scripts_workshop import (
    ARABIC,
    ARABIC_PARAGRAPH,
    HEBREW,
    MIXED,
    scripts_workshop,
)
from tests.export.test_agenda_exports import _flat
from tests.image_files import HOSTILE_SVG, blank_jpeg, blank_png, mutated_image, run_measured

ROOT = Path(__file__).resolve().parents[2]


def _shown(text: str, language: str = "fr") -> str:
    """An idea as the document prints it: French typography in French, XML-safe."""
    return clean(french_typography(text) if language == "fr" else text)


def _pdf_outline(data: bytes) -> list[str]:
    outline = PdfReader(io.BytesIO(data)).outline
    return [str(o.title) for o in outline if not isinstance(o, list)]


@pytest.fixture(scope="module")
def demo() -> tuple[Workshop, bytes]:
    workshop = polls_workshop("fr", hostile=True)
    return workshop, synthesis_docx(workshop)


def test_the_outline_is_the_pdfs(demo: tuple[Workshop, bytes]) -> None:
    workshop, data = demo
    document = docx_reading.read(data)
    outline = docx_reading.outline(document)
    pdf = _pdf_outline(synthesis_pdf(workshop))
    card_names = [c.name for c in cards.cards_of(workshop)]
    # The PDF's bookmarks: the title, each section, each card; here the title and the
    # sections are Title and Heading 1, the cards Heading 2 under « Les prototypes ».
    # (A heading is typeset, « Annexe : » with a no-break space; a bookmark is not.)
    assert [_flat(t) for s, t in outline if s in ("Title", "Heading 1")] == [
        _flat(t) for t in pdf if t not in card_names
    ]
    top = [(s, t) for s, t in outline if s in ("Heading 1", "Heading 2")]
    start = top.index(("Heading 1", "Les prototypes"))
    assert [t for _, t in top[start + 1 : start + 1 + len(card_names)]] == card_names
    assert outline[0] == ("Title", workshop.info.title)
    # Headings in order, never a level skipped (an outline a screen reader can walk).
    levels = [int(s[-1]) for s, _ in outline if s.startswith("Heading")]
    assert levels[0] == 1 and all(b <= a + 1 for a, b in itertools.pairwise(levels))


def test_every_idea_card_field_and_activity_is_there_exactly(
    demo: tuple[Workshop, bytes],
) -> None:
    workshop, data = demo
    document = docx_reading.read(data)
    bullets = docx_reading.texts(document, "List Bullet")
    every = docx_reading.texts(document)
    for found in workshop.all(Board):
        for idea in board.ideas_of(workshop, found.id):
            assert bullets.count(_shown(idea.text)) >= 1, idea.text  # by cluster
            assert every.count(_shown(idea.text)) >= 2, idea.text  # and in the annex
    for card in cards.cards_of(workshop):
        for value in cards.values_of(workshop, card.id).values():
            assert _shown(value) in every
    for item in workshop.all(AgendaItem):
        assert any(t.startswith(_shown(item.title) + " (") for t in every), item.title
    # The rankings, ties included, in the vote's table.
    dots = workshop.all(VoteSession)[0]
    rows = next(t.rows for t in docx_reading.tables(document) if t.caption == dots.title)
    for row, result in zip(rows[1:], scoring.results_of(workshop, dots.id), strict=False):
        assert row[:3] == [
            f"{result.rank}{'=' if result.tied else ''}",
            _shown(result.option.label),
            f"{result.score:g}",
        ]


def test_every_table_repeats_its_shaded_header_row(demo: tuple[Workshop, bytes]) -> None:
    _workshop, data = demo
    found = docx_reading.tables(docx_reading.read(data))
    figures, data_tables = found[0], found[1:]
    assert figures.header_rows == [] and figures.rows[0][0].startswith("26")  # read in order
    assert len(data_tables) >= 10  # agenda days, votes, polls, steps, next steps, annex
    for table in data_tables:
        assert table.header_rows == [0], table.rows[0]
        assert set(table.first_row_fills) == {"EEEEEE"}
        assert table.caption  # named for screen readers
        assert len(table.rows) >= 2


def test_every_picture_has_its_text_alternative(demo: tuple[Workshop, bytes]) -> None:
    workshop, data = demo
    alts = docx_reading.alt_texts(docx_reading.read(data))
    assert alts and all(a.strip() for a in alts)
    photos = [p.caption for b in workshop.all(Board) for p in board.photos_of(workshop, b.id)] + [
        p.caption for c in cards.cards_of(workshop) for p in cards.photos_of(workshop, c.id)
    ]
    for caption in photos:
        assert _shown(caption) in alts
    # A chart says its ranking in words; the matrix each idea's quadrant.
    ranking = next(a for a in alts if a.startswith("Diagramme en barres"))
    assert "1. Binôme d’accueil avec une famille du village, 9 gommettes\u00a0;" in ranking
    assert "2=. Covoiturage solidaire" in ranking
    matrix = next(a for a in alts if a.startswith("Matrice à quatre cases"))
    assert "1. Binôme d’accueil avec une famille du village (Impact fort · Effort faible)" in matrix
    histogram = next(a for a in alts if a.startswith("Histogramme"))
    assert "Soleil 11 (46\u00a0%)" in histogram


def test_the_language_title_and_author_are_set() -> None:
    for language, tag in (("fr", "fr-FR"), ("en", "en-GB")):
        workshop = polls_workshop(language, hostile=False)  # type: ignore[arg-type]
        document = docx_reading.read(synthesis_docx(workshop, ["cover"]))
        assert docx_reading.language(document) == tag
        properties = document.core_properties
        assert properties.language == tag
        assert properties.title == workshop.info.title
        assert properties.author == ", ".join(DEMO_FACILITATORS)
        assert properties.subject == (
            "Synthèse de l’atelier" if language == "fr" else "Workshop synthesis"
        )
        theme = document.settings.element.find(qn("w:themeFontLang"))
        assert theme is not None and theme.get(qn("w:val")) == tag
        section = document.sections[0]
        assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297  # type: ignore[union-attr]


def test_the_words_follow_the_workshops_language() -> None:
    document = docx_reading.read(synthesis_docx(polls_workshop("en", hostile=False)))
    headings = [t for s, t in docx_reading.outline(document) if s == "Heading 1"]
    assert headings[:3] == ["Key figures", "The agenda, planned and as run", "The ideas"]
    assert "Annex: every idea" in headings
    styles = {s.name for s in document.styles}
    assert {"Table text", "Workshop question", "Heading 1", "List Bullet"} <= styles


def test_sections_are_chosen_and_empty_ones_left_out() -> None:
    workshop = full_demo()
    outline = docx_reading.outline(docx_reading.read(synthesis_docx(workshop, ["cover", "votes"])))
    assert [t for s, t in outline if s in ("Title", "Heading 1")] == [
        workshop.info.title,
        "Les votes",
    ]
    empty = new_workshop("Atelier vide")
    document = docx_reading.read(synthesis_docx(empty))
    assert [t for s, t in docx_reading.outline(document) if s == "Heading 1"] == ["Chiffres clés"]
    nothing = docx_reading.read(synthesis_docx(empty, ["polls", "ideas"]))
    assert docx_reading.outline(nothing) == [("Title", "Atelier vide")]


def test_progress_is_told_and_a_cancelled_export_stops() -> None:
    workshop = full_demo()
    told: list[tuple[int, int]] = []
    synthesis_docx(workshop, progress=lambda done, total: told.append((done, total)))
    assert told[0] == (1, len(SECTIONS) + 1) and told[-1] == (1, 1)
    with pytest.raises(ExportCancelledError):
        synthesis_docx(workshop, cancelled=lambda: True)
    calls: list[int] = []

    def late() -> bool:  # cancelled while the photos are placed
        calls.append(1)
        return len(calls) > 4

    with pytest.raises(ExportCancelledError):
        synthesis_docx(workshop, cancelled=late)


def test_names_left_out_are_nowhere_in_the_document() -> None:
    workshop = named_workshop()
    hidden = "\n".join(
        docx_reading.texts(docx_reading.read(synthesis_docx(workshop, names=Names.LEFT_OUT)))
    )
    listed = "\n".join(
        docx_reading.texts(docx_reading.read(synthesis_docx(workshop, names=Names.LISTED)))
    )
    for name in DISTINCT_NAMES:
        assert french_typography(name) not in hidden, name
    assert "Les noms des participants et des auteurs sont retirés de ce document." in hidden
    assert all(name in hidden for name in DEMO_FACILITATORS)  # the facilitators' stay
    people = [p.name for p in workshop.where(Person, role="participant")]
    assert all(name in listed for name in people)  # asked for: listed on the cover


# -- hostile text ----------------------------------------------------------------------
CONTROLS = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r") + "\x7f\x85\x9f"
HOSTILE = (
    '<b>gras</b> & <img src="/dev/zero"> &amp; ]]> <![CDATA[x]]>',
    f"avant{CONTROLS}après",
    "ligne 1\r\nligne 2\rligne 3\u2028ligne 4\ttabulée",
    "surrogate \ud800 et \ufffe \uffff",
    "Vélos 🚲👍🏽 👨‍👩‍👧 drapeau 🇫🇷",
    "x" * 10_000,
    ARABIC_PARAGRAPH,
    MIXED,
    HEBREW,
    "  espaces  en tête et en fin  ",
)


def _ideas_workshop(texts: list[str], title: str = "Atelier") -> Workshop:
    """A board of `texts`, each idea as the app stores it (`domain.text.clean_text`)."""
    workshop = new_workshop(title)
    changes, board_id = board.add_board(workshop, "Mur")
    workshop.apply(changes)
    workshop.apply(board.capture(workshop, board_id, texts)[0])
    return workshop


def _raw(workshop: Workshop, texts: list[str], title: str | None = None) -> Workshop:
    """`workshop`'s ideas given `texts` exactly, past the domain's checks (as a damaged
    or hand-made file might hold them: NUL, lone surrogates, a 300-character title)."""
    ideas = sorted(workshop.unordered(Idea), key=lambda i: i.position)
    changes = [update(i, replaced(i, {"text": t})) for i, t in zip(ideas, texts, strict=True)]
    if title is not None:
        changes.append(update(workshop.info, replaced(workshop.info, {"title": title})))
    workshop.apply(ChangeSet.of(changes))
    return workshop


def _stored(workshop: Workshop) -> list[str]:
    return [i.text for i in sorted(workshop.unordered(Idea), key=lambda i: i.position)]


def test_hostile_text_is_kept_as_text() -> None:
    """As typed in the app (the domain has cleaned it), then as a file might hold it."""
    typed = _ideas_workshop(list(HOSTILE))
    bullets = docx_reading.texts(docx_reading.read(synthesis_docx(typed)), "List Bullet")
    assert sorted(bullets) == sorted(_shown(t) for t in _stored(typed))
    assert _shown(HOSTILE[0]) in bullets  # markup as text
    assert "surrogate \ufffd et \ufffe \uffff" in _stored(typed)  # kept by the domain
    assert "surrogate \ufffd et \ufffd \ufffd" in bullets  # not by XML
    raw = _raw(_ideas_workshop(list(HOSTILE)), list(HOSTILE), f"Titre\x00 <b>{'é' * 300}</b>")
    document = docx_reading.read(synthesis_docx(raw))
    bullets = docx_reading.texts(document, "List Bullet")
    assert sorted(bullets) == sorted(_shown(t) for t in HOSTILE)
    assert "avant" + " " * len(CONTROLS) + "après" in bullets  # controls as spaces
    assert "ligne 1\nligne 2\nligne 3\nligne 4\ttabulée" in bullets  # breaks kept
    assert "x" * 10_000 in bullets and "  espaces  en tête et en fin  " in bullets
    title = document.core_properties.title
    assert title.startswith("Titre <b>é") and len(title) == 255 and title.endswith("…")
    assert docx_reading.outline(document)[0] == ("Title", f"Titre  <b>{'é' * 300}</b>")


def test_right_to_left_paragraphs_and_runs_have_their_direction() -> None:
    workshop = _ideas_workshop([ARABIC_PARAGRAPH, MIXED, HEBREW, "Rue Jean Moulin"])
    document = docx_reading.read(synthesis_docx(workshop, ["boards"]))
    by_text = {p.text: p for p in docx_reading.paragraphs(document)}
    arabic = by_text[_shown(ARABIC_PARAGRAPH)]._p
    assert arabic.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is not None
    assert all(r.find(f"{qn('w:rPr')}/{qn('w:rtl')}") is not None for r in arabic.iter(qn("w:r")))
    mixed = by_text[_shown(MIXED)]._p
    assert mixed.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is None  # starts in French
    flagged = [
        "".join(t.text or "" for t in r.iter(qn("w:t")))
        for r in mixed.iter(qn("w:r"))
        if r.find(f"{qn('w:rPr')}/{qn('w:rtl')}") is not None
    ]
    assert flagged == ["أحمد"]
    hebrew = by_text[_shown(HEBREW)]._p
    lang = hebrew.find(f".//{qn('w:lang')}")
    assert lang is not None and lang.get(qn("w:bidi")) == "he-IL"
    plain = by_text["Rue Jean Moulin"]._p
    assert plain.find(f".//{qn('w:rtl')}") is None and plain.find(f".//{qn('w:bidi')}") is None


def test_no_right_to_left_run_holds_left_to_right_letters() -> None:
    """ECMA-376 leaves w:rtl on strong left-to-right text unspecified: never written."""
    document = docx_reading.read(synthesis_docx(scripts_workshop()))
    flagged = 0
    for run in document.element.body.iter(qn("w:r")):
        if run.find(f"{qn('w:rPr')}/{qn('w:rtl')}") is None:
            continue
        flagged += 1
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        assert not any(unicodedata.bidirectional(c) == "L" for c in text), text
    assert flagged > 20
    texts = docx_reading.texts(document)
    assert _shown(ARABIC) in texts


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text_reads_back_as_typed(text: str) -> None:
    """Whatever is typed (any code point, surrogates included) is written, never an
    exception, and reads back as the document shows it."""
    workshop = _raw(_ideas_workshop(["une idée"]), [text], title=text)
    document = docx_reading.read(synthesis_docx(workshop, ["cover", "boards"]))
    assert docx_reading.texts(document, "List Bullet") == [_shown(text)]
    title = _shown(text) if _shown(text).strip() else "Synthèse de l’atelier"
    assert docx_reading.outline(document)[0] == ("Title", title)


# -- photos and logos ------------------------------------------------------------------
def _photo_workshop(photos: list[bytes]) -> Workshop:
    workshop = demo_workshop()
    changes, board_id = board.add_board(workshop, "Murs")
    workshop.apply(changes)
    workshop.apply(board.capture(workshop, board_id, ["Une idée"])[0])
    for n, data in enumerate(photos):
        workshop.apply(
            board.add_photo(workshop, board_id, data=data, width=1, height=1, caption=f"M{n}")[0]
        )
    return workshop


def test_a_missing_damaged_or_huge_photo_is_its_caption_with_a_note() -> None:
    good, _w, _h = demo_photos()["mur-idees-jour1.jpg"]
    photos = [
        b"",  # missing
        b"abime",
        good[: len(good) // 2],  # cut short: its header is whole
        blank_png(70_000, 10),  # beyond any side
        blank_png(20_000, 20_000, 0),  # beyond the pixels decoded
        HOSTILE_SVG,
        good,
    ]
    document = docx_reading.read(synthesis_docx(_photo_workshop(photos), ["boards"]))
    captions = docx_reading.texts(document, "Caption")
    assert captions == [
        "Photo illisible\u00a0: «\u00a0M0\u00a0»",
        "Photo illisible\u00a0: «\u00a0M1\u00a0»",
        "Photo illisible\u00a0: «\u00a0M2\u00a0»",
        "Photo trop grande pour être imprimée (70000 × 10 pixels)\u00a0: «\u00a0M3\u00a0»",
        "Photo trop grande pour être imprimée (20000 × 20000 pixels)\u00a0: «\u00a0M4\u00a0»",
        "Photo illisible\u00a0: «\u00a0M5\u00a0»",
        "M6",  # the one printed, its caption below it
    ]
    assert docx_reading.alt_texts(document) == ["M6"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_image())
def test_any_stored_image_is_placed_or_said(data: bytes) -> None:
    document = docx_reading.read(synthesis_docx(_photo_workshop([data]), ["boards"]))
    pictures = document.inline_shapes
    captions = docx_reading.texts(document, "Caption")
    assert len(pictures) + sum(c.startswith("Photo") for c in captions) == 1
    for part in document.part.package.image_parts:
        Image.open(io.BytesIO(part.blob)).load()  # whatever is placed decodes


def _cmyk_jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("CMYK", (300, 100), (0, 80, 80, 0)).save(buffer, "JPEG")
    return buffer.getvalue()


def _rgba_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGBA", (300, 100), (0, 0, 145, 128)).save(buffer, "PNG")
    return buffer.getvalue()


STORED_LOGOS = {
    "jpeg as imported": demo_photos()["carte-interprete.jpg"][0],
    "jpeg without JFIF": blank_jpeg(300, 100),
    "grey progressive jpeg": blank_jpeg(300, 100, 1, "progressive"),
    "cmyk jpeg": _cmyk_jpeg(),
    "transparent png": _rgba_png(),
    "palette png": blank_png(300, 100, colour=3, depth=2),
    "16-bit grey png": blank_png(300, 100, colour=0, depth=16),
    "huge png": blank_png(9000, 3000),
}


@pytest.mark.parametrize("kind", STORED_LOGOS)
def test_the_logo_is_on_the_cover_in_every_stored_form(kind: str) -> None:
    workshop = demo_workshop()
    workshop.apply(edits.set_logo(workshop, data=STORED_LOGOS[kind], width=1, height=1))
    document = docx_reading.read(synthesis_docx(workshop, ["cover"]))
    assert docx_reading.alt_texts(document) == [
        "Logo de Lab’@rchipel – laboratoire d’innovation territoriale"
    ]
    shape = document.inline_shapes[0]
    assert shape.width.mm <= 70.01 and shape.height.mm <= 25.01
    (part,) = document.part.package.image_parts
    image = Image.open(io.BytesIO(part.blob))
    image.load()
    assert image.format in ("PNG", "JPEG") and image.mode != "CMYK"
    assert max(image.size) <= 2400


@pytest.mark.parametrize("data", [b"GIF89a\x01\x00\x01\x00", HOSTILE_SVG, b"", b"\xff\xd8\xff"])
def test_an_unreadable_logo_is_said_where_it_would_be(data: bytes) -> None:
    workshop = demo_workshop()
    workshop.apply(edits.set_logo(workshop, data=data, width=1, height=1))
    document = docx_reading.read(synthesis_docx(workshop, ["cover"]))
    assert not document.inline_shapes
    assert "Photo illisible\u00a0: «\u00a0logo\u00a0»" in docx_reading.texts(document, "Note")


DOCX_MEMORY = """
import json, sys
from pathlib import Path
from facilitator.export.synthesis_docx import synthesis_docx
from facilitator.storage.workshop_file import WorkshopFile
file, workshop = WorkshopFile.open(Path(sys.argv[1]), read_only=True)
file.close()
opened = peak()
data = synthesis_docx(workshop)
print(json.dumps({"opened": opened, "peak": peak(), "bytes": len(data)}))
"""
DOCX_PEAK = 400_000_000  # as the PDF's (tests/export/test_pictures.py, SYNTHESIS_PEAK)


def test_a_file_of_huge_photos_stays_within_its_memory(tmp_path: Path) -> None:
    workshop = _photo_workshop([blank_png(12_000, 12_000)] * 2 + [blank_png(8000, 8000)] * 2)
    path = tmp_path / "murs.atelier"
    WorkshopFile.create(path, workshop).close()
    figures = run_measured(DOCX_MEMORY, str(path))
    assert figures["peak"] < DOCX_PEAK, figures
    assert figures["bytes"] < 5_000_000  # reduced to their place on the page


# -- the command line, and a large workshop -------------------------------------------
def test_the_command_line_writes_the_docx(tmp_path: Path) -> None:
    path = tmp_path / "demo.atelier"
    WorkshopFile.create(path, full_demo()).close()
    env = {**os.environ, "LANGUAGE": "en", "LC_ALL": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    env["FACILITATOR_HOME"] = str(tmp_path / "home")
    done = subprocess.run(
        [sys.executable, "-m", "facilitator", "export", str(path), "--format", "docx",
         "--sections", "cover,ideas", "--no-names"],
        capture_output=True, text=True, env=env, check=False, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    out = tmp_path / "demo-synthese.docx"
    assert f"Exported to {out}" in done.stdout
    document = docx_reading.read(out.read_bytes())
    headings = [t for s, t in docx_reading.outline(document) if s == "Heading 1"]
    assert headings == ["Annexe\u00a0: toutes les idées"]
    assert docx_reading.tables(document)[0].rows[0] == ["Regroupement", "Idée"]  # no author


def test_a_thousand_ideas_are_all_in_the_annex() -> None:
    texts = [f"Idée numéro {n} : un service d’accueil" for n in range(1000)]
    workshop = _ideas_workshop(texts)
    document = docx_reading.read(synthesis_docx(workshop, ["ideas"]))
    (annex,) = docx_reading.tables(document)
    assert [row[1] for row in annex.rows[1:]] == [_shown(t) for t in texts]
    assert annex.rows[1][0] == "Idées non regroupées" and annex.rows[2][0] == ""
