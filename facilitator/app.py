"""Entry point: route command-line verbs to the CLI, everything else to the GUI.

Heavy modules (reportlab, openpyxl) are imported only by the verbs and screens that use
them, so that starting the app costs no more than Qt itself.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from facilitator.startup_probe import READY_PROBE

CLI_VERBS = {
    "import-sheet", "export-sheet", "export-bundle", "export-kit", "open-kit", "collect",
    "export-pdf", "export-cross", "export-dialogue", "export-dialogue-kit", "export-gathering",
    "suggest-placement", "suggest-themes",
    "export-followup",
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in CLI_VERBS:
        from facilitator.cli import main as cli_main

        return cli_main(argv)
    parser = argparse.ArgumentParser(prog="facilitator", description="Facilitator")
    parser.add_argument("camp", nargs="?", help="a .camp file to open")
    parser.add_argument("--demo", action="store_true", help="open the built-in demo camp")
    parser.add_argument("--lang", choices=["da", "en"], help="UI language")
    parser.add_argument("--table", help="go straight to this table's session")
    args = parser.parse_args(argv)
    return run_gui(args)


def run_gui(args: argparse.Namespace) -> int:
    # No cyclic garbage collection until the first window is up: start-up makes tens of
    # thousands of objects (classes, enums, widgets) and keeps them all, so each pass
    # over them (6 % of the start) finds nothing. Once up, they are frozen out of every
    # later pass, which then walks only what the work since made (short GC pauses
    # while typing).
    gc.disable()
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from facilitator import i18n_build
    from facilitator.resources import resource
    from facilitator.ui.shell import i18n

    QApplication.setOrganizationName("Facilitator")
    QApplication.setApplicationName("Facilitator")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QApplication.setWindowIcon(QIcon(str(resource("icons", "facilitator.png"))))
    if i18n_build.stale():
        i18n_build.build(only_stale=True)
    i18n.install(args.lang)

    from facilitator.ui.shell.main_window import MainWindow
    from facilitator.ui.shell.open_files import FileOpenEvents
    from facilitator.ui.shell.open_files import open_path

    window = MainWindow()
    if sys.platform == "darwin":  # a .camp double-clicked in Finder; an app-wide filter
        app.installEventFilter(FileOpenEvents(window))  # sees every event: only where needed
    # A camp opens before the window shows: the first frame is the camp, and the start
    # screen is made only if the user goes back to it. A kit or a bundle asks its
    # questions over the window, so those open once it is up.
    camp = Path(args.camp) if args.camp and not args.demo else None
    if args.demo:
        window.open_demo()
    elif camp is not None and camp.suffix.lower() == ".camp":
        window.open_camp(camp)
    window.show()
    QTimer.singleShot(0, _started)
    if camp is not None and camp.suffix.lower() != ".camp":
        open_path(window, camp)  # a .campkit or .campbundle
    if args.table:
        window.go_to_table(args.table)
    if os.environ.get(READY_PROBE):
        from facilitator.startup_probe import report_when_idle

        report_when_idle()
    return app.exec()


def _started() -> None:
    """The first window is up: what start-up made stays; collect from here on. (Closing
    a camp unfreezes it all again, so the camp's own objects can go: main_window.py.)"""
    gc.freeze()
    gc.enable()


if __name__ == "__main__":  # the language switch restarts the app this way
    sys.exit(main())
