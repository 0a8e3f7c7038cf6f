"""Themes across camps: the same category name in several camps, and suggested matches
between differently named categories."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator.domain.analysis import CampOverview
from facilitator.domain.analysis import CategoryCount
from facilitator.domain.analysis import StepCounts
from facilitator.domain.themes_across import CampCategories
from facilitator.domain.themes_across import from_overview
from facilitator.domain.themes_across import name_similarity
from facilitator.domain.themes_across import normalised
from facilitator.domain.themes_across import shared_words
from facilitator.domain.themes_across import themes_across


def camp(name: str, task: str, **counts: int) -> CampCategories:
    return CampCategories(camp=name, core_task=task, categories=tuple(
        CategoryCount(k.replace("_", " "), n) for k, n in counts.items()))


def test_names_are_the_same_whatever_case_spacing_and_punctuation() -> None:
    assert normalised("  Trivsel  i   SKOLEN! ") == "trivsel i skolen"
    assert name_similarity("Trivsel", "trivsel.") == 1.0


def test_differently_named_categories_that_may_be_one_theme() -> None:
    alike = [("Frivillige", "Fokus på frivillig indsats"), ("Fællesskab", "Fælleskab"),
             ("Trafik", "Trafiksikkerhed"), ("Økonomi", "Økonomisk støtte"),
             ("Kultur og fritid", "Fritidsliv"), ("Foreningslivet", "Foreninger"),
             ("Skole", "Folkeskolen"), ("Samarbejde", "Samarbejde med foreninger")]
    apart = [("Trivsel", "Trafik"), ("Sundhed", "Ensomhed"), ("Natur", "Kultur"),
             ("Kommunikation", "Kommunen"), ("Børn og unge", "Unge i job"),
             ("Mobilitet", "Mobning"), ("!!!", "???"), ("og", "i"), ("", "Trivsel")]
    for a, b in alike:
        assert name_similarity(a, b) >= 0.6, (a, b)
        assert name_similarity(b, a) >= 0.6, (b, a)
    for a, b in apart:
        assert name_similarity(a, b) < 0.6, (a, b)
    assert shared_words("Frivillige", "Fokus på frivillig indsats") == ("frivillige",)


def test_recurring_themes_with_counts_per_camp_and_suggested_matches() -> None:
    found = themes_across([
        camp("Hedensted 2025", "Fællesskaber", Frivillige=12, Trivsel=5, Trafik=2),
        camp("Juelsminde", "Fællesskaber", trivsel=7, Fokus_på_frivillig_indsats=4),
        camp("Dialoger", "", Trivsel=3, Frivillige=1, Ensomhed=6),
        camp("Tom", "Andet"),
    ])
    assert [(t.name, t.counts, t.core_tasks) for t in found.recurring] == [
        ("Trivsel", (("Hedensted 2025", 5), ("Juelsminde", 7), ("Dialoger", 3)), 2),
        ("Frivillige", (("Hedensted 2025", 12), ("Dialoger", 1)), 2)]
    [match] = found.suggested
    assert (match.first.name, match.second.name) == ("Frivillige", "Fokus på frivillig indsats")
    assert match.second.counts == (("Juelsminde", 4),)
    assert match.shared == ("frivillige",)


def test_one_camp_has_no_recurring_themes_and_no_suggestions() -> None:
    found = themes_across([camp("A", "X", Frivillige=2, Frivillighed=3, Trivsel=1)])
    assert found.empty
    assert themes_across([]).empty


def test_a_camps_overview_counts_a_name_of_two_steps_together() -> None:
    overview = CampOverview(title="A", core_task="X", steps=(
        StepCounts(key="s1", title="Trin 1", categories=(CategoryCount("Trivsel", 2),)),
        StepCounts(key="s2", title="Trin 2", categories=(CategoryCount("trivsel", 3),
                                                         CategoryCount("Tomt", 0)))))
    found = themes_across([from_overview("A", overview), camp("B", "X", Trivsel=1, Tomt=1)])
    assert [(t.name, t.counts) for t in found.recurring] == [
        ("Trivsel", (("A", 5), ("B", 1)))]


@given(st.lists(st.lists(st.tuples(st.text(max_size=30), st.integers(0, 20)), max_size=6),
                max_size=5))
def test_any_names_give_themes_that_add_up(raw) -> None:
    camps = [CampCategories(camp=f"C{i}", categories=tuple(CategoryCount(n, c) for n, c in cats))
             for i, cats in enumerate(raw)]
    found = themes_across(camps)
    for theme in found.recurring:
        assert theme.camps >= 2 and all(n > 0 for _, n in theme.counts)
    for match in found.suggested:
        assert normalised(match.first.name) != normalised(match.second.name)
        assert 0.6 <= match.score <= 1.0
