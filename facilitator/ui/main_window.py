"""The main window: the home screen, or one open workshop, with menus and the save state.

Nothing waits before the first paint that can wait after it (issue 22): the method
library (jsonschema validation of every method) and the chime's sound effect (Qt
Multimedia starts FFmpeg and the audio server) are made once the window is painted, or
on first use if sooner; a workshop's parts are built when first shown (`WorkshopPage`).
Once a workshop is painted, the objects alive then (its records, mostly) can be frozen
out of the cyclic garbage collector's full collections (`freeze_collector`, set by the
app), and are given back to it when the workshop closes.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QSessionManager,
    QShowEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from facilitator import paths
from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain.library import Library
from facilitator.domain.messages import FacilitatorError
from facilitator.domain.records import Day
from facilitator.domain.timer import Clock, SystemClock
from facilitator.settings import LanguageChoice, RecentWorkshop, Settings, SettingsStore
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.translations import Translators, render, resolve
from facilitator.ui.export_actions import ExportActions
from facilitator.ui.file_chooser import FileChooser, file_name_for
from facilitator.ui.lab_report import LabReport
from facilitator.ui.plain import message_box, mnemonic_free, window_title
from facilitator.ui.run.context import RunContext
from facilitator.ui.run.sound import Chime
from facilitator.ui.save_indicator import SaveIndicator
from facilitator.ui.voting.ballot_lock import BallotLock
from facilitator.ui.workshop_page import WorkshopPage

if TYPE_CHECKING:
    from facilitator.ui.dialogs import SettingsDialog
    from facilitator.ui.home import HomePage

log = logging.getLogger(__name__)


class AfterFirstPaint(QObject):
    """Calls `then` once, from the event loop, just after `widget` is first painted
    (a Paint event reached it). Owned by `widget`: nothing is called if it dies first."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._call)  # once this paint is done
        return False

    def _call(self) -> None:
        self._then()
        self.deleteLater()


