"""A dilemma-card step's deck as a Qt list model: text cards and picture cards in order.

Editing a card's text in place (F2) is one undoable store edit; a card the table has
written about carries a check mark, so the host sees what the group has covered.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtGui import QFont
from PySide6.QtGui import QIcon
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPixmap

from facilitator.domain.dialogue import Card
from facilitator.ui.dialogue_box.card_images import card_pixmap
from facilitator.ui.dialogue_box.step_rows import StepRowsModel
from facilitator.ui.edits import dialogue_box as edits
from facilitator.ui.shell.session import CampSession

ICON = QSize(56, 56)


class CardsModel(StepRowsModel[Card]):
    DiscussedRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, session: CampSession, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
        self._discussed: set[str] = set()
        self._icons: dict[tuple[str, str, int], QIcon] = {}

    # -- what is shown -----------------------------------------------------------------
    def fetch_for(self, step_id: str, table_id: str | None) -> list[Card]:
        # The deck is the step's; what the group wrote about is the table's.
        self._discussed = self.session.store.dialogue_box.discussed_cards(step_id, table_id)
        return self.session.store.dialogue_box.cards(step_id)

    def fetch(self) -> list[Card]:
        if self.step_id is None:
            self._discussed = set()
        return super().fetch()

    def reload(self) -> None:
        """As every model, and the check marks when the group wrote about another card."""
        discussed = set(self._discussed)
        super().reload()
        if discussed != self._discussed and self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    def discussed(self) -> set[str]:
        return set(self._discussed)

    def cell(self, row: Card, column: int, role: int) -> Any:
        text = row.caption if row.is_picture else row.text
        if role == Qt.ItemDataRole.DisplayRole:
            if row.is_picture and not text:
                text = self.tr("(billede uden tekst)")
            return ("✓ " if row.id in self._discussed else "") + text
        if role == Qt.ItemDataRole.EditRole:
            return text
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(row, self.row_of(row.id))
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.id in self._discussed:
                text += "\n" + self.tr("Gruppen har skrevet om dette kort.")
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            kind = self.tr("Billedkort") if row.is_picture else self.tr("Kort")
            return f"{kind} {self.row_of(row.id) + 1}: {row.caption or row.text}"
        if role == self.DiscussedRole:
            return row.id in self._discussed
        return None

    def save(self, row: Card, column: int, text: str) -> Card | None:
        return edits.edit_card(self.session, row, text)

    # -- icons -------------------------------------------------------------------------
    def _icon(self, card: Card, row: int) -> QIcon:
        key = (card.id, card.updated_at, row)
        icon = self._icons.get(key)
        if icon is None:
            if card.is_picture:
                pixmap = card_pixmap(self.session.store.dialogue_box.card_image(card.id)).scaled(
                    ICON, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation)
            else:
                pixmap = _text_card_icon(row + 1)
            icon = QIcon(pixmap)
            self._icons[key] = icon
        return icon


def _text_card_icon(number: int) -> QPixmap:
    """A small card with its number: text cards look like cards in the deck too."""
    pixmap = QPixmap(ICON)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QColor("#b08d57"))
    p.setBrush(QColor("#fff4d6"))
    p.drawRoundedRect(8, 2, ICON.width() - 16, ICON.height() - 4, 5, 5)
    font = QFont()
    font.setBold(True)
    font.setPointSize(13)
    p.setFont(font)
    p.setPen(QColor("#6b4f1d"))
    p.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, str(number))
    p.end()
    return pixmap
