"""A folder the tables' bundles arrive in: watched, and rescanned on a timer too.

We watch the *folder*, not the files: a bundle is written under a temporary name and
renamed into place, which replaces the file a file watch would be attached to. Synced
folders (OneDrive, network shares) do not always raise change events, so a timer
rescans as well. Each file's size and modification time are remembered, so that an
unchanged bundle is not handed out again; a changed one (a table's newer export, or
a half-synced file completed) is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher
from PySide6.QtCore import QObject
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal

from facilitator.ui.shell import screens

#: How often the folder is rescanned when no change event comes.
RESCAN_MS = 10_000
#: Events arrive in bursts while a file is written or synced; wait for the burst to end.
SETTLE_MS = 500

Signature = tuple[int, int]


def watch_key(camp_id: str) -> str:
    """QSettings key of a camp's watched folder: each camp has its own drop folder."""
    return f"collect/watch_folder/{camp_id}"


class BundleFolderWatch(QObject):
    """Emits :attr:`arrived` with the bundles in :attr:`folder` that are new or changed."""

    arrived = Signal(list)
    #: Whether the folder can be read right now (a USB stick may be pulled out).
    available_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, rescan_ms: int = RESCAN_MS,
                 settle_ms: int = SETTLE_MS) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self.available = False
        self._seen: dict[Path, Signature] = {}
        self._watcher = QFileSystemWatcher(self)
        self._settle = QTimer(self, singleShot=True, interval=settle_ms)
        self._watcher.directoryChanged.connect(lambda _path: self._settle.start())
        self._settle.timeout.connect(self.scan)
        self._rescan = QTimer(self, interval=rescan_ms)
        self._rescan.timeout.connect(self.scan)

    def set_folder(self, folder: Path | None) -> None:
        """Watch ``folder`` (None stops); its current bundles count as new once."""
        self._unwatch()
        self.folder = folder
        self._seen.clear()
        if folder is None:
            self._rescan.stop()
            self._settle.stop()
            return
        self._rescan.start()
        self.scan()

    def set_rescan_interval(self, ms: int) -> None:
        self._rescan.setInterval(ms)

    def scan(self) -> None:
        """Look at the folder now; emit the bundles that are new or changed since last time."""
        if self.folder is None:
            return
        current = self._signatures(self.folder)
        self._set_available(current is not None)
        if current is None:
            return
        if not self._watcher.directories():
            self._watcher.addPath(str(self.folder))
        fresh = [p for p, sig in sorted(current.items()) if self._seen.get(p) != sig]
        self._seen = current
        if fresh:
            self.arrived.emit(fresh)

    def _signatures(self, folder: Path) -> dict[Path, Signature] | None:
        try:
            if not folder.is_dir():
                return None
            found: dict[Path, Signature] = {}
            for path in folder.glob(f"*{screens.BUNDLE_SUFFIX}"):
                try:
                    st = path.stat()
                except OSError:
                    continue  # renamed or removed while we looked
                if path.is_file():
                    found[path] = (st.st_mtime_ns, st.st_size)
            return found
        except OSError:
            return None

    def _set_available(self, available: bool) -> None:
        if not available:
            self._unwatch()
        if available != self.available:
            self.available = available
            self.available_changed.emit(available)

    def _unwatch(self) -> None:
        watched = self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
