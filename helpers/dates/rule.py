"""What a rule is: a name, a regular expression, and a function that resolves its match.

A resolver gets the match and a :class:`Context` (the anchor, the text, the dates the
text mentioned so far) and returns ``(type, value)``, or None to drop the match.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from helpers.dates.values import year_for
from helpers.dates.words import (
    _FUTURE_BEFORE,
    _FUTURE_TO,
    _FUTURE_WORDS,
    _NOT_PAST,
    _PAST_WORDS,
    _SENTENCE_END,
    _WORD,
    MONTHS,
)

__all__ = [
    "DIGITS",
    "EXAMPLE_ANCHOR",
    "FOUR_DIGITS",
    "Context",
    "Example",
    "Match",
    "Resolved",
    "Resolver",
    "Rule",
    "RuleList",
    "dated",
]


@dataclass
class Context:
    """What a resolver knows: the anchor, the text, and the dates mentioned so far."""

    anchor: dt.date | None
    text: str
    last_day: str | None = None  # the last day-level date mentioned ("2020-02-03")
    last_quarter: str | None = None  # the last quarter mentioned ("1989-Q3")
    last_value: str | None = None  # the last date mentioned with a year, of any kind ("1998-06")

    def tense(self, start: int, end: int, prepositions: bool = True) -> int:
        """+1 if the sentence around ``start..end`` speaks of the future, -1 of the past, 0 unknown.

        Reads the words before the date, nearest first (at most eight, within the
        sentence), then up to five words after it: the first verb that shows a tense
        decides. "-ed" words in lower case (not names such as "United") and past forms
        ("said", "took") are past; "will", "would", "scheduled", "next" and "to" after
        "is", "set", "due", "plans"... ("is to resume", "set to meet") are future, unless
        "had" comes just before them ("had been due to expire Friday": a plan now past).
        """
        before = self.text[max(0, start - 80) : start]
        ends = list(_SENTENCE_END.finditer(before))
        if ends:
            before = before[ends[-1].end() :]
        after = self.text[end : end + 40]
        stop = _SENTENCE_END.search(after)
        after = after[: stop.start()] if stop else after
        before_words = _WORD.findall(before)
        if prepositions and before_words and before_words[-1].lower() in _FUTURE_BEFORE:
            return 1
        after_words = _WORD.findall(after)[:5]
        for words in (before_words[-8:][::-1], after_words):
            for i, word in enumerate(words):
                lower = word.lower()
                if lower in _FUTURE_WORDS or (
                    lower == "to" and i + 1 < len(words) and words[i + 1].lower() in _FUTURE_TO
                ):  # "will", "is to resume", "set to meet" (the words before run backwards)
                    if words is not after_words and "had" in (w.lower() for w in words[i + 1 : i + 4]):
                        return -1  # "had been due to expire Friday": a plan for a day now past
                    return 1
                if lower in _PAST_WORDS or (
                    word.endswith("ed") and len(word) > 4 and word.islower() and lower not in _NOT_PAST
                ):
                    return -1
        return 0


#: What a resolver gets: the rule's match.
Match = re.Match[str]
#: What a resolver returns: ``(type, value)``, e.g. ``("DATE", "2020-02-11")``, or None.
Resolved = tuple[str, str] | None
Resolver = Callable[[Match, Context], Resolved]


def dated(value: str | None) -> Resolved:
    """``("DATE", value)``, or None when there is no value (a date that cannot be moved)."""
    return None if value is None else ("DATE", value)


@dataclass(frozen=True)
class Example:
    """A sentence a rule must get right, read with the anchor :data:`EXAMPLE_ANCHOR`.

    ``text`` is the expression the rule finds in ``sentence``, with its ``type`` and ``value``.
    """

    sentence: str
    text: str
    type: str
    value: str


#: The anchor of every rule's examples: Tuesday 11 February 2020, in ISO week 2020-W07.
EXAMPLE_ANCHOR = "2020-02-11"


#: The word of ``needs`` that stands for "any digit".
DIGITS = "0-9"
#: The word of ``needs`` that stands for "a number of four digits" (a year, most likely).
FOUR_DIGITS = "0000"


@dataclass
class Rule:
    """One way of writing a date: a name, a regular expression and how to resolve a match.

    ``needs`` are the words (or the starts of words, any case) one of which every match
    contains at the start of a word, or :data:`DIGITS` (any number) or
    :data:`FOUR_DIGITS` (a number of four digits): the search only tries the rule
    near one of them. ``examples`` show what the rule finds and are run as tests.
    """

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    needs: frozenset[str]
    examples: tuple[Example, ...]


class RuleList(list[Rule]):
    """A list of rules that a resolver joins with the decorator :meth:`rule`."""

    def rule(
        self, name: str, pattern: str, needs: str, *examples: tuple[str, str, str, str]
    ) -> Callable[[Resolver], Resolver]:
        """Add a rule: ``pattern`` finds the expression, the decorated function resolves it.

        ``needs`` lists, separated by spaces, the words every match holds one of
        (``"week month"``; ``"0-9"`` for any number, ``"0000"`` for one of four digits);
        each example is ``(sentence,
        expression, type, value)``, read with the anchor :data:`EXAMPLE_ANCHOR`.
        """

        def register(function: Resolver) -> Resolver:
            """Add the rule to the list and return the function unchanged."""
            words = frozenset(needs.lower().split())
            self.append(
                Rule(name, re.compile(pattern), function, words, tuple(Example(*e) for e in examples))
            )
            return function

        return register


def _month(name: str) -> int:
    """The number of a month name or abbreviation: 'Feb.' -> 2."""
    return MONTHS[name.lower().rstrip(".")]


def _day_value(ctx: Context, month: int, day: int, year: str | None, start: int, end: int) -> str | None:
    """The ISO day of ``month``/``day``, its year written, else worked out from the anchor and tense."""
    if not 1 <= day <= 31:
        return None
    if year:
        y = int(year)
    elif ctx.anchor:
        y = year_for(month, day, ctx.anchor, ctx.tense(start, end))
    else:
        return f"XXXX-{month:02d}-{day:02d}"
    try:
        return dt.date(y, month, day).isoformat()
    except ValueError:
        return None
