"""The inverted triangle, drawn: three bands from broad (top) to near (the tip).

Each band carries its question and how many notes it has; a click on a band (or Ctrl+1,
2, 3 on the page) makes it the level the notes below belong to.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF
from PySide6.QtCore import QRectF
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtGui import QFont
from PySide6.QtGui import QKeyEvent
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPainterPath
from PySide6.QtGui import QPaintEvent
from PySide6.QtGui import QPen
from PySide6.QtGui import QPolygonF
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QWidget

from facilitator.domain.dialogue import LEVELS
from facilitator.ui.dialogue_box.picker import Picker

#: Broad to near: a wide, light band at the top, a strong colour at the tip.
BAND_COLOURS = (QColor("#d9ecf7"), QColor("#a9d3ea"), QColor("#f2b35b"))
INK = QColor("#1d1d1d")


class TriangleWidget(Picker):
    level_chosen = Signal(int)

    MARGIN = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.questions: list[str] = ["", "", ""]
        self.counts: list[int] = [0, 0, 0]
        self.level = 1
        self.setAccessibleName(self.tr("Den omvendte trekant"))
        self.setToolTip(self.tr("Klik på et niveau for at skrive noter til det (Ctrl+1, 2, 3)"))

    def sizeHint(self) -> QSize:
        return QSize(640, 160)  # the notes below need the height more

    def minimumSizeHint(self) -> QSize:
        # 160, not 200: with the step's question above it, 200 pushed a 1280×720
        # window past the screen's bottom edge.
        return QSize(360, 160)

    def set_contents(self, questions: Sequence[str], counts: Sequence[int], level: int) -> None:
        self.questions, self.counts, self.level = list(questions), list(counts), level
        self.setAccessibleDescription(self.tr("Niveau %1 af 3: %2")
                                      .replace("%1", str(level))
                                      .replace("%2", self.questions[level - 1]))
        self.update()

    # -- geometry ----------------------------------------------------------------------
    def _frame(self) -> QRectF:
        """The triangle's box, on the left; the questions stand to its right."""
        height = self.height() - 2 * self.MARGIN
        width = min(self.width() * 0.42, height * 1.9)
        return QRectF(self.MARGIN, self.MARGIN, width, height)

    def band(self, level: int) -> QPolygonF:
        """The band of a level: a trapezium, the last one the tip."""
        f = self._frame()
        h = f.height() / len(LEVELS)
        cx = f.center().x()

        def half(y: float) -> float:  # half the width at height y (0 at the tip)
            return f.width() / 2 * (f.bottom() - y) / f.height()

        top, bottom = f.top() + (level - 1) * h, f.top() + level * h
        gap = 2.5
        top, bottom = top + (gap if level > 1 else 0), bottom - (gap if level < 3 else 0)
        return QPolygonF([QPointF(cx - half(top), top), QPointF(cx + half(top), top),
                          QPointF(cx + half(bottom), bottom), QPointF(cx - half(bottom), bottom)])

    def row(self, level: int) -> QRectF:
        """The whole row of a level: its band and its question (both take a click)."""
        f = self._frame()
        h = f.height() / len(LEVELS)
        return QRectF(f.left(), f.top() + (level - 1) * h, self.width() - 2 * self.MARGIN, h)

    def level_at(self, pos: QPointF) -> int | None:
        for level in LEVELS:
            if self.band(level).containsPoint(pos, Qt.FillRule.OddEvenFill):
                return level
        f = self._frame()
        if pos.x() > f.right():
            for level in LEVELS:
                if self.row(level).contains(pos):
                    return level
        return None

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = self._frame()
        for level in LEVELS:
            row = self.row(level)
            text_rect = QRectF(frame.right() + 18, row.top() + 2,
                               row.right() - frame.right() - 24, row.height() - 4)
            self._paint_band(p, level, text_rect)
            # Beside the band: the question.
            font = QFont(self.font())
            font.setBold(level == self.level)
            font.setPointSizeF(font.pointSizeF() + 1)
            p.setFont(font)
            p.setPen(INK)
            p.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                       | Qt.TextFlag.TextWordWrap, self.questions[level - 1])
        self.paint_focus(p)
        p.end()

    def _paint_band(self, p: QPainter, level: int, text_rect: QRectF) -> None:
        """A level's band (and its question's shade when chosen or under the mouse)."""
        chosen = level == self.level
        if chosen or level == self._hover:
            p.setPen(Qt.PenStyle.NoPen)
            shade = QColor(BAND_COLOURS[level - 1])
            shade.setAlpha(110 if chosen else 50)
            p.setBrush(shade)
            p.drawRoundedRect(text_rect.adjusted(-8, 1, 4, -1), 6, 6)
        colour = QColor(BAND_COLOURS[level - 1])
        if not chosen:
            colour = colour.lighter(112)
        poly = self.band(level)
        path = QPainterPath()
        path.addPolygon(poly)
        path.closeSubpath()
        p.setPen(QPen(QColor("#1f4e79") if chosen else QColor("#9bb7cc"), 3 if chosen else 1))
        p.setBrush(colour)
        p.drawPath(path)
        # In the band: the level's number and how many notes it has.
        box = poly.boundingRect()
        inner = QRectF(box.left(), box.top(), box.width(),
                       box.height() * (0.62 if level == 3 else 1.0))
        number = QFont(self.font())
        number.setBold(True)
        number.setPointSizeF(number.pointSizeF() + 5)
        count = self.counts[level - 1]
        noun = self.tr("1 note") if count == 1 else self.tr("%1 noter").replace(
            "%1", str(count))
        p.setPen(INK)
        p.setFont(number)
        metrics_h = p.fontMetrics().height()
        p.drawText(QRectF(inner.left(), inner.center().y() - metrics_h, inner.width(),
                          metrics_h), Qt.AlignmentFlag.AlignCenter, str(level))
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        p.setFont(small)
        p.drawText(QRectF(inner.left(), inner.center().y(), inner.width(),
                          p.fontMetrics().height() + 2), Qt.AlignmentFlag.AlignCenter, noun)

    # -- input -------------------------------------------------------------------------
    def part_at(self, pos: QPointF) -> int | None:
        return self.level_at(pos)

    def picked(self, part: int) -> None:
        self.level_chosen.emit(part)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            self.level_chosen.emit(max(1, min(3, self.level + step)))
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_3:
            self.level_chosen.emit(key - Qt.Key.Key_0)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
