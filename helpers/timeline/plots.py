"""Figures of a timeline: lanes along a time axis (:func:`plot_timeline`), and a chronology a
reader takes in at a glance (:func:`plot_chronology`).

Every figure has a title, labelled axes and one fixed colour per outlet
(:func:`helpers.outlet_colors`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

import numpy as np
import pandas as pd

from helpers.palette import outlet_colors
from helpers.timeline.table import DateLike, require_table

if TYPE_CHECKING:  # matplotlib itself is imported when a figure is drawn, not with helpers
    from matplotlib.axes import Axes

#: The first and last day matplotlib can put on a time axis (years 1 to 9999).
FIRST_DRAWABLE = pd.Timestamp("0001-01-01").as_unit("s")
LAST_DRAWABLE = pd.Timestamp("9999-12-31").as_unit("s")
#: Periods drawn as a point (a day) or a bar no longer than a month: what the default window covers.
SHORT_PERIODS = ("day", "weekend", "week", "month")


def timeline_window(
    dated: pd.DataFrame, since: DateLike = None, until: DateLike = None
) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The first and last day :func:`plot_timeline` shows, or None for "every event".

    ``since`` and ``until`` are kept as given; a bound not given covers the events of a
    month or shorter (or, if there are none, all events) with three days' margin, or a
    month from the other bound when nothing is dated. The window never leaves the years
    matplotlib can draw (1 to 9999).
    """
    short = dated[dated["granularity"].isin(SHORT_PERIODS)]
    if since is None and until is None and short.empty:
        return None
    pool = short if len(short) else dated  # what a bound not given is worked out from
    margin = pd.Timedelta(days=3)
    lo = _day(since) if since is not None else (_day(pool["date"].min()) - margin if len(pool) else None)
    hi = _day(until) if until is not None else (_day(pool["date_end"].max()) + margin if len(pool) else None)
    if lo is None and hi is None:  # cannot happen: one bound was given
        return None
    lo = hi - pd.Timedelta(days=30) if lo is None and hi is not None else lo  # a month before `until`
    assert lo is not None
    hi = lo + pd.Timedelta(days=30) if hi is None else max(hi, lo)  # ... or after `since`
    return max(lo, FIRST_DRAWABLE), min(hi, LAST_DRAWABLE)


def _day(value: str | dt.date | pd.Timestamp | np.datetime64) -> pd.Timestamp:
    """A date as a Timestamp in seconds, which holds a day of any century."""
    return pd.Timestamp(value).as_unit("s")


