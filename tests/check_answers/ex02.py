"""Exercise 02: right answers (every accepted form) and plausible wrong ones."""

import numpy as np

from tests.check_answers.common import SEEDS_DIR, annotations, seed_id, seed_text

ARTICLE_PAIRS = annotations("article_pairs.csv")
PARAGRAPH_PAIRS = annotations("paragraph_pairs.csv")
COPY = tuple(ARTICLE_PAIRS.loc[ARTICLE_PAIRS["copy"] == 1, ["a", "b"]].iloc[0])


def good_normalize(text):
    for fancy, plain in {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u2026": "..."}.items():
        text = text.replace(fancy, plain)
    return " ".join(text.lower().split())


def copy_resemblance():
    from helpers.dedup import jaccard, shingles
    return jaccard(shingles(seed_text(COPY[0][:3])), shingles(seed_text(COPY[1][:3])))


def reprint_paragraphs_without_twin():
    longer = seed_text(COPY[1][:3])
    copies = PARAGRAPH_PAIRS[(PARAGRAPH_PAIRS["relation"] == "copy") & (PARAGRAPH_PAIRS["article_b"] == COPY[1])]
    return len(longer.split("\n\n")) - copies["para_b"].nunique()


def numpy_zero_over_zero(a, b):
    """Right formula, but numpy's 0/0 gives NaN for an empty a (NaN is never right)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.float64(len(a & b)) / np.float64(len(a))


CHANCE = 1 - (1 - 0.6 ** 5) ** 20
assert SEEDS_DIR.exists()

RIGHT = {
    "02.1": [good_normalize],
    "02.2": [lambda a, b: len(a & b) / len(a) if a else 0, lambda a, b: len(a & b) / max(len(a), 1)],
    "02.3": [copy_resemblance(), round(copy_resemblance(), 2), np.float64(copy_resemblance())],
    "02.4": [COPY, list(COPY), set(COPY), COPY[::-1], [COPY]],
    "02.5": [reprint_paragraphs_without_twin(), float(reprint_paragraphs_without_twin())],
    "02.6": [CHANCE, round(CHANCE, 3)],
}

WRONG = {
    "02.1": [str.lower, lambda t: t, lambda t: " ".join(t.split()), lambda t: good_normalize(t).upper(), "f"],
    "02.2": [lambda a, b: len(a & b) / len(a | b), lambda a, b: len(a & b) / len(b),
             numpy_zero_over_zero, lambda a, b: 1.0, 0.5],
    "02.3": [0.993, 1.0, copy_resemblance() + 0.05, "0.43", True, float("nan")],
    "02.4": [COPY[:1], (COPY[0], seed_id("002")), [COPY, (seed_id("002"), seed_id("003"))],
             " ".join(COPY), 1],
    "02.5": [0, 9, 10, 21, reprint_paragraphs_without_twin() + 1, "12"],
    "02.6": [0.6, 0.6 ** 5, (1 - 0.6 ** 5) ** 20, 1 - (1 - 0.6 ** 20) ** 5, "0.8"],
}
