"""Editing the selected agenda item: title, duration, kind, category, tool, texts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import agenda, board
from facilitator.domain.changes import ChangeSet
from facilitator.domain.messages import Message
from facilitator.domain.records import AgendaItem, Board, VoteSession
from facilitator.domain.workshop import Workshop
from facilitator.ui.agenda.names import category_choices, kind_choices, tool_choices
from facilitator.ui.agenda.rounds_editor import RoundsEditor
from facilitator.ui.compact import choice_box
from facilitator.ui.details.bindings import TextBinding
from facilitator.ui.editing import perform_edit
from facilitator.ui.plain import plain_label, set_tooltip
from facilitator.ui.refresh_when_shown import RefreshWhenShown
from facilitator.ui.retranslate import Retranslatable
from facilitator.ui.style import named

NEW_BOARD = "+new"


class VerticalScroll(QScrollArea):
    """A scroll area that scrolls only up and down: it asks for its content's minimum
    width (so the splitter never cuts the form's fields on the right), and any height."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        hint = super().minimumSizeHint()
        if content is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        margins = self.contentsMargins()
        width = content.minimumSizeHint().width() + bar + margins.left() + margins.right()
        return QSize(max(hint.width(), width), hint.height())


class ItemEditor(Retranslatable):
    def __init__(self, document: WorkshopDocument, report: Callable[[Message], None]) -> None:
        super().__init__()
        self._document = document
        self._report = report
        self.item_id: str | None = None
        self._session = 0
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(0, 480)
        self.duration_spin.setSingleStep(5)
        self.kind_combo = choice_box()
        self.category_combo = choice_box()
        self.tool_combo = choice_box()
        self.target_combo = choice_box()
        self.target_combo.activated.connect(self._target_chosen)
        self.instructions_edit = QPlainTextEdit()
        self.notes_edit = QPlainTextEdit()
        self.materials_edit = QPlainTextEdit()
        for edit in (self.instructions_edit, self.notes_edit, self.materials_edit):
            edit.setTabChangesFocus(True)
        self._hint = named(plain_label(), "subheading")
        self._hint.setWordWrap(True)
        text_widgets: list[tuple[str, QLineEdit | QPlainTextEdit]] = [
            ("title", self.title_edit),
            ("participant_instructions", self.instructions_edit),
            ("facilitator_notes", self.notes_edit),
            ("materials", self.materials_edit),
        ]
        self._bindings = [
            TextBinding(
                widget,
                document,
                key=f"item.{name}",
                read=self._reader(name),
                write=self._writer(name),
                undo_text=lambda: self.tr("Edit an activity"),
                report=report,
            )
            for name, widget in text_widgets
        ]
        self.duration_spin.valueChanged.connect(self._duration_changed)
        self.duration_spin.editingFinished.connect(self._new_session)
        self.kind_combo.activated.connect(lambda _: self._choice("kind", self.kind_combo))
        self.category_combo.activated.connect(
            lambda _: self._choice("category", self.category_combo)
        )
        self.tool_combo.activated.connect(lambda _: self._choice("tool", self.tool_combo))

        self._form = QWidget()
        form = QFormLayout(self._form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels = [plain_label() for _ in range(9)]
        self._target_label = self._labels[5]  # beside the board choice, shown with it
        for label, field in zip(
            self._labels,
            (
                self.title_edit,
                self.duration_spin,
                self.kind_combo,
                self.category_combo,
                self.tool_combo,
                self.target_combo,
                self.instructions_edit,
                self.notes_edit,
                self.materials_edit,
            ),
            strict=True,
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        self._build_auto_advance(form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._hint)
        layout.addWidget(self._scrolled_with_rounds(document, report), 1)
        # Behind another part (or another tab), refreshed once when shown (issue 22).
        self.follower = RefreshWhenShown(self, lambda _changes: self.refresh(), self.refresh)
        document.changed.connect(self.follower.changed)
        self.retranslate()
        self.show_item(None)

    def _scrolled_with_rounds(
        self, document: WorkshopDocument, report: Callable[[Message], None]
    ) -> QScrollArea:
        """The form, then the item's rounds (issue 18: ui/agenda/rounds_editor.py) in a
        box, both in a scroll area: the side panel keeps its size on a small screen."""
        self.rounds = RoundsEditor(document, report)
        self._rounds_box = QGroupBox()
        box_layout = QVBoxLayout(self._rounds_box)
        box_layout.addWidget(self.rounds)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self._form)
        content_layout.addWidget(self._rounds_box)
        content_layout.addStretch(1)
        scroll = VerticalScroll()
        scroll.setWidget(content)
        return scroll

    def _reader(self, name: str) -> Callable[[Workshop], str]:
        def read(workshop: Workshop) -> str:
            item = workshop.get(AgendaItem, self.item_id)
            return str(getattr(item, name)) if item else ""

        return read

    def _writer(self, name: str) -> Callable[[Workshop, str], ChangeSet]:
        def write(workshop: Workshop, value: str) -> ChangeSet:
            if self.item_id is None or workshop.get(AgendaItem, self.item_id) is None:
                return ChangeSet(())
            return agenda.set_item(workshop, self.item_id, **{name: value})

        return write

    def retranslate(self) -> None:
        for label, text in zip(
            self._labels,
            (
                self.tr("&Title"),
                self.tr("&Duration"),
                self.tr("&Kind"),
                self.tr("Cate&gory"),
                self.tr("&Opens"),
                self.tr("&Board"),
                self.tr("Participant &instructions"),
                self.tr("Facilitator &notes"),
                self.tr("&Materials (one per line)"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.duration_spin.setSuffix(self.tr(" min"))
        self._hint.setText(self.tr("Select an activity to edit it, or add one from the library."))
        for combo, choices in (
            (self.kind_combo, kind_choices()),
            (self.category_combo, category_choices()),
            (self.tool_combo, tool_choices()),
        ):
            combo.clear()
            for code, name in choices:
                combo.addItem(name, code)
        self.instructions_edit.setPlaceholderText(self.tr("Shown to the room on the projector"))
        self._rounds_box.setTitle(self.tr("Rounds"))
        self._retranslate_auto_advance()
        self.notes_edit.setPlaceholderText(self.tr("For you only: steps, tips, timing"))
        self.refresh()

    def show_item(self, item_id: str | None) -> None:
        if item_id == self.item_id:
            return
        for binding in self._bindings:
            binding.commit()  # what was typed belongs to the item shown until now
        self.item_id = item_id
        self.rounds.show_item(item_id)
        for binding in self._bindings:
            binding.restart()
        self._new_session()
        self.refresh()

    def refresh(self) -> None:
        item = self._document.workshop.get(AgendaItem, self.item_id)
        self._form.setEnabled(item is not None and not self._document.read_only)
        self._hint.setVisible(item is None)
        self._rounds_box.setVisible(item is not None and item.kind == "activity")
        if item is None:
            return
        for binding in self._bindings:
            binding.refresh()
        if self.duration_spin.value() != item.duration_min:
            self.duration_spin.blockSignals(True)
            self.duration_spin.setValue(item.duration_min)
            self.duration_spin.blockSignals(False)
        for combo, value in (
            (self.kind_combo, item.kind),
            (self.category_combo, item.category),
            (self.tool_combo, item.tool),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self._refresh_targets(item)
        self._refresh_auto_advance(item)

    def _edit(self, build: Callable[[], ChangeSet], merge_key: str | None = None) -> None:
        if self.item_id is None:
            return
        perform_edit(
            self._document,
            lambda: self.tr("Edit an activity"),
            build,
            report=self._report,
            on_refused=self.refresh,
            merge_key=merge_key,
        )

    def _refresh_targets(self, item: AgendaItem) -> None:
        """For an item that opens the idea board: which board (or a new one); for a
        vote activity: which vote."""
        linked = item.tool in ("board", "vote")
        self.target_combo.setVisible(linked)
        self._target_label.setVisible(linked)
        if not linked:
            return
        self._target_label.setText(self.tr("&Board") if item.tool == "board" else self.tr("&Vote"))
        self.target_combo.blockSignals(True)
        self.target_combo.clear()
        workshop = self._document.workshop
        if item.tool == "board":
            for found in workshop.all(Board):
                self.target_combo.addItem(found.title or self.tr("Untitled board"), found.id)
            self.target_combo.addItem(self.tr("+ A new board for this activity"), NEW_BOARD)
        else:
            for vote in workshop.all(VoteSession):
                self.target_combo.addItem(vote.title or self.tr("Untitled vote"), vote.id)
        index = self.target_combo.findData(item.tool_target_id)
        if index < 0:
            choose = (
                self.tr("(choose a board)")
                if item.tool == "board"
                else self.tr("(choose a vote: create it in Votes)")
            )
            self.target_combo.insertItem(0, choose, "")
            index = 0
        self.target_combo.setCurrentIndex(index)
        self.target_combo.blockSignals(False)

    def _target_chosen(self, index: int) -> None:
        item_id, target = self.item_id, str(self.target_combo.itemData(index) or "")
        if item_id is None or not target:
            return
        workshop = self._document.workshop

        def build() -> ChangeSet:
            if target != NEW_BOARD:
                return agenda.set_item(workshop, item_id, tool_target_id=target)
            item = workshop.get(AgendaItem, item_id)
            title = item.title if item else ""
            created, board_id = board.add_board(workshop, title)
            link = agenda.set_item(workshop, item_id, tool_target_id=board_id)
            return ChangeSet.of([*created.changes, *link.changes])

        self._edit(build)

    def _duration_changed(self, value: int) -> None:
        item_id = self.item_id
        if item_id is not None:
            self._edit(
                lambda: agenda.set_item(self._document.workshop, item_id, duration_min=value),
                f"item.duration.{item_id}#{self._session}",
            )

    def _new_session(self) -> None:
        self._session += 1

    def _choice(self, name: str, combo: QComboBox) -> None:
        item_id = self.item_id
        if item_id is not None:
            value = combo.currentData()
            self._edit(lambda: agenda.set_item(self._document.workshop, item_id, **{name: value}))

    # -- auto-advance: the item's own option (domain/auto_advance.py) ---------------------
    def _build_auto_advance(self, form: QFormLayout) -> None:
        """« Comme l'atelier / Oui / Non », just below the duration."""
        self.auto_advance_combo = choice_box()
        self._auto_advance_label = plain_label()
        self._auto_advance_label.setBuddy(self.auto_advance_combo)
        found = form.getWidgetPosition(self.duration_spin)  # (row, role)
        assert isinstance(found, tuple)
        form.insertRow(int(found[0]) + 1, self._auto_advance_label, self.auto_advance_combo)
        self.auto_advance_combo.activated.connect(
            lambda _: self._choice("auto_advance", self.auto_advance_combo)
        )

    def _retranslate_auto_advance(self) -> None:
        self._auto_advance_label.setText(self.tr("&Auto-advance"))
        combo = self.auto_advance_combo
        combo.blockSignals(True)
        combo.clear()
        for code, name in (
            ("workshop", self.tr("As the workshop")),
            ("on", self.tr("Yes")),
            ("off", self.tr("No")),
        ):
            combo.addItem(name, code)
        combo.blockSignals(False)
        set_tooltip(
            combo,
            self.tr(
                "When this activity's time is up: show “Up next”, then start the next "
                "activity of the day by itself. “As the workshop” follows the workshop's "
                "option (Details)."
            ),
        )

    def _refresh_auto_advance(self, item: AgendaItem) -> None:
        combo = self.auto_advance_combo
        combo.setCurrentIndex(max(0, combo.findData(item.auto_advance)))

    def commit_pending_typing(self) -> None:
        for binding in self._bindings:
            binding.commit()
        self.rounds.commit_pending_typing()
