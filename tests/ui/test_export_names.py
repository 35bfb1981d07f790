"""Names in the app's exports (issue 17): the synthesis dialog's "Leave out the
participants' and authors' names", and the same question before the Markdown
synthesis, the ideas' CSV and the cards, make the very files `facilitator export
--no-names` makes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.cli import main
from facilitator.domain.factory import new_workshop
from facilitator.export.names import Names
from facilitator.storage.workshop_file import WorkshopFile
from facilitator.ui.main_window import MainWindow
from facilitator.ui.names_choice import NamesChoice, NamesDialog
from facilitator.ui.synthesis_export import SynthesisDialog
from tests.export.named_people import FACILITATOR, STEP_OWNER, TYPED_AUTHOR, named_workshop
from tests.export.test_agenda_exports import _pdf_text
from tests.ui.conftest import ScriptedChooser

ACCEPTED = int(SynthesisDialog.DialogCode.Accepted.value)
REJECTED = int(SynthesisDialog.DialogCode.Rejected.value)


def _cli(source: Path, fmt: str, out: Path, *options: str) -> bytes:
    assert main(["export", str(source), "--format", fmt, *options, "-o", str(out)]) == 0
    return out.read_bytes()


@pytest.fixture
def named_file(tmp_path: Path) -> Path:
    path = tmp_path / "noms.atelier"
    WorkshopFile.create(path, named_workshop()).close()
    return path


def test_the_choice_of_names(qtbot: QtBot) -> None:
    choice = NamesChoice(cover=True)
    qtbot.addWidget(choice)
    assert choice.choice() is Names.AS_TYPED
    choice.listed.setChecked(True)
    assert choice.choice() is Names.LISTED
    choice.left_out.setChecked(True)  # leaving names out cannot list them
    assert choice.choice() is Names.LEFT_OUT
    assert not choice.listed.isChecked() and not choice.listed.isEnabled()
    choice.left_out.setChecked(False)
    assert choice.listed.isEnabled() and choice.choice() is Names.AS_TYPED
    dialog = NamesDialog()  # no cover there: the list is not offered
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.names.left_out.isVisible() and not dialog.names.listed.isVisible()


def test_the_synthesis_dialog_leaves_the_names_out_as_the_command_line_does(
    window: MainWindow,
    named_file: Path,
    *,
    chooser: ScriptedChooser,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def leave_names_out(dialog: SynthesisDialog) -> int:
        dialog.names.listed.setChecked(True)
        dialog.names.left_out.click()  # as the facilitator does: it unticks the list
        dialog.open_after.setChecked(False)
        return ACCEPTED

    monkeypatch.setattr(SynthesisDialog, "exec", leave_names_out)
    assert window.open_path(named_file)
    chooser.to_export = tmp_path / "app.pdf"
    window.exports.choose_synthesis()
    qtbot.waitUntil(
        lambda: "The synthesis is ready" in window.statusBar().currentMessage(), timeout=60_000
    )
    from_app = _pdf_text(chooser.to_export.read_bytes())
    from_cli = _pdf_text(_cli(named_file, "pdf", tmp_path / "cli.pdf", "--no-names"))
    assert from_app == from_cli
    assert TYPED_AUTHOR not in from_app and STEP_OWNER not in from_app
    assert FACILITATOR in from_app


@pytest.mark.parametrize(
    ("key", "fmt"), [("ideas_csv", "csv"), ("synthesis_md", "md"), ("cards", "cards-pdf")]
)
def test_the_question_before_the_csv_markdown_and_cards_means_the_same(
    window: MainWindow,
    named_file: Path,
    *,
    chooser: ScriptedChooser,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    key: str,
    fmt: str,
) -> None:
    asked: list[str] = []

    def leave_names_out(dialog: NamesDialog) -> int:
        asked.append(dialog.windowTitle())
        dialog.names.left_out.click()
        return ACCEPTED

    monkeypatch.setattr(NamesDialog, "exec", leave_names_out)
    assert window.open_path(named_file)
    chooser.to_export = tmp_path / f"app.{fmt}"
    window.exports.actions[key].trigger()
    assert asked == ["Names in the export"]
    from_cli = _cli(named_file, fmt, tmp_path / f"cli.{fmt}", "--no-names")
    from_app = chooser.to_export.read_bytes()
    if fmt == "cards-pdf":  # a PDF's bytes hold the time it was made: its text, then
        from_app, from_cli = (_pdf_text(d).encode() for d in (from_app, from_cli))
    assert from_app == from_cli
    assert TYPED_AUTHOR.encode() not in from_cli and STEP_OWNER.encode() not in from_cli
    assert (FACILITATOR.upper().encode() in from_cli) is (fmt != "csv")  # owns a step


def test_cancel_at_the_question_writes_nothing(
    window: MainWindow,
    named_file: Path,
    chooser: ScriptedChooser,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(NamesDialog, "exec", lambda _dialog: REJECTED)
    assert window.open_path(named_file)
    chooser.to_export = tmp_path / "annule.csv"
    window.exports.actions["ideas_csv"].trigger()
    assert not chooser.to_export.exists() and chooser.export_names == []


def test_no_question_when_there_is_no_name_to_leave_out(
    window: MainWindow,
    chooser: ScriptedChooser,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def never(_dialog: NamesDialog) -> int:
        raise AssertionError("asked about names in a workshop that has none")

    monkeypatch.setattr(NamesDialog, "exec", never)
    path = tmp_path / "vide.atelier"
    WorkshopFile.create(path, new_workshop("Sans noms")).close()
    assert window.open_path(path)
    for key, fmt in (("ideas_csv", "csv"), ("synthesis_md", "md"), ("cards", "pdf")):
        chooser.to_export = tmp_path / f"out-{key}.{fmt}"
        window.exports.actions[key].trigger()
        assert chooser.to_export.exists(), key
