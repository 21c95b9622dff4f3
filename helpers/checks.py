"""Instant, gentle feedback for the exercise notebooks.

>>> from helpers.checks import check
>>> check("01.1", 5)      # prints one line: correct / not attempted yet / not yet + a hint

``check`` never raises, so an unfinished notebook still runs from top to bottom. The
right answers are not typed in here: each is computed from the bundled seed articles
with the course's own helpers, so they stay right if the seeds are ever corrected.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pandas as pd

from helpers.cleaning import label_lines
from helpers.corpus import load_articles
from helpers.text import split_paragraphs, words

CORRECT, NOT_ATTEMPTED, NOT_YET = "correct", "not attempted yet", "not yet"
MARKS = {CORRECT: "✔", NOT_ATTEMPTED: "…", NOT_YET: "✘"}


@dataclass(frozen=True)
class Feedback:
    """The verdict on one answer: a status and a sentence for the learner."""

    question: str
    status: str
    message: str

    def __str__(self) -> str:
        return f"{MARKS[self.status]} {self.question} {self.status}: {self.message}"


#: question id -> function(answer) -> (is it right?, what to say)
QUESTIONS: dict[str, Callable[[Any], tuple[bool, str]]] = {}


def question(qid: str) -> Callable:
    """Register a checking function under a question id such as "01.3"."""
    def register(function: Callable[[Any], tuple[bool, str]]) -> Callable:
        QUESTIONS[qid] = function
        return function
    return register


def not_attempted(answer: Any) -> bool:
    """True for an answer still left as ``...`` (or None)."""
    return answer is Ellipsis or answer is None


def evaluate(qid: str, answer: Any) -> Feedback:
    """Judge ``answer`` to question ``qid``. Never raises."""
    if qid not in QUESTIONS:
        known = ", ".join(sorted(QUESTIONS))
        return Feedback(str(qid), NOT_YET, f"there is no question {qid!r}; the questions are {known}")
    if not_attempted(answer):
        return Feedback(qid, NOT_ATTEMPTED, "replace the ... with your answer and run the cell again")
    try:
        right, message = QUESTIONS[qid](answer)
    except Exception as error:  # the learner's code may fail in any way: report, never raise
        return Feedback(qid, NOT_YET, f"checking your answer raised {type(error).__name__}: {error}")
    return Feedback(qid, CORRECT if right else NOT_YET, message)


def check(qid: str, answer: Any) -> None:
    """Print one line of feedback on ``answer`` to question ``qid`` (see the exercise)."""
    print(evaluate(qid, answer))


# ---------------------------------------------------------------------------
# Small comparisons with helpful messages
# ---------------------------------------------------------------------------

def _as_int(answer: Any) -> int | None:
    if isinstance(answer, bool):
        return None
    if isinstance(answer, int):
        return answer
    if hasattr(answer, "item") and getattr(answer, "ndim", 1) == 0:  # a numpy number
        value = answer.item()
        return value if isinstance(value, int) else None
    return None


def same_number(answer: Any, expected: int, hint: str) -> tuple[bool, str]:
    value = _as_int(answer)
    if value is None:
        return False, f"expected a whole number, got {type(answer).__name__} {answer!r}"
    if value == expected:
        return True, f"{expected} it is"
    return False, f"{value} is {'too high' if value > expected else 'too low'}. {hint}"


def same_set(answer: Any, expected: Iterable[str], hint: str) -> tuple[bool, str]:
    if isinstance(answer, str) or not isinstance(answer, Iterable):
        return False, f"expected a list of article ids, got {type(answer).__name__} {answer!r}"
    got, want = {str(a) for a in answer}, set(expected)
    if got == want:
        return True, f"{len(want)} article(s): {sorted(want)}"
    missing, extra = len(want - got), len(got - want)
    return False, f"{missing} missing, {extra} that should not be there. {hint}"


# ---------------------------------------------------------------------------
# Exercise 01: meet the corpus
# ---------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _seeds() -> pd.DataFrame:
    return load_articles()


@question("01.1")
def _how_many_articles(answer: Any) -> tuple[bool, str]:
    return same_number(answer, len(_seeds()), "Count the rows of the articles table: len(articles).")


@question("01.2")
def _articles_without_date(answer: Any) -> tuple[bool, str]:
    seeds = _seeds()
    expected = seeds.loc[seeds["published"].isna(), "article_id"]
    return same_set(answer, expected, "Use articles['published'].isna() to pick the rows, "
                                      "then take their 'article_id'.")


LINK_CASES = {  # input -> what a link remover should give back
    "By [Reuters](#)": "By Reuters",
    "Ankara [retaliated](#), firing": "Ankara retaliated, firing",
    "[one](a) and [two](https://example.org/b)": "one and two",
    "No links here.": "No links here.",
    "An empty [](#) link": "An empty  link",
}


@question("01.3")
def _remove_links(answer: Any) -> tuple[bool, str]:
    if not callable(answer):
        return False, f"expected a function, got {type(answer).__name__}; pass the function itself, without ()"
    for given, wanted in LINK_CASES.items():
        got = answer(given)
        if got is None or got is Ellipsis:
            return False, "your function returns nothing yet: end it with return ..."
        if got != wanted:
            return False, (f"for {given!r} it gave {got!r}, expected {wanted!r}. "
                           r"Try re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', line).")
    return True, f"all {len(LINK_CASES)} test lines come out right"


@question("01.4")
def _longest_article(answer: Any) -> tuple[bool, str]:
    seeds = _seeds()
    counts = seeds.set_index("article_id")["text"].map(lambda text: len(words(text)))
    expected = counts.idxmax()
    if not isinstance(answer, str):
        return False, f"expected an article id (a str), got {type(answer).__name__} {answer!r}"
    if answer == expected:
        return True, f"{expected} has {counts.max()} words"
    if answer in counts.index:
        return False, (f"{answer} has {counts[answer]} words; one has more. "
                       "Count with words(text) on the clean 'text' column, not 'raw'.")
    return False, f"{answer!r} is not an article id; ids look like {counts.index[0]!r}"


@question("01.5")
def _paragraphs_per_article(answer: Any) -> tuple[bool, str]:
    seeds = _seeds()
    expected = seeds.set_index("article_id")["text"].map(lambda text: len(split_paragraphs(text)))
    if isinstance(answer, pd.DataFrame) and answer.shape[1] == 1:
        answer = answer.iloc[:, 0]
    if not isinstance(answer, pd.Series):
        return False, f"expected a pandas Series indexed by article_id, got {type(answer).__name__}"
    if set(answer.index) != set(expected.index):
        return False, "its index should be the article ids: try articles.set_index('article_id')['text']"
    wrong = [a for a in expected.index if answer[a] != expected[a]]
    if not wrong:
        return True, f"from {expected.min()} to {expected.max()} paragraphs per article"
    return False, (f"{len(wrong)} article(s) have the wrong count, e.g. {wrong[0]}: {answer[wrong[0]]}. "
                   "Split the clean text with split_paragraphs(text) and count with len().")


@question("01.6")
def _boilerplate_lines(answer: Any) -> tuple[bool, str]:
    labels = pd.concat([label_lines(raw) for raw in _seeds()["raw"]])
    expected = int((labels["kind"] != "body").sum())
    return same_number(answer, expected, "Label each raw text with label_lines(raw), join the tables "
                                         "with pd.concat, and count the rows whose kind is not 'body'.")
