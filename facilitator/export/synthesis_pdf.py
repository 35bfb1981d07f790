"""The synthesis: the PDF a lab sends the same evening. What was asked, who came, the
agenda as planned and as run, the ideas by cluster with the photos of the walls, the
votes (ranked with ties, charts, the matrix, the criteria), the quick polls (a
histogram of each scale or choice with its mean, the word clouds, the free texts: phones
and paper counted together, and said), the prototype cards, every next step in one
table, and every idea in an annex. Sections with nothing to say are
left out. Any moment of the workshop can be exported, mid-workshop included.

An event merged from rooms (issue 21, `facilitator merge`) reads as one document: the
cover and key figures of the whole event (with a table of the rooms), then a chapter per
room from a new page (« Salle 2 sur 4 », its name, its facts; the ideas its votes chose,
then its own agenda, ideas, votes, polls, cards, next steps and annex), and last what
belongs to no room; bookmarks nest each room's sections under its name. Which rows
belong to which room: export/synthesis_rooms.py, shared with the other writers.

Whose names it prints is `export.names`: by default the authors and owners as typed
and the participants counted, not listed; `Names.LISTED` lists them on the cover;
`Names.LEFT_OUT` prints no participant's or author's name (no author column in the
annex, no team field on the cards, an owner who is not a facilitator as "(name left
out)", and the owner column only when an owner is left to print), and says so on the
cover. The facilitators' names stay."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from typing import Any

from reportlab.lib.colors import white
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    PageBreakIfNotEmpty,
    Spacer,
    TableStyle,
)

from facilitator.domain import board, cards, edits, polls, scoring, voting
from facilitator.domain.lab_summary import organisation_key
from facilitator.domain.polls import PollResults
from facilitator.domain.records import (
    AgendaItem,
    Attachment,
    Board,
    Idea,
    Language,
    Person,
    VoteSession,
)
from facilitator.domain.schedule import clock, duration_text, schedules
from facilitator.domain.workshop import Workshop
from facilitator.export.cards_pdf import CardWriter
from facilitator.export.names import NameRule, Names
from facilitator.export.pdf_pages import (
    ACCENT,
    FRAME_HEIGHT,
    INK,
    MARGIN,
    MUTED,
    PAGE_WIDTH,
    RULE,
    SHADE,
    Gap,
    OutlinedDocument,
    build_pdf,
    room_for,
)
from facilitator.export.pdf_text import (
    BODY,
    BOLD,
    PdfWriting,
    long_paragraphs,
    plain,
    register_fonts,
)
from facilitator.export.pdf_text import TextParagraph as Paragraph
from facilitator.export.pdf_text import TextTable as Table
from facilitator.export.round_lines import OVER_ROUND_S, Rounds, clock_of, gap_text, overran
from facilitator.export.synthesis_charts import (
    MATRIX_MOST,
    count_bar,
    matrix_figure,
    matrix_markers,
    score_bar,
)
from facilitator.export.synthesis_rooms import (
    RoomPart,
    cover_facts,
    dates_of,
    figures_of,
    places_of,
    room_parts,
)
from facilitator.export.synthesis_sections import (
    EVENT_SECTIONS,
    ROOM_SECTIONS,
    SECTIONS,
    ExportCancelledError,
)
from facilitator.export.synthesis_words import sword
from facilitator.export.words import (
    date_range,
    french_typography,
    labelled,
    long_date,
    short_date,
    word,
)

WIDTH = PAGE_WIDTH - 2 * MARGIN - 12
MOST_ROWS = 15
# A poll's word cloud shows its most frequent words, its free texts the first ones (in
# the order answered); the rest are counted (the polls' CSV holds them all).
MOST_WORDS = 60
MOST_TEXTS = 100
CLOUD_SMALLEST, CLOUD_LARGEST = 9.0, 24.0  # points: the rarest and the most frequent word
CLOUD_GAP = "\u2003\u2003 "  # between two words of the cloud: two em spaces, then a break
# A section starts below the previous one when at least this much of the page is left,
# else on the next page: no page is left for a new section while 30 % of it is free
# (issue 15: pages holding two lines). A prototype card, set to fill a page, needs more.
SECTION_ROOM = 0.3 * FRAME_HEIGHT
CARD_ROOM = 0.45 * FRAME_HEIGHT


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=BODY, fontSize=9.5, leading=12.5, textColor=INK)
    return {
        "title": ParagraphStyle(
            "title", base, fontName=BOLD, fontSize=24, leading=29, textColor=ACCENT, spaceAfter=8
        ),
        "kicker": ParagraphStyle("kicker", base, fontSize=11, textColor=MUTED, spaceAfter=4),
        "question": ParagraphStyle(
            "question", base, fontSize=14, leading=19, textColor=ACCENT, spaceAfter=10
        ),
        "facts": ParagraphStyle("facts", base, fontSize=10, leading=14, textColor=INK),
        "h1": ParagraphStyle(
            "h1",
            base,
            fontName=BOLD,
            fontSize=16,
            leading=20,
            textColor=ACCENT,
            spaceBefore=16,  # below the previous section (dropped at a page's top)
            spaceAfter=6,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            base,
            fontName=BOLD,
            fontSize=12,
            leading=15,
            textColor=INK,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,  # a heading never ends a page alone
        ),
        "text": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10, textColor=MUTED),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=10.5),
        "number": ParagraphStyle(
            "number", base, fontName=BOLD, fontSize=8.5, leading=10.5, textColor=ACCENT
        ),
        "bullet": ParagraphStyle(
            "bullet", base, leftIndent=10, bulletIndent=0, bulletFontName=BODY
        ),
        "h3": ParagraphStyle(
            "h3",
            base,
            fontName=BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=5,
            spaceAfter=1,
            keepWithNext=1,
        ),
        "ranked": ParagraphStyle(
            "ranked", base, leftIndent=22, bulletIndent=4, bulletFontName=BOLD
        ),
        "figure": ParagraphStyle(
            "figure", base, fontName=BOLD, fontSize=22, leading=26, textColor=ACCENT
        ),
        # A room of a merged event: its name opens its chapter, on a page of its own.
        "chapter": ParagraphStyle(
            "chapter",
            base,
            fontName=BOLD,
            fontSize=22,
            leading=27,
            textColor=ACCENT,
            spaceAfter=6,
        ),
        # An overrun activity's rounds as run, under its row of the agenda as run.
        "round": ParagraphStyle(
            "round", base, fontSize=8, leading=10, leftIndent=8, textColor=MUTED
        ),
    }


CELL_SIZE = 8.5
TABLE_CHUNK = 40  # rows: a long table is cut into tables this long, each with its heading


def _table(rows: list[list[Flowable]], widths: list[float]) -> list[Flowable]:
    """A ruled table with its heading row. A long one is set as consecutive tables that
    read as one: reportlab measures a table again at each page it splits, so a
    1,000-row table would cost seconds."""
    header, body = rows[0], rows[1:]
    chunks = [body[i : i + TABLE_CHUNK] for i in range(0, len(body), TABLE_CHUNK)] or [[]]
    tables: list[Flowable] = [_one_table([header, *chunks[0]], widths, heading=True)]
    tables += [_one_table(chunk, widths, heading=False) for chunk in chunks[1:]]
    return tables


def _one_table(rows: list[list[Flowable]], widths: list[float], *, heading: bool) -> Table:
    # splitInRow: a row taller than a page (a 5,000-character idea) runs over the page.
    table = Table(rows, colWidths=widths, repeatRows=1 if heading else 0, splitInRow=1)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("FONTNAME", (0, 0), (-1, -1), BODY),  # for the cells given as plain text
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ]
    if heading:
        style.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    table.setStyle(TableStyle(style))
    return table


def _hhmm(iso: str) -> str:
    try:
        return dt.datetime.fromisoformat(iso).strftime("%H:%M")
    except ValueError:
        return ""


def _minutes_between(start: str, end: str) -> int | None:
    try:
        return round(
            (dt.datetime.fromisoformat(end) - dt.datetime.fromisoformat(start)).total_seconds() / 60
        )
    except ValueError:
        return None


class _Writer(PdfWriting):
    def __init__(self, workshop: Workshop, names: Names) -> None:
        self.workshop = workshop
        self.language: Language = workshop.info.language
        self.names = NameRule(workshop, names)
        self.styles = _styles()
        # A card and its photo: one page.
        self.cards = CardWriter(workshop, 1, photo_share=0.17, names=names)
        self.rounds = Rounds(workshop, self.language)
        # A merged event's rooms ([] otherwise), and the bookmarks' level of the sections:
        # 1 inside a room's chapter, under the room's name.
        self.names_choice = names
        self.parts = room_parts(workshop)
        self.outline_level = 0
        self._results: dict[str, list[voting.Result]] = {}

    def results(self, vote_id: str) -> list[voting.Result]:
        """A vote's results (scoring.results_of), worked out once per document: the
        figures, the votes' section and each vote's table all read them."""
        found = self._results.get(vote_id)
        if found is None:
            found = self._results[vote_id] = scoring.results_of(self.workshop, vote_id)
        return found

    def cell(self, value: str, width: float) -> Flowable | str | list[Flowable]:
        """A table cell: plain text when the body font draws it as it is, on one line
        (drawn as is, no layout: a large annex costs a fraction), else a paragraph (which
        wraps, falls back to other fonts, joins Arabic and orders right-to-left text),
        or for a text of more than CHUNK_LINES lines, paragraphs that read as one
        (`paras`: the cell runs over pages in time linear in its lines)."""
        shown = french_typography(value) if self.language == "fr" else value
        simple = "\n" not in shown and plain(shown, BODY)
        if simple and stringWidth(shown, BODY, CELL_SIZE) <= width - 6:
            return shown
        parts: list[Flowable] = [*long_paragraphs(shown, self.styles["cell"])]  # typeset
        return parts[0] if len(parts) == 1 else parts

    def long_cell(self, value: str) -> Flowable | list[Flowable]:
        """A user's text of any length as a table cell in the "cell" style: a paragraph,
        or the paragraphs of a long one (`paras`)."""
        parts: list[Flowable] = [*self.paras(value, "cell")]
        return parts[0] if len(parts) == 1 else parts

    def w(self, key: str, **params: object) -> str:
        return sword(self.language, key, **params)

    def heading(self, key: str) -> list[Flowable]:
        title = self.para(self.w(key), "h1")
        title.outline_title = self.w(key)
        title.outline_level = self.outline_level
        return [title]

    @staticmethod
    def lead(heading: list[Flowable], rows: int = 4) -> list[Flowable]:
        """Headings kept with the first `rows` lines of the table that follows them, which
        may then run over the page: a heading's keepWithNext would keep the whole table
        with it, and push it to the next page, leaving this one half empty."""
        for flowable in heading:
            flowable.keepWithNext = False
        return [room_for(heading, WIDTH, rows * 14), *heading]

    # -- cover and figures ----------------------------------------------------------------
    def cover(self) -> list[Flowable]:
        info = self.workshop.info
        kind = "event_synthesis" if self.parts else "synthesis"
        title = self.para(info.title or self.w(kind), "title")
        title.outline_title = info.title or self.w(kind)
        story: list[Flowable] = [*self.logo(), self.para(self.w(kind), "kicker"), title]
        if info.question:
            story += self.paras(info.question, "question")  # 1,000 characters
        facts = cover_facts(self.workshop)
        people = self.workshop.where(Person, role="participant")
        rooms = [self.room_name(p) for p in self.parts if p.track is not None]
        if rooms:
            facts.append(labelled(self.language, self.w("rooms"), ", ".join(rooms)))
        story += [self.para(f, "facts") for f in facts]
        if self.names.left_out:
            story += [Spacer(1, 6 * mm), self.para(self.w("names_left_out"), "small")]
        if self.names.participants_listed and people:
            names = ", ".join(
                f"{p.name} ({p.organisation})" if p.organisation else p.name for p in people
            )
            story += [
                Spacer(1, 6 * mm),
                self.para(labelled(self.language, self.w("participant_names"), names), "small"),
            ]
        return story

    def logo(self) -> list[Flowable]:
        """The lab's logo, at most 25 mm high, or room where it would be."""
        logo = edits.logo_of(self.workshop)
        if logo is None:
            return [Spacer(1, 30 * mm)]
        picture = self.cards._photo(logo, 70 * mm, 25 * mm)[0]
        if isinstance(picture, Paragraph):  # damaged: said where the logo would be
            return [Spacer(1, 20 * mm), picture]
        picture.hAlign = "LEFT"
        return [Spacer(1, 5 * mm), picture, Spacer(1, 10 * mm)]

    def figures(self) -> list[Flowable]:
        found = figures_of(self.workshop)
        numbers = [
            (found.ideas, self.w("ideas")),
            (found.clusters, self.w("clusters")),
            (found.cast, self.w("votes_cast")),
            (found.prototypes, self.w("prototypes")),
        ]
        cells = [[self.para(str(n), "figure"), self.para(label, "small")] for n, label in numbers]
        table = Table([cells], colWidths=[WIDTH / 4] * 4)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story: list[Flowable] = [*self.heading("figures"), table, Spacer(1, 4 * mm)]
        story += self.figures_by_room()
        tops = [] if self.parts else self.top_ideas()  # an event's: in each room's chapter
        if tops:
            story.append(self.para(self.w("top_ideas"), "h2"))
            story += tops
        return story

    def top_ideas(self) -> list[Flowable]:
        """Each vote's first three (ties included), or the cards when there is no vote."""
        lines: list[Flowable] = []
        for vote in self.workshop.all(VoteSession):
            results = [r for r in self.results(vote.id) if r.rank <= 3 and r.score]
            if not results:
                continue
            lines.append(self.para(vote.title, "h3"))
            for result in results[:6]:
                rank = f"{result.rank}{'=' if result.tied else ''}"
                lines.append(
                    Paragraph(
                        self.text(" ".join(result.option.label.split())),
                        self.styles["ranked"],
                        bulletText=rank,
                    )
                )
        return lines

    # -- agenda ---------------------------------------------------------------------------
    def agenda(self) -> list[Flowable]:
        days = schedules(self.workshop)
        if not any(d.items for d in days):
            return []
        story: list[Flowable] = []
        for number, schedule in enumerate(days, start=1):
            if not schedule.items:
                continue
            title = f"{word(self.language, 'day')} {number}"
            if schedule.day.date:
                title += " — " + long_date(schedule.day.date, self.language)
            above = [] if story else self.heading("agenda_run")
            story += self.lead([*above, self.para(title, "h2")])
            header = [self.para(self.w(k), "small") for k in ("planned",)] + [
                self.para(word(self.language, "activity"), "small"),
                self.para(self.w("as_run"), "small"),
                self.para(self.w("gap"), "small"),
            ]
            rows: list[list[Flowable]] = [header]
            for timed in schedule.items:
                item: AgendaItem = timed.item
                planned = f"{clock(timed.start)}–{clock(timed.end)}"
                run = ""
                gap = ""
                if item.actual_start:
                    end = _hhmm(item.actual_end) if item.actual_end else "…"
                    run = f"{_hhmm(item.actual_start)}–{end}"
                    taken = _minutes_between(item.actual_start, item.actual_end)
                    if taken is not None:
                        delta = taken - item.duration_min
                        sign = "+" if delta > 0 else "−" if delta < 0 else ""
                        gap = f"{sign}{abs(delta)} min"
                elif item.kind == "activity":
                    run = self.w("not_run") if self._day_has_run(schedule.items) else ""
                widths = [WIDTH * 0.17, WIDTH * 0.5, WIDTH * 0.2, WIDTH * 0.13]
                texts = (planned, f"{item.title} ({duration_text(item.duration_min)})", run, gap)
                rows.append([self.cell(t, w) for t, w in zip(texts, widths, strict=True)])
                rows += self.rounds_as_run(item)
            story += _table(rows, [WIDTH * 0.17, WIDTH * 0.5, WIDTH * 0.2, WIDTH * 0.13])
        return story

    def rounds_as_run(self, item: AgendaItem) -> list[list[Flowable]]:
        """Under an activity that overran, its rounds as run, indented: which rounds,
        their title and planned length, when they ran, and the gap of those over or
        under by `OVER_ROUND_S` or more (« 4. Écriture (5 min) · 16:08–16:20 · +7 min »;
        rounds run on time share a line: « 1–3. Écriture (3 × 5 min) »). Nothing for an
        activity run on time, nor for one without rounds: a reader of the synthesis
        wants to see where the time went, not every minute of a Crazy 8."""
        if not overran(item):
            return []
        rows: list[list[Flowable]] = []
        for line in self.rounds.as_run(item.id):
            gap = line.gap_s
            shown = gap_text(gap) if gap is not None and abs(gap) >= OVER_ROUND_S else ""
            end = clock_of(line.end) or "…"
            rows.append(
                [
                    self.para("", "round"),
                    self.para(f"{line.numbers}. {line.title} ({line.length})", "round"),
                    self.para(f"{clock_of(line.start)}–{end}", "round"),
                    self.para(shown, "round"),
                ]
            )
        return rows

    @staticmethod
    def _day_has_run(items: Any) -> bool:
        return any(t.item.actual_start for t in items)

    # -- boards -----------------------------------------------------------------------------
    def boards(self) -> list[Flowable]:
        boards = [b for b in self.workshop.all(Board) if board.ideas_of(self.workshop, b.id)]
        if not boards:
            return []
        story = self.heading("boards")
        for found in boards:
            story.append(self.para(found.title, "h2"))
            if found.question:
                story += self.paras(found.question, "small")
            for cluster, members in board.grouped_ideas(self.workshop, found.id):
                if cluster is None:
                    story.append(self.para(self.w("loose_ideas"), "h3"))
                else:
                    story.append(self.para(f"{cluster.name} ({len(members)})", "h3"))
                for idea in members:
                    story += self._bullet(idea.text, self.rounds.team_name(idea.team_id))
            photos = board.photos_of(self.workshop, found.id)
            if photos:
                story.append(self.para(self.w("wall_photos"), "h2"))
                story += self._photos(photos)
        return story

    def _bullet(self, text: str, team: str = "") -> list[Paragraph]:
        """An idea as a bullet (the paragraphs of a long one, `paras`), followed by its
        team's name, muted, when it has one."""
        after = ""
        if team:
            muted = f"#{MUTED.hexval()[2:]}"
            after = f'\u2003<font color="{muted}">{self.text(team)}</font>'
        return self.paras(text, "bullet", bullet="•", after=after)

    def _photos(self, photos: list[Attachment]) -> list[Flowable]:
        """A single photo across the page; more, two to a row."""
        if len(photos) == 1:
            return self.cards._photo(photos[0], WIDTH, 130 * mm)
        cells = [self.cards._photo(p, WIDTH / 2 - 4 * mm, 75 * mm) for p in photos]
        if len(cells) % 2:
            cells.append([Spacer(1, 1)])
        table = Table(
            [cells[i : i + 2] for i in range(0, len(cells), 2)], colWidths=[WIDTH / 2] * 2
        )
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return [table]

    # -- votes --------------------------------------------------------------------------------
    def votes(self) -> list[Flowable]:
        votes = [
            v for v in self.workshop.all(VoteSession) if any(r.score for r in self.results(v.id))
        ]
        if not votes:
            return []
        story: list[Flowable] = []
        for index, vote in enumerate(votes):
            # The section's title goes with the first vote's (never alone at a page's foot).
            story += self.vote(vote, self.heading("votes") if index == 0 else [])
        return story

    def vote(self, vote: VoteSession, above: list[Flowable]) -> list[Flowable]:
        """A vote's title and method, then its ranking as a table with each score's bar
        beside it; for a matrix, the square with numbered markers, then the table that
        says what each number is. The heading is never left alone at a page's foot."""
        results = self.results(vote.id)
        heading: list[Flowable] = [
            *above,
            self.para(vote.title, "h2"),
            self.para(self.w(f"method_{vote.method}"), "small"),
        ]
        if vote.method == "matrix":
            return self.matrix(vote, results, heading)
        unvoted = 0
        if vote.method == "dots":  # the ideas with no dot are counted, not listed
            unvoted = sum(1 for r in results if not r.score)
            results = [r for r in results if r.score]
        dots = vote.method == "dots"
        keys = (
            ("rank", "idea", "dots", "share", "bar") if dots else ("rank", "idea", "score", "bar")
        )
        shares = (0.07, 0.48, 0.13, 0.08, 0.24) if dots else (0.07, 0.57, 0.12, 0.24)
        widths = [WIDTH * share for share in shares]
        rows: list[list[Flowable]] = [
            [self.para(self.w(k) if k != "bar" else "", "small") for k in keys]
        ]
        best = max((abs(r.score) for r in results[:MOST_ROWS]), default=0.0)
        for result in results[:MOST_ROWS]:
            label = result.option.label + (f" {self.w('deleted')}" if result.deleted else "")
            row: list[Flowable] = [
                self.para(f"{result.rank}{'=' if result.tied else ''}", "cell"),
                self.long_cell(label),
                self.para(f"{result.score:g}", "cell"),
            ]
            if dots:
                row.append(self.para(self._percent(result.share), "cell"))
            row.append(score_bar(result, best, widths[-1] - 6))
            rows.append(row)
        table = _table(rows, widths)
        # The heading, with the table's first rows at least (the table may run over).
        story: list[Flowable] = [*self.lead(heading), *table]
        if len(results) > MOST_ROWS:
            story.append(self.para(self.w("more_ideas", count=len(results) - MOST_ROWS), "small"))
        if unvoted:
            story.append(self.para(self.w("no_dots", count=unvoted), "small"))
        if vote.method == "criteria":
            criteria = scoring.criteria_of(self.workshop, vote.id)
            names = ", ".join(
                f"{c.name} ({self.w('weight')} {c.weight:g}, 1–{c.scale_max})" for c in criteria
            )
            story.append(self.para(labelled(self.language, self.w("criteria"), names), "small"))
        return [*story, Spacer(1, 3 * mm)]

    def matrix(
        self, vote: VoteSession, results: list[voting.Result], heading: list[Flowable]
    ) -> list[Flowable]:
        """The square, each placed idea a numbered marker (in the ranking's order), and
        the table of the numbers: idea and quadrant. Ideas beyond MATRIX_MOST are small
        dots, counted under the table."""
        placements = scoring.placements_of(self.workshop, vote.id)
        markers = matrix_markers([(r.option.id, r.option.label) for r in results], placements)
        figure = matrix_figure(
            markers,
            axes=(vote.x_label, vote.y_label),
            words=(self.w("low"), self.w("high")),
            size=min(WIDTH, 115 * mm),
        )
        figure.hAlign = "CENTER"
        widths = [WIDTH * 0.07, WIDTH * 0.6, WIDTH * 0.33]
        rows: list[list[Flowable]] = [
            [self.para(self.w(k), "small") for k in ("number", "idea", "quadrant")]
        ]
        deleted = {r.option.id for r in results if r.deleted}
        numbered = [m for m in markers if m.number]
        for marker in numbered:
            label = marker.label + (f" {self.w('deleted')}" if marker.option_id in deleted else "")
            rows.append(
                [
                    self.para(str(marker.number), "number"),
                    self.long_cell(label),
                    self.para(self._quadrant(vote, marker.x, marker.y), "cell"),
                ]
            )
        heading.append(Spacer(1, 2 * mm))
        story: list[Flowable] = [room_for([*heading, figure], WIDTH, 2 * 14), *heading, figure]
        story += _table(rows, widths)
        if len(markers) > len(numbered):
            more = len(markers) - len(numbered)
            story.append(self.para(self.w("matrix_dots", count=more, most=MATRIX_MOST), "small"))
        return [*story, Spacer(1, 3 * mm)]

    def _percent(self, share: float) -> str:
        """22 % in French (a no-break space before the sign), 22% in English."""
        number = round(share * 100)
        return f"{number}\u00a0%" if self.language == "fr" else f"{number}%"

    def _quadrant(self, vote: VoteSession, x: float, y: float) -> str:
        up = vote.y_label or "↑"
        across = vote.x_label or "→"
        return (
            f"{up} {self.w('high') if y >= 0.5 else self.w('low')} · "
            f"{across} {self.w('high') if x >= 0.5 else self.w('low')}"
        )

    # -- polls ------------------------------------------------------------------------------
    def polls(self) -> list[Flowable]:
        """Every poll that has an answer, in the agenda's order: its question, its kind
        and its activity, how many answered and where from (phones and paper counted
        together, and said); then a scale's or a choice's histogram (a table of options,
        counts, shares and bars) with a scale's mean and median, a word cloud (the words
        sized by frequency, each with its count), or the free texts. No participant's
        label is printed: polls are anonymous."""
        shown = [
            r
            for r in (
                polls.results(self.workshop, p.id) for p in polls.polls_in_order(self.workshop)
            )
            if r.total
        ]
        story: list[Flowable] = []
        for index, result in enumerate(shown):
            story += self.poll(result, self.heading("polls") if index == 0 else [])
        return story

    def number(self, value: float) -> str:
        """3.75 as « 3,75 » in French, 3.75 in English; at most two decimals, none when
        whole (4, not 4.00)."""
        text = f"{round(value, 2):g}"
        return text.replace(".", ",") if self.language == "fr" else text

    def poll_facts(self, result: PollResults) -> str:
        """« Échelle de 1 à 5 · Clôture · 16 réponses : 12 par téléphone, 4 sur papier »."""
        poll = result.poll
        top = max((o.option.value for o in result.options), default=0)
        parts = [self.w(f"poll_kind_{poll.kind}", top=top)]
        item = self.workshop.get(AgendaItem, poll.agenda_item_id)
        if item is not None and item.title:
            parts.append(item.title)
        key = "poll_answers_one" if result.total == 1 else "poll_answers_many"
        parts.append(self.w(key, total=result.total, phones=result.phones, paper=result.paper))
        return " · ".join(parts)

    def poll(self, result: PollResults, above: list[Flowable]) -> list[Flowable]:
        heading: list[Flowable] = [
            *above,
            self.para(result.poll.question or self.w(f"poll_kind_{result.poll.kind}"), "h2"),
            self.para(self.poll_facts(result), "small"),
        ]
        if result.poll.kind in ("scale", "choice"):
            body = self.histogram(result)
        elif result.poll.kind == "words":
            body = self.word_cloud(result)
        else:
            body = self.free_texts(result)
        return [*self.lead(heading), *body, Spacer(1, 3 * mm)]

    def histogram(self, result: PollResults) -> list[Flowable]:
        """A row per value or option, in their order: its label (a scale's value before
        it), its count, its share of the answers and its bar; then a scale's mean."""
        widths = [WIDTH * share for share in (0.46, 0.1, 0.1, 0.34)]
        keys = ("poll_answer", "poll_count", "share")
        rows: list[list[Flowable]] = [
            [self.para(self.w(k), "small") for k in keys] + [self.para("", "small")]
        ]
        scale = result.poll.kind == "scale"
        for row in result.options:
            label = row.option.label
            if scale:
                label = f"{row.option.value} — {label}" if label else str(row.option.value)
            share = row.total / result.total if result.total else 0.0
            rows.append(
                [
                    self.para(label, "cell"),
                    self.para(str(row.total), "cell"),
                    self.para(self._percent(share), "cell"),
                    count_bar(row.total, result.largest, widths[-1] - 6),
                ]
            )
        story: list[Flowable] = [*_table(rows, widths)]
        if scale and result.mean is not None and result.median is not None:
            top = max(o.option.value for o in result.options)
            mean = self.w(
                "poll_mean",
                mean=self.number(result.mean),
                top=top,
                median=self.number(result.median),
            )
            story.append(self.para(mean, "h3"))
        return story

    def word_cloud(self, result: PollResults) -> list[Flowable]:
        """The `MOST_WORDS` most frequent words, most frequent first, each sized between
        CLOUD_SMALLEST and CLOUD_LARGEST points by its count (by the square root: a word
        given 4 times is twice as tall as one given once, not four times) and followed by
        its count, small; the other words counted below."""
        words = result.words[:MOST_WORDS]
        if not words:
            return []
        most = words[0].count
        muted = f"#{MUTED.hexval()[2:]}"
        pieces: list[str] = []
        for entry in words:
            size = CLOUD_SMALLEST + (CLOUD_LARGEST - CLOUD_SMALLEST) * (entry.count / most) ** 0.5
            pieces.append(
                f'<font size="{size:.1f}">{self.text(entry.text)}</font>'
                f'\u00a0<font size="8.5" color="{muted}">{entry.count}</font>'
            )
        style = ParagraphStyle(
            "cloud",
            self.styles["text"],
            alignment=1,  # centred
            leading=CLOUD_LARGEST * 1.25,
            textColor=ACCENT,
        )
        story: list[Flowable] = [Paragraph(CLOUD_GAP.join(pieces), style)]
        if len(result.words) > MOST_WORDS:
            more = len(result.words) - MOST_WORDS
            story.append(self.para(self.w("poll_more_words", count=more), "small"))
        return story

    def free_texts(self, result: PollResults) -> list[Flowable]:
        """The first `MOST_TEXTS` texts as bullets, line breaks kept; the rest counted."""
        story: list[Flowable] = [
            part
            for t in result.texts[:MOST_TEXTS]
            for part in self.paras(t.text, "bullet", bullet="•")
        ]
        if len(result.texts) > MOST_TEXTS:
            more = len(result.texts) - MOST_TEXTS
            story.append(self.para(self.w("poll_more_texts", count=more), "small"))
        return story

    # -- cards, next steps, ideas ----------------------------------------------------------
    def prototype_cards(self) -> list[Flowable]:
        every = cards.cards_of(self.workshop)
        if not every:
            return []
        story = self.heading("cards")
        for index, card in enumerate(every):
            if index:
                story += [CondPageBreak(CARD_ROOM), Gap(6 * mm)]
            card_story = self.cards.card(card)
            for flowable in card_story:  # its bookmark beside the section's, in a room too
                flowable.outline_level = self.outline_level
            story += card_story
        return story

    def next_steps(self) -> list[Flowable]:
        """Every card's next steps: prototype, action, owner, due date. With names left
        out, an owner who is not a facilitator reads "(name left out)", and the owner
        column goes when no owner is left to print (export.names)."""
        steps = [
            (c, s)
            for c in cards.cards_of(self.workshop)
            for s in cards.steps_of(self.workshop, c.id)
        ]
        if not steps:
            return []
        owners = self.names.owners_shown(s for _, s in steps)
        keys = ("action", "owner", "due") if owners else ("action", "due")
        rows: list[list[Flowable]] = [
            [self.para(self.w("prototype"), "small")]
            + [self.para(word(self.language, k), "small") for k in keys]
        ]
        for card, step in steps:
            row = [self.para(card.name, "cell"), self.para(step.action, "cell")]
            if owners:
                owner = self.names.owner(step.owner)
                shown = owner if owner is not None else word(self.language, "name_left_out")
                row.append(self.para(shown, "cell"))
            row.append(self.para(short_date(step.due_date, self.language), "cell"))
            rows.append(row)
        shares = (0.25, 0.4, 0.2, 0.15) if owners else (0.3, 0.52, 0.18)
        widths = [WIDTH * share for share in shares]
        return [*self.lead(self.heading("next_steps_all")), *_table(rows, widths)]

    def ideas(self) -> list[Flowable]:
        """The annex: board by board (its question said once, under its title), every
        idea in the wall's order (`board.grouped_ideas`: cluster by cluster, then the
        loose ones, each in capture order), with its cluster and its author (no author
        column when names are left out), and its team when an idea has one (issue 18).
        A cluster's name heads its first row, and again at the top of each table piece."""
        authors = self.names.authors_shown
        teams = any(self.rounds.team_name(i.team_id) for i in self.workshop.unordered(Idea))
        shares = {
            (True, False): {"cluster": 0.22, "idea": 0.58, "author": 0.2},
            (False, False): {"cluster": 0.24, "idea": 0.76},
            (True, True): {"cluster": 0.2, "idea": 0.5, "team": 0.13, "author": 0.17},
            (False, True): {"cluster": 0.22, "idea": 0.6, "team": 0.18},
        }[authors, teams]
        keys = tuple(shares)
        widths = [WIDTH * share for share in shares.values()]
        header: list[Flowable | str] = [
            self.para(word(self.language, k) if k == "team" else self.w(k), "small") for k in keys
        ]
        story: list[Flowable] = []
        for found in self.workshop.all(Board):
            groups = board.grouped_ideas(self.workshop, found.id)
            rows: list[list[Flowable | str]] = [header]
            starts: list[int] = []  # the rows where a cluster begins
            for cluster, members in groups:
                name = cluster.name if cluster is not None else self.w("loose_ideas")
                for index, idea in enumerate(members):
                    shown = name if index == 0 or (len(rows) - 1) % TABLE_CHUNK == 0 else ""
                    if index == 0:
                        starts.append(len(rows))
                    values = {
                        "cluster": shown,
                        "idea": idea.text,
                        "team": self.rounds.team_name(idea.team_id),
                        "author": idea.author,
                    }
                    texts = [values[k] for k in keys]
                    rows.append([self.cell(t, w) for t, w in zip(texts, widths, strict=True)])
            if len(rows) == 1:
                continue
            heading: list[Flowable] = [self.para(found.title, "h2")]
            if found.question:
                heading += self.paras(found.question, "small")
            tables = _table(rows, widths)
            for chunk, table in enumerate(tables):
                # A darker rule above each cluster's first row (in the piece's own rows).
                first = chunk * TABLE_CHUNK + 1  # the piece's first body row, in `rows`
                shift = 1 if chunk == 0 else 0  # the header row, in the first piece only
                lines = [n - first + shift for n in starts if first < n < first + TABLE_CHUNK]
                compact = [
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
                # Inside a cluster, the rules run under the ideas only, not its name's column.
                inside = [("LINEBELOW", (0, shift), (0, -2), 0.3, white)]
                rules = [("LINEABOVE", (0, n), (-1, n), 0.8, MUTED) for n in lines]
                table.setStyle(TableStyle([*compact, *inside, *rules]))
            if not story:  # the section's title goes with the first board's
                heading = [*self.heading("annex"), *heading]
            story += [*self.lead(heading), *tables]
        return story

    # -- a merged event's rooms (issue 21) ------------------------------------------------
    def room_name(self, part: RoomPart) -> str:
        return part.name or self.w("outside_rooms")

    def figures_by_room(self) -> list[Flowable]:
        """A merged event's figures room by room: its dates, ideas, clusters, dots and
        scores, prototypes (nothing for a workshop never merged)."""
        if not self.parts:
            return []
        keys = ("ideas", "clusters", "votes_cast", "prototypes")
        # « Regroupements » in 8 points takes 64 of the 77 points of its column.
        shares = (0.22, 0.18, 0.13, 0.16, 0.18, 0.13)
        widths = [WIDTH * share for share in shares]
        labels = [self.w(k) for k in keys]  # "idées": a column's heading, capitalised
        rows: list[list[Flowable]] = [
            [self.para(self.w("room"), "small"), self.para(word(self.language, "dates"), "small")]
            + [self.para(label[:1].upper() + label[1:], "small") for label in labels]
        ]
        for part in self.parts:
            found = figures_of(part.workshop)
            span = dates_of(part.workshop)
            dates = ""
            if span:
                first, last = (short_date(d, self.language) for d in span)
                dates = first if first == last else f"{first} – {last}"
            numbers = (found.ideas, found.clusters, found.cast, found.prototypes)
            rows.append(
                [self.para(self.room_name(part), "cell"), self.para(dates, "cell")]
                + [self.para(str(n), "cell") for n in numbers]
            )
        return [*self.lead([self.para(self.w("figures_by_room"), "h2")]), *_table(rows, widths)]

    def room_facts(self, part: RoomPart) -> list[str]:
        """Under a room's name: its workshop's title when the room is named otherwise,
        its dates, its places."""
        facts: list[str] = []
        track = part.track
        source = track.source_title if track is not None else ""
        if source and organisation_key(source) != organisation_key(part.name):
            facts.append(labelled(self.language, self.w("room_workshop"), source))
        span = dates_of(part.workshop)
        if span:
            facts.append(date_range(*span, self.language))
        places = places_of(part.workshop)
        if places:
            facts.append(", ".join(places))
        return facts

    def chapter(self, part: RoomPart, sections: Collection[str], *, first: bool) -> list[Flowable]:
        """A room's chapter, from a new page (unless it is the document's first): « Salle 2
        sur 4 », the room's name (a bookmark, the room's sections under it), its facts,
        then the ideas its votes chose (with the figures), and its chosen sections set as
        a workshop's own (agenda, ideas, votes, polls, cards, next steps, annex), or a
        line saying there is nothing to report."""
        name = self.room_name(part)
        title = self.para(name, "chapter")
        title.outline_title = name
        title.outline_level = 0
        heading: list[Flowable] = []
        if part.track is not None:
            rooms = sum(1 for p in self.parts if p.track is not None)
            kicker = self.w("room_of", number=part.number, count=rooms)
            heading.append(self.para(kicker, "kicker"))
        heading.append(title)
        heading += [self.para(fact, "facts") for fact in self.room_facts(part)]
        writer = _Writer(part.workshop, self.names_choice)
        writer.outline_level = 1
        body = writer.sections_story([k for k in ROOM_SECTIONS if k in sections])
        tops = writer.top_ideas() if "figures" in sections else []
        if tops:
            body = [*writer.lead(writer.heading("top_ideas"), 2), *tops, *body]
        if not body and part.track is None:  # not a room: nothing to say, no chapter
            return []
        if not body:
            body = [Spacer(1, 4 * mm), self.para(self.w("room_empty"), "small")]
        rule = HRFlowable(width="100%", thickness=1, color=ACCENT, spaceBefore=6, spaceAfter=2)
        # A new page, unless one has just begun (a blank page would be printed).
        return [*([] if first else [PageBreakIfNotEmpty()]), *heading, rule, *body]

    def story(self, sections: Collection[str]) -> list[Flowable]:
        """The chosen sections; for a merged event, the cover and figures of the whole
        event, then a chapter per room holding the room's chosen sections (none when
        only the cover and the figures are chosen)."""
        if not self.parts:
            return self.sections_story(sections)
        story = self.sections_story([k for k in sections if k in EVENT_SECTIONS])
        if any(k in sections for k in ROOM_SECTIONS):
            for part in self.parts:
                story += self.chapter(part, sections, first=not story)
        return story

    def sections_story(self, sections: Collection[str]) -> list[Flowable]:
        builders: dict[str, Callable[[], list[Flowable]]] = {
            "cover": self.cover,
            "figures": self.figures,
            "agenda": self.agenda,
            "boards": self.boards,
            "votes": self.votes,
            "polls": self.polls,
            "cards": self.prototype_cards,
            "next_steps": self.next_steps,
            "ideas": self.ideas,
        }
        story: list[Flowable] = []
        for key in SECTIONS:
            if key not in sections:
                continue
            part = builders[key]()
            if not part:
                continue  # nothing to say: the section is left out, not printed empty
            if story and key != "figures":
                story.append(CondPageBreak(SECTION_ROOM))
            story += part
        return story


class _ProgressDocument(OutlinedDocument):
    """Tells how far the layout is, and stops when the facilitator cancels."""

    def __init__(
        self,
        *args: Any,
        total: int,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._total, self._done = max(total, 1), 0
        self._progress, self._cancelled = progress, cancelled

    def afterFlowable(self, flowable: Flowable) -> None:
        super().afterFlowable(flowable)
        self._done += 1
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelledError
        if self._progress is not None and self._done % 20 == 0:
            self._progress(min(self._done, self._total), self._total)


def synthesis_pdf(
    workshop: Workshop,
    sections: Collection[str] = SECTIONS,
    *,
    names: Names = Names.AS_TYPED,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The synthesis as PDF bytes: A4, fonts embedded, bookmarks, page numbers; the
    people's names as `names` says (export.names). Raises ExportCancelledError when
    `cancelled` answers True."""
    register_fonts()
    writer = _Writer(workshop, names)
    info = workshop.info
    kind = "event_synthesis" if writer.parts else "synthesis"
    story = writer.story(sections) or [writer.para(info.title or writer.w(kind), "title")]
    data = build_pdf(
        story,
        workshop,
        document_title=info.title or writer.w(kind),
        subject=writer.w(kind),
        document_class=_ProgressDocument,
        total=len(story),
        progress=progress,
        cancelled=cancelled,
    )
    if progress is not None:
        progress(len(story), len(story))
    return data
