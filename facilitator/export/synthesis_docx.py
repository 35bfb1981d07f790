"""The synthesis as a Word document (DOCX): the same sections and content as the PDF
(`synthesis_pdf`), for a lab that rewrites the introduction, adds a logo or removes an
idea before sending it, in Word or LibreOffice Writer.

Real structure, so that it can be edited and read by assistive tools: the workshop's
title in the Title style; each section a Heading 1 (Titre 1) starting a page, the
cover's key figures excepted; boards, votes, polls and prototype cards Heading 2;
clusters Heading 3 (the outline, the navigator and a tagged PDF made from it follow
them); ideas and free texts as a bulleted list; every table a real one with its header
row repeated on each page; each photo and chart a picture with its alternative text (a
chart's says its ranking, and the same figures follow as a table), its caption below.
The document's language (fr-FR, en-GB) is set in its style defaults and its
properties, with its title, author and subject. Text is set as in the PDF: French
typography, every script as typed, right-to-left paragraphs and runs marked as such
(`docx_parts`). Whose names it prints is `export.names`, as in the PDF.

An event merged from rooms (issue 21) reads as its PDF does: the whole event's cover
and figures, then a chapter per room, the room's name a Heading 1 and its sections one
level down (`docx_rooms`).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Collection, Sequence
from functools import partial

import docx
from docx.document import Document

from facilitator.domain import board, cards, edits
from facilitator.domain.images import ImageError
from facilitator.domain.records import AgendaItem, Board, Idea, Language, Person
from facilitator.domain.schedule import clock, duration_text, schedules
from facilitator.domain.workshop import Workshop
from facilitator.export.docx_parts import (
    Cell,
    Look,
    clean,
    layout_table,
    paragraph,
)
from facilitator.export.docx_rooms import DocxRooms
from facilitator.export.docx_styles import LANGUAGE_TAGS, MUTED, furniture, set_up
from facilitator.export.docx_writing import (
    CARD_BOX,
    HEADER_TITLE_CHARS,
    LOGO_BOX,
    PROPERTY_CHARS,
    WALL_BOX,
    column_width,
    cut,
    set_body,
)
from facilitator.export.names import Names
from facilitator.export.pdf_pages import today_text
from facilitator.export.round_lines import OVER_ROUND_S, clock_of, gap_text, overran
from facilitator.export.synthesis_rooms import cover_facts, figures_of
from facilitator.export.synthesis_sections import (
    EVENT_SECTIONS,
    ROOM_SECTIONS,
    SECTIONS,
    ExportCancelledError,
)
from facilitator.export.words import labelled, long_date, short_date, word

__all__ = ["SECTIONS", "ExportCancelledError", "synthesis_docx"]


class _Writer(DocxRooms):
    def title(self) -> str:
        """The workshop's title, or « Synthèse de l’atelier » (« … de l’événement ») when
        it shows nothing."""
        title = self.workshop.info.title
        return title if clean(title).strip() else self.w(self.kind)

    # -- cover and figures ---------------------------------------------------------------
    def cover(self) -> bool:
        info = self.workshop.info
        logo = edits.logo_of(self.workshop)
        room = 2400  # twips above the kicker without a logo: the title a third down
        if logo is not None:
            alt = (
                self.d("logo", organisation=info.organisation)
                if info.organisation.strip()
                else self.d("logo_plain")
            )
            try:
                run = self.picture(logo.data, LOGO_BOX, alt)
                self.out.append(paragraph("Picture", more=run, align="left"))
                room = 1200
            except ImageError as error:
                self.note(_logo_problem(self.language, error))
        self.p("Subtitle", self.w(self.kind), space_before=room)
        self.p("Title", self.title())
        if info.question:
            self.p("Question", info.question)
        facts = cover_facts(self.workshop)
        people = self.workshop.where(Person, role="participant")
        if self.parts:
            facts.append(self.rooms_fact())
        for fact in facts:
            self.p("CoverFacts", fact)
        if self.names.left_out:
            self.p("Note", self.w("names_left_out"), space_before=240)
        if self.names.participants_listed and people:
            names = ", ".join(
                f"{p.name} ({p.organisation})" if p.organisation else p.name for p in people
            )
            self.p(
                "Note",
                labelled(self.language, self.w("participant_names"), names),
                space_before=240,
            )
        return True

    def figures(self, *, on_cover: bool) -> bool:
        """The key figures (a merged event's: the whole event's, then room by room),
        and the ideas each vote chose (an event's: in each room's chapter)."""
        found = figures_of(self.workshop)
        numbers = (
            (found.ideas, self.w("ideas")),
            (found.clusters, self.w("clusters")),
            (found.cast, self.w("votes_cast")),
            (found.prototypes, self.w("prototypes")),
        )
        if on_cover:  # below the cover's facts, on the same page
            self.p("Heading1", self.w("figures"), page_break=False, space_before=560)
        else:
            self.heading(1, self.w("figures"))
        cells = [
            paragraph("KeyFigure", str(n)) + paragraph("Note", self.typeset(label))
            for n, label in numbers
        ]
        self.out.append(layout_table([column_width(0.25)] * 4, cells))
        if self.parts:
            self.figures_by_room()
        else:
            self.top_ideas()
        return True

    # -- agenda ------------------------------------------------------------------------
    def agenda(self) -> bool:
        days = schedules(self.workshop)
        if not any(d.items for d in days):
            return False
        self.heading(1, self.w("agenda_run"))
        shares = (0.17, 0.5, 0.2, 0.13)
        header: list[Cell | str] = [
            self.w("planned"),
            word(self.language, "activity"),
            self.w("as_run"),
            Cell(self.w("gap"), align="right"),
        ]
        for number, schedule in enumerate(days, start=1):
            if not schedule.items:
                continue
            title = f"{word(self.language, 'day')} {number}"
            if schedule.day.date:
                title += " — " + long_date(schedule.day.date, self.language)
            self.heading(2, title)
            ran = any(t.item.actual_start for t in schedule.items)
            rows: list[list[Cell | str]] = []
            for timed in schedule.items:
                item = timed.item
                run, gap = _as_run(item)
                if not item.actual_start and item.kind == "activity" and ran:
                    run = self.w("not_run")
                rows.append(
                    [
                        f"{clock(timed.start)}–{clock(timed.end)}",
                        f"{item.title} ({duration_text(item.duration_min)})",
                        run,
                        Cell(gap, align="right"),
                    ]
                )
                rows += self.rounds_as_run(item)
            self.grid(shares, header, rows, caption=title)
        return True

    def rounds_as_run(self, item: AgendaItem) -> list[list[Cell | str]]:
        """Under an activity that overran, its rounds as run, muted (as the PDF)."""
        if not overran(item):
            return []
        small = Look(colour=MUTED, size=8)
        rows: list[list[Cell | str]] = []
        for line in self.rounds.as_run(item.id):
            gap = line.gap_s
            shown = gap_text(gap) if gap is not None and abs(gap) >= OVER_ROUND_S else ""
            end = clock_of(line.end) or "…"
            rows.append(
                [
                    Cell("", look=small),
                    Cell(f"↳ {line.numbers}. {line.title} ({line.length})", look=small),
                    Cell(f"{clock_of(line.start)}–{end}", look=small),
                    Cell(shown, align="right", look=small),
                ]
            )
        return rows

    # -- boards ------------------------------------------------------------------------
    def boards(self) -> bool:
        found = [b for b in self.workshop.all(Board) if board.ideas_of(self.workshop, b.id)]
        if not found:
            return False
        self.heading(1, self.w("boards"))
        for one in found:
            self.heading(2, one.title)
            if one.question:
                self.note(one.question, keep_next=True)
            for cluster, members in board.grouped_ideas(self.workshop, one.id):
                name = (
                    self.w("loose_ideas") if cluster is None else f"{cluster.name} ({len(members)})"
                )
                self.heading(3, name)
                for idea in members:
                    self.bullet(idea.text, self.rounds.team_name(idea.team_id))
            photos = board.photos_of(self.workshop, one.id)
            if photos:
                self.heading(3, self.w("wall_photos"))
                for photo in photos:
                    self.tick()
                    self.photo(photo, WALL_BOX, self.d("wall_photo", board=one.title))
        return True

    # -- cards, next steps, annex ------------------------------------------------------
    def prototype_cards(self) -> bool:
        every = cards.cards_of(self.workshop)
        if not every:
            return False
        self.heading(1, self.w("cards"))
        for index, card in enumerate(every):
            self.tick()
            name = card.name or word(self.language, "untitled_card")
            self.heading(2, name, page_break=True if index else None)
            status = word(self.language, "status_" + card.status)
            facts = [labelled(self.language, word(self.language, "status"), status)]
            source = self.cards.source(card)
            if source:
                facts.append(source)
            team = self.rounds.team_name(card.team_id)
            if team.strip():
                facts.append(labelled(self.language, word(self.language, "team"), team))
            self.note(" · ".join(facts), keep_next=True)
            values = cards.values_of(self.workshop, card.id)
            for field in self.cards.fields:
                self.p("FieldLabel", field.label)
                text = values.get(field.id, "")
                if text:
                    self.p("Normal", text)
                else:
                    self.note(word(self.language, "empty"))
            self.card_steps(card.id)
            photos = cards.photos_of(self.workshop, card.id)
            if photos:
                self.p("FieldLabel", word(self.language, "photos"))
                for photo in photos:
                    self.tick()
                    self.photo(photo, CARD_BOX, self.d("card_photo", card=name))
        return True

    def card_steps(self, card_id: str) -> None:
        steps = cards.steps_of(self.workshop, card_id)
        if not steps:
            return
        owners = self.names.owners_shown(steps)
        keys = ("action", "owner", "due") if owners else ("action", "due")
        rows: list[list[Cell | str]] = []
        for step in steps:
            row: list[Cell | str] = [step.action]
            if owners:
                owner = self.names.owner(step.owner)
                row.append(word(self.language, "name_left_out") if owner is None else owner)
            row.append(short_date(step.due_date, self.language))
            rows.append(row)
        self.p("FieldLabel", word(self.language, "next_steps"))
        shares = (0.5, 0.3, 0.2) if owners else (0.75, 0.25)
        heads: list[Cell | str] = [word(self.language, k) for k in keys]
        self.grid(shares, heads, rows, caption=word(self.language, "next_steps"))

    def next_steps(self) -> bool:
        steps = [
            (c, s)
            for c in cards.cards_of(self.workshop)
            for s in cards.steps_of(self.workshop, c.id)
        ]
        if not steps:
            return False
        owners = self.names.owners_shown(s for _, s in steps)
        keys = ("action", "owner", "due") if owners else ("action", "due")
        rows: list[list[Cell | str]] = []
        for card, step in steps:
            row: list[Cell | str] = [card.name, step.action]
            if owners:
                owner = self.names.owner(step.owner)
                row.append(word(self.language, "name_left_out") if owner is None else owner)
            row.append(short_date(step.due_date, self.language))
            rows.append(row)
        self.heading(1, self.w("next_steps_all"))
        shares = (0.25, 0.4, 0.2, 0.15) if owners else (0.3, 0.52, 0.18)
        heads: list[Cell | str] = [self.w("prototype"), *(word(self.language, k) for k in keys)]
        self.grid(shares, heads, rows, caption=self.w("next_steps_all"))
        return True

    def ideas(self) -> bool:
        """The annex: board by board, every idea in the wall's order with its cluster
        (named on its first idea's row, a darker rule above), its team when an idea has
        one, and its author (no author column when names are left out)."""
        authors = self.names.authors_shown
        teams = any(self.rounds.team_name(i.team_id) for i in self.workshop.unordered(Idea))
        shares = {
            (True, False): {"cluster": 0.22, "idea": 0.58, "author": 0.2},
            (False, False): {"cluster": 0.24, "idea": 0.76},
            (True, True): {"cluster": 0.2, "idea": 0.5, "team": 0.13, "author": 0.17},
            (False, True): {"cluster": 0.22, "idea": 0.6, "team": 0.18},
        }[authors, teams]
        header: list[Cell | str] = [
            word(self.language, k) if k == "team" else self.w(k) for k in shares
        ]
        first = True
        for found in self.workshop.all(Board):
            self.tick()
            rows: list[list[Cell | str]] = []
            starts: set[int] = set()
            for cluster, members in board.grouped_ideas(self.workshop, found.id):
                name = cluster.name if cluster is not None else self.w("loose_ideas")
                for index, idea in enumerate(members):
                    if index == 0:
                        starts.add(len(rows))
                    values = {
                        "cluster": name if index == 0 else "",
                        "idea": idea.text,
                        "team": self.rounds.team_name(idea.team_id),
                        "author": idea.author,
                    }
                    rows.append([values[k] for k in shares])
            if not rows:
                continue
            if first:
                self.heading(1, self.w("annex"))
                first = False
            self.heading(2, found.title)
            if found.question:
                self.note(found.question, keep_next=True)
            self.grid(
                tuple(shares.values()),
                header,
                rows,
                caption=found.title,
                ruled_above=frozenset(starts - {0}),
            )
        return not first

    def write_sections(self, keys: Sequence[str]) -> None:
        builders: dict[str, Callable[[], bool]] = {
            "cover": self.cover,
            "figures": lambda: self.figures(on_cover=self.covered),
            "agenda": self.agenda,
            "boards": self.boards,
            "votes": self.votes,
            "polls": self.polls,
            "cards": self.prototype_cards,
            "next_steps": self.next_steps,
            "ideas": self.ideas,
        }
        for key in keys:
            self.tick()
            builders[key]()

    def write(self, sections: Collection[str], progress: Callable[[int, int], None] | None) -> None:
        """The chosen sections in order, `progress` told after each; for a merged event,
        its cover and figures, then a chapter per room holding the room's chosen
        sections (none when only the cover and the figures are chosen: `docx_rooms`)."""
        chosen = [key for key in SECTIONS if key in sections]
        self.covered = "cover" in chosen  # the key figures then go on the cover's page
        steps: list[Callable[[], None]]
        if not self.parts:
            steps = [partial(self.write_sections, [key]) for key in chosen]
        else:
            steps = [partial(self.write_sections, [k]) for k in chosen if k in EVENT_SECTIONS]
            if any(key in ROOM_SECTIONS for key in chosen):
                steps += [partial(self.chapter, part, chosen) for part in self.parts]
        for done, step in enumerate(steps, start=1):
            self.tick()
            step()
            if progress is not None:
                progress(done, len(steps) + 1)
        if not self.out:
            self.p("Title", self.title())


def _as_run(item: AgendaItem) -> tuple[str, str]:
    """An activity's times as run and its gap to the plan ("+5 min"), or ("", "")."""
    if not item.actual_start:
        return "", ""
    try:
        start = dt.datetime.fromisoformat(item.actual_start)
    except ValueError:
        return "", ""
    try:
        end: dt.datetime | None = dt.datetime.fromisoformat(item.actual_end)
    except ValueError:
        end = None
    shown = f"{start:%H:%M}–{f'{end:%H:%M}' if end else '…'}"
    if end is None:
        return shown, ""
    delta = round((end - start).total_seconds() / 60) - item.duration_min
    sign = "+" if delta > 0 else "−" if delta < 0 else ""
    return shown, f"{sign}{abs(delta)} min"


def _logo_problem(language: Language, error: ImageError) -> str:
    if error.too_large:
        return word(
            language, "photo_too_large", caption="logo", width=error.width, height=error.height
        )
    return word(language, "photo_unreadable", caption="logo")


def _properties(document: Document, workshop: Workshop, writer: _Writer) -> None:
    """Title, author (the facilitators, as the PDF), subject, description (the
    question), language and dates: what File > Properties shows and what a tagged PDF
    made from the document takes as its title."""
    info = workshop.info
    facilitators = ", ".join(p.name for p in workshop.where(Person, role="facilitator"))
    author = facilitators or info.organisation or "Facilitator"
    properties = document.core_properties
    properties.title = cut(clean(writer.title()), PROPERTY_CHARS)
    properties.author = cut(clean(author), PROPERTY_CHARS)
    properties.last_modified_by = properties.author
    properties.subject = writer.w(writer.kind)
    properties.comments = cut(clean(info.question), PROPERTY_CHARS)
    properties.language = LANGUAGE_TAGS[workshop.info.language]
    properties.keywords = ""
    properties.category = ""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    properties.created = properties.modified = now
    properties.revision = 1


def synthesis_docx(
    workshop: Workshop,
    sections: Collection[str] = SECTIONS,
    *,
    names: Names = Names.AS_TYPED,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The synthesis of `workshop` as DOCX bytes (Office Open XML, A4): the `sections`
    chosen (keys of `SECTIONS`; those with nothing to say left out), the people's names
    as `names` says (`export.names`). `progress(done, total)` is told after each
    section; raises ExportCancelledError when `cancelled` answers True (checked between
    sections and before each photo, vote, poll, card and board of the annex)."""
    document = docx.Document()
    language = workshop.info.language
    set_up(document, language)
    writer = _Writer(workshop, names, document)
    writer.cancelled = cancelled
    writer.write(sections, progress)
    set_body(document, writer.out)
    title = writer.title()
    furniture(
        document,
        header=(cut(title, HEADER_TITLE_CHARS), writer.w(writer.kind)),
        footer=word(language, "generated", date=today_text(language)),
        page_label=word(language, "page", page="{page}", pages="{pages}"),
    )
    _properties(document, workshop, writer)
    buffer = io.BytesIO()
    document.save(buffer)
    if progress is not None:
        progress(1, 1)
    return buffer.getvalue()
