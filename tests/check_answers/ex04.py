"""Exercise 04: right answers (every accepted form) and plausible wrong ones."""

import datetime as dt

import pandas as pd

from tests.check_answers.common import annotations

DATES = annotations("dates.csv")


def good_weekday(name, anchor):
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    return (anchor - pd.Timedelta(days=(anchor.weekday() - days.index(name)) % 7)).date()


TEN_DAYS = DATES.loc[DATES["text"] == "10 days later", "value"].iloc[0]
AFP_DAY = DATES.loc[DATES["article_id"].str.startswith("003") & (DATES["anchor_from"] == "inferred"), "anchor"].iloc[0]

RIGHT = {
    "04.1": [good_weekday, lambda name, anchor: pd.Timestamp(good_weekday(name, anchor))],
    "04.2": ["2020-W08"],  # 17 February 2020 (RT, the latest date line) was the Monday of ISO week 8
    "04.3": [TEN_DAYS, dt.date.fromisoformat(TEN_DAYS), pd.Timestamp(TEN_DAYS)],
    "04.4": [AFP_DAY, pd.Timestamp(AFP_DAY)],
    "04.5": [2, 2.0],  # read by hand: "Monday" (10 instead of 3 Feb) and "earlier this week" (W07, not W06)
}

WRONG = {
    "04.1": [lambda name, anchor: (anchor - pd.Timedelta(days=(anchor.weekday() - 1) % 7)).date(),
             lambda name, anchor: good_weekday(name, anchor) - pd.Timedelta(days=7) if name == anchor.day_name()
             else good_weekday(name, anchor),
             lambda name, anchor: 1 / 0, "Tuesday"],
    "04.2": ["2020-W07", "2020-W8", "2020-08", 8, "W08"],
    "04.3": ["2020-02-27", "2020-02-03", "2020-02-17", 13, "13 February"],
    "04.4": ["2020-02-11", "2020-02-13", "2020-02-19", "Wednesday", None.__class__],
    "04.5": [0, 1, 3, 50, "2"],
}
