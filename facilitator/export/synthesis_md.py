"""The synthesis as Markdown: the same sections as the PDF, as text that reads anywhere
(a wiki, a mail, a pad). User text is escaped (`markdown.escape`): it renders as typed
under any CommonMark renderer, raw HTML on or off, never as markup; text of several
lines stays out of tables, with hard breaks. Whose names it prints is `export.names`, as
in the PDF: with names left out, the cover says so, the cards have no team field and a
next step's owner who is not a facilitator reads "(name left out)" (no owner column
when none is left to print). An event merged from rooms: its cover, its key figures
with a table of the rooms, then a chapter per room (`## Room`, its sections one level
down), as the PDF (export/synthesis_rooms.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from facilitator.domain import board, card_template, cards, polls, scoring, voting
from facilitator.domain.lab_summary import organisation_key
from facilitator.domain.polls import PollResults
from facilitator.domain.records import AgendaItem, Board, Idea, Person, VoteSession
from facilitator.domain.schedule import clock, schedules
from facilitator.domain.workshop import Workshop
from facilitator.export.markdown import cell, escape
from facilitator.export.names import NameRule, Names
from facilitator.export.round_lines import OVER_ROUND_S, Rounds, clock_of, gap_text, overran
from facilitator.export.synthesis_rooms import (
    RoomPart,
    dates_of,
    figures_of,
    places_of,
    room_parts,
)
from facilitator.export.synthesis_sections import EVENT_SECTIONS, ROOM_SECTIONS, SECTIONS
from facilitator.export.synthesis_words import sword
from facilitator.export.words import date_range, french_typography, short_date, word


class _Writer:
    def __init__(self, workshop: Workshop, names: Names) -> None:
        self.workshop = workshop
        self.names = NameRule(workshop, names)
        self.language = workshop.info.language
        self.colon = "\u00a0: " if self.language == "fr" else ": "
        self.rounds = Rounds(workshop, self.language)

    def typeset(self, value: str) -> str:
        return french_typography(value) if self.language == "fr" else value

    def t(self, value: str, indent: str = "", *, mid_line: bool = False) -> str:
        return escape(self.typeset(value), indent, mid_line=mid_line)

    def c(self, value: str) -> str:
        """One line (a heading, a table cell): a line break is a space."""
        return cell(self.typeset(value))

    def w(self, key: str, **params: object) -> str:
        return self.c(sword(self.language, key, **params))

    def cover(self) -> list[str]:
        info = self.workshop.info
        out = [f"# {self.c(info.title or sword(self.language, 'synthesis'))}", ""]
        if info.question:
            out += [f"**{self.t(info.question)}**", ""]
        span = dates_of(self.workshop)  # the first and last dates, whatever the days' order
        facts = [date_range(*span, self.language)] if span else []
        facts += [info.place, info.organisation]
        people = ", ".join(p.name for p in self.workshop.where(Person, role="facilitator"))
        if people:
            facts.append(word(self.language, "facilitators") + self.colon + people)
        rooms = [self.room_name(p) for p in room_parts(self.workshop) if p.track is not None]
        if rooms:
            facts.append(sword(self.language, "rooms") + self.colon + ", ".join(rooms))
        if self.names.left_out:
            facts.append(sword(self.language, "names_left_out"))
        shown = [self.c(f) for f in facts if f.strip()]
        return [*out, "\\\n".join(shown), ""] if shown else out

    def agenda(self) -> list[str]:
        days = schedules(self.workshop)
        if not any(s.items for s in days):
            return []
        out = [f"## {self.w('agenda_run')}", ""]
        activity = self.c(word(self.language, "activity"))
        for number, schedule in enumerate(days, start=1):
            out += [f"### {self.c(word(self.language, 'day'))} {number}", ""]
            out += [f"| {self.w('planned')} | {activity} | {self.w('as_run')} |", "|---|---|---|"]
            for timed in schedule.items:
                item = timed.item
                run = ""
                if item.actual_start:
                    run = f"{item.actual_start[11:16]}–{item.actual_end[11:16]}"
                out.append(f"| {clock(timed.start)} | {self.c(item.title)} | {run} |")
                out += self.rounds_as_run(item)
            out.append("")
        return out

    def rounds_as_run(self, item: AgendaItem) -> list[str]:
        """Under an activity that overran, its rounds as run, one table row each (as the
        PDF: rounds on time share a row, a gap shown from `OVER_ROUND_S`)."""
        if not overran(item):
            return []
        out: list[str] = []
        for line in self.rounds.as_run(item.id):
            gap = line.gap_s
            run = f"{clock_of(line.start)}–{clock_of(line.end) or '…'}"
            if gap is not None and abs(gap) >= OVER_ROUND_S:
                run += f" ({gap_text(gap)})"
            title = self.c(f"{line.numbers}. {line.title} ({line.length})")
            out.append(f"| | ↳ {title} | {self.c(run)} |")
        return out

    def boards(self) -> list[str]:
        out: list[str] = []
        for found in self.workshop.all(Board):
            ideas = board.ideas_of(self.workshop, found.id)
            if not ideas:
                continue
            out += [f"## {self.c(found.title)}", ""]
            if found.question:
                out += [f"*{self.t(found.question)}*", ""]
            for cluster, members in board.grouped_ideas(self.workshop, found.id):
                name = cluster.name if cluster else sword(self.language, "loose_ideas")
                if members:
                    out += [f"### {self.c(name)}", ""]
                    out += [self._idea(i) for i in members] + [""]
        return out

    def _idea(self, idea: Idea) -> str:
        """An idea as a list item, its team's name after it in italics when it has one."""
        team = self.rounds.team_name(idea.team_id)
        line = f"- {self.t(idea.text, '  ')}"
        return f"{line} · *{self.c(team)}*" if team.strip() else line

    def votes(self) -> list[str]:
        """Each vote's ranking as a list (an idea of several lines keeps its line
        breaks), its fields named in the line above it, as the PDF's columns: for dots,
        rank · dots · share · idea (the ideas with no dot counted under it); for
        criteria, rank · score /100 · idea, then the criteria; for a matrix, rank ·
        quadrant · idea. Never an internal sort key."""
        out: list[str] = []
        for vote in self.workshop.all(VoteSession):
            results = scoring.results_of(self.workshop, vote.id)
            if not any(r.score for r in results):
                continue
            out += [f"## {self.c(vote.title)}", "", f"*{self.w(f'method_{vote.method}')}*", ""]
            unvoted = 0
            if vote.method == "dots":  # as the PDF: counted, not listed
                unvoted = sum(1 for r in results if not r.score)
                results = [r for r in results if r.score]
            keys = {
                "dots": ("rank", "dots", "share", "idea"),
                "criteria": ("rank", "score", "idea"),
                "matrix": ("rank", "quadrant", "idea"),
            }[vote.method]
            out += ["*" + " · ".join(self.w(k) for k in keys) + "*", ""]
            for r in results:
                label = self.t(r.option.label, "  ", mid_line=True)
                if r.deleted:
                    label += " " + self.w("deleted")
                out.append(f"- {' · '.join(self._fields(vote, r))} · {label}")
            out.append("")
            if unvoted:
                out += [self.w("no_dots", count=unvoted), ""]
            if vote.method == "criteria":
                names = ", ".join(
                    f"{c.name} ({sword(self.language, 'weight')} {c.weight:g}, 1–{c.scale_max})"
                    for c in scoring.criteria_of(self.workshop, vote.id)
                )
                if names:
                    out += [f"*{self.w('criteria')}*{self.colon}{self.c(names)}", ""]
        return out

    def _fields(self, vote: VoteSession, result: voting.Result) -> list[str]:
        """The fields of one result before its idea: its rank (2= when tied), then
        dots and share, or score /100, or quadrant."""
        fields = [f"**{result.rank}{'=' if result.tied else ''}**"]
        if vote.method == "matrix":
            spot = scoring.placements_of(self.workshop, vote.id).get(result.option.id)
            return [*fields, self._quadrant(vote, spot.x, spot.y) if spot else ""]
        fields.append(f"{result.score:g}")
        if vote.method == "dots":
            number = round(result.share * 100)
            fields.append(f"{number}\u00a0%" if self.language == "fr" else f"{number}%")
        return fields

    def _quadrant(self, vote: VoteSession, x: float, y: float) -> str:
        """The PDF's words ("Impact fort", "Effort faible"; arrows for unnamed axes),
        joined by a comma: " · " separates the fields here."""
        up = vote.y_label or "↑"
        across = vote.x_label or "→"
        high, low = sword(self.language, "high"), sword(self.language, "low")
        return self.c(f"{up} {high if y >= 0.5 else low}, {across} {high if x >= 0.5 else low}")

    def polls(self) -> list[str]:
        """Every poll that has an answer, as the PDF: its question, a line of its kind,
        activity and answers (phones and paper counted together, and said); a scale's or a
        choice's counts as a table (answer, count, share) and a scale's mean and median;
        a word cloud as a list of words with their counts, most frequent first; free
        texts as a list. Every word as typed, escaped: plain text, never markup."""
        out: list[str] = []
        for poll in polls.polls_in_order(self.workshop):
            result = polls.results(self.workshop, poll.id)
            if not result.total:
                continue
            if not out:
                out += [f"## {self.w('polls')}", ""]
            top = max((o.option.value for o in result.options), default=0)
            kind = sword(self.language, f"poll_kind_{poll.kind}", top=top)
            out += [f"### {self.c(poll.question or kind)}", ""]
            facts = [kind]
            item = self.workshop.get(AgendaItem, poll.agenda_item_id)
            if item is not None and item.title:
                facts.append(item.title)
            key = "poll_answers_one" if result.total == 1 else "poll_answers_many"
            facts.append(
                sword(
                    self.language, key, total=result.total, phones=result.phones, paper=result.paper
                )
            )
            out += [f"*{self.c(' · '.join(facts))}*", ""]
            out += self._poll_body(result)
        return out

    def _number(self, value: float) -> str:
        text = f"{round(value, 2):g}"
        return text.replace(".", ",") if self.language == "fr" else text

    def _poll_body(self, result: PollResults) -> list[str]:
        poll = result.poll
        if poll.kind in ("scale", "choice"):
            heads = [self.w("poll_answer"), self.w("poll_count"), self.w("share")]
            out = ["| " + " | ".join(heads) + " |", "|---|---:|---:|"]
            for row in result.options:
                label = row.option.label
                if poll.kind == "scale":
                    label = f"{row.option.value} — {label}" if label else str(row.option.value)
                number = round(100 * row.total / result.total) if result.total else 0
                share = f"{number}\u00a0%" if self.language == "fr" else f"{number}%"
                out.append(f"| {self.c(label)} | {row.total} | {share} |")
            out.append("")
            if result.mean is not None and result.median is not None:
                top = max(o.option.value for o in result.options)
                mean = sword(
                    self.language,
                    "poll_mean",
                    mean=self._number(result.mean),
                    top=top,
                    median=self._number(result.median),
                )
                out += [f"**{self.c(mean)}**", ""]
            return out
        if poll.kind == "words":
            return [f"- {self.c(w.text)} · {w.count}" for w in result.words] + [""]
        return [f"- {self.t(t.text, '  ')}" for t in result.texts] + [""]

    def cards(self) -> list[str]:
        out: list[str] = []
        fields = self.names.fields(card_template.fields_of(self.workshop))
        for card in cards.cards_of(self.workshop):
            out += [f"## {self.c(card.name)}", ""]
            team = self.rounds.team_name(card.team_id)
            if team.strip():
                out += [f"**{self.c(word(self.language, 'team'))}**{self.colon}{self.c(team)}", ""]
            values = cards.values_of(self.workshop, card.id)
            for field in fields:
                text = self.t(values.get(field.id, "—"), mid_line=True)
                out += [f"**{self.c(field.label)}**{self.colon}{text}", ""]
        return out

    def next_steps(self) -> list[str]:
        every = cards.cards_of(self.workshop)
        steps = [(c, s) for c in every for s in cards.steps_of(self.workshop, c.id)]
        if not steps:
            return []
        owners = self.names.owners_shown(s for _, s in steps)
        keys = ("action", "owner", "due") if owners else ("action", "due")
        heads = [self.w("prototype"), *(self.c(word(self.language, k)) for k in keys)]
        out = [f"## {self.w('next_steps_all')}", "", "| " + " | ".join(heads) + " |"]
        out.append("|---" * len(heads) + "|")
        for card, step in steps:
            cells = [self.c(card.name), self.c(step.action)]
            if owners:
                owner = self.names.owner(step.owner)
                cells.append(
                    self.c(word(self.language, "name_left_out") if owner is None else owner)
                )
            cells.append(short_date(step.due_date, self.language))
            out.append("| " + " | ".join(cells) + " |")
        return [*out, ""]

    # -- a merged event's rooms (issue 21) ------------------------------------------------
    def room_name(self, part: RoomPart) -> str:
        return part.name or sword(self.language, "outside_rooms")

    def figures(self, parts: list[RoomPart]) -> list[str]:
        """A merged event's key figures: the whole event's on one line, then a table of
        the rooms (dates, ideas, clusters, dots and scores, prototypes)."""
        keys = ("ideas", "clusters", "votes_cast", "prototypes")
        found = figures_of(self.workshop)
        numbers = (found.ideas, found.clusters, found.cast, found.prototypes)
        total = " · ".join(f"**{n}** {self.w(k)}" for n, k in zip(numbers, keys, strict=True))
        labels = [self.w(k) for k in keys]
        heads = [self.w("room"), self.c(word(self.language, "dates"))]
        heads += [label[:1].upper() + label[1:] for label in labels]
        out = [f"## {self.w('figures')}", "", total, "", f"### {self.w('figures_by_room')}", ""]
        out += ["| " + " | ".join(heads) + " |", "|---|---" + "|---:" * len(keys) + "|"]
        for part in parts:
            counts = figures_of(part.workshop)
            span = dates_of(part.workshop)
            dates = ""
            if span:
                first, last = (short_date(d, self.language) for d in span)
                dates = first if first == last else f"{first} – {last}"
            row = [self.c(self.room_name(part)), dates]
            row += [str(n) for n in (counts.ideas, counts.clusters, counts.cast, counts.prototypes)]
            out.append("| " + " | ".join(row) + " |")
        return [*out, ""]

    def chapter(self, part: RoomPart, sections: Collection[str], names: Names) -> list[str]:
        """A room's chapter: its name as a heading, « Salle 2 sur 4 », its workshop's
        title when the room is named otherwise, its dates and places, then its chosen
        sections as a workshop's own, every heading one level down."""
        out = [f"## {self.c(self.room_name(part))}", ""]
        facts: list[str] = []
        if part.track is not None:
            count = sum(1 for p in room_parts(self.workshop) if p.track is not None)
            facts.append(f"*{self.w('room_of', number=part.number, count=count)}*")
            source = part.track.source_title
            if source and organisation_key(source) != organisation_key(part.name):
                facts.append(self.w("room_workshop") + self.colon + self.c(source))
        span = dates_of(part.workshop)
        if span:
            facts.append(self.c(date_range(*span, self.language)))
        places = places_of(part.workshop)
        if places:
            facts.append(self.c(", ".join(places)))
        out += ["\\\n".join(facts), ""]
        body = _sections(_Writer(part.workshop, names), [k for k in ROOM_SECTIONS if k in sections])
        if not body and part.track is None:  # not a room: nothing to say, no chapter
            return []
        if not body:
            body = [f"*{self.w('room_empty')}*", ""]
        return out + [_DEEPER.sub(r"#\1", line) for line in body]


