"""The step countdown keeps time across step changes and says clearly when time is up."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from facilitator.ui.shell.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


class Clock:
    """A monotonic clock the test moves on by hand."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def view(qtbot, monkeypatch, camp_path: Path):
    QSettings().clear()
    monkeypatch.setattr(MainWindow, "_warn", lambda self, text: None)
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_camp(camp_path)
    w.go_to_table("H1-B1")
    table_session = w.camp_view.table_session
    table_session.clock = Clock()
    w.session.countdowns.clock = table_session.clock
    table_session.beeps = beeps
    yield table_session
    w.close_camp()


def step_row(view, key: str) -> int:
    return next(row for row, s in enumerate(view._steps) if s.key == key)


def test_a_running_timer_keeps_counting_while_another_step_is_shown(view) -> None:
    clock = view.clock
    assert view.current_step().key == "indicators"
    assert view.timer.label.text() == "45:00"
    QTest.keyClick(view.current_page().entry, Qt.Key.Key_F5)  # start
    clock.now += 4
    view.check_timers()
    assert view.timer.label.text() == "44:56"

    # The bulletin board (open all day, no countdown), then the prerequisites.
    view.step_list.setCurrentRow(step_row(view, "bulletin_board"))
    assert not view.timer.isVisible()
    clock.now += 60
    view.check_timers()
    indicators = view.step_list.item(step_row(view, "indicators"))
    assert indicators.text().endswith("▶ 43:56")  # still visible in the step list
    QTest.keyClick(view.step_list, Qt.Key.Key_PageDown, CTRL)  # to Den gode idé
    QTest.keyClick(view.step_list, Qt.Key.Key_PageUp, CTRL)

    view.step_list.setCurrentRow(step_row(view, "indicators"))
    assert view.timer.label.text() == "43:56"
    assert view.timer.running
    assert view.timer.start_button.text() == "Pause"


def test_each_step_keeps_its_own_time_and_pause(view) -> None:
    clock = view.clock
    view.timer.start_button.click()
    clock.now += 100
    view.timer.start_button.click()  # paused at 43:20
    QTest.keyClick(view.step_list, Qt.Key.Key_PageDown, CTRL)
    assert view.current_step().key == "dilemmas"
    assert view.timer.label.text() == "45:00"
    clock.now += 300
    QTest.keyClick(view.step_list, Qt.Key.Key_PageUp, CTRL)
    assert view.timer.label.text() == "43:20"
    assert not view.timer.running


def test_reaching_zero_beeps_says_so_and_counts_the_overrun(qtbot, view) -> None:
    clock = view.clock
    reached: list[tuple[str, str]] = []
    view.time_up.connect(lambda table_id, step_id: reached.append((table_id, step_id)))
    view.timer.start_button.click()
    view.step_list.setCurrentRow(step_row(view, "bulletin_board"))  # looking elsewhere
    clock.now += 45 * 60 - 1
    view.check_timers()
    assert reached == [] and view.beeps == []
    clock.now += 1
    view.check_timers()
    step = view._steps[step_row(view, "indicators")]
    assert reached == [(view.current_table().id, step.id)]
    assert view.beeps == [1]
    assert "Tiden er gået" in view.window().statusBar().currentMessage()
    clock.now += 30
    view.check_timers()
    assert reached == [(view.current_table().id, step.id)]  # told once
    view.step_list.setCurrentRow(step_row(view, "indicators"))
    assert view.timer.label.text() == "-00:30"
    assert view.timer.time_up_label.isVisible()
    assert view.timer.state == "over"


def test_the_beep_can_be_turned_off(qtbot, view) -> None:
    qtbot.mouseClick(view.timer.sound_button, Qt.MouseButton.LeftButton)
    assert not view.timer.sound_button.isChecked()
    assert QSettings().value("session/timer_sound", type=bool) is False
    view.timer.start_button.click()
    view.clock.now += 45 * 60
    view.check_timers()
    assert view.beeps == []
    assert view.timer.time_up_label.isVisible()  # it still says so
