"""»Over tid«: the thermometer of many dialogues by date (or year), and each dialogue's
change from start to end, drawn with QPainter for the coordinator's overview.

The numbers are :mod:`facilitator.domain.dialogue_trends`'; the PDF draws the same.
"""

from __future__ import annotations

from typing import Generic
from typing import TypeVar

from PySide6.QtCore import QPointF
from PySide6.QtCore import QRectF
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtGui import QFont
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPaintEvent
from PySide6.QtGui import QPen
from PySide6.QtGui import QPolygonF
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QWidget

from facilitator.domain import dates
from facilitator.domain.dialogue import SCALE
from facilitator.domain.dialogue import format_median
from facilitator.domain.dialogue_trends import ALL
from facilitator.domain.dialogue_trends import DATE
from facilitator.domain.dialogue_trends import YEAR
from facilitator.domain.dialogue_trends import Spread
from facilitator.domain.dialogue_trends import StartEnd
from facilitator.domain.dialogue_trends import Trend
from facilitator.domain.dialogue_trends import TrendPoint
from facilitator.domain.words import counted
from facilitator.ui.common.layouts import hbox
from facilitator.ui.common.layouts import vbox

START_COLOUR = QColor("#9cc3d3")
END_COLOUR = QColor("#1f4e5f")
UP, DOWN = QColor("#2e7d32"), QColor("#c62828")
T = TypeVar("T")


def _signed(value: float | None) -> str:
    if value is None:
        return "–"
    return ("+" if value > 0 else "-" if value < 0 else "±") + format_median(abs(value))


