"""Names in reports: whole words, any case, the longest names first; initials suggested."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.domain.messages import UserError
from facilitator.domain.pseudonyms import case_variants
from facilitator.domain.pseudonyms import clean_name
from facilitator.domain.pseudonyms import clean_replacement
from facilitator.domain.pseudonyms import initials
from facilitator.domain.pseudonyms import name_key
from facilitator.domain.pseudonyms import persona_name
from facilitator.domain.pseudonyms import pseudonymise
from facilitator.domain.pseudonyms import replacer
from facilitator.domain.pseudonyms import suggested_names


def test_whole_words_only() -> None:
    mapping = {"Karen": "K."}
    assert pseudonymise("Karen sagde det til Karenhus", mapping) == "K. sagde det til Karenhus"
    assert pseudonymise("Spørg Karen.", mapping) == "Spørg K.."
    assert pseudonymise("(Karen)", mapping) == "(K.)"
    assert pseudonymise("AnnaKaren", mapping) == "AnnaKaren"


def test_case_does_not_count_for_the_name() -> None:
    mapping = {"Karen Hansen": "K.H."}
    text = "karen hansen, KAREN HANSEN og Karen  Hansen\nsagde ja"
    assert pseudonymise(text, mapping) == "K.H., K.H. og K.H.\nsagde ja"
    assert pseudonymise("Karen\nHansen", mapping) == "K.H."


def test_longest_names_first() -> None:
    mapping = {"Karen": "Forælder A", "Karen Hansen": "K.H.", "Hansen": "H."}
    assert pseudonymise("Karen Hansen og Karen og fru Hansen", mapping) == \
        "K.H. og Forælder A og fru H."


def test_danish_letters_and_names_with_punctuation() -> None:
    mapping = {"Søren Ærø": "S.Æ.", "Anne-Marie": "A.M."}
    assert pseudonymise("søren ærø og ANNE-MARIE", mapping) == "S.Æ. og A.M."
    assert pseudonymise("Anne-Maries cykel", mapping) == "A.M.s cykel"  # the genitive


def test_the_genitive_is_the_name_too() -> None:
    mapping = {"Nina": "N.", "Jens": "J."}
    assert pseudonymise("Ninas motivation og NINAS mor", mapping) == "N.s motivation og N.s mor"
    assert pseudonymise("Jens' cykel og Ninass", mapping) == "J.' cykel og Ninass"


def test_no_mapping_or_no_text_changes_nothing() -> None:
    assert pseudonymise("Karen", {}) == "Karen"
    assert pseudonymise("", {"Karen": "K."}) == ""
    assert pseudonymise("Karen", {"  ": "x"}) == "Karen"


def test_special_characters_in_names_are_literal() -> None:
    assert pseudonymise("Bo (35) og Bo", {"Bo (35)": "B."}) == "B. og Bo"
    assert pseudonymise("a.b og axb", {"a.b": "X"}) == "X og axb"


def test_a_replacer_is_reusable() -> None:
    swap = replacer({"Nina": "N."})
    assert [swap(t) for t in ("Nina", "nina!", "Ninaer")] == ["N.", "N.!", "Ninaer"]


@pytest.mark.parametrize(("name", "expected"), [
    ("Karen Hansen", "K.H."),
    ("Anne-Marie Holm", "A.M.H."),
    ("nina", "N."),
    ("Nina, 34 år", "N."),
    ("  Ole   Bo  Ørsted ", "O.B.Ø."),
    ("", "N.N."),
    ("42", "N.N."),
])
def test_initials(name: str, expected: str) -> None:
    assert initials(name) == expected


def test_clean_name_and_replacement() -> None:
    assert clean_name("  Karen   Hansen ") == "Karen Hansen"
    with pytest.raises(UserError):
        clean_name("   ")
    assert clean_replacement("", "Karen Hansen") == "K.H."
    assert clean_replacement("  Forælder   A ", "Karen") == "Forælder A"
    assert name_key("Karen  HANSEN") == name_key("karen hansen")


def test_case_variants_for_exact_matchers() -> None:
    variants = case_variants({"karen hansen": "K.H.", " ": "x"})
    assert {"karen hansen", "KAREN HANSEN", "Karen Hansen"} <= set(variants)
    assert variants["Karen Hansens"] == "K.H.s"
    assert variants["KAREN hansen"] == "K.H." and variants["karen HANSEN"] == "K.H."
    assert set(variants.values()) == {"K.H.", "K.H.s"}


def test_suggested_names_skip_known_and_repeated() -> None:
    assert persona_name("Nina, 34") == "Nina"
    assert suggested_names(["Nina, 34", "nina", "Jens", "  ", "Karen", "12"],
                           known=["KAREN"]) == ["Nina", "Jens"]


@given(st.text(max_size=60), st.sampled_from(["Karen", "Bo", "Ærø"]))
def test_a_replaced_name_is_gone_as_a_word(text: str, name: str) -> None:
    result = pseudonymise(f"{text} {name} {text}", {name: "#"})
    assert pseudonymise(result, {name: "#"}) == result  # nothing left to replace


def test_name_candidates_are_capitalised_words_that_are_no_ordinary_words() -> None:
    from facilitator.domain.pseudonyms import name_candidates

    texts = ["Vi spurgte Karen Hansen om hallen", "Kommunen skal hjælpe",
             "kommunen er god", "Ali og Bo vil gerne. Jeg tror Ali har ret",
             "Fællesskab er vigtigt", "et fællesskab", "Mandag kommer Ærø-Jens",
             "Giv plads til alle"]
    # Met inside a sentence first; a word only ever first in a sentence after them.
    assert name_candidates(texts, known=["Bo"]) == ["Ali", "Karen Hansen", "Ærø-Jens",
                                                    "Giv"]
    assert name_candidates([], known=[]) == []
    assert name_candidates(["🎉", "x" * 10_000, "Ja"], known=[]) == []
