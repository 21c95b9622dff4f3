"""Exercise 02 (deduplication): the questions and how their answers are checked.

Tasks 1, 2 and 3 use short texts written for the exercise (they are repeated here exactly as
the exercise prints them); tasks 4 and 5 use the seed articles; task 6 the LSH formula.
"""

from __future__ import annotations

from typing import Any

from helpers.checks.core import Result, question
from helpers.checks.data import seed_articles
from helpers.checks.rules import same_choice, same_count, same_function, same_number
from helpers.dedup import align_paragraphs, near_duplicates, shingles
from helpers.minhash import s_curve
from helpers.text import split_paragraphs

#: Task 1: inputs for the learner's normaliser and what it must give for each (written by hand).
NORMALIZE_CASES = [
    (("It was \u00abunacceptable\u00bb",), 'it was "unacceptable"'),
    (("Ankara\u00a0\u2014 the capital",), "ankara - the capital"),
    (("the 2019\u20132020 talks",), "the 2019-2020 talks"),
    (("\u201cSuch sorties\u2026 unacceptable,\u201d he said",), '"such sorties... unacceptable," he said'),
    (("Syria\u2019s  LAST\nrebel bastion",), "syria's last rebel bastion"),
    (("\u2018scare\u2019 quotes",), "'scare' quotes"),
    (("plain text",), "plain text"),
]

#: Task 2: an agency paragraph and a site's lightly edited version of it.
WIRE = (
    "Turkey sent more troops to Idlib on Sunday, a day after Syrian shelling killed five "
    "Turkish soldiers, the defence ministry said."
)
SITE = (
    "Turkey sent more troops into Idlib on Sunday, a day after Syrian shelling killed five "
    "of its soldiers, Turkey\u2019s defence ministry said in a statement."
)


def _shingle_sets(text_a: str, text_b: str) -> tuple[set[str], set[str]]:

    return shingles(text_a), shingles(text_b)


@question("02.1")
def _my_normalize(answer: Any) -> Result:
    """The learner's normaliser, on inputs with dashes, guillemets and a non-breaking space."""
    return same_function(
        answer,
        NORMALIZE_CASES,
        "Add a replacement for each new character in the task's list; "
        "lower-case and collapse the spaces last.",
    )


@question("02.2")
def _wire_in_site(answer: Any) -> Result:
    """Containment of the wire paragraph's 3-word shingles in the site's paragraph."""
    wire, site = _shingle_sets(WIRE, SITE)
    shared = len(wire & site)
    mistakes = {
        shared / len(wire | site): "that is the Jaccard similarity (shared out of all); containment divides "
        "by the wire's shingles",
        shared: "that is the number of shared shingles; give the share of the wire's shingles",
        shared / len(site): "that is the other direction (the site's text in the wire): divide by the "
        "wire's shingles",
    }
    return same_number(
        answer,
        shared / len(wire),
        2,
        "Make 3-word shingles of both texts, count the shared ones and divide by the "
        "number of the wire's shingles.",
        share=True,
        mistakes=mistakes,
    )


@question("02.3")
def _which_is_the_rewrite(answer: Any) -> Result:
    """Of three pairs (A: same story, other agency; B: reprint plus extras; C: rewrite), the rewrite."""
    options = {
        "A": "pair A shares no run of three words at all; the same facts written independently are "
        "the same story told by another reporter, not an edit of one text.",
        "B": "all of B's first text is inside the second, word for word: that is a copy with a "
        "sentence added, a reprint plus extras.",
        "C": "an edit: C shares runs of words in the same order, but only part of them (containment "
        "between the other two pairs).",
    }
    return same_choice(answer, "C", options, "Compare the containment of the three pairs, then read them.")


@question("02.4")
def _threshold_for_an_editor(answer: Any) -> Result:
    """The threshold for finding every copied and rewritten paragraph when an editor reads each pair."""
    options = {
        "A": "it is the highest threshold that still finds every copied and rewritten paragraph; "
        "the one extra pair costs an editor a minute.",
        "B": "0.3 reports nothing wrong, but it misses rewritten paragraphs, and the desk wants every one.",
        "C": "0.4 misses rewritten paragraphs (look at the recall), and the desk wants every one.",
        "D": "0.5 finds only the verbatim copies: the recall column shows what it misses.",
    }
    return same_choice(answer, "A", options, "Read the recall column first, then the precision column.")


def _most_similar_pair() -> tuple[str, str]:
    """The two seed articles with the highest containment: (smaller, larger) by shingle count."""

    texts = seed_articles().set_index("article_id")["text"]
    top = near_duplicates(texts, threshold=0.01).iloc[0]
    smaller, larger = sorted((top["a"], top["b"]), key=lambda aid: len(shingles(texts[aid])))
    return smaller, larger


@question("02.5")
def _unmatched_paragraphs(answer: Any) -> Result:
    """Paragraphs of the longer text of the most similar pair with no twin at containment 0.5."""

    texts = seed_articles().set_index("article_id")["text"]
    smaller, larger = _most_similar_pair()
    matched = set(align_paragraphs(texts[smaller], texts[larger])["b"])
    n_larger = len(split_paragraphs(texts[larger]))
    twins = {len(matched): "that is the number of paragraphs that do have a twin; count those without one"}
    return same_count(
        answer,
        n_larger - len(matched),
        "Count the paragraphs of the longer text, then "
        "take away the distinct values in column b of align_paragraphs(shorter, longer).",
        mistakes=twins,
    )


@question("02.6")
def _candidate_chance(answer: Any) -> Result:
    """The chance that a pair of Jaccard similarity 0.6 becomes a candidate with 20 bands of 5 rows."""

    expected = float(s_curve(0.6, bands=20, rows=5))
    mistakes = {
        (1 - 0.6**5) ** 20: "that is the chance of NOT becoming a candidate (no band agrees); take it from 1",
        0.6**5: "that is the chance that one band agrees; the pair has 20 bands to try",
    }
    return same_number(
        answer,
        expected,
        2,
        "Put s = 0.6, r = 5 and b = 20 into the formula in the task, "
        "minding the brackets: the power r goes on s, the power b on the bracket.",
        share=True,
        mistakes=mistakes,
    )
