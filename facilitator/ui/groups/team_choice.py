"""Which team made an idea or a prototype card: a chooser of every team of every grouping
(« Groupe 2 », or « Groupe 2 (Tables du jour 1) » when there are several groupings), with
"No group" first. Team names are shown as written (plain.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QMenu, QWidget

from facilitator.domain.groupings import team_choices
from facilitator.domain.workshop import Workshop
from facilitator.ui.plain import mnemonic_free


def no_team_text() -> str:
    return QCoreApplication.translate("TeamChoice", "No group")


def fill_team_box(box: QComboBox, workshop: Workshop, current: str | None) -> None:
    """`box` lists "No group" then every team (its data: the team's id, "" for none), with
    `current` chosen; its signals are blocked meanwhile."""
    choices = [("", no_team_text()), *team_choices(workshop)]
    shown = [(box.itemData(row), box.itemText(row)) for row in range(box.count())]
    box.blockSignals(True)
    if shown != choices:
        box.clear()
        for team_id, label in choices:
            box.addItem(label, team_id)
    index = box.findData(current or "")
    box.setCurrentIndex(max(index, 0))
    box.blockSignals(False)


def team_menu(
    parent: QWidget, workshop: Workshop, current: str | None, chosen: Callable[[str | None], None]
) -> QMenu:
    """A menu of "No group" and every team, `current` ticked; choosing calls `chosen` with
    the team's id (None for no team)."""
    menu = QMenu(parent)
    teams = team_choices(workshop)
    for team_id, label in [("", no_team_text()), *teams]:
        action = QAction(mnemonic_free(label), menu)
        action.setCheckable(True)
        action.setChecked((current or "") == team_id)
        action.triggered.connect(lambda _=False, t=team_id: chosen(t or None))
        menu.addAction(action)
    if not teams:
        hint = menu.addAction(
            QCoreApplication.translate("TeamChoice", "No group yet: make them on the Groups page")
        )
        hint.setEnabled(False)
    return menu
