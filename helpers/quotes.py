"""Who said what: find quoted words and attribute them, with a short sieve of readable rules.

Each step is a function a lesson can show (benchmarks/quotes.py measures them all on
PolNeAR, news they were not written on):

1. :func:`quote_spans` finds quoted words: straight, curly and single quotes, nested
   single quotes inside double ones, and a quote that runs on into the next paragraph.
2. :func:`quote_kind` tells a direct quote from a partial one and a scare quote.
3. :func:`find_cue` tries the attribution rules of :data:`RULES` in order, after the
   quote ("…,” he said) and before it (Peskov said the Turkish side “…”); the first to
   find a source wins, and :func:`speaker_phrase` keeps the name from it.
4. :func:`according_to_source` gives the words of a readout or statement to their source:
   in "Trump “expressed concern”. He also praised “…”, according to Judd Deere", the
   speaker is Judd Deere and the quotes are ``about`` Trump.
5. :func:`resolve_speakers` replaces pronouns and unattributed follow-on quotes with
   the last fitting speaker, and every alias with the fullest name the article gives.

The reporting verbs come from the course's one list, ``helpers/data/reporting_verbs.csv``
(:mod:`helpers.wordlists`), which Lesson 05 counts too.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from helpers.text import _require_str
from helpers.wordlists import reporting_verb_list

COLUMNS = ["quote", "speaker", "cue", "start", "end", "kind", "about"]
_STRING = pd.StringDtype()  # missing values show as <NA>, as in load_articles

#: Reporting verbs, in the forms news uses ("said", "says", "told", "added"...): the course's one
#: list, ``helpers/data/reporting_verbs.csv``, with the forms that count only beside a quote, and
#: without the verbs that judge a target ("criticised Clinton": Clinton is not the speaker's words).
_VERB_TABLE = reporting_verb_list(beside_quote=True)
REPORTING_VERBS = tuple(sorted(set(_VERB_TABLE.loc[_VERB_TABLE["takes"] == "words", "form"])))
_VERB = "|".join(sorted(set(REPORTING_VERBS), key=len, reverse=True))
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}


@dataclass
class Span:
    """One quoted span: the words between the marks, and where they are."""

    start: int
    end: int
    mark: str  # the opening mark


def _opens(text: str, i: int) -> bool:
    """Is the straight quote at i an opening one? (start, or after a space or bracket)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{\u2014-/") and not after.isspace()


def _closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


_MARKS = re.compile("[\u201c\u201d\u2018\u2019\"'\u00ab\u00bb]|\n\\s*\n")
_DOUBLE = '\u201c\u201d"\u00ab\u00bb'


def quote_spans(text: str) -> list[Span]:
    """Every quoted span (marks excluded), outermost quotes only, in order.

    Double quotes are paired first; single quotes count only outside them (inside, they
    are a quote within the quote). An apostrophe (don't, Syria's) is never a quote mark;
    two apostrophes ('') are one double quote, as some papers write them. A double quote
    left open at the end of a paragraph closes there: news style leaves it open when the
    quote goes on in the next paragraph.
    """
    scan = re.sub(r"''(?=\w)", ' "', text)  # same length, so offsets stay right
    scan = re.sub(r"(?<=\S)''", '" ', scan)
    spans: list[Span] = []
    for double in (True, False):
        taken_starts = [s.start - 1 for s in spans]  # spans are in order and do not overlap
        taken_ends = [s.end + 1 for s in spans]
        open_at, open_mark = None, ""
        for m in _MARKS.finditer(scan):
            i, ch = m.start(), m.group()
            if ch[0] == "\n":
                if open_at is not None and double:
                    if i > open_at + 1:
                        spans.append(Span(open_at + 1, i, open_mark))  # runs on: close at paragraph end
                    open_at = None
                continue
            k = bisect_right(taken_starts, i) - 1
            if (ch in _DOUBLE) != double or (k >= 0 and i < taken_ends[k]):
                continue
            if open_at is None:
                if ch in "\u201c\u2018\u00ab" or (ch in "\"'" and _opens(scan, i)):
                    if ch in "\u2018'" and i > 0 and scan[i - 1].isalnum():
                        continue  # an apostrophe
                    open_at, open_mark = i, ch
            else:
                if (
                    ch in "\u2019'"
                    and 0 < i < len(scan) - 1
                    and scan[i + 1].isalpha()
                    and scan[i - 1].isalpha()
                ):
                    continue  # an apostrophe inside a word
                closing = ch in '\u201d\u2019\u00bb"' if double else ch in "\u2019'"  # “…" and "…” happen
                if closing and _closes(scan, i) and i > open_at + 1:
                    spans.append(Span(open_at + 1, i, open_mark))
                    open_at = None
                elif ch == open_mark and ch in '\u201c"':
                    open_at = i  # a new opening before the last one closed: start again here
        if open_at is not None and double and len(scan.rstrip()) > open_at + 1:
            spans.append(Span(open_at + 1, len(scan.rstrip()), open_mark))
    return sorted(spans, key=lambda s: s.start)


def quote_kind(text: str, span: Span) -> str:
    """ "scare" for a single word, "partial" for words set inside a sentence, else "direct"."""
    words = re.findall(r"\w+(?:['\u2019-]\w+)*", text[span.start : span.end])
    if len(words) == 1:  # one loaded word: "terrorists", "everywhere"
        return "scare"
    before = text[: span.start - 1].rstrip(" ")
    introduced = before == "" or before.endswith(("\n", ".", "!", "?", ":", ",", "\u2014", "\u201d", '"'))
    return "direct" if introduced else "partial"  # words set inside a sentence of the reporter's


# ---------------------------------------------------------------------------
# Cues and speakers
# ---------------------------------------------------------------------------

_CAP = r"(?:[A-Z][\w'\u2019-]*\.?|[A-Z]\.)"  # a capitalised word or an initial
_NAME = rf"{_CAP}(?:\s+(?:al-|bin\s|de\s|van\s|von\s|of\s|the\s)?{_CAP})*"
_FUNCTION = r"(?:and|or|but|were|was|is|are|has|had|have|been|be|to|that|which|who|if|when|of|in|on|for|with|would|will)\b"
_LOWER_WORD = rf"(?!{_FUNCTION})[A-Za-z0-9][\w'\u2019-]*"
_LOWER_SOURCE = (
    rf"(?:(?:the|a|an|his|her|their|its|one|two|three|some|many|several|another)\s+"
    rf"(?:{_LOWER_WORD}\s+){{0,4}}?{_LOWER_WORD}|another|one)"
)
_POSSESSIVE_SOURCE = (
    rf"[A-Z]\w+['\u2019]s\s+(?:{_LOWER_WORD}\s+){{0,2}}{_LOWER_WORD}"  # Russia’s foreign ministry
)
_SOURCE = (
    rf"\b(?:(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w'\u2019-]+\s+){{0,4}}?{_NAME}|{_POSSESSIVE_SOURCE}"
    rf"|{_LOWER_SOURCE}|officials|he|she|they|it|we|I)"
)
_TAG = r"(?:,?\s*\([^()]{1,30}\))?"  # a party tag: Sen. Chuck Schumer (D-N.Y.) said
_WHEN = (
    _TAG
    + r"(?:\s+(?:on|last|this|earlier|later)\s+\w+|(?:\s+(?:also|then|later|again|previously|once|has|had|have"
    r"|may|might|would|will|could|should|\w+ly))+)?"
)
_ASIDE = r"(?:,\s+[^,\u201c\u201d\"]{1,100},)?"
_CUE = rf"(?P<cue>(?:told|tells|tell)\s+(?:reporters|journalists|[A-Z][\w.]+)|(?:{_VERB}))"
_PLURAL_SOURCE = r"(?:[a-z][\w-]+\s+)?[a-z][\w-]+(?:ers|ors|ists|ants|ents|ials|ians)"  # federal prosecutors
_AFTER_SPEAKER_VERB = re.compile(
    rf"^[\s,\u2014-]*(?P<speaker>{_SOURCE}|{_PLURAL_SOURCE}){_ASIDE}{_WHEN},?\s+{_CUE}\b"
)
_AFTER_VERB_SPEAKER = re.compile(
    rf"^[\s,\u2014-]*(?P<cue>{_VERB})\s+(?P<speaker>(?:[\w.'\u2019-]+\s+){{0,4}}?{_NAME}(?=[\s,.;]|$)|{_LOWER_SOURCE})"
)
_BARE_END = re.compile(
    r"(?:\s+(?:in\s+a\s+statement|on\s+\w+|\w+day|today|to\s+reporters|later|earlier))?\s*(?:[.;]|,\s+(?:who|adding|a|an|the)\b|$)"
)
_DOCUMENT = r"(?:statement|readout|transcript|summary|release|account)"
#: "according to X", "according to a statement from X": X is the source of the words.
_ACCORDING_TO = (
    rf"\b[Aa]ccording\s+to\s+(?:(?:a|an|the)\s+)?(?:{_DOCUMENT}\s+(?:from|by|of|issued\s+by)\s+(?:the\s+)?)?"
    rf"(?P<speaker>{_NAME}|{_LOWER_SOURCE})"
)
_ACCORDING = re.compile(rf"^[\s,]*{_ACCORDING_TO}")
#: Any past-tense verb can report speech right beside a quote: pressed, riffed, shot back, went on.
_PAST = r"(?P<cue>(?!(?:was|had|did|used|based|called|named|titled|headlined)\b)[a-z]{2,}ed|went\s+on|shot\s+back|began|put\s+it|spoke)"
_AFTER_ANY_VERB = re.compile(
    rf"^[\s,\u2014-]*(?:{_LOWER_SOURCE},\s+)?(?P<speaker>{_SOURCE}|{_PLURAL_SOURCE}){_TAG}{_ASIDE}(?:\s+\w+ly)?\s+{_PAST}\b"
)
_AFTER_ANY_VERB_SPEAKER = re.compile(
    rf"^[\s,]*{_PAST}\s+(?P<speaker>(?:[\w.'\u2019-]+\s+){{0,4}}?{_NAME})(?=[\s,.;]|$)"
)
_ANY_VERB = re.compile(rf"\b(?:told\s+(?:reporters|journalists|[A-Z][\w.]+)|{_VERB})\b")
_SPEAKER_BEFORE_VERB = re.compile(
    rf"(?P<speaker>{_SOURCE}){_TAG}{_ASIDE}{_WHEN}(?:,?\s+who(?:\s+has|\s+had)?)?,?\s+$"
)
_NO_SENTENCE_END = re.compile('[^.!?\u201c\u201d"]{0,160}$')
_INVERTING = "said|says|added|adds|wrote|writes|continued|explained|recalled|noted|remarked|replied|responded|quipped|declared"
_NAME_RIGHT_BEFORE = re.compile(rf"(?P<speaker>{_NAME})\s+$")
_PARTICIPLES = "|".join(v for v in REPORTING_VERBS if v.endswith("ing"))
_PARTICIPLE_BEFORE = re.compile(
    rf"(?:(?:,|\bby)\s+(?P<cue>{_PARTICIPLES})\b[^.!?\u201c\u201d\"]{{0,60}}"
    rf"|\band\s+(?P<and_cue>{_VERB}|[a-z]+ed)[,:]?\s*(?:that\s*)?)$"
)
_LEAD = (
    r"(?i:on|in|at|after|before|when|while|during|here|there|outside|inside|later|earlier|last|this|since|as|with"
    r"|for|from|to|by|speaking|asked|responding|recalling|addressing|meanwhile|however|despite|although|though|if"
    r"|unlike|like|now|today|yesterday|also|still|yet|then|instead|once|again)"
)
_SUBJECT = re.compile(
    rf"^\s*(?:{_LEAD}\b[^,\u201c\u201d\"]{{0,60}},\s+){{0,2}}(?:(?:But|And|Then|Later|Earlier|Still|Yet|So|Meanwhile),?\s+)?"
    rf"(?P<speaker>{_SOURCE})\b"
)
_COLON_BEFORE = re.compile(
    rf"(?P<speaker>{_SOURCE}){_TAG}{_ASIDE}{_WHEN}\s+(?P<cue>[a-z]+)(?:\s+[\w'\u2019]+){{0,5}}:\s*$"
)
_ANY_VERB_BEFORE = re.compile(
    rf"(?P<speaker>{_SOURCE}){_TAG}{_ASIDE}(?:\s+\w+ly)?\s+{_PAST}(?:\s+(?:back|in|up|out|it))?[,:]\s*$"
)
_INVERTED_BEFORE = re.compile(
    rf"\b(?P<cue>{_INVERTING}|Said|Says|Added|Wrote|Writes|[Aa]ccording\s+to)\s+(?P<speaker>(?:[\w.'\u2019-]+\s+){{0,4}}?{_NAME}){_ASIDE}[,:]?\s*$"
)
_HEADLINE_BEFORE = re.compile(
    rf"(?:^|\s[-\u2014\u2013]\s)\s*(?P<speaker>{_NAME}):\s*$"
)  # Trump: ‘…’; - Philip Bump: “…”
_DASH_AFTER = re.compile(
    rf"^[^\n]*\n\s*\n?\s*[-\u2014\u2013]\s*(?P<speaker>(?:[\w.'\u2019-]+\s+){{0,3}}?{_NAME})"
)
_NOT_SOURCES = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "but",
    "and",
    "then",
    "now",
    "so",
    "yet",
    "still",
    "also",
    "in",
    "on",
    "at",
    "as",
    "if",
    "when",
    "while",
}
_SENTENCE_END = re.compile('[.!?]["\u201d\u2019)]*\\s+(?=["\u201c\u2018(]?[A-Z0-9])')
_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|St|Jr|Sr|No"
    r"|Jan|Feb|Aug|Sept|Oct|Nov|Dec|[A-Z]\.[A-Z]|[A-Z]\.[A-Z]\.[A-Z])\.$"
)


