"""Auto-advance in run mode, with a hand-moved clock: the « À suivre » announce on the
projector, the next item starting by itself, a key, a click or a pause stopping it, and
the options set in the forms, undone, saved and read again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.domain import edits
from facilitator.domain.agenda import set_item
from facilitator.domain.auto_advance import LATE_LIMIT_MS
from facilitator.domain.records import AgendaItem, Day
from facilitator.domain.timer import MINUTE_MS
from facilitator.domain.workshop import Workshop
from facilitator.library_access import full_demo
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.translations import Translators
from facilitator.ui.layout_check import layout_problems, widget_path
from facilitator.ui.main_window import MainWindow
from facilitator.ui.readable import floor_px
from facilitator.ui.run.auto_advance import STOPPED_NOTICE_MS, AnnounceView, AutoAdvance
from facilitator.ui.run.projector import ProjectorWindow
from facilitator.ui.run.run_page import RunPage
from tests.clock import FakeClock
from tests.ui.helpers import press, type_text


def _file(tmp_path: Path, *, on: bool = True, seconds: int = 10) -> Path:
    workshop = full_demo()
    workshop.apply(edits.set_info(workshop, auto_advance=on, auto_advance_s=seconds))
    path = tmp_path / "enchainement.atelier"
    WorkshopFile.create(path, workshop).close()
    return path


def _opened(window: MainWindow, path: Path) -> RunPage:
    assert window.open_path(path)
    assert window.page is not None
    window.page.show_part("run")
    return window.page.run


@pytest.fixture
def page(window: MainWindow, tmp_path: Path) -> RunPage:
    """The demo with the workshop's auto-advance on, 10 s, in run mode."""
    return _opened(window, _file(tmp_path))


def _saved(path: Path) -> Workshop:
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return workshop


def _day(page: RunPage) -> list[AgendaItem]:
    workshop = page.session.document.workshop
    return workshop.where(AgendaItem, day_id=workshop.all(Day)[0].id)


def _auto(page: RunPage) -> AutoAdvance:
    return page.session.auto_advance


def _projector(page: RunPage, qtbot: QtBot) -> ProjectorWindow:
    if page.projector is None or not page.projector.isVisible():
        page.toggle_projector()
    projector = page.projector
    assert projector is not None
    qtbot.waitUntil(lambda: projector.title.height() > 20)
    return projector


def _view(projector: ProjectorWindow) -> AnnounceView:
    view = projector.findChild(AnnounceView)
    assert isinstance(view, AnnounceView)
    return view


def _ran_out(page: RunPage, clock: FakeClock, index: int) -> AgendaItem:
    """The day's item `index` started now and run to the end of its time (the repaint
    that follows the end, as the session's own wake-up makes it): its item."""
    item = _day(page)[index]
    page.session.select(item.id, start_now=True)
    clock.advance(item.duration_min * MINUTE_MS + 5)
    page.session.refresh()
    return item


def _status(page: RunPage) -> str:
    return page.session.timer.status


def _announcing(auto: AutoAdvance) -> bool:
    return auto.announce is not None


def _id(page: RunPage) -> str:
    item = page.session.current_item()
    return item.id if item is not None else ""


def _wake(auto: AutoAdvance, clock: FakeClock) -> None:
    """What the announce's own timer does: time passes until it fires, then it fires."""
    assert auto._wake.isActive()
    clock.advance(auto._wake.interval())
    auto._wake.timeout.emit()


def test_an_item_ends_up_next_is_announced_then_starts_by_itself(
    page: RunPage, clock: FakeClock, qtbot: QtBot, tmp_path: Path
) -> None:
    projector = _projector(page, qtbot)
    view = _view(projector)
    first, second = _day(page)[:2]
    _ran_out(page, clock, 0)
    auto = _auto(page)
    announce = auto.announce
    assert announce is not None and announce.next_id == second.id
    assert projector.stack.currentWidget() is view  # the room sees it
    assert view.isVisible()
    # The room reads the French workshop's words, whatever the laptop's language.
    assert (view.heading.text(), view.title.text(), view.countdown.text()) == (
        "À suivre",
        second.title,
        "00:10",
    )
    assert page.state.text() == "Next item in 10 s — any key or click stops it"
    assert page.chime.played == 1  # the end of the countdown rang
    assert page.countdown.text() == "00:00"  # the overrun counts meanwhile
    for shown in ("00:09", "00:08", "00:07"):  # each second, the app wakes itself up
        _wake(auto, clock)
        assert view.countdown.text() == shown
    assert page.state.text() == "Next item in 7 s — any key or click stops it"
    assert page.countdown.text() == "+00:03"
    clock.advance(6_000)
    page.session.refresh()
    assert view.countdown.text() == "00:01"
    _wake(auto, clock)  # the announce's end
    assert not _announcing(auto)
    assert _id(page) == _day(page)[1].id
    assert _status(page) == "running"
    assert page.countdown.text() == f"{second.duration_min:02d}:00"
    assert projector.stack.currentIndex() == 0  # the new item's countdown for the room
    assert projector.title.text() == second.title
    assert page.chime.played == 2  # and the start rang
    assert page.session.document.undo_stack.count() == 0  # run mode: never undone
    saved = _saved(page.session.document.path)
    ended, started = (saved.require(AgendaItem, i.id) for i in (first, second))
    assert ended.actual_end and ended.actual_end == started.actual_start
    page.close_projector()


