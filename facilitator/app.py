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

from facilitator import __version__, paths

log = logging.getLogger("facilitator")


def _needs_offscreen() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return sys.platform.startswith("linux") and no_display


def run_app(*, file: Path | None, demo: bool, smoke_test: bool) -> int:
    scratch = Path(tempfile.mkdtemp(prefix="facilitator-smoke-")) if smoke_test else None
    try:
        return _run(file=file, demo=demo, scratch=scratch)
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def _run(*, file: Path | None, demo: bool, scratch: Path | None) -> int:
    smoke_test = scratch is not None
    if scratch is not None:
        # The smoke test leaves the user's settings, recent list and logs alone.
        os.environ["FACILITATOR_HOME"] = str(scratch / "home")
        if _needs_offscreen():
            os.environ["QT_QPA_PLATFORM"] = "offscreen"

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

    settings = SettingsStore(paths.config_dir())
    settings.load()
    translators = Translators()
    translators.install(resolve(settings.current.language))

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(reporter.handle_loop_exception)

    window = MainWindow(settings, translators, QtFileChooser())
    reporter.parent_window = lambda: window
    screen = app.primaryScreen()
    if screen is not None and screen.availableGeometry().width() < 1440:
        window.showMaximized()  # a 1366x768 laptop: use all of it
    else:
        window.show()

    if scratch is not None:
        from facilitator.ui.smoke import run_smoke_test

        with loop:
            return int(loop.run_until_complete(run_smoke_test(window, reporter, file, scratch)))

    if demo:
        window.open_demo()
    elif file is not None:
        window.open_path(file)

    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    with loop:
        loop.run_until_complete(closed.wait())
    log.info("Facilitator stopped")
    return 0