def sentence_start(text: str, i: int) -> int:
    """Where the sentence holding position ``i`` begins (a stop that ends "Mr." or "U.S." does not count)."""
    start = text.rfind("\n", 0, i) + 1
    for m in _SENTENCE_END.finditer(text, max(start, i - 400), i + 3):  # + 3: see what comes after a stop
        if m.end() <= i and not _ABBREVIATION.search(text, max(m.start() - 6, 0), m.start() + 1):
            start = m.end()
    return start


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
        after = text[span.end + 1 : span.end + 200].split("\n")[0]
        ends = text[span.start : span.end].rstrip().endswith(".") or after.lstrip()[:1] in (".", "!", "?")
        before = text[sentence_start(text, max(span.start - 1, 0)) : max(span.start - 1, 0)]
        return cls(text, span, kind, after, before, before[-220:], ends)


Found = tuple[str, "str | None"] | None  # (speaker phrase, cue) or nothing


def _first_source(match: re.Match | None, cue: str | None = None) -> Found:
    if match and _is_source(match.group("speaker")):
        return match.group("speaker"), cue or match.groupdict().get("cue")
    return None


def said_after(q: Around) -> Found:
    """“…,” Peskov said / he told reporters / the ministry said in a statement / “….” Trump said."""
    m = _AFTER_SPEAKER_VERB.match(q.after)
    if q.ends_sentence and not (m and _BARE_END.match(q.after, m.end())):
        return None  # “This is unacceptable.” Trump said nothing: a new sentence
    return _first_source(m)


