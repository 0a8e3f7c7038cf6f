"""Nothing leaked: a whole day runs without the network, and every file we write is the user's.

1. A table day through the store and a note step through the GUI, then everything that
   leaves the laptop — a transcription sheet (.xlsx and .csv), a table bundle, a camp
   kit, collected back, a backup — with every way of making a socket refused. (The PDF
   reports join through :func:`export_pdf_reports`, the lead's hook.)
2. Camp files (with their -wal/-shm), kits, bundles, backups and exported sheets are
   created readable and writable by the user only (0o600) on POSIX, whatever the umask.
"""

from __future__ import annotations

import os
import socket
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from facilitator.export.transcription_sheet import write_sheet
from facilitator.program import load_program
from facilitator.sheet_files import read_sheet
from facilitator.store import CampStore
from facilitator.store.backups import make_backup
from facilitator.store.bundles import collect
from facilitator.store.bundles import export_bundle
from facilitator.store.bundles import export_kit
from facilitator.store.bundles import open_kit
from facilitator.store.transcription import export_rows

POSIX = os.name == "posix"


class NetworkUsed(AssertionError):
    """Raised (and recorded) when anything in the app tries to make a connection."""


@pytest.fixture
def no_network(monkeypatch) -> Iterator[list[str]]:
    """Every way the standard library makes a socket or looks up a name, refused."""
    attempts: list[str] = []

    def refuse(name: str):
        def refused(*args, **kwargs):
            attempts.append(f"socket.{name}{args!r}")
            raise NetworkUsed(f"Facilitator must work offline: socket.{name} was called")
        return refused

    for name in ("socket", "create_connection", "create_server", "socketpair", "fromfd",
                 "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refuse(name))
    with pytest.raises(NetworkUsed):  # the guard itself works
        socket.create_connection(("lejre.dk", 443))
    attempts.clear()
    yield attempts
    assert attempts == [], attempts


def export_pdf_reports(store: CampStore, folder: Path) -> list[Path]:
    """HOOK for the lead: write the PDF reports (camp report, table sheets) of ``store``
    into ``folder`` and return their paths; they are then checked like every other file
    here (made offline, readable by the user only). Until then: none."""
    return []


def table_day(store: CampStore, code: str) -> None:
    """What a table writes in a day, through the store's operations."""
    table = store.frame.table_by_code(code)
    steps = {s.key: s for s in store.frame.steps()}
    indicators = steps["indicators"]
    first = store.board.add_note(step_id=indicators.id, table_id=table.id,
                           text="Flere unge i foreningerne")
    store.board.add_note(step_id=indicators.id, table_id=table.id, text="Trygge cykelstier")
    store.board.update_note(note_id=first.id, votes=3, selected=True)
    gone = store.board.add_note(step_id=indicators.id, table_id=table.id, text="Fejltastning")
    store.board.delete_note(note_id=gone.id)
    store.board.add_note(step_id=steps["dilemmas"].id, table_id=table.id, text="Frihed mod tryghed",
                   tag="dilemma")
    store.board.add_front_page(step_id=steps["front_pages"].id, table_id=table.id,
                         headline="Lejre vinder prisen", story="Klubben er fuld hver aften")
    prereq = store.board.add_note(step_id=steps["prerequisites"].id, table_id=table.id,
                            text="Busser om aftenen")
    store.board.update_note(note_id=prereq.id, selected=True)
    for actor in store.frame.actors()[:2]:
        store.board.add_contribution(step_id=steps["contributions"].id, table_id=table.id,
                               text=f"{actor.name} hjælper", prerequisite_id=prereq.id,
                               actor_id=actor.id)


def gui_note_step(qtbot, camp: Path, monkeypatch) -> None:
    """A facilitator types two notes and votes in the first step, in the real window."""
    from facilitator.ui.shell.main_window import MainWindow

    QSettings().clear()
    warnings: list[str] = []
    monkeypatch.setattr(MainWindow, "_warn", lambda self, text: warnings.append(text))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.open_camp(camp)
        window.go_to_table("H1-B2")
        page = window.camp_view.table_session.current_page()
        for text in ("Et sted at være om aftenen", "Lys på stien"):
            QTest.keyClicks(page.entry, text)
            QTest.keyClick(page.entry, Qt.Key.Key_Return)
        page.view.setCurrentIndex(page.view.model().index(0, 0))
        QTest.keyClick(page.view, Qt.Key.Key_Plus)
        assert "2 noter · 1 stemme" in page.counts_label.text()
    finally:
        window.close_camp()
        window.close()
    assert warnings == []


def test_a_whole_day_and_every_export_work_offline(qtbot, no_network, tmp_path: Path,
                                                   monkeypatch) -> None:
    camp = tmp_path / "camp.camp"
    with CampStore.create(camp, program=load_program("camp_day"), title="Offline camp") as store:
        group = store.frame.add_main_group(code="H1")
        store.frame.add_table(code="H1-B1", main_group_id=group.id)
        store.frame.add_table(code="H1-B2", main_group_id=group.id)
        export_kit(store, tmp_path / "camp.campkit")
    laptop = open_kit(tmp_path / "camp.campkit", tmp_path / "laptop.camp")
    with CampStore.open(laptop) as store:
        table_day(store, "H1-B1")
        export_bundle(store, "H1-B1", tmp_path / "H1-B1.campbundle")
    gui_note_step(qtbot, camp, monkeypatch)

    out = tmp_path / "ud"
    out.mkdir()
    with CampStore.open(camp) as store:
        summary = collect(store, [tmp_path / "H1-B1.campbundle"])
        assert summary.refused == [] and summary.tables["H1-B1"].new == 7
        for suffix in (".xlsx", ".csv"):
            write_sheet(export_rows(store), out / f"noter{suffix}")
        make_backup(store.conn, camp, out / "backups")
        pdfs = export_pdf_reports(store, out)
    texts = {r.text for r in read_sheet(out / "noter.xlsx")}
    assert {"Flere unge i foreningerne", "Lys på stien", "Kommunen hjælper"} <= texts
    assert read_sheet(out / "noter.csv") == read_sheet(out / "noter.xlsx")
    for path in pdfs:
        assert path.exists() and path.stat().st_size > 0
    if POSIX:
        for path in [*out.rglob("*.*"), *pdfs]:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


# -- files readable by the user only ----------------------------------------------------
@pytest.fixture
def open_umask() -> Iterator[None]:
    """umask 0: a file made with open()'s default would be readable by everyone."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_every_file_we_write_is_the_users_alone(open_umask, tmp_path: Path) -> None:
    camp = tmp_path / "camp.camp"
    store = CampStore.create(camp, program=load_program("camp_day"), title="Privat")
    try:
        group = store.frame.add_main_group(code="H1")
        store.frame.add_table(code="H1-B1", main_group_id=group.id)
        table_day(store, "H1-B1")
        made = {
            "camp": camp,
            "camp -wal": camp.with_name("camp.camp-wal"),
            "camp -shm": camp.with_name("camp.camp-shm"),
            "kit": tmp_path / "camp.campkit",
            "bundle": tmp_path / "H1-B1.campbundle",
            "sheet .xlsx": tmp_path / "noter.xlsx",
            "sheet .csv": tmp_path / "noter.csv",
        }
        export_kit(store, made["kit"])
        export_bundle(store, "H1-B1", made["bundle"])
        write_sheet(export_rows(store), made["sheet .xlsx"])
        write_sheet(export_rows(store), made["sheet .csv"])
        made["backup"] = make_backup(store.conn, camp, tmp_path / "backups")
        made["table laptop's camp"] = open_kit(made["kit"], tmp_path / "bord.camp")
        modes = {name: oct(mode(path)) for name, path in made.items()}  # -wal while open
    finally:
        store.close()
    # An old camp migrated on opening leaves its backup beside it, private as well.
    old = tmp_path / "gammel.camp"
    old.write_bytes((Path(__file__).parent / "data" / "schema_v1.camp").read_bytes())
    old.chmod(0o600)
    with CampStore.open(old):
        modes["migration backup"] = oct(mode(tmp_path / "gammel.camp.v1.bak"))
        modes["migrated camp -wal"] = oct(mode(tmp_path / "gammel.camp-wal"))
    assert modes == {name: oct(0o600) for name in modes}
    assert mode(tmp_path / "backups") == 0o700
    assert not list(tmp_path.rglob("*.tmp"))


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_a_sheet_written_over_a_shared_file_becomes_private(open_umask, tmp_path: Path) -> None:
    target = tmp_path / "noter.csv"
    target.write_text("gammelt", encoding="utf-8")
    target.chmod(0o644)
    (tmp_path / "noter.csv.tmp").write_text("rest fra et nedbrud", encoding="utf-8")
    hours_ago = time.time() - 2 * 3600  # an older version's leftover: removed once old
    os.utime(tmp_path / "noter.csv.tmp", (hours_ago, hours_ago))
    write_sheet([], target)
    assert mode(target) == 0o600
    assert not (tmp_path / "noter.csv.tmp").exists()


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_sheets_and_kits_saved_from_the_menu_and_the_automatic_backup_are_private(
        qtbot, open_umask, camp_path: Path, tmp_path: Path, monkeypatch) -> None:
    from facilitator.ui.organiser.file_chooser import FileChooser
    from facilitator.ui.shell.main_window import MainWindow
    from facilitator.ui.shell.main_window import app_data_dir

    QSettings().clear()
    monkeypatch.setattr(MainWindow, "_warn", lambda self, text: pytest.fail(text))
    answers = [tmp_path / "menu.xlsx", tmp_path / "menu.csv", tmp_path / "menu.campkit"]
    monkeypatch.setattr(FileChooser, "save_file", lambda self, *a: (answers.pop(0), ""))
    window = MainWindow()
    qtbot.addWidget(window)
    try:
        assert window.open_camp(camp_path)
        window.camp_files.export_sheet_action.trigger()
        window.camp_files.export_sheet_action.trigger()
        window.camp_files.export_kit_action.trigger()
        window.wait_for_backup()
        backups = list(window._backups_folder(camp_path).glob("*.camp"))
    finally:
        window.close_camp()
    assert backups and app_data_dir().exists()
    for path in [tmp_path / "menu.xlsx", tmp_path / "menu.csv", tmp_path / "menu.campkit",
                 *backups]:
        assert mode(path) == 0o600, path
