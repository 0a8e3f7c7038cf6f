"""The durability rule, checked (docs/durability.md): our process never opens a camp
file outside SQLite while a connection to it may be open.

Closing any handle of a file drops every SQLite lock this process holds on it, and
another program then deletes the -wal we are committing into. So every place in
``facilitator/`` that opens a file by hand (``open``, ``Path.read_bytes``, ``os.open``,
``shutil.copy…``, Qt's ``QFile``/``QStorageInfo``, …) or asks SQLite for ``immutable``
is listed here with the reason it can never be a live camp. A new one fails this test
until it is looked at and listed.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "facilitator"

#: (module, enclosing function) -> why the file it opens is never a camp we hold.
ALLOWED = {
    ("store/connections.py", "read_header"):
        "reads the header only while the registry says no connection of ours holds it "
        "(under its lock, so none opens meanwhile)",
    ("store/database.py", "apply_migrations"): "reads db/NNN_*.sql",
    ("store/database.py", "_tables_of"): "reads db/NNN_*.sql (the tables a version has)",
    ("store/connections.py", "connect"): "immutable only where no -shm can be made and no "
                                       "-wal exists (a write-protected folder)",
    ("store/bundle_checks.py", "_reference_db"):
        "reads db/NNN_*.sql (the schema a bundle or kit must have)",
    ("store/backups.py", "copy"):
        "copies a backup (never open) to a temporary file; the camp is closed first",
    ("sheet_files.py", "read_sheet"):
        "a sheet; the GUI refuses a camp held open before it gets here (held_open)",
    ("written_files.py", "write_whole"):
        "the new sheet (CSV, spreadsheet), a temporary file of a fresh name (O_EXCL)",
    ("written_files.py", "write_via"):
        "creates the writer's temporary file of a fresh name (O_EXCL)",
    ("written_files.py", "sync_folder"): "a folder, opened to fsync a rename into it",
    ("written_files.py", "flush_file"):
        "a temporary file we have just written under a fresh name (a PDF, a copy)",
    ("store/camp_lock.py", "take"):
        "the camp's lock file beside it (.NAME.camp.lock), never the camp itself",
    ("domain/dialogue.py", "load_deck"): "the dialogue deck in resources/",
    ("demo_camp.py", "load_demo_data"): "the demo data in resources/",
    ("program/templates.py", "load_program"): "a program template (JSON)",
    ("ui/dialogue_box/card_images.py", "read_card_image"):
        "a picture; refuses a camp held open before reading (held_open)",
    ("ui/dialogue_box/card_images.py", "encode"): "a QBuffer in memory",
    ("ui/organiser/place_banner.py", "place_of"): "QStorageInfo of the camp's folder",
}

_CALLS = {"open", "read_bytes", "read_text", "write_bytes", "write_text", "copyfile",
          "shutil.copy", "copy2", "copyfileobj", "fdopen", "QFile", "QStorageInfo", "QFileInfo",
          "QSaveFile", "QLockFile", "QImageReader", "mmap",
          # Qt's file dialogs read files they cannot type by name: ui/file_dialogs only.
          "getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"}


def _handles(tree: ast.AST) -> list[tuple[str, int, str]]:
    """(enclosing function, line, what) for each call that may open a file by hand."""
    found: list[tuple[str, int, str]] = []

    def visit(node: ast.AST, where: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                name = _called(child.func)
                if name in _CALLS and not _harmless(child, name):
                    found.append((where, child.lineno, name))
            if isinstance(child, ast.Constant) and isinstance(child.value, str) \
                    and "immutable=1" in child.value:
                found.append((where, child.lineno, "immutable=1"))
            visit(child, where)

    visit(tree, "<module>")
    return found


def _called(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        owner = func.value
        if isinstance(owner, ast.Name) and owner.id == "shutil" and func.attr == "copy":
            return "shutil.copy"
        return func.attr
    return ""


def _harmless(call: ast.Call, name: str) -> bool:
    """``CampStore.open(…)`` (also ``screens.CampStore.open(…)``, the store loaded late)
    goes through SQLite; ``dialog.open()`` opens a window."""
    if name != "open" or not isinstance(call.func, ast.Attribute):
        return False
    owner = call.func.value
    if isinstance(owner, ast.Name) and owner.id in ("CampStore", "cls"):
        return True
    if isinstance(owner, ast.Attribute) and owner.attr == "CampStore":
        return True
    return not call.args and not call.keywords


def test_every_file_opened_by_hand_is_known_never_to_be_a_live_camp() -> None:
    unknown, used = [], set()
    for path in sorted(PACKAGE.rglob("*.py")):
        module = path.relative_to(PACKAGE).as_posix()
        for where, line, what in _handles(ast.parse(path.read_text(encoding="utf-8"))):
            if (module, where) in ALLOWED:
                used.add((module, where))
            else:
                unknown.append(f"{module}:{line} {where}() {what}")
    assert unknown == [], (
        "These open a file outside SQLite. If it can be a camp this process holds, read "
        "it through SQLite or before the first connection; otherwise list it in ALLOWED "
        "with the reason:\n" + "\n".join(unknown))
    assert sorted(set(ALLOWED) - used) == [], "listed but gone: remove from ALLOWED"


def test_the_check_finds_a_plain_open_of_a_camp() -> None:
    """The checker itself: a new reader of the camp file by hand is caught."""
    tree = ast.parse(
        "def peek(path):\n"
        "    with open(path, 'rb') as fh:\n"
        "        return fh.read(16)\n"
        "def size(store):\n"
        "    return QStorageInfo(str(store.path)).bytesTotal()\n"
        "def fine(path):\n"
        "    return CampStore.open(path)\n")
    assert [(w, what) for w, _, what in _handles(tree)] == [
        ("peek", "open"), ("size", "QStorageInfo")]