def said_inverted_after(q: Around) -> Found:
    """“…,” said Kremlin spokesman Dmitry Peskov."""
    m = _AFTER_VERB_SPEAKER.match(q.after)
    return None if q.ends_sentence and not (m and _BARE_END.match(q.after, m.end())) else _first_source(m)


def according_to_after(q: Around) -> Found:
    """“…,” according to the ministry."""
    return None if q.ends_sentence else _first_source(_ACCORDING.match(q.after), "according to")


def any_verb_after(q: Around) -> Found:
    """“…,” Hannity pressed. / “…,” remembered Roy Verley: any past-tense verb, right after a full quote."""
    if q.ends_sentence or q.kind != "direct":
        return None
    return _first_source(_AFTER_ANY_VERB.match(q.after)) or _first_source(
        _AFTER_ANY_VERB_SPEAKER.match(q.after)
    )


def subject_before(q: Around) -> Found:
    """Trump returned the compliment, telling Reuters, “…” / Trump … and said, “…”: the sentence's subject."""
    m = _PARTICIPLE_BEFORE.search(q.near)
    if not m or (m.group("cue") and _ANY_VERB.search(q.near, m.end("cue"))):
        return None  # "X, noting …, said, “…”" is for said_before
    return _first_source(_SUBJECT.match(q.before), m.group("cue") or m.group("and_cue"))