def test_a_key_during_the_announce_stops_it_and_does_nothing_else(
    page: RunPage, clock: FakeClock, qtbot: QtBot
) -> None:
    projector = _projector(page, qtbot)
    first = _ran_out(page, clock, 1)
    auto = _auto(page)
    assert _announcing(auto)
    clock.advance(4_000)
    page.session.refresh()
    page.setFocus()
    press(page, Qt.Key.Key_Space)  # Space would pause: here it only stops the announce
    assert not _announcing(auto) and auto.stops == 1
    assert _status(page) == "running"  # not paused: the overrun counts
    assert projector.stack.currentIndex() == 0
    assert projector.next_label.text() == "Enchaînement arrêté"  # the workshop's French
    assert page.state.text() == "Auto-advance stopped — the overrun counts"
    clock.advance(STOPPED_NOTICE_MS - 1_000)
    page.session.refresh()
    assert projector.next_label.text() == "Enchaînement arrêté"
    _wake(auto, clock)  # the notice's end
    assert projector.next_label.text() == f"Next: {_day(page)[2].title}"
    assert page.state.text() == "Time is up: counting the overrun"
    clock.advance(20_000)  # well past the announce's end: nothing starts
    page.session.refresh()
    assert _id(page) == first.id
    assert page.countdown.text() == "+00:32"
    assert projector.countdown.text() == "+00:32"
    press(page, Qt.Key.Key_Space)  # now Space pauses again, as always
    assert _status(page) == "paused"


def test_a_key_on_the_projector_or_in_a_field_stops_it(
    window: MainWindow, page: RunPage, clock: FakeClock, qtbot: QtBot
) -> None:
    projector = _projector(page, qtbot)
    auto = _auto(page)
    first = _ran_out(page, clock, 0)
    projector.activateWindow()  # the facilitator clicked on the projector's screen
    qtbot.waitUntil(projector.isActiveWindow)
    press(projector, Qt.Key.Key_N)  # N on the projector's window: not "next" now
    assert not _announcing(auto) and _id(page) == first.id
    assert projector.mode == "timer"
    projector.activateWindow()  # the facilitator clicked on the projector's screen
    qtbot.waitUntil(projector.isActiveWindow)
    press(projector, Qt.Key.Key_N)  # the key released, N is "next" again
    assert _id(page) == _day(page)[1].id
    # Typing in another part's field while an announce runs: it stops, and the letter
    # goes on to the field (nothing typed is lost).
    _ran_out(page, clock, 2)
    assert _announcing(auto)
    assert window.page is not None
    form = window.page.details
    window.page.show_part("details")
    form.notes_edit.setFocus()
    type_text(form.notes_edit, "é")
    assert not _announcing(auto) and auto.stops == 2
    assert form.notes_edit.toPlainText().startswith("éAtelier")  # where the cursor was


def test_a_click_stops_it_and_goes_on_to_what_was_clicked(
    page: RunPage, clock: FakeClock, qtbot: QtBot
) -> None:
    projector = _projector(page, qtbot)
    auto = _auto(page)
    first = _ran_out(page, clock, 0)
    QTest.mouseClick(_view(projector), Qt.MouseButton.LeftButton)  # a click on the projector
    assert not _announcing(auto)
    assert _status(page) == "running"
    _ran_out(page, clock, 0)
    assert _announcing(auto)
    clock.advance(3_000)
    page.session.refresh()
    QTest.mouseClick(page.buttons["toggle"], Qt.MouseButton.LeftButton)  # the pause button
    assert not _announcing(auto) and auto.stops == 2
    assert _status(page) == "paused"  # the click paused, as it says
    clock.advance(60_000)
    page.session.refresh()
    assert _id(page) == first.id
    assert projector.countdown.text() == "+00:03"  # paused in the overrun, shown


