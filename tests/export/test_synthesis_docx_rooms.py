"""The synthesis as DOCX of an event merged from rooms (issue 21), read back as Word and
assistive tools read it (tests/export/docx_reading.py), checked as the PDF's is
(tests/export/test_synthesis_rooms.py): the cover and figures of the whole event with
the rooms' table, then one chapter per room from a new page (« Salle n sur N », the
room's name a Heading 1, its sections one level down), what is in no room last; and
one LibreOffice conversion whose bookmarks nest each room's sections under its name,
as the PDF's do (skipped without soffice)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

from facilitator.domain import cards
from facilitator.domain.changes import ChangeSet, update
from facilitator.domain.demo import demo_workshop
from facilitator.domain.merge import Room
from facilitator.domain.records import Board, Idea, Person, Track, replaced
from facilitator.domain.workshop import Workshop
from facilitator.export.names import Names
from facilitator.export.synthesis_docx import ExportCancelledError, synthesis_docx
from facilitator.export.synthesis_pdf import synthesis_pdf
from facilitator.library_access import bundled_library
from tests.conftest import from_template
from tests.domain.merge_rooms import MOBILITY_IDEAS, three_rooms
from tests.export import docx_reading
from tests.export.test_agenda_exports import _flat
from tests.export.test_synthesis_rooms import (
    EVENT_POLL,
    HOSTILE_ROOM,
    _event,
    _hostile_event,
    _outline,
)

ROOM_NAMES = ["Salle Mistral", "Mobilité en zone rurale", HOSTILE_ROOM]
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
CONVERSION_S = 180  # seconds: as tests/export/test_synthesis_docx_office.py


def _paragraphs(data: bytes) -> list[Paragraph]:
    return list(docx_reading.paragraphs(docx_reading.read(data)))


def _style(paragraph: Paragraph) -> str:
    return str(paragraph.style.name) if paragraph.style is not None else ""


def _breaks_page(paragraph: Paragraph) -> bool:
    """Whether the paragraph starts a page: its own pageBreakBefore, else its style's."""
    own = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}")
    if own is not None:
        return own.get(qn("w:val"), "1") in ("1", "true", "on")
    return bool(paragraph.style is not None and paragraph.style.paragraph_format.page_break_before)


def _chapters(data: bytes) -> tuple[str, dict[str, str]]:
    """The text before the first room (the cover and figures), and each chapter's text
    by its Heading 1 (a room's name, or « Hors des salles »), kicker included."""
    paragraphs = _paragraphs(data)
    starts = [
        i
        for i, p in enumerate(paragraphs)
        if _style(p) == "Heading 1" and _flat(p.text) != "Chiffres clés"
    ]
    starts = [s - 1 if _style(paragraphs[s - 1]) == "Subtitle" else s for s in starts]
    texts = [_flat(p.text) for p in paragraphs]
    before = "\n".join(texts[: starts[0]] if starts else texts)
    chapters: dict[str, str] = {}
    for start, end in zip(starts, [*starts[1:], len(paragraphs)], strict=True):
        name = next(_flat(p.text) for p in paragraphs[start:end] if _style(p) == "Heading 1")
        chapters[name] = "\n".join(texts[start:end])
    return before, chapters


def _levels(document: Document) -> list[tuple[int, str]]:
    """(level, text) of each heading: Heading 1 is 1; the Title is 0."""
    return [
        (0 if style == "Title" else int(style.rsplit(" ", 1)[1]), _flat(text))
        for style, text in docx_reading.outline(document)
    ]


def _nested(levels: Sequence[tuple[int, str]]) -> list[object]:
    """Headings from level 1 as the PDF's bookmarks nest: each one's children in a list
    after it."""
    out: list[object] = []
    stack: list[tuple[int, list[object]]] = [(0, out)]
    for level, text in levels:
        if level == 0:
            continue
        while stack[-1][0] >= level:
            stack.pop()
        parent = stack[-1][1]
        while len(stack) < level:  # a level skipped: an empty list stands for it
            found: list[object] = []
            parent.append(found)
            stack.append((stack[-1][0] + 1, found))
            parent = found
        parent.append(text)
        children: list[object] = []
        parent.append(children)
        stack.append((level, children))
    return _pruned(out)


