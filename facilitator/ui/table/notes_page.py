"""The note step page: what a table facilitator types into, in front of the whole table.

Keyboard first: type and press Enter to add; in the list ``+``/``=`` and ``-`` vote,
Space selects (in the entry field too, while it is empty: right after Enter they act on
the note just added), F2 edits, Delete deletes (undoable), Ctrl+Up/Down reorders, and any
letter typed in the list goes on in the entry field. Every key has a button and a
context-menu entry for those who use the mouse, and every edit is undoable.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPen,
    QTextCursor,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.model import Note
from facilitator.domain.rules import clean_note_text, dots_used, note_counts
from facilitator.domain.words import counted
from facilitator.ui.common.text_limit import limit_text
from facilitator.ui.edits.change import Change
from facilitator.ui.shell import zoom
from facilitator.ui.shell.session import CampSession
from facilitator.ui.shell.status_text import StatusText
from facilitator.ui.table.notes_model import NotesByVotes, NotesModel
from facilitator.ui.table.step_page import StepPage

_CTRL = Qt.KeyboardModifier.ControlModifier
#: The note list's type against the ordinary type, and its least size at normal zoom.
NOTE_SCALE, NOTE_MINIMUM_PT = 1.3, 13.0
#: The dot counter's ink when every dot is given (amber) and when the table is over (red):
#: dark enough to read as text on the light window, and never the only sign (words too).
ALL_DOTS_INK, OVER_DOTS_INK = QColor("#8a5a00"), QColor("#b3261e")


class NoteEntry(QPlainTextEdit):
    """A few lines to type a note in: Enter submits, Shift+Enter starts a new line.

    Also the in-place editor of a note, so editing behaves exactly like typing.
    """

    submitted = Signal()
    #: Down on the last line: the facilitator wants to go to the list.
    left_downwards = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = 2) -> None:
        super().__init__(parent)
        #: Keys that act on the current note instead of typing, while the field is empty.
        self.when_empty: dict[int, Callable[[], bool]] = {}
        limit_text(self)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._lines = lines
        self._fit_height()

    def _fit_height(self) -> None:
        """``lines`` lines high in the present type, which the zoom changes."""
        height = self.fontMetrics().lineSpacing() * self._lines
        margins = self.contentsMargins()
        self.setFixedHeight(height + 2 * int(self.document().documentMargin())
                            + margins.top() + margins.bottom() + 2)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def text(self) -> str:
        """The typed text exactly: no-break spaces and lone line separators kept."""
        return self.document().toRawText().replace("\u2029", "\n")

    def event(self, event: QEvent) -> bool:
        """Let Ctrl+Z reach the camp's undo when there is no typing here to undo.

        A text field claims Ctrl+Z and Ctrl+Y even when empty; right after Enter the
        facilitator means "take back that note", not "undo nothing in the field".
        """
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            document = self.document()
            if (event.matches(QKeySequence.StandardKey.Undo)
                    and not document.isUndoAvailable()) or \
                    (event.matches(QKeySequence.StandardKey.Redo)
                     and not document.isRedoAvailable()):
                event.ignore()
                return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            return
        action = self.when_empty.get(event.key())
        if action is not None and self.document().isEmpty() and not self.isReadOnly() \
                and not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                              | Qt.KeyboardModifier.KeypadModifier) \
                and action():
            event.accept()
            return
        if event.key() == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            cursor = self.textCursor()
            if not cursor.movePosition(QTextCursor.MoveOperation.Down):
                self.left_downwards.emit()
                return
        super().keyPressEvent(event)


class NotesView(QListView):
    """The list of notes; its keys are bound by the page (``bindings``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: (key, with Ctrl) → action. Shift and the keypad are ignored, so ``+`` works on
        #: every keyboard layout and on the number pad.
        self.bindings: dict[tuple[int, bool], Callable[[], None]] = {}
        #: Printable text typed in the list goes here (to the entry field).
        self.on_text: Callable[[str], None] | None = None
        self.context_menu: Callable[[QMenu], None] | None = None

    def dataChanged(self, top_left: QModelIndex, bottom_right: QModelIndex,  # noqa: N802
                    roles: Sequence[int] = ()) -> None:
        """Repaint just the note when a vote or a selection leaves its height alone.

        QListView lays out and repaints every visible row on any change when rows differ
        in height, 6–10 ms on each key press at the table.
        """
        if top_left == bottom_right and top_left.isValid() and not QAccessible.isActive() \
                and self.state() != QAbstractItemView.State.EditingState \
                and self.sizeHintForIndex(top_left).height() == self.visualRect(top_left).height():
            self.update(top_left)
            return
        super().dataChanged(top_left, bottom_right, list(roles))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            delegate = self.itemDelegate()
            if isinstance(delegate, NoteCardDelegate):
                delegate.forget_sizes()  # measured in the old font
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self.state() != QAbstractItemView.State.EditingState:
            ctrl = bool(event.modifiers() & _CTRL)
            action = self.bindings.get((event.key(), ctrl))
            if action is not None:
                action()
                event.accept()
                return
            text = event.text()
            other = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier | _CTRL
            if self.on_text and text and text.isprintable() and not text.isspace() \
                    and not event.modifiers() & other:
                self.on_text(text)
                event.accept()
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        index = self.indexAt(event.pos())
        if index.isValid():
            self.setCurrentIndex(index)
        if self.context_menu is not None:
            menu = QMenu(self)
            self.context_menu(menu)
            menu.exec(event.globalPos())


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
        lines = []
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

    def note_at(self, index: QModelIndex) -> Note | None:
        """The note behind a view index, without a trip through ``data()``.

        The list asks for every row's size on each insert; this is the hot path.
        """
        if self._proxy.sorted_by_votes:
            return self._model.note_or_none(self._proxy.mapToSource(index).row())
        return self._model.note_or_none(index.row())

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
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
              index: QModelIndex) -> None:
        note = self.note_at(index)
        if note is None:
            return
        parts = self.parts(option.rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.PAPER_SELECTED if note.selected else self.PAPER)
        painter.drawRoundedRect(parts["card"], 4, 4)
        if option.state & QStyle.StateFlag.State_Selected:
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
    def editorEvent(self, event: QEvent, model: QAbstractItemModel,  # noqa: N802
                    option: QStyleOptionViewItem, index: QModelIndex) -> bool:
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

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex) -> QWidget:
        editor = NoteEntry(parent, lines=3)
        editor.setAccessibleName(QCoreApplication.translate("NotesPage", "Ret note"))
        editor.submitted.connect(lambda: self._submit(editor))
        return editor

    def _submit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, NoteEntry) and not editor.document().isModified():
            editor.setPlainText(index.data(Qt.ItemDataRole.EditRole))
            editor.moveCursor(QTextCursor.MoveOperation.End)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex) -> None:
        if isinstance(editor, NoteEntry):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                             index: QModelIndex) -> None:
        rect = self.parts(option.rect)["text"].adjusted(-4, -4, 4, 4)
        editor.setFixedHeight(max(rect.height(), editor.height()))
        editor.move(rect.topLeft())
        editor.setFixedWidth(rect.width())


