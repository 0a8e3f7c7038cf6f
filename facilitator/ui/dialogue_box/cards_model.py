"""A dilemma-card step's deck as a Qt list model: text cards and picture cards in order.

Editing a card's text in place (F2) is one undoable store edit; a card the table has
written about carries a check mark, so the host sees what the group has covered.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from facilitator.domain.dialogue import Card
from facilitator.ui.dialogue_box.card_images import card_pixmap
from facilitator.ui.shell.session import CampSession

AnyIndex = QModelIndex | QPersistentModelIndex
ICON = QSize(56, 56)


class CardsModel(QAbstractListModel):
    IdRole = Qt.ItemDataRole.UserRole + 1
    CardRole = Qt.ItemDataRole.UserRole + 2
    DiscussedRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, session: CampSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.step_id: str | None = None
        self.table_id: str | None = None
        self._cards: list[Card] = []
        self._discussed: set[str] = set()
        self._icons: dict[tuple[str, str, int], QIcon] = {}

    # -- what is shown -----------------------------------------------------------------
    def show_deck(self, step_id: str | None, table_id: str | None) -> None:
        self.beginResetModel()
        self.step_id, self.table_id = step_id, table_id
        self._fetch()
        self.endResetModel()

    def reload(self) -> None:
        old = [c for c in self._cards]
        old_discussed = set(self._discussed)
        self._fetch()
        if [c.id for c in old] != [c.id for c in self._cards]:
            self.beginResetModel()
            self.endResetModel()
        elif old != self._cards or old_discussed != self._discussed:
            self.dataChanged.emit(self.index(0), self.index(len(self._cards) - 1))

    def _fetch(self) -> None:
        store = self.session.store
        if self.step_id is None:
            self._cards, self._discussed = [], set()
            return
        self._cards = store.dialogue_box.cards(self.step_id)
        self._discussed = store.dialogue_box.discussed_cards(self.step_id, self.table_id)

    def cards(self) -> list[Card]:
        return list(self._cards)

    def card(self, row: int) -> Card:
        return self._cards[row]

    def row_of(self, card_id: str | None) -> int:
        return next((i for i, c in enumerate(self._cards) if c.id == card_id), -1)

    def discussed(self) -> set[str]:
        return set(self._discussed)

    # -- Qt model interface ------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = card.caption if card.is_picture else card.text
            if card.is_picture and not text:
                text = self.tr("(billede uden tekst)")
            mark = "✓ " if card.id in self._discussed else ""
            return f"{mark}{text}"
        if role == Qt.ItemDataRole.EditRole:
            return card.caption if card.is_picture else card.text
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(card, index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = card.caption if card.is_picture else card.text
            if card.id in self._discussed:
                tip += "\n" + self.tr("Gruppen har skrevet om dette kort.")
            return tip
        if role == Qt.ItemDataRole.AccessibleTextRole:
            kind = self.tr("Billedkort") if card.is_picture else self.tr("Kort")
            return f"{kind} {index.row() + 1}: {card.caption or card.text}"
        return {self.IdRole: card.id, self.CardRole: card,
                self.DiscussedRole: card.id in self._discussed}.get(role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemNeverHasChildren)

    def setData(self, index: AnyIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        card = self._cards[index.row()]
        field = "caption" if card.is_picture else "text"
        text, before = str(value).strip(), getattr(card, field)
        if text == before:
            return True
        store = self.session.store
        label = self.tr("Ret billedtekst") if card.is_picture else self.tr("Ret kort")
        updated = self.session.run(
            label, lambda: store.dialogue_box.update_card(card_id=card.id, **{field: text}),
            lambda: store.dialogue_box.update_card(card_id=card.id, **{field: before}), "card")
        return updated is not None

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
