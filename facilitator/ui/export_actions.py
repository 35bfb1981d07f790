"""The File menu's exports (the synthesis as PDF, as a Word document to edit, or as an
accessible PDF that LibreOffice makes of the Word document, all through the same
sections dialog; agenda PDF for each audience, calendar, Markdown,
prototype cards, the attendance sheet, name badges on each label sheet, the group lists
and table tents of a grouping, JSON) and saving the agenda as a personal template. The
exports that can print people's names (the synthesis, its Markdown, the ideas' CSV, the
cards) ask whose (`NamesChoice`,
`export.names`): the synthesis in its dialog, the others before the file is chosen,
when the workshop holds a name to leave out.

A synthesis export still running when the window or the workshop closes (Alt+F4,
Ctrl+Q, Ctrl+W, opening another workshop) is asked about: wait for it, cancel it, or
keep working (`settle_before_closing`); when the session ends (`session_ends`) or the
app quits (`finish_now`) with nobody to ask, it is finished."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from PySide6.QtCore import QEventLoop, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
)

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain.messages import FacilitatorError, message
from facilitator.export.label_sheets import DEFAULT_LABELS, LABEL_SHEETS
from facilitator.export.names import Names, has_names
from facilitator.storage.atomic import write_atomically
from facilitator.storage.errors import os_reason
from facilitator.translations import render
from facilitator.ui.file_chooser import FileChooser, file_name_for
from facilitator.ui.names_choice import NamesDialog
from facilitator.ui.plain import message_box

if TYPE_CHECKING:
    from facilitator.ui.synthesis_export import SynthesisExport

# The formats that print names as export.names says (the others print the facilitators').
NAMED_FORMATS = ("md", "csv", "cards-pdf")
# (key, format, audience, file suffix, cards per page)
EXPORTS = (
    ("agenda_participants", "agenda-pdf", "participants", "-programme.pdf", 1),
    ("agenda_facilitator", "agenda-pdf", "facilitator", "-animation.pdf", 1),
    ("calendar", "ics", "participants", ".ics", 1),
    ("markdown", "agenda-md", "facilitator", ".md", 1),
    ("ideas_csv", "csv", "participants", "-idees.csv", 1),
    ("polls_csv", "polls-csv", "participants", "-sondages.csv", 1),
    ("synthesis_md", "md", "participants", "-synthese.md", 1),
    ("cards", "cards-pdf", "participants", "-fiches.pdf", 1),
    ("cards_two", "cards-pdf", "participants", "-fiches.pdf", 2),
    ("attendance", "attendance", "participants", "-emargement.pdf", 1),
    ("json", "json", "participants", ".json", 1),
)


class SessionManager(Protocol):
    """What `ExportActions.session_ends` uses of Qt's `QSessionManager`."""

    def allowsInteraction(self) -> bool: ...

    def release(self) -> None: ...

    def cancel(self) -> None: ...


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
        self.synthesis_action.triggered.connect(lambda _=False: self.choose_synthesis())
        self.synthesis_docx_action = self.menu.addAction("")
        self.synthesis_docx_action.triggered.connect(lambda _=False: self.choose_synthesis("docx"))
        # Always offered: without LibreOffice, choosing it says what to install.
        self.synthesis_accessible_action = self.menu.addAction("")
        self.synthesis_accessible_action.triggered.connect(
            lambda _=False: self.choose_synthesis("accessible-pdf")
        )
        self.menu.addSeparator()
        self.running: SynthesisExport | None = None  # the latest one
        self._exports: list[tuple[SynthesisExport, QProgressDialog]] = []  # not yet ended
        for key, export_format, audience, suffix, per_page in EXPORTS:
            action = self.menu.addAction("")
            action.triggered.connect(
                lambda _=False, f=export_format, a=audience, s=suffix, n=per_page: self.export(
                    f, a, s, per_page=n
                )
            )
            self.actions[key] = action
        # Name badges: one entry per label sheet, and whether the facilitators get one.
        self.badges_menu = QMenu(self.menu)
        for sheet in LABEL_SHEETS.values():
            action = self.badges_menu.addAction("")
            action.triggered.connect(lambda _=False, k=sheet.key: self.export_badges(k))
            self.actions[f"badges_{sheet.key}"] = action
        self.badges_menu.addSeparator()
        self.with_facilitators_action = self.badges_menu.addAction("")
        self.with_facilitators_action.setCheckable(True)
        self.menu.insertMenu(self.actions["json"], self.badges_menu)
        # The group lists and table tents of a grouping (asked which when several).
        self.groups_action = QAction(self.menu)
        self.groups_action.triggered.connect(lambda _=False: self.export_groups())
        self.actions["groups"] = self.groups_action
        self.menu.insertAction(self.actions["json"], self.groups_action)
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
            "polls_csv": self.tr("Poll &results (CSV for a spreadsheet)…"),
            "synthesis_md": self.tr("Synthesis as Mar&kdown…"),
            "cards": self.tr("Prototype &cards, one per page (PDF)…"),
            "cards_two": self.tr("Prototype cards, &two per page (PDF)…"),
            "attendance": self.tr("&Attendance sheet, signed by half-day (PDF)…"),
            "json": self.tr("Whole workshop as &JSON…"),
        }
        for key, text in texts.items():
            self.actions[key].setText(text)
        self.badges_menu.setTitle(self.tr("Name &badges (PDF)"))
        for sheet in LABEL_SHEETS.values():
            self.actions[f"badges_{sheet.key}"].setText(
                self.tr("%1 labels, %2 × %3 mm, %4 a sheet…")
                .replace("%1", sheet.product)
                .replace("%2", f"{sheet.width:g}")
                .replace("%3", f"{sheet.height:g}")
                .replace("%4", str(sheet.per_sheet))
            )
        self.with_facilitators_action.setText(self.tr("With the facilitators’ badges"))
        self.groups_action.setText(self.tr("&Group lists and table tents (PDF)…"))
        self.save_template_action.setText(self.tr("Save the agenda as a &template…"))
        self.synthesis_action.setText(self.tr("&Synthesis of the workshop (PDF)…"))
        self.synthesis_docx_action.setText(
            self.tr("Synthesis as a &Word document, to edit (DOCX)…")
        )
        self.synthesis_accessible_action.setText(
            self.tr("Synthesis as an acc&essible PDF (tagged, by LibreOffice)…")
        )

    def choose_synthesis(self, export_format: str = "pdf") -> None:
        """The synthesis dialog, then the export: the PDF, the DOCX (`export_format`
        "docx") or the accessible PDF ("accessible-pdf"), with the same sections and
        names. Without LibreOffice, the accessible PDF says what to install instead."""
        from facilitator.ui.synthesis_export import SynthesisDialog

        if not self._can_export(export_format):
            return
        dialog = SynthesisDialog(self._window, export_format)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.export_synthesis(
                dialog.chosen(),
                names=dialog.names.choice(),
                open_after=dialog.open_after.isChecked(),
                export_format=export_format,
            )

    def export_synthesis(
        self,
        sections: tuple[str, ...],
        *,
        names: Names = Names.AS_TYPED,
        open_after: bool,
        export_format: str = "pdf",
    ) -> SynthesisExport | None:
        """Ask where, then lay out off the interface thread, with progress and Cancel:
        the PDF, the Word document when `export_format` is "docx", the accessible PDF
        when it is "accessible-pdf" (said at once when LibreOffice is missing)."""
        # Imported on first use: the menu is built at start, the exports run later.
        from facilitator.export.formats import EXPORT_SUFFIXES
        from facilitator.ui.synthesis_export import SynthesisExport, run_with_progress

        document = self._document()
        if document is None or not sections or not self._can_export(export_format):
            return None
        suffix = EXPORT_SUFFIXES.get(export_format, EXPORT_SUFFIXES["pdf"])
        stem = file_name_for(document.workshop.info.title).removesuffix(".atelier")
        path = self._chooser.choose_export_path(
            self._window, self._folder(), f"{stem}{suffix}", self._filter(suffix)
        )
        if path is None:
            return None
        export = SynthesisExport(
            document.workshop,
            path,
            sections,
            names=names,
            export_format=export_format,
            parent=self,
        )
        self.running = export
        dialog = run_with_progress(
            export,
            self._window,
            open_after=open_after,
            tell=lambda text: self._window.statusBar().showMessage(text, 15_000),
        )
        self._exports.append((export, dialog))
        export.ended.connect(lambda: self._forget(export))
        return export

    def _can_export(self, export_format: str) -> bool:
        """False, and the reason shown, when the accessible PDF is asked for and
        LibreOffice, which makes it, is not installed (its message names what to
        install); True otherwise."""
        if export_format != "accessible-pdf":
            return True
        from facilitator.export.office_pdf import NO_LIBREOFFICE, find_soffice

        if find_soffice() is not None:
            return True
        self._show_problem(
            self.tr("The accessible PDF cannot be made"), render(message(NO_LIBREOFFICE))
        )
        return False

    # -- an export still running when the window or the workshop closes ------------------
    def running_exports(self) -> list[SynthesisExport]:
        return [export for export, _dialog in self._exports if export.is_running()]

    def _forget(self, export: SynthesisExport) -> None:
        self._exports = [(e, d) for e, d in self._exports if e is not export]

    def settle_before_closing(self) -> bool:
        """Before the window or the workshop closes: each synthesis export still running
        is asked about (wait for it, cancel it, or keep working), then waited for, its
        progress window saying so, until it has ended; a failure is shown before the
        closing goes on. False when the facilitator chose to keep working (nothing
        closes). The wait lasts what is left of the export, or once cancelled until the
        next paragraph laid out (`SynthesisExport.settle` gives the figures)."""
        for export, dialog in list(self._exports):
            if not export.is_running():
                continue
            choice = self._ask(export)
            if choice == "keep":
                return False
            if export.is_running():
                if choice == "cancel":
                    export.cancel()
                    dialog.setLabelText(self.tr("Cancelling the export…"))
                else:
                    dialog.setLabelText(self.tr("Finishing the synthesis before closing…"))
                dialog.show()
                self._wait_for(export)
            if export.outcome == "failed":
                box = message_box(
                    self._window,
                    QMessageBox.Icon.Warning,
                    self.tr("The export failed"),
                    export.said,
                )
                box.setStandardButtons(QMessageBox.StandardButton.Ok)
                box.exec()
        return True

    def _ask(self, export: SynthesisExport) -> Literal["wait", "cancel", "keep"]:
        box = message_box(
            self._window,
            QMessageBox.Icon.Question,
            self.tr("An export is running"),
            self.tr("The synthesis “%1” is still being laid out.").replace("%1", export.path.name),
            self.tr("Wait for it to be written, or cancel it (no file is written)?"),
        )
        wait = box.addButton(self.tr("Wait for it"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel the export"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep working"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(wait)
        box.setEscapeButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return "wait" if clicked is wait else "cancel" if clicked is cancel else "keep"

    def _wait_for(self, export: SynthesisExport) -> None:
        """Turn the event loop (the progress window keeps moving, the room's countdown
        ticking) until `export` has ended. Its end is told on this thread only, so it
        cannot slip between the check and the wait."""
        if not export.is_running():
            return
        loop = QEventLoop()
        export.ended.connect(loop.quit)
        loop.exec()
        export.ended.disconnect(loop.quit)

    def finish_now(self) -> None:
        """The app quits with nobody to ask: each running export is finished here,
        blocking (the file is written whole), and its end told."""
        for export in self.running_exports():
            export.settle()

    def session_ends(self, manager: SessionManager) -> None:
        """The session ends (log out, shut down): asked about as on closing when the
        session manager lets us ask (keep working cancels the logout), else finished."""
        if not self.running_exports():
            return
        if manager.allowsInteraction():
            keep_working = not self.settle_before_closing()
            manager.release()
            if keep_working:
                manager.cancel()
        else:
            self.finish_now()

    def set_enabled(self, enabled: bool) -> None:
        self.menu.setEnabled(enabled)
        self.save_template_action.setEnabled(enabled)

    def _filter(self, suffix: str) -> str:
        return {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "docx": self.tr("Word documents (*.docx)"),
            "ics": self.tr("Calendars (*.ics)"),
            "md": self.tr("Markdown (*.md)"),
            "csv": self.tr("CSV tables (*.csv)"),
            "json": self.tr("JSON (*.json)"),
        }[suffix.rsplit(".", 1)[-1]]

    def export_badges(self, labels: str = DEFAULT_LABELS) -> Path | None:
        """Name badges on the label sheet `labels`, the facilitators' too when the menu's
        check is on. Nobody to print: said before any file is asked for."""
        document = self._document()
        if document is None:
            return None
        from facilitator.export.badges_pdf import NOBODY_FOR_BADGES, badges_of

        with_facilitators = self.with_facilitators_action.isChecked()
        if not badges_of(document.workshop, with_facilitators=with_facilitators):
            self._show_problem(self.tr("No badge to print"), render(message(NOBODY_FOR_BADGES)))
            return None
        return self.export(
            "badges",
            "participants",
            f"-badges-{labels}.pdf",
            labels=labels,
            with_facilitators=with_facilitators,
        )

    def export_groups(self) -> Path | None:
        """The group lists and table tents of a grouping: the only one, or the one chosen
        among several (the most recent first). No grouping: said before any file is
        asked for."""
        document = self._document()
        if document is None:
            return None
        from facilitator.domain.records import GroupingInfo
        from facilitator.export.groups_pdf import NO_GROUPING
        from facilitator.export.roster import latest_grouping

        workshop = document.workshop
        latest = latest_grouping(workshop)
        if latest is None:
            self._show_problem(self.tr("No groups to print"), render(message(NO_GROUPING)))
            return None
        groupings = [latest, *[g for g in workshop.all(GroupingInfo) if g.id != latest.id]]
        chosen = latest
        if len(groupings) > 1:
            names = [" ".join(g.name.split()) for g in groupings]
            unnamed = self.tr("Grouping")
            names = [  # each entry its own: a blank or repeated name gets its number
                name if name and names.count(name) == 1 else f"{name or unnamed} ({g.position + 1})"
                for name, g in zip(names, groupings, strict=True)
            ]
            name, accepted = QInputDialog.getItem(
                self._window,
                self.tr("Group lists and table tents"),
                self.tr("The grouping to print:"),
                names,
                0,
                False,
            )
            if not accepted:
                return None
            chosen = groupings[names.index(name)] if name in names else latest
        return self.export("groups-pdf", "participants", "-groupes.pdf", grouping_id=chosen.id)

    def export(
        self,
        export_format: str,
        audience: str,
        suffix: str,
        *,
        per_page: int = 1,
        names: Names | None = None,
        labels: str = DEFAULT_LABELS,
        with_facilitators: bool = False,
        grouping_id: str | None = None,
    ) -> Path | None:
        """Ask where, then write the export. `names` None: for NAMED_FORMATS, asked
        (`NamesDialog`) when the workshop holds a name to leave out; Cancel there
        writes nothing. `labels` and `with_facilitators`: the badges' (ExportOptions);
        `grouping_id`: the badges' and the group lists' grouping (None: the latest)."""
        document = self._document()
        if document is None:
            return None
        if names is None:
            names = Names.AS_TYPED
            if export_format in NAMED_FORMATS and has_names(document.workshop):
                dialog = NamesDialog(self._window)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return None
                names = dialog.names.choice()
        stem = file_name_for(document.workshop.info.title).removesuffix(".atelier")
        path = self._chooser.choose_export_path(
            self._window, self._folder(), stem + suffix, self._filter(suffix)
        )
        if path is None:
            return None
        from facilitator.export.formats import ExportOptions, export_bytes

        try:
            options = ExportOptions(
                audience=audience,
                per_page=per_page,
                names=names,
                time_zone=_machine_zone(),
                file_id=document.file_id,
                labels=labels,
                with_facilitators=with_facilitators,
                grouping_id=grouping_id,
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
                .replace("%2", render(os_reason(error))),
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
        from facilitator.library_access import personal_templates_dir
        from facilitator.storage.library_files import save_template

        document = self._document()
        if document is None:
            return None
        try:
            path = save_template(document.workshop, title[:200], "", personal_templates_dir())
        except OSError as error:
            self._show_problem(
                self.tr("The template cannot be saved"),
                self.tr("“%1” cannot be written: %2.")
                .replace("%1", str(error.filename or personal_templates_dir()))
                .replace("%2", render(os_reason(error))),
            )
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
