"""Rounds and teams in the exports (issue 18), read back as people and programs read
them: the run sheets with pdftotext, the calendar with icalendar (and as raw RFC 5545
lines), the Markdown as text, the synthesis PDF and Markdown."""

from __future__ import annotations

import datetime as dt
import re
import time

import pytest
from icalendar import Calendar

from facilitator.domain.changes import ChangeSet, delete, insert, update
from facilitator.domain.records import AgendaItem, ItemRound, Language, RoundRun, replaced
from facilitator.domain.workshop import Workshop
from facilitator.export.agenda_pdf import agenda_pdf
from facilitator.export.cards_pdf import cards_pdf
from facilitator.export.ics import agenda_ics
from facilitator.export.markdown import agenda_markdown
from facilitator.export.round_lines import MOST_LINES, Rounds, repeated_text, seconds_text
from facilitator.export.synthesis_md import synthesis_markdown
from facilitator.export.synthesis_pdf import synthesis_pdf
from facilitator.export.words import french_typography
from tests.export.paper_people import flat, pdftotext
from tests.export.pdf_layout import outside_frame, overlapping_glyphs
from tests.export.rounds_workshop import (
    ARABIC_ROUND,
    BRAINWRITING_NOTE,
    HOSTILE_ROUND,
    TEAMS,
    rounds_workshop,
)

NOW = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)


def _lines(data: bytes) -> str:
    """The PDF's text line by line as laid out (pdftotext -layout: a round's number,
    title and length on one line), each line flattened, joined by " | "."""
    return " | ".join(flat(line) for line in pdftotext(data, "-layout").splitlines())


def _item(workshop: Workshop, title: str) -> AgendaItem:
    return next(i for i in workshop.all(AgendaItem) if i.title == title and not i.actual_start)


def _titles(workshop: Workshop, item: AgendaItem) -> list[str]:
    return [r.title for r in workshop.where(ItemRound, agenda_item_id=item.id)]


def test_lengths_read_as_people_say_them() -> None:
    assert [seconds_text(s) for s in (45, 60, 90, 300, 3600, 3900, 3930)] == [
        "45\u00a0s",
        "1\u00a0min",
        "1\u00a0min\u00a030\u00a0s",
        "5\u00a0min",
        "1\u00a0h",
        "1\u00a0h\u00a005",
        "1\u00a0h\u00a005\u00a0min\u00a030\u00a0s",
    ]
    assert repeated_text(8, 60) == "8\u00a0×\u00a01\u00a0min"
    assert repeated_text(1, 300) == "5\u00a0min"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_facilitator_run_sheet_lists_every_round(language: Language) -> None:
    """Title, « 8 × 1 min » (never eight lines), the projector's numbers, instruction and
    notes; a team's slot with its team; Arabic read back in logical order; hostile
    markup printed as typed."""
    workshop = rounds_workshop(language)
    data = agenda_pdf(workshop, "facilitator")
    text = flat(pdftotext(data))
    crazy = _item(workshop, "Crazy 8")
    for title in _titles(workshop, crazy):
        assert flat(title) in text, title
    lines = _lines(data)
    assert "| 1–8 Esquisse 8 × 1 min |" in lines
    assert "Une idée par case, on ne gomme pas." in text
    assert "Signal à chaque minute." in text
    assert "| 9 Partage à la table 5 min 30 s |" in lines
    assert ARABIC_ROUND in text and "اختر فكرة واحدة" in text
    assert flat(HOSTILE_ROUND) in text
    assert text.count("Esquisse") == 1  # one line for the eight rounds
    words = {"fr": ("Tours", "11 tours, 15 min 15 s en tout"), "en": ("Rounds", "11 rounds")}
    assert all(w in text for w in words[language])
    assert "⚠" in text  # 15 min 15 s of rounds in a 15-minute slot
    assert "| 1 Pitch — Groupe 1 3 min |" in lines
    assert "| 2 Pitch — Groupe 2 3 min |" in lines
    assert "مجموعة" in lines.split("| 3 Pitch — ", 1)[1][:20]  # pdftotext puts ٣ first
    assert "Trois minutes pour convaincre." in text


def test_the_participants_agenda_has_titles_and_lengths_not_notes() -> None:
    workshop = rounds_workshop()
    text = flat(pdftotext(agenda_pdf(workshop, "participants")))
    assert "Tours Esquisse (8 × 1 min) · Partage à la table (5 min 30 s)" in text
    assert "Pitch — Groupe 1 (3 min) · Pitch — Groupe 2 (3 min)" in text
    assert "Écriture (6 × 5 min)" in text
    assert flat(BRAINWRITING_NOTE) not in text and "Signal à chaque minute" not in text


