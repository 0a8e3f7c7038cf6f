"""Saved means saved in the window: focus where the first keys go, the camp file never
opened outside SQLite, and the app killed while another program reads its camp."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from bench.crash_harness import Neighbours
from bench.crash_harness import kill_process
from bench.crash_harness import make_camp
from bench.crash_harness import verify
from facilitator.store import CampStore
from facilitator.ui.organiser.place_banner import place_of
from facilitator.ui.shell.main_window import MainWindow

GUI_CHILD = Path(__file__).with_name("gui_crash_child.py")


@pytest.fixture
def window(qtbot, monkeypatch):
    QSettings().clear()
    warnings: list[str] = []
    monkeypatch.setattr(MainWindow, "_warn", lambda self, text: warnings.append(text))
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    yield w
    assert warnings == []
    w.close_camp()


@pytest.mark.parametrize("table", ["H1-B1", "H1-B2"])
def test_opening_at_a_table_puts_the_first_keys_in_the_note_field(
        qtbot, window, camp_path: Path, table: str) -> None:
    """``--table`` (the first table, already current, or another one)."""
    assert window.open_camp(camp_path)
    window.go_to_table(table)
    page = window.camp_view.table_session.current_page()
    qtbot.waitUntil(lambda: window.focusWidget() is page.entry)
    QTest.keyClicks(window.focusWidget(), "Første tanke")
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    with CampStore.open(camp_path, snapshot=True) as store:
        step = store.frame.step_by_key("indicators")
        assert [n.text for n in store.board.notes(step.id,
                                                  store.frame.table_by_code(table).id)] == [
            "Første tanke"]


def test_choosing_the_table_puts_the_cursor_in_the_note_field(
        qtbot, window, camp_path: Path) -> None:
    assert window.open_camp(camp_path)
    view = window.camp_view.table_session
    view.table_combo.setFocus()
    QTest.keyClick(view.table_combo, Qt.Key.Key_Down)  # the next table, by keyboard
    assert view.current_table().code == "H1-B2"
    qtbot.waitUntil(lambda: window.focusWidget() is view.current_page().entry)


def test_the_shared_place_check_never_opens_the_camp_file(tmp_path: Path) -> None:
    """QStorageInfo opens the path it is given; asked about the camp file, closing that
    handle dropped SQLite's locks on the open camp."""
    path = make_camp(tmp_path / "camp.camp")
    with CampStore.open(path) as store:
        store.frame.tables()
        assert _our_locks(path), "the store holds a lock on its camp"
        place_of(path)
        assert _our_locks(path), "the check dropped the store's locks"


def _our_locks(path: Path) -> list[str]:
    """The kernel's fcntl locks of this process on ``path`` (``/proc/locks``): a handle
    opened and closed outside SQLite removes them all."""
    ino = os.stat(path).st_ino
    return [line for line in Path("/proc/locks").read_text().splitlines()
            if f":{ino} " in line and f" {os.getpid()} " in line]


GUI_KILLS = 6


@pytest.mark.skipif(sys.platform != "linux", reason="kills a child process")
def test_the_app_killed_while_another_program_reads_its_camp_loses_nothing(
        tmp_path: Path) -> None:
    """The window types, votes and rewrites notes by keyboard, and writes the table's
    bundle at step changes, while another process opens, reads and closes the camp
    every few milliseconds; SIGKILL at a random moment loses no edit the app had
    reported, and the file passes integrity_check."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    camp = make_camp(tmp_path / "gui-busy.camp")
    (tmp_path / "bundles").mkdir()
    results = []
    with Neighbours(camp):
        for n in range(GUI_KILLS):
            lines = kill_process([sys.executable, str(GUI_CHILD), str(camp), str(100 + n),
                                  str(tmp_path / "bundles")],
                                 seed=n, max_delay=1.5, env=env)
            results.append(verify(camp, lines))
    assert [r.detail for r in results if r.corrupt] == []
    assert sum(r.reported for r in results) > GUI_KILLS * 5
    assert sum(r.lost for r in results) == 0
    assert list((tmp_path / "bundles").glob("*.campbundle"))  # bundles were written


def test_the_open_camp_chosen_as_a_sheet_is_refused_without_touching_it(
        qtbot, window, camp_path: Path, monkeypatch) -> None:
    """A careless choice in Filer → Importér: the camp itself. Reading it by hand would
    drop the store's locks, so it is refused by name before anything reads it."""
    from facilitator.ui.organiser.file_chooser import FileChooser

    monkeypatch.setattr(FileChooser, "open_file", lambda self, *a: camp_path)
    assert window.open_camp(camp_path)
    window.session.store.frame.tables()
    assert _our_locks(camp_path)
    window.camp_files.import_action.trigger()
    dialog = window.camp_files.dialog
    assert "er en camp-fil, der er åben her, ikke et transskriberingsark" in \
        dialog.heading.text()
    assert _our_locks(camp_path)
    dialog.reject()


def test_the_open_camp_chosen_as_a_picture_is_refused(qtbot, camp_path: Path) -> None:
    from facilitator.domain.messages import UserError
    from facilitator.ui.dialogue_box.card_images import read_card_image

    with CampStore.open(camp_path) as store:
        store.frame.tables()
        with pytest.raises(UserError, match="ikke et billede"):
            read_card_image(camp_path)
        assert _our_locks(camp_path)


@pytest.mark.parametrize("ask", ["get_open_file_name", "get_save_file_name",
                                 "get_open_file_names"])
def test_a_file_dialog_on_the_camps_folder_leaves_the_store_its_locks(
        qtbot, tmp_path: Path, ask: str) -> None:
    """Qt's file dialog reads a file it has no type for (a .camp) to guess one, and
    closing that handle dropped the store's locks; ours lists names only."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from facilitator.ui.shell import file_dialogs

    path = make_camp(tmp_path / "camp.camp")
    with CampStore.open(path) as store:
        store.frame.tables()
        assert _our_locks(path)
        shown: list[str] = []

        def close_it() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:  # not up yet
                QTimer.singleShot(50, close_it)
                return
            shown.append(type(dialog).__name__)
            QTimer.singleShot(400, dialog.reject)  # time to list the folder

        QTimer.singleShot(50, close_it)
        getattr(file_dialogs, ask)(None, "Vælg", str(tmp_path), "Alle filer (*)")
        assert shown == ["QFileDialog"]
        assert _our_locks(path), "the dialog dropped the store's locks"
