"""What a second of run mode costs (issue 22), by its mechanism, on a hand-moved clock:
one wake-up per shown second, on the deadline's second boundary (and at a colour's
threshold), right after a late wake-up; a second repaints the digits that changed and
moves no layout, on the facilitator's page and on the projector, with rounds, on the
break screen; the digits are drawn once per font and colour; the round line is fitted
with one layout; the day's table sets only its changed rows. The CPU it costs is
measured by `python -m tests.bench --only run_mode`, not here."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from facilitator.domain import run
from facilitator.domain.changes import ChangeSet, update
from facilitator.domain.records import AgendaItem, Day, Idea, ItemRound, replaced
from facilitator.domain.timer import MINUTE_MS, countdown_text, ms_to_next_change
from facilitator.ui import fitted_text
from facilitator.ui.main_window import MainWindow
from facilitator.ui.run.big_digits import CHARACTERS, BigCountdown
from facilitator.ui.run.progress_line import ProgressLine
from facilitator.ui.run.projector import BACKGROUNDS, ProjectorWindow
from facilitator.ui.run.run_page import RunPage
from facilitator.ui.run.session import WAKE_LATE_MS
from facilitator.ui.run.steady_label import SteadyLabel
from tests.clock import FakeClock
from tests.ui.test_run_rounds import crazy_8


class Watch(QObject):
    """Counts, for the widgets of the watched windows, the layout requests, the paints
    (with their rectangles) and the geometry changes, as the app delivers them."""

    def __init__(self, windows: list[QWidget]) -> None:
        super().__init__()
        self.windows = windows
        self.layouts: Counter[str] = Counter()
        self.paints: list[tuple[QWidget, QRect]] = []
        self.moves: Counter[str] = Counter()

    def _watched(self, target: QObject) -> bool:
        return isinstance(target, QWidget) and target.window() in self.windows

    def eventFilter(self, target: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._watched(target):
            assert isinstance(target, QWidget)
            name = f"{type(target).__name__}#{target.objectName()}"
            if kind == QEvent.Type.LayoutRequest:
                self.layouts[name] += 1
            elif kind in (QEvent.Type.Resize, QEvent.Type.Move):
                self.moves[name] += 1
            elif kind == QEvent.Type.Paint and isinstance(event, QPaintEvent):
                self.paints.append((target, QRect(event.rect())))
        return False

    def painted(self) -> set[str]:
        return {f"{type(w).__name__}#{w.objectName()}" for w, _ in self.paints}


@contextmanager
def watching(*windows: QWidget) -> Iterator[Watch]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    watch = Watch(list(windows))
    app.installEventFilter(watch)
    try:
        yield watch
    finally:
        app.removeEventFilter(watch)


def _opened(window: MainWindow, path: Path) -> RunPage:
    assert window.open_path(path)
    assert window.page is not None
    window.page.show_part("run")
    return window.page.run


def _projector(page: RunPage, qtbot: QtBot) -> ProjectorWindow:
    page.toggle_projector()
    projector = page.projector
    assert projector is not None
    projector.showNormal()
    projector.resize(1280, 720)
    qtbot.waitUntil(lambda: projector.countdown.height() > 100)
    return projector


def _wake(page: RunPage, clock: FakeClock) -> None:
    """The session's timer fires as set: the clock moves that far, then it repaints."""
    wake = page.session.scheduled_wake_ms
    assert wake is not None
    clock.advance(wake)
    page.session.refresh()
    QApplication.processEvents()


def _seconds(page: RunPage, clock: FakeClock, count: int) -> None:
    for _ in range(count):
        _wake(page, clock)


def _settled(*windows: QWidget) -> None:
    """The layouts of a page just opened settled (a layout request reaches the next
    parent up at each turn of the event loop): what follows is the seconds' alone."""
    for _ in range(30):
        with watching(*windows) as watch:
            QApplication.processEvents()
        if not watch.layouts:
            return
    raise AssertionError(f"the layouts never settle: {watch.layouts}")


