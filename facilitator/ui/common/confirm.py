"""A question before something that cannot be taken back, asked the same way everywhere.

The button that acts says what it does (»Slet for altid«, »Importér igen«), never a
bare Ja; Annullér is the default and the escape button, so a facilitator who presses
Enter or Esc out of habit changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget


def confirmed(parent: QWidget, title: str, text: str, action: str, *,
              icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> bool:
    """Ask ``text``; True only when the button named ``action`` was clicked."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    act = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QCoreApplication.translate("Confirm", "Annullér"),
                           QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is act
