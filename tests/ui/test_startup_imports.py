"""Starting the app on the demo camp imports none of the heavy report and spreadsheet
libraries, nor our own report, sheet and bundle code: they cost start-up time and are
needed only when the organiser exports, imports or collects."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("reportlab", "openpyxl", "sqlite_utils", "facilitator.export",
         "facilitator.store.bundles", "facilitator.store.bundle_files",
         "facilitator.domain.transcription", "facilitator.domain.sheet_formats",
         "facilitator.sheet_files",
         # a table's session reads neither the organiser's analysis nor the dialogue box
         "facilitator.store.analysis", "facilitator.store.dialogue",
         "facilitator.domain.analysis", "facilitator.domain.dialogue",
         "facilitator.store.followup", "facilitator.domain.followup",
         # the menus' dialogs open when the organiser exports
         "facilitator.ui.organiser.export_options", "facilitator.ui.organiser.names_dialog",
         # the File menu's kits and sheets, and the Export menu, fill when first opened
         "facilitator.ui.organiser.camp_files", "facilitator.ui.organiser.report_exports",
         # F1's page of keys opens on F1
         "facilitator.ui.shell.help_page",
         # standard modules the first window does without, ~2 ms each (ids, escaping
         # and backup names are made without them; json is this test's own)
         "uuid", "html", "_strptime")

CHILD = r"""
import gc, json, sys
HEAVY = sys.argv[1:]
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

def report():
    window = next(w for w in QApplication.topLevelWidgets() if w.isVisible())
    print("STARTED " + json.dumps({
        "camp_open": getattr(window, "camp_view", None) is not None,
        "gc": [gc.isenabled(), gc.get_freeze_count()],
        "modules": sorted(m for m in sys.modules
                          if any(m == h or m.startswith(h + ".") for h in HEAVY)),
    }), flush=True)
    window.close()
    QApplication.quit()

original = QApplication.exec
QApplication.exec = lambda *_: (QTimer.singleShot(0, report), original())[1]
from facilitator.app import main
sys.exit(main(["--demo"]))
"""


def test_start_up_leaves_heavy_libraries_alone(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    # The first start builds the demo camp (which fills the dialogue box's decks); the
    # start measured is the next one, as on a laptop that has run the app before.
    for _ in range(2):
        result = subprocess.run([sys.executable, "-c", CHILD, *HEAVY], cwd=REPO, env=env,
                                capture_output=True, text=True, timeout=120, check=False)
    line = next((x for x in result.stdout.splitlines() if x.startswith("STARTED ")), None)
    assert line is not None, result.stderr[-3000:]
    figures = json.loads(line.removeprefix("STARTED "))
    assert figures["camp_open"]
    assert figures["modules"] == []
    # The garbage collector, off while the app starts, is on again once the window is up,
    # with what start-up made frozen out of its passes.
    enabled, frozen = figures["gc"]
    assert enabled and frozen > 10_000


def test_every_screen_loaded_late_is_where_the_list_says() -> None:
    """ui/shell/screens.py names each late screen's module; a move or rename that the
    list missed fails here, not when the organiser first opens that tab."""
    from facilitator.ui.shell import screens

    for name in screens.WHERE:
        assert getattr(screens, name) is not None, name
