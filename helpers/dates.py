"""When did it happen? Find dates in news text and resolve them against a publication date.

>>> find_dates("The Kremlin said on Tuesday that talks held last week failed.", "2020-02-11")
         text  start  end  type     value
0     Tuesday     20   27  DATE  2020-02-11
1   last week     45   54  DATE  2020-W06

News dates events every way it can: "Feb. 11", "on Tuesday", "last week", "in October
last year", "since early December", "10 days later", "the past week". Each expression
gets a **type** and a **value** in TIMEX3, the standard notation of annotated news
corpora (TimeBank, TempEval):

=========  ===================================================================
DATE       a day ``2020-02-11``, a week ``2020-W07``, a weekend ``2020-W07-WE``,
           a month ``2019-10``, a quarter ``1989-Q3``, a half ``1989-H2``, a season
           ``1989-SU``, a year ``2018``, a decade ``198`` (the 1980s), or a vague
           reference: ``PAST_REF`` (recently), ``PRESENT_REF`` (now), ``FUTURE_REF`` (soon)
DURATION   how long: ``P1W`` (the past week), ``P10D`` (10 days), ``PT24H``, ``P9Y``
SET        how often: ``P1D`` (daily), ``P1W`` (weekly), ``P1Y`` (annually)
TIME       a time of day: ``2020-02-11T09:00``, ``2020-02-11TMO`` (this morning)
=========  ===================================================================

How it works, in three steps a lesson can show:

1. :data:`RULES` is a list of regular expressions, one per way of writing a date.
   Every match of every rule is a candidate; where candidates overlap the longest wins.
2. Each rule's ``resolve`` function turns its match into a value, using the **anchor**
   (the publication date) for relative expressions: "on Tuesday" in news is the most
   recent Tuesday, the anchor day included, unless the sentence speaks of the future
   ("will meet on Tuesday"); "December" without a year is the most recent December.
3. "10 days later", "the next day" or "that year" are resolved against the last date
   the text mentioned before them, as a reader does, not against the anchor.

Without an anchor (``None``, ``NaT``) explicit dates are still resolved, and a relative
one gets TIMEX3's "unknown" digits ``X`` in place of what the anchor would have told:
"on Tuesday" becomes ``XXXX-WXX-2``, "last year" ``XXXX``, "in October" ``XXXX-10``,
"yesterday" ``XXXX-XX-XX``. A value containing ``X`` is unresolved.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from helpers.text import _require_str

COLUMNS = ["text", "start", "end", "type", "value"]

# ---------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7}
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "several": None,
    "a few": None,
    "few": None,
    "many": None,
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
UNITS = {
    "day": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "hour": "H",
    "minute": "MIN",
    "quarter": "Q",
    "weekend": "WE",
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# Pieces of regular expressions. Month and weekday names must be capitalised ("may" is a
# verb, "march" a noun); the small words around them may be in any case.
_MONTH_NAMES = [
    max((name for name in MONTHS if MONTHS[name] == n), key=len) for n in range(1, 13)
]  # full names
_MONTH_FULL = "(?:" + "|".join(name.capitalize() for name in _MONTH_NAMES) + ")"
_MONTH = (
    "(?:"
    + "|".join(name.capitalize() for name in _MONTH_NAMES)
    + "|"
    + "|".join(rf"{name.capitalize()}\.?" for name in MONTHS if name not in _MONTH_NAMES)
    + ")"
)
_WEEKDAY = "(?:" + "|".join(name.capitalize() for name in WEEKDAYS) + ")"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUMBER_WORD = (
    rf"(?:{_TENS})(?:[- ](?:{_ONES}))?|{_ONES}|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|hundred"
)
_COUNT = rf"(?:\d+(?:\.\d+)?|{_NUMBER_WORD})"
_UNIT = r"(?:day|week|month|year|decade|century|hour|minute)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_PART = r"(?:early|late|mid|middle of|end of|beginning of|start of)"

# Tense: the nearest verb before a date (or just after it) says whether the sentence
# speaks of the past ("said on Friday") or of the future ("will meet on Friday").
_FUTURE_WORDS = {
    "will",
    "would",
    "shall",
    "'ll",
    "won't",
    "scheduled",
    "planned",
    "planning",
    "expected",
    "expects",
    "expect",
    "intends",
    "due",
    "soon",
    "payable",
    "effective",
    "upcoming",
    "next",
}
_FUTURE_BEFORE = {"by", "until"}  # only right before the date: "by February", "until Jan. 2"
_PAST_WORDS = {
    "said",
    "says",
    "told",
    "was",
    "were",
    "had",
    "did",
    "met",
    "took",
    "made",
    "held",
    "began",
    "came",
    "went",
    "left",
    "gave",
    "saw",
    "found",
    "got",
    "became",
    "won",
    "lost",
    "fell",
    "rose",
    "sent",
    "spoke",
    "wrote",
    "shot",
    "put",
    "cut",
    "hit",
    "ran",
    "brought",
    "thought",
    "felt",
    "kept",
    "led",
    "paid",
    "sold",
    "struck",
    "since",
    "ago",
    "last",
    "earlier",
    "tore",
    "knew",
    "spent",
    "stood",
    "fought",
    "bought",
    "broke",
    "chose",
    "drove",
    "flew",
    "grew",
    "rode",
    "swore",
    "threw",
    "woke",
    "sank",
    "quit",
}
_WORD = re.compile(r"[A-Za-z']+")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


# ---------------------------------------------------------------------------
# Calendar arithmetic
# ---------------------------------------------------------------------------


def to_anchor(anchor: object) -> dt.date | None:
    """The anchor as a ``datetime.date``; None for None, NaT or a missing value.

    Accepts a ``str`` in ISO form (``"2020-02-11"``), a ``datetime.date``, a
    ``datetime.datetime``, a pandas ``Timestamp`` or a numpy ``datetime64``.
    """
    if anchor is None or anchor is pd.NaT:
        return None
    if isinstance(anchor, np.datetime64):
        anchor = pd.Timestamp(anchor)
    if isinstance(anchor, pd.Timestamp):
        return None if pd.isna(anchor) else anchor.date()
    if isinstance(anchor, dt.datetime):
        return anchor.date()
    if isinstance(anchor, dt.date):
        return anchor
    if isinstance(anchor, str):
        try:
            return dt.date.fromisoformat(anchor.strip()[:10])
        except ValueError:
            raise ValueError(f"anchor {anchor!r} is not a date: write it as YYYY-MM-DD") from None
    try:
        if pd.isna(anchor):
            return None
    except (TypeError, ValueError):
        pass
    raise TypeError(
        "anchor must be a date (str 'YYYY-MM-DD', datetime.date, datetime.datetime or "
        f"pandas Timestamp) or None, not {type(anchor).__name__}"
    )


def iso_week(day: dt.date) -> str:
    """The ISO week of a day, e.g. ``2020-W07`` (weeks start on Monday)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    """The (year, month) ``months`` months after ``year``-``month`` (before it if negative).

    >>> add_months(2020, 11, 3), add_months(2020, 1, -1)
    ((2021, 2), (2019, 12))
    """
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def weekday_near(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    """The day with ISO ``weekday`` (1 = Monday) nearest ``anchor`` in ``direction``.

    ``direction`` -1: the most recent one, the anchor itself included (news in the past
    tense); +1: the next one after the anchor; -2: strictly before the anchor ("last
    Friday"); 0: in the anchor's own ISO week ("this Friday").
    """
    today = anchor.isoweekday()
    if direction == -1:
        return anchor - dt.timedelta(days=(today - weekday) % 7)
    if direction == -2:
        return anchor - dt.timedelta(days=(today - weekday) % 7 or 7)
    if direction == 1:
        return anchor + dt.timedelta(days=(weekday - today) % 7 or 7)
    return anchor + dt.timedelta(days=weekday - today)


def shift(value: str, amount: int, unit: str) -> str | None:
    """Move a resolved TIMEX3 value by ``amount`` units (D, W, M, Y), keeping its granularity.

    A day moved by months or years keeps its day of the month where it can, and
    otherwise becomes the last day of the month (31 January + 1 month: 29 February).
    None if the value cannot be moved in that unit (a week by months, ``PAST_REF``).

    >>> shift("2020-02-03", 10, "D"), shift("2020-W07", -1, "W"), shift("2019", 1, "Y")
    ('2020-02-13', '2020-W06', '2020')
    """
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value)
    if m:
        day = dt.date(*map(int, m.groups()))
        if unit == "D":
            return (day + dt.timedelta(days=amount)).isoformat()
        if unit == "W":
            return (day + dt.timedelta(weeks=amount)).isoformat()
        if unit in ("M", "Y"):  # the same day of the month, or the month's last day if it has fewer
            year, month = add_months(day.year, day.month, amount * (12 if unit == "Y" else 1))
            return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1])).isoformat()
    m = re.fullmatch(r"(\d{4})-W(\d\d)", value)
    if m and unit in "DW":
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return iso_week(monday + dt.timedelta(days=amount * (7 if unit == "W" else 1)))
    m = re.fullmatch(r"(\d{4})-(\d\d)", value)
    if m and unit in "MY":
        year, month = add_months(int(m[1]), int(m[2]), amount * (12 if unit == "Y" else 1))
        return f"{year:04d}-{month:02d}"
    m = re.fullmatch(r"(\d{4})(-Q\d|-H\d|-SP|-SU|-FA|-WI)?", value)
    if m and unit == "Y":
        return f"{int(m[1]) + amount:04d}{m[2] or ''}"
    return None


