"""Sorting help, theme proposals and same-message groups (issue 18): what they find, and
that no input makes them fail."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from facilitator.domain.suggestions import PlacementRanker
from facilitator.domain.suggestions import Proposal
from facilitator.domain.suggestions import propose_themes
from facilitator.domain.suggestions import same_message_groups

PLACED = [
    ("Flere lokaler til foreningerne", "Lokaler"),
    ("Bedre udnyttelse af lokalerne om dagen", "Lokaler"),
    ("Lokalet på skolen kan lånes om aftenen", "Lokaler"),
    ("Flere frivillige i idrætsforeningen", "Frivillige"),
    ("De frivillige skal ikke brænde ud", "Frivillige"),
    ("Sponsorer fra de erhvervsdrivende", "Penge"),
    ("Kommunens puljer bliver brugt", "Penge"),
]

# Three topics that share words within and none across.
TOPICS = {
    "lokaler": ["Flere lokaler til foreningerne", "Lokalerne står tomme om dagen",
                "Foreningerne mangler lokaler", "Lokaler på skolerne om aftenen"],
    "frivillige": ["Flere frivillige unge", "De frivillige brænder ud",
                   "Frivillige unge i klubberne", "Unge frivillige skal hjælpes"],
    "busser": ["Busser til landsbyerne", "Busser hver time i landsbyerne",
               "Busserne kører for sjældent", "Busser til hallen i weekenden"],
}


# -- the sorting help ------------------------------------------------------------------
def test_ranks_the_category_whose_notes_share_the_words_first() -> None:
    ranker = PlacementRanker(PLACED, ["Flere frivillige i lokalerne"])
    assert ranker.rank("Lokaler til foreningerne om aftenen")[0] == "Lokaler"
    assert ranker.rank("Frivillige brænder ud")[0] == "Frivillige"
    assert ranker.rank("Sponsorer og puljer")[0] == "Penge"


def test_a_categorys_name_counts_like_one_of_its_notes() -> None:
    # No placed note says »transport« or »energi«: the names the organiser gave do.
    ranker = PlacementRanker([("Flere busser om aftenen", "Transport"),
                              ("Solceller på skolens tag", "Energi"),
                              ("Flere frivillige i foreningerne", "Foreninger")])
    assert ranker.rank("Bedre transport til hallen")[0] == "Transport"
    assert ranker.rank("Billigere energi i hallen")[0] == "Energi"
    # Learning a note of a new category learns its name too.
    ranker.learn("Et sted at mødes", "Mødesteder for unge")
    assert ranker.rank("Unge mangler mødesteder")[0] == "Mødesteder for unge"
    assert ranker.categories[-1] == "Mødesteder for unge"
    # A category made with none of its notes placed yet is ranked by its name alone,
    # after a category with notes that scores the same.
    fresh = PlacementRanker([("Flere busser om aftenen", "Transport")],
                            names=["Transport", "Energi", "Kultur"])
    assert fresh.rank("Billigere energi i hallen") == ["Energi", "Transport", "Kultur"]
    assert fresh.rank("Et nyt bibliotek")[0] == "Transport"
    assert PlacementRanker([], names=["Energi"]).rank("Sparet energi") == ["Energi"]


def test_inflected_forms_count_as_the_same_word() -> None:
    # »lokalerne«/»lokale«, »frivillighed«/»frivillige«: lemma and stem bring them together.
    ranker = PlacementRanker([("Lokaler", "A"), ("Frivillige", "B"), ("Sponsorer", "C")])
    assert ranker.rank("lokalerne")[0] == "A"
    assert ranker.rank("lokale")[0] == "A"
    assert ranker.rank("Frivilligheden")[0] == "B"


def test_a_compound_meets_the_category_of_its_first_part() -> None:
    # »solcellepark« shares no term with »solceller«: the words' beginnings bring them
    # together, and no longer does the category made first win a tie of zeros.
    ranker = PlacementRanker([("Flere cykelstier til skolen", "Cykling"),
                              ("Solceller på skolens tag", "Solenergi"),
                              ("Flere frivillige i foreningerne", "Foreninger")],
                             ["Cykelparkering ved stationen"])
    assert ranker.rank("Solcellepark ved motorvejen")[0] == "Solenergi"
    assert ranker.rank("Cykelparkering ved stationen")[0] == "Cykling"
    assert ranker.rank("Foreningslivet")[0] == "Foreninger"


def test_a_ten_thousand_letter_word_is_ranked_quickly() -> None:
    word = "solcelle" * 1250
    ranker = PlacementRanker([("Cykelstier", "Cykling"), ("Solceller på taget", "Solenergi")])
    assert ranker.rank(word)[0] == "Solenergi"


def test_gives_three_distinct_categories_most_likely_first_and_fewer_when_fewer_exist() -> None:
    ranker = PlacementRanker(PLACED)
    ranked = ranker.rank("Flere lokaler", 3)
    assert len(ranked) == 3 and len(set(ranked)) == 3 and ranked[0] == "Lokaler"
    assert ranker.rank("Flere lokaler", 10) == ranked + [c for c in ranker.categories
                                                       if c not in ranked]
    assert PlacementRanker([("Lokaler", "A")]).rank("Lokaler") == ["A"]


def test_learns_from_each_placement() -> None:
    note = "Ensomheden blandt de ældre falder"
    ranker = PlacementRanker(PLACED, [note])
    assert ranker.rank(note)[0] != "Trivsel"
    ranker.learn("Færre ældre føler ensomhed", "Trivsel")
    assert ranker.rank(note)[0] == "Trivsel"
    # A ranker built afresh with that placement agrees.
    fresh = PlacementRanker([*PLACED, ("Færre ældre føler ensomhed", "Trivsel")], [note])
    assert fresh.rank(note)[0] == "Trivsel"


def test_nothing_placed_or_no_words_gives_no_suggestions() -> None:
    assert PlacementRanker([]).rank("Flere lokaler") == []
    assert PlacementRanker([], ["Flere lokaler"]).rank("Flere lokaler") == []
    ranker = PlacementRanker(PLACED)
    assert ranker.rank("🎉🎉🎉") == []
    assert ranker.rank("") == []
    assert ranker.rank("Lokaler", 0) == []


# -- theme proposals -------------------------------------------------------------------
def _topic_notes() -> tuple[list[str], list[str]]:
    texts, truth = [], []
    for topic, notes in TOPICS.items():
        texts += notes
        truth += [topic] * len(notes)
    order = list(range(len(texts)))
    random.Random(3).shuffle(order)
    return [texts[i] for i in order], [truth[i] for i in order]


def test_proposals_find_groups_that_share_words_and_name_them_in_readable_words() -> None:
    texts, truth = _topic_notes()
    proposals = propose_themes(texts, 3)
    assert len(proposals) == 3
    groups = sorted(sorted({truth[i] for i in p.members}) for p in proposals)
    assert groups == [["busser"], ["frivillige"], ["lokaler"]]
    assert sorted(i for p in proposals for i in p.members) == list(range(len(texts)))
    names = {truth[p.members[0]]: p.name for p in proposals}
    # The written word, not its stem (»lokal«, »frivil«, »bus«).
    assert names["lokaler"].split(" / ")[0] == "Lokaler"
    assert names["frivillige"].split(" / ")[0] == "Frivillige"
    assert names["busser"].split(" / ")[0] == "Busser"


def test_proposals_default_k_is_modest_and_never_exceeds_the_notes() -> None:
    texts, _ = _topic_notes()
    assert 2 <= len(propose_themes(texts)) <= 3
    assert len(propose_themes(texts[:4], 10)) <= 4


def test_proposal_names_leave_out_small_words_and_the_transcribers_xxx() -> None:
    texts = ["Det er xxx og at", "Det er xxx og at de", "xxx og det er at", "Busser", "Busser",
             "Busserne"]
    names = " ".join(p.name.casefold() for p in propose_themes(texts, 2))
    for word in ("det", "er", "og", "at", "xxx"):
        assert word not in names.replace("/", " ").split()


def test_too_few_notes_or_no_words_give_no_proposals() -> None:
    assert propose_themes([]) == []
    assert propose_themes(["Flere lokaler"]) == []
    assert propose_themes(["Flere lokaler", "Flere frivillige"]) == []
    assert propose_themes(["🎉", "🙂🙂", "👍", "1234", "  "]) == []


def test_notes_without_words_are_in_no_proposal() -> None:
    texts = ["Flere lokaler", "Lokaler til alle", "🎉", "Flere frivillige", "Frivillige unge"]
    members = {i for p in propose_themes(texts, 2) for i in p.members}
    assert members == {0, 1, 3, 4}


def test_one_word_notes_and_identical_notes_are_grouped_sensibly() -> None:
    texts = ["Lokaler", "lokaler", "Lokalerne", "Frivillige", "frivillige", "Frivilligheden"]
    proposals = propose_themes(texts, 5)
    groups = sorted(p.members for p in proposals)
    assert groups == [(0, 1, 2), (3, 4, 5)]  # only two different words: two groups


def test_ten_thousand_character_notes_are_handled() -> None:
    long_note = ("Lokaler til foreningerne " * 400)[:10_000]
    texts = [long_note, long_note[::-1], "Flere frivillige", "Frivillige unge", "Lokaler"]
    proposals = propose_themes(texts, 2)
    assert sorted(i for p in proposals for i in p.members) == [0, 1, 2, 3, 4]
    ranker = PlacementRanker([(long_note, "Lokaler"), ("Flere frivillige", "Frivillige")])
    assert ranker.rank(long_note)[0] == "Lokaler"
    assert same_message_groups([long_note, long_note.upper(), "Noget andet"]) == [(0, 1)]


def test_five_thousand_notes() -> None:
    rng = random.Random(5)
    words = [w for notes in TOPICS.values() for note in notes for w in note.split()]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(5000)]
    proposals = propose_themes(texts)
    assert sorted(i for p in proposals for i in p.members) == list(range(5000))
    ranker = PlacementRanker([(t, f"K{i % 7}") for i, t in enumerate(texts[:500])], texts[500:])
    assert all(len(ranker.rank(t)) == 3 for t in texts[500:600])
    groups = same_message_groups(texts)
    assert all(len(g) >= 2 for g in groups)


# -- same message ----------------------------------------------------------------------
def test_notes_that_differ_in_case_punctuation_a_typo_or_a_word_are_one_group() -> None:
    texts = [
        "Flere frivillige i foreningerne",  # 0
        "flere frivillige i foreningerne!",  # 1: case and punctuation
        "Flere frivilige i foreningerne",  # 2: a typo
        "Flere unge frivillige i foreningerne",  # 3: one word more
        "Bedre busforbindelser til landsbyerne",  # 4: something else
        "Lokaler",  # 5
        "LOKALER.",  # 6: one word, case and punctuation
        "Frivillighed",  # 7
        "Frivilighed",  # 8: one word with a typo
    ]
    assert same_message_groups(texts) == [(0, 1, 2, 3), (5, 6), (7, 8)]


def test_different_notes_are_not_the_same_message() -> None:
    texts = ["Flere lokaler til foreningerne", "Færre lokaler til skolerne om aftenen",
             "Max 3 mdr ledighed", "Max 6 mdr ledighed for de svage", "Ja", "Nej", "🎉", "🎉"]
    assert same_message_groups(texts) == []
    assert same_message_groups([]) == []
    assert same_message_groups(["Lokaler"]) == []


# -- no input makes them fail ----------------------------------------------------------
notes = st.lists(st.one_of(
    st.text(max_size=80),
    st.sampled_from(["Lokaler", "lokaler!", "Flere frivillige", "🎉", "", " ", "xxx",
                     "Frivillige unge i foreningerne", "1234", "Æbler og øl på å"]),
    st.text(alphabet="abc æø", min_size=200, max_size=2000),
), max_size=25)


@settings(max_examples=60, deadline=None)
@given(texts=notes, k=st.one_of(st.none(), st.integers(min_value=0, max_value=30)))
def test_proposals_never_fail_and_are_disjoint_groups_of_the_notes(
        texts: list[str], k: int | None) -> None:
    proposals = propose_themes(texts, k)
    members = [i for p in proposals for i in p.members]
    assert len(members) == len(set(members))
    assert all(0 <= i < len(texts) for i in members)
    assert all(isinstance(p, Proposal) and p.members for p in proposals)
    if k:
        assert len(proposals) <= k


@settings(max_examples=60, deadline=None)
@given(placed=st.lists(st.tuples(notes.flatmap(lambda _: st.text(max_size=60)),
                                 st.sampled_from(["A", "B", "C", "D"])), max_size=12),
       others=notes, asked=st.text(max_size=200), n=st.integers(min_value=0, max_value=6))
def test_the_ranking_never_fails_and_names_only_categories_made(
        placed: list[tuple[str, str]], others: list[str], asked: str, n: int) -> None:
    ranker = PlacementRanker(placed, others)
    for text in [asked, *others[:3]]:
        ranked = ranker.rank(text, n)
        assert len(ranked) == len(set(ranked)) <= n
        assert set(ranked) <= {c for _, c in placed}


@settings(max_examples=60, deadline=None)
@given(texts=notes)
def test_same_message_groups_never_fail_and_are_disjoint(texts: list[str]) -> None:
    groups = same_message_groups(texts)
    members = [i for g in groups for i in g]
    assert len(members) == len(set(members))
    assert all(len(g) >= 2 and 0 <= min(g) and max(g) < len(texts) for g in groups)
