"""Shared fixtures: a fresh camp file from the standard program, with two tables."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings, recent files and app data of the tests never touch the user's own.
_HOME = tempfile.mkdtemp(prefix="facilitator-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")
# The user's Documents folder (camps by default) too: Qt reads it from user-dirs.dirs.
os.makedirs(os.environ["XDG_CONFIG_HOME"], exist_ok=True)
with open(os.path.join(os.environ["XDG_CONFIG_HOME"], "user-dirs.dirs"), "w",
          encoding="utf-8") as _dirs:
    _dirs.write(f'XDG_DOCUMENTS_DIR="{os.path.join(_HOME, "documents")}"\n')

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # for bench.crash_harness
FIXTURES = REPO.parent / "shared" / "fixtures"


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture
def camp_path(tmp_path: Path) -> Path:
    from facilitator.program import load_program
    from facilitator.store import CampStore

    path = tmp_path / "test.camp"
    store = CampStore.create(
        path, program=load_program("camp_day"), title="Testcamp", core_task="Trivsel",
        municipality="Testrup Kommune", date="2026-05-09",
    )
    g1 = store.frame.add_main_group(code="H1")
    store.frame.add_table(code="H1-B1", main_group_id=g1.id, facilitator="Anne", chair="Bo")
    store.frame.add_table(code="H1-B2", main_group_id=g1.id)
    store.close()
    return path


@pytest.fixture
def store(camp_path: Path) -> Iterator:
    from facilitator.store import CampStore

    s = CampStore.open(camp_path)
    yield s
    s.close()


@pytest.fixture
def session(qtbot, store) -> Iterator:
    from facilitator.ui.shell.session import CampSession

    s = CampSession(store)
    yield s
    s.undo_stack.clear()


@pytest.fixture(autouse=True)
def _app_identity(request) -> None:
    """QSettings needs the names the real app sets in facilitator.app."""
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName("Facilitator-tests")
    QCoreApplication.setApplicationName("Facilitator-tests")
