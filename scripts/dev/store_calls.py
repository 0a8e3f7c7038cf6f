"""Rewrite calls of the camp store's old flat API to its parts (issue 20).

    python scripts/dev/store_calls.py [--check] [PATH ...]

The store used to be one object of ~150 methods (``store.add_note(...)``,
``self.session.store.steps()``); its methods now live on parts hung on it
(``store.board.add_note(...)``, ``self.session.store.frame.steps()``). This rewrites
every call (and every bound-method reference) of an old name *on a receiver known to be
a store* in ``facilitator/``, ``tests/`` and ``bench/`` (or the PATHs given): names like
``notes``, ``steps`` or ``camp`` are used by other objects too, so a receiver counts only
when it is

* a name bound in the same (or an enclosing) function to a store: a parameter annotated
  ``CampStore``/``CampReader``, an assignment or ``with … as`` from ``CampStore.open``/
  ``create``/``in_memory``/``open_beside`` or from a function that returns a store (by
  its annotation, or because it returns or yields one), a pytest fixture that gives one,
  a parameter of a lambda passed as ``fill=`` (CampStore.create's), or the names
  ``store`` and ``dstore``;
* an attribute called ``store`` or ``_store`` (``self.store``, ``session.store``,
  ``window.session.store``, ...), or ``self.X`` where the class sets ``self.X`` to a store.

The store's former private helpers that other modules called (``store._rows``,
``store._insert``, ...) become the database's public ones (``store.rows``, ...), and
``store: Any`` parameters become ``CampReader`` in ``facilitator/export`` and
``CampStore`` elsewhere. Running it twice changes nothing: a rewritten call's receiver is
a part (``store.board``), never a store. ``--check`` lists what would change, and exits
1 when anything would.
"""

from __future__ import annotations

import ast
import io
import subprocess
import sys
import tokenize
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ROOTS = ("facilitator", "tests", "bench")
#: The store's own modules: their ``self`` is a part, not a store. Those that only use a
#: store (sheets, bundles, purging) are rewritten like any caller.
SKIP = {"facilitator/store/" + n for n in (
    "analysis.py", "base.py", "camp.py", "consolidation.py", "dialogue.py", "items.py",
    "pseudonyms.py", "reader.py", "structure.py", "errors.py", "database.py")}

PARTS: dict[str, tuple[str, ...]] = {
    "frame": (
        "camp", "update_camp", "main_groups", "add_main_group", "main_group",
        "update_main_group", "delete_main_group", "restore_main_group", "tables", "table",
        "table_by_code", "add_table", "update_table", "delete_table", "restore_table",
        "steps", "step", "step_by_key", "add_step", "update_step", "move_step",
        "delete_step", "restore_step", "actors", "actor_by_key", "add_actor",
        "rename_actor", "delete_actor", "restore_actor", "personas", "add_persona",
        "update_persona", "delete_persona", "restore_persona"),
    "board": (
        "notes", "note", "add_note", "update_note", "move_note", "delete_note",
        "restore_note", "selected_prerequisites", "front_pages", "front_page",
        "add_front_page", "update_front_page", "delete_front_page", "restore_front_page",
        "contributions", "contribution", "add_contribution", "update_contribution",
        "move_contribution", "delete_contribution", "restore_contribution"),
    "consolidation": (
        "note_categories", "category_counts", "categories", "uncategorised_count",
        "category", "note_category", "category_notes", "step_summary", "excerpts",
        "is_excerpt", "add_category", "rename_category", "delete_category",
        "restore_category", "merge_categories", "assign_note", "assign_notes",
        "set_note_categories", "set_step_summary", "set_excerpt", "set_excerpts"),
    "analysis": (
        "messages", "message", "add_message", "update_message", "move_message",
        "delete_message", "restore_message", "consideration", "considerations",
        "set_consideration", "consolidated_prerequisites", "consolidated_prerequisite",
        "add_consolidated_prerequisite", "add_consolidated_prerequisites",
        "update_consolidated_prerequisite", "move_consolidated_prerequisite",
        "delete_consolidated_prerequisite", "delete_consolidated_prerequisites",
        "restore_consolidated_prerequisite", "restore_consolidated_prerequisites",
        "prerequisite_sources", "selected_contributions_by_actor", "camp_overview"),
    "dialogue_box": (
        "dialogues", "dialogue", "start_dialogue", "ensure_dialogue", "update_dialogue",
        "dialogue_by_id", "readings", "reading", "add_reading", "update_reading",
        "delete_reading", "restore_reading", "level_notes", "add_level_note",
        "set_note_level", "move_level_note", "cards", "card", "card_image", "add_card",
        "update_card", "delete_card", "restore_card", "move_card", "load_deck",
        "reflections", "discussed_cards", "set_reflection", "template_answers",
        "set_template_answer", "agreements", "agreement", "add_agreement",
        "update_agreement", "delete_agreement", "restore_agreement", "move_agreement"),
    "names": (
        "pseudonyms", "pseudonym_list", "pseudonym", "add_pseudonym", "add_pseudonyms",
        "update_pseudonym", "delete_pseudonym", "restore_pseudonym"),
}
#: old name → the part that has it now.
MOVED = {name: part for part, names in PARTS.items() for name in names}
#: The store's private helpers other modules called → the database's public ones.
RENAMED = {"_rows": "rows", "_row": "row", "_insert": "insert", "_update": "update",
           "_next_position": "next_position", "_reorder": "reorder"}
