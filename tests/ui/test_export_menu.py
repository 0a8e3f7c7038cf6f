"""The Export menu: reports written off the GUI thread, from the camp file, with progress.

The file dialogs are answered through the chooser and opening the result is replaced,
so nothing native opens; every worker has finished before a test ends.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QProgressDialog

from facilitator.store import CampStore
from facilitator.ui.organiser import export_options
from facilitator.ui.organiser.file_chooser import FileChooser
from facilitator.ui.organiser.names_dialog import NamesDialog
from facilitator.ui.organiser.report_exports import ReportExports
from facilitator.ui.shell.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from export_fixtures import body_text
from menu_helpers import opened_menu

WAIT_MS = 60_000


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def window(qtbot, monkeypatch, camp_path: Path):
    QSettings().clear()
    warnings: list[str] = []
    opened: list[QUrl] = []
    monkeypatch.setattr(MainWindow, "_warn", lambda self, text: warnings.append(text))
    monkeypatch.setattr(ReportExports, "opener", lambda self, url: opened.append(url))
    win = MainWindow()
    win.warnings = warnings
    win.opened = opened
    qtbot.addWidget(win)
    assert win.open_camp(camp_path)
    store = win.session.store
    step = store.frame.step_by_key("indicators")
    t1, t2 = store.frame.tables()
    store.board.add_note(step_id=step.id, table_id=t1.id, text="Karen Hansen vil starte en klub")
    store.board.add_note(step_id=step.id, table_id=t2.id, text="Kun bord to skrev dette")
    yield win
    win.reports.shutdown()
    win.close_camp()


def answer_save(monkeypatch, *paths: Path) -> list[str]:
    """Answer the save dialogs with ``paths`` in turn; returns the suggested names."""
    answers = list(paths)
    suggested: list[str] = []

    def save(self, parent, caption, start, filters):
        suggested.append(start)
        return answers.pop(0), ""
    monkeypatch.setattr(FileChooser, "save_file", save)
    return suggested


def wait_for(qtbot, win: MainWindow, worker) -> None:
    assert worker is not None
    qtbot.waitUntil(lambda: worker not in win.reports.workers, timeout=WAIT_MS)


def test_the_export_menu_has_every_action(window: MainWindow) -> None:
    menu = opened_menu(window, "&Eksportér")
    texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    assert texts == ["&Opsamling som PDF …", "&Bordark som PDF …",
                     "På &tværs af camps som PDF …", "Op&følgning som regneark eller PDF …",
                     "&Regneark …", "&Navne i rapporter …"]


def test_summary_as_pdf_runs_off_the_gui_thread(qtbot, window: MainWindow, monkeypatch,
                                                tmp_path: Path, camp_path: Path) -> None:
    out = tmp_path / "ud" / "opsamling"
    out.parent.mkdir()
    suggested = answer_save(monkeypatch, out)
    progress: list[int] = []
    window.reports.progressed.connect(progress.append)
    with qtbot.waitSignal(window.reports.exported, timeout=WAIT_MS) as done:
        window.reports.summary_action.trigger()
        [worker] = window.reports.workers
        assert worker.isRunning() or worker.isFinished()
        dialog = window.reports.progress_dialogs.get(worker)
        assert isinstance(dialog, QProgressDialog) and not dialog.isModal()
    wait_for(qtbot, window, worker)
    pdf = out.with_name("opsamling.pdf")
    assert done.args == [pdf] and pdf.exists()
    assert [Path(p).name for p in suggested] == ["Opsamling - Testcamp 2026-05-09.pdf"]
    text = body_text(pdf)
    assert "Testcamp" in text and "Karen Hansen vil starte en klub" in text
    assert progress and progress[-1] == 100 and progress == sorted(progress)
    assert window.reports.last_result == pdf
    label = window.reports.result_label
    assert not label.isHidden() and "opsamling.pdf" in label.text() and "Åbn" in label.text()
    label.linkActivated.emit(QUrl.fromLocalFile(str(pdf)).toString())
    assert [u.toLocalFile() for u in window.opened] == [str(pdf)]  # replaced: nothing opens
    assert window.warnings == []
    assert window.reports.progress_dialogs == {}


def test_the_window_stays_usable_while_a_report_is_made(qtbot, window: MainWindow,
                                                        monkeypatch, tmp_path: Path) -> None:
    answer_save(monkeypatch, tmp_path / "a.pdf")
    worker = window.reports.export_summary()
    # Meanwhile the organiser edits the camp through the window's own connection.
    store = window.session.store
    step = store.frame.step_by_key("prerequisites")
    note = store.board.add_note(step_id=step.id, table_id=store.frame.tables()[0].id, text="Imens")
    assert store.board.note(note.id).text == "Imens"
    wait_for(qtbot, window, worker)
    assert (tmp_path / "a.pdf").exists()


def test_table_sheet_from_the_table_session(qtbot, window: MainWindow, monkeypatch,
                                            tmp_path: Path) -> None:
    table_session = window.camp_view.table_session
    window.camp_view.show_table("H1-B1")
    suggested = answer_save(monkeypatch, tmp_path / "bordark.pdf")
    assert table_session.sheet_button.isEnabled()
    table_session.sheet_button.click()
    [worker] = window.reports.workers
    wait_for(qtbot, window, worker)
    assert suggested[0].endswith("Bordark H1-B1 - Testcamp 2026-05-09.pdf")
    text = body_text(tmp_path / "bordark.pdf")
    assert "Bord H1-B1" in text and "Karen Hansen vil starte en klub" in text
    assert "Kun bord to skrev dette" not in text
    assert window.warnings == []


def test_table_sheet_from_the_menu_uses_the_current_table(qtbot, window: MainWindow,
                                                          monkeypatch, tmp_path: Path) -> None:
    window.camp_view.show_table("H1-B2")
    answer_save(monkeypatch, tmp_path / "b2.pdf")
    window.reports.table_sheet_action.trigger()
    wait_for(qtbot, window, window.reports.workers[0])
    text = body_text(tmp_path / "b2.pdf")
    assert "Kun bord to skrev dette" in text and "Karen Hansen" not in text


def test_replacing_names_leaves_the_camp_file_as_it_was(qtbot, window: MainWindow,
                                                        monkeypatch, tmp_path: Path,
                                                        camp_path: Path) -> None:
    window.session.store.names.add_pseudonym(name="Karen Hansen", replacement="Borger A")
    asked: list[str] = []

    def ask(parent, session, what):
        asked.append(what)
        return True
    monkeypatch.setattr(export_options, "ask_replace_names", ask)
    answer_save(monkeypatch, tmp_path / "anonym.pdf")
    before = digest(camp_path)
    worker = window.reports.export_summary()
    wait_for(qtbot, window, worker)
    text = body_text(tmp_path / "anonym.pdf")
    assert "Borger A vil starte en klub" in text and "Karen" not in text
    assert asked == ["Opsamling som PDF"]
    assert digest(camp_path) == before
    assert window.session.store.board.notes(window.session.store.frame.step_by_key("indicators").id,
                                      all_tables=True)[0].text.startswith("Karen Hansen")


def test_the_spreadsheet_in_the_export_menu_replaces_names(window: MainWindow, monkeypatch,
                                                           tmp_path: Path) -> None:
    window.session.store.names.add_pseudonym(name="Karen Hansen")
    monkeypatch.setattr(export_options, "ask_replace_names", lambda *a: True)
    answer_save(monkeypatch, tmp_path / "noter.xlsx")
    window.camp_files.export_sheet_action.trigger()
    from facilitator.sheet_files import read_sheet

    assert "K.H. vil starte en klub" in [r.text for r in read_sheet(tmp_path / "noter.xlsx")]


def test_cancelling_the_names_question_exports_nothing(window: MainWindow, monkeypatch,
                                                        tmp_path: Path) -> None:
    window.session.store.names.add_pseudonym(name="Karen Hansen")
    monkeypatch.setattr(export_options, "ask_replace_names", lambda *a: None)
    answer_save(monkeypatch, tmp_path / "x.pdf")
    assert window.reports.export_summary() is None
    assert window.reports.workers == [] and not (tmp_path / "x.pdf").exists()


def test_across_camps_as_pdf(qtbot, window: MainWindow, monkeypatch, tmp_path: Path,
                             camp_path: Path) -> None:
    other = tmp_path / "anden" / "anden.camp"
    other.parent.mkdir()
    other.write_bytes(camp_path.read_bytes())
    with CampStore.open(other) as store:
        store.frame.update_camp(title="Anden camp", core_task="Uddannelse")
        store.analysis.add_message(heading="PRAKTIK", body="Flere praktikpladser.")
    monkeypatch.setattr(FileChooser, "open_files", lambda self, *a: [camp_path, other])
    answer_save(monkeypatch, tmp_path / "tværs.pdf")
    window.reports.cross_action.trigger()
    wait_for(qtbot, window, window.reports.workers[0])
    text = body_text(tmp_path / "tværs.pdf")
    assert "Testcamp" in text and "Anden camp" in text and "PRAKTIK" in text
    assert window.warnings == []


def test_errors_are_shown_as_messages(qtbot, window: MainWindow, monkeypatch,
                                      tmp_path: Path) -> None:
    bad = tmp_path / "ikke.camp"
    bad.write_text("ikke en camp", encoding="utf-8")
    monkeypatch.setattr(FileChooser, "open_files", lambda self, *a: [bad])
    answer_save(monkeypatch, tmp_path / "tværs.pdf")
    window.reports.cross_action.trigger()
    wait_for(qtbot, window, window.reports.workers[0])
    qtbot.waitUntil(lambda: bool(window.warnings))
    assert "ikke.camp" in window.warnings[0] and "ikke en camp-fil" in window.warnings[0]
    assert "Traceback" not in window.warnings[0]
    assert not (tmp_path / "tværs.pdf").exists()

    blocked = tmp_path / "optaget"
    blocked.write_text("en fil", encoding="utf-8")
    answer_save(monkeypatch, blocked / "opsamling.pdf")
    worker = window.reports.export_summary()
    wait_for(qtbot, window, worker)
    qtbot.waitUntil(lambda: len(window.warnings) == 2)
    assert "kan ikke gemmes" in window.warnings[1]
    assert window.reports.result_label.isHidden()


def test_unforeseen_failures_are_a_message_too(qtbot, window: MainWindow, monkeypatch,
                                               tmp_path: Path) -> None:
    from facilitator.export import camp_exports

    def broken(*args, **kwargs):
        raise RuntimeError("noget uventet")
    monkeypatch.setattr(camp_exports, "camp_pdf", broken)
    answer_save(monkeypatch, tmp_path / "x.pdf")
    from facilitator.ui.shell.failure_box import FailureBox

    worker = window.reports.export_summary()
    wait_for(qtbot, window, worker)
    qtbot.waitUntil(lambda: window.findChild(FailureBox) is not None)
    box = window.findChild(FailureBox)
    assert "Rapporten kunne ikke laves" in box.text()
    assert "noget uventet" in box.text()
    box.close()


def test_names_dialog_edits_are_undoable(qtbot, window: MainWindow) -> None:
    session = window.session
    store = session.store
    persona_step = store.frame.step_by_key("dilemmas")
    store.frame.add_persona(step_id=persona_step.id, name="Nina, 34")
    window.reports.names_action.trigger()
    dialog = window.reports.names_dialog
    assert isinstance(dialog, NamesDialog)
    dialog.name_edit.setText("Karen Hansen")
    assert dialog.replacement_edit.placeholderText() == "K.H."
    dialog.add_button.click()
    assert store.names.pseudonyms() == {"Karen Hansen": "K.H."}
    assert dialog.model.rowCount() == 1
    dialog.name_edit.setText("karen hansen")
    dialog.add_button.click()  # refused: already there; the text stays to be corrected
    assert dialog.name_edit.text() == "karen hansen"
    made = {p.name for p in dialog.add_from_camp()}
    assert {"Nina", "Anne", "Bo"} <= made  # a case's persona, a facilitator, a chair
    assert "Karen Hansen" not in made and len(made) == len(store.names.pseudonyms()) - 1
    model = dialog.model
    row = model.row_of(next(p.id for p in store.names.pseudonym_list() if p.name == "Nina"))
    assert model.setData(model.index(row, 1), "Personen i casen")
    assert store.names.pseudonyms()["Nina"] == "Personen i casen"
    dialog.view.selectRow(model.row_of(next(p.id for p in store.names.pseudonym_list()
                                            if p.name == "Bo")))
    dialog.delete_button.click()
    assert "Bo" not in store.names.pseudonyms()
    session.undo()
    assert "Bo" in store.names.pseudonyms()
    session.undo()
    assert store.names.pseudonyms()["Nina"] == "N."
    session.undo()
    assert set(store.names.pseudonyms()) == {"Karen Hansen"}
    session.redo()
    assert set(store.names.pseudonyms()) == {"Karen Hansen", *made}
    dialog.close()


def test_the_options_dialog_shows_the_list(qtbot, window: MainWindow) -> None:
    window.session.store.names.add_pseudonym(name="Karen Hansen")
    dialog = export_options.ExportOptionsDialog(window.session, "Opsamling som PDF", window)
    qtbot.addWidget(dialog)
    assert dialog.replace_names()
    assert "Karen Hansen → K.H." in dialog.count_label.text()
    dialog.replace_box.setChecked(False)
    assert not dialog.replace_names()


def test_actions_need_an_open_camp(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(MainWindow, "_warn", lambda self, text: pytest.fail(text))
    win = MainWindow()
    qtbot.addWidget(win)
    assert not win.reports.summary_action.isEnabled()
    assert not win.reports.table_sheet_action.isEnabled()
    assert win.reports.cross_action.isEnabled()
    assert not win.reports.names_action.isEnabled()


def test_a_full_disk_during_export_is_told_and_the_next_export_works(
        qtbot, window: MainWindow, monkeypatch, tmp_path: Path, camp_path: Path) -> None:
    """The disk fills while the PDF or the spreadsheet is written: the user reads why, the
    report from before and the camp stay as they were, and once there is room again the
    same export works."""
    import errno

    from facilitator import written_files
    from facilitator.export.pdf.document import ReportDoc

    def no_space(*args) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    class DiskFullOs:
        """``os`` as the spreadsheet writer sees it, with a disk that fills on fsync."""

        def __getattr__(self, name: str):
            import os

            return getattr(os, name)

        fsync = staticmethod(no_space)

    def half_a_pdf(self, story) -> None:
        Path(self.filename).write_bytes(b"%PDF-1.4 half")
        no_space()

    pdf, sheet = tmp_path / "opsamling.pdf", tmp_path / "noter.xlsx"
    pdf.write_bytes(b"the report from before")
    sheet.write_bytes(b"the sheet from before")
    window.session.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    camp_before = digest(camp_path)
    with monkeypatch.context() as full:
        full.setattr(ReportDoc, "build_all", half_a_pdf)
        full.setattr(written_files, "os", DiskFullOs())  # the file writer's os only
        answer_save(full, pdf, sheet)
        wait_for(qtbot, window, window.reports.export_summary())
        qtbot.waitUntil(lambda: bool(window.warnings), timeout=WAIT_MS)
        window.camp_files.export_sheet_action.trigger()
    assert len(window.warnings) == 2, window.warnings
    for warning, name in zip(window.warnings, ("opsamling.pdf", "noter.xlsx"), strict=True):
        assert name in warning and "der er ikke plads på disken" in warning, warning
        assert "Traceback" not in warning
    assert pdf.read_bytes() == b"the report from before"
    assert sheet.read_bytes() == b"the sheet from before"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith((".", "opsam", "not"))
                  and p.name != ".test.camp.lock") \
        == ["noter.xlsx", "opsamling.pdf"]  # no temporary left behind (the lock is the window's)
    assert digest(camp_path) == camp_before

    answer_save(monkeypatch, pdf, sheet)  # room again
    wait_for(qtbot, window, window.reports.export_summary())
    window.camp_files.export_sheet_action.trigger()
    assert "Karen Hansen vil starte en klub" in body_text(pdf)
    from facilitator.sheet_files import read_sheet

    assert "Kun bord to skrev dette" in [r.text for r in read_sheet(sheet)]
    assert len(window.warnings) == 2


def test_an_unforeseen_error_is_told_with_details_to_copy(
        qtbot, window: MainWindow, monkeypatch, tmp_path: Path) -> None:
    """A fault of ours while the report is laid out: the organiser reads in Danish that
    nothing was saved, can copy the details for us, and finds no half-written file."""
    from PySide6.QtWidgets import QApplication

    from facilitator.export.pdf.document import ReportDoc
    from facilitator.ui.shell.failure_box import FailureBox

    def broken(self, story) -> None:
        Path(self.filename).write_bytes(b"%PDF-1.4 half")
        raise ZeroDivisionError("a bug in the layout")

    pdf = tmp_path / "opsamling.pdf"
    monkeypatch.setattr(ReportDoc, "build_all", broken)
    answer_save(monkeypatch, pdf)
    wait_for(qtbot, window, window.reports.export_summary())
    qtbot.waitUntil(lambda: window.findChild(FailureBox) is not None, timeout=WAIT_MS)
    box = window.findChild(FailureBox)
    assert "Intet er gemt, og campen er uændret" in box.text()
    assert "Traceback" not in box.text()
    assert "ZeroDivisionError" in box.details and "build_all" in box.details
    qtbot.mouseClick(box.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == box.details
    assert box.isVisible()  # copying leaves the message open
    assert window.warnings == []
    assert not pdf.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".opsamling")] == []
    box.close()


def test_names_in_the_notes_are_offered_and_the_ticked_ones_listed(
        qtbot, window: MainWindow) -> None:
    """»Find navne i noterne …«: "Karen Hansen" from a note is offered (not "Kun" or
    "Kommunen"); ticked and added, it is on the list and undoable."""
    from facilitator.ui.organiser.name_candidates import NameCandidatesDialog

    window.reports.names_action.trigger()
    dialog = window.reports.names_dialog
    qtbot.mouseClick(dialog.in_notes_button, Qt.MouseButton.LeftButton)
    picker = dialog.findChild(NameCandidatesDialog)
    assert picker is not None and picker.isVisible()
    assert picker.candidates() == ["Karen Hansen"]
    picker.list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    assert "Karen Hansen" in window.session.store.names.pseudonyms()
    window.session.undo()
    assert "Karen Hansen" not in window.session.store.names.pseudonyms()
    dialog.close()


def test_no_saved_message_outlives_the_camp_it_came_from(qtbot, window: MainWindow, monkeypatch,
                                                         tmp_path: Path) -> None:
    """»opsamling.pdf« er gemt belongs to the camp it was made from, not the next one."""
    from facilitator.program import load_program

    answer_save(monkeypatch, tmp_path / "opsamling.pdf")
    with qtbot.waitSignal(window.reports.exported, timeout=WAIT_MS):
        window.reports.summary_action.trigger()
        [worker] = window.reports.workers
    wait_for(qtbot, window, worker)
    assert "opsamling.pdf" in window.reports.result_label.text()
    assert "opsamling.pdf" in window.statusBar().currentMessage()
    other = tmp_path / "Anden camp.camp"
    CampStore.create(other, program=load_program("camp_day"), title="Anden camp").close()
    assert window.open_camp(other)
    assert window.reports.result_label.isHidden()
    assert "opsamling.pdf" not in window.reports.result_label.text()
    assert "opsamling.pdf" not in window.statusBar().currentMessage()
    window.close_camp()
    assert window.statusBar().currentMessage() == ""
