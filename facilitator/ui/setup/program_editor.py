"""The day's program: steps in order with planned times, and what each step asks.

Reordering works from the keyboard (Ctrl+Up/Ctrl+Down in the list) as well as with
buttons, because organisers often rework a program while someone dictates changes.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain import dates
from facilitator.domain.model import Step, StepKind
from facilitator.ui.setup.camp_details_form import MultiLineField
from facilitator.ui.setup.program_model import (
    DEFAULT_START,
    DOTS,
    KIND,
    MAX_MINUTES,
    MINUTES,
    TIME,
    TITLE,
    ProgramModel,
    clock,
    kind_label,
)
from facilitator.ui.shell.session import CampSession


class ProgramEditor(QWidget):
    """The step list (title and minutes edited in place) and the chosen step's texts."""

    watches = ("step",)
    #: A note for the status line (already translated).
    told = Signal(str)

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ProgramModel(session, self)

        self.start_edit = QTimeEdit(QTime(DEFAULT_START.hour, DEFAULT_START.minute))
        self.start_edit.setDisplayFormat(dates.TIME_EDIT_FORMAT[dates.language()])
        self.start_edit.timeChanged.connect(self._start_changed)
        self.day_label = QLabel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Program"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.view.horizontalHeader()
        for col in (TIME, KIND, MINUTES, DOTS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._show_details)

        self.up_button = QPushButton(self.tr("&Op"))
        self.up_button.setToolTip(self.tr("Flyt trinnet op (Ctrl+Pil op)"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("&Ned"))
        self.down_button.setToolTip(self.tr("Flyt trinnet ned (Ctrl+Pil ned)"))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.remove_button = QPushButton(self.tr("&Fjern trin"))
        self.remove_button.setToolTip(self.tr("Fjern det valgte trin (Delete)"))
        self.remove_button.clicked.connect(self.remove_current)
        for keys, slot in ((QKeySequence("Ctrl+Up"), lambda: self.move_current(-1)),
                           (QKeySequence("Ctrl+Down"), lambda: self.move_current(+1)),
                           (QKeySequence(QKeySequence.StandardKey.Delete), self.remove_current)):
            shortcut = QShortcut(keys, self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        # -- a new step
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
        add_box = QGroupBox(self.tr("Nyt trin"))
        add_form = QFormLayout(add_box)
        add_form.addRow(self.tr("Type"), self.kind_combo)
        add_form.addRow(self.tr("Titel"), self.new_title_edit)
        add_form.addRow(self.tr("Varighed"), self.new_minutes_spin)
        add_form.addRow(self.add_button)

        # -- the chosen step's texts
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
        #: The step the detail fields show; edits are saved to it even if the list moved on.
        self._detail_step_id: str | None = None

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Dagen starter kl.")))
        top.addWidget(self.start_edit)
        top.addWidget(self.day_label, 1)
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        hint = QLabel(self.tr("Dobbeltklik eller tryk F2 for at rette titel, minutter og "
                              "prikker pr. deltager (0 er ingen grænse)."))
        hint.setWordWrap(True)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.view, 1)
        left.addWidget(hint)
        left.addLayout(buttons)
        side = QVBoxLayout()
        side.addWidget(self.details_box, 1)
        side.addWidget(add_box)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(side, 2)
        session.changed.connect(self._on_changed)
        self.reload()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, TITLE))

    def _on_changed(self, what: str) -> None:
        if what in self.watches:
            self.reload()

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
        self.model.set_start(start.toPython())
        self._show_day()

    def current_step(self) -> Step | None:
        return self.model.step_at(self.view.currentIndex().row())

    def select(self, step_id: str) -> None:
        row = self.model.row_of(step_id)
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, TITLE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

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
        store = self.session.store
        self.session.run(
            self.tr("Flyt trin"),
            lambda: store.frame.move_step(step_id=step.id, index=target),
            lambda: store.frame.move_step(step_id=step.id, index=row),
            "step",
        )
        self.select(step.id)

    def add_step(self) -> None:
        title = self.new_title_edit.text().strip()
        kind = self.kind_combo.currentData()
        if not title:
            title = kind_label(kind)
        current = self.current_step()
        index = self.model.row_of(current.id) + 1 if current else self.model.rowCount()
        minutes = self.new_minutes_spin.value()
        store = self.session.store
        made: dict[str, str] = {}

        def do() -> str:
            if "id" in made:
                store.frame.restore_step(step_id=made["id"], index=index)
            else:
                made["id"] = store.frame.add_step(kind=kind, title=title, minutes=minutes,
                                            index=index).id
            return made["id"]

        step_id = self.session.run(self.tr("Tilføj trin"), do,
                                   lambda: store.frame.delete_step(step_id=made["id"]), "step")
        if step_id is None:
            return
        self.new_title_edit.clear()
        self.select(step_id)
        self.told.emit(self.tr("Trinnet »{title}« er tilføjet.").format(title=title))

    def remove_current(self) -> None:
        step = self.current_step()
        if step is None:
            self.told.emit(self.tr("Vælg først et trin i programmet."))
            return
        row = self.model.row_of(step.id)
        store = self.session.store
        done = self.session.run(
            self.tr("Fjern trin"),
            lambda: store.frame.delete_step(step_id=step.id),
            lambda: store.frame.restore_step(step_id=step.id, index=row),
            "step",
        )
        if done is None:
            return
        if self.model.rowCount():
            self.select(self.model.steps[min(row, self.model.rowCount() - 1)].id)
        self.told.emit(self.tr(
            "Trinnet »{title}« er fjernet. Fortryd med Ctrl+Z, hvis det var en fejl."
        ).format(title=step.title))