# A heading of a room's own sections, one level down in its chapter (user text never
# starts a line with "#": `markdown.escape` escapes it).
_DEEPER = re.compile(r"^(#{1,5} )")


def _sections(writer: _Writer, sections: Collection[str]) -> list[str]:
    """The chosen sections that have a Markdown form, in their order."""
    builders: dict[str, Callable[[], list[str]]] = {
        "cover": writer.cover,
        "agenda": writer.agenda,
        "boards": writer.boards,
        "votes": writer.votes,
        "polls": writer.polls,
        "cards": writer.cards,
        "next_steps": writer.next_steps,
    }
    out: list[str] = []
    for key in SECTIONS:
        if key in sections and key in builders:
            out += builders[key]()
    return out


def synthesis_markdown(
    workshop: Workshop, sections: Collection[str] = SECTIONS, *, names: Names = Names.AS_TYPED
) -> str:
    """The synthesis of `workshop` as CommonMark text (lines ending with \\n), with the
    `sections` chosen (keys of `synthesis_sections.SECTIONS`; those with no Markdown form,
    such as the figures, are left out), the people's names as `names` says
    (export.names)."""
    writer = _Writer(workshop, names)
    parts = room_parts(workshop)
    if not parts:
        out = _sections(writer, sections)
    else:  # a merged event: its cover and figures, then a chapter per room
        out = _sections(writer, [k for k in EVENT_SECTIONS if k in sections])
        out += writer.figures(parts) if "figures" in sections else []
        for part in parts:
            out += (
                writer.chapter(part, sections, names) if set(sections) & set(ROOM_SECTIONS) else []
            )
    return "\n".join(out).rstrip() + "\n"
