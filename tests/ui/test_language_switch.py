"""The language menu: one language ticked, and a restart offered in the language chosen."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess
from PySide6.QtCore import QSettings
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox

from facilitator.ui.shell import i18n
from facilitator.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    QSettings().clear()
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close_camp()


def language_actions(window: MainWindow) -> dict[str, object]:
    return {a.data(): a for a in window.language_group.actions()}


def answer_question(button_text: str, seen: list[tuple[str, list[str]]]) -> None:
    """Click ``button_text`` in the question box once it is up; note what it said."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append((box.text(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if b.text() == button_text).click()
    QTimer.singleShot(0, click)


def test_one_language_is_ticked_at_a_time(window: MainWindow) -> None:
    actions = language_actions(window)
    assert window.language_group.isExclusive()
    assert actions["da"].isChecked() and not actions["en"].isChecked()
    answer_question("Later", [])
    actions["en"].trigger()
    assert actions["en"].isChecked() and not actions["da"].isChecked()
    assert i18n.chosen_language() == "en"


def test_the_restart_is_offered_in_the_new_language_and_reopens_the_camp(
        qtbot, window: MainWindow, monkeypatch, camp_path: Path) -> None:
    started: list[tuple[str, list[str], str]] = []
    monkeypatch.setattr(QProcess, "startDetached",
                        lambda program, arguments, folder: started.append(
                            (program, arguments, folder)) or True)
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    assert window.open_camp(camp_path)
    seen: list[tuple[str, list[str]]] = []
    answer_question("Restart now", seen)
    language_actions(window)["en"].trigger()
    [(text, buttons)] = seen
    assert "Restart now?" in text and "English" in text
    assert buttons == ["Restart now", "Later"]
    assert window.session is None  # closed first: the new process finds the camp free
    [(program, arguments, folder)] = started
    assert program == sys.executable
    assert arguments == ["-m", "facilitator.app", str(camp_path.resolve())]
    assert (Path(folder) / "facilitator" / "app.py").exists()


def test_later_keeps_the_camp_open_and_the_choice_for_next_start(
        window: MainWindow, monkeypatch, camp_path: Path) -> None:
    started: list[object] = []
    monkeypatch.setattr(QProcess, "startDetached", lambda *a: started.append(a) or True)
    QSettings().setValue("ui/language", "en")
    window.close()
    english = MainWindow()
    try:
        assert english.open_camp(camp_path)
        seen: list[tuple[str, list[str]]] = []
        answer_question("Senere", seen)
        language_actions(english)["da"].trigger()
        [(text, buttons)] = seen
        assert "Genstart nu?" in text and buttons == ["Genstart nu", "Senere"]
        assert started == [] and english.session is not None
        assert i18n.chosen_language() == "da"
    finally:
        english.close_camp()
        english.deleteLater()
