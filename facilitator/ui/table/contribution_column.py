"""One actor's column on the contributions board: its post-its and the line to type new ones.

Kept apart from the page so that each column owns a small model of its own: when the
table adds an idea for Kommunen, only Kommunen's model changes (rows updated in place
when the order is the same), and the other columns' widgets are left alone. The column
only reports what the facilitator asked for; the page turns that into undoable edits.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtCore import QMimeData
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import QRect
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtGui import QFocusEvent
from PySide6.QtGui import QFont
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import QKeyEvent
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPen
from PySide6.QtGui import QTextLayout
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QStyle
from PySide6.QtWidgets import QStyledItemDelegate
from PySide6.QtWidgets import QStyleOptionViewItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain.model import Contribution
from facilitator.ui.common.drag import MovesOnly
from facilitator.ui.common.list_model import Index
from facilitator.ui.common.list_model import RowsModel
from facilitator.ui.common.text_limit import limit_text
from facilitator.ui.shell import zoom

MIME_TYPE = "application/x-facilitator-contribution"
ID_ROLE = RowsModel.IdRole
VOTES_ROLE = Qt.ItemDataRole.UserRole + 3
SELECTED_ROLE = Qt.ItemDataRole.UserRole + 4

_NO_MODS = Qt.KeyboardModifier.NoModifier
_CTRL = Qt.KeyboardModifier.ControlModifier
#: (key, modifiers) → what the facilitator asked for, in the list of a column.
KEY_ACTIONS = {
    (Qt.Key.Key_Delete, _NO_MODS): "delete",
    (Qt.Key.Key_Backspace, _NO_MODS): "delete",
    (Qt.Key.Key_Plus, _NO_MODS): "vote_up",
    (Qt.Key.Key_Minus, _NO_MODS): "vote_down",
    (Qt.Key.Key_Space, _NO_MODS): "toggle_selected",
    (Qt.Key.Key_Left, _CTRL): "move_left",
    (Qt.Key.Key_Right, _CTRL): "move_right",
    (Qt.Key.Key_Up, _CTRL): "move_up",
    (Qt.Key.Key_Down, _CTRL): "move_down",
    (Qt.Key.Key_Left, _NO_MODS): "focus_left",
    (Qt.Key.Key_Right, _NO_MODS): "focus_right",
}

#: Narrower than this, a post-it holds two words a line; the actors' row scrolls instead.
MIN_WIDTH = 170
POST_IT = QColor("#fff4b0")
POST_IT_SELECTED = QColor("#ffdf6e")
POST_IT_EDGE = QColor("#d6c978")
POST_IT_INK = QColor("#23201a")
DOT = QColor("#c8372d")


class ContributionColumnModel(MovesOnly, RowsModel[Contribution]):
    """The contributions of one actor for one prerequisite, in board order."""

    mime_type = MIME_TYPE

    #: The facilitator retyped a contribution in place: (contribution id, new text).
    text_edited = Signal(str, str)
    #: A contribution was dropped here: (contribution id, row it was dropped before; -1 = end).
    dropped = Signal(str, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.read_only = False

    @property
    def items(self) -> list[Contribution]:
        return self._rows

    def set_items(self, items: list[Contribution]) -> None:
        """Show ``items``; rows are updated in place when only their content changed."""
        if [c.id for c in items] == [c.id for c in self._rows]:
            self.catch_up(list(items))
        else:
            self.set_rows(items)

    def describe(self, item: Contribution) -> str:
        votes = (self.tr("1 stemme") if item.votes == 1
                 else self.tr("%1 stemmer").replace("%1", str(item.votes)))
        parts = [item.text, votes]
        if item.selected:
            parts.append(self.tr("udvalgt"))
        return ". ".join(parts)

    # -- QAbstractItemModel ------------------------------------------------------------
    def cell(self, item: Contribution, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.text
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(item)
        if role == VOTES_ROLE:
            return item.votes
        if role == SELECTED_ROLE:
            return item.selected
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags if self.read_only else Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        item = self._rows[index.row()]
        if str(value) != item.text:
            self.text_edited.emit(item.id, str(value))
        return True

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = [i.row() for i in indexes if i.isValid()]
        if rows:
            item = self._rows[rows[0]]
            data.setData(MIME_TYPE, item.id.encode())
            data.setText(item.text)
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                        column: int, parent: Index) -> bool:
        return not self.read_only and data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                     column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if row < 0 and parent.isValid():
            row = parent.row()
        self.dropped.emit(bytes(data.data(MIME_TYPE).data()).decode(), row)
        return True  # the page moves it; our removeRows() refuses, so Qt removes nothing


def wrapped_lines(text: str, font: QFont, width: int) -> list[str]:
    """``text`` in the lines a post-it shows: wrapped at spaces, and a word wider than the
    card (»Borgerforeningerne« in a narrow column) broken inside, never cut at the edge."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()].rstrip())
    layout.endLayout()
    return lines or [""]


