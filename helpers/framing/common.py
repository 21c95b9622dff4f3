"""What the framing measures share: output columns, word matching, the units compared, the lists."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd

from helpers.palette import UNKNOWN_OUTLET
from helpers.quotes import quote_spans
from helpers.text import words
from helpers.wordlists import word_list

TERM_COLUMNS = ["term", "family", "side", "start", "end", "voice"]
VERB_COLUMNS = ["verb", "form", "class", "start", "end"]
SCARE_COLUMNS = ["quote", "speaker", "cue", "start", "end"]
SHARE_COLUMNS = ["speaker", "side", "quotes", "words", "share"]
HEADLINE_COLUMNS = [
    "article_id",
    "title",
    "words",
    "source",
    "attribution",
    "first_actor",
    "verbs",
    "labels",
    "quoted",
]
LOG_ODDS_COLUMNS = ["term", "delta", "z"]
NO_SPEAKER = "(no speaker)"
OTHER_SIDE = "(other)"


def _whole_words(phrases: Iterable[str]) -> re.Pattern:
    """One pattern matching any phrase as whole words (a hyphen joins words), longest first."""
    alternatives = sorted(set(phrases), key=lambda p: (-len(p), p))
    if not alternatives:
        return re.compile(r"(?!)")  # no phrases: a pattern that never matches
    return re.compile(
        r"(?<![\w-])(?:"
        + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in alternatives)
        + r")(?![\w-])",
        re.IGNORECASE,
    )


def _check_table(table: object, name: str, columns: list[str]) -> pd.DataFrame:
    if not isinstance(table, pd.DataFrame):
        raise TypeError(
            f"{name} must be a pandas DataFrame with columns {columns}, not {type(table).__name__}"
        )
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f"{name} needs the column(s) {missing}; it has {list(table.columns)}")
    return table


def _check_list(table: object, name: str, columns: list[str]) -> pd.DataFrame:
    """A word list given as a table: the columns, and no blank cell (an empty term would
    match between every two words)."""
    table = _check_table(table, name, columns)
    for column in columns:
        cells = table[column]
        blank = [i for i, v in enumerate(cells) if not isinstance(v, str) or not v.strip()]
        if blank:
            raise ValueError(
                f"{name}: the {column} in row {blank[0]} (counting from 0) is empty or not text; "
                "every row needs " + ", ".join(columns)
            )
    return table


def _quote_spans(text: str) -> list[tuple[int, int]]:
    return [(span.start, span.end) for span in quote_spans(text)]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


# ---------------------------------------------------------------------------
# The story's word lists (a corpus folder's own, or the shipped ones)
# ---------------------------------------------------------------------------


def label_terms(corpus: pd.DataFrame | str | Path | None = None) -> pd.DataFrame:
    """The label terms: columns ``side``, ``family``, ``term``.

    The corpus folder's own ``labels.csv`` when it has one (``corpus``: the articles
    table, which remembers its folder, or a folder), else the shipped
    ``helpers/data/label_terms.csv``; ``.attrs["source"]`` says which
    (see :func:`helpers.wordlists.word_list`).

    >>> label_terms().attrs["source"]
    'helpers/data/label_terms.csv (shipped with the course)'
    """
    return word_list("labels", corpus)


def side_names(corpus: pd.DataFrame | str | Path | None = None) -> pd.DataFrame:
    """The names that tell a speaker's side: ``side``, ``name``.

    The corpus folder's own ``sides.csv`` when it has one, else the shipped
    ``helpers/data/sides.csv`` (see :func:`label_terms`).
    """
    return word_list("sides", corpus)


# ---------------------------------------------------------------------------
# The units compared: outlets, or articles when the outlets cannot compare
# ---------------------------------------------------------------------------

#: The name of the column (and of ``by=``) for the units Lesson 05 compares.
UNIT = "unit"


def _known_outlets(articles: pd.DataFrame) -> pd.Series:
    outlets = articles["outlet"].astype("string")
    return outlets.where(outlets != UNKNOWN_OUTLET)


def comparison_units(articles: pd.DataFrame) -> pd.Series:
    """What each article is compared as: its outlet, or the article itself, labelled by its id.

    Outlets are compared when at least two are known; an article whose outlet is unknown
    is then its own unit. When no outlet is known, or every article comes from one
    outlet, there are no outlets to compare, so each article is its own unit.
    :func:`describe_units` says in words which case a table is.

    >>> articles = pd.DataFrame({"article_id": ["a1", "a2", "a3"], "outlet": ["RT", None, "AFP"]})
    >>> comparison_units(articles).tolist()
    ['RT', 'a2', 'AFP']
    >>> comparison_units(articles.assign(outlet=None)).tolist()
    ['a1', 'a2', 'a3']
    """
    articles = _check_table(articles, "articles", ["article_id", "outlet"])
    outlets = _known_outlets(articles)
    ids = articles["article_id"].astype("string")
    if outlets.nunique() < 2:
        return ids.rename(UNIT)
    return outlets.fillna(ids).rename(UNIT)


def describe_units(articles: pd.DataFrame) -> str:
    """One plain sentence: what :func:`comparison_units` compares in this table, and why.

    >>> describe_units(pd.DataFrame({"article_id": ["a1", "a2"], "outlet": [None, None]}))
    'No outlet is known for any of the 2 articles: each article is compared as its own unit, labelled by its id.'
    """
    outlets = _known_outlets(_check_table(articles, "articles", ["article_id", "outlet"]))
    n, known = len(outlets), outlets.nunique()
    own = "each article is compared as its own unit, labelled by its id."
    if n == 0:
        return "There are no articles: nothing to compare."
    if known == 0:
        return f"No outlet is known for any of the {n} articles: {own}"
    if known == 1:
        return f"All {n} articles come from one outlet ({outlets.dropna().iloc[0]}): {own}"
    unknown = int(outlets.isna().sum())
    if unknown:
        return (
            f"{known} outlets are compared; the outlet of {unknown} article(s) is unknown, "
            "so each of those is its own unit, labelled by its id."
        )
    return f"Each outlet is one unit: {known} outlets."


def _check_articles(articles: object, by: str) -> pd.DataFrame:
    """The articles table, checked for ``text`` and the column to group by (see :data:`UNIT`)."""
    if by == UNIT and isinstance(articles, pd.DataFrame) and UNIT not in articles.columns:
        return _check_table(articles, "articles", ["text", "article_id", "outlet"])
    return _check_table(articles, "articles", ["text", by])


def _group_labels(articles: pd.DataFrame, by: str) -> pd.Series:
    if by == UNIT and UNIT not in articles.columns:
        return comparison_units(articles)
    unknown = UNKNOWN_OUTLET if by == "outlet" else f"({by} unknown)"
    return articles[by].astype("string").fillna(unknown)


def _text_groups(articles: pd.DataFrame, by: str) -> Iterator[tuple[str, pd.Series, int]]:
    """(group label, its texts, their word count) for each group of articles, in label order."""
    groups = _group_labels(articles, by)
    for group in sorted(set(groups)):
        texts = articles.loc[groups == group, "text"]
        yield group, texts, sum(len(words(t)) for t in texts)
