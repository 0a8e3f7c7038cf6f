"""The closing step: the agreements the group leaves with – what, who, by when.

Type what you will do, Tab to who and when, and press Enter in any of the three fields to
add the agreement. In the list, F2 (or a double-click) edits a cell, Delete removes an
agreement (undoable), Ctrl+Up/Down moves it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.dialogue import Agreement
from facilitator.ui.common.text_limit import limit_text
from facilitator.ui.dialogue_box.agreements_model import BY_WHEN, WHAT, WHO, AgreementsModel
from facilitator.ui.shell.session import CampSession
from facilitator.ui.shell.shortcuts import shortcut
from facilitator.ui.table.step_page import StepPage


class AgreementsPage(StepPage):
    watches = ("agreement",)

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = AgreementsModel(session, self)

        self.what = QLineEdit(self)
        limit_text(self.what)
        self.what.setPlaceholderText(self.tr("Hvad gør vi? fx »Inviterer nye familier til kaffe«"))
        self.who = QLineEdit(self)
        limit_text(self.who)
        self.who.setPlaceholderText(self.tr("Hvem? fx »Karen og Ali«"))
        self.by_when = QLineEdit(self)
        limit_text(self.by_when)
        self.by_when.setPlaceholderText(self.tr("Hvornår? fx »inden jul«"))
        for edit, name in ((self.what, self.tr("Hvad gør vi?")), (self.who, self.tr("Hvem?")),
                           (self.by_when, self.tr("Hvornår?"))):
            edit.setAccessibleName(name)
            edit.returnPressed.connect(self.add_from_entry)
        self.add_button = QPushButton(self.tr("Tilføj aftale"), self)
        self.add_button.setToolTip(self.tr("Tilføj aftalen (Enter)"))
        self.add_button.clicked.connect(self.add_from_entry)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Aftaler"))
        self.view.setToolTip(self.tr(
            "F2 retter, Delete sletter, Ctrl+pil op og ned flytter aftalen."))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WHO, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(BY_WHEN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(WHO, 200)
        header.resizeSection(BY_WHEN, 200)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for keys, slot in (("Delete", self.delete_current),
                           ("Ctrl+Up", lambda: self.move_current(-1)),
                           ("Ctrl+Down", lambda: self.move_current(1))):
            shortcut(QKeySequence(keys), self.view, slot,
                      context=Qt.ShortcutContext.WidgetShortcut)
        self.delete_button = QPushButton(self.tr("Slet aftale"), self)
        self.delete_button.setToolTip(self.tr("Slet den valgte aftale (Delete)"))
        self.delete_button.clicked.connect(self.delete_current)
        self.count_label = QLabel(self)
        # The dialogue is over: its documentation as a PDF, to keep and to send on.
        self.pdf_button = QPushButton(self.tr("Dialogens dokumentation (PDF) …"), self)
        self.pdf_button.setToolTip(self.tr(
            "Gem hele dialogen som PDF: termometer, trekant, kort, skabelon og aftaler"))
        self.pdf_button.clicked.connect(self.export_pdf)

        entry = QHBoxLayout()
        entry.addWidget(self.what, 3)
        entry.addWidget(self.who, 1)
        entry.addWidget(self.by_when, 1)
        entry.addWidget(self.add_button)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(self.delete_button)
        footer.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(entry)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)
        self.setTabOrder(self.what, self.who)
        self.setTabOrder(self.who, self.by_when)
        self.setTabOrder(self.by_when, self.add_button)

    # -- StepPage ----------------------------------------------------------------------
    def reload(self) -> None:
        if self.step is None:
            return
        current = self.current_id()
        if (self.step.id, self.table_id) != (self.model.step_id, self.model.table_id):
            self.model.show_agreements(self.step.id, self.table_id)
        else:
            self.model.reload()
        self._select(current)
        count = len(self.model.agreements())
        self.count_label.setText(self.tr("1 aftale") if count == 1
                                 else self.tr("%1 aftaler").replace("%1", str(count)))
        writable = not self.session.read_only
        for edit in (self.what, self.who, self.by_when):
            edit.setReadOnly(not writable)
        self.add_button.setEnabled(writable)
        self.delete_button.setEnabled(writable and count > 0)

    def focus_entry(self) -> None:
        self.what.setFocus(Qt.FocusReason.OtherFocusReason)

    def export_pdf(self) -> None:
        from facilitator.ui.dialogue_box.gathering_export import exports_for

        exports_for(self.session).export_dialogue(self, self.table.code if self.table else None)

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(AgreementsModel.IdRole) if index.isValid() else None

    def _select(self, agreement_id: str | None) -> None:
        row = self.model.row_of(agreement_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, WHAT))

    # -- what the host does ------------------------------------------------------------
    def add_from_entry(self) -> None:
        if self.step is None or self.session.read_only:
            return
        what = self.what.text().strip()
        if not what:
            self.what.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        store, step_id, table_id = self.session.store, self.step.id, self.table_id
        who, by_when = self.who.text(), self.by_when.text()
        created: list[str] = []

        def do() -> Agreement:
            if created:
                return store.dialogue_box.restore_agreement(agreement_id=created[0])
            row = store.dialogue_box.add_agreement(step_id=step_id, table_id=table_id, what=what,
                                                   who=who,
                                      by_when=by_when)
            created.append(row.id)
            return row

        row = self.session.run(self.tr("Tilføj aftale"), do,
                               lambda: store.dialogue_box.delete_agreement(agreement_id=created[0]),
                               "agreement")
        if row is None:
            return
        for edit in (self.what, self.who, self.by_when):
            edit.clear()
        self.reload()
        self._select(row.id)
        self.focus_entry()

    def delete_current(self) -> None:
        agreement_id = self.current_id()
        if agreement_id is None or self.session.read_only:
            return
        store = self.session.store
        self.session.run(self.tr("Slet aftale"),
                         lambda: store.dialogue_box.delete_agreement(agreement_id=agreement_id),
                         lambda: store.dialogue_box.restore_agreement(agreement_id=agreement_id),
                         "agreement")

    def move_current(self, delta: int) -> None:
        agreement_id = self.current_id()
        row = self.model.row_of(agreement_id)
        to = row + delta
        if agreement_id is None or not 0 <= to < self.model.rowCount():
            return
        store = self.session.store
        self.session.run(self.tr("Flyt aftale"),
                         lambda: store.dialogue_box.move_agreement(agreement_id=agreement_id,
                                                                   index=to),
                         lambda: store.dialogue_box.move_agreement(agreement_id=agreement_id,
                                                                   index=row),
                         "agreement")
        self._select(agreement_id)
