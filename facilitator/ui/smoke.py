"""`facilitator --smoke-test`: start the real app, walk workshops through every part, the
run mode and every view of the projector, checking the layout at each step (see
`smoke_layout`), serve the room link's page once, exit.

It first checks that the interface's font can draw Latin text and that every font
Facilitator ships loads (facilitator.ui.font_check), and that Qt Multimedia has a
backend for the chime (facilitator.ui.media_check): without them every part paints, with
no text or no sound, and the walk would pass. With no FILE it walks the demo, a workshop made
from each bundled template and the long workshop (every text as long as people really
type it). Exit 0 when every step ran, no
layout problem was seen and no error reached the error reporter; 1 otherwise, with each
problem on stderr, the step that failed, and where the app looked for its files and what
it found (fonts, translations, sounds, photos, templates, Qt's platform and plugins, the
user's folders: facilitator.install_report). Used by CI and by the installer script on
the built application, at several screen sizes
(`QT_QPA_PLATFORM=offscreen:configfile=screens.json`).
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from facilitator.install_report import failure_lines, where_looked
from facilitator.library_access import bundled_library, full_demo
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.ui.error_reporter import ErrorReporter
from facilitator.ui.main_window import MainWindow
from facilitator.ui.room.room_page import RoomPage
from facilitator.ui.smoke_layout import settle, walk_workshop

log = logging.getLogger(__name__)


async def _room_link_answers(room: RoomPage, say: Callable[[str], None]) -> bool:
    """Start the room link on this laptop only, load its page as a phone would, and show
    it on the projector: the server, the page and the QR code work in this build. Closing
    the workshop stops it."""
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
    say("room link served its page" if served else "the room link did not serve its page")
    return served


def _tell_errors(reporter: ErrorReporter, say: Callable[[str], None]) -> None:
    """The end of the log: it goes with the scratch folder, so say what it holds."""
    say(f"{reporter.count} unexpected error(s); from {reporter.log_file}:")
    try:
        said = reporter.log_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        said = ""
    for line in said.splitlines()[-40:]:
        say(f"  {line}")


def _screens_judged(say: Callable[[str], None]) -> bool:
    """Say which screens Qt has; whether the layout is judged on them. 1280x720 is the
    smallest laptop screen we lay out for; on a smaller one (Qt's offscreen default is
    800x800) every part is still shown and painted, but not judged."""
    screens = ", ".join(
        f"{s.name()} {s.geometry().width()}x{s.geometry().height()}@{s.devicePixelRatio():g}"
        for s in QApplication.screens()
    )
    say(f"screens: {screens}")
    primary = QApplication.primaryScreen()
    area = primary.availableGeometry() if primary is not None else None
    if area is None or area.width() < 1280 or area.height() < 700:
        say("screen smaller than 1280x720: layout not checked (see tests/ui/test_smoke_layout.py)")
        return False
    return True


def _fonts_draw(say: Callable[[str], None]) -> bool:
    """Whether the interface's font draws Latin text and every font Facilitator ships
    loads (facilitator.ui.font_check), saying each problem: without fonts every part
    still paints, with no text, and the layout checks pass on it."""
    from facilitator.export.pdf_fonts import FILES
    from facilitator.paths import resources_dir
    from facilitator.ui.font_check import font_problems

    fonts = resources_dir() / "fonts"
    problems = font_problems(QApplication.font(), fonts, sorted(set(FILES.values())))
    for problem in problems:
        say(problem)
    return not problems


def _sound_loads(say: Callable[[str], None]) -> bool:
    """Whether Qt Multimedia has a backend for the chime (facilitator.ui.media_check),
    saying what is missing when not: the chime is then silent and nothing else tells."""
    from facilitator.ui.media_check import sound_backend

    problem, _formats = sound_backend()
    if problem is not None:
        say(problem)
    return problem is None


def _opened_as_finder_asks(window: MainWindow, path: Path) -> bool:
    """Open `path` as macOS asks for a double-clicked workshop (a QFileOpenEvent sent to
    the application, which app.py hands to the window): whether it is then open."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    app = QCoreApplication.instance()
    if app is None:
        return False
    QCoreApplication.sendEvent(app, QFileOpenEvent(str(path)))
    return window.document is not None and window.document.path == path


