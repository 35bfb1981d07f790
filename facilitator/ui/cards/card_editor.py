"""One prototype card, focused: its name and status, where it came from, every field
of the workshop's template, the next steps (who, what, by when) and the photos of the
paper prototype. Typing is written as it goes (one undo step per field and session)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import board, card_template, cards, groupings
from facilitator.domain.changes import ChangeSet
from facilitator.domain.messages import Message
from facilitator.domain.records import (
    Attachment,
    Ballot,
    CardField,
    CardValue,
    Cluster,
    GroupingInfo,
    Idea,
    NextStep,
    PrototypeCard,
    Team,
    VoteOption,
    VoteSession,
)
from facilitator.domain.workshop import Workshop
from facilitator.ui.board.photos import read_or_report, shown_pixmap
from facilitator.ui.cards.names import source_text, status_names
from facilitator.ui.compact import choice_box
from facilitator.ui.details.bindings import TextBinding
from facilitator.ui.editing import UndoText, perform_edit
from facilitator.ui.groups.team_choice import fill_team_box
from facilitator.ui.plain import plain_label
from facilitator.ui.refresh_when_shown import RefreshWhenShown
from facilitator.ui.retranslate import Retranslatable
from facilitator.ui.style import named, scaled_font

STEP_ROLE = Qt.ItemDataRole.UserRole
STEP_KEYS = ("action", "owner", "due_date")  # the text columns; then DONE_COLUMN
DONE_COLUMN = 3  # a check box: the step is done (issue 21: the activity report counts it)
CARD_RECORDS = (
    PrototypeCard,
    CardField,
    CardValue,
    NextStep,
    Attachment,
    VoteOption,
    VoteSession,  # the source line names the vote
    Ballot,  # and says the option's dots
    Idea,
    Cluster,
    Team,  # the team chooser's entries
    GroupingInfo,
)
THUMBNAIL = 220


def _touches_card(changes: ChangeSet) -> bool:
    """Whether an edit may change what the card editor shows (CARD_RECORDS)."""
    return any(isinstance(c.after or c.before, CARD_RECORDS) for c in changes.changes)


def _template_of(workshop: Workshop) -> list[tuple[str, str]]:
    """The template's fields as the editor shows them: (id, label) each, in order."""
    return [(field.id, field.label) for field in card_template.fields_of(workshop)]


