"""The small dialogs: a new workshop, the settings, about."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator import __version__
from facilitator.domain.library import EMPTY_TEMPLATE, Library, SessionTemplate
from facilitator.domain.records import SHORT, Language
from facilitator.domain.validation import FIRST_YEAR, LAST_YEAR
from facilitator.settings import Settings
from facilitator.ui.compact import choice_box
from facilitator.ui.plain import plain_label


class NewWorkshopDialog(QDialog):
    """Title, first day, language and template of a new workshop."""

    def __init__(self, language: Language, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.setWindowTitle(self.tr("New workshop"))
        self.title_edit = QLineEdit(self.tr("New workshop"))
        self.title_edit.setMaxLength(SHORT)
        self.title_edit.selectAll()
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(self.tr("dddd d MMMM yyyy"))
        self.language_combo = choice_box()
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(self.language_combo.findData(language))
        self.template_combo = choice_box()
        for template in library.templates.values():
            hours, minutes = divmod(library.total_minutes(template), 60)
            days = len(template.days)
            label = (
                self.tr("%1 — %n day(s), %2", "", days)
                .replace("%1", template.title(language))
                .replace("%2", f"{hours} h {minutes:02d}")
            )
            self.template_combo.addItem(label, template.id)
        self.template_combo.setCurrentIndex(0)
        self.description = plain_label()
        self.description.setWordWrap(True)
        self.template_combo.currentIndexChanged.connect(self._describe)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&First day"), self.date_edit)
        form.addRow(self.tr("&Language of the workshop"), self.language_combo)
        form.addRow(self.tr("T&emplate"), self.template_combo)
        form.addRow("", self.description)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create…"))
        ok.setObjectName("primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

        self._describe()

    def language(self) -> Language:
        return "en" if self.language_combo.currentData() == "en" else "fr"

    def template(self) -> SessionTemplate:
        found = self._library.template(str(self.template_combo.currentData()))
        return found if found is not None else EMPTY_TEMPLATE

    def _describe(self) -> None:
        self.description.setText(self.template().description(self.language()))
        # A longer description needs more lines: the dialog grows to show it whole
        # (its width stays; wrapped text sets the height).
        self.description.updateGeometry()
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))


class SettingsDialog(QDialog):
    """The interface language and the shared template folders; both apply at once."""

    languageChosen = Signal(str)
    templateFoldersChanged = Signal(list)
    timerSettingsChanged = Signal(dict)

    def __init__(
        self,
        settings: Settings,
        choose_folder: Callable[[QWidget], Path | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        choice, folders = settings.language, settings.template_folders
        self._choose_folder = choose_folder
        self._combo = choice_box()
        self._combo.addItem("", "system")
        self._combo.addItem("Français", "fr")
        self._combo.addItem("English", "en")
        self._combo.setCurrentIndex(self._combo.findData(choice))
        self._combo.activated.connect(
            lambda index: self.languageChosen.emit(self._combo.itemData(index))
        )
        self._label = plain_label()
        self._label.setBuddy(self._combo)
        self._folders_label = plain_label()
        self._folders_label.setWordWrap(True)
        self.folders = QListWidget()
        self.folders.addItems(list(folders))
        self._add_folder = QPushButton()
        self._add_folder.clicked.connect(self._add)
        self._remove_folder = QPushButton()
        self._remove_folder.clicked.connect(self._remove)
        folder_buttons = QHBoxLayout()
        folder_buttons.addWidget(self._add_folder)
        folder_buttons.addWidget(self._remove_folder)
        folder_buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self._label, self._combo)
        self._timer_box = self._timer_settings(settings)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(self._folders_label)
        layout.addWidget(self.folders)
        layout.addLayout(folder_buttons)
        layout.addWidget(self._timer_box)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self._label.setText(self.tr("Interface &language"))
        self._combo.setItemText(0, self.tr("As the system"))
        self._folders_label.setText(
            self.tr(
                "Shared folders of session templates (a lab's network folder, for example); "
                "their templates appear beside the bundled ones and your own."
            )
        )
        self._add_folder.setText(self.tr("Add a folder…"))
        self._remove_folder.setText(self.tr("Remove"))
        self._timer_title.setTitle(self.tr("Countdown"))
        for label, text in zip(
            self._timer_labels,
            (
                self.tr("&Warning colour with"),
                self.tr("&Last stretch in red"),
                self.tr("End &sound volume"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.warning_spin.setSuffix(self.tr(" % of the time left"))
        self.last_spin.setSuffix(self.tr(" s"))
        self.mute_check.setText(self.tr("&Mute the end sound"))

    def _timer_settings(self, settings: Settings) -> QGroupBox:
        box = QGroupBox()
        self.warning_spin = QSpinBox()
        self.warning_spin.setRange(0, 90)
        self.warning_spin.setValue(settings.warning_percent)
        self.last_spin = QSpinBox()
        self.last_spin.setRange(0, 900)
        self.last_spin.setSingleStep(15)
        self.last_spin.setValue(settings.last_seconds)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setValue(settings.sound_volume)
        self.mute_check = QCheckBox()
        self.mute_check.setChecked(settings.sound_muted)
        self._timer_labels = [plain_label() for _ in range(3)]
        form = QFormLayout(box)
        for label, field in zip(
            self._timer_labels, (self.warning_spin, self.last_spin, self.volume_slider), strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.mute_check)
        for spin in (self.warning_spin, self.last_spin):
            spin.valueChanged.connect(self._timer_changed)
        self.volume_slider.valueChanged.connect(self._timer_changed)
        self.mute_check.toggled.connect(self._timer_changed)
        self._timer_title = box
        return box

    def _timer_changed(self) -> None:
        self.timerSettingsChanged.emit(
            {
                "warning_percent": self.warning_spin.value(),
                "last_seconds": self.last_spin.value(),
                "sound_volume": self.volume_slider.value(),
                "sound_muted": self.mute_check.isChecked(),
            }
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def folder_list(self) -> list[str]:
        return [self.folders.item(row).text() for row in range(self.folders.count())]

    def _add(self) -> None:
        folder = self._choose_folder(self)
        if folder is not None and str(folder) not in self.folder_list():
            self.folders.addItem(str(folder))
            self.templateFoldersChanged.emit(self.folder_list())

    def _remove(self) -> None:
        row = self.folders.currentRow()
        if row >= 0:
            self.folders.takeItem(row)
            self.templateFoldersChanged.emit(self.folder_list())


def about_text() -> str:
    return QCoreApplication.translate(
        "AboutDialog",
        "<h3>Facilitator %1</h3><p>Prepare, run and report on in-person creativity workshops, "
        "offline.</p><p>Every change is saved at once in the workshop file (.atelier): "
        "there is nothing to save, and nothing is lost.</p>",
    ).replace("%1", __version__)
