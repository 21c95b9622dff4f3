"""The attribution sieve: short rules that each find the source of a quote in one way.

Each rule looks at the words :class:`Around` one quote and returns (speaker phrase, cue)
or None. :data:`RULES` lists them in the order :func:`find_rule` tries them; the first
to find a source wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from helpers.quotes.names import _is_named, _is_source
from helpers.quotes.patterns import (
    ABBREVIATION,
    ACCORDING,
    ACCORDING_BEFORE,
    ACCORDING_SOURCE,
    AFTER_ANY_VERB,
    AFTER_ANY_VERB_SPEAKER,
    AFTER_SPEAKER_VERB,
    AFTER_VERB_SPEAKER,
    ANY_VERB,
    ANY_VERB_BEFORE,
    AS_PUT_IT,
    BARE_END,
    COLON_BEFORE,
    DASH_AFTER,
    HEADLINE_BEFORE,
    INVERTED_BEFORE,
    LONG_SUBJECT_AFTER,
    NAME,
    NAME_RIGHT_BEFORE,
    NEXT_SENTENCE,
    NO_SENTENCE_END,
    NOT_SOURCES,
    PARTICIPLE_BEFORE,
    PRONOUNS,
    SENTENCE_END,
    SPEAKER_BEFORE_VERB,
    SUBJECT,
    SUBJECT_VERB,
    VERB,
    WHEN,
)
from helpers.quotes.spans import Span

__all__ = ["RULES", "Around", "according_to_source", "find_cue", "find_rule", "sentence_start"]


def sentence_start(text: str, i: int) -> int:
    """Where the sentence holding position ``i`` begins (a stop that ends "Mr." or "U.S." does not count)."""
    start = text.rfind("\n", max(i - 2000, 0), i) + 1 or max(i - 2000, 0)  # a long line: look 2,000 back
    for m in SENTENCE_END.finditer(text, max(start, i - 400), i + 3):  # + 3: see what comes after a stop
        if m.end() <= i and not ABBREVIATION.search(text, max(m.start() - 6, 0), m.start() + 1):
            start = m.end()
    return start


_DETERMINERS = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "one",
    "another",
    "his",
    "her",
    "their",
    "its",
}
_INSIDE_SPACES = " \u00a0\u202f"  # French writes « … » with (thin) spaces inside the marks


def _closing_mark(text: str, end: int) -> int:
    """Where the mark that closes a quote ending at ``end`` is."""
    window = text[end : end + 8]
    return end + len(window) - len(window.lstrip(_INSIDE_SPACES))


def _opening_mark(text: str, start: int) -> int:
    """Where the mark that opens a quote starting at ``start`` is (-1 at the very start)."""
    window = text[max(start - 8, 0) : start]
    return start - (len(window) - len(window.rstrip(_INSIDE_SPACES))) - 1


@dataclass
class Around:
    """The words around one quote, where its attribution can sit."""

    text: str
    span: Span
    kind: str
    after: str  # the rest of the line after the closing mark
    before: str  # the sentence up to the opening mark
    near: str  # the last 220 characters of ``before``: an attribution sits close to its quote
    ends_sentence: bool  # the quote ends its sentence ("…." or "…".): no attribution follows it

    @classmethod
    def of(cls, text: str, span: Span, kind: str = "direct") -> Around:
        close, opening = _closing_mark(text, span.end), _opening_mark(text, span.start)
        after = text[close + 1 : close + 200].split("\n")[0]
        ends = text[span.end - 1 : span.end] == "." or after.lstrip()[:1] in (".", "!", "?")
        before = text[sentence_start(text, max(opening, 0)) : max(opening, 0)]
        return cls(text, span, kind, after, before, before[-220:], ends)


Found = tuple[str, "str | None"] | None  # (speaker phrase, cue) or nothing


def _first_source(match: re.Match | None, cue: str | None = None) -> Found:
    if match and _is_source(match.group("speaker")):
        return match.group("speaker"), cue or match.groupdict().get("cue")
    return None


def said_after(q: Around) -> Found:
    """“…,” Peskov said / he told reporters / the ministry said in a statement / “….” Trump said."""
    m = AFTER_SPEAKER_VERB.match(q.after)
    if q.ends_sentence and not (m and BARE_END.match(q.after, m.end())):
        return None  # “This is unacceptable.” Trump said nothing: a new sentence
    return _first_source(m)


def said_inverted_after(q: Around) -> Found:
    """“…,” said Kremlin spokesman Dmitry Peskov."""
    m = AFTER_VERB_SPEAKER.match(q.after)
    if m and m.group("cue").endswith("ing"):
        return None  # “New York values,” saying the city …: a participle, the subject came before
    return None if q.ends_sentence and not (m and BARE_END.match(q.after, m.end())) else _first_source(m)


def according_to_after(q: Around) -> Found:
    """“…,” according to the ministry."""
    return None if q.ends_sentence else _first_source(ACCORDING.match(q.after), "according to")


def any_verb_after(q: Around) -> Found:
    """“…,” Hannity pressed. / “…,” remembered Roy Verley: any past-tense verb, right after a full quote."""
    if q.ends_sentence or q.kind != "direct":
        return None
    return _first_source(AFTER_ANY_VERB.match(q.after)) or _first_source(
        AFTER_ANY_VERB_SPEAKER.match(q.after)
    )


#: The end of a quote that began before the sentence did ("…a disaster,” Trump said, adding, “…”),
#: or a whole quote that opens it (“By the way …,” Trump told a rally, saying …).
_CLOSED_FIRST = re.compile(
    '^[^\u201c\u201d"]*?(?:\u201d|[,.!?]")|^\\s*\u201c[^\u201c\u201d]*\u201d|^\\s*"[^"]*"'
)
#: A dateline: "WASHINGTON, Dec. 8 (UPI) — ".
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .'-]+\b(?:,[^\u2014\u2013\n]{0,40})?\s[\u2014\u2013-]+\s*")
#: A colon that opens a clause of its own: "Even people who endorsed it sounded equivocal: Harman called it".
_CLAUSE_COLON = re.compile(r"^.*:\s+(?=[A-Z])")


def own_words(before: str) -> str:
    """The reporter's part of a sentence, without a dateline or the end of a quote that opened earlier.

    >>> own_words("It was a disaster,” Trump said, adding, ")
    ' Trump said, adding, '
    """
    for pattern in (_CLOSED_FIRST, _DATELINE, _CLAUSE_COLON):
        found = pattern.match(before)
        before = before[found.end() :] if found else before
    return before


def apposition_head(phrase: str) -> str:
    """The name in a subject with appositions: the first part that is a name, else the whole.

    >>> apposition_head("Harry Bond, 30, of Raleigh, N.C., who was among those polled")
    'Harry Bond'
    >>> apposition_head("Rep. Duncan Hunter’s chief of staff, Joe Kasper")
    'Joe Kasper'
    """
    parts = [part.strip() for part in phrase.split(",")]
    named = [part for part in parts if part and part.split()[-1][:1].isupper() and part[:1].isupper()]
    return named[0] if named else phrase


def long_subject_after(q: Around) -> Found:
    """“…,” Harry Bond, 30, of Raleigh, N.C., said / “…,” another friend, Mariam Emara, told CNN."""
    if q.ends_sentence or q.kind != "direct":
        return None
    m = LONG_SUBJECT_AFTER.match(q.after)
    if not m or not _is_source(m.group("speaker")):
        return None
    first, *rest = m.group("speaker").split()
    if first.islower() and first not in _DETERMINERS and not any(word[:1].isupper() for word in rest):
        return None  # “…,” then said: a lower-case subject needs a name in it (former envoy James Jeffrey)
    return apposition_head(m.group("speaker")), m.group("cue")


def next_sentence(q: Around) -> Found:
    """“….” Her friend Brittany Lockwood, 20, a student, chimed in.: a quote that is a sentence of its own,
    and a short sentence after it that is only its speaker and a verb."""
    if not q.ends_sentence or q.before.strip() or q.kind != "direct":
        return None
    m = NEXT_SENTENCE.match(q.after)
    if not m or not _is_source(m.group("speaker")) or m.group("speaker").lower() in PRONOUNS:
        return None
    if ANY_VERB.search(m.group("speaker")):
        return None  # “….” Kasich said he would have fired him: a sentence of its own, not an attribution
    return apposition_head(m.group("speaker")), m.group("cue")


def subject_before(q: Around) -> Found:
    """Trump returned the compliment, telling Reuters, “…” / Trump … and said, “…”: the sentence's subject."""
    m = PARTICIPLE_BEFORE.search(q.near)
    if not m or (m.group("cue") and ANY_VERB.search(q.near, m.end("cue"))):
        return None  # "X, noting …, said, “…”" is for said_before
    return _first_source(SUBJECT.match(own_words(q.before)), m.group("cue") or m.group("and_cue"))


