"""The countdown for the current step, turning amber near the end and red when over."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from facilitator.domain.rules import timer_state
from facilitator.ui import zoom

_COLOURS = {"ok": "#1b5e20", "soon": "#e65100", "over": "#b71c1c"}


class StepTimer(QWidget):
    state_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._total = 0
        self._remaining = 0
        self._state = "ok"
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)
        self.label = QLabel("00:00")
        font = QFont(self.label.font())
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.label.setFont(font)
        zoom.scale_font(self.label, 2.0, bold=True)
        self.label.setAccessibleName(self.tr("Tid tilbage"))
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Start eller sæt uret på pause (F5)"))
        self.start_button.clicked.connect(self.toggle)
        self.reset_button = QPushButton(self.tr("Nulstil"))
        self.reset_button.clicked.connect(self.reset)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.start_button)
        layout.addWidget(self.reset_button)

    @property
    def state(self) -> str:
        return self._state

    @property
    def remaining(self) -> int:
        return self._remaining

    def set_minutes(self, minutes: int) -> None:
        self._tick.stop()
        self._total = minutes * 60
        self._remaining = self._total
        self.setVisible(minutes > 0)
        self._render()

    def toggle(self) -> None:
        if self._tick.isActive():
            self._tick.stop()
        elif self._total > 0:
            self._tick.start()
        self._render()

    def reset(self) -> None:
        self.set_minutes(self._total // 60)

    def advance(self, seconds: int) -> None:
        """Let ``seconds`` pass (the tick does this once a second)."""
        self._remaining -= seconds
        self._render()

    def _on_tick(self) -> None:
        self.advance(1)

    def _render(self) -> None:
        sign = "-" if self._remaining < 0 else ""
        minutes, seconds = divmod(abs(self._remaining), 60)
        self.label.setText(f"{sign}{minutes:02d}:{seconds:02d}")
        state = timer_state(self._remaining, self._total)
        self.label.setStyleSheet(f"color: {_COLOURS[state]};")
        self.start_button.setText(self.tr("Pause") if self._tick.isActive() else self.tr("Start"))
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)
