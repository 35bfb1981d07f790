"""A photo of a paper board, shown on the board beside the notes, with its caption."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from facilitator.domain.images import ImageError
from facilitator.domain.records import Attachment
from facilitator.ui.board.photos import BOARD_SIDE, shown_image
from facilitator.ui.plain import set_tooltip

PHOTO_WIDTH = 640.0
CAPTION_HEIGHT = 36.0
# However tall or wide a photo (its record says up to 100,000 pixels a side), its place
# on the board keeps to these proportions; the picture is fitted whole inside.
TALLEST, FLATTEST = 3.0, 1 / 10


class PhotoItem(QGraphicsItem):
    def __init__(self, photo: Attachment) -> None:
        super().__init__()
        self.photo = photo
        self._pixmap = QPixmap()
        self._problem: bool | None = None  # no picture because: too large (True), unreadable
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.show_photo(photo)

    def show_photo(self, photo: Attachment) -> None:
        self.prepareGeometryChange()
        decoded = self.photo.data == photo.data and (
            not self._pixmap.isNull() or self._problem is not None
        )
        self.photo = photo
        if not decoded:  # a new caption keeps the picture: no second decoding
            try:  # at the size the board shows it: never a colleague's 8,000 pixels
                image = shown_image(photo.data, QSize(BOARD_SIDE, BOARD_SIDE))
            except ImageError as error:
                self._pixmap = QPixmap()
                self._problem = error.too_large
            else:
                self._pixmap = QPixmap.fromImage(image)
                self._problem = None
        set_tooltip(self, photo.caption)
        self.update()

    def problem(self) -> str:
        """Why the picture is not shown, in the interface's language ("" if it is)."""
        if self._problem is None:
            return ""
        if self._problem:
            return QCoreApplication.translate("PhotoItem", "Photo too large to show")
        return QCoreApplication.translate("PhotoItem", "Unreadable photo")

    def picture_height(self) -> float:
        if self._pixmap.isNull():
            width, height = max(self.photo.width, 1), max(self.photo.height, 1)
        else:
            width, height = self._pixmap.width(), self._pixmap.height()
        return PHOTO_WIDTH * min(max(height / width, FLATTEST), TALLEST)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, PHOTO_WIDTH, self.picture_height() + CAPTION_HEIGHT)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        picture = QRectF(0, 0, PHOTO_WIDTH, self.picture_height())
        if self._pixmap.isNull():  # too large or damaged: say so where it would be
            painter.fillRect(picture, QColor("#dddddd"))
            painter.setPen(QColor("#3a3a3a"))
            painter.drawText(picture, int(Qt.AlignmentFlag.AlignCenter), self.problem())
        else:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            size = self._pixmap.size().scaled(
                picture.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio
            )
            shown = QRectF(0, 0, size.width(), size.height())
            shown.moveCenter(picture.center())
            painter.drawPixmap(shown, self._pixmap, QRectF(self._pixmap.rect()))
        painter.setPen(QColor("#000091") if self.isSelected() else QColor("#6a6a6a"))
        painter.drawRect(picture)
        font = QFont()
        font.setPointSizeF(12)
        painter.setFont(font)
        painter.setPen(QColor("#161616"))
        painter.drawText(
            QRectF(0, picture.height() + 4, PHOTO_WIDTH, CAPTION_HEIGHT - 4),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            painter.fontMetrics().elidedText(
                self.photo.caption, Qt.TextElideMode.ElideRight, int(PHOTO_WIDTH)
            ),
        )
