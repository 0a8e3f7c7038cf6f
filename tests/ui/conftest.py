"""The main window as the GUI tests meet it, written once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hosts import in_active_host
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from facilitator.ui.organiser.analysis import AcrossCampsView
from facilitator.ui.setup.camp_setup import CampSetup
from facilitator.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, monkeypatch) -> Iterator[MainWindow]:
    """A fresh main window, shown and active. Warnings are kept in ``window.warnings``
    instead of a box that would wait for a click; a test module may define its own."""
    QSettings().clear()
    warnings: list[str] = []
    monkeypatch.setattr(MainWindow, "_warn", lambda self, text: warnings.append(text))
    w = MainWindow()
    w.warnings = warnings
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    yield w
    w.close_camp()


@pytest.fixture
def at_table(window: MainWindow, camp_path: Path) -> MainWindow:
    """The window with the test camp open at table H1-B1."""
    assert window.open_camp(camp_path)
    window.go_to_table("H1-B1")
    return window


@pytest.fixture
def setup(qtbot, session) -> Iterator[CampSetup]:
    """The preparation screen of the test camp, shown and active (its keys need focus)."""
    yield in_active_host(qtbot, lambda host: CampSetup(session, host), 1100, 750)


@pytest.fixture
def across(qtbot) -> Iterator[AcrossCampsView]:
    """The comparison across camps, empty, shown in a host of its own."""
    host = QWidget()
    qtbot.addWidget(host)
    view = AcrossCampsView(host)
    # Shown inside the host rather than as a window of its own (offscreen warnings).
    view.setWindowFlags(Qt.WindowType.Widget)
    view.setGeometry(0, 0, 1200, 800)
    view.show()
    host.resize(1200, 800)
    host.show()
    qtbot.waitExposed(host)
    yield view

