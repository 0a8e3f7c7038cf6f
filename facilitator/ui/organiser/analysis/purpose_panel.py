"""What the camp means for the core task's purpose statement ("Betydning for
formålsbeskrivelsen"): the statement itself, what the camp's input says about it, and
the considerations for its wording. Each field is saved as the organiser writes.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain.analysis import PurposeText
from facilitator.ui.common.autosave import AutoSave
from facilitator.ui.common.text_limit import limit_text
from facilitator.ui.edits import analysis as edits
from facilitator.ui.shell.session import CampSession


class PurposePanel(QWidget):
    def __init__(self, session: CampSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

        self.purpose = self._field(
            self.tr("Kerneopgavens formålsbeskrivelse, som campen har arbejdet ud fra …"),
            self.tr("Formålsbeskrivelse"))
        self.implications = self._field(
            self.tr("Formål, forudsætninger, bidrag og rådata fra campen giver anledning "
                    "til følgende overvejelser om formålet …"),
            self.tr("Campens perspektiv på formålet"))
        self.considerations = self._field(
            self.tr("Det kunne overvejes at …"),
            self.tr("Overvejelser om formålsbeskrivelsen"))
        #: field → the label its undo text uses
        self._labels = {
            PurposeText.IMPLICATIONS: self.tr("campens perspektiv på formålet"),
            PurposeText.CONSIDERATIONS: self.tr("overvejelserne om formålsbeskrivelsen"),
        }
        self.purpose_saver = AutoSave(self.purpose, partial(edits.set_purpose, self.session), self)
        self.savers = {
            PurposeText.IMPLICATIONS: AutoSave(
                self.implications, lambda text: self._save(PurposeText.IMPLICATIONS, text),
                self),
            PurposeText.CONSIDERATIONS: AutoSave(
                self.considerations,
                lambda text: self._save(PurposeText.CONSIDERATIONS, text), self),
        }

        title = QLabel(self.tr("<b>Betydning for formålsbeskrivelsen</b>"), self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setContentsMargins(0, 0, 0, 0)
        for label, field in ((self.tr("For&målsbeskrivelse"), self.purpose),
                             (self.tr("Campens &perspektiv på formålet"), self.implications),
                             (self.tr("Over&vejelser om formålsbeskrivelsen"),
                              self.considerations)):
            caption = QLabel(label, self)
            caption.setBuddy(field)
            form.addRow(caption, field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(form, 1)
        self.reload(force=True)

    def _field(self, placeholder: str, name: str) -> QPlainTextEdit:
        field = QPlainTextEdit(self)
        limit_text(field)
        field.setPlaceholderText(placeholder)
        field.setAccessibleName(name)
        field.setTabChangesFocus(True)
        field.setReadOnly(self.session.read_only)
        return field

    def _save(self, key: str, text: str) -> None:
        edits.set_consideration(self.session, key, text, self._labels[key])

    def reload(self, *, force: bool = False) -> None:
        store = self.session.store
        self.purpose_saver.load(store.frame.camp().purpose, force=force)
        for key, saver in self.savers.items():
            saver.load(store.analysis.consideration(key).text, force=force)

    def flush(self) -> None:
        self.purpose_saver.flush()
        for saver in self.savers.values():
            saver.flush()
