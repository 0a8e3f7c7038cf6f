"""Reload a view when it is seen, not on every change behind it.

Every edit emits ``CampSession.changed``. A hidden tab that refills a 10,000-row model
on each one made a note typed at the table take 150 ms; hidden views now collect the
kinds of change and catch up once, when they are shown again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from facilitator.ui.edits.change import Change


class ReloadWhenShown(QObject):
    """Pass ``changed(what)`` to ``apply`` now if ``widget`` is visible, else on its next show."""

    def __init__(self, widget: QWidget, apply: Callable[[Change], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._apply = apply
        self._pending = Change.NONE
        widget.installEventFilter(self)

    @property
    def pending(self) -> Change:
        return self._pending

    def changed(self, what: Change) -> None:
        if self._widget.isVisible():
            self._apply(what)
        else:
            self._pending |= what

    def catch_up(self) -> None:
        """Apply what was missed (also called by the owner before it is read, e.g. exported)."""
        if self._pending:
            pending, self._pending = self._pending, Change.NONE
            self._apply(pending)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Show:
            self.catch_up()
        return False