def _pruned(entries: list[object]) -> list[object]:
    """Without the empty lists of headings that have no children."""
    return [_pruned(e) if isinstance(e, list) else e for e in entries if e != []]


@pytest.fixture(scope="module")
def hostile() -> tuple[Workshop, bytes]:
    event = _hostile_event()
    return event, synthesis_docx(event)


def test_a_workshop_never_merged_reads_as_before() -> None:
    paragraphs = _paragraphs(synthesis_docx(demo_workshop()))
    subtitles = [p.text for p in paragraphs if _style(p) == "Subtitle"]
    assert subtitles == ["Synthèse de l’atelier"]
    texts = [_flat(p.text) for p in paragraphs]
    assert not any(t.startswith("Salle 1 sur") or t in ("Par salle", "Salles") for t in texts)
    assert all(_style(p) != "Heading 4" for p in paragraphs)


def test_the_event_has_its_figures_then_a_chapter_per_room(hostile: tuple[Workshop, bytes]) -> None:
    event, data = hostile
    document = docx_reading.read(data)
    paragraphs = _paragraphs(data)
    subtitle = next(p for p in paragraphs if _style(p) == "Subtitle")
    assert subtitle.text == "Synthèse de l’événement"
    assert docx_reading.texts(document, "Title") == ["Séminaire des labs"]
    cover, chapters = _chapters(data)
    assert "Salles : " + ", ".join(_flat(n) for n in ROOM_NAMES) in cover
    assert "du jeudi 12 mars 2026 au vendredi 13 mars 2026" in cover  # all rooms' days
    assert "Les idées retenues" not in cover  # an event's: in each room's chapter
    # The rooms' figures, a real table with its header row repeated.
    rooms = next(t for t in docx_reading.tables(document) if t.caption == "Par salle")
    assert rooms.header_rows == [0]
    assert rooms.rows[0] == [
        "Salle",
        "Dates",
        "Idées",
        "Regroupements",
        "Gommettes et notes",
        "Prototypes",
    ]
    assert [_flat(r[0]) for r in rooms.rows[1:]] == [*map(_flat, ROOM_NAMES), "Hors des salles"]
    assert rooms.rows[2][1:] == ["12/03/2026", "4", "0", "7", "1"]
    assert sum(int(r[2]) for r in rooms.rows[1:]) == event.count(Idea)
    # A chapter per room, in order, then what is in no room; each room's ideas in its
    # chapter and nowhere else.
    assert list(chapters) == [*map(_flat, ROOM_NAMES), "Hors des salles"]
    mistral, mobility, health, outside = chapters.values()
    for number, text in enumerate((mistral, mobility, health), start=1):
        assert text.startswith(f"Salle {number} sur 3\n")
    assert not outside.startswith("Salle")  # not a room: no « Salle n sur 3 »
    for idea in MOBILITY_IDEAS:
        assert idea in mobility and idea not in mistral and idea not in health
    mistral_ideas = [_flat(i.text) for i in three_rooms()[0].workshop.all(Idea)]
    assert all(text in mistral for text in mistral_ideas)
    assert not any(text in mobility for text in mistral_ideas)
    assert "Atelier : Santé" in health  # the room was named otherwise than its workshop
    assert "Atelier : Mobilité" not in mobility  # named after its workshop: not repeated
    assert "Le programme, prévu et réalisé" in health
    assert "Vote mobilité" in mobility and "Réserver le minibus" in mobility
    assert "Les idées retenues" in mistral
    assert "Une remarque pour l’équipe" in mistral  # asked in that room, of no item
    assert _flat(EVENT_POLL) in outside


