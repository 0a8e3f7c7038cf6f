"""Another copy of the app, in its own process, for tests/ui/test_two_copies.py.

Opens the camp in the main window as a user does, says how it opened, then obeys one
command a line on stdin: ``state``, ``restore BACKUP FOLDER``, ``quit``. Every answer
is one line on stdout.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.ui.app_child import start_app


def state(window) -> str:
    view = window.camp_view
    shown = view.read_only_banner.text() if not view.read_only_banner.isHidden() else ""
    return f"{'READ-ONLY' if window.session.read_only else 'WRITABLE'} {shown}"


def main() -> None:
    app, window = start_app(Path(sys.argv[1]), "Facilitator-second-copy")
    app.processEvents()
    print(state(window), flush=True)
    for line in sys.stdin:
        command, *args = line.split()
        if command == "state":
            print(state(window), flush=True)
        elif command == "restore":
            from facilitator.domain.messages import UserError
            from facilitator.store.backups import restore_backup

            try:
                restore_backup(window.session.store.path, Path(args[0]), Path(args[1]))
            except UserError as err:
                print(f"REFUSED {err}", flush=True)
            else:
                print("RESTORED", flush=True)
        elif command == "quit":
            window.close()
            break
        app.processEvents()
    QApplication.processEvents()
    print("DONE", flush=True)


if __name__ == "__main__":
    main()