class NotesPage(StepPage):
    """A notes-with-votes step: indicators, prerequisites, bulletin board, good idea."""

    watches = Change.NOTE

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = NotesModel(session, self)
        self.proxy = NotesByVotes(self)
        self.proxy.setSourceModel(self.model)

        self.entry = NoteEntry(self)
        self.entry.setPlaceholderText(self.tr("Skriv en note, og tryk Enter"))
        self.entry.setAccessibleName(self.tr("Ny note"))
        self.entry.setToolTip(self.tr(
            "Skriv bordets note, og tryk Enter for at tilføje den. Shift+Enter giver en ny "
            "linje. Pil ned går til listen."))
        self.add_button = QPushButton(self.tr("Tilføj"), self)
        self.add_button.setToolTip(self.tr("Tilføj noten (Enter)"))
        self.entry_row = QHBoxLayout()
        self.entry_row.addWidget(self.entry, 1)
        self.entry_row.addWidget(self.add_button)
        self.entry.when_empty = {
            Qt.Key.Key_Plus: lambda: self._on_current(lambda: self.vote(1)),
            Qt.Key.Key_Equal: lambda: self._on_current(lambda: self.vote(1)),
            Qt.Key.Key_Minus: lambda: self._on_current(lambda: self.vote(-1)),
            Qt.Key.Key_Space: lambda: self._on_current(self.toggle_selected),
        }
        self.entry_hint = QLabel(self.tr(
            "Når feltet er tomt, giver + en stemme og - fjerner en på den valgte note, "
            "og mellemrum udvælger den."), self)
        self.entry_hint.setWordWrap(True)
        self.entry_hint.setEnabled(False)  # drawn faint: a reminder, not a control

        self.view = NotesView(self)
        # Read across the table: never under 13 pt, and larger with the session's zoom.
        zoom.scale_font(self.view, NOTE_SCALE, minimum_pt=NOTE_MINIMUM_PT)
        zoom.scale_font(self.entry, NOTE_SCALE, minimum_pt=NOTE_MINIMUM_PT)
        self.delegate = NoteCardDelegate(self.view, self.model, self.proxy)
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(self.delegate)
        self.view.setWordWrap(True)
        # Rows differ in height, so the list measures every row on each insert (cheap:
        # the delegate remembers sizes). In one pass: batches took ten trips through the
        # event loop and a second repaint for every note added to a long list.
        self.view.setLayoutMode(QListView.LayoutMode.SinglePass)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.view.setAccessibleName(self.tr("Noter"))
        self.view.setAccessibleDescription(self.tr(
            "Plus eller lighedstegn giver en stemme, minus fjerner en. Mellemrum udvælger. "
            "F2 retter. Delete sletter. Ctrl+pil op og ned flytter."))
        self.view.setToolTip(self.view.accessibleDescription())

        self.vote_down_button = self._tool_button("−", self.tr("Fjern en stemme (-)"),
                                                  lambda: self.vote(-1))
        self.vote_up_button = self._tool_button("+", self.tr("Giv en stemme (+)"),
                                                lambda: self.vote(1))
        self.select_button = self._tool_button("✓", self.tr("Udvælg eller fravælg (Mellemrum)"),
                                               self.toggle_selected)
        self.up_button = self._tool_button("↑", self.tr("Flyt op (Ctrl+pil op)"),
                                           lambda: self.move_current(-1))
        self.down_button = self._tool_button("↓", self.tr("Flyt ned (Ctrl+pil ned)"),
                                             lambda: self.move_current(1))
        self.delete_button = self._tool_button(self.tr("Slet"), self.tr("Slet noten (Delete)"),
                                               self.delete_current)
        self.sort_button = QToolButton(self)
        self.sort_button.setText(self.tr("Sortér efter stemmer"))
        self.sort_button.setCheckable(True)
        self.sort_button.setToolTip(self.tr(
            "Vis noterne med flest stemmer øverst. Rækkefølgen på tavlen ændres ikke."))
        self.sort_button.setAccessibleName(self.sort_button.text())
        self.sort_button.toggled.connect(self.set_sorted_by_votes)
        self.tools = tools = QHBoxLayout()
        for button in (self.vote_down_button, self.vote_up_button, self.select_button,
                       self.up_button, self.down_button, self.delete_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.sort_button)

        self.counts_label = StatusText(self)
        self.counts_label.setAccessibleName(self.tr("Optælling"))
        # The step's vote limit: dots given against the table's participants × dots.
        self.dots_label = StatusText(self)
        self.dots_label.setVisible(False)
        self._dots_look: tuple[QColor | None, bool] = (None, False)
        self.status_label = StatusText(self, Qt.AlignmentFlag.AlignRight)
        self.status_label.setAccessibleName(self.tr("Status"))
        footer = QHBoxLayout()
        footer.addWidget(self.counts_label, 1)
        footer.addWidget(self.dots_label, 1)
        footer.addWidget(self.status_label, 1)

        self.top = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)  # the session's pane has margins already
        layout.addLayout(self.top)
        layout.addLayout(self.entry_row)
        layout.addWidget(self.entry_hint)
        layout.addLayout(tools)
        # The list, and beside it whatever a kind of step shows next to the notes (the
        # dilemma step's case): on a laptop the width is plentiful and the height is not.
        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(self.view)
        layout.addWidget(self.body, 1)
        layout.addLayout(footer)
        self.setTabOrder(self.entry, self.view)

        self.entry.submitted.connect(self.add_from_entry)
        self.entry.left_downwards.connect(self._focus_list)
        self.add_button.clicked.connect(self.add_from_entry)
        self.view.on_text = self._type_into_entry
        self.view.context_menu = self._fill_context_menu
        self.view.bindings.update(self._bindings())
        session.failed.connect(self._show_failure)
        # "Note slettet – Ctrl+Z fortryder" is out of date once something is undone.
        session.undone.connect(lambda message, _place: self.status_label.setText(message))
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset,
                       self.model.dataChanged, self.model.layoutChanged):
            signal.connect(self._update_counts)
        self._update_drag()
        self._update_counts()

    def _tool_button(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    def _bindings(self) -> dict[tuple[int, bool], Callable[[], None]]:
        key = Qt.Key
        return {
            (key.Key_Plus, False): lambda: self.vote(1),
            (key.Key_Equal, False): lambda: self.vote(1),
            (key.Key_Minus, False): lambda: self.vote(-1),
            (key.Key_Space, False): self.toggle_selected,
            (key.Key_Delete, False): self.delete_current,
            (key.Key_Up, True): lambda: self.move_current(-1),
            (key.Key_Down, True): lambda: self.move_current(1),
            (key.Key_Escape, False): self.focus_entry,
        }

    # -- StepPage ----------------------------------------------------------------------
    def reload(self) -> None:
        if self.model.applying:
            return  # our own edit: the model is already up to date
        current = self.current_note_id()
        self.model.show_notes(self.step.id if self.step else None, self.table_id)
        if current is not None and self.current_note_id() is None:
            self.set_current_note(current)
        editable = not self.session.read_only
        self.entry.setReadOnly(not editable)
        self.add_button.setEnabled(editable)
        self._update_counts()

    def focus_entry(self) -> None:
        self.entry.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the current note --------------------------------------------------------------
    def current_row(self) -> int:
        """The current note's row in board order, or -1."""
        index = self.proxy.mapToSource(self.view.currentIndex())
        return index.row() if index.isValid() else -1

    def current_note_id(self) -> str | None:
        row = self.current_row()
        return self.model.note(row).id if row >= 0 else None

    def current_item_id(self) -> str | None:
        return self.current_note_id()

    def select_item(self, item_id: str) -> None:
        self.set_current_note(item_id)

    def set_current_note(self, note_id: str) -> None:
        row = self.model.row_of(note_id)
        if row >= 0:
            self._set_current(self.model.index(row))

    def _set_current(self, source: QModelIndex) -> None:
        index = self.proxy.mapFromSource(source)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def _on_current(self, action: Callable[[], None]) -> bool:
        """Do ``action`` to the current note, if there is one; whether it was done."""
        if self.current_row() < 0:
            return False
        action()
        return True

    def _with_current(self) -> int:
        row = self.current_row()
        if row < 0:
            self.show_status(self.tr("Vælg først en note i listen"))
        return row

    # -- what the facilitator does -----------------------------------------------------
    def next_tag(self) -> str:
        """The tag a newly typed note gets (none here; the dilemma page chooses one)."""
        return ""

    def add_from_entry(self) -> None:
        text = self.entry.text()
        if clean_note_text(text) is None:
            self.entry.clear()
            self.focus_entry()
            return
        index = self.model.add_note(text, tag=self.next_tag())
        if index is None:
            return  # refused (read-only file, disk full): the typed text stays
        self.entry.clear()
        self.show_status("")
        self._set_current(index)
        self.focus_entry()

    def vote(self, delta: int) -> None:
        row = self._with_current()
        if row >= 0:
            self.model.change_votes(row, delta)

    def toggle_selected(self) -> None:
        row = self._with_current()
        if row >= 0:
            index = self.model.index(row)
            self.model.setData(index, not self.model.note(row).selected,
                               NotesModel.SelectedRole)

    def delete_current(self) -> None:
        row = self._with_current()
        if row >= 0 and self.model.delete_row(row):
            undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(
                QKeySequence.SequenceFormat.NativeText)
            self.show_status(self.tr("Note slettet – {undo} fortryder").format(undo=undo))

    def move_current(self, delta: int) -> None:
        row = self._with_current()
        if row < 0:
            return
        if self.proxy.sorted_by_votes:
            self.show_status(self.tr("Slå »Sortér efter stemmer« fra for at flytte noter"))
            return
        if self.model.move_row(row, row + delta):
            self.view.scrollTo(self.view.currentIndex())

    def edit_current(self) -> None:
        if self._with_current() >= 0:
            self.view.edit(self.view.currentIndex())

    def set_sorted_by_votes(self, on: bool) -> None:
        current = self.current_note_id()
        self.proxy.set_sorted_by_votes(on)
        if self.sort_button.isChecked() != on:
            self.sort_button.setChecked(on)
        self._update_drag()
        if current is not None:
            self.set_current_note(current)

    # -- feedback ----------------------------------------------------------------------
    def show_status(self, text: str) -> None:
        """Show a short message under the list and, if it says something, in the status bar."""
        self.status_label.setText(text)
        if text:
            self.session.status.emit(text)

    def _show_failure(self, text: str) -> None:
        if self.isVisible():
            self.show_status(text)

    def _update_counts(self, *_: object) -> None:
        notes, votes, selected = note_counts(self.model.notes())
        parts = [
            self.tr("1 note") if notes == 1 else self.tr("{n} noter").format(n=notes),
            self.tr("1 stemme") if votes == 1 else self.tr("{n} stemmer").format(n=votes),
            self.tr("{n} udvalgt").format(n=selected),
        ]
        self.counts_label.setText(" · ".join(parts))
        self._update_dots(votes)

    def _update_dots(self, votes: int) -> None:
        """Dots used against the step's limit; over the limit warns but never refuses.

        Votes stay allowed past the limit: a latecomer's dots, a recount – the
        facilitator decides, so the counter says it in words and colour, no dialog.
        """
        per_participant = self.step.dots if self.step else 0
        self.dots_label.setVisible(per_participant > 0)
        if per_participant <= 0:
            return
        participants = self.table.participants if self.table else 0
        used = dots_used(votes, participants, per_participant)
        ink = None
        if used.available is None:
            text = counted(used.used, self.tr("%n prik brugt – bordets antal deltagere er "
                                              "ikke sat"),
                           self.tr("%n prikker brugt – bordets antal deltagere er ikke sat"))
            tip = counted(per_participant, self.tr("Hver deltager har %n prik."),
                          self.tr("Hver deltager har %n prikker.")) + " " + self.tr(
                "Skriv bordets antal deltagere under »Forberedelse« → »Hovedgrupper og "
                "borde« for at se, hvor mange prikker der er tilbage.")
        else:
            text = counted(used.available, self.tr("%1 af %n prik brugt"),
                           self.tr("%1 af %n prikker brugt")).replace("%1", str(used.used))
            tip = counted(per_participant, self.tr("Hver deltager har %n prik;"),
                          self.tr("Hver deltager har %n prikker;")) + " " + counted(
                participants, self.tr("bordet har %n deltager."),
                self.tr("bordet har %n deltagere."))
            if used.over:
                text += " – " + counted(used.over, self.tr("%n for mange", "ét"),
                                        self.tr("%n for mange", "flere"))
                tip += " " + self.tr("Bordet har givet flere stemmer, end deltagerne har "
                                     "prikker. Stemmerne er gemt; I afgør selv, hvad der "
                                     "gælder.")
                ink = OVER_DOTS_INK
            elif used.left == 0:
                tip += " " + self.tr("Alle prikker er brugt.")
                ink = ALL_DOTS_INK
        self.dots_label.setText(text)
        self.dots_label.setToolTip(tip)
        # Colour and weight only when they change: a new font asks the layout for room,
        # and the counter is redrawn on every vote (StatusText exists to avoid that).
        if (ink, used.over > 0) != self._dots_look:
            self._dots_look = (ink, used.over > 0)
            palette = self.palette()
            if ink is not None:
                palette.setColor(self.dots_label.foregroundRole(), ink)
            self.dots_label.setPalette(palette)
            font = self.font()
            font.setBold(used.over > 0)
            self.dots_label.setFont(font)

    def _update_drag(self) -> None:
        """Drag to reorder only in board order: in a sorted view a drop means nothing."""
        if self.proxy.sorted_by_votes or self.session.read_only:
            self.view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        else:
            self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self.view.setDefaultDropAction(Qt.DropAction.MoveAction)

    # -- keyboard and menu helpers -----------------------------------------------------
    def _focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.view.currentIndex().isValid() and self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def _type_into_entry(self, text: str) -> None:
        self.focus_entry()
        self.entry.insertPlainText(text)

    def _fill_context_menu(self, menu: QMenu) -> None:
        """Each entry shows its key after a tab, as a reminder for next time."""
        has_note = self.current_row() >= 0
        for label, key, slot in (
            (self.tr("Giv en stemme"), "+", lambda: self.vote(1)),
            (self.tr("Fjern en stemme"), "-", lambda: self.vote(-1)),
            (self.tr("Udvælg / fravælg"), self.tr("Mellemrum"), self.toggle_selected),
            (self.tr("Ret"), "F2", self.edit_current),
            (self.tr("Flyt op"), self.tr("Ctrl+Op"), lambda: self.move_current(-1)),
            (self.tr("Flyt ned"), self.tr("Ctrl+Ned"), lambda: self.move_current(1)),
            (self.tr("Slet"), self.tr("Delete"), self.delete_current),
        ):
            action = menu.addAction(f"{label}\t{key}")
            action.setEnabled(has_note and not self.session.read_only)
            action.triggered.connect(slot)


def _right_to_left(text: str) -> bool:
    """Whether the first strongly directional letter is Hebrew or Arabic."""
    for char in text[:200]:
        kind = unicodedata.bidirectional(char)
        if kind in ("L", "R", "AL"):
            return kind != "L"
    return False
