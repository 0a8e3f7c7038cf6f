"""Tell a benchmark when the first window is up: ``bench/frozen_startup.py`` times the
built app, which no outside code can hook, against a bare PySide6 window built the same
way (``packaging/bare_window.py``); both report through this module.

With ``FACILITATOR_READY_PROBE`` set, the process prints ``BENCH-RESULT {"ready": t}``
(``t`` from ``time.monotonic()``, the clock the benchmark read before starting it; and
the shown windows' titles and menus, for the built app's test) once its window is shown and the
event loop has gone idle, then quits. Nothing else reads it.
"""

from __future__ import annotations

READY_PROBE = "FACILITATOR_READY_PROBE"


def report_when_idle() -> None:
    """Once the event loop runs and has nothing left to do: print the time and quit."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, _report)


def _report() -> None:
    import json
    import time

    from PySide6.QtWidgets import QApplication
    from PySide6.QtWidgets import QMainWindow

    wait_idle()
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    figures = {"ready": time.monotonic(), "windows": len(shown),
               "titles": [w.windowTitle() for w in shown],
               "menus": [a.text() for w in shown if isinstance(w, QMainWindow)
                         for a in w.menuBar().actions()]}
    print("BENCH-RESULT " + json.dumps(figures), flush=True)
    for window in shown:
        window.close()
    QApplication.quit()


def wait_idle() -> None:
    """Process events (posted ones and deferred deletes too) until a pass finds none: the
    window is up and has nothing left to do (the benchmarks' children wait the same way).
    Qt is imported here, not at the top: the command line imports this module too."""
    from PySide6.QtCore import QAbstractEventDispatcher
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtCore import QEventLoop

    dispatcher = QAbstractEventDispatcher.instance()
    while True:
        QCoreApplication.sendPostedEvents()
        if not dispatcher.processEvents(QEventLoop.ProcessEventsFlag.AllEvents):
            return
