"""The smoke test's walk through one workshop, checking the layout as a person would see it.

Every part shown (details, agenda, groups, board, votes, polls, cards, run, room link), the
first activity chosen, its countdown started, the projector opened on the second screen
in each of its views (countdown, break, blank, a round just after its change with the cue
on, board, results, card, groups, every poll before and after its reveal with answers
from paper, room link), then the countdown stopped and the projector closed. After each
step, `layout_check` looks at the main window (nothing cut, squeezed or covered; the
window fits its screen) and at the projector (it covers its screen exactly; the board's,
the results' and the polls' text is at the room's floor at least). Run at several laptop
and projector sizes with Qt's offscreen platform
(`QT_QPA_PLATFORM=offscreen:configfile=screens.json`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from facilitator.domain import polls
from facilitator.domain.records import GroupingInfo, PrototypeCard, VoteSession
from facilitator.domain.run import agenda_order, item_rounds
from facilitator.ui.layout_check import layout_problems
from facilitator.ui.main_window import MainWindow
from facilitator.ui.workshop_page import WorkshopPage

Say = Callable[[str], None]


async def settle() -> None:
    """Let Qt lay out and paint what changed: back to the event loop a few times (layouts
    post their own events). Never `processEvents()` from here: inside a task it would
    run the room link's own tasks re-entrantly (qasync refuses)."""
    for _ in range(3):
        await asyncio.sleep(0.005)


class Walk:
    """Problems found in one workshop, each named with the step that showed it."""

    def __init__(self, window: MainWindow, name: str, *, check_layout: bool = True) -> None:
        self.window = window
        self.name = name
        self.check_layout = check_layout
        self.problems: list[str] = []
        self.steps = 0

    def look(self, step: str, widget: QWidget, *, cover_screen: bool = False) -> None:
        self.steps += 1
        if widget.grab().isNull():
            self.problems.append(f"{self.name}, {step}: did not paint")
        if not self.check_layout:
            return
        for problem in layout_problems(widget, cover_screen=cover_screen):
            self.problems.append(f"{self.name}, {step}: {problem}")

    def readable(self, step: str, text_px: float, floor_px: int) -> None:
        """The room's text is at the floor (fitted_text.SMALLEST_SHARE) at least."""
        if text_px < floor_px:
            self.problems.append(
                f"{self.name}, {step}: text {text_px:.0f} px high, under the room's {floor_px} px"
            )


async def _board_and_results(walk: Walk, page: WorkshopPage, projector: QWidget) -> None:
    """The board on the projector, then the first vote's results: laid out, readable."""
    page.board.project()
    await settle()
    walk.look("projector, board", projector, cover_screen=True)
    shown = page.board.projected
    text_px = shown.text_px()
    if shown.isVisible() and text_px is not None:  # a board, with notes
        walk.readable("projector, board", text_px, shown.floor_px())
    votes = page.document.workshop.all(VoteSession)
    if votes:
        page.show_part("votes")
        page.votes.project()
        await settle()
        walk.look("projector, results", projector, cover_screen=True)
    ranked = next((vote for vote in votes if vote.method != "matrix"), None)
    if ranked is not None:  # a ranking (a matrix is its scene)
        page.votes.select_vote(ranked.id)
        page.votes.project()
        await settle()
        walk.look("projector, ranking", projector, cover_screen=True)
        results = page.votes.projected
        walk.readable("projector, ranking", results.rows().text_px, results.floor_px())


async def _round(walk: Walk, page: WorkshopPage, projector: QWidget) -> None:
    """The first activity with rounds (if any), started and moved to its next round: the
    projector with « Tour 2/n », the round's instruction and the cue's colour, its round
    text at the room's floor at least; the run page with its rounds' list and buttons."""
    workshop = page.document.workshop
    item = next((i for i in agenda_order(workshop) if item_rounds(workshop, i)), None)
    if item is None:
        return
    page.session.select(item.id, start_now=True)
    page.session.next_round()
    await settle()
    walk.look("projector, round", projector, cover_screen=True)
    shown = page.run.projector
    if shown is not None and shown.round_label.isVisible():
        walk.readable(
            "projector, round", shown.round_label.fitted()[0], shown.round_label.smallest_px()
        )
    walk.look("run, rounds", walk.window)


