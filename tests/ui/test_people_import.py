"""The participants' organisation and role in the details, and their import from a file
or a paste (issue 18), in the real main window: each cell edited is one undo step;
"Import participants…" previews a list (the people, the lines left out and why) and
adds it in one change; and the room's paper prints the groups from the Export menu."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QInputDialog,
    QTableWidget,
    QTableWidgetItem,
)
from pytestqt.qtbot import QtBot

from facilitator.cli import main
from facilitator.domain.records import Person
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.ui.details.people_editor import PeopleEditor
from facilitator.ui.details.roster_import import PREVIEW_ROWS, RosterImportDialog
from facilitator.ui.main_window import MainWindow
from tests.export.paper_people import blocks, grouped, paper_workshop
from tests.ui.conftest import ScriptedChooser
from tests.ui.helpers import press, type_text


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item


def _header(table: QTableWidget, column: int) -> str:
    item = table.horizontalHeaderItem(column)
    assert item is not None
    return item.text()


def _saved(path: Path) -> list[tuple[str, str, str]]:
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return [(p.name, p.organisation, p.job) for p in workshop.where(Person, role="participant")]


def _editor(window: MainWindow, path: Path) -> PeopleEditor:
    assert window.open_path(path)
    assert window.page is not None
    window.page.show_part("details")
    return window.page.details.participants


def _row(editor: PeopleEditor, row: int) -> list[str]:
    return [_cell(editor.table, row, column).text() for column in range(editor.table.columnCount())]


def test_the_organisation_and_the_role_are_edited_and_undone_like_the_name(
    window: MainWindow, demo_file: Path, qtbot: QtBot
) -> None:
    editor = _editor(window, demo_file)
    assert window.document is not None
    headers = [_header(editor.table, c) for c in range(3)]
    assert headers == ["Name", "Organisation", "Role"]
    facilitators = window.page.details.facilitators if window.page else None
    assert facilitators is not None and facilitators.table.columnCount() == 3
    assert not facilitators.import_button.isVisible()  # the facilitators are typed
    editor._entry.setFocus()
    type_text(editor._entry, "Nadia Haddad")
    press(editor._entry, Qt.Key.Key_Return)
    row = editor.table.rowCount() - 1
    _cell(editor.table, row, 1).setText("Département du Cantal")  # as an F2 edit ends
    _cell(editor.table, row, 2).setText("  élue ")
    assert _saved(demo_file)[-1] == ("Nadia Haddad", "Département du Cantal", "élue")
    assert _row(editor, row) == ["Nadia Haddad", "Département du Cantal", "élue"]
    assert window.undo_action.text() == "&Undo Change the role of “Nadia Haddad”"
    window.undo_action.trigger()
    assert _saved(demo_file)[-1] == ("Nadia Haddad", "Département du Cantal", "")
    assert window.undo_action.text() == "&Undo Change the organisation of “Nadia Haddad”"
    window.undo_action.trigger()
    assert _row(editor, row) == ["Nadia Haddad", "", ""]
    steps = window.document.undo_stack.count()
    _cell(editor.table, row, 0).setText("")  # an empty name is not a rename
    _cell(editor.table, row, 2).setText("")  # nor is a value unchanged a step
    assert window.document.undo_stack.count() == steps
    assert _row(editor, row) == ["Nadia Haddad", "", ""]
    _cell(editor.table, row, 1).setText("O" * 300)  # pasted past the editor's limit: said
    assert window.page is not None
    assert "too long (300 characters, at most 200)" in window.page.notice.label.text()
    assert _row(editor, row) == ["Nadia Haddad", "", ""]


def test_a_file_is_previewed_then_added_in_one_undoable_change(
    window: MainWindow, demo_file: Path, chooser: ScriptedChooser, tmp_path: Path
) -> None:
    editor = _editor(window, demo_file)
    before = _saved(demo_file)
    roster = tmp_path / "inscriptions.csv"
    roster.write_bytes(
        (
            "Prénom;Nom;Structure;Fonction\r\n"
            "Hélène;Lefèvre;Saint-Flour Communauté;chargée de mission\r\n"
            ";;Mairie de Murat;élue\r\n"
            "Jean;Martin;CAF;agent\r\n"
            "Jean;Martin;Préfecture;\r\n"
        ).encode("cp1252")
    )
    chooser.to_import = roster
    assert window.document is not None
    dialog = RosterImportDialog(editor, window.document.workshop, editor._choose_file)
    dialog.choose()
    assert dialog.source_label.text() == "inscriptions.csv · Windows-1252"
    assert dialog.preview.rowCount() == 3
    assert [_cell(dialog.preview, 0, c).text() for c in range(3)] == [
        "Hélène Lefèvre",
        "Saint-Flour Communauté",
        "chargée de mission",
    ]
    notes = [dialog.notes.item(n).text() for n in range(dialog.notes.count())]
    assert notes == [
        "Line 3: no name, not added.",
        "Line 5: “Jean Martin” is also on line 4; both are added (two people may share a name).",
    ]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Add 3 participants" and ok.isEnabled()
    assert dialog.summary.text().startswith("People read from “inscriptions.csv”: 3.")
    steps = window.document.undo_stack.count()
    assert editor.add_newcomers(dialog.newcomers())
    assert window.document.undo_stack.count() == steps + 1
    assert window.undo_action.text() == "&Undo Import 3 participants"
    assert _saved(demo_file) == [
        *before,
        ("Hélène Lefèvre", "Saint-Flour Communauté", "chargée de mission"),
        ("Jean Martin", "CAF", "agent"),
        ("Jean Martin", "Préfecture", ""),
    ]
    assert window.page is not None
    assert window.page.notice.label.text() == "Participants added: 3."
    again = RosterImportDialog(editor, window.document.workshop, editor._choose_file)
    assert again.load_file(roster)
    assert (
        again.preview.rowCount() == 0
        and not again.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    )
    assert "is already a participant; not added again." in again.notes.item(0).text()
    window.undo_action.trigger()
    assert _saved(demo_file) == before


def test_a_paste_follows_the_separator_chosen(window: MainWindow, demo_file: Path) -> None:
    editor = _editor(window, demo_file)
    assert window.document is not None
    dialog = RosterImportDialog(editor, window.document.workshop, editor._choose_file)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.summary.text() == "Nothing to import yet."
    dialog.text.setFocus()
    type_text(dialog.text, "Marie Dupont; Mairie de Lyon; élue")
    assert [_cell(dialog.preview, 0, c).text() for c in range(3)] == [
        "Marie Dupont",
        "Mairie de Lyon",
        "élue",
    ]
    assert ok.text() == "Add 1 participant"
    dialog.text.setPlainText("Dupont, Marie\nMartin, Jean\n")
    assert _cell(dialog.preview, 0, 1).text() == "Marie"
    dialog.separator.setCurrentIndex(dialog.separator.findData("none"))
    assert [_cell(dialog.preview, r, 0).text() for r in range(2)] == [
        "Dupont, Marie",
        "Martin, Jean",
    ]
    assert _cell(dialog.preview, 0, 1).text() == ""


def test_what_is_not_a_list_is_said_and_adds_nobody(
    window: MainWindow, demo_file: Path, tmp_path: Path
) -> None:
    editor = _editor(window, demo_file)
    assert window.document is not None
    dialog = RosterImportDialog(editor, window.document.workshop, editor._choose_file)
    sheet = tmp_path / "liste.xlsx"
    sheet.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    assert not dialog.load_file(sheet)
    assert dialog.summary.text() == (
        f"“{sheet}” is a spreadsheet or a document, not text: save it as CSV or as text first."
    )
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.text.setPlainText("<img src='/dev/zero'>;<b>Mairie</b>")  # shown as written
    assert _cell(dialog.preview, 0, 0).text() == "<img src='/dev/zero'>"
    assert dialog.summary.textFormat() == Qt.TextFormat.PlainText


def test_five_thousand_people_are_previewed_in_part_and_added_whole(
    window: MainWindow, demo_file: Path, tmp_path: Path
) -> None:
    """A workshop holds at most 5,000 participants (domain.participants): a list that
    would take it past them is refused in the preview; the rest is added whole."""
    editor = _editor(window, demo_file)
    assert window.document is not None
    there = len(_saved(demo_file))
    roster = tmp_path / "5000.csv"
    rows = [f"Participant {n:04d};Organisation {n % 37};agent" for n in range(5000)]
    roster.write_text("\n".join(rows), encoding="utf-8")
    dialog = RosterImportDialog(editor, window.document.workshop, editor._choose_file)
    assert dialog.load_file(roster)
    assert dialog.preview.rowCount() == 0
    assert dialog.summary.text() == (
        f"The workshop would have {5000 + there} participants, more than the 5000 it can "
        "hold: add fewer people at once."
    )
    start = time.perf_counter()
    dialog.text.setPlainText("\n".join(rows[: 5000 - there]))
    assert dialog.preview.rowCount() == PREVIEW_ROWS
    assert f"The first 1000 are shown; all {5000 - there} will be added." in dialog.summary.text()
    assert editor.add_newcomers(dialog.newcomers())
    assert time.perf_counter() - start < 60  # a hang guard only; the figure is measured apart
    assert len(_saved(demo_file)) == 5000
    assert editor.table.rowCount() == 5000


def test_the_button_opens_the_dialog_and_its_ok_adds(
    window: MainWindow, demo_file: Path, qtbot: QtBot
) -> None:
    editor = _editor(window, demo_file)
    assert editor.import_button.text() == "Import participants…"

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RosterImportDialog)
        dialog.text.setPlainText("Léa Petit\tMairie d’Allanche\tusagère\n")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)
    assert editor.import_participants()
    assert _saved(demo_file)[-1] == ("Léa Petit", "Mairie d’Allanche", "usagère")


# -- the Export menu's group lists -----------------------------------------------------------------
def test_the_group_lists_from_the_menu_are_the_command_lines(
    window: MainWindow, chooser: ScriptedChooser, tmp_path: Path
) -> None:
    problems: list[tuple[str, str]] = []
    window.exports._show_problem = lambda title, text: problems.append((title, text))
    path = tmp_path / "atelier.atelier"
    workshop = paper_workshop()
    WorkshopFile.create(path, workshop).close()
    assert window.open_path(path)
    action = window.exports.actions["groups"]
    assert action.text() == "&Group lists and table tents (PDF)…"
    assert action in window.exports.menu.actions()
    chooser.to_export = tmp_path / "app.pdf"
    action.trigger()  # no grouping yet: said before any file is asked for
    assert chooser.export_names == [] and not chooser.to_export.exists()
    assert problems[0][0] == "No groups to print"
    assert problems[0][1].startswith("The workshop has no groups yet")
    window.close_workshop()
    grouped(workshop, 4, name="Matin", created_at="2026-03-12T09:00:00+01:00")
    grouped(workshop, 6, name="Après-midi", created_at="2026-03-12T14:00:00+01:00")
    path.unlink()
    WorkshopFile.create(path, workshop).close()
    assert window.open_path(path)

    def choose_the_morning() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        assert dialog.comboBoxItems() == ["Après-midi", "Matin"]  # the latest first
        dialog.setTextValue("Matin")
        dialog.accept()

    QTimer.singleShot(0, choose_the_morning)
    action.trigger()
    assert chooser.export_names[-1].endswith("-groupes.pdf")
    cli = tmp_path / "cli.pdf"
    args = ["export", str(path), "--format", "groups-pdf", "--grouping", "Matin", "-o", str(cli)]
    assert main(args) == 0

    def furniture_aside(data: bytes) -> list[list[str]]:
        return [[b for b in page if not b.startswith("Édité le")] for page in blocks(data)]

    assert furniture_aside(chooser.to_export.read_bytes()) == furniture_aside(cli.read_bytes())
