"""Editing the rounds of the selected agenda item (issue 18), inside the item editor.

A list of the item's rounds (add, remove, move up or down, « Créneaux par groupe… »), the
selected round's title, duration (minutes:seconds), repeat (×N), instruction for the room
and facilitator notes; under it the rounds' total against the item's duration, with a
warning and a one-click « Ajuster la durée » when the item is shorter than its rounds.

Every edit is a document edit (undo, redo, written to the file): the texts through
`TextBinding` (one undo step per typing session), the numbers and the buttons through
`perform_edit`. The limits are domain/rounds.py's (`MIN_ROUND_S`, `MAX_ROUND_S`,
`MAX_REPEAT`, `MAX_EXPANDED_ROUNDS`), checked by domain/item_rounds.py: an edit past them
is refused with its sentence (`report`) and the fields show the workshop's values again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import agenda, item_rounds
from facilitator.domain.changes import ChangeSet
from facilitator.domain.messages import Message
from facilitator.domain.records import AgendaItem, ItemRound
from facilitator.domain.rounds import (
    MAX_REPEAT,
    expanded_rounds,
    length_text,
    rounds_problems,
    rounds_total_ms,
)
from facilitator.domain.schedule import duration_text
from facilitator.domain.workshop import Workshop
from facilitator.translations import render
from facilitator.ui.agenda.duration_spin import DurationSpin, duration_words
from facilitator.ui.agenda.team_slots_dialog import TeamSlotsDialog
from facilitator.ui.details.bindings import TextBinding
from facilitator.ui.editing import perform_edit
from facilitator.ui.plain import plain_label, set_tooltip
from facilitator.ui.refresh_when_shown import RefreshWhenShown
from facilitator.ui.retranslate import Retranslatable
from facilitator.ui.style import ERROR, named

ROUND_ROLE = Qt.ItemDataRole.UserRole
# Rows of the rounds list shown before it scrolls (Crazy 8 is one row; 1-2-4-all four).
LIST_ROWS = 5
# Lines of an instruction or notes field shown before it scrolls (1,000 characters are
# about 8 lines of the side panel).
TEXT_ROWS = 8


class RoundsEditor(Retranslatable):
    """The rounds of one agenda item (`show_item`), following the document."""

    def __init__(self, document: WorkshopDocument, report: Callable[[Message], None]) -> None:
        super().__init__()
        self._document = document
        self._report = report
        self.slots_dialog: TeamSlotsDialog | None = None  # the one open, for tests
        self.item_id: str | None = None
        self.round_id: str | None = None
        self._session = 0

        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda *_: self._round_chosen())
        self.buttons: dict[str, QPushButton] = {}
        for key, handler in (
            ("add", self.add_round),
            ("remove", self.remove_round),
            ("up", lambda: self.move_round(-1)),
            ("down", lambda: self.move_round(+1)),
            ("slots", self._slots),
        ):
            button = QPushButton()
            button.clicked.connect(handler)
            self.buttons[key] = button
        for keys, handler in (
            ("Alt+Up", lambda: self.move_round(-1)),
            ("Alt+Down", lambda: self.move_round(+1)),
            (QKeySequence.StandardKey.Delete, self.remove_round),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(handler)

        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.duration_spin = DurationSpin()
        self.repeat_spin = QSpinBox()
        self.repeat_spin.setRange(1, MAX_REPEAT)
        self.repeat_spin.setKeyboardTracking(False)
        self.instruction_edit = QPlainTextEdit()
        self.notes_edit = QPlainTextEdit()
        for edit in (self.instruction_edit, self.notes_edit):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * TEXT_ROWS + 12)
        self._bindings = [
            TextBinding(
                widget,
                document,
                key=f"round.{name}",
                read=self._reader(name),
                write=self._writer(name),
                undo_text=lambda: self.tr("Edit a round"),
                report=report,
            )
            for name, widget in (
                ("title", self.title_edit),
                ("instruction", self.instruction_edit),
                ("facilitator_notes", self.notes_edit),
            )
        ]
        self.duration_spin.valueChanged.connect(lambda v: self._number("duration_s", v))
        self.repeat_spin.valueChanged.connect(lambda v: self._number("repeat", v))
        for spin in (self.duration_spin, self.repeat_spin):
            spin.editingFinished.connect(self._new_session)

        self.total = plain_label()
        self.total.setWordWrap(True)
        self.warning = named(plain_label(), "roundsWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color:{ERROR};font-weight:bold")
        self.fit_button = QPushButton()
        self.fit_button.clicked.connect(self.fit_duration)
        self._layout()
        # Behind another part (or another tab), refreshed once when shown (issue 22).
        self.follower = RefreshWhenShown(self, lambda _changes: self.refresh(), self.refresh)
        document.changed.connect(self.follower.changed)
        self.retranslate()
        self.show_item(None)

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for key in ("add", "remove", "up", "down"):
            buttons.addWidget(self.buttons[key])
        buttons.addStretch(1)
        self._round_form = QWidget()
        form = QFormLayout(self._round_form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow panel
        self._labels = [plain_label() for _ in range(5)]
        for label, field in zip(
            self._labels,
            (
                self.title_edit,
                self.duration_spin,
                self.repeat_spin,
                self.instruction_edit,
                self.notes_edit,
            ),
            strict=True,
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.buttons["slots"], 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._round_form)
        layout.addWidget(self.total)
        layout.addWidget(self.warning)
        layout.addWidget(self.fit_button, 0, Qt.AlignmentFlag.AlignLeft)
        rows = self.list.fontMetrics().height() * LIST_ROWS + 2 * self.list.frameWidth() + 8
        self.list.setMinimumHeight(rows)
        self.list.setMaximumHeight(rows * 2)

    # -- texts ------------------------------------------------------------------
    def retranslate(self) -> None:
        for label, text in zip(
            self._labels,
            (
                self.tr("&Round title"),
                self.tr("D&uration (min:s)"),
                self.tr("R&epeat"),
                self.tr("In&struction for the room"),
                self.tr("Notes for &you"),
            ),
            strict=True,
        ):
            label.setText(text)
        for key, text in (
            ("add", self.tr("+ Round")),
            ("remove", self.tr("Remove")),
            ("up", self.tr("↑")),
            ("down", self.tr("↓")),
            ("slots", self.tr("Slots per group…")),
        ):
            self.buttons[key].setText(text)
        for key, name in (
            ("add", self.tr("Add a round")),
            ("remove", self.tr("Remove the round (Delete)")),
            ("up", self.tr("Move the round up (Alt+Up)")),
            ("down", self.tr("Move the round down (Alt+Down)")),
            ("slots", self.tr("One slot per team of a grouping: a pitch, questions")),
        ):
            self.buttons[key].setAccessibleName(name)
            set_tooltip(self.buttons[key], name)
        self.repeat_spin.setPrefix(self.tr("× "))
        self.fit_button.setText(self.tr("Fit the duration"))
        self.instruction_edit.setPlaceholderText(self.tr("Shown to the room during the round"))
        self.notes_edit.setPlaceholderText(self.tr("For you only"))
        self.refresh()

    # -- following the document ------------------------------------------------
    def show_item(self, item_id: str | None) -> None:
        """Edit the rounds of agenda item `item_id` (None: nothing)."""
        if item_id == self.item_id:
            return
        self.commit_pending_typing()  # what was typed belongs to the round shown until now
        self.item_id = item_id
        self.round_id = None
        rounds = self._rounds()
        self._show_round(rounds[0].id if rounds else None)
        self.refresh()

    def _rounds(self) -> list[ItemRound]:
        if self.item_id is None:
            return []
        return agenda.rounds_of(self._document.workshop, self.item_id)

    def _item(self) -> AgendaItem | None:
        return self._document.workshop.get(AgendaItem, self.item_id)

    def refresh(self) -> None:
        item = self._item()
        rounds = self._rounds() if item is not None else []
        writable = item is not None and not self._document.read_only
        ids = [r.id for r in rounds]
        if self.round_id not in ids:
            self._show_round(ids[min(self._row_of_last(), len(ids) - 1)] if ids else None)
        self._fill_list(rounds)
        current = self._document.workshop.get(ItemRound, self.round_id)
        for key in ("add", "slots"):
            self.buttons[key].setEnabled(writable)
        self.buttons["remove"].setEnabled(writable and current is not None)
        row = ids.index(current.id) if current is not None else -1
        self.buttons["up"].setEnabled(writable and row > 0)
        self.buttons["down"].setEnabled(writable and 0 <= row < len(ids) - 1)
        self._round_form.setEnabled(writable and current is not None)
        for binding in self._bindings:
            binding.refresh()
        for spin, value in (
            (self.duration_spin, current.duration_s if current else 60),
            (self.repeat_spin, current.repeat if current else 1),
        ):
            if spin.value() != value:
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
        self._refresh_total(item, rounds)

    def _row_of_last(self) -> int:
        return max(0, self.list.currentRow())

    def _fill_list(self, rounds: list[ItemRound]) -> None:
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for number, round_ in enumerate(rounds, start=1):
                title = round_.title.strip() or self.tr("(untitled)")
                text = f"{number}. {title} — {duration_words(round_.duration_s)}"
                if round_.repeat > 1:
                    text += f" × {round_.repeat}"
                entry = QListWidgetItem(text)
                entry.setData(ROUND_ROLE, round_.id)
                self.list.addItem(entry)
                if round_.id == self.round_id:
                    self.list.setCurrentItem(entry)
        finally:
            self.list.blockSignals(False)

    def _refresh_total(self, item: AgendaItem | None, rounds: list[ItemRound]) -> None:
        if item is None:
            self.total.setText(self.tr("Select an activity to edit its rounds."))
            self.warning.setVisible(False)
            self.fit_button.setVisible(False)
            return
        if not rounds:
            self.total.setText(
                self.tr("No rounds: the activity is one countdown of %1.").replace(
                    "%1", duration_text(item.duration_min)
                )
            )
            self.warning.setVisible(False)
            self.fit_button.setVisible(False)
            return
        steps = expanded_rounds(self._document.workshop, item.id)
        total_ms = rounds_total_ms(steps)
        self.total.setText(
            self.tr("Rounds: %1, %2 in all; the activity lasts %3.")
            .replace("%1", str(len(steps)))
            .replace("%2", length_text(total_ms))
            .replace("%3", duration_text(item.duration_min))
        )
        problems = rounds_problems(item, rounds)
        self.warning.setText("\n".join("⚠ " + render(p) for p in problems))
        self.warning.setVisible(bool(problems))
        shorter = total_ms > item.duration_min * 60_000
        self.fit_button.setVisible(shorter)
        self.fit_button.setEnabled(shorter and not self._document.read_only)

    # -- the selected round ------------------------------------------------------
    def _show_round(self, round_id: str | None) -> None:
        if round_id == self.round_id:
            return
        self.commit_pending_typing()
        self.round_id = round_id
        for binding in self._bindings:
            binding.restart()
        self._new_session()

    def _round_chosen(self) -> None:
        entry = self.list.currentItem()
        self._show_round(str(entry.data(ROUND_ROLE)) if entry is not None else None)
        self.refresh()

    def select_round(self, round_id: str) -> None:
        """Make `round_id` (a round of the item shown) the one edited."""
        self._show_round(round_id)
        self.refresh()

    def _reader(self, name: str) -> Callable[[Workshop], str]:
        def read(workshop: Workshop) -> str:
            current = workshop.get(ItemRound, self.round_id)
            return str(getattr(current, name)) if current else ""

        return read

    def _writer(self, name: str) -> Callable[[Workshop, str], ChangeSet]:
        def write(workshop: Workshop, value: str) -> ChangeSet:
            if workshop.get(ItemRound, self.round_id) is None or self.round_id is None:
                return ChangeSet(())
            return item_rounds.set_round(workshop, self.round_id, **{name: value})

        return write

    def _new_session(self) -> None:
        self._session += 1

    # -- edits -------------------------------------------------------------------
    def _edit(self, build: Callable[[], ChangeSet], merge_key: str | None = None) -> bool:
        if self.item_id is None or self._document.read_only:
            return False
        return perform_edit(
            self._document,
            lambda: self.tr("Edit the rounds"),
            build,
            report=self._report,
            on_refused=self.refresh,
            merge_key=merge_key,
        )

    def _number(self, name: str, value: int) -> None:
        round_id = self.round_id
        if round_id is None:
            return
        self._edit(
            lambda: item_rounds.set_round(self._document.workshop, round_id, **{name: value}),
            f"round.{name}.{round_id}#{self._session}",
        )

    def add_round(self) -> None:
        """A new one-minute round after the selected one (at the end without one)."""
        item_id = self.item_id
        if item_id is None:
            return
        ids = [r.id for r in self._rounds()]
        index = ids.index(self.round_id) + 1 if self.round_id in ids else len(ids)
        added: list[str] = []

        def build() -> ChangeSet:
            changes, new = item_rounds.add_round(self._document.workshop, item_id, index)
            added.append(new)
            return changes

        if self._edit(build):
            self.select_round(added[0])
            self.title_edit.setFocus()

    def remove_round(self) -> None:
        round_id = self.round_id
        if round_id is None:
            return
        self.commit_pending_typing()
        self._edit(lambda: item_rounds.remove_round(self._document.workshop, round_id))

    def move_round(self, step: int) -> None:
        round_id = self.round_id
        ids = [r.id for r in self._rounds()]
        if round_id not in ids or not 0 <= ids.index(round_id) + step < len(ids):
            return
        index = ids.index(round_id) + step
        self.commit_pending_typing()
        self._edit(lambda: item_rounds.move_round(self._document.workshop, round_id, index))

    def fit_duration(self) -> None:
        """« Ajuster la durée »: the item as long as its rounds, one undo step."""
        item_id = self.item_id
        if item_id is not None:
            self._edit(lambda: item_rounds.fit_duration(self._document.workshop, item_id))

    def replace_rounds(self, build: Callable[[], ChangeSet]) -> bool:
        """Perform an edit of the item's rounds built elsewhere (the slots dialog)."""
        self.commit_pending_typing()
        return self._edit(build)

    def _slots(self) -> None:
        """Open « Créneaux par groupe… » (window-modal); its slots, when accepted, are
        one undoable edit of the item's rounds."""
        item_id = self.item_id
        if item_id is None or self._document.read_only:
            return
        self.commit_pending_typing()
        dialog = TeamSlotsDialog(self._document, item_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.replace_rounds(dialog.changes))
        dialog.finished.connect(lambda _: setattr(self, "slots_dialog", None))
        self.slots_dialog = dialog
        dialog.open()

    def commit_pending_typing(self) -> None:
        for binding in self._bindings:
            binding.commit()
