"""One text limit in every field a group's text is typed or pasted into.

The store refuses a text over ``TEXT_LIMIT`` (100,000 characters); a field must not let
one grow there in the first place, nor cut one short without a word (Qt's QLineEdit
silently cuts a paste at 32,767 characters). A paste that would pass the limit is
refused before it arrives (Ctrl+V) or taken back whole right after (the context menu,
a drop, a middle click), and the user is told why; what was in the field stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtGui import QKeyEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QItemEditorFactory
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QTextEdit
from PySide6.QtWidgets import QWidget

from facilitator.domain.messages import TEXT_TOO_LONG
from facilitator.domain.messages import UserError
from facilitator.domain.text_limit import TEXT_LIMIT
from facilitator.domain.text_limit import danish_number
from facilitator.ui.common.refusals import user_message

if TYPE_CHECKING:  # PySide builds a class (and its enums) when a module first names it
    from PySide6.QtWidgets import QMessageBox

Field = QLineEdit | QPlainTextEdit | QTextEdit


class TextLimit(QObject):
    """Keeps one field within the limit; says so (``refused``, and a warning) when not."""

    refused = Signal(str)

    def __init__(self, field: Field) -> None:
        super().__init__(field)
        self.field = field
        #: The warning shown (while it is open), for the user and for tests.
        self.warning: QMessageBox | None = None
        field.installEventFilter(self)
        if isinstance(field, QLineEdit):
            # One over the limit: a paste Qt had to cut shows as too long, never as cut.
            field.setMaxLength(TEXT_LIMIT + 1)
            field.textEdited.connect(self._check)  # the user's edits, not the page's fill
        else:
            field.textChanged.connect(self._check)

    def length(self) -> int:
        if isinstance(self.field, QLineEdit):
            return len(self.field.text())
        return self.field.document().characterCount() - 1

    def _selected(self) -> int:
        if isinstance(self.field, QLineEdit):
            return len(self.field.selectedText())
        return len(self.field.textCursor().selectedText())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.matches(QKeySequence.StandardKey.Paste):
            after = self.length() - self._selected() + len(QGuiApplication.clipboard().text())
            if after > TEXT_LIMIT:
                self._refuse(after)
                return True  # never inserted: a few million characters cost nothing
        return False

    def _check(self) -> None:
        length = self.length()
        if length <= TEXT_LIMIT:
            return
        if not isinstance(self.field, QLineEdit) \
                and not self.field.document().isUndoAvailable():
            return  # the page filled in a longer text an older version stored: shown whole
        self.field.undo()  # the whole paste or drop goes, as it came; nothing is cut
        self._refuse(length)

    def _refuse(self, length: int) -> None:
        text = user_message(UserError(TEXT_TOO_LONG, length=danish_number(length),
                                      limit=danish_number(TEXT_LIMIT)))
        self.refused.emit(text)
        # After the edit that brought it has finished: a modal box inside a text
        # change would run the event loop in the middle of Qt's own edit.
        QTimer.singleShot(0, lambda: self._warn(text))

    def _warn(self, text: str) -> None:
        if self.warning is not None:
            return
        box = QtWidgets.QMessageBox  # built on first use: a rare warning
        self.warning = box(box.Icon.Warning, self.tr("Teksten er for lang"),
                           text, box.StandardButton.Ok, self.field.window())
        try:
            self.warning.exec()
        finally:
            self.warning = None
        self.field.setFocus()


class _LimitedEditors(QItemEditorFactory):
    """The editors item views make for editing in place (a contribution, an agreement, a
    card, a category): Qt's own, with the limit (Qt's line editor cuts at 32,767)."""

    def __init__(self, original: QItemEditorFactory) -> None:
        super().__init__()
        self._original = original

    def createEditor(self, user_type: int, parent: QWidget) -> QWidget:
        editor = self._original.createEditor(user_type, parent)
        if isinstance(editor, QLineEdit | QPlainTextEdit | QTextEdit):
            limit_text(editor)
        return editor


_EDITORS: list[_LimitedEditors] = []  # kept alive: Qt does not own the default factory


def limit_text(*fields: Field) -> None:
    """Give each field the one text limit (idempotent); from the first call on, every
    item view's in-place editor gets it too."""
    if not _EDITORS:
        _EDITORS.append(_LimitedEditors(QItemEditorFactory.defaultFactory()))
        QItemEditorFactory.setDefaultFactory(_EDITORS[0])
    for field in fields:
        if field.findChild(TextLimit) is None:
            TextLimit(field)