def smoke_workshops(scratch: Path) -> list[Path]:
    """The demo, a workshop from each bundled template, and the long workshop, as files
    in `scratch`."""
    from facilitator.domain.agenda import workshop_from_template
    from facilitator.domain.factory import now_iso
    from facilitator.domain.long_demo import long_workshop

    library = bundled_library()
    made = {"demo": full_demo()}
    for template in library.templates.values():
        made[template.id] = workshop_from_template(
            template,
            library,
            title=template.title("fr"),
            language="fr",
            first_day=dt.date.today(),
            created_at=now_iso(),
        )
    made["long"] = long_workshop()  # last: walked again in English
    files = []
    for name, workshop in made.items():
        path = scratch / f"{name}.atelier"
        WorkshopFile.create(path, workshop).close()
        files.append(path)
    return files


async def run_smoke_test(
    window: MainWindow, reporter: ErrorReporter, file: Path | None, scratch: Path
) -> int:
    """Walk everything (see the module's text): 0 when all went well; else 1, having said
    the step that failed, where the app looked for its files and what it found there
    (facilitator.install_report), so that a broken package shows its missing part."""

    def say(text: str) -> None:
        print(f"smoke-test: {text}", file=sys.stderr)

    steps: list[str] = []  # the steps begun, the last one running
    try:
        steps.append("check the fonts and the sound")
        if _fonts_draw(say) and _sound_loads(say):
            code = await _walk_everything(window, reporter, file, scratch, say=say, steps=steps)
        else:
            code = 1  # nothing would show its text: the walk proves nothing
    except Exception as error:
        log.exception("smoke test failed while: %s", steps[-1] if steps else "start")
        for line in failure_lines(steps[-1] if steps else "start", error):
            say(line)
        code = 1
    else:
        if code != 0:
            say(f"FAILED while: {steps[-1] if steps else 'start'}")
    if code != 0:
        for line in where_looked():
            say(line)
    return code


async def _walk_everything(
    window: MainWindow,
    reporter: ErrorReporter,
    file: Path | None,
    scratch: Path,
    *,
    say: Callable[[str], None],
    steps: list[str],
) -> int:
    steps.append("show the home page")
    await settle()
    window.home.grab()
    steps.append("make the workshops to walk")
    if file is None:
        files = smoke_workshops(scratch)
    else:
        # Work on a copy: the smoke test must not change the user's file.
        copy = scratch / file.name
        copy.write_bytes(file.read_bytes())
        files = [copy]
    check_layout = _screens_judged(say)

    async def room_link() -> bool:
        assert window.page is not None
        return await _room_link_answers(window.page.room, say)

    # French first (our users' language, and the longer words), then the long workshop
    # again in English.
    problems: list[str] = []
    walks = [("fr", path) for path in files]
    if len(files) > 1:
        walks.append(("en", files[-1]))
    for number, (language, path) in enumerate(walks):
        steps.append(f"walk {path.name} in {language}")
        window.set_language(language)
        await settle()
        problems += await walk_workshop(
            window, path, say, room_link if number == 0 else None, check_layout=check_layout
        )
    for problem in problems:
        say(problem)
    if problems:
        say(f"{len(problems)} layout problem(s)")
        return 1
    if not files:
        return 1
    steps.append(f"open {files[0].name} again as Finder asks, switch languages, open settings")
    if not _opened_as_finder_asks(window, files[0]):
        say(f"could not open {files[0]} through a file-open request (QFileOpenEvent)")
        return 1
    for language in ("en", "fr"):
        window.set_language(language)
        await settle()
        window.grab()
    window.show_settings()
    await settle()
    if window.settings_dialog is not None:
        window.settings_dialog.close()
    steps.append("close the workshop")
    if not window.close_workshop():
        say("could not close the workshop")
        return 1
    await settle()
    steps.append("look for errors reported during the walk")
    if reporter.count:
        _tell_errors(reporter, say)
        return 1
    say("ok")
    return 0
