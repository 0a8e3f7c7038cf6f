"""Compile the translation sources (resources/i18n/*.ts) into .qm files.

Run by the setup script, and again at start when a .ts is newer than its .qm, so that a
fresh checkout never shows untranslated text. Needs PySide6's lrelease, nothing else.
"""

from __future__ import annotations

import sys
from pathlib import Path

from facilitator.resources import resource

I18N_DIR = resource("i18n")


PACKAGE_DIR = Path(__file__).resolve().parent
LANGUAGES = ("en",)


def _tool(name: str) -> list[str] | None:
    import shutil  # here, not at the top: the app imports this module at every start

    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    try:
        import PySide6

        exe = Path(PySide6.__file__).parent / name
        if exe.exists():
            return [str(exe)]
    except ImportError:
        pass
    return None


def _lrelease() -> list[str] | None:
    return _tool("lrelease")


def sources() -> list[Path]:
    """Every Python file whose strings may go through tr()."""
    return sorted(PACKAGE_DIR.rglob("*.py"))


def update(ts_dir: Path = I18N_DIR) -> int:
    """Refresh the .ts files from the code (keeps existing translations)."""
    tool = _tool("lupdate")
    if tool is None:
        print("pyside6-lupdate not found", file=sys.stderr)
        return 1
    for language in LANGUAGES:
        ts = ts_dir / f"facilitator_{language}.ts"
        import subprocess

        result = subprocess.run(
            [*tool, *map(str, sources()), "-source-language", "da_DK",
             "-target-language", language, "-no-obsolete", "-locations", "none",
             "-ts", str(ts)],
            capture_output=True, text=True, check=False,
        )
        if result.returncode != 0:
            print(result.stdout + result.stderr, file=sys.stderr)
            return result.returncode
    return 0


def stale() -> list[Path]:
    """The .ts files whose .qm is missing or older."""
    out = []
    for ts in sorted(I18N_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            out.append(ts)
    return out


def build(only_stale: bool = False, quiet: bool = True) -> int:
    sources = stale() if only_stale else sorted(I18N_DIR.glob("*.ts"))
    if not sources:
        return 0
    tool = _lrelease()
    if tool is None:
        print("pyside6-lrelease not found; translations not compiled", file=sys.stderr)
        return 1
    for ts in sources:
        import subprocess

        result = subprocess.run(
            [*tool, str(ts), "-qm", str(ts.with_suffix(".qm"))],
            capture_output=True, text=True, check=False,
        )
        if result.returncode != 0:
            print(result.stdout + result.stderr, file=sys.stderr)
            return result.returncode
        if not quiet:
            print(result.stdout.strip())
    return 0


if __name__ == "__main__":
    if "--update" in sys.argv:
        sys.exit(update())
    sys.exit(build(quiet=False))
