"""The first screen: start a camp, open one, or try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.ui.shell.welcome import Welcome


class StartScreen(QWidget):
    new_requested = Signal()
    new_dialogue_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Facilitator"))
        font = QFont(title.font())
        font.setPointSize(font.pointSize() * 2 + 4)
        font.setBold(True)
        title.setFont(font)
        lead = QLabel(self.tr(
            "Kør dagens program ved bordet, saml alle bordenes noter, og lav rapporten – "
            "uden internet. Alt gemmes med det samme."))
        lead.setWordWrap(True)
        self.welcome = Welcome(self)  # the first start's three sentences
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(lead)
        column.addSpacing(8)
        column.addWidget(self.welcome)
        column.addSpacing(16)
        column.addLayout(self._buttons())
        column.addSpacing(24)
        self._recent_list(column)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)

    def _buttons(self) -> QHBoxLayout:
        """New camp, new dialogue, open, demo: each one of the window's own actions."""
        row = QHBoxLayout()

        def button(text: str, tip: str, signal: SignalInstance) -> QPushButton:
            made = QPushButton(text)
            made.setToolTip(tip)
            made.setMinimumHeight(40)
            made.clicked.connect(signal)
            row.addWidget(made)
            return made

        self.new_button = button(
            self.tr("Ny camp …"),
            self.tr("Opret en ny camp ud fra standardprogrammet (Ctrl+N)"), self.new_requested)
        self.dialogue_button = button(self.tr("Ny dialog …"), self.tr(
            "Opret en dialog med dialogkassen: termometer, den omvendte trekant, "
            "dilemmakort og aftaler – på én computer"), self.new_dialogue_requested)
        self.open_button = button(self.tr("Åbn camp-fil …"),
                                  self.tr("Åbn en .camp-fil (Ctrl+O)"), self.open_requested)
        self.demo_button = button(self.tr("Prøv demo-campen"),
                                  self.tr("Åbn en færdig eksempel-camp med fire borde"),
                                  self.demo_requested)
        return row

    def _recent_list(self, column: QVBoxLayout) -> None:
        self.recent_label = QLabel(self.tr("Seneste camps"))
        bold = QFont(self.recent_label.font())
        bold.setBold(True)
        self.recent_label.setFont(bold)
        self.recent_list = QListWidget()
        self.recent_list.setAccessibleName(self.tr("Seneste camps"))
        self.recent_list.itemActivated.connect(
            lambda item: self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.empty_recent = QLabel(self.tr("Ingen endnu. Opret en ny camp, eller prøv demoen."))
        column.addWidget(self.recent_label)
        column.addWidget(self.recent_list, 3)
        column.addWidget(self.empty_recent)

    def set_recent(self, paths: list[str]) -> None:
        self.recent_list.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).stem}\n{path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent_list.addItem(item)
        self.recent_list.setVisible(bool(paths))
        self.empty_recent.setVisible(not paths)
        if paths:
            self.recent_list.setCurrentRow(0)
