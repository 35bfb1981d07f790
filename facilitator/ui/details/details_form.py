"""The workshop's details: what it is about, when, where, with whom."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import edits
from facilitator.domain.auto_advance import ANNOUNCE_MAX_S, ANNOUNCE_MIN_S
from facilitator.domain.changes import ChangeSet
from facilitator.domain.messages import Message
from facilitator.domain.records import Day, Person, WorkshopInfo
from facilitator.domain.workshop import Workshop
from facilitator.ui.compact import choice_box
from facilitator.ui.details.bindings import TextBinding
from facilitator.ui.details.days_editor import DaysEditor
from facilitator.ui.details.logo_field import LogoField
from facilitator.ui.details.people_editor import PeopleEditor
from facilitator.ui.editing import UndoText, perform_edit
from facilitator.ui.plain import plain_label, set_tooltip
from facilitator.ui.refresh_when_shown import RefreshWhenShown
from facilitator.ui.retranslate import Retranslatable
from facilitator.ui.style import named

LANGUAGE_NAMES = (("fr", "Français"), ("en", "English"))
DETAILS_RECORDS = (WorkshopInfo, Day, Person)


def _info_reader(name: str) -> Callable[[Workshop], str]:
    return lambda workshop: str(getattr(workshop.info, name))


def _info_writer(name: str) -> Callable[[Workshop, str], ChangeSet]:
    return lambda workshop, value: edits.set_info(workshop, **{name: value})


def _shows_details(changes: ChangeSet) -> bool:
    """Whether an edit changes what the form shows: the workshop's details, its days,
    its people (the logo follows on its own: `LogoField`)."""
    return any(isinstance(c.after or c.before, DETAILS_RECORDS) for c in changes.changes)


def _max_len(name: str) -> int:
    return int(WorkshopInfo.__dataclass_fields__[name].metadata["max_len"])


class DetailsForm(Retranslatable):
    def __init__(
        self,
        document: WorkshopDocument,
        report: Callable[[Message], None],
        choose_file: Callable[[str], Path | None] = lambda _kind: None,
    ) -> None:
        super().__init__()
        self.setObjectName("detailsForm")
        self._document = document
        self._report = report
        self._bindings: list[TextBinding] = []

        self.title_edit = named(QLineEdit(), "title")
        self.question_edit = named(QPlainTextEdit(), "question")
        self.organisation_edit = named(QLineEdit(), "organisation")
        self.place_edit = named(QLineEdit(), "place")
        self.notes_edit = named(QPlainTextEdit(), "notes")
        self.language_combo = named(choice_box(), "language")
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.count_spin = named(QSpinBox(), "participantCount")
        self.count_spin.setRange(0, 10_000)
        self.count_spin.setMaximumWidth(120)
        self._count_hint = named(plain_label(), "subheading")
        self.days = DaysEditor(document, report)
        self.logo = LogoField(document, report, choose_file)
        self.facilitators = PeopleEditor(document, "facilitator", report)
        self.participants = PeopleEditor(document, "participant", report, choose_file)

        for name, widget in (
            ("title", self.title_edit),
            ("question", self.question_edit),
            ("organisation", self.organisation_edit),
            ("place", self.place_edit),
            ("notes", self.notes_edit),
        ):
            if isinstance(widget, QLineEdit):
                widget.setMaxLength(_max_len(name))
            self._bindings.append(
                TextBinding(
                    widget,
                    document,
                    key=f"info.{name}",
                    read=_info_reader(name),
                    write=_info_writer(name),
                    undo_text=partial(self._undo_text, name),
                    report=report,
                )
            )
        self.question_edit.setTabChangesFocus(True)
        self.question_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.language_combo.activated.connect(self._language_chosen)
        self.count_spin.valueChanged.connect(self._count_changed)
        self.count_spin.editingFinished.connect(self._new_count_session)
        self._count_session = 0
        self.language_combo.setEnabled(not document.read_only)
        self.count_spin.setEnabled(not document.read_only)
        self._build_auto_advance()

        self._labels: dict[str, QLabel] = {}
        self._layout_groups()
        self._set_tab_order()

        # Behind another part, refreshed when shown again (issue 22: a capture on the
        # board paid for this form); shown, only for what it shows.
        self.follower = RefreshWhenShown(
            self, lambda _changes: self.refresh(), self.refresh, relevant=_shows_details
        )
        document.changed.connect(self.follower.changed)
        self.retranslate()
        self.refresh()

    def _layout_groups(self) -> None:
        self._about = QGroupBox()
        about = QFormLayout(self._about)
        about.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, widget in (
            ("title", self.title_edit),
            ("question", self.question_edit),
            ("organisation", self.organisation_edit),
            ("place", self.place_edit),
            ("language", self.language_combo),
            ("logo", self.logo),
        ):
            label = plain_label()
            label.setBuddy(widget)
            self._labels[name] = label
            about.addRow(label, widget)

        self._dates = QGroupBox()
        QVBoxLayout(self._dates).addWidget(self.days)

        self._people = QGroupBox()
        people = QFormLayout(self._people)
        people.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_spin)
        count_row.addWidget(self._count_hint, 1)
        for name, field in (
            ("count", count_row),
            ("facilitators", self.facilitators),
            ("participants", self.participants),
        ):
            label = plain_label()
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self._labels[name] = label
            people.addRow(label, field)
        self._labels["count"].setBuddy(self.count_spin)

        self._notes = QGroupBox()
        QVBoxLayout(self._notes).addWidget(self.notes_edit)

        left = QVBoxLayout()
        left.addWidget(self._about)
        left.addWidget(self._notes, 1)
        right = QVBoxLayout()
        right.addWidget(self._dates)
        right.addWidget(self._running)
        right.addWidget(self._people, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        content = named(QWidget(), "page")
        content.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _set_tab_order(self) -> None:
        """Tab follows the reading order: the left column, then the right one."""
        chain: list[QWidget] = [
            self.title_edit,
            self.question_edit,
            self.organisation_edit,
            self.place_edit,
            self.language_combo,
            self.notes_edit,
            *self.days.focus_chain(),
            self.auto_advance_check,
            self.announce_spin,
            self.count_spin,
            *self.facilitators.focus_chain(),
            *self.participants.focus_chain(),
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def retranslate(self) -> None:
        self._about.setTitle(self.tr("The workshop"))
        self._dates.setTitle(self.tr("Dates"))
        self._people.setTitle(self.tr("People"))
        self._notes.setTitle(self.tr("Notes"))
        self._retranslate_auto_advance()
        texts = {
            "title": self.tr("&Title"),
            "question": self.tr("&Question or challenge"),
            "organisation": self.tr("&Organisation"),
            "place": self.tr("&Place"),
            "language": self.tr("&Language of the workshop"),
            "logo": self.tr("Logo (synthesis)"),
            "count": self.tr("&Participants"),
            "facilitators": self.tr("Facilitators"),
            "participants": self.tr("Named participants"),
        }
        for name, text in texts.items():
            self._labels[name].setText(text)
        self.title_edit.setPlaceholderText(self.tr("Untitled workshop"))
        self.question_edit.setPlaceholderText(self.tr("How might we…?"))
        self.organisation_edit.setPlaceholderText(self.tr("The lab or the service that hosts it"))
        self.place_edit.setPlaceholderText(self.tr("Town, building, room"))
        self.notes_edit.setPlaceholderText(
            self.tr("Context, goals, logistics: anything the team should know")
        )
        self._update_count_hint()

    def _undo_text(self, name: str) -> str:
        return {
            "title": self.tr("Edit the title"),
            "question": self.tr("Edit the question"),
            "organisation": self.tr("Edit the organisation"),
            "place": self.tr("Edit the place"),
            "notes": self.tr("Edit the notes"),
        }[name]

    def refresh(self) -> None:
        info = self._document.workshop.info
        for binding in self._bindings:
            binding.refresh()
        index = self.language_combo.findData(info.language)
        if index != self.language_combo.currentIndex():
            self.language_combo.setCurrentIndex(index)
        if self.count_spin.value() != info.participant_count:
            self.count_spin.blockSignals(True)
            self.count_spin.setValue(info.participant_count)
            self.count_spin.blockSignals(False)
        self._refresh_auto_advance()
        self.days.refresh()
        self.facilitators.refresh()
        self.participants.refresh()
        self._update_count_hint()
        self._set_tab_order()  # day rows may have come or gone

    def _update_count_hint(self) -> None:
        named = len(self._document.workshop.where(Person, role="participant"))
        count = self._document.workshop.info.participant_count
        if named > count:
            self._count_hint.setText(
                self.tr("%1 named below: more than the count").replace("%1", str(named))
            )
        elif named:
            self._count_hint.setText(self.tr("of whom %1 named below").replace("%1", str(named)))
        else:
            self._count_hint.setText(self.tr("names are optional"))

    def _apply(self, text: UndoText, values: dict[str, object], merge_key: str | None) -> None:
        perform_edit(
            self._document,
            text,
            lambda: edits.set_info(self._document.workshop, **values),
            report=self._report,
            on_refused=self.refresh,
            merge_key=merge_key,
        )

    def _language_chosen(self, index: int) -> None:
        self._apply(
            lambda: self.tr("Change the language"),
            {"language": self.language_combo.itemData(index)},
            None,
        )

    def _count_changed(self, value: int) -> None:
        self._apply(
            lambda: self.tr("Change the number of participants"),
            {"participant_count": value},
            f"info.participant_count#{self._count_session}",
        )

    def _new_count_session(self) -> None:
        self._count_session += 1

    # -- auto-advance: the workshop's option (domain/auto_advance.py) -----------------
    def _build_auto_advance(self) -> None:
        """The workshop's option and the announce's length, in a group of their own."""
        self.auto_advance_check = named(QCheckBox(), "autoAdvance")
        self.announce_spin = named(QSpinBox(), "announceSeconds")
        self.announce_spin.setRange(ANNOUNCE_MIN_S, ANNOUNCE_MAX_S)
        self.announce_spin.setMaximumWidth(120)
        self._announce_session = 0
        self.auto_advance_check.clicked.connect(self._auto_advance_chosen)
        self.announce_spin.valueChanged.connect(self._announce_changed)
        self.announce_spin.editingFinished.connect(self._new_announce_session)
        for widget in (self.auto_advance_check, self.announce_spin):
            widget.setEnabled(not self._document.read_only)
        self._running = QGroupBox()
        form = QFormLayout(self._running)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._announce_label = plain_label()
        self._announce_label.setBuddy(self.announce_spin)
        form.addRow(self.auto_advance_check)
        form.addRow(self._announce_label, self.announce_spin)

    def _retranslate_auto_advance(self) -> None:
        self._running.setTitle(self.tr("Run mode"))
        self.auto_advance_check.setText(self.tr("Chain the activities &automatically"))
        set_tooltip(
            self.auto_advance_check,
            self.tr(
                "When an activity's time is up, the projector shows “Up next” with a short "
                "countdown, then the next activity of the day starts. Any key stops it. "
                "Each activity may say otherwise (Agenda)."
            ),
        )
        self._announce_label.setText(self.tr("“Up &next” shown for"))
        self.announce_spin.setSuffix(self.tr(" s"))

    def _refresh_auto_advance(self) -> None:
        info = self._document.workshop.info
        if self.auto_advance_check.isChecked() != info.auto_advance:
            self.auto_advance_check.setChecked(info.auto_advance)
        if self.announce_spin.value() != info.auto_advance_s:
            self.announce_spin.blockSignals(True)
            self.announce_spin.setValue(info.auto_advance_s)
            self.announce_spin.blockSignals(False)

    def _auto_advance_chosen(self, checked: bool) -> None:
        self._apply(lambda: self.tr("Change auto-advance"), {"auto_advance": checked}, None)

    def _announce_changed(self, value: int) -> None:
        self._apply(
            lambda: self.tr("Change the length of “Up next”"),
            {"auto_advance_s": value},
            f"info.auto_advance_s#{self._announce_session}",
        )

    def _new_announce_session(self) -> None:
        self._announce_session += 1

    def commit_pending_typing(self) -> None:
        """Write what is being typed now (before closing, or before an export)."""
        for binding in self._bindings:
            binding.commit()
