"""The layer rules of DESIGN.md §6, checked by import-linter on every run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).parent / "lint-imports"
    if not exe.exists():
        pytest.fail("lint-imports is not installed (pip install -e '.[test]')")
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([str(exe), "--config", str(root / "pyproject.toml"), "--no-cache"],
                          cwd=root, env=env, capture_output=True, text=True, check=False)


def test_layer_contracts_hold() -> None:
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.split("Contracts:")[-1].split("\n")[0] or \
        "0 broken" in result.stdout


@pytest.mark.parametrize(("module", "line"), [
    ("facilitator/domain/rules.py", "import PySide6.QtCore"),
    ("facilitator/domain/model.py", "import sqlite3"),
    ("facilitator/ui/shell/session.py", "import sqlite_utils"),
])
def test_a_broken_layer_is_caught(tmp_path: Path, module: str, line: str) -> None:
    shutil.copytree(REPO / "facilitator", tmp_path / "facilitator",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / module
    target.write_text(f"{line}  # noqa\n" + target.read_text(encoding="utf-8"), encoding="utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout.upper()