def year_for(month: int, day: int | None, anchor: dt.date, tense: int) -> int:
    """The year of a month (and day) written without one, seen from ``anchor``.

    It is the anchor's year unless that puts it too far off: more than six months
    ahead (news mostly reports the past: "since early December", written in February,
    is last December), or more than two months ahead in a sentence in the past tense
    (``tense`` -1), or more than two months back in one in the future tense (+1).
    """
    same = dt.date(anchor.year, month, min(day or 15, 28))
    ahead = (same - anchor).days
    if ahead > 183 or (tense < 0 and ahead > 61):
        return anchor.year - 1
    if tense > 0 and ahead < -61:
        return anchor.year + 1
    return anchor.year


def number_value(words: str) -> int | float | None:
    """'10' -> 10, 'ten' -> 10, 'twenty-four' -> 24, 'a' -> 1, 'several' -> None."""
    words = words.lower().strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", words):
        return float(words) if "." in words else int(words)
    if words in NUMBERS:
        return NUMBERS[words]
    parts = re.split(r"[- ]", words)
    if all(p in NUMBERS and NUMBERS[p] for p in parts):
        return sum(NUMBERS[p] for p in parts)
    return None


def duration(amount: int | float | None, unit: str) -> str:
    """A TIMEX3 duration: (10, 'day') -> 'P10D', (24, 'hour') -> 'PT24H', (None, 'year') -> 'PXY'."""
    unit = unit.lower().rstrip("s")
    code = UNITS[unit]
    number = "X" if amount is None else (f"{amount:g}" if isinstance(amount, float) else str(amount))
    if code == "DE":
        return f"P{number}0Y" if amount is not None else "PXDE"
    if code == "CE":
        return f"P{number}00Y" if amount is not None else "PXCE"
    if code in ("H", "MIN"):
        return f"PT{number}{'H' if code == 'H' else 'M'}"
    return f"P{number}{code}"


