"""The building blocks of the attribution rules: regular expressions for names, sources and cues.

A *source* is who the words come from: a name ("Kremlin spokesman Dmitry Peskov"), a
description ("the Russian Defense Ministry", "one Trump confidant") or a pronoun. A *cue*
is the reporting verb that gives the words to it ("said", "told reporters"). The rules
in :mod:`helpers.quotes.rules` put these blocks together.

Every pattern here is used on a short window of text around one quote, and none has two
ways to match the same words, so no pattern backtracks without bound on long inputs.
"""

from __future__ import annotations

import re

from helpers.wordlists import reporting_verb_list

__all__ = ["PRONOUNS", "REPORTING_VERBS"]

#: Reporting verbs, in the forms news uses ("said", "says", "told", "added"...): the course's one
#: list, ``helpers/data/reporting_verbs.csv``, with the forms that count only beside a quote, and
#: without the verbs that judge a target ("criticised Clinton": Clinton is not the speaker's words).
_VERB_TABLE = reporting_verb_list(beside_quote=True)
REPORTING_VERBS = tuple(sorted(set(_VERB_TABLE.loc[_VERB_TABLE["takes"] == "words", "form"])))
VERB = "|".join(sorted(set(REPORTING_VERBS), key=len, reverse=True))
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}

_CAP = r"[A-Z][\w'\u2019-]*\.?"  # a capitalised word or an initial (one way to match either)
_DETERMINER = r"(?:The|A|An|This|That|These|Those|His|Her|Its|Their|Our|My)\b"  # "The ministry" is no name
NAME = rf"(?!{_DETERMINER}){_CAP}(?:\s+(?:al-|bin\s|de\s|van\s|von\s|of\s|the\s)?{_CAP})*"
_FUNCTION = r"(?:and|or|but|were|was|is|are|has|had|have|been|be|to|that|which|who|if|when|of|in|on|for|with|would|will)\b"
_LOWER_WORD = rf"(?!{_FUNCTION})[A-Za-z0-9][\w'\u2019-]*"
_LOWER_SOURCE = (
    rf"(?:(?i:the|a|an|his|her|their|its|one|two|three|some|many|several|another)\s+"
    rf"(?:{_LOWER_WORD}\s+){{0,4}}?{_LOWER_WORD}|another|one)"
)
_POSSESSIVE_SOURCE = rf"(?:[A-Z][\w.-]*\s+){{0,3}}[A-Z]\w+['\u2019]s\s+(?:{_LOWER_WORD}\s+){{0,2}}{_LOWER_WORD}"  # The Washington Post’s editorial board
_SOURCE = (
    rf"\b(?:(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w'\u2019-]+\s+){{0,4}}?{NAME}|{_POSSESSIVE_SOURCE}"
    rf"|{_LOWER_SOURCE}|officials|he|she|they|it|we|I)"
)
_TAG = r"(?:,?\s*\([^()]{1,30}\))?"  # a party tag: Sen. Chuck Schumer (D-N.Y.) said
WHEN = (
    _TAG
    + r"(?:\s+(?:on|last|this|earlier|later)\s+\w+|(?:\s+(?:also|then|later|again|previously|once|has|had|have"
    r"|may|might|would|will|could|should|\w+ly))+)?"
)
_ASIDE = r"(?:,\s+[^,\u201c\u201d\"]{1,100},)?"
_CUE = rf"(?P<cue>(?:told|tells|tell)\s+(?:reporters|journalists|[A-Z][\w.]+)|(?:{VERB}))"
_PLURAL_SOURCE = r"(?:[a-z][\w-]+\s+)?[a-z][\w-]+(?:ers|ors|ists|ants|ents|ials|ians)"  # federal prosecutors
AFTER_SPEAKER_VERB = re.compile(
    rf"^[\s,\u2014-]*(?P<speaker>{_SOURCE}|{_PLURAL_SOURCE}){_ASIDE}{WHEN},?\s+{_CUE}\b"
)
AFTER_VERB_SPEAKER = re.compile(
    rf"^[\s,\u2014-]*(?P<cue>{VERB})\s+(?P<speaker>(?:[\w.'\u2019-]+\s+){{0,4}}?{NAME}(?=[\s,.;]|$)|{_LOWER_SOURCE})"
)
BARE_END = re.compile(
    r"(?:\s+(?:in\s+a\s+statement|on\s+\w+|\w+day|today|to\s+reporters|later|earlier))?\s*(?:[.;]|,\s+(?:who|adding|a|an|the)\b|$)"
)
_DOCUMENT = r"(?:statement|readout|transcript|summary|release|account)"
#: "according to X", "according to a statement from X": X is the source of the words.
_ACCORDING_TO = (
    rf"\b[Aa]ccording\s+to\s+(?:(?:a|an|the)\s+)?(?:{_DOCUMENT}\s+(?:from|by|of|issued\s+by)\s+(?:the\s+)?)?"
    rf"(?P<speaker>{NAME}|{_LOWER_SOURCE})"
)
ACCORDING = re.compile(rf"^[\s,]*{_ACCORDING_TO}")
#: Any past-tense verb can report speech right beside a quote: pressed, riffed, shot back, went on.
_PAST_FORM = r"(?!(?:was|had|did|used|based|called|named|titled|headlined)\b)[a-z]{2,}ed"
_PAST = r"(?P<cue>(?!(?:was|had|did|used|based|called|named|titled|headlined)\b)[a-z]{2,}ed|went\s+on|shot\s+back|began|put\s+it|spoke)"
AFTER_ANY_VERB = re.compile(
    rf"^[\s,\u2014-]*(?:{_LOWER_SOURCE},\s+)?(?P<speaker>{_SOURCE}|{_PLURAL_SOURCE}){_TAG}{_ASIDE}(?:\s+\w+ly)?\s+{_PAST}\b"
)
AFTER_ANY_VERB_SPEAKER = re.compile(
    rf"^[\s,]*{_PAST}\s+(?P<speaker>(?:[\w.'\u2019-]+\s+){{0,4}}?{NAME})(?=[\s,.;]|$)"
)
ANY_VERB = re.compile(rf"\b(?:told\s+(?:reporters|journalists|[A-Z][\w.]+)|{VERB})\b")
SPEAKER_BEFORE_VERB = re.compile(
    rf"(?P<speaker>{_SOURCE}){_TAG}{_ASIDE}{WHEN}(?:,?\s+who(?:\s+has|\s+had)?)?,?\s+$"
)
NO_SENTENCE_END = re.compile('[^.!?\u201c\u201d"]{0,160}$')
_INVERTING = "said|says|added|adds|wrote|writes|continued|explained|recalled|noted|remarked|replied|responded|quipped|declared"
NAME_RIGHT_BEFORE = re.compile(rf"(?P<speaker>{NAME})\s+$")
#: Any participle after a comma can carry a quote: "Trump assailed Ginsburg, calling her remarks “…”".
_ANY_PARTICIPLE = (
    r"(?!(?:including|according|following|regarding|concerning|excluding|being|having|during|morning|evening"
    r"|something|nothing|anything|everything|building|meeting|bring|thing|king|spring|string)\b)[a-z]{3,}ing"
)
_PARTICIPLES = "|".join(v for v in REPORTING_VERBS if v.endswith("ing"))
PARTICIPLE_BEFORE = re.compile(
    rf"(?:(?:,|\bby)\s+(?P<cue>{_PARTICIPLES}|{_ANY_PARTICIPLE})\b[^.!?\u201c\u201d\"]{{0,60}}"
    rf"|\band\s+(?P<and_cue>{VERB}|[a-z]+ed)[,:]?\s*(?:that\s*)?)$"
)
_LEAD = (
    r"(?i:on|in|at|after|before|when|while|during|here|there|outside|inside|later|earlier|last|this|since|as|with"
    r"|for|from|to|by|speaking|asked|responding|recalling|addressing|meanwhile|however|despite|although|though|if"
    r"|unlike|like|now|today|yesterday|also|still|yet|then|instead|once|again)"
)
SUBJECT = re.compile(
    rf"^\s*(?:{_LEAD}\b[^,\u201c\u201d\"]{{0,60}},\s+){{0,2}}(?:(?:But|And|Then|Later|Earlier|Still|Yet|So|Meanwhile),?\s+)?"
    rf"(?P<speaker>{_SOURCE})\b"
)
COLON_BEFORE = re.compile(
    rf"(?P<speaker>{_SOURCE}){_TAG}{_ASIDE}{WHEN}\s+(?P<cue>[a-z]+)(?:\s+[\w'\u2019]+){{0,5}}:\s*$"
)
ANY_VERB_BEFORE = re.compile(
    rf"(?P<speaker>{_SOURCE}){_TAG}{_ASIDE}(?:\s+\w+ly)?\s+{_PAST}(?:\s+(?:back|in|up|out|it))?[,:]\s*$"
)
INVERTED_BEFORE = re.compile(
    rf"\b(?P<cue>{_INVERTING}|Said|Says|Added|Wrote|Writes|[Aa]ccording\s+to)\s+(?P<speaker>(?:[\w.'\u2019-]+\s+){{0,4}}?{NAME}){_ASIDE}[,:]?\s*$"
)
#: "According to the newspaper, “…”": a description after "according to" before the quote.
ACCORDING_BEFORE = re.compile(rf"\b[Aa]ccording\s+to\s+(?P<speaker>{_LOWER_SOURCE}){_ASIDE},?\s*$")
HEADLINE_BEFORE = re.compile(
    rf"(?:^|\s[-\u2014\u2013]\s)\s*(?P<speaker>{NAME})(?:,\s+[^:\n\u201c\u201d\"]{{1,80}}?)?:\s*$"
)  # Trump: ‘…’; - Philip Bump: “…”; Peggy Drexler, CNN: “…” (a roundup)
DASH_AFTER = re.compile(
    rf"^[^\n]*\n\s*\n?\s*[-\u2014\u2013]\s*(?P<speaker>(?:[\w.'\u2019-]+\s+){{0,3}}?{NAME})"
)
NOT_SOURCES = {
    "even",
    "this",
    "that",
    "these",
    "those",
    "outside",
    "inside",
    "during",
    "here",
    "there",
    "according",
    "what",
    "why",
    "how",
    "where",
    "it's",
    "it\u2019s",
    "that's",
    "that\u2019s",
    "there's",
    "there\u2019s",
    "after",
    "before",
    "since",
    "until",
    "because",
    "although",
    "though",
    "about",
    "to",
    "for",
    "with",
    "of",
    "from",
    "by",
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
SENTENCE_END = re.compile('[.!?]["\u201d\u2019)]*\\s+(?=["\u201c\u2018(]?[A-Z0-9])')
ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|St|Jr|Sr|No"
    r"|Jan|Feb|Aug|Sept|Oct|Nov|Dec|[A-Z]\.[A-Z]|[A-Z]\.[A-Z]\.[A-Z])\.$"
)
ACCORDING_SOURCE = re.compile(_ACCORDING_TO)

