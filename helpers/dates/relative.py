"""Rules for dates relative to the anchor or to the last date mentioned: "on Tuesday", "last week", "10 days later"."""

from __future__ import annotations

import datetime as dt
import re

from helpers.dates.rule import Context, Match, Resolved, RuleList, dated
from helpers.dates.values import add_months, duration, iso_week, number_value, shift, weekday_near, year_for
from helpers.dates.words import (
    _COUNT,
    _ONES,
    _TENS,
    _UNIT,
    _WEEKDAY,
    _YEAR,
    NUMBERS,
    ORDINALS,
    PARTS_OF_DAY,
    WEEKDAYS,
)

__all__ = ["HOLIDAYS", "RULES"]

RULES = RuleList()
# --- relative to the anchor --------------------------------------------------


@RULES.rule(
    "today",
    r"\b(?i:(?:earlier |later |late |early )?(today|yesterday|tomorrow))\b",
    "today yesterday tomorrow",
    ("It happened yesterday.", "yesterday", "DATE", "2020-02-10"),
    ("It happens tomorrow.", "tomorrow", "DATE", "2020-02-12"),
)
def _today(m: Match, ctx: Context) -> Resolved:
    """'today', 'yesterday', 'tomorrow': the anchor day, the day before, the day after."""
    if ctx.anchor is None:
        return "DATE", "XXXX-XX-XX"
    offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[m[1].lower()]
    return "DATE", (ctx.anchor + dt.timedelta(days=offset)).isoformat()


#: "'s" after a weekday ("Wednesday's ruling"), and words before it that look ahead ("ahead of
#: Sunday's vote").
_POSSESSIVE = re.compile(r"['’]s\b")
#: " and Tuesday nights" after a weekday: a part of the day, in the plural, shared by both.
_SHARED_PLURAL = re.compile(rf" (?i:and|or) {_WEEKDAY} (?i:(morning|afternoon|evening|night))s\b")
_AHEAD = re.compile(r"(?i)\b(?:ahead of|before|until|for|upcoming|coming|planned|scheduled)\s+$")


@RULES.rule(
    "weekday",
    rf"\b(?:(?i:(last|this|next|this coming|this past|the previous|the following|earlier|early|late|later) ))?"
    rf"({_WEEKDAY})(?: (?i:(morning|afternoon|evening|night)))?\b(?!s)",
    "monday tuesday wednesday thursday friday saturday sunday",
    ("He said on Monday.", "Monday", "DATE", "2020-02-10"),
    ("They will meet on Friday.", "Friday", "DATE", "2020-02-14"),
    ("He said last Tuesday.", "last Tuesday", "DATE", "2020-02-04"),
    ("Shelling began Sunday night.", "Sunday night", "TIME", "2020-02-09TNI"),
    ("They would fight Monday's ruling.", "Monday", "DATE", "2020-02-10"),
    ("Flights leave on Monday and Tuesday nights.", "Monday", "SET", "XXXX-WXX-1TNI"),
)
def _weekday(m: Match, ctx: Context) -> Resolved:
    """A weekday: the most recent one in the past tense, the next one in the future tense.
    A possessive ("Monday's ruling") is the most recent one, unless something looks ahead
    to it ("ahead of Sunday's vote"). In "Monday and Tuesday nights" it is a SET, like
    the plural after it: ``XXXX-WXX-1TNI``.

    With a part of the day ("Friday night") it is a TIME: ``2020-02-07TNI``.
    """
    weekday = WEEKDAYS[m[2].lower()]
    kind, part = ("TIME", "T" + PARTS_OF_DAY[m[3].lower()]) if m[3] else ("DATE", "")
    shared = None if m[1] or m[3] else _SHARED_PLURAL.match(ctx.text, m.end())
    if shared:  # "Monday and Tuesday nights": Monday nights too, of each week
        return "SET", f"XXXX-WXX-{weekday}T{PARTS_OF_DAY[shared[1].lower()]}"
    if ctx.anchor is None:
        return kind, f"XXXX-WXX-{weekday}{part}"
    which = (m[1] or "").lower()
    if which in ("last", "this past", "the previous"):
        direction = -2
    elif which in ("next", "this coming", "the following"):
        direction = 1
    elif which == "this":
        direction = 0
    elif re.search(r"(?i)\bas (?:early|soon) as\s+$", ctx.text[max(0, m.start() - 16) : m.start()]):
        direction = 1  # "as early as Tuesday"
    elif _POSSESSIVE.match(ctx.text, m.end()) and not _AHEAD.search(
        ctx.text, max(0, m.start() - 24), m.start()
    ):
        direction = -1  # "Wednesday's ruling", whatever the verb: news reports what happened
    else:
        direction = 1 if ctx.tense(m.start(), m.end(), prepositions=False) > 0 else -1
    return kind, weekday_near(ctx.anchor, weekday, direction).isoformat() + part


