"""A warning above the camp when its live file sits in a synced, network or removable folder.

Sync engines copy a database mid-write, network shares break SQLite's locking and a
pulled USB stick takes the file with it; any of these can cost a table's day. The
banner does not stop anyone (the camp opens as usual), it says what to do instead:
keep the camp file on the laptop's own disk and let only bundles travel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStorageInfo
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

from facilitator.domain.places import NETWORK
from facilitator.domain.places import REMOVABLE
from facilitator.domain.places import SYNCED
from facilitator.domain.places import shared_place


def place_of(path: Path) -> str | None:
    """The kind of shared place ``path`` is in (see :func:`shared_place`), or None.

    Asks about the folder, never the camp file: QStorageInfo opens and closes the path
    it is given, and closing any handle of an open camp drops SQLite's locks on it
    (docs/durability.md).
    """
    try:
        fs_type = bytes(QStorageInfo(str(path.absolute().parent)).fileSystemType().data()).decode(
            "ascii", "replace")
    except (TypeError, ValueError):
        fs_type = ""
    kinds = {shared_place(str(p), fs_type=fs_type) for p in (path.absolute(), path.resolve())}
    return next((k for k in (SYNCED, NETWORK, REMOVABLE) if k in kinds), None)


class SharedPlaceBanner(QWidget):
    """Hidden unless the camp file is in a shared place; the user may hide it."""

    def __init__(self, path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = place_of(path) if path is not None else None
        where = {
            SYNCED: self.tr("i en synkroniseret mappe (fx OneDrive, Dropbox eller SharePoint)"),
            NETWORK: self.tr("på et netværksdrev"),
            REMOVABLE: self.tr("på et USB-stik eller et andet flytbart drev"),
        }.get(self.kind or "", "")
        self.label = QLabel(self.tr(
            "Camp-filen ligger %1. Den kan blive ødelagt, hvis den kopieres eller forsvinder, "
            "mens der skrives i den. Flyt camp-filen til computerens egen disk, og lad kun "
            "bordpakker rejse via mappen (»Bordpakke« ved bordet, »Indsamling« hos arrangøren).")
            .replace("%1", where))
        self.label.setWordWrap(True)
        self.label.setToolTip(str(path) if path else "")
        self.hide_button = QPushButton(self.tr("Skjul"))
        self.hide_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.hide_button)
        self.setObjectName("sharedPlaceBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#sharedPlaceBanner { background: #fff3cd; border: 1px solid #e0c36c; }"
            "#sharedPlaceBanner QLabel { color: #5c4400; }")
        self.setVisible(self.kind is not None)
