"""Exercise 03: right answers (every accepted form) and plausible wrong ones."""

import re

from tests.check_answers.common import annotations

QUOTES = annotations("quotes.csv")
VOICES = QUOTES[QUOTES["kind"] != "scare"]


def good_quotes(text):
    return re.findall(r'["\u201c]([^"\u201d]+)["\u201d]', text)


def most_quoted_words():
    counts = VOICES["quote"].map(lambda q: len(re.findall(r"\w+(?:['\u2019-]\w+)*", q)))
    return counts.groupby(VOICES["speaker"]).sum().idxmax()


SCARE = set(QUOTES.loc[QUOTES["kind"] == "scare", "quote"])
REMARK = QUOTES.loc[(QUOTES["article_id"].str.startswith("003")) & (QUOTES["paragraph"] == 2), "quote"].iloc[0]

RIGHT = {
    "03.1": [good_quotes, lambda text: tuple(good_quotes(text))],
    "03.2": [SCARE, sorted(SCARE), tuple(SCARE)],
    "03.3": [most_quoted_words()],
    # Worked out by reading the seeds: direct and partial quotes named only by "he"/"He"
    # (000 ¶6, 001 ¶7, 001 ¶16 twice, 003 ¶2, ¶3 and ¶13, 004 ¶2) or by nothing, going on from
    # the quote before (002 ¶7 and ¶14) or from the sentence before (004 ¶3, "He also praised ...").
    "03.4": [11, 11.0],
    # The AFP rendering of Reuters' "We continue to note with regret ...", from the annotations.
    "03.5": [REMARK, f"\u201c{REMARK}\u201d"],
}

WRONG = {
    "03.1": [lambda t: re.findall(r'"([^"]+)"', t), lambda t: re.findall(r'["\u201c][^"\u201d]+["\u201d]', t),
             lambda t: " ".join(good_quotes(t)), "my_quotes"],
    "03.2": [set(), {"terrorists"}, set(QUOTES["quote"]), "terrorists radical everywhere massacres",
             {"Terrorists", "Radical", "Everywhere", "Massacres"}],
    "03.3": ["Peskov", "Mevlut Cavusoglu", "Russian Defense Ministry", "Recep Tayyip Erdogan", 201],
    "03.4": [0, 8, 3, 25, "11", 11.5],
    "03.5": ["This is unacceptable and runs counter to the Sochi agreements,", "",
             VOICES["quote"].iloc[0], ["all these groups"], 0.5],
}
