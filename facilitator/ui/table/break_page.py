"""A pause or plenary: nothing to type, only what happens and for how long."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.ui.shell.session import CampSession
from facilitator.ui.table.step_page import StepPage


class BreakPage(StepPage):
    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.label = QLabel(self.tr(
            "Ingen noter i dette trin. Brug opslagstavlen til det, der dukker op i pausen."))
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addStretch(1)
