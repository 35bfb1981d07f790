"""Quick polls at the laptop and on the projector (issue 19), as a facilitator runs them.

The issue's example: a ROTI made on an activity of the run page, answered by 60 phones
(through the domain, as the room link writes them: outside the undo history; the HTTP
side is tests/room), the paper counts typed by keyboard (Enter: the next option),
revealed: the projector's histogram shows the exact totals and the mean, and so does the
file. Then what people really type and send: a cloud of 300 different words with long
words, Arabic and emoji (nothing overlaps, nothing is cut: every word's box, and every
pixel drawn, checked at 800x600 to 4K), words and texts typed from paper, 60 texts of
500 characters paged, a phone's answer arriving while a count is being typed, the run
keys while typing, markup as plain text, undo.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableWidget
from pytestqt.qtbot import QtBot

from facilitator.domain import polls
from facilitator.domain.records import AgendaItem, Poll
from facilitator.domain.run import agenda_order, local_iso
from facilitator.domain.workshop import Workshop
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.ui.fitted_text import laid_out, layout_height
from facilitator.ui.main_window import MainWindow
from facilitator.ui.polls.poll_panel import PAPER, picture_of
from facilitator.ui.polls.projected_poll import (
    ABSOLUTE_LEFT,
    BACKGROUND,
    MOST_WORDS,
    WORD_PAD,
    WORD_PAD_Y,
    Bar,
    PollPicture,
    ProjectedPoll,
    Shape,
)
from facilitator.ui.readable import floor_px
from facilitator.ui.workshop_page import WorkshopPage
from tests.clock import FakeClock
from tests.ui.helpers import press, type_text

PROJECTORS = [QSize(800, 600), QSize(1280, 720), QSize(1920, 1080), QSize(3840, 2160)]
# 60 phones' ROTI (value: how many), as in the issue; one of them changes its mind below.
PHONE_ROTI = {1: 3, 2: 7, 3: 12, 4: 22, 5: 16}
PAPER_ROTI = (1, 2, 5, 4, 3)  # the paper counts typed, values 1 to 5


@pytest.fixture
def page(window: MainWindow, full_demo_file: Path) -> WorkshopPage:
    assert window.open_path(full_demo_file)
    assert window.page is not None
    return window.page


def _activity_without_poll(workshop: Workshop) -> AgendaItem:
    with_polls = {p.agenda_item_id for p in workshop.all(Poll)}
    return next(
        i for i in agenda_order(workshop) if i.kind == "activity" and i.id not in with_polls
    )


def _type_count(qtbot: QtBot, table: QTableWidget, row: int, column: int, text: str) -> None:
    """As a person does: the cell ready, a digit starts editing, Enter confirms."""
    qtbot.waitUntil(lambda: table.currentRow() == row and table.currentColumn() == column)
    cell = table.item(row, column)
    assert cell is not None
    table.editItem(cell)  # as typing a digit in the cell does
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, text)
    press(editor, Qt.Key.Key_Return)


def _phones_answer(
    page: WorkshopPage, poll_id: str, votes: dict[int, int], clock: FakeClock
) -> None:
    """`votes[value]` phones give `value`, one after another, as the room link writes
    them (untracked)."""
    document = page.document
    options = {o.value: o.id for o in polls.options_of(document.workshop, poll_id)}
    number = 0
    for value, count in votes.items():
        for _ in range(count):
            number += 1
            clock.advance(700)
            document.apply_untracked(
                polls.answer_from_phone(
                    document.workshop,
                    poll_id,
                    f"Téléphone {number}",
                    option_id=options[value],
                    answered_at=local_iso(clock.now_ms()),
                )
            )


def _texts(projected: ProjectedPoll, kind: str) -> list[str]:
    return [s.text for s in projected.shapes(kind)]


# -- the example -------------------------------------------------------------------
def test_a_roti_made_on_an_activity_answered_by_60_phones_and_paper_is_exact(
    page: WorkshopPage, full_demo_file: Path, clock: FakeClock, qtbot: QtBot
) -> None:
    workshop = page.document.workshop
    item = _activity_without_poll(workshop)
    page.show_part("run")
    page.session.select(item.id)
    run = page.run
    panel = run.poll_panel
    assert run.side_tabs.currentIndex() == 0  # the day, for an activity without a poll
    run.side_tabs.setCurrentIndex(1)
    assert panel.poll_id is None and panel.empty.isVisible()
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("roti"))
    panel.create_button.click()
    poll = panel.poll
    assert poll is not None and poll.agenda_item_id == item.id and poll.kind == "scale"
    assert run.side_tabs.tabText(1) == "Poll (1)"
    assert panel.open_poll()
    assert polls.current_poll(workshop) == panel.poll
    _phones_answer(page, poll.id, PHONE_ROTI, clock)
    # One phone changes its mind (1 → 5) before the poll closes: it counts once.
    five = next(o.id for o in polls.options_of(workshop, poll.id) if o.value == 5)
    page.document.apply_untracked(
        polls.answer_from_phone(workshop, poll.id, "Téléphone 1", option_id=five)
    )
    assert panel.counts.text().startswith("Phones: 60 · Paper: 0 · Total: 60")
    panel.start_counting()
    for row, count in enumerate(PAPER_ROTI):
        _type_count(qtbot, panel.options, row, PAPER, str(count))
    qtbot.waitUntil(lambda: polls.results(workshop, poll.id).paper == sum(PAPER_ROTI))
    undo_steps = page.document.undo_stack.count()
    assert panel.toggle_reveal()
    projector = run.projector
    assert projector is not None and projector.results_widget is panel.projected
    assert projector.stack.currentWidget() is panel.projected
    QApplication.processEvents()
    # By hand: phones 2, 7, 12, 22, 17 (one moved from 1 to 5); paper 1, 2, 5, 4, 3.
    totals = [3, 9, 17, 26, 20]
    assert _texts(panel.projected, "bar_count") == [str(t) for t in totals]
    mean = sum(v * t for v, t in zip(range(1, 6), totals, strict=True)) / sum(totals)
    assert round(mean, 2) == 3.68
    assert _texts(panel.projected, "mean") == ["Moyenne\u00a0: 3,7 sur 5"]
    assert _texts(panel.projected, "summary") == ["Réponses\u00a0: 75 (dont 15 sur papier)"]
    labels = _texts(panel.projected, "label")
    assert labels[0] == "1 · Temps perdu" and labels[4].startswith("5 · Excellent")
    assert panel.counts.text() == "Phones: 60 · Paper: 15 · Total: 75 · Mean: 3.7 out of 5"
    assert page.document.undo_stack.count() == undo_steps + 1  # the reveal, one step
    # The file holds it all, exactly.
    file, saved = WorkshopFile.open(full_demo_file, read_only=True)
    file.close()
    results = polls.results(saved, poll.id)
    assert [o.total for o in results.options] == totals
    assert [o.phones for o in results.options] == [2, 7, 12, 22, 17]
    saved_poll = saved.get(Poll, poll.id)
    assert results.mean == pytest.approx(mean)
    assert saved_poll is not None and saved_poll.status == "revealed"
    # A phone cannot answer a revealed poll; undoing the reveal does not take a phone's
    # answer back, nor a paper count.
    with pytest.raises(polls.PollError):
        polls.answer_from_phone(workshop, poll.id, "Téléphone 99", option_id=five)
    page.document.undo_stack.undo()
    assert polls.poll_of(workshop, poll.id).status == "open"
    assert _texts(panel.projected, "count") == ["Réponses\u00a0: 75 (dont 15 sur papier)"]
    assert polls.results(workshop, poll.id).total == 75


def test_the_roti_activity_of_a_template_shows_its_poll_when_it_comes_on(
    page: WorkshopPage,
) -> None:
    workshop = page.document.workshop
    roti = [p for p in workshop.all(Poll) if p.question.startswith("ROTI")]
    assert roti, "the demo's ROTI activity brings its poll (library method)"
    item = workshop.get(AgendaItem, roti[0].agenda_item_id)
    assert item is not None
    page.show_part("run")
    page.session.select(_activity_without_poll(workshop).id)
    assert page.run.side_tabs.currentIndex() == 0  # the day, for an activity without poll
    page.session.select(item.id)
    assert page.run.side_tabs.currentIndex() == 1
    assert page.run.poll_panel.poll == roti[0]
    assert page.run.poll_panel.question.text() == roti[0].question


def test_starting_the_roti_activity_opens_its_poll_once(page: WorkshopPage) -> None:
    """A ROTI item opens its poll when it starts (the phones see it at once), outside the
    undo history as the start itself; pausing and resuming changes nothing, and a poll
    the facilitator closed is never reopened by running the activity again."""
    workshop = page.document.workshop
    roti = next(p for p in workshop.all(Poll) if p.question.startswith("ROTI"))
    assert roti.agenda_item_id is not None and roti.status == "draft"
    page.show_part("run")
    steps = page.document.undo_stack.count()
    page.session.select(_activity_without_poll(workshop).id, start_now=True)
    assert polls.current_poll(workshop) is None  # an activity without poll opens none
    page.session.select(roti.agenda_item_id)
    assert polls.poll_of(workshop, roti.id).status == "draft"  # chosen, not started
    page.session.toggle()
    assert page.session.timer.status == "running"
    assert polls.current_poll(workshop) == polls.poll_of(workshop, roti.id)
    assert page.run.side_tabs.currentIndex() == 1 and page.run.poll_panel.poll is not None
    assert page.run.poll_panel.poll.status == "open"
    page.session.toggle()
    page.session.toggle()  # paused and resumed: the same poll, open once
    assert polls.poll_of(workshop, roti.id).status == "open"
    assert page.document.undo_stack.count() == steps  # Ctrl+Z never touches the run
    assert page.run.poll_panel.close_poll()
    page.session.reset()
    page.session.toggle()  # run again: the facilitator closed it, it stays closed
    assert polls.poll_of(workshop, roti.id).status == "closed"
    file, saved = WorkshopFile.open(page.document.path, read_only=True)
    file.close()
    assert polls.poll_of(saved, roti.id).status == "closed"  # written at once


# -- typing at the laptop ------------------------------------------------------------------
def test_paper_counts_by_keyboard_survive_a_phone_answer_and_undo(
    page: WorkshopPage, clock: FakeClock, qtbot: QtBot
) -> None:
    page.show_part("run")
    page.session.select(_activity_without_poll(page.document.workshop).id)
    page.run.side_tabs.setCurrentIndex(1)  # the poll's tab, clicked
    panel = page.run.poll_panel
    assert panel.create_poll("weather")
    poll_id = panel.poll_id
    assert poll_id is not None and panel.open_poll()
    panel.start_counting()
    table = panel.options
    assert [table.item(r, 0).text() for r in range(4)] == [  # type: ignore[union-attr]
        "Soleil",
        "Nuages",
        "Pluie",
        "Orage",
    ]
    qtbot.waitUntil(lambda: table.currentRow() == 0 and table.currentColumn() == PAPER)
    first = table.item(0, PAPER)
    assert first is not None
    table.editItem(first)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, "1")
    # A phone answers while the facilitator types: the typing goes on.
    _phones_answer(page, poll_id, {1: 1}, clock)
    assert QApplication.focusWidget() is editor and editor.text() == "1"
    type_text(editor, "2")
    press(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.currentRow() == 1)
    _type_count(qtbot, table, 1, PAPER, "beaucoup")
    qtbot.waitUntil(lambda: "“beaucoup” is not a count." in panel.message.text())
    for refused in ("100001", "-2"):  # past polls.MAX_PAPER_COUNT, or below zero
        _type_count(qtbot, table, 1, PAPER, refused)
        said = f"not {refused}"
        qtbot.waitUntil(lambda: said in panel.message.text())  # noqa: B023
        qtbot.waitUntil(lambda: table.item(1, PAPER).text() == "0")  # type: ignore[union-attr]
        assert table.currentRow() == 1  # the same count, ready to be typed again
    _type_count(qtbot, table, 1, PAPER, "3")
    workshop = page.document.workshop
    qtbot.waitUntil(lambda: polls.results(workshop, poll_id).paper == 15)
    assert [o.total for o in polls.results(workshop, poll_id).options] == [13, 3, 0, 0]
    page.document.undo_stack.undo()  # the 3 goes, the 12 and the phone's answer stay
    assert [o.total for o in polls.results(workshop, poll_id).options] == [13, 0, 0, 0]
    assert table.item(1, PAPER).text() == "0"  # type: ignore[union-attr]


def test_words_typed_from_paper_one_paper_after_another_and_the_run_keys_stay_quiet(
    page: WorkshopPage, clock: FakeClock, qtbot: QtBot
) -> None:
    workshop = page.document.workshop
    item = _activity_without_poll(workshop)
    page.show_part("run")
    page.session.select(item.id)
    run = page.run
    panel = run.poll_panel
    assert panel.create_poll("words")
    run.side_tabs.setCurrentIndex(1)
    poll_id = panel.poll_id
    assert poll_id is not None
    panel.question.setFocus()
    type_text(panel.question, "Un mot pour ce matin ?")
    press(panel.question, Qt.Key.Key_Return)
    assert workshop.get(Poll, poll_id).question == "Un mot pour ce matin ?"  # type: ignore[union-attr]
    entry = panel.paper_entry
    entry.setFocus()
    for paper in ("Énergie, écoute", "ÉNERGIE ; Nouveauté", "énergie", "Écoute"):
        clock.advance(4000)  # a paper read, its words typed
        type_text(entry, paper)
        press(entry, Qt.Key.Key_Return)
        assert entry.text() == "" and entry.hasFocus()
    # N, S, E and Space are run keys (next activity, next round, +30 s, start): typed
    # as real keys in the field, they are text.
    clock.advance(4000)
    QTest.keyClicks(entry, "Nos Envies")
    QTest.keyClick(entry, Qt.Key.Key_Return)
    assert page.session.current_item() == item and page.session.timer.status != "running"
    results = polls.results(workshop, poll_id)
    # One word whatever its case and accents, shown as most often typed (on a tie, the
    # spelling with fewer capitals: domain/polls.py).
    assert [(w.text, w.count) for w in results.words] == [
        ("énergie", 3),
        ("écoute", 2),
        ("Nos Envies", 1),
        ("Nouveauté", 1),
    ]
    assert results.paper == 5
    assert panel.top_words.text() == (
        "Given most: énergie (3), écoute (2), Nos Envies (1), Nouveauté (1)"
    )
    assert panel.answers.rowCount() == 5
    assert panel.answers.item(0, 0).text() == "Nos Envies"  # type: ignore[union-attr]
    assert panel.answers.item(0, 1).text() == "paper"  # type: ignore[union-attr]
    # The control: the same key outside a field moves to the next activity.
    panel.answers.setFocus()
    QTest.keyClick(panel.answers, Qt.Key.Key_N)
    assert page.session.current_item() != item
    page.session.select(item.id)
    # Too many words on one paper: refused, said, the field keeps them to correct.
    type_text(entry, "a, b, c, d")
    press(entry, Qt.Key.Key_Return)
    assert entry.text() == "a, b, c, d"
    assert panel.message.isVisible() and "At most 3 words" in panel.message.text()
    assert polls.results(workshop, poll_id).paper == 5
    # A rude word from paper, removed.
    panel.answers.selectRow(0)
    panel.remove_answer.click()
    assert [(w.text, w.count) for w in polls.results(workshop, poll_id).words] == [
        ("énergie", 3),
        ("écoute", 2),
        ("Nouveauté", 1),
    ]


def test_markup_in_a_poll_is_shown_as_written(page: WorkshopPage, qtbot: QtBot) -> None:
    workshop = page.document.workshop
    page.show_part("run")
    page.session.select(_activity_without_poll(workshop).id)
    page.run.side_tabs.setCurrentIndex(1)  # the poll's tab, clicked
    panel = page.run.poll_panel
    assert panel.create_poll("choice")
    poll_id = panel.poll_id
    assert poll_id is not None
    markup = '<img src="/dev/zero"><b>gras</b> & [*]'
    panel.question.setText(markup)
    panel.question.editingFinished.emit()
    option = polls.options_of(workshop, poll_id)[0]
    page.document.edit(lambda: "label", polls.set_option_label(workshop, option.id, markup[:100]))
    assert panel.options.item(0, 0).text() == markup  # type: ignore[union-attr]
    panel.toggle_reveal()
    QApplication.processEvents()
    assert _texts(panel.projected, "question") == [markup]
    assert _texts(panel.projected, "label")[0] == markup


# -- the projector ---------------------------------------------------------------------------
def _boxes_hold_every_pixel(widget: ProjectedPoll) -> list[str]:
    """What is drawn outside the shapes' boxes (a glyph cut or spilling), and boxes that
    overlap or leave the widget: the widget painted, then every box painted over with the
    background; what is left must be background only."""
    problems = []
    shapes = [s for s in widget.shapes() if s.kind != "card"]
    area = QRectF(0, 0, widget.width(), widget.height())
    for number, shape in enumerate(shapes):
        if not area.contains(shape.box):
            problems.append(f"{shape.kind} {shape.text[:20]!r} leaves the screen: {shape.box}")
        for other in shapes[number + 1 :]:
            if shape.kind == "bar" and other.kind == "bar_count":
                continue
            common = shape.box.intersected(other.box)
            if common.width() > 0.5 and common.height() > 0.5:
                problems.append(f"{shape.kind} {shape.text[:20]!r} overlaps {other.text[:20]!r}")
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    painter = QPainter(image)
    for shape in widget.shapes():
        painter.fillRect(shape.box.adjusted(-1, -1, 1, 1), BACKGROUND)
    painter.end()
    clean = QImage(image.size(), QImage.Format.Format_RGB32)
    clean.fill(BACKGROUND)
    if image != clean:
        problems.append("something is drawn outside the shapes' boxes")
    return problems


def _word_fits(shape: Shape, font_of: ProjectedPoll) -> bool:
    """The word whole in its box: its lines as wide and tall as the box holds."""
    font = font_of.font()
    font.setPixelSize(shape.px)
    font.setBold(shape.bold)
    layout = laid_out(shape.text, font, shape.wrap, ABSOLUTE_LEFT)
    widest = max(layout.lineAt(n).naturalTextWidth() for n in range(layout.lineCount()))
    pad, pad_y = shape.px * WORD_PAD, shape.px * WORD_PAD_Y
    return (
        widest + 2 * pad <= shape.box.width() + 0.5
        and layout_height(layout) + 2 * pad_y <= shape.box.height() + 0.5
    )


def _cloud_words() -> list[tuple[str, int]]:
    """300 different words as a room gives them: mostly short, a few said often, some
    long ones (up to polls.MAX_WORD_CHARS), Arabic, emoji, a word and its emoji."""
    words = [(f"idée{n}", 1 + (n * 7919) % 5) for n in range(280)]
    words += [
        ("anticonstitutionnellement", 9),
        ("intergénérationnalités" * 2, 4),  # 44 letters: past the limit of 40, typed on paper
        ("x" * polls.MAX_WORD_CHARS, 2),
        ("تعاون", 12),  # "cooperation"
        ("المشاركة المواطنية", 6),
        ("مستقبل", 3),
        ("🌧️", 5),
        ("☀️ soleil", 8),
        ("👍👍👍", 2),
        ("énergie", 20),
        ("Écoute", 15),
        ("co-construction", 7),
        ("simplification-administrative", 5),
        ("transparence", 4),
        ("confiance", 11),
        ("temps", 1),
        ("🤝", 6),
        ("שיתוף", 3),  # Hebrew
        ("合作", 2),
        ("résilience", 3),
    ]
    assert len({w for w, _ in words}) == 300
    return sorted(words, key=lambda pair: -pair[1])


@pytest.mark.parametrize("size", PROJECTORS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_a_cloud_of_300_words_never_overlaps_never_cuts_and_stays_readable(
    qtbot: QtBot, size: QSize
) -> None:
    words = _cloud_words()
    widget = ProjectedPoll()
    qtbot.addWidget(widget)
    widget.resize(size)
    widget.show_poll(
        PollPicture(
            question="Un mot pour la journée ?",
            kind="words",
            status="revealed",
            answers=412,
            words=tuple(words),
            language="fr",
        )
    )
    shown = widget.shapes("word")
    hidden = widget.shown().hidden_words
    assert len(shown) + hidden == 300
    assert len(shown) <= MOST_WORDS
    assert hidden > 0 and _texts(widget, "more") == [f"Mots non affichés ici\u00a0: {hidden}"]
    # The most frequent are shown: none left out was given more often than one shown.
    counts = dict(words)
    shown_counts = [counts[s.text] for s in shown]
    left_out = [c for w, c in words if w not in {s.text for s in shown}]
    assert min(shown_counts) >= max(left_out)
    for word in ("énergie", "Écoute", "تعاون", "confiance", "anticonstitutionnellement"):
        assert word in {s.text for s in shown}
    # Larger for more frequent: sizes never grow as counts fall.
    by_count = sorted(shown, key=lambda s: -counts[s.text])
    assert all(a.px >= b.px for a, b in itertools.pairwise(by_count))
    floor = floor_px(size.height())
    assert widget.text_px() >= floor
    assert all(_word_fits(s, widget) for s in shown)
    assert _boxes_hold_every_pixel(widget) == []


@pytest.mark.parametrize("size", PROJECTORS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_a_few_words_are_large_long_rtl_and_emoji_whole(qtbot: QtBot, size: QSize) -> None:
    words = (
        ("énergie", 9),
        ("تعاون", 6),
        ("المشاركة المواطنية", 4),
        ("🌧️", 3),
        ("x" * polls.MAX_WORD_CHARS, 3),
        ("Écoute", 2),
        ("👍", 1),
    )
    widget = ProjectedPoll()
    qtbot.addWidget(widget)
    widget.resize(size)
    widget.show_poll(PollPicture(kind="words", status="revealed", answers=20, words=words))
    shown = widget.shapes("word")
    assert [s.text for s in shown if s.text == "énergie"] and widget.shown().hidden_words == 0
    assert {s.text for s in shown} == {w for w, _ in words}
    big = next(s for s in shown if s.text == "énergie")
    assert big.px >= 2 * floor_px(size.height())  # few words: large
    assert all(_word_fits(s, widget) for s in shown)
    assert _boxes_hold_every_pixel(widget) == []


@pytest.mark.parametrize("size", PROJECTORS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_histograms_and_texts_fit_every_projector(qtbot: QtBot, size: QSize) -> None:
    long_label = "Une option formulée très longuement, comme on en tape parfois " * 2
    pictures = {
        "roti": PollPicture(
            question=polls.ROTI_QUESTION["fr"],
            kind="scale",
            status="revealed",
            answers=75,
            bars=tuple(
                Bar(f"{n} · {label}", n * 4) for n, label in enumerate(polls.ROTI_LABELS["fr"], 1)
            ),
            mean=3.68,
            top=5,
        ),
        "ten options of 100 characters": PollPicture(
            question="Q" * polls.MAX_QUESTION_CHARS,
            kind="choice",
            status="revealed",
            answers=100_000 * 10,
            bars=tuple(Bar(long_label[:100], 100_000 - n) for n in range(polls.MAX_OPTIONS)),
        ),
        "scale 1 to 10": PollPicture(
            kind="scale",
            status="revealed",
            answers=10,
            bars=tuple(Bar(str(n), 1) for n in range(1, 11)),
            mean=5.5,
            top=10,
        ),
        "waiting": PollPicture(
            question="Q " * 250, kind="scale", status="open", answers=4999, paper=12
        ),
        "60 texts of 500 characters": PollPicture(
            question="Votre conseil pour la suite ?",
            kind="text",
            status="revealed",
            answers=60,
            texts=tuple(f"{n} " + "mot " * 124 for n in range(60)),
        ),
    }
    widget = ProjectedPoll()
    qtbot.addWidget(widget)
    widget.resize(size)
    floor = floor_px(size.height())
    for name, picture in pictures.items():
        widget.show_poll(picture)
        widget.first_page()
        pages = widget.page_count()
        for page in range(pages):
            assert widget.text_px() >= floor, (name, page)
            assert _boxes_hold_every_pixel(widget) == [], (name, page)
            widget.next_page()
        if name == "60 texts of 500 characters":
            assert pages > 1
            seen = []
            for _ in range(pages):
                seen += _texts(widget, "text")
                widget.next_page()
            assert seen == [t.strip() for t in picture.texts]  # every text, once, whole
            assert _texts(widget, "page") == [f"Page 1/{pages}"]
        if name == "ten options of 100 characters":
            assert _texts(widget, "bar_count")[0] == "100000"


def test_the_projector_before_the_reveal_counts_answers_live(
    page: WorkshopPage, clock: FakeClock
) -> None:
    workshop = page.document.workshop
    page.show_part("run")
    page.session.select(_activity_without_poll(workshop).id)
    page.run.side_tabs.setCurrentIndex(1)  # the poll's tab, clicked
    panel = page.run.poll_panel
    assert panel.create_poll("roti") and panel.open_poll()
    panel.project()
    assert panel.projected.isVisible()
    assert _texts(panel.projected, "ask") == ["Répondez sur votre téléphone"]
    assert _texts(panel.projected, "count") == ["Réponses\u00a0: 0"]
    poll_id = panel.poll_id
    assert poll_id is not None
    _phones_answer(page, poll_id, {4: 2, 5: 1}, clock)
    assert _texts(panel.projected, "count") == ["Réponses\u00a0: 3"]
    assert not panel.projected.shapes("bar")  # no result before the reveal
    assert panel.close_poll()
    assert _texts(panel.projected, "ask") == ["Les réponses sont closes"]
    assert picture_of(workshop, poll_id).status == "closed"


# -- the Polls page ------------------------------------------------------------------------
def test_the_polls_page_lists_every_poll_and_makes_one_of_no_activity(
    page: WorkshopPage,
) -> None:
    workshop = page.document.workshop
    page.show_part("polls")
    listing = page.polls
    before = len(polls.polls_in_order(workshop))
    assert listing.table.rowCount() == before >= 2  # the demo's ROTI and météo at least
    assert listing.panel.create_poll("text")
    poll_id = listing.panel.poll_id
    assert poll_id is not None and workshop.get(Poll, poll_id).agenda_item_id is None  # type: ignore[union-attr]
    assert listing.table.rowCount() == before + 1
    assert listing.current_poll_id() == poll_id
    row = listing.table.currentRow()
    assert listing.table.item(row, 1).text() == "(no activity)"  # type: ignore[union-attr]
    assert listing.table.item(row, 4).text() == "0"  # type: ignore[union-attr]
    first = polls.polls_in_order(workshop)[0].id
    listing.select_poll(first)
    assert listing.panel.poll_id == first and listing.current_poll_id() == first
    listing.select_poll(poll_id)
    assert listing.panel.delete_poll()
    assert workshop.get(Poll, poll_id) is None and listing.table.rowCount() == before
    # A phone answers while the page is hidden: shown again, the page has it.
    page.show_part("run")
    roti = next(p for p in polls.polls_in_order(workshop) if p.question.startswith("ROTI"))
    page.document.apply_untracked(polls.open_poll(workshop, roti.id))
    option = polls.options_of(workshop, roti.id)[3]
    page.document.apply_untracked(
        polls.answer_from_phone(workshop, roti.id, "Téléphone 1", option_id=option.id)
    )
    page.show_part("polls")
    row = [p.id for p in polls.polls_in_order(workshop)].index(roti.id)
    assert listing.table.item(row, 3).text() == "open"  # type: ignore[union-attr]
    assert listing.table.item(row, 4).text() == "1"  # type: ignore[union-attr]
