"""The organiser's follow-up view: every contribution and agreement, by actor and status.

Above the list a filter: words to find (Ctrl+F), an actor, a status. The list shows what
is agreed, where, the owner, the person, the deadline (red when overdue), the status and
the latest comment; the person and the deadline can be typed in place (F2), and the
panel beside it edits everything of the chosen item (domain/followup.py). Every change
is an undoable edit; the fields are the organiser's and no collect touches them.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QCloseEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain import followup as fu
from facilitator.domain.followup import FollowupItem
from facilitator.domain.words import counted
from facilitator.ui.common.controls import line_field
from facilitator.ui.common.deferred import ReloadWhenShown
from facilitator.ui.edits.change import Change
from facilitator.ui.organiser.followup.model import WHAT
from facilitator.ui.organiser.followup.model import FollowupModel
from facilitator.ui.organiser.followup.model import status_label
from facilitator.ui.organiser.followup.panel import FollowupPanel
from facilitator.ui.shell.remembered import remember_splitter
from facilitator.ui.shell.session import CampSession

#: Every kind of change that alters what the view shows.
#: (A collect or an import announces ACTOR, CONTRIBUTION and AGREEMENT among the rest.)
WATCHES = (Change.FOLLOWUP | Change.CONTRIBUTION | Change.AGREEMENT | Change.ACTOR
           | Change.TABLE | Change.STEP)
#: The actor filter's entry for items without an actor.
NO_ACTOR = ""


class FollowupView(QWidget):
    watches = WATCHES

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.search = line_field(self.tr("Søg i bidrag, aftaler, personer og kommentarer"),
                                 name=self.tr("Søg"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.actor = QComboBox()
        self.actor.setAccessibleName(self.tr("Vis aktør"))
        self.actor.activated.connect(self._filter_changed)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Vis status"))
        self.status.addItem(self.tr("Alle statusser"), None)
        for key in fu.STATUSES:
            self.status.addItem(status_label(key), key)
        self.status.activated.connect(self._filter_changed)
        self.count = QLabel()
        self.model = FollowupModel(session, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Bidrag og aftaler"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((300, 52, 110, 110, 170, 85, 175)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.panel = FollowupPanel(session, self)
        self._lay_out()
        self._fill_actors()
        self._show_count()
        self._reloader = ReloadWhenShown(self, self._apply_changes)
        session.changed.connect(self._changed)
        session.flush_requested.connect(self.panel.flush)
        if self.model.rowCount():
            self.table.selectRow(0)

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        for text, widget in ((self.tr("S&øg:"), self.search), (self.tr("&Aktør:"), self.actor),
                             (self.tr("Stat&us:"), self.status)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 2 if widget is self.search else 1)
        filters.addWidget(self.count)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 380])
        splitter.setChildrenCollapsible(False)
        remember_splitter(splitter, "followup")
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    # -- the filter -------------------------------------------------------------------
    def _fill_actors(self) -> None:
        chosen = self.actor.currentData() if self.actor.count() else None
        self.actor.clear()
        self.actor.addItem(self.tr("Alle aktører"), None)
        for actor in self.session.store.frame.actors():
            self.actor.addItem(actor.name, actor.id)
        self.actor.addItem(self.tr("Uden aktør"), NO_ACTOR)
        self.actor.setCurrentIndex(max(0, self.actor.findData(chosen)) if chosen is not None
                                   else 0)

    def set_filter(self, *, actor: str | None = None, status: str | None = None,
                   text: str = "") -> None:
        """Show only ``actor``'s items ('' for none) of ``status`` with ``text``."""
        self.actor.setCurrentIndex(max(0, self.actor.findData(actor)) if actor is not None
                                   else 0)
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        self.search.setText(text)
        self._filter_changed()

    def _filter_changed(self, *_: object) -> None:
        f = self.model.filter
        f.actor, f.status = self.actor.currentData(), self.status.currentData()
        f.text = self.search.text()
        self._reload()

    # -- showing ----------------------------------------------------------------------
    def current_item(self) -> FollowupItem | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _current_changed(self, *_: object) -> None:
        self.panel.show_item(self.current_item())

    def _changed(self, what: Change) -> None:
        if what & WATCHES:
            self._reloader.changed(what)

    def _apply_changes(self, what: Change) -> None:
        if what & Change.ACTOR:
            self._fill_actors()
        self.model.store_changed()
        self._reload()

    def _reload(self) -> None:
        """Fetch again, keeping the chosen item (or the row it stood on) current."""
        current = self.current_item()
        row = max(0, self.table.currentIndex().row())
        self.model.reload()
        ids = [i.id for i in self.model.rows()]
        if current is not None and current.id in ids:
            row = ids.index(current.id)
        row = min(row, len(ids) - 1)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, self.table.currentIndex().column() if
                                 self.table.currentIndex().isValid() else 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self.panel.show_item(self.current_item())
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if shown == total:
            self.count.setText(counted(total, self.tr("%n punkt"), self.tr("%n punkter")))
        else:
            self.count.setText(self.tr("%1 af %2").replace("%1", str(shown))
                               .replace("%2", str(total)))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.flush()
        super().closeEvent(event)
