"""Exercise 05 (framing): the questions and how their answers are checked.

Tasks 1, 2, 4, 5 and 6 work on short texts written for the exercise (they are in the
notebook); their expected answers were worked out by hand from those texts, as the
comments say. Task 3 asks for a judgement about a word in the seeds.
"""

from __future__ import annotations

from typing import Any

from helpers.checks.core import Result, question
from helpers.checks.rules import items_of, same_choice, same_collection, same_count, same_number

# The dispatch of tasks 1 and 2 has 53 words (12 + 9 + 23 + 9, sentence by sentence). Its label
# words: "Government" (forces pushed: the reporter's), "rebels" (..., residents said: reported),
# "terrorists" (in quotation marks), "army" (the Syrian army reported: the source's name, the
# reporter's) and "insurgent" (after "reported": reported). Opposition: rebels, terrorists, insurgent.
DISPATCH_WORDS = 53
OPPOSITION_WORDS = 3
REPORTED_WORDS = ["rebels", "insurgent"]


@question("05.1")
def _opposition_rate(answer: Any) -> Result:
    mistakes = {
        OPPOSITION_WORDS: "that is the count of opposition words; divide by the words of the text, times 1,000",
        OPPOSITION_WORDS / DISPATCH_WORDS: "that is a share of the words; a rate per 1,000 words is 1,000 "
        "times larger",
        1000
        * 5
        / DISPATCH_WORDS: "that counts every label word; keep only the rows whose side is 'opposition'",
    }
    return same_number(
        answer,
        1000 * OPPOSITION_WORDS / DISPATCH_WORDS,
        1,
        "Count the opposition rows of find_terms and the words of the text (helpers.words).",
        mistakes=mistakes,
    )


@question("05.2")
def _reported_words(answer: Any) -> Result:
    items = [str(i).strip().lower() for i in (items_of(answer) or [])]
    if "terrorists" in items:
        return False, "one of your words stands inside quotation marks: it is quoted, not reported"
    if "army" in items or "government" in items:
        return False, (
            "one of your words belongs to the reporter: a source's name, or the narration; "
            "reported speech is what a source said"
        )
    return same_collection(
        items if items else answer,
        REPORTED_WORDS,
        "Look for a reporting verb before the word, or a source named at the end of the sentence.",
        what="words",
    )


@question("05.3")
def _regime_reading(answer: Any) -> Result:
    # 003 (AFP): "Erdogan on Wednesday threatened to strike Syrian regime forces "everywhere" if his
    # soldiers were harmed": AFP tells Erdogan's threat in its own sentence, without quotation marks
    # around "regime".
    options = {
        "A": "look at the verb before the word: whose statement does this part of the sentence tell?",
        "B": (
            "B it is: AFP reports Erdogan's threat without quotation marks, so 'regime' may be his "
            "word or AFP's summary of it; either way it is reported speech, not AFP's own voice."
        ),
        "C": "look at the quotation marks: they stand around another word of the sentence, not this one.",
        "D": "read the words around it: whose forces would Erdogan strike in Syria?",
    }
    return same_choice(answer, "B", options, "Read the whole sentence: who is doing what?")


@question("05.4")
def _marked_verbs(answer: Any) -> Result:
    # By hand: said (neutral), insisted (marked), admitted (marked), added (neutral), claimed (marked).
    items = [str(i).strip().lower() for i in (items_of(answer) or [])]
    if {"said", "added"} & set(items):
        return False, "'said' and 'added' only report that words were said: they are the neutral verbs"
    if {"insist", "admit", "claim"} & set(items):
        return False, "write the verbs as they stand in the text (the 'form' column), not the dictionary form"
    return same_collection(
        items if items else answer,
        ["insisted", "admitted", "claimed"],
        "Keep the reporting verbs whose class is 'marked'.",
        what="verbs",
    )


@question("05.5")
def _own_voice(answer: Any) -> Result:
    # By hand: A and D name no source. B ends ", says Akar"; C ends "- Erdogan".
    items = [str(i).strip().strip("()[]. ").upper() for i in (items_of(answer) or [])]
    if "B" in items:
        return False, "one of your headlines names its source after a comma, with a reporting verb"
    if "C" in items:
        return False, "a dash and a name at the end of a headline give it to that person"
    return same_collection(
        items if items else answer,
        ["A", "D"],
        "Keep the headlines that give their claim to nobody.",
        what="letters",
    )


@question("05.6")
def _turkey_words(answer: Any) -> Result:
    # By hand, Daily B: "massacres" is a scare quote (left out); "Our patience has limits," he said:
    # Recep Tayyip Erdogan, 4 words; Hulusi Akar (Turkey's defence minister): "will respond to every
    # attack", 5 words; Dmitry Peskov (Russia): "The strikes will stop", 4 words.
    one_speaker = "two speakers of Daily B are on the Turkey side; add both"
    mistakes = {
        10: "you counted the single word in quotation marks: scare quotes are left out",
        13: "that counts every speaker of Daily B; keep the Turkey side only",
        4: one_speaker,
        5: one_speaker,
    }
    return same_count(
        answer,
        9,
        "Filter quote_shares to outlet 'Daily B' and side 'Turkey', then add the words.",
        mistakes=mistakes,
    )
