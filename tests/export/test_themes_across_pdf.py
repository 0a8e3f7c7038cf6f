"""The themes that recur across camps and dialogue files in the cross-camp PDF: the same
category name with each camp's count, and suggested matches between other names."""

from __future__ import annotations

from pathlib import Path

from export_fixtures import body_text
from themes_fixtures import themed_camps

from facilitator.export.cross_report import TITLE
from facilitator.export.cross_report import build_cross_report


def themes_text(paths: list[Path], out: Path, *, before: str) -> str:
    """The part on themes: from its heading to the next chapter, ``before``."""
    text = body_text(build_cross_report(paths, out), furniture=(TITLE,))
    start = text.rindex("Temaer, der går igen")
    return text[start:text.index(before, start)]


def test_recurring_themes_with_counts_per_camp_and_suggestions(tmp_path: Path) -> None:
    part = themes_text(themed_camps(tmp_path), tmp_path / "tværs.pdf",
                       before="2. Fællesskaber og fritid")
    # The same name in the two camps and the dialogue file's triangle (any case).
    assert ("Trivsel 3 Camp om fællesskaber og fritid: 5 Camp om uddannelse og job: 7 "
            "Dialoger i Hedensted: 2 14") in part
    suggestions = part[part.index("FORESLÅEDE SAMMENFALD"):]
    assert "Det er kun forslag" in suggestions
    assert ("Frivillige Camp om fællesskaber og fritid: 12 Fokus på frivillig indsats "
            "Camp om uddannelse og job: 4 frivillige") in suggestions
    assert ("Fælleskab Camp om fællesskaber og fritid: 3 Fællesskab Dialoger i Hedensted: 1 "
            "ligner hinanden") in suggestions
    # Different themes are not suggested as one.
    assert "Trafik" not in suggestions and "Job" not in suggestions


def test_one_camp_or_camps_without_common_themes(tmp_path: Path) -> None:
    fritid, job, dialogue = themed_camps(tmp_path)
    assert "Vælg mindst to camps for at se temaer, der går igen." in themes_text(
        [fritid], tmp_path / "en.pdf", before="2. Fællesskaber og fritid")
    text = body_text(build_cross_report([job, dialogue], tmp_path / "to.pdf"),
                     furniture=(TITLE,))
    start = text.rindex("Temaer, der går igen")
    part = text[start:text.index("2. Uddannelse og beskæft", start)]
    # The name as the first camp spells it.
    assert "trivsel 2 Camp om uddannelse og job: 7 Dialoger i Hedensted: 2 9" in part
    # The dialogue file's triangle categories are counted in its own chapter too.
    chapter = text[text.rindex("3. Uden kerneopgave"):]
    assert "Den omvendte trekant" in chapter and "Fællesskab 1" in chapter
    assert "Ingen forslag" in part
