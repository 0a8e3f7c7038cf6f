"""»Temaer, der går igen«: the categories recurring across the camps side by side.

Under the camps of the view across camps: the category names found in two or more camps
(dialogue files' triangle categories included), with each camp's count; beside them the
suggested matches between differently named categories, shown as suggestions only
(nothing is merged). The numbers are :mod:`facilitator.domain.themes_across`'.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QWidget

from facilitator.domain.analysis import CampOverview
from facilitator.domain.themes_across import Theme
from facilitator.domain.themes_across import ThemesAcross
from facilitator.domain.themes_across import from_overview
from facilitator.domain.themes_across import themes_across
from facilitator.ui.common.layouts import hbox
from facilitator.ui.common.layouts import splitter
from facilitator.ui.common.layouts import vbox


def _per_camp(theme: Theme) -> str:
    return "\n".join(f"{camp}: {count}" for camp, count in theme.counts)


def below(board: QWidget, themes: ThemesPanel, parent: QWidget) -> QSplitter:
    """The camps above, the themes below: the camps get two thirds of the height."""
    split = splitter(Qt.Orientation.Vertical, (board, 2), (themes, 1), parent=parent)
    split.setSizes([2000, 1000])
    return split


class ThemesPanel(QGroupBox):
    """The recurring themes (same name) and the suggested matches (similar names)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Temaer, der går igen"))
        self.found = ThemesAcross()
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.recurring_table = self._table(
            self.tr("Temaer i flere camps"),
            [self.tr("Tema"), self.tr("Camps"), self.tr("Antal noter pr. camp"),
             self.tr("I alt")], {2})
        self.suggested_table = self._table(
            self.tr("Foreslåede sammenfald"),
            [self.tr("Kategori"), self.tr("Måske samme tema som"), self.tr("Fælles ord")],
            {0, 1})
        recurring_label = QLabel(self.tr("<b>Samme navn i flere camps</b>"), self)
        suggested_label = QLabel(self.tr(
            "<b>Forslag:</b> forskellige navne, måske samme tema (intet er slået sammen)"), self)
        suggested_label.setWordWrap(True)
        vbox(self.hint, (hbox((vbox(recurring_label, (self.recurring_table, 1)), 1),
                              (vbox(suggested_label, (self.suggested_table, 1)), 1)), 1),
             parent=self)
        self.show_camps([])

    def _table(self, name: str, headers: list[str], stretch: set[int]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setAccessibleName(name)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Lines break where a camp begins, not where the column happens to end.
        table.setWordWrap(False)
        header = table.horizontalHeader()
        for column in range(len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                        if column in stretch
                                        else QHeaderView.ResizeMode.ResizeToContents)
        return table

    def sizeHint(self) -> QSize:
        """Below the camps, which get most of the height."""
        return QSize(900, 240)

    def show_camps(self, camps: Sequence[tuple[str, CampOverview]]) -> None:
        """Find and show the themes of the camps given as (title, overview)."""
        self.found = themes_across([from_overview(title, o) for title, o in camps])
        if len(camps) < 2:
            self.hint.setText(self.tr("Vælg mindst to camps for at se temaer, der går igen."))
        elif self.found.empty:
            self.hint.setText(self.tr("Ingen kategorier går igen på tværs af campene."))
        else:
            self.hint.setText(self.tr(
                "Kategorierne fra konsolideringen med antal noter i hver camp; dialogfilers "
                "kategorier fra den omvendte trekant er med."))
        self._fill(self.recurring_table, [
            [t.name, str(t.camps), _per_camp(t), str(t.total)] for t in self.found.recurring])
        self._fill(self.suggested_table, [
            [f"{m.first.name}\n{_per_camp(m.first)}", f"{m.second.name}\n{_per_camp(m.second)}",
             ", ".join(m.shared) if m.shared else self.tr("ligner hinanden")]
            for m in self.found.suggested])

    def _fill(self, table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        bold = QFont(table.font())
        bold.setBold(True)
        numbers = {1, 3} if table is self.recurring_table else set()
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c in numbers:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignTop)
                else:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if c == 0 and table is self.recurring_table:
                    item.setFont(bold)
                table.setItem(r, c, item)
        table.resizeRowsToContents()

    def rows(self, table: QTableWidget) -> list[list[str]]:
        """What a table shows, cell by cell (for tests and reading)."""
        return [[(item.text() if (item := table.item(r, c)) is not None else "")
                 for c in range(table.columnCount())] for r in range(table.rowCount())]
