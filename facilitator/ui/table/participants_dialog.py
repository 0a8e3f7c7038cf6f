"""At the table: how many came, by group, from the top bar's »Deltagere« button or Ctrl+D.

The button shows the table's total (»Deltagere: 12«, or »Deltagere …« while nobody has
counted); it opens a small dialog with a spin box per group and the total, every change
saved at once (undoable like any edit). Enter or Esc closes it and gives the keyboard
back to where it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from facilitator.domain.model import StepKind
from facilitator.domain.model import Table
from facilitator.ui.common.layouts import vbox
from facilitator.ui.common.participants_box import ParticipantsBox
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession
from facilitator.ui.shell.shortcuts import shortcut

#: The keys that open the dialog, from anywhere in the table session.
KEYS = "Ctrl+D"


class ParticipantsDialog(QDialog):
    """The spin boxes of the current table, in a small window of their own."""

    def __init__(self, session: CampSession, table: Table, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deltagere ved {code}").format(code=table.code))
        hint = QLabel(self.tr("Hvor mange kom til bordet? Skriv antallet i hver gruppe. "
                              "Det gemmes med det samme."))
        hint.setWordWrap(True)
        self.box = ParticipantsBox(session, self)
        self.box.show_table(table.id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        vbox(hint, self.box, buttons, parent=self)
        self.setMinimumWidth(hint.fontMetrics().averageCharWidth() * 48)
        self.box.first_box().setFocus()
        self.box.first_box().selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a spin box closes the dialog (the count is saved already)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)


class TableParticipants:
    """The top bar's button and Ctrl+D for the table ``current()`` returns."""

    def __init__(self, session: CampSession, current: Callable[[], Table | None],
                 parent: QWidget) -> None:
        self.session = session
        self.current = current
        self.parent = parent
        self.dialog: ParticipantsDialog | None = None
        self.button = QPushButton(parent)
        self.button.setToolTip(QCoreApplication.translate(
            "TableParticipants", "Hvor mange kom til bordet, fordelt på grupper (Ctrl+D)"))
        self.button.clicked.connect(self.open)
        self.keys = shortcut(KEYS, parent, self.open)
        self._dialogue = self._in_dialogue()
        session.changed.connect(self._on_changed)
        self.refresh()

    def _in_dialogue(self) -> bool:
        """A dialogue file counts its group in its details: no counts per table there."""
        steps = self.session.store.frame.steps()
        return any(s.kind in StepKind.DIALOGUE_KINDS for s in steps)

    def _on_changed(self, what: Change) -> None:
        if what & Change.STEP:
            self._dialogue = self._in_dialogue()
        if what & (Change.PARTICIPANTS | Change.TABLE | Change.STEP):
            self.refresh()

    def refresh(self) -> None:
        """Hidden in a dialogue file (a dialogue counts its group in its details); off
        with no table or in a camp opened read-only."""
        store = self.session.store
        table = self.current()
        counts = store.participants.counts(table.id) if table else None
        shown = not self._dialogue
        usable = shown and table is not None and not self.session.read_only
        self.button.setVisible(shown)
        self.button.setEnabled(usable)
        self.keys.setEnabled(usable)
        if counts is not None and counts.given:
            self.button.setText(QCoreApplication.translate(
                "TableParticipants", "Deltagere: {total}").format(total=counts.total))
        else:
            self.button.setText(QCoreApplication.translate("TableParticipants", "Deltagere …"))

    def open(self) -> ParticipantsDialog | None:
        table = self.current()
        if table is None or not self.button.isEnabled():
            return None
        came_from = QApplication.focusWidget()
        self.dialog = ParticipantsDialog(self.session, table, self.parent)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def closed() -> None:
            self.dialog = None
            self.parent.window().activateWindow()
            if came_from is not None:
                came_from.setFocus()

        self.dialog.finished.connect(lambda _result: closed())
        self.dialog.open()
        return self.dialog
