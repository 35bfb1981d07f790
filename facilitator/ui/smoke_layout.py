"""The smoke test's walk through one workshop, checking the layout as a person would see it.

Every part shown (details, agenda, board, votes, cards, run, room link), the first
activity chosen, its countdown started, the projector opened on the second screen in
each of its views (countdown, break, blank, board, results, card, room link), then the
countdown stopped and the projector closed. After each step, `layout_check` looks at the
main window (nothing cut, squeezed or covered; the window fits its screen) and at the
projector (it covers its screen exactly). Run at several laptop and projector sizes with
Qt's offscreen platform (`QT_QPA_PLATFORM=offscreen:configfile=screens.json`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from facilitator.domain.records import PrototypeCard, VoteSession
from facilitator.domain.run import agenda_order
from facilitator.ui.layout_check import layout_problems
from facilitator.ui.main_window import MainWindow

Say = Callable[[str], None]


async def settle() -> None:
    """Let Qt lay out and paint what changed: back to the event loop a few times (layouts
    post their own events). Never `processEvents()` from here: inside a task it would
    run the room link's own tasks re-entrantly (qasync refuses)."""
    for _ in range(3):
        await asyncio.sleep(0.005)


class Walk:
    """Problems found in one workshop, each named with the step that showed it."""

    def __init__(self, window: MainWindow, name: str) -> None:
        self.window = window
        self.name = name
        self.problems: list[str] = []
        self.steps = 0

    def look(self, step: str, widget: QWidget, *, cover_screen: bool = False) -> None:
        self.steps += 1
        if widget.grab().isNull():
            self.problems.append(f"{self.name}, {step}: did not paint")
        for problem in layout_problems(widget, cover_screen=cover_screen):
            self.problems.append(f"{self.name}, {step}: {problem}")


async def walk_workshop(
    window: MainWindow,
    path: Path,
    say: Say,
    room_link: Callable[[], Awaitable[bool]] | None = None,
) -> list[str]:
    """Open `path`, walk it, close it; every layout problem seen, as sentences."""
    if not window.open_path(path) or window.page is None:
        return [f"{path.name}: could not be opened"]
    page = window.page
    walk = Walk(window, path.name)
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
        page.board.project()
        await settle()
        walk.look("projector, board", projector, cover_screen=True)
        workshop = page.document.workshop
        if workshop.all(VoteSession):
            page.show_part("votes")
            page.votes.project()
            await settle()
            walk.look("projector, results", projector, cover_screen=True)
        if workshop.all(PrototypeCard):
            page.show_part("cards")
            page.cards.project_current()
            await settle()
            walk.look("projector, card", projector, cover_screen=True)
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
