"""The room page's lists under a plenary (issue 22): who joined (400 phones) and the
ideas waiting for review follow row by row each second: the rows that did not change
stay as they are (their selection too), changed ones are made again in place, new ones
added at the end, gone ones taken out. They used to be cleared and listed again at each
idea a phone sent (400 rows with their tooltips: 7 to 17 ms each second)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain.records import Board
from facilitator.domain.timer import SystemClock
from facilitator.room.session import RoomSession
from facilitator.ui.room.room_page import RoomPage

MARK = Qt.ItemDataRole.UserRole + 7  # set by the test on every row: gone when made again
PHONES = 400


def _marked(widget: QListWidget) -> list[bool]:
    rows = [widget.item(i) for i in range(widget.count())]
    for item in rows:
        if item.data(MARK) is None:
            item.setData(MARK, "unchanged")
    return [item.data(MARK) == "unchanged" for item in rows]


def _unchanged(widget: QListWidget) -> list[bool]:
    return [widget.item(i).data(MARK) == "unchanged" for i in range(widget.count())]


def test_a_plenary_s_lists_follow_row_by_row(qtbot: QtBot, room_file: Path) -> None:
    document = WorkshopDocument.open(room_file)
    page = RoomPage(document, SystemClock(), lambda _widget: None, lambda _said: None)
    qtbot.addWidget(page)
    page.show()
    try:
        session = RoomSession(
            page.link.host,
            board_id=document.workshop.all(Board)[0].id,
            moderation=True,
        )
        phones = [
            session.admit(f"Personne {n}", f"10.0.{n // 200}.{n % 200}") for n in range(PHONES)
        ]
        session.store_phones(phones)
        page.link.session = session  # as a started link holds it
        for n in range(100):
            session.send_idea(phones[n].token, f"À revoir {n}", "")
        page.refresh()
        assert page.people.count() == PHONES and page.waiting.count() == 100
        assert page.people.item(7).text().startswith("Personne 7 · ")
        _marked(page.people)
        _marked(page.waiting)
        page.people.item(7).setSelected(True)
        page.waiting.item(3).setSelected(True)

        for n in range(100, 140):  # 40 more ideas: those phones' rows change
            session.send_idea(phones[n].token, f"À revoir {n}", "")
        session.remove(phones[0].token)  # the facilitator removes a phone
        page.refresh()

        people = _unchanged(page.people)
        assert page.people.count() == PHONES - 1
        assert page.people.item(0).text().startswith("Personne 1 · ")
        assert people == [not 99 <= n < 139 for n in range(PHONES - 1)]  # rows 100-139 before
        assert "1 idea" in page.people.item(99).toolTip()  # no translator installed here
        assert [i.text() for i in page.people.selectedItems()] == [page.people.item(6).text()]
        waiting = _unchanged(page.waiting)
        assert page.waiting.count() == 139  # phone 0's idea hidden with it; 40 added
        assert waiting == [True] * 99 + [False] * 40
        chosen = [i.text() for i in page.waiting.selectedItems()]
        assert chosen == ["À revoir 3  — Personne 3"]

        session.accept_many([w.number for w in session.pending[10:20]])
        page.refresh()
        assert page.waiting.count() == 129
        assert _unchanged(page.waiting) == [True] * 89 + [False] * 40
        listed = [page.waiting.item(i).text().split("  — ")[0] for i in range(129)]
        assert "À revoir 11" not in listed and "À revoir 21" in listed  # 11 to 20 shown
    finally:
        page.stop()
        document.close()
