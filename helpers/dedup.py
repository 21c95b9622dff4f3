"""Find copies: the same text, the same story, or a reprint with extras.

The building blocks, each small enough to read in class:

* :func:`normalize` makes typographic variants equal (curly and straight quotes, "…"
  and "...", dashes, capitals, spaces) and :func:`tokens` gives the words of the
  normalised text (both live in :mod:`helpers.text`, the base layer, and are
  re-exported here);
* :func:`shingles` cuts a text into overlapping runs of ``k`` words;
* :func:`jaccard` (resemblance) asks "how much do the two texts share, out of all they
  contain?"; :func:`containment` asks "how much of this text is found in that one?".

:func:`near_duplicates` compares every text with every other; for large corpora it
first finds candidate pairs with MinHash and LSH (see :mod:`helpers.minhash`) and then
measures each candidate exactly. :func:`align_paragraphs` pairs up the paragraphs of two texts.
"""

from __future__ import annotations

import numbers
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from itertools import combinations

import pandas as pd

from helpers.minhash import near_duplicate_pairs
from helpers.text import Text, Texts, normalize, require_text, split_paragraphs, tokens

__all__ = [
    "EXACT_LIMIT",
    "MEASURES",
    "PAIR_COLUMNS",
    "align_paragraphs",
    "containment",
    "jaccard",
    "near_duplicates",
    "normalize",
    "shingles",
    "similarity",
    "tokens",
]

#: The columns of :func:`near_duplicates` and :func:`align_paragraphs`: the two texts
#: (or paragraphs) of a pair and their similarity.
PAIR_COLUMNS = ["a", "b", "similarity"]
MEASURES = ("containment", "jaccard")
#: Above this many texts, near_duplicates finds candidates with MinHash + LSH.
EXACT_LIMIT = 5_000


def shingles(text: Text, k: int = 3) -> set[str]:
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


def jaccard(a: set[str], b: set[str]) -> float:
    """Resemblance: shared shingles out of all shingles of either text (0 to 1).

    >>> jaccard({"a b", "b c"}, {"b c", "c d", "d e"})
    0.25
    """
    return len(a & b) / len(a | b) if a or b else 0.0


def containment(a: set[str], b: set[str]) -> float:
    """The share of a's shingles that are also in b (0 to 1). Not symmetric.

    >>> containment({"a b", "b c"}, {"b c", "c d", "d e"})
    0.5
    """
    return len(a & b) / len(a) if a else 0.0


def similarity(a: set[str], b: set[str], measure: str = "containment") -> float:
    """Jaccard, or containment of the smaller set in the larger (a reprint with extras still scores 1).

    >>> similarity({"a b"}, {"a b", "b c"})
    1.0
    >>> similarity({"a b"}, {"a b", "b c"}, measure="jaccard")
    0.5
    """
    if measure == "jaccard":
        return jaccard(a, b)
    if measure == "containment":
        return containment(a, b) if len(a) <= len(b) else containment(b, a)
    raise ValueError(f"measure must be one of {MEASURES}, not {measure!r}")


def _labels_and_texts(texts: Texts) -> tuple[list[Hashable], list[str], str]:
    """Labels (Series index, dict keys, or positions), the texts themselves, and the dtype
    of the label columns: int64 for positions or whole-number labels, object otherwise."""
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
    if isinstance(texts, pd.Series):  # an empty Series still says what its labels are
        numbered = pd.api.types.is_integer_dtype(texts.index.dtype)
    else:
        numbered = all(
            isinstance(label, numbers.Integral) and not isinstance(label, bool) for label in labels
        )
    return labels, values, "int64" if numbered else "object"


def _pair_table(rows: list[tuple[Hashable, Hashable, float]], label_type: str) -> pd.DataFrame:
    """Columns a, b, similarity, most similar first; a and b are ``label_type`` (int64 for
    positions, object for text labels); similarity is always float64."""
    table = pd.DataFrame(rows, columns=PAIR_COLUMNS).astype(
        {"a": label_type, "b": label_type, "similarity": "float64"}
    )
    table = table.sort_values(["similarity", "a", "b"], ascending=[False, True, True], kind="stable")
    return table.reset_index(drop=True)


def near_duplicates(
    texts: Texts, threshold: float = 0.5, measure: str = "containment", k: int = 3, method: str = "auto"
) -> pd.DataFrame:
    """Every pair of texts whose similarity is at or above ``threshold``.

    ``texts`` is a list (pairs are named by position), a Series (by its index) or a dict
    (by its keys). ``measure`` is "containment" (default: finds a copy even when extras
    were added) or "jaccard". ``method`` is "exact" (compare every pair that shares a
    shingle), "minhash" (MinHash + LSH candidates, then an exact check of each), or
    "auto" (exact up to 5,000 texts). Returns columns ``a``, ``b``, ``similarity``,
    most similar first, with ``a`` before ``b`` in the input's order; an empty table
    (same columns and dtypes) when no pair is similar enough.

    >>> near_duplicates({"wire": "Russia said on Tuesday it would talk",
    ...                  "reprint": "Russia said on Tuesday it would talk, Reuters reported",
    ...                  "other": "Turkey sent more troops to Idlib"})
          a        b  similarity
    0  wire  reprint         1.0
    """
    labels, values, label_type = _labels_and_texts(texts)
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {MEASURES}, not {measure!r}")
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be above 0 and at most 1, not {threshold}")
    if method == "auto":
        method = "exact" if len(values) <= EXACT_LIMIT else "minhash"
    if method == "minhash":
        found = near_duplicate_pairs(values, threshold, measure, k)
    elif method == "exact":
        found = _exact_pairs([shingles(text, k) for text in values], threshold, measure)
    else:
        raise ValueError(f"method must be 'auto', 'exact' or 'minhash', not {method!r}")
    rows = [(labels[i], labels[j], round(score, 6)) for i, j, score in found]
    return _pair_table(rows, label_type)


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
    text_a: Text, text_b: Text, threshold: float = 0.5, k: int = 3, measure: str = "containment"
) -> pd.DataFrame:
    """Pairs of paragraphs, one from each text, at or above ``threshold`` similarity.

    Paragraphs are split on blank lines and numbered from 0. A paragraph of ``text_a``
    may match several of ``text_b`` (a repeat) or none (it was not copied). Returns
    columns ``a``, ``b`` (paragraph numbers) and ``similarity``, in the order of ``a``.

    >>> align_paragraphs("Talks ended.\\n\\nRussia said on Tuesday it would talk.",
    ...                  "Russia said on Tuesday it would talk again.")
       a  b  similarity
    0  1  0         1.0
    """
    paragraphs_a = [shingles(p, k) for p in split_paragraphs(require_text(text_a, "text_a"))]
    paragraphs_b = [shingles(p, k) for p in split_paragraphs(require_text(text_b, "text_b"))]
    rows = [
        (i, j, round(similarity(sa, sb, measure), 6))
        for i, sa in enumerate(paragraphs_a)
        for j, sb in enumerate(paragraphs_b)
        if similarity(sa, sb, measure) >= threshold
    ]
    return pd.DataFrame(rows, columns=PAIR_COLUMNS).astype(
        {"a": "int64", "b": "int64", "similarity": "float64"}
    )
