"""The lab's logo, for the synthesis's cover: shown small, chosen from a file (checked
and downscaled like every photo), or removed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from facilitator.document.workshop_document import WorkshopDocument
from facilitator.domain import edits
from facilitator.domain.changes import ChangeSet
from facilitator.domain.images import ImageError
from facilitator.domain.messages import Message
from facilitator.domain.records import Attachment
from facilitator.ui.board.photos import read_or_report, shown_pixmap
from facilitator.ui.editing import perform_edit
from facilitator.ui.plain import plain_label
from facilitator.ui.refresh_when_shown import RefreshWhenShown
from facilitator.ui.retranslate import Retranslatable

THUMBNAIL = 48


def _touches_logo(changes: ChangeSet) -> bool:
    """Whether an edit may change the logo (an attachment: the logo is one)."""
    return any(isinstance(c.after or c.before, Attachment) for c in changes.changes)


class LogoField(Retranslatable):
    def __init__(
        self,
        document: WorkshopDocument,
        report: Callable[[Message], None],
        choose_file: Callable[[str], Path | None],
    ) -> None:
        super().__init__()
        self._document = document
        self._report = report
        self._choose_file = choose_file
        self.picture = plain_label()
        self._shown: tuple[bytes | None, QPixmap, ImageError | None] = (None, QPixmap(), None)
        self.picture.setFixedHeight(THUMBNAIL)
        self.choose = QPushButton()
        self.choose.clicked.connect(self._choose)
        self.remove = QPushButton()
        self.remove.clicked.connect(
            lambda: self._edit(lambda: edits.remove_logo(self._document.workshop))
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picture)
        row.addWidget(self.choose)
        row.addWidget(self.remove)
        row.addStretch(1)
        self.follower = RefreshWhenShown(
            self, lambda _changes: self.refresh(), self.refresh, relevant=_touches_logo
        )
        document.changed.connect(self.follower.changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.choose.setText(self.tr("Choose…"))
        self.remove.setText(self.tr("Remove"))
        self.refresh()

    def refresh(self) -> None:
        logo = edits.logo_of(self._document.workshop)
        if logo is not None and logo.data != self._shown[0]:  # decoded once, at its size
            self._shown = (logo.data, *shown_pixmap(logo.data, QSize(THUMBNAIL * 10, THUMBNAIL)))
        _data, pixmap, problem = self._shown
        if logo is None:
            self.picture.setText(self.tr("(none)"))
        elif problem is None:
            self.picture.setPixmap(pixmap)
        elif problem.too_large:  # a colleague's 20,000 pixels: said, never decoded
            self.picture.setText(self.tr("(too large to show)"))
        else:
            self.picture.setText(self.tr("(unreadable)"))
        writable = not self._document.read_only
        self.choose.setEnabled(writable)
        self.remove.setEnabled(writable and logo is not None)

    def _edit(self, build: Callable[[], ChangeSet]) -> bool:
        if self._document.read_only:
            return False
        return perform_edit(
            self._document,
            lambda: self.tr("Logo"),
            build,
            report=self._report,
            on_refused=self.refresh,
        )

    def _choose(self) -> None:
        path = self._choose_file("photo")
        if path is not None:
            self.set_from(path)

    def set_from(self, path: Path) -> bool:
        photo = read_or_report(path, self._report)
        if photo is None:
            return False
        data, width, height = photo
        return self._edit(
            lambda: edits.set_logo(self._document.workshop, data=data, width=width, height=height)
        )
