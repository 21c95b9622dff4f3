"""Exercise 01: right answers (every accepted form) and plausible wrong ones."""

import re

import numpy as np
import pandas as pd

from tests.check_answers.common import IDS, annotations, seed_id

GOLD = annotations("lines.csv")


def good_remove_links(line):
    return re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)


PARAGRAPHS = (GOLD[GOLD["kind"] == "body"].groupby("article_id").size()
              - GOLD["note"].str.startswith("continuation").groupby(GOLD["article_id"]).sum())
BOILERPLATE = int((GOLD["kind"] != "body").sum())

RIGHT = {
    "01.1": [len(IDS), float(len(IDS)), np.int64(len(IDS)), pd.Series([len(IDS)])],
    "01.2": [[seed_id("001"), seed_id("003")], (seed_id("003"), seed_id("001")),  # no date line in either
             {seed_id("001"), seed_id("003")}, pd.Series([seed_id("001"), seed_id("003")])],
    "01.3": [good_remove_links],
    "01.4": [seed_id("001"), f" {seed_id('001')} "],  # the reprint with a second story glued on
    "01.5": [PARAGRAPHS, PARAGRAPHS.to_frame("n")],
    "01.6": [BOILERPLATE, float(BOILERPLATE), np.int64(BOILERPLATE)],
}

WRONG = {
    "01.1": [4, 6, 0, "5", 5.5, True, [5], float("nan")],
    "01.2": [[], IDS, IDS[:2], seed_id("001"), 2, ["Expatica", "Unnamed reprint site"]],
    "01.3": [lambda line: line, lambda line: line.replace("[", "").replace("]", ""),
             lambda line: re.sub(r"\(.*?\)", "", line), lambda line: 1 / 0, "not a function"],
    "01.4": [IDS[0], IDS[2], "The Moscow Times", 708, "nonsense"],
    "01.5": [pd.Series(1, index=IDS), pd.Series([9, 21, 15, 15, 7]), [9, 21, 15, 15, 7], 67],
    "01.6": [0, BOILERPLATE + 1, BOILERPLATE - 1, str(BOILERPLATE), None.__class__],
}
