"""The thermometer itself: a tube from 1 (cold blue, bottom) to 10 (warm red, top).

Click a step of the scale, or press 1–9 (0 for 10), to give a reading; the arrow keys
move the highlighted step and Enter or Space gives it. The tube is filled up to the
round's median, and each reading of the round is a dot beside its step, so the group
sees its own temperature grow as the readings come in.
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
from PySide6.QtGui import QLinearGradient
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPainterPath
from PySide6.QtGui import QPaintEvent
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QWidget

from facilitator.domain.dialogue import SCALE
from facilitator.domain.dialogue import distribution
from facilitator.ui.dialogue_box.picker import Picker

#: Cold blue → warm red, as (place 0–1, colour).
STOPS = ((0.0, QColor("#1f5fa8")), (0.3, QColor("#4fa3d1")), (0.55, QColor("#f2d05c")),
         (0.78, QColor("#ef8a3c")), (1.0, QColor("#c62828")))
DIGIT_KEYS = {Qt.Key(Qt.Key.Key_0 + d): (d or 10) for d in range(10)}


def value_colour(value: float) -> QColor:
    """The colour of a value on the 1–10 scale (the same in the tube and the charts)."""
    t = max(0.0, min(1.0, (value - 1) / 9))
    for (a, ca), (b, cb) in zip(STOPS, STOPS[1:], strict=False):
        if t <= b:
            f = (t - a) / (b - a) if b > a else 0.0
            return QColor.fromRgbF(ca.redF() + (cb.redF() - ca.redF()) * f,
                                   ca.greenF() + (cb.greenF() - ca.greenF()) * f,
                                   ca.blueF() + (cb.blueF() - ca.blueF()) * f)
    return QColor(STOPS[-1][1])


class ThermometerWidget(Picker):
    #: The facilitator gave a reading (1–10).
    value_chosen = Signal(int)

    TUBE_W, BULB, TOP, BOTTOM_TEXT = 44, 74, 34, 30

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._values: list[int] = []
        self._median: float | None = None
        self._cursor = 5
        #: Whether Enter may give ``_cursor``: chosen with the arrows and not yet given.
        self._chosen_by_arrows = False
        self.top_label = self.tr("Det går rigtig godt")
        self.bottom_label = self.tr("Det går rigtig skidt")
        self.setAccessibleName(self.tr("Termometer"))
        self.setAccessibleDescription(self.tr(
            "Klik på et tal, eller tryk 1 til 9 og 0 for 10. Pil op og ned flytter, "
            "Enter giver tallet."))
        self.setToolTip(self.accessibleDescription())

    def given(self, value: int) -> None:
        """A reading of ``value`` was given (by any key on the page): Enter won't repeat it."""
        self._cursor = value
        self._chosen_by_arrows = False
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(260, 460)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 320)

    def set_readings(self, values: Sequence[int], median: float | None) -> None:
        self._values = list(values)
        self._median = median
        self.update()

    # -- geometry ----------------------------------------------------------------------
    def tube_rect(self) -> QRectF:
        x = self.width() / 2 - self.TUBE_W / 2 - 10
        top = self.TOP + 8
        bottom = self.height() - self.BOTTOM_TEXT - self.BULB + 14
        return QRectF(x, top, self.TUBE_W, max(60.0, bottom - top))

    def bulb_rect(self) -> QRectF:
        tube = self.tube_rect()
        return QRectF(tube.center().x() - self.BULB / 2, tube.bottom() - 14,
                      self.BULB, self.BULB)

    def step_rect(self, value: int) -> QRectF:
        """Where a value's step of the scale lies (1 at the bottom, 10 at the top)."""
        tube = self.tube_rect()
        inner = tube.adjusted(0, 6, 0, -6)
        h = inner.height() / len(SCALE)
        return QRectF(tube.left() - 46, inner.bottom() - value * h, tube.width() + 46 + 120, h)

    def value_at(self, pos: QPointF) -> int | None:
        for value in SCALE:
            if self.step_rect(value).contains(pos):
                return value
        if self.bulb_rect().contains(pos):
            return 1
        return None

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = self.palette().windowText().color()
        self._paint_ends(p)
        self._paint_tube(p, ink)
        counts = distribution(self._values)
        number_font = QFont(self.font())
        number_font.setBold(True)
        number_font.setPointSizeF(number_font.pointSizeF() + 2)
        for value in SCALE:
            self._paint_step(p, value, counts[value - 1], ink, number_font)
        self.paint_focus(p, 6)
        p.end()

    def _paint_ends(self, p: QPainter) -> None:
        """What the top and the bottom of the scale mean."""
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() + 1)
        p.setFont(small)
        p.setPen(value_colour(10).darker(120))
        p.drawText(QRectF(0, 4, self.width(), self.TOP), Qt.AlignmentFlag.AlignCenter,
                   self.top_label)
        p.setPen(value_colour(1).darker(120))
        p.drawText(QRectF(0, self.height() - self.BOTTOM_TEXT, self.width(),
                          self.BOTTOM_TEXT), Qt.AlignmentFlag.AlignCenter, self.bottom_label)

    def _paint_tube(self, p: QPainter, ink: QColor) -> None:
        """The glass, the whole scale faint in it, and the mercury up to the median."""
        tube, bulb = self.tube_rect(), self.bulb_rect()
        tube_path, bulb_path = QPainterPath(), QPainterPath()
        tube_path.addRoundedRect(tube, tube.width() / 2, tube.width() / 2)
        bulb_path.addEllipse(bulb)
        outline = tube_path.united(bulb_path)
        gradient = QLinearGradient(0, tube.bottom(), 0, tube.top())
        for at, colour in STOPS:
            gradient.setColorAt(at, colour)
        # The whole scale, faint: every step can be seen and clicked.
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#f3f1ec"))
        p.drawPath(outline)
        p.save()
        p.setClipPath(outline)
        p.setOpacity(0.28)
        p.fillRect(tube, gradient)
        p.setOpacity(1.0)
        # The mercury: up to the round's median.
        if self._median is not None:
            top = self._level_y(self._median)
            p.fillRect(QRectF(tube.left(), top, tube.width(), tube.bottom() - top), gradient)
        p.setBrush(value_colour(1))
        p.drawEllipse(bulb)
        p.restore()
        p.setPen(QPen(ink, 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(outline)

    def _paint_step(self, p: QPainter, value: int, count: int, ink: QColor,
                    number_font: QFont) -> None:
        """One step of the scale: its number, a tick, and a dot per reading of it."""
        tube, step = self.tube_rect(), self.step_rect(value)
        y = step.center().y()
        if value in (self._hover, self._cursor if self.hasFocus() else None):
            p.setPen(Qt.PenStyle.NoPen)
            highlight = QColor(value_colour(value))
            highlight.setAlpha(60)
            p.setBrush(highlight)
            p.drawRoundedRect(step.adjusted(0, 1, 0, -1), 6, 6)
        p.setPen(QPen(ink, 1.5))
        p.drawLine(QPointF(tube.left() - 8, y), QPointF(tube.left(), y))
        p.setFont(number_font)
        p.setPen(value_colour(value).darker(130))
        p.drawText(QRectF(tube.left() - 46, step.top(), 34, step.height()),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
        p.setPen(QPen(QColor("white"), 1))
        p.setBrush(value_colour(value))
        d = min(14.0, step.height() - 4)
        for i in range(min(count, 8)):
            p.drawEllipse(QRectF(tube.right() + 10 + i * (d + 3), y - d / 2, d, d))
        if count > 8:
            p.setPen(ink)
            p.setFont(self.font())
            p.drawText(QPointF(tube.right() + 10 + 8 * (d + 3), y + 4), f"+{count - 8}")

    def _level_y(self, value: float) -> float:
        """The y of a (possibly fractional) value: the middle of its step."""
        low, high = self.step_rect(1).center().y(), self.step_rect(10).center().y()
        return low + (high - low) * (value - 1) / 9

    # -- input -------------------------------------------------------------------------
    def part_at(self, pos: QPointF) -> int | None:
        return self.value_at(pos)

    def picked(self, part: int) -> None:
        self._cursor = part
        self._chosen_by_arrows = False
        self.value_chosen.emit(part)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = Qt.Key(event.key())
        if plain and key in DIGIT_KEYS:
            self._cursor = DIGIT_KEYS[key]
            self._chosen_by_arrows = False
            self.value_chosen.emit(self._cursor)
        elif plain and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._cursor = max(1, min(10, self._cursor + (1 if key == Qt.Key.Key_Up else -1)))
            self._chosen_by_arrows = True
            self.update()
        elif plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            # Only a value picked with the arrows: Enter after a digit is not a second
            # reading of the same value.
            if self._chosen_by_arrows:
                self._chosen_by_arrows = False
                self.value_chosen.emit(self._cursor)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