def test_each_chapter_starts_a_page_and_its_headings_are_one_level_down(
    hostile: tuple[Workshop, bytes],
) -> None:
    _event, data = hostile
    paragraphs = _paragraphs(data)
    kickers = [
        i for i, p in enumerate(paragraphs) if p.text.startswith("Salle ") and " sur 3" in p.text
    ]
    assert len(kickers) == 3
    for index in kickers:
        kicker, name = paragraphs[index], paragraphs[index + 1]
        assert _style(kicker) == "Subtitle" and _breaks_page(kicker)
        assert _style(name) == "Heading 1" and not _breaks_page(name)  # with its kicker
    outside = next(
        p for p in paragraphs if p.text == "Hors des salles" and _style(p) == "Heading 1"
    )
    assert _breaks_page(outside)
    levels = _levels(docx_reading.read(data))
    assert [t for lv, t in levels if lv == 1] == [
        "Chiffres clés",
        *map(_flat, ROOM_NAMES),
        "Hors des salles",
    ]
    # Under a room's name, its sections are Heading 2, its boards, votes and cards
    # Heading 3, its clusters Heading 4; nothing deeper.
    first_room = next(i for i, (lv, t) in enumerate(levels) if t == "Salle Mistral")
    inside = levels[first_room + 1 :]
    assert {lv for lv, _ in inside} == {1, 2, 3, 4}
    sections = [t for lv, t in inside if lv == 2]
    assert sections[:3] == ["Les idées retenues", "Le programme, prévu et réalisé", "Les idées"]
    assert ("Les prototypes" in sections) and ("Annexe : toutes les idées" in sections)
    assert (4, "Logement (5)") in inside  # a cluster of the Mistral room's board
    card = cards.cards_of(three_rooms()[0].workshop)[0].name
    assert (3, _flat(card)) in inside


def test_the_outline_nests_as_the_pdfs_bookmarks(hostile: tuple[Workshop, bytes]) -> None:
    event, data = hostile
    nested = _nested(_levels(docx_reading.read(data)))
    pdf = _outline(synthesis_pdf(event))
    # The PDF: title, figures, then each room's name with its sections (and its cards,
    # beside them) in a list after it. The DOCX: the same rooms, the same sections in
    # the same order under each, the cards a level below « Les prototypes ».
    rooms = [e for e in pdf[2:] if not isinstance(e, list)]
    assert [e for e in nested if not isinstance(e, list)] == ["Chiffres clés", *rooms]
    card_names = {_flat(c.name) for c in cards.cards_of(event)}
    for room in rooms:
        pdf_children = pdf[pdf.index(room) + 1]
        docx_children = nested[nested.index(room) + 1]
        assert isinstance(pdf_children, list) and isinstance(docx_children, list)
        pdf_sections = [_flat(str(t)) for t in pdf_children if str(t) not in card_names]
        assert [e for e in docx_children if not isinstance(e, list)] == pdf_sections, room


def test_pictures_keep_unique_ids_and_their_text_alternative(
    hostile: tuple[Workshop, bytes],
) -> None:
    _event, data = hostile
    document = docx_reading.read(data)
    ids = [
        element.get("id") for element in document.element.body.iter(f"{docx_reading.DRAWING}docPr")
    ]
    assert len(ids) > 5 and len(set(ids)) == len(ids)  # the rooms' charts and photos
    assert all(alt.strip() for alt in docx_reading.alt_texts(document))


def test_sections_chosen_apply_to_every_room() -> None:
    event = _event()
    figures = docx_reading.read(synthesis_docx(event, ["cover", "figures"]))
    assert _levels(figures) == [(0, "Séminaire des labs"), (1, "Chiffres clés"), (2, "Par salle")]
    data = synthesis_docx(event, ["votes"])
    paragraphs = _paragraphs(data)
    assert paragraphs[0].text == "Salle 1 sur 3" and not _breaks_page(paragraphs[0])
    _cover, chapters = _chapters(data)
    assert list(chapters) == ["Salle Mistral", "Mobilité en zone rurale", "Santé"]
    assert "Vote mobilité" in chapters["Mobilité en zone rurale"]
    assert all("Le programme" not in text for text in chapters.values())
    # The third room held no vote: its chapter says there is nothing to report.
    said = "Salle 3 sur 3\nSanté\nvendredi 13 mars 2026\n"
    assert (
        chapters["Santé"] == said + "Rien à rapporter pour cette salle dans les parties choisies."
    )


def test_names_left_out_stay_out_of_every_room() -> None:
    event = _event()
    text = "\n".join(
        _flat(p.text) for p in _paragraphs(synthesis_docx(event, names=Names.LEFT_OUT))
    )
    participants = [p.name for p in event.all(Person) if p.role == "participant"]
    assert participants
    for name in participants:
        assert _flat(name) not in text, name
    assert "Claire Dumas" in text  # the facilitators stay


