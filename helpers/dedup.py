"""Find copies: the same text, the same story, or a reprint with extras.

The building blocks, each small enough to read in class:

* :func:`normalize` makes typographic variants equal (curly and straight quotes, "…"
  and "...", dashes, capitals, spaces);
* :func:`shingles` cuts a text into overlapping runs of ``k`` words;
* :func:`jaccard` (resemblance) asks "how much do the two texts share, out of all they
  contain?"; :func:`containment` asks "how much of this text is found in that one?".

:func:`near_duplicates` compares every text with every other; for large corpora it
first finds candidate pairs with MinHash and LSH (see :mod:`helpers.minhash`) and then
measures each candidate exactly. :func:`align_paragraphs` pairs up the paragraphs of two texts.
"""

from __future__ import annotations

import numbers
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from itertools import combinations

import pandas as pd

from helpers.text import _require_str, split_paragraphs

#: Typographic characters and their plain equivalents.
_PLAIN = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
        "\u2026": "...",
    }
)
_TOKEN = re.compile(r"\w+(?:['-]\w+)*")
MEASURES = ("containment", "jaccard")
#: Above this many texts, near_duplicates finds candidates with MinHash + LSH.
EXACT_LIMIT = 5_000


def normalize(text: str) -> str:
    """Lower-case, straight quotes and dashes, "..." for "…", single spaces.

    >>> normalize("“We consider such sorties…  unacceptable,” he said")
    '"we consider such sorties... unacceptable," he said'
    """
    return " ".join(_require_str(text).translate(_PLAIN).casefold().split())


def tokens(text: str) -> list[str]:
    """The words of the normalised text, punctuation left out."""
    return _TOKEN.findall(normalize(text))


def shingles(text: str, k: int = 3) -> set[str]:
    """The set of all runs of ``k`` consecutive words (a text shorter than k is one shingle).

    >>> sorted(shingles("Russia said on Tuesday", k=3))
    ['russia said on', 'said on tuesday']
    """
    if k < 1:
        raise ValueError(f"k must be at least 1, not {k}")
    words = tokens(text)
    if 0 < len(words) < k:
        return {" ".join(words)}
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def jaccard(a: set, b: set) -> float:
    """Resemblance: shared shingles out of all shingles of either text (0 to 1)."""
    return len(a & b) / len(a | b) if a or b else 0.0


def containment(a: set, b: set) -> float:
    """The share of a's shingles that are also in b (0 to 1). Not symmetric."""
    return len(a & b) / len(a) if a else 0.0


def similarity(a: set, b: set, measure: str = "containment") -> float:
    """Jaccard, or containment of the smaller set in the larger (a reprint with extras still scores 1)."""
    if measure == "jaccard":
        return jaccard(a, b)
    if measure == "containment":
        return containment(a, b) if len(a) <= len(b) else containment(b, a)
    raise ValueError(f"measure must be one of {MEASURES}, not {measure!r}")


def _labels_and_texts(texts: object) -> tuple[list, list[str]]:
    """Labels (Series index, dict keys, or positions) and the texts themselves."""
    if isinstance(texts, str):
        raise TypeError("texts must be a list, Series or dict of texts, not one str")
    if isinstance(texts, pd.Series):
        labels, values = list(texts.index), list(texts)
    elif isinstance(texts, Mapping):
        labels, values = list(texts.keys()), list(texts.values())
    elif isinstance(texts, Iterable):
        values = list(texts)
        labels = list(range(len(values)))
    else:
        raise TypeError(f"texts must be a list, Series or dict of texts, not {type(texts).__name__}")
    for label, value in zip(labels, values):
        if not isinstance(value, str):
            raise TypeError(f"text {label!r} is a {type(value).__name__}, not a str")
    return labels, values


def _pair_table(rows: list[tuple], labels: list) -> pd.DataFrame:
    """Columns a, b, similarity, most similar first; a and b are int64 when the labels are
    whole numbers (positions), text labels otherwise; similarity is always float64."""
    numbered = all(isinstance(label, numbers.Integral) and not isinstance(label, bool) for label in labels)
    label_type = "int64" if numbered else "object"
    table = pd.DataFrame(rows, columns=["a", "b", "similarity"]).astype(
        {"a": label_type, "b": label_type, "similarity": "float64"}
    )
    table = table.sort_values(["similarity", "a", "b"], ascending=[False, True, True], kind="stable")
    return table.reset_index(drop=True)


def near_duplicates(
    texts: object, threshold: float = 0.5, measure: str = "containment", k: int = 3, method: str = "auto"
) -> pd.DataFrame:
    """Every pair of texts whose similarity is at or above ``threshold``.

    ``texts`` is a list (pairs are named by position), a Series (by its index) or a dict
    (by its keys). ``measure`` is "containment" (default: finds a copy even when extras
    were added) or "jaccard". ``method`` is "exact" (compare every pair that shares a
    shingle), "minhash" (MinHash + LSH candidates, then an exact check of each), or
    "auto" (exact up to 5,000 texts). Returns columns ``a``, ``b``, ``similarity``,
    most similar first, with ``a`` before ``b`` in the input's order.
    """
    labels, values = _labels_and_texts(texts)
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {MEASURES}, not {measure!r}")
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be above 0 and at most 1, not {threshold}")
    if method == "auto":
        method = "exact" if len(values) <= EXACT_LIMIT else "minhash"
    if method == "minhash":
        from helpers.minhash import near_duplicate_pairs

        found = near_duplicate_pairs(values, threshold, measure, k)
    elif method == "exact":
        found = _exact_pairs([shingles(text, k) for text in values], threshold, measure)
    else:
        raise ValueError(f"method must be 'auto', 'exact' or 'minhash', not {method!r}")
    rows = [(labels[i], labels[j], round(score, 6)) for i, j, score in found]
    return _pair_table(rows, labels)


def _exact_pairs(sets: list[set[str]], threshold: float, measure: str) -> list[tuple[int, int, float]]:
    """Compare every pair of texts that share at least one shingle (found with an index)."""
    index: dict[str, list[int]] = defaultdict(list)
    for position, shingle_set in enumerate(sets):
        for shingle in shingle_set:
            index[shingle].append(position)
    candidates = {pair for positions in index.values() for pair in combinations(positions, 2)}
    found = []
    for i, j in sorted(candidates):
        score = similarity(sets[i], sets[j], measure)
        if score >= threshold:
            found.append((i, j, score))
    return found


def align_paragraphs(
    text_a: str, text_b: str, threshold: float = 0.5, k: int = 3, measure: str = "containment"
) -> pd.DataFrame:
    """Pairs of paragraphs, one from each text, at or above ``threshold`` similarity.

    Paragraphs are split on blank lines and numbered from 0. A paragraph of ``text_a``
    may match several of ``text_b`` (a repeat) or none (it was not copied). Returns
    columns ``a``, ``b`` (paragraph numbers) and ``similarity``, in the order of ``a``.
    """
    paragraphs_a = [shingles(p, k) for p in split_paragraphs(_require_str(text_a, "text_a"))]
    paragraphs_b = [shingles(p, k) for p in split_paragraphs(_require_str(text_b, "text_b"))]
    rows = [
        (i, j, round(similarity(sa, sb, measure), 6))
        for i, sa in enumerate(paragraphs_a)
        for j, sb in enumerate(paragraphs_b)
        if similarity(sa, sb, measure) >= threshold
    ]
    return pd.DataFrame(rows, columns=["a", "b", "similarity"]).astype(
        {"a": "int64", "b": "int64", "similarity": "float64"}
    )
