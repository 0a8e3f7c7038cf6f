"""A half-made camp (an older version killed while creating it) given to every verb of
the command line: one Danish sentence on stderr, exit 2, the file as it was, no output."""

from __future__ import annotations

from pathlib import Path

import badfiles as bad
import pytest

from facilitator.cli import BAD_INPUT
from facilitator.cli import main
from facilitator.store.database import HALF_MADE

HALF_MADE_KINDS = sorted(k for k in bad.CAMP_FILES if k.startswith("half_made"))
#: Every verb that reads a camp, with what it writes (under the test's out folder).
VERBS = {
    "export-pdf": ["--out", "{out}/camp.pdf"],
    "export-pdf --table": ["--out", "{out}/bord.pdf", "--table", "H1-B1"],
    "export-sheet": ["--out", "{out}/ark.xlsx"],
    "export-cross": ["--out", "{out}/tvaers.pdf"],
    "export-kit": ["--out", "{out}/kit.campkit"],
    "export-bundle": ["--out", "{out}/bord.campbundle", "--table", "H1-B1"],
    "export-dialogue": ["--out", "{out}/dialog.pdf"],
    "export-dialogue-kit": ["--out", "{out}/kasse.pdf"],
    "export-gathering": ["--out", "{out}/overblik.pdf"],
    "collect": ["{out}"],
}


@pytest.mark.parametrize("verb", VERBS)
@pytest.mark.parametrize("kind", HALF_MADE_KINDS)
def test_every_verb_explains_a_half_made_camp(capsys, tmp_path: Path, verb: str,
                                              kind: str) -> None:
    folder, out = tmp_path / "ind", tmp_path / "ud"
    folder.mkdir()
    out.mkdir()
    camp = bad.CAMP_FILES[kind][0](folder)
    before = bad.folder_state(folder)
    name, *_ = verb.split()
    args = [a.format(out=out) for a in VERBS[verb]]
    code = main([name, str(camp), *args])
    err = capsys.readouterr().err
    assert code == BAD_INPUT
    assert err.strip() == HALF_MADE.format(path=camp)
    assert bad.no_traceback(err)
    assert bad.folder_state(folder) == before
    assert list(out.iterdir()) == []