def inverted_before(q: Around) -> Found:
    """Said Dorothy Poynter, …, “…” / According to Paul Sperry, “…” / Trump: ‘…’ / - Philip Bump: “…”."""
    if q.near.rstrip().endswith(":") and (found := _first_source(HEADLINE_BEFORE.search(q.near))):
        return found
    return _first_source(INVERTED_BEFORE.search(q.near)) or _first_source(
        ACCORDING_BEFORE.search(q.near), "according to"
    )


def as_put_it(q: Around) -> Found:
    """As Vulture put it, “…” / as the prosecutor said at the time, “…”: an "as" clause names the source."""
    return _first_source(AS_PUT_IT.search(q.near))


def said_before(q: Around) -> Found:
    """Peskov said the Turkish side “…” / Erdogan, who …, said: “…”: the last reporting verb with a source."""
    for verb in reversed(list(ANY_VERB.finditer(q.near))):
        if not NO_SENTENCE_END.match(q.near, verb.end()):
            break  # a full stop or another quote between the verb and this quote
        m = SPEAKER_BEFORE_VERB.search(q.near, max(verb.start() - 160, 0), verb.start())
        words = m.group("speaker").split() if m else []
        while words and words[0].lower() in NOT_SOURCES:
            words = words[1:]
        if m and words and _after_preposition(q.near, m.start("speaker"), m.end("speaker")):
            head = _before_preposition(m.group("speaker"))  # "an officer speaking to Fox News"
            if head:
                return head, verb.group()
            return _first_source(SUBJECT.match(own_words(q.before)), verb.group())
        if words:
            return " ".join(words), verb.group()
    return None


