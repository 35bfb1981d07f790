"""RefreshWhenShown: a page behind another waits, and catches up once when shown."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStackedWidget
from pytestqt.qtbot import QtBot

from facilitator.ui.refresh_when_shown import RefreshWhenShown


def _stack(qtbot: QtBot) -> tuple[QStackedWidget, QLabel, QLabel]:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    front, behind = QLabel("front"), QLabel("behind")
    stack.addWidget(front)
    stack.addWidget(behind)
    return stack, front, behind


def _waiting(handler: RefreshWhenShown) -> bool:
    return handler.pending


def test_a_page_behind_another_waits_and_catches_up_once(qtbot: QtBot) -> None:
    stack, _front, behind = _stack(qtbot)
    followed: list[object] = []
    refreshed: list[str] = []
    handler = RefreshWhenShown(behind, followed.append, lambda: refreshed.append("all"))
    stack.show()
    qtbot.waitExposed(stack)
    for n in range(5):
        handler(n)
    assert followed == [] and refreshed == []
    assert _waiting(handler)
    stack.setCurrentWidget(behind)
    assert refreshed == ["all"]
    assert not _waiting(handler)
    handler("after")
    assert followed == ["after"] and refreshed == ["all"]


def test_a_widget_whose_window_is_not_shown_follows_at_once(qtbot: QtBot) -> None:
    _stack_widget, _front, behind = _stack(qtbot)
    followed: list[object] = []
    handler = RefreshWhenShown(behind, followed.append, lambda: followed.append("all"))
    handler("change")
    assert followed == ["change"] and not handler.pending


def test_catch_up_runs_the_skipped_refresh_for_a_reader(qtbot: QtBot) -> None:
    stack, _front, behind = _stack(qtbot)
    refreshed: list[str] = []
    handler = RefreshWhenShown(behind, lambda _c: None, lambda: refreshed.append("all"))
    stack.show()
    qtbot.waitExposed(stack)
    handler("change")
    handler.catch_up()
    handler.catch_up()
    assert refreshed == ["all"]


def test_changes_it_shows_nothing_of_are_neither_followed_nor_waited_for(qtbot: QtBot) -> None:
    stack, _front, behind = _stack(qtbot)
    followed: list[object] = []
    refreshed: list[str] = []
    handler = RefreshWhenShown(
        behind,
        followed.append,
        lambda: refreshed.append("all"),
        relevant=lambda changes: changes != "clock",
    )
    stack.show()
    qtbot.waitExposed(stack)
    handler("clock")
    assert not handler.pending
    stack.setCurrentWidget(behind)
    handler("clock")
    assert followed == [] and refreshed == []
    handler("title")
    assert followed == ["title"]


def test_what_another_screen_shows_follows_while_its_page_is_hidden(qtbot: QtBot) -> None:
    """The projector shows the board's scene: hidden on the laptop, it follows."""
    stack, _front, behind = _stack(qtbot)
    followed: list[object] = []
    projected = [True]
    handler = RefreshWhenShown(
        behind, followed.append, lambda: followed.append("all"), seen_elsewhere=lambda: projected[0]
    )
    stack.show()
    qtbot.waitExposed(stack)
    handler("idea")
    assert followed == ["idea"] and not handler.pending
    projected[0] = False  # the projector closed: it waits again
    handler("idea 2")
    assert followed == ["idea"] and handler.pending


def test_kept_edits_are_followed_in_order_then_past_the_limit_one_refresh(qtbot: QtBot) -> None:
    """An incremental page keeps up to `replay` edits and follows them when shown (its
    selection kept); one more, and it refreshes once instead."""
    stack, _front, behind = _stack(qtbot)
    followed: list[object] = []
    refreshed: list[str] = []
    handler = RefreshWhenShown(behind, followed.append, lambda: refreshed.append("all"), replay=3)
    stack.show()
    qtbot.waitExposed(stack)
    for n in range(3):
        handler(n)
    assert followed == [] and handler.pending
    stack.setCurrentWidget(behind)
    assert followed == [0, 1, 2] and refreshed == []
    stack.setCurrentIndex(0)
    for n in range(4):
        handler(n)
    stack.setCurrentWidget(behind)
    assert followed == [0, 1, 2] and refreshed == ["all"]
    stack.setCurrentIndex(0)
    handler("x")
    handler.forget()  # its owner showed it anew: nothing owed
    stack.setCurrentWidget(behind)
    assert followed == [0, 1, 2] and refreshed == ["all"] and not handler.pending
