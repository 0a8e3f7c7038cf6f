"""The first start's three sentences, on the start screen until »Forstået«.

Apart from the help page (help_page.py), which the start screen does not need: a user
opening the app for the first time waits for these lines only.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.ui.shell.remembered import setting

WELCOMED_KEY = "onboarding/welcomed"


class Welcome(QFrame):
    """Three sentences for the first start: camp or dialogue, and how the tables' data
    reaches the organiser. Shown until »Forstået« is pressed, once per user."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self.tr(
            "En camp er en hel borgerdag med flere borde, der hver skriver på sin egen "
            "computer; en dialog (dialogkassen) er én gruppes samtale med en vært. "
            "Arrangøren laver filen og giver hvert bord eller hver vært et campkit at åbne, "
            "og alt, hvad der skrives, gemmes med det samme. Bagefter gemmer hvert bord sin "
            "bordpakke på et USB-stik eller i en delt mappe, og arrangøren henter dem alle "
            "under »Indsamling«."), self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(self.tr("F1 viser tasterne på den skærm, du står på."), self)
        self.ok_button = QPushButton(self.tr("Forstået"), self)
        self.ok_button.clicked.connect(self.dismiss)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self.setVisible(not setting(WELCOMED_KEY, False))

    def dismiss(self) -> None:
        QSettings().setValue(WELCOMED_KEY, True)
        self.hide()
        self.dismissed.emit()
