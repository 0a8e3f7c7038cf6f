"""Importing a transcription sheet through Filer → Importér: preview, problems, all or nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QWidget

from facilitator.domain.transcription import COLUMNS
from facilitator.ui.edits.change import Change
from facilitator.ui.organiser.file_chooser import FileChooser
from facilitator.ui.organiser.sheet_import import SELECTED
from facilitator.ui.organiser.sheet_import import STEP
from facilitator.ui.organiser.sheet_import import TEXT
from facilitator.ui.organiser.sheet_import import SheetImportDialog
from tests.ui.questions import answer


def digest(path: Path) -> str:
    """The camp file and its write-ahead log: a write would change one of them."""
    wal = path.with_name(path.name + "-wal")
    data = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    return hashlib.sha256(data).hexdigest()


def items(store) -> int:
    return sum(store.conn.execute(f"SELECT COUNT(*) FROM {t} WHERE deleted = 0").fetchone()[0]
               for t in ("note", "front_page", "contribution"))


def test_menu_import_previews_and_imports_the_real_camp(qtbot, window, camp_path, fixtures_dir,
                                                        monkeypatch) -> None:
    sheet = fixtures_dir / "camp_ff.csv"
    monkeypatch.setattr(FileChooser, "open_file", lambda self, *a: sheet)
    assert not window.camp_files.import_action.isEnabled()  # no camp open yet
    assert window.open_camp(camp_path)
    assert window.camp_files.import_action.isEnabled()
    store = window.session.store
    before = items(store)
    kinds: list[Change] = []
    window.session.changed.connect(kinds.append)

    window.camp_files.import_action.trigger()
    dialog = window.camp_files.dialog
    assert isinstance(dialog, SheetImportDialog) and dialog.isVisible()
    assert dialog.rows_view.model().rowCount() == 148
    assert "148 rækker klar til import" in dialog.heading.text()
    assert "Indikatorer på succes" in dialog.counts.text()
    assert "H1-B3 55" in dialog.counts.text()
    model = dialog.rows_view.model()
    assert model.data(model.index(0, STEP)) == "Indikatorer på succes"
    assert model.data(model.index(0, TEXT)).startswith("Øget opfattelse")
    assert model.data(model.index(0, SELECTED)) == ""
    assert "kan ikke fortrydes med Ctrl+Z" in " ".join(
        w.text() for w in dialog.findChildren(type(dialog.heading)))
    assert dialog.import_button.isEnabled()
    assert items(store) == before  # the preview writes nothing

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.summary is not None and dialog.summary.rows == 148
    assert items(store) == before + 148
    assert (Change.NOTE | Change.FRONT_PAGE | Change.CONTRIBUTION | Change.TABLE
            | Change.CAMP) in kinds[-1]
    assert "148 rækker importeret" in window.statusBar().currentMessage()
    assert window.warnings == []
    # The new table from the sheet is at the table session at once.
    combo = window.camp_view.table_session.table_combo
    assert "H1-B3" in [combo.itemText(i) for i in range(combo.count())]
    assert window.camp_view.collect.summary_label.text() == "0 af 3 borde har leveret"


def test_malformed_sheet_lists_every_problem_and_writes_nothing(qtbot, session, camp_path,
                                                                tmp_path) -> None:
    head = ",".join(COLUMNS)

    def row(**cells: str) -> str:
        values = {"main_group": "H1", "table": "H1-B1", "step": "indicators", "text": "Note",
                  **cells}
        return ",".join(values.get(c, "") for c in COLUMNS)

    sheet = tmp_path / "ark.csv"
    sheet.write_text("\n".join([
        head, row(), row(votes="mange"), row(step="frokost"), row(text=""),
    ]) + "\n", encoding="utf-8")
    before = digest(camp_path)
    host = QWidget()
    qtbot.addWidget(host)
    dialog = SheetImportDialog(session, sheet, host)

    problems = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    assert len(problems) == 3
    assert problems[0].startswith("Række 3: stemmer skal være et helt tal")
    assert problems[1].startswith("Række 4: ukendt trin »frokost«")
    assert problems[2] == "Række 5: teksten er tom."
    assert "3 fejl i arket" in dialog.heading.text()
    assert dialog.pages.currentWidget() is dialog.problem_list
    assert not dialog.import_button.isEnabled()
    dialog.do_import()  # even called directly, nothing happens without checked rows
    assert digest(camp_path) == before
    assert items(session.store) == 0


def test_sheet_that_does_not_fit_the_camp_is_refused_with_row_numbers(qtbot, session,
                                                                      tmp_path) -> None:
    head = ",".join(COLUMNS)
    cells = {c: "" for c in COLUMNS} | {"main_group": "H2", "table": "H1-B1",
                                         "step": "indicators", "text": "Note"}
    sheet = tmp_path / "ark.csv"
    sheet.write_text(f"{head}\n{','.join(cells[c] for c in COLUMNS)}\n", encoding="utf-8")
    host = QWidget()
    qtbot.addWidget(host)
    dialog = SheetImportDialog(session, sheet, host)
    assert dialog.problem_list.item(0).text() == (
        "Række 2: bord »H1-B1« hører i campen til hovedgruppe »H1«, men arket siger »H2«.")
    assert not dialog.import_button.isEnabled()


def test_a_file_that_is_no_sheet_is_explained(qtbot, session, tmp_path) -> None:
    sheet = tmp_path / "billede.xlsx"
    sheet.write_bytes(b"\x89PNG\r\n\x1a\n")
    host = QWidget()
    qtbot.addWidget(host)
    dialog = SheetImportDialog(session, sheet, host)
    assert "billede.xlsx" in dialog.heading.text()
    assert not dialog.import_button.isEnabled()
    assert "Traceback" not in dialog.heading.text()


def test_the_same_sheet_again_is_asked_about_and_enter_cancels(qtbot, session, fixtures_dir,
                                                                tmp_path) -> None:
    from facilitator.export.transcription_sheet import write_sheet
    from facilitator.sheet_files import read_sheet

    sheet = fixtures_dir / "camp_ff.csv"
    host = QWidget()
    qtbot.addWidget(host)
    first = SheetImportDialog(session, sheet, host)
    qtbot.mouseClick(first.import_button, Qt.MouseButton.LeftButton)
    assert first.result() == QDialog.DialogCode.Accepted
    once = items(session.store)
    # The same rows, saved as a workbook under another name, are the same sheet.
    renamed = tmp_path / "omdøbt kopi.xlsx"
    write_sheet(read_sheet(sheet), renamed)

    asked: list[str] = []
    dialog = SheetImportDialog(session, renamed, host)
    answer(asked, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    [question] = asked
    assert "som »camp_ff.csv«" in question
    assert "kommer hver note to gange" in question
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert items(session.store) == once  # Enter is Annullér: nothing imported

    def import_again(box) -> None:
        [button] = [b for b in box.buttons() if b.text() == "Importér igen"]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    answer(asked, import_again)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert items(session.store) == once + 148  # every row once more
