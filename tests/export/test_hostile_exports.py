"""Hostile text through every text export at once: CSV, Markdown (agenda and synthesis),
ICS and JSON. Each reads back as typed, and none of it turns into markup, a formula
or a broken file."""

from __future__ import annotations

import csv
import io

from icalendar import Calendar

from facilitator.domain import agenda, board, card_template, cards, edits
from facilitator.domain.library import Library
from facilitator.domain.records import AgendaItem, Board
from facilitator.export.ics import agenda_ics
from facilitator.export.ideas_csv import ideas_csv
from facilitator.export.markdown import agenda_markdown
from facilitator.export.synthesis_md import synthesis_markdown
from facilitator.storage import interchange
from tests.conftest import from_template

HOSTILE = (
    "R&D <b>gras</b> <img src='/etc/passwd'/> | `code` *x* [lien](http://a) 🙂 مرحبا = « ok » ?"
)


def test_hostile_text_through_every_text_export(library: Library) -> None:
    workshop = from_template(library, "atelier-flash-90min")
    workshop.apply(edits.set_info(workshop, title=HOSTILE, question=HOSTILE))
    item = workshop.all(AgendaItem)[0]
    workshop.apply(agenda.set_item(workshop, item.id, title=HOSTILE[:200]))
    changes, board_id = board.add_board(workshop, HOSTILE[:200])
    workshop.apply(changes)
    workshop.apply(board.capture(workshop, board_id, [HOSTILE, "=1+1"], author="@moi")[0])
    changes, card_id = cards.create_card(workshop, HOSTILE[:200])
    workshop.apply(changes)
    for field in card_template.fields_of(workshop):
        workshop.apply(cards.set_value(workshop, card_id, field.id, HOSTILE))

    # CSV: every cell as typed; a would-be formula starts with ' and is never run.
    rows = list(csv.reader(io.StringIO(ideas_csv(workshop).decode("utf-8-sig")), delimiter=";"))
    texts = {row[2] for row in rows[1:]}
    assert HOSTILE in texts and "'=1+1" in texts
    assert any(row[3] == "'@moi" for row in rows[1:])

    # Markdown: no raw HTML, no live link or emphasis; the words are all there.
    for text in (synthesis_markdown(workshop), agenda_markdown(workshop, "facilitator")):
        # Every markup character the user typed comes out escaped, never raw.
        escaped = r"\<b\>gras\</b\> \<img src='/etc/passwd'/\> \| \`code\` \*x\* \[lien\](http://a)"
        assert escaped in text
        assert "<b>gras" not in text.replace("\\<b\\>gras", "")
        assert "🙂 مرحبا" in text

    # ICS: the activity's title read back exactly.
    calendar = Calendar.from_ical(agenda_ics(workshop))
    summaries = {str(event.get("summary")) for event in calendar.walk("VEVENT")}
    assert HOSTILE[:200] in summaries

    # JSON: the whole workshop read back equal.
    again = interchange.loads(interchange.dumps(workshop))
    assert again.info.title == HOSTILE
    assert {i.text for i in board.ideas_of(again, board_id)} == {HOSTILE, "=1+1"}
    assert again.all(Board)[-1].title == HOSTILE[:200]
