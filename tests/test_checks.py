"""helpers.checks: right answers accepted, wrong ones rejected with a hint, nothing ever raises.

The right answers here are worked out independently of the code under test: from the
seed files and the hand annotations, not from load_articles or label_lines.
"""

import re

import pandas as pd
import pytest

from helpers import SEEDS_DIR
from helpers.checks import CORRECT, NOT_ATTEMPTED, NOT_YET, QUESTIONS, check, evaluate

GOLD = pd.read_csv(SEEDS_DIR / "annotations" / "lines.csv", keep_default_na=False)
IDS = sorted(p.stem for p in SEEDS_DIR.glob("*.txt"))


def good_remove_links(line):
    return re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)


RIGHT = {
    "01.1": len(IDS),
    "01.2": [i for i in IDS if i.startswith(("001", "003"))],  # the two files with no date line
    "01.3": good_remove_links,
    "01.4": [i for i in IDS if i.startswith("001")][0],  # the reprint with a second story glued on
    "01.5": GOLD[GOLD["kind"] == "body"].groupby("article_id").size()
            - GOLD["note"].str.startswith("continuation").groupby(GOLD["article_id"]).sum(),
    "01.6": int((GOLD["kind"] != "body").sum()),
}

ARTICLE_PAIRS = pd.read_csv(SEEDS_DIR / "annotations" / "article_pairs.csv")
PARAGRAPH_PAIRS = pd.read_csv(SEEDS_DIR / "annotations" / "paragraph_pairs.csv")
COPY = tuple(ARTICLE_PAIRS.loc[ARTICLE_PAIRS["copy"] == 1, ["a", "b"]].iloc[0])


