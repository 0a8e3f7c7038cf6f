"""Dragging rows between our views: one way to carry row ids, one way to only move.

A notes board reorders its notes by dragging, the consolidation drags notes onto
categories, a contribution column moves a card; each used to spell out its own JSON
packing and its own "moves only" answers to Qt. The formats stay each view's own (a note
dragged off one board must never land as a reorder elsewhere); how they are written and
read is here once.
"""

from __future__ import annotations

import re
from typing import ClassVar

from PySide6.QtCore import QByteArray
from PySide6.QtCore import QMimeData
from PySide6.QtCore import Qt


def ids_mime(mime_type: str, ids: list[str]) -> QMimeData:
    """A drag carrying ``ids`` in our format ``mime_type``: one id a line (ids are UUIDs,
    so no line break in one; lines, not JSON, which would cost the start 2 ms)."""
    mime = QMimeData()
    mime.setData(mime_type, QByteArray("\n".join(ids).encode("utf-8")))
    return mime


def ids_from_mime(mime: QMimeData, mime_type: str) -> list[str]:
    """The ids a drag carries in ``mime_type``; empty for anything else or broken data."""
    if not mime.hasFormat(mime_type):
        return []
    try:
        text = bytes(mime.data(mime_type).data()).decode("utf-8")
    except UnicodeDecodeError:
        return []
    return [line for line in text.split("\n") if _ID.fullmatch(line)]


#: The form of every id the store makes (and a bundle may carry): a drag in our format
#: from elsewhere (another program, another version) carries nothing else to an edit.
_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)


class MovesOnly:
    """For a model whose rows the user moves by dragging, in its own format only.

    Put before the Qt model class among the bases. A move-drop makes the view ask the
    model to remove the dragged rows afterwards: such a model leaves ``removeRows`` as
    Qt's, which refuses, and does the move itself in ``dropMimeData``.
    """

    #: The model's drag format.
    mime_type: ClassVar[str]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [self.mime_type]
