"""The floor of the frozen start-up benchmark: a bare PySide6 empty QMainWindow, built
with the app's own spec (``FACILITATOR_BUILD=bare``), so both sides pay the same frozen
start (the bootloader, unpacking nothing, Qt's libraries and plugins from _internal/).
It reports through the same probe as the app (facilitator/startup_probe.py)."""

import sys

from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMainWindow

from facilitator.startup_probe import report_when_idle

if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 800)
    window.show()
    report_when_idle()
    sys.exit(app.exec())