STORE_TYPES = {"CampStore", "CampReader"}
MAKERS = {"open", "create", "in_memory", "open_beside"}
ALWAYS = {"store", "dstore"}
STORE_ATTRS = {"store", "_store"}


def mentions_store(node: ast.AST | None) -> bool:
    """Whether an annotation names a store type (``CampStore``, ``"CampStore | None"``)."""
    if node is None:
        return False
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(t in node.value for t in STORE_TYPES)
    return any(isinstance(n, ast.Name) and n.id in STORE_TYPES
               or isinstance(n, ast.Attribute) and n.attr in STORE_TYPES
               for n in ast.walk(node))


def is_fixture(fn: ast.FunctionDef) -> bool:
    return any("fixture" in ast.unparse(d) for d in fn.decorator_list)


@dataclass
class Project:
    """What every file says: functions (and fixtures) that give a store."""

    gives_store: set[str] = field(default_factory=set)
    fixtures: set[str] = field(default_factory=set)
    #: Per file, its own functions: a name defined in the file means that definition.
    own: dict[Path, dict[str, bool]] = field(default_factory=dict)


@dataclass
class Scope:
    names: set[str] = field(default_factory=set)
    parent: Scope | None = None

    def has(self, name: str) -> bool:
        scope: Scope | None = self
        while scope is not None:
            if name in scope.names:
                return True
            scope = scope.parent
        return False


