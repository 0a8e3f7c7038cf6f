"""Across camps (DESIGN.md §2, fourth level): each core task's recurring messages side by
side, with every camp's category counts per step.

The organiser picks several camp files. Each is opened read-only, read once
(:meth:`CampStore.camp_overview`) and closed again, so camps from colleagues or a shared
folder are never changed. Camps are grouped per core task; each camp is a column with its
recurring messages and a small table of category counts. A file that is not a camp we
can read is refused with the reason, in words, beside the camps that were read.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain import dates
from facilitator.domain.analysis import NO_CORE_TASK
from facilitator.domain.analysis import CampOverview
from facilitator.domain.analysis import grouped_by_core_task
from facilitator.domain.messages import CONTEXT
from facilitator.domain.messages import UserError
from facilitator.export.report_files import read_overview
from facilitator.ui.common.refusals import user_message
from facilitator.ui.organiser.analysis.participant_mix import mix_label
from facilitator.ui.organiser.analysis.themes_panel import ThemesPanel
from facilitator.ui.organiser.analysis.themes_panel import below
from facilitator.ui.shell import file_dialogs
from facilitator.ui.shell import places

#: How wide one camp's column is, so several fit side by side and long texts wrap.
COLUMN_WIDTH = 340


class CampColumn(QFrame):
    """One camp: its title, recurring messages and category counts per step."""

    def __init__(self, path: Path, overview: CampOverview,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.overview = overview
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(COLUMN_WIDTH)
        self.setToolTip(str(path))
        layout = QVBoxLayout(self)

        title = QLabel(f"<b>{html.escape(overview.title or path.stem)}</b>", self)
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(title)
        details = " · ".join(p for p in (dates.short_date(overview.date), path.name) if p)
        self.details = QLabel(details, self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.participants = mix_label(overview.participant_mix, self)
        layout.addWidget(self.participants)
        self.remove_button = QPushButton(self.tr("Fjern"), self)
        self.remove_button.setToolTip(self.tr("Fjern campen fra sammenligningen. "
                                              "Filen ændres ikke."))
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout.addWidget(QLabel(self.tr("<i>Gennemgående budskaber</i>"), self))
        self.message_labels: list[QLabel] = []
        for message in overview.messages:
            heading = html.escape(" ".join(message.heading.split())) or \
                html.escape(self.tr("(uden overskrift)"))
            body = html.escape(message.body).replace("\n", "<br>")
            label = QLabel(f"<b>{heading}</b><br>{body}" if body else f"<b>{heading}</b>",
                           self)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.message_labels.append(label)
            layout.addWidget(label)
        if not overview.messages:
            layout.addWidget(QLabel(self.tr("Ingen gennemgående budskaber endnu."), self))

        layout.addWidget(QLabel(self.tr("<i>Kategorier pr. trin</i>"), self))
        self.counts_table = self._counts_table()
        layout.addWidget(self.counts_table)
        if self.counts_table.rowCount() == 0:
            layout.addWidget(QLabel(self.tr("Ingen kategorier endnu."), self))

    def _counts_table(self) -> QTableWidget:
        rows = [(step.title or step.key, c.name, c.count)
                for step in self.overview.steps for c in step.categories]
        table = QTableWidget(len(rows), 3, self)
        table.setHorizontalHeaderLabels([self.tr("Trin"), self.tr("Kategori"),
                                         self.tr("Antal")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setAccessibleName(self.tr("Kategorier pr. trin"))
        previous_step = None
        for row, (step, name, count) in enumerate(rows):
            # The step's name only on its first row, as in the reports.
            table.setItem(row, 0, QTableWidgetItem(step if step != previous_step else ""))
            table.setItem(row, 1, QTableWidgetItem(name))
            number = QTableWidgetItem(str(count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 2, number)
            previous_step = step
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        height = header.sizeHint().height() + sum(table.rowHeight(r) for r in range(len(rows)))
        table.setFixedHeight(height + 2 * table.frameWidth())
        table.setVisible(bool(rows))
        return table

    def counts(self) -> dict[str, dict[str, int]]:
        """What the table shows: step title → category → count (for tests and reading)."""
        result: dict[str, dict[str, int]] = {}
        step = ""
        for row in range(self.counts_table.rowCount()):
            step = self._cell(row, 0) or step
            result.setdefault(step, {})[self._cell(row, 1)] = int(self._cell(row, 2))
        return result

    def _cell(self, row: int, column: int) -> str:
        item = self.counts_table.item(row, column)
        return item.text() if item is not None else ""


class AcrossCampsView(QDialog):
    """Several camps side by side, grouped per core task; nothing is ever written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gennemgående budskaber på tværs af camps"))
        self.camps: list[tuple[Path, CampOverview]] = []
        self.refused: list[str] = []
        self.columns: list[CampColumn] = []
        self.groups: list[QGroupBox] = []

        self.choose_button = QPushButton(self.tr("&Vælg camp-filer …"), self)
        self.clear_button = QPushButton(self.tr("&Ryd"), self)
        self.hint = QLabel(self.tr(
            "Vælg de camps, der skal stå side om side. Filerne åbnes skrivebeskyttet og "
            "ændres ikke."), self)
        self.hint.setWordWrap(True)
        self.errors_label = QLabel(self)
        self.errors_label.setTextFormat(Qt.TextFormat.PlainText)
        self.errors_label.setWordWrap(True)
        self.errors_label.setStyleSheet(
            "background: #fdecea; color: #611a15; padding: 6px; border: 1px solid #f5c2c0;")
        self.errors_label.hide()

        self.board = QWidget()
        self.board_layout = QHBoxLayout(self.board)
        self.board_layout.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.board_scroll = QScrollArea(self)
        self.board_scroll.setWidgetResizable(True)
        self.board_scroll.setWidget(self.board)

        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.clear_button)
        top.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.errors_label)
        self.themes = ThemesPanel(self)
        layout.addWidget(below(self.board_scroll, self.themes, self), 1)
        self.resize(1100, 700)

        self.choose_button.clicked.connect(self.choose_camps)
        self.clear_button.clicked.connect(self.clear)
        self._rebuild()

    # -- adding camps ------------------------------------------------------------------
    def choose_camps(self) -> None:
        start_dir = places.last_dir()
        names, _ = file_dialogs.get_open_file_names(
            self, self.tr("Vælg camps"), start_dir,
            self.tr("Camp (*.camp)") + ";;" + self.tr("Alle filer (*)"))
        self.add_camps(Path(n) for n in names)

    def add_camps(self, paths: Iterable[Path]) -> int:
        """Read several camps; returns how many were added."""
        added = sum(1 for path in paths if self._read(Path(path)))
        self._rebuild()
        return added

    def add_camp(self, path: str | Path) -> CampOverview | None:
        """Read one camp and show it; None (and the reason shown) when refused."""
        overview = self._read(Path(path))
        self._rebuild()
        return overview

    def _read(self, path: Path) -> CampOverview | None:
        resolved = path.resolve()
        for index, (known, _overview) in enumerate(self.camps):
            if known.resolve() == resolved:  # read again: it may have changed since
                del self.camps[index]
                break
        try:
            overview = read_overview(path)
        except UserError as exc:
            self.refused.append(user_message(exc))
            return None
        self.camps.append((path, overview))
        return overview

    def remove_camp(self, path: Path) -> None:
        self.camps = [(p, o) for p, o in self.camps if p != path]
        self._rebuild()

    def clear(self) -> None:
        self.camps = []
        self.refused = []
        self._rebuild()

    # -- showing -----------------------------------------------------------------------
    def _rebuild(self) -> None:
        while self.board_layout.count():
            item = self.board_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone now, deleted when the event loop next runs
                widget.deleteLater()
        self.columns, self.groups = [], []
        overviews = {id(o): p for p, o in self.camps}
        for name, members in grouped_by_core_task(o for _p, o in self.camps):
            title = name or QCoreApplication.translate(CONTEXT, NO_CORE_TASK)
            group = QGroupBox(title, self.board)
            row = QHBoxLayout(group)
            row.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            for overview in members:
                path = overviews[id(overview)]
                column = CampColumn(path, overview, group)
                column.remove_button.clicked.connect(
                    lambda _checked=False, p=path: self.remove_camp(p))
                row.addWidget(column, 0, Qt.AlignmentFlag.AlignTop)
                self.columns.append(column)
            self.board_layout.addWidget(group, 0, Qt.AlignmentFlag.AlignTop)
            group.show()  # at once, not when the event loop next runs
            self.groups.append(group)
        if not self.camps:
            empty = QLabel(self.tr("Ingen camps valgt endnu."), self.board)
            self.board_layout.addWidget(empty)
            empty.show()
        self.board_layout.addStretch(1)
        self.errors_label.setText("\n".join(self.refused))
        self.errors_label.setVisible(bool(self.refused))
        self.clear_button.setEnabled(bool(self.camps or self.refused))
        self.themes.show_camps([(o.title or p.stem, o) for p, o in self.camps])

    def group_titles(self) -> list[str]:
        return [g.title() for g in self.groups]

    def column_for(self, title: str) -> CampColumn | None:
        return next((c for c in self.columns if c.overview.title == title), None)


def open_across_camps(parent: QWidget | None = None,
                      paths: Iterable[str | Path] = ()) -> AcrossCampsView:
    """Show the view across camps (non-modal); with ``paths``, those camps in it."""
    view = AcrossCampsView(parent)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.add_camps(Path(p) for p in paths)
    view.show()
    return view
