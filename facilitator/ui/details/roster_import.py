"""Import participants (issue 18): a CSV or text file, or lines pasted from a
spreadsheet or an e-mail ("Marie Dupont; Mairie de Lyon; élue"), previewed before
anything is added.

The file's text is shown in the same box as a paste (read as storage/roster_files.py
says: its encoding, its separator, its header), so a facilitator can see it and mend a
line before adding; the separator can be chosen when the automatic one is wrong
("Dupont, Marie" read as a name and an organisation). The preview lists who will be
added (at most PREVIEW_ROWS rows shown; all are added), and every line left out or to
check, with why: no name, too long, the same name twice, already a participant. The
people are added in one change, one step of the Edit menu's undo
(`PeopleEditor.add_newcomers`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.messages import FacilitatorError, Message
from facilitator.domain.participants import ImportPlan, Newcomer, plan_import
from facilitator.domain.workshop import Workshop
from facilitator.storage.roster_files import (
    RosterFile,
    RosterNote,
    Separator,
    read_roster_text,
    roster_text,
)
from facilitator.translations import render
from facilitator.ui.compact import choice_box
from facilitator.ui.plain import plain_label

PREVIEW_ROWS = 1_000  # rows of the preview table; the rest are counted, and added too
NOTES_SHOWN = 500  # lines of the notes' list
# The separator's choices: their keys, as the combo box keeps them.
SEPARATOR_CHOICES: dict[str, Separator | None] = {
    "auto": None,
    "semicolon": ";",
    "comma": ",",
    "tab": "\t",
    "none": "",
}


class RosterImportDialog(QDialog):
    """Choose a file or paste lines; the preview follows every change of the text or of
    the separator. `newcomers()`: the people read, for `PeopleEditor.add_newcomers`."""

    def __init__(
        self,
        parent: QWidget | None,
        workshop: Workshop,
        choose_file: Callable[[str], Path | None],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rosterImport")
        self._workshop = workshop
        self._choose_file = choose_file
        self._source = ""  # the file's name, while its text is shown as read
        self._loaded = ""  # that text
        self._encoding = ""
        self._problem: Message | None = None  # why nothing can be read
        self.read: RosterFile | None = None
        self.plan: ImportPlan | None = None

        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose)
        self.source_label = plain_label()
        self.source_label.setObjectName("subheading")
        self.text = QPlainTextEdit()
        self.text.setObjectName("rosterText")
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self.update_preview)
        self.separator = choice_box()
        for key in SEPARATOR_CHOICES:
            self.separator.addItem("", key)
        self.separator.currentIndexChanged.connect(self.update_preview)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.preview = QTableWidget(0, 3)
        self.preview.setObjectName("rosterPreview")
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        for column in range(3):
            self.preview.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch
            )
        self.notes_label = plain_label()
        self.notes = QListWidget()
        self.notes.setObjectName("rosterNotes")
        self.notes.setMaximumHeight(120)
        self.notes.setWordWrap(True)  # a long organisation in a note: read whole
        self.notes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self._lay_out()
        self.resize(760, 640)
        self.retranslate()
        self.update_preview()

    def _lay_out(self) -> None:
        source_row = QHBoxLayout()
        source_row.addWidget(self.choose_button)
        source_row.addWidget(self.source_label, 1)
        self._paste_label = plain_label()
        self._paste_label.setWordWrap(True)
        self._separator_form = QFormLayout()
        self._separator_label = plain_label()
        self._separator_label.setBuddy(self.separator)
        self._separator_form.addRow(self._separator_label, self.separator)
        layout = QVBoxLayout(self)
        layout.addLayout(source_row)
        layout.addWidget(self._paste_label)
        layout.addWidget(self.text, 2)
        layout.addLayout(self._separator_form)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.buttons)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import participants"))
        self.choose_button.setText(self.tr("Choose a file…"))
        self._paste_label.setText(
            self.tr(
                "Or paste the list here, one person a line: name; organisation; role "
                "(cells copied from a spreadsheet, a CSV file, names alone). A first "
                "line such as “Nom;Prénom;Structure;Fonction” says which column is what."
            )
        )
        self.text.setPlaceholderText(self.tr("Marie Dupont; Mairie de Lyon; elected member"))
        self._separator_label.setText(self.tr("&Columns separated by:"))
        texts = {
            "auto": self.tr("Found automatically"),
            "semicolon": self.tr("Semicolons (;)"),
            "comma": self.tr("Commas (,)"),
            "tab": self.tr("Tabs (cells of a spreadsheet)"),
            "none": self.tr("Nothing: one name a line"),
        }
        for index in range(self.separator.count()):
            self.separator.setItemText(index, texts[str(self.separator.itemData(index))])
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Organisation"), self.tr("Role")]
        )
        self.notes_label.setText(self.tr("Lines left out or to check:"))
        self._say()

    # -- the source --------------------------------------------------------------------------
    def choose(self) -> None:
        """Ask for a file (the file dialog, or a test's chooser), then show it."""
        path = self._choose_file("participants")
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> bool:
        """Show the text of the list `path` (storage.roster_files.roster_text), previewed;
        False, and why said, when it cannot be read."""
        try:
            text, encoding = roster_text(path)
        except FacilitatorError as error:
            self._source, self._loaded, self._encoding = "", "", ""
            self._problem = error.message
            self.source_label.setText(path.name)
            self._clear_preview()
            self._say()
            return False
        self._source, self._loaded, self._encoding = path.name, text, encoding
        self.source_label.setText(f"{path.name} · {encoding}")
        self.text.setPlainText(text)  # previews it
        return True

    def separator_choice(self) -> Separator | None:
        """The separator chosen; None for the automatic one."""
        return SEPARATOR_CHOICES[str(self.separator.currentData())]

    # -- the preview -------------------------------------------------------------------------
    def update_preview(self) -> None:
        """Read the text shown as a list (storage.roster_files), plan its import
        (domain.participants) and show both; a list refused says why instead."""
        text = self.text.toPlainText()
        if self._source and text != self._loaded.replace("\r\n", "\n").replace("\r", "\n"):
            self._source, self._encoding = "", ""  # edited: now the facilitator's text
            self.source_label.setText("")
        self._problem = None
        self.read = self.plan = None
        if text.strip():
            try:
                self.read = read_roster_text(
                    text,
                    self.separator_choice(),
                    source=self._source,
                    encoding=self._encoding,
                )
                self.plan = plan_import(self._workshop, self.newcomers())
            except FacilitatorError as error:
                self._problem = error.message
                self.read = self.plan = None
        self._fill()
        self._say()

    def newcomers(self) -> list[Newcomer]:
        """The people read, in the list's order (those already there included: the
        editor leaves them out when adding)."""
        if self.read is None:
            return []
        return [Newcomer(p.name, p.organisation, p.job, p.line) for p in self.read.people]

    def _clear_preview(self) -> None:
        self.read = self.plan = None
        self._fill()

    def _fill(self) -> None:
        added = self.plan.added if self.plan is not None else ()
        shown = added[:PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        for row, person in enumerate(shown):
            for column, value in enumerate((person.name, person.organisation, person.job)):
                item = self.preview.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.preview.setItem(row, column, item)
                item.setText(value)
        notes: list[RosterNote] = list(self.read.notes) if self.read is not None else []
        if self.plan is not None:
            notes += [RosterNote(person.line, said, True) for person, said in self.plan.already]
        notes.sort(key=lambda note: note.line)
        self.notes.clear()
        self.notes.addItems([render(note.message) for note in notes[:NOTES_SHOWN]])
        self.notes_label.setVisible(bool(notes))
        self.notes.setVisible(bool(notes))

    def _say(self) -> None:
        """The summary and the button, in the language of the moment."""
        count = len(self.plan.added) if self.plan is not None else 0
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add %n participant(s)", "", count))
        ok.setEnabled(count > 0)
        if self._problem is not None:
            self.summary.setText(render(self._problem))
        elif self.read is None:
            self.summary.setText(self.tr("Nothing to import yet."))
        else:
            said = render(self.read.report())
            if count > PREVIEW_ROWS:
                said += " " + self.tr("The first %1 are shown; all %2 will be added.").replace(
                    "%1", str(PREVIEW_ROWS)
                ).replace("%2", str(count))
            self.summary.setText(said)