class Finder:
    """Which expressions of one module are stores (flow-insensitive, per scope)."""

    def __init__(self, tree: ast.Module, project: Project, local_fixtures: set[str],
                 path: Path | None = None) -> None:
        self.project = project
        self.own = project.own.get(path, {}) if path is not None else {}
        self.fixtures = project.fixtures | local_fixtures
        self.scopes: dict[ast.AST, Scope] = {}
        self.self_attrs: set[str] = set()
        #: Lambdas passed as ``fill=`` (CampStore.create's): their parameter is a store.
        self.fills: set[ast.AST] = {k.value for k in ast.walk(tree)
                                    if isinstance(k, ast.keyword) and k.arg == "fill"
                                    and isinstance(k.value, ast.Lambda)}
        # A table of edits by the store method's name ({"add_note": lambda s, t: ...}):
        # each lambda's first parameter is the store.
        for table in ast.walk(tree):
            if isinstance(table, ast.Dict):
                self.fills |= {v for k, v in zip(table.keys, table.values, strict=True)
                               if isinstance(k, ast.Constant) and k.value in MOVED
                               and isinstance(v, ast.Lambda)}
        self._fill(tree, None)

    def _fill(self, node: ast.AST, parent: Scope | None) -> None:
        scope = Scope(parent=parent)
        self.scopes[node] = scope
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            for arg in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs):
                if mentions_store(arg.annotation) or arg.arg in self.fixtures:
                    scope.names.add(arg.arg)
            if node in self.fills and node.args.args:
                scope.names.add(node.args.args[0].arg)
        for _ in range(2):  # twice: a name bound from another bound later in the scope
            for child in self._own(node):
                self._bind(child, scope)
        for child in self._own(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
                          | ast.ClassDef):
                self._fill(child, scope)

    def _own(self, node: ast.AST) -> Iterator[ast.AST]:
        """Nodes of ``node``'s own scope (not inside nested functions or classes)."""
        for child in ast.iter_child_nodes(node):
            yield child
            if not isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
                              | ast.ClassDef):
                yield from self._own(child)

    def _bind(self, node: ast.AST, scope: Scope) -> None:
        targets: list[ast.expr] = []
        value: ast.expr | None = None
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign):
            targets, value = [node.target], node.value
            if mentions_store(node.annotation):
                self._mark(node.target, scope)
        elif isinstance(node, ast.withitem) and node.optional_vars is not None:
            targets, value = [node.optional_vars], node.context_expr
        if value is not None and self.is_store(value, scope):
            for target in targets:
                self._mark(target, scope)

    def _mark(self, target: ast.expr, scope: Scope) -> None:
        if isinstance(target, ast.Name):
            scope.names.add(target.id)
        elif isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) \
                and target.value.id == "self":
            self.self_attrs.add(target.attr)

    def is_store(self, node: ast.expr, scope: Scope) -> bool:
        if isinstance(node, ast.Name):
            return node.id in ALWAYS or scope.has(node.id)
        if isinstance(node, ast.Attribute):
            if node.attr in STORE_ATTRS:
                return True
            return isinstance(node.value, ast.Name) and node.value.id == "self" \
                and node.attr in self.self_attrs
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in MAKERS \
                    and mentions_store(func.value):
                return True
            name = func.id if isinstance(func, ast.Name) else \
                func.attr if isinstance(func, ast.Attribute) else ""
            if name in self.own:
                return self.own[name]
            return name in self.project.gives_store
        if isinstance(node, ast.IfExp):
            return self.is_store(node.body, scope) or self.is_store(node.orelse, scope)
        return False


def survey(files: list[Path]) -> Project:
    """Functions that give a store, by annotation or by what they return or yield."""
    project = Project()
    trees = [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in files]
    for _ in range(3):  # a function returning another's store, a few levels deep
        found: dict[str, set[bool]] = {}
        for path, tree in trees:
            finder = Finder(tree, project, set(), path)
            own: dict[str, bool] = {}
            for fn in ast.walk(tree):
                if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
                    continue
                gives = _plain_store(fn.returns) or any(
                    isinstance(n, ast.Return | ast.Yield) and n.value is not None
                    and finder.is_store(n.value, finder.scopes[fn])
                    for n in finder._own(fn))
                found.setdefault(fn.name, set()).add(gives)
                own[fn.name] = own.get(fn.name, True) and gives
                if gives and is_fixture(fn) and path.name == "conftest.py":
                    project.fixtures.add(fn.name)
            project.own[path] = own
        # Only names every definition of which gives a store (``collect`` does not).
        project.gives_store = {name for name, gives in found.items() if gives == {True}}
    return project


def _plain_store(returns: ast.expr | None) -> bool:
    """A return annotation that is a store, or an iterator of one (not a tuple of them)."""
    if returns is None or not mentions_store(returns):
        return False
    text = ast.unparse(returns)
    return not any(t in text for t in ("tuple", "list", "dict", "Callable"))


@dataclass(frozen=True)
class Edit:
    line: int  # 1-based
    start: int  # byte offsets in the line
    end: int
    text: str


def edits_for(source: str, project: Project, rel: str) -> list[Edit]:
    tree = ast.parse(source)
    path = REPO / rel
    own = project.own.get(path, {})
    local = {fn.name for fn in ast.walk(tree)
             if isinstance(fn, ast.FunctionDef) and is_fixture(fn) and own.get(fn.name)}
    finder = Finder(tree, project, local, path)
    edits: list[Edit] = []

    def visit(node: ast.AST, scope: Scope) -> None:
        for child in ast.iter_child_nodes(node):
            inner = finder.scopes.get(child, scope)
            if isinstance(child, ast.Attribute) and child.end_lineno is not None:
                edit = _edit(child, finder, inner)
                if edit is not None:
                    edits.append(edit)
            if isinstance(child, ast.Call):
                edit = _by_name(child, finder, inner)
                if edit is not None:
                    edits.append(edit)
            if isinstance(child, ast.arg):
                edit = _annotation(child, rel)
                if edit is not None:
                    edits.append(edit)
            visit(child, inner)

    visit(tree, finder.scopes[tree])
    return edits


