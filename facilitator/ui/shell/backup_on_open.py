"""The backup taken when a camp is opened, written while the facilitator starts work.

A backup is a whole copy of the camp, checked and fsynced: 70 ms for a 10,000-note camp
on this machine's disk, seconds on a slow USB stick. Opening the camp waits for none of
it. The copy is made from the file through its own read-only connection (SQLite's WAL
lets it read a consistent state while the table writes); closing, restoring or deleting
the camp waits for it first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from facilitator.domain.messages import UserError
from facilitator.store.backups import make_backup
from facilitator.ui.common.background import Job
from facilitator.ui.common.background import Progress


class OpeningBackup(Job[None]):
    def __init__(self, camp: Path, folder: Path, keep: int,
                 parent: QObject | None = None) -> None:
        super().__init__(self._back_up, parent=parent)
        self.camp, self.folder, self.keep = camp, folder, keep

    def _back_up(self, _progress: Progress) -> None:
        make_backup(self.camp, self.camp, self.folder, keep=self.keep)

    @property
    def error(self) -> UserError | None:
        """Why the backup could not be made (read once the thread has finished)."""
        return self.failure.error if self.failure is not None else None
