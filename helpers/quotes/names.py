"""Names: the name in a speaker phrase, pronouns resolved, and one name for each person.

"Kremlin spokesman Dmitry Peskov" names Dmitry Peskov; "he" is the last person named;
"Peskov" and "Dmitry Peskov" are one person, "Bill Clinton" and "Hillary Clinton" two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
import pandas as pd

from helpers.quotes.patterns import NOT_SOURCES, PRONOUNS
from helpers.text import require_text

__all__ = ["fullest_name", "name_mentions", "resolve_speakers", "speaker_phrase", "unify_names"]


#: Words that stand before a person's name: "President Tayyip Erdogan" -> "Tayyip Erdogan".
_TITLES = {
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "sen.",
    "rep.",
    "gov.",
    "gen.",
    "lt.",
    "col.",
    "president",
    "senator",
    "secretary",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "chairwoman",
    "director",
    "governor",
    "representative",
    "chancellor",
    "ambassador",
    "leader",
    "candidate",
    "judge",
    "justice",
    "mayor",
    "speaker",
    "king",
    "queen",
    "prince",
    "pope",
    "general",
    "sheikh",
}


_ORGANISATION = re.compile(
    r"\b(?:Ministry|Department|Office|University|Institute|Council|Committee|Secretary|Minister"
    r"|Chief|Head|Director|Bank|Board|Bureau|Agency|Court|House|Party|Center|Centre|School)\b"
)


_PLACE_WORDS = {"at", "in", "on", "from", "near", "outside", "inside"}


def speaker_phrase(phrase: str | None) -> str | None:
    """The name in a speaker phrase, without role words: "Kremlin spokesman Dmitry Peskov" -> "Dmitry Peskov"."""
    if phrase is None:
        return None
    phrase = phrase.strip(" ,.")
    if phrase.lower() in PRONOUNS:
        return phrase.lower()
    person = re.match(r"^(?:\w+\s+)*?([A-Z][\w'\u2019-]+\s+[A-Z][\w'\u2019-]+)\s+of\s", phrase)
    if person and not _ORGANISATION.search(person.group(1)):  # Paul Sperry of Counter Jihad: the person
        phrase = phrase[: person.end(1)]
    words = phrase.split()
    capital_run: list[str] = []
    for n, word in reversed(list(enumerate(words))):  # the last run of capitalised words is the name...
        if word[:1].isupper() or (
            word in ("of", "for") and capital_run and n > 0 and words[n - 1][:1].isupper()
        ):
            capital_run.insert(0, word)
        elif capital_run:
            break
    if not words[-1][:1].isupper():  # "one Trump confidant", "the minority leader": keep the phrase
        capital_run = []
    titles = [i for i, word in enumerate(capital_run[:-1]) if word.lower() in _TITLES]
    if titles:  # ...without the title before it
        capital_run = capital_run[titles[-1] + 1 :]
    while len(capital_run) > 1 and capital_run[0].lower() in {"the", "a", "an"}:
        capital_run = capital_run[1:]
    if capital_run:
        return " ".join(capital_run)
    while words and words[0].lower() in {"the", "a", "an", "his", "her", "their", "its"}:
        words = words[1:]
    places = [i for i, word in enumerate(words) if i > 0 and word in _PLACE_WORDS]
    words = words[: places[0]] if places else words  # "officer at the border": the officer
    return " ".join(words) or None


def _is_named(name: str) -> bool:
    """A named source ("Peskov"), not a description ("one Trump confidant")."""
    return name[:1].isupper()


def _is_source(phrase: str) -> bool:
    """False for phrases that only look like sources: "Wednesday said", "But he", "after Fallon"."""
    words = phrase.split()
    return bool(words) and words[0].lower() not in NOT_SOURCES


def resolve_speakers(
    speakers: list[str | None], kinds: list[str], paragraphs: list[int] | None = None, forward: bool = False
) -> list[str | None]:
    """Fill in who said the quotes that do not say so themselves, then use fullest names.

    A pronoun (he, she...) takes the last named speaker. A direct or partial quote with
    no attribution continues the quote before it when that one is in the same or the
    previous paragraph (``paragraphs`` gives each quote's paragraph number). With
    ``forward=True``, a direct quote still without a speaker takes the speaker of the quote
    right after it, in the same or the next paragraph ("…" ¶ "…," Viguerie notes.). Aliases
    are made full afterwards, by :func:`fullest_name`.

    >>> resolve_speakers(["Peskov", "he", None, None, "Akar"], ["direct"] * 5, [0, 1, 1, 3, 4], forward=True)
    ['Peskov', 'Peskov', 'Peskov', 'Akar', 'Akar']
    """
    paragraphs = paragraphs if paragraphs is not None else [0] * len(speakers)
    resolved: list[str | None] = []
    last_named: str | None = None
    last_quote: tuple[str | None, int] = (None, -2)  # speaker and paragraph of the last quote with a speaker
    for speaker, kind, paragraph in zip(speakers, kinds, paragraphs):
        if speaker in PRONOUNS:
            speaker = last_named
        elif speaker is None and kind != "scare" and paragraph - last_quote[1] <= 1:
            speaker = last_quote[0]  # it goes on from the quote before
        elif speaker is not None and _is_named(speaker):
            last_named = speaker
        resolved.append(speaker)
        if speaker is not None:
            last_quote = (speaker, paragraph)
    if forward:
        after: tuple[str | None, int] = (None, -2)  # the speaker and paragraph of the quote after
        for i in reversed(range(len(resolved))):
            if resolved[i] is None and kinds[i] == "direct" and 0 <= after[1] - paragraphs[i] <= 1:
                resolved[i] = after[0]
            after = (resolved[i], paragraphs[i])
    return resolved


_CAPITAL_RUN = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+(?:al-|bin\s)?[A-Z][\w'\u2019.-]*)+")
_STARTERS = {
    "but",
    "and",
    "the",
    "a",
    "an",
    "on",
    "in",
    "at",
    "as",
    "if",
    "when",
    "while",
    "then",
    "so",
    "yet",
    "still",
    "despite",
    "after",
    "before",
    "earlier",
    "later",
    "meanwhile",
    "however",
    "this",
    "that",
    "these",
    "those",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "us",
    "u.s.",
    "said",
    "says",
    "according",
}


def name_mentions(text: str, last_words: set[str] | None = None) -> dict[str, set[str]]:
    """Every multi-word name in the text, titles left out, grouped by its last word.

    ``last_words`` keeps only names ending in one of them (faster, when those are all we need).
    """
    names: dict[str, set[str]] = {}
    for m in _CAPITAL_RUN.finditer(text):
        words = m.group().split()
        if words[-1][-2:] in ("'s", "\u2019s"):
            words[-1] = words[-1][:-2]
        if last_words is not None and words[-1] not in last_words:
            continue
        ends = [
            i for i, w in enumerate(words[:-1]) if w.endswith(".") and len(w) > 2 and w.lower() not in _TITLES
        ]
        words = words[ends[-1] + 1 :] if ends else words  # "Tehran. Erdogan": a sentence ended in between
        while words and words[0].lower() in _STARTERS:
            words = words[1:]
        titles = [i for i, w in enumerate(words[:-1]) if w.lower() in _TITLES]
        words = words[titles[-1] + 1 :] if titles else words
        if len(words) >= 2:
            names.setdefault(words[-1], set()).add(" ".join(words))
    return names


def fullest_name(speaker: str | None, mentions: dict[str, set[str]]) -> str | None:
    """The longest name in the article that ends like ``speaker``, if only one person fits."""
    if not speaker or not speaker[-1:].isalpha() or not speaker.split()[-1][:1].isupper():
        return speaker
    candidates = mentions.get(speaker.split()[-1], set()) | {speaker}
    longest = max(candidates, key=lambda n: (len(n.split()), n))
    if all(longest.endswith(c) for c in candidates):  # Tayyip Erdogan, Recep Tayyip Erdogan: one person
        return longest
    return speaker  # Bill Clinton and Hillary Clinton: leave it as written


def unify_names(names: Iterable[str | None]) -> dict[str, str]:
    """Map every name to the fullest name in the same list that ends with its words.

    "Peskov" and "Dmitry Peskov" both map to "Dmitry Peskov"; "Tayyip Erdogan" maps to
    "Recep Tayyip Erdogan". Whole words must match: "Kov" does not end "Dmitry Peskov".
    A name with no longer match maps to itself, and so does a name that could be two
    people ("Clinton" beside "Bill Clinton" and "Hillary Clinton"). None and empty
    names are left out. The result is sorted by name, so it is the same every time.

    >>> unify_names(["Peskov", "Dmitry Peskov", "Erdogan"])
    {'Dmitry Peskov': 'Dmitry Peskov', 'Erdogan': 'Erdogan', 'Peskov': 'Dmitry Peskov'}
    """
    if isinstance(names, str):
        raise TypeError("names must be a list of names, not one str")
    kept = set()
    for name in names:
        if name is None or name is pd.NA or (isinstance(name, float) and np.isnan(name)):
            continue  # a missing name
        if require_text(name, "each name").strip():
            kept.add(name)
    unified: dict[str, str] = {}
    for name in sorted(kept):
        words = name.split()
        longer = [other for other in sorted(kept) if other.split()[-len(words) :] == words]
        fullest = max(longer, key=lambda other: (len(other.split()), other))
        one_person = all(fullest.split()[-len(other.split()) :] == other.split() for other in longer)
        unified[name] = fullest if one_person else name
    return unified
