"""The words dates are written with: month and weekday names, numbers, units, tense.

Every table here is plain data a rule looks words up in; the pieces of regular
expressions at the end (``_MONTH``, ``_COUNT``...) are built from the tables, so a
word added to a table is found by every rule that uses it.
"""

from __future__ import annotations

import re

__all__ = ["MONTHS", "NUMBERS", "ORDINALS", "PARTS_OF_DAY", "SEASONS", "UNITS", "WEEKDAYS"]

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7}
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "several": None,
    "a few": None,
    "few": None,
    "many": None,
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
UNITS = {
    "day": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "hour": "H",
    "minute": "MIN",
    "quarter": "Q",
    "weekend": "WE",
}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# Pieces of regular expressions. Month and weekday names must be capitalised ("may" is a
# verb, "march" a noun); the small words around them may be in any case.
_MONTH_NAMES = [
    max((name for name in MONTHS if MONTHS[name] == n), key=len) for n in range(1, 13)
]  # full names
_MONTH_FULL = "(?:" + "|".join(name.capitalize() for name in _MONTH_NAMES) + ")"
_MONTH = (
    "(?:"
    + "|".join(name.capitalize() for name in _MONTH_NAMES)
    + "|"
    + "|".join(rf"{name.capitalize()}\.?" for name in MONTHS if name not in _MONTH_NAMES)
    + ")"
)
_WEEKDAY = "(?:" + "|".join(name.capitalize() for name in WEEKDAYS) + ")"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUMBER_WORD = (
    rf"(?:{_TENS})(?:[- ](?:{_ONES}))?|{_ONES}|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|hundred"
)
_COUNT = rf"(?:\d+(?:\.\d+)?|{_NUMBER_WORD})"
_UNIT = r"(?:day|week|month|year|decade|century|hour|minute)"
_YEAR = r"(?:1\d\d\d|20\d\d)"  # 1000-2099 (the year rule wants a preposition before 1600)
_PART = r"(?:early|late|mid|(?:the )?(?:middle|end|beginning|start) of)"

# Tense: the nearest verb before a date (or just after it) says whether the sentence
# speaks of the past ("said on Friday") or of the future ("will meet on Friday").
_FUTURE_WORDS = {
    "will",
    "would",
    "shall",
    "'ll",
    "won't",
    "scheduled",
    "planned",
    "planning",
    "expected",
    "expects",
    "expect",
    "intends",
    "due",
    "soon",
    "payable",
    "effective",
    "upcoming",
    "next",
}
#: Words before "to" that make it the future: "is to resume", "set to meet", "plans to visit".
_FUTURE_TO = {
    "is",
    "are",
    "set",
    "due",
    "plans",
    "plan",
    "planned",
    "going",
    "about",
    "ready",
    "expected",
    "scheduled",
}
_FUTURE_BEFORE = {"by", "until"}  # only right before the date: "by February", "until Jan. 2"
#: Words ending in "-ed" that are not past forms ("will succeed", "indeed").
_NOT_PAST = {"succeed", "proceed", "exceed", "need", "feed", "speed", "indeed", "breed", "bleed", "embed"}
_PAST_WORDS = {
    "said",
    "says",
    "told",
    "was",
    "were",
    "had",
    "did",
    "met",
    "took",
    "made",
    "held",
    "began",
    "came",
    "went",
    "left",
    "gave",
    "saw",
    "found",
    "got",
    "became",
    "won",
    "lost",
    "fell",
    "rose",
    "sent",
    "spoke",
    "wrote",
    "shot",
    "put",
    "cut",
    "hit",
    "ran",
    "brought",
    "thought",
    "felt",
    "kept",
    "led",
    "paid",
    "sold",
    "struck",
    "since",
    "ago",
    "last",
    "earlier",
    "tore",
    "knew",
    "spent",
    "stood",
    "fought",
    "bought",
    "broke",
    "chose",
    "drove",
    "flew",
    "grew",
    "rode",
    "swore",
    "threw",
    "woke",
    "sank",
    "quit",
    "set",
    "shut",
    "sought",
    "caught",
    "built",
    "meant",
    "drew",
    "withdrew",
    "sat",
    "stole",
    "swept",
    "understood",
    "wore",
    "hung",
    "froze",
    "forgot",
    "overtook",
    "spread",
    "beat",
}
_WORD = re.compile(r"[A-Za-z']+")
#: The end of a sentence, for reading its tense: not the full stop of an initial or a title
#: ("U.S. officials", "Mr. Smith"), which does not end one.
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)\.\s|[!?]\s|\n")
