"""Calendar arithmetic and TIMEX3 values: what a value means, how to move it, how to write one.

A TIMEX3 value names a stretch of the calendar: ``2020-02-11`` a day, ``2020-W07`` a
week, ``2019-12`` a month, ``1989-Q3`` a quarter, ``2018`` a year, ``198`` a decade.
:func:`value_interval` reads one into its first and last day; :func:`shift` moves one
("10 days later", "a year earlier"). Years run from 1 to 9999 (Python's ``datetime.date``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re

import numpy as np
import pandas as pd

from helpers.dates.words import NUMBERS, UNITS

__all__ = [
    "SEASON_MONTHS",
    "add_months",
    "duration",
    "iso_week",
    "month_end",
    "number_value",
    "shift",
    "to_anchor",
    "value_interval",
    "weekday_near",
    "year_for",
]


def to_anchor(anchor: object) -> dt.date | None:
    """The anchor as a ``datetime.date``; None for None, NaT or a missing value.

    Accepts a ``str`` in ISO form (``"2020-02-11"``, or with a time after it), a
    ``datetime.date``, a ``datetime.datetime``, a pandas ``Timestamp`` or a numpy
    ``datetime64``; ``NaT`` of either kind means "no date" (an undated article).

    >>> to_anchor("2020-02-11T10:32:00Z"), to_anchor(np.datetime64("NaT"))
    (datetime.date(2020, 2, 11), None)
    """
    if anchor is None or anchor is pd.NaT:
        return None
    if isinstance(anchor, np.datetime64):  # what ``published.to_numpy()[i]`` gives
        if np.isnat(anchor):
            return None  # an undated article
        day = anchor.astype("datetime64[D]").item()  # any year 1-9999, unlike a Timestamp
        if not isinstance(day, dt.date):
            raise ValueError(f"anchor {anchor!r} is outside the years 1-9999")
        return day
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
    if anchor is pd.NA or (isinstance(anchor, float) and math.isnan(anchor)):
        return None  # a missing value
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


#: The months of each season, as TIMEX3 writes them (winter runs from December to month 14,
#: February of the next year).
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month; ``month`` may run past 12 (month 14 of 2019 is February 2020).

    >>> month_end(2020, 2), month_end(2019, 14)
    (datetime.date(2020, 2, 29), datetime.date(2020, 2, 29))
    """
    year, month = add_months(year, 1, month - 1)
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _interval(value: str) -> tuple[dt.date | None, dt.date | None, str]:
    """The work of :func:`value_interval` (which catches the ValueError of a day that does not exist)."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?", value)
    if m:
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return day, day, "day"
    m = re.fullmatch(r"(\d{4})-W(\d\d?)(-WE)?", value)
    if m:
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "weekend"
        return monday, monday + dt.timedelta(days=6), "week"
    m = re.fullmatch(r"(\d{4})-(\d\d)", value)
    if m:
        return dt.date(int(m[1]), int(m[2]), 1), month_end(int(m[1]), int(m[2])), "month"
    m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if m:
        first = 3 * int(m[2]) - 2
        return dt.date(int(m[1]), first, 1), month_end(int(m[1]), first + 2), "quarter"
    m = re.fullmatch(r"(\d{4})-H([12])", value)
    if m:
        first = 6 * int(m[2]) - 5
        return dt.date(int(m[1]), first, 1), month_end(int(m[1]), first + 5), "half year"
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        first, last = SEASON_MONTHS[m[2]]
        return dt.date(int(m[1]), first, 1), month_end(int(m[1]), last), "season"
    if re.fullmatch(r"\d{4}", value):
        return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31), "year"
    if re.fullmatch(r"\d{3}", value):
        return dt.date(max(1, int(value) * 10), 1, 1), dt.date(int(value) * 10 + 9, 12, 31), "decade"
    if re.fullmatch(r"\d{2}", value):
        return dt.date(max(1, int(value) * 100), 1, 1), dt.date(int(value) * 100 + 99, 12, 31), "century"
    return None, None, "vague"


def value_interval(value: str) -> tuple[dt.date | None, dt.date | None, str]:
    """The first and last day a TIMEX3 value covers, and its granularity.

    The granularity is ``day`` (a time of day counts as its day), ``weekend``, ``week``,
    ``month``, ``quarter``, ``half year``, ``season``, ``year``, ``decade`` or
    ``century``; anything else (``PAST_REF``, ``XXXX-10``, a duration, a value that names
    no real day such as ``2020-02-30`` or the year 0) is ``vague``, with no days.

    >>> value_interval("2020-W07")
    (datetime.date(2020, 2, 10), datetime.date(2020, 2, 16), 'week')
    >>> value_interval("2019-12")
    (datetime.date(2019, 12, 1), datetime.date(2019, 12, 31), 'month')
    >>> value_interval("164")  # the 1640s
    (datetime.date(1640, 1, 1), datetime.date(1649, 12, 31), 'decade')
    >>> value_interval("PAST_REF")
    (None, None, 'vague')
    """
    if not isinstance(value, str):
        raise TypeError(f"value must be a str, not {type(value).__name__}")
    try:
        return _interval(value)
    except ValueError:  # month 13, 30 February, week 54, the year 0
        return None, None, "vague"


def shift(value: str, amount: int, unit: str) -> str | None:
    """Move a resolved TIMEX3 value by ``amount`` units (D, W, M, Y), keeping its granularity.

    A day moved by months or years keeps its day of the month where it can, and
    otherwise becomes the last day of the month (31 January + 1 month: 29 February).
    A time of day keeps its time. None if the value cannot be moved in that unit (a
    week by months, ``PAST_REF``) or would leave the years 1-9999.

    >>> shift("2020-02-03", 10, "D"), shift("2020-W07", -1, "W"), shift("2019", 1, "Y")
    ('2020-02-13', '2020-W06', '2020')
    """
    first, _, granularity = value_interval(value)
    if first is None:
        return None
    days = {"D": 1, "W": 7}.get(unit)
    months = {"M": 1, "Y": 12}.get(unit)
    try:
        if granularity == "day":
            time = value[10:]  # "T10:30", "TMO" or nothing
            if days:
                return (first + dt.timedelta(days=amount * days)).isoformat() + time
            if months:  # the same day of the month, or the month's last day if it has fewer
                year, month = add_months(first.year, first.month, amount * months)
                return dt.date(year, month, min(first.day, month_end(year, month).day)).isoformat() + time
        if granularity in ("week", "weekend") and days:
            return iso_week(first + dt.timedelta(days=amount * days)) + value[8:]  # "-WE" stays
        if granularity == "month" and months:
            year, month = add_months(first.year, first.month, amount * months)
            return f"{year:04d}-{month:02d}" if 1 <= year <= 9999 else None
        if granularity in ("quarter", "half year", "season", "year") and unit == "Y":
            year = first.year + amount
            return f"{year:04d}{value[4:]}" if 1 <= year <= 9999 else None
    except (OverflowError, ValueError):  # before the year 1 or after 9999
        return None
    return None


def year_for(month: int, day: int | None, anchor: dt.date, tense: int) -> int:
    """The year of a month (and day) written without one, seen from ``anchor``.

    In a sentence in the future tense (``tense`` +1) it is the next such month unless
    that is only two months back ("will meet in December", written in February, is next
    December). Otherwise it is the anchor's year unless that puts it too far off: more
    than six months ahead (news mostly reports the past: "since early December", written
    in February, is last December), or more than two months ahead in a sentence in the
    past tense (-1).

    >>> d = dt.date(2020, 2, 11)
    >>> year_for(12, None, d, -1), year_for(12, None, d, 0), year_for(12, None, d, 1)
    (2019, 2019, 2020)
    """
    same = dt.date(anchor.year, month, min(day or 15, 28))
    ahead = (same - anchor).days
    if tense > 0:
        return anchor.year + 1 if ahead < -61 else anchor.year
    if ahead > 183 or (tense < 0 and ahead > 61):
        return anchor.year - 1
    return anchor.year


def number_value(words: str) -> int | float | None:
    """'10' -> 10, 'ten' -> 10, 'twenty-four' -> 24, 'a' -> 1, 'several' -> None."""
    words = words.lower().strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", words):
        return float(words) if "." in words else int(words)
    if words in NUMBERS:
        return NUMBERS[words]
    parts = re.split(r"[- ]", words)
    if all(NUMBERS.get(p) is not None for p in parts):
        return sum(NUMBERS[p] or 0 for p in parts)
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
