"""The grouping page's two dialogs: a new grouping (its name, groups by size or by number,
roles balanced, a chosen draw number, the absences and wishes of another grouping), and
a wish (people kept together or apart, ticked in the list of participants)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import groupings, groups
from facilitator.domain.records import SHORT, GroupingRule, WishKind
from facilitator.ui.compact import choice_box
from facilitator.ui.plain import plain_label, set_tooltip

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class GroupingSettings:
    """What the facilitator asked for a new grouping. `seed` None: a new draw;
    `like` the id of a grouping whose absences and wishes are taken, or None."""

    name: str
    rule: GroupingRule
    amount: int
    balance_roles: bool = False
    seed: int | None = None
    like: str | None = None


def person_text(name: str, organisation: str, job: str, nameless: str) -> str:
    """A participant on one line: "Name — Organisation (role)", the blank parts left out."""
    text = " ".join(name.split()) or nameless
    if organisation.strip():
        text += f" — {' '.join(organisation.split())}"
    if job.strip():
        text += f" ({' '.join(job.split())})"
    return text


class NewGroupingDialog(QDialog):
    def __init__(
        self, document: WorkshopDocument, like: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        workshop = document.workshop
        people = len(groupings.participants(workshop))
        self.setWindowTitle(self.tr("New grouping"))
        self.name = QLineEdit(groupings.default_grouping_name(workshop))
        self.name.setMaxLength(SHORT)
        self.by_size = QRadioButton(self.tr("Groups of about"))
        self.by_count = QRadioButton(self.tr("A number of groups"))
        self.by_size.setChecked(True)
        self.group_size = QSpinBox()
        self.group_size.setRange(1, groups.MAX_PEOPLE)
        self.group_size.setValue(min(4, max(1, people)))
        self.group_size.setSuffix(self.tr(" people"))
        self.group_count = QSpinBox()
        self.group_count.setRange(1, groups.MAX_PEOPLE)
        self.group_count.setValue(max(1, min(4, people)))
        self.balance = QCheckBox(self.tr("Spread the roles over the groups as well"))
        self.choose_seed = QCheckBox(self.tr("Draw number"))
        self.seed = QLineEdit()
        self.seed.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,16}")))
        self.seed.setPlaceholderText(self.tr("a new draw"))
        self.seed.setEnabled(False)
        self.choose_seed.toggled.connect(self.seed.setEnabled)
        set_tooltip(
            self.seed,
            self.tr("The same participants and the same draw number give the same groups."),
        )
        self.like = choice_box(28)
        self.like.addItem(self.tr("No one absent, no wish"), "")
        for grouping in groupings.groupings_of(workshop):
            self.like.addItem(grouping.name, grouping.id)
            if grouping.id == like:
                self.like.setCurrentIndex(self.like.count() - 1)
        self.people = plain_label()
        self.people.setWordWrap(True)
        self._layout()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(people > 0)
        if people:
            self.people.setText(self.tr("%n participant(s), from the Details page.", "", people))
        else:
            self.people.setText(self.tr("No participant yet: add them on the Details page first."))

    def _layout(self) -> None:
        size_row = QHBoxLayout()
        size_row.addWidget(self.by_size)
        size_row.addWidget(self.group_size)
        size_row.addStretch(1)
        count_row = QHBoxLayout()
        count_row.addWidget(self.by_count)
        count_row.addWidget(self.group_count)
        count_row.addStretch(1)
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.choose_seed)
        seed_row.addWidget(self.seed, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("Make"), size_row)
        form.addRow("", count_row)
        form.addRow("", self.balance)
        form.addRow("", seed_row)
        form.addRow(self.tr("&Absent and wishes as in"), self.like)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.people)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def settings(self) -> GroupingSettings:
        seed_text = self.seed.text().strip()
        seed = int(seed_text) if self.choose_seed.isChecked() and seed_text else None
        by_size = self.by_size.isChecked()
        return GroupingSettings(
            name=self.name.text(),
            rule="size" if by_size else "count",
            amount=self.group_size.value() if by_size else self.group_count.value(),
            balance_roles=self.balance.isChecked(),
            seed=seed,
            like=str(self.like.currentData() or "") or None,
        )


class WishDialog(QDialog):
    """Tick the people, then "Keep together" or "Keep apart"; a filter finds them in a
    long list (300 participants)."""

    def __init__(self, document: WorkshopDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keep together or apart"))
        self.kind: WishKind | None = None
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Find a name or an organisation"))
        self.filter.textChanged.connect(self._filter)
        self.people = QListWidget()
        nameless = self.tr("(no name)")
        for person in groupings.participants(document.workshop):
            item = QListWidgetItem(
                person_text(person.name, person.organisation, person.job, nameless)
            )
            item.setData(ID_ROLE, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.people.itemChanged.connect(lambda _: self._refresh())
        self.hint = plain_label(
            self.tr("Ticked people are kept together, or apart, at the next draws.")
        )
        self.hint.setWordWrap(True)
        self.together = QPushButton(self.tr("Keep together"))
        self.apart = QPushButton(self.tr("Keep apart"))
        self.together.clicked.connect(lambda: self._chosen("together"))
        self.apart.clicked.connect(lambda: self._chosen("apart"))
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.together)
        buttons.addWidget(self.apart)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.filter)
        layout.addWidget(self.people, 1)
        layout.addLayout(buttons)
        self.resize(520, 480)
        self._refresh()

    def ticked(self) -> list[str]:
        return [
            str(self.people.item(row).data(ID_ROLE))
            for row in range(self.people.count())
            if self.people.item(row).checkState() == Qt.CheckState.Checked
        ]

    def tick(self, person_ids: list[str]) -> None:
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item.data(ID_ROLE) in person_ids:
                item.setCheckState(Qt.CheckState.Checked)

    def _refresh(self) -> None:
        enough = len(self.ticked()) >= 2
        self.together.setEnabled(enough)
        self.apart.setEnabled(enough)

    def _filter(self, text: str) -> None:
        wanted = text.casefold().strip()
        for row in range(self.people.count()):
            item = self.people.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def _chosen(self, kind: WishKind) -> None:
        self.kind = kind
        self.accept()
