"""A dilemma card drawn big: the situation in large letters, or the picture with its caption.

The same drawing serves the page and the full-screen view the host turns towards the
group (F11, or the button; Esc or F11 closes it, R draws the next card).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtGui import QFont
from PySide6.QtGui import QKeyEvent
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPaintEvent
from PySide6.QtGui import QPen
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain.dialogue import Card

PAPER, EDGE, INK = QColor("#fff4d6"), QColor("#b08d57"), QColor("#2b2116")


class CardView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card: Card | None = None
        self.pixmap = QPixmap()
        self.counter = ""
        self.empty_text = self.tr("Træk et kort (R), eller vælg et i bunken.")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Kortet"))

    def sizeHint(self) -> QSize:
        return QSize(420, 260)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 150)

    def show_card(self, card: Card | None, pixmap: QPixmap | None = None,
                  counter: str = "") -> None:
        self.card, self.counter = card, counter
        self.pixmap = pixmap if pixmap is not None else QPixmap()
        text = "" if card is None else (card.caption if card.is_picture else card.text)
        self.setAccessibleDescription(text)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        # A card has a card's shape: about 3:2, centred, with a soft shadow.
        area = QRectF(self.rect()).adjusted(10, 10, -10, -10)
        ratio = 1.5
        w = min(area.width(), area.height() * ratio)
        h = w / ratio
        card = QRectF(area.center().x() - w / 2, area.center().y() - h / 2, w, h)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(0, 0, 0, 40))
        p.drawRoundedRect(card.translated(4, 5), 14, 14)
        p.setPen(QPen(EDGE, 2))
        p.setBrush(PAPER)
        p.drawRoundedRect(card, 14, 14)
        inner = card.adjusted(w * 0.06, h * 0.08, -w * 0.06, -h * 0.08)
        font = QFont(self.font())
        if self.counter:
            small = QFont(font)
            small.setPointSizeF(max(8.0, h / 26))
            p.setFont(small)
            p.setPen(EDGE.darker(120))
            p.drawText(card.adjusted(0, 6, -14, 0),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, self.counter)
        if self.card is None:
            font.setPointSizeF(max(10.0, h / 16))
            p.setFont(font)
            p.setPen(EDGE.darker(130))
            p.drawText(inner, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       self.empty_text)
            p.end()
            return
        text = self.card.caption if self.card.is_picture else self.card.text
        if self.card.is_picture and not self.pixmap.isNull():
            caption_h = inner.height() * 0.2 if text else 0.0
            room = inner.adjusted(0, 0, 0, -caption_h)
            size = self.pixmap.size().scaled(int(room.width()), int(room.height()),
                                             Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(room.center().x() - size.width() / 2,
                            room.center().y() - size.height() / 2, size.width(), size.height())
            p.drawPixmap(target, self.pixmap, QRectF(self.pixmap.rect()))
            if text:
                font.setPointSizeF(max(9.0, h / 22))
                p.setFont(font)
                p.setPen(INK)
                p.drawText(QRectF(inner.left(), room.bottom() + 4, inner.width(), caption_h),
                           Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
        else:
            self._fit_text(p, inner, text, font)
        p.end()

    def _fit_text(self, p: QPainter, rect: QRectF, text: str, font: QFont) -> None:
        """The situation as large as fits the card."""
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        size = max(10.0, rect.height() / 6)
        while size > 9:
            font.setPointSizeF(size)
            p.setFont(font)
            bound = p.boundingRect(rect, flags, text)
            if bound.height() <= rect.height() and bound.width() <= rect.width():
                break
            size *= 0.9
        p.setPen(INK)
        p.drawText(rect, flags, text)


class CardPresenter(QWidget):
    """The card on the whole screen, for the group to read together."""

    def __init__(self, on_draw: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Dilemmakort"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setStyleSheet("background: #3b4a5a;")
        self.view = CardView(self)
        self.on_draw = on_draw
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        layout.addWidget(self.view)
        self.setToolTip(self.tr("Esc eller F11 lukker. R trækker et nyt kort."))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
        elif key == Qt.Key.Key_R and self.on_draw is not None:
            self.on_draw()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
