"""Exercise 04 (timelines): the questions and how their answers are checked.

Tasks 1 to 4 use two short news snippets written for the exercise (in the notebook);
their right answers are worked out here from the calendar: 5 March 2020 was a Thursday,
2020 was a leap year, and ISO week 9 of 2020 ran from Monday 24 February to Sunday 1 March.
Task 5 computes its answer from the seeds and their hand annotations.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from helpers.checks.core import Result, question
from helpers.checks.data import seed_with
from helpers.checks.rules import same_choice, same_count, same_date
from helpers.corpus import SEEDS_DIR
from helpers.dates import find_dates
from helpers.text import split_paragraphs

ANCHOR_OPTIONS = {
    "A": "an update time says when the page last changed (a typo fixed, a photo added), not when the "
    "reporter wrote 'on Friday'.",
    "B": "the dateline says when the story was filed, and 'on Friday' counts back from that day.",
    "C": "the air strike is an event the story reports; relative dates count from the day the words were "
    "written, not from the events they describe.",
    "D": "'Friday' is every Friday in history until you know which week is meant: it needs an anchor.",
}
COUNT_OPTIONS = {
    "A": "newer is not better sourced, and a chronology that silently picks one count hides a dispute.",
    "B": "trusting one outlet more may be fair, but it is a judgement to state openly: a reader should "
    "see that the sources disagree.",
    "C": "attribute each number, mark the disagreement, and look for the primary source before choosing.",
    "D": "both reports describe one attack on one day: adding them counts the same dead twice.",
}


@question("04.1")
def _which_anchor(answer: Any) -> Result:
    return same_choice(answer, "B", ANCHOR_OPTIONS, "Which date says when the words were written?")


@question("04.2")
def _friday(answer: Any) -> Result:
    mistakes = {
        "2020-03-06": "2020-03-06 is the page's update day itself: is that the day the words were written?",
        "2020-03-05": "2020-03-05 is the Thursday of the talks, the dateline's own day; 'on Friday' is before it.",
    }
    # the dateline is Thursday 5 March 2020; the most recent Friday before it was 28 February
    return same_date(
        answer,
        "2020-02-28",
        "A past-tense weekday is the most recent such day on or before the anchor.",
        mistakes=mistakes,
    )


@question("04.3")
def _a_week_later(answer: Any) -> Result:
    mistakes = {
        "2020-03-06": "2020-03-06 is one day late: 2020 was a leap year, so February had 29 days.",
        "2020-03-17": "2020-03-17 counts from the publication date; 'a week later' counts from the date before it.",
    }
    # 27 February 2020 + 7 days (29 February included)
    return same_date(
        answer,
        "2020-03-05",
        "Count from the date the text gives just before 'A week later'.",
        mistakes=mistakes,
    )


@question("04.4")
def _week_in_the_export(answer: Any) -> Result:
    monday = {
        "2020-02-24": "2020-02-24 is the week's first day (its Monday); the task asks for the last one."
    }
    # "last week" in a story of Thursday 5 March 2020 (ISO week 10) is week 9: 24 February to 1 March
    return same_date(
        answer,
        "2020-03-01",
        "Read the talks' row of the export: End Year, End Month and End "
        "Day say where the week ends (weeks run Monday to Sunday).",
        mistakes=monday,
    )


@question("04.5")
def _wrong_under_the_older_anchor(answer: Any) -> Result:

    reprint = seed_with("Cavusoglu")
    text = reprint["text"]
    gold = pd.read_csv(SEEDS_DIR / "annotations" / "dates.csv", keep_default_na=False)
    gold = gold[gold["article_id"] == reprint["article_id"]]
    older = gold.loc[gold["anchor_from"] == "inferred", "anchor"].min()  # the glued story's date
    found = find_dates(text, older).set_index("start")["value"]
    paragraphs = split_paragraphs(text)
    wrong = 0
    for number, expression, value in zip(gold["paragraph"], gold["text"], gold["value"]):
        start = text.index(paragraphs[number]) + paragraphs[number].index(expression)
        wrong += found.get(start) != value
    lessons_case = {
        2: "2 is how many go wrong against 11 February (the lesson's case); against 6 February "
        "it is the top story that is read against the wrong day."
    }
    return same_count(
        answer,
        wrong,
        "Run find_dates on the whole reprint against the older story's date, "
        "then compare each annotated value with the value found at the same place.",
        mistakes=lessons_case,
    )


@question("04.6")
def _five_or_eight(answer: Any) -> Result:
    return same_choice(
        answer, "C", COUNT_OPTIONS, "What can a reader check, and what would they need to know?"
    )