# ---------------------------------------------------------------------------
# The rules
# ---------------------------------------------------------------------------


@dataclass
class Context:
    """What a resolver knows: the anchor, the text, and the dates mentioned so far."""

    anchor: dt.date | None
    text: str
    last_day: str | None = None  # the last day-level date mentioned ("2020-02-03")
    last_quarter: str | None = None  # the last quarter mentioned ("1989-Q3")

    def tense(self, start: int, end: int, prepositions: bool = True) -> int:
        """+1 if the sentence around ``start..end`` speaks of the future, -1 of the past, 0 unknown.

        Reads the words before the date, nearest first (at most eight, within the
        sentence), then up to five words after it: the first verb that shows a tense
        decides. "-ed" words and past forms ("said", "took") are past; "will",
        "would", "to" (planned *to* leave), "scheduled" and "next" are future.
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
        for words in (reversed(before_words[-8:]), _WORD.findall(after)[:5]):
            for word in words:
                word = word.lower()
                if word in _FUTURE_WORDS:
                    return 1
                if word in _PAST_WORDS or (word.endswith("ed") and len(word) > 4):
                    return -1
        return 0


Resolver = Callable[[re.Match, Context], "tuple[str, str] | None"]


@dataclass
class Rule:
    """One way of writing a date: a name, a regular expression and how to resolve a match."""

    name: str
    pattern: re.Pattern
    resolve: Resolver


RULES: list[Rule] = []


def rule(name: str, pattern: str, flags: int = 0) -> Callable[[Resolver], Resolver]:
    """Register a resolver for ``pattern`` (the match's text is the expression)."""

    def register(function: Resolver) -> Resolver:
        RULES.append(Rule(name, re.compile(pattern, flags), function))
        return function

    return register


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _day_value(ctx: Context, month: int, day: int, year: str | None, start: int, end: int) -> str | None:
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


# --- explicit dates ----------------------------------------------------------


@rule("ISO date", r"\b(\d{4})-(\d\d)-(\d\d)\b")
def _iso(m, ctx):
    try:
        return "DATE", dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


@rule("numeric date", r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\d/])")
def _numeric(m, ctx):
    """17/02/2020 is day first (17 cannot be a month); 2/17/2020 month first; when both
    could be either, day first, as in most of the world's news (and RT's)."""
    a, b, year = int(m[1]), int(m[3]), int(m[4])
    day, month = (b, a) if b > 12 else (a, b)
    try:
        return "DATE", dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _with_weekday(ctx: Context, weekday: str | None, month: int, day: int, year: str | None) -> str | None:
    """'Saturday, April 25' with no year: the year near the anchor in which it is a Saturday."""
    if not weekday or year or ctx.anchor is None:
        return None
    wanted = WEEKDAYS[weekday.lower()]
    for y in (ctx.anchor.year, ctx.anchor.year - 1, ctx.anchor.year + 1):
        try:
            if dt.date(y, month, day).isoweekday() == wanted:
                return dt.date(y, month, day).isoformat()
        except ValueError:
            continue  # 29 February: not in every year
    return None


