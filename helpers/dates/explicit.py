"""Rules for dates written out: "Feb. 11, 2020", "17/02/2020", "October", "1989", "the third quarter"."""

from __future__ import annotations

import datetime as dt
import re

from helpers.dates.rule import Context, Match, Resolved, RuleList, _day_value, _month, dated
from helpers.dates.values import add_months, shift, year_for
from helpers.dates.words import _MONTH, _MONTH_FULL, _PART, _WEEKDAY, _YEAR, ORDINALS, SEASONS, WEEKDAYS

__all__ = ["RULES"]

RULES = RuleList()
# --- explicit dates ----------------------------------------------------------


@RULES.rule(
    "ISO date",
    r"\b(\d{4})-(\d\d)-(\d\d)\b",
    "0000",
    ("Published 2020-02-11 in Moscow.", "2020-02-11", "DATE", "2020-02-11"),
)
def _iso(m: Match, ctx: Context) -> Resolved:
    """A date in ISO form: '2020-02-11' (None if no such day)."""
    try:
        return "DATE", dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


@RULES.rule(
    "numeric date",
    r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\d/])",
    "0000",
    ("Dated 17/02/2020.", "17/02/2020", "DATE", "2020-02-17"),
)
def _numeric(m: Match, ctx: Context) -> Resolved:
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
    "month day year",
    rf"\b(?:({_WEEKDAY}),? )?({_MONTH}) ?(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? ({_YEAR})\b)?",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    ("The Kremlin said on Feb. 11 that it would.", "Feb. 11", "DATE", "2020-02-11"),
    ("Published February 11, 2020.", "February 11, 2020", "DATE", "2020-02-11"),
    ("It ended on Friday, Jan. 31.", "Friday, Jan. 31", "DATE", "2020-01-31"),
)
def _month_day(m: Match, ctx: Context) -> Resolved:
    """'Feb. 11', 'February 11, 2020', 'Friday, Jan. 31': the year from the anchor if not written."""
    month, day = _month(m[2]), int(m[3])
    value = _with_weekday(ctx, m[1], month, day, m[4]) or _day_value(
        ctx, month, day, m[4], m.start(), m.end()
    )
    return ("DATE", value) if value else None


@RULES.rule(
    "day month year",
    rf"\b(?:({_WEEKDAY}),? )?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MONTH})(?:,? ({_YEAR}))?\b",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    ("On 3 February 2020 a convoy was hit.", "3 February 2020", "DATE", "2020-02-03"),
)
def _day_month(m: Match, ctx: Context) -> Resolved:
    """'3 February 2020', '11th of February': day first."""
    month, day = _month(m[3]), int(m[2])
    value = _with_weekday(ctx, m[1], month, day, m[4]) or _day_value(
        ctx, month, day, m[4], m.start(), m.end()
    )
    return ("DATE", value) if value else None


@RULES.rule(
    "month year",
    rf"\b(?:(?i:{_PART})[- ](?:of )?)?({_MONTH}),? (?:of )?({_YEAR})\b",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    ("A deal in October 2019.", "October 2019", "DATE", "2019-10"),
    ("By the end of December 2019, it was over.", "the end of December 2019", "DATE", "2019-12"),
)
def _month_year(m: Match, ctx: Context) -> Resolved:
    """'October 2019', 'the end of December 2019': a month."""
    return "DATE", f"{m[2]}-{_month(m[1]):02d}"


@RULES.rule(
    "month last/this/next year",
    rf"\b(?:(?i:{_PART})[- ](?:of )?)?({_MONTH}) (?i:(last|this|next) year)\b",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    ("A deal in October last year.", "October last year", "DATE", "2019-10"),
)
def _month_relative_year(m: Match, ctx: Context) -> Resolved:
    """'October last year': the month in the year before (or of, or after) the anchor's."""
    month = _month(m[1])
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}"
    year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[m[2].lower()]
    return "DATE", f"{year}-{month:02d}"


@RULES.rule(
    "last/this/next month",
    rf"\b(?i:(last|this|next|this past|this coming) )({_MONTH})(?!\.? ?\d)\b",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    ("It happened last October.", "last October", "DATE", "2019-10"),
)
def _relative_month(m: Match, ctx: Context) -> Resolved:
    """'last October': the most recent October before the anchor's month ('next October': the coming one)."""
    month = _month(m[2])
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}"
    which, year = m[1].lower(), ctx.anchor.year
    if which in ("last", "this past"):
        year -= month >= ctx.anchor.month
    elif which in ("next", "this coming"):
        year += month <= ctx.anchor.month
    return "DATE", f"{year}-{month:02d}"