def _running_demo(window: MainWindow, full_demo_file: Path) -> RunPage:
    page = _opened(window, full_demo_file)
    page.session.next()
    page.session.toggle()
    return page


def test_the_session_wakes_once_per_shown_second_on_the_deadline(
    window: MainWindow, full_demo_file: Path, clock: FakeClock
) -> None:
    """Ten minutes of a countdown: exactly one wake-up per shown second (not 10 Hz),
    each WAKE_LATE_MS after the second boundary of the deadline, each showing the next
    second; a wake-up 3.7 s late shows the right time and the next comes back on the
    boundary."""
    clock.advance(437)  # the countdown starts mid-second of the wall clock
    page = _running_demo(window, full_demo_file)
    session = page.session
    deadline = session.timer.deadline_epoch_ms
    assert session.scheduled_wake_ms == ms_to_next_change(deadline - clock.now) + WAKE_LATE_MS
    shown = [page.countdown.text()]
    for _ in range(600):
        _wake(page, clock)
        assert (deadline - clock.now) % 1000 == 1000 - WAKE_LATE_MS  # on the boundary
        shown.append(page.countdown.text())
    assert len(set(shown)) == len(shown) == 601  # each wake-up, a new second
    assert shown[-1] == countdown_text(deadline - clock.now)
    clock.advance(3_700)  # the laptop was busy: a late wake-up
    session.refresh()
    assert page.countdown.text() == countdown_text(deadline - clock.now)
    assert session.scheduled_wake_ms == (deadline - clock.now) % 1000 + WAKE_LATE_MS
    _wake(page, clock)
    assert (deadline - clock.now) % 1000 == 1000 - WAKE_LATE_MS


def test_paused_or_idle_the_session_sleeps(
    window: MainWindow, full_demo_file: Path, clock: FakeClock
) -> None:
    page = _running_demo(window, full_demo_file)
    page.session.toggle()  # paused
    assert page.session.scheduled_wake_ms is None
    page.session.reset()
    assert page.session.scheduled_wake_ms is None


def test_the_colour_changes_at_its_threshold_not_at_the_next_second(
    window: MainWindow, tmp_path: Path, clock: FakeClock, qtbot: QtBot
) -> None:
    """A round of 7 s turns "last minute" with 1.75 s left (a quarter of it): the
    session wakes then, not at the next shown second (0.75 s later)."""
    page = _opened(window, crazy_8(tmp_path / "short.atelier", seconds=7, repeat=3, minutes=1))
    projector = _projector(page, qtbot)
    first = page.session.document.workshop.where(
        AgendaItem, day_id=page.session.document.workshop.all(Day)[0].id
    )[0]
    page.session.select(first.id, start_now=True)
    deadline = page.session.timer.deadline_epoch_ms
    _seconds(page, clock, 5)  # 1.995 s left, shown as 00:02
    reading = page.session.reading
    assert deadline - clock.now == 1995 and reading.phase == "normal"
    assert page.session.scheduled_wake_ms == 1995 - 1750 + WAKE_LATE_MS
    _wake(page, clock)
    assert page.session.reading.phase == "last_minute"
    assert projector.shown_background() == BACKGROUNDS["last_minute"]
    assert page.countdown.text() == "00:02"  # the same second, in its new colour


def test_a_second_repaints_the_digits_that_changed_and_moves_no_layout(
    window: MainWindow, full_demo_file: Path, clock: FakeClock, qtbot: QtBot
) -> None:
    """The facilitator's page and the projector: each second repaints part of the
    countdowns (the digit cells that changed) and the progress line, nothing else,
    and no layout is asked for, no widget moves."""
    page = _running_demo(window, full_demo_file)
    projector = _projector(page, qtbot)
    _seconds(page, clock, 2)
    _settled(window, projector)
    for _ in range(12):
        with watching(window, projector) as watch:
            _wake(page, clock)
        assert not watch.layouts and not watch.moves, (watch.layouts, watch.moves)
        assert watch.painted() <= {"BigCountdown#countdown", "BigCountdown#", "ProgressLine#"}
        assert "BigCountdown#countdown" in watch.painted()
        for widget, rect in watch.paints:
            if isinstance(widget, BigCountdown):  # a digit or two, not the whole text
                assert rect.width() <= widget.width() // 2, (widget.objectName(), rect)