#: A long subject after the quote, up to its reporting verb: “…,” former George W. Bush speechwriter
#: Noam Neusner wrote / “…,” Harry Bond, 30, of Raleigh, N.C., who was polled, said.
_SUBJECT_CHAR = r"(?:[^.!?;:\u201c\u201d\"\n]|(?<=[A-Z])\.|(?<=Mr|Ms|Dr|Jr|St)\.|(?<=Mrs|Sen|Rep|Gov|Gen)\.)"
LONG_SUBJECT_AFTER = re.compile(
    rf"^[\s,\u2014-]*(?P<speaker>[A-Za-z]{_SUBJECT_CHAR}{{0,160}}?),?\s+"
    rf"(?P<cue>(?:told|tells|tell)\s+(?:reporters|journalists|[A-Z][\w.]+)|{VERB}|{_PAST_FORM})\b"
)

#: The subject of the sentence and the verb after it: "The FBI lists “…”", "Moore thanked him for “…”".
SUBJECT_VERB = re.compile(
    SUBJECT.pattern
    + r"(?:,[^,\u201c\u201d\"]{1,80},)?\s+(?:[a-z]+ly\s+)?(?P<cue>(?!(?:and|or|but|who|which|that)\b)[a-z]+)\b"
)

#: A short sentence after a quote that names its speaker and ends: “….” Her friend Brittany
#: Lockwood, 20, a political science major from Memphis, chimed in.
NEXT_SENTENCE = re.compile(
    rf"^\s*(?P<speaker>(?:[A-Z]){_SUBJECT_CHAR}{{0,160}}?),?\s+(?P<cue>{VERB}|[a-z]{{3,}}ed)(?:\s+(?:in|up|on|back|out))?[.!]\s*$"
)

#: "As X put it, “…”": the source of the words in an "as" clause before the quote.
AS_PUT_IT = re.compile(
    rf"\b[Aa]s\s+(?P<speaker>{_SOURCE}){_TAG}{_ASIDE}\s+(?P<cue>puts?\s+it|{VERB}|[a-z]{{2,}}ed|sang|wrote)\b[^.!?\u201c\u201d\"]{{0,60}}[,:]\s*$"
)
