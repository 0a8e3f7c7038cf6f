"""The camp's own details: what the day is about, when and where, and the report language.

Each field is saved when the organiser finishes editing it, not on every keystroke, so
that one undo step takes back one field's change rather than one letter.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtCore import QSignalBlocker
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDateEdit
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain import dates
from facilitator.ui.common.text_limit import limit_text
from facilitator.ui.edits import camp as camp_edits
from facilitator.ui.edits.change import Change
from facilitator.ui.setup.setup_part import SetupPart
from facilitator.ui.shell.i18n import LANGUAGES
from facilitator.ui.shell.session import CampSession

#: The date edit's lowest date stands for "no date yet" (a camp row may have none).
NO_DATE = QDate(2000, 1, 1)
MAX_PARTICIPANTS = 10_000


class MultiLineField(QPlainTextEdit):
    """A multi-line text field that says when editing is done, as QLineEdit does.

    QPlainTextEdit has no ``editingFinished``; saving on every keystroke would put each
    letter on the undo stack, so the text counts as finished when the field loses focus.
    Tab moves on to the next field, as keyboard users expect in a form.
    """

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        limit_text(self)
        self.setTabChangesFocus(True)

    def set_text(self, text: str) -> None:
        """Show stored text; not an edit, so nothing is saved when focus leaves."""
        if self.toPlainText() != text:
            self.setPlainText(text)
        self.document().setModified(False)

    def is_being_edited(self) -> bool:
        return self.hasFocus() and self.document().isModified()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.document().isModified():
            self.document().setModified(False)
            self.editingFinished.emit()


class CampDetailsForm(SetupPart):
    """Title, core task, purpose, date, venue, municipality, participants, report language."""

    watches = Change.CAMP

    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._make_fields()
        #: field → (widget, label used in the undo text)
        self._lines: dict[str, tuple[QLineEdit, str]] = {
            "title": (self.title_edit, self.tr("titel")),
            "core_task": (self.core_task_edit, self.tr("kerneopgave")),
            "venue": (self.venue_edit, self.tr("sted")),
            "municipality": (self.municipality_edit, self.tr("kommune")),
        }
        #: Fields whose box was changed by the organiser and not saved yet.
        self._unsaved: set[str] = set()
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # keep the rows together at the top of a tall page
        for label, field in ((self.tr("&Titel"), self.title_edit),
                             (self.tr("&Kerneopgave"), self.core_task_edit),
                             (self.tr("&Formål"), self.purpose_edit),
                             (self.tr("&Dato"), self.date_edit),
                             (self.tr("&Sted"), self.venue_edit),
                             (self.tr("K&ommune"), self.municipality_edit),
                             (self.tr("&Antal deltagere"), self.participants_spin),
                             (self.tr("S&prog i rapporter"), self.language_combo)):
            form.addRow(label, field)
        self._save_when_done()
        self.reload()

    def _line(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        limit_text(edit)
        edit.setPlaceholderText(placeholder)
        return edit

    def _make_fields(self) -> None:
        self.title_edit = self._line(self.tr("fx Camp om trivsel og læring"))
        self.core_task_edit = self._line(self.tr("fx Trivsel og læring"))
        self.purpose_edit = MultiLineField()
        # A purpose statement is a paragraph or two; room for about eight lines is enough.
        self.purpose_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 8 + 12)
        self.purpose_edit.setPlaceholderText(self.tr(
            "Formålsbeskrivelsen for kerneopgaven, som dagen tager udgangspunkt i"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(dates.DATE_EDIT_FORMAT[dates.language()])
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_edit.setSpecialValueText(self.tr("Ingen dato"))
        self.venue_edit = self._line(self.tr("fx Rådhuset, byrådssalen"))
        self.municipality_edit = self._line(self.tr("fx Lejre Kommune"))
        self.participants_spin = QSpinBox()
        self.participants_spin.setRange(0, MAX_PARTICIPANTS)
        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setToolTip(self.tr(
            "Sproget i campens rapporter. Programmets eget sprog vælges under Indstillinger."))

    def _save_when_done(self) -> None:
        """Each field saves when the organiser is done with it, not at every key."""
        for field, (edit, _label) in self._lines.items():
            edit.editingFinished.connect(lambda f=field: self._save_line(f))
        self.purpose_edit.editingFinished.connect(
            lambda: self._save("purpose", self.purpose_edit.toPlainText().strip(),
                               self.tr("formål")))
        self.date_edit.dateChanged.connect(lambda _d: self._unsaved.add("date"))
        self.participants_spin.valueChanged.connect(lambda _v: self._unsaved.add("participants"))
        self.date_edit.editingFinished.connect(self._save_date)
        # A date picked in the popup is final: save it without waiting for focus to leave.
        calendar = self.date_edit.calendarWidget()
        calendar.clicked.connect(lambda _date: QTimer.singleShot(0, self._save_date))
        calendar.activated.connect(lambda _date: QTimer.singleShot(0, self._save_date))
        self.participants_spin.editingFinished.connect(self._save_participants)
        self.language_combo.activated.connect(
            lambda _i: self._save("language", self.language_combo.currentData(),
                                  self.tr("sprog i rapporter")))

    # -- showing ---------------------------------------------------------------------
    def reload(self) -> None:
        """Show the stored details, leaving alone a field the organiser is typing in."""
        camp = self.session.store.frame.camp()
        for field, (edit, _label) in self._lines.items():
            if not (edit.hasFocus() and edit.isModified()):
                edit.setText(getattr(camp, field))
        if not self.purpose_edit.is_being_edited():
            self.purpose_edit.set_text(camp.purpose)
        if not (self.date_edit.hasFocus() and "date" in self._unsaved):
            date = QDate.fromString(camp.date, Qt.DateFormat.ISODate)
            with QSignalBlocker(self.date_edit):
                self.date_edit.setDate(date if date.isValid() else NO_DATE)
            self._unsaved.discard("date")
        if not (self.participants_spin.hasFocus() and "participants" in self._unsaved):
            with QSignalBlocker(self.participants_spin):
                self.participants_spin.setValue(camp.participants)
            self._unsaved.discard("participants")
        index = self.language_combo.findData(camp.language)
        self.language_combo.setCurrentIndex(max(index, 0))

    # -- saving ----------------------------------------------------------------------
    def _save_line(self, field: str) -> None:
        edit, label = self._lines[field]
        edit.setModified(False)  # saved: a later undo may show the old text here again
        self._save(field, edit.text().strip(), label)

    def _save_participants(self) -> None:
        self._unsaved.discard("participants")
        self._save("participants", self.participants_spin.value(), self.tr("antal deltagere"))

    def _save_date(self) -> None:
        self._unsaved.discard("date")
        date = self.date_edit.date()
        value = "" if date <= NO_DATE else date.toString(Qt.DateFormat.ISODate)
        self._save("date", value, self.tr("dato"))

    def _save(self, field: str, value: Any, label: str) -> None:
        """One undoable change of one camp field; nothing happens if it did not change."""
        if camp_edits.update_camp(self.session, field, value, label) is None:
            self.reload()  # refused (read-only file): show what is really stored
