"""Rows, columns and splitters from a list of what goes in them.

A page's layout code used to be long runs of ``addWidget`` and ``addStretch`` that read
the same everywhere; here it says only what stands where: ``hbox(self.count, 1,
self.delete_button)`` (an int is a stretch, ``(widget, 2)`` a widget with its stretch).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLayout
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QSpacerItem
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

#: Where the free room of a box goes (an int in a box is a stretch of that share).
STRETCH = 1

Part = QWidget | QLayout | QSpacerItem | int
Item = Part | tuple[QWidget | QLayout, int]


def gap(pixels: int) -> QSpacerItem:
    """A fixed space between two items of a row."""
    return QSpacerItem(pixels, pixels, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


def fill(layout: QBoxLayout, *items: Item) -> QBoxLayout:
    """Put the items in the layout, in order."""
    for item in items:
        part, stretch = item if isinstance(item, tuple) else (item, 0)
        if isinstance(part, int):
            layout.addStretch(part)
        elif isinstance(part, QSpacerItem):
            layout.addSpacerItem(part)
        elif isinstance(part, QLayout):
            layout.addLayout(part, stretch)
        else:
            layout.addWidget(part, stretch)
    return layout


def _box(layout: QBoxLayout, items: tuple[Item, ...], flush: bool) -> QBoxLayout:
    if flush:
        layout.setContentsMargins(0, 0, 0, 0)
    return fill(layout, *items)


def hbox(*items: Item, parent: QWidget | None = None, flush: bool = False) -> QHBoxLayout:
    """A row; ``flush`` without margins (a page's row inside another layout's)."""
    layout = QHBoxLayout(parent) if parent is not None else QHBoxLayout()
    _box(layout, items, flush)
    return layout


def vbox(*items: Item, parent: QWidget | None = None, flush: bool = False,
         margins: tuple[int, int, int, int] | None = None) -> QVBoxLayout:
    """A column; ``flush`` without margins (a page filling its place edge to edge)."""
    layout = QVBoxLayout(parent) if parent is not None else QVBoxLayout()
    _box(layout, items, flush)
    if margins is not None:
        layout.setContentsMargins(*margins)
    return layout


def form_box(title: str, *rows: tuple[str, QWidget] | QWidget) -> QGroupBox:
    """A titled box of labelled fields, one a row (``(label, field)``); a bare widget
    fills a row of its own (the box's button)."""
    box = QGroupBox(title)
    form = QFormLayout(box)
    for row in rows:
        if isinstance(row, tuple):
            form.addRow(*row)
        else:
            form.addRow(row)
    return box


def panel(*items: Item, parent: QWidget | None = None) -> QWidget:
    """A widget holding a column without margins (a side of a splitter)."""
    widget = QWidget(parent)
    vbox(*items, parent=widget, flush=True)
    return widget


def splitter(orientation: Qt.Orientation, *panes: tuple[QWidget, int],
             parent: QWidget | None = None) -> QSplitter:
    """Panes side by side (or above each other) that share the room by their stretch and
    never collapse to nothing."""
    split = QSplitter(orientation, parent)
    for index, (pane, stretch) in enumerate(panes):
        split.addWidget(pane)
        split.setStretchFactor(index, stretch)
    split.setChildrenCollapsible(False)
    return split
