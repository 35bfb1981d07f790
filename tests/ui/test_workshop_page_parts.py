"""The workshop's parts are built when first shown (issue 22), and behave as if they had
always been there: the navigation, `show_part` and the page's attributes build them; a
part built late speaks the language of the moment and knows the workshop is read-only;
a countdown that runs builds the run page (it rings at the end); the projector, asked
for from another part, is opened by the run page built then; nothing typed is lost.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from facilitator.domain.timer import MINUTE_MS
from facilitator.paths import config_dir
from facilitator.settings import SettingsStore
from facilitator.translations import Translators
from facilitator.ui.main_window import MainWindow
from facilitator.ui.workshop_page import WorkshopPage
from tests.clock import FakeClock
from tests.ui.conftest import ScriptedChooser
from tests.ui.helpers import type_text

LATER = ("agenda", "groups", "board", "votes", "polls", "cards", "run", "room")


def _opened(window: MainWindow, path: Path) -> WorkshopPage:
    assert window.open_path(path)
    assert window.page is not None
    return window.page


def _built(page: WorkshopPage) -> list[str]:
    return [key for key in page.part_keys() if page.is_built(key)]


def test_a_workshop_opens_with_only_its_first_part_built(
    window: MainWindow, full_demo_file: Path
) -> None:
    page = _opened(window, full_demo_file)
    assert _built(page) == ["details"]
    assert page.stack.count() == 1
    assert page.stack.currentWidget() is page.details
    assert page.navigation.count() == len(page.part_keys()) == 9  # every part is listed


def test_the_navigation_builds_a_part_and_shows_it(
    window: MainWindow, full_demo_file: Path
) -> None:
    page = _opened(window, full_demo_file)
    for key in LATER:
        page.navigation.setCurrentRow(page.part_keys().index(key))
        assert page.is_built(key)
        shown = page.stack.currentWidget()
        assert shown is getattr(page, key) and shown.isVisible()
    assert _built(page) == page.part_keys()
    page.show_part("details")  # back to a part built before: the same widget
    assert page.stack.currentWidget() is page.details
    assert page.stack.count() == 9


def test_asking_for_a_part_builds_it_without_showing_it(
    window: MainWindow, full_demo_file: Path
) -> None:
    page = _opened(window, full_demo_file)
    cards = page.cards
    assert page.is_built("cards")
    assert page.stack.currentWidget() is page.details  # still on the details
    assert not cards.isVisible()
    assert page.cards is cards  # built once


def test_a_part_built_after_a_language_switch_speaks_the_new_language(
    window: MainWindow, full_demo_file: Path, qtbot: QtBot
) -> None:
    page = _opened(window, full_demo_file)
    window.set_language("fr")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Fichier")
    assert not page.is_built("board")
    page.show_part("board")
    assert page.board.new_board_button.text() == "Nouveau tableau…"
    window.set_language("en")  # and a part built earlier follows the next switch
    qtbot.waitUntil(lambda: page.board.new_board_button.text() == "New board…")


def test_a_part_built_late_in_a_read_only_workshop_is_read_only(
    window: MainWindow,
    full_demo_file: Path,
    qtbot: QtBot,
    translators: Translators,
    chooser: ScriptedChooser,
) -> None:
    _opened(window, full_demo_file)
    other = MainWindow(SettingsStore(config_dir()), translators, chooser)
    qtbot.addWidget(other)
    other.show()
    page = _opened(other, full_demo_file)  # already open here: read-only
    assert page.document.read_only and not page.is_built("board")
    page.show_part("board")
    assert not page.board.capture.isEnabled()
    assert not page.agenda.library_panel.isEnabled()
    other.close_workshop()


def test_a_countdown_started_from_elsewhere_rings_without_the_run_part_shown(
    window: MainWindow, full_demo_file: Path, clock: FakeClock
) -> None:
    page = _opened(window, full_demo_file)
    page.session.next()
    assert not page.is_built("run")  # selected, not running: no run page yet
    page.session.toggle()  # started (by a key of the projector, say): it must ring
    assert page.is_built("run")
    assert page.stack.currentWidget() is page.details  # and the facilitator stays here
    item = page.session.current_item()
    assert item is not None
    clock.advance(item.duration_min * MINUTE_MS + 1000)
    page.session.refresh()
    assert page.run.chime.played == 1
    assert page.timer_badge.isVisible()  # the countdown stays in sight from the details


def test_a_countdown_running_at_the_opening_builds_the_run_page_at_once(
    window: MainWindow, full_demo_file: Path, clock: FakeClock
) -> None:
    page = _opened(window, full_demo_file)
    page.session.next()
    page.session.toggle()
    assert window.close_workshop()
    clock.advance(2 * MINUTE_MS)  # reopened after a crash, two minutes later
    page = _opened(window, full_demo_file)
    assert _built(page) == ["details", "run"]
    assert page.session.timer.status == "running"
    assert page.timer_badge.isVisible()


def test_projecting_from_a_part_builds_the_run_page_and_its_projector(
    window: MainWindow, full_demo_file: Path
) -> None:
    page = _opened(window, full_demo_file)
    page.show_part("board")
    assert not page.is_built("run")
    page.board.project()
    assert page.is_built("run")
    projector = page.run.projector
    assert projector is not None and projector.isVisible()
    assert page.stack.currentWidget() is page.board  # the facilitator stays on the board
    page.stop()
    assert page.run.projector is None  # closed with the workshop


def test_typing_is_committed_in_the_parts_built_and_none_is_built_for_it(
    window: MainWindow, full_demo_file: Path
) -> None:
    page = _opened(window, full_demo_file)
    page.details.title_edit.selectAll()
    type_text(page.details.title_edit, "Titre en cours de frappe")
    page.commit_pending_typing()
    assert page.document.workshop.info.title == "Titre en cours de frappe"
    assert _built(page) == ["details"]
    page.stop()  # the room link and the projector were never built: nothing to stop
    assert _built(page) == ["details"]


def test_every_part_is_a_widget_of_the_page_once_built(
    window: MainWindow, full_demo_file: Path
) -> None:
    page = _opened(window, full_demo_file)
    for key in page.part_keys():
        page.show_part(key)
        widget = page.stack.currentWidget()
        assert isinstance(widget, QWidget) and widget.window() is window
