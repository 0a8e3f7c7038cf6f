"""The one question an export asks besides where: replace the names on the camp's list?

Asked only when there is something to choose (the camp's list »Navne i rapporter« has
names); the last answer is remembered. Screens call :func:`ask_replace_names` through
this module, so a test replaces that one function.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from facilitator.domain.messages import UserError
from facilitator.domain.words import counted
from facilitator.ui.common.controls import accept_buttons
from facilitator.ui.organiser.names_dialog import NamesDialog
from facilitator.ui.shell import screens
from facilitator.ui.shell.remembered import setting
from facilitator.ui.shell.session import CampSession

REPLACE_KEY = "export/replace_names"


class ExportOptionsDialog(QDialog):
    """"Erstat navne" before the file is chosen, with the list one click away."""

    def __init__(self, session: CampSession, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(what)
        heading = QLabel(f"<b>{what}</b>", self)
        self.replace_box = QCheckBox(self.tr("Erstat navne"), self)
        self.replace_box.setChecked(setting(REPLACE_KEY, True))
        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)
        self.names_button = QPushButton(self.tr("Navne i rapporter …"), self)
        self.names_button.clicked.connect(self.edit_names)
        buttons, self.export_button = accept_buttons(self, self.tr("&Eksportér …"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.replace_box)
        layout.addWidget(self.count_label)
        layout.addWidget(self.names_button)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self._show_count()

    def _show_count(self) -> None:
        names = self.session.store.names.pseudonym_list()
        shown = ", ".join(f"{p.name} → {p.replacement}" for p in names[:4])
        more = len(names) - 4
        if more > 0:
            shown += self.tr(" og %1 mere").replace("%1", str(more))
        self.count_label.setText(counted(
            len(names), self.tr("%n navn på listen: %2. Campens egne tekster ændres ikke."),
            self.tr("%n navne på listen: %2. Campens egne tekster ændres ikke.")).replace(
            "%2", shown))

    def edit_names(self) -> None:
        NamesDialog(self.session, self).exec()
        self._show_count()

    def replace_names(self) -> bool:
        return self.replace_box.isChecked()


def ask_replace_names(parent: QWidget, session: CampSession, what: str) -> bool | None:
    """Whether the export replaces names; None when the user cancelled.

    False without asking when the camp's list is empty.
    """
    if not session.store.names.pseudonyms():
        return False
    dialog = ExportOptionsDialog(session, what, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        QSettings().setValue(REPLACE_KEY, dialog.replace_names())
        return dialog.replace_names()
    finally:
        dialog.deleteLater()


def ask_replace_across(parent: QWidget, camps: Sequence[Path]) -> bool | None:
    """For a report of several camps: replace in each the names on its own list? None
    when the user cancelled; False without asking when no camp has a list. The answer
    is remembered with the camp reports'."""
    if not any(_listed(screens.names_of, camp) for camp in camps):
        return False
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate(
        "ExportOptionsDialog", "Rapport på tværs af camps"), QCoreApplication.translate(
        "ExportOptionsDialog", "Erstat navnene på hver camps liste »Navne i rapporter« i "
        "rapporten? Camp-filerne ændres ikke."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Yes
                         if setting(REPLACE_KEY, True)
                         else QMessageBox.StandardButton.No)
    try:
        answer = box.exec()
    finally:
        box.deleteLater()
    if answer == QMessageBox.StandardButton.Cancel:
        return None
    replace = answer == QMessageBox.StandardButton.Yes
    QSettings().setValue(REPLACE_KEY, replace)
    return replace


def _listed(names_of: Callable[[Path], dict[str, str]], camp: Path) -> bool:
    try:
        return bool(names_of(camp))
    except UserError:
        return False  # the report will say what is wrong with the file
