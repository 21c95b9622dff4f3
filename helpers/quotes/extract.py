"""The quote table: every quote of an article, or of a whole corpus, with its speaker.

:func:`extract_quotes` puts the steps together for one text; :func:`corpus_quotes` runs
it on every article of the articles table. Both tables have fixed columns and dtypes,
also when they are empty.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

import numpy as np
import pandas as pd

from helpers.quotes.names import PRONOUNS, fullest_name, name_mentions, resolve_speakers, speaker_phrase
from helpers.quotes.rules import (
    RULES,
    Around,
    according_to_source,
    find_rule,
    last_named_subject,
    name_predicate,
)
from helpers.quotes.spans import quote_kind, quote_spans
from helpers.text import require_text

__all__ = ["CORPUS_QUOTE_COLUMNS", "QUOTE_COLUMNS", "READOUT_RULE", "corpus_quotes", "extract_quotes"]

#: The columns of :func:`extract_quotes`, in order.
QUOTE_COLUMNS = ["quote", "speaker", "cue", "start", "end", "kind", "about"]
#: The columns of :func:`corpus_quotes`, in order.
CORPUS_QUOTE_COLUMNS = ["article_id", "outlet", "agency", "paragraph", *QUOTE_COLUMNS, "rule"]
#: The ``rule`` of a quote whose source is named later in its sentence or paragraph ("…, according to X").
READOUT_RULE = "according to after"
#: Rules that find who a sentence is about, not who chose its words: a source named later wins.
_DESCRIBING = ("name predicate", "sentence subject")
_STRING = pd.StringDtype()  # missing values show as <NA>, as in load_articles
_INTEGERS = ("paragraph", "start", "end")
_QUOTE_INDEX = pd.Index(QUOTE_COLUMNS)


def paragraph_numbers(text: str, positions: Iterable[int]) -> list[int]:
    """The paragraph (numbered from 0, split on blank lines) of each position, in one pass.

    >>> paragraph_numbers("One.\\n\\nTwo.\\n\\nThree.", [0, 7, 13])
    [0, 1, 2]
    """
    breaks = [m.start() for m in re.finditer("\n\n", text)]  # as text.count("\n\n", 0, position)
    return [bisect_right(breaks, position - 2) for position in positions]


def _chosen_rules(rules: Iterable[str] | None) -> list[str]:
    if isinstance(rules, str):
        raise TypeError(f"rules must be a list of rule names, not one str; the rules are {list(RULES)}")
    chosen = list(RULES) if rules is None else list(rules)
    unknown = sorted(set(chosen) - set(RULES))
    if unknown:
        raise ValueError(f"unknown rule(s) {unknown}; the rules are {list(RULES)}")
    return chosen


def _extract(text: str, rules: list[str], resolve: bool) -> tuple[pd.DataFrame, list[str | None]]:
    """The quote table of one text, and the rule that found each speaker."""
    spans = quote_spans(text)
    kinds = [quote_kind(text, s) for s in spans]
    found = [find_rule(text, s, kind, rules) for s, kind in zip(spans, kinds)]
    # The words of a readout: a quote that no reporting verb gives to anyone, or that only tells
    # what someone did (Trump “expressed concern”), belongs to the source "according to" names.
    readouts = READOUT_RULE in rules  # that rule also looks further: "…, according to X"
    sources = [
        according_to_source(text, s, rule in _DESCRIBING)
        if readouts and kind != "scare" and (phrase is None or rule in _DESCRIBING)
        else None
        for s, kind, (rule, phrase, _) in zip(spans, kinds, found)
    ]
    speakers = [speaker_phrase(source or phrase) for source, (_, phrase, _) in zip(sources, found)]
    readout = [bool(source) or rule == READOUT_RULE for source, (rule, _, _) in zip(sources, found)]
    described = [speaker_phrase(phrase) for _, phrase, _ in found]  # who the words are about
    for i, (s, kind, (rule, _, _)) in enumerate(zip(spans, kinds, found)):
        if rule == READOUT_RULE:  # Trump “praised the deal”, according to …
            described[i] = speaker_phrase((name_predicate(Around.of(text, s, kind)) or (None,))[0])
    cues = ["according to" if source else cue for source, (_, _, cue) in zip(sources, found)]
    if resolve:
        paragraphs = paragraph_numbers(text, [s.start for s in spans])
        described = resolve_speakers(described, kinds, paragraphs)
        pronouns = [s in PRONOUNS for s in speakers]
        speakers = resolve_speakers(speakers, kinds, paragraphs, forward=True)
        speakers = [
            speaker_phrase(last_named_subject(text, span.start)) if pronoun and speaker is None else speaker
            for span, pronoun, speaker in zip(spans, pronouns, speakers)
        ]  # "he" before any quote named him: the last sentence subject that is a name
        mentions = name_mentions(text, {s.split()[-1] for s in speakers + described if s})
        speakers = [fullest_name(s, mentions) for s in speakers]
        described = [fullest_name(s, mentions) for s in described]
    about = [
        name if is_readout and name != speaker else None
        for is_readout, name, speaker in zip(readout, described, speakers)
    ]
    n = len(spans)  # the text columns are made in one go, the slowest step otherwise
    strings = pd.array(
        np.array([text[s.start : s.end] for s in spans] + speakers + cues + kinds + about, dtype=object),
        dtype=_STRING,
    )
    table = pd.DataFrame(
        {
            "quote": strings[:n],
            "speaker": strings[n : 2 * n],
            "cue": strings[2 * n : 3 * n],
            "start": np.array([s.start for s in spans], dtype=np.int64),
            "end": np.array([s.end for s in spans], dtype=np.int64),
            "kind": strings[3 * n : 4 * n],
            "about": strings[4 * n :],
        },
        index=pd.RangeIndex(n),
        columns=_QUOTE_INDEX,
        copy=False,
    )
    rule_names = [
        READOUT_RULE if source and (rule is None or rule in _DESCRIBING) else rule
        for source, (rule, _, _) in zip(sources, found)
    ]  # the source named later: "…, according to X"
    return table, rule_names


def extract_quotes(text: str, rules: Iterable[str] | None = None, resolve: bool = True) -> pd.DataFrame:
    """Every quoted span of ``text`` with its speaker, cue and kind.

    Returns the columns :data:`QUOTE_COLUMNS`: ``quote`` (the quoted words, marks
    excluded), ``speaker`` (the fullest name the article gives for the source of the
    words, or <NA>), ``cue`` (the reporting verb), ``start``, ``end``
    (``text[start:end] == quote``), ``kind`` ("direct", "partial" or "scare") and
    ``about``: the person the quote describes when the words are someone else's (in
    "Trump “expressed concern”, according to Judd Deere", the speaker is Judd Deere and
    the quote is about Donald Trump); <NA> otherwise.

    To see what each step buys, switch steps off: ``rules`` picks attribution rules by
    name (default: all of :data:`RULES`, in order; ``[]``: none), and ``resolve=False``
    leaves pronouns, follow-on quotes and short names as they are.

    >>> extract_quotes("“We will go on,” Peskov said.")[["quote", "speaker", "cue"]]
                quote speaker   cue
    0  We will go on,  Peskov  said
    """
    return _extract(require_text(text), _chosen_rules(rules), resolve)[0]


def corpus_quotes(
    articles: pd.DataFrame, rules: Iterable[str] | None = None, resolve: bool = True
) -> pd.DataFrame:
    """:func:`extract_quotes` for every article of the articles table, in one table.

    Columns :data:`CORPUS_QUOTE_COLUMNS`: ``article_id``, ``outlet``, ``agency`` (from
    ``articles``, <NA> when missing), ``paragraph`` (numbered from 0, paragraphs split on
    blank lines), the columns of :func:`extract_quotes`, and ``rule``: the name of the
    sieve rule that found the speaker, "according to after" also when the source is
    named later ("…, according to X"), <NA> when none did. ``rules`` and ``resolve`` are
    passed on.
    """
    if not isinstance(articles, pd.DataFrame) or not {"article_id", "text"} <= set(articles.columns):
        raise TypeError("articles must be the articles table (a DataFrame with article_id and text)")
    chosen = _chosen_rules(rules)
    tables = []
    for row in articles.itertuples(index=False):
        text = require_text(row.text, f"the text of article {row.article_id!r}")
        found, rule_names = _extract(text, chosen, resolve)
        found.insert(0, "paragraph", paragraph_numbers(text, found["start"]))
        found["rule"] = pd.array(rule_names, dtype=_STRING)
        for column in ("agency", "outlet", "article_id"):
            found.insert(0, column, getattr(row, column, None))
        tables.append(found)
    if tables:
        table = pd.concat(tables, ignore_index=True)
    else:
        table = pd.DataFrame({column: [] for column in CORPUS_QUOTE_COLUMNS})
    for column in CORPUS_QUOTE_COLUMNS:
        table[column] = table[column].astype(np.int64 if column in _INTEGERS else _STRING)
    return table[CORPUS_QUOTE_COLUMNS]
