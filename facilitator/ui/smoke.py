"""`facilitator --smoke-test`: start the real app, open a workshop, show every part, serve
the room link's page once, exit.

Exit 0 when every step ran and no error reached the error reporter, 1 otherwise.
Used by CI and by the installer script on the built application.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from facilitator.library_access import full_demo
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.ui.error_reporter import ErrorReporter
from facilitator.ui.main_window import MainWindow
from facilitator.ui.room.room_page import RoomPage


async def _settle() -> None:
    QApplication.processEvents()
    await asyncio.sleep(0)


async def _room_link_answers(room: RoomPage, say: Callable[[str], None]) -> bool:
    """Start the room link on this laptop only, load its page as a phone would, stop it:
    the server, the page and the QR code work in this build."""
    import aiohttp

    loopback = room.network.findData("127.0.0.1")
    if loopback < 0:
        say("no loopback interface: room link not tried")
        return True
    room.network.setCurrentIndex(loopback)
    room.start_button.click()
    await room.link.started()
    if not room.link.running:
        say("the room link did not start")
        return False
    async with aiohttp.ClientSession() as http, http.get(room.link.join_url()) as page:
        served = page.status == 200 and "<html" in await page.text()
    room.project_link()
    room.start_button.click()
    await room.link.stopped()
    say("room link served its page" if served else "the room link did not serve its page")
    return served


async def run_smoke_test(
    window: MainWindow, reporter: ErrorReporter, file: Path | None, scratch: Path
) -> int:
    def say(text: str) -> None:
        print(f"smoke-test: {text}", file=sys.stderr)

    await _settle()
    window.home.grab()
    if file is None:
        file = scratch / "demo.atelier"
        WorkshopFile.create(file, full_demo()).close()
    else:
        # Work on a copy: the smoke test must not change the user's file.
        copy = scratch / file.name
        copy.write_bytes(file.read_bytes())
        file = copy
    if not window.open_path(file) or window.page is None:
        say(f"could not open {file}")
        return 1
    page = window.page
    for key in page.part_keys():
        page.show_part(key)
        await _settle()
        shown = page.stack.currentWidget()
        if shown is None or shown.grab().isNull():
            say(f"part {key} did not paint")
            return 1
        say(f"showed {key}")
    if not await _room_link_answers(page.room, say):
        return 1
    for language in ("en", "fr"):
        window.set_language(language)
        await _settle()
        window.grab()
    window.show_settings()
    await _settle()
    if window.settings_dialog is not None:
        window.settings_dialog.close()
    if not window.close_workshop():
        say("could not close the workshop")
        return 1
    await _settle()
    if reporter.count:
        say(f"{reporter.count} unexpected error(s); see {reporter.log_file}")
        return 1
    say("ok")
    return 0
