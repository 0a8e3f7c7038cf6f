"""The day's program: steps in order with planned times, and what each step asks.

Reordering works from the keyboard (Ctrl+Up/Ctrl+Down in the list) as well as with
buttons, because organisers often rework a program while someone dictates changes.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QTimeEdit
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain import dates
from facilitator.domain.model import Step
from facilitator.domain.model import StepKind
from facilitator.ui.common.layouts import form_box
from facilitator.ui.common.layouts import vbox
from facilitator.ui.common.ordered_list import OrderedList
from facilitator.ui.edits import program
from facilitator.ui.edits.change import Change
from facilitator.ui.setup.camp_details_form import MultiLineField
from facilitator.ui.setup.program_model import DEFAULT_START
from facilitator.ui.setup.program_model import DOTS
from facilitator.ui.setup.program_model import KIND
from facilitator.ui.setup.program_model import MAX_MINUTES
from facilitator.ui.setup.program_model import MINUTES
from facilitator.ui.setup.program_model import TIME
from facilitator.ui.setup.program_model import TITLE
from facilitator.ui.setup.program_model import ProgramModel
from facilitator.ui.setup.program_model import clock
from facilitator.ui.setup.program_model import kind_label
from facilitator.ui.setup.setup_part import SetupPart
from facilitator.ui.shell.session import CampSession


class ProgramEditor(SetupPart):
    """The step list (title and minutes edited in place) and the chosen step's texts."""

    watches = Change.STEP

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = ProgramModel(session, self)
        #: The step the detail fields show; edits are saved to it even if the list moved on.
        self._detail_step_id: str | None = None
        layout = QHBoxLayout(self)
        layout.addLayout(self._step_list(), 3)
        side = QVBoxLayout()
        side.addWidget(self._details_box(), 1)
        side.addWidget(self._new_step_box())
        layout.addLayout(side, 2)
        self.reload()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, TITLE))

    def _step_list(self) -> QVBoxLayout:
        """The day's start, the steps, and the buttons (and keys) that reorder them."""
        self.start_edit = QTimeEdit(QTime(DEFAULT_START.hour, DEFAULT_START.minute))
        self.start_edit.setDisplayFormat(dates.TIME_EDIT_FORMAT[dates.language()])
        self.start_edit.timeChanged.connect(self._start_changed)
        self.day_label = QLabel()
        self.view = QTableView()
        self.list = OrderedList(self.view, self.model, self.tr("Program"), self)
        header = self.view.horizontalHeader()
        for col in (TIME, KIND, MINUTES, DOTS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._show_details)
        self.up_button, self.down_button = self.list.move_buttons(
            (self.tr("&Op"), self.tr("Flyt trinnet op (Ctrl+Pil op)")),
            (self.tr("&Ned"), self.tr("Flyt trinnet ned (Ctrl+Pil ned)")), self.move_current)
        self.remove_button = self.list.remove_button(
            self.tr("&Fjern trin"), self.remove_current,
            self.tr("Fjern det valgte trin (Delete)"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Dagen starter kl.")))
        top.addWidget(self.start_edit)
        top.addWidget(self.day_label, 1)
        hint = QLabel(self.tr("Dobbeltklik eller tryk F2 for at rette titel, minutter og "
                              "prikker pr. deltager (0 er ingen grænse)."))
        hint.setWordWrap(True)
        return vbox(top, (self.view, 1), hint, self.list.end_buttons())

    def _new_step_box(self) -> QGroupBox:
        self.kind_combo = QComboBox()
        for kind in StepKind.ALL:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.new_title_edit = QLineEdit()
        self.new_title_edit.setPlaceholderText(self.tr("fx Forudsætninger"))
        self.new_title_edit.returnPressed.connect(self.add_step)
        self.new_minutes_spin = QSpinBox()
        self.new_minutes_spin.setRange(0, MAX_MINUTES)
        self.new_minutes_spin.setValue(30)
        self.new_minutes_spin.setSuffix(self.tr(" min"))
        self.add_button = QPushButton(self.tr("&Tilføj trin"))
        self.add_button.setToolTip(self.tr("Indsættes efter det valgte trin"))
        self.add_button.clicked.connect(self.add_step)
        return form_box(self.tr("Nyt trin"),
                        (self.tr("Type"), self.kind_combo),
                        (self.tr("Titel"), self.new_title_edit),
                        (self.tr("Varighed"), self.new_minutes_spin),
                        self.add_button)

    def _details_box(self) -> QGroupBox:
        """The chosen step's prompt and guidance."""
        self.prompt_edit = MultiLineField()
        self.prompt_edit.setPlaceholderText(self.tr("Det spørgsmål, bordet arbejder med"))
        self.guidance_edit = MultiLineField()
        self.guidance_edit.setPlaceholderText(self.tr("Gode råd til facilitatoren ved bordet"))
        self.prompt_edit.editingFinished.connect(
            lambda: self._save_text("prompt", self.prompt_edit, self.tr("Ret trinnets opgave")))
        self.guidance_edit.editingFinished.connect(lambda: self._save_text(
            "guidance", self.guidance_edit, self.tr("Ret vejledningen til facilitatoren")))
        self.details_box = QGroupBox(self.tr("Det valgte trin"))
        details = QVBoxLayout(self.details_box)
        for label, edit in ((self.tr("Opgave til &bordet"), self.prompt_edit),
                            (self.tr("&Vejledning til facilitatoren"), self.guidance_edit)):
            caption = QLabel(label)
            caption.setBuddy(edit)
            details.addWidget(caption)
            details.addWidget(edit, 1)
        return self.details_box

    # -- showing ---------------------------------------------------------------------------
    def reload(self) -> None:
        self.model.reload()
        self._show_details()
        self._show_day()

    def _show_day(self) -> None:
        end = self.model.day_end()
        total = sum(s.minutes for s in self.model.steps)
        self.day_label.setText(self.tr("Slut ca. kl. {end} ({hours} t {minutes} min)").format(
            end=clock(end), hours=total // 60, minutes=total % 60) if end else "")

    def _start_changed(self, start: QTime) -> None:
        self.model.set_start(time(start.hour(), start.minute()))
        self._show_day()

    def current_step(self) -> Step | None:
        return self.model.step_at(self.view.currentIndex().row())

    def select(self, step_id: str) -> None:
        self.list.select_id(step_id, TITLE)

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_details()

    def _show_details(self) -> None:
        """Show the current step's prompt and guidance.

        While the organiser is typing in one of them, nothing changes here: leaving the
        field saves the text to the step it was typed for, even if the list moved on.
        """
        if self.prompt_edit.is_being_edited() or self.guidance_edit.is_being_edited():
            return
        step = self.current_step()
        self._detail_step_id = step.id if step else None
        self.details_box.setEnabled(step is not None)
        self.details_box.setTitle(self.tr("Det valgte trin: {title}").format(title=step.title)
                                  if step else self.tr("Det valgte trin"))
        self.prompt_edit.set_text(step.prompt if step else "")
        self.guidance_edit.set_text(step.guidance if step else "")

    def _save_text(self, field: str, edit: MultiLineField, text: str) -> None:
        edit.document().setModified(False)
        if self._detail_step_id is None:
            return
        step = next((s for s in self.model.steps if s.id == self._detail_step_id), None)
        if step is not None:
            self.model.update_step(step, field, edit.toPlainText().strip(), text)

    # -- changing the program ----------------------------------------------------------------
    def move_current(self, delta: int) -> None:
        step = self.current_step()
        if step is None:
            return
        row = self.model.row_of(step.id)
        target = row + delta
        if not 0 <= target < self.model.rowCount():
            return
        program.move_step(self.session, step, row, target)
        self.select(step.id)

    def add_step(self) -> None:
        kind = self.kind_combo.currentData()
        title = self.new_title_edit.text().strip() or kind_label(kind)
        current = self.current_step()
        index = self.model.row_of(current.id) + 1 if current else self.model.rowCount()
        step = program.add_step(self.session, kind=kind, title=title,
                                minutes=self.new_minutes_spin.value(), index=index)
        if step is None:
            return
        self.added(step.id, self.tr("Trinnet »{title}« er tilføjet.").format(title=title),
                   self.new_title_edit)

    def remove_current(self) -> None:
        self.remove(self.current_step(), self._delete_step,
                    lambda step: self.tr("Trinnet »{title}« er fjernet. Fortryd med Ctrl+Z, "
                                         "hvis det var en fejl.").format(title=step.title),
                    self.tr("Vælg først et trin i programmet."))

    def _delete_step(self, step: Step) -> Step | None:
        """Remove the step; the one after it (or the new last one) is chosen instead."""
        row = self.model.row_of(step.id)
        done = program.delete_step(self.session, step, row)
        if done is not None and self.model.rowCount():
            self.select(self.model.steps[min(row, self.model.rowCount() - 1)].id)
        return done
