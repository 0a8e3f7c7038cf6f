"""Onboarding: the first start's three sentences, and F1's page of the screen's keys."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt

from facilitator.ui.shell.help_page import HelpPage
from facilitator.ui.shell.main_window import MainWindow


def press_f1(qtbot, window: MainWindow) -> HelpPage:
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(getattr(window, "help_page", None), HelpPage)
                    and window.help_page.isVisible())
    return window.help_page


def test_the_first_start_explains_camp_dialogue_and_the_bundles_once(qtbot, window) -> None:
    welcome = window.start.welcome
    assert welcome.isVisible()
    sentences = [s for s in re.split(r"(?<=[.!?«])\s+(?=[A-ZÆØÅ])", welcome.label.text()) if s]
    assert len(sentences) == 3
    text = welcome.label.text()
    assert "camp" in sentences[0] and "dialog" in sentences[0]
    assert "bordpakke" in text and "arrangøren henter" in text and "»Indsamling«" in text
    qtbot.mouseClick(welcome.ok_button, Qt.MouseButton.LeftButton)
    assert not welcome.isVisible()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert not again.start.welcome.isVisible()


def test_f1_lists_the_keys_of_the_step_at_the_table(qtbot, window, camp_path: Path) -> None:
    assert window.open_camp(camp_path)
    session = window.camp_view.table_session
    session.choose_step("indicators")
    window.activateWindow()
    page = press_f1(qtbot, window)
    text = page.text.toPlainText()
    step = session.current_step().title
    assert f"Taster på »Ved bordet – {step}«" in text
    assert ("Ctrl+PgDown", "Gå til næste trin") in page.here or \
        ("Ctrl+Page Down", "Gå til næste trin") in page.here
    assert ("Enter", "Tilføj noten") in page.here
    assert "Ctrl+Z" in text and "Fortryd" in text  # the menus' keys: everywhere
    page.close()


def test_f1_on_the_start_screen_tells_its_own_keys(qtbot, window) -> None:
    page = press_f1(qtbot, window)
    assert "Taster på »Start«" in page.text.toPlainText()
    assert ("Ctrl+N", "Opret en ny camp ud fra standardprogrammet") in page.here
    page.close()