class CardEditor(Retranslatable):
    def __init__(
        self,
        document: WorkshopDocument,
        report: Callable[[Message], None],
        choose_file: Callable[[str], Path | None],
    ) -> None:
        super().__init__()
        self.document = document
        self._report = report
        self._choose_file = choose_file
        self.card_id: str | None = None
        self.name = QLineEdit()
        self.name.setFont(scaled_font(self, 1.4, bold=True))
        self.name.setMaxLength(200)
        self.status = choice_box()
        self.status.activated.connect(self._status_chosen)
        self.team = choice_box(28)  # which team made it (issue 18)
        self.team.activated.connect(self._team_chosen)
        self._team_label = plain_label()
        self._team_label.setBuddy(self.team)
        self.source = named(plain_label(), "subheading")
        self.source.setWordWrap(True)
        self.fields: dict[str, QPlainTextEdit] = {}
        self._field_labels: dict[str, QLabel] = {}
        self._bindings: list[TextBinding] = []
        self._template: list[tuple[str, str]] = []  # the fields shown: (id, label) each
        self._fields_host = QWidget()
        self._fields_form = QFormLayout(self._fields_host)
        self._fields_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.steps = QTableWidget(0, DONE_COLUMN + 1)
        self.steps.verticalHeader().hide()
        self.steps.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, DONE_COLUMN):
            self.steps.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.steps.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.steps.itemChanged.connect(self._step_changed)
        self.add_step = QPushButton()
        self.add_step.clicked.connect(self.new_step)
        self.remove_step = QPushButton()
        self.remove_step.clicked.connect(self._remove_step)
        self.photos = QHBoxLayout()
        self.add_photo = QPushButton()
        self.add_photo.clicked.connect(self._choose_photo)
        self._labels = {k: named(plain_label(), "sectionTitle") for k in ("steps", "photos")}
        self._status_label = plain_label()
        self._filling = False
        self._name_binding = TextBinding(
            self.name,
            document,
            key="card-name",
            read=self._read_name,
            write=self._write_name,
            undo_text=lambda: self.tr("Name a card"),
            report=report,
        )
        self._layout()
        # Behind another part, everything again once when shown (issue 22: every note
        # captured on the board refreshed this editor, its source being an idea).
        self.follower = RefreshWhenShown(
            self, self._changed, self._refresh_all, relevant=_touches_card
        )
        document.changed.connect(self.follower.changed)
        self.retranslate()

    def _layout(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.name, 1)
        head.addWidget(self._status_label)
        head.addWidget(self.status)
        step_buttons = QHBoxLayout()
        step_buttons.addWidget(self.add_step)
        step_buttons.addWidget(self.remove_step)
        step_buttons.addStretch(1)
        photo_row = QHBoxLayout()
        photo_row.addLayout(self.photos)
        photo_row.addWidget(self.add_photo, 0, Qt.AlignmentFlag.AlignTop)
        photo_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        self._team_row = QWidget()
        team_row = QHBoxLayout(self._team_row)
        team_row.setContentsMargins(0, 0, 0, 0)
        team_row.addWidget(self._team_label)
        team_row.addWidget(self.team)
        team_row.addStretch(1)
        layout.addWidget(self._team_row)
        layout.addWidget(self.source)
        layout.addWidget(self._fields_host)
        layout.addWidget(self._labels["steps"])
        layout.addWidget(self.steps)
        layout.addLayout(step_buttons)
        layout.addWidget(self._labels["photos"])
        layout.addLayout(photo_row)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.name.setPlaceholderText(self.tr("The prototype's name"))
        self._status_label.setText(self.tr("Status:"))
        self._team_label.setText(self.tr("Made by the &group:"))
        self.steps.setHorizontalHeaderLabels(
            [self.tr("Next step"), self.tr("Who"), self.tr("By (YYYY-MM-DD)"), self.tr("Done")]
        )
        self.add_step.setText(self.tr("Add a next step"))
        self.remove_step.setText(self.tr("Remove the step"))
        self.add_photo.setText(self.tr("Add a photo or a sketch…"))
        self._labels["steps"].setText(self.tr("Next steps"))
        self._labels["photos"].setText(self.tr("Photos and sketches"))
        self.refresh()

    # -- which card -------------------------------------------------------------------
    @property
    def card(self) -> PrototypeCard | None:
        return self.document.workshop.get(PrototypeCard, self.card_id)

    def show_card(self, card_id: str | None) -> None:
        self.commit_pending_typing()
        self.card_id = card_id
        self._rebuild_fields()
        self._name_binding.restart()
        self.refresh()

    def commit_pending_typing(self) -> None:
        self._name_binding.commit()
        for binding in self._bindings:
            binding.commit()

    def _read_name(self, workshop: Workshop) -> str:
        card = workshop.get(PrototypeCard, self.card_id)
        return card.name if card else ""

    def _write_name(self, workshop: Workshop, text: str) -> ChangeSet:
        if self.card_id is None:
            return ChangeSet(())
        return cards.set_card(workshop, self.card_id, name=text)

    def _rebuild_fields(self) -> None:
        """One text box per field of the template, bound to this card's text."""
        for binding in self._bindings:
            binding.deleteLater()
        self._bindings = []
        while self._fields_form.rowCount():
            self._fields_form.removeRow(0)
        self.fields, self._field_labels = {}, {}
        workshop = self.document.workshop
        self._template = _template_of(workshop)
        for field in card_template.fields_of(workshop):
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setFixedHeight(int(box.fontMetrics().lineSpacing() * 3.6))
            label = plain_label(field.label)
            label.setFont(scaled_font(self, 1.0, bold=True))
            self._fields_form.addRow(label, box)
            self.fields[field.key] = box
            self._field_labels[field.key] = label
            self._bindings.append(self._bind(field, box))
        self._fields_host.setEnabled(self.card_id is not None)

    def _bind(self, field: CardField, box: QPlainTextEdit) -> TextBinding:
        field_id = field.id

        def read(workshop: Workshop) -> str:
            return cards.values_of(workshop, self.card_id or "").get(field_id, "")

        def write(workshop: Workshop, text: str) -> ChangeSet:
            if self.card_id is None:
                return ChangeSet(())
            return cards.set_value(workshop, self.card_id, field_id, text)

        return TextBinding(
            box,
            self.document,
            key=f"card-{field_id}",
            read=read,
            write=write,
            undo_text=lambda: self.tr("Edit a card"),
            report=self._report,
        )

    # -- following the document -------------------------------------------------------
    def _changed(self, changes: ChangeSet) -> None:
        records = [c.after or c.before for c in changes.changes]
        if any(isinstance(r, CardField) for r in records):
            self._rebuild_fields()  # the template changed: its fields, their order
        self._name_binding.refresh()
        for binding in self._bindings:
            binding.refresh()
        self.refresh()

    def _refresh_all(self) -> None:
        """Everything as the workshop is now (shown again after edits made while it was
        behind another part): the fields rebuilt only if the template changed."""
        if self._template != _template_of(self.document.workshop):
            self._rebuild_fields()
        self._name_binding.refresh()
        for binding in self._bindings:
            binding.refresh()
        self.refresh()

    def refresh(self) -> None:
        card = self.card
        workshop = self.document.workshop
        writable = card is not None and not self.document.read_only
        for widget in (self.name, self.status, self.add_step, self.remove_step, self.add_photo):
            widget.setEnabled(writable)
        self.status.blockSignals(True)
        self.status.clear()
        for key, text in status_names().items():
            self.status.addItem(text, key)
        self.status.setCurrentIndex(max(self.status.findData(card.status if card else "idea"), 0))
        self.status.blockSignals(False)
        fill_team_box(self.team, workshop, card.team_id if card else None)
        self.team.setEnabled(writable)
        self._team_row.setVisible(self.team.count() > 1)  # only once there are teams
        self.source.setText(source_text(workshop, card) if card else "")
        self.source.setVisible(bool(self.source.text()))
        self._fill_steps()
        self._fill_photos()

    def _fill_steps(self) -> None:
        steps = cards.steps_of(self.document.workshop, self.card_id or "")
        self._filling = True
        writable = self.card is not None and not self.document.read_only
        self.steps.setRowCount(len(steps))
        for row, step in enumerate(steps):
            for column, text in enumerate((step.action, step.owner, step.due_date)):
                item = QTableWidgetItem(text)
                item.setData(STEP_ROLE, step.id)
                self.steps.setItem(row, column, item)
            self.steps.setItem(row, DONE_COLUMN, self._done_item(step, writable=writable))
        self._filling = False
        rows = max(len(steps), 1)
        self.steps.setFixedHeight(
            self.steps.horizontalHeader().height()
            + rows * self.steps.verticalHeader().defaultSectionSize()
            + 4
        )

    def _done_item(self, step: NextStep, *, writable: bool) -> QTableWidgetItem:
        """The step's « Fait » check box (Space or a click ticks it), never a text field;
        read-only, it shows the state and cannot be ticked."""
        item = QTableWidgetItem()
        item.setData(STEP_ROLE, step.id)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if writable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(flags)
        item.setCheckState(Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked)
        return item

    def _fill_photos(self) -> None:
        while (child := self.photos.takeAt(0)) is not None:
            widget = child.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        writable = self.card is not None and not self.document.read_only
        for photo in cards.photos_of(self.document.workshop, self.card_id or ""):
            self.photos.addWidget(self._photo_tile(photo, writable=writable))

    def _photo_tile(self, photo: Attachment, *, writable: bool) -> QWidget:
        """The photo, its caption, and the two things one does with it."""
        tile = QWidget()
        column = QVBoxLayout(tile)
        column.setContentsMargins(0, 0, 0, 0)
        picture = plain_label()
        pixmap, problem = shown_pixmap(photo.data, QSize(THUMBNAIL, THUMBNAIL))
        if problem is None:  # decoded straight at the tile's size
            picture.setPixmap(pixmap)
        elif problem.too_large:  # a colleague's 20,000 pixels: said, never decoded
            picture.setText(self.tr("(photo too large to show)"))
        else:  # damaged in the file: said, never fatal
            picture.setText(self.tr("(unreadable photo)"))
        caption = plain_label(photo.caption)
        caption.setWordWrap(True)
        caption.setMaximumWidth(THUMBNAIL)
        buttons = QHBoxLayout()
        for text, action in (
            (self.tr("Caption…"), lambda: self._ask_caption(photo.id, photo.caption)),
            (self.tr("Remove"), lambda: self.remove_photo(photo.id)),
        ):
            button = QPushButton(text)
            button.setEnabled(writable)
            button.clicked.connect(action)
            buttons.addWidget(button)
        column.addWidget(picture)
        column.addWidget(caption)
        column.addLayout(buttons)
        return tile

    # -- edits ----------------------------------------------------------------------------
    def _edit(self, text: UndoText, build: Callable[[], ChangeSet]) -> bool:
        if self.document.read_only:
            return False
        return perform_edit(
            self.document,
            text,
            build,
            report=self._report,
            on_refused=lambda: QTimer.singleShot(0, self.refresh),
        )

    def _status_chosen(self, index: int) -> None:
        card_id, status = self.card_id, str(self.status.itemData(index))
        if card_id is not None:
            self._edit(
                lambda: self.tr("Change a card's status"),
                lambda: cards.set_card(self.document.workshop, card_id, status=status),
            )

    def _team_chosen(self, index: int) -> None:
        card_id, team_id = self.card_id, str(self.team.itemData(index) or "")
        if card_id is not None:
            self._edit(
                lambda: self.tr("Say which group made a card"),
                lambda: groupings.tag_card(self.document.workshop, card_id, team_id or None),
            )

    def new_step(self) -> None:
        card_id = self.card_id
        if card_id is None:
            return
        if self._edit(
            lambda: self.tr("Add a next step"),
            lambda: cards.add_step(self.document.workshop, card_id, "")[0],
        ):
            row = self.steps.rowCount() - 1
            self.steps.setFocus()
            self.steps.setCurrentCell(row, 0)
            item = self.steps.item(row, 0)
            if item is not None:
                self.steps.editItem(item)

    def _remove_step(self) -> None:
        item = self.steps.item(self.steps.currentRow(), 0)
        if item is None:
            return
        step_id = str(item.data(STEP_ROLE))
        self._edit(
            lambda: self.tr("Remove a next step"),
            lambda: cards.remove_step(self.document.workshop, step_id),
        )

    def _step_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        step_id = str(item.data(STEP_ROLE))
        if item.column() == DONE_COLUMN:
            done = item.checkState() == Qt.CheckState.Checked
            self.set_step_done(step_id, done)
            return
        key = STEP_KEYS[item.column()]
        text = item.text()
        self._edit(
            lambda: self.tr("Edit a next step"),
            lambda: cards.set_step(self.document.workshop, step_id, **{key: text}),
        )

    def set_step_done(self, step_id: str, done: bool) -> bool:
        """Tick or untick a next step's « Fait » (one undo step)."""
        return self._edit(
            lambda: (
                self.tr("Mark a next step done") if done else self.tr("Mark a next step not done")
            ),
            lambda: cards.set_step_done(self.document.workshop, step_id, done),
        )

    def _ask_caption(self, photo_id: str, caption: str) -> None:
        text, accepted = QInputDialog.getText(
            self, self.tr("Caption"), self.tr("Caption of the photo:"), text=caption
        )
        if accepted:
            self.set_caption(photo_id, text)

    def set_caption(self, photo_id: str, caption: str) -> bool:
        return self._edit(
            lambda: self.tr("Caption a photo"),
            lambda: board.set_photo_caption(self.document.workshop, photo_id, caption),
        )

    def remove_photo(self, photo_id: str) -> bool:
        return self._edit(
            lambda: self.tr("Remove a photo"),
            lambda: board.delete_photo(self.document.workshop, photo_id),
        )

    def _choose_photo(self) -> None:
        path = self._choose_file("photo")
        if path is not None:
            self.add_photo_from(path)

    def add_photo_from(self, path: Path, caption: str = "") -> bool:
        card_id = self.card_id
        if card_id is None:
            return False
        photo = read_or_report(path, self._report)
        if photo is None:
            return False
        data, width, height = photo
        return self._edit(
            lambda: self.tr("Add a photo to a card"),
            lambda: cards.add_photo(
                self.document.workshop,
                card_id,
                data=data,
                width=width,
                height=height,
                caption=caption or path.stem,
            )[0],
        )
