"""Who said what: find quoted words and attribute them, with a short sieve of readable rules.

Each step is a function a lesson can show (benchmarks/quotes.py measures them all on
PolNeAR, news they were not written on):

1. :func:`quote_spans` finds quoted words: straight and curly quotes, German „…“ and
   French «…», nested single quotes inside double ones, and a quote that runs on into
   the next paragraph (:mod:`helpers.quotes.spans`).
2. :func:`quote_kind` tells a direct quote from a partial one and a scare quote.
3. :func:`find_rule` tries the attribution rules of :data:`RULES` in order, after the
   quote ("…,” he said) and before it (Peskov said the Turkish side “…”); the first to
   find a source wins, and :func:`speaker_phrase` keeps the name from it
   (:mod:`helpers.quotes.rules`, built from the patterns in :mod:`helpers.quotes.patterns`).
4. :func:`according_to_source` gives the words of a readout or statement to their source:
   in "Trump “expressed concern”. He also praised “…”, according to Judd Deere", the
   speaker is Judd Deere and the quotes are ``about`` Trump.
5. :func:`resolve_speakers` replaces pronouns and unattributed follow-on quotes with
   the last fitting speaker, and every alias with the fullest name the article gives
   (:mod:`helpers.quotes.names`).
6. :func:`extract_quotes` and :func:`corpus_quotes` put it all in one table
   (:mod:`helpers.quotes.extract`).

The reporting verbs come from the course's one list, ``helpers/data/reporting_verbs.csv``
(:mod:`helpers.wordlists`), which Lesson 05 counts too.
"""

from __future__ import annotations

from helpers.quotes.extract import (
    CORPUS_QUOTE_COLUMNS,
    QUOTE_COLUMNS,
    READOUT_RULE,
    corpus_quotes,
    extract_quotes,
    paragraph_numbers,
)
from helpers.quotes.names import fullest_name, name_mentions, resolve_speakers, speaker_phrase, unify_names
from helpers.quotes.patterns import PRONOUNS, REPORTING_VERBS
from helpers.quotes.rules import RULES, Around, according_to_source, find_cue, find_rule, sentence_start
from helpers.quotes.spans import Span, quote_kind, quote_spans

__all__ = [
    "CORPUS_QUOTE_COLUMNS",
    "PRONOUNS",
    "QUOTE_COLUMNS",
    "READOUT_RULE",
    "REPORTING_VERBS",
    "RULES",
    "Around",
    "Span",
    "according_to_source",
    "corpus_quotes",
    "extract_quotes",
    "find_cue",
    "find_rule",
    "fullest_name",
    "name_mentions",
    "paragraph_numbers",
    "quote_kind",
    "quote_spans",
    "resolve_speakers",
    "sentence_start",
    "speaker_phrase",
    "unify_names",
]
