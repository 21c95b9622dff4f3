"""Exercise 02 (deduplication): the questions and how their answers are checked."""

from __future__ import annotations

from typing import Any

from helpers.checks.core import Result, question
from helpers.checks.data import seed_articles
from helpers.checks.rules import _items, same_collection, same_count, same_function, same_number
from helpers.text import split_paragraphs


def _most_similar_pair() -> tuple[str, str]:
    """The two seed articles with the highest containment: (smaller, larger) by shingle count."""
    from helpers.dedup import near_duplicates, shingles
    texts = seed_articles().set_index("article_id")["text"]
    top = near_duplicates(texts, threshold=0.01).iloc[0]
    smaller, larger = sorted((top["a"], top["b"]), key=lambda aid: len(shingles(texts[aid])))
    return smaller, larger


NORMALIZE_INPUTS = ["\u201cWe consider such sorties\u2026 unacceptable,\u201d he said",
                    "Syria\u2019s  LAST\nrebel bastion", "plain text", "\u2018scare\u2019 quotes"]


@question("02.1")
def _my_normalize(answer: Any) -> Result:
    from helpers.dedup import normalize
    cases = [((given,), normalize(given)) for given in NORMALIZE_INPUTS]
    return same_function(answer, cases, "Lower-case, straighten curly quotes, and join the words with one space.")


CONTAINMENT_INPUTS = [({"a", "b", "c", "d"}, {"c", "d", "e"}), ({"c", "d", "e"}, {"a", "b", "c", "d"}),
                      ({"x"}, {"y"}), (set(), {"y"})]


@question("02.2")
def _my_containment(answer: Any) -> Result:
    from helpers.dedup import containment
    cases = [((a, b), containment(a, b)) for a, b in CONTAINMENT_INPUTS]
    return same_function(answer, cases, "Divide the shared items by the size of a; an empty a contains nothing (0).")


@question("02.3")
def _resemblance_of_top_pair(answer: Any) -> Result:
    from helpers.dedup import jaccard, shingles
    texts = seed_articles().set_index("article_id")["text"]
    smaller, larger = _most_similar_pair()
    expected = jaccard(shingles(texts[smaller]), shingles(texts[larger]))
    return same_number(answer, expected, 2, "Use jaccard on the two sets of shingles, not containment.")


@question("02.4")
def _pair_reported(answer: Any) -> Result:
    from helpers.dedup import near_duplicates
    found = near_duplicates(seed_articles().set_index("article_id")["text"])
    pairs = list(zip(found["a"], found["b"]))
    items = _items(answer) or []
    if len(pairs) == 1 and len(items) == 2 and all(isinstance(i, str) for i in items):
        return same_collection(items, pairs[0], "Run near_duplicates(texts) and read columns a and b.",
                               what="article ids")
    got = {frozenset(_items(p) or [p]) for p in items}
    if got == {frozenset(p) for p in pairs}:
        return True, f"{len(pairs)} pair(s) at containment >= 0.5"
    return False, "not the pairs near_duplicates(texts) reports. Run it and read columns a and b."


@question("02.5")
def _unmatched_paragraphs(answer: Any) -> Result:
    from helpers.dedup import align_paragraphs
    texts = seed_articles().set_index("article_id")["text"]
    smaller, larger = _most_similar_pair()
    matched = set(align_paragraphs(texts[smaller], texts[larger])["b"])
    expected = len(split_paragraphs(texts[larger])) - len(matched)
    return same_count(answer, expected, "Count the paragraphs of the longer text, then take away the "
                                        "distinct values in column b of align_paragraphs(shorter, longer).")


@question("02.6")
def _candidate_chance(answer: Any) -> Result:
    from helpers.minhash import s_curve
    expected = float(s_curve(0.6, bands=20, rows=5))
    return same_number(answer, expected, 3, "The chance is 1 - (1 - s**rows)**bands, with s = 0.6.", share=True)
