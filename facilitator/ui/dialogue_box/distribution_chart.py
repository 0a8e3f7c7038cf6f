"""A small bar chart of one round's readings: how many said 1, 2 … 10, and the median."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtCore import QRectF
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtGui import QFont
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPaintEvent
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QWidget

from facilitator.domain.dialogue import SCALE
from facilitator.domain.dialogue import RoundSummary
from facilitator.domain.dialogue import format_median
from facilitator.domain.words import counted
from facilitator.ui.dialogue_box.thermometer_widget import value_colour


class DistributionChart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.summary: RoundSummary | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(title)

    def sizeHint(self) -> QSize:
        return QSize(300, 170)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 140)

    def set_summary(self, summary: RoundSummary | None) -> None:
        self.summary = summary
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart in words (for screen readers and for tests)."""
        s = self.summary
        if s is None or not s.readings:
            return self.tr("%1: ingen målinger endnu").replace("%1", self.title)
        counts = ", ".join(f"{v}: {c}" for v, c in zip(SCALE, s.counts, strict=True) if c)
        return (counted(s.readings, self.tr("%1: %n måling, median %3 (%4)"),
                        self.tr("%1: %n målinger, median %3 (%4)")).replace("%1", self.title)
                .replace("%3", format_median(s.median))
                .replace("%4", counts))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = self.palette().windowText().color()
        faint = QColor(ink)
        faint.setAlpha(90)
        bold = QFont(self.font())
        bold.setBold(True)
        line = self.fontMetrics().height()
        s = self.summary
        p.setFont(bold)
        p.setPen(ink)
        heading = self.title
        if s is not None and s.readings:
            heading += "  ·  " + self.tr("median %1").replace("%1", format_median(s.median))
            if s.group_only:
                heading += "  ·  " + self.tr("hele gruppen")
        p.drawText(QRectF(0, 0, self.width(), line + 4),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, heading)
        p.setFont(self.font())
        area = QRectF(4, line + 12, self.width() - 8, self.height() - 2 * line - 20)
        p.setPen(QPen(faint, 1))
        p.drawLine(area.bottomLeft(), area.bottomRight())
        slot = area.width() / len(SCALE)
        peak = max(s.counts) if s is not None and s.readings else 0
        if s is not None and s.readings and s.median is not None:
            # Behind the bars, and below the tallest bar's count.
            x = area.left() + (s.median - 0.5) * slot
            p.setPen(QPen(ink, 1.5, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, area.top() + line + 2), QPointF(x, area.bottom()))
        for value in SCALE:
            x = area.left() + (value - 1) * slot
            p.setPen(ink)
            p.drawText(QRectF(x, area.bottom() + 2, slot, line),
                       Qt.AlignmentFlag.AlignCenter, str(value))
            count = s.counts[value - 1] if s is not None else 0
            if not count:
                continue
            h = (area.height() - line) * count / peak
            bar = QRectF(x + slot * 0.15, area.bottom() - h, slot * 0.7, h)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(value_colour(value))
            p.drawRoundedRect(bar, 3, 3)
            p.setPen(ink)
            p.drawText(QRectF(x, bar.top() - line, slot, line),
                       Qt.AlignmentFlag.AlignCenter, str(count))
        if s is None or not s.readings:
            p.setPen(faint)
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("Ingen målinger endnu"))
        p.end()