_PREPOSITION_NAME = re.compile(
    r"\b(?:to|on|in|at|from|with|about|into|under|after|before)\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s*)+$"
)


def _after_preposition(text: str, start: int, end: int) -> bool:
    """Does the phrase text[start:end] end in a name after a preposition? In "speaking to Fox News
    said", Fox News is the object of "to", not the speaker.

    >>> _after_preposition("Another source speaking to Fox News said", 15, 35)
    True
    """
    return bool(_PREPOSITION_NAME.search(text[max(start - 12, 0) : end]))


def _before_preposition(phrase: str) -> str | None:
    """The words of a phrase before its preposition and the participle that leads to it, if any.

    >>> _before_preposition("A Turkish officer speaking to Anadolu Agency")
    'A Turkish officer'
    """
    found = _PREPOSITION_NAME.search(phrase)
    words = phrase[: found.start()].split() if found else []
    while words and words[-1].endswith("ing"):
        words.pop()
    return " ".join(words) if words and _is_source(" ".join(words)) else None


def colon_before(q: Around) -> Found:
    """Cavusoglu retorted: “…” / McConnell delivered a blunt message to Trump: “…”."""
    m = COLON_BEFORE.search(q.near) if q.near.rstrip().endswith(":") else None
    return None if m and m.group("speaker").lower() in PRONOUNS else _first_source(m)


def any_verb_before(q: Around) -> Found:
    """Hillary shot back, “…” / Jared Potts echoed: “…”: any past-tense verb right before a full quote."""
    if q.kind != "direct" or not q.near.rstrip().endswith((",", ":")):
        return None
    return _first_source(ANY_VERB_BEFORE.search(q.near))


def dash_line_after(q: Around) -> Found:
    """“…” and then a line “- Bernie Sanders”."""
    m = DASH_AFTER.match(q.text[q.span.end + 1 : q.span.end + 120])
    if m and not q.before.strip() and m.group("speaker").split()[0].lower() not in {"a", "an", "the"}:
        return m.group("speaker"), None
    return None


def previous_sentence(q: Around) -> Found:
    """Kerry said that … . “…”: a quote that opens its sentence, after a sentence that announces it."""
    if q.before.strip():
        return None
    sentence_begins = q.span.start - 1 - len(q.before)
    previous = q.text[max(sentence_begins - 300, 0) : sentence_begins].rstrip()
    last_sentence = re.split(r"(?<=[.!?])\s+|\n", previous)[-1] if previous else ""
    if re.search(r"[\u201c\u201d\"]", last_sentence):
        return None
    m = re.search(
        rf"(?P<speaker>{NAME}){WHEN}\s+(?P<cue>{VERB})\b(?:\s+that)?[^\u201c\u201d\"]*[.:]?$",
        last_sentence,
    )
    if m is None and last_sentence.endswith(":"):  # Trump issued the following statement:
        m = SUBJECT.match(last_sentence)
        if m and _is_named(m.group("speaker").split()[-1]):
            return _first_source(m, "colon")
        return colon_paragraph_before(q)  # …, Cruz called them on it: ¶ “…”
    return _first_source(m)


def _previous_paragraph_end(q: Around) -> str | None:
    """The last sentence of the paragraph before a quote that opens its own paragraph, else None."""
    opening = _opening_mark(q.text, q.span.start)
    head = q.text[max(opening - 400, 0) : max(opening, 0)]
    if q.before.strip() or not head.rstrip(_INSIDE_SPACES).endswith("\n"):
        return None  # the quote does not open its paragraph
    last = head.rstrip().rsplit("\n", 1)[-1]
    return SENTENCE_END.split(last)[-1]