def test_a_run_sheet_with_rounds_has_no_text_over_text() -> None:
    data = agenda_pdf(rounds_workshop(), "facilitator")
    assert overlapping_glyphs(data) == []
    assert outside_frame(data) == []


def _with_rounds(count: int, *, seconds: int = 60, repeat: int = 1) -> Workshop:
    """The rounds workshop, Crazy 8 given `count` rounds (one record each)."""
    workshop = rounds_workshop()
    crazy = _item(workshop, "Crazy 8")
    old = workshop.where(ItemRound, agenda_item_id=crazy.id)
    new = [
        ItemRound(
            id=f"many{n:05d}",
            agenda_item_id=crazy.id,
            position=n,
            title=f"Manche n° {n + 1} : on dessine !",
            duration_s=seconds,
            repeat=repeat,
            instruction="Passez la feuille.",
        )
        for n in range(count)
    ]
    workshop.apply(ChangeSet.of([*map(delete, old), *map(insert, new)]))
    return workshop


def test_200_rounds_print_whole_and_more_are_counted() -> None:
    """The issue's 200 rounds, each titled: all on the run sheet, the calendar and the
    Markdown. A file holding more round records (written elsewhere: the editor stops
    at 200 rounds) prints the first MOST_LINES and counts the rest."""
    many = _with_rounds(200)
    started = time.process_time()
    data = agenda_pdf(many, "facilitator")
    spent = time.process_time() - started
    sheet = _lines(data)
    for n in (1, 100, 200):
        assert f"| {n} Manche n° {n} : on dessine ! 1 min |" in sheet
    assert "200 tours, 3 h 20 en tout" in sheet
    assert spent < 30, f"{spent:.1f} s of CPU"  # a count of work, not a timed test
    more = _with_rounds(MOST_LINES + 50)
    sheet = _lines(agenda_pdf(more, "facilitator"))
    assert f"| {MOST_LINES} Manche n° {MOST_LINES} :" in sheet
    assert f"Manche n° {MOST_LINES + 1} :" not in sheet
    assert "… et 50 autres tours" in sheet
    assert "250 tours" in sheet
    calendar = agenda_ics(more, now=NOW).decode()
    assert "… et 50 autres tours" in calendar.replace("\r\n ", "")
    assert "… et 50 autres tours" in agenda_markdown(more, "facilitator")


def test_a_round_repeated_200_times_is_one_line() -> None:
    workshop = _with_rounds(1, seconds=5, repeat=200)
    text = _lines(agenda_pdf(workshop, "facilitator"))
    assert "| 1–200 Manche n° 1 : on dessine ! 200 × 5 s |" in text
    assert "200 tours, 16 min 40 s en tout" in text


def _event(data: bytes, title: str) -> dict[str, str]:
    calendar = Calendar.from_ical(data)
    for event in calendar.walk("VEVENT"):
        if str(event["summary"]) == title:
            return {k: str(v) for k, v in event.items()}
    raise AssertionError(title)


def test_the_calendar_lists_the_rounds_in_the_description() -> None:
    workshop = rounds_workshop()
    data = agenda_ics(workshop, now=NOW)
    lines = data.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines), "RFC 5545 3.1: folded at 75 octets"
    description = _event(data, "Crazy 8")["DESCRIPTION"]
    assert description.startswith("Pliez votre feuille en 8 cases.")
    assert "\n\nTours\u00a0:\n1–8. Esquisse (8\u00a0×\u00a01\u00a0min)\n" in description
    for title in _titles(workshop, _item(workshop, "Crazy 8")):
        assert french_typography(title) in description
    assert f"11. {french_typography(HOSTILE_ROUND)} (1\u00a0min)" in description
    pitch = _event(data, "Pitch")["DESCRIPTION"]
    assert [line for line in pitch.splitlines() if "Pitch —" in line] == [
        f"{n}. Pitch — {team} (3\u00a0min)" for n, team in enumerate(TEAMS, start=1)
    ]
    raw = data.decode().replace("\r\n ", "")
    (line,) = [x for x in raw.split("\r\n") if x.startswith("DESCRIPTION:Pliez")]
    assert re.search(r"(?<!\\)[,;]", line) is None  # every , and ; escaped (3.3.11)


def test_a_round_with_separators_and_line_breaks_survives_the_calendar() -> None:
    workshop = _with_rounds(1)
    (found,) = workshop.where(ItemRound, agenda_item_id=_item(workshop, "Crazy 8").id)
    title = "Tour 1; puis 2, puis \\ 3"
    workshop.apply(ChangeSet.of([update(found, replaced(found, {"title": title}))]))
    description = _event(agenda_ics(workshop, now=NOW), "Crazy 8")["DESCRIPTION"]
    assert f"1. {french_typography(title)} (1\u00a0min)" in description
    assert "; puis 2, puis \\ 3" in description