def _edit(node: ast.Attribute, finder: Finder, scope: Scope) -> Edit | None:
    if node.attr not in MOVED and node.attr not in RENAMED:
        return None
    if not finder.is_store(node.value, scope):
        return None
    value = node.value
    assert value.end_lineno is not None and value.end_col_offset is not None
    assert node.end_col_offset is not None
    if value.end_lineno != node.end_lineno:
        print(f"  not rewritten (receiver on another line): line {node.end_lineno}",
              file=sys.stderr)
        return None
    new = f".{MOVED[node.attr]}.{node.attr}" if node.attr in MOVED \
        else f".{RENAMED[node.attr]}"
    return Edit(node.end_lineno, value.end_col_offset, node.end_col_offset, new)


def _by_name(call: ast.Call, finder: Finder, scope: Scope) -> Edit | None:
    """``setattr(store, "add_note", …)``, ``monkeypatch.setattr(…)``, ``getattr``:
    the method is looked up on its part."""
    func = call.func
    name = func.id if isinstance(func, ast.Name) else \
        func.attr if isinstance(func, ast.Attribute) else ""
    if name not in ("setattr", "getattr", "hasattr", "delattr") or len(call.args) < 2:
        return None
    target, attr = call.args[0], call.args[1]
    if not (isinstance(attr, ast.Constant) and attr.value in MOVED) \
            or not finder.is_store(target, scope):
        return None
    assert target.end_lineno is not None and target.end_col_offset is not None
    end = target.end_col_offset
    return Edit(target.end_lineno, end, end, f".{MOVED[attr.value]}")


def _annotation(arg: ast.arg, rel: str) -> Edit | None:
    """``store: Any`` → the store's type (CampReader in exports)."""
    ann = arg.annotation
    if arg.arg != "store" or not isinstance(ann, ast.Name) or ann.id != "Any":
        return None
    if not rel.startswith("facilitator/"):
        return None
    assert ann.end_col_offset is not None
    kind = "CampReader" if rel.startswith("facilitator/export/") else "CampStore"
    return Edit(ann.lineno, ann.col_offset, ann.end_col_offset, kind)


IMPORTS = {"CampReader": "from facilitator.store.reader import CampReader",
           "CampStore": "from facilitator.store import CampStore"}


LIMIT = 100  # ruff's line length (pyproject.toml)


def apply(source: str, edits: list[Edit]) -> str:
    lines = source.encode("utf-8").split(b"\n")
    for e in sorted(edits, key=lambda e: (e.line, e.start), reverse=True):
        raw = lines[e.line - 1]
        lines[e.line - 1] = raw[:e.start] + e.text.encode("utf-8") + raw[e.end:]
    text = b"\n".join(lines).decode("utf-8")
    for line in sorted({e.line for e in edits}, reverse=True):
        text = _wrapped(text, line)
    for kind in {e.text for e in edits if e.text in IMPORTS}:
        text = _with_import(text, kind)
    return text


def _wrapped(text: str, number: int) -> str:
    """Line ``number`` (1-based) broken after commas inside brackets until it fits, each
    part aligned under its bracket (or indented four more under a bracket that ends its
    line); a line with no such comma is left long (and reported)."""
    lines = text.split("\n")
    for _ in range(5):
        line = lines[number - 1]
        if len(line) <= LIMIT:
            return "\n".join(lines)
        cut = _cut(text, number)
        if cut is None:
            print(f"  still too long: line {number}", file=sys.stderr)
            return "\n".join(lines)
        column, indent = cut
        lines[number - 1:number] = [line[:column].rstrip(), " " * indent + line[column:].lstrip()]
        text = "\n".join(lines)
        number += 1
    return text


