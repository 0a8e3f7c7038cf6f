"""The one text limit in the fields a group writes in: a paste past 100,000 characters is
refused whole with a Danish warning, nothing is cut, and the text before it stays."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QWidget
from test_notes_page import open_page
from test_notes_page import texts

from facilitator.domain.text_limit import TEXT_LIMIT
from facilitator.ui.common.text_limit import TextLimit
from facilitator.ui.table.front_page import FrontPagePage

CTRL = Qt.KeyboardModifier.ControlModifier


def warned_when(qtbot, field: QLineEdit | QPlainTextEdit, act) -> list[str]:
    """Run ``act``; the warnings it brought up, each read and closed with Enter."""
    guard = field.findChild(TextLimit)
    assert guard is not None, "the field has no text limit"
    shown: list[str] = []

    def close() -> None:
        box = guard.warning
        if box is None or not box.isVisible():
            return
        shown.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    timer = QTimer()
    timer.timeout.connect(close)
    timer.start(20)
    act()
    qtbot.waitUntil(lambda: guard.warning is None, timeout=3000)
    qtbot.wait(60)
    timer.stop()
    return shown


def paste(qtbot, field: QWidget, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(field, Qt.Key.Key_V, CTRL)


def test_a_paste_past_the_limit_into_the_note_entry_is_refused_whole(qtbot, session) -> None:
    page = open_page(qtbot, session)
    qtbot.keyClicks(page.entry, "Før ")
    shown = warned_when(qtbot, page.entry,
                        lambda: paste(qtbot, page.entry, "x" * (3 * TEXT_LIMIT)))
    assert shown == ["Teksten er for lang: 300.004 tegn, og der kan højst være 100.000. "
                     "Intet er gemt. Del teksten op i flere noter, eller kort den ned."]
    assert page.entry.text() == "Før "
    # The context menu's paste gets past the keys: it is taken back whole just after.
    QGuiApplication.clipboard().setText("y" * TEXT_LIMIT)
    shown = warned_when(qtbot, page.entry, page.entry.paste)
    assert shown and "100.004 tegn" in shown[0]
    assert page.entry.text() == "Før "
    # Up to the limit is fine, and every character is kept.
    page.entry.clear()
    paste(qtbot, page.entry, "z" * TEXT_LIMIT)
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    assert [len(t) for t in texts(page)] == [TEXT_LIMIT]


def test_a_single_line_field_keeps_a_long_paste_whole_or_refuses_it(qtbot, session) -> None:
    """Qt cuts a QLineEdit at 32,767 characters without a word; ours keep every one."""
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(1100, 700)
    page = FrontPagePage(session, host)
    page.setGeometry(0, 0, 1100, 700)
    page.show_step(session.store.frame.step_by_key("front_pages"), session.store.frame.tables()[0])
    host.show()
    qtbot.waitExposed(host)
    page.quote.setFocus()
    paste(qtbot, page.quote, "c" * 40_000)
    assert len(page.quote.text()) == 40_000
    shown = warned_when(qtbot, page.quote, lambda: paste(qtbot, page.quote, "d" * TEXT_LIMIT))
    assert shown and "140.000 tegn" in shown[0]
    assert page.quote.text() == "c" * 40_000
    page.commit_pending()
    [front_page] = session.store.board.front_pages(page.step.id, page.table_id)
    assert front_page.quote == "c" * 40_000


def test_every_group_text_field_has_the_limit(qtbot, session) -> None:
    page = FrontPagePage(session)
    qtbot.addWidget(page)
    for field in (page.headline, page.story, page.quote, page.quote_by):
        assert field.findChild(TextLimit) is not None
    assert page.quote.maxLength() == TEXT_LIMIT + 1


def test_a_longer_text_from_an_older_version_is_shown_whole_without_a_warning(
        qtbot, session) -> None:
    """The limit is for what is typed and pasted now; a story an older version stored
    past it is shown and kept whole, never cut by the field that shows it."""
    store = session.store
    step, table = store.frame.step_by_key("front_pages"), store.frame.tables()[0]
    made = store.board.add_front_page(step_id=step.id, table_id=table.id, headline="Gammel")
    with store.conn:
        store.conn.execute("UPDATE front_page SET story = ? WHERE id = ?",
                           ["s" * (TEXT_LIMIT + 500), made.id])
    host = QWidget()
    qtbot.addWidget(host)
    page = FrontPagePage(session, host)
    guard = page.story.findChild(TextLimit)
    refused: list[str] = []
    guard.refused.connect(refused.append)
    page.show_step(step, table)
    host.show()
    qtbot.waitExposed(host)
    qtbot.wait(50)
    assert len(page.story.toPlainText()) == TEXT_LIMIT + 500
    assert refused == [] and guard.warning is None
    page.commit_pending()
    [front_page] = store.board.front_pages(step.id, table.id)
    assert len(front_page.story) == TEXT_LIMIT + 500


def test_editing_a_contribution_in_place_keeps_a_long_paste_whole(qtbot, session) -> None:
    """F2 on a contribution opens Qt's own line editor, which cut at 32,767 characters."""
    from test_contributions_page import _page
    from test_contributions_page import stored

    store = session.store
    prerequisite = store.board.add_note(step_id=store.frame.step_by_key("prerequisites").id,
                                  table_id=store.frame.tables()[0].id, text="Gode cykelstier",
                                  selected=True)
    host, page = _page(qtbot, session)
    column = page.columns[3]
    column.entry.setFocus()
    qtbot.keyClicks(column.entry, "kort")
    qtbot.keyClick(column.entry, Qt.Key.Key_Return)
    column.select_row(0)
    qtbot.keyClick(column.view, Qt.Key.Key_F2)
    [editor] = column.view.findChildren(QLineEdit)  # Qt's own editor, in the list
    editor.selectAll()
    paste(qtbot, editor, "e" * 40_000)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [len(c.text) for c in stored(page, prerequisite.id)] == [40_000])
    del host
