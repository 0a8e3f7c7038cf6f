"""A transcription sheet written to disk: the rows of DESIGN.md §5 as .csv or .xlsx.

What the command line and the Export menu write for a camp (and the tests, for sheets
of their own); the rows are made by :func:`facilitator.store.transcription.export_rows`
and read back by :func:`facilitator.sheet_files.read_sheet`, unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from facilitator import written_files
from facilitator.domain.messages import CANNOT_WRITE
from facilitator.domain.messages import UNKNOWN_SUFFIX
from facilitator.domain.messages import UserError
from facilitator.domain.messages import write_failure
from facilitator.domain.transcription import COLUMNS
from facilitator.domain.transcription import SheetRow
from facilitator.domain.transcription import with_continuations
from facilitator.sheet_files import csv_bytes
from facilitator.sheet_files import xlsx_bytes

#: Column widths for .xlsx, in characters: the text columns wide, the codes narrow.
_WIDTHS = (8, 24, 20, 11, 6, 8, 8, 14, 30, 60, 6, 8, 16, 30, 8, 12, 12, 30, 16, 20, 7)


def sheet_bytes(rows: Iterable[SheetRow], suffix: str) -> bytes:
    """The rows as a .csv or .xlsx file's bytes (``suffix`` chooses)."""
    cells = [r.cells() for r in with_continuations(rows)]
    if suffix.lower() == ".xlsx":
        return xlsx_bytes(COLUMNS, cells, widths=_WIDTHS)
    if suffix.lower() == ".csv":
        return csv_bytes(COLUMNS, cells)
    raise UserError(UNKNOWN_SUFFIX, suffix=suffix or "(ingen)")


def write_sheet(rows: Iterable[SheetRow], path: Path) -> None:
    """Write a sheet next to ``path`` under a temporary name, then rename it into place.

    A reader (Excel, a sync tool) sees the old file or the whole new one, never half.
    The suffix of ``path`` (.csv or .xlsx) chooses the format.
    """
    data = sheet_bytes(rows, path.suffix)
    try:
        # Readable by the user only: the sheet holds what the participants said.
        written_files.write_whole(path, data)
    except OSError as exc:
        raise UserError(CANNOT_WRITE, path=str(path), detail=write_failure(exc)) from exc