def _cut(text: str, number: int) -> tuple[int, int] | None:
    """(column after the last comma of line ``number`` that leaves it within the limit,
    the indentation of what follows), for commas inside brackets only."""
    opened: list[tuple[int, int]] = []  # (row, col) of each bracket still open
    best: tuple[int, int] | None = None
    lines = text.split("\n")
    current = lines[number - 1]
    #: Brackets opened on the line that do not close within the limit: a cut after the
    #: first of them is the fallback when no comma will do.
    spans: dict[int, bool] = {}
    tokens = tokenize.generate_tokens(io.StringIO(text).readline)
    for tok in tokens:
        row, col = tok.start
        if row > number:
            break
        if tok.type == tokenize.OP and tok.string in "([{":
            opened.append((row, col))
            if row == number and col + 1 <= LIMIT:
                spans[col] = True
        elif tok.type == tokenize.OP and tok.string in ")]}":
            if opened:
                b_row, b_col = opened.pop()
                if b_row == number and row == number and col < LIMIT:
                    spans[b_col] = False
        elif tok.type == tokenize.OP and tok.string == "," and row == number and opened:
            end = tok.end[1]
            if end > LIMIT:
                continue
            b_row, b_col = opened[-1]
            rest = lines[b_row - 1][b_col + 1:].strip()
            aligned = b_row == number or (rest and not rest.startswith("#"))
            indent = b_col + 1 if aligned else len(current) - len(current.lstrip())
            if indent < end:
                best = (end, indent)
    if best is None:
        first = min((c for c, spanning in spans.items() if spanning), default=None)
        indent = len(current) - len(current.lstrip()) + 4
        if first is not None and indent < first + 1:
            best = (first + 1, indent)
    return best


def _with_import(text: str, kind: str) -> str:
    """Import ``kind`` (at the module's top, after its last ``from facilitator`` import)
    unless the module imports it already."""
    tree = ast.parse(text)
    imported = {a.asname or a.name for n in tree.body
                if isinstance(n, ast.ImportFrom) for a in n.names}
    if kind in imported:
        return text
    place = max((n.end_lineno or n.lineno for n in tree.body if isinstance(n, ast.ImportFrom)
                 and (n.module or "").startswith("facilitator")), default=None)
    if place is None:
        place = max((n.end_lineno or n.lineno for n in tree.body
                     if isinstance(n, ast.Import | ast.ImportFrom)), default=0)
    lines = text.split("\n")
    lines.insert(place, IMPORTS[kind])
    return "\n".join(lines)


def rewrite_embedded(source: str, project: Project, rel: str) -> str:
    """Scripts that tests and benchmarks run in a child process, written as string
    literals (``run_python(LAPTOP, ...)``), rewritten like the module around them."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)
                and "\n" in node.value and "store" in node.value):
            continue
        try:
            edits = edits_for(node.value, project, rel)
        except SyntaxError:
            continue  # prose, not a script
        segment = ast.get_source_segment(source, node)
        if edits and segment is not None and node.value in segment:
            new = segment.replace(node.value, apply(node.value, edits))
            source = source.replace(segment, new, 1)
    return source


def python_files(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for name in paths or ROOTS:
        path = (REPO / name) if not Path(name).is_absolute() else Path(name)
        found += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return [p for p in found if p.relative_to(REPO).as_posix() not in SKIP]


def main(argv: list[str]) -> int:
    check = "--check" in argv
    paths = [a for a in argv if a != "--check"]
    files = python_files(paths)
    project = survey(python_files(list(ROOTS)))
    changed: list[Path] = []
    for path in files:
        rel = path.relative_to(REPO).as_posix()
        original = path.read_text(encoding="utf-8")
        source = rewrite_embedded(original, project, rel)
        edits = edits_for(source, project, rel)
        if not edits and source == original:
            continue
        changed.append(path)
        print(f"{rel}: {len(edits)}{'' if source == original else ' (and a script in it)'}")
        if not check:
            path.write_text(apply(source, edits), encoding="utf-8")
    if changed and not check:
        # An import the rewrite made unused (``Any``), and the new imports' order.
        subprocess.run([sys.executable, "-m", "ruff", "check", "--fix", "--quiet",
                        "--select", "F401,I001", *map(str, changed)], cwd=REPO, check=False)
    return 1 if check and changed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
