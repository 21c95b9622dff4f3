"""Rules for dates written out: "Feb. 11, 2020", "17/02/2020", "October", "1989", "the third quarter"."""

from __future__ import annotations

import datetime as dt
import re

from helpers.dates.rule import Context, RuleList, _day_value, _month
from helpers.dates.values import add_months, shift, year_for
from helpers.dates.words import _MONTH, _MONTH_FULL, _PART, _WEEKDAY, _YEAR, ORDINALS, SEASONS, WEEKDAYS

RULES = RuleList()
# --- explicit dates ----------------------------------------------------------


@RULES.rule("ISO date", r"\b(\d{4})-(\d\d)-(\d\d)\b")
def _iso(m, ctx):
    try:
        return "DATE", dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


@RULES.rule("numeric date", r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\d/])")
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


@RULES.rule(
    "month day year", rf"\b(?:({_WEEKDAY}),? )?({_MONTH}) ?(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? ({_YEAR})\b)?"
)
def _month_day(m, ctx):
    month, day = _month(m[2]), int(m[3])
    value = _with_weekday(ctx, m[1], month, day, m[4]) or _day_value(
        ctx, month, day, m[4], m.start(), m.end()
    )
    return ("DATE", value) if value else None


@RULES.rule(
    "day month year",
    rf"\b(?:({_WEEKDAY}),? )?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MONTH})(?:,? ({_YEAR}))?\b",
)
def _day_month(m, ctx):
    month, day = _month(m[3]), int(m[2])
    value = _with_weekday(ctx, m[1], month, day, m[4]) or _day_value(
        ctx, month, day, m[4], m.start(), m.end()
    )
    return ("DATE", value) if value else None


@RULES.rule("month year", rf"\b(?:(?i:{_PART})[- ](?:of )?)?({_MONTH}),? (?:of )?({_YEAR})\b")
def _month_year(m, ctx):
    return "DATE", f"{m[2]}-{_month(m[1]):02d}"


@RULES.rule(
    "month last/this/next year", rf"\b(?:(?i:{_PART})[- ](?:of )?)?({_MONTH}) (?i:(last|this|next) year)\b"
)
def _month_relative_year(m, ctx):
    month = _month(m[1])
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}"
    year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[m[2].lower()]
    return "DATE", f"{year}-{month:02d}"


@RULES.rule("last/this/next month", rf"\b(?i:(last|this|next|this past|this coming) )({_MONTH})(?!\.? ?\d)\b")
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


@RULES.rule("month", rf"(?:\b(?i:{_PART})[- ](?:of )?)?\b({_MONTH_FULL})\b")
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


@RULES.rule(
    "year",
    rf"(?:\b(?i:{_PART}|fiscal|calendar)[- ])?(?<![$£€#\d,.])\b({_YEAR})\b(?![-,.]?\d|%| percent|-year)(?:'s)?",
)
def _year(m, ctx):
    return "DATE", m[1]


@RULES.rule("decade", r"\b(?:(?i:the )?(?i:(?:early|late|mid)[- ])?)(1[6-9]\d|20\d)0'?s\b")
def _decade(m, ctx):
    return "DATE", m[1]


@RULES.rule(
    "quarter",
    rf"\b(?i:(?:the |its |a )?(?:({_YEAR}) )?(?:fiscal[- ])?(first|second|third|fourth|1st|2nd|3rd|4th)"
    rf"[- ](?:fiscal[- ])?quarter)(?: (?i:of) ({_YEAR}))?",
)
def _quarter(m, ctx):
    year = m[1] or m[3] or (ctx.anchor.year if ctx.anchor else None)
    quarter = ORDINALS[m[2].lower()]
    return "DATE", f"{year}-Q{quarter}" if year else f"XXXX-Q{quarter}"


@RULES.rule(
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


@RULES.rule(
    "year ago",
    r"\b(?i:(?:the )?(?:comparable |same )?(?:a )?year[- ](?:earlier|ago|before)"
    r"(?: (?:first |second |third |fourth )?(?:quarter|period))?)\b",
)
def _year_ago(m, ctx):
    """'a year earlier' in an earnings report means the same quarter a year before."""
    if ctx.last_quarter and re.fullmatch(r"\d{4}-Q\d", ctx.last_quarter):
        return "DATE", shift(ctx.last_quarter, -1, "Y")
    return "DATE", str(ctx.anchor.year - 1) if ctx.anchor else "XXXX"


@RULES.rule("half", rf"\b(?i:(?:the )?(first|second|last) half)(?: (?i:of) ({_YEAR}))?")
def _half(m, ctx):
    year = m[2] or (ctx.anchor.year if ctx.anchor else "XXXX")
    return "DATE", f"{year}-H{1 if m[1].lower() == 'first' else 2}"


@RULES.rule(
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
