"""Kill a process that is writing notes, at a random moment, and check what survived.

The child adds notes, votes on them and edits their text through the real store, and
prints each edit *after* the store call returned (that is, after the commit). The
parent SIGKILLs it at a random moment, reopens the file, and checks that
``integrity_check`` passes and that every edit the child reported is there. Values only
grow (votes, an edit counter in the text), so a later edit that committed but was not
yet reported is told apart from a lost one.

Used by the test suite (a few hundred kills) and by ``bench/crash_bench.py`` (thousands).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

REPO = Path(__file__).resolve().parents[1]


@dataclass
class KillResult:
    reported: int
    lost: int
    corrupt: bool
    detail: str = ""


def child(path: Path, seed: int, views: bool = False) -> None:
    """Edits until killed; with ``views``, now and then also looks at its own camp the
    way the app does while a table types (a read-only view for an export, a bundle, the
    check every opening makes), which must never cost the writer its locks."""
    from facilitator.store import CampStore
    from facilitator.store import database

    rng = random.Random(seed)
    store = open_to_write(path)
    step = store.frame.step_by_key("indicators")
    table = store.frame.tables()[0]
    notes: dict[str, tuple[int, int]] = {
        n.id: (n.votes, _edit_no(n.text)) for n in store.board.notes(step.id, table.id)}
    print("READY", flush=True)
    i = 0
    while True:
        i += 1
        if views and rng.random() < 0.15:
            database.inspect(path)
            with CampStore.open(path, read_only=True, snapshot=rng.random() < 0.5) as view:
                view.board.notes(step.id, table.id)
        roll = rng.random()
        if roll < 0.5 or not notes:
            note = store.board.add_note(step_id=step.id, table_id=table.id,
                                        text=f"note {seed}-{i} #0")
            notes[note.id] = (0, 0)
            print(f"A {note.id} 0 0", flush=True)
        elif roll < 0.8:
            note_id = rng.choice(list(notes))
            votes, edit = notes[note_id]
            store.board.update_note(note_id=note_id, votes=votes + 1)
            notes[note_id] = (votes + 1, edit)
            print(f"V {note_id} {votes + 1} {edit}", flush=True)
        else:
            note_id = rng.choice(list(notes))
            votes, edit = notes[note_id]
            store.board.update_note(note_id=note_id, text=f"note {seed}-{i} #{edit + 1}")
            notes[note_id] = (votes, edit + 1)
            print(f"E {note_id} {votes} {edit + 1}", flush=True)


def open_to_write(path: Path, wait: float = 30.0):
    """The camp, writable: waits while another process (our command line, importing
    beside the writer) holds its one-writer lock."""
    from facilitator.store import CampStore

    deadline = time.monotonic() + wait
    while True:
        store = CampStore.open(path)
        if not store.read_only or time.monotonic() > deadline:
            return store
        store.close()
        time.sleep(0.02)


def _edit_no(text: str) -> int:
    return int(text.rsplit("#", 1)[1]) if "#" in text else 0


def kill_once(path: Path, seed: int, *, max_delay: float = 0.08,
              views: bool = False) -> KillResult:
    """Run a child on ``path``, kill it after a random delay, verify the file."""
    return verify(path, kill_child("bench.crash_harness", "child", [path, seed, views], seed,
                                   max_delay=max_delay))


def kill_child(module: str, function: str, args: list[object], seed: int, *,
               max_delay: float, after_lines: int = 0) -> list[str]:
    """Run ``module.function(*args)`` in a child process (see :func:`kill_process`)."""
    call = ", ".join(f"Path({str(a)!r})" if isinstance(a, Path) else repr(a) for a in args)
    return kill_process(
        [sys.executable, "-c",
         f"import sys; sys.path.insert(0, {str(REPO)!r}); from pathlib import Path;"
         f" from {module} import {function}; {function}({call})"],
        seed, max_delay=max_delay, after_lines=after_lines)


def kill_process(argv: list[str], seed: int, *, max_delay: float,
                 env: dict[str, str] | None = None, after_lines: int = 0) -> list[str]:
    """Start ``argv``; once it prints READY (and ``after_lines`` lines more), wait a
    random moment (up to ``max_delay`` s), SIGKILL it, and return the lines it printed.

    The child must still be running when it is killed, or have printed DONE: a child
    that died of an error would otherwise pass for one that was killed. Its stderr goes
    to a file, so a chatty child never blocks on a full pipe.
    """
    rng = random.Random(seed)
    with tempfile.TemporaryFile("w+") as errors:
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=errors, text=True,
                                env=env)
        try:
            lines = [proc.stdout.readline()]
            if lines[0].strip() != "READY":
                raise RuntimeError(f"child did not start: {lines[0]!r} {_tail(errors)}")
            while len(lines) <= after_lines and lines[-1]:
                lines.append(proc.stdout.readline())
            time.sleep(rng.uniform(0, max_delay))
            ended = proc.poll() is not None
            if not ended:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait(timeout=30)
            lines = [x.rstrip("\n") for x in lines[1:] if x] + proc.stdout.read().splitlines()
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            proc.stdout.close()
        if ended and "DONE" not in lines:
            raise RuntimeError(f"child ended before it was killed (exit {proc.returncode}): "
                               f"{_tail(errors)}")
    return lines


def _tail(errors: IO[str]) -> str:
    errors.seek(0)
    return errors.read()[-3000:]


def verify(path: Path, lines: list[str]) -> KillResult:
    from facilitator.store import CampStore

    expected: dict[str, tuple[int, int]] = {}
    for line in lines:
        parts = line.split()
        if len(parts) != 4:
            continue  # the kill can cut the last line short: that edit was not reported
        _, note_id, votes, edit = parts
        expected[note_id] = (int(votes), int(edit))
    try:
        store = CampStore.open(path)
    except Exception as exc:
        return KillResult(len(expected), len(expected), True, str(exc))
    try:
        check = store.conn.execute("PRAGMA integrity_check").fetchone()[0]
        step = store.frame.step_by_key("indicators")
        found = {n.id: (n.votes, _edit_no(n.text)) for n in store.board.notes(step.id, None)}
        found.update({n.id: (n.votes, _edit_no(n.text))
                      for n in store.board.notes(step.id, store.frame.tables()[0].id)})
    finally:
        store.close()
    lost = 0
    for note_id, (votes, edit) in expected.items():
        have = found.get(note_id)
        if have is None or have[0] < votes or have[1] < edit:
            lost += 1
    return KillResult(len(expected), lost, check != "ok", "" if check == "ok" else check)


def reader(path: Path, pause: float) -> None:
    """Another program (a backup or search tool, a second app) that opens the camp with
    SQLite, reads a row and closes it, again and again: as the last connection it would
    checkpoint and delete the -wal of a writer that had lost its locks."""
    import sqlite3

    print("READY", flush=True)
    while True:
        try:
            conn = sqlite3.connect(str(path), timeout=5)
            try:
                conn.execute("SELECT id FROM note LIMIT 1").fetchall()
            finally:
                conn.close()
        except sqlite3.Error:
            pass
        time.sleep(pause)


def cli_writer(path: Path, folder: Path) -> None:
    """The organiser's command line trying to write into the same camp: a small sheet
    imported with ``facilitator import-sheet`` again and again (each a new process).

    While the child holds the camp the import must be refused in words (exit 2); in the
    moments between two children it may land. Prints IMPORTED, REFUSED, or FAILED with
    what it said, one line per try; :class:`Neighbours` collects them."""
    from facilitator.store.camp_lock import HELD_ELSEWHERE

    # The command line's refusal while another copy of the app holds the camp.
    held = " ".join(HELD_ELSEWHERE.format(path=str(path)).split())
    print("READY", flush=True)
    header = ("camp_id,camp_title,core_task,camp_date,participants,main_group,table,step,"
              "title,text,votes,selected,actor,prerequisite,source_page\n")
    n = 0
    while True:
        n += 1
        sheet = folder / f"sheet-{os.getpid()}-{n}.csv"
        sheet.write_text(header + "".join(
            f"c,Crash,,,,H9,H9-B1,indicators,,ark {n} række {r},0,0,,,\n" for r in range(3)),
            encoding="utf-8")
        done = subprocess.run([sys.executable, str(REPO / "main.py"), "import-sheet",
                               str(sheet), "--camp", str(path)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True, check=False)
        sheet.unlink(missing_ok=True)
        if done.returncode == 0:
            print("IMPORTED", flush=True)
        elif done.returncode == 2 and held in " ".join(done.stderr.split()):
            print("REFUSED", flush=True)
        else:
            print(f"FAILED {done.returncode} {' '.join(done.stderr.split())[:300]}",
                  flush=True)
        time.sleep(0.3)


class Neighbours:
    """Other processes on the camp while a child writes and is killed: a reader looping
    every ``pause`` seconds, and with ``cli`` our own command line trying to import
    sheets (its outcomes in :attr:`cli_tries` once the block ends)."""

    def __init__(self, path: Path, *, pause: float = 0.01, cli: bool = False) -> None:
        self.path, self.pause, self.cli = path, pause, cli
        self.procs: list[subprocess.Popen[str]] = []
        self.cli_tries: list[str] = []

    def __enter__(self) -> Neighbours:
        runs = [("reader", [self.path, self.pause])]
        if self.cli:
            runs.append(("cli_writer", [self.path, self.path.parent]))
        for function, args in runs:
            call = ", ".join(f"Path({str(a)!r})" if isinstance(a, Path) else repr(a)
                             for a in args)
            proc = subprocess.Popen(
                [sys.executable, "-c",
                 f"import sys; sys.path.insert(0, {str(REPO)!r}); from pathlib import Path;"
                 f" from bench.crash_harness import {function}; {function}({call})"],
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                start_new_session=True)
            self.procs.append(proc)
            if proc.stdout.readline().strip() != "READY":
                raise RuntimeError(f"{function} did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        for proc in self.procs:
            # With the writer's import in progress, if any: each import is atomic.
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait()
            lines = proc.stdout.read().splitlines()
            proc.stdout.close()
            if proc is not self.procs[0]:
                self.cli_tries.extend(lines)


def make_camp(path: Path) -> Path:
    from facilitator.program import load_program
    from facilitator.store import CampStore

    with CampStore.create(path, program=load_program("camp_day"), title="Crash") as store:
        group = store.frame.add_main_group(code="H1")
        store.frame.add_table(code="H1-B1", main_group_id=group.id)
    return path
