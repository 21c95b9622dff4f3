"""Exercise 01 (meet the corpus): the questions and how their answers are checked.

Tasks 01.1-01.2 are warm-ups on the seeds' table; 01.3-01.5 carry the lesson's skills to
text the lesson never showed (a snippet of a made-up news page, new lines to classify);
01.6 asks for a judgement (which of two dates to trust).
"""

from __future__ import annotations

from typing import Any

from helpers.checks.core import Result, question
from helpers.checks.data import seed_articles
from helpers.checks.rules import (
    as_number,
    same_choice,
    same_collection,
    same_function,
    same_label,
    same_number,
)
from helpers.cleaning import label_lines
from helpers.text import words

#: The raw snippet of Tasks 4 and 5, exactly as the exercise notebook shows it: a made-up
#: news page, written for the course; its body sentences restate the Reuters story of
#: 11 February (seed 000), and the quotation is Peskov's as Reuters reported it.
SNIPPET = """[Home](#) › [World](#) › [Middle East](#)

## Kremlin: attacks on Syrian and Russian forces in Idlib must stop

By [Anna Ivanova](#)

11 February 2020 | 16:40

Smoke rises over a village in Idlib province, Syria.

The Kremlin said on Tuesday that all attacks on Russian and Syrian government forces in Syria's Idlib province should stop.

By Tuesday, clashes between Ankara and Damascus had killed 13 Turkish soldiers in Idlib province in a week.

**Read more: [Turkey and Russia hold talks in Ankara](#)**

"We consider such sorties from Idlib unacceptable," Kremlin spokesman Dmitry Peskov said.

Peskov said there were no plans for President Vladimir Putin and Turkish President Tayyip Erdogan to hold face-to-face talks on Syria.

Share"""

#: The hand labels of the snippet's non-blank lines (line number, counting from 1 -> kind),
#: written by reading it, with the kinds of seeds/annotations/lines.csv.
SNIPPET_KINDS = {
    1: "stray",
    3: "title",
    5: "byline",
    7: "date",
    9: "caption",
    11: "body",
    13: "body",
    15: "promo",
    17: "body",
    19: "body",
    21: "stray",
}

#: The lesson's simple cleaner, as the exercise gives it: a line is boilerplate if it is a stray
#: layout line or starts like a promo, a url block or a byline.
TOY_STRAY = {"block", "---"}
TOY_STARTS = ("Related article", "**Related article", "[Also on", "Original url", "<http", "By ")


def toy_keeps(line: str) -> bool:
    """True if the lesson's simple cleaner keeps ``line`` (stripped of surrounding spaces)."""
    return not (line in TOY_STRAY or line.startswith(TOY_STARTS))


def snippet_lines() -> dict[int, str]:
    """The snippet's non-blank lines by line number (counting from 1), stripped."""
    return {n: SNIPPET.split("\n")[n - 1].strip() for n in SNIPPET_KINDS}


def shares(kept: dict[int, bool]) -> tuple[float, float]:
    """(precision, recall) of a cleaner on the snippet, from which lines it keeps."""
    body = {n for n, kind in SNIPPET_KINDS.items() if kind == "body"}
    right = sum(1 for n in body if kept[n])
    return right / sum(kept.values()), right / len(body)


@question("01.1")
def _wordiest_outlet(answer: Any) -> Result:
    seeds = seed_articles()
    counts = seeds["text"].map(lambda text: len(words(text)))
    totals = counts.groupby(seeds["outlet"]).sum()
    longest_single = str(seeds["outlet"].iloc[int(counts.to_numpy().argmax())])
    expected = str(totals.idxmax())
    if isinstance(answer, str) and answer.strip() == longest_single and longest_single != expected:
        return False, (
            "that outlet published the longest single article; add up the words of all the "
            "articles of each outlet (groupby, then sum)."
        )
    return same_label(
        answer,
        expected,
        totals.index,
        'Count the words of each clean text, then add them up per outlet with groupby("outlet")[...].sum().',
        what="name of an outlet",
    )


@question("01.2")
def _sochi(answer: Any) -> Result:
    seeds = seed_articles()
    expected = seeds.loc[seeds["text"].str.contains("Sochi", regex=False), "article_id"]
    if as_number(answer) is not None and not isinstance(answer, str):
        return False, "that is a number: give the list of article ids, not how many there are."
    return same_collection(
        answer,
        expected,
        "Make a mask with .map and a lambda that asks "
        'whether "Sochi" is in the text, then take the article_id of those rows.',
        what="article ids",
    )


BYLINE_CASES = [  # a line -> is it a byline? (new lines, not in the seeds)
    (("By Reuters",), True),
    (("By the end of the day, no statement had been issued.",), False),
    (("By Jane Smith and John Doe",), True),
    (("Bylines were missing from the copied page.",), False),
    (("By AFP",), True),
    (("By Tuesday, clashes had killed 13 Turkish soldiers in Idlib province in a week.",), False),
    (("By Anna Ivanova, Moscow",), True),
    (("The Kremlin said on Tuesday that all attacks should stop.",), False),
    (("By Wednesday Evening the talks had ended.",), False),
]


@question("01.3")
def _is_byline(answer: Any) -> Result:
    return same_function(
        answer,
        BYLINE_CASES,
        "Look at the words after the first one: line.split() "
        "gives the words, word[0].isupper() asks for a capital.",
    )


@question("01.4")
def _toy_recall(answer: Any) -> Result:
    precision, recall = shares({n: toy_keeps(line) for n, line in snippet_lines().items()})
    mistakes = {
        1.0: "1.0 was its recall on the seeds. Run the rule on every line of the snippet: "
        "does it keep every body line?",
        precision: "that is its precision (of the lines it keeps, the share that is body). Recall "
        "asks: of the body lines, what share does it keep?",
        1 - recall: "that is the share of body lines it drops; recall is the share it keeps.",
    }
    return same_number(
        answer,
        recall,
        2,
        "Divide the number of body lines it keeps by the number of body lines.",
        share=True,
        mistakes=mistakes,
    )


@question("01.5")
def _helper_precision(answer: Any) -> Result:
    labels = label_lines(SNIPPET)
    kept = dict(zip(labels["line"], labels["kind"] == "body"))
    precision, recall = shares(kept)
    recall_slip = (
        "that is its recall here (of the body lines, the share it keeps), or its precision "
        "on the seeds. Precision asks: of the snippet's lines it keeps, what share is body?"
    )
    mistakes = {
        recall: recall_slip,
        1.0: recall_slip,
        1 - precision: "that is the share of kept lines that are not body; precision is the other part.",
    }
    return same_number(
        answer,
        precision,
        2,
        "Keep the lines label_lines calls body; of those, count the ones the hand labels call body.",
        share=True,
        mistakes=mistakes,
    )


DATE_OPTIONS = {
    "A": (
        "the manifest wins by default, but only because a person usually knows best; here two "
        "signs in the file itself disagree with it."
    ),
    "B": (
        "the date line read day first and the date in the address agree; the manifest has the "
        "same numbers read month first. Correct the manifest."
    ),
    "C": (
        "a missing date is right when nothing is known; here two independent signs in the file "
        "agree, so the date is known."
    ),
    "D": ("the address settles how 03/02/2020 is meant: look at the numbers after /news/ in the url."),
}


@question("01.6")
def _which_date(answer: Any) -> Result:
    return same_choice(
        answer,
        "B",
        DATE_OPTIONS,
        "Run helpers.extract_metadata on the page and compare what it reads with the manifest.",
    )
