"""A photo of a paper board, shown on the board beside the notes, with its caption."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from facilitator.domain.records import Attachment

PHOTO_WIDTH = 640.0
CAPTION_HEIGHT = 36.0


class PhotoItem(QGraphicsItem):
    def __init__(self, photo: Attachment) -> None:
        super().__init__()
        self.photo = photo
        self._pixmap = QPixmap()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.show_photo(photo)

    def show_photo(self, photo: Attachment) -> None:
        self.prepareGeometryChange()
        self.photo = photo
        image = QImage.fromData(photo.data)
        self._pixmap = QPixmap.fromImage(image) if not image.isNull() else QPixmap()
        self.setToolTip(photo.caption)
        self.update()

    def picture_height(self) -> float:
        width, height = max(self.photo.width, 1), max(self.photo.height, 1)
        return PHOTO_WIDTH * height / width

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, PHOTO_WIDTH, self.picture_height() + CAPTION_HEIGHT)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        picture = QRectF(0, 0, PHOTO_WIDTH, self.picture_height())
        if self._pixmap.isNull():  # a damaged image: say so where it would be
            painter.fillRect(picture, QColor("#dddddd"))
        else:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(picture, self._pixmap, QRectF(self._pixmap.rect()))
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
