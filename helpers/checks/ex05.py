"""Exercise 05 (framing): the questions and how their answers are checked."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from helpers.checks.core import Result, question
from helpers.checks.data import seed_articles
from helpers.checks.rules import one_value, same_count, same_function, same_label, same_number


def _framing_drop() -> set[str]:
    """The articles Lesson 05 drops: of each near-duplicate pair, the one that contains the other."""
    from helpers.dedup import near_duplicates, shingles
    texts = seed_articles().set_index("article_id")["text"]
    pairs = near_duplicates(texts)
    return {max((a, b), key=lambda aid: (len(shingles(texts[aid])), aid)) for a, b in zip(pairs["a"], pairs["b"])}


def _framing_kept() -> pd.DataFrame:
    seeds = seed_articles()
    return seeds[~seeds["article_id"].isin(_framing_drop())].reset_index(drop=True)


def _outlet_text(outlet: str) -> str:
    kept = _framing_kept()
    return "\n\n".join(kept.loc[kept["outlet"] == outlet, "text"])


@question("05.1")
def _which_to_drop(answer: Any) -> Result:
    (expected,) = _framing_drop()
    answer = one_value(answer)
    if isinstance(answer, (list, tuple, set)):
        return False, "give one article id as text (a str), not a list"
    return same_label(answer, expected, seed_articles()["article_id"], "Of the pair near_duplicates reports, "
                      "drop the one with more shingles (the text that contains the other).", what="article id")


def _rt_terrorist() -> pd.Series:
    from helpers.framing import term_rates
    rates = term_rates(_framing_kept())
    return rates[(rates["outlet"] == "RT") & (rates["family"] == "terrorist")].iloc[0]


@question("05.2")
def _terrorist_rate(answer: Any) -> Result:
    row = _rt_terrorist()
    value = one_value(answer)
    if value == row["count"]:
        return False, f"{value} is the count; divide by RT's number of words and multiply by 1,000"
    return same_number(answer, float(row["per_1000"]), 1, "Read the row for RT and the family 'terrorist'.")


@question("05.3")
def _terrorist_own_voice(answer: Any) -> Result:
    row = _rt_terrorist()
    return same_count(answer, int(row["reporter"]), "Count only the uses in the reporter's voice.")


@question("05.4")
def _marked_share(answer: Any) -> Result:
    from helpers.framing import reporting_verbs
    found = reporting_verbs(_outlet_text("Expatica"))
    expected = float((found["class"] == "marked").mean())
    return same_number(answer, expected, 2, "Divide the number of 'marked' rows by the number of all rows.",
                       share=True)


def _delta_by_formula(y_a: float, n_a: float, y_b: float, n_b: float, alpha_w: float, alpha_0: float) -> float:
    return (math.log((y_a + alpha_w) / (n_a + alpha_0 - y_a - alpha_w))
            - math.log((y_b + alpha_w) / (n_b + alpha_0 - y_b - alpha_w)))


DELTA_INPUTS = [(2, 4, 0, 4, 2, 8), (1, 4, 2, 4, 3, 8), (0, 4, 1, 4, 1, 8), (5, 100, 1, 50, 6, 150),
                (3, 10, 3, 10, 6, 20)]


@question("05.5")
def _my_delta(answer: Any) -> Result:
    cases = [(case, _delta_by_formula(*case)) for case in DELTA_INPUTS]
    return same_function(answer, cases, "Use natural logs (math.log) and subtract y and alpha_w in both "
                                        "denominators.")


@question("05.6")
def _us_voice_share(answer: Any) -> Result:
    from helpers.framing import quote_shares
    shares = quote_shares(_outlet_text("RT"))
    expected = float(shares.loc[shares["side"] == "United States", "share"].sum())
    return same_number(answer, expected, 2, "Add the 'share' of the rows whose side is 'United States'.",
                       share=True)