@rule(
    "month day year", rf"\b(?:({_WEEKDAY}),? )?({_MONTH}) ?(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? ({_YEAR})\b)?"
)
def _month_day(m, ctx):
    month, day = _month(m[2]), int(m[3])
    value = _with_weekday(ctx, m[1], month, day, m[4]) or _day_value(
        ctx, month, day, m[4], m.start(), m.end()
    )
    return ("DATE", value) if value else None


@rule(
    "day month year",
    rf"\b(?:({_WEEKDAY}),? )?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MONTH})(?:,? ({_YEAR}))?\b",
)
def _day_month(m, ctx):
    month, day = _month(m[3]), int(m[2])
    value = _with_weekday(ctx, m[1], month, day, m[4]) or _day_value(
        ctx, month, day, m[4], m.start(), m.end()
    )
    return ("DATE", value) if value else None


@rule("month year", rf"\b(?:(?i:{_PART})[- ](?:of )?)?({_MONTH}),? (?:of )?({_YEAR})\b")
def _month_year(m, ctx):
    return "DATE", f"{m[2]}-{_month(m[1]):02d}"


@rule("month last/this/next year", rf"\b(?:(?i:{_PART})[- ](?:of )?)?({_MONTH}) (?i:(last|this|next) year)\b")
def _month_relative_year(m, ctx):
    month = _month(m[1])
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}"
    year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[m[2].lower()]
    return "DATE", f"{year}-{month:02d}"


@rule("last/this/next month", rf"\b(?i:(last|this|next|this past|this coming) )({_MONTH})(?!\.? ?\d)\b")
def _relative_month(m, ctx):
    month = _month(m[2])
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}"
    which, year = m[1].lower(), ctx.anchor.year
    if which in ("last", "this past"):
        year -= month >= ctx.anchor.month
    elif which in ("next", "this coming"):
        year += month <= ctx.anchor.month
    return "DATE", f"{year}-{month:02d}"


@rule("month", rf"(?:\b(?i:{_PART})[- ](?:of )?)?\b({_MONTH_FULL})\b")
def _bare_month(m, ctx):
    """A month name alone: 'in October', 'since early December'. "May" and "March" only
    after a word that makes them a month (in, since, until, by, early...)."""
    name = m[1]
    if name in ("May", "March"):
        before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
        if m.group(0) == name and not re.search(
            r"\b(in|since|until|by|from|of|during|through|before|after)\s$", before
        ):
            return None
    month = _month(name)
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}"
    return "DATE", f"{year_for(month, None, ctx.anchor, ctx.tense(m.start(), m.end()))}-{month:02d}"


@rule(
    "year",
    rf"(?:\b(?i:{_PART}|fiscal|calendar)[- ])?(?<![$£€#\d,.])\b({_YEAR})\b(?![-,.]?\d|%| percent|-year)(?:'s)?",
)
def _year(m, ctx):
    return "DATE", m[1]


@rule("decade", r"\b(?:(?i:the )?(?i:(?:early|late|mid)[- ])?)(1[6-9]\d|20\d)0'?s\b")
def _decade(m, ctx):
    return "DATE", m[1]


@rule(
    "quarter",
    rf"\b(?i:(?:the |its |a )?(?:({_YEAR}) )?(?:fiscal[- ])?(first|second|third|fourth|1st|2nd|3rd|4th)"
    rf"[- ](?:fiscal[- ])?quarter)(?: (?i:of) ({_YEAR}))?",
)
def _quarter(m, ctx):
    year = m[1] or m[3] or (ctx.anchor.year if ctx.anchor else None)
    quarter = ORDINALS[m[2].lower()]
    return "DATE", f"{year}-Q{quarter}" if year else f"XXXX-Q{quarter}"


