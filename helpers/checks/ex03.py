"""Exercise 03 (quotes): the questions and how their answers are checked.

Every expected value here was worked out by hand from the texts the tasks give (or from
the seeds and their annotations); the comments say how.
"""

from __future__ import annotations

from typing import Any

from helpers.checks.core import Result, question
from helpers.checks.rules import same_choice, same_count, same_function, same_number

#: Task 1: five short texts and the quoted words in each, written out by hand.
QUOTE_CASES = [
    (("\u201cWe go,\u201d he said.",), ["We go,"]),
    (('He said "no" twice and "yes" once.',), ["no", "yes"]),
    (("No quotes here.",), []),
    (('\u201cMixed marks," she said.',), ["Mixed marks,"]),
    (("Syria\u2019s war \u201cis over\u201d, they said.",), ["is over"]),
]


@question("03.1")
def _my_quotes(answer: Any) -> Result:
    return same_function(
        answer,
        QUOTE_CASES,
        "Use one group, (...), around the words between the marks, "
        "and allow both straight and curly double marks.",
    )


@question("03.2")
def _scare_quote(answer: Any) -> Result:
    options = {
        "A": "Erdogan chose that word and the sentence says so: it reports his word (a partial quote), "
        "even though it is only one word.",
        "B": "the reporter's own sentence keeps the label at arm's length; nobody is quoted.",
        "C": "That is a full sentence in Akar's own words, attributed to him: a direct quote.",
        "D": "Those are Akar's words set inside the reporter's sentence: a partial quote.",
    }
    return same_choice(
        answer,
        "B",
        options,
        "A scare quote is the writer distancing themselves from a label, not a report of what someone said.",
    )


@question("03.3")
def _readout_source(answer: Any) -> Result:
    options = {
        "A": "The sentence is about Putin, but nobody says 'I expressed serious concern': the words "
        "describe him.",
        "B": "a readout's words are the press office's, even when the sentence is about a president.",
        "C": "Erdogan was the other party on the call; nothing in the paragraph gives him these words.",
        "D": "The quotation marks say the words come from someone other than the reporter.",
    }
    return same_choice(
        answer, "B", options, "Read the end of the sentence: who does it say the account comes from?"
    )


@question("03.4")
def _resolved_only(answer: Any) -> Result:
    # By reading the seeds: direct and partial quotes named only by "he"/"He" (000 ¶6, 001 ¶7,
    # 001 ¶16 twice, 003 ¶2, ¶3 and ¶13, 004 ¶2) or by nothing, going on from the quote before
    # (002 ¶7 and ¶14). RT's "He also praised …" (004 ¶3) names its source itself: "according to
    # … Judd Deere", so resolution adds nothing there.
    pronouns_only = {
        8: "too low: that counts the quotes named by a pronoun; also count the quotes with no "
        "speaker at all that go on from the quote before."
    }
    return same_count(
        answer,
        10,
        "Count direct and partial quotes whose speaker is missing or a pronoun "
        "without resolution and a name with it.",
        mistakes=pronouns_only,
    )


#: Task 5: the words after a closing mark, and the speaker they name, written out by hand.
SPEAKER_CASES = [
    ((", he said.",), "he"),
    ((", Akar told reporters.",), "Akar"),
    ((", said Cavusoglu.",), "Cavusoglu"),
    ((" the Defence Ministry said in a statement.",), "Defence Ministry"),
    ((", said Mevlut Cavusoglu on Friday.",), "Mevlut Cavusoglu"),
    ((" and then he left.",), None),
]


@question("03.5")
def _speaker_after(answer: Any) -> Result:
    return same_function(
        answer,
        SPEAKER_CASES,
        "Try two patterns in turn, a tiny sieve: NAME then said/told, "
        "and said then NAME; leave a leading 'the' out of the name.",
    )


@question("03.6")
def _containment(answer: Any) -> Result:
    # By hand: stems (first five letters of the words of four letters or more) of
    # "We will strike the regime forces everywhere if a single soldier of ours is hurt":
    # will strik regim force every singl soldi ours hurt (9); of "If even one of our soldiers is
    # harmed, we will hit regime forces everywhere": even soldi harme will regim force every (7).
    # Shared: will regim force every soldi (5). Containment = 5 / min(9, 7) = 5/7 = 0.714.
    mistakes = {
        5 / 11: "that is shared stems over all stems (Jaccard); containment divides by the smaller set.",
        5 / 9: "that divides by the larger set; containment divides by the smaller one.",
        4 / 7: "that compares whole words; cut each word to its first five letters so that "
        "'soldier' and 'soldiers' match.",
    }
    return same_number(
        answer,
        5 / 7,
        2,
        "Use the lesson's stems and overlap on the two renderings.",
        share=True,
        mistakes=mistakes,
    )