def test_the_markdown_agenda_lists_the_rounds_escaped() -> None:
    workshop = rounds_workshop()
    facilitator = agenda_markdown(workshop, "facilitator")
    assert "- **1–8** · Esquisse · 8\u00a0×\u00a01\u00a0min\\\n  Une idée par case" in facilitator
    assert "*Notes d’animation*\u00a0: Signal à chaque minute." in facilitator
    assert "<b>" not in facilitator and "\\<b\\>gras" in facilitator
    assert ARABIC_ROUND in facilitator
    participants = agenda_markdown(workshop, "participants")
    assert "*Tours*\u00a0: Esquisse (8\u00a0×\u00a01\u00a0min) · Partage" in participants
    assert "Signal à chaque minute" not in participants


def _brainwriting_on_time(workshop: Workshop) -> Workshop:
    """The rounds workshop with its brainwriting run in its 30 minutes."""
    item = next(i for i in workshop.all(AgendaItem) if i.title == "Brainwriting 6-3-5")
    changes = [update(item, replaced(item, {"actual_end": "2026-03-12T16:23:00+01:00"}))]
    for run in workshop.where(RoundRun, agenda_item_id=item.id):
        start = 53 + 5 * run.position
        values = {
            "actual_start": f"2026-03-12T{15 + start // 60}:{start % 60:02d}:00+01:00",
            "actual_end": f"2026-03-12T{15 + (start + 5) // 60}:{(start + 5) % 60:02d}:00+01:00",
        }
        changes.append(update(run, replaced(run, values)))
    workshop.apply(ChangeSet.of(changes))
    return workshop


def test_the_synthesis_shows_an_overrun_activity_round_by_round() -> None:
    """Brainwriting planned in 30 minutes took 37, its fourth round 12: the synthesis
    shows rounds 1–3 on time as one line, round 4 with its +7 min, rounds 5–6; run on
    time, the same activity is one row."""
    workshop = rounds_workshop()
    text = _lines(synthesis_pdf(workshop))
    assert "| 15:30–16:00 Brainwriting 6-3-5 (30 min) 15:53–16:30 +7 min |" in text
    assert "| 1–3. Écriture (3 × 5 min) 15:53–16:08 |" in text
    assert "| 4. Écriture (5 min) 16:08–16:20 +7 min |" in text
    assert "| 5–6. Écriture (2 × 5 min) 16:20–16:30 |" in text
    markdown = synthesis_markdown(workshop)
    assert "| | ↳ 4\\. Écriture (5\u00a0min) | 16:08–16:20 (+7\u00a0min) |" in markdown
    on_time = _brainwriting_on_time(rounds_workshop())
    assert "Écriture (" not in flat(pdftotext(synthesis_pdf(on_time)))
    assert "↳" not in synthesis_markdown(on_time)


def test_a_round_still_running_or_with_unreadable_times_is_shown_without_a_gap() -> None:
    workshop = rounds_workshop()
    item = next(i for i in workshop.all(AgendaItem) if i.title == "Brainwriting 6-3-5")
    runs = workshop.where(RoundRun, agenda_item_id=item.id)
    workshop.apply(
        ChangeSet.of(
            [
                update(runs[-1], replaced(runs[-1], {"actual_end": ""})),
                update(runs[0], replaced(runs[0], {"actual_start": "hier"})),
            ]
        )
    )
    lines = Rounds(workshop, "fr").as_run(item.id)
    assert [(x.numbers, x.gap_s) for x in lines] == [
        ("1", None),
        ("2–3", 0),
        ("4", 420),
        ("5", 0),
        ("6", None),
    ]
    text = _lines(synthesis_pdf(workshop))
    assert "| 6. Écriture (5 min) 16:25–… |" in text


def test_ideas_and_cards_show_their_team() -> None:
    workshop = rounds_workshop()
    text = _lines(synthesis_pdf(workshop))
    assert "Groupe : Groupe 2" in text  # a card
    assert "| • Binôme d’accueil avec une famille du village Groupe 2 |" in text  # a bullet
    assert "| Regroupement Idée Groupe Auteur |" in text  # the annex's team column
    markdown = synthesis_markdown(workshop)
    assert "- Binôme d’accueil avec une famille du village · *Groupe 2*" in markdown
    assert "**Groupe**\u00a0: Groupe 2" in markdown
    assert "Groupe : Groupe 2" in flat(pdftotext(cards_pdf(workshop, 1)))
    english = rounds_workshop("en")
    assert "Group: Groupe 2" in _lines(synthesis_pdf(english))
