"""What a facilitator cannot read on screen: text cut at a widget's edge.

Used by the tests that visit every screen at laptop sizes. Text may wrap, or be elided
with »…« when the full text is in the tooltip; anything else wider than its room is cut.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListView
from PySide6.QtWidgets import QTabBar
from PySide6.QtWidgets import QTreeView
from PySide6.QtWidgets import QWidget

#: Room a styled row's padding and frame take from its text (the step list's style sheet
#: pads 4 px at the sides and 6 px above and below; the style adds its own margins).
PAD_X, PAD_Y = 24, 8


def shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.window() is root.window()


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.wordWrap() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if label.sizeHint().width() <= label.width() + 1:
        return None
    if text.endswith("…") and label.toolTip():
        return None
    return f"label »{text[:50]}« needs {label.sizeHint().width()} px, has {label.width()}"


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text() or button.sizeHint().width() <= button.width() + 1:
        return None
    return f"button »{button.text()[:50]}« needs {button.sizeHint().width()} px, " \
           f"has {button.width()}"


def _tab_problems(bar: QTabBar) -> list[str]:
    problems = []
    for i in range(bar.count()):
        if bar.tabRect(i).width() + 1 < bar.tabSizeHint(i).width() and not bar.tabToolTip(i):
            problems.append(f"tab »{bar.tabText(i)[:50]}« cut without a tooltip")
    return problems


def _item_problems(view: QAbstractItemView) -> list[str]:
    """Rows whose text is wider (or taller) than their cell, without a tooltip."""
    model = view.model()
    if model is None:
        return []
    problems: list[str] = []
    metrics = QFontMetrics(view.font())
    columns = 1 if isinstance(view, QListView) else model.columnCount(view.rootIndex())
    pending = [view.rootIndex()]
    seen = 0
    while pending and seen < 400:
        parent = pending.pop()
        for row in range(min(model.rowCount(parent), 100)):
            for column in range(columns):
                index = model.index(row, column, parent)
                seen += 1
                rect = view.visualRect(index)
                if not rect.isValid() or not rect.intersects(view.viewport().rect()):
                    continue
                text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
                tip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
                if not text or text in tip:
                    continue  # nothing shown, or all of it in the tooltip
                if view.wordWrap():
                    # Wrapped where the words allow: the lines must all fit the row.
                    # The row's padding (the step list's style sheet) leaves less room.
                    pad_x, pad_y = (PAD_X, PAD_Y) if view.styleSheet() else (8, 0)
                    need = metrics.boundingRect(
                        0, 0, max(1, rect.width() - pad_x), 100_000,
                        int(Qt.TextFlag.TextWordWrap), text).height()
                    if need > rect.height() - pad_y:
                        problems.append(f"row »{text[:50]}« needs {need} px high, "
                                        f"has {rect.height()}")
                    continue
                wide = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
                if wide > rect.width() - 4 and not isinstance(view, QListView):
                    problems.append(f"cell »{text[:50]}« needs {wide} px, has {rect.width()}")
            if isinstance(view, QTreeView) and view.isExpanded(model.index(row, 0, parent)):
                pending.append(model.index(row, 0, parent))
    return problems


def clipped_text(root: QWidget) -> list[str]:
    """Every piece of text shown in ``root`` that is cut off, described for a failure."""
    problems: list[str] = []
    for label in root.findChildren(QLabel):
        if shown(label, root) and (problem := _label_problem(label)):
            problems.append(problem)
    for button in root.findChildren(QAbstractButton):
        if shown(button, root) and (problem := _button_problem(button)):
            problems.append(problem)
    for bar in root.findChildren(QTabBar):
        if shown(bar, root):
            problems += _tab_problems(bar)
    for view in root.findChildren(QAbstractItemView):
        if shown(view, root) and not isinstance(view.parentWidget(), QComboBox) \
                and type(view).__name__ not in ("QComboBoxListView",):
            problems += _item_problems(view)
    return problems
