"""The layout checker finds what a person would see cut, squeezed or covered; and the
widgets made to hold long text (fitted, elided, compact) pass it with long text."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from facilitator.domain.library import Library
from facilitator.domain.long_demo import long_text
from facilitator.ui.compact import ElidedLabel, choice_box
from facilitator.ui.dialogs import NewWorkshopDialog
from facilitator.ui.fitted_text import SMALLEST_PX, FittedText
from facilitator.ui.layout_check import layout_problems
from facilitator.ui.plain import plain_label

LONG_WORD = "Intercommunalisationdesdispositifsdaccompagnement"


def _window(qtbot: QtBot, *children: QWidget, width: int = 300, height: int = 200) -> QWidget:
    window = QWidget()
    window.setObjectName("window")
    column = QVBoxLayout(window)
    for child in children:
        column.addWidget(child)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_label_too_narrow_for_its_text_is_found(qtbot: QtBot) -> None:
    label = plain_label("Consignes aux participants " * 6)
    label.setObjectName("consignes")
    label.setMinimumWidth(10)  # as if a layout had squeezed it
    window = _window(qtbot, label, width=200)
    problems = [str(p) for p in layout_problems(window)]
    assert any("consignes" in p and "text needs" in p for p in problems), problems


def test_a_wrapped_label_with_a_word_longer_than_its_line_is_found(qtbot: QtBot) -> None:
    label = plain_label(f"Le mot {LONG_WORD} ne tient pas")
    label.setWordWrap(True)
    label.setObjectName("mot")
    label.setMinimumWidth(10)
    window = _window(qtbot, label, width=160)
    problems = [str(p) for p in layout_problems(window)]
    assert any("mot" in p for p in problems), problems


def test_widgets_below_their_minimum_and_overlapping_siblings_are_found(qtbot: QtBot) -> None:
    row = QWidget()
    row.setObjectName("row")
    buttons = QHBoxLayout(row)
    first, second = plain_label("Premier bouton"), plain_label("Second bouton")
    first.setObjectName("premier")
    buttons.addWidget(first)
    buttons.addWidget(second)
    window = _window(qtbot, row, width=80)  # smaller than the row needs
    window.resize(80, 60)  # a window forced under its layout's minimum (as a screen would)
    first.setGeometry(0, 0, 60, 20)
    second.setGeometry(30, 0, 60, 20)
    problems = [str(p) for p in layout_problems(window)]
    assert any("smaller than its minimum" in p for p in problems), problems
    assert any("premier" in p and "overlaps" in p for p in problems), problems


def test_a_window_larger_than_its_screen_is_found(qtbot: QtBot) -> None:
    primary = QApplication.primaryScreen()
    assert primary is not None
    screen = primary.availableGeometry()
    wide = QLabel("x")
    window = _window(qtbot, wide)
    window.resize(screen.width() + 200, 200)
    problems = [str(p) for p in layout_problems(window)]
    assert any("screen" in p for p in problems), problems


def test_long_text_widgets_pass_with_long_text(qtbot: QtBot) -> None:
    """Fitted text, elided labels and compact combo boxes hold 1,500 characters and a
    50-letter word in a small window without a problem, and never ask for more room."""
    fitted = FittedText(0.075, bold=True)
    fitted.setText(long_text(1500))
    fitted.set_reference(600)
    elided = ElidedLabel(long_text(300))
    combo = choice_box()
    combo.addItem(long_text(150))
    window = _window(qtbot, fitted, elided, combo, width=320, height=240)
    assert layout_problems(window) == []
    size, shown, cut = fitted.fitted()
    assert size >= SMALLEST_PX and cut and shown.endswith("…")
    assert elided.text().endswith("…") and elided.toolTip()
    assert combo.minimumSizeHint().width() < 320


def test_the_new_workshop_dialog_shows_every_template_description_whole(
    qtbot: QtBot, library: Library
) -> None:
    """The description of each bundled template is shown whole (it was cut to two lines)."""
    dialog = NewWorkshopDialog("fr", library)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for index in range(dialog.template_combo.count()):
        dialog.template_combo.setCurrentIndex(index)
        QApplication.processEvents()
        assert dialog.description.text()
        assert layout_problems(dialog) == [], dialog.template().id


def test_every_combo_box_is_compact() -> None:
    """A combo box sized to its longest entry let a board title of 191 characters push
    the whole window past a 1280-pixel screen (the room page, found by attack testing):
    every combo box of the interface comes from `compact.choice_box`."""
    import re
    from pathlib import Path

    import facilitator.ui

    root = Path(facilitator.ui.__file__).parent
    offenders = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(root.rglob("*.py"))
        if path.name != "compact.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\bQComboBox\(", line)
    ]
    assert not offenders, offenders


def test_an_elided_label_set_again_to_its_text_keeps_it_and_follows_its_font(
    qtbot: QtBot,
) -> None:
    """The workshop's heading is set again after every edit (issue 22: a capture measured
    the title anew each time): the same text keeps what is shown; a larger font cuts it
    again to fit."""
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.resize(200, 30)
    label.show()
    title = "Atelier de co-construction des parcours d’accueil des personnes réfugiées"
    label.set_full_text(title)
    shown = label.text()
    assert shown != title and shown.endswith("…") and label.toolTip()
    label.set_full_text(title)
    assert label.text() == shown and label.full_text() == title
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    assert len(label.text()) < len(shown) and label.text().endswith("…")