def test_rounds_and_the_break_screen_change_their_line_each_second_without_relayout(
    window: MainWindow, tmp_path: Path, clock: FakeClock, qtbot: QtBot
) -> None:
    """The round line ("Round 2/8 · … · 06:30 left in the whole activity") and the
    break screen ("Break — back in 04:59") change each second: they repaint themselves
    only (opaque on the page: not the page behind them), never a layout."""
    page = _opened(window, crazy_8(tmp_path / "crazy.atelier"))
    projector = _projector(page, qtbot)
    workshop = page.session.document.workshop
    first = workshop.where(AgendaItem, day_id=workshop.all(Day)[0].id)[0]
    page.session.select(first.id, start_now=True)
    _seconds(page, clock, 2)
    _settled(window, projector)
    for _ in range(5):
        before = page.round_state.text()
        with watching(window, projector) as watch:
            _wake(page, clock)
        assert page.round_state.text() != before
        assert not watch.layouts and not watch.moves, (watch.layouts, watch.moves)
        assert watch.painted() <= {
            "BigCountdown#countdown",
            "BigCountdown#",
            "ProgressLine#",
            "FittedText#roundState",
        }
    page.projector_mode("pause")
    _seconds(page, clock, 2)
    _settled(projector)
    for _ in range(5):
        before = projector.pause_label.text()
        with watching(projector) as watch:
            _wake(page, clock)
        assert projector.pause_label.text() != before
        assert not watch.layouts and not watch.moves, (watch.layouts, watch.moves)


def test_seen_from_another_part_the_badges_second_moves_no_layout(
    window: MainWindow, full_demo_file: Path, clock: FakeClock
) -> None:
    """The countdown's badge in the workshop's header, while the facilitator works in
    another part: a new second repaints the badge alone (its label had the header laid
    out again and the page behind it repainted, each second)."""
    page = _running_demo(window, full_demo_file)
    assert window.page is not None
    window.page.show_part("agenda")
    _seconds(page, clock, 2)
    _settled(window)
    for _ in range(5):
        before = window.page.timer_badge.text()
        with watching(window) as watch:
            _wake(page, clock)
        assert window.page.timer_badge.text() != before
        assert not watch.layouts and not watch.moves, (watch.layouts, watch.moves)
        assert watch.painted() == {"SteadyLabel#sectionTitle"}
    before = page.countdown.text()  # the run page, behind: its seconds wait for it
    window.page.show_part("run")
    assert page.countdown.text() == page.session.reading.text != before


