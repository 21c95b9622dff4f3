"""Exercise 03: right answers (every accepted form) and plausible wrong ones.

Worked out by hand from the texts each task gives (see the comments), not by the code under test.
"""

import re


def good_quotes(text):
    return re.findall(r'["\u201c]([^"\u201d]+)["\u201d]', text)


def speaker_after(after):
    m = re.match(r"^[,.]?\s*(?:the )?(he|she|[A-Z]\w+(?: [A-Z]\w+)*) (?:said|told)", after)
    if m:
        return m.group(1)
    m = re.match(r"^[,.]?\s*said ([A-Z]\w+(?: [A-Z]\w+)*)", after)
    return m.group(1) if m else None


def speaker_after_with_the(after):  # keeps "the" in "the Defence Ministry"
    m = re.match(r"^[,.]?\s*((?:the )?(?:he|she|[A-Z]\w+(?: [A-Z]\w+)*)) (?:said|told)", after)
    return m.group(1) if m else speaker_after(after)


def speaker_after_only(after):  # only "NAME said", not "said NAME"
    m = re.match(r"^[,.]?\s*(?:the )?(he|she|[A-Z]\w+(?: [A-Z]\w+)*) (?:said|told)", after)
    return m.group(1) if m else None


def speaker_after_first_word(after):  # "said Mevlut Cavusoglu" -> "Mevlut"
    m = re.match(r"^[,.]?\s*(?:the )?(he|she|[A-Z]\w+(?: [A-Z]\w+)*) (?:said|told)", after)
    if m:
        return m.group(1)
    m = re.match(r"^[,.]?\s*said ([A-Z]\w+)", after)
    return m.group(1) if m else None


RIGHT = {
    # Task 1: the five test texts' quotes are written out by hand in helpers/checks/ex03.py.
    "03.1": [good_quotes, lambda text: tuple(good_quotes(text))],
    # Task 2: B ("so-called 'safe zone'") is the reporter's own label at arm's length; A is a
    # one-word partial quote (Erdogan's word), C direct, D partial.
    "03.2": ["B", "b", " B ", "(B)"],
    # Task 3: "according to the Kremlin press service": the readout's words.
    "03.3": ["B", "b"],
    # Task 4: counted by reading the seeds (see the comment in helpers/checks/ex03.py): 8 quotes
    # named by "he" and 2 follow-on quotes with no attribution.
    "03.4": [10, 10.0],
    "03.5": [speaker_after],
    # Task 6: containment 5/7 by hand (see helpers/checks/ex03.py), to two decimals.
    "03.6": [5 / 7, 0.71, 0.714],
}

WRONG = {
    "03.1": [
        lambda t: re.findall(r'"([^"]+)"', t),
        lambda t: re.findall(r'["\u201c][^"\u201d]+["\u201d]', t),
        lambda t: " ".join(good_quotes(t)),
        "my_quotes",
    ],
    "03.2": ["A", "C", "D", "E", 2],
    "03.3": ["A", "C", "D", "Putin", "Vladimir Putin"],
    "03.4": [8, 11, 0, 25, 10.5],
    "03.5": [
        speaker_after_with_the,
        speaker_after_only,
        speaker_after_first_word,
        lambda after: after.split()[1],
        "speaker_after",
    ],
    "03.6": [5 / 11, 5 / 9, 4 / 7, 71.4, 1.0],
}
