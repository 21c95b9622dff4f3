"""Rules for vague references ("recently"), durations ("10 days"), sets ("daily") and times ("10:30 a.m.")."""

from __future__ import annotations

import datetime as dt
import re

from helpers.dates.rule import RuleList
from helpers.dates.values import duration, number_value
from helpers.dates.words import _COUNT, _UNIT

RULES = RuleList()
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


@RULES.rule("present", rf"\b(?i:{_PRESENT})\b")
def _present(m, ctx):
    if m[0].lower() == "now" and re.match(r"\s*that\b", ctx.text[m.end() : m.end() + 6], re.I):
        return None  # "now that" gives a reason, not a time
    return "DATE", "PRESENT_REF"


@RULES.rule("past", rf"\b(?i:{_PAST})\b")
def _past(m, ctx):
    if re.match(r"\s+as\b", ctx.text[m.end() : m.end() + 4]):
        return None  # "as recently as January": the date is January
    return "DATE", "PAST_REF"


@RULES.rule("future", rf"\b(?i:{_FUTURE})\b")
def _future(m, ctx):
    if m[0].lower() == "later" and not re.search(
        r"\b(?:will|would|'ll)\b", ctx.text[max(0, m.start() - 60) : m.start()]
    ):
        return None  # "later" only as the future ("will decide later"), not "two days later"
    return "DATE", "FUTURE_REF"


# --- durations, sets and times --------------------------------------------------


@RULES.rule(
    "duration",
    rf"\b(?i:(?:the |a |an )?(?:(?:past|last|next|first|coming|previous|final|following) )?"
    rf"(?:(?:about|nearly|almost|some|more than|over|just|at least) )?({_COUNT}|several|a few|few|many|a|an) "
    rf"({_UNIT}|weekend)s?)\b",
)
def _duration(m, ctx):
    """'10 days', 'the past two weeks', 'a week': how long."""
    return "DURATION", duration(number_value(m[1]), m[2])


@RULES.rule(
    "duration adjective",
    rf"\b(?i:(?:(?:about|nearly|almost|some|more than|over) )?({_COUNT})-({_UNIT}))\b(?!-old)",
)
def _duration_adjective(m, ctx):
    """'a nine-year war': the duration is 'nine-year' (not an age: 'a 63-year-old')."""
    return "DURATION", duration(number_value(m[1]), m[2])


@RULES.rule(
    "the past unit",
    r"\b(?i:the (?:past|last|previous|next|coming|following) (day|week|month|year|decade|hour))\b",
)
def _the_past_unit(m, ctx):
    return "DURATION", duration(1, m[1])


@RULES.rule(
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


@RULES.rule("clock time", r"\b(\d{1,2})(?::(\d\d))? ?(?i:(a\.m\.|p\.m\.|am|pm)|(GMT|EST|EDT|local time))")
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


@RULES.rule(
    "part of day",
    r"\b(?i:(this|yesterday|tomorrow|last|early this|late this) (morning|afternoon|evening|night))\b",
)
def _part_of_day(m, ctx):
    offset = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(m[1].lower(), 0)
    code = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}[m[2].lower()]
    day = (ctx.anchor + dt.timedelta(days=offset)).isoformat() if ctx.anchor else "XXXX-XX-XX"
    return "TIME", f"{day}T{code}"
