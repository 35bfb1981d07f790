"""The synthesis as DOCX of an event merged from rooms (issue 21, `facilitator merge`),
set as the PDF sets it (`synthesis_pdf`): the cover and key figures of the whole event,
with a table of each room's figures (no ideas chosen at the event's level), then a
chapter per room from a new page: « Salle 2 sur 4 », the room's name as a Heading 1
(Word's navigator, LibreOffice's and a tagged PDF's bookmarks put the room's sections
under it), its workshop's title when the room is named otherwise, its dates and places;
then the ideas its votes chose (when the key figures are chosen) and its chosen
sections written as a workshop's own with every heading one level down (sections
Heading 2, boards, votes and cards Heading 3, clusters Heading 4), or a line saying
there is nothing to report. What belongs to no room gets a last chapter, « Hors des
salles », only when it holds something.

Which rows belong to which room: `synthesis_rooms`, shared with the PDF and the
Markdown. A workshop never merged has no rooms (`parts` is empty): nothing here
changes its synthesis.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from docx.document import Document

from facilitator.domain.lab_summary import organisation_key
from facilitator.domain.workshop import Workshop
from facilitator.export.docx_parts import Cell, clean, one_line
from facilitator.export.docx_results import DocxResults
from facilitator.export.names import Names
from facilitator.export.synthesis_rooms import (
    RoomPart,
    dates_of,
    figures_of,
    places_of,
    room_parts,
)
from facilitator.export.synthesis_sections import ROOM_SECTIONS
from facilitator.export.words import date_range, labelled, short_date, word

# The table of the rooms' figures: room, dates, ideas, clusters, dots and scores,
# prototypes (shares of the text's width): « 12/03/2026 – 13/03/2026 » takes 100 points of
# the dates' 116 (9 points, Arial), « Gommettes et notes » wraps on two lines.
BY_ROOM_SHARES = (0.24, 0.24, 0.09, 0.16, 0.15, 0.12)
KEEP_ROOMS_TOGETHER = 20  # rooms: a table this long (two lines a row) fits a page whole


class DocxRooms(DocxResults):
    """A synthesis writer that knows the event's rooms (`parts`, [] for a workshop
    never merged) and the kind of document it writes (`kind`: the words' key of
    « Synthèse de l’atelier » or « Synthèse de l’événement »)."""

    def __init__(self, workshop: Workshop, names: Names, document: Document) -> None:
        super().__init__(workshop, names, document)
        self.parts = room_parts(workshop)
        self.kind = "event_synthesis" if self.parts else "synthesis"
        self.covered = False  # whether the cover is chosen: the key figures go on its page

    def write_sections(self, keys: Sequence[str]) -> None:
        """Each section of `keys` (keys of `SECTIONS`, in order) written, those with
        nothing to say left out: the synthesis's writer says how."""
        raise NotImplementedError

    def room_name(self, part: RoomPart) -> str:
        """The room's name on one line; « Hors des salles » for what is in no room, and
        « Salle n » for a room whose name shows nothing."""
        name = one_line(clean(part.name))
        if name:
            return name
        if part.track is None:
            return self.w("outside_rooms")
        return f"{self.w('room')} {part.number}"

    def rooms_fact(self) -> str:
        """The cover's « Salles : A, B, C » ("" for a workshop never merged)."""
        rooms = [self.room_name(p) for p in self.parts if p.track is not None]
        return labelled(self.language, self.w("rooms"), ", ".join(rooms)) if rooms else ""

    def figures_by_room(self) -> None:
        """The event's figures room by room (and outside the rooms): dates, ideas,
        clusters, dots and scores, prototypes; nothing for a workshop never merged."""
        if not self.parts:
            return
        keys = ("ideas", "clusters", "votes_cast", "prototypes")
        labels = [self.w(k) for k in keys]  # « idées »: a column's heading, capitalised
        header: list[Cell | str] = [self.w("room"), word(self.language, "dates")]
        header += [Cell(label[:1].upper() + label[1:], align="right") for label in labels]
        rows: list[list[Cell | str]] = []
        for part in self.parts:
            found = figures_of(part.workshop)
            span = dates_of(part.workshop)
            dates = ""
            if span:
                first, last = (short_date(d, self.language) for d in span)
                dates = first if first == last else f"{first} – {last}"
            numbers = (found.ideas, found.clusters, found.cast, found.prototypes)
            rows.append(
                [self.room_name(part), dates, *(Cell(str(n), align="right") for n in numbers)]
            )
        self.heading(2, self.w("figures_by_room"))
        self.grid(
            BY_ROOM_SHARES,
            header,
            rows,
            caption=self.w("figures_by_room"),
            keep_together=len(rows) <= KEEP_ROOMS_TOGETHER,
        )

    def room_facts(self, part: RoomPart) -> list[str]:
        """Under a room's name: its workshop's title when the room is named otherwise,
        its dates, its places."""
        facts: list[str] = []
        source = part.track.source_title if part.track is not None else ""
        if source.strip() and organisation_key(source) != organisation_key(part.name):
            facts.append(labelled(self.language, self.w("room_workshop"), source))
        span = dates_of(part.workshop)
        if span:
            facts.append(date_range(*span, self.language))
        places = places_of(part.workshop)
        if places:
            facts.append(", ".join(places))
        return facts

    def chapter(self, part: RoomPart, sections: Collection[str]) -> None:
        """A room's chapter (see the module's docstring), from a new page unless it is
        the document's beginning; none for what is outside the rooms when it has
        nothing to show. The room's pictures keep numbering the document's."""
        first = not self.out
        writer = type(self)(part.workshop, self.names_choice, self.document)
        writer.depth = 1
        writer.shape_id = self.shape_id
        writer.cancelled = self.cancelled
        if "figures" in sections:
            writer.top_ideas(level=1)
        writer.write_sections([k for k in ROOM_SECTIONS if k in sections])
        self.shape_id = writer.shape_id
        if not writer.out and part.track is None:
            return
        if part.track is not None:
            rooms = sum(1 for p in self.parts if p.track is not None)
            kicker = self.w("room_of", number=part.number, count=rooms)
            self.p("Subtitle", kicker, keep_next=True, page_break=not first)
            self.heading(1, self.room_name(part), page_break=False)
        else:  # the heading's own style starts the page
            self.heading(1, self.room_name(part), page_break=False if first else None)
        for fact in self.room_facts(part):
            self.p("CoverFacts", fact, keep_next=True)
        if writer.out:
            self.out += writer.out
        else:
            self.note(self.w("room_empty"))
