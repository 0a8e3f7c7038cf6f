"""A drawing the host picks from with the mouse: the thermometer's scale, the triangle's
levels. The part under the mouse is lit and shows a hand; a click picks it."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtCore import QPointF
from PySide6.QtCore import QRectF
from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QWidget


class Picker(QWidget):
    """Parts numbered from 1; a subclass says where each is and what a pick does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        #: The part under the mouse, or None.
        self._hover: int | None = None

    def part_at(self, pos: QPointF) -> int | None:
        """The part at ``pos`` in the widget, or None."""
        raise NotImplementedError

    def picked(self, part: int) -> None:
        """The host clicked ``part``."""
        raise NotImplementedError

    def paint_focus(self, p: QPainter, radius: float = 0.0) -> None:
        """A dotted frame round the whole drawing while it has the keyboard focus."""
        if self.hasFocus():
            p.setPen(QPen(self.palette().highlight().color(), 1, Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), radius, radius)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        part = self.part_at(event.position())
        if part != self._hover:
            self._hover = part
            self.setCursor(Qt.CursorShape.PointingHandCursor if part
                           else Qt.CursorShape.ArrowCursor)
            self.update()

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            part = self.part_at(event.position())
            if part is not None:
                self.picked(part)
                return
        super().mouseReleaseEvent(event)
