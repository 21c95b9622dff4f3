"""From dated expressions to one timeline: a table of events, and a figure of it.

>>> timeline = build_timeline(articles)        # one row per dated expression
>>> plot_timeline(timeline)                     # one lane per outlet

:func:`build_timeline` runs :func:`helpers.dates.find_dates` over each article with its
own anchor (its publication date, or one you supply) and turns every TIMEX3 value into
an interval of days: "2020-02-11" is one day, "2020-W07" the seven days from Monday
10 February, "2019-12" the whole of December. :func:`plot_timeline` draws days as
points and weeks, months and longer as bars, so that a month is never mistaken for the
day it starts on.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping

import numpy as np
import pandas as pd

from helpers.dates import add_months, find_dates, to_anchor
from helpers.palette import UNKNOWN_OUTLET, outlet_colors
from helpers.text import sentence_splitter

COLUMNS = ["article_id", "outlet", "paragraph", "sentence", "expression", "type", "value",
           "date", "date_end", "granularity", "vague", "anchor"]
#: Words that make a date rough: "early December" is dated to December, but only part of it.
_ROUGH = re.compile(r"(?i)(?:early|late|mid|the end of|the beginning of|the middle of|about|around|nearly|"
                    r"some time|sometime)\b")
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _month_end(year: int, month: int) -> dt.date:
    """The last day of a month; ``month`` may run past 12 (winter: December to month 14, February)."""
    year, month = add_months(year, 1, month - 1)
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def value_interval(value: str) -> tuple[dt.date | None, dt.date | None, str]:
    """The first and last day a TIMEX3 value covers, and its granularity.

    >>> value_interval("2020-W07")
    (datetime.date(2020, 2, 10), datetime.date(2020, 2, 16), 'week')
    >>> value_interval("2019-12")
    (datetime.date(2019, 12, 1), datetime.date(2019, 12, 31), 'month')
    >>> value_interval("PAST_REF")
    (None, None, 'vague')
    """
    if not isinstance(value, str):
        raise TypeError(f"value must be a str, not {type(value).__name__}")
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
        return dt.date(int(m[1]), int(m[2]), 1), _month_end(int(m[1]), int(m[2])), "month"
    m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if m:
        first = 3 * int(m[2]) - 2
        return dt.date(int(m[1]), first, 1), _month_end(int(m[1]), first + 2), "quarter"
    m = re.fullmatch(r"(\d{4})-H([12])", value)
    if m:
        first = 6 * int(m[2]) - 5
        return dt.date(int(m[1]), first, 1), _month_end(int(m[1]), first + 5), "half year"
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        first, last = SEASON_MONTHS[m[2]]
        return dt.date(int(m[1]), first, 1), _month_end(int(m[1]), last), "season"
    if re.fullmatch(r"\d{4}", value):
        return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31), "year"
    if re.fullmatch(r"\d{3}", value):
        return dt.date(int(value) * 10, 1, 1), dt.date(int(value) * 10 + 9, 12, 31), "decade"
    if re.fullmatch(r"\d{2}", value):
        return dt.date(int(value) * 100, 1, 1), dt.date(int(value) * 100 + 99, 12, 31), "century"
    return None, None, "vague"


def sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """(paragraph number, start, end) of every sentence of ``text``, paragraphs split on blank lines."""
    spans, splitter = [], sentence_splitter()
    for number, m in enumerate(re.finditer(r"\S(?:.*?\S)?(?=\n\s*\n|\s*$)", text, flags=re.S)):
        for start, end in splitter.span_tokenize(m.group(0)):
            spans.append((number, m.start() + start, m.start() + end))
    return spans


def _anchors(articles: pd.DataFrame, anchor: str | Mapping | pd.Series) -> list:
    if isinstance(anchor, str):
        if anchor not in articles.columns:
            raise ValueError(f"anchor column {anchor!r} is not in the table; it has {list(articles.columns)}")
        return list(articles[anchor])
    if isinstance(anchor, (Mapping, pd.Series)):
        return [anchor.get(aid, None) for aid in articles["article_id"]]
    raise TypeError("anchor must be a column name, or a dict / Series from article_id to date, "
                    f"not {type(anchor).__name__}")


def build_timeline(articles: pd.DataFrame, anchor: str | Mapping | pd.Series = "published") -> pd.DataFrame:
    """One row per dated expression in ``articles``, each with the sentence it dates.

    ``articles`` needs ``article_id`` and ``text`` (``outlet`` is used if present).
    ``anchor`` says what each article's relative dates are read against: a column of the
    table (default ``published``), or a dict / Series from article_id to a date, for
    articles whose date you worked out yourself. An article without an anchor keeps its
    explicit dates; its relative ones stay unresolved (``date`` NaT).

    Columns: ``article_id``, ``outlet``, ``paragraph`` (from 0), ``sentence``,
    ``expression`` (as written), ``type`` (DATE or TIME), ``value`` (TIMEX3), ``date``
    and ``date_end`` (first and last day covered, NaT when unknown), ``granularity``
    (day, weekend, week, month, quarter, half year, season, year, decade, century, or
    vague), ``vague`` (True for "recently", "now" and anything unresolved, which have no
    date, and for rough dates such as "early December", dated to the whole month) and
    ``anchor``.
    Durations and sets are left out: they say how long or how often, not when.
    Rows are sorted by date (undated last), then article and position.
    """
    if not isinstance(articles, pd.DataFrame):
        raise TypeError(f"articles must be a pandas DataFrame (see load_articles), not {type(articles).__name__}")
    missing = {"article_id", "text"} - set(articles.columns)
    if missing:
        raise ValueError(f"articles needs the column(s) {sorted(missing)}")
    anchors = _anchors(articles, anchor) if len(articles) else []
    outlets = articles["outlet"] if "outlet" in articles.columns else pd.Series([None] * len(articles))
    rows = []
    for aid, outlet, text, when in zip(articles["article_id"], outlets, articles["text"], anchors):
        if not isinstance(text, str):
            continue
        when = to_anchor(when)
        found = find_dates(text, when)
        found = found[found["type"].isin(["DATE", "TIME"])]
        if found.empty:
            continue
        spans = sentence_spans(text)
        starts = np.array([s for _, s, _ in spans])
        for expression, start, value, kind in zip(found["text"], found["start"], found["value"], found["type"]):
            i = max(int(np.searchsorted(starts, start, side="right")) - 1, 0)
            paragraph, s, e = spans[i] if spans else (0, 0, len(text))
            first, last, granularity = value_interval(value)
            rows.append({
                "article_id": aid, "outlet": UNKNOWN_OUTLET if pd.isna(outlet) else outlet,
                "paragraph": paragraph, "sentence": text[s:e], "expression": expression, "type": kind,
                "value": value, "date": first, "date_end": last, "granularity": granularity,
                "vague": granularity == "vague" or bool(_ROUGH.match(expression)), "anchor": when, "_start": start})
    table = pd.DataFrame(rows, columns=[*COLUMNS, "_start"])
    for column in ("date", "date_end", "anchor"):
        table[column] = pd.to_datetime(table[column]).astype("datetime64[ns]")
    table["paragraph"] = table["paragraph"].astype("int64")
    table["vague"] = table["vague"].astype(bool)
    table = table.sort_values(["date", "article_id", "_start"], na_position="last", kind="stable")
    return table.drop(columns="_start").reset_index(drop=True)


def plot_timeline(timeline: pd.DataFrame, lane: str = "outlet", label: str = "expression",
                  since: object = None, until: object = None, ax=None,
                  title: str = "Timeline of dated events, by outlet"):
    """Draw a timeline: one lane per value of ``lane``, time along the x-axis.

    Days are drawn as points, longer periods (weekends, weeks, months, ...) as bars that
    cover them; rough dates ("early December", ``vague`` True) are hollow or hatched and
    labelled "≈"; dates that cannot be placed (vague or unresolved) are left out and
    counted in the x-axis label. Events of one lane on the same date are drawn once,
    labelled with each of their distinct ``label`` values. ``since`` and
    ``until`` (dates) limit the axis; by default it covers the events of a month or
    shorter (or, if there are none, all events), with a few days' margin, and longer
    periods that reach into that window are cut at its edges. Colours come from :func:`helpers.outlet_colors`. Returns the axes.
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    if not isinstance(timeline, pd.DataFrame):
        raise TypeError(f"timeline must be a DataFrame from build_timeline, not {type(timeline).__name__}")
    for column in (lane, label, "date", "date_end", "granularity"):
        if column not in timeline.columns:
            raise ValueError(f"timeline has no column {column!r}")
    if ax is None:
        _, ax = plt.subplots(figsize=(11, 1.2 + 1.1 * max(timeline[lane].nunique(), 1)))
    dated = timeline.dropna(subset=["date"])
    short = dated[dated["granularity"].isin(["day", "weekend", "week", "month"])]
    lo = hi = None  # no limits: the axis covers every event
    if since is not None or until is not None or len(short):
        pool = short if len(short) else dated  # what a bound not given is worked out from
        margin = pd.Timedelta(days=3)
        lo = pd.Timestamp(since) if since is not None else (pool["date"].min() - margin if len(pool) else None)
        hi = pd.Timestamp(until) if until is not None else (pool["date_end"].max() + margin if len(pool) else None)
        lo = hi - pd.Timedelta(days=30) if lo is None else lo  # nothing dated: a month before `until`
        hi = lo + pd.Timedelta(days=30) if hi is None else max(hi, lo)  # ... or after `since`
    undated = int(timeline["date"].isna().sum())
    if lo is not None:
        dated = dated[(dated["date_end"] >= lo) & (dated["date"] <= hi)]
    lanes = sorted(timeline[lane].dropna().astype(str).unique())
    colors = outlet_colors(lanes)
    vague = dated["vague"] if "vague" in dated.columns else pd.Series(False, index=dated.index)
    for y, name in enumerate(lanes):
        rows = dated[dated[lane].astype(str) == name].assign(_vague=vague)
        color = colors[name]
        ax.axhline(y, color="#dddddd", linewidth=0.8, zorder=0)
        # one mark per period in a lane, labelled with every distinct label it has
        groups = rows.groupby(["date", "date_end", "granularity"], sort=True)
        for n, ((first, last, granularity), group) in enumerate(groups):
            text = " / ".join(dict.fromkeys(str(v) for v in group[label]))
            rough = bool(group["_vague"].all())
            if lo is not None:
                first, last = max(first, lo), min(last, hi)
            if granularity == "day":
                ax.plot([first], [y], marker="o", markersize=8, zorder=3, color=color,
                        markerfacecolor="white" if rough else color)
                x = first
            else:
                height = 0.3 if granularity in ("week", "weekend") else 0.14  # months and longer: thinner
                ax.barh(y, (last - first) + pd.Timedelta(days=1), left=first, height=height, color=color,
                        alpha=0.35, edgecolor=color, hatch="///" if rough else None, zorder=2)
                x = first + (last - first) / 2
            above, level = n % 2 == 0, 0.2 + 0.14 * (n // 2 % 3)  # above, below, a step further out...
            ax.annotate(("≈ " if rough else "") + text, xy=(x, y), xytext=(x, y + (level if above else -level)),
                        ha="center", va="bottom" if above else "top", fontsize=8, color="#222222",
                        arrowprops={"arrowstyle": "-", "color": "#999999", "linewidth": 0.6},
                        bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.8})
    ax.set_yticks(range(len(lanes)), labels=lanes)
    ax.set_ylim(-0.75, len(lanes) - 0.25)
    if lo is not None:
        ax.set_xlim(lo, hi + pd.Timedelta(days=1))
    if lo is not None and (hi - lo).days <= 60:  # a few weeks: a tick every Monday, a small one every day
        ax.xaxis.set_major_locator(mdates.WeekdayLocator(byweekday=mdates.MO))
        ax.xaxis.set_minor_locator(mdates.DayLocator())
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%a %d %b\n%Y"))
    else:
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=4, maxticks=10))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b %Y"))
    note = f" ({undated} vague or unresolved date(s) not drawn)" if undated else ""
    ax.set(title=title, xlabel=f"date (points: a day; bars: a weekend, week or month){note}",
           ylabel=lane.replace("_", " "))
    return ax
