"""Measuring found dates against the hand annotations of seeds/annotations/dates.csv.

:func:`annotated_dates` reads the annotations and places each in its clean text;
:func:`dates_in` runs :func:`helpers.dates.find_dates` over stories, each with its own
anchor; :func:`score_dates` compares the two: precision, recall and value accuracy.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from helpers.corpus import SEEDS_DIR
from helpers.dates import find_dates, to_anchor
from helpers.text import split_paragraphs
from helpers.timeline.table import TEXT_DTYPE, Dtype, require_table, typed_table

#: The columns of seeds/annotations/dates.csv, then where each annotation is in its clean text.
ANNOTATION_COLUMNS = [
    "article_id",
    "paragraph",
    "text",
    "type",
    "value",
    "anchor",
    "anchor_from",
    "note",
    "start",
    "end",
]
#: The columns of :func:`dates_in`, in order.
DATES_IN_COLUMNS = ["article_id", "start", "end", "type", "value"]
#: The dtype of each column of :func:`dates_in`.
DATES_IN_DTYPES: dict[str, Dtype] = {
    **dict.fromkeys(DATES_IN_COLUMNS, TEXT_DTYPE),
    "start": "int64",
    "end": "int64",
}
#: The keys of :func:`score_dates`, in order (a row of a results table).
SCORE_COLUMNS = ["found", "annotated", "same span", "precision", "recall", "right values", "value accuracy"]


def annotated_dates(texts: Mapping[str, str] | pd.Series) -> pd.DataFrame:
    """The hand annotations of seeds/annotations/dates.csv, with ``start`` and ``end`` in each clean text.

    ``texts`` maps article_id to clean text (``articles.set_index("article_id")["text"]``).
    Columns: ``ANNOTATION_COLUMNS`` (``paragraph`` as written in the file, ``start`` and
    ``end`` int64), one row per annotated expression.
    """
    gold = pd.read_csv(SEEDS_DIR / "annotations" / "dates.csv", keep_default_na=False, dtype=str)
    gold = gold.astype(TEXT_DTYPE)
    starts = []
    for aid, number, words in zip(gold["article_id"], gold["paragraph"], gold["text"]):
        paragraph = split_paragraphs(texts[aid])[int(number)]
        starts.append(texts[aid].index(paragraph) + paragraph.index(words))
    gold["start"] = np.array(starts, dtype="int64")
    gold["end"] = gold["start"] + gold["text"].str.len().astype("int64")
    return gold[ANNOTATION_COLUMNS]


def dates_in(stories: pd.DataFrame, anchor: str = "anchor") -> pd.DataFrame:
    """``find_dates`` over every story, each read against its ``anchor`` column.

    Returns ``DATES_IN_COLUMNS``: ``article_id``, ``start``, ``end`` (in the whole
    article: each story's ``offset``, 0 if there is no such column, is added), ``type``
    and ``value``.

    >>> stories = pd.DataFrame({"article_id": ["a"], "text": ["Talks began on Tuesday."],
    ...                         "anchor": ["2020-02-13"], "offset": [10]})
    >>> dates_in(stories)
      article_id  start  end  type       value
    0          a     25   32  DATE  2020-02-11
    """
    require_table(stories, "stories", "a DataFrame with one row per story", ["article_id", "text", anchor])
    rows: list[dict[str, object]] = []
    for _, row in stories.iterrows():
        found = find_dates(row["text"], to_anchor(row[anchor]))
        shift_by = int(row["offset"]) if "offset" in row.index else 0
        for start, end, kind, value in zip(found["start"], found["end"], found["type"], found["value"]):
            rows.append(
                {
                    "article_id": row["article_id"],
                    "start": start + shift_by,
                    "end": end + shift_by,
                    "type": kind,
                    "value": value,
                }
            )
    return typed_table(rows, DATES_IN_COLUMNS, DATES_IN_DTYPES)


def score_dates(found: pd.DataFrame, gold: pd.DataFrame) -> dict[str, float | int | None]:
    """Compare found expressions with annotated ones: same article and same span, then same value.

    Precision: the share of found spans that are annotated; recall: the share of
    annotated spans found; value accuracy: the share of matched spans with the
    annotated value (NaN when ``found`` has no ``value`` column). The keys are
    ``SCORE_COLUMNS``.

    >>> gold = pd.DataFrame({"article_id": ["a", "a"], "start": [0, 9], "end": [7, 14],
    ...                      "value": ["2020-02-11", "2020-02"]})
    >>> found = pd.DataFrame({"article_id": ["a"], "start": [0], "end": [7], "value": ["2020-02-11"]})
    >>> score_dates(found, gold)["recall"]
    0.5
    """
    require_table(found, "found", "a DataFrame from dates_in", ["article_id", "start", "end"])
    require_table(gold, "gold", "a DataFrame from annotated_dates", ["article_id", "start", "end", "value"])
    both = gold.merge(found, on=["article_id", "start", "end"], suffixes=("", "_found"))
    right = int((both["value"] == both["value_found"]).sum()) if "value_found" in both else None
    return {
        "found": len(found),
        "annotated": len(gold),
        "same span": len(both),
        "precision": len(both) / len(found) if len(found) else float("nan"),
        "recall": len(both) / len(gold) if len(gold) else float("nan"),
        "right values": right,
        "value accuracy": right / len(both) if right is not None and len(both) else float("nan"),
    }
