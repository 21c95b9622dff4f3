"""Helpers for the newsroom-forensics course: load, clean and analyse news articles.

Every function takes text or the articles table and returns text or a tidy pandas
DataFrame. Nothing here prints, downloads or writes files.
"""

from helpers.cleaning import clean_text, extract_metadata, label_lines
from helpers.corpus import SEEDS_DIR, CorpusError, CorpusWarning, load_articles
from helpers.dates import find_dates
from helpers.dedup import align_paragraphs, near_duplicates
from helpers.framing import (
    find_terms,
    headline_source,
    headlines,
    log_odds,
    quote_shares,
    reported_rule,
    reporting_verbs,
    scare_quotes,
    term_rates,
    verb_rates,
)
from helpers.palette import UNKNOWN_OUTLET, outlet_colors
from helpers.quotes import corpus_quotes, extract_quotes, unify_names
from helpers.text import split_paragraphs, split_sentences, words
from helpers.timeline import (
    build_timeline,
    chronology,
    dated_counts,
    event_label,
    plot_chronology,
    plot_timeline,
    to_timelinejs,
)

__all__ = [
    "SEEDS_DIR",
    "UNKNOWN_OUTLET",
    "CorpusError",
    "CorpusWarning",
    "align_paragraphs",
    "build_timeline",
    "clean_text",
    "corpus_quotes",
    "extract_quotes",
    "find_dates",
    "plot_timeline",
    "extract_metadata",
    "label_lines",
    "load_articles",
    "near_duplicates",
    "outlet_colors",
    "split_paragraphs",
    "split_sentences",
    "unify_names",
    "words",
    # Lesson 05: framing
    "find_terms",
    "headline_source",
    "headlines",
    "log_odds",
    "quote_shares",
    "reported_rule",
    "reporting_verbs",
    "scare_quotes",
    "term_rates",
    "verb_rates",
    # Lesson 04: timelines
    "chronology",
    "dated_counts",
    "event_label",
    "plot_chronology",
    "to_timelinejs",
]
