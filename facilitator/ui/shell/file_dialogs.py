"""File dialogs that never read a camp file behind the store's back.

Qt's own file dialog works out the type of each file it lists; ``.camp`` is no type it
knows, so it opens the file and reads its first bytes, and closing that handle drops
every SQLite lock this process holds on it (docs/durability.md). Then another program
takes our -wal for abandoned. These dialogs list files by name only: a plain icon and
"Fil"/"Mappe" for a type, never a look inside. On Linux Qt's own dialog is always used
(a desktop's native dialog runs in our process and may look inside too); on Windows
closing a handle releases no other handle's lock, and macOS shows its panels from a
process of its own, so their native dialogs are kept.

Same arguments and answers as ``QFileDialog``'s static functions.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFileIconProvider
from PySide6.QtWidgets import QWidget

Mode = QFileDialog.FileMode


class _NameOnlyIcons(QFileIconProvider):
    """Icons and types from the name and kind of an entry, never from its content."""

    def icon(self, what: object) -> QIcon:
        if isinstance(what, QFileInfo):
            kind = (QFileIconProvider.IconType.Folder if what.isDir()
                    else QFileIconProvider.IconType.File)
            return super().icon(kind)
        return super().icon(what)  # type: ignore[call-overload]

    def type(self, info: QFileInfo) -> str:
        return (QCoreApplication.translate("FileDialogs", "Mappe") if info.isDir()
                else QCoreApplication.translate("FileDialogs", "Fil"))


_icons: _NameOnlyIcons | None = None


def _dialog(parent: QWidget | None, caption: str, start: str, filters: str,
            mode: QFileDialog.FileMode, save: bool = False) -> QFileDialog:
    global _icons
    dialog = QFileDialog(parent, caption, start, filters)
    dialog.setFileMode(mode)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if mode == Mode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if sys.platform.startswith("linux") or sys.platform.startswith("freebsd"):
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if _icons is None:
        _icons = _NameOnlyIcons()
    dialog.setIconProvider(_icons)
    return dialog


def _run(dialog: QFileDialog) -> tuple[list[str], str]:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return [], ""
        return dialog.selectedFiles(), dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def get_open_file_name(parent: QWidget | None, caption: str = "", start: str = "",
                       filters: str = "") -> tuple[str, str]:
    files, chosen = _run(_dialog(parent, caption, start, filters, Mode.ExistingFile))
    return (files[0] if files else ""), chosen


def get_open_file_names(parent: QWidget | None, caption: str = "", start: str = "",
                        filters: str = "") -> tuple[list[str], str]:
    return _run(_dialog(parent, caption, start, filters, Mode.ExistingFiles))


def get_save_file_name(parent: QWidget | None, caption: str = "", start: str = "",
                       filters: str = "") -> tuple[str, str]:
    files, chosen = _run(_dialog(parent, caption, start, filters, Mode.AnyFile, save=True))
    return (files[0] if files else ""), chosen


def get_existing_directory(parent: QWidget | None, caption: str = "",
                           start: str = "") -> str:
    files, _ = _run(_dialog(parent, caption, start, "", Mode.Directory))
    return files[0] if files else ""
