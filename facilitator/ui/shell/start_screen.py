"""The first screen: start a camp, open one, or try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


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

        self.new_button = QPushButton(self.tr("Ny camp …"))
        self.new_button.setToolTip(self.tr("Opret en ny camp ud fra standardprogrammet (Ctrl+N)"))
        self.dialogue_button = QPushButton(self.tr("Ny dialog …"))
        self.dialogue_button.setToolTip(self.tr(
            "Opret en dialog med dialogkassen: termometer, den omvendte trekant, "
            "dilemmakort og aftaler – på én computer"))
        self.open_button = QPushButton(self.tr("Åbn camp-fil …"))
        self.open_button.setToolTip(self.tr("Åbn en .camp-fil (Ctrl+O)"))
        self.demo_button = QPushButton(self.tr("Prøv demo-campen"))
        self.demo_button.setToolTip(self.tr("Åbn en færdig eksempel-camp med fire borde"))
        for button in (self.new_button, self.dialogue_button, self.open_button,
                       self.demo_button):
            button.setMinimumHeight(40)
        self.new_button.clicked.connect(self.new_requested)
        self.dialogue_button.clicked.connect(self.new_dialogue_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)

        self.recent_label = QLabel(self.tr("Seneste camps"))
        bold = QFont(self.recent_label.font())
        bold.setBold(True)
        self.recent_label.setFont(bold)
        self.recent_list = QListWidget()
        self.recent_list.setAccessibleName(self.tr("Seneste camps"))
        self.recent_list.itemActivated.connect(
            lambda item: self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.empty_recent = QLabel(self.tr("Ingen endnu. Opret en ny camp, eller prøv demoen."))

        buttons = QHBoxLayout()
        for button in (self.new_button, self.dialogue_button, self.open_button,
                       self.demo_button):
            buttons.addWidget(button)
        from facilitator.ui.shell.help_page import Welcome

        self.welcome = Welcome(self)  # the first start's three sentences
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(lead)
        column.addSpacing(8)
        column.addWidget(self.welcome)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addSpacing(24)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent_list, 3)
        column.addWidget(self.empty_recent)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)

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