def test_an_english_event_speaks_english() -> None:
    library = bundled_library()
    rooms = [
        Room(from_template(library, "atelier-creativite-3h", "en"), "North"),
        Room(from_template(library, "retrospective-2h", "en"), "South"),
    ]
    data = synthesis_docx(_event(rooms))
    text = "\n".join(_flat(p.text) for p in _paragraphs(data))
    assert "Event synthesis" in text and "Rooms: North, South" in text
    assert "Room 1 of 2" in text and "Room 2 of 2" in text and "By room" in text
    document = docx_reading.read(data)
    assert document.core_properties.subject == "Event synthesis"
    header = document.sections[0].header.paragraphs[0].text
    assert header.endswith("Event synthesis")
    assert docx_reading.language(document) == "en-GB"


@pytest.mark.parametrize("count", [2, 12])
def test_rooms_without_anything_still_get_their_chapter(count: int) -> None:
    library = bundled_library()
    rooms = [Room(from_template(library, "vide"), f"Salle {n}") for n in range(1, count + 1)]
    data = synthesis_docx(_event(rooms))
    _cover, chapters = _chapters(data)
    assert list(chapters) == [f"Salle {n}" for n in range(1, count + 1)]
    for number, text in enumerate(chapters.values(), start=1):
        assert text.startswith(f"Salle {number} sur {count}\nSalle {number}\n")
        assert text.endswith("Rien à rapporter pour cette salle dans les parties choisies.")
    starts = [p for p in _paragraphs(data) if p.text.startswith("Salle ") and " sur " in p.text]
    assert len(starts) == count and all(_breaks_page(p) for p in starts)
    document = docx_reading.read(data)
    assert [t for lv, t in _levels(document) if lv == 1] == ["Chiffres clés"] + [
        f"Salle {n}" for n in range(1, count + 1)
    ]


def test_progress_counts_the_chapters_and_a_cancel_stops_in_one() -> None:
    event = _event()
    told: list[tuple[int, int]] = []
    synthesis_docx(event, progress=lambda done, total: told.append((done, total)))
    # The cover, the figures, three rooms (nothing outside them), then the end.
    assert told == [(1, 6), (2, 6), (3, 6), (4, 6), (5, 6), (1, 1)]
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 12  # inside the first room's chapter

    with pytest.raises(ExportCancelledError):
        synthesis_docx(event, cancelled=cancelled)


def test_a_track_whose_name_shows_nothing_is_still_named() -> None:
    """A file edited by hand: a room named with blanks and control characters."""
    event = _event()
    track = event.all(Track)[1]
    event.apply(ChangeSet.of([update(track, replaced(track, {"name": " \x00\t\u2028 "}))]))
    _cover, chapters = _chapters(synthesis_docx(event))
    assert list(chapters)[1] == "Salle 2"
    assert chapters["Salle 2"].startswith("Salle 2 sur 3\nSalle 2\n")


# -- LibreOffice ------------------------------------------------------------------------
def _bookmarks(pdf: Path) -> list[object]:
    def titles(entries: Sequence[object]) -> list[object]:
        return [
            titles(e) if isinstance(e, list) else _flat(str(getattr(e, "title", "")))
            for e in entries
        ]

    return titles(PdfReader(pdf).outline)


@pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed: libreoffice-writer-nogui"
)
def test_libreoffice_bookmarks_nest_each_room_like_the_pdfs(
    hostile: tuple[Workshop, bytes], tmp_path: Path
) -> None:
    event, data = hostile
    source = tmp_path / "evenement.docx"
    source.write_bytes(data)
    assert SOFFICE is not None
    done = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=CONVERSION_S,
        check=False,
    )
    pdf = tmp_path / "evenement.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stderr[-2000:]
    bookmarks = _bookmarks(pdf)
    # LibreOffice's bookmarks are the headings, nested as their outline levels.
    assert bookmarks == _nested(_levels(docx_reading.read(data)))
    ours = _outline(synthesis_pdf(event))
    rooms = [_flat(str(e)) for e in ours[2:] if not isinstance(e, list)]
    assert [e for e in bookmarks if not isinstance(e, list)] == ["Chiffres clés", *rooms]
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for idea in (i.text for b in event.all(Board) for i in event.where(Idea, board_id=b.id)):
        assert _flat(idea) in _flat(text), idea
