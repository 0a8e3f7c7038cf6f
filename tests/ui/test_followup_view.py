"""The organiser's follow-up tab (issue 18): status, owner, person and deadline edited by
keyboard and mouse, undone, and kept when the camp is opened again; the list filtered;
a dated comment added; the follow-up exported from the Export menu."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QComboBox

from facilitator.domain import followup as fu
from facilitator.store import CampStore
from facilitator.ui.organiser.file_chooser import FileChooser
from facilitator.ui.organiser.followup.model import COMMENT
from facilitator.ui.organiser.followup.model import DEADLINE
from facilitator.ui.organiser.followup.model import PERSON
from facilitator.ui.organiser.followup.view import FollowupView
from facilitator.ui.shell.main_window import MainWindow


@pytest.fixture
def followup_camp(camp_path: Path) -> Path:
    """The test camp with three contributions of two actors at table H1-B1."""
    with CampStore.open(camp_path) as store:
        step = store.frame.step_by_key("contributions")
        table = store.frame.table_by_code("H1-B1")
        actors = {a.name: a.id for a in store.frame.actors()}
        for text, actor in (("Åbne hallen om aftenen", "Kommunen"),
                            ("Flere busser til Hvalsø", "Kommunen"),
                            ("Forældre kører på skift", "Borgerne")):
            store.board.add_contribution(step_id=step.id, table_id=table.id, text=text,
                                         actor_id=actors[actor])
    return camp_path


def open_followup(window: MainWindow, path: Path) -> FollowupView:
    assert window.open_camp(path)
    camp_view = window.camp_view
    assert camp_view is not None
    tab = next(i for i in range(camp_view.tabs.count())
               if camp_view.tabs.tabText(i) == "Opfølgning")
    camp_view.tabs.setCurrentIndex(tab)
    view = camp_view.followup
    assert isinstance(view, FollowupView)
    return view


def texts(view: FollowupView) -> list[str]:
    return [i.text for i in view.model.rows()]


def row_of(view: FollowupView, text: str) -> int:
    return texts(view).index(text)


def choose_by_mouse(qtbot, combo: QComboBox, text: str) -> None:
    """Open the combo's list with a click and click the entry ``text``."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    assert combo.findText(text) >= 0, text
    index = combo.model().index(combo.findText(text), 0)
    popup.scrollTo(index)
    rect = popup.visualRect(index)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # the popup ignores a quick click
    qtbot.mouseMove(popup.viewport(), rect.center())
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not popup.isVisible())