@rule(
    "this quarter",
    r"\b(?i:(?:the|this|that) (?:latest |most recent |current |same |recent )?quarter"
    r"|the (?:latest|most recent) period|the current quarter)\b",
)
def _the_quarter(m, ctx):
    """'the quarter' is the quarter last mentioned, else the last complete one."""
    if "current" in m[0].lower() and ctx.anchor:
        return "DATE", f"{ctx.anchor.year}-Q{(ctx.anchor.month - 1) // 3 + 1}"
    if ctx.last_quarter:
        return "DATE", ctx.last_quarter
    if ctx.anchor is None:
        return "DATE", "XXXX-QX"
    year, month = add_months(ctx.anchor.year, ctx.anchor.month, -3)
    return "DATE", f"{year}-Q{(month - 1) // 3 + 1}"


@rule(
    "year ago",
    r"\b(?i:(?:the )?(?:comparable |same )?(?:a )?year[- ](?:earlier|ago|before)"
    r"(?: (?:first |second |third |fourth )?(?:quarter|period))?)\b",
)
def _year_ago(m, ctx):
    """'a year earlier' in an earnings report means the same quarter a year before."""
    if ctx.last_quarter and re.fullmatch(r"\d{4}-Q\d", ctx.last_quarter):
        return "DATE", shift(ctx.last_quarter, -1, "Y")
    return "DATE", str(ctx.anchor.year - 1) if ctx.anchor else "XXXX"


@rule("half", rf"\b(?i:(?:the )?(first|second|last) half)(?: (?i:of) ({_YEAR}))?")
def _half(m, ctx):
    year = m[2] or (ctx.anchor.year if ctx.anchor else "XXXX")
    return "DATE", f"{year}-H{1 if m[1].lower() == 'first' else 2}"


@rule(
    "season",
    rf"\b(?i:(last|this|next|this past|the) )?(?i:(spring|summer|fall|autumn|winter))\b(?: (?i:of )?({_YEAR}))?",
)
def _season(m, ctx):
    code = SEASONS[m[2].lower()]
    if m[3]:
        return "DATE", f"{m[3]}-{code}"
    if m[1] is None and not re.search(
        r"\b(?:in|during|by|until|since|over|through)\s+$", ctx.text[max(0, m.start() - 10) : m.start()], re.I
    ):
        return None
    if ctx.anchor is None:
        return "DATE", f"XXXX-{code}"
    which = (m[1] or "this").lower()
    return "DATE", f"{ctx.anchor.year + {'last': -1, 'next': 1}.get(which, 0)}-{code}"


# --- relative to the anchor --------------------------------------------------


@rule("today", r"\b(?i:(?:earlier |later |late |early )?(today|yesterday|tomorrow|tonight))\b")
def _today(m, ctx):
    if ctx.anchor is None:
        return "DATE", "XXXX-XX-XX"
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m[1].lower()]
    return "DATE", (ctx.anchor + dt.timedelta(days=offset)).isoformat()


@rule(
    "weekday",
    rf"\b(?:(?i:(last|this|next|this coming|this past|the previous|the following|earlier|early|late|later) ))?"
    rf"({_WEEKDAY})(?:'s)?(?: (?i:morning|afternoon|evening|night))?\b",
)
def _weekday(m, ctx):
    weekday = WEEKDAYS[m[2].lower()]
    if ctx.anchor is None:
        return "DATE", f"XXXX-WXX-{weekday}"
    which = (m[1] or "").lower()
    if which in ("last", "this past", "the previous"):
        direction = -2
    elif which in ("next", "this coming", "the following"):
        direction = 1
    elif which == "this":
        direction = 0
    else:
        direction = 1 if ctx.tense(m.start(), m.end(), prepositions=False) > 0 else -1
    return "DATE", weekday_near(ctx.anchor, weekday, direction).isoformat()