class ContributionDelegate(QStyledItemDelegate):
    """Draws each contribution as a post-it: wrapped text, red dot votes, a star if selected."""

    PAD = 7

    def text_width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 0
        return max(60, (width or option.rect.width() or 180) - 4 * self.PAD - 30)

    @staticmethod
    def _label(index: Index) -> str:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return f"★ {text}" if index.data(SELECTED_ROLE) else text

    @staticmethod
    def _font(option: QStyleOptionViewItem, index: Index) -> QFont:
        font = QFont(option.font)
        font.setBold(bool(index.data(SELECTED_ROLE)))
        return font

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        font = self._font(option, index)
        width = self.text_width(option)
        lines = wrapped_lines(self._label(index), font, width)
        return QSize(width, len(lines) * QFontMetrics(font).lineSpacing() + 4 * self.PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = option.rect.adjusted(self.PAD // 2 + 1, 3, -(self.PAD // 2 + 1), -3)
        chosen = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setBrush(POST_IT_SELECTED if index.data(SELECTED_ROLE) else POST_IT)
        edge = option.palette.highlight().color() if chosen else POST_IT_EDGE
        painter.setPen(QPen(edge, 2.5 if chosen else 1))
        painter.drawRoundedRect(card, 3, 3)
        votes = int(index.data(VOTES_ROLE) or 0)
        font = self._font(option, index)
        text_rect = card.adjusted(self.PAD, self.PAD, -self.PAD - 26, -self.PAD)
        if votes:
            small = QFont(option.font)
            small.setBold(True)
            small.setPixelSize(11)
            dot = QRect(card.right() - self.PAD - 22, card.top() + self.PAD - 2, 22, 22)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(DOT)
            painter.drawEllipse(dot)
            painter.setPen(QColor("white"))
            painter.setFont(small)
            painter.drawText(dot, Qt.AlignmentFlag.AlignCenter, str(votes))
        painter.setPen(POST_IT_INK)
        painter.setFont(font)
        lines = wrapped_lines(self._label(index), font, self.text_width(option))
        spacing = QFontMetrics(font).lineSpacing()
        top = text_rect.top() + max(0, (text_rect.height() - len(lines) * spacing) // 2)
        for number, line in enumerate(lines):
            painter.drawText(QRect(text_rect.left(), top + number * spacing,
                                   text_rect.width(), spacing),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             line)
        painter.restore()


class ContributionListView(QListView):
    """A column's list; keys become actions, other typing goes to the column's entry line."""

    action_requested = Signal(str)
    typed = Signal(str)
    focused = Signal()

    def __init__(self, model: ContributionColumnModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(ContributionDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        mods = event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier
                                     | Qt.KeyboardModifier.ShiftModifier)
        action = KEY_ACTIONS.get((Qt.Key(event.key()), mods))
        last = self.model().rowCount() - 1
        if action is None and event.key() == Qt.Key.Key_Down and mods == _NO_MODS \
                and self.currentIndex().row() >= last:
            action = "focus_entry"
        if action is not None:
            self.action_requested.emit(action)
            event.accept()
            return
        text = event.text()
        if text and text.isprintable() and not mods & (_CTRL | Qt.KeyboardModifier.AltModifier
                                                       | Qt.KeyboardModifier.MetaModifier):
            self.typed.emit(text)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        pass

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if not self.currentIndex().isValid() and self.model().rowCount():
            self.setCurrentIndex(self.model().index(0, 0))
        self.focused.emit()


class ContributionColumn(QFrame):
    """Header (actor and counts), the post-its, and the line where new ones are typed."""

    add_requested = Signal(str)
    #: (action, id of the current contribution or "")
    action_requested = Signal(str, str)
    edit_requested = Signal(str, str)
    drop_requested = Signal(str, int)
    activated = Signal()

    def __init__(self, actor_id: str | None, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor_id = actor_id
        self.name = name
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(MIN_WIDTH)
        self.title = QLabel(name)
        title_font = self.title.font()
        title_font.setItalic(actor_id is None)
        self.title.setFont(title_font)
        zoom.scale_font(self.title, 1.15, bold=True)
        self.title.setWordWrap(True)  # »Lokalsamfundet« in a narrow column, at large type
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.model = ContributionColumnModel(self)
        self.view = ContributionListView(self.model)
        self.view.setAccessibleName(self.tr("Bidrag: %1").replace("%1", name))
        self.view.setToolTip(self.tr(
            "+/− stemmer · Mellemrum: udvalgt · F2: ret · Delete: slet · Ctrl+←/→: flyt til "
            "anden aktør · Ctrl+↑/↓: flyt op/ned"))
        self.entry = QLineEdit()
        limit_text(self.entry)
        self.entry.setPlaceholderText(self.tr("Nyt bidrag …"))
        self.entry.setAccessibleName(self.tr("Nyt bidrag til %1").replace("%1", name))
        self.entry.setToolTip(self.tr("Skriv et bidrag til %1 og tryk Enter").replace("%1", name))
        self.entry.returnPressed.connect(self._on_return)
        self.entry.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.counts)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.entry)
        self._fit_width()

        self.model.text_edited.connect(self.edit_requested)
        # After the drag has finished: the page's reload resets models the drag still uses.
        self.model.dropped.connect(self.drop_requested, Qt.ConnectionType.QueuedConnection)
        self.view.action_requested.connect(
            lambda action: self.action_requested.emit(action, self.current_id() or ""))
        self.view.typed.connect(self._on_typed)
        self.view.focused.connect(self.activated)
        self._update_counts()

    # -- content -----------------------------------------------------------------------
    def set_items(self, items: list[Contribution]) -> None:
        """Show ``items``, keeping the current contribution current when it is still here."""
        current = self.current_id()
        self.model.set_items(items)
        if current is not None and (row := self.model.row_of(current)) >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._update_counts()

    def ids(self) -> list[str]:
        return [c.id for c in self.model.items]

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.items[index.row()].id if index.isValid() else None

    def current_row(self) -> int:
        return self.view.currentIndex().row()

    def changeEvent(self, event: QEvent) -> None:
        """At a larger type the column widens, so the actor's name stays whole."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_width()

    def _fit_width(self) -> None:
        self.setMinimumWidth(self.needed_width())

    def needed_width(self) -> int:
        """The least width that keeps each word of the actor's name whole."""
        metrics = QFontMetrics(self.title.font())
        widest = max((metrics.horizontalAdvance(word) for word in self.name.split()), default=0)
        return max(MIN_WIDTH, widest + 24)

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.entry.setReadOnly(read_only)

    def _update_counts(self) -> None:
        count = len(self.model.items)
        chosen = sum(1 for c in self.model.items if c.selected)
        text = (self.tr("1 bidrag") if count == 1
                else self.tr("%1 bidrag", "flere").replace("%1", str(count)))
        if chosen:
            text += " · " + (self.tr("1 udvalgt") if chosen == 1
                             else self.tr("%1 udvalgte").replace("%1", str(chosen)))
        self.counts.setText(text)
        self.title.setAccessibleName(f"{self.name}, {text}")

    # -- focus ---------------------------------------------------------------------------
    def select(self, contribution_id: str, *, focus: bool = True) -> None:
        row = self.model.row_of(contribution_id)
        if row >= 0:
            self.select_row(row, focus=focus)

    def select_row(self, row: int, *, focus: bool = True) -> None:
        if focus:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        count = self.model.rowCount()
        if count:
            index = self.model.index(max(0, min(row, count - 1)), 0)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def focus_entry(self) -> None:
        self.entry.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- reactions -----------------------------------------------------------------------
    def _on_return(self) -> None:
        if self.entry.text().strip() and not self.model.read_only:
            self.add_requested.emit(self.entry.text())

    def _on_typed(self, text: str) -> None:
        self.entry.setFocus(Qt.FocusReason.OtherFocusReason)
        self.entry.insert(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.entry:
            if event.type() == QEvent.Type.FocusIn:
                self.activated.emit()
            elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                if event.key() == Qt.Key.Key_Up and self.model.rowCount():
                    self.select_row(self.model.rowCount() - 1)
                    return True
                if event.key() == Qt.Key.Key_Escape and self.entry.text():
                    self.entry.clear()
                    return True
        return super().eventFilter(watched, event)
