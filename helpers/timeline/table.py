"""Building the timeline: one row per dated expression, with the period of days it covers.

:func:`build_timeline` runs :func:`helpers.dates.find_dates` over each article with its
own anchor and turns every TIMEX3 value into an interval of days (:func:`value_interval`).
Dates of any century are kept: the date columns are ``datetime64[s]``, which hold any day
from year 1 to 9999 ("in 1639", "the 1640s", "0800-12-25"), where pandas' default
``datetime64[ns]`` stops at 1677 and 2262.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Final

import numpy as np
import pandas as pd

from helpers.dates import find_dates, to_anchor, value_interval
from helpers.palette import UNKNOWN_OUTLET
from helpers.text import sentence_splitter
from helpers.timeline.labels import event_label

#: A date as a helper accepts it: "2020-02-11", a ``datetime.date``, a pandas ``Timestamp``,
#: a numpy ``datetime64``, or None / NaT for "no date".
DateLike = str | dt.date | pd.Timestamp | np.datetime64 | None
#: What an article's relative dates are read against: the name of a column of the articles
#: table, or a dict / Series from article_id to a date.
Anchors = str | Mapping[str, DateLike] | pd.Series
#: The dtype of every date column the timeline helpers return: whole days of any century
#: (pandas' default, ``datetime64[ns]``, cannot hold a day before 1677 or after 2262).
DAY_DTYPE: Final = "datetime64[s]"
#: The dtype of every text column they return, as in :func:`helpers.load_articles`.
TEXT_DTYPE = pd.StringDtype()
#: A column's dtype, as the tables here name it: "int64", "bool", ``DAY_DTYPE`` or ``TEXT_DTYPE``.
Dtype = str | pd.StringDtype

#: The columns of :func:`build_timeline`, in order.
TIMELINE_COLUMNS = [
    "article_id",
    "outlet",
    "source",
    "paragraph",
    "sentence",
    "expression",
    "label",
    "type",
    "value",
    "date",
    "date_end",
    "granularity",
    "vague",
    "anchor",
]
#: Words that make a date rough: "early December" is dated to December, but only part of it.
_ROUGH = re.compile(
    r"(?i)(?:early|late|mid|the end of|the beginning of|the middle of|about|around|nearly|"
    r"some time|sometime)\b"
)


def sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """(paragraph number, start, end) of every sentence of ``text``, paragraphs split on blank lines."""
    spans, splitter = [], sentence_splitter()
    for number, m in enumerate(re.finditer(r"\S(?:.*?\S)?(?=\n\s*\n|\s*$)", text, flags=re.S)):
        for start, end in splitter.span_tokenize(m.group(0)):
            spans.append((number, m.start() + start, m.start() + end))
    return spans


def require_table(table: object, name: str, expected: str, columns: Iterable[str]) -> pd.DataFrame:
    """``table``, once checked to be a DataFrame with ``columns``; else an error that says what is wrong.

    >>> require_table(pd.DataFrame({"text": []}), "articles", "a DataFrame from load_articles", ["article_id"])
    Traceback (most recent call last):
    ...
    ValueError: articles needs the column(s) ['article_id'] (a DataFrame from load_articles); it has ['text']
    """
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"{name} must be {expected}, not {type(table).__name__}")
    missing = [column for column in columns if column not in table.columns]
    if missing:
        raise ValueError(f"{name} needs the column(s) {missing} ({expected}); it has {list(table.columns)}")
    return table


def day_column(values: Iterable[DateLike]) -> pd.Series:
    """Dates (python dates, Timestamps, ISO strings or None) as a column of days of any century.

    >>> day_column([dt.date(1639, 1, 1), None, "2020-02-11"]).tolist()
    [Timestamp('1639-01-01 00:00:00'), NaT, Timestamp('2020-02-11 00:00:00')]
    """
    days = [to_anchor(value) for value in values]
    return pd.Series(days, dtype=object).astype(DAY_DTYPE)


def typed_table(
    rows: list[dict[str, object]], columns: list[str], dtypes: Mapping[str, Dtype]
) -> pd.DataFrame:
    """A table of ``rows`` with exactly ``columns``, each in its dtype (``DAY_DTYPE`` for dates).

    The same columns and dtypes come back when there are no rows.
    """
    table = pd.DataFrame(rows, columns=columns)
    for column, dtype in dtypes.items():
        if dtype == DAY_DTYPE:
            table[column] = day_column(table[column]).to_numpy()
        else:
            table[column] = table[column].astype(dtype)
    return table


def article_anchors(articles: pd.DataFrame, anchor: Anchors) -> list[DateLike]:
    """The anchor of each article of ``articles``: from its ``anchor`` column, or looked up by article_id."""
    if isinstance(anchor, str):
        if anchor not in articles.columns:
            raise ValueError(f"anchor column {anchor!r} is not in the table; it has {list(articles.columns)}")
        return list(articles[anchor])
    if isinstance(anchor, (Mapping, pd.Series)):
        return [anchor.get(aid, None) for aid in articles["article_id"]]
    raise TypeError(
        "anchor must be a column name, or a dict / Series from article_id to date, "
        f"not {type(anchor).__name__}"
    )


#: The dtype of each column of :func:`build_timeline`.
TIMELINE_DTYPES: dict[str, Dtype] = {
    **dict.fromkeys(TIMELINE_COLUMNS, TEXT_DTYPE),
    "paragraph": "int64",
    "date": DAY_DTYPE,
    "date_end": DAY_DTYPE,
    "vague": "bool",
    "anchor": DAY_DTYPE,
}


def build_timeline(articles: pd.DataFrame, anchor: Anchors = "published") -> pd.DataFrame:
    """One row per dated expression in ``articles``, each with the sentence it dates.

    ``articles`` needs ``article_id`` and ``text`` (``outlet`` is used if present).
    ``anchor`` says what each article's relative dates are read against: a column of the
    table (default ``published``), or a dict / Series from article_id to a date, for
    articles whose date you worked out yourself. An article without an anchor keeps its
    explicit dates; its relative ones stay unresolved (``date`` NaT).

    Columns (``TIMELINE_COLUMNS``): ``article_id``, ``outlet``, ``source`` (the ``agency``
    column where there is one, else the outlet: who wrote it), ``paragraph`` (from 0),
    ``sentence``, ``expression`` (as written), ``label`` (what happened then:
    :func:`event_label`), ``type`` (DATE or TIME), ``value`` (TIMEX3), ``date`` and
    ``date_end`` (first and last day covered, NaT when unknown), ``granularity`` (day,
    weekend, week, month, quarter, half year, season, year, decade, century, or vague),
    ``vague`` (True for "recently", "now" and anything unresolved, which have no date, and
    for rough dates such as "early December", dated to the whole month) and ``anchor``.
    Dates of any century are kept ("in 1639", "the 1640s"): the date columns are
    ``datetime64[s]``. Durations and sets are left out: they say how long or how often,
    not when. Rows are sorted by date (undated last), then article and position.

    >>> articles = pd.DataFrame({"article_id": ["a"], "text": ["The fort was built in 1639."]})
    >>> build_timeline(articles, anchor={})[["expression", "date", "date_end", "granularity"]]
      expression       date   date_end granularity
    0       1639 1639-01-01 1639-12-31        year
    """
    require_table(articles, "articles", "a pandas DataFrame (see load_articles)", ["article_id", "text"])
    anchors = article_anchors(articles, anchor) if len(articles) else []
    nothing = pd.Series([None] * len(articles), index=articles.index, dtype=object)
    outlets = articles["outlet"] if "outlet" in articles.columns else nothing
    agencies = articles["agency"] if "agency" in articles.columns else nothing
    rows: list[dict[str, object]] = []
    for aid, outlet, agency, text, when in zip(
        articles["article_id"], outlets, agencies, articles["text"], anchors
    ):
        if isinstance(text, str):
            who = outlet if isinstance(outlet, str) else UNKNOWN_OUTLET
            source = agency if isinstance(agency, str) else who
            rows.extend(
                _dated_rows(text, to_anchor(when), {"article_id": aid, "outlet": who, "source": source})
            )
    table = typed_table(rows, [*TIMELINE_COLUMNS, "_start"], TIMELINE_DTYPES)
    table = table.sort_values(["date", "article_id", "_start"], na_position="last", kind="stable")
    return table.drop(columns="_start").reset_index(drop=True)


def _dated_rows(text: str, when: dt.date | None, article: dict[str, object]) -> list[dict[str, object]]:
    """The timeline rows of one article's ``text`` read against ``when``, each starting with ``article``."""
    found = find_dates(text, when)
    found = found[found["type"].isin(["DATE", "TIME"])]
    if found.empty:
        return []
    spans = sentence_spans(text)
    starts = np.array([s for _, s, _ in spans])
    rows = []
    for expression, start, value, kind in zip(found["text"], found["start"], found["value"], found["type"]):
        i = max(int(np.searchsorted(starts, start, side="right")) - 1, 0)
        paragraph, s, e = spans[i] if spans else (0, 0, len(text))
        first, last, granularity = value_interval(value)
        rows.append(
            {
                **article,
                "paragraph": paragraph,
                "sentence": text[s:e],
                "expression": expression,
                "label": event_label(text[s:e], expression, at=start - s),
                "type": kind,
                "value": value,
                "date": first,
                "date_end": last,
                "granularity": granularity,
                "vague": granularity == "vague" or bool(_ROUGH.match(expression)),
                "anchor": when,
                "_start": start,
            }
        )
    return rows
