"""What a newsroom publishes from a timeline: a chronology of events, and a TimelineJS sheet.

:func:`chronology` merges the rows of :func:`build_timeline` into events (a reprint that
copies a sentence adds an outlet, not an event); :func:`to_timelinejs` writes them as the
spreadsheet Knight Lab's TimelineJS reads.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from helpers.timeline.table import DAY_DTYPE, TEXT_DTYPE, DateLike, Dtype, require_table, typed_table

#: The columns of :func:`chronology`, in order.
CHRONOLOGY_COLUMNS = [
    "date",
    "date_end",
    "granularity",
    "when",
    "event",
    "outlets",
    "sources",
    "expressions",
    "sentence",
]
TIMELINEJS_COLUMNS = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
]
#: The dtype of each column of :func:`chronology`.
CHRONOLOGY_DTYPES: dict[str, Dtype] = {
    **dict.fromkeys(CHRONOLOGY_COLUMNS, TEXT_DTYPE),
    "date": DAY_DTYPE,
    "date_end": DAY_DTYPE,
}


def display_date(first: DateLike, last: DateLike, granularity: str, with_year: bool = False) -> str:
    """A date as a reader should see it, with its granularity: "11 Feb", "week of 10 Feb", "Feb 2020".

    A day or a week is shown without its year ("11 Feb"), as in a chronology of a few
    weeks, unless ``with_year`` is True ("11 Feb 2020").

    >>> display_date(pd.Timestamp("2020-02-10"), pd.Timestamp("2020-02-16"), "week")
    'week of 10 Feb'
    >>> display_date("0800-12-25", "0800-12-25", "day", with_year=True)
    '25 Dec 800'
    >>> display_date("1640-01-01", "1649-12-31", "decade")
    'the 1640s'
    """
    if first is None or pd.isna(first):
        return "undated"
    day = pd.Timestamp(first)
    year = f" {day.year}" if with_year else ""
    if granularity == "day":
        return f"{day.day} {day:%b}{year}"
    if granularity in ("week", "weekend"):
        return f"{granularity} of {day.day} {day:%b}{year}"
    if granularity == "month":
        return f"{day:%b} {day.year}"
    if granularity == "year":
        return str(day.year)
    if granularity == "decade":
        return f"the {day.year}s"
    end = day if last is None or pd.isna(last) else pd.Timestamp(last)
    return f"{day.day} {day:%b} {day.year} to {end.day} {end:%b} {end.year}"


def join_sorted(values: Iterable[object]) -> str:
    """The distinct texts among ``values``, sorted and joined with ", " (a cell a spreadsheet can hold).

    >>> join_sorted(["Reuters", "AFP", "Reuters", None])
    'AFP, Reuters'
    """
    return ", ".join(sorted({v for v in values if isinstance(v, str) and v}))


def chronology(timeline: pd.DataFrame, granularities: Iterable[str] = ("day", "week")) -> pd.DataFrame:
    """One row per event of a timeline: its date, its label, and every outlet and source that dates it.

    ``timeline`` comes from :func:`build_timeline`. Rows of the chosen ``granularities``
    with a firm date (not ``vague``) are kept; rows with the same period and the same
    label (letters and digits compared, case ignored) are one event, so a reprint that
    copies a sentence word for word adds an outlet, not an event. Columns
    (``CHRONOLOGY_COLUMNS``): ``date``, ``date_end``, ``granularity``, ``when``
    (:func:`display_date`), ``event`` (the label), ``outlets`` and ``sources`` (sorted,
    joined with ", "), ``expressions`` (the words as written), ``sentence`` (the first
    one). Sorted by date, then label. Dates of any century are kept; when the events
    fall in more than one year, days and weeks are shown with their year ("25 Dec 800").
    """
    columns = [
        "date",
        "date_end",
        "granularity",
        "vague",
        "label",
        "outlet",
        "source",
        "expression",
        "sentence",
    ]
    require_table(timeline, "timeline", "a DataFrame from build_timeline", columns)
    keep = timeline[timeline["granularity"].isin(list(granularities)) & ~timeline["vague"].astype(bool)]
    keep = keep.assign(key=keep["label"].str.lower().str.replace(r"\W+", " ", regex=True).str.strip())
    with_year = keep["date"].dt.year.nunique() > 1
    rows: list[dict[str, object]] = []
    for (first, last, granularity, _), group in keep.groupby(["date", "date_end", "granularity", "key"]):
        rows.append(
            {
                "date": first,
                "date_end": last,
                "granularity": granularity,
                "when": display_date(first, last, str(granularity), with_year),
                "event": group["label"].iloc[0],
                "outlets": join_sorted(group["outlet"]),
                "sources": join_sorted(group["source"]),
                "expressions": join_sorted(group["expression"]),
                "sentence": group["sentence"].iloc[0],
            }
        )
    table = typed_table(rows, CHRONOLOGY_COLUMNS, CHRONOLOGY_DTYPES)
    return table.sort_values(["date", "date_end", "event"], kind="stable").reset_index(drop=True)


def to_timelinejs(timeline: pd.DataFrame, title: str | None = None) -> pd.DataFrame:
    """The events as the spreadsheet Knight Lab's TimelineJS reads (its template's 18 columns).

    ``timeline`` is a table from :func:`chronology` (one row per event). A day fills
    Year, Month and Day; a week or any longer period also fills End Year, End Month and
    End Day; a month fills only Year and Month, and a year only Year, so TimelineJS
    shows no more precision than the text gave. Display Date is the ``when`` column,
    Headline the event, Text the sentence and who dates it, Group the sources. With a
    ``title``, a first row of Type "title" introduces the timeline. Every cell is text;
    empty cells are "". Columns: ``TIMELINEJS_COLUMNS``.
    """
    columns = ["date", "date_end", "granularity", "when", "event", "outlets", "sources", "sentence"]
    require_table(timeline, "timeline", "a DataFrame from chronology", columns)
    blank = dict.fromkeys(TIMELINEJS_COLUMNS, "")
    rows = []
    if title:
        rows.append({**blank, "Headline": title, "Type": "title"})
    for date, date_end, granularity, when, event, outlets, sources, sentence in zip(
        timeline["date"],
        timeline["date_end"],
        timeline["granularity"],
        timeline["when"],
        timeline["event"],
        timeline["outlets"],
        timeline["sources"],
        timeline["sentence"],
    ):
        first, last = pd.Timestamp(date), pd.Timestamp(date_end)
        row = {
            **blank,
            "Year": str(first.year),
            "Display Date": str(when),
            "Headline": str(event),
            "Text": f"“{sentence}” Dated by: {outlets} (sources: {sources}).",
            "Group": str(sources),
        }
        if granularity != "year":
            row["Month"] = str(first.month)
        if granularity not in ("year", "month"):
            row["Day"] = str(first.day)
        if granularity not in ("day", "year", "month"):
            row.update({"End Year": str(last.year), "End Month": str(last.month), "End Day": str(last.day)})
        rows.append(row)
    return pd.DataFrame(rows, columns=TIMELINEJS_COLUMNS).astype(TEXT_DTYPE)
