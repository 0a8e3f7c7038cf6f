"""The file dialogs of the file workflows, behind one small object tests can replace.

Native dialogs block and cannot be driven from a test; the screens ask this object
instead of calling QFileDialog themselves, so a test patches one method per question.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from facilitator.ui.shell import file_dialogs
from facilitator.ui.shell.places import LAST_DIR_KEY
from facilitator.ui.shell.places import last_dir
from facilitator.ui.shell.places import remember_dir

__all__ = ["LAST_DIR_KEY", "FileChooser", "last_dir", "remember_dir"]


class FileChooser:
    """Ask the user for files and folders; every answer is a Path, or empty/None if cancelled."""

    def open_files(self, parent: QWidget, caption: str, start: str, filters: str) -> list[Path]:
        names, _ = file_dialogs.get_open_file_names(parent, caption, start, filters)
        return [Path(n) for n in names]

    def open_file(self, parent: QWidget, caption: str, start: str, filters: str) -> Path | None:
        name, _ = file_dialogs.get_open_file_name(parent, caption, start, filters)
        return Path(name) if name else None

    def save_file(self, parent: QWidget, caption: str, start: str,
                  filters: str) -> tuple[Path | None, str]:
        """The chosen path and the filter it was chosen under (for a missing suffix)."""
        name, chosen = file_dialogs.get_save_file_name(parent, caption, start, filters)
        return (Path(name) if name else None), chosen

    def folder(self, parent: QWidget, caption: str, start: str) -> Path | None:
        name = file_dialogs.get_existing_directory(parent, caption, start)
        return Path(name) if name else None
