"""The files of an export: the camps it reads, and the file it writes.

Shared by every export verb (:mod:`facilitator.export.camp_exports`), the report across
camps and the view across camps (so no reportlab here): a camp is opened read-only for
one export and closed again (its file is never changed); a report is only ever a .pdf
and never written over one of the camps it is made from; and a file that cannot be
written is a Danish message, not a traceback.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Mapping
from contextlib import contextmanager
from pathlib import Path

from facilitator.domain import messages as msg
from facilitator.domain.analysis import CampOverview
from facilitator.domain.messages import CANNOT_WRITE
from facilitator.domain.messages import QT_TRANSLATE_NOOP
from facilitator.domain.messages import UserError
from facilitator.domain.messages import write_failure
from facilitator.store import CampStore
from facilitator.store.bundle_files import OTHER
from facilitator.store.bundle_files import check_target
from facilitator.store.reader import CampReader

#: Where an export is written, as the callers name it.
OutPath = str | os.PathLike[str]
#: Told of a build's progress: reportlab's events (STARTED, SIZE_EST, PROGRESS, PASS)
#: and the camps read (CAMPS, CAMP), each with a number.
Progress = Callable[[str, int], None]
#: Names to replace in a report's texts, and what is printed instead.
NameMap = Mapping[str, str]

PDF_SUFFIX = ".pdf"
NOT_A_PDF = QT_TRANSLATE_NOOP(
    "Messages", "»{path}«: en rapport gemmes som PDF, med endelsen .pdf."
)
TARGET_IS_CAMP = QT_TRANSLATE_NOOP(
    "Messages", "»{path}« er en af campene. Vælg et andet navn til rapporten."
)


@contextmanager
def reading(camp_path: OutPath) -> Iterator[CampReader]:
    """The camp opened read-only for one export, closed again afterwards."""
    store = CampStore.open(Path(camp_path), snapshot=True)
    try:
        yield store
    finally:
        store.close()


def read_overview(path: Path) -> CampOverview:
    """One camp's overview through a read-only store that is closed again.

    Raises UserError (Danish, translatable) for anything that is not a camp we can read.
    """
    try:
        with reading(path) as store:
            return store.analysis.camp_overview()
    except UserError:
        raise
    except Exception as exc:  # a file we recognised as a camp but cannot read through
        raise UserError(msg.CANNOT_READ, path=str(path), detail=str(exc)) from exc


@contextmanager
def writing(out_path: Path) -> Iterator[None]:
    """An OSError while writing ``out_path`` as the user reads it."""
    try:
        yield
    except OSError as exc:
        raise UserError(CANNOT_WRITE, path=str(out_path), detail=write_failure(exc)) from exc


def check_pdf_target(out_path: Path, inputs: Iterable[Path] = ()) -> None:
    """Refuse a report file that is no .pdf, or that is one of the camps read."""
    if out_path.suffix.lower() != PDF_SUFFIX:
        raise UserError(NOT_A_PDF, path=str(out_path))
    for camp in inputs:
        try:
            same = out_path.resolve() == Path(camp).resolve() or (
                out_path.exists() and out_path.samefile(camp))
        except OSError:
            same = False
        if same:
            raise UserError(TARGET_IS_CAMP, path=str(out_path))
    check_target(out_path, OTHER, inputs)  # never over a camp, a kit or a bundle
