"""Where a camp's files live: which folders are unsafe for the live file, what bundles are called.

The live camp file is a SQLite database written all day. A sync engine (OneDrive,
Dropbox, …) copying it mid-write, a network share's locking, or a USB stick pulled
out can each damage it, so the app warns when the live file sits in such a place:
only bundles, written whole and renamed into place, should travel. The check works on
the path alone (plus, optionally, the file-system type the UI may know), so it needs
neither Qt nor the disk and is the same on every platform.
"""

from __future__ import annotations

import re

SYNCED, NETWORK, REMOVABLE = "synced", "network", "removable"

#: Folder-name fragments sync clients use (casefolded, spaces and dashes ignored).
#: "mobiledocuments" is iCloud Drive's folder on macOS, "cloudstorage" the File Provider
#: root where macOS keeps OneDrive, Google Drive and Dropbox nowadays.
_SYNC_MARKS = (
    "onedrive", "dropbox", "googledrive", "icloud", "mobiledocuments", "cloudstorage",
    "syncthing", "sharepoint", "nextcloud", "owncloud",
)
#: Where POSIX systems mount USB sticks, card readers and, often, network shares.
_MOUNT_ROOTS = (("media",), ("mnt",), ("volumes",), ("run", "media"))
#: File-system types of network mounts, as Qt's QStorageInfo names them.
_NETWORK_FS = ("cifs", "smb", "smbfs", "smb2", "smb3", "nfs", "nfs4", "afpfs", "webdav",
               "davfs", "fuse.sshfs", "sshfs", "fuse.rclone")


def _parts(path: str) -> list[str]:
    """The path's folder names, whatever separator the platform uses."""
    return [p for p in re.split(r"[\\/]+", path) if p]


def _squashed(name: str) -> str:
    return re.sub(r"[\s_\-.]+", "", name.casefold())


def shared_place(path: str, *, fs_type: str = "") -> str | None:
    """SYNCED, NETWORK or REMOVABLE when ``path`` is no place for a live camp file; else None.

    ``fs_type`` is the file system's type if known ("cifs", "nfs", …): a network drive
    mapped to a letter (``S:\\``) looks local by its path alone.
    """
    if path.startswith(("\\\\", "//")):
        return NETWORK  # a UNC path: \\server\share\…
    if fs_type and fs_type.casefold() in _NETWORK_FS:
        return NETWORK
    parts = _parts(path)
    folders = [_squashed(p) for p in parts]
    if any(mark in folder for folder in folders for mark in _SYNC_MARKS):
        return SYNCED
    if path.startswith("/"):
        lowered = [p.casefold() for p in parts]
        for root in _MOUNT_ROOTS:
            # Only the mount root itself is not enough: a file lies on the mounted disk.
            if tuple(lowered[:len(root)]) == root and len(lowered) > len(root) + 1:
                return REMOVABLE
    return None


#: Characters Windows refuses in file names (and the path separators everywhere).
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def safe_file_stem(text: str, *, fallback: str = "camp") -> str:
    """``text`` usable as a file name on every system a bundle may travel to."""
    stem = _UNSAFE.sub("_", text).strip().rstrip(". ")
    return stem[:80].rstrip(". ") or fallback


def bundle_file_name(camp_code: str, camp_title: str, table_code: str, suffix: str) -> str:
    """``<camp code or title>-<table code><suffix>``: one name per table, so a newer
    bundle replaces the older in a shared folder instead of piling up beside it."""
    camp = safe_file_stem(camp_code or camp_title)
    return f"{camp}-{safe_file_stem(table_code, fallback='bord')}{suffix}"
