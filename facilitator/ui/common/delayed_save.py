"""Typing saved a moment after the last key: one store edit per pause, not per letter.

A page registers what to save under a key (the field); each new keystroke replaces the
pending save of that field and restarts the timer. :meth:`flush` saves everything at
once: when the focus leaves, the page changes what it shows, or the session asks
(before undo and on close). Each save is an edit (:mod:`facilitator.ui.edits`) with a
``merge_key``, so a whole burst of typing in one field is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import QTimer

SAVE_DELAY_MS = 400


class DelayedSave(QObject):
    """Pending saves by key, run together after a pause in typing."""

    def __init__(self, parent: QObject | None = None, delay_ms: int = SAVE_DELAY_MS) -> None:
        super().__init__(parent)
        self._saves: dict[str, Callable[[], None]] = {}
        self._filling = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    def edit(self, key: str, save: Callable[[], None]) -> None:
        self._saves[key] = save
        self._timer.start()

    @contextmanager
    def filling(self) -> Iterator[None]:
        """While a page puts the store's text into its fields: what their change signals
        say then is not typing (see :attr:`is_filling`)."""
        self._filling = True
        try:
            yield
        finally:
            self._filling = False

    @property
    def is_filling(self) -> bool:
        return self._filling

    def watch(self, *objects: QObject) -> None:
        """Save at once when one of these fields loses the focus or is hidden (a page
        left, a box closed): what was typed never waits for a timer that may not come."""
        for obj in objects:
            obj.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusOut, QEvent.Type.Hide):
            self.flush()
        return super().eventFilter(watched, event)

    def has_pending(self, key: str | None = None) -> bool:
        """Whether anything (or the field ``key``) is typed but not yet saved."""
        return bool(self._saves) if key is None else key in self._saves

    def discard(self, key: str | None = None) -> None:
        """Forget what is pending (for ``key``, or all): the text it saved is gone."""
        if key is None:
            self._saves.clear()
        else:
            self._saves.pop(key, None)
        if not self._saves:
            self._timer.stop()

    def flush(self) -> None:
        """Run every pending save now; safe to call at any time."""
        self._timer.stop()
        saves, self._saves = self._saves, {}
        for save in saves.values():
            save()
