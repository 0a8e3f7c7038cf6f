"""The camp's recurring messages ("Gennemgående budskaber"): a list and an editor.

Each message is a heading ("TVÆRGÅENDE SAMARBEJDE") and a paragraph. The list shows the
headings in report order; the editor below it shows the chosen message. Keys:
Ctrl+Shift+N anywhere in the panel adds a message; in the list Delete deletes it and
Ctrl+Up/Ctrl+Down move it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain.analysis import RecurringMessage
from facilitator.ui.common.autosave import AutoSave
from facilitator.ui.common.list_model import CampRows
from facilitator.ui.common.ordered_list import OrderedList
from facilitator.ui.edits import analysis as edits
from facilitator.ui.shell.session import CampSession


class MessagesModel(CampRows[RecurringMessage]):
    """The camp's recurring messages; the display is the heading."""

    def fetch(self) -> list[RecurringMessage]:
        return self.session.store.analysis.messages()

    def cell(self, row: RecurringMessage, column: int, role: int) -> Any:
        heading = " ".join(row.heading.split())
        if role == Qt.ItemDataRole.DisplayRole:
            return heading or self.tr("(uden overskrift)")
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.body or None
        if role == Qt.ItemDataRole.FontRole and not heading:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class MessagesPanel(QWidget):
    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.message_id: str | None = None
        self._row = 0  # the shown message's row, for showing its neighbour when it goes

        self.model = MessagesModel(session, self)
        self.view = QListView(self)
        self.list = OrderedList(self.view, self.model, self.tr("Gennemgående budskaber"), self)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button = self.list.button(
            self.tr("&Nyt budskab"), self.add_message,
            self.tr("Tilføj et nyt budskab (Ctrl+Shift+N)"))
        self.up_button, self.down_button = self.list.move_buttons(
            (self.tr("Flyt &op"), self.tr("Flyt budskabet op (Ctrl+Pil op)")),
            (self.tr("Flyt n&ed"), self.tr("Flyt budskabet ned (Ctrl+Pil ned)")),
            self.move_current)
        self.delete_button = self.list.remove_button(
            self.tr("Slet"), self.delete_current, self.tr("Slet budskabet (Delete)"))

        self.heading = QLineEdit(self)
        self.heading.setPlaceholderText(self.tr("Overskrift, fx »Tværgående samarbejde«"))
        self.heading.setAccessibleName(self.tr("Budskabets overskrift"))
        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(self.tr(
            "Hvad siger deltagerne? Skriv budskabet med et par sætninger …"))
        self.body.setAccessibleName(self.tr("Budskabets tekst"))
        self.body.setTabChangesFocus(True)
        self.heading_saver = AutoSave(self.heading, self._save_heading, self)
        self.body_saver = AutoSave(self.body, self._save_body, self)

        self._lay_out()
        self._connect()
        self._show_message(self.model.row(0).id if self.model.rowCount() else None)

    def _lay_out(self) -> None:
        title = QLabel(self.tr("<b>Gennemgående budskaber</b>"), self)
        hint = QLabel(self.tr("Det, der går igen i campens input, med en overskrift og et "
                              "kort afsnit hver."), self)
        hint.setWordWrap(True)
        heading_label = QLabel(self.tr("Over&skrift"), self)
        heading_label.setBuddy(self.heading)
        body_label = QLabel(self.tr("&Tekst"), self)
        body_label.setBuddy(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.view, 2)
        layout.addLayout(self.list.end_buttons())
        layout.addWidget(heading_label)
        layout.addWidget(self.heading)
        layout.addWidget(body_label)
        layout.addWidget(self.body, 3)

    def _connect(self) -> None:
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        # The context is set afterwards: PySide6 ignores it as an argument beside a slot.
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.add_message)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- showing -----------------------------------------------------------------------
    def reload(self) -> None:
        self.model.reload()
        if self.model.row_of(self.message_id) < 0:
            # Gone (deleted, or an undo of its creation): show the one now in its place.
            self.heading_saver.discard()
            self.body_saver.discard()
            row = min(self._row, self.model.rowCount() - 1)
            message = self.model.row_at(row)
            self._show_message(message.id if message else None)
        else:
            self._row = self.model.row_of(self.message_id)
            self._select_row(self._row)
            self._load_fields(force=False)
            self._update_enabled()

    def current_message(self) -> RecurringMessage | None:
        return self.model.row_at(self.model.row_of(self.message_id))

    def show_message(self, message_id: str | None) -> None:
        """Save what was typed for the message shown, then show ``message_id``."""
        self.flush()
        self._show_message(message_id)

    def _show_message(self, message_id: str | None) -> None:
        self.message_id = message_id
        self._row = max(self.model.row_of(message_id), 0)
        self._select_row(self.model.row_of(message_id))
        self._load_fields(force=True)
        self._update_enabled()

    def _select_row(self, row: int) -> None:
        selection = self.view.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        index = self.model.index(row, 0)
        if selection.currentIndex() != index or not selection.isSelected(index):
            selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # The panel selects only the message it shows (after setting ``message_id``): the
        # change that makes lands here as the same message, and shows nothing again.
        message = self.model.row_at(current.row())
        new_id = message.id if message else None
        if new_id != self.message_id:
            self.show_message(new_id)

    def _load_fields(self, *, force: bool) -> None:
        message = self.current_message()
        self.heading_saver.load(message.heading if message else "", force=force)
        self.body_saver.load(message.body if message else "", force=force)

    def _update_enabled(self) -> None:
        writable = not self.session.read_only
        has = self.message_id is not None
        row = self.model.row_of(self.message_id)
        self.add_button.setEnabled(writable)
        self.delete_button.setEnabled(writable and has)
        self.up_button.setEnabled(writable and row > 0)
        self.down_button.setEnabled(writable and 0 <= row < self.model.rowCount() - 1)
        for field in (self.heading, self.body):
            field.setEnabled(has)
            field.setReadOnly(not writable)

    # -- editing -----------------------------------------------------------------------
    def flush(self) -> None:
        """Save typed text now (before another message is shown, undo, close)."""
        self.heading_saver.flush()
        self.body_saver.flush()

    def _save_heading(self, text: str) -> None:
        if self.message_id is not None and self.model.row_of(self.message_id) >= 0:
            edits.update_message(self.session, self.message_id, heading=text)

    def _save_body(self, text: str) -> None:
        if self.message_id is not None and self.model.row_of(self.message_id) >= 0:
            edits.update_message(self.session, self.message_id, body=text)

    def add_message(self) -> RecurringMessage | None:
        """A new, empty message, shown in the editor with the cursor in its heading."""
        if self.session.read_only:
            return None
        self.flush()
        message = edits.add_message(self.session)
        if message is not None:
            self.model.reload()
            self._show_message(message.id)
            self.heading.setFocus(Qt.FocusReason.OtherFocusReason)
        return message

    def delete_current(self) -> None:
        if self.session.read_only:
            return
        self.flush()
        message = self.current_message()
        if message is not None:
            edits.delete_message(self.session, message)

    def move_current(self, delta: int) -> None:
        row = self.model.row_of(self.message_id)
        if row < 0 or self.session.read_only:
            return
        self.flush()
        target = row + delta
        if 0 <= target < self.model.rowCount() and self.message_id is not None:
            edits.move_message(self.session, self.message_id, target)
            self._update_enabled()
