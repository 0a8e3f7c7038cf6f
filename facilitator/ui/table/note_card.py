"""A note drawn as a post-it in the table's list, with its box, tag and vote buttons."""

from __future__ import annotations

import unicodedata

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QEvent
from PySide6.QtCore import QPointF
from PySide6.QtCore import QRect
from PySide6.QtCore import QRectF
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtGui import QFont
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import QMouseEvent
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPen
from PySide6.QtGui import QTextLayout
from PySide6.QtGui import QTextLine
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QAbstractItemDelegate
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QStyledItemDelegate
from PySide6.QtWidgets import QStyleOptionViewItem
from PySide6.QtWidgets import QWidget

from facilitator.domain.model import Note
from facilitator.ui.common.list_model import Index
from facilitator.ui.table.note_entry import NoteEntry
from facilitator.ui.table.notes_model import NotesByVotes
from facilitator.ui.table.notes_model import NotesModel


class NoteCardDelegate(QStyledItemDelegate):
    """Paints a note as a post-it row and turns clicks on its controls into edits.

    Left: the "selected" box. Middle: the text, wrapped, at most ``MAX_LINES`` lines and
    elided after that (the store keeps every character). Right: an optional tag label,
    then − , the vote dots and count, + . Row heights are cached per (note, text, width):
    a list of a thousand notes lays out again on every insert, and must stay instant.
    """

    MARGIN, PAD, BOX, BUTTON, VOTES_W, TAG_W = 3, 8, 20, 24, 64, 84
    MAX_LINES = 4
    #: Only this much of a very long note is laid out; the rest is elided anyway.
    LAYOUT_CHARS = 1200
    PAPER, PAPER_SELECTED = QColor("#fff6b0"), QColor("#dff3c8")
    INK, FAINT, DOT, CHECK = QColor("#1d1d1d"), QColor("#8a8570"), QColor("#c0392b"), \
        QColor("#2e7d32")
    TAG_COLOURS = {"consideration": QColor("#cfe0ff"), "tradeoff": QColor("#ffd8a8"),
                   "dilemma": QColor("#f5c2c7")}

    def __init__(self, view: QListView, model: NotesModel, proxy: NotesByVotes) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self._proxy = proxy
        #: Tag key → shown name; empty where notes carry no tags (no tag column then).
        self.tag_names: dict[str, str] = {}
        self._sizes: dict[tuple[str, str, int], QSize] = {}  # the list asks again and again
        self._layouts: dict[tuple[str, str, int], tuple[QTextLayout, str]] = {}
        self._tag_fit: tuple[int, int] | None = None

    def forget_sizes(self) -> None:
        """Drop what was measured (the font changed); rows are measured again as asked."""
        self._sizes.clear()
        self._layouts.clear()
        self._tag_fit = None

    def _tag_size(self) -> tuple[int, int]:
        """The tag label's size: the longest tag name in the list's type, never cut."""
        if self._tag_fit is None:
            metrics = QFontMetrics(self._view.font())
            widest = max((metrics.horizontalAdvance(n) for n in self.tag_names.values()),
                         default=0)
            self._tag_fit = (max(self.TAG_W, widest + 20), max(22, metrics.height() + 4))
        return self._tag_fit

    # -- geometry ----------------------------------------------------------------------
    def parts(self, rect: QRect) -> dict[str, QRect]:
        """Where each part of a row lies: used by painting, clicks and tests alike."""
        card = rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        mid = card.center().y()
        box = QRect(card.left() + self.PAD, mid - self.BOX // 2, self.BOX, self.BOX)
        plus = QRect(card.right() - self.PAD - self.BUTTON + 1, mid - self.BUTTON // 2,
                     self.BUTTON, self.BUTTON)
        votes = QRect(plus.left() - self.VOTES_W, card.top(), self.VOTES_W, card.height())
        minus = QRect(votes.left() - self.BUTTON, plus.top(), self.BUTTON, self.BUTTON)
        right = minus.left() - self.PAD
        tag_w, tag_h = self._tag_size()
        tag = QRect(right - tag_w, mid - tag_h // 2, tag_w, tag_h)
        if self.tag_names:
            right = tag.left() - self.PAD
        left = box.right() + 1 + self.PAD
        text = QRect(left, card.top() + self.PAD, max(20, right - left),
                     card.height() - 2 * self.PAD)
        return {"card": card, "box": box, "text": text, "tag": tag, "minus": minus,
                "votes": votes, "plus": plus}

    def _text_layout(self, text: str, font: QFont, width: int) -> tuple[QTextLayout, str]:
        """The wrapped lines to show, and the elided last line ("" if all fits).

        Kept for the rows on screen: adding a note scrolls and repaints every one of them.
        """
        key = (text, font.key(), width)
        found = self._layouts.get(key)
        if found is None:
            if len(self._layouts) > 400:
                self._layouts.clear()
            found = self._layouts[key] = self._lay_out(text, font, width)
        return found

    def _lay_out(self, text: str, font: QFont, width: int) -> tuple[QTextLayout, str]:
        shown = text[:self.LAYOUT_CHARS].replace("\n", "\u2028")
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        if _right_to_left(shown):
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            option.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QTextLayout(shown, font)
        layout.setTextOption(option)
        layout.beginLayout()
        y = 0.0
        lines: list[QTextLine] = []
        while len(lines) < self.MAX_LINES:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
            lines.append(line)
        more = layout.createLine().isValid() or len(text) > len(shown)
        layout.endLayout()
        if not more or not lines:
            return layout, ""
        rest = shown[lines[-1].textStart():].replace("\u2028", " ")
        return layout, QFontMetrics(font).elidedText(rest + "…", Qt.TextElideMode.ElideRight,
                                                      width)

    def note_at(self, index: Index) -> Note | None:
        """The note behind a view index, without a trip through ``data()``.

        The list asks for every row's size on each insert; this is the hot path.
        """
        if self._proxy.sorted_by_votes:
            return self._model.note_or_none(self._proxy.mapToSource(index).row())
        return self._model.note_or_none(index.row())

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._view.viewport().width() or option.rect.width() or 400
        note = self.note_at(index)
        if note is None:
            return QSize(width, self.BUTTON + 2 * (self.PAD + self.MARGIN))
        key = (note.id, note.text, width)
        size = self._sizes.get(key)
        if size is None:
            text_rect = self.parts(QRect(0, 0, width, 100))["text"]
            layout, _ = self._text_layout(note.text, option.font, text_rect.width())
            lines = min(layout.lineCount(), self.MAX_LINES)
            text_height = int(sum(layout.lineAt(i).height() for i in range(lines))) + 1
            height = max(text_height, self.BUTTON) + 2 * (self.PAD + self.MARGIN)
            if len(self._sizes) > 20000:
                self._sizes.clear()
            size = self._sizes[key] = QSize(width, height)
        return size

    # -- painting ----------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: Index) -> None:
        note = self.note_at(index)
        if note is None:
            return
        parts = self.parts(option.rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.PAPER_SELECTED if note.selected else self.PAPER)
        painter.drawRoundedRect(parts["card"], 4, 4)
        # Asked of the view, not of ``option.state``: reading that makes PySide build all
        # of QStyle's enums (~3 ms of the app's start, on the first card painted).
        if self._view.selectionModel().isSelected(index):
            painter.setPen(QPen(option.palette.highlight().color(), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(parts["card"].adjusted(1, 1, -1, -1), 4, 4)
        self._paint_box(painter, parts["box"], note.selected)
        painter.setPen(self.INK)
        text = parts["text"]
        layout, elided = self._text_layout(note.text, option.font, text.width())
        lines = [layout.lineAt(i) for i in range(min(layout.lineCount(), self.MAX_LINES))]
        height = sum(line.height() for line in lines)
        # A short note sits level with the controls; a long one starts at the top.
        origin = QPointF(text.left(), text.top() + max(0.0, (text.height() - height) / 2))
        for line in lines[:-1] if elided else lines:
            line.draw(painter, origin)
        if elided:
            last = lines[-1]
            painter.drawText(QRectF(origin.x(), origin.y() + last.y(), text.width(),
                                    last.height()), elided, layout.textOption())
        if self.tag_names and note.tag in self.tag_names:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.TAG_COLOURS.get(note.tag, self.FAINT))
            painter.drawRoundedRect(parts["tag"], 10, 10)
            painter.setPen(self.INK)
            painter.drawText(parts["tag"], Qt.AlignmentFlag.AlignCenter,
                             self.tag_names[note.tag])
        self._paint_votes(painter, parts, note.votes)
        painter.restore()

    def _paint_box(self, painter: QPainter, box: QRect, checked: bool) -> None:
        painter.setPen(QPen(self.CHECK if checked else self.FAINT, 1.5))
        painter.setBrush(self.CHECK if checked else QColor("white"))
        painter.drawRoundedRect(box, 3, 3)
        if checked:
            painter.setPen(QPen(QColor("white"), 2.5))
            x, y, s = box.left(), box.top(), box.width()
            painter.drawPolyline([QPointF(x + s * 0.22, y + s * 0.52),
                                  QPointF(x + s * 0.42, y + s * 0.72),
                                  QPointF(x + s * 0.78, y + s * 0.30)])

    def _paint_votes(self, painter: QPainter, parts: dict[str, QRect], votes: int) -> None:
        for name, sign in (("minus", "−"), ("plus", "+")):
            painter.setPen(QPen(self.FAINT, 1))
            painter.setBrush(QColor("white"))
            painter.drawEllipse(parts[name].adjusted(2, 2, -2, -2))
            painter.setPen(self.INK)
            painter.drawText(parts[name], Qt.AlignmentFlag.AlignCenter, sign)
        area = parts["votes"]
        dots = min(votes, 5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.DOT)
        for i in range(dots):
            painter.drawEllipse(QRectF(area.left() + 6 + i * 7, area.center().y() - 3, 6, 6))
        painter.setPen(self.INK if votes else self.FAINT)
        painter.drawText(area.adjusted(0, 0, -4, 0),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(votes))

    # -- clicks and editing ------------------------------------------------------------
    def editorEvent(self, event: QEvent, model: QAbstractItemModel,
                    option: QStyleOptionViewItem, index: Index) -> bool:
        """A click on the box selects, on − or + votes; the press still picks the row."""
        kinds = (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick)
        if event.type() not in kinds or not isinstance(event, QMouseEvent) \
                or event.button() != Qt.MouseButton.LeftButton:
            return False
        parts = self.parts(option.rect)
        pos = event.position().toPoint()
        hit = next((n for n in ("box", "minus", "plus") if parts[n].contains(pos)), None)
        if hit is None:
            return False
        if event.type() == QEvent.Type.MouseButtonRelease:
            if hit == "box":
                model.setData(index, not index.data(NotesModel.SelectedRole),
                              NotesModel.SelectedRole)
            else:
                votes = index.data(NotesModel.VotesRole) + (1 if hit == "plus" else -1)
                model.setData(index, votes, NotesModel.VotesRole)
        return True

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = NoteEntry(parent, lines=3)
        editor.setAccessibleName(QCoreApplication.translate("NotesPage", "Ret note"))
        editor.submitted.connect(lambda: self._submit(editor))
        return editor

    def _submit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, NoteEntry) and not editor.document().isModified():
            editor.setPlainText(index.data(Qt.ItemDataRole.EditRole))
            editor.moveCursor(QtGui.QTextCursor.MoveOperation.End)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: Index) -> None:
        if isinstance(editor, NoteEntry):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: Index) -> None:
        rect = self.parts(option.rect)["text"].adjusted(-4, -4, 4, 4)
        editor.setFixedHeight(max(rect.height(), editor.height()))
        editor.move(rect.topLeft())
        editor.setFixedWidth(rect.width())


def _right_to_left(text: str) -> bool:
    """Whether the first strongly directional letter is Hebrew or Arabic."""
    for char in text[:200]:
        kind = unicodedata.bidirectional(char)
        if kind in ("L", "R", "AL"):
            return kind != "L"
    return False
