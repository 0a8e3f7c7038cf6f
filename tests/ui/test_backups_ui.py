"""Backups from the Filer menu: taken on open, listed, restored; deleting a camp."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from facilitator.store import CampStore
from facilitator.ui.shell import backups_dialog
from facilitator.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, monkeypatch):
    QSettings().clear()
    warnings: list[str] = []
    monkeypatch.setattr(MainWindow, "_warn", lambda self, text: warnings.append(text))
    w = MainWindow()
    w.warnings = warnings
    qtbot.addWidget(w)
    yield w
    w.close_camp()


def indicator_texts(path: Path) -> list[str]:
    with CampStore.open(path) as store:
        step = store.frame.step_by_key("indicators")
        return [n.text for n in store.board.notes(step.id, store.frame.tables()[0].id)]


def test_open_backs_up_and_a_backup_can_be_restored(window, camp_path: Path, monkeypatch) -> None:
    assert window.open_camp(camp_path)
    folder = window._backups_folder(camp_path)
    window.wait_for_backup()  # taken while the facilitator starts work
    assert len(backups_dialog.list_backups(folder)) == 1
    store = window.session.store
    store.board.add_note(step_id=store.frame.step_by_key("indicators").id,
                         table_id=store.frame.tables()[0].id,
                   text="skrevet efter kopien")

    def choose_oldest(dialog) -> int:
        assert dialog.list.count() == 1
        dialog.chosen = backups_dialog.list_backups(dialog.folder)[-1]
        return 1

    monkeypatch.setattr(backups_dialog.BackupsDialog, "exec", choose_oldest)
    window.backups_action.trigger()
    assert window.session is not None and window.warnings == []
    assert indicator_texts(camp_path) == []
    # The state before the restore was kept as a backup of its own.
    newest = backups_dialog.list_backups(folder)
    assert any(indicator_texts(b.path) == ["skrevet efter kopien"] for b in newest)


def test_delete_camp_after_confirmation(window, camp_path: Path, monkeypatch) -> None:
    assert window.open_camp(camp_path)
    folder = window._backups_folder(camp_path)
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.delete_action.trigger()
    assert camp_path.exists() and window.session is not None
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert window.session is None
    assert not camp_path.exists() and not folder.exists()
    assert not camp_path.with_name(camp_path.name + "-wal").exists()


def test_a_backup_that_cannot_be_made_is_told_and_the_camp_stays_open(
        window, camp_path: Path, tmp_path: Path, qtbot, monkeypatch) -> None:
    blocker = tmp_path / "ikke en mappe"
    blocker.write_text("en fil, hvor sikkerhedskopierne skulle ligge")
    monkeypatch.setattr(MainWindow, "_backups_folder", lambda self, path: blocker / "kopier")
    assert window.open_camp(camp_path)
    window.wait_for_backup()
    assert "Sikkerhedskopien kunne ikke laves" in window.statusBar().currentMessage()
    store = window.session.store
    store.board.add_note(step_id=store.frame.step_by_key("indicators").id,
                         table_id=store.frame.tables()[0].id,
                   text="skrevet alligevel")
    assert indicator_texts(camp_path) == ["skrevet alligevel"]