def plot_timeline(
    timeline: pd.DataFrame,
    lane: str = "outlet",
    label: str = "expression",
    since: DateLike = None,
    until: DateLike = None,
    ax: Axes | None = None,
    title: str = "Timeline of dated events, by outlet",
) -> Axes:
    """Draw a timeline: one lane per value of ``lane``, time along the x-axis.

    Days are drawn as points, longer periods (weekends, weeks, months, ...) as bars that
    cover them; rough dates ("early December", ``vague`` True) are hollow or hatched and
    labelled "≈". Events of one lane on the same date are drawn once, labelled with each
    of their distinct ``label`` values. ``since`` and ``until`` (dates) limit the axis; by
    default it covers the events of a month or shorter (or, if there are none, all
    events), with a few days' margin (:func:`timeline_window`), and longer periods that
    reach into that window are cut at its edges. What is not drawn is counted in the
    x-axis label: dates that cannot be placed (vague or unresolved), and dates outside
    the window (for example "in 1639" in a story about last week). Colours come from
    :func:`helpers.outlet_colors`. Returns the axes.
    """
    import matplotlib.pyplot as plt

    require_table(
        timeline,
        "timeline",
        "a DataFrame from build_timeline",
        [lane, label, "date", "date_end", "granularity"],
    )
    if ax is None:
        _, ax = plt.subplots(figsize=(11, 1.2 + 1.1 * max(timeline[lane].nunique(), 1)))
    dated = timeline.dropna(subset=["date"])
    dated = dated.assign(
        date=dated["date"].astype("datetime64[s]"), date_end=dated["date_end"].astype("datetime64[s]")
    )
    window = timeline_window(dated, since, until)
    undated, outside = int(timeline["date"].isna().sum()), 0
    if window is not None:
        inside = (dated["date_end"] >= window[0]) & (dated["date"] <= window[1])
        dated, outside = dated[inside], int((~inside).sum())
    lanes = sorted(timeline[lane].dropna().astype(str).unique())
    colors = outlet_colors(lanes)
    vague = dated["vague"].astype(bool) if "vague" in dated.columns else pd.Series(False, index=dated.index)
    for y, name in enumerate(lanes):
        rows = dated[dated[lane].astype(str) == name].assign(_vague=vague)
        ax.axhline(y, color="#dddddd", linewidth=0.8, zorder=0)
        _draw_lane(ax, y, rows, label, colors[name], window)
    ax.set_yticks(range(len(lanes)), labels=lanes)
    ax.set_ylim(-0.75, len(lanes) - 0.25)
    _date_axis(ax, window)
    left_out = [f"{undated} vague or unresolved date(s)"] if undated else []
    left_out += [f"{outside} date(s) before or after the dates shown"] if outside else []
    note = f"\nnot drawn: {', '.join(left_out)}" if left_out else ""  # a second line
    ax.set(
        title=title,
        xlabel=f"date (points: a day; bars: a weekend, week, month or longer){note}",
        ylabel=lane.replace("_", " "),
    )
    return ax


def _draw_lane(
    ax: Axes,
    y: int,
    rows: pd.DataFrame,
    label: str,
    color: str,
    window: tuple[pd.Timestamp, pd.Timestamp] | None,
) -> None:
    """One lane: a mark per period, labelled with every distinct label it has."""
    groups = rows.groupby(["date", "date_end", "granularity"], sort=True)
    for n, ((first, last, granularity), group) in enumerate(groups):
        text = " / ".join(dict.fromkeys(str(v) for v in group[label]))
        rough = bool(group["_vague"].all())
        start, end = _day(cast(pd.Timestamp, first)), _day(cast(pd.Timestamp, last))
        if window is not None:
            start, end = max(start, window[0]), min(end, window[1])
        if granularity == "day":
            face = "white" if rough else color
            x = start.to_datetime64()  # matplotlib places a numpy date on a date axis
            ax.plot([x], [y], marker="o", markersize=8, zorder=3, color=color, markerfacecolor=face)
        else:
            height = 0.3 if granularity in ("week", "weekend") else 0.14  # months and longer: thinner
            width = ((end - start) + pd.Timedelta(days=1)).to_timedelta64()
            hatch = "///" if rough else None
            ax.barh(
                y,
                width,
                left=start.to_datetime64(),
                height=height,
                color=color,
                alpha=0.35,
                edgecolor=color,
                hatch=hatch,
                zorder=2,
            )
            x = (start + (end - start) / 2).to_datetime64()
        above, level = n % 2 == 0, 0.2 + 0.14 * (n // 2 % 3)  # above, below, a step further out...
        ax.annotate(
            ("≈ " if rough else "") + text,
            xy=(x, y),
            xytext=(x, y + (level if above else -level)),
            ha="center",
            va="bottom" if above else "top",
            fontsize=8,
            color="#222222",
            arrowprops={"arrowstyle": "-", "color": "#999999", "linewidth": 0.6},
            bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.8},
        )


def _date_axis(ax: Axes, window: tuple[pd.Timestamp, pd.Timestamp] | None) -> None:
    """Limits and ticks of the time axis: every Monday over a few weeks, else a few readable dates."""
    import matplotlib.dates as mdates

    if window is not None:
        lo, hi = window
        ax.set_xlim(lo.to_datetime64(), min(hi + pd.Timedelta(days=1), LAST_DRAWABLE).to_datetime64())  # type: ignore[arg-type]
    if window is not None and (window[1] - window[0]).days <= 60:  # a tick every Monday, a small one a day
        ax.xaxis.set_major_locator(mdates.WeekdayLocator(byweekday=mdates.MO))
        ax.xaxis.set_minor_locator(mdates.DayLocator())
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%a %d %b\n%Y"))
    else:
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=4, maxticks=10))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b %Y"))


