"""One quick poll at the laptop (issue 19): make it, word it, open it to the phones, count
the paper, reveal its results on the projector.

On the run page the panel follows the activity on (`current_item`): its polls, or a row
to create one (ROTI, météo, a scale from 1 to N, a choice, a few words, a short text).
On the Polls page it shows the poll chosen in the list (`show_poll`).

- The question and the options' labels are edited in place; a scale's top value and a
  choice's options change while nobody has answered (domain/polls.py says why not).
- « Ouvrir » opens it to the phones (the poll open before closes), « Fermer » stops the
  phones, « Révéler les résultats » shows the results on the projector.
- The phones' answers come in live (the room link writes them outside the undo history):
  the count of answers follows, on the laptop and on the projector.
- Paper or a show of hands: each option's count is typed in its row, Enter makes the next
  row ready (as the paper dot votes); words or texts from paper are typed in a field,
  Enter adds them as one answer and keeps the field ready for the next paper.
- An answer can be removed (a rude word), a paper answer corrected.

Every edit is an undo step of the document (`perform_edit`); the poll logic is the
domain's (`facilitator.domain.polls`). Everything people wrote is shown as plain text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import polls
from facilitator.domain.changes import ChangeSet
from facilitator.domain.messages import QT_TRANSLATE_NOOP, Message, message
from facilitator.domain.records import (
    AgendaItem,
    Language,
    Poll,
    PollAnswer,
    PollCount,
    PollKind,
    PollOption,
    TimerState,
    WorkshopInfo,
)
from facilitator.domain.run import local_iso
from facilitator.domain.workshop import Workshop
from facilitator.translations import render
from facilitator.ui.compact import choice_box
from facilitator.ui.editing import UndoText, perform_edit
from facilitator.ui.plain import plain_label, set_tooltip
from facilitator.ui.polls.projected_poll import Bar, PollPicture, ProjectedPoll
from facilitator.ui.refresh_when_shown import RefreshWhenShown
from facilitator.ui.retranslate import Retranslatable
from facilitator.ui.run.projector import room_words
from facilitator.ui.style import ERROR, named

POLL_RECORDS = (Poll, PollOption, PollAnswer, PollCount)
PRESETS = ("roti", "weather", "scale", "choice", "words", "text")
OPTION_ROLE = Qt.ItemDataRole.UserRole
# The options' table: the label (editable), the phones' answers, the paper count
# (editable), both together.
LABEL, PHONES, PAPER, TOTAL = range(4)
# The answers' table shows the latest this many (a poll holds up to
# polls.MAX_ANSWERS_PER_POLL = 5,000): refreshed at each phone's answer, it stays cheap.
ANSWERS_SHOWN = 300
# The words given most, listed under a words poll (the whole cloud is on the projector).
TOP_WORDS = 12
SCALE_DEFAULT = 5  # a new scale goes from 1 to 5
# The météo's pictograms by value, on the projector as on the phones
# (room/phone_polls.WEATHER_ICONS); drawn with Symbola where the system has no emoji.
WEATHER_ICONS = ("☀️", "☁️", "🌧️", "⛈️")
# A new choice's first options, in the workshop's language (content, like the presets).
_OPTION = QT_TRANSLATE_NOOP("PollPanel", "Option {number}")


def touches_polls(changes: ChangeSet) -> bool:
    """Whether an edit may change what a poll panel shows: a poll's records, the agenda
    (an activity renamed or removed), the run (another activity on) or the workshop's
    language (the projector's words)."""
    return any(
        isinstance(c.after or c.before, (*POLL_RECORDS, AgendaItem, TimerState, WorkshopInfo))
        for c in changes.changes
    )


def picture_of(workshop: Workshop, poll_id: str) -> PollPicture:
    """What the room is shown of a poll (`ProjectedPoll`): its question, status, counts
    and results, in the workshop's language."""
    poll = polls.poll_of(workshop, poll_id)
    results = polls.results(workshop, poll_id)
    weather = _is_weather(poll, [o.option.label for o in results.options])
    bars = tuple(
        Bar(_bar_label(poll, o.option.value, o.option.label, weather), o.total)
        for o in results.options
    )
    top = max((o.option.value for o in results.options), default=0)
    return PollPicture(
        question=poll.question,
        kind=poll.kind,
        status=poll.status,
        answers=results.total,
        paper=results.paper,
        bars=bars,
        mean=results.mean,
        top=top,
        words=tuple((w.text, w.count) for w in results.words),
        texts=tuple(t.text for t in results.texts),
        language=workshop.info.language,
    )


def isolated(text: str) -> str:
    """`text` set apart from what surrounds it for the bidirectional algorithm (first
    strong isolate … pop directional isolate) when it holds right-to-left letters: an
    Arabic word followed by " (2)" in a French sentence would otherwise take the
    number to its left."""
    rtl = any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)
    return f"\u2068{text}\u2069" if rtl else text


