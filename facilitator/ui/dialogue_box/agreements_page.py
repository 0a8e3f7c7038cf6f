"""The closing step: the agreements the group leaves with – what, who, by when.

Type what you will do, Tab to who and when, and press Enter in any of the three fields to
add the agreement. In the list, F2 (or a double-click) edits a cell, Delete removes an
agreement (undoable), Ctrl+Up/Down moves it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QWidget

from facilitator.ui.common.controls import button
from facilitator.ui.common.controls import line_field
from facilitator.ui.common.controls import list_keys
from facilitator.ui.common.layouts import hbox
from facilitator.ui.common.layouts import vbox
from facilitator.ui.dialogue_box.agreements_model import BY_WHEN
from facilitator.ui.dialogue_box.agreements_model import WHAT
from facilitator.ui.dialogue_box.agreements_model import WHO
from facilitator.ui.dialogue_box.agreements_model import AgreementsModel
from facilitator.ui.dialogue_box.gathering_export import exports_for
from facilitator.ui.edits import dialogue_box as edits
from facilitator.ui.edits.change import Change
from facilitator.ui.shell.session import CampSession
from facilitator.ui.table.step_page import StepPage


class AgreementsPage(StepPage):
    watches = Change.AGREEMENT

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = AgreementsModel(session, self)
        self.what = line_field(self.tr("Hvad gør vi? fx »Inviterer nye familier til kaffe«"),
                               name=self.tr("Hvad gør vi?"), parent=self)
        self.who = line_field(self.tr("Hvem? fx »Karen og Ali«"), name=self.tr("Hvem?"),
                              parent=self)
        self.by_when = line_field(self.tr("Hvornår? fx »inden jul«"),
                                  name=self.tr("Hvornår?"), parent=self)
        for edit in (self.what, self.who, self.by_when):
            edit.returnPressed.connect(self.add_from_entry)
        self.add_button = button(self.tr("Tilføj aftale"), self.tr("Tilføj aftalen (Enter)"),
                                 self.add_from_entry, self)
        self.view = self._agreements_view()
        self.delete_button = button(self.tr("Slet aftale"),
                                    self.tr("Slet den valgte aftale (Delete)"),
                                    self.delete_current, self)
        self.count_label = QLabel(self)
        # The dialogue is over: its documentation as a PDF, to keep and to send on.
        self.pdf_button = button(
            self.tr("Dialogens dokumentation (PDF) …"),
            self.tr("Gem hele dialogen som PDF: termometer, trekant, kort, skabelon og aftaler"),
            self.export_pdf, self)
        vbox(hbox((self.what, 3), (self.who, 1), (self.by_when, 1), self.add_button),
             (self.view, 1),
             hbox(self.count_label, 1, self.delete_button, self.pdf_button),
             parent=self, flush=True)
        self.setTabOrder(self.what, self.who)
        self.setTabOrder(self.who, self.by_when)
        self.setTabOrder(self.by_when, self.add_button)

    def _agreements_view(self) -> QTableView:
        view = QTableView(self)
        view.setModel(self.model)
        view.setAccessibleName(self.tr("Aftaler"))
        view.setToolTip(self.tr(
            "F2 retter, Delete sletter, Ctrl+pil op og ned flytter aftalen."))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        view.setWordWrap(True)
        header = view.horizontalHeader()
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        for column in (WHO, BY_WHEN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 200)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        list_keys(view, self.delete_current, self.move_current)
        return view

    # -- StepPage ----------------------------------------------------------------------
    def reload(self) -> None:
        if self.step is None:
            return
        current = self.current_id()
        self.model.show_for(self.step.id, self.table_id)
        self._select(current)
        count = self.model.rowCount()
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
        row = edits.add_agreement(self.session, step_id=self.step.id, table_id=self.table_id,
                                  what=what, who=self.who.text(), by_when=self.by_when.text())
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
        edits.delete_agreement(self.session, agreement_id)

    def move_current(self, delta: int) -> None:
        agreement_id = self.current_id()
        row = self.model.row_of(agreement_id)
        to = row + delta
        if agreement_id is None or not 0 <= to < self.model.rowCount():
            return
        edits.move_agreement(self.session, agreement_id, row, to)
        self._select(agreement_id)
