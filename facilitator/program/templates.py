"""Loading and checking program templates from ``resources/programs``.

Templates are JSON so that an organiser (or a later release) can add a program without
touching code; they are checked here so that a broken template fails loudly at load
time rather than as an empty screen in front of a table.
"""

from __future__ import annotations

import json
from pathlib import Path

from facilitator.domain.model import Program
from facilitator.domain.model import Step
from facilitator.domain.model import StepKind
from facilitator.domain.rules import MAX_DOTS
from facilitator.resources import resource

PROGRAMS_DIR = resource("programs")


class ProgramError(ValueError):
    """A template that does not describe a usable program."""


def program_names() -> list[str]:
    return sorted(p.stem for p in PROGRAMS_DIR.glob("*.json"))


def load_program(name_or_path: str | Path) -> Program:
    path = Path(name_or_path)
    if not path.suffix:
        path = PROGRAMS_DIR / f"{name_or_path}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ProgramError(f"{path}: {exc}") from exc
    return parse_program(data, source=str(path))


def parse_program(data: dict, *, source: str = "<program>") -> Program:
    if not isinstance(data, dict) or not isinstance(data.get("steps"), list):
        raise ProgramError(f"{source}: a program needs a list of steps")
    steps: list[Step] = []
    keys: set[str] = set()
    for i, raw in enumerate(data["steps"]):
        kind = raw.get("kind")
        if kind not in StepKind.ALL:
            raise ProgramError(f"{source}: step {i + 1} has unknown kind {kind!r}")
        key = str(raw.get("key", ""))
        if key and key in keys:
            raise ProgramError(f"{source}: step key {key!r} is used twice")
        keys.add(key)
        minutes = raw.get("minutes", 0)
        if not isinstance(minutes, int) or minutes < 0:
            raise ProgramError(f"{source}: step {i + 1} has a bad duration")
        dots = raw.get("dots_per_participant", 0)
        # bool is an int in Python: "true" would silently mean one dot.
        if not isinstance(dots, int) or isinstance(dots, bool) or not 0 <= dots <= MAX_DOTS:
            raise ProgramError(f"{source}: step {i + 1} has a bad dots_per_participant")
        steps.append(Step(
            id="", kind=kind, key=key, title=str(raw.get("title", "")),
            prompt=str(raw.get("prompt", "")), guidance=str(raw.get("guidance", "")),
            minutes=minutes, position=i, dots=dots,
        ))
    personas = {
        str(k): [(str(name), str(desc)) for name, desc in v]
        for k, v in (data.get("personas") or {}).items()
    }
    decks = {str(k): str(v) for k, v in (data.get("decks") or {}).items()}
    return Program(name=str(data.get("name", "")), title=str(data.get("title", "")),
                   steps=steps, personas=personas, decks=decks)
