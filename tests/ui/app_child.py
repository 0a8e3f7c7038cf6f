"""A real app process for the kill test: opens a camp at a table, types one note, waits.

Prints ``ADDED`` once the Enter key has been handled, then keeps running until killed.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from facilitator.ui.shell.main_window import MainWindow


def start_app(camp: Path, name: str) -> tuple[QApplication, MainWindow]:
    """The app as a facilitator starts it, with its own settings, on ``camp``."""
    QCoreApplication.setOrganizationName(name)
    QCoreApplication.setApplicationName(name)
    app = QApplication(sys.argv[:1])
    from facilitator.ui.shell.main_window import MainWindow

    window = MainWindow()
    window.show()
    assert window.open_camp(camp)
    return app, window


def main() -> None:
    camp, table, text = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app, window = start_app(camp, "Facilitator-kill-test")
    window.go_to_table(table)

    def type_note() -> None:
        page = window.camp_view.table_session.current_page()
        page.entry.setFocus()
        # QTest cannot type emoji as key presses; paste the text as a user would.
        page.entry.insertPlainText(text)
        QTest.keyClick(page.entry, Qt.Key.Key_Return)
        print("ADDED", flush=True)

    QTimer.singleShot(0, type_note)
    app.exec()


if __name__ == "__main__":
    main()
