"""The search: find every rule's matches near a trigger word, keep the longest, resolve them in order."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from helpers.dates import durations, explicit, relative
from helpers.dates.rule import Context, Rule
from helpers.dates.values import to_anchor
from helpers.text import _require_str

#: The columns of :func:`find_dates`'s table.
DATE_COLUMNS = ["text", "start", "end", "type", "value"]
COLUMNS = DATE_COLUMNS  # the old name, kept for code that imports it

#: Every rule, in order of priority: where two match the same words, the first wins.
RULES: list[Rule] = [*explicit.RULES, *relative.RULES, *durations.RULES]

#: Every rule needs one of these words or a digit. Only the text near them is searched
#: (a speed-up: most of a news text holds no date at all).
TRIGGER = re.compile(
    r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Thanksgiving|Christmas|"
    r"New Year|Independence|Valentine)|(?i:\b(?:today|yesterday|tomorrow|tonight|now|current|present|moment|recent|"
    r"lately|past|future|later|ago|week|month|year|decade|centur|day|hour|minute|quarter|half|spring|summer|fall|"
    r"autumn|winter|daily|weekly|monthly|annually|yearly|hourly|nightly|morning|afternoon|evening|night|nineteen|"
    r"thousand|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|term|time|a\.m|p\.m|GMT|EST|EDT))"
)
_MARGIN = 40  # characters searched on either side of a trigger word


def windows(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` near a trigger word, merged where they overlap."""
    spans: list[list[int]] = []
    for m in TRIGGER.finditer(text):
        start, end = max(0, m.start() - _MARGIN), min(len(text), m.end() + _MARGIN)
        if spans and start <= spans[-1][1]:
            spans[-1][1] = end
        else:
            spans.append([start, end])
    # widen each stretch to whole words, so that no match is cut short at its edge
    result = []
    for start, end in spans:
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        result.append((start, end))
    return result


def candidates(text: str) -> list[tuple[int, int, Rule, re.Match]]:
    """Every match of every rule, longest first where they overlap, in text order."""
    found = [
        (m.start(), m.end(), r, m)
        for start, end in windows(text)
        for r in RULES
        for m in r.pattern.finditer(text, start, end)
        if m.end() > m.start()
    ]
    found = list({(c[0], c[1], c[2].name): c for c in found}.values())  # windows may overlap after widening
    found.sort(key=lambda c: (c[0] - c[1], c[0]))  # longest first, then leftmost
    chosen: list[tuple[int, int, Rule, re.Match]] = []
    for cand in found:
        if all(cand[1] <= s or cand[0] >= e for s, e, _, _ in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c[0])


def find_dates(text: str, anchor: object = None) -> pd.DataFrame:
    """Find the temporal expressions in ``text`` and resolve them against ``anchor``.

    ``anchor`` is the date the text was written (its publication date), as a str
    ``"YYYY-MM-DD"``, ``datetime.date``, ``datetime.datetime``, ``pandas.Timestamp`` or
    ``numpy.datetime64`` (what ``articles["published"].to_numpy()[i]`` gives).
    Returns one row per expression, in text order: ``text`` (as written, so
    ``text[start:end] == row.text``), ``start``, ``end``, ``type`` (DATE, TIME, DURATION or
    SET) and ``value`` (TIMEX3, e.g. ``2020-02-11``, ``2020-W07``, ``2019-10``,
    ``PAST_REF``, ``P1W``).

    With ``anchor=None`` (or NaT, an undated article) nothing relative can be resolved: explicit dates keep
    their value and relative ones get ``X`` for each unknown digit ("on Tuesday" ->
    ``XXXX-WXX-2``, "last year" -> ``XXXX``, "in October" -> ``XXXX-10``).

    >>> find_dates("Turkey and Russia this week held talks.", "2020-02-11")["value"].tolist()
    ['2020-W07']
    """
    text = _require_str(text)
    ctx = Context(to_anchor(anchor), text)
    rows = []
    for start, end, r, m in candidates(text):
        result = r.resolve(m, ctx)
        if result is None:
            continue
        kind, value = result
        rows.append((m.group(0), start, end, kind, value))
        if kind == "DATE":
            if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
                ctx.last_day = value
            elif r.name == "quarter":
                ctx.last_quarter = value
    texts, starts, ends, kinds, values = zip(*rows) if rows else ((), (), (), (), ())
    return pd.DataFrame(
        {
            "text": pd.Series(texts, dtype=object),
            "start": np.array(starts, dtype=np.int64),
            "end": np.array(ends, dtype=np.int64),
            "type": pd.Series(kinds, dtype=object),
            "value": pd.Series(values, dtype=object),
        },
        columns=DATE_COLUMNS,
    )
