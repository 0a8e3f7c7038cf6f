"""A table's front page set like a real local newspaper, redrawn as the facilitator types.

The exercise asks the table to imagine the paper five years from now. Seeing their own
words under a masthead, in columns, with the quote pulled out, is what makes the
front page feel real to the participants, so the preview paints itself rather than
showing form fields twice. The newspaper is content, in the camp's language (Danish),
so its masthead and date are built here, not translated with the UI.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF
from PySide6.QtCore import QRectF
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtGui import QFont
from PySide6.QtGui import QFontDatabase
from PySide6.QtGui import QFontMetricsF
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPaintEvent
from PySide6.QtGui import QPen
from PySide6.QtGui import QTextLayout
from PySide6.QtGui import QTextLine
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QWidget

from facilitator.domain import dates
from facilitator.resources import resource

PAPER = QColor("#f5efdf")
INK = QColor("#1d1b18")
FADED_INK = QColor("#8a8273")
#: The serif the app ships (resources/fonts) comes first: the camp PDF's front pages are
#: set in it too, so the preview and the report look alike on every laptop.
SERIF_FAMILIES = ["DejaVu Serif", "Georgia", "Times New Roman", "Liberation Serif", "serif"]
FONTS_DIR = resource("fonts")
SANS_FAMILIES = ["Helvetica", "Arial", "Liberation Sans", "DejaVu Sans", "sans-serif"]
#: A front page's height for each unit of width: roughly a tabloid page.
PAGE_ASPECT = 1.32


def danish_long_date(iso: str) -> str:
    """'2026-05-09' → 'lørdag den 9. maj 2026'; '' for a missing or unreadable date.

    Danish whatever the UI language: the camp's newspaper (and its PDF) is Danish.
    """
    return dates.weekday_date(iso, "da")


def masthead_title(municipality: str) -> str:
    """'Egeskov Kommune' → 'Egeskov Avis': the local paper of the camp's municipality."""
    name = municipality.strip()
    if name.lower().endswith(" kommune"):
        name = name[: -len(" kommune")].rstrip()
    return f"{name} Avis" if name else "Lokalavisen"


@cache
def _load_shipped_fonts() -> None:
    for path in sorted(FONTS_DIR.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))


def _font(families: list[str], pixels: float, *, bold: bool = False,
          italic: bool = False) -> QFont:
    _load_shipped_fonts()
    font = QFont()
    font.setFamilies(families)
    font.setStyleHint(QFont.StyleHint.Serif if families is SERIF_FAMILIES
                      else QFont.StyleHint.SansSerif)
    font.setPixelSize(max(6, round(pixels)))
    font.setBold(bold)
    font.setItalic(italic)
    return font


@dataclass
class _Line:
    """One set line of the story, kept with the layout that owns it."""

    layout: QTextLayout
    line: QTextLine
    height: float