def inverted_before(q: Around) -> Found:
    """Said Dorothy Poynter, …, “…” / According to Paul Sperry, “…” / Trump: ‘…’ / - Philip Bump: “…”."""
    if q.near.rstrip().endswith(":") and (found := _first_source(_HEADLINE_BEFORE.search(q.near))):
        return found
    return _first_source(_INVERTED_BEFORE.search(q.near))


def said_before(q: Around) -> Found:
    """Peskov said the Turkish side “…” / Erdogan, who …, said: “…”: the last reporting verb with a source."""
    for verb in reversed(list(_ANY_VERB.finditer(q.near))):
        if not _NO_SENTENCE_END.match(q.near, verb.end()):
            break  # a full stop or another quote between the verb and this quote
        m = _SPEAKER_BEFORE_VERB.search(q.near, max(verb.start() - 160, 0), verb.start())
        words = m.group("speaker").split() if m else []
        while words and words[0].lower() in _NOT_SOURCES:
            words = words[1:]
        if words:
            return " ".join(words), verb.group()
    return None


def colon_before(q: Around) -> Found:
    """Cavusoglu retorted: “…” / McConnell delivered a blunt message to Trump: “…”."""
    m = _COLON_BEFORE.search(q.near) if q.near.rstrip().endswith(":") else None
    return None if m and m.group("speaker").lower() in PRONOUNS else _first_source(m)