class _Chart(QWidget, Generic[T]):
    """A chart of a list (periods, dialogues) that says in words what it shows, for
    screen readers, and says it in the middle of the chart when the list is empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[T] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, 160)

    def set_items(self, items: list[T]) -> None:
        self.items = items
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        raise NotImplementedError

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.items:
            self._paint(p, self.palette().windowText().color(), self.fontMetrics().height())
        else:
            self._empty(p, self.describe())
        p.end()

    def _paint(self, p: QPainter, ink: QColor, line: int) -> None:
        raise NotImplementedError

    def _empty(self, p: QPainter, text: str) -> None:
        faint = QColor(self.palette().windowText().color())
        faint.setAlpha(120)
        p.setPen(faint)
        p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)


class SpreadChart(_Chart[TrendPoint]):
    """A box per period and round on the 1–10 scale: quartiles, lowest–highest, median."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Målingerne over tid"))

    def label(self, point: TrendPoint) -> str:
        if point.kind == DATE:
            return dates.short_date(point.key)
        if point.kind == YEAR:
            return point.key
        return self.tr("Alle") if point.kind == ALL else self.tr("Uden dato")

    def _fitting(self, point: TrendPoint, width: float, font: QFont) -> str:
        """The label, a date with a two-digit year when the full one is too wide."""
        label = self.label(point)
        metrics = QFontMetrics(font)
        if point.kind == DATE and metrics.horizontalAdvance(label) > width:
            label = label[:-4] + label[-2:]
        return metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(width))

    def describe(self) -> str:
        """The chart in words: each period's medians (for screen readers and tests)."""
        if not self.items:
            return self.tr("Ingen målinger endnu")
        parts = []
        for point in self.items:
            text = self.tr("%1: start %2, slut %3").replace("%1", self.label(point)).replace(
                "%2", format_median(point.start.median if point.start else None)).replace(
                "%3", format_median(point.end.median if point.end else None))
            parts.append(text)
        return "; ".join(parts)

    def _paint(self, p: QPainter, ink: QColor, line: int) -> None:
        # The legend on the first line, the medians' numbers above the boxes below it.
        area = QRectF(28, 2 * line + 8, self.width() - 34, self.height() - 4 * line - 14)
        self._grid(p, area, ink)
        slot = area.width() / len(self.items)
        for i, point in enumerate(self.items):
            x = area.left() + i * slot
            if point.kind == ALL and i:
                faint = QColor(ink)
                faint.setAlpha(110)
                p.setPen(QPen(faint, 1, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom() + 4))
            w = min(26.0, slot * 0.3)
            for offset, spread, colour in ((-0.6, point.start, START_COLOUR),
                                           (0.6, point.end, END_COLOUR)):
                if spread is not None:
                    self._box(p, x + slot / 2 + offset * w - w / 2, w, spread, colour, area)
            font = QFont(self.font())
            font.setBold(point.kind == ALL)
            if slot < 80:  # many periods: smaller labels, so dates stay whole
                font.setPointSizeF(font.pointSizeF() * 0.85)
            p.setFont(font)
            p.setPen(ink)
            p.drawText(QRectF(x, area.bottom() + 4, slot, line), Qt.AlignmentFlag.AlignCenter,
                       self._fitting(point, slot - 2, font))
            p.setFont(self.font())
            faint = QColor(ink)
            faint.setAlpha(140)
            p.setPen(faint)
            count = counted(point.dialogues, self.tr("%n dialog"), self.tr("%n dialoger"))
            if self.fontMetrics().horizontalAdvance(count) > slot - 2:
                count = str(point.dialogues)  # narrow: the number says it
            p.drawText(QRectF(x, area.bottom() + 4 + line, slot, line),
                       Qt.AlignmentFlag.AlignCenter, count)
        self._legend(p, ink, line)

    def _y(self, value: float, area: QRectF) -> float:
        return area.bottom() - area.height() * (value - SCALE[0]) / (SCALE[-1] - SCALE[0])

    def _grid(self, p: QPainter, area: QRectF, ink: QColor) -> None:
        faint = QColor(ink)
        for value in SCALE:
            y = self._y(value, area)
            faint.setAlpha(70 if value in (1, 5, 10) else 28)
            p.setPen(QPen(faint, 1))
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            faint.setAlpha(160)
            p.setPen(faint)
            p.drawText(QRectF(0, y - 8, area.left() - 6, 16),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))

    def _box(self, p: QPainter, x: float, w: float, s: Spread, colour: QColor,
             area: QRectF) -> None:
        mid = x + w / 2
        p.setPen(QPen(colour, 1.5))
        p.drawLine(QPointF(mid, self._y(s.low, area)), QPointF(mid, self._y(s.high, area)))
        for end in (s.low, s.high):
            p.drawLine(QPointF(mid - w / 4, self._y(end, area)),
                       QPointF(mid + w / 4, self._y(end, area)))
        top, bottom = self._y(s.q3, area), self._y(s.q1, area)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawRoundedRect(QRectF(x, top, w, max(bottom - top, 3.0)), 2, 2)
        y = self._y(s.median, area)
        p.setPen(QPen(self.palette().windowText().color(), 2.5))
        p.drawLine(QPointF(x - 2, y), QPointF(x + w + 2, y))
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        line = self.fontMetrics().height()
        p.drawText(QRectF(mid - 30, self._y(s.high, area) - line - 1, 60, line),
                   Qt.AlignmentFlag.AlignCenter, format_median(s.median))
        p.setFont(self.font())

    def _legend(self, p: QPainter, ink: QColor, line: int) -> None:
        x = 4.0
        for colour, text in ((START_COLOUR, self.tr("Start")), (END_COLOUR, self.tr("Slut"))):
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRect(QRectF(x, 3, 16, line - 6))
            p.setPen(ink)
            p.drawText(QRectF(x + 20, 0, 80, line), Qt.AlignmentFlag.AlignVCenter, text)
            x += 30 + self.fontMetrics().horizontalAdvance(text)