class NewspaperPreview(QWidget):
    """Paints masthead, date line, headline, story in columns and a pull-quote."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Forhåndsvisning af avisforsiden"))
        self.setToolTip(self.tr("Sådan ser forsiden ud i avisen. Den følger med, mens du skriver."))
        self.masthead = masthead_title("")
        self.date_text = ""
        self.edition = ""
        self.headline = ""
        self.story = ""
        self.quote = ""
        self.quote_by = ""

    # -- content ---------------------------------------------------------------------
    def set_camp(self, municipality: str, iso_date: str, edition: str = "") -> None:
        self.masthead = masthead_title(municipality)
        self.date_text = danish_long_date(iso_date)
        self.edition = edition
        self._changed()

    def set_page(self, headline: str, story: str, quote: str, quote_by: str) -> None:
        self.headline, self.story, self.quote, self.quote_by = headline, story, quote, quote_by
        self._changed()

    def plain_text(self) -> str:
        """Everything the page shows, in reading order: for screen readers and tests."""
        parts = [self.masthead, self.date_text, self.edition, self.headline.strip(),
                 self.story.strip()]
        if self.quote.strip():
            parts.append(self._quote_text() + (f" {self._attribution()}" if self.quote_by else ""))
        return "\n".join(p for p in parts if p)

    def _changed(self) -> None:
        self.setAccessibleDescription(self.plain_text())
        self.update()

    def _quote_text(self) -> str:
        return f"»{self.quote.strip()}«"

    def _attribution(self) -> str:
        return f"– {self.quote_by.strip()}"

    # -- geometry --------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(520, round(520 * PAGE_ASPECT))

    def minimumSizeHint(self) -> QSize:
        return QSize(260, 300)

    def _page_rect(self) -> QRectF:
        area = QRectF(self.rect()).adjusted(8, 8, -10, -10)
        width = min(area.width(), area.height() / PAGE_ASPECT)
        height = width * PAGE_ASPECT
        return QRectF(area.center().x() - width / 2, area.top(), width, height)

    # -- painting --------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing
                               | QPainter.RenderHint.TextAntialiasing)
        page = self._page_rect()
        painter.fillRect(page.translated(3, 3), QColor(0, 0, 0, 45))
        painter.fillRect(page, PAPER)
        scale = page.width() / 600
        margin = 30 * scale
        left, right = page.left() + margin, page.right() - margin
        y = self._paint_masthead(painter, left, right, page.top() + margin * 0.7, scale)
        y = self._paint_headline(painter, left, right, y + 12 * scale, scale)
        self._paint_body(painter, QRectF(left, y + 10 * scale, right - left,
                                         page.bottom() - margin - y - 10 * scale), scale)
        painter.end()

    def _paint_masthead(self, p: QPainter, left: float, right: float, y: float,
                        scale: float) -> float:
        width = right - left
        size = 62 * scale
        font = _font(SERIF_FAMILIES, size, bold=True)
        while QFontMetricsF(font).horizontalAdvance(self.masthead) > width and size > 8:
            size *= 0.92
            font = _font(SERIF_FAMILIES, size, bold=True)
        metrics = QFontMetricsF(font)
        p.setPen(INK)
        p.setFont(font)
        p.drawText(QRectF(left, y, width, metrics.height()), Qt.AlignmentFlag.AlignCenter,
                   self.masthead)
        y += metrics.height() + 4 * scale
        p.fillRect(QRectF(left, y, width, 3 * scale), INK)
        y += 5 * scale
        p.fillRect(QRectF(left, y, width, max(1.0, scale)), INK)
        y += 4 * scale
        small = _font(SANS_FAMILIES, 11 * scale)
        line_height = QFontMetricsF(small).height()
        p.setFont(small)
        line = QRectF(left, y, width, line_height)
        p.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   self.date_text)
        p.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   self.edition)
        y += line_height + 3 * scale
        p.fillRect(QRectF(left, y, width, max(1.0, scale)), INK)
        return y + max(1.0, scale)

    def _paint_headline(self, p: QPainter, left: float, right: float, y: float,
                        scale: float) -> float:
        text = self.headline.strip()
        font = _font(SERIF_FAMILIES, 38 * scale, bold=True, italic=not text)
        p.setFont(font)
        p.setPen(INK if text else FADED_INK)
        shown = text or self.tr("Overskriften kommer her")
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        box = p.boundingRect(QRectF(left, y, right - left, 10_000), flags, shown)
        p.drawText(box, flags, shown)
        return box.bottom()

    def _paint_body(self, p: QPainter, area: QRectF, scale: float) -> None:
        columns = 3 if area.width() >= 420 else 2
        gutter = 14 * scale
        col_width = (area.width() - gutter * (columns - 1)) / columns
        tops = [area.top()] * columns
        if self.quote.strip():
            last = columns - 1
            x = area.left() + last * (col_width + gutter)
            tops[last] += self._paint_quote(p, QRectF(x, area.top(), col_width, area.height()),
                                            scale) + 10 * scale
        lines = self._story_lines(col_width, scale)
        bottom = self._balanced_bottom([line.height for line in lines], tops, area.bottom())
        p.setPen(QPen(FADED_INK, max(0.6, 0.6 * scale)))
        for i in range(1, columns):
            x = area.left() + i * (col_width + gutter) - gutter / 2
            p.drawLine(QPointF(x, area.top()), QPointF(x, bottom))
        p.setPen(INK if self.story.strip() else FADED_INK)
        column, y = 0, tops[0]
        for item in lines:
            while column < columns and y + item.height > bottom + 0.5:
                column += 1
                y = tops[column] if column < columns else y
            if column >= columns:
                break
            x = area.left() + column * (col_width + gutter)
            item.line.draw(p, QPointF(x, y + item.height - item.line.height()
                                      - item.line.y()))
            y += item.height

    def _paint_quote(self, p: QPainter, box: QRectF, scale: float) -> float:
        """Draw the pull-quote at the top of ``box``; returns the height it took."""
        rule = max(1.0, 2 * scale)
        y = box.top()
        p.fillRect(QRectF(box.left(), y, box.width(), rule), INK)
        y += rule + 6 * scale
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        p.setPen(INK)
        p.setFont(_font(SERIF_FAMILIES, 19 * scale, italic=True))
        text = p.boundingRect(QRectF(box.left(), y, box.width(), 10_000), flags,
                              self._quote_text())
        p.drawText(text, flags, self._quote_text())
        y = text.bottom() + 4 * scale
        if self.quote_by.strip():
            p.setFont(_font(SANS_FAMILIES, 11 * scale, bold=True))
            right = int(Qt.AlignmentFlag.AlignRight) | int(Qt.TextFlag.TextWordWrap)
            who = p.boundingRect(QRectF(box.left(), y, box.width(), 10_000), right,
                                 self._attribution())
            p.drawText(who, right, self._attribution())
            y = who.bottom() + 4 * scale
        p.fillRect(QRectF(box.left(), y, box.width(), rule), INK)
        return y + rule - box.top()

    def _story_lines(self, width: float, scale: float) -> list[_Line]:
        """The story broken into lines of one column's width; the first paragraph is the
        bold lead (manchet), as on a Danish front page."""
        text = self.story.strip() or self.tr("Historien står her, når I skriver den.")
        paragraphs = [part.strip() for part in text.split("\n") if part.strip()]
        gap = 5 * scale
        lines: list[_Line] = []
        for number, paragraph in enumerate(paragraphs):
            lead = number == 0 and len(paragraphs) > 1
            font = _font(SERIF_FAMILIES, max(8.5, 13.5 * scale), bold=lead,
                         italic=not self.story.strip())
            # Without hyphenation a justified bold lead gapes; the body can take it.
            option = QTextOption(Qt.AlignmentFlag.AlignLeft if lead
                                 else Qt.AlignmentFlag.AlignJustify)
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            layout = QTextLayout(paragraph, font)
            layout.setTextOption(option)
            layout.beginLayout()
            first = True
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                line.setPosition(QPointF(0, 0))
                extra = gap if first and number > 0 else 0.0
                lines.append(_Line(layout, line, line.height() + extra))
                first = False
            layout.endLayout()
        return lines

    @staticmethod
    def _balanced_bottom(heights: list[float], tops: list[float], limit: float) -> float:
        """The lowest common column bottom that holds every line, so the columns end
        level instead of the first one filling up; ``limit`` when the story is too long."""

        def fits(bottom: float) -> bool:
            column, used = 0, tops[0]
            for height in heights:
                while used + height > bottom + 0.5:
                    column += 1
                    if column >= len(tops):
                        return False
                    used = tops[column]
                used += height
            return True

        if not heights or not fits(limit):
            return limit
        low, high = min(tops), limit
        for _ in range(24):
            middle = (low + high) / 2
            if fits(middle):
                high = middle
            else:
                low = middle
        return high
