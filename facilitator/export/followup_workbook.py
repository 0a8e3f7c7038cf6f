"""The follow-up as an Excel workbook: all items on the first sheet, then a sheet per actor.

The first sheet, "Alle", has every item with its actor in the first column (a filter on
the header, to pick an actor or a status); after it comes one sheet per actor with that
actor's list. Every user text is written with ``write_string``, so a text such as
``=cmd|' /C calc'!A0`` stays a text; the file goes down whole or not at all.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import xlsxwriter

from facilitator import written_files
from facilitator.domain.transcription import cell_pieces
from facilitator.domain.transcription import cell_text
from facilitator.export.followup_exports import HEADERS
from facilitator.export.followup_exports import TITLE
from facilitator.export.followup_exports import FollowedRow
from facilitator.export.followup_exports import FollowupLists
from facilitator.export.workbook import sheet_name

ALL = "Alle"
ACTOR = "Aktør"
#: Column widths in characters, by header.
WIDTHS = {ACTOR: 20, "Hvad": 60, "Fra": 18, "Hvem": 18, "Frist": 22, "Status": 12,
          "Seneste kommentar": 45}


def build_followup_workbook(lists: FollowupLists, out_path: Path) -> Path:
    """Write ``lists`` to ``out_path`` (.xlsx); returns it."""
    path = Path(out_path)
    if not path.parent.is_dir():  # write_via would make it: a file goes where asked
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path.parent))
    return written_files.write_via(path, lambda temp: _write(lists, temp))


def _write(lists: FollowupLists, path: Path) -> None:
    book = xlsxwriter.Workbook(str(path), {
        "in_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
        "strings_to_urls": False,
    })
    try:
        book.set_properties({"title": TITLE, "subject": ", ".join(lists.camps)})
        formats = {
            "head": book.add_format({"bold": True, "bottom": 1, "bg_color": "#E7EFF1",
                                     "valign": "top"}),
            "wrap": book.add_format({"text_wrap": True, "valign": "top"}),
            "late": book.add_format({"text_wrap": True, "valign": "top",
                                     "font_color": "#A4262C", "bold": True}),
        }
        everything = [(actor, row) for actor, rows in lists.lists for row in rows]
        _sheet(book.add_worksheet(ALL), (ACTOR, *HEADERS), everything, formats)
        taken = [ALL]
        for actor, rows in lists.lists:
            name = sheet_name(actor, taken)
            taken.append(name)
            _sheet(book.add_worksheet(name), HEADERS, [(None, row) for row in rows], formats)
    finally:
        book.close()


def _sheet(sheet: Any, headers: Sequence[str], rows: Sequence[tuple[str | None, FollowedRow]],
           formats: dict[str, Any]) -> None:
    for col, header in enumerate(headers):
        sheet.write_string(0, col, header, formats["head"])
        sheet.set_column(col, col, WIDTHS.get(header, 14), formats["wrap"])
    number = 0
    for actor, row in rows:
        cells = [row.what, row.source, row.person, row.deadline, row.status, row.comment]
        if actor is not None:
            cells.insert(0, actor)
        pieces = [cell_pieces(cell_text(c)) for c in cells]
        # A text over Excel's limit goes on in the rows below (XlsxWriter would cut it).
        for line in range(max(len(p) for p in pieces)):
            number += 1
            for col, parts in enumerate(pieces):
                late = row.overdue and headers[col] == "Frist"
                if line < len(parts) and parts[line]:
                    if sheet.write_string(number, col, parts[line],
                                          formats["late" if late else "wrap"]) < 0:
                        raise ValueError(f"cell {number},{col}: {len(parts[line])} characters")
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(number, 1), len(headers) - 1)
