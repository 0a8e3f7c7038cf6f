"""Thermometer readings: one digit, one reading, wherever the focus is on the page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from facilitator.ui.shell import file_dialogs
from facilitator.ui.shell.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(qtbot, monkeypatch, tmp_path: Path):
    QSettings().clear()
    monkeypatch.setattr(MainWindow, "_warn", lambda self, text: None)
    camp_path = tmp_path / "Dialog.camp"
    monkeypatch.setattr(file_dialogs, "get_save_file_name",
                        staticmethod(lambda *a, **k: (str(camp_path), "Camp (*.camp)")))
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.mouseClick(w.start.dialogue_button, LEFT)
    view = w.camp_view.table_session
    assert view.current_step().key == "thermometer"
    yield view.current_page()
    w.close_camp()


def values(page) -> list[tuple[int, str]]:
    return [(r.value, r.label) for r in page.session.store.dialogue_box.readings(page.step.id,
                                                                     page.table_id)]


def test_six_then_zero_in_the_word_field_are_two_readings(page) -> None:
    page.word.setFocus()
    QTest.keyClick(page.word, Qt.Key.Key_6)
    QTest.keyClick(page.word, Qt.Key.Key_0)
    assert values(page) == [(6, ""), (10, "")]
    assert page.word.text() == ""
    # Enter after the digits records nothing more: no duplicate of the last reading.
    QTest.keyClick(page.word, Qt.Key.Key_Return)
    QTest.keyClick(page.thermometer, Qt.Key.Key_Return)
    assert values(page) == [(6, ""), (10, "")]


def test_a_word_then_a_digit_is_one_labelled_reading(page) -> None:
    page.word.setFocus()
    QTest.keyClicks(page.word, "glad")
    QTest.keyClick(page.word, Qt.Key.Key_7, Qt.KeyboardModifier.KeypadModifier)
    assert values(page) == [(7, "glad")]
    assert page.word.hasFocus()


def test_digits_on_the_buttons_and_the_list_are_readings_too(qtbot, page) -> None:
    qtbot.mouseClick(page.whole_group, LEFT)
    QTest.keyClick(page.whole_group, Qt.Key.Key_4)
    page.end_button.setFocus()
    QTest.keyClick(page.end_button, Qt.Key.Key_9)
    page.list.setFocus()
    QTest.keyClick(page.list, Qt.Key.Key_3)
    assert values(page) == [(4, ""), (9, ""), (3, "")]


def test_enter_on_the_thermometer_gives_the_value_chosen_with_the_arrows_once(page) -> None:
    page.thermometer.setFocus()
    QTest.keyClick(page.thermometer, Qt.Key.Key_8)
    QTest.keyClick(page.thermometer, Qt.Key.Key_Return)
    assert values(page) == [(8, "")]
    QTest.keyClick(page.thermometer, Qt.Key.Key_Up)
    QTest.keyClick(page.thermometer, Qt.Key.Key_Return)
    QTest.keyClick(page.thermometer, Qt.Key.Key_Return)
    assert values(page) == [(8, ""), (9, "")]
