"""Exercise 01: right answers (every accepted form) and plausible wrong ones.

Worked out by hand, not by the code under test:
* 01.1: words of the clean texts (Lesson 01's table, checked by counting two of them by eye):
  The Moscow Times 296 + 475 = 771 over two articles; the reprint site 708 in one article.
* 01.2: "Sochi" occurs in the AFP story (003: "the Sochi agreements", "the Sochi memorandum",
  "the Sochi deal") and in RT's (004: "the Sochi agreement"); grep seeds/*.txt finds no other.
* 01.3: the byline rule applied by reading each line.
* 01.4-01.5: the snippet of helpers/checks/ex01.py has 11 non-blank lines, 4 of them body
  (lines 11, 13, 17, 19). The simple cleaner drops only lines starting with "By " or a promo
  start it knows: it drops the byline (5) and the body line 13 ("By Tuesday, …"), and keeps
  the other 9. Recall 3/4 = 0.75; precision 3/9 = 0.33. The helper keeps the 4 body lines plus
  the breadcrumb (line 1: only links) and the caption (line 9: no credit, printed once), so
  precision 4/6 = 0.67 and recall 4/4 = 1.
* 01.6: the date line 03/02/2020 read day first and the url's /2020/02/03/ agree: B.
"""

import numpy as np
import pandas as pd

from tests.check_answers.common import IDS, seed_id


def good_is_byline(line):
    words = line.split()
    return len(words) > 1 and words[0] == "By" and all(w[0].isupper() or w == "and" for w in words[1:])


def regex_is_byline(line):
    import re

    return re.fullmatch(r"By( (?:[A-Z]\S*|and))+", line) is not None


SOCHI = [seed_id("003"), seed_id("004")]

RIGHT = {
    "01.1": ["The Moscow Times", " The Moscow Times ", pd.Series(["The Moscow Times"])],
    "01.2": [SOCHI, tuple(reversed(SOCHI)), set(SOCHI), pd.Series(SOCHI), pd.Index(SOCHI), np.array(SOCHI)],
    "01.3": [good_is_byline, regex_is_byline],
    "01.4": [0.75, 3 / 4, np.float64(0.75), 0.7549],
    "01.5": [4 / 6, 0.67, np.float64(0.666), pd.Series([4 / 6])],
    "01.6": ["B", "b", " B) ", "(b)"],
}

WRONG = {
    "01.1": ["Unnamed reprint site", "Reuters", "the moscow times", "Moscow Times", 771, seed_id("002")],
    "01.2": [2, [seed_id("003")], IDS, [], [*SOCHI, seed_id("000")], "Sochi"],
    "01.3": [
        lambda line: line.startswith("By "),  # the lesson's simple rule
        lambda line: line.startswith("By"),  # accepts "Bylines were …"
        lambda line: line.split()[1][0].isupper() if line.startswith("By ") else False,  # one word only
        lambda line: all(w[0].isupper() for w in line.split()),  # forgets "and"
        lambda line: 1 / 0,
        "is_byline",
    ],
    "01.4": [1.0, 1, 3 / 9, 0.25, 75, 0.8, float("nan")],
    "01.5": [1.0, 0.75, 2 / 6, 0.5, 67, 4 / 11],
    "01.6": ["A", "C", "D", "2020-02-03", "E", 2],
}
