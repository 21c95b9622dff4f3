"""Exercise 02: right answers (every accepted form) and plausible wrong ones.

How the right answers were worked out, without the code under test:

* 02.1: the expected outputs in helpers.checks.ex02.NORMALIZE_CASES were written by hand;
  ``good_normalize`` below is an independent solution that must pass them.
* 02.2: by hand. The wire paragraph has 21 words, so 19 three-word shingles; the site's has
  25 words ("turkey's" is one word), so 23 shingles. They share 11: "turkey sent more", "sent
  more troops", the eight from "idlib on sunday" to "shelling killed five", and "defence
  ministry said". Containment of the wire in the site = 11/19 = 0.579; Jaccard = 11/31 =
  0.355; the other direction = 11/23 = 0.478.
* 02.3: by reading the pairs (written for the exercise): A is the same story written
  independently (no shared three-word run), B a copy plus one sentence, C an edit.
* 02.4: from seeds/annotations/paragraph_pairs.csv: 12 cross-article copies and rewrites;
  at Jaccard 0.2 all 12 are found (plus one other pair), at 0.3 two rewrites are lost.
* 02.5: from the annotations: 001 has 21 paragraphs, 9 of them are annotated copies of 000.
* 02.6: by hand, 1 - (1 - 0.6**5)**20 = 1 - (1 - 0.07776)**20 = 0.802.
"""

import numpy as np

from tests.check_answers.common import annotations, seed_id, seed_text

ARTICLE_PAIRS = annotations("article_pairs.csv")
PARAGRAPH_PAIRS = annotations("paragraph_pairs.csv")
COPY = tuple(ARTICLE_PAIRS.loc[ARTICLE_PAIRS["copy"] == 1, ["a", "b"]].iloc[0])

PLAIN = {
    "\u201c": '"',
    "\u201d": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u2026": "...",
    "\u2014": "-",
    "\u2013": "-",
}


def good_normalize(text):
    for fancy, plain in PLAIN.items():
        text = text.replace(fancy, plain)
    return " ".join(text.lower().split())


def lesson_normalize(text):
    """The lesson's normaliser: no dashes, no guillemets."""
    for fancy, plain in {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u2026": "..."}.items():
        text = text.replace(fancy, plain)
    return " ".join(text.lower().split())


def guillemets_dropped(text):
    return good_normalize(text.replace("\u00ab", "").replace("\u00bb", ""))


def reprint_paragraphs_without_twin():
    longer = seed_text(COPY[1][:3])
    copies = PARAGRAPH_PAIRS[
        (PARAGRAPH_PAIRS["relation"] == "copy") & (PARAGRAPH_PAIRS["article_b"] == COPY[1])
    ]
    return len(longer.split("\n\n")) - copies["para_b"].nunique()


assert reprint_paragraphs_without_twin() == 12  # 21 paragraphs, 9 copied
CHANCE = 1 - (1 - 0.6**5) ** 20

RIGHT = {
    "02.1": [good_normalize],
    "02.2": [11 / 19, 0.58, round(11 / 19, 3), np.float64(11 / 19)],
    "02.3": ["C", "c", " C ", "(C)"],
    "02.4": ["A", "a", "A)"],
    "02.5": [12, 12.0, np.int64(12)],
    "02.6": [CHANCE, round(CHANCE, 2), round(CHANCE, 3), 0.80],
}

WRONG = {
    "02.1": [
        lesson_normalize,
        guillemets_dropped,
        str.lower,
        lambda t: " ".join(t.split()),
        lambda t: good_normalize(t).upper(),
        "f",
    ],
    "02.2": [11 / 31, 11 / 23, 0.5, 1.0, 11, 19, 57.9, float("nan"), "0.58"],
    "02.3": ["A", "B", "D", 3, "rewrite"],
    "02.4": ["B", "C", "D", 0.2, "E"],
    "02.5": [0, 9, 10, 21, 13, "12"],
    "02.6": [0.6, 0.6**5, (1 - 0.6**5) ** 20, 1 - (1 - 0.6**20) ** 5, "0.8", 0.81],
}

assert seed_id("001") == COPY[1]
