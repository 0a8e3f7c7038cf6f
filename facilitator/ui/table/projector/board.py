"""Notes as cards in type big enough to read from the back of a room.

The board picks the largest type at which every card fits. When even the smallest
readable type cannot hold them all, it shows the newest cards (the end of the list,
where a table adds what it just said) and says how many earlier ones are not shown.
A single note longer than a screenful shows its beginning, cut at the board's edge.
Fitting measures only the cards it could show, so a step with a hundred notes costs
what one screenful costs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtGui import QFont
from PySide6.QtGui import QFontMetricsF
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPaintEvent
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QWidget

BACKGROUND = QColor("#18212b")
CARD, INK = QColor("#fffdf3"), QColor("#111111")
SELECTED_EDGE = QColor("#f2b705")
LABEL_INK = QColor("#4a5560")
VOTE_INK = QColor("#9c1c1c")
HINT_INK = QColor("#e8edf2")
#: Type sizes tried, as fractions of the board's height, largest first. The last one
#: is still about 20 px on a 1366×768 projector image.
SIZES = (1 / 12, 1 / 15, 1 / 18, 1 / 22, 1 / 26, 1 / 30)
MIN_PIXELS = 18.0
GAP = 0.35  # between cards, in lines of text
FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


@dataclass(frozen=True)
class BoardItem:
    """One card: the note's words, its dots, whether the table chose it, and where it
    is from (the table's code in the plenary; empty at a table)."""

    text: str
    votes: int = 0
    selected: bool = False
    label: str = ""


@dataclass(frozen=True)
class _Fit:
    pixels: float
    columns: int
    first: int  # index of the first card shown; earlier ones did not fit
    rects: tuple[QRectF, ...]


class NoteBoard(QWidget):
    """Paints :class:`BoardItem` cards in one or two columns, largest type that fits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.items: tuple[BoardItem, ...] = ()
        self.empty_text = ""
        #: The line above the cards when earlier ones do not fit (the owner's tr()).
        self.hidden_text: Callable[[int], str] = lambda n: f"+{n}"
        self._fit: _Fit | None = None

    def sizeHint(self) -> QSize:
        return QSize(800, 500)

    def show_items(self, items: list[BoardItem], empty_text: str = "") -> None:
        fresh = tuple(items)
        if fresh == self.items and empty_text == self.empty_text:
            return
        self.items, self.empty_text = fresh, empty_text
        self._fit = None
        self.setAccessibleDescription("\n".join(i.text for i in fresh) or empty_text)
        self.update()

    def shown_items(self) -> tuple[BoardItem, ...]:
        """The cards on screen now (the newest, when not all fit)."""
        return self.items[self.fit().first:]

    def resizeEvent(self, event) -> None:
        self._fit = None
        super().resizeEvent(event)

    # -- fitting -----------------------------------------------------------------------
    def _font(self, pixels: float, *, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(1, round(pixels)))
        font.setBold(bold)
        return font

    def fit(self) -> _Fit:
        if self._fit is None:
            self._fit = self._compute_fit()
        return self._fit

    def _compute_fit(self) -> _Fit:
        area = QRectF(self.rect())
        height = max(1.0, area.height())
        sizes = sorted({max(MIN_PIXELS, height * s) for s in SIZES}, reverse=True)
        columns = 2 if len(self.items) > 3 and area.width() >= 900 else 1
        for pixels in sizes:
            rects = self._layout(self.items, pixels, columns, area)
            if rects is not None:
                return _Fit(pixels, columns, 0, rects)
        # Even the smallest type cannot hold them all: the newest that fit, below a line
        # saying how many earlier ones there are.
        pixels = sizes[-1]
        line = QFontMetricsF(self._font(pixels)).lineSpacing()
        below = QRectF(area).adjusted(0, line * 1.4, 0, 0)
        first = len(self.items)
        best: tuple[QRectF, ...] = ()
        while first > 0:
            rects = self._layout(self.items[first - 1:], pixels, columns, below)
            if rects is None:
                break
            first, best = first - 1, rects
        if not best and self.items:
            # One note longer than a screenful: its beginning, cut at the board's edge.
            first, best = len(self.items) - 1, (below,)
        return _Fit(pixels, columns, first, best)

    def _layout(self, items: tuple[BoardItem, ...], pixels: float, columns: int,
                area: QRectF) -> tuple[QRectF, ...] | None:
        """Each card's rectangle, row by row; None when they do not all fit in ``area``."""
        metrics = QFontMetricsF(self._font(pixels))
        small = QFontMetricsF(self._font(pixels * 0.7, bold=True))
        gap = metrics.lineSpacing() * GAP
        pad = pixels * 0.45
        width = (area.width() - gap * (columns - 1)) / columns
        text_width = width - 2 * pad - pixels * 2.2  # room on the right for the dots
        if text_width < pixels * 4:
            return None
        rects: list[QRectF] = []
        y = area.top()
        for start in range(0, len(items), columns):
            row = items[start:start + columns]
            heights = []
            for item in row:
                text = metrics.boundingRect(QRectF(0, 0, text_width, 1e6), FLAGS, item.text)
                label = small.lineSpacing() if item.label else 0.0
                heights.append(text.height() + label + 2 * pad)
            row_height = max(heights)
            if y + row_height > area.bottom() + 0.5:
                return None
            for column in range(len(row)):
                rects.append(QRectF(area.left() + column * (width + gap), y, width, row_height))
            y += row_height + gap
        return tuple(rects)

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        p.fillRect(self.rect(), BACKGROUND)
        if not self.items:
            p.setFont(self._font(max(MIN_PIXELS, self.height() / 14)))
            p.setPen(HINT_INK)
            p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter
                       | Qt.TextFlag.TextWordWrap, self.empty_text)
            p.end()
            return
        fit = self.fit()
        if fit.first:
            p.setFont(self._font(fit.pixels * 0.8, bold=True))
            p.setPen(HINT_INK)
            p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignLeft
                       | Qt.AlignmentFlag.AlignTop, self.hidden_text(fit.first))
        for item, rect in zip(self.items[fit.first:], fit.rects, strict=True):
            self._paint_card(p, item, rect, fit.pixels)
        p.end()

    def _paint_card(self, p: QPainter, item: BoardItem, rect: QRectF, pixels: float) -> None:
        pad = pixels * 0.45
        edge = pixels * 0.18
        p.setPen(QPen(SELECTED_EDGE, edge) if item.selected else Qt.PenStyle.NoPen)
        p.setBrush(CARD)
        p.drawRoundedRect(rect.adjusted(edge / 2, edge / 2, -edge / 2, -edge / 2),
                          pixels * 0.3, pixels * 0.3)
        inner = rect.adjusted(pad, pad, -pad, -pad)
        small = self._font(pixels * 0.7, bold=True)
        if item.label:
            p.setFont(small)
            p.setPen(LABEL_INK)
            p.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, item.label)
            inner.setTop(inner.top() + QFontMetricsF(small).lineSpacing())
        marks = self._marks(item)
        if marks:
            p.setFont(self._font(pixels * 0.8, bold=True))
            p.setPen(VOTE_INK)
            p.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, marks)
        p.setFont(self._font(pixels))
        p.setPen(INK)
        p.drawText(inner.adjusted(0, 0, -pixels * 2.2, 0), FLAGS, item.text)

    @staticmethod
    def _marks(item: BoardItem) -> str:
        """Dots as the table counts them (●3), and a star for a chosen note."""
        parts = []
        if item.votes:
            parts.append(f"●{item.votes}")
        if item.selected:
            parts.append("★")
        return "\n".join(parts)
