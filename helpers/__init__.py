"""Helpers for the newsroom-forensics course: load, clean and analyse news articles.

Every function takes text or the articles table and returns text or a tidy pandas
DataFrame. Nothing here prints, downloads or writes files. The names below are the
public API (``helpers.__all__``); lessons also import the building blocks they teach
from a module, and each module lists those in its own ``__all__``
(``helpers.dedup``, ``helpers.minhash``, ``helpers.quotes``, ``helpers.timeline``, …).

The layers: ``helpers.text`` (paragraphs, sentences, words) is the base every other
module uses; the analysis modules build on it; ``helpers.checks`` (exercise feedback)
sits on top. No module imports one above it.

Loading and cleaning (Lesson 01)
    ``load_articles`` reads a folder of articles (default ``SEEDS_DIR``, the bundled
    seeds) into one table; a folder it cannot read raises ``CorpusError``, a file it
    skips or repairs gives a ``CorpusWarning``. ``clean_text`` keeps the body of one
    raw article; ``label_lines`` says what each raw line is; ``extract_metadata``
    reads title, date, url and outlet from the raw text.

Text (every lesson)
    ``split_paragraphs``, ``split_sentences`` and ``words`` cut text the same way
    everywhere. ``outlet_colors`` gives each outlet its colour in every figure, and
    ``UNKNOWN_OUTLET`` names an article whose outlet is not known.

Deduplication (Lesson 02)
    ``near_duplicates`` finds similar pairs of texts; ``align_paragraphs`` pairs up the
    paragraphs of two texts.

Quotes (Lesson 03)
    ``extract_quotes`` finds the quotations of one text with their speakers;
    ``corpus_quotes`` does it for every article; ``unify_names`` maps short names to
    the fullest form ("Peskov" to "Dmitry Peskov").

Timelines (Lesson 04)
    ``find_dates`` finds and resolves the time expressions of a text; ``build_timeline``
    dates every sentence of the corpus; ``chronology`` gathers them into events,
    ``event_label`` says what happened, ``dated_counts`` finds counts of people with
    their dates; ``plot_timeline`` and ``plot_chronology`` draw them, and
    ``to_timelinejs`` exports them for TimelineJS.

Framing (Lesson 05)
    ``find_terms`` and ``term_rates`` find the label words each side uses;
    ``reporting_verbs``, ``verb_rates`` and ``reported_rule`` the verbs that attribute
    speech; ``scare_quotes`` the words set in quotation marks; ``quote_shares`` who is
    given voice; ``headlines`` and ``headline_source`` who speaks in a headline;
    ``log_odds`` the words that set two groups apart.
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
    "chronology",
    "clean_text",
    "corpus_quotes",
    "dated_counts",
    "event_label",
    "extract_metadata",
    "extract_quotes",
    "find_dates",
    "find_terms",
    "headline_source",
    "headlines",
    "label_lines",
    "load_articles",
    "log_odds",
    "near_duplicates",
    "outlet_colors",
    "plot_chronology",
    "plot_timeline",
    "quote_shares",
    "reported_rule",
    "reporting_verbs",
    "scare_quotes",
    "split_paragraphs",
    "split_sentences",
    "term_rates",
    "to_timelinejs",
    "unify_names",
    "verb_rates",
    "words",
]
