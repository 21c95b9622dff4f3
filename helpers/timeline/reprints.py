"""The reprint trap: a story glued onto another, found by its dates, and split off.

A wire story opens with its newest news, so a day dated *after* the story's lead is a
sign that an older story was glued on (:func:`events_after_lead`). The glued part's own
date is worked out from its text (:func:`anchors_that_fit`), and the article is split in
two stories, each read against its own anchor (:func:`split_story`).
"""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pandas as pd

from helpers.dates import find_dates, to_anchor
from helpers.timeline.table import (
    TEXT_DTYPE,
    DateLike,
    Dtype,
    day_column,
    require_table,
    sentence_spans,
    typed_table,
)

#: A lead's reporting verb just before its date: "said on Thursday", "told reporters on".
LEAD = re.compile(r"\b(?:said|says|told|announced|accused)\s+(?:\w+\s+)?(?:on\s+)?$")
#: A TIMEX3 value that names one day: "2020-02-11".
DAY = r"\d{4}-\d\d-\d\d"
#: The columns of :func:`events_after_lead`, in order.
AFTER_LEAD_COLUMNS = ["lead", "lead_date", "paragraph", "event", "event_date", "days_after"]
#: The dtype of each column of :func:`events_after_lead` (dates as written in TIMEX3: "2020-02-11").
AFTER_LEAD_DTYPES: dict[str, Dtype] = {
    **dict.fromkeys(AFTER_LEAD_COLUMNS, TEXT_DTYPE),
    "paragraph": "int64",
    "days_after": "int64",
}


def events_after_lead(text: str, anchor: DateLike = None) -> pd.DataFrame:
    """Days dated *after* the lead of the story they sit in: the sign of a story glued on.

    A lead is a day-level date right after a reporting verb ("Cavusoglu said on
    Thursday"); a wire story opens with its newest news, so every later day up to the
    next lead should be earlier. One row per day that is later (``AFTER_LEAD_COLUMNS``):
    ``lead`` and ``lead_date``, the lead's ``paragraph`` (from 0), ``event`` and
    ``event_date`` (as written and resolved against ``anchor``) and ``days_after`` (int).

    >>> text = "Peskov said on Tuesday the talks went well.\\n\\nA convoy was shelled on February 13."
    >>> events_after_lead(text, "2020-02-11")[["lead_date", "event", "event_date", "days_after"]]
        lead_date        event  event_date  days_after
    0  2020-02-11  February 13  2020-02-13           2
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    found = find_dates(text, to_anchor(anchor))
    days = found[found["value"].astype(str).str.fullmatch(DAY)].reset_index(drop=True)
    spans = sentence_spans(text)
    starts = [s for _, s, _ in spans]
    rows: list[dict[str, object]] = []
    lead: tuple[str, str, int] | None = None
    for expression, start, value in zip(days["text"], days["start"], days["value"]):
        if LEAD.search(text[max(0, start - 30) : start]):
            at = max(int(np.searchsorted(starts, start, side="right")) - 1, 0)
            lead = (str(expression), str(value), spans[at][0] if spans else 0)
        elif lead is not None and value > lead[1]:
            late = (dt.date.fromisoformat(value) - dt.date.fromisoformat(lead[1])).days
            rows.append(dict(zip(AFTER_LEAD_COLUMNS, (*lead, expression, value, late))))
    return typed_table(rows, AFTER_LEAD_COLUMNS, AFTER_LEAD_DTYPES)


def anchors_that_fit(text: str, latest: DateLike, days: int = 14) -> list[pd.Timestamp]:
    """The days, from ``latest`` back over ``days`` days, that could be ``text``'s own date.

    A day fits when, read against it, the first day-level date of the text is that very
    day (a lead such as "said on Thursday" is the story's own day) and no day-level date
    in the text is later. Newest first.

    >>> anchors_that_fit("Peskov said on Thursday the talks went well.", "2020-02-17", days=7)
    [Timestamp('2020-02-13 00:00:00')]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    last = to_anchor(latest)
    if last is None:
        return []
    fits = []
    for back in range(days):
        day = last - dt.timedelta(days=back)
        found = find_dates(text, day)
        values = found.loc[found["value"].astype(str).str.fullmatch(DAY), "value"]
        if len(values) and values.iloc[0] == day.isoformat() and values.max() <= day.isoformat():
            fits.append(pd.Timestamp(day))
    return fits


def split_story(stories: pd.DataFrame, article_id: str, paragraph: int, anchor: DateLike) -> pd.DataFrame:
    """Split one article of ``stories`` in two at ``paragraph``; the second part gets ``anchor``.

    ``stories`` has a row per story with ``story``, ``article_id``, ``text``, ``offset``
    (where the story starts in its article), ``anchor`` and ``anchor_from``. The two parts
    are called "<id> (a)" and "<id> (b)"; part (b) is anchored at ``anchor`` with
    ``anchor_from`` "inferred". Other rows are unchanged; the ``anchor`` column comes back
    as days of any century (``datetime64[s]``).
    """
    require_table(
        stories,
        "stories",
        "a DataFrame with one row per story",
        ["story", "article_id", "text", "offset", "anchor"],
    )
    rows = []
    for _, row in stories.iterrows():
        record = {str(key): value for key, value in row.items()}
        if row["article_id"] != article_id:
            rows.append(record)
            continue
        parts = re.split(r"\n\s*\n", row["text"])
        top, tail = "\n\n".join(parts[:paragraph]), "\n\n".join(parts[paragraph:])
        first = dict(record, story=f"{article_id} (a)", text=top)
        second = dict(
            record,
            story=f"{article_id} (b)",
            text=tail,
            offset=row["offset"] + len(top) + 2,
            anchor=to_anchor(anchor),
            anchor_from="inferred",
        )
        rows.extend([first, second])
    table = pd.DataFrame(rows, columns=stories.columns)
    table["anchor"] = day_column(table["anchor"]).to_numpy()
    return table.reset_index(drop=True)
