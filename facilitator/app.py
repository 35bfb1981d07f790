"""The composition root: QApplication, qasync loop, translators, error reporter, settings, window.

The start-up sequence is ordered and logged; every object is made here and
handed to what needs it (no globals, no service locator).
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator import __version__, paths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from facilitator.ui.main_window import MainWindow

log = logging.getLogger("facilitator")


def _needs_offscreen() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return sys.platform.startswith("linux") and no_display


def _cannot_show_a_window(smoke_test: bool, steps: list[str]) -> int | None:
    """Before any Qt import: without a screen or a system library Qt needs, creating the
    QApplication would end the process with Qt's own plugin message. Says why in one
    sentence instead (system_libraries.py) and gives the exit status, or None."""
    steps.append("check the screen and the system libraries Qt needs")
    from facilitator.system_libraries import EXIT_NO_WINDOW, render_for_console, startup_problem

    problem = startup_problem(os.environ)
    if problem is None:
        return None
    sys.stderr.write(f"facilitator: {render_for_console(problem, os.environ)}\n")
    if smoke_test:
        from facilitator.install_report import where_looked

        for line in where_looked():
            sys.stderr.write(f"smoke-test: {line}\n")
    return EXIT_NO_WINDOW


def run_app(*, file: Path | None, demo: bool, smoke_test: bool) -> int:
    scratch = Path(tempfile.mkdtemp(prefix="facilitator-smoke-")) if smoke_test else None
    steps: list[str] = []  # the start-up steps begun, the last one running
    try:
        return _run(file=file, demo=demo, scratch=scratch, steps=steps)
    except Exception as error:
        if scratch is None:
            raise
        # The smoke test says which step failed, where it looked and what it found.
        from facilitator.install_report import failure_lines, where_looked

        for line in [*failure_lines(steps[-1] if steps else "start", error), *where_looked()]:
            sys.stderr.write(f"smoke-test: {line}\n")
        return 1
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def _take_file_open_requests(app: QApplication, window: MainWindow) -> None:
    """macOS hands a double-clicked workshop to the app as a QFileOpenEvent, not as an
    argument: each goes to the window. Installed before the event loop runs, so that the
    one that started the app is not missed (docs/platforms.md)."""
    from facilitator.ui.open_requests import FileOpenRequests

    app.installEventFilter(FileOpenRequests(window.open_path, parent=app))


def _show(app: QApplication, window: MainWindow) -> None:
    """Show the window: maximized on a screen narrower than 1440 pixels."""
    screen = app.primaryScreen()
    if screen is not None and screen.availableGeometry().width() < 1440:
        window.showMaximized()  # a 1366x768 laptop: use all of it
    else:
        window.show()


def _run(*, file: Path | None, demo: bool, scratch: Path | None, steps: list[str]) -> int:
    smoke_test = scratch is not None
    if scratch is not None:
        # The smoke test leaves the user's settings, recent list and logs alone.
        os.environ["FACILITATOR_HOME"] = str(scratch / "home")
        if _needs_offscreen():
            os.environ["QT_QPA_PLATFORM"] = "offscreen"

    if (cannot_show := _cannot_show_a_window(smoke_test, steps)) is not None:
        return cannot_show

    steps.append("load Qt and start it (QApplication)")
    import qasync
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from facilitator.settings import SettingsStore
    from facilitator.translations import Translators, resolve
    from facilitator.ui.error_reporter import ErrorReporter, setup_logging
    from facilitator.ui.file_chooser import QtFileChooser
    from facilitator.ui.main_window import MainWindow
    from facilitator.ui.style import apply_style

    log_file = paths.log_dir() / "facilitator.log"
    setup_logging(log_file)
    log.info("Facilitator %s starting", __version__)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Facilitator")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Facilitator")
    app.setDesktopFileName("facilitator")
    icon = paths.resources_dir() / "icons" / "facilitator.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    apply_style(app)

    reporter = ErrorReporter(log_file, show_dialogs=not smoke_test)
    reporter.install()

    steps.append("load the settings and translations")
    settings = SettingsStore(paths.config_dir())
    settings.load()
    translators = Translators()
    translators.install(resolve(settings.current.language))

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(reporter.handle_loop_exception)

    steps.append("make the main window")
    # The library, the chime and the collector's freeze wait for the first paint.
    window = MainWindow(settings, translators, QtFileChooser(), freeze_collector=True)
    reporter.parent_window = lambda: window
    _take_file_open_requests(app, window)
    # Opened before the window is shown: its first paint is the workshop's, and the home
    # screen is built only when it is first shown (issue 22).
    if demo and scratch is None:
        window.open_demo()
    elif file is not None and scratch is None:
        window.open_path(file)
    _show(app, window)

    if scratch is not None:
        from facilitator.ui.smoke import run_smoke_test

        steps.append("run the smoke test")
        with loop:
            return int(loop.run_until_complete(run_smoke_test(window, reporter, file, scratch)))

    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    with loop:
        loop.run_until_complete(closed.wait())
    log.info("Facilitator stopped")
    return 0
