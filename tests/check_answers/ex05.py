"""Exercise 05: right answers (every accepted form) and plausible wrong ones.

Tasks 1, 2, 4, 5 and 6 use texts written for the exercise (in the solution notebook); the
answers below were worked out by hand from those texts. Task 3 was read in the seed 003.
"""

import numpy as np
import pandas as pd

# Task 1: the dispatch has 12 + 9 + 23 + 9 = 53 words (counted by hand, sentence by sentence);
# its opposition words are "rebels", "terrorists", "insurgent": 3.
RATE = 1000 * 3 / 53

RIGHT = {
    "05.1": [RATE, round(RATE, 1), np.float64(RATE), pd.Series([RATE])],
    # Task 2: "The rebels who held them withdrew overnight, residents said." (source at the end);
    # "the Syrian army reported that insurgent groups had shelled" (after the verb).
    "05.2": [
        ["rebels", "insurgent"],
        ("insurgent", "rebels"),
        pd.Series(["rebels", "insurgent"]),
        ["Rebels", "insurgent"],
    ],
    # Task 3: "Erdogan on Wednesday threatened to strike Syrian regime forces ..." (003, AFP).
    "05.3": ["B", "b", " (B) "],
    # Task 4: said, added neutral; insisted, admitted, claimed marked.
    "05.4": [
        ["insisted", "admitted", "claimed"],
        {"claimed", "insisted", "admitted"},
        pd.Series(["insisted", "admitted", "claimed"]),
    ],
    # Task 5: A and D name no source; B ends ", says Akar", C ends "- Erdogan".
    "05.5": [["A", "D"], ["d", "a"], ("A", "D"), pd.Series(["A", "D"])],
    # Task 6: Daily B, Turkey side: "Our patience has limits" (Erdogan, 4) + "will respond to every
    # attack" (Akar, 5); "massacres" is a scare quote, left out.
    "05.6": [9, 9.0, np.int64(9), pd.Series([9])],
}

WRONG = {
    "05.1": [3, 3 / 53, 1000 * 5 / 53, 1000 * 2 / 53, "56.6", float("nan")],
    "05.2": [
        ["rebels"],
        ["insurgent"],
        ["rebels", "insurgent", "terrorists"],
        ["government", "army"],
        "rebels",
        ["rebels", "insurgent", "army"],
    ],
    "05.3": ["A", "C", "D", "E", 2, "regime"],
    "05.4": [
        ["insisted", "admitted"],
        ["said", "insisted", "admitted", "claimed"],
        ["insist", "admit", "claim"],
        "claimed",
        ["insisted", "admitted", "claimed", "added"],
    ],
    "05.5": [["A"], ["A", "B", "D"], ["A", "C", "D"], ["B", "C"], "AD", ["A", "D", "E"]],
    "05.6": [10, 13, 4, 5, 14, 9.5, "9"],
}