@RULES.rule(
    "month",
    rf"(?:\b(?i:{_PART})[- ](?:of )?)?\b({_MONTH_FULL})\b",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    ("Displaced since early December.", "early December", "DATE", "2019-12"),
    ("Attacks in late January.", "late January", "DATE", "2020-01"),
)
def _bare_month(m: Match, ctx: Context) -> Resolved:
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
    rf"(?:\b(?i:{_PART}|fiscal|calendar)[- ])?(?<![$£€#\d,.])\b({_YEAR})\b(?![-,.]?\d|%| percent|-year)",
    "0000",
    ("A deal in 2018.", "2018", "DATE", "2018"),
    ("A fort built in 1639.", "1639", "DATE", "1639"),
)
def _year(m: Match, ctx: Context) -> Resolved:
    """A year; one before 1600 only after a word that makes it one ("in 1453", not "1200 troops")."""
    if int(m[1]) < 1600 and not re.search(
        r"(?i)\b(?:in|since|until|by|from|of|before|after|around|circa|year)\s+$",
        ctx.text[max(0, m.start() - 8) : m.start()],
    ):
        return None
    return "DATE", m[1]


@RULES.rule(
    "decade",
    r"\b(?:(?i:the )?(?i:(?:early|late|mid)[- ])?)(1\d\d|20\d)0'?s\b",
    "0000",
    ("In the 1990s.", "the 1990s", "DATE", "199"),
    ("The wars of the 1640s.", "the 1640s", "DATE", "164"),
)
def _decade(m: Match, ctx: Context) -> Resolved:
    """'the 1990s': the decade, written with its first three digits ('199')."""
    return "DATE", m[1]


@RULES.rule(
    "century",
    r"\b(?i:(?:the )?(?:(?:early|late|mid)[- ])?)(\d{1,2})(?:st|nd|rd|th)[- ](?i:century)\b",
    "0-9",
    ("Built in the 17th century.", "the 17th century", "DATE", "16"),
)
def _century(m: Match, ctx: Context) -> Resolved:
    """'the 17th century': the 1600s, written ``16`` (the 1600s' first two digits)."""
    number = int(m[1])
    return ("DATE", f"{number - 1:02d}") if 1 <= number <= 100 else None


@RULES.rule(
    "quarter",
    rf"\b(?i:(?:(?:the |its |a )(?!(?:\d+ )?(?:fiscal[- ])?\w+-(?:fiscal[- ])?quarter))?(?:({_YEAR}) )?"
    rf"(?:fiscal[- ])?(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter)(?: (?i:of) ({_YEAR}))?"
    r"(?![\w-])",
    "quarter",
    ("Profit in the third quarter rose.", "the third quarter", "DATE", "2020-Q3"),
    ("It reported a third-quarter loss.", "third-quarter", "DATE", "2020-Q3"),
)
def _quarter(m: Match, ctx: Context) -> Resolved:
    """'the third quarter', 'third-quarter', 'the fourth quarter of 2019': a quarter (the anchor's year if none)."""
    year = m[1] or m[3] or (ctx.anchor.year if ctx.anchor else None)
    quarter = ORDINALS[m[2].lower()]
    return "DATE", f"{year}-Q{quarter}" if year else f"XXXX-Q{quarter}"


@RULES.rule(
    "this quarter",
    r"\b(?i:(?:the|this|that) (?:latest |most recent |current |same |recent )?quarter"
    r"|the (?:latest|most recent) period|the current quarter)\b(?! end(?:ed|ing)\b|-)",
    "quarter period",
    ("Sales fell in the latest quarter.", "the latest quarter", "DATE", "2019-Q4"),
)
def _the_quarter(m: Match, ctx: Context) -> Resolved:
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
    r"\b(?i:(?:the )?(?:comparable |same )?year[- ](?:earlier|ago|before) (?:first |second |third |fourth )?"
    r"(?:quarter|period)|(?:a |the )?(?:comparable |same )?year (?:earlier|ago|before)|year-(?:earlier|ago|before))\b",
    "year",
    ("Sales rose from $2 million a year earlier.", "a year earlier", "DATE", "2019"),
)
def _year_ago(m: Match, ctx: Context) -> Resolved:
    """'a year earlier' in an earnings report means the same quarter a year before."""
    if ctx.last_quarter and re.fullmatch(r"\d{4}-Q\d", ctx.last_quarter):
        return dated(shift(ctx.last_quarter, -1, "Y"))
    return "DATE", str(ctx.anchor.year - 1) if ctx.anchor else "XXXX"


@RULES.rule(
    "half",
    rf"\b(?i:(?:the )?(first|second|last) half)(?: (?i:of) ({_YEAR}))?",
    "half",
    ("Growth slowed in the first half of 2019.", "the first half of 2019", "DATE", "2019-H1"),
)
def _half(m: Match, ctx: Context) -> Resolved:
    """'the first half of 2019': a half year."""
    year = m[2] or (ctx.anchor.year if ctx.anchor else "XXXX")
    return "DATE", f"{year}-H{1 if m[1].lower() == 'first' else 2}"


@RULES.rule(
    "season",
    rf"\b(?i:(last|this|next|this past|the) )?(?i:(?:early|late|mid-?) )?(?i:(spring|summer|fall|autumn|winter))\b"
    rf"(?: (?i:of )?({_YEAR}))?",
    "spring summer fall autumn winter",
    ("It rained in the summer of 2019.", "the summer of 2019", "DATE", "2019-SU"),
)
def _season(m: Match, ctx: Context) -> Resolved:
    """'the summer of 2019', 'last winter', 'in the spring': a season."""
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
