"""« Créneaux par groupe… »: rounds made from a grouping, one pitch (and questions) slot
per team, in an order the facilitator shuffles or sets by hand (issue 18).

The dialog only chooses: the grouping, the pitch and question lengths, the teams' order,
whether the slots replace the item's rounds. `rounds()` makes the slots (pure:
domain/rounds_from_groups.py) and `changes()` the one undoable edit that stores them.
"""

from __future__ import annotations

import random

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import agenda, item_rounds
from facilitator.domain.changes import ChangeSet
from facilitator.domain.messages import FacilitatorError
from facilitator.domain.records import GroupingInfo, ItemRound, TeamMember
from facilitator.domain.rounds import MAX_ROUND_S, MIN_ROUND_S, length_text
from facilitator.domain.rounds_from_groups import (
    TeamSlot,
    grouping_teams,
    shuffled,
    team_slots,
)
from facilitator.translations import render
from facilitator.ui.agenda.duration_spin import DurationSpin
from facilitator.ui.compact import choice_box
from facilitator.ui.plain import plain_label, window_title
from facilitator.ui.style import ERROR

TEAM_ROLE = Qt.ItemDataRole.UserRole
# What the dialog proposes first: the "3 minutes of pitch, 1 minute of questions".
DEFAULT_PITCH_S = 180
DEFAULT_QUESTIONS_S = 60
# Draw numbers of the shuffle: any in 0..2**31-1, the next draw is the next number.
MAX_SEED = 2**31 - 1


