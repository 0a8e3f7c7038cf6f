"""Where the user's files go by default, and where the app keeps its own.

Camps are the user's documents: the demo camp and the first camp made land in
``Documents/Facilitator``, where a facilitator looks for them in Explorer or Finder, and
save dialogs start there until the user has chosen a folder of their own (then beside
the file last opened or saved, so a report lands beside its camp). Settings and
backups are the app's business and stay in the app data folder (hidden on purpose).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from facilitator.ui.shell.remembered import remember
from facilitator.ui.shell.remembered import setting

LAST_DIR_KEY = "files/last_dir"


def documents_dir() -> Path:
    """``Documents/Facilitator`` of this user, made on first use."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(documents or Path.home()) / "Facilitator"
    path.mkdir(parents=True, exist_ok=True)
    return path


def app_data_dir() -> Path:
    """The app's own folder (backups; a table laptop's camps, away from synced folders)."""
    path = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation))
    path.mkdir(parents=True, exist_ok=True)
    return path


def last_dir() -> str:
    """The folder the user last opened or saved in (``Documents/Facilitator`` at first)."""
    stored = setting(LAST_DIR_KEY, "")
    return stored if stored and Path(stored).is_dir() else str(documents_dir())


def remember_dir(path: Path) -> None:
    remember(LAST_DIR_KEY, str(path if path.is_dir() else path.parent))
