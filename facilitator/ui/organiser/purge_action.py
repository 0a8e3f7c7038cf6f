"""»Slet slettede tekster for altid«: the organiser empties every deleted row for good.

A deletion in the app can be undone, so a deleted note keeps its words in the camp
until the organiser decides otherwise (store/purge.py). This action asks first, saying
how many deleted items it clears and that it cannot be undone, then clears them and
the undo history (undoing a deletion would bring back an empty row).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from facilitator.domain.messages import UserError
from facilitator.domain.words import counted
from facilitator.ui.common.busy import busy
from facilitator.ui.common.confirm import confirmed
from facilitator.ui.common.refusals import user_message
from facilitator.ui.shell import screens
from facilitator.ui.shell.window_host import WindowHost


class PurgeDeleted(QObject):
    """The Edit menu's »delete for good«, on behalf of the main window."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.window)
        self.host = host
        self.action = QAction(self.tr("Slet slettede tekster for &altid …"), self)
        self.action.setToolTip(self.tr(
            "Tøm teksten i alt, der er slettet i campen, så den ikke kan gendannes"))
        self.action.triggered.connect(self.run)

    def add_to(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addAction(self.action)

    def update_actions(self) -> None:
        session = self.host.session()
        self.action.setEnabled(session is not None and not session.read_only)

    def run(self) -> None:
        session = self.host.session()
        if session is None or session.read_only:
            return
        session.flush_requested.emit()
        count = screens.deleted_with_text(session.store)
        if count:
            question = self.tr(
                "Slettede ting, der stadig har deres tekst: %1 (noter, forsider, bidrag, "
                "kategorier …). Teksten slettes nu for altid, også i de kit og bordpakker, der "
                "laves herefter. Det kan ikke fortrydes, og Fortryd kan ikke længere hente "
                "dem tilbage. Sikkerhedskopier, der er taget før, har stadig teksterne."
            ).replace("%1", str(count))
        else:  # collected deletions are emptied already; old copies may be in the file
            question = self.tr(
                "Campen har ingen slettede tekster tilbage. Filen ryddes for gamle kopier "
                "af dem. Det kan ikke fortrydes.")
        if not confirmed(self.host.window, self.tr("Slet for altid"), question,
                         self.tr("Slet for altid")):
            return
        try:
            with busy():
                summary = screens.purge_deleted(session.store)
        except UserError as exc:
            self.host.warn(user_message(exc))
            return
        finally:
            session.undo_stack.clear()
        self.host.status(counted(
            summary.total, self.tr("Slettet for altid: teksten i %n slettet ting."),
            self.tr("Slettet for altid: teksten i %n slettede ting.")))
