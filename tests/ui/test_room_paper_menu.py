"""The room's paper in the app's Export menu (issue 18): the attendance sheet, and name
badges with one entry per label sheet and a check for the facilitators' badges; the
files are the command line's, and nobody to print is said before any file is asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from facilitator.cli import main
from facilitator.export.label_sheets import LABEL_SHEETS
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.ui.main_window import MainWindow
from tests.export.paper_people import FACILITATORS, blocks, paper_workshop
from tests.ui.conftest import ScriptedChooser


@pytest.fixture
def paper_file(tmp_path: Path) -> Path:
    path = tmp_path / "atelier.atelier"
    WorkshopFile.create(path, paper_workshop()).close()
    return path


def _text(data: bytes) -> list[list[str]]:
    """The pages' text blocks, the furniture's date line and page numbers aside."""
    return [[b for b in page if not b.startswith("Édité le")] for page in blocks(data)]


def test_the_attendance_sheet_from_the_menu_is_the_command_lines(
    window: MainWindow, paper_file: Path, chooser: ScriptedChooser, tmp_path: Path
) -> None:
    assert window.open_path(paper_file)
    chooser.to_export = tmp_path / "app.pdf"
    action = window.exports.actions["attendance"]
    assert action.text() == "&Attendance sheet, signed by half-day (PDF)…"
    action.trigger()
    assert chooser.export_names == ["Transfo l’accueil des réfugiés en milieu rural-emargement.pdf"]
    cli = tmp_path / "cli.pdf"
    assert main(["export", str(paper_file), "--format", "attendance", "-o", str(cli)]) == 0
    assert _text(chooser.to_export.read_bytes()) == _text(cli.read_bytes())


@pytest.mark.parametrize("key", list(LABEL_SHEETS))
def test_badges_on_each_sheet_with_or_without_the_facilitators(
    window: MainWindow, paper_file: Path, chooser: ScriptedChooser, tmp_path: Path, key: str
) -> None:
    assert window.open_path(paper_file)
    sheet = LABEL_SHEETS[key]
    action = window.exports.actions[f"badges_{key}"]
    assert action.text().startswith(f"{sheet.product} labels, {sheet.width:g} × {sheet.height:g}")
    assert action in window.exports.badges_menu.actions()
    assert window.exports.badges_menu.menuAction() in window.exports.menu.actions()
    for with_facilitators in (False, True):
        window.exports.with_facilitators_action.setChecked(with_facilitators)
        chooser.to_export = tmp_path / f"app-{with_facilitators}.pdf"
        action.trigger()
        data = chooser.to_export.read_bytes()
        cli = tmp_path / f"cli-{with_facilitators}.pdf"
        extra = ["--with-facilitators"] if with_facilitators else []
        options = ["--format", "badges", "--labels", key, *extra, "-o", str(cli)]
        assert main(["export", str(paper_file), *options]) == 0
        assert blocks(data) == blocks(cli.read_bytes())
        last = " ".join(blocks(data)[-1])
        assert all((f in last) is with_facilitators for f in FACILITATORS)
        assert len(PdfReader(chooser.to_export).pages) >= 1
    assert chooser.export_names[-1].endswith(f"-badges-{key}.pdf")


def test_nobody_to_print_is_said_before_a_file_is_asked(
    window: MainWindow, chooser: ScriptedChooser, tmp_path: Path
) -> None:
    problems: list[tuple[str, str]] = []
    window.exports._show_problem = lambda title, text: problems.append((title, text))
    path = tmp_path / "vide.atelier"
    WorkshopFile.create(path, paper_workshop(participants=())).close()
    assert window.open_path(path)
    chooser.to_export = tmp_path / "badges.pdf"
    window.exports.with_facilitators_action.setChecked(False)
    window.exports.actions["badges_l4785"].trigger()
    assert chooser.export_names == [] and not chooser.to_export.exists()
    assert problems and problems[0][0] == "No badge to print"
    assert problems[0][1].startswith("No name badge to print")
    window.exports.with_facilitators_action.setChecked(True)  # the facilitators' only
    window.exports.actions["badges_l4785"].trigger()
    assert chooser.to_export.exists()
    chooser.to_export = tmp_path / "emargement.pdf"
    window.exports.actions["attendance"].trigger()  # a sheet of blank lines
    assert chooser.to_export.exists()