def any_verb_before(q: Around) -> Found:
    """Hillary shot back, “…” / Jared Potts echoed: “…”: any past-tense verb right before a full quote."""
    if q.kind != "direct" or not q.near.rstrip().endswith((",", ":")):
        return None
    return _first_source(_ANY_VERB_BEFORE.search(q.near))


def dash_line_after(q: Around) -> Found:
    """“…” and then a line “- Bernie Sanders”."""
    m = _DASH_AFTER.match(q.text[q.span.end + 1 : q.span.end + 120])
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
        rf"(?P<speaker>{_NAME}){_WHEN}\s+(?P<cue>{_VERB})\b(?:\s+that)?[^\u201c\u201d\"]*[.:]?$",
        last_sentence,
    )
    if m is None and last_sentence.endswith(":"):  # Trump issued the following statement:
        m = _SUBJECT.match(last_sentence)
        return _first_source(m, "colon") if m and _is_named(m.group("speaker").split()[-1]) else None
    return _first_source(m)


def name_predicate(q: Around) -> Found:
    """Trump “expressed concern…”: a name right before a quote that is its verb phrase."""
    m = _NAME_RIGHT_BEFORE.search(q.before)
    first_word = q.text[q.span.start : q.span.end].split(" ")[0]
    return _first_source(m, first_word) if first_word.islower() and first_word.endswith("ed") else None


