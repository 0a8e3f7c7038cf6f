"""The message for an error we did not foresee: what happened in words, and the details
one click away for whoever fixes it.

A traceback in a dialog frightens and tells the organiser nothing; no traceback at all
leaves us guessing. So the box says in plain Danish that nothing was saved and the camp
is unchanged, and offers »Kopiér detaljer« for an e-mail to us.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget


class FailureBox(QMessageBox):
    """A warning with the technical details behind »Vis detaljer« and a copy button."""

    def __init__(self, text: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Warning, self.tr("Facilitator"), text,
                         QMessageBox.StandardButton.Close, parent)
        self.setObjectName("failureBox")
        self.details = details
        self.setDetailedText(details)
        self.copy_button = QPushButton(self.tr("Kopiér detaljer"))
        self.addButton(self.copy_button, QMessageBox.ButtonRole.ActionRole)
        # An action button closes the box by default; copying should not.
        self.copy_button.clicked.disconnect()
        self.copy_button.clicked.connect(self.copy_details)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Kopieret"))