@rule(
    "last/this/next unit",
    r"\b(?i:(?:(earlier|later|early|late|the end of|the beginning of|the start of|the middle of|mid) )?"
    r"(last|this|next|this past|this coming|the coming|the current|the past) (week|weekend|month|year|decade|century))\b",
)
def _relative_unit(m, ctx):
    which, unit = m[2].lower(), m[3].lower()
    if which == "the past" and unit != "weekend":
        return "DURATION", "P1" + UNITS[unit]
    step = {
        "last": -1,
        "this past": -1 if unit == "weekend" else 0,
        "next": 1,
        "this coming": 1,
        "the coming": 1,
    }.get(which, 0)
    a = ctx.anchor
    if a is None:
        return "DATE", {
            "week": "XXXX-WXX",
            "weekend": "XXXX-WXX-WE",
            "month": "XXXX-XX",
            "year": "XXXX",
            "decade": "XXX",
            "century": "XX",
        }[unit]
    if unit == "week":
        return "DATE", iso_week(a + dt.timedelta(weeks=step))
    if unit == "weekend":
        saturday = weekday_near(a, 6, -2 if step < 0 else (1 if step > 0 else 0))
        return "DATE", iso_week(saturday) + "-WE"
    if unit == "month":
        year, month = add_months(a.year, a.month, step)
        return "DATE", f"{year}-{month:02d}"
    if unit == "year":
        return "DATE", str(a.year + step)
    if unit == "decade":
        return "DATE", str(a.year // 10 + step)
    return "DATE", str(a.year // 100 + step)


@rule(
    "ago",
    rf"\b(?i:(?:about |nearly |almost |some |more than |over |just )?({_COUNT}|a few|several|a|an) "
    rf"({_UNIT})s? (ago|earlier|later|before|after|from now|previously))\b",
)
def _ago(m, ctx):
    """'two years ago' from the anchor; '10 days later' from the last date mentioned."""
    amount, unit, word = number_value(m[1]), m[2].lower(), m[3].lower()
    if unit in ("hour", "minute"):
        return None
    if word in ("ago", "from now"):
        base = ctx.anchor.isoformat() if ctx.anchor else None
    else:
        base = ctx.last_day or (ctx.anchor.isoformat() if ctx.anchor else None)
    sign = -1 if word in ("ago", "earlier", "before", "previously") else 1
    if amount is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    if base is None:
        return "DATE", "XXXX-XX-XX" if unit in ("day", "week") else "XXXX"
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", base):
        return "DATE", "XXXX"
    step = sign * int(amount)
    if unit in ("day", "week"):
        return "DATE", shift(base, step, UNITS[unit])  # a day: '10 days later'
    if unit == "month":
        return "DATE", shift(base[:7], step, "M")  # a month: 'two months ago'
    if unit == "year":
        return "DATE", shift(base[:4], step, "Y")  # a year: 'two years ago'
    year = int(base[:4])
    if unit == "decade":
        return "DATE", str((year + 10 * step) // 10)
    return "DATE", str((year + 100 * step) // 100)


@rule(
    "anaphoric day",
    r"\b(?i:the (?:next|following|previous) (day|morning|week|month|year)|the day (before|after)|"
    r"(?:that|the same) (day|year|month|week)|later that (year|month|day|week)|earlier that (year|month|day|week))\b",
)
def _anaphoric(m, ctx):
    """'the next day', 'that year': from the last date the text mentioned."""
    unit = next(g for g in m.groups() if g).lower()
    text = m[0].lower()
    step = (
        1
        if ("next" in text or "following" in text or "after" in text)
        else (-1 if ("previous" in text or "before" in text) else 0)
    )
    unit = {"morning": "day", "before": "day", "after": "day"}.get(unit, unit)
    base = ctx.last_day or (ctx.anchor.isoformat() if ctx.anchor else None)
    if base is None:
        return "DATE", "XXXX-XX-XX"
    if unit == "day":
        return "DATE", shift(base, step, "D")
    if unit == "week":
        return "DATE", shift(iso_week(dt.date.fromisoformat(base)), step, "W")
    if unit == "month":
        return "DATE", shift(base[:7], step, "M")
    return "DATE", shift(base[:4], step, "Y")


@rule("the weekend", r"\b(?i:(?:over|during|on|at|ahead of|since|before|after) the weekend)\b")
def _the_weekend(m, ctx):
    """'over the weekend': the most recent weekend ('ahead of the weekend': the next)."""
    if ctx.anchor is None:
        return "DATE", "XXXX-WXX-WE"
    ahead = m[0].lower().startswith(("ahead", "before"))
    saturday = weekday_near(ctx.anchor, 6, 1 if ahead else -2)
    return "DATE", iso_week(saturday) + "-WE"


@rule(
    "year end",
    r"\b(?i:(?:around )?(?:the )?(?:year[- ]end|year's end|end of the year|end of this year|"
    r"full year|current year|current fiscal year|fiscal year|this fiscal year|end of (?:the |this )?month))\b",
)
def _year_end(m, ctx):
    if ctx.anchor is None:
        return "DATE", "XXXX-XX" if "month" in m[0].lower() else "XXXX"
    if "month" in m[0].lower():
        return "DATE", f"{ctx.anchor.year}-{ctx.anchor.month:02d}"
    return "DATE", str(ctx.anchor.year)


@rule("year's quarter", r"\b(?i:(this|last|next) year's (?:(first|second|third|fourth) )?quarter)\b")
def _years_quarter(m, ctx):
    quarter = ORDINALS[m[2].lower()] if m[2] else None
    if quarter is None and ctx.last_quarter:
        quarter = int(ctx.last_quarter[-1])
    if ctx.anchor is None or quarter is None:
        return "DATE", "XXXX-QX"
    return "DATE", f"{ctx.anchor.year + {'last': -1, 'this': 0, 'next': 1}[m[1].lower()]}-Q{quarter}"


@rule("year period", rf"\b(?i:the) ({_YEAR}) (?i:period|quarter)\b")
def _year_period(m, ctx):
    """'the 1988 period' in an earnings report: that year's quarter under discussion."""
    if ctx.last_quarter:
        return "DATE", f"{m[1]}-Q{ctx.last_quarter[-1]}"
    return "DATE", m[1]


HOLIDAYS = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "independence day": (7, 4),
    "valentine's day": (2, 14),
}


@rule(
    "holiday",
    r"\b(?:last |this |next )?(?:Thanksgiving(?: Day)?|Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|"
    r"Independence Day|Valentine's Day)\b",
)
def _holiday(m, ctx):
    """Fixed holidays, and Thanksgiving (the fourth Thursday of November, in the US)."""
    name = re.sub(r"^(?:last|this|next) ", "", m[0]).lower()
    if name.startswith("thanksgiving"):
        month, day = 11, None
    else:
        month, day = HOLIDAYS[name]
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}" if day else "XXXX-11-XX"
    year = year_for(
        month, day or 25, ctx.anchor, 1 if m[0].startswith("next") else ctx.tense(m.start(), m.end())
    )
    if m[0].startswith("last ") and dt.date(year, month, day or 28) >= ctx.anchor:
        year -= 1
    if day is None:
        first = dt.date(year, 11, 1)
        day = 1 + (4 - first.isoweekday()) % 7 + 21
    return "DATE", f"{year}-{month:02d}-{day:02d}"


@rule(
    "spelled year",
    rf"\b(?i:(?:the year )?(nineteen|two thousand)(?: (?:and )?({_TENS})(?:[- ]({_ONES}))?| ({_ONES}))?)\b",
)
def _spelled_year(m, ctx):
    """Years read aloud in broadcast transcripts: 'nineteen ninety-six', 'the year two thousand'."""
    if m[1].lower() == "nineteen" and not m[2]:
        return None
    tens = NUMBERS[m[2].lower()] if m[2] else 0
    ones = NUMBERS[(m[3] or m[4] or "").lower()] if (m[3] or m[4]) else 0
    base = 1900 if m[1].lower() == "nineteen" else 2000
    return "DATE", str(base + tens + ones)


@rule(
    "spelled decade", r"\b(?i:the (twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b"
)
def _spelled_decade(m, ctx):
    return "DATE", "19" + str(NUMBERS[m[1].lower()[:-3] + "y"] // 10)


# --- vague references ---------------------------------------------------------

_PRESENT = (
    r"now|right now|just now|currently|at present|presently|at the moment|these days|nowadays|"
    r"at this time|for now|the present|this time"
)
_PAST = (
    r"recently|lately|the past|recent (?:days|weeks|months|years)|(?:several|a few|some|many) (?:days|weeks|months|years) ago|"
    r"the last few (?:days|weeks|months|years)|past (?:years|months|weeks)|(?:once|years) ago"
)
_FUTURE = (
    r"the future|in future|the near future|(?:the )?coming (?:days|weeks|months|years)|the near term|"
    r"the short term|the long term|later|a later date|"
    r"(?:the )?(?:next|coming) (?:few|several) (?:days|weeks|months|years)|in the years ahead"
)


@rule("present", rf"\b(?i:{_PRESENT})\b")
def _present(m, ctx):
    if m[0].lower() == "now" and re.match(r"\s*that\b", ctx.text[m.end() : m.end() + 6], re.I):
        return None  # "now that" gives a reason, not a time
    return "DATE", "PRESENT_REF"


@rule("past", rf"\b(?i:{_PAST})\b")
def _past(m, ctx):
    if re.match(r"\s+as\b", ctx.text[m.end() : m.end() + 4]):
        return None  # "as recently as January": the date is January
    return "DATE", "PAST_REF"


@rule("future", rf"\b(?i:{_FUTURE})\b")
def _future(m, ctx):
    if m[0].lower() == "later" and not re.search(
        r"\b(?:will|would|'ll)\b", ctx.text[max(0, m.start() - 60) : m.start()]
    ):
        return None  # "later" only as the future ("will decide later"), not "two days later"
    return "DATE", "FUTURE_REF"


# --- durations, sets and times --------------------------------------------------


@rule(
    "duration",
    rf"\b(?i:(?:the |a |an )?(?:(?:past|last|next|first|coming|previous|final|following) )?"
    rf"(?:(?:about|nearly|almost|some|more than|over|just|at least) )?({_COUNT}|several|a few|few|many|a|an) "
    rf"({_UNIT}|weekend)s?)\b",
)
def _duration(m, ctx):
    """'10 days', 'the past two weeks', 'a week': how long."""
    return "DURATION", duration(number_value(m[1]), m[2])


@rule(
    "duration adjective",
    rf"\b(?i:(?:(?:about|nearly|almost|some|more than|over) )?({_COUNT})-({_UNIT}))\b(?!-old)",
)
def _duration_adjective(m, ctx):
    """'a nine-year war': the duration is 'nine-year' (not an age: 'a 63-year-old')."""
    return "DURATION", duration(number_value(m[1]), m[2])


@rule(
    "the past unit",
    r"\b(?i:the (?:past|last|previous|next|coming|following) (day|week|month|year|decade|hour))\b",
)
def _the_past_unit(m, ctx):
    return "DURATION", duration(1, m[1])


@rule(
    "set",
    r"\b(?i:(daily|weekly|monthly|annually|yearly|hourly|nightly)|(?:every|each|per|a) (day|week|month|year|night))\b",
)
def _set(m, ctx):
    word = (m[1] or m[2]).lower()
    code = {
        "daily": "P1D",
        "day": "P1D",
        "nightly": "P1D",
        "night": "P1D",
        "weekly": "P1W",
        "week": "P1W",
        "monthly": "P1M",
        "month": "P1M",
        "annually": "P1Y",
        "yearly": "P1Y",
        "year": "P1Y",
        "hourly": "PT1H",
    }[word]
    if m[2] and m[0].lower().startswith("a "):
        return None  # "a day" is usually a duration, not "per day"
    return "SET", code


@rule("clock time", r"\b(\d{1,2})(?::(\d\d))? ?(?i:(a\.m\.|p\.m\.|am|pm)|(GMT|EST|EDT|local time))")
def _clock(m, ctx):
    hour, minute = int(m[1]), int(m[2] or 0)
    if hour > 23 or minute > 59:
        return None
    suffix = (m[3] or "").lower()
    if suffix.startswith("p") and hour < 12:
        hour += 12
    if suffix.startswith("a") and hour == 12:
        hour = 0
    day = ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX"
    return "TIME", f"{day}T{hour:02d}:{minute:02d}"


@rule(
    "part of day",
    r"\b(?i:(this|yesterday|tomorrow|last|early this|late this) (morning|afternoon|evening|night))\b",
)
def _part_of_day(m, ctx):
    offset = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(m[1].lower(), 0)
    code = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}[m[2].lower()]
    day = (ctx.anchor + dt.timedelta(days=offset)).isoformat() if ctx.anchor else "XXXX-XX-XX"
    return "TIME", f"{day}T{code}"


# ---------------------------------------------------------------------------
# Putting it together
# ---------------------------------------------------------------------------

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
    ``"YYYY-MM-DD"``, ``datetime.date``, ``datetime.datetime`` or ``pandas.Timestamp``.
    Returns one row per expression, in text order: ``text`` (as written, so
    ``text[start:end] == row.text``), ``start``, ``end``, ``type`` (DATE, TIME, DURATION or
    SET) and ``value`` (TIMEX3, e.g. ``2020-02-11``, ``2020-W07``, ``2019-10``,
    ``PAST_REF``, ``P1W``).

    With ``anchor=None`` (or NaT) nothing relative can be resolved: explicit dates keep
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
            "text": list(texts),
            "start": np.array(starts, dtype=np.int64),
            "end": np.array(ends, dtype=np.int64),
            "type": list(kinds),
            "value": list(values),
        },
        columns=COLUMNS,
    )
