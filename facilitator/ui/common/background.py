"""One way to run slow work off the GUI thread: collecting, exporting, backing up.

Collecting forty bundles, drawing a report or copying a camp to a slow stick takes
seconds; the window must stay usable meanwhile. Each of these used to be its own
``QThread`` with its own signals, its own ``try``/``except`` and its own idea of what an
unforeseen error looks like. A :class:`Job` runs one function on its own thread and
reports back *on the GUI thread* (so any slot, a lambda included, is safe):

* ``progressed(value)`` whatever the work passes to its :class:`Progress`;
* ``succeeded(result)`` what the work returned;
* ``failed(failure)`` a :class:`Failure`: a refusal we foresaw (a
  :class:`~facilitator.domain.messages.UserError`) in its translated words, or anything
  else in the job's own words with the traceback kept for »Kopiér detaljer«.

:meth:`Job.cancel` asks the work to stop (it looks at :attr:`Progress.cancelled`) and
silences every later report; :meth:`Job.shutdown` also waits, so a job never outlives the
widget (or the test) that started it. The work opens its own store connection when it
needs one: a SQLite connection belongs to one thread.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from typing import Generic
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtCore import QThread
from PySide6.QtCore import Signal

from facilitator.domain.messages import QT_TRANSLATE_NOOP
from facilitator.domain.messages import UserError
from facilitator.ui.common.refusals import user_message

T = TypeVar("T")

UNFORESEEN = QT_TRANSLATE_NOOP(
    "Messages", "Noget gik galt ({detail}). Campfilen er ikke ændret.")


def unforeseen_error(exc: BaseException) -> UserError:
    """The default words for an error no job foresaw."""
    return UserError(UNFORESEEN, detail=f"{type(exc).__name__}: {exc}")


@dataclass(frozen=True)
class Failure:
    """Why a job gave no result."""

    #: What to tell the user, translated.
    message: str
    #: The refusal itself (an unforeseen error: the job's words for it).
    error: UserError
    #: The traceback of an unforeseen error, '' for a refusal we foresaw.
    details: str = ""


class Progress:
    """What the work holds on its thread: report how far it is, see whether to stop."""

    def __init__(self, emit: Callable[[object], None], stop: threading.Event) -> None:
        self._emit = emit
        self._stop = stop

    def __call__(self, value: object) -> None:
        if not self._stop.is_set():
            self._emit(value)

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()


class Job(QThread, Generic[T]):
    """``work(progress)`` on its own thread; the outcome reported on the GUI thread."""

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    #: Emitted on the worker thread; relayed to the GUI thread as ``progressed``.
    _reported = Signal(object)

    def __init__(self, work: Callable[[Progress], T], *,
                 unforeseen: Callable[[Exception], UserError] = unforeseen_error,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._unforeseen = unforeseen
        self._stop = threading.Event()
        #: The outcome, readable once the thread has finished.
        self.result: T | None = None
        self.failure: Failure | None = None
        self._ran = False
        # Both connections are to this object, which lives on the GUI thread: queued.
        self._reported.connect(self._relay)
        self.finished.connect(self._deliver)

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        try:
            self.result = self._work(Progress(self._reported.emit, self._stop))
        except UserError as err:
            self.failure = Failure(user_message(err), err)
        except Exception as exc:  # anything unforeseen is a message, never a traceback
            words = self._unforeseen(exc)
            self.failure = Failure(user_message(words), words, traceback.format_exc())
        self._ran = True

    def _relay(self, value: object) -> None:
        if not self.cancelled:
            self.progressed.emit(value)

    def _deliver(self) -> None:
        if not self._ran or self.cancelled:
            return
        self._ran = False  # reported once
        if self.failure is not None:
            self.failed.emit(self.failure)
        else:
            self.succeeded.emit(self.result)

    def cancel(self) -> None:
        """Ask the work to stop; nothing more is reported, whatever it returns."""
        self._stop.set()

    def shutdown(self) -> None:
        """Cancel and wait for the thread: its widget (its store) is going away."""
        self.cancel()
        self.wait()


def start(work: Callable[[Progress], T], *, parent: QObject | None = None,
          succeeded: Callable[[T], object] | None = None,
          failed: Callable[[Failure], object] | None = None,
          progressed: Callable[[Any], object] | None = None,
          unforeseen: Callable[[Exception], UserError] = unforeseen_error) -> Job[T]:
    """Make a :class:`Job`, connect the given slots and start it."""
    job: Job[T] = Job(work, unforeseen=unforeseen, parent=parent)
    for signal, slot in ((job.succeeded, succeeded), (job.failed, failed),
                         (job.progressed, progressed)):
        if slot is not None:
            signal.connect(slot)
    job.start()
    return job
