"""Whose voice: the reporter's, a source's reported without quotation marks, or quoted."""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.framing.common import _quote_spans, _whole_words
from helpers.text import require_text, split_sentences
from helpers.wordlists import reporting_verb_list

# A word after a reporting verb belongs to the reported clause until one of these words
# starts a clause of the reporter's own (background: "where Syrian forces have made gains").
CLAUSE_BREAK = re.compile(r"(?:,\s*|\s)(?:where|as|while|which|whose|after|before)\b|;", re.IGNORECASE)

# Rules that find reported speech in one sentence. Each is a regular expression; the part
# of the sentence it marks as reported is described beside it. Quotations are blanked out
# before the rules run, so a verb inside a quotation does not count.
ACCORDING_TO = re.compile(r"\baccording\s+to\b[^,;]*", re.IGNORECASE)
# -> the whole sentence, except the source named after "according to"
REFERRING_TO = re.compile(
    r"^\W*(?:referring|speaking|commenting|responding)\s+(?:to|about|on)\b", re.IGNORECASE
)
# -> the whole sentence: "Referring to terrorist attacks in Idlib, he said ..."
SOURCE_AT_END = re.compile(
    r"(?:,[\"\u201d\u2019]?|[\"\u201d\u2019])\s+(?!(?:and|but|or)\b)(?:[\w.'\u2019-]+\s+){0,5}?"
    r"(?P<verb>said|says|say|told|tells|added|adds)\b(?:\s+[\w.'\u2019-]+){0,8}"
    r"\s*(?:[.!?][\"\u201d\u2019]?\s*$|$|,\s+adding\b)"
)
# -> everything before it: "... will support the army, Peskov said on Monday."
SOURCE_AFTER_DASH = re.compile(r"\s[-\u2013\u2014]\s*(?P<source>(?:[A-Z][\w.'\u2019-]*\s*){1,4})$")
# -> the whole line: a headline that ends "– Kremlin"
SOURCE_BEFORE_COLON = re.compile(
    r"^\s*(?P<source>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})"
    r"(?:\s+to\s+[A-Z][\w.'\u2019-]*)?:\s"
)
# -> everything after the colon: a headline "Kremlin to Turkey: Help stop attacks"
SUBJECT = re.compile(r"\S+(?:\s+[\w.'\u2019-]+){0,3}\s+")
# a word with at most three more before a reporting verb names the source: "regime officials said"


@lru_cache(maxsize=1)
def _verb_pattern() -> re.Pattern:
    """Reporting verbs that report words (said, vowed), not those that judge a target (praised)."""
    verbs = reporting_verb_list()
    return _whole_words(verbs.loc[verbs["takes"] == "words", "form"])


def _blank_quotations(sentence: str) -> str:
    """The sentence with the words inside quotation marks replaced by underscores."""
    blanked = list(sentence)
    for start, end in _quote_spans(sentence):
        blanked[start:end] = "_" * (end - start)
    return "".join(blanked)


def reported_rule(sentence: str, position: int) -> str:
    """The rule that finds the word at ``sentence[position]`` in reported speech, or "".

    Reported speech is what a source said, told in the reporter's words without quotation
    marks. The rules, tried in this order (each returns its name):

    * ``"according to"``: the sentence says "according to" a source ("..., according to
      the Defense Ministry"); every word but the source's name is reported.
    * ``"referring to"``: the sentence opens "Referring to ...", "Speaking about ...".
    * ``"source at the end"``: the sentence ends with its source: ", Peskov said on Monday."
    * ``"source after a dash"``: a headline ending "- Kremlin".
    * ``"source before a colon"``: a headline "Kremlin to Turkey: ...", after the colon.
    * ``"verb before"``: a verb that reports words (``reporting_verbs.csv``) earlier in the
      sentence, with no clause break ("where", "as", "while", "which", "whose", "after",
      "before", a semicolon) between it and the word: "Russia said last week that ...
      militant attacks".

    The name of the source ("according to the Syrian government", "a regime official
    said", "rebels accused") is the reporter's. Words inside quotation marks are left to
    the caller (they are quoted, not reported).

    >>> reported_rule("Russia said rebels attacked.", 13), reported_rule("Rebels attacked.", 0)
    ('verb before', '')
    """
    sentence = _blank_quotations(require_text(sentence, "sentence"))
    before = sentence[:position]
    according, tag = ACCORDING_TO.search(sentence), SOURCE_AT_END.search(sentence)
    dash, colon = SOURCE_AFTER_DASH.search(sentence), SOURCE_BEFORE_COLON.search(sentence)
    next_verb = _verb_pattern().search(sentence, position)
    if (
        (according and according.start() <= position < according.end())
        or (tag and tag.start() <= position < tag.end())
        or (next_verb and SUBJECT.fullmatch(sentence[position : next_verb.start()]))
    ):
        return ""  # the source's name, in the reporter's words
    if according:
        return "according to"
    if REFERRING_TO.search(sentence):
        return "referring to"
    if tag and position < tag.start():
        return "source at the end"
    if dash and position < dash.start():
        return "source after a dash"
    if colon and position >= colon.end():
        return "source before a colon"
    verbs = list(_verb_pattern().finditer(before))
    if verbs and not CLAUSE_BREAK.search(before[verbs[-1].end() :]):
        return "verb before"
    return ""


def _sentence_around(position: int, bounds: list[tuple[int, int]], length: int) -> tuple[int, int]:
    """The (start, end) of the sentence holding ``position`` (the whole text if none does)."""
    for start, end in bounds:
        if start <= position < end:
            return start, end
    return 0, length


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of ``text`` (see :func:`helpers.split_sentences`)."""
    bounds, cursor = [], 0
    for sentence in split_sentences(text):
        start = text.find(sentence, cursor)
        if start < 0:  # cannot happen: sentences are pieces of the text, in order
            continue
        bounds.append((start, start + len(sentence)))
        cursor = start + len(sentence)
    return bounds