#: A combo's popup asks the window system to raise it and grab the keyboard; the
#: offscreen platform cannot and says so. Nothing else may warn.
@pytest.mark.qt_log_ignore(r"^This plugin does not support (raise\(\)|grabbing the keyboard)$")
def test_status_owner_and_deadline_by_keyboard_and_mouse_undone_and_kept(
        qtbot, window: MainWindow, followup_camp: Path) -> None:
    view = open_followup(window, followup_camp)
    assert texts(view) == ["Åbne hallen om aftenen", "Flere busser til Hvalsø",
                           "Forældre kører på skift"]
    panel = view.panel
    # Keyboard: Down to the second item, its deadline typed, Enter; its status with keys.
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert panel.item.text == "Flere busser til Hvalsø"
    panel.deadline.setFocus()
    qtbot.keyClicks(panel.deadline, "31.02.2026")
    qtbot.keyClick(panel.deadline, Qt.Key.Key_Return)
    assert "er ikke en dato" in panel.deadline_note.text()  # refused, said where typed
    assert window.session.store.followup.fields(panel.item.id).deadline == ""
    panel.deadline.selectAll()
    qtbot.keyClicks(panel.deadline, "01.02.2020")
    qtbot.keyClick(panel.deadline, Qt.Key.Key_Return)
    item_id = panel.item.id
    assert window.session.store.followup.fields(item_id).deadline == "2020-02-01"
    assert panel.deadline_note.text() == "Fristen er overskredet."  # the past is kept
    # Kommunen's item with a deadline now comes first, and stays the current one.
    assert row_of(view, "Flere busser til Hvalsø") == 0 and panel.item.id == item_id
    assert "overskredet" in view.model.index(0, DEADLINE).data()
    panel.status.setFocus()
    qtbot.keyClick(panel.status, Qt.Key.Key_Down)
    assert window.session.store.followup.fields(item_id).status == fu.AGREED
    # Mouse: the first item clicked, its owner and status chosen from the lists.
    first = view.table.visualRect(view.model.index(row_of(view, "Åbne hallen om aftenen"), 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=first.center())
    assert panel.item.text == "Åbne hallen om aftenen"
    choose_by_mouse(qtbot, panel.owner, "Erhvervslivet")
    choose_by_mouse(qtbot, panel.status, "gennemført")
    hall = panel.item.id
    assert window.session.store.followup.fields(hall) == fu.FollowupFields(
        actor_id=panel.owner.currentData(), status=fu.DONE)
    assert panel.item.actor_name == "Erhvervslivet"
    # Undo (Ctrl+Z in the list) takes back the status, then the owner.
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.store.followup.fields(hall).status == fu.PROPOSED
    window.session.undo()
    assert window.session.store.followup.fields(hall).actor_id is None
    assert view.panel.owner.currentText() == "Kommunen"
    window.session.redo()
    # Kept on opening the camp again.
    window.close_camp()
    view = open_followup(window, followup_camp)
    found = {i.text: i for i in view.model.rows()}
    assert found["Åbne hallen om aftenen"].actor_name == "Erhvervslivet"
    assert found["Flere busser til Hvalsø"].deadline == "2020-02-01"
    assert found["Flere busser til Hvalsø"].status == fu.AGREED


def test_person_typed_in_place_comments_added_and_the_list_filtered(
        qtbot, window: MainWindow, followup_camp: Path) -> None:
    view = open_followup(window, followup_camp)
    # The person typed in the list itself: a double click, the name, Enter.
    row = row_of(view, "Forældre kører på skift")
    cell = view.table.visualRect(view.model.index(row, PERSON))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    editor = view.table.focusWidget()
    qtbot.keyClicks(editor, "Karen Holm")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop
    qtbot.waitUntil(lambda: view.model.index(row, PERSON).data() == "Karen Holm")
    assert view.panel.item.person == "Karen Holm"
    # A dated comment (Ctrl+Enter adds it); the latest shows in the list.
    panel = view.panel
    panel.comment_date.setText("")
    qtbot.keyClicks(panel.comment_date, "05.06.2026")
    panel.comment_text.setFocus()
    qtbot.keyClicks(panel.comment_text, "Ringet til skolen")
    qtbot.keyClick(panel.comment_text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.comments.count() == 1
    assert panel.comments.item(0).text() == "05.06.2026: Ringet til skolen"
    assert view.model.index(row, COMMENT).data() == "05.06.2026: Ringet til skolen"
    # Delete in the comments list removes it; undo brings it back.
    panel.comments.setCurrentRow(0)
    panel.comments.setFocus()
    qtbot.keyClick(panel.comments, Qt.Key.Key_Delete)
    assert panel.comments.count() == 0
    window.session.undo()
    assert panel.comments.count() == 1
    # The filter: by actor, by status, by words (the comment's too).
    view.set_filter(actor=view.actor.itemData(view.actor.findText("Borgerne")))
    assert texts(view) == ["Forældre kører på skift"]
    view.set_filter(status=fu.PROPOSED, text="hallen")
    assert texts(view) == ["Åbne hallen om aftenen"]
    view.set_filter()
    view.search.setFocus()
    qtbot.keyClicks(view.search, "skolen")
    assert texts(view) == ["Forældre kører på skift"]
    assert view.count.text() == "1 af 3"


def test_the_followup_is_exported_from_the_export_menu(
        qtbot, window: MainWindow, followup_camp: Path, monkeypatch) -> None:
    view = open_followup(window, followup_camp)
    item = view.model.rows()[0]
    window.session.store.followup.set_fields(item_id=item.id, person="Bo Jensen",
                                             deadline="01.09.2099")
    offered: list[str] = []

    def save(self, parent, caption, start, filters):
        offered.append(start)
        return Path(start), filters.split(";;")[0]
    monkeypatch.setattr(FileChooser, "save_file", save)
    worker = window.reports.export_followup()
    assert worker is not None
    qtbot.waitUntil(lambda: worker not in window.reports.workers, timeout=60_000)
    out = Path(offered[0])
    assert out.parent == followup_camp.parent and out.name == "Opfølgning - Testcamp.xlsx"
    book = openpyxl.load_workbook(out, read_only=True)
    rows = [list(r) for r in book["Kommunen"].iter_rows(values_only=True)]
    book.close()
    assert ["Åbne hallen om aftenen", "H1-B1", "Bo Jensen", "01.09.2099", "forslag",
            None] in rows
    window.reports.shutdown()

