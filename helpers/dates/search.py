"""The search: find every rule's matches near a trigger word, keep the longest, resolve them in order."""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pandas as pd

from helpers.dates import durations, explicit, relative
from helpers.dates.rule import DIGITS, FOUR_DIGITS, Context, Rule
from helpers.dates.values import to_anchor, value_interval
from helpers.text import require_text

__all__ = [
    "DATE_COLUMNS",
    "RULES",
    "TRIGGER",
    "Candidate",
    "candidates",
    "find_dates",
    "trigger_words",
    "windows",
]

#: The columns of :func:`find_dates`'s table.
DATE_COLUMNS = ["text", "start", "end", "type", "value"]

#: Every rule, in order of priority: where two match the same words, the first wins.
RULES: list[Rule] = [*explicit.RULES, *relative.RULES, *durations.RULES]


def _trie(words: list[str]) -> str:
    """One regular expression for a list of words, sharing their beginnings (fast to search).

    >>> _trie(["day", "daily", "week"])
    '(?:da(?:ily|y)|week)'
    """
    if "" in words:
        rest = [w for w in words if w]
        return f"(?:{_trie(rest)})?" if rest else ""
    by_first: dict[str, list[str]] = {}
    for w in sorted(words):
        by_first.setdefault(w[0], []).append(w[1:])
    branches = []
    for first, tails in by_first.items():
        prefix = re.escape(first)
        while len(tails) > 1 and all(t and t[0] == tails[0][0] for t in tails):
            prefix += re.escape(tails[0][0])
            tails = [t[1:] for t in tails]
        branches.append(prefix + (re.escape(tails[0]) if len(tails) == 1 else _trie(tails)))
    return "(?:" + "|".join(branches) + ")"


#: The words the rules need (see :attr:`Rule.needs`) and any digit: the search only looks
#: near these (a speed-up: most of a news text holds no date at all).
_NEEDED = sorted({w for r in RULES for w in r.needs if w not in (DIGITS, FOUR_DIGITS)})
TRIGGER = re.compile(r"[0-9]+|\b(?i:" + _trie(_NEEDED) + ")")
#: A word TRIGGER finds, with the needed words it starts with ("days": "day" and "days").
_STARTS = {w: frozenset(v for v in _NEEDED if w.startswith(v)) for w in _NEEDED} | {
    DIGITS: frozenset([DIGITS]),
    FOUR_DIGITS: frozenset([DIGITS, FOUR_DIGITS]),
}
_MARGIN = 40  # characters searched on either side of a trigger word
_WIDEN = 30  # at most this many characters more, to reach the edge of a word
_NON_SPACE = re.compile(r"\S*")


def trigger_words(text: str) -> dict[str, list[tuple[int, int]]]:
    """Where each needed word (``"0-9"``: a number, ``"0000"``: one of four digits) occurs in ``text``.

    >>> trigger_words("Talks were held last week, on 3 May.")
    {'week': [(21, 25)], '0-9': [(30, 31)], 'may': [(32, 35)]}
    """
    found: dict[str, list[tuple[int, int]]] = {}
    for m in TRIGGER.finditer(text):
        found_word = m[0].lower() if not m[0].isdigit() else FOUR_DIGITS if len(m[0]) == 4 else DIGITS
        for word in _STARTS[found_word]:
            found.setdefault(word, []).append(m.span())
    return found


def windows(text: str, needs: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """The stretches of ``text`` near the words in ``needs`` (any needed word if None), merged.

    >>> windows("Nothing here. Talks were held last week.")
    [(0, 40)]
    """
    found = trigger_words(text)
    return _windows(text, found, needs if needs is not None else frozenset(found))


def _windows(
    text: str, found: dict[str, list[tuple[int, int]]], needs: frozenset[str]
) -> list[tuple[int, int]]:
    """The stretches near the words of ``needs`` in ``found``, merged and widened to whole words."""
    spans: list[list[int]] = []
    for first, last in sorted(span for word in needs & found.keys() for span in found[word]):
        start, end = max(0, first - _MARGIN), min(len(text), last + _MARGIN)
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    # widen each stretch to whole words, so that no match is cut short at its edge
    result = []
    for start, end in spans:
        left = max(0, start - _WIDEN)
        space = max(text.rfind(" ", left, start), text.rfind("\n", left, start))
        start = space + 1 if space >= 0 else left
        m = _NON_SPACE.match(text, end, min(len(text), end + _WIDEN))
        result.append((start, m.end() if m else end))
    return result


Candidate = tuple[int, int, Rule, "re.Match[str]"]


def candidates(text: str, anchor: dt.date | None = None) -> list[Candidate]:
    """The matches that become expressions: where matches overlap the longest wins, in text order.

    A match its rule rejects (its resolver returns None, e.g. "May" as a verb) leaves
    room for a shorter one. Time grows in proportion to the length of the text.
    """
    found: dict[tuple[int, int, str], Candidate] = {}
    words = trigger_words(text)
    for r in RULES:
        for start, end in _windows(text, words, r.needs):  # only near the words the rule needs
            for m in r.pattern.finditer(text, start, end):
                if m.end() > m.start():
                    found.setdefault((m.start(), m.end(), r.name), (m.start(), m.end(), r, m))
    order = {r.name: i for i, r in enumerate(RULES)}
    ranked = sorted(found.values(), key=lambda c: (c[0] - c[1], c[0], order[c[2].name]))
    probe = Context(anchor, text)  # resolvers decide to reject a match without earlier dates
    taken = bytearray(len(text))  # 1 where a chosen expression lies
    chosen = []
    for cand in ranked:
        start, end, r, m = cand
        if taken.find(1, start, end) >= 0 or r.resolve(m, probe) is None:
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append(cand)
    return sorted(chosen, key=lambda c: c[0])


def _reported(quarter: str, anchor: dt.date | None) -> bool:
    """Whether a quarter had ended by the anchor (a report is about a quarter that is over)."""
    last = value_interval(quarter)[1]
    return last is not None and (anchor is None or last < anchor)


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
    text = require_text(text)
    day = to_anchor(anchor)
    ctx = Context(day, text)
    rows = []
    for start, end, r, m in candidates(text, day):
        result = r.resolve(m, ctx)
        if result is None:
            continue
        kind, value = result
        rows.append((m.group(0), start, end, kind, value))
        if kind == "DATE":
            if re.match(r"\d{4}", value):
                ctx.last_value = value
            if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
                ctx.last_day = value
            elif r.name == "quarter" and _reported(value, ctx.anchor):
                ctx.last_quarter = value  # the quarter an earnings report is about
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
