"""Rules for vague references ("recently"), durations ("10 days"), sets ("daily") and times ("10:30 a.m.").

Each rule's examples are read with the anchor Tuesday 11 February 2020 (see
:data:`helpers.dates.rule.EXAMPLE_ANCHOR`).
"""

from __future__ import annotations

import datetime as dt
import re

from helpers.dates.rule import Context, Match, Resolved, RuleList, _month
from helpers.dates.values import duration, month_end, number_value, weekday_near, year_for
from helpers.dates.words import _COUNT, _MONTH, _MONTH_FULL, _WEEKDAY, _YEAR, MONTHS, PARTS_OF_DAY, WEEKDAYS

__all__ = ["RULES"]

RULES = RuleList()

# --- vague references ---------------------------------------------------------

_PRESENT = (
    r"now|right now|just now|currently|at present|presently|at the moment|these days|nowadays|"
    r"at this time|the present|this time"
)
_PAST = (
    r"recently|lately|the past(?=[.,;:!?]|\s+(?:is|was|has|had|and|but|or|of|to|when|that)\b)|"
    r"recent (?:days|weeks|months|years)|(?:several|a few|some|many) (?:days|weeks|months|years) ago|"
    r"(?:once|years) ago"
)
_FUTURE = (
    r"the future|in future|the near future|the near term|the short term|the long term|later|a later date"
)


@RULES.rule(
    "present",
    rf"\b(?i:{_PRESENT})\b",
    "now current present moment days nowadays time",
    ("It is now clear.", "now", "DATE", "PRESENT_REF"),
    ("At the moment, no talks are planned.", "At the moment", "DATE", "PRESENT_REF"),
)
def _present(m: Match, ctx: Context) -> Resolved:
    """Now: 'currently', 'at the moment' (not 'now that', which gives a reason)."""
    if m[0].lower() == "now" and re.match(r"\s*that\b", ctx.text[m.end() : m.end() + 6], re.I):
        return None  # "now that" gives a reason, not a time
    return "DATE", "PRESENT_REF"


@RULES.rule(
    "past",
    rf"\b(?i:{_PAST})\b",
    "recent lately past ago",
    ("It was recently agreed.", "recently", "DATE", "PAST_REF"),
    ("Attacks rose in recent weeks.", "recent weeks", "DATE", "PAST_REF"),
)
def _past(m: Match, ctx: Context) -> Resolved:
    """Some time before now: 'recently', 'in recent weeks', 'in the past, ...'."""
    if re.match(r"\s+as\b", ctx.text[m.end() : m.end() + 4]):
        return None  # "as recently as January": the date is January
    return "DATE", "PAST_REF"


@RULES.rule(
    "future",
    rf"\b(?i:{_FUTURE})\b",
    "future term later",
    ("In the near future, it may.", "the near future", "DATE", "FUTURE_REF"),
    ("They will decide later.", "later", "DATE", "FUTURE_REF"),
)
def _future(m: Match, ctx: Context) -> Resolved:
    """Some time after now: 'in the near future', 'will decide later'."""
    if m[0].lower() == "later" and not re.search(
        r"\b(?:will|would|'ll)\b", ctx.text[max(0, m.start() - 60) : m.start()]
    ):
        return None  # "later" only as the future ("will decide later"), not "two days later"
    return "DATE", "FUTURE_REF"


# --- sets -----------------------------------------------------------------------

_SET_CODES = {
    "daily": "P1D",
    "day": "P1D",
    "nightly": "P1D",
    "night": "P1D",
    "weekly": "P1W",
    "week": "P1W",
    "monthly": "P1M",
    "month": "P1M",
    "quarterly": "P1Q",
    "quarter": "P1Q",
    "annually": "P1Y",
    "yearly": "P1Y",
    "year": "P1Y",
    "hourly": "PT1H",
    "hour": "PT1H",
}


#: A name right after "daily", "weekly" (not a weekday or month): the word names a newspaper.
_NAME_AFTER = re.compile(rf"\s+(?!(?:{_WEEKDAY}|{_MONTH})\b)[A-Z][a-z]")


