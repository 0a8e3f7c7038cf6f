"""Type size for the table session: read across a table, set once per user.

The table reads along while the facilitator types, so the session's type grows with
Ctrl+plus (or Ctrl+= where a keyboard has no plus key), shrinks with Ctrl+minus and
returns to normal with Ctrl+0; »Stor skrift« in the menu jumps to a size readable at a
distance. The level is a user's preference, kept in QSettings, not in the camp file:
the same camp is opened on laptops of every size.

Widgets that must stand out (the note list, the step question, the timer) say how much
larger than the ordinary type they are with :func:`scale_font`; everything else simply
inherits the session's zoomed font. Qt has no relative font sizes, so the scaled widgets
are marked with properties and refitted by :func:`apply` whenever the level changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtCore import QSettings
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QWidget

from facilitator.ui.shell.remembered import setting
from facilitator.ui.shell.shortcuts import shortcut

#: The levels Ctrl+plus and Ctrl+minus step through (1.0 is the normal size).
LEVELS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5)
NORMAL = 1.0
#: »Stor skrift«: readable from the far end of a table of eight to thirteen.
LARGE = 1.5
SETTING = "session/zoom"
_SCALE, _MINIMUM, _BOLD = "zoomScale", "zoomMinimumPt", "zoomBold"


class _Notifier(QObject):
    """One signal for every open session and menu, so a change shows everywhere at once."""

    changed = Signal(float)


_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    global _notifier
    if _notifier is None:
        _notifier = _Notifier(QApplication.instance())
    return _notifier


def level() -> float:
    return min(LEVELS[-1], max(LEVELS[0], setting(SETTING, float(NORMAL))))


def set_level(value: float) -> None:
    value = min(LEVELS[-1], max(LEVELS[0], value))
    QSettings().setValue(SETTING, value)
    notifier().changed.emit(value)


def step(direction: int) -> None:
    """Go one level larger (+1) or smaller (-1) than the present one."""
    current = level()
    if direction > 0:
        bigger = [z for z in LEVELS if z > current + 1e-6]
        set_level(bigger[0] if bigger else LEVELS[-1])
    else:
        smaller = [z for z in LEVELS if z < current - 1e-6]
        set_level(smaller[-1] if smaller else LEVELS[0])


def reset() -> None:
    set_level(NORMAL)


def base_point_size() -> float:
    size = QApplication.font().pointSizeF()
    return size if size > 0 else 10.0


def scale_font(widget: QWidget, scale: float = 1.0, *, bold: bool | None = None,
               minimum_pt: float = 0.0) -> None:
    """Make ``widget``'s type ``scale`` times the ordinary type (at least ``minimum_pt``),
    both growing with the zoom level."""
    widget.setProperty(_SCALE, scale)
    widget.setProperty(_MINIMUM, minimum_pt)
    if bold is not None:
        widget.setProperty(_BOLD, bold)
    _fit(widget, level())


def _fit(widget: QWidget, zoom: float) -> None:
    font = QFont(widget.font())
    size = max(base_point_size() * float(widget.property(_SCALE)),
               float(widget.property(_MINIMUM) or 0.0))
    font.setPointSizeF(size * zoom)
    bold = widget.property(_BOLD)
    if bold is not None:
        font.setBold(bool(bold))
    widget.setFont(font)


def apply(root: QWidget, zoom: float | None = None) -> None:
    """Set ``root``'s type for the zoom level, and refit every marked widget inside it."""
    zoom = level() if zoom is None else zoom
    for widget in root.findChildren(QWidget):
        if widget.property(_SCALE) is not None:
            _fit(widget, zoom)
    # Last, so that containers measuring their marked children (on FontChange) see the
    # children's new type.
    font = QFont(QApplication.font())
    font.setPointSizeF(base_point_size() * zoom)
    root.setFont(font)


class _Follower(QObject):
    """Refits its parent at each change; a child, so the connection dies with the widget."""

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self._root = root
        notifier().changed.connect(self.refit)

    def refit(self, zoom: float) -> None:
        apply(self._root, zoom)


def follow(root: QWidget) -> None:
    """Zoom ``root`` now, at every change of level, and with the zoom keys inside it."""
    apply(root)
    _Follower(root)
    for keys, slot in (("Ctrl++", lambda: step(1)), ("Ctrl+=", lambda: step(1)),
                       ("Ctrl+-", lambda: step(-1)), ("Ctrl+0", reset)):
        shortcut(keys, root, slot)


class ZoomMenu(QObject):
    """The type-size entries of the settings menu; the keys themselves live in the session."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.large_action = QAction(self.tr("Stor s&krift"), parent, checkable=True)
        self.large_action.setToolTip(self.tr(
            "Stor skrift ved bordet, så gruppen kan læse med på afstand"))
        self.large_action.triggered.connect(lambda on: set_level(LARGE if on else NORMAL))
        self.bigger_action = QAction(self.tr("Større skrift") + "\tCtrl++", parent)
        self.bigger_action.triggered.connect(lambda: step(1))
        self.smaller_action = QAction(self.tr("Mindre skrift") + "\tCtrl+-", parent)
        self.smaller_action.triggered.connect(lambda: step(-1))
        self.normal_action = QAction(self.tr("Normal skriftstørrelse") + "\tCtrl+0", parent)
        self.normal_action.triggered.connect(reset)
        notifier().changed.connect(self._show_level)
        self._show_level(level())

    def add_to(self, menu: QMenu) -> None:
        for action in (self.large_action, self.bigger_action, self.smaller_action,
                       self.normal_action):
            menu.addAction(action)

    def _show_level(self, zoom: float) -> None:
        self.large_action.setChecked(zoom >= LARGE - 1e-6)
