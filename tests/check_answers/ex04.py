"""Exercise 04: right answers (every accepted form) and plausible wrong ones.

Worked out by hand: 5 March 2020 was a Thursday, so the Friday before it was 28 February;
2020 was a leap year, so 27 February + 7 days is 5 March; ISO week 9 of 2020 ran from
Monday 24 February to Sunday 1 March. Task 5 from seeds/annotations/dates.csv, reading the
reprint against 6 February by hand.
"""

import datetime as dt

import numpy as np
import pandas as pd

RIGHT = {
    "04.1": ["B", "b", " (B) "],  # the dateline: the day the story was filed
    "04.2": ["2020-02-28", dt.date(2020, 2, 28), pd.Timestamp("2020-02-28"), np.datetime64("2020-02-28")],
    "04.3": ["2020-03-05", dt.date(2020, 3, 5), pd.Timestamp("2020-03-05")],
    "04.4": ["2020-03-01", dt.date(2020, 3, 1), pd.Timestamp("2020-03-01")],
    # against Thursday 6 February, the top story's "Tuesday" becomes 4 February (not 11), "this week"
    # 2020-W06 (not W07) and "last week" 2020-W05 (not W06); "Feb. 11" and "October last year" take
    # only the year from the anchor, and the glued story's own dates come right: 3 wrong
    "04.5": [3, 3.0, np.int64(3)],
    "04.6": ["C", "c", "C."],  # attribute both counts and mark the dispute
}

WRONG = {
    "04.1": ["A", "C", "D", "E", 2],
    "04.2": ["2020-03-06", "2020-03-05", "2020-02-21", "2020-02-29", "Friday"],
    "04.3": ["2020-03-06", "2020-03-17", "2020-02-27", "2020-03-04", 7],
    "04.4": ["2020-02-24", "2020-02-28", "2020-03-08", "2020-03-05", "week of 24 Feb"],
    "04.5": [2, 0, 4, 24, "3 dates"],
    "04.6": ["A", "B", "D", "five", 8],
}
