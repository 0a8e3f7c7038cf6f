"""The command line's follow-up verb: ``facilitator export-followup CAMP… --out FILE``.

The follow-up of contributions and agreements (issue 18) of one or more camps and
dialogue files, one list per actor, as .xlsx or .pdf by the suffix of ``--out``. Kept
beside :mod:`facilitator.cli`, which registers it with :func:`add_verbs`; failures are
the CLI's (a Danish message, exit code 2, no camp changed).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from facilitator.domain.words import counted
from facilitator.export.followup_exports import write_followup

OK = 0


def add_verbs(verb: Callable[..., Any]) -> None:
    """Register the follow-up verb with the CLI's ``verb`` (see cli._parser)."""
    verb("export-followup", _export_followup,
         "Gem opfølgningen på bidrag og aftaler (ejer, frist, status) som .xlsx eller .pdf: "
         "én liste pr. aktør, fra en eller flere camps og dialogfiler.",
         source="camps", many=True, out="FIL")


def _export_followup(args: argparse.Namespace) -> int:
    out, lists = write_followup(args.camps, args.out)
    items = counted(lists.count, "%n punkt", "%n punkter")
    actors = counted(len(lists.lists), "%n aktør", "%n aktører")
    print(f"Opfølgningen ({items} hos {actors}) er gemt i {out}.")
    return OK