def test_the_facilitators_pause_or_extension_stops_it(
    page: RunPage, clock: FakeClock, qtbot: QtBot
) -> None:
    auto = _auto(page)
    first = _ran_out(page, clock, 0)
    page.session.toggle()  # paused by any way (a shortcut, the room link's control)
    assert not _announcing(auto) and auto.stops == 1
    page.session.toggle()
    _ran_out(page, clock, 0)
    page.session.extend(1)
    assert not _announcing(auto) and auto.stops == 2
    clock.advance(30_000)
    page.session.refresh()
    assert _id(page) == first.id
    assert page.session.phase() != "overrun"  # the extra minute runs


def test_a_break_ending_starts_the_next_activity(
    page: RunPage, clock: FakeClock, qtbot: QtBot
) -> None:
    projector = _projector(page, qtbot)
    index = next(n for n, i in enumerate(_day(page)) if i.kind == "break")
    page.projector_mode("pause")  # the break screen: « Pause — retour dans … »
    _ran_out(page, clock, index)
    assert projector.stack.currentWidget() is _view(projector)
    clock.advance(10_000)
    page.session.refresh()
    following = _day(page)[index + 1]
    assert following.kind == "activity"
    assert _id(page) == following.id
    assert _status(page) == "running"
    assert projector.mode == "timer"  # the break screen gives way to the activity


def test_the_days_last_item_starts_nothing(page: RunPage, clock: FakeClock, qtbot: QtBot) -> None:
    projector = _projector(page, qtbot)
    last = _ran_out(page, clock, len(_day(page)) - 1)
    assert not _announcing(_auto(page))
    assert projector.stack.currentIndex() == 0
    clock.advance(60_000)
    page.session.refresh()
    assert _id(page) == last.id  # the second day is not started
    assert page.countdown.text() == "+01:00"


def test_an_end_seen_after_a_sleep_starts_nothing(
    page: RunPage, clock: FakeClock, qtbot: QtBot
) -> None:
    item = _day(page)[0]
    page.session.select(item.id, start_now=True)
    page.session.refresh()
    clock.sleep(item.duration_min * MINUTE_MS + LATE_LIMIT_MS + 1_000)  # the lid closed
    page.session.refresh()
    assert not _announcing(_auto(page))
    assert _id(page) == item.id


def _choose(combo: object, code: str) -> None:
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    index = combo.findData(code)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_the_items_option_overrides_the_workshops(
    window: MainWindow, tmp_path: Path, clock: FakeClock, qtbot: QtBot
) -> None:
    """The workshop on and the item "No": nothing. The workshop off and the item "Yes":
    the announce. Set in the agenda's item editor, one undo step each."""
    page = _opened(window, _file(tmp_path, on=True))
    assert window.page is not None and window.document is not None
    agenda = window.page.agenda
    first, second = _day(page)[:2]
    window.page.show_part("agenda")
    agenda.select_item(first.id)
    combo = agenda.editor.auto_advance_combo
    assert combo.currentData() == "workshop"
    assert [combo.itemText(n) for n in range(3)] == ["As the workshop", "Yes", "No"]
    _choose(combo, "off")
    assert window.document.undo_stack.count() == 1
    _ran_out(page, clock, 0)
    assert not _announcing(_auto(page))  # "No" wins over the workshop's "on"
    window.undo_action.trigger()
    assert combo.currentData() == "workshop"
    _ran_out(page, clock, 0)
    assert _announcing(_auto(page))  # undone: the workshop's option again
    _auto(page).stop()
    document = window.document
    document.edit("off", edits.set_info(document.workshop, auto_advance=False))
    agenda.select_item(second.id)
    _choose(combo, "on")
    _ran_out(page, clock, 1)
    assert _announcing(_auto(page))  # "Yes" wins over the workshop's "off"
    _ran_out(page, clock, 0)
    assert not _announcing(_auto(page))  # the first item follows the workshop: off


