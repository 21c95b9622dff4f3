"""Exercise 04 (timelines): the questions and how their answers are checked."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd

from helpers.checks.core import Result, question
from helpers.checks.data import seed_articles, seed_with
from helpers.checks.rules import same_count, same_date, same_function, same_text
from helpers.text import split_paragraphs, split_sentences

WEEKDAY_INPUTS = [("Tuesday", "2020-02-11"), ("Monday", "2020-02-11"), ("Wednesday", "2020-02-11"),
                  ("Sunday", "2020-02-16"), ("Monday", "2020-02-17"), ("Saturday", "2020-02-17")]


@question("04.1")
def _my_weekday(answer: Any) -> Result:
    from helpers.dates import WEEKDAYS, weekday_near
    cases = [((name, pd.Timestamp(anchor)),
              pd.Timestamp(weekday_near(dt.date.fromisoformat(anchor), WEEKDAYS[name.lower()], -1)))
             for name, anchor in WEEKDAY_INPUTS]
    return same_function(answer, cases, "The anchor day itself counts; otherwise go back to the last such day.")


@question("04.2")
def _iso_week(answer: Any) -> Result:
    from helpers.dates import iso_week
    latest = seed_articles()["published"].max()
    expected = iso_week(latest.date())
    if isinstance(answer, str) and answer.strip().replace("W0", "W") == expected.replace("W0", "W") \
            and answer.strip() != expected:
        return False, "almost: write the week with two digits, e.g. 2020-W07"
    return same_text(answer, expected, "Use .isocalendar() and write the year, '-W' and the week in two digits.")


@question("04.3")
def _ten_days_later(answer: Any) -> Result:
    from helpers.dates import find_dates
    article = seed_with("10 days later")
    found = find_dates(article["text"], article["published"])
    expected = found.loc[found["text"] == "10 days later", "value"].iloc[0]
    return same_date(answer, expected, "Count from the date the text gives just before it, not from the "
                                       "publication date.")


@question("04.4")
def _afp_date(answer: Any) -> Result:
    seeds = seed_articles()
    article = seeds[seeds["published"].isna() & seeds["agency"].eq("AFP")].iloc[0]
    lead = split_sentences(article["text"])[0]
    window = pd.date_range(seeds["published"].min(), seeds["published"].max(), freq="D")
    fits = [d for d in window if d.day_name() in lead]
    return same_date(answer, fits[0].date().isoformat(), "List the days between the first and the last "
                     "known publication date and keep the one whose weekday the lead names.")


@question("04.5")
def _wrong_under_one_anchor(answer: Any) -> Result:
    from helpers.corpus import SEEDS_DIR
    from helpers.dates import find_dates
    reprint = seed_with("Cavusoglu")
    text = reprint["text"]
    gold = pd.read_csv(SEEDS_DIR / "annotations" / "dates.csv", keep_default_na=False)
    gold = gold[gold["article_id"] == reprint["article_id"]]
    first_anchor = gold.loc[gold["anchor_from"] == "inferred", "anchor"].iloc[0]  # the first story's date
    found = find_dates(text, first_anchor).set_index("start")["value"]
    paragraphs = split_paragraphs(text)
    wrong = 0
    for number, expression, value in zip(gold["paragraph"], gold["text"], gold["value"]):
        start = text.index(paragraphs[number]) + paragraphs[number].index(expression)
        wrong += found.get(start) != value
    return same_count(answer, wrong, "Run find_dates on the whole reprint with the first story's anchor, "
                                     "then compare each annotated value with the value found at the same place.")
