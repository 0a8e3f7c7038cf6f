"""The countdown of the step on screen, turning amber near the end and red when over.

The widget only shows a :class:`~facilitator.domain.countdown.Countdown` that lives in
the session: it can be hidden, or show another step, without the time stopping.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QToolButton
from PySide6.QtWidgets import QWidget

from facilitator.domain.countdown import Countdown
from facilitator.domain.countdown import Countdowns
from facilitator.domain.rules import timer_state
from facilitator.ui.shell import zoom
from facilitator.ui.shell.remembered import setting

_COLOURS = {"ok": "#1b5e20", "soon": "#e65100", "over": "#b71c1c"}
#: How often the shown time is redrawn: often enough that seconds never skip.
TICK_MS = 250


#: Whether a step's countdown beeps at zero (per user; on unless turned off).
SOUND_KEY = "session/timer_sound"


def sound_on() -> bool:
    return setting(SOUND_KEY, True)


def format_remaining(seconds: int) -> str:
    """45:00, 00:05, -00:30: the overrun counts on with a minus."""
    sign = "-" if seconds < 0 else ""
    minutes, rest = divmod(abs(seconds), 60)
    return f"{sign}{minutes:02d}:{rest:02d}"


class StepTimer(QWidget):
    state_changed = Signal(str)
    #: Start, pause or reset: views that show other steps' timers redraw.
    toggled = Signal()

    def __init__(self, countdowns: Countdowns, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._countdowns = countdowns
        self._countdown = Countdown(total=0)
        self._state = "ok"
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.refresh)
        self.label = QLabel("00:00")
        font = QFont(self.label.font())
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.label.setFont(font)
        zoom.scale_font(self.label, 2.0, bold=True)
        self.label.setAccessibleName(self.tr("Tid tilbage"))
        self.time_up_label = QLabel(self.tr("Tiden er gået"))
        self.time_up_label.setStyleSheet(f"color: {_COLOURS['over']}; font-weight: bold;")
        self.time_up_label.hide()
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Start eller sæt uret på pause (F5)"))
        self.start_button.clicked.connect(self.toggle)
        self.reset_button = QPushButton(self.tr("Nulstil"))
        self.reset_button.clicked.connect(self.reset)
        self.sound_button = QToolButton()
        self.sound_button.setText(self.tr("Lyd"))
        self.sound_button.setCheckable(True)
        self.sound_button.setChecked(sound_on())
        self.sound_button.setToolTip(self.tr("Et kort bip, når tiden er gået"))
        self.sound_button.setAccessibleName(self.sound_button.toolTip())
        self.sound_button.toggled.connect(lambda on: QSettings().setValue(SOUND_KEY, on))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.time_up_label)
        layout.addWidget(self.label)
        layout.addWidget(self.start_button)
        layout.addWidget(self.reset_button)
        layout.addWidget(self.sound_button)

    @property
    def state(self) -> str:
        return self._state

    @property
    def remaining(self) -> int:
        return self._countdown.remaining(self._countdowns.clock())

    @property
    def running(self) -> bool:
        return self._countdown.running

    def show_countdown(self, countdown: Countdown) -> None:
        """Show this step's countdown, as far as it has got (running or not)."""
        self._countdown = countdown
        self.setVisible(countdown.total > 0)
        self.refresh()

    def toggle(self) -> None:
        now = self._countdowns.clock()
        if self._countdown.running:
            self._countdown.pause(now)
        else:
            self._countdown.start(now)
        self.refresh()
        self.toggled.emit()

    def reset(self) -> None:
        self._countdown.reset()
        self.refresh()
        self.toggled.emit()

    def refresh(self) -> None:
        """Draw the time as the clock says now; over time it blinks once a second."""
        now = self._countdowns.clock()
        remaining = self._countdown.remaining(now)
        self.label.setText(format_remaining(remaining))
        state = timer_state(remaining, self._countdown.total)
        over = state == "over" and self._countdown.total > 0
        colour = _COLOURS[state]
        if over and self._countdown.running and int(now) % 2:
            self.label.setStyleSheet(f"color: white; background: {colour};")
        else:
            self.label.setStyleSheet(f"color: {colour};")
        self.time_up_label.setVisible(over)
        self.start_button.setText(self.tr("Pause") if self._countdown.running
                                  else self.tr("Start"))
        if self._countdown.running and self.isVisible():
            self._tick.start()
        else:
            self._tick.stop()
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def hideEvent(self, event) -> None:
        self._tick.stop()  # nothing to draw; the countdown itself runs on
        super().hideEvent(event)
