"""Exercise 01 (meet the corpus): the questions and how their answers are checked."""

from __future__ import annotations

from typing import Any

import pandas as pd

from helpers.checks.core import Result, question
from helpers.checks.data import seed_articles
from helpers.checks.rules import same_collection, same_count, same_function, same_label
from helpers.cleaning import label_lines
from helpers.text import split_paragraphs, words


@question("01.1")
def _how_many_articles(answer: Any) -> Result:
    return same_count(answer, len(seed_articles()), "Count the rows of the articles table.")


@question("01.2")
def _articles_without_date(answer: Any) -> Result:
    seeds = seed_articles()
    expected = seeds.loc[seeds["published"].isna(), "article_id"]
    return same_collection(answer, expected, "Pick the rows whose 'published' is missing, then take their "
                                             "'article_id'.", what="article ids")


LINK_CASES = [  # input -> what a link remover should give back
    (("By [Reuters](#)",), "By Reuters"),
    (("Ankara [retaliated](#), firing",), "Ankara retaliated, firing"),
    (("[one](a) and [two](https://example.org/b)",), "one and two"),
    (("No links here.",), "No links here."),
    (("An empty [](#) link",), "An empty  link"),
]


@question("01.3")
def _remove_links(answer: Any) -> Result:
    return same_function(answer, LINK_CASES, "Keep the words between [ and ]; drop the (...) after them.")


@question("01.4")
def _longest_article(answer: Any) -> Result:
    seeds = seed_articles()
    counts = seeds.set_index("article_id")["text"].map(lambda text: len(words(text)))
    return same_label(answer, str(counts.idxmax()), counts.index, "Count the words of each clean text "
                      "and take the article with the most.", what="article id")


@question("01.5")
def _paragraphs_per_article(answer: Any) -> Result:
    seeds = seed_articles()
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
    return False, (f"{len(wrong)} article(s) have the wrong count. "
                   "Split the clean text into paragraphs and count them.")


@question("01.6")
def _boilerplate_lines(answer: Any) -> Result:
    labels = pd.concat([label_lines(raw) for raw in seed_articles()["raw"]])
    expected = int((labels["kind"] != "body").sum())
    return same_count(answer, expected, "Label each raw text with label_lines(raw), join the tables "
                                        "with pd.concat, and count the rows whose kind is not 'body'.")