def _bar_label(poll: Poll, value: int, label: str, weather: bool = False) -> str:
    """A scale's value with its label ("4 · Bien"); a choice's label, after its
    pictogram for the météo's words ("☀️ Soleil")."""
    label = " ".join(label.split())
    if poll.kind != "scale":
        return f"{WEATHER_ICONS[value - 1]} {label}" if weather else label
    return f"{value} · {isolated(label)}" if label else str(value)


def _is_weather(poll: Poll, labels: list[str]) -> bool:
    """Whether a choice's options are the météo's words (`polls.WEATHER_LABELS`, in
    either language, in order), which are stored without their pictograms."""
    return poll.kind == "choice" and any(
        tuple(labels) == words for words in polls.WEATHER_LABELS.values()
    )


def _cell(text: str, *, editable: bool, data: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if data is not None:
        item.setData(OPTION_ROLE, data)
    return item


class PollPanel(Retranslatable):
    """`current_item` given: the polls of the activity on (the run page); else the poll
    chosen with `show_poll` (the Polls page). `project` shows a widget on the projector
    (opened if needed); `now_ms` is the run's clock (epoch ms) for the answers' times."""

    pollChosen = Signal(str)  # the poll shown changed (made, or chosen here)

    def __init__(
        self,
        document: WorkshopDocument,
        *,
        project: Callable[[QWidget], None] | None = None,
        now_ms: Callable[[], int] | None = None,
        current_item: Callable[[], AgendaItem | None] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("pollPanel")
        self.document = document
        self._project = project
        self._now_ms = now_ms
        self._current_item = current_item
        self.poll_id: str | None = None
        self._filling = False
        self._typo = ""  # a paper count that is not a number, until the next count
        self._said: Callable[[], str] | None = None  # the last refusal, in any language
        self.projected = ProjectedPoll()
        self._projected_poll: str | None = None
        self._build_poll()
        self._build_options()
        self._build_answers()
        self._layout()
        # Behind another part, refreshed once when shown (a words poll of 5,000 answers
        # takes 0.2 s to count); the projector follows at once (`_changed`).
        self.follower = RefreshWhenShown(self, lambda _changes: self.refresh(), self.refresh)
        document.changed.connect(self._changed)
        self.retranslate()

    def _build_poll(self) -> None:
        """The poll's choice, the row that creates one, its question, status, buttons."""
        self.polls_combo = choice_box(30)
        self.polls_combo.activated.connect(lambda _: self.show_poll(self._combo_poll()))
        self.create_label = plain_label()
        self.kind_combo = choice_box()
        self.create_label.setBuddy(self.kind_combo)
        self.create_button = QPushButton()
        self.create_button.clicked.connect(lambda: self.create_poll(self.kind_combo.currentData()))
        self.empty = named(plain_label(), "subheading")
        self.empty.setWordWrap(True)

        self.question = QLineEdit()
        self.question.setObjectName("pollQuestion")
        self.question.setMaxLength(polls.MAX_QUESTION_CHARS)
        self.question.editingFinished.connect(self._question_edited)
        self.state = named(plain_label(), "sectionTitle")
        self.state.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        for key, handler in (
            ("open", self.open_poll),
            ("close", self.close_poll),
            ("reveal", self.toggle_reveal),
            ("project", self.project),
            ("delete", self.delete_poll),
        ):
            button = QPushButton()
            button.clicked.connect(handler)
            self.buttons[key] = button
        self.buttons["open"].setObjectName("primary")
        self.counts = plain_label()
        self.counts.setWordWrap(True)
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color:{ERROR}")

    def _build_options(self) -> None:
        """Scales and choices: the options, their phones' answers and paper counts."""
        self.scale_label = plain_label()
        self.scale_max = QSpinBox()
        self.scale_max.setRange(polls.MIN_SCALE, polls.MAX_SCALE)
        self.scale_max.valueChanged.connect(self._scale_changed)
        self.scale_label.setBuddy(self.scale_max)
        self.add_option = QPushButton()
        self.add_option.clicked.connect(self._add_option)
        self.remove_option = QPushButton()
        self.remove_option.clicked.connect(self._remove_option)
        self.options = QTableWidget(0, 4)
        self.options.setObjectName("pollOptions")
        self.options.verticalHeader().hide()
        header = self.options.horizontalHeader()
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        for column in (PHONES, PAPER, TOTAL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.options.setWordWrap(True)
        self.options.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.options.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.options.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.options.itemChanged.connect(self._option_changed)

    def _build_answers(self) -> None:
        """Words and texts: typed from paper, the answers, the words given most."""
        self.paper_entry = QLineEdit()
        self.paper_entry.setObjectName("pollPaperEntry")
        self.paper_entry.setMaxLength(polls.MAX_TEXT_CHARS)
        self.paper_entry.returnPressed.connect(self.add_paper_answer)
        self.add_paper = QPushButton()
        self.add_paper.clicked.connect(self.add_paper_answer)
        self.top_words = plain_label()
        self.top_words.setWordWrap(True)
        self.answers = QTableWidget(0, 2)
        self.answers.setObjectName("pollAnswers")
        self.answers.verticalHeader().hide()
        self.answers.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.answers.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.answers.setWordWrap(True)
        self.answers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.answers.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.answers.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.answers.itemChanged.connect(self._answer_changed)
        self.remove_answer = QPushButton()
        self.remove_answer.clicked.connect(self._remove_answer)

    def _layout(self) -> None:
        create = QHBoxLayout()
        create.addWidget(self.create_label)
        create.addWidget(self.kind_combo, 1)
        create.addWidget(self.create_button)
        self.editor = QWidget()
        self.editor.setObjectName("pollEditor")
        buttons = QGridLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for index, key in enumerate(("open", "close", "reveal", "project", "delete")):
            span = 2 if key == "reveal" else 1
            row, column = {0: (0, 0), 1: (0, 1), 2: (1, 0), 3: (0, 2), 4: (1, 2)}[index]
            buttons.addWidget(self.buttons[key], row, column, 1, span)
        self.options_row = QWidget()
        options_row = QHBoxLayout(self.options_row)
        options_row.setContentsMargins(0, 0, 0, 0)
        options_row.addWidget(self.scale_label)
        options_row.addWidget(self.scale_max)
        options_row.addWidget(self.add_option)
        options_row.addWidget(self.remove_option)
        options_row.addStretch(1)
        self.paper_row = QWidget()
        paper_row = QHBoxLayout(self.paper_row)
        paper_row.setContentsMargins(0, 0, 0, 0)
        paper_row.addWidget(self.paper_entry, 1)
        paper_row.addWidget(self.add_paper)
        editor = QVBoxLayout(self.editor)
        editor.setContentsMargins(0, 0, 0, 0)
        editor.addWidget(self.question)
        editor.addWidget(self.state)
        editor.addLayout(buttons)
        editor.addWidget(self.counts)
        editor.addWidget(self.options_row)
        editor.addWidget(self.options, 1)
        editor.addWidget(self.paper_row)
        editor.addWidget(self.top_words)
        editor.addWidget(self.answers, 1)
        editor.addWidget(self.remove_answer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.polls_combo)
        layout.addLayout(create)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addWidget(self.editor, 1)

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        kinds = {
            "roti": self.tr("ROTI (return on time invested)"),
            "weather": self.tr("Weather (check-in)"),
            "scale": self.tr("Scale from 1 to N"),
            "choice": self.tr("Choice among options"),
            "words": self.tr("A few words (word cloud)"),
            "text": self.tr("Short text"),
        }
        chosen = self.kind_combo.currentIndex()
        self.kind_combo.clear()
        for key in PRESETS:
            self.kind_combo.addItem(kinds[key], key)
        self.kind_combo.setCurrentIndex(max(0, chosen))
        self.create_label.setText(self.tr("&New poll:"))
        self.create_button.setText(self.tr("Create"))
        self.question.setPlaceholderText(self.tr("The question, as the room reads it"))
        self.buttons["open"].setText(self.tr("Open"))
        set_tooltip(
            self.buttons["open"], self.tr("Phones can answer (the poll open before closes)")
        )
        self.buttons["close"].setText(self.tr("Close"))
        set_tooltip(self.buttons["close"], self.tr("Phones can no longer answer"))
        self.buttons["project"].setText(self.tr("Project"))
        set_tooltip(
            self.buttons["project"],
            self.tr("Show the poll on the projector (pressed again: its next page)"),
        )
        self.buttons["delete"].setText(self.tr("Delete"))
        self.scale_label.setText(self.tr("Scale from 1 &to"))
        self.add_option.setText(self.tr("Add an option"))
        self.remove_option.setText(self.tr("Remove the option"))
        self.options.setHorizontalHeaderLabels(
            [self.tr("Option"), self.tr("Phones"), self.tr("Paper count"), self.tr("Total")]
        )
        self.paper_entry.setPlaceholderText(self.tr("Typed from paper: Enter adds it"))
        self.add_paper.setText(self.tr("Add"))
        self.answers.setHorizontalHeaderLabels([self.tr("Answer"), self.tr("From")])
        self.remove_answer.setText(self.tr("Remove the answer"))
        self.refresh()

    def _state_text(self, poll: Poll) -> str:
        return {
            "draft": self.tr("Draft: not open yet"),
            "open": self.tr("Open: phones are answering"),
            "closed": self.tr("Closed: phones no longer answer"),
            "revealed": self.tr("Results revealed"),
        }[poll.status]

    # -- which poll ----------------------------------------------------------------------------
    @property
    def poll(self) -> Poll | None:
        return self.document.workshop.get(Poll, self.poll_id)

    def item(self) -> AgendaItem | None:
        """The activity the panel follows (None on the Polls page, or no activity on)."""
        return self._current_item() if self._current_item is not None else None

    def _item_polls(self) -> list[Poll]:
        item = self.item()
        if item is None:
            return []
        return polls.polls_of_item(self.document.workshop, item.id)

    def _combo_poll(self) -> str | None:
        data = self.polls_combo.currentData()
        return str(data) if data else None

    def show_poll(self, poll_id: str | None) -> None:
        """Show the poll `poll_id` (None: none)."""
        if poll_id != self.poll_id:
            self.poll_id = poll_id
            self._typo = ""
            self._said = None
            self.refresh()
            if poll_id is not None:
                self.pollChosen.emit(poll_id)

    def _changed(self, changes: ChangeSet) -> None:
        """After an edit or a phone's answer: the projector at once; the panel now if it
        is shown, else when it is (a words poll of 5,000 answers takes 0.2 s to count)."""
        if touches_polls(changes):
            self._refresh_projected()
            self.follower.changed(changes)

    def refresh(self) -> None:
        """Everything from the workshop (after an edit, a phone's answer, another
        activity on)."""
        following = self._current_item is not None
        if following:
            self._refresh_item_polls()
        else:
            self.polls_combo.hide()
        poll = self.poll
        if poll is None:
            self.poll_id = None
        writable = not self.document.read_only
        self._refresh_empty(poll, writable)
        if poll is None:
            return
        if not self.question.hasFocus() and self.question.text() != poll.question:
            self.question.setText(poll.question)
            self.question.setCursorPosition(0)
        self.question.setReadOnly(not writable)
        self.state.setText(self._state_text(poll))
        self._refresh_buttons(poll, writable)
        results = polls.results(self.document.workshop, poll.id)
        self._refresh_counts(poll, results)
        choosing = poll.kind in ("scale", "choice")
        for shown in (self.options_row, self.options):
            shown.setVisible(choosing)
        for hidden in (self.paper_row, self.answers, self.remove_answer):
            hidden.setVisible(not choosing)
        self.top_words.setVisible(poll.kind == "words")
        if choosing:
            self._refresh_options(poll, results, writable)
        else:
            self._refresh_answers(poll, results, writable)

    def _refresh_item_polls(self) -> None:
        """The activity's polls in the choice box (shown when it has several); the one
        shown kept, else the open one, else the first."""
        mine = self._item_polls()
        ids = [p.id for p in mine]
        if self.poll_id not in ids:
            opened = [p.id for p in mine if p.status == "open"]
            chosen = opened or ids
            self.poll_id = chosen[0] if chosen else None
        self.polls_combo.blockSignals(True)
        self.polls_combo.clear()
        for number, poll in enumerate(mine, start=1):
            self.polls_combo.addItem(self._poll_name(poll, number), poll.id)
        if self.poll_id in ids:
            self.polls_combo.setCurrentIndex(ids.index(self.poll_id))
        self.polls_combo.blockSignals(False)
        self.polls_combo.setVisible(len(mine) > 1)

    def _refresh_empty(self, poll: Poll | None, writable: bool) -> None:
        """The row that creates a poll, what to do when none is shown, the last refusal."""
        following = self._current_item is not None
        item = self.item()
        self.create_button.setEnabled(writable and (item is not None or not following))
        self.kind_combo.setEnabled(self.create_button.isEnabled())
        if following and item is None:
            self.empty.setText(self.tr("Choose an activity to give it a poll."))
        elif following:
            self.empty.setText(self.tr("No poll for this activity yet: choose a kind, create it."))
        else:
            self.empty.setText(self.tr("Choose a poll in the list, or create one."))
        self.empty.setVisible(poll is None)
        self.editor.setVisible(poll is not None)
        self.message.setText(self._said() if self._said is not None else "")
        self.message.setVisible(bool(self.message.text()))

    def _poll_name(self, poll: Poll, number: int) -> str:
        question = " ".join(poll.question.split())
        return question or self.tr("Poll %1").replace("%1", str(number))

    def _refresh_buttons(self, poll: Poll, writable: bool) -> None:
        status = poll.status
        self.buttons["open"].setEnabled(writable and status != "open")
        self.buttons["open"].setText(self.tr("Open") if status == "draft" else self.tr("Reopen"))
        self.buttons["close"].setEnabled(writable and status == "open")
        self.buttons["reveal"].setEnabled(writable)
        self.buttons["reveal"].setText(
            self.tr("Hide the results") if status == "revealed" else self.tr("Reveal the results")
        )
        set_tooltip(
            self.buttons["reveal"],
            self.tr("The projector shows the question and the number of answers again")
            if status == "revealed"
            else self.tr("The projector shows the results; phones can no longer answer"),
        )
        self.buttons["delete"].setEnabled(writable)
        self.buttons["project"].setEnabled(self._project is not None)

    def _refresh_counts(self, poll: Poll, results: polls.PollResults) -> None:
        text = (
            self.tr("Phones: %1 · Paper: %2 · Total: %3")
            .replace("%1", str(results.phones))
            .replace("%2", str(results.paper))
            .replace("%3", str(results.total))
        )
        if poll.kind == "scale" and results.mean is not None:
            top = max((o.option.value for o in results.options), default=0)
            mean = QLocale().toString(results.mean, "f", 1)  # the laptop's language
            text += " · " + self.tr("Mean: %1 out of %2").replace("%1", mean).replace(
                "%2", str(top)
            )
        self.counts.setText(text)

    def _language(self) -> Language:
        return self.document.workshop.info.language

    def _set(self, table: QTableWidget, row: int, column: int, item: QTableWidgetItem) -> None:
        """Put `item` in the cell, unless the cell holds the same already or is being
        typed in (a phone's answer arriving must not close the facilitator's typing)."""
        current = table.item(row, column)
        if current is not None:
            editing = table.state() == QAbstractItemView.State.EditingState
            if editing and table.currentRow() == row and table.currentColumn() == column:
                return
            same = (
                current.text() == item.text()
                and current.flags() == item.flags()
                and current.data(OPTION_ROLE) == item.data(OPTION_ROLE)
            )
            if same:
                return
        table.setItem(row, column, item)

    def _refresh_options(self, poll: Poll, results: polls.PollResults, writable: bool) -> None:
        answered = polls.has_answers(self.document.workshop, poll.id)
        scale = poll.kind == "scale"
        self.scale_label.setVisible(scale)
        self.scale_max.setVisible(scale)
        self.add_option.setVisible(not scale)
        self.remove_option.setVisible(not scale)
        self.scale_max.blockSignals(True)
        self.scale_max.setValue(max(polls.MIN_SCALE, len(results.options)))
        self.scale_max.blockSignals(False)
        self.scale_max.setEnabled(writable and not answered)
        count = len(results.options)
        self.add_option.setEnabled(writable and not answered and count < polls.MAX_OPTIONS)
        self.remove_option.setEnabled(writable and not answered and count > polls.MIN_OPTIONS)
        why = self.tr("Options change only while nobody has answered") if answered else ""
        set_tooltip(self.scale_max, why)
        set_tooltip(self.add_option, why)
        set_tooltip(self.remove_option, why)
        self._filling = True
        try:
            if self.options.rowCount() != count:
                self.options.setRowCount(count)
            # A scale's values beside its labels (typed as labels, never as values).
            self.options.verticalHeader().setVisible(scale)
            if scale:
                self.options.setVerticalHeaderLabels([str(o.option.value) for o in results.options])
            for row, result in enumerate(results.options):
                option = result.option
                label = option.label.replace("\n", " ")
                cells = {
                    LABEL: _cell(label, editable=writable, data=option.id),
                    PHONES: _cell(str(result.phones), editable=False, data=option.id),
                    PAPER: _cell(str(result.paper), editable=writable, data=option.id),
                    TOTAL: _cell(str(result.total), editable=False, data=option.id),
                }
                for column, cell in cells.items():
                    if column != LABEL:
                        cell.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                    self._set(self.options, row, column, cell)
        finally:
            self._filling = False
        if self._typo:
            self.message.setText(self.tr("“%1” is not a count.").replace("%1", self._typo))
            self.message.show()

    def _refresh_answers(self, poll: Poll, results: polls.PollResults, writable: bool) -> None:
        self.paper_entry.setEnabled(writable)
        self.add_paper.setEnabled(writable)
        self.paper_entry.setPlaceholderText(
            self.tr("Words from a paper (a comma between two): Enter adds them")
            if poll.kind == "words"
            else self.tr("A text from a paper: Enter adds it")
        )
        if poll.kind == "words":
            shown = ", ".join(f"{isolated(w.text)} ({w.count})" for w in results.words[:TOP_WORDS])
            more = len(results.words) - TOP_WORDS
            if more > 0:
                shown += " " + self.tr("and %n more", "", more)
            self.top_words.setText(
                self.tr("Given most: %1").replace("%1", shown) if shown else self.tr("No word yet.")
            )
        answers = list(reversed(polls.counted_answers(self.document.workshop, poll.id)))
        answers = answers[:ANSWERS_SHOWN]
        self._filling = True
        try:
            if self.answers.rowCount() != len(answers):
                self.answers.setRowCount(len(answers))
            for row, answer in enumerate(answers):
                paper = answer.participant == polls.PAPER
                text = answer.text.replace("\n", ", ") if poll.kind == "words" else answer.text
                self._set(
                    self.answers, row, 0, _cell(text, editable=writable and paper, data=answer.id)
                )
                source = self.tr("paper") if paper else answer.participant
                self._set(self.answers, row, 1, _cell(source, editable=False, data=answer.id))
        finally:
            self._filling = False
        self.remove_answer.setEnabled(writable and bool(answers))

    # -- edits ------------------------------------------------------------------------------
    def _edit(
        self, text: UndoText, build: Callable[[], ChangeSet], merge: str | None = None
    ) -> bool:
        if self.document.read_only:
            return False
        refused: list[Message] = []
        done = perform_edit(
            self.document,
            text,
            build,
            report=refused.append,
            on_refused=lambda: QTimer.singleShot(0, self.refresh),
            merge_key=merge,
        )
        if refused:
            said = refused[0]
            self._said = lambda: render(said)
        elif done:
            self._said = None
        self.message.setText(self._said() if self._said is not None else "")
        self.message.setVisible(bool(self.message.text()))
        return done

    def _now(self) -> str:
        from facilitator.domain.factory import now_iso

        return local_iso(self._now_ms()) if self._now_ms is not None else now_iso()

    def create_poll(self, preset: object) -> bool:
        """A new poll of `preset` (`PRESETS`: "roti", "weather", "scale", "choice",
        "words", "text") for the activity followed (none on the Polls page); shown."""
        workshop = self.document.workshop
        item = self.item()
        item_id = item.id if item is not None else None
        language = self._language()
        when = self._now()
        made: list[str] = []

        def build() -> ChangeSet:
            if preset == "roti":
                changes, poll_id = polls.new_roti(
                    workshop, language, agenda_item_id=item_id, created_at=when
                )
            elif preset == "weather":
                changes, poll_id = polls.new_weather(
                    workshop, language, agenda_item_id=item_id, created_at=when
                )
            elif preset == "scale":
                changes, poll_id = polls.new_scale_poll(
                    workshop, "", SCALE_DEFAULT, agenda_item_id=item_id, created_at=when
                )
            elif preset == "choice":
                words = room_words(language)
                labels = [words.render(message(_OPTION, number=n)) for n in (1, 2)]
                changes, poll_id = polls.new_poll(
                    workshop, "choice", "", labels, agenda_item_id=item_id, created_at=when
                )
            else:
                kind: PollKind = "words" if preset == "words" else "text"
                changes, poll_id = polls.new_poll(
                    workshop, kind, "", agenda_item_id=item_id, created_at=when
                )
            made.append(poll_id)
            return changes

        if not self._edit(lambda: self.tr("New poll"), build):
            return False
        self.show_poll(made[0])
        self.refresh()
        if not self.question.text():
            self.question.setFocus()
        return True

    def _question_edited(self) -> None:
        poll = self.poll
        if poll is None or self.question.text() == poll.question:
            return
        text = self.question.text()
        self._edit(
            lambda: self.tr("Word the poll's question"),
            lambda: polls.set_question(self.document.workshop, poll.id, text),
        )

    def _status(self, text: UndoText, change: Callable[[Workshop, str], ChangeSet]) -> bool:
        poll = self.poll
        if poll is None:
            return False
        return self._edit(text, lambda: change(self.document.workshop, poll.id))

    def open_poll(self) -> bool:
        """Open the poll to the phones (the poll open before closes)."""
        return self._status(lambda: self.tr("Open a poll"), polls.open_poll)

    def close_poll(self) -> bool:
        return self._status(lambda: self.tr("Close a poll"), polls.close_poll)

    def toggle_reveal(self) -> bool:
        """Reveal the results (and show them on the projector), or hide them again."""
        poll = self.poll
        if poll is None:
            return False
        if poll.status == "revealed":
            return self._status(lambda: self.tr("Hide a poll's results"), polls.close_poll)
        if not self._status(lambda: self.tr("Reveal a poll's results"), polls.reveal_poll):
            return False
        self.project(next_page=False)
        return True

    def delete_poll(self) -> bool:
        poll = self.poll
        if poll is None:
            return False
        if not self._status(lambda: self.tr("Delete a poll"), polls.remove_poll):
            return False
        self._said = lambda: self.tr("The poll is deleted. Undo (Ctrl+Z) brings it back.")
        self.show_poll(None)
        return True

    def _labels(self, poll: Poll) -> list[str]:
        return [o.label for o in polls.options_of(self.document.workshop, poll.id)]

    def _scale_changed(self, top: int) -> None:
        poll = self.poll
        if poll is None or poll.kind != "scale":
            return
        labels = self._labels(poll)
        labels = [*labels[:top], *[""] * max(0, top - len(labels))]
        self._edit(
            lambda: self.tr("Change the scale"),
            lambda: polls.set_options(self.document.workshop, poll.id, labels),
            merge=f"poll-scale-{poll.id}",
        )

    def _add_option(self) -> None:
        poll = self.poll
        if poll is None:
            return
        labels = self._labels(poll)
        words = room_words(self._language())
        labels.append(words.render(message(_OPTION, number=len(labels) + 1)))
        if self._edit(
            lambda: self.tr("Add an option"),
            lambda: polls.set_options(self.document.workshop, poll.id, labels),
        ):
            self.options.setCurrentCell(len(labels) - 1, LABEL)
            added = self.options.item(len(labels) - 1, LABEL)
            if added is not None:
                self.options.editItem(added)

    def _remove_option(self) -> None:
        poll = self.poll
        if poll is None:
            return
        labels = self._labels(poll)
        row = self.options.currentRow()
        index = row if 0 <= row < len(labels) else len(labels) - 1
        del labels[index]
        self._edit(
            lambda: self.tr("Remove an option"),
            lambda: polls.set_options(self.document.workshop, poll.id, labels),
        )

    def start_counting(self) -> None:
        """Make the first option's paper count ready for typing."""
        self.options.setFocus()
        self.options.setCurrentCell(0, PAPER)

    def _option_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() not in (LABEL, PAPER):
            return
        poll = self.poll
        option_id = str(item.data(OPTION_ROLE))
        option = self.document.workshop.get(PollOption, option_id)
        if poll is None or option is None:
            return
        workshop, row = self.document.workshop, item.row()
        if item.column() == LABEL:
            label = item.text()
            if label != option.label:
                self._edit(
                    lambda: self.tr("Word an option"),
                    lambda: polls.set_option_label(workshop, option_id, label),
                )
            QTimer.singleShot(0, self.refresh)
            return
        typed = item.text().strip()
        try:
            count = int(typed or "0")
        except ValueError:
            self._typo = typed[:40]
            QTimer.singleShot(0, self.refresh)
            return
        self._typo = ""
        current = polls.paper_counts(workshop, poll.id).get(option_id, 0)
        kept = True
        if count != current:
            kept = self._edit(
                lambda: self.tr("Type a paper count"),
                lambda: polls.set_paper_count(workshop, poll.id, option_id, count),
            )
        else:
            QTimer.singleShot(0, self.refresh)
        # Enter: the next option's count is ready to be typed (a refused one: again).
        following = min(row + 1, self.options.rowCount() - 1) if kept else row
        QTimer.singleShot(0, lambda: self.options.setCurrentCell(following, PAPER))

    def add_paper_answer(self) -> bool:
        """The words or text typed in the paper field, as one answer; the field emptied
        and ready for the next paper."""
        poll = self.poll
        text = self.paper_entry.text()
        if poll is None or not text.strip():
            return False
        when = self._now()
        if not self._edit(
            lambda: self.tr("Type an answer from paper"),
            lambda: polls.add_paper_answer(self.document.workshop, poll.id, text, answered_at=when)[
                0
            ],
        ):
            return False
        self.paper_entry.clear()
        self.paper_entry.setFocus()
        return True

    def _answer_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        answer = self.document.workshop.get(PollAnswer, str(item.data(OPTION_ROLE)))
        poll = self.poll
        if answer is None or poll is None:
            return
        text = item.text()
        shown = answer.text.replace("\n", ", ") if poll.kind == "words" else answer.text
        if text != shown:
            self._edit(
                lambda: self.tr("Correct an answer from paper"),
                lambda: polls.set_paper_answer(self.document.workshop, answer.id, text),
            )
        QTimer.singleShot(0, self.refresh)

    def _remove_answer(self) -> None:
        row = self.answers.currentRow()
        cell = self.answers.item(row, 0) if row >= 0 else None
        if cell is None:
            return
        answer_id = str(cell.data(OPTION_ROLE))
        self._edit(
            lambda: self.tr("Remove an answer"),
            lambda: polls.remove_answer(self.document.workshop, answer_id),
        )

    # -- the room ---------------------------------------------------------------------------
    def project(self, *, next_page: bool = True) -> None:
        """Show the poll on the projector; pressed again while shown, its next page (the
        free texts, when they take several)."""
        poll = self.poll
        if poll is None or self._project is None:
            return
        again = self.projected.isVisible() and self._projected_poll == poll.id
        self._projected_poll = poll.id
        self._refresh_projected()
        if again and next_page:
            self.projected.next_page()
            return
        if not again:
            self.projected.first_page()
        self._project(self.projected)

    def _refresh_projected(self) -> None:
        poll_id = self._projected_poll
        if poll_id is None or self.document.workshop.get(Poll, poll_id) is None:
            return
        self.projected.show_poll(picture_of(self.document.workshop, poll_id))


__all__ = ["PollPanel", "picture_of", "touches_polls"]
