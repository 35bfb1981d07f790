"""The File menu's exports (agenda PDF for each audience, calendar, Markdown, prototype
cards, JSON) and
saving the agenda as a personal template."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QInputDialog, QMainWindow, QMenu

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain.messages import FacilitatorError
from facilitator.export.formats import ExportOptions, export_bytes
from facilitator.library_access import personal_templates_dir
from facilitator.storage.atomic import write_atomically
from facilitator.storage.library_files import save_template
from facilitator.translations import render
from facilitator.ui.file_chooser import FileChooser, file_name_for
from facilitator.ui.synthesis_export import SynthesisDialog, SynthesisExport, run_with_progress

# (key, format, audience, file suffix, cards per page)
EXPORTS = (
    ("agenda_participants", "agenda-pdf", "participants", "-programme.pdf", 1),
    ("agenda_facilitator", "agenda-pdf", "facilitator", "-animation.pdf", 1),
    ("calendar", "ics", "participants", ".ics", 1),
    ("markdown", "agenda-md", "facilitator", ".md", 1),
    ("ideas_csv", "csv", "participants", "-idees.csv", 1),
    ("synthesis_md", "md", "participants", "-synthese.md", 1),
    ("cards", "cards-pdf", "participants", "-fiches.pdf", 1),
    ("cards_two", "cards-pdf", "participants", "-fiches.pdf", 2),
    ("json", "json", "participants", ".json", 1),
)


class ExportActions(QObject):
    def __init__(
        self,
        window: QMainWindow,
        *,
        chooser: FileChooser,
        document: Callable[[], WorkshopDocument | None],
        folder: Callable[[], str],
        show_problem: Callable[[str, str], None],
        templates_changed: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._chooser = chooser
        self._document = document
        self._folder = folder
        self._show_problem = show_problem
        self._templates_changed = templates_changed
        self.menu = QMenu(window)
        self.actions: dict[str, QAction] = {}
        self.synthesis_action = self.menu.addAction("")
        self.synthesis_action.triggered.connect(self.choose_synthesis)
        self.menu.addSeparator()
        self.running: SynthesisExport | None = None
        for key, export_format, audience, suffix, per_page in EXPORTS:
            action = self.menu.addAction("")
            action.triggered.connect(
                lambda _=False, f=export_format, a=audience, s=suffix, n=per_page: self.export(
                    f, a, s, per_page=n
                )
            )
            self.actions[key] = action
        self.save_template_action = QAction(window)
        self.save_template_action.triggered.connect(self.save_as_template)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("E&xport"))
        texts = {
            "agenda_participants": self.tr("Agenda for &participants (PDF)…"),
            "agenda_facilitator": self.tr("Agenda for the &facilitator (PDF)…"),
            "calendar": self.tr("Agenda as a &calendar (.ics)…"),
            "markdown": self.tr("Agenda as &Markdown…"),
            "ideas_csv": self.tr("Every &idea (CSV for a spreadsheet)…"),
            "synthesis_md": self.tr("Synthesis as Mar&kdown…"),
            "cards": self.tr("Prototype &cards, one per page (PDF)…"),
            "cards_two": self.tr("Prototype cards, &two per page (PDF)…"),
            "json": self.tr("Whole workshop as &JSON…"),
        }
        for key, text in texts.items():
            self.actions[key].setText(text)
        self.save_template_action.setText(self.tr("Save the agenda as a &template…"))
        self.synthesis_action.setText(self.tr("&Synthesis of the workshop (PDF)…"))

    def choose_synthesis(self) -> None:
        dialog = SynthesisDialog(self._window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.export_synthesis(
                dialog.chosen(),
                include_names=dialog.names.isChecked(),
                open_after=dialog.open_after.isChecked(),
            )

    def export_synthesis(
        self, sections: tuple[str, ...], *, include_names: bool, open_after: bool
    ) -> SynthesisExport | None:
        """Ask where, then lay out off the interface thread, with progress and Cancel."""
        document = self._document()
        if document is None or not sections:
            return None
        stem = file_name_for(document.workshop.info.title).removesuffix(".atelier")
        path = self._chooser.choose_export_path(
            self._window, self._folder(), stem + "-synthese.pdf", self._filter(".pdf")
        )
        if path is None:
            return None
        self.running = SynthesisExport(
            document.workshop, path, sections, include_names=include_names, parent=self
        )
        run_with_progress(
            self.running,
            self._window,
            open_after=open_after,
            tell=lambda text: self._window.statusBar().showMessage(text, 15_000),
        )
        return self.running

    def set_enabled(self, enabled: bool) -> None:
        self.menu.setEnabled(enabled)
        self.save_template_action.setEnabled(enabled)

    def _filter(self, suffix: str) -> str:
        return {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "ics": self.tr("Calendars (*.ics)"),
            "md": self.tr("Markdown (*.md)"),
            "csv": self.tr("CSV tables (*.csv)"),
            "json": self.tr("JSON (*.json)"),
        }[suffix.rsplit(".", 1)[-1]]

    def export(
        self, export_format: str, audience: str, suffix: str, *, per_page: int = 1
    ) -> Path | None:
        document = self._document()
        if document is None:
            return None
        stem = file_name_for(document.workshop.info.title).removesuffix(".atelier")
        path = self._chooser.choose_export_path(
            self._window, self._folder(), stem + suffix, self._filter(suffix)
        )
        if path is None:
            return None
        try:
            options = ExportOptions(
                audience=audience,
                per_page=per_page,
                time_zone=_machine_zone(),
                file_id=document.file_id,
            )
            data = export_bytes(document.workshop, export_format, options)
            write_atomically(path, data)
        except FacilitatorError as error:
            self._show_problem(self.tr("The export failed"), render(error.message))
            return None
        except OSError as error:
            self._show_problem(
                self.tr("The export failed"),
                self.tr("“%1” cannot be written: %2.")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error)),
            )
            return None
        self._window.statusBar().showMessage(
            self.tr("Exported to %1").replace("%1", str(path)), 10_000
        )
        return path

    def save_as_template(self) -> Path | None:
        document = self._document()
        if document is None:
            return None
        title, accepted = QInputDialog.getText(
            self._window,
            self.tr("Save as a template"),
            self.tr("Name of the template (it will appear among the templates of New workshop):"),
            text=document.workshop.info.title,
        )
        if not accepted or not title.strip():
            return None
        return self.save_template_named(title.strip())

    def save_template_named(self, title: str) -> Path | None:
        document = self._document()
        if document is None:
            return None
        try:
            path = save_template(document.workshop, title[:200], "", personal_templates_dir())
        except OSError as error:
            self._show_problem(self.tr("The template cannot be saved"), str(error))
            return None
        self._templates_changed()
        self._window.statusBar().showMessage(
            self.tr("Template saved: %1").replace("%1", str(path)), 10_000
        )
        return path


def _machine_zone() -> str:
    """The computer's zone for a calendar (icalendar is imported on export, not at start)."""
    from facilitator.system_zone import machine_calendar_zone

    return machine_calendar_zone()