@RULES.rule(
    "set",
    r"\b(?i:(daily|weekly|monthly|quarterly|annually|yearly|hourly|nightly)"
    r"|(?:every|each|per|a) (day|week|month|quarter|year|night|hour))\b(?![-'’])",
    "daily weekly monthly quarterly annually yearly hourly nightly day week month quarter year night hour",
    ("Prices are set daily.", "daily", "SET", "P1D"),
    ("They meet every week.", "every week", "SET", "P1W"),
    ("Qantas runs four flights a week.", "a week", "SET", "P1W"),
)
def _set(m: Match, ctx: Context) -> Resolved:
    """How often: 'daily', 'every week', '$2 million a year' (not 'for a year', a duration)."""
    code = _SET_CODES[(m[1] or m[2]).lower()]
    before = ctx.text[max(0, m.start() - 9) : m.start()]
    if m[1] and re.search(
        r"(?i)\b(?:a|an|the|its|his|her|their|our|average|initial|first)\s+$|['’]s\s+$", before
    ):
        return None  # "its quarterly dividend", "the daily tally": a kind of thing, not how often
    if m[1] and _NAME_AFTER.match(ctx.text, m.end()):
        return None  # "the Communist Party daily Granma": a newspaper, not how often
    if m[0].lower().startswith("a "):
        before = ctx.text[max(0, m.start() - 30) : m.start()]
        after = ctx.text[m.end() : m.end() + 12]
        # "four flights a week", "$500 million a year": a rate; "for a week", "a week ago": not
        if not re.search(r"(?:\d|\b(?:million|billion|thousand|hundred)|[a-z]{2,}s)\s$", before) or re.match(
            r"\s+(?:ago|earlier|later|after|before|old)\b", after
        ):
            return None
        if re.search(r"\b(?:for|in|within|than|about|over|after|before|once|twice)\s+\S*\s$", before):
            return None
    return "SET", code


@RULES.rule(
    "every weekday",
    rf"\b(?:(?i:every|each) ({_WEEKDAY})|({_WEEKDAY})s)(?: (?i:(morning|afternoon|evening|night))s?)?\b"
    rf"|\b({_WEEKDAY}) (?i:(morning|afternoon|evening|night))s\b",
    "monday tuesday wednesday thursday friday saturday sunday",
    ("The third flight leaves each Thursday.", "each Thursday", "SET", "XXXX-WXX-4"),
    ("They rally on Sundays.", "Sundays", "SET", "XXXX-WXX-7"),
    ("Flights leave on Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI"),
)
def _every_weekday(m: Match, ctx: Context) -> Resolved:
    """'every Monday', 'on Sundays', 'Tuesday nights': the day (and part of it) of each week."""
    if m[4]:  # "Tuesday nights"
        part = f"T{PARTS_OF_DAY[m[5].lower()]}"
        return "SET", f"XXXX-WXX-{WEEKDAYS[m[4].lower()]}{part}"
    part = f"T{PARTS_OF_DAY[m[3].lower()]}" if m[3] else ""
    return "SET", f"XXXX-WXX-{WEEKDAYS[(m[1] or m[2]).lower()]}{part}"


@RULES.rule(
    "every month",
    rf"\b(?i:every|each) ({_MONTH_FULL})\b",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    ("Orangemen march each July.", "each July", "SET", "XXXX-07"),
)
def _every_month(m: Match, ctx: Context) -> Resolved:
    """'every July', 'each December': that month of each year."""
    return "SET", f"XXXX-{MONTHS[m[1].lower()[:3]]:02d}"


# --- durations ----------------------------------------------------------------

#: Units of a duration, singular or plural ("centuries").
_DUR_UNIT = r"(?:day|week|month|year|decade|centur(?:y|ies)|hour|minute|quarter)s?"
_MODIFIER = r"(?:about|around|nearly|almost|some|more than|less than|no more than|over|at least|up to)"
_HALF = r"(?: and a half|[- ]1/2)"


def _duration_value(amount: int | float | None, unit: str, half: bool = False) -> str:
    """The TIMEX3 duration of ``amount`` units, with half a unit more if ``half``."""
    unit = unit.lower()
    unit = "century" if unit.startswith("centur") else unit.rstrip("s")
    if unit == "quarter":
        return "PXQ" if amount is None else f"P{amount:g}Q"
    value = duration(amount, unit)
    if half and amount is not None:
        extra = {"year": "6M", "day": "T12H", "hour": "30M", "minute": "30S"}.get(unit)
        if extra:
            value += extra
    return value


