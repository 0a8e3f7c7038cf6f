"""The fresh-machine set-up names the system libraries Qt lacks before building anything.

The library is hidden with a stub ``ldconfig`` first on PATH that lists every library
the check knows of but the hidden ones, so the test needs nothing of the machine it runs
on. The scripts run from a copy of ``scripts/`` in a temporary folder: a set-up that
went on would build its virtual environment there, where the test can see it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPTS = REPO / "scripts"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the check reads Linux's linker cache")


def known_libraries() -> list[str]:
    """Every soname the check looks for, read off the script itself."""
    text = (SCRIPTS / "qt-system-libs").read_text(encoding="utf-8")
    return re.findall(r"^(lib\S+\.so\.\S+) ", text, re.MULTILINE)


def checkout(tmp_path: Path, hidden: set[str]) -> tuple[Path, dict[str, str]]:
    """A folder with the set-up scripts, and an environment whose ldconfig lacks ``hidden``."""
    root = tmp_path / "clone"
    (root / "scripts").mkdir(parents=True)
    for name in ("setup", "qt-system-libs"):
        shutil.copy2(SCRIPTS / name, root / "scripts" / name)
    (root / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    listing = "".join(f"\t{so} (libc6,x86-64) => /usr/lib/{so}\n"
                      for so in known_libraries() if so not in hidden)
    (bin_dir / "listing").write_text(f"{len(listing)} libs found in cache\n{listing}",
                                     encoding="utf-8")
    stub = bin_dir / "ldconfig"
    stub.write_text(f"#!/bin/sh\ncat '{bin_dir / 'listing'}'\n", encoding="utf-8")
    stub.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHON"] = str(tmp_path / "no-python-here")  # a set-up that went on fails loudly
    return root, env


def run(script: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", str(script)], env=env, capture_output=True, text=True,
                          timeout=60, check=False)


def test_setup_names_the_missing_packages_and_stops_before_building(tmp_path: Path) -> None:
    root, env = checkout(tmp_path, {"libxcb-cursor.so.0"})
    result = run(root / "scripts" / "setup", env)
    assert result.returncode != 0
    assert "libxcb-cursor0" in result.stderr  # Debian/Ubuntu
    assert "xcb-util-cursor" in result.stderr  # Fedora
    assert "libxcb-icccm4" not in result.stderr  # only what is missing is named
    assert not (root / ".venv").exists()
    assert "no-python-here" not in result.stderr


def test_a_missing_core_library_stops_offscreen_runs_too(tmp_path: Path) -> None:
    root, env = checkout(tmp_path, {"libEGL.so.1"})
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = run(root / "scripts" / "qt-system-libs", env)
    assert result.returncode == 1
    assert "libegl1" in result.stderr and "libglvnd-egl" in result.stderr


def test_offscreen_only_warns_about_the_window_libraries(tmp_path: Path) -> None:
    """What ./scripts/test runs on CI: the tests open no window, so no xcb is needed."""
    root, env = checkout(tmp_path, {"libxcb-cursor.so.0", "libxcb-keysyms.so.1"})
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = run(root / "scripts" / "qt-system-libs", env)
    assert result.returncode == 0
    assert "Warning" in result.stderr
    assert "libxcb-cursor0" in result.stderr and "libxcb-keysyms1" in result.stderr


def test_nothing_missing_says_nothing(tmp_path: Path) -> None:
    root, env = checkout(tmp_path, set())
    result = run(root / "scripts" / "qt-system-libs", env)
    assert (result.returncode, result.stderr) == (0, "")
