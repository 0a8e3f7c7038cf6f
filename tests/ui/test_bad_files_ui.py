"""The GUI's file entry points against the bad-file corpus (tests/badfiles.py).

Open camp, open kit (File menu), the collect screen, the sheet import dialog (File menu)
and the dilemma-card page's picture button each show the refusal in Danish — a warning,
a line in the refusals list, the dialog's heading — never a traceback, and leave every
file as it was.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import badfiles as bad
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from PySide6.QtWidgets import QWidget

from facilitator.domain import messages as msg
from facilitator.store import SCHEMA_VERSION
from facilitator.store import CampStore
from facilitator.store.bundle_files import KIT_NOT_BUNDLE
from facilitator.store.bundle_files import NOT_A_KIT
from facilitator.store.bundles import OTHER_CAMP_BUNDLE
from facilitator.store.bundles import export_bundle
from facilitator.store.bundles import export_kit
from facilitator.ui.organiser.file_chooser import FileChooser
from facilitator.ui.shell import file_dialogs

CAMP_KINDS = sorted(bad.CAMP_FILES)
DATA = Path(__file__).resolve().parents[1] / "data"


def matches(template: str, text: str) -> bool:
    pattern = "".join(".*?" if part.startswith("{") else re.escape(part)
                      for part in re.split(r"(\{\w+\})", template))
    return re.fullmatch(pattern, text, flags=re.DOTALL) is not None


def assert_shown(text: str, expected: str) -> None:
    assert matches(expected, text), text
    assert bad.no_traceback(text)


@pytest.fixture
def bad_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "ind"
    folder.mkdir()
    return folder


# -- open camp --------------------------------------------------------------------------
@pytest.mark.parametrize("kind", CAMP_KINDS)
def test_open_camp_warns_in_danish_and_changes_nothing(window, bad_dir: Path,
                                                       kind: str) -> None:
    make, expected = bad.CAMP_FILES[kind]
    path = make(bad_dir)
    before = bad.folder_state(bad_dir)
    assert not window.open_camp(path)
    [warning] = window.warnings
    assert_shown(warning, expected)
    assert window.session is None and window.stack.currentWidget() is window.start
    assert bad.folder_state(bad_dir) == before
    assert window.start.recent_list.count() == 0  # a refused file is not remembered


def test_newer_camp_is_explained_with_both_versions(window, bad_dir: Path) -> None:
    assert not window.open_camp(bad.newer_schema(bad_dir))
    [warning] = window.warnings
    assert f"filformat {SCHEMA_VERSION + 1}" in warning
    assert f"kender op til {SCHEMA_VERSION}" in warning
    assert "Opdatér programmet" in warning and "Filen er ikke ændret" in warning


def test_locked_camp_warns_after_a_short_wait(window, camp_path: Path) -> None:
    with bad.locked(camp_path):
        before = bad.camp_digest(camp_path)
        assert not window.open_camp(camp_path)
        assert bad.camp_digest(camp_path) == before
    [warning] = window.warnings
    assert_shown(warning, msg.IN_USE)
    assert window.session is None
    assert window.open_camp(camp_path)  # free again: it opens


def test_camp_of_the_first_schema_opens_migrated_with_a_backup(window, tmp_path: Path) -> None:
    path = tmp_path / "gammel.camp"
    shutil.copyfile(DATA / "schema_v1.camp", path)
    assert window.open_camp(path)
    assert window.warnings == []
    store = window.session.store
    assert not store.read_only
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.frame.camp().title == "Lejre camp – trivsel"
    assert "Lejre camp – trivsel" in window.windowTitle()
    assert (tmp_path / "gammel.camp.v1.bak").exists()


# -- open kit (File menu) ---------------------------------------------------------------
@pytest.mark.parametrize("kind", [*CAMP_KINDS, "bundle"])
def test_open_kit_from_the_menu_warns_and_makes_no_camp(window, camp_path: Path, bad_dir: Path,
                                                        tmp_path: Path, monkeypatch,
                                                        kind: str) -> None:
    if kind == "bundle":
        kit, expected = bad_dir / "b.campkit", NOT_A_KIT
        with CampStore.open(camp_path, read_only=True) as store:
            export_bundle(store, "H1-B1", kit)
    else:
        make, expected = bad.from_outside(kind)
        kit = make(bad_dir)
    before = bad.folder_state(bad_dir)
    target = tmp_path / "bord.camp"
    monkeypatch.setattr(FileChooser, "open_file", lambda self, *a: kit)
    monkeypatch.setattr(FileChooser, "save_file", lambda self, *a: (target, ""))
    window.camp_files.open_kit_action.trigger()
    [warning] = window.warnings
    assert_shown(warning, expected)
    assert window.session is None
    assert not list(tmp_path.glob("bord.camp*"))
    assert bad.folder_state(bad_dir) == before


# -- the collect screen -----------------------------------------------------------------
@pytest.fixture
def screen(qtbot, camp_path: Path):
    from facilitator.ui.organiser.collect_screen import CollectScreen
    from facilitator.ui.shell.session import CampSession

    QSettings().clear()
    session = CampSession(CampStore.open(camp_path))
    host = QWidget()
    qtbot.addWidget(host)
    view = CollectScreen(session, host)
    host.show()
    yield view
    view.shutdown()
    session.close()


def other_camp_bundle(folder: Path) -> Path:
    from facilitator.program import load_program

    other = folder / "anden.camp"
    with CampStore.create(other, program=load_program("camp_day"), title="Anden") as store:
        store.frame.add_table(code="H1-B1")
        export_bundle(store, "H1-B1", folder / "anden.campbundle")
    for side in ("", "-wal", "-shm"):
        folder.joinpath("anden.camp" + side).unlink(missing_ok=True)
    return folder / "anden.campbundle"


@pytest.mark.parametrize("kind", [*CAMP_KINDS, "other_camp", "kit"])
def test_collect_screen_lists_each_refusal_in_words(qtbot, screen, camp_path: Path,
                                                    bad_dir: Path, kind: str) -> None:
    if kind == "other_camp":
        path, expected = other_camp_bundle(bad_dir), OTHER_CAMP_BUNDLE
    elif kind == "kit":
        path, expected = bad_dir / "k.campbundle", KIT_NOT_BUNDLE
        export_kit(screen.session.store, path)
    else:
        make, expected = bad.from_outside(kind)
        path = make(bad_dir)
    before, folder = bad.camp_digest(camp_path), bad.folder_state(bad_dir)
    screen.collect([path])
    qtbot.waitUntil(lambda: not screen.busy, timeout=10_000)
    assert bad.camp_digest(camp_path) == before
    assert bad.folder_state(bad_dir) == folder
    texts = [screen.problems.item(i).text() for i in range(screen.problems.count())]
    assert "0 bordpakker hentet" in screen.result_label.text()
    assert screen.summary_label.text() == "0 af 2 borde har leveret"
    if kind == "directory":  # searched for bundles; it holds none
        assert texts == []
        return
    [text] = texts
    assert_shown(text, "Afvist: " + expected)
    assert "1 afvist" in screen.result_label.text()


# -- the sheet import dialog (File menu) ------------------------------------------------
@pytest.mark.parametrize("kind", sorted(bad.SHEETS))
def test_import_dialog_shows_why_a_sheet_is_refused(window, camp_path: Path, bad_dir: Path,
                                                    monkeypatch, kind: str) -> None:
    make, expected, first_problem = bad.SHEETS[kind]
    sheet = make(bad_dir)
    monkeypatch.setattr(FileChooser, "open_file", lambda self, *a: sheet)
    assert window.open_camp(camp_path)
    before = bad.camp_digest(camp_path)
    window.camp_files.import_action.trigger()
    dialog = window.camp_files.dialog
    assert dialog is not None and dialog.isVisible()
    assert_shown(dialog.heading.text(), expected)
    problems = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    if first_problem is not None:
        assert_shown(problems[0], first_problem)
    assert all(bad.no_traceback(p) for p in problems)
    assert "Campen er ikke ændret" in dialog.counts.text()
    assert not dialog.import_button.isEnabled()
    dialog.do_import()
    dialog.reject()
    assert bad.camp_digest(camp_path) == before
    assert window.warnings == []


def test_import_dialog_with_100000_rows_and_one_bad(window, camp_path: Path, bad_dir: Path,
                                                    monkeypatch) -> None:
    sheet = bad.many_rows(bad_dir, bad_last=True)
    monkeypatch.setattr(FileChooser, "open_file", lambda self, *a: sheet)
    assert window.open_camp(camp_path)
    before = bad.camp_digest(camp_path)
    window.camp_files.import_action.trigger()
    dialog = window.camp_files.dialog
    assert "1 fejl i arket" in dialog.heading.text()
    assert dialog.problem_list.item(0).text().startswith("Række 100001: ukendt trin »frokost«")
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    assert bad.camp_digest(camp_path) == before


# -- the dilemma-card page's picture ----------------------------------------------------
@pytest.fixture
def cards_page(qtbot, tmp_path: Path):
    from facilitator.ui.dialogue_box.dilemma_cards_page import DilemmaCardsPage
    from facilitator.ui.dialogue_box.new_dialogue import create_dialogue
    from facilitator.ui.shell.session import CampSession

    QSettings().clear()
    session = CampSession(create_dialogue(tmp_path / "dialog.camp"))
    session.failures = []
    session.failed.connect(session.failures.append)
    host = QWidget()
    qtbot.addWidget(host)
    page = DilemmaCardsPage(session, host)
    store = session.store
    step = next(s for s in store.frame.steps() if s.kind == "dilemma_cards")
    page.show_step(step, store.frame.tables()[0])
    host.show()
    yield page
    session.undo_stack.clear()
    session.close()


@pytest.mark.parametrize("kind", sorted(bad.NOT_IMAGES_DECODED))
def test_picture_button_refuses_a_file_that_is_no_picture(qtbot, cards_page, bad_dir: Path,
                                                          monkeypatch, kind: str) -> None:
    path = bad.NOT_IMAGES_DECODED[kind](bad_dir)
    monkeypatch.setattr(file_dialogs, "get_open_file_name",
                        staticmethod(lambda *a, **k: (str(path), "")))

    def no_caption(*a, **k):
        raise AssertionError("a refused picture asks for no caption")

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(no_caption))
    session = cards_page.session
    camp = session.store.path
    cards, before = cards_page.model.rowCount(), bad.camp_digest(camp)
    qtbot.mouseClick(cards_page.picture_button, Qt.MouseButton.LeftButton)
    [failure] = session.failures
    assert_shown(failure, bad.NOT_AN_IMAGE)
    assert f"»{path.name}«" in failure
    assert cards_page.model.rowCount() == cards
    assert not session.undo_stack.canUndo()
    assert bad.camp_digest(camp) == before