def colon_paragraph_before(q: Around) -> Found:
    """That is, when …, Cruz called them on it: ¶ “…”: a quote that is a paragraph of its own, after
    a paragraph that ends in a colon, whose last clause has a named subject and a verb (a part of
    :func:`previous_sentence`, for a sentence whose subject is not the speaker)."""
    if q.kind != "direct":
        return None
    last = _previous_paragraph_end(q)
    if not last or re.search('[\u201c\u201d"]', last):
        return None  # another quote's paragraph: the speaker carries over from that quote
    m = COLON_BEFORE.search(last) if last.endswith(":") else None
    speaker = m.group("speaker") if m else ""
    if m and _is_named(speaker) and _is_source(speaker) and speaker.lower() not in PRONOUNS:
        return speaker, m.group("cue")
    return None


def name_predicate(q: Around) -> Found:
    """Trump “expressed concern…”: a name right before a quote that is its verb phrase."""
    m = NAME_RIGHT_BEFORE.search(q.near)
    first_word = q.text[q.span.start : q.span.end].split(" ")[0]
    return _first_source(m, first_word) if first_word.islower() and first_word.endswith("ed") else None


def sentence_subject(q: Around) -> Found:
    """The FBI lists “…” / Moore thanked him for “…”: no reporting verb, so the subject of the sentence."""
    if q.kind == "scare":
        return None
    return _first_source(SUBJECT_VERB.match(own_words(q.before)))


def last_named_subject(text: str, position: int, sentences: int = 4) -> str | None:
    """The subject of the nearest sentence before ``position`` (up to ``sentences`` back) that is a name.

    >>> last_named_subject("Sanders spoke on ABC. He said he agrees.", 22)
    'Sanders'
    """
    end = position
    for _ in range(sentences):
        start = sentence_start(text, max(end - 1, 0))
        m = SUBJECT_VERB.match(own_words(text[start:end]))  # a subject, and a verb after it
        speaker = m.group("speaker") if m else ""
        if speaker[:1].isupper() and _is_source(speaker) and speaker.lower() not in PRONOUNS:
            return speaker
        if start <= 0:
            break
        end = start - 1
    return None


#: The attribution rules, in the order they are tried: the first one that finds a speaker wins.
RULES: dict[str, Callable[[Around], Found]] = {
    "said after": said_after,
    "said inverted after": said_inverted_after,
    "according to after": according_to_after,
    "any verb after": any_verb_after,
    "long subject after": long_subject_after,
    "next sentence": next_sentence,
    "subject before": subject_before,
    "inverted before": inverted_before,
    "as put it": as_put_it,
    "said before": said_before,
    "colon before": colon_before,
    "any verb before": any_verb_before,
    "dash line after": dash_line_after,
    "previous sentence": previous_sentence,
    "name predicate": name_predicate,
    "sentence subject": sentence_subject,
}


def find_rule(
    text: str, span: Span, kind: str = "direct", rules: Iterable[str] | None = None
) -> tuple[str | None, str | None, str | None]:
    """(rule name, speaker phrase, cue) for one quote: the first of ``rules`` (default: all) that finds one."""
    around = Around.of(text, span, kind)
    for name in RULES if rules is None else rules:
        found = RULES[name](around)
        if found:
            return name, found[0], found[1]
    return None, None, None


def find_cue(
    text: str, span: Span, kind: str = "direct", rules: Iterable[str] | None = None
) -> tuple[str | None, str | None]:
    """(speaker phrase, cue) for one quote: the first of ``rules`` (default: all of RULES) that finds one.

    After the quote: "…,” he said", "…,” said Peskov", "…,” Kremlin spokesman Dmitry Peskov
    told reporters", "…,” according to the ministry". Before it, in the same sentence:
    "Peskov said the Turkish side “…”", "Erdogan, who …, said: “…”", "Trump “expressed concern…”".
    """
    return find_rule(text, span, kind, rules)[1:]


def according_to_source(text: str, span: Span, whole_paragraph: bool = False) -> str | None:
    """X in "…, according to X" after the quote, in its sentence (or in the rest of its paragraph).

    A readout or statement tells what someone did in its own words: in "Trump “expressed
    concern …”. He also praised “…”, according to Deputy White House Press Secretary Judd
    Deere", the quoted words are the readout's, so their source is Judd Deere's office.
    """
    window = min(span.end + 600, len(text))  # a paragraph's worth: never the rest of a long text
    stop = text.find("\n", span.end, window)
    stop = window if stop == -1 else stop
    if not whole_paragraph:
        end = SENTENCE_END.search(text, span.end + 1, stop)
        stop = end.start() + 1 if end else stop
    m = ACCORDING_SOURCE.search(text, span.end + 1, stop)
    return m.group("speaker") if m and _is_source(m.group("speaker")) else None
