"""Writing a report off the GUI thread, with progress.

Laying out and drawing a camp summary takes seconds (a big camp: many); the organiser
keeps working meanwhile. The export is one of :mod:`facilitator.export.camp_exports`,
which open their *own* read-only connection to the camp file (a SQLite connection
belongs to one thread; WAL lets the window's own connection read and write beside it).
The job reports a whole percentage as the report grows, then the file it wrote, or the
reason it could not.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from facilitator.domain.messages import QT_TRANSLATE_NOOP
from facilitator.domain.messages import UserError
from facilitator.ui.common.background import Job
from facilitator.ui.common.background import Progress
from facilitator.ui.shell import screens

EXPORT_FAILED = QT_TRANSLATE_NOOP(
    "Messages", "Rapporten kunne ikke laves ({detail}). Intet er gemt, og campen er uændret."
)

#: An export: called on the job's thread with ``progress=`` a callback; returns the file.
Export = Callable[..., Path]


def export_failed(exc: Exception) -> UserError:
    return UserError(EXPORT_FAILED, detail=f"{type(exc).__name__}: {exc}")


def export_job(export: Export, *, reading: float = 0.0,
               parent: QObject | None = None) -> Job[Path]:
    """A job running ``export``; reports 0–100 (``reading``: the share spent reading)."""

    def work(progress: Progress) -> Path:
        # The export code is loaded when a report is made, not at start-up.
        return export(progress=screens.ProgressMeter(progress, reading=reading))

    return Job(work, unforeseen=export_failed, parent=parent)