@RULES.rule(
    "last/this/next unit",
    r"\b(?i:(?:(earlier|later|early|late|the end of|the beginning of|the start of|the middle of|mid) )?"
    r"(last|this|next|this past|this coming|the coming|the current|the past) (week|weekend|month|year|decade|century))\b"
    r"(?!-)",
    "week month year decade centur",
    ("Talks were held last week.", "last week", "DATE", "2020-W06"),
    ("Talks will be held next week.", "next week", "DATE", "2020-W08"),
    ("It rose last year.", "last year", "DATE", "2019"),
    ("Russia and Turkey spoke earlier this week.", "earlier this week", "DATE", "2020-W07"),
)
def _relative_unit(m: Match, ctx: Context) -> Resolved:
    """'last week', 'this month', 'next year', 'earlier this week': counted from the anchor."""
    which, unit = m[2].lower(), m[3].lower()
    if which == "the past" and unit != "weekend":
        return "DURATION", duration(1, unit)
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


@RULES.rule(
    "ago",
    rf"\b(?i:(?:about |nearly |almost |some |more than |over |just )?({_COUNT}|a few|several|a|an) "
    rf"({_UNIT})s? (ago|earlier|later|from now|previously))\b",
    "ago earlier later now previously",
    ("It fell two years ago.", "two years ago", "DATE", "2018"),
    ("On February 3, a convoy was hit. Troops came 10 days later.", "10 days later", "DATE", "2020-02-13"),
)
def _ago(m: Match, ctx: Context) -> Resolved:
    """'two years ago' from the anchor; '10 days later' from the last date mentioned."""
    amount, unit, word = number_value(m[1]), m[2].lower(), m[3].lower()
    if unit in ("hour", "minute"):
        return None
    if word in ("ago", "from now"):
        base = ctx.anchor.isoformat() if ctx.anchor else None
    else:
        base = ctx.last_day or (ctx.anchor.isoformat() if ctx.anchor else None)
    sign = -1 if word in ("ago", "earlier", "previously") else 1
    if amount is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    if base is None:
        return "DATE", "XXXX-XX-XX" if unit in ("day", "week") else "XXXX"
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", base):
        return "DATE", "XXXX"
    step = sign * int(amount)
    if unit == "day":
        return dated(shift(base, step, "D"))  # a day: '10 days later'
    if unit == "week" and word == "ago":  # a week: 'six weeks ago'
        return dated(iso_week(dt.date.fromisoformat(base) + dt.timedelta(weeks=step)))
    if unit == "week":
        return dated(shift(base, step, "W"))  # a day: 'two weeks later', from a day
    if unit == "month":
        return dated(shift(base[:7], step, "M"))  # a month: 'two months ago'
    if unit == "year":
        return dated(shift(base[:4], step, "Y"))  # a year: 'two years ago'
    year = int(base[:4])
    if unit == "decade":
        return "DATE", str((year + 10 * step) // 10)
    return "DATE", str((year + 100 * step) // 100)


@RULES.rule(
    "anaphoric day",
    r"\b(?i:the (?:next|following|previous) (day|morning|week|month|year)|the day (before|after)|"
    r"(?:that|the same) (day|year|month|week)|later that (year|month|day|week)|earlier that (year|month|day|week))\b",
    "day morning week month year",
    ("It began on February 3. The next day, talks failed.", "The next day", "DATE", "2020-02-04"),
)
def _anaphoric(m: Match, ctx: Context) -> Resolved:
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
        return dated(shift(base, step, "D"))
    if unit == "week":
        return dated(shift(iso_week(dt.date.fromisoformat(base)), step, "W"))
    last = ctx.last_value or base  # "that year": the year of the last date, whatever its kind
    if unit == "month":
        return dated(shift(last[:7] if re.match(r"\d{4}-\d\d$", last[:7]) else base[:7], step, "M"))
    return dated(shift(last[:4], step, "Y"))


@RULES.rule(
    "the week",
    r"(?:(?<=\b[Ff]or )|(?<=\b[Oo]f ))(?i:the (week|year))\b(?![-'’ ]\s*(?:end|ago|earlier|before))",
    "week year",
    ("The index fell 2% for the week.", "the week", "DATE", "2020-W07"),
)
def _the_week(m: Match, ctx: Context) -> Resolved:
    """'for the week', 'the first nine months of the year': the anchor's own week or year."""
    if ctx.anchor is None:
        return "DATE", "XXXX-WXX" if m[1].lower() == "week" else "XXXX"
    return "DATE", iso_week(ctx.anchor) if m[1].lower() == "week" else str(ctx.anchor.year)


@RULES.rule(
    "the weekend",
    r"(?:(?<=\b[Oo]ver )|(?<=\b[Dd]uring )|(?<=\b[Oo]n )|(?<=\b[Aa]t )|(?<=\b[Ss]ince )|(?<=\b[Bb]efore )"
    r"|(?<=\b[Aa]fter )|(?<=\b[Aa]head of ))(?i:the weekend)\b",
    "weekend",
    ("Over the weekend, talks failed.", "the weekend", "DATE", "2020-W06-WE"),
)
def _the_weekend(m: Match, ctx: Context) -> Resolved:
    """'over the weekend': the most recent weekend ('ahead of the weekend': the next)."""
    if ctx.anchor is None:
        return "DATE", "XXXX-WXX-WE"
    ahead = ctx.text[max(0, m.start() - 9) : m.start()].lower().endswith(("ahead of ", "before "))
    saturday = weekday_near(ctx.anchor, 6, 1 if ahead else -2)
    return "DATE", iso_week(saturday) + "-WE"


@RULES.rule(
    "year end",
    r"\b(?i:(?:around )?(?:the )?(?:year[- ]end|year's end|end of the year|end of this year|"
    r"full year|current year|current fiscal year|fiscal year|this fiscal year|end of (?:the |this )?month))\b"
    r"(?! end(?:ed|ing)\b|['’-])",
    "year month",
    ("Erdogan gave them until the end of month.", "the end of month", "DATE", "2020-02"),
    ("The deal should close around year end.", "around year end", "DATE", "2020"),
)
def _year_end(m: Match, ctx: Context) -> Resolved:
    """'the end of the year', 'year end', 'the end of month': the anchor's year or month."""
    if ctx.anchor is None:
        return "DATE", "XXXX-XX" if "month" in m[0].lower() else "XXXX"
    if "month" in m[0].lower():
        return "DATE", f"{ctx.anchor.year}-{ctx.anchor.month:02d}"
    return "DATE", str(ctx.anchor.year)


@RULES.rule(
    "year's quarter",
    r"\b(?i:(this|last|next) year's (?:(first|second|third|fourth) )?quarter)\b",
    "quarter",
    ("Sales rose in last year's fourth quarter.", "last year's fourth quarter", "DATE", "2019-Q4"),
)
def _years_quarter(m: Match, ctx: Context) -> Resolved:
    """'last year's fourth quarter': that quarter of the year before (or of) the anchor's."""
    quarter = ORDINALS[m[2].lower()] if m[2] else None
    if quarter is None and ctx.last_quarter:
        quarter = int(ctx.last_quarter[-1])
    if ctx.anchor is None or quarter is None:
        return "DATE", "XXXX-QX"
    return "DATE", f"{ctx.anchor.year + {'last': -1, 'this': 0, 'next': 1}[m[1].lower()]}-Q{quarter}"


@RULES.rule(
    "year period",
    rf"\b(?i:the) ({_YEAR}) (?i:period|quarter)\b",
    "period quarter",
    ("There was a one-time gain in the 2019 period.", "the 2019 period", "DATE", "2019"),
)
def _year_period(m: Match, ctx: Context) -> Resolved:
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


@RULES.rule(
    "holiday",
    r"\b(?:last |this |next )?(?:Thanksgiving(?: Day)?|Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|"
    r"Independence Day|Valentine's Day|Election Day)\b",
    "thanksgiving christmas new independence valentine election",
    ("They met at Christmas.", "Christmas", "DATE", "2019-12-25"),
    ("Polls will close on Election Day.", "Election Day", "DATE", "2020-11-03"),
)
def _holiday(m: Match, ctx: Context) -> Resolved:
    """Fixed holidays, Thanksgiving (the fourth Thursday of November, in the US) and
    Election Day (the Tuesday after the first Monday of November, in the US)."""
    name = re.sub(r"^(?:last|this|next) ", "", m[0]).lower()
    if name.startswith(("thanksgiving", "election")):
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
        if name.startswith("election"):
            day = 2 + (1 - first.isoweekday()) % 7  # the day after the first Monday
        else:
            day = 1 + (4 - first.isoweekday()) % 7 + 21
    return "DATE", f"{year}-{month:02d}-{day:02d}"


@RULES.rule(
    "spelled year",
    rf"\b(?i:(?:the year )?(nineteen|two thousand)(?: (?:and )?({_TENS})(?:[- ]({_ONES}))?| ({_ONES}))?)\b",
    "nineteen thousand",
    ("It began in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"),
)
def _spelled_year(m: Match, ctx: Context) -> Resolved:
    """Years read aloud in broadcast transcripts: 'nineteen ninety-six', 'the year two thousand'."""
    if m[1].lower() == "nineteen" and not m[2]:
        return None
    tens = NUMBERS[m[2].lower()] or 0 if m[2] else 0
    ones = NUMBERS[(m[3] or m[4] or "").lower()] or 0 if (m[3] or m[4]) else 0
    base = 1900 if m[1].lower() == "nineteen" else 2000
    return "DATE", str(base + tens + ones)


@RULES.rule(
    "spelled decade",
    r"\b(?i:the (twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
    "twenties thirties forties fifties sixties seventies eighties nineties",
    ("Prices last rose so fast in the seventies.", "the seventies", "DATE", "197"),
)
def _spelled_decade(m: Match, ctx: Context) -> Resolved:
    """'the seventies': the 1970s."""
    return "DATE", "19" + str((NUMBERS[m[1].lower()[:-3] + "y"] or 0) // 10)