def test_the_round_line_is_fitted_with_one_layout_a_second(
    window: MainWindow,
    tmp_path: Path,
    clock: FakeClock,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A text fitted before keeps its size: a new second lays the line out once (a
    search through sizes made a font per size tried)."""
    page = _opened(window, crazy_8(tmp_path / "crazy.atelier"))
    workshop = page.session.document.workshop
    first = workshop.where(AgendaItem, day_id=workshop.all(Day)[0].id)[0]
    page.session.select(first.id, start_now=True)
    _seconds(page, clock, 2)
    layouts: list[str] = []
    real = fitted_text.laid_out

    def counted(text: str, *args: object, **kwargs: object) -> object:
        layouts.append(text)
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(fitted_text, "laid_out", counted)
    for _ in range(10):
        layouts.clear()
        _wake(page, clock)
        assert layouts == [page.round_state.text()]


def test_the_digits_are_drawn_once_per_font_and_colour(
    window: MainWindow,
    full_demo_file: Path,
    clock: FakeClock,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every character is drawn when a font or a colour is first shown: the seconds
    after it draw none (each digit's first appearance included), and the end's flash
    (black digits on white, eight times) draws the black ones once."""
    drawn: list[str] = []
    real = BigCountdown._rendered

    def counted(self: BigCountdown, characters: set[str]) -> object:
        drawn.extend(sorted(characters))
        return real(self, characters)

    monkeypatch.setattr(BigCountdown, "_rendered", counted)
    page = _running_demo(window, full_demo_file)
    projector = _projector(page, qtbot)
    QApplication.processEvents()
    assert drawn and len(drawn) % len(CHARACTERS) == 0  # all at once, per font and colour
    drawn.clear()
    _seconds(page, clock, 70)  # every digit shows at least once
    assert drawn == []
    projector.flash()
    for _ in range(8):
        projector._flash_step()
        QApplication.processEvents()
    assert sorted(drawn) == sorted(CHARACTERS)  # black, once
    assert projector.countdown.colours_kept() == 1  # the black ones let go after it
    drawn.clear()
    _seconds(page, clock, 2)
    assert drawn == []  # white, kept


def test_the_days_table_sets_only_the_rows_that_changed(
    window: MainWindow, full_demo_file: Path, clock: FakeClock
) -> None:
    """Each minute the day is read again; a row whose texts did not change keeps its
    cells (a late activity moves the rows after it, not the one done before)."""
    clock.now = int(dt.datetime(2026, 3, 12, 9, 30).timestamp() * 1000)  # the day starts
    page = _opened(window, full_demo_file)
    page.session.next()
    page.session.toggle()  # the first activity runs, on time
    first = page.session.current_item()
    assert first is not None
    clock.advance(first.duration_min * MINUTE_MS)
    page.session.next()
    page.session.toggle()  # then the second
    page.session.refresh()
    cells = _cells(page)
    clock.advance(MINUTE_MS)
    page.session.refresh()
    assert _cells(page) == cells  # on time: nothing changed, nothing set
    item = page.session.current_item()
    assert item is not None
    clock.advance((item.duration_min - 1 + 5) * MINUTE_MS)  # its end, 5 min late
    page.session.refresh()
    after = _cells(page)
    assert after[0] == cells[0]  # the activity done: the same cells
    assert after[1] != cells[1]
    gap = page.schedule.item(1, 3)
    assert gap is not None and gap.text() == "+5"


def _cells(page: RunPage) -> list[tuple[int, ...]]:
    """The identities of the day's table's cells, row by row."""
    return [
        tuple(id(page.schedule.item(row, column)) for column in range(4))
        for row in range(page.schedule.rowCount())
    ]


def test_the_sessions_readings_follow_an_edit_of_the_rounds(
    window: MainWindow, tmp_path: Path, clock: FakeClock
) -> None:
    """The item and its rounds are read once per edit of the workshop: an edit of the
    rounds while they run is seen at once, undone too, and the whole activity's time
    left is the domain's at every instant."""
    page = _opened(window, crazy_8(tmp_path / "crazy.atelier"))
    session = page.session
    document = session.document
    first = document.workshop.where(AgendaItem, day_id=document.workshop.all(Day)[0].id)[0]
    session.select(first.id, start_now=True)
    for step in (0, 30_000, 61_000, 150_000):
        clock.now += step
        session.refresh()
        assert session.item_remaining_ms() == run.item_remaining_ms(document.workshop, clock.now)
    assert len(session.rounds()) == 8
    (one,) = document.workshop.where(ItemRound, agenda_item_id=first.id)
    document.edit("rounds", ChangeSet.of([update(one, replaced(one, {"repeat": 4}))]))
    assert len(session.rounds()) == 4
    assert session.item_remaining_ms() == run.item_remaining_ms(document.workshop, clock.now)
    assert page.rounds_list.count() == 4 + 1  # and the rest of the 8 minutes after them
    document.undo_stack.undo()
    assert len(session.rounds()) == 8
    assert session.item_remaining_ms() == run.item_remaining_ms(document.workshop, clock.now)


def test_the_progress_line_repaints_only_a_changed_pixel(qtbot: QtBot) -> None:
    line = ProgressLine()
    qtbot.addWidget(line)
    line.resize(400, 10)
    line.show()
    qtbot.waitExposed(line)
    line.set_share(0.5)
    assert line.filled_px() == 200
    QApplication.processEvents()
    with watching(line) as watch:
        line.set_share(0.5004)  # less than a pixel more
        QApplication.processEvents()
    assert watch.paints == []
    with watching(line) as watch:
        line.set_share(0.505)
        QApplication.processEvents()
    assert line.filled_px() == 202
    assert [rect for _, rect in watch.paints] == [QRect(200, 0, 2, 10)]
    line.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # fills from the right
    QApplication.processEvents()
    with watching(line) as watch:
        line.set_share(0.51)
        QApplication.processEvents()
    assert [rect for _, rect in watch.paints] == [QRect(400 - 204, 0, 2, 10)]
    line.set_share(7.0)
    assert line.share() == 1.0 and line.filled_px() == 400


def test_the_steady_label_is_laid_out_again_only_for_a_new_width(qtbot: QtBot) -> None:
    """A new second in digits of equal width keeps the label's size (no layout); the
    hour's first second, longer, gives it its new size once; so does a new font."""
    host = QWidget()
    qtbot.addWidget(host)
    label = SteadyLabel("⏱ 59:59 · Atelier")
    row = QHBoxLayout(host)
    row.addWidget(label)
    row.addStretch(1)
    host.show()
    qtbot.waitExposed(host)
    _settled(host)
    size = label.size()
    with watching(host) as watch:
        label.setText("⏱ 59:58 · Atelier")
        QApplication.processEvents()
    assert not watch.layouts and label.size() == size
    label.setText("⏱ 1:00:00 · Atelier")
    QApplication.processEvents()
    assert label.width() > size.width() and label.size() == label.sizeHint()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    QApplication.processEvents()
    assert label.size() == label.sizeHint() and label.height() > size.height()


def test_ideas_captured_meanwhile_leave_run_mode_as_it_is(
    window: MainWindow, full_demo_file: Path, clock: FakeClock, qtbot: QtBot
) -> None:
    """Ideas captured on the board while a countdown runs are nothing run mode shows:
    neither the run page nor the projector reads the workshop again for them (each
    idea paid for both); a new title of the activity on is shown at once by both,
    the run page behind another part included."""
    page = _running_demo(window, full_demo_file)
    projector = _projector(page, qtbot)
    assert window.page is not None
    window.page.show_part("board")
    board = window.page.board
    refreshes: list[str] = []

    def counted(name: str, real: Callable[[], None]) -> Callable[[], None]:
        def refresh() -> None:
            refreshes.append(name)
            real()

        return refresh

    page.refresh = counted("page", page.refresh)  # type: ignore[method-assign]
    projector.refresh = counted("projector", projector.refresh)  # type: ignore[method-assign]
    before = len(board.document.workshop.all(Idea))
    for number in range(5):
        board.capture_lines([f"Idée {number}"], "", "yellow")
    assert len(board.document.workshop.all(Idea)) == before + 5 and refreshes == []
    item = page.session.current_item()
    assert item is not None
    document = page.session.document
    document.edit("title", ChangeSet.of([update(item, replaced(item, {"title": "Renamed"}))]))
    assert sorted(refreshes) == ["page", "projector"]
    assert projector.title.text() == page.title.text() == "Renamed"
    _seconds(page, clock, 3)
    assert projector.countdown.text() == page.session.reading.text  # the room's seconds
    window.page.show_part("run")  # the page, behind the board, reads its second now
    assert page.countdown.text() == page.session.reading.text
