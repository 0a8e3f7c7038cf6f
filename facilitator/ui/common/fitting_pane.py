"""A pane that fits the screen, and scrolls only when its content cannot be squeezed.

QScrollArea's own resizing gives a pane with word-wrapped labels its *preferred* height
for the width, so the table session scrolled at 1280×720 with room to spare. This one
gives the content the viewport's height, or the least height the content can take
when the viewport is lower (large type on a laptop): the window then never
grows past the screen, and nothing is squeezed below its minimum.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QWidget


class FittingPane(QScrollArea):
    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport made here, not Qt's own: handing Qt's plain QWidget to Python makes
        # PySide load every widget class to find its type, ~10 ms of the app's start.
        self.setViewport(QWidget())
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.setWidget(content)
        # Drawn on the window's own background, like the pane it replaces.
        self.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        content.installEventFilter(self)

    def fit(self) -> None:
        content = self.widget()
        if content is None:
            return
        viewport = self.viewport().size()
        least = content.minimumSizeHint()
        content.resize(max(viewport.width(), least.width()),
                       max(viewport.height(), least.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return super().eventFilter(watched, event)
