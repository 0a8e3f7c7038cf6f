"""The text fields a group's words are typed into, made one way everywhere.

Every such field keeps the store's text limit (:func:`limit_text`) and shows an example
of what goes in it; pages used to repeat the same three lines for each field.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from facilitator.ui.common.text_limit import limit_text


def line_field(placeholder: str = "", parent: QWidget | None = None) -> QLineEdit:
    """One line of the group's text, within the limit, with ``placeholder`` as example."""
    field = QLineEdit(parent)
    limit_text(field)
    field.setPlaceholderText(placeholder)
    return field


def text_field(placeholder: str = "", parent: QWidget | None = None) -> QPlainTextEdit:
    """Several lines of the group's text; Tab moves on rather than typing a tab."""
    field = QPlainTextEdit(parent)
    limit_text(field)
    field.setTabChangesFocus(True)
    field.setPlaceholderText(placeholder)
    return field


def show_text(field: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Put stored ``text`` in a field being typed in, leaving the cursor where it was (or
    at the end, if the text got shorter); a field that already shows it is not touched,
    so a save coming back from the store does not move the cursor."""
    if isinstance(field, QLineEdit):
        if field.text() != text:
            at = field.cursorPosition()
            field.setText(text)
            field.setCursorPosition(min(at, len(text)))
    elif field.toPlainText() != text:
        at = field.textCursor().position()
        field.setPlainText(text)
        cursor = field.textCursor()
        cursor.setPosition(min(at, len(text)))
        field.setTextCursor(cursor)
