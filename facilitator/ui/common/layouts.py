"""Rows and columns of widgets written as one call, the way a page is read.

Pages built each box line by line (make the layout, add this, a stretch, add that); the
same five lines recurred in every page. ``hbox(title, (timer, 0), STRETCH, button)``
says the same thing once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QVBoxLayout, QWidget

#: Where the free room of the box goes.
STRETCH = None
#: A widget or layout, with the share of free room it takes (0 for none).
Item = QWidget | QLayout | tuple[QWidget | QLayout, int] | None


def fill(box: QBoxLayout, *items: Item) -> QBoxLayout:
    """Add ``items`` to ``box`` in order; :data:`STRETCH` adds a stretch."""
    for item in items:
        stretch = 0
        if isinstance(item, tuple):
            item, stretch = item
        if item is None:
            box.addStretch(1)
        elif isinstance(item, QLayout):
            box.addLayout(item, stretch)
        else:
            box.addWidget(item, stretch)
    return box


def hbox(*items: Item) -> QHBoxLayout:
    """A horizontal box of ``items``."""
    box = QHBoxLayout()
    fill(box, *items)
    return box


def vbox(*items: Item, parent: QWidget | None = None,
           margins: tuple[int, int, int, int] | None = None) -> QVBoxLayout:
    """A vertical box of ``items``; with ``parent``, that widget's layout."""
    box = QVBoxLayout(parent) if parent is not None else QVBoxLayout()
    if margins is not None:
        box.setContentsMargins(*margins)
    fill(box, *items)
    return box