def test_the_options_are_set_in_the_forms_and_survive_save_and_reopen(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    path = _file(tmp_path, on=False)
    page = _opened(window, path)
    assert window.page is not None and window.document is not None
    form = window.page.details
    window.page.show_part("details")
    assert not form.auto_advance_check.isChecked()
    assert form.announce_spin.value() == 10
    assert (form.announce_spin.minimum(), form.announce_spin.maximum()) == (3, 120)
    form.auto_advance_check.setFocus()
    press(form.auto_advance_check, Qt.Key.Key_Space)  # by keyboard, as a person would
    assert form.auto_advance_check.isChecked()
    form.announce_spin.setFocus()
    form.announce_spin.selectAll()
    type_text(form.announce_spin, "25")
    press(form.announce_spin, Qt.Key.Key_Return)
    assert window.document.undo_stack.count() == 2  # the box, then the seconds typed
    pitch = _day(page)[3]
    window.page.agenda.select_item(pitch.id)
    _choose(window.page.agenda.editor.auto_advance_combo, "off")
    saved = _saved(path)
    assert (saved.info.auto_advance, saved.info.auto_advance_s) == (True, 25)
    assert saved.require(AgendaItem, pitch.id).auto_advance == "off"
    assert window.close_workshop()
    assert window.open_path(path)
    assert window.page is not None
    form = window.page.details
    assert form.auto_advance_check.isChecked() and form.announce_spin.value() == 25
    window.page.agenda.select_item(pitch.id)
    assert window.page.agenda.editor.auto_advance_combo.currentData() == "off"
    window.undo_action.trigger()  # a fresh undo history after reopening: nothing
    assert _saved(path).info.auto_advance_s == 25


def test_undo_of_the_workshops_option(window: MainWindow, tmp_path: Path) -> None:
    path = _file(tmp_path, on=False)
    _opened(window, path)
    assert window.page is not None
    window.page.show_part("details")  # where the option is clicked (a part hidden waits)
    form = window.page.details
    form.auto_advance_check.click()
    assert _saved(path).info.auto_advance
    window.undo_action.trigger()
    assert not form.auto_advance_check.isChecked()
    assert not _saved(path).info.auto_advance
    window.redo_action.trigger()
    assert form.auto_advance_check.isChecked()


LONG_TITLE = (
    "Atelier de co-construction des parcours d’accueil des personnes réfugiées avec les "
    "services de l’État, les collectivités et les associations du territoire cantalien : "
    "Anticonstitutionnellementdelaterritorialisationdespolitiquespubliques"
)


@pytest.mark.parametrize(
    "size", [QSize(800, 600), QSize(1024, 768), QSize(1920, 1080), QSize(3840, 2160)]
)
def test_the_announce_is_whole_and_readable_on_small_and_4k_projectors(
    page: RunPage, clock: FakeClock, qtbot: QtBot, size: QSize
) -> None:
    document = page.session.document
    second = _day(page)[1]
    document.edit("title", set_item(document.workshop, second.id, title=LONG_TITLE[:200]))
    projector = _projector(page, qtbot)
    _ran_out(page, clock, 0)
    view = _view(projector)
    assert view.title.text() == LONG_TITLE[:200]
    projector.showNormal()
    projector.resize(size)
    qtbot.waitUntil(lambda: projector.size() == size)
    QApplication.processEvents()
    assert view.size() == size  # the whole screen
    problems = [str(p) for p in layout_problems(projector) if p.where != widget_path(projector)]
    assert problems == []
    pixels, _drawn, _cut = view.title.fitted()
    assert pixels >= floor_px(size.height())
    heading_px, drawn, cut = view.heading.fitted()
    assert (drawn, cut) == ("À suivre", False) and heading_px >= floor_px(size.height())
    assert view.countdown.font().pixelSize() >= size.height() // 10  # read from afar
    page.close_projector()


def test_an_english_workshop_reads_up_next_on_a_french_laptop(
    page: RunPage, clock: FakeClock, qtbot: QtBot, translators: Translators
) -> None:
    document = page.session.document
    document.edit("language", edits.set_info(document.workshop, language="en"))
    projector = _projector(page, qtbot)
    translators.install("fr")
    QApplication.processEvents()
    _ran_out(page, clock, 0)
    assert _view(projector).heading.text() == "Up next"
    assert page.state.text().startswith("La suite dans 10")  # the facilitator's French
    _auto(page).stop()
    assert projector.next_label.text() == "Auto-advance stopped"


def _laid_out_on_a_small_laptop(window: MainWindow, qtbot: QtBot) -> None:
    """The facilitator's window at 1280x720: nothing cut, nothing covered (the state
    line's longest texts are auto-advance's, in French)."""
    window.showNormal()  # the test's screen is smaller than a laptop's
    window.resize(1280, 720)
    qtbot.wait(1)
    problems = [str(p) for p in layout_problems(window) if p.where != widget_path(window)]
    assert problems == []


def test_in_french_the_room_reads_a_suivre(
    window: MainWindow, page: RunPage, clock: FakeClock, qtbot: QtBot, translators: Translators
) -> None:
    projector = _projector(page, qtbot)
    translators.install("fr")
    QApplication.processEvents()  # the language change reaches every window
    _ran_out(page, clock, 0)
    view = _view(projector)
    assert view.heading.text() == "À suivre"
    assert page.state.text() == "La suite dans 10\u00a0s — une touche ou un clic l’arrête"
    _laid_out_on_a_small_laptop(window, qtbot)
    press(page, Qt.Key.Key_Escape)
    assert projector.next_label.text() == "Enchaînement arrêté"
    assert page.state.text() == "Enchaînement arrêté — le dépassement est compté"
    _laid_out_on_a_small_laptop(window, qtbot)
    clock.advance(STOPPED_NOTICE_MS)
    page.session.refresh()
    assert projector.next_label.text() == f"À suivre\u00a0: {_day(page)[1].title}"
