"""Exercise 05: right answers (every accepted form) and plausible wrong ones."""

import math

import pandas as pd

from tests.check_answers.common import IDS, annotations, seed_id, seed_text

QUOTES = annotations("quotes.csv")


def rt_words():
    from helpers import words  # the course's word counter (Lesson 01), not the code under test here
    return len(words(seed_text("004")))


def rt_us_share():
    from helpers import words
    rt = QUOTES[QUOTES["article_id"].str.startswith("004") & (QUOTES["speaker"] == "Donald Trump")]
    return sum(len(words(q)) for q in rt["quote"]) / rt_words()


def good_delta(y_a, n_a, y_b, n_b, alpha_w, alpha_0):
    return (math.log((y_a + alpha_w) / (n_a + alpha_0 - y_a - alpha_w))
            - math.log((y_b + alpha_w) / (n_b + alpha_0 - y_b - alpha_w)))


RIGHT = {
    "05.1": [seed_id("001"), pd.Series([seed_id("001")])],  # the reprint that contains 000 (seeds/README.md)
    "05.2": [1000 * 5 / rt_words(), round(1000 * 5 / rt_words(), 1)],  # RT: 5 'terrorist' words, by hand
    "05.3": [3, 3.0, pd.Series([3])],  # of them, 3 in RT's own voice
    "05.4": [4 / 12, 0.33],  # AFP: accused x2, insists, threatened of 12 reporting verbs outside quotes
    "05.5": [good_delta],
    "05.6": [rt_us_share(), pd.Series([rt_us_share()])],  # Trump's two quotes in RT, from quotes.csv
}

WRONG = {
    "05.1": [seed_id("000"), IDS, [seed_id("001")], "The Moscow Times", 1, "nonsense"],
    "05.2": [5, 1000 * 3 / rt_words(), 5 / rt_words(), 1000 * 5 / 1000, "18.2", None.__class__],
    "05.3": [5, 2, 0, "3", 3.5],
    "05.4": [4, 0.5, 4 / 19, 8 / 12, "1/3"],
    "05.5": [lambda ya, na, yb, nb, a, a0: math.log10((ya + a) / (na + a0 - ya - a))
             - math.log10((yb + a) / (nb + a0 - yb - a)),
             lambda ya, na, yb, nb, a, a0: math.log((ya + a) / (na + a0)) - math.log((yb + a) / (nb + a0)),
             lambda ya, na, yb, nb, a, a0: -good_delta(ya, na, yb, nb, a, a0),
             lambda *args: float("nan"), 0.9163],
    "05.6": [14, 100 * rt_us_share(), 14 / 35, 21 / rt_words(), "0.05"],
}
