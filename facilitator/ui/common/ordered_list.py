"""One ordered-list editor: a list of the camp's rows, edited in place and from the keyboard.

The actors, personas, program, main groups and tables, and the names in reports are
each such a list: F2 or a double click edits a cell, Delete removes the current row,
Ctrl+Up/Ctrl+Down move it (where order matters), the buttons under the list do the
same for the mouse, and after an edit the row it made or moved is the current one. The
screen keeps its own fields for a new row and says where the buttons go; this class
keeps how every list behaves the same.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QWidget

from facilitator.ui.common.list_model import RowsModel

EDIT_TRIGGERS = (QAbstractItemView.EditTrigger.DoubleClicked
                 | QAbstractItemView.EditTrigger.EditKeyPressed)


class OrderedList(QObject):
    """A view over a model with its keys and the row of buttons beneath it.

    ``buttons`` is the layout of the list's buttons; the screen places it (and may add
    its own buttons to it) and calls :meth:`end_buttons` when it is complete.
    """

    def __init__(self, view: QAbstractItemView, model: QAbstractItemModel, name: str,
                 parent: QWidget, *, edit_keys: bool = True, one_row: bool = True) -> None:
        super().__init__(parent)
        self.view = view
        self.model = model
        view.setModel(model)
        view.setAccessibleName(name)
        if edit_keys:  # else Qt's own: typing in a cell starts editing it as well
            view.setEditTriggers(EDIT_TRIGGERS)
        if isinstance(view, QTableView):
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            if one_row:  # else several rows may be chosen (and removed) at once
                view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.buttons = QHBoxLayout()

    # -- keys and buttons --------------------------------------------------------------
    def key(self, keys: QKeySequence | QKeySequence.StandardKey | str,
            slot: Callable[[], object]) -> None:
        """A key that works while the list has the focus (and only then)."""
        shortcut = QShortcut(QKeySequence(keys), self.view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(slot)

    def button(self, text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
        """A button in the list's row of buttons."""
        button = QPushButton(text)
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(lambda: slot())
        self.buttons.addWidget(button)
        return button

    def remove_button(self, text: str, slot: Callable[[], object],
                      tip: str = "") -> QPushButton:
        """The button that removes the current row; Delete in the list does the same."""
        self.key(QKeySequence.StandardKey.Delete, slot)
        return self.button(text, slot, tip)

    def move_buttons(self, up: tuple[str, str], down: tuple[str, str],
                     slot: Callable[[int], object]) -> tuple[QPushButton, QPushButton]:
        """Up and down buttons (text, tooltip), and Ctrl+Up/Ctrl+Down in the list;
        ``slot`` gets -1 or +1."""
        self.key("Ctrl+Up", lambda: slot(-1))
        self.key("Ctrl+Down", lambda: slot(+1))
        return (self.button(up[0], lambda: slot(-1), up[1]),
                self.button(down[0], lambda: slot(+1), down[1]))

    def rename_button(self, text: str, tip: str = "") -> QPushButton:
        """A button that starts editing the current cell, as F2 does."""
        return self.button(text, self.edit_current, tip)

    def end_buttons(self) -> QHBoxLayout:
        """The buttons are complete: the rest of the row stays empty."""
        self.buttons.addStretch(1)
        return self.buttons

    # -- the current row -------------------------------------------------------------
    def edit_current(self) -> None:
        if self.view.currentIndex().isValid():
            self.view.setFocus()
            self.view.edit(self.view.currentIndex())

    def current(self) -> Any:
        """The current row's object (``RowsModel.RowRole``), or None."""
        index = self.view.currentIndex()
        return index.data(RowsModel.RowRole) if index.isValid() else None

    def selected(self) -> list[Any]:
        """The objects of the selected rows, top to bottom."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.index(row, 0).data(RowsModel.RowRole) for row in rows]

    def select(self, index: QModelIndex) -> None:
        """Make ``index`` the current row (after an add or a move), if it is valid."""
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        if self.view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows:
            flags |= QItemSelectionModel.SelectionFlag.Rows
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(index, flags)

    def select_id(self, row_id: str, column: int = 0) -> None:
        """Make the row with this id current (a :class:`RowsModel`'s row)."""
        model = self.model
        assert isinstance(model, RowsModel)
        row = model.row_of(row_id)
        if row >= 0:
            self.select(model.index(row, column))