class TeamSlotsDialog(QDialog):
    """Slots per team for agenda item `item_id`. `seed` is the first shuffle's draw
    number (random when None: tests give one)."""

    def __init__(
        self,
        document: WorkshopDocument,
        item_id: str,
        parent: QWidget | None = None,
        seed: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self.item_id = item_id
        self.seed = random.SystemRandom().randrange(MAX_SEED) if seed is None else seed
        self.order: list[str] = []  # team ids, in pitch order
        self._teams: dict[str, TeamSlot] = {}
        self.grouping = choice_box(30)
        self.grouping.currentIndexChanged.connect(lambda _: self._grouping_chosen())
        self.pitch = DurationSpin(MIN_ROUND_S, MAX_ROUND_S)
        self.pitch.setValue(DEFAULT_PITCH_S)
        self.questions = DurationSpin(0, MAX_ROUND_S)
        self.questions.setValue(DEFAULT_QUESTIONS_S)
        for spin in (self.pitch, self.questions):
            spin.setKeyboardTracking(True)  # the summary follows the typing
            spin.valueChanged.connect(lambda _: self._summarise())
        self.teams = QListWidget()
        self.shuffle_button = QPushButton()
        self.shuffle_button.clicked.connect(self.shuffle)
        self.up_button = QPushButton()
        self.up_button.clicked.connect(lambda: self.move_team(-1))
        self.down_button = QPushButton()
        self.down_button.clicked.connect(lambda: self.move_team(+1))
        self.replace = QCheckBox()
        self.replace.setChecked(True)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.problem = plain_label()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color:{ERROR};font-weight:bold")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        for grouping in document.workshop.all(GroupingInfo):
            self.grouping.addItem(grouping.name, grouping.id)
        self.retranslate()
        self._grouping_chosen()

    def _layout(self) -> None:
        self._labels = [plain_label() for _ in range(3)]
        form = QFormLayout()
        for label, field in zip(
            self._labels, (self.grouping, self.pitch, self.questions), strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        self._order_label = plain_label()
        order_buttons = QHBoxLayout()
        for button in (self.shuffle_button, self.up_button, self.down_button):
            order_buttons.addWidget(button)
        order_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._order_label)
        layout.addWidget(self.teams, 1)
        layout.addLayout(order_buttons)
        layout.addWidget(self.replace)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(460, 520)

    def retranslate(self) -> None:
        self.setWindowTitle(window_title(self.tr("Slots per group")))
        for label, text in zip(
            self._labels,
            (self.tr("&Grouping"), self.tr("&Pitch per team"), self.tr("&Questions per team")),
            strict=True,
        ):
            label.setText(text)
        self.questions.setSpecialValueText(self.tr("none"))
        self._order_label.setText(self.tr("Order of the teams"))
        self.shuffle_button.setText(self.tr("Shuffle"))
        self.up_button.setText(self.tr("↑"))
        self.down_button.setText(self.tr("↓"))
        self.up_button.setAccessibleName(self.tr("Move the team up"))
        self.down_button.setAccessibleName(self.tr("Move the team down"))
        self.replace.setText(self.tr("Replace the activity’s rounds"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the teams and their order ---------------------------------------------------
    def _grouping_chosen(self) -> None:
        grouping_id = str(self.grouping.currentData() or "")
        language = self._document.workshop.info.language
        teams = grouping_teams(self._document.workshop, grouping_id, language)
        self._teams = {t.team_id: t for t in teams}
        self.order = [t.team_id for t in teams]
        self._fill()

    def _fill(self, current: str | None = None) -> None:
        workshop = self._document.workshop
        self.teams.clear()
        for number, team_id in enumerate(self.order, start=1):
            members = len(workshop.where(TeamMember, team_id=team_id))
            entry = QListWidgetItem(
                self.tr("%1. %2 — members: %3")
                .replace("%1", str(number))
                .replace("%2", self._teams[team_id].name.strip())
                .replace("%3", str(members))
            )
            entry.setData(TEAM_ROLE, team_id)
            self.teams.addItem(entry)
            if team_id == current:
                self.teams.setCurrentItem(entry)
        for button in (self.shuffle_button, self.up_button, self.down_button):
            button.setEnabled(len(self.order) > 1)
        self._summarise()

    def shuffle(self) -> None:
        """A new order, drawn from the next draw number (the same number, the same order)."""
        self.seed = (self.seed + 1) % (MAX_SEED + 1)
        self.order = shuffled(self.order, self.seed)
        self._fill()

    def move_team(self, step: int) -> None:
        """Move the selected team `step` places (-1 up, +1 down)."""
        row = self.teams.currentRow()
        if row < 0:
            return
        team_id = str(self.teams.item(row).data(TEAM_ROLE))
        place = self.order.index(team_id)
        if 0 <= place + step < len(self.order):
            self.order.insert(place + step, self.order.pop(place))
            self._fill(team_id)

    # -- the slots -----------------------------------------------------------------
    def rounds(self) -> list[ItemRound]:
        """The slots as chosen (`SlotsError` when they cannot be)."""
        language = self._document.workshop.info.language
        return team_slots(
            [self._teams[i] for i in self.order],
            self.item_id,
            language,
            pitch_s=self.pitch.value(),
            questions_s=self.questions.value(),
        )

    def changes(self) -> ChangeSet:
        """The edit storing the slots: they replace the item's rounds, or only its
        earlier team slots (its other rounds kept before them)."""
        workshop = self._document.workshop
        kept = [] if self.replace.isChecked() else agenda.rounds_of(workshop, self.item_id)
        keep = [r.id for r in kept if r.team_id is None]
        return item_rounds.replace_rounds(workshop, self.item_id, self.rounds(), keep=keep)

    def _summarise(self) -> None:
        if not hasattr(self, "summary"):
            return
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if self.grouping.count() == 0:
            self.summary.setText("")
            self.problem.setText(
                self.tr("This workshop has no grouping yet: make the groups first.")
            )
            ok.setEnabled(False)
            return
        try:
            slots = self.rounds()
        except FacilitatorError as error:
            self.summary.setText("")
            self.problem.setText(render(error.message))
            ok.setEnabled(False)
            return
        total_ms = sum(r.duration_s for r in slots) * 1000
        self.summary.setText(
            self.tr("Slots: %1, %2 in all.")
            .replace("%1", str(len(slots)))
            .replace("%2", length_text(total_ms))
        )
        self.problem.setText("")
        ok.setEnabled(True)
