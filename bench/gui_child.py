"""A GUI child process for the start-up and memory benchmarks (run by them, offscreen).

    python bench/gui_child.py app [ARGS…]   the real app (facilitator.app.main(ARGS))
    python bench/gui_child.py bare          the floor: a bare PySide6 empty QMainWindow

Both print ``BENCH-RESULT {"ready": t, "maxrss_kb": …, "hwm_kb": …}`` once the window
is shown and the event loop is idle (``t`` is ``time.monotonic()``, the clock the parent
read before it started this process), then quit. ``--visit-steps`` first walks the open camp's table
session through every step (so every step page exists), for the memory benchmark.

Kept tiny and free of the bench package, so the two sides import only what they need.
"""

import json
import resource
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMainWindow

from facilitator.startup_probe import wait_idle


def peak_rss_kb() -> int | None:
    """This process's own peak RSS (VmHWM), or None off Linux.

    ``ru_maxrss`` is not enough on Linux: it keeps the high-water mark of the memory the
    process had before ``exec``, i.e. of the parent that forked it (a benchmark runner
    holding a 400 MB camp would make every child look 400 MB big).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def ready(visit_steps: bool, need_camp: bool) -> None:
    wait_idle()
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMainWindow) and w.isVisible()]
    figures: dict = {"ready": time.monotonic(), "cpu": time.process_time()}
    if not windows:
        figures["error"] = "no main window shown"
    elif need_camp and getattr(windows[0], "camp_view", None) is None:
        figures["error"] = "no camp open"
    elif visit_steps:
        session = windows[0].camp_view.table_session
        for row in range(session.step_list.count()):
            session.choose_step(row)
            wait_idle()
        figures["steps"] = session.step_list.count()
    figures["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    figures["hwm_kb"] = peak_rss_kb()
    print("BENCH-RESULT " + json.dumps(figures), flush=True)
    for window in windows:
        window.close()
    QApplication.quit()


def hook_exec(visit_steps: bool, need_camp: bool) -> None:
    """Make QApplication.exec() report once it has started and gone idle."""
    original = QApplication.exec

    def exec_and_report(*_self: object) -> int:
        QTimer.singleShot(0, lambda: ready(visit_steps, need_camp))
        return original()

    QApplication.exec = exec_and_report


def bare() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.show()
    return app.exec()


def main() -> int:
    args = sys.argv[1:]
    visit = "--visit-steps" in args
    args = [a for a in args if a != "--visit-steps"]
    mode, rest = args[0], args[1:]
    hook_exec(visit, need_camp=mode == "app")
    if mode == "bare":
        return bare()
    from facilitator.app import main as app_main

    return app_main(rest)


if __name__ == "__main__":
    sys.exit(main())
