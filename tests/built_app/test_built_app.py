"""The app built by ./scripts/package (dist/Facilitator) starts and runs its verbs.

Marked ``built_app``: skipped when the build is absent (a plain ./scripts/test), run by
.ci/run after it has built the app. The built binary runs offscreen, with its own
settings, app data and Documents folder, as a user would start it: the GUI on the demo
camp and on a camp file, then ``import-sheet`` of a fixture and ``export-pdf``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO.parent / "shared" / "fixtures"
BUILT = REPO / "dist" / "Facilitator" / ("Facilitator.exe" if sys.platform == "win32"
                                         else "Facilitator")

pytestmark = [
    pytest.mark.built_app,
    pytest.mark.skipif(not BUILT.exists(), reason="no built app: run ./scripts/package"),
]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A user of their own: settings, app data and Documents in ``tmp_path``."""
    config = tmp_path / "config"
    config.mkdir()
    (config / "user-dirs.dirs").write_text(
        f'XDG_DOCUMENTS_DIR="{tmp_path / "Documents"}"\n', encoding="utf-8")
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config),
            "XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path),
            "FACILITATOR_READY_PROBE": "1"}


def run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BUILT), *args], env=env, cwd=cwd, capture_output=True,
                          text=True, timeout=120, check=False)


def shown(result: subprocess.CompletedProcess[str]) -> dict:
    """What the app's start-up probe reported once its window was up."""
    assert result.returncode == 0, result.stderr[-3000:]
    lines = [line for line in result.stdout.splitlines() if line.startswith("BENCH-RESULT ")]
    assert lines, result.stdout + result.stderr
    return json.loads(lines[-1].removeprefix("BENCH-RESULT "))


def test_the_built_app_opens_the_demo_camp_in_documents(env: dict[str, str],
                                                          tmp_path: Path) -> None:
    figures = shown(run(["--demo"], env, tmp_path))
    assert figures["windows"] == 1
    assert "Facilitator" in figures["titles"][0]
    assert (tmp_path / "Documents" / "Facilitator" / "demo.camp").is_file()
    backups = tmp_path / "data" / "Facilitator" / "Facilitator" / "backups"
    assert any(backups.rglob("demo-*.camp"))  # the app's own data stays in app data


def test_the_built_app_imports_a_sheet_exports_a_pdf_and_opens_the_camp(
        env: dict[str, str], tmp_path: Path) -> None:
    from pypdf import PdfReader

    camp, pdf = tmp_path / "ff.camp", tmp_path / "ff.pdf"
    env = {k: v for k, v in env.items() if k != "FACILITATOR_READY_PROBE"}
    imported = run(["import-sheet", str(FIXTURES / "camp_ff.csv"), "--camp", str(camp)],
                   env, tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert "148 rækker" in imported.stdout and camp.is_file()

    exported = run(["export-pdf", str(camp), "--out", str(pdf)], env, tmp_path)
    assert exported.returncode == 0, exported.stderr
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "H1-B3" in text and "Indikatorer på succes" in text

    figures = shown(run([str(camp)], {**env, "FACILITATOR_READY_PROBE": "1"}, tmp_path))
    assert figures["titles"] == ["Camp 3: Fællesskaber og fritid – Facilitator"]  # the sheet's


def test_the_built_app_speaks_danish_and_english(env: dict[str, str], tmp_path: Path) -> None:
    assert shown(run([], env, tmp_path))["menus"][0] == "&Filer"
    assert shown(run(["--lang", "en"], env, tmp_path))["menus"][0] == "&File"
    internal = BUILT.parent / "_internal"
    assert (internal / "resources" / "i18n" / "facilitator_en.qm").is_file()
    assert list(internal.rglob("qtbase_da.qm"))  # Qt's own dialogs in Danish


def test_the_built_app_runs_the_verbs(env: dict[str, str], tmp_path: Path) -> None:
    result = run(["export-pdf", "--help"], env, tmp_path)
    assert result.returncode == 0 and "--out" in result.stdout
