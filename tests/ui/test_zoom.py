"""The table session's type size: Ctrl+plus/minus/0 and »Stor skrift«, kept per user."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from facilitator.ui.shell import zoom
from facilitator.ui.shell.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def open_window(qtbot, camp_path: Path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitActive(window):  # the zoom keys work where the session has the focus
        window.show()
        window.activateWindow()
    assert window.open_camp(camp_path)
    window.go_to_table("H1-B1")
    return window


def sizes(window: MainWindow) -> dict[str, float]:
    """The point sizes the table reads, and the height of the first note's row."""
    view = window.camp_view.table_session
    page = view.current_page()
    return {
        "notes": page.view.font().pointSizeF(),
        "entry": page.entry.font().pointSizeF(),
        "row": page.view.visualRect(page.proxy.index(0, 0)).height(),
        "question": view.prompt.font().pointSizeF(),
        "title": view.title.font().pointSizeF(),
        "timer": view.timer.label.font().pointSizeF(),
        "buttons": view.next_button.font().pointSizeF(),
    }


@pytest.fixture
def fresh_settings():
    QSettings().clear()
    yield
    QSettings().clear()


def test_zoom_keys_scale_the_session_and_are_remembered(qtbot, camp_path: Path,
                                                       fresh_settings) -> None:
    window = open_window(qtbot, camp_path)
    page = window.camp_view.table_session.current_page()
    QTest.keyClicks(page.entry, "Flere bruger biblioteket om aftenen, også de unge")
    QTest.keyClick(page.entry, Qt.Key.Key_Return)
    normal = sizes(window)
    assert normal["notes"] >= 13  # readable across a table at normal size
    assert normal["question"] > normal["buttons"] and normal["timer"] > normal["question"]

    QTest.keyClick(page.entry, Qt.Key.Key_Plus, CTRL)
    QTest.keyClick(page.entry, Qt.Key.Key_Equal, CTRL)  # keyboards without a plus key
    bigger = sizes(window)
    assert zoom.level() == pytest.approx(1.3)
    for name in ("notes", "entry", "question", "title", "timer", "buttons"):
        assert bigger[name] == pytest.approx(normal[name] * 1.3, rel=0.02), name
    assert bigger["row"] > normal["row"]  # rows measured again in the larger type
    window.close_camp()
    window.close()

    again = open_window(qtbot, camp_path)  # a new window, as after a restart
    assert sizes(again)["notes"] == pytest.approx(bigger["notes"])
    assert sizes(again)["row"] == bigger["row"]
    entry = again.camp_view.table_session.current_page().entry
    QTest.keyClick(entry, Qt.Key.Key_0, CTRL)
    reset = sizes(again)
    assert reset["notes"] == pytest.approx(normal["notes"])
    assert reset["row"] == normal["row"]
    QTest.keyClick(entry, Qt.Key.Key_Minus, CTRL)
    assert sizes(again)["notes"] < normal["notes"]
    for _ in range(12):  # held down: it stops at the smallest and the largest level
        QTest.keyClick(entry, Qt.Key.Key_Minus, CTRL)
    assert zoom.level() == zoom.LEVELS[0] == 0.8
    for _ in range(12):
        QTest.keyClick(entry, Qt.Key.Key_Plus, CTRL)
    assert zoom.level() == zoom.LEVELS[-1] == 2.5
    assert sizes(again)["notes"] == pytest.approx(normal["notes"] * 2.5, rel=0.02)
    again.close_camp()


def test_large_type_in_the_menu(qtbot, camp_path: Path, fresh_settings) -> None:
    window = open_window(qtbot, camp_path)
    normal = sizes(window)
    action = window.zoom_menu.large_action
    assert any(action in m.menu().actions() for m in window.menuBar().actions() if m.menu())
    action.trigger()
    assert action.isChecked()
    assert sizes(window)["notes"] == pytest.approx(normal["notes"] * zoom.LARGE, rel=0.02)
    action.trigger()
    assert not action.isChecked()
    assert sizes(window)["notes"] == pytest.approx(normal["notes"])
    window.close_camp()
