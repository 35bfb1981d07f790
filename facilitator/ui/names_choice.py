"""Whose names an export prints, chosen in the app: the same three choices as the
command line's default, `--names` and `--no-names` (`export.names.Names`), for the
synthesis (PDF, Markdown), the ideas' CSV and the prototype cards."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.export.names import Names
from facilitator.ui.plain import plain_label


class NamesChoice(QGroupBox):
    """Two boxes: the participants listed on the cover (the PDF synthesis only, when
    `cover`), and every participant's and author's name left out; ticking the second
    unticks and disables the first. `choice()` is the `Names` they make."""

    def __init__(self, parent: QWidget | None = None, *, cover: bool) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("People's names"))
        self.listed = QCheckBox(self.tr("List the participants on the cover"))
        self.left_out = QCheckBox(self.tr("Leave out the participants' and authors' names"))
        self.explained = plain_label(
            self.tr(
                "No idea's author, no next step's owner but the facilitators, no team "
                "field: in the PDF, the Markdown and the CSV alike. The facilitators' "
                "names stay."
            )
        )
        self.explained.setObjectName("subheading")
        self.explained.setWordWrap(True)
        self.left_out.toggled.connect(self._left_out_toggled)
        column = QVBoxLayout(self)
        if cover:
            column.addWidget(self.listed)
        else:
            self.listed.hide()
        column.addWidget(self.left_out)
        column.addWidget(self.explained)

    def _left_out_toggled(self, checked: bool) -> None:
        if checked:
            self.listed.setChecked(False)
        self.listed.setEnabled(not checked)

    def choice(self) -> Names:
        if self.left_out.isChecked():
            return Names.LEFT_OUT
        return Names.LISTED if self.listed.isChecked() else Names.AS_TYPED


class NamesDialog(QDialog):
    """Asked before the Markdown synthesis, the ideas' CSV and the cards are written,
    when the workshop holds a name that leaving names out would remove
    (`export.names.has_names`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Names in the export"))
        self.names = NamesChoice(self, cover=False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.names)
        layout.addWidget(buttons)
