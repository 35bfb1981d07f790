"""The synthesis of an event merged from rooms (issue 21): the cover and figures of the
whole event, then one chapter per room (its name, its agenda, ideas, votes, polls, cards,
next steps and annex), read back from the PDF (pypdf: text page by page, bookmarks and
their levels) and from the Markdown (markdown-it: headings and what lies under them)."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

import pytest
from markdown_it import MarkdownIt
from pypdf import PdfReader

from facilitator.domain import board, cards, polls, voting
from facilitator.domain.merge import Room, merged_workshop
from facilitator.domain.records import (
    Board,
    Day,
    Idea,
    Person,
    Poll,
    PrototypeCard,
    Track,
    VoteSession,
)
from facilitator.domain.workshop import Workshop
from facilitator.export.names import Names
from facilitator.export.synthesis_md import synthesis_markdown
from facilitator.export.synthesis_pdf import synthesis_pdf
from facilitator.export.synthesis_rooms import figures_of, room_parts
from facilitator.library_access import bundled_library, full_demo
from tests.conftest import from_template
from tests.domain.merge_rooms import MOBILITY_IDEAS, three_rooms
from tests.export.pdf_layout import outside_frame, overlapping_glyphs
from tests.export.test_agenda_exports import _flat

HOSTILE_ROOM = "Salle « Santé » — مرحبا 🙂 <b>gras</b> & co"


def _event(rooms: list[Room] | None = None) -> Workshop:
    chosen = rooms or three_rooms()
    return merged_workshop(
        chosen, title="Séminaire des labs", created_at="2026-04-01T10:00:00+02:00"
    )


EVENT_POLL = "Un mot pour tout le séminaire\u00a0?"


def _hostile_event() -> Workshop:
    """Three rooms, one with a hostile name, and a poll asked of the whole event after
    the merge (of no room: outside the rooms)."""
    rooms = three_rooms()
    rooms[2] = Room(rooms[2].workshop, HOSTILE_ROOM)
    event = _event(rooms)
    _ask_the_event(event)
    return event


def _ask_the_event(event: Workshop) -> None:
    """A poll asked of the whole event after the merge, one paper answer typed."""
    changes, poll_id = polls.new_poll(event, "text", EVENT_POLL)
    event.apply(changes)
    event.apply(polls.add_paper_answer(event, poll_id, "Inspirant")[0])


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _pages(data: bytes) -> list[str]:
    return [_flat(page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages]


def _outline(data: bytes) -> list[object]:
    """The bookmarks as nested lists of titles (a room's sections in a list after it)."""

    def titles(entries: Sequence[object]) -> list[object]:
        return [titles(e) if isinstance(e, list) else str(getattr(e, "title", "")) for e in entries]

    return titles(PdfReader(io.BytesIO(data)).outline)


def test_a_workshop_never_merged_has_no_rooms() -> None:
    assert room_parts(full_demo()) == []


def test_each_room_part_holds_its_rooms_rows_and_the_rest_is_outside_the_rooms() -> None:
    rooms = three_rooms()
    event = _event(rooms)
    _ask_the_event(event)
    parts = room_parts(event)
    assert [p.name for p in parts] == [*(t.name for t in event.all(Track)), ""]
    for part, room in zip(parts, rooms, strict=False):
        own, source = part.workshop, room.workshop
        assert own.count(Track) == 0  # a room's workshop is a workshop of its own
        assert [d.date for d in own.all(Day)] == [d.date for d in source.all(Day)]
        assert [
            (b.title, sorted(i.text for i in own.where(Idea, board_id=b.id)))
            for b in own.all(Board)
        ] == [
            (b.title, sorted(i.text for i in source.where(Idea, board_id=b.id)))
            for b in source.all(Board)
        ]
        assert [v.title for v in own.all(VoteSession)] == [v.title for v in source.all(VoteSession)]
        assert [c.name for c in own.all(PrototypeCard)] == [
            c.name for c in source.all(PrototypeCard)
        ]
        assert own.count(Person) == event.count(Person)  # who came: the whole event
        assert figures_of(own).ideas == figures_of(source).ideas
    # The poll the first room asked outside any activity stays in that room; the one
    # asked of the whole event after the merge is outside the rooms.
    unplanned = [p.question for p in rooms[0].workshop.all(Poll) if p.agenda_item_id is None]
    assert unplanned and set(unplanned) <= {p.question for p in parts[0].workshop.all(Poll)}
    outside = parts[-1]
    assert outside.track is None and outside.number == 0
    assert [p.question for p in outside.workshop.all(Poll)] == [EVENT_POLL]
    assert outside.workshop.count(Board) == 0 and outside.workshop.count(Day) == 0
    assert sum(figures_of(p.workshop).ideas for p in parts) == figures_of(event).ideas


def test_rows_added_after_the_merge_find_their_room() -> None:
    """A vote on a room's board, a card made from a room's idea or vote: the app adds
    them without a track; they go to that room. A new board goes outside the rooms."""
    event = _event()
    mobility = event.all(Track)[1]
    board_id = next(
        b.id for b in event.all(Board) if b.track_id == mobility.id and b.title == "Idées mobilité"
    )
    made, vote_id = voting.create_vote(event, board_id, "Second vote mobilité")
    event.apply(made)
    idea_id = event.where(Idea, board_id=board_id)[1].id
    made, card_id = cards.card_from_idea(event, idea_id)
    event.apply(made)
    made, new_board = board.add_board(event, "Plénière de clôture")
    event.apply(made)
    event.apply(board.capture(event, new_board, ["Une idée de la plénière"])[0])
    assert event.require(VoteSession, vote_id).track_id is None
    assert event.require(PrototypeCard, card_id).track_id is None
    parts = room_parts(event)
    room = parts[1].workshop
    assert room.get(VoteSession, vote_id) is not None
    assert room.get(PrototypeCard, card_id) is not None
    assert parts[-1].track is None
    assert [b.title for b in parts[-1].workshop.all(Board)] == ["Plénière de clôture"]


def test_the_event_pdf_has_the_events_figures_then_a_chapter_per_room() -> None:
    event = _hostile_event()
    data = synthesis_pdf(event)
    pages = _pages(data)
    cover = pages[0]
    assert "Synthèse de l’événement" in cover and "Séminaire des labs" in cover
    rooms = "Salles : Salle Mistral, Mobilité en zone rurale, " + HOSTILE_ROOM
    assert _squeezed(rooms) in _squeezed(cover)  # (pypdf reads RTL runs' spaces its way)
    assert "Par salle" in cover and "Hors des salles" in cover
    # Each room opens a page with « Salle n sur 3 » and its name; its ideas are in its
    # chapter and nowhere else.
    starts = [
        next(
            i
            for i, p in enumerate(pages)
            if p.startswith(f"Séminaire des labs Synthèse de l’événement Salle {n} sur 3")
        )
        for n in (1, 2, 3)
    ]
    outside = next(i for i, p in enumerate(pages) if re.search(r"événement Hors des salles Les", p))
    assert starts == sorted(starts) and starts[-1] < outside
    chapters = ["\n".join(pages[a:b]) for a, b in zip(starts, [*starts[1:], outside], strict=True)]
    assert "Salle Mistral" in chapters[0] and "Mobilité en zone rurale" in chapters[1]
    assert _squeezed(HOSTILE_ROOM) in _squeezed(chapters[2])
    assert "Atelier : Santé" in chapters[2]  # the room was named otherwise than its workshop
    for idea in MOBILITY_IDEAS:
        assert idea in chapters[1]
        assert idea not in chapters[0] and idea not in chapters[2]
    mistral_ideas = [i.text for i in three_rooms()[0].workshop.all(Idea)]
    assert all(_flat(text) in chapters[0] for text in mistral_ideas)
    assert not any(_flat(text) in chapters[1] for text in mistral_ideas)
    # Its own agenda, votes, cards and next steps, each under the room's name.
    assert "Le programme, prévu et réalisé" in chapters[2]
    assert "Vote mobilité" in chapters[1] and "Réserver le minibus" in chapters[1]
    assert "Les idées retenues" in chapters[0] and "Les idées retenues" not in cover
    assert "Une remarque pour l’équipe" in chapters[0]  # asked in that room, of no item
    assert "Un mot pour tout le séminaire" in "\n".join(pages[outside:])


def test_the_bookmarks_nest_each_rooms_sections_under_its_name() -> None:
    event = _hostile_event()
    outline = _outline(synthesis_pdf(event))
    assert outline[:3] == ["Séminaire des labs", "Chiffres clés", "Salle Mistral"]
    mistral = outline[3]
    assert isinstance(mistral, list)
    assert mistral[:3] == ["Les idées retenues", "Le programme, prévu et réalisé", "Les idées"]
    assert "Les votes" in mistral and "Annexe : toutes les idées" in mistral
    assert cards.cards_of(three_rooms()[0].workshop)[0].name in mistral
    assert outline[4] == "Mobilité en zone rurale" and isinstance(outline[5], list)
    assert outline[6] == HOSTILE_ROOM
    assert outline[-2] == "Hors des salles"


def test_sections_chosen_apply_to_every_room() -> None:
    event = _event()
    assert _outline(synthesis_pdf(event, ["cover", "figures"])) == [
        "Séminaire des labs",
        "Chiffres clés",
    ]
    pages = _pages(synthesis_pdf(event, ["votes"]))
    assert pages[0].startswith("Séminaire des labs Synthèse de l’événement Salle 1 sur 3")
    text = "\n".join(pages)
    assert "Vote mobilité" in text and "Le programme" not in text
    # The third room held no vote: its chapter says there is nothing to report.
    said = "Salle 3 sur 3 Santé vendredi 13 mars 2026 Rien à rapporter pour cette salle"
    assert said in text
    assert "Hors des salles" not in text  # not a room: no chapter when it has nothing


def test_names_left_out_stay_out_of_every_room() -> None:
    event = _event()
    text = "\n".join(_pages(synthesis_pdf(event, names=Names.LEFT_OUT)))
    participants = [p.name for p in event.all(Person) if p.role == "participant"]
    assert participants
    for name in participants:
        assert _flat(name) not in text, name
    assert "Claire Dumas" in text  # the facilitators stay


def _headings(markdown: str) -> list[tuple[int, str]]:
    """Each heading's level and text as a reader sees it (escapes resolved)."""
    tokens = MarkdownIt("commonmark").parse(markdown)
    found: list[tuple[int, str]] = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            children = tokens[index + 1].children or []
            text = "".join(c.content for c in children if c.type == "text")
            found.append((int(token.tag[1]), _flat(text)))
    return found


def _text_of(markdown: str) -> str:
    """What a reader sees: the rendered text, markup removed."""
    html = MarkdownIt("commonmark", {"html": False}).render(markdown)
    html = re.sub(r"<[^>]+>", " ", html)
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&amp;", "&")):
        html = html.replace(entity, char)
    return _flat(html)


def test_the_event_markdown_has_a_chapter_per_room() -> None:
    event = _hostile_event()
    markdown = synthesis_markdown(event)
    headings = _headings(markdown)
    rooms = [text for level, text in headings if level == 2]
    assert rooms == [
        "Chiffres clés",
        "Salle Mistral",
        "Mobilité en zone rurale",
        _flat(HOSTILE_ROOM),
        "Hors des salles",
    ]
    rendered = _text_of(markdown)
    assert _flat(HOSTILE_ROOM) in rendered  # as typed, never markup
    assert "<b>" not in MarkdownIt("commonmark", {"html": True}).render(markdown)
    # Every heading of a room's sections is below the room's (level 3 and deeper).
    levels = [level for level, _ in headings]
    first_room = levels.index(2, 2)
    assert all(level >= 3 for level in levels[first_room + 1 :] if level != 2)
    # A room's ideas lie between its heading and the next room's.
    chapters = re.split(r"^## ", markdown, flags=re.MULTILINE)
    mobility = next(c for c in chapters if c.startswith("Mobilité en zone rurale"))
    for idea in MOBILITY_IDEAS:
        assert idea in mobility
    assert "| Mobilité en zone rurale | 12/03/2026 | 4 | 0 | 7 | 1 |" in markdown
    assert "*Salle 2 sur 3*" in mobility


def test_an_english_event_speaks_english() -> None:
    library = bundled_library()
    rooms = [
        Room(from_template(library, "atelier-creativite-3h", "en"), "North"),
        Room(from_template(library, "retrospective-2h", "en"), "South"),
    ]
    event = _event(rooms)
    text = "\n".join(_pages(synthesis_pdf(event)))
    assert "Event synthesis" in text and "Rooms: North, South" in text
    assert "Room 1 of 2" in text and "Room 2 of 2" in text and "By room" in text
    markdown = synthesis_markdown(event)
    assert "Rooms: North, South" in markdown and "*Room 2 of 2*" in markdown


@pytest.mark.parametrize("count", [2, 12])
def test_rooms_without_anything_still_get_their_chapter(count: int) -> None:
    """Rooms made from the empty template: a chapter each, on a page of its own, saying
    there is nothing to report; the figures say 0 for each."""
    library = bundled_library()
    rooms = [Room(from_template(library, "vide"), f"Salle {n}") for n in range(1, count + 1)]
    data = synthesis_pdf(_event(rooms))
    pages = _pages(data)
    assert len(pages) == 1 + count
    for number, page in enumerate(pages[1:], start=1):
        assert f"Salle {number} sur {count} Salle {number} " in page
        assert "Rien à rapporter pour cette salle" in page
    assert _outline(data) == ["Séminaire des labs", "Chiffres clés"] + [
        f"Salle {n}" for n in range(1, count + 1)
    ]
    markdown = synthesis_markdown(_event(rooms))
    assert markdown.count("*Rien à rapporter pour cette salle") == count


def test_the_event_pdf_draws_no_text_over_text_nor_outside_the_page() -> None:
    """The cover with the rooms' table, each chapter's heading, kicker, facts and rule,
    a hostile room name (RTL, emoji, markup) included: checked glyph by glyph."""
    data = synthesis_pdf(_hostile_event(), ["cover", "figures", "agenda", "votes"])
    assert overlapping_glyphs(data) == []
    assert outside_frame(data) == []