def plot_chronology(
    events: pd.DataFrame,
    notes: Mapping[DateLike, str] | None = None,
    ax: Axes | None = None,
    title: str = "Chronology: what happened when, and who says so",
) -> Axes:
    """Draw a chronology a reader takes in at a glance: one line per event, earliest at the top.

    ``events`` comes from :func:`chronology`. Each line shows the date as precisely as
    the text gave it ("11 Feb", "week of 10 Feb"), the event's label, and one dot per
    outlet that dates it, in the outlet's colour (:func:`helpers.outlet_colors`), then
    its sources (the agencies behind those outlets). ``notes`` maps a day to a warning
    ("5 or 8 dead?"): every event dated to that day gets a red "!" and the note under
    its label. Events of any century are drawn: the dates are written, not placed on an
    axis. Sized for a page 700 pixels wide. Returns the axes.
    """
    import matplotlib.pyplot as plt

    columns = ["date", "granularity", "when", "event", "outlets", "sources"]
    require_table(events, "events", "a DataFrame from chronology", columns)
    day_notes = {_day(k): v for k, v in (notes or {}).items() if k is not None}
    outlets = sorted({o for cell in events["outlets"] for o in str(cell).split(", ") if o})
    colors = outlet_colors(outlets)
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 1.6 + 0.42 * max(len(events), 1)), dpi=100)
    ax.set_xlim(0, 1)
    ax.set_ylim(max(len(events), 1) - 0.4, -0.8)
    dot_x = [0.765 + 0.03 * k for k in range(len(outlets))]
    source_x = 0.78 + 0.03 * len(outlets)
    previous = None
    for y, event in enumerate(events.to_dict("records")):
        same = previous == (event["date"], event["granularity"])  # the date is shown once per group
        if y and not same:
            ax.axhline(y - 0.5, color="#dddddd", linewidth=0.6)
        ax.text(0.0, y, "" if same else str(event["when"]), fontsize=8.5, fontweight="bold", va="center")
        ax.text(0.165, y, str(event["event"]), fontsize=8, va="center")
        named = str(event["outlets"]).split(", ")
        for x, outlet in zip(dot_x, outlets):
            dot = colors[outlet] if outlet in named else "#e6e6e6"
            ax.plot([x], [y], marker="o", markersize=6.5, color=dot)
        ax.text(source_x, y, str(event["sources"]), fontsize=7.5, color="#555555", va="center")
        note = day_notes.get(_day(event["date"])) if event["granularity"] == "day" else None
        if note:
            ax.text(0.15, y, "!", fontsize=10, fontweight="bold", color="#c0392b", va="center", ha="center")
            ax.text(0.165, y + 0.4, note, fontsize=7.5, color="#c0392b", va="center")
        previous = (event["date"], event["granularity"])
    for x, outlet in zip(dot_x, outlets):  # outlet names above their column of dots
        ax.text(x, -0.7, outlet, fontsize=7.5, rotation=50, ha="left", va="bottom", color=colors[outlet])
    ax.text(source_x, -0.7, "sources", fontsize=7.5, rotation=50, ha="left", va="bottom", color="#555555")
    ax.set_xticks([])
    ax.set_yticks([])
    for side in ("top", "right", "bottom", "left"):
        ax.spines[side].set_visible(False)
    ax.set_title(title, fontsize=11, loc="left", pad=58)
    ax.set_ylabel("date (day, or the whole week), earliest at the top", fontsize=8.5)
    ax.set_xlabel(
        "event (the clause its date belongs to) · dots: outlets that date it · their sources", fontsize=8.5
    )
    return ax
