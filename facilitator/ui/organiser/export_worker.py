"""Writing a report off the GUI thread, with progress.

Laying out and drawing a camp summary takes seconds (a big camp: many); the organiser
keeps working meanwhile. The job is one of the exports of
:mod:`facilitator.export.camp_exports`, which open their *own* read-only connection to
the camp file (a SQLite connection belongs to one thread; WAL lets the window's own
connection read and write beside it). The worker reports a whole percentage as the
report grows, then the file it wrote, or the reason it could not.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from facilitator.domain.messages import QT_TRANSLATE_NOOP, UserError

EXPORT_FAILED = QT_TRANSLATE_NOOP(
    "Messages", "Rapporten kunne ikke laves ({detail}). Intet er gemt, og campen er uændret."
)

#: An export: called on the worker's thread with ``progress=`` a callback; returns the file.
Job = Callable[..., Path]


class ExportWorker(QThread):
    """Runs one export job on its own thread."""

    #: How far the report is, 0–100.
    progressed = Signal(int)
    #: The file written (a Path), delivered on the GUI thread.
    done = Signal(object)
    #: Why nothing was written (a UserError, translated by the receiver).
    failed = Signal(object)

    def __init__(self, job: Job, *, reading: float = 0.0,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.reading = reading
        self.result: Path | None = None
        self.error: UserError | None = None

    def run(self) -> None:
        from facilitator.export.camp_exports import ProgressMeter  # not at start-up

        meter = ProgressMeter(self.progressed.emit, reading=self.reading)
        try:
            self.result = self.job(progress=meter)
        except UserError as err:
            self.error = err
        except Exception as exc:  # anything unforeseen is a message, never a traceback
            import traceback

            self.error = UserError(EXPORT_FAILED, detail=f"{type(exc).__name__}: {exc}")
            #: For »Kopiér detaljer«: what went wrong where, for whoever fixes it.
            self.error.details = traceback.format_exc()  # type: ignore[attr-defined]
        if self.error is not None:
            self.failed.emit(self.error)
            return
        self.progressed.emit(100)
        self.done.emit(self.result)
