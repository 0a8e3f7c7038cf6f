"""The tables' selected contributions per actor ("Udvalgte bidrag pr. aktør"), read-only.

What the tables chose in the contributions step, grouped by actor in the camp's actor
order; ideas not given to an actor come last as "Ikke fordelt". Nothing here is edited:
selections are the tables' own, made at the table.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtGui import QStandardItem
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QTreeView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain.analysis import ActorContributions
from facilitator.domain.messages import CONTEXT
from facilitator.ui.common.sizes import SIZE_SAMPLE_ROWS
from facilitator.ui.shell.session import CampSession

CONTRIBUTION, TABLE, PREREQUISITE = range(3)


class ContributionsPanel(QWidget):
    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.groups: list[ActorContributions] = []
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Bidrag"), self.tr("Bord"), self.tr("Forudsætning")])
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.setUniformRowHeights(False)
        self.view.setAccessibleName(self.tr("Udvalgte bidrag pr. aktør"))
        header = self.view.header()
        header.setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
        header.setSectionResizeMode(CONTRIBUTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TABLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PREREQUISITE, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        title = QLabel(self.tr("<b>Udvalgte bidrag pr. aktør</b>"), self)
        hint = QLabel(self.tr("Bordenes udvalgte bidrag fra trinnet »Hvordan kan vi "
                              "bidrage?«. Udvælgelsen ændres ved bordet."), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        self.reload()

    def actor_label(self, group: ActorContributions) -> str:
        name = (QCoreApplication.translate(CONTEXT, group.actor_name)
                if group.not_distributed else group.actor_name)
        return self.tr("{actor} ({n})").format(actor=name, n=len(group.contributions))

    def reload(self) -> None:
        groups = self.session.store.analysis.selected_contributions_by_actor()
        if groups == self.groups:
            return
        self.groups = groups
        self.model.removeRows(0, self.model.rowCount())
        bold = QFont()
        bold.setBold(True)
        for group in groups:
            actor = QStandardItem(self.actor_label(group))
            actor.setFont(bold)
            actor.setEditable(False)
            for contribution in group.contributions:
                row = [QStandardItem(contribution.text),
                       QStandardItem(contribution.table_code),
                       QStandardItem(contribution.prerequisite)]
                for item in row:
                    item.setEditable(False)
                    item.setToolTip(item.text())
                actor.appendRow(row)
            if not group.contributions:
                empty = QStandardItem(self.tr("Ingen udvalgte bidrag"))
                empty.setEditable(False)
                empty.setEnabled(False)
                actor.appendRow(empty)
            filler = [QStandardItem(""), QStandardItem("")]
            for item in filler:
                item.setEditable(False)
            self.model.appendRow([actor, *filler])
        root = self.model.invisibleRootItem().index()
        for at, group in enumerate(groups):
            self.view.setFirstColumnSpanned(at, root, True)
            if not group.contributions:
                self.view.setFirstColumnSpanned(0, self.model.index(at, 0), True)
        self.view.expandAll()

    def shown(self) -> dict[str, list[str]]:
        """What the panel shows: actor label → its contributions' texts (for tests)."""
        result = {}
        for row in range(self.model.rowCount()):
            actor = self.model.item(row)
            texts = [actor.child(r).text() for r in range(actor.rowCount())
                     if actor.child(r).isEnabled()]
            result[actor.text()] = texts
        return result