def _poll_answers(page: WorkshopPage, poll_id: str) -> None:
    """Answers typed from paper, as long as people give them: a count on each option (up
    to 100,000), three papers of words (a word of `polls.MAX_WORD_CHARS` letters, Arabic, an
    emoji) or three texts of `polls.MAX_TEXT_CHARS` characters."""
    document = page.document
    workshop = document.workshop
    poll = polls.poll_of(workshop, poll_id)
    changes = []
    if poll.kind in ("scale", "choice"):
        for number, option in enumerate(polls.options_of(workshop, poll_id)):
            count = polls.MAX_PAPER_COUNT if number == 0 else number * 7
            changes.append(polls.set_paper_count(workshop, poll_id, option.id, count))
    else:
        words = ["énergie", "x" * polls.MAX_WORD_CHARS, "تعاون", "🌧️", "Écoute"]
        for paper in range(3):
            if poll.kind == "words":
                text = ", ".join(words[paper : paper + poll.words_per_answer])
            else:
                text = ("Un conseil pour la suite, écrit à la main. " * 12)[: polls.MAX_TEXT_CHARS]
            changes.append(polls.add_paper_answer(workshop, poll_id, text)[0])
    for change in changes:
        document.edit(lambda: "smoke test", change)


async def _polls(walk: Walk, page: WorkshopPage, projector: QWidget) -> None:
    """Every poll of the workshop (its templates' ROTI, météo, closing words) on the
    projector before and after its reveal, with answers from paper; the run page with the
    first activity's poll."""
    workshop = page.document.workshop
    listed = polls.polls_in_order(workshop)
    if not listed:
        return
    page.show_part("polls")
    panel = page.polls.panel
    for poll in listed:
        page.polls.select_poll(poll.id)
        _poll_answers(page, poll.id)
        for step in ("waiting", "revealed"):
            if step == "revealed":
                panel.toggle_reveal()
            else:
                panel.project()
            await settle()
            name = f"projector, poll {poll.kind} {step}"
            walk.look(name, projector, cover_screen=True)
            shown = panel.projected
            walk.readable(name, shown.text_px(), shown.floor_px())
    walk.look("part polls, answered", walk.window)
    item_id = listed[0].agenda_item_id
    if item_id is not None:
        page.show_part("run")
        page.session.select(item_id)
        await settle()
        walk.look("run, poll", walk.window)


async def walk_workshop(
    window: MainWindow,
    path: Path,
    say: Say,
    room_link: Callable[[], Awaitable[bool]] | None = None,
    *,
    check_layout: bool = True,
) -> list[str]:
    """Open `path`, walk it, close it; every layout problem seen, as sentences."""
    if not window.open_path(path) or window.page is None:
        return [f"{path.name}: could not be opened"]
    page = window.page
    walk = Walk(window, path.name, check_layout=check_layout)
    await settle()
    for key in page.part_keys():
        page.show_part(key)
        await settle()
        walk.look(f"part {key}", window)
    run = page.run
    page.show_part("run")
    order = agenda_order(page.document.workshop)
    first = next((item for item in order if item.kind == "activity"), None)
    if first is not None:
        page.session.select(first.id)
    page.session.toggle()  # the countdown starts
    await settle()
    walk.look("run, countdown started", window)
    run.toggle_projector()
    await settle()
    projector = run.projector
    if projector is None:
        walk.problems.append(f"{path.name}: the projector did not open")
    else:
        walk.look("projector, countdown", projector, cover_screen=True)
        for mode in ("pause", "blank"):
            run.projector_mode(mode)
            await settle()
            walk.look(f"projector, {mode}", projector, cover_screen=True)
            run.projector_mode(mode)  # back to the countdown
        await _round(walk, page, projector)
        await _board_and_results(walk, page, projector)
        workshop = page.document.workshop
        if workshop.all(PrototypeCard):
            page.show_part("cards")
            page.cards.project_current()
            await settle()
            walk.look("projector, card", projector, cover_screen=True)
        if workshop.all(GroupingInfo):  # the tables, as the room finds its own
            page.show_part("groups")
            page.groups.project()
            await settle()
            walk.look("projector, groups", projector, cover_screen=True)
            groups_shown = page.groups.projected
            walk.readable("projector, groups", groups_shown.text_px(), groups_shown.floor_px())
        await _polls(walk, page, projector)
        if room_link is not None and await room_link():
            await settle()
            walk.look("projector, room link", projector, cover_screen=True)
            page.room.start_button.click()  # stop it: every request refused from now
            await page.room.link.stopped()
    page.show_part("run")
    page.session.toggle()  # paused
    page.session.reset()
    run.close_projector()
    await settle()
    walk.look("run, countdown stopped", window)
    if not window.close_workshop():
        walk.problems.append(f"{path.name}: could not be closed")
    await settle()
    language = QLocale().name()
    say(f"walked {path.name} ({language}): {walk.steps} steps, {len(walk.problems)} problem(s)")
    return walk.problems
