"""Counts of people ("five dead", "13 Turkish soldiers"), each with the time expression it belongs to.

Sources often disagree on a toll; :func:`dated_counts` puts every count next to the
date it is given for, so that two different numbers for one day stand out.
"""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pandas as pd

from helpers.dates import find_dates, number_value, to_anchor, value_interval
from helpers.palette import UNKNOWN_OUTLET
from helpers.timeline.table import (
    DAY_DTYPE,
    TEXT_DTYPE,
    Anchors,
    Dtype,
    article_anchors,
    require_table,
    sentence_spans,
    typed_table,
)

#: A count of people: a number or number word, up to two words, then dead/killed/soldiers/personnel.
COUNT = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)\s+"
    r"(?:[\w’']+\s+){0,2}?(dead|killed|soldiers|personnel)\b",
    re.I,
)
#: The columns of :func:`dated_counts`, in order.
COUNT_COLUMNS = [
    "article_id",
    "outlet",
    "source",
    "count",
    "number",
    "expression",
    "type",
    "value",
    "date",
    "date_end",
    "granularity",
    "sentence",
]
#: The dtype of each column of :func:`dated_counts`.
COUNT_DTYPES: dict[str, Dtype] = {
    **dict.fromkeys(COUNT_COLUMNS, TEXT_DTYPE),
    "number": "int64",
    "date": DAY_DTYPE,
    "date_end": DAY_DTYPE,
}


def dated_counts(articles: pd.DataFrame, anchor: Anchors = "published") -> pd.DataFrame:
    """Every count of people ("five dead", "13 Turkish soldiers") with the time expression it belongs to.

    A count belongs to the *nearest* time expression in its own sentence (dates and
    durations both: "13 soldiers killed ... in the past week" is tied to "the past
    week", not to "this week" earlier in the sentence), counted in characters between
    the two. ``articles`` and ``anchor`` are as for :func:`build_timeline`. Columns
    (``COUNT_COLUMNS``): ``article_id``, ``outlet``, ``source``, ``count`` (as written),
    ``number`` (int), ``expression``, ``type``, ``value``, ``date``, ``date_end``,
    ``granularity`` (NaT and "duration" for a duration, which says how long, not when)
    and ``sentence``. A count with no time expression in its sentence is left out.

    >>> articles = pd.DataFrame({"article_id": ["a"], "text": ["In 1639 the siege left 300 dead."]})
    >>> dated_counts(articles, anchor={})[["count", "number", "expression", "date"]]
          count  number expression       date
    0  300 dead     300       1639 1639-01-01
    """
    require_table(articles, "articles", "a pandas DataFrame (see load_articles)", ["article_id", "text"])
    anchors = article_anchors(articles, anchor) if len(articles) else []
    rows: list[dict[str, object]] = []
    for (_, article), when in zip(articles.iterrows(), anchors):
        text, outlet, agency = article["text"], article.get("outlet"), article.get("agency")
        if not isinstance(text, str):
            continue
        outlet = outlet if isinstance(outlet, str) else UNKNOWN_OUTLET
        who = {"article_id": article["article_id"], "outlet": outlet}
        who["source"] = agency if isinstance(agency, str) else outlet
        for _, start, end in sentence_spans(text):
            rows.extend(_sentence_counts(text[start:end], to_anchor(when), who))
    return typed_table(rows, COUNT_COLUMNS, COUNT_DTYPES)


def _sentence_counts(
    sentence: str, when: dt.date | None, article: dict[str, object]
) -> list[dict[str, object]]:
    """The counts of one sentence, each with its nearest time expression, each row starting with ``article``."""
    if not COUNT.search(sentence):
        return []
    found = find_dates(sentence, when)
    found = found[found["type"].isin(["DATE", "TIME", "DURATION"])]
    rows: list[dict[str, object]] = []
    for m in COUNT.finditer(sentence):
        if found.empty:
            break
        distance = [max(s - m.end(), m.start() - e, 0) for s, e in zip(found["start"], found["end"])]
        near = found.iloc[int(np.argmin(distance))]
        value, kind = str(near["value"]), str(near["type"])
        first, last, granularity = value_interval(value) if kind != "DURATION" else (None, None, "duration")
        rows.append(
            {
                **article,
                "count": m.group(0),
                "number": number_value(m.group(1)),
                "expression": near["text"],
                "type": kind,
                "value": value,
                "date": first,
                "date_end": last,
                "granularity": granularity,
                "sentence": sentence,
            }
        )
    return rows