def good_normalize(text):
    for fancy, plain in {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u2026": "..."}.items():
        text = text.replace(fancy, plain)
    return " ".join(text.lower().split())


def copy_resemblance():
    from helpers.dedup import jaccard, shingles
    texts = {i: (SEEDS_DIR / f"{i}.txt").read_text(encoding="utf-8") for i in COPY}
    from helpers import clean_text
    return jaccard(shingles(clean_text(texts[COPY[0]])), shingles(clean_text(texts[COPY[1]])))


def reprint_paragraphs_without_twin():
    from helpers import clean_text
    longer = clean_text((SEEDS_DIR / f"{COPY[1]}.txt").read_text(encoding="utf-8"))
    copies = PARAGRAPH_PAIRS[(PARAGRAPH_PAIRS["relation"] == "copy") & (PARAGRAPH_PAIRS["article_b"] == COPY[1])]
    return len(longer.split("\n\n")) - copies["para_b"].nunique()


RIGHT.update({
    "02.1": good_normalize,
    "02.2": lambda a, b: len(a & b) / len(a) if a else 0,
    "02.3": copy_resemblance(),
    "02.4": COPY,
    "02.5": reprint_paragraphs_without_twin(),
    "02.6": 1 - (1 - 0.6 ** 5) ** 20,
})

QUOTES = pd.read_csv(SEEDS_DIR / "annotations" / "quotes.csv", keep_default_na=False)
VOICES = QUOTES[QUOTES["kind"] != "scare"]


def good_quotes(text):
    return re.findall(r'["\u201c]([^"\u201d]+)["\u201d]', text)


def most_quoted_words():
    counts = VOICES["quote"].map(lambda q: len(re.findall(r"\w+(?:['\u2019-]\w+)*", q)))
    return counts.groupby(VOICES["speaker"]).sum().idxmax()


RIGHT.update({
    "03.1": good_quotes,
    "03.2": set(QUOTES.loc[QUOTES["kind"] == "scare", "quote"]),
    "03.3": most_quoted_words(),
    # Worked out by reading the seeds: direct and partial quotes named only by "he"/"He"
    # (000 ¶6, 001 ¶7, 001 ¶16 twice, 003 ¶2, ¶3 and ¶13, 004 ¶2) or by nothing, going on from
    # the quote before (002 ¶7 and ¶14) or from the sentence before (004 ¶3, "He also praised ...").
    "03.4": 11,
    # The AFP rendering of Reuters' "We continue to note with regret ...", from the annotations.
    "03.5": QUOTES.loc[(QUOTES["article_id"].str.startswith("003")) & (QUOTES["paragraph"] == 2), "quote"].iloc[0],
})

WRONG = {
    "01.1": [4, 6, 0, "5", 5.0, True, [5]],
    "01.2": [[], IDS, IDS[:2], "001_4adf9b929fb8dcbc", 2, ["Expatica", "Unnamed reprint site"]],
    "01.3": [lambda line: line, lambda line: line.replace("[", "").replace("]", ""),
             lambda line: re.sub(r"\(.*?\)", "", line), lambda line: None, lambda line: 1 / 0, "not a function"],
    "01.4": [IDS[0], IDS[2], "The Moscow Times", 708, "nonsense"],
    "01.5": [pd.Series(1, index=IDS), pd.Series([9, 21, 15, 15, 7]), [9, 21, 15, 15, 7], 67],
    "01.6": [0, RIGHT["01.6"] + 1, RIGHT["01.6"] - 1, str(RIGHT["01.6"]), None.__class__],
    "02.1": [str.lower, lambda t: t, lambda t: " ".join(t.split()), lambda t: good_normalize(t).upper(), "f"],
    "02.2": [lambda a, b: len(a & b) / len(a | b), lambda a, b: len(a & b) / len(b),
             lambda a, b: len(a & b) / len(a), lambda a, b: 1.0, 0.5],
    "02.3": [0.993, 1.0, RIGHT["02.3"] + 0.05, "0.43", True],
    "02.4": [COPY[:1], (COPY[0], "002_3204517b1f9100d2"), [COPY, ("002_3204517b1f9100d2", "003_bee421a002fc0c42")],
             "000_0af351e3b7521d44 001_4adf9b929fb8dcbc", 1],
    "02.5": [0, 9, 10, 21, RIGHT["02.5"] + 1, "12"],
    "02.6": [0.6, 0.6 ** 5, (1 - 0.6 ** 5) ** 20, 1 - (1 - 0.6 ** 20) ** 5, "0.8"],
    "03.1": [lambda t: re.findall(r'"([^"]+)"', t), lambda t: re.findall(r'["\u201c][^"\u201d]+["\u201d]', t),
             lambda t: " ".join(good_quotes(t)), lambda t: None, "my_quotes"],
    "03.2": [set(), {"terrorists"}, set(QUOTES["quote"]), "terrorists radical everywhere massacres",
             {"Terrorists", "Radical", "Everywhere", "Massacres"}],
    "03.3": ["Peskov", "Mevlut Cavusoglu", "Russian Defense Ministry", "Recep Tayyip Erdogan", 201],
    "03.4": [0, 8, 3, 25, "11", 11.5],
    "03.5": ["This is unacceptable and runs counter to the Sochi agreements,", "",
             VOICES["quote"].iloc[0], ["all these groups"], 0.5],
}


# --- Exercise 05: framing. Counts read by hand in the seeds (see tests/test_framing.py) ---

def seed_text(prefix):
    from helpers import clean_text
    return clean_text((SEEDS_DIR / f"{[i for i in IDS if i.startswith(prefix)][0]}.txt").read_text(encoding="utf-8"))


def rt_words():
    from helpers import words  # the course's word counter (Lesson 01), not the code under test here
    return len(words(seed_text("004")))




def rt_us_share():
    from helpers import words
    rt = QUOTES[QUOTES["article_id"].str.startswith("004") & (QUOTES["speaker"] == "Donald Trump")]
    return sum(len(words(q)) for q in rt["quote"]) / rt_words()


def good_delta(y_a, n_a, y_b, n_b, alpha_w, alpha_0):
    import math
    return (math.log((y_a + alpha_w) / (n_a + alpha_0 - y_a - alpha_w))
            - math.log((y_b + alpha_w) / (n_b + alpha_0 - y_b - alpha_w)))


RIGHT.update({
    "05.1": [i for i in IDS if i.startswith("001")][0],  # the reprint that contains 000 (seeds/README.md)
    "05.2": 1000 * 5 / rt_words(),  # RT: 5 'terrorist' words, read by hand
    "05.3": 3,                      # of them, 3 in RT's own voice
    "05.4": 4 / 12,                 # AFP: accused x2, insists, threatened of 12 reporting verbs outside quotes
    "05.5": good_delta,
    "05.6": rt_us_share(),          # Trump's two quotes in RT, from quotes.csv
})
WRONG.update({
    "05.1": [[i for i in IDS if i.startswith("000")][0], IDS, "The Moscow Times", 1, "nonsense"],
    "05.2": [5, 1000 * 3 / rt_words(), 5 / rt_words(), 1000 * 5 / 1000, "18.2", None.__class__],
    "05.3": [5, 2, 0, "3", 3.5],
    "05.4": [4, 0.5, 4 / 19, 8 / 12, "1/3"],
    "05.5": [lambda ya, na, yb, nb, a, a0: __import__("math").log10((ya + a) / (na + a0 - ya - a))
             - __import__("math").log10((yb + a) / (nb + a0 - yb - a)),
             lambda ya, na, yb, nb, a, a0: __import__("math").log((ya + a) / (na + a0))
             - __import__("math").log((yb + a) / (nb + a0)),
             lambda ya, na, yb, nb, a, a0: -good_delta(ya, na, yb, nb, a, a0),
             lambda *args: None, 0.9163],
    "05.6": [14, 100 * rt_us_share(), 14 / 35, 21 / rt_words(), "0.05"],
})


def test_every_question_has_right_and_wrong_answers_here():
    assert set(QUESTIONS) == set(RIGHT) == set(WRONG)


@pytest.mark.parametrize("qid", sorted(RIGHT))
def test_right_answer_accepted(qid):
    feedback = evaluate(qid, RIGHT[qid])
    assert feedback.status == CORRECT, feedback.message


@pytest.mark.parametrize("qid, answer", [(q, a) for q, answers in sorted(WRONG.items()) for a in answers])
def test_wrong_answer_rejected_with_a_hint(qid, answer):
    feedback = evaluate(qid, answer)
    assert feedback.status == NOT_YET
    assert len(feedback.message) > 15


@pytest.mark.parametrize("qid", sorted(QUESTIONS))
def test_not_attempted(qid):
    assert evaluate(qid, ...).status == NOT_ATTEMPTED
    assert evaluate(qid, None).status == NOT_ATTEMPTED


def test_check_prints_one_line_and_never_raises(capsys):
    check("01.3", lambda line: 1 / 0)
    check("99.9", 1)
    check("01.1", object())
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert "ZeroDivisionError" in lines[0]
    assert "no question '99.9'" in lines[1]
    assert lines[2].startswith("✘ 01.1 not yet")


def test_messages_read_well(capsys):
    check("01.1", len(IDS))
    check("01.1", ...)
    check("01.1", 4)
    assert capsys.readouterr().out.splitlines() == [
        f"✔ 01.1 correct: {len(IDS)} it is",
        "… 01.1 not attempted yet: replace the ... with your answer and run the cell again",
        "✘ 01.1 not yet: 4 is too low. Count the rows of the articles table: len(articles).",
    ]


# --- Exercise 04: right answers from the hand annotations and the calendar ---------

DATES = pd.read_csv(SEEDS_DIR / "annotations" / "dates.csv", keep_default_na=False)


def good_weekday(name, anchor):
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    return (anchor - pd.Timedelta(days=(anchor.weekday() - days.index(name)) % 7)).date()


RIGHT.update({
    "04.1": good_weekday,
    "04.2": "2020-W08",  # 17 February 2020 (RT, the latest date line) was the Monday of ISO week 8
    "04.3": DATES.loc[DATES["text"] == "10 days later", "value"].iloc[0],
    "04.4": DATES.loc[DATES["article_id"].str.startswith("003") & (DATES["anchor_from"] == "inferred"), "anchor"].iloc[0],
    "04.5": 2,  # read by hand: "Monday" (10 instead of 3 Feb) and "earlier this week" (W07 instead of W06)
})
WRONG.update({
    "04.1": [lambda name, anchor: (anchor - pd.Timedelta(days=(anchor.weekday() - 1) % 7)).date(),
             lambda name, anchor: good_weekday(name, anchor) - pd.Timedelta(days=7) if name == anchor.day_name()
             else good_weekday(name, anchor),
             lambda name, anchor: None, lambda name, anchor: 1 / 0, "Tuesday"],
    "04.2": ["2020-W07", "2020-W8", "2020-08", 8, "W08"],
    "04.3": ["2020-02-27", "2020-02-03", "2020-02-17", 13, "13 February"],
    "04.4": ["2020-02-11", "2020-02-13", "2020-02-19", "Wednesday", None.__class__],
    "04.5": [0, 1, 3, 50, "2"],
})