class ChangeChart(_Chart[StartEnd]):
    """One line per dialogue: its median at the start (open dot) to its end (arrow)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Fra start til slut i hver dialog"))

    def set_items(self, items: list[StartEnd]) -> None:
        """A line per dialogue, every one of them in sight: the chart grows with them."""
        super().set_items(items)
        self.setMinimumHeight(self.fontMetrics().height() * (len(items) + 2) + 8)

    def describe(self) -> str:
        if not self.items:
            return self.tr("Ingen dialog har målinger både ved start og ved slut.")
        return "; ".join(f"{r.code}: {format_median(r.start)} → {format_median(r.end)} "
                         f"({_signed(r.change)})" for r in self.items)

    def _paint(self, p: QPainter, ink: QColor, line: int) -> None:
        label_w = min(220.0, self.width() * 0.38)
        left, right = label_w + 12, self.width() - 44
        row_h = min(2.0 * line, (self.height() - line - 6) / len(self.items))

        def x_of(value: float) -> float:
            return left + (right - left) * (value - SCALE[0]) / (SCALE[-1] - SCALE[0])

        faint = QColor(ink)
        for value in SCALE:
            faint.setAlpha(40)
            p.setPen(QPen(faint, 1))
            p.drawLine(QPointF(x_of(value), line + 2),
                       QPointF(x_of(value), line + 2 + row_h * len(self.items)))
            faint.setAlpha(160)
            p.setPen(faint)
            p.drawText(QRectF(x_of(value) - 12, 0, 24, line), Qt.AlignmentFlag.AlignCenter,
                       str(value))
        for i, row in enumerate(self.items):
            y = line + 2 + (i + 0.5) * row_h
            name = row.name if row.name else row.code
            text = self.fontMetrics().elidedText(f"{row.code} · {name}" if name != row.code
                                                 else name, Qt.TextElideMode.ElideRight,
                                                 int(label_w))
            p.setPen(ink)
            p.drawText(QRectF(0, y - line / 2, label_w, line),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            if row.start is None or row.end is None:
                continue
            self._arrow(p, x_of(row.start), x_of(row.end), y, ink)
            colour = UP if row.end > row.start else DOWN if row.end < row.start else ink
            p.setPen(colour)
            p.drawText(QRectF(right + 4, y - line / 2, 40, line),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       _signed(row.change))

    def _arrow(self, p: QPainter, a: float, z: float, y: float, ink: QColor) -> None:
        colour = UP if z > a else DOWN if z < a else ink
        p.setPen(QPen(colour, 2))
        p.drawLine(QPointF(a, y), QPointF(z, y))
        if z != a:
            tip = 7.0 if z > a else -7.0
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawPolygon(QPolygonF([QPointF(z, y), QPointF(z - tip, y - 4),
                                     QPointF(z - tip, y + 4)]))
        p.setPen(QPen(colour, 1.5))
        p.setBrush(self.palette().base())
        p.drawEllipse(QPointF(a, y), 4, 4)


class TrendPanel(QWidget):
    """The two charts with a choice of dates or years and a line in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trend: Trend | None = None
        self.spread_chart = SpreadChart(self)
        self.change_chart = ChangeChart(self)
        self.period_combo = QComboBox(self)
        self.period_combo.setAccessibleName(self.tr("Målingerne samlet"))
        self.period_combo.addItem(self.tr("Pr. dato"), DATE)
        self.period_combo.addItem(self.tr("Pr. år"), YEAR)
        self.period_combo.currentIndexChanged.connect(self._show_points)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        changes = QLabel(self.tr("<b>Fra start til slut i hver dialog</b>"), self)
        over_time = QLabel(self.tr("<b>Målingerne over tid</b> (kvartiler, laveste–højeste, "
                                   "median)"), self)
        over_time.setWordWrap(True)
        hbox((vbox(hbox((over_time, 1), self.period_combo), (self.spread_chart, 1)), 3),
             (vbox(changes, (self.change_chart, 1), self.summary_label), 2), parent=self)

    def set_trend(self, trend: Trend | None) -> None:
        self.trend = trend
        years = bool(trend and trend.by_year)
        self.period_combo.setVisible(years)
        if not years:
            self.period_combo.setCurrentIndex(0)
        self._show_points()
        rows = list(trend.changes) if trend else []
        self.change_chart.set_items(rows)
        self.summary_label.setText(self._summary())

    def _show_points(self) -> None:
        trend = self.trend
        if trend is None or not trend.has_readings:
            self.spread_chart.set_items([])
            return
        if self.period_combo.currentData() == YEAR and trend.by_year:
            points = list(trend.by_year)
        else:
            points = [*trend.by_date, *([trend.undated] if trend.undated else [])]
        self.spread_chart.set_items([*points, trend.overall])

    def _summary(self) -> str:
        trend = self.trend
        if trend is None or not trend.changes:
            return ""
        up, same, down = trend.change_counts()
        return (self.tr("Medianen fra start til slut: steg i %1, den samme i %2, faldt i %3. "
                        "Midterste ændring: %4.")
                .replace("%1", str(up)).replace("%2", str(same)).replace("%3", str(down))
                .replace("%4", _signed(trend.median_change())))