#: The attribution rules, in the order they are tried: the first one that finds a speaker wins.
RULES: dict[str, Callable[[Around], Found]] = {
    "said after": said_after,
    "said inverted after": said_inverted_after,
    "according to after": according_to_after,
    "any verb after": any_verb_after,
    "subject before": subject_before,
    "inverted before": inverted_before,
    "said before": said_before,
    "colon before": colon_before,
    "any verb before": any_verb_before,
    "dash line after": dash_line_after,
    "previous sentence": previous_sentence,
    "name predicate": name_predicate,
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


_ACCORDING_SOURCE = re.compile(_ACCORDING_TO)


def according_to_source(text: str, span: Span, whole_paragraph: bool = False) -> str | None:
    """X in "…, according to X" after the quote, in its sentence (or in the rest of its paragraph).

    A readout or statement tells what someone did in its own words: in "Trump “expressed
    concern …”. He also praised “…”, according to Deputy White House Press Secretary Judd
    Deere", the quoted words are the readout's, so their source is Judd Deere's office.
    """
    stop = text.find("\n", span.end)
    stop = len(text) if stop == -1 else stop
    if not whole_paragraph:
        end = _SENTENCE_END.search(text, span.end + 1, stop)
        stop = end.start() + 1 if end else stop
    m = _ACCORDING_SOURCE.search(text, span.end + 1, stop)
    return m.group("speaker") if m and _is_source(m.group("speaker")) else None


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
    return " ".join(words) or None


def _is_named(name: str) -> bool:
    """A named source ("Peskov"), not a description ("one Trump confidant")."""
    return name[:1].isupper()


def _is_source(phrase: str) -> bool:
    """False for phrases that only look like sources: "Wednesday said", "But he"."""
    return phrase.split()[0].lower() not in _NOT_SOURCES


def resolve_speakers(
    speakers: list[str | None], kinds: list[str], paragraphs: list[int] | None = None
) -> list[str | None]:
    """Fill in who said the quotes that do not say so themselves, then use fullest names.

    A pronoun (he, she...) takes the last named speaker. A direct or partial quote with
    no attribution continues the quote before it when that one is in the same or the
    previous paragraph (``paragraphs`` gives each quote's paragraph number). Aliases are
    made full afterwards, by :func:`fullest_name`.
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
        if _require_str(name, "each name").strip():
            kept.add(name)
    unified: dict[str, str] = {}
    for name in sorted(kept):
        words = name.split()
        longer = [other for other in sorted(kept) if other.split()[-len(words) :] == words]
        fullest = max(longer, key=lambda other: (len(other.split()), other))
        one_person = all(fullest.split()[-len(other.split()) :] == other.split() for other in longer)
        unified[name] = fullest if one_person else name
    return unified


def extract_quotes(text: str, rules: Iterable[str] | None = None, resolve: bool = True) -> pd.DataFrame:
    """Every quoted span of ``text`` with its speaker, cue and kind.

    Returns columns ``quote`` (the quoted words, marks excluded), ``speaker`` (the fullest
    name the article gives for the source of the words, or None), ``cue`` (the reporting
    verb), ``start``, ``end`` (``text[start:end] == quote``), ``kind`` ("direct", "partial"
    or "scare") and ``about``: the person the quote describes when the words are someone
    else's (in "Trump “expressed concern”, according to Judd Deere", the speaker is Judd
    Deere and the quote is about Donald Trump); <NA> otherwise.

    To see what each step buys, switch steps off: ``rules`` picks attribution rules by
    name (default: all of :data:`RULES`, in order; ``[]``: none), and ``resolve=False``
    leaves pronouns, follow-on quotes and short names as they are.
    """
    text = _require_str(text)
    rules = list(RULES) if rules is None else list(rules)
    unknown = sorted(set(rules) - set(RULES))
    if unknown:
        raise ValueError(f"unknown rule(s) {unknown}; the rules are {list(RULES)}")
    spans = quote_spans(text)
    kinds = [quote_kind(text, s) for s in spans]
    found = [find_rule(text, s, kind, rules) for s, kind in zip(spans, kinds)]
    # The words of a readout: a quote that no reporting verb gives to anyone, or that only tells
    # what someone did (Trump “expressed concern”), belongs to the source "according to" names.
    readouts = "according to after" in rules  # that rule also looks further: "…, according to X"
    sources = [
        according_to_source(text, s, rule == "name predicate")
        if readouts and kind != "scare" and (phrase is None or rule == "name predicate")
        else None
        for s, kind, (rule, phrase, _) in zip(spans, kinds, found)
    ]
    speakers = [speaker_phrase(source or phrase) for source, (_, phrase, _) in zip(sources, found)]
    readout = [bool(source) or rule == "according to after" for source, (rule, _, _) in zip(sources, found)]
    described = [speaker_phrase(phrase) for _, phrase, _ in found]  # who the words are about
    for i, (s, kind, (rule, _, _)) in enumerate(zip(spans, kinds, found)):
        if rule == "according to after":  # Trump “praised the deal”, according to …
            described[i] = speaker_phrase((name_predicate(Around.of(text, s, kind)) or (None,))[0])
    cues = ["according to" if source else cue for source, (_, _, cue) in zip(sources, found)]
    if resolve:
        paragraphs = [text.count("\n\n", 0, s.start) for s in spans]
        described = resolve_speakers(described, kinds, paragraphs)
        speakers = resolve_speakers(speakers, kinds, paragraphs)
        mentions = name_mentions(text, {s.split()[-1] for s in speakers + described if s})
        speakers = [fullest_name(s, mentions) for s in speakers]
        described = [fullest_name(s, mentions) for s in described]
    about = [
        name if is_readout and name != speaker else None
        for is_readout, name, speaker in zip(readout, described, speakers)
    ]
    return pd.DataFrame(
        {
            "quote": pd.array([text[s.start : s.end] for s in spans], dtype=_STRING),
            "speaker": pd.array(speakers, dtype=_STRING),
            "cue": pd.array(cues, dtype=_STRING),
            "start": np.array([s.start for s in spans], dtype=np.int64),
            "end": np.array([s.end for s in spans], dtype=np.int64),
            "kind": pd.array(kinds, dtype=_STRING),
            "about": pd.array(about, dtype=_STRING),
        },
        columns=COLUMNS,
        copy=False,
    )


CORPUS_COLUMNS = ["article_id", "outlet", "agency", "paragraph", *COLUMNS, "rule"]
#: The ``rule`` of a quote whose source is named later in its sentence or paragraph ("…, according to X").
READOUT_RULE = "according to after"


def corpus_quotes(
    articles: pd.DataFrame, rules: Iterable[str] | None = None, resolve: bool = True
) -> pd.DataFrame:
    """:func:`extract_quotes` for every article of the articles table, in one table.

    Columns ``article_id``, ``outlet``, ``agency`` (from ``articles``, <NA> when missing),
    ``paragraph`` (numbered from 0, paragraphs split on blank lines), the columns of
    :func:`extract_quotes`, and ``rule``: the name of the sieve rule that found the
    speaker, "according to after" also when the source is named later ("…, according to X"),
    <NA> when none did. ``rules`` and ``resolve`` are passed on.
    """
    if not isinstance(articles, pd.DataFrame) or not {"article_id", "text"} <= set(articles.columns):
        raise TypeError("articles must be the articles table (a DataFrame with article_id and text)")
    tables = []
    for row in articles.itertuples(index=False):
        text = _require_str(row.text)
        found = extract_quotes(text, rules=rules, resolve=resolve)
        spans = [Span(int(s), int(e), "") for s, e in zip(found["start"], found["end"])]
        found.insert(0, "paragraph", [text.count("\n\n", 0, s.start) for s in spans])
        found["rule"] = [find_rule(text, s, k, rules)[0] for s, k in zip(spans, found["kind"])]
        readout = (found["cue"] == "according to").fillna(False) & found["rule"].isin(
            [None, "name predicate"]
        )
        found.loc[readout, "rule"] = READOUT_RULE  # the source named later: "…, according to X"
        for column in ("agency", "outlet", "article_id"):
            found.insert(0, column, getattr(row, column, None))
        tables.append(found)
    table = pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(columns=CORPUS_COLUMNS)
    for column in ("article_id", "outlet", "agency", "rule", *COLUMNS):
        if column not in ("start", "end"):
            table[column] = table[column].astype(_STRING)
    table["paragraph"] = table["paragraph"].astype(np.int64)
    for column in ("start", "end"):
        table[column] = table[column].astype(np.int64)
    return table[CORPUS_COLUMNS]
