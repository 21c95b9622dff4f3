"""Exercise 03 (quotes): the questions and how their answers are checked."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pandas as pd

from helpers.checks.core import Result, question
from helpers.checks.data import seed_articles
from helpers.checks.rules import same_collection, same_count, same_function, same_label, same_text
from helpers.text import words


@lru_cache(maxsize=2)
def _seed_quotes(resolve: bool = True) -> pd.DataFrame:
    """Every quote extract_quotes finds in the seeds, with the article's id, outlet and agency."""
    from helpers.quotes import extract_quotes
    tables = [extract_quotes(row.text, resolve=resolve).assign(article_id=row.article_id, outlet=row.outlet,
                                                               agency=row.agency)
              for row in seed_articles().itertuples()]
    return pd.concat(tables, ignore_index=True)


QUOTE_INPUTS = ["\u201cWe go,\u201d he said.", 'He said "no" twice and "yes" once.', "No quotes here.",
                "\u201cMixed marks,\" she said.", "Syria\u2019s war \u201cis over\u201d, they said."]


@question("03.1")
def _my_quotes(answer: Any) -> Result:
    from helpers.quotes import quote_spans
    cases = [((given,), [given[s.start:s.end] for s in quote_spans(given)]) for given in QUOTE_INPUTS]
    return same_function(answer, cases, "re.findall with one group, (...), returns just the words inside the marks.")


@question("03.2")
def _scare_words(answer: Any) -> Result:
    quotes = _seed_quotes()
    expected = set(quotes.loc[quotes["kind"] == "scare", "quote"])
    return same_collection(answer, expected, "Keep the rows whose kind is 'scare' and take their 'quote' "
                                             "column, words exactly as written.", what="words")


@question("03.3")
def _most_quoted_words(answer: Any) -> Result:
    quotes = _seed_quotes()
    voices = quotes[quotes["kind"] != "scare"].dropna(subset=["speaker"])
    totals = voices.groupby("speaker")["quote"].agg(lambda qs: sum(len(words(q)) for q in qs))
    return same_label(answer, str(totals.idxmax()), totals.index,
                      "Count words, not quotes, and leave out scare quotes.", what="speaker")


@question("03.4")
def _resolved_only(answer: Any) -> Result:
    from helpers.quotes import PRONOUNS
    alone, resolved = _seed_quotes(resolve=False), _seed_quotes()
    voices = alone["kind"] != "scare"
    nameless = alone["speaker"].isna() | alone["speaker"].isin(PRONOUNS)
    expected = int((voices & nameless & resolved["speaker"].notna()).sum())
    return same_count(answer, expected, "Compare extract_quotes(text, resolve=False) with extract_quotes(text): "
                                        "count direct and partial quotes whose speaker is missing or a pronoun "
                                        "in the first and a name in the second.")


def _closest_rendering() -> tuple[str, str]:
    """Reuters' "We continue to note with regret ..." and the AFP quote sharing most of its stems."""
    quotes = _seed_quotes()
    voices = quotes[quotes["kind"] != "scare"]
    reuters = voices[(voices["agency"] == "Reuters") & voices["quote"].str.startswith("We continue to note")]
    afp = voices[voices["agency"] == "AFP"]["quote"]

    def stems(text: str) -> set[str]:
        return {w[:5] for w in words(text.lower()) if len(w) > 3}

    target = stems(reuters["quote"].iloc[0])
    best = max(afp, key=lambda q: len(target & stems(q)) / min(len(target), len(stems(q))))
    return reuters["quote"].iloc[0], best


@question("03.5")
def _closest_afp_quote(answer: Any) -> Result:
    _, expected = _closest_rendering()
    if isinstance(answer, str):
        answer = answer.strip(" .,")
    return same_text(answer, expected.strip(" .,"), "Compute the overlap with every AFP quote and keep the largest.")
