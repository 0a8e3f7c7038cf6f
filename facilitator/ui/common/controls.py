"""Fields, buttons and actions as every form makes them: a field limited in length, with
a hint and a name; a button with its tooltip and what it does; a menu's action.

A field without :func:`~facilitator.ui.common.text_limit.limit_text` lets a pasted book
into the file, and one without an accessible name is silent to a screen reader; making
them here means no form forgets either.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QDate
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from facilitator.domain import dates
from facilitator.ui.common.text_limit import limit_text

if TYPE_CHECKING:  # PySide builds a class (and its enums) when a module first names it
    from PySide6.QtWidgets import QDialogButtonBox


def line_field(placeholder: str = "", *, name: str = "",
               parent: QWidget | None = None) -> QLineEdit:
    """A one-line field; ``name`` is what a screen reader says (none when empty)."""
    field = QLineEdit(parent)
    limit_text(field)
    field.setPlaceholderText(placeholder)
    if name:
        field.setAccessibleName(name)
    return field


#: The lowest date of a :func:`date_field`: it stands for "no date yet".
NO_DATE = QDate(2000, 1, 1)


def date_field(no_date: str, parent: QWidget | None = None) -> QtWidgets.QDateEdit:
    """A date in the user's format, with a calendar; its lowest value shows ``no_date``
    and stands for a date not set."""
    field = QtWidgets.QDateEdit(parent)  # reached when used: PySide builds it then
    field.setCalendarPopup(True)
    field.setDisplayFormat(dates.DATE_EDIT_FORMAT[dates.language()])
    field.setMinimumDate(NO_DATE)
    field.setSpecialValueText(no_date)
    return field


def text_field(placeholder: str = "", *, name: str = "",
               parent: QWidget | None = None) -> QPlainTextEdit:
    """A field for a few lines of the group's words; Tab leaves it (it is no editor)."""
    field = QPlainTextEdit(parent)
    limit_text(field)
    field.setTabChangesFocus(True)
    field.setPlaceholderText(placeholder)
    if name:
        field.setAccessibleName(name)
    return field


def button(text: str, tip: str, slot: Callable[[], object],
           parent: QWidget | None = None) -> QPushButton:
    """A push button with its tooltip (where the shortcut is named), doing ``slot``."""
    push = QPushButton(text, parent)
    push.setToolTip(tip)
    push.clicked.connect(slot)
    return push


def menu_action(parent: QObject, text: str, slot: Callable[[], object]) -> QAction:
    """An action of ``parent``'s doing ``slot()``: the ``checked`` flag Qt passes along
    is dropped, so a slot with an optional argument is not handed ``False`` for it."""
    made = QAction(text, parent)
    made.triggered.connect(lambda _checked=False: slot())
    return made


def accept_buttons(dialog: QDialog, accept: str) -> tuple[QDialogButtonBox, QPushButton]:
    """A dialog's button row: ``accept`` (its own word, »Eksportér …«, not »OK«) and
    Cancel, closing the dialog as each says; the box and the accept button."""
    box = QtWidgets.QDialogButtonBox  # built on first use: the start screen has no dialog
    buttons = box(dialog)
    button = buttons.addButton(accept, box.ButtonRole.AcceptRole)
    buttons.addButton(box.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, button


def undo_keys() -> str:
    """The undo keys as this platform writes them, for »… – Ctrl+Z fortryder«."""
    return QKeySequence(QKeySequence.StandardKey.Undo).toString(
        QKeySequence.SequenceFormat.NativeText)


def list_keys(view: QWidget, delete: Callable[[], object],
              move: Callable[[int], object]) -> None:
    """The keys of a list the host edits: Delete removes the current row, Ctrl+Up and
    Ctrl+Down move it one place (only while the list has the focus)."""
    for keys, slot in (("Delete", delete), ("Ctrl+Up", lambda: move(-1)),
                       ("Ctrl+Down", lambda: move(1))):
        made = QShortcut(QKeySequence(keys), view, slot)
        made.setContext(Qt.ShortcutContext.WidgetShortcut)


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