@RULES.rule(
    "duration",
    rf"\b(?i:(?:the (?:(?:past|last|next|first|coming|previous|final|following|latest) )?(?:{_MODIFIER} )?|"
    rf"(?:past|last|next|first|coming|previous|final|following) |(?:{_MODIFIER} ))?({_COUNT}|several|a few|few|many|a couple of|a|an)({_HALF})?(?: (?:more|additional|full))? "
    rf"({_DUR_UNIT})({_HALF})?)\b(?![-'’]|\s+old\b)",
    "day week month year decade centur hour minute quarter",
    ("Killed in the past two weeks.", "the past two weeks", "DURATION", "P2W"),
    ("Killed in the last 10 days.", "the last 10 days", "DURATION", "P10D"),
    ("For 24 hours, nothing moved.", "24 hours", "DURATION", "PT24H"),
    ("It took 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
    ("Talks resumed a month after the attack.", "a month", "DURATION", "P1M"),
    ("Over the next three quarters, sales fell.", "the next three quarters", "DURATION", "P3Q"),
)
def _duration(m: Match, ctx: Context) -> Resolved:
    """How long: '10 days', 'the past two weeks', 'a month' (after something), not an age ('52 years old')."""
    count = m[1].lower()
    amount = 2 if count == "a couple of" else number_value(count)
    return "DURATION", _duration_value(amount, m[3], bool(m[2] or m[4]))


@RULES.rule(
    "duration adjective",
    rf"\b(?i:(?:{_MODIFIER} )?({_COUNT}|several)-({_DUR_UNIT}))\b(?!-old)",
    "day week month year decade centur hour minute quarter",
    ("A nine-year war.", "nine-year", "DURATION", "P9Y"),
    ("The country's nearly nine-year war.", "nearly nine-year", "DURATION", "P9Y"),
)
def _duration_adjective(m: Match, ctx: Context) -> Resolved:
    """'a nine-year war': the duration is 'nine-year' (not an age: 'a 63-year-old')."""
    return "DURATION", _duration_value(number_value(m[1]), m[2])


@RULES.rule(
    "the past unit",
    r"\b(?i:the (?:past|last|previous|next|coming|following) (day|week|month|year|decade|hour))\b",
    "day week month year decade hour",
    ("Prices rose over the past year.", "the past year", "DURATION", "P1Y"),
)
def _the_past_unit(m: Match, ctx: Context) -> Resolved:
    """'the past year': the year up to now, a duration."""
    return "DURATION", duration(1, m[1])


@RULES.rule(
    "some units",
    r"(?:(?<=\b[Ff]or )|(?<=\b[Ii]n )|(?<=\b[Ff]or the )|(?<=\b[Ii]n the ))"
    r"(?i:(?:coming )?(weeks|months|years|decades|centuries))\b(?! (?:ago|of|before|after|later|earlier)\b)",
    "week month year decade centur",
    ("He has not spoken to them for years.", "years", "DURATION", "PXY"),
    ("Prices will rise in the coming years.", "coming years", "DURATION", "PXY"),
)
def _some_units(m: Match, ctx: Context) -> Resolved:
    """An unknown number of units: 'for years', 'for the first time in years', 'in the coming months'."""
    return "DURATION", _duration_value(None, m[1])


#: "ended Sept. 30", "ending Dec. 31, 1989": the last day of a period of accounts.
_ENDED = re.compile(rf" end(?:ed|ing) ({_MONTH}) ?(\d{{1,2}})\b(?:,? ({_YEAR})\b)?")


@RULES.rule(
    "period ended",
    r"\b(?i:the (?:(?:fiscal|financial|latest) )?(year|quarter|half|six months|nine months))(?= end(?:ed|ing)\b)",
    "year quarter half months",
    ("Profit for the year ended March 31 rose.", "the year", "DURATION", "P1Y"),
    ("Sales rose in the quarter ended Dec. 31.", "the quarter", "DATE", "2019-Q4"),
)
def _period_ended(m: Match, ctx: Context) -> Resolved:
    """'the year ended March 31': a period of accounts, a duration ending on its date.
    A quarter that ends on the last day of a calendar quarter ('the quarter ended
    Sept. 30') is that calendar quarter, a date."""
    unit = m[1].lower()
    ended = _ENDED.match(ctx.text, m.end())
    if unit == "quarter" and ended and ctx.anchor is not None:
        month, day = _month(ended[1]), int(ended[2])
        if month % 3 == 0 and day == month_end(2000, month).day:
            year = ended[3] or year_for(month, day, ctx.anchor, ctx.tense(m.start(), m.end()))
            return "DATE", f"{year}-Q{month // 3}"
    return "DURATION", {"year": "P1Y", "quarter": "P1Q", "half": "P6M"}.get(
        unit, f"P{number_value(unit[:-7])}M"
    )


# --- times of day ---------------------------------------------------------------

_DAY_AFTER = (
    rf"(?:,? (?:(?i:today|tonight|yesterday|tomorrow)|(?:(?i:on|this|last|next) )?{_WEEKDAY}"
    rf"|(?:(?i:on) )?{_MONTH} ?\d{{1,2}}\b))?"
)


def _time_day(ctx: Context, start: int, words: str) -> str:
    """The day a time of day belongs to: the weekday named with it, or the day last mentioned."""
    words = words.lower().strip(" ,")
    if ctx.anchor is None:
        return "XXXX-XX-XX"
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
    month_day = re.fullmatch(r"(?:on )?([a-z]+)\.? ?(\d+)", words)
    if month_day and month_day[1] in MONTHS:
        month, day = MONTHS[month_day[1]], int(month_day[2])
        try:
            return dt.date(
                year_for(month, day, ctx.anchor, ctx.tense(start, start + 1)), month, day
            ).isoformat()
        except ValueError:
            return ctx.anchor.isoformat()
    if words in offsets:
        return (ctx.anchor + dt.timedelta(days=offsets[words])).isoformat()
    for name, number in WEEKDAYS.items():
        if words.endswith(name):
            which = words.split()[0]
            if which in ("last", "next", "this"):
                direction = {"last": -2, "next": 1, "this": 0}[which]
            else:
                direction = 1 if ctx.tense(start, start + 1) > 0 else -1
            return weekday_near(ctx.anchor, number, direction).isoformat()
    return ctx.last_day or ctx.anchor.isoformat()


@RULES.rule(
    "clock time",
    r"\b(?i:(?:about|around|at about|shortly after|shortly before) )?"
    r"(?:(\d{1,2})(?::(\d\d))? ?(?i:(a\.m\.?|p\.m\.?|am|pm)(?![\w.])|(?=(?::\d\d)? (?:GMT|EST|EDT|local time)))"
    r"|(?i:(noon|midnight|midday)))(?: (?:GMT|EST|EDT|local time))?" + _DAY_AFTER + r"(?!\w)",
    "0-9 noon midnight midday",
    ("Talks began at 10:30 a.m.", "10:30 a.m.", "TIME", "2020-02-11T10:30"),
    ("Negotiations broke off at noon Monday.", "noon Monday", "TIME", "2020-02-10T12:00"),
    ("The offer expires at 5 p.m. EST Feb. 21.", "5 p.m. EST Feb. 21", "TIME", "2020-02-21T17:00"),
)
def _clock(m: Match, ctx: Context) -> Resolved:
    """A time of day: '10:30 a.m.', '5 p.m. EST', 'noon Thursday' (that day; else the day last mentioned)."""
    if m[4]:
        hour, minute = {"noon": 12, "midday": 12, "midnight": 24}[m[4].lower()], 0
    else:
        hour, minute = int(m[1]), int(m[2] or 0)
        suffix = (m[3] or "").lower()
        if hour > (12 if suffix else 23) or minute > 59:
            return None
        if suffix.startswith("p") and hour < 12:
            hour += 12
        if suffix.startswith("a") and hour == 12:
            hour = 0
    day_words = re.search(_DAY_AFTER[:-1] + "$", m[0])
    day = _time_day(ctx, m.start(), day_words[0] if day_words else "")
    return "TIME", f"{day}T{hour:02d}:{minute:02d}"


@RULES.rule(
    "part of day",
    r"\b(?i:(this |yesterday |tomorrow |last |early this |late this |later this |earlier this |mid-|mid |late |early )"
    r"(morning|afternoon|evening|night)(?: (yesterday|today))?|(tonight|overnight))\b",
    "morning afternoon evening night tonight overnight",
    ("He spoke this morning.", "this morning", "TIME", "2020-02-11TMO"),
    ("Shelling continued last night.", "last night", "TIME", "2020-02-10TNI"),
)
def _part_of_day(m: Match, ctx: Context) -> Resolved:
    """'this morning', 'last night', 'tonight': a part of a day near the anchor."""
    if m[4]:
        offset, code = (-1 if m[4].lower() == "overnight" else 0), "NI"
    else:
        which = (m[3] or m[1]).lower().strip(" -")
        offset = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(which, 0)
        code = PARTS_OF_DAY[m[2].lower()]
    day = (ctx.anchor + dt.timedelta(days=offset)).isoformat() if ctx.anchor else "XXXX-XX-XX"
    return "TIME", f"{day}T{code}"