def fresh_demo_path() -> Path:
    folder = paths.data_dir() / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H-%M-%S")
    return folder / f"Démo {stamp}.atelier"


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: SettingsStore,
        translators: Translators,
        chooser: FileChooser,
        library: Library | None = None,
        clock: Clock | None = None,
        *,
        freeze_collector: bool = False,
    ) -> None:
        """`library`: None reads the user's (`load_user_library`) after the first paint or
        on first use. `freeze_collector`: once a workshop is painted, `gc.freeze()` what
        is alive (the app sets it; tests leave it, their windows come and go)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self._settings = settings
        self._translators = translators
        self._chooser = chooser
        self._library = library
        self._freeze_collector = freeze_collector
        self.collector_frozen = False
        self.run_context = RunContext(
            clock=clock if clock is not None else SystemClock(),
            settings=lambda: self._settings.current,
            save_auto_start=lambda on: self._save_settings(
                replace(self._settings.current, auto_start_next=on)
            ),
            chime=Chime(self),
        )
        self.document: WorkshopDocument | None = None
        self.page: WorkshopPage | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.undo_group = QUndoGroup(self)
        # While the laptop goes round for a secret ballot: nothing but the ballot.
        self.ballot_lock = BallotLock(self, clock=self.run_context.clock.monotonic_ms)

        self._home: HomePage | None = None  # built when first shown (`home`)
        self.lab_report = LabReport(
            self,
            self._chooser,
            folder=self._folder,
            today=self._today,
            language=lambda: self._translators.language or "fr",
            tell=lambda text: self.statusBar().showMessage(text, 15_000),
            show_problem=self.show_problem,
        )
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.save_indicator = SaveIndicator()
        self.statusBar().addPermanentWidget(self.save_indicator)

        self._build_actions()
        self.resize(1280, 720)
        self.setMinimumSize(900, 600)
        self.retranslate()
        self.refresh_home()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            # The session ends (log out) or the app quits without a closed window: what
            # is typed is written, and a running export is asked about or finished.
            app.commitDataRequest.connect(self._session_ends, Qt.ConnectionType.DirectConnection)
            app.aboutToQuit.connect(self._quitting)
        AfterFirstPaint(self, self._warm_up)

    @property
    def home(self) -> HomePage:
        """The home screen: built when first shown or asked for. A window opened on a
        workshop (`facilitator FILE`) builds it, and reads the lab's folders, only when
        the workshop closes."""
        return self._built_home()

    def _built_home(self) -> HomePage:
        if self._home is None:
            from facilitator.storage import lab_index
            from facilitator.ui.home import HomePage

            home = HomePage(
                today=lambda: self._today().isoformat(),
                choose_folder=lambda parent: self._chooser.choose_lab_folder(
                    parent, self._folder()
                ),
                cache=lab_index.cache_path(),
            )
            home.labFoldersChanged.connect(self.set_lab_folders)
            home.reportRequested.connect(
                lambda: self.lab_report.start(self._settings.current.lab_folders)
            )
            home.newRequested.connect(self.new_workshop)
            home.openRequested.connect(self.open_with_dialog)
            home.demoRequested.connect(self.open_demo)
            home.recentActivated.connect(lambda path: self.open_path(Path(path)))
            home.recentForgotten.connect(self._forget_recent)
            self._home = home
            current = self.stack.currentWidget()
            self.stack.addWidget(home)
            if current is not None:  # a workshop is shown: it stays
                self.stack.setCurrentWidget(current)
            self.refresh_home()
            if self.page is not None:
                home.lab.stop()  # the lab's list is read when the workshop closes
        return self._home

    def showEvent(self, event: QShowEvent) -> None:
        if self.page is None:  # shown with no workshop: the home screen is built
            self._built_home()
        super().showEvent(event)

    @property
    def library(self) -> Library:
        """The method library and the session templates, read when first asked for (the
        agenda, the new workshop dialog) or once the window is painted."""
        if self._library is None:
            from facilitator.library_access import load_user_library

            self._library = load_user_library(self._settings.current)
        return self._library

    @library.setter
    def library(self, library: Library) -> None:
        self._library = library

    @property
    def library_loaded(self) -> bool:
        """Whether the library has been read yet (it is, once the window is painted)."""
        return self._library is not None

    def _warm_up(self) -> None:
        """Once the window is painted: what its first paint did not wait for."""
        self.run_context.chime.prepare()
        _ = self.library

    def _workshop_shown(self, page: WorkshopPage) -> None:
        """Once a workshop just opened is painted: it goes to the recent list (a durable
        write of the settings, 5-15 ms of fsync, not waited for by the first paint), and
        the collector is told to skip the objects alive now, its records mostly."""
        if page is not self.page:
            return  # closed before it was painted
        self._remember_document()
        self._warm_up()
        if self._freeze_collector and not self.collector_frozen:
            gc.freeze()
            self.collector_frozen = True

    # -- actions and menus -----------------------------------------------
    def _action(self, handler: object, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(handler)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(self.new_workshop, QKeySequence(keys.New))
        self.open_action = self._action(self.open_with_dialog, QKeySequence(keys.Open))
        self.demo_action = self._action(self.open_demo)
        self.save_copy_action = self._action(self.save_copy, "Ctrl+Shift+S")
        self.close_action = self._action(self.close_workshop, QKeySequence(keys.Close))
        self.quit_action = self._action(self.close, QKeySequence(keys.Quit))
        self.undo_action = self._action(self.undo_group.undo, QKeySequence(keys.Undo))
        self.redo_action = self._action(self.undo_group.redo, "Ctrl+Shift+Z")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.settings_action = self._action(self.show_settings, "Ctrl+,")
        self.about_action = self._action(self.show_about)
        self.exports = ExportActions(
            self,
            chooser=self._chooser,
            document=self._document_for_export,
            folder=self._folder,
            show_problem=self.show_problem,
            templates_changed=self.reload_library,
        )
        self.undo_group.canUndoChanged.connect(self._refresh_undo)
        self.undo_group.canRedoChanged.connect(self._refresh_undo)
        self.undo_group.undoTextChanged.connect(self._refresh_undo)
        self.undo_group.redoTextChanged.connect(self._refresh_undo)

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (self.new_action, self.open_action, self.demo_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.save_copy_action)
        self.file_menu.addMenu(self.exports.menu)
        self.file_menu.addAction(self.exports.save_template_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.settings_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_action.setText(self.tr("&New workshop…"))
        self.open_action.setText(self.tr("&Open…"))
        self.demo_action.setText(self.tr("Open the &demo"))
        self.save_copy_action.setText(self.tr("Save a &copy as…"))
        self.close_action.setText(self.tr("&Close the workshop"))
        self.quit_action.setText(self.tr("&Quit"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.about_action.setText(self.tr("&About Facilitator"))
        self.exports.retranslate()
        if self.document is not None:  # Edit > Undo names the last step in the new language
            self.document.retranslate_undo_texts()
        self.statusBar().clearMessage()  # a passing message, said in the other language
        self._refresh_undo()
        self._refresh_title()
        self.save_indicator.refresh()
        if self._home is not None:
            self._home.show_recent(self._settings.current.recent)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _refresh_undo(self) -> None:
        can_undo, can_redo = self.undo_group.canUndo(), self.undo_group.canRedo()
        undo_text, redo_text = self.undo_group.undoText(), self.undo_group.redoText()
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        # An undo text can quote the user (“Add “R&D””): its & is shown, not a shortcut.
        self.undo_action.setText(
            self.tr("&Undo %1").replace("%1", mnemonic_free(undo_text))
            if can_undo
            else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo %1").replace("%1", mnemonic_free(redo_text))
            if can_redo
            else self.tr("&Redo")
        )

    def _refresh_title(self) -> None:
        document = self.document
        has_document = document is not None
        self.save_copy_action.setEnabled(has_document)
        self.close_action.setEnabled(has_document)
        self.exports.set_enabled(has_document)
        if document is None:
            self.setWindowTitle("Facilitator")
            return
        title = document.workshop.info.title or self.tr("Untitled workshop")
        if document.read_only:
            title += " " + self.tr("(read-only)")
        self.setWindowTitle(window_title(f"{title} — Facilitator"))

    # -- opening and closing ---------------------------------------------
    def open_path(self, path: Path) -> bool:
        path = path.expanduser()
        if self.document is not None and self.document.path.resolve() == path.resolve():
            return True
        if not self.close_workshop():
            return False
        try:
            document = WorkshopDocument.open(path, parent=self)
        except FacilitatorError as error:
            self.show_problem(self.tr("This workshop cannot be opened"), render(error.message))
            return False
        self._show_document(document)
        return True

    def _show_document(self, document: WorkshopDocument) -> None:
        if self._home is not None:  # the facilitator works: the lab's list is read on return
            self._home.lab.stop()
        self.document = document
        self.page = WorkshopPage(
            document,
            lambda: self.library,
            self.run_context,
            lambda kind: self._chooser.choose_import_path(self, self._folder(), kind),
        )
        self.page.saveCopyRequested.connect(self.save_copy)
        page = self.page
        # Remembered in the recent list once painted (`_workshop_shown`), and at close.
        AfterFirstPaint(page, lambda: self._workshop_shown(page))
        self.stack.addWidget(self.page)
        self.stack.setCurrentWidget(self.page)
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        self.save_indicator.follow(document)
        document.changed.connect(self._refresh_title)
        document.pathChanged.connect(self._remember_document)
        self._refresh_title()

    def _document_for_export(self) -> WorkshopDocument | None:
        """The open workshop, with what is being typed written first: an export made
        half a second after the last keystroke still has it."""
        if self.page is not None:
            self.page.commit_pending_typing()
        return self.document

    def close_workshop(self) -> bool:
        """Close the open workshop; False if the user chose to keep it open, or while
        the laptop goes round for a secret ballot (the facilitator ends the pass first)."""
        document, page = self.document, self.page
        if document is None or page is None:
            return True
        if self.ballot_lock.is_locked():
            return False
        page.commit_pending_typing()
        if not self.exports.settle_before_closing():  # a synthesis still being laid out
            return False
        if not document.is_saved() and not document.retry() and not self._confirm_discard():
            return False
        self._remember_document()
        page.stop()
        self.undo_group.removeStack(document.undo_stack)
        self.save_indicator.follow(None)
        self.document, self.page = None, None
        document.close()
        self.stack.removeWidget(page)
        page.deleteLater()
        document.deleteLater()
        if self.collector_frozen:  # the closed workshop's objects can be collected again
            gc.unfreeze()
            self.collector_frozen = False
        self.stack.setCurrentWidget(self.home)
        self._refresh_title()
        self.refresh_home()
        self.home.refresh_lab()  # the workshop just closed may have changed
        return True

    def _confirm_discard(self) -> bool:
        assert self.document is not None
        box = message_box(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Changes not saved"),
            self.tr(
                "%n change(s) could not be written to the file.", "", self.document.pending_count
            ),
            self.tr("Save a copy elsewhere to keep them."),
        )
        save = box.addButton(self.tr("Save a copy…"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(
            self.tr("Close and lose them"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.exec()
        if box.clickedButton() is save:
            return self.save_copy()
        return box.clickedButton() is discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_workshop():
            event.accept()
        else:
            event.ignore()

    def _session_ends(self, manager: QSessionManager) -> None:
        if self.page is not None:
            self.page.commit_pending_typing()
        self.exports.session_ends(manager)

    def _quitting(self) -> None:
        if self.page is not None:
            self.page.commit_pending_typing()
        self.exports.finish_now()

    # -- the File menu ----------------------------------------------------
    def _folder(self) -> str:
        return self._settings.current.last_folder or str(Path.home())

    def new_workshop(self) -> bool:
        from facilitator.domain.agenda import workshop_from_template
        from facilitator.domain.factory import now_iso
        from facilitator.ui.dialogs import NewWorkshopDialog

        language = self._translators.language or "fr"
        dialog = NewWorkshopDialog(language, self.library, self)
        if dialog.exec() != NewWorkshopDialog.DialogCode.Accepted:
            return False
        title = dialog.title_edit.text()
        path = self._chooser.choose_new_workshop_path(self, self._folder(), file_name_for(title))
        if path is None:
            return False
        try:
            workshop = workshop_from_template(
                dialog.template(),
                self.library,
                title=title,
                language=dialog.language(),
                first_day=dialog.date_edit.date().toPython(),  # type: ignore[arg-type]
                created_at=now_iso(),
            )
            WorkshopFile.create(path, workshop, overwrite=True).close()
        except FacilitatorError as error:
            self.show_problem(self.tr("The workshop cannot be created"), render(error.message))
            return False
        return self.open_path(path)

    def open_with_dialog(self) -> bool:
        path = self._chooser.choose_workshop_to_open(self, self._folder())
        return path is not None and self.open_path(path)

    def open_demo(self) -> bool:
        from facilitator.library_access import full_demo

        path = fresh_demo_path()
        try:
            WorkshopFile.create(path, full_demo()).close()
        except FacilitatorError as error:
            self.show_problem(self.tr("The demo cannot be created"), render(error.message))
            return False
        return self.open_path(path)

    def save_copy(self) -> bool:
        document = self.document
        if document is None:
            return False
        suggested = file_name_for(document.workshop.info.title)
        path = self._chooser.choose_new_workshop_path(self, self._folder(), suggested)
        if path is None:
            return False
        try:
            document.save_copy(path)
        except FacilitatorError as error:
            self.show_problem(self.tr("The copy cannot be saved"), render(error.message))
            return False
        if self.page is not None:
            self.page.read_only_banner.hide()
        self._refresh_title()
        return True

    def show_problem(self, title: str, text: str) -> None:
        box = message_box(self, QMessageBox.Icon.Warning, title, text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()

    # -- recent workshops and settings -------------------------------------
    def _remember_document(self) -> None:
        document = self.document
        if document is None:
            return
        days = document.workshop.all(Day)
        dates = f"{days[0].date}/{days[-1].date}" if days else ""
        entry = RecentWorkshop(
            path=str(document.path.resolve()),
            title=document.workshop.info.title,
            dates=dates,
            ideas=document.idea_count(),
            prototypes=document.prototype_count(),
            last_opened=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        )
        current = self._settings.current.with_recent(entry)
        self._save_settings(replace(current, last_folder=str(document.path.parent)))

    def _forget_recent(self, path: str) -> None:
        self._save_settings(self._settings.current.without_recent(path))
        self.refresh_home()

    def _save_settings(self, settings: Settings) -> None:
        try:
            self._settings.save(settings)
        except OSError:
            log.exception("the settings could not be saved")

    def refresh_home(self) -> None:
        if self._home is None:
            return  # built later, from the settings as they are then
        self._home.show_recent(self._settings.current.recent)
        self._home.show_lab_folders(self._settings.current.lab_folders)

    def _today(self) -> dt.date:
        """The date on the run clock (overdue next steps, the report's period)."""
        return dt.datetime.fromtimestamp(self.run_context.clock.now_ms() / 1000).date()

    def set_lab_folders(self, folders: list[str]) -> None:
        """The folders of the lab's workshops, as chosen on the home screen."""
        self._save_settings(replace(self._settings.current, lab_folders=tuple(folders)))
        if self._home is not None:
            self._home.show_lab_folders(self._settings.current.lab_folders)

    def show_settings(self) -> None:
        if self.settings_dialog is None:
            from facilitator.ui.dialogs import SettingsDialog

            self.settings_dialog = SettingsDialog(
                self._settings.current,
                lambda parent: self._chooser.choose_folder(parent, self._folder()),
                self,
            )
            self.settings_dialog.timerSettingsChanged.connect(self.set_timer_settings)
            self.settings_dialog.languageChosen.connect(self.set_language)
            self.settings_dialog.templateFoldersChanged.connect(self.set_template_folders)
        self.settings_dialog.open()

    def set_language(self, choice: str) -> None:
        language_choice: LanguageChoice = (
            "fr" if choice == "fr" else "en" if choice == "en" else "system"
        )
        self._translators.install(resolve(language_choice))
        self._save_settings(replace(self._settings.current, language=language_choice))

    def set_template_folders(self, folders: list[str]) -> None:
        self._save_settings(replace(self._settings.current, template_folders=tuple(folders)))
        self.reload_library()
        for problem in self.library.problems:
            self.statusBar().showMessage(render(problem), 15_000)

    def set_timer_settings(self, values: dict[str, object]) -> None:
        current = self._settings.current
        self._save_settings(
            replace(
                current,
                warning_percent=int(str(values["warning_percent"])),
                last_seconds=int(str(values["last_seconds"])),
                sound_volume=int(str(values["sound_volume"])),
                sound_muted=values["sound_muted"] is True,
            )
        )
        if self.page is not None:
            self.page.session.refresh()

    def reload_library(self) -> None:
        """Read the templates again (a template was saved, or the folders changed)."""
        from facilitator.library_access import load_user_library

        self.library = load_user_library(self._settings.current)

    def show_about(self) -> None:
        from facilitator.ui.dialogs import about_text

        QMessageBox.about(self, self.tr("About Facilitator"), about_text())
