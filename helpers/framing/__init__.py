"""Media framing: how outlets tell the same event in different words, measured.

Each function answers one question and returns a tidy table (Lesson 05):

* :func:`find_terms`, :func:`term_rates`: what does the text call each side
  ("terrorists", "militants", "rebels"; "regime", "government")? Counted per 1,000 words,
  in three voices: the reporter's own, a source's reported without quotation marks
  (:func:`reported_rule`), and quoted.
* :func:`reporting_verbs`, :func:`verb_rates`: does the reporter write "said", or
  "accused", "insisted", "claimed"? Neutral and marked verbs, outside quotations.
* :func:`scare_quotes`: single words held at a distance with quotation marks.
* :func:`quote_shares`: who gets a voice in each outlet, and how many of its words
  (scare quotes left out, one name per person).
* :func:`headlines`, :func:`headline_source`: the same measures on the headline, where
  most readers stop, and whom the headline gives its words to.
* :func:`log_odds`: which words set one text apart from another (Monroe et al. 2008).

* :func:`comparison_units`, :func:`describe_units`: what is compared. Outlets, or each
  article on its own when the outlets are unknown or only one (``by="unit"``).
* :func:`label_candidates`: a story with no label list of its own; its distinctive words.

The word lists ship in ``helpers/data/`` (``label_terms.csv``, ``reporting_verbs.csv``,
``sides.csv``); each file's header says where it comes from. A corpus folder's own
``labels.csv`` and ``sides.csv`` replace the shipped ones (:func:`label_terms`,
:func:`side_names`, :func:`helpers.wordlists.word_list`).

The package has one module per idea: ``common`` (columns, units, lists), ``voice`` (the
voice rules), ``labels``, ``verbs``, ``voices`` (quotes and headlines), ``log_odds``. Counting words is blind to
meaning: "government" counts "the Russian government" too. Read the words in context.
"""

from helpers.framing.common import (
    HEADLINE_COLUMNS,
    LOG_ODDS_COLUMNS,
    NO_SPEAKER,
    OTHER_SIDE,
    SCARE_COLUMNS,
    SHARE_COLUMNS,
    TERM_COLUMNS,
    UNIT,
    VERB_COLUMNS,
    comparison_units,
    describe_units,
    label_terms,
    side_names,
)
from helpers.framing.labels import CANDIDATE_COLUMNS, find_terms, label_candidates, term_rates
from helpers.framing.log_odds import log_odds
from helpers.framing.verbs import reporting_verbs, scare_quotes, verb_rates
from helpers.framing.voice import reported_rule
from helpers.framing.voices import headline_source, headlines, quote_shares, speaker_side
from helpers.wordlists import WordListError, reporting_verb_list, word_list

__all__ = [
    "CANDIDATE_COLUMNS",
    "HEADLINE_COLUMNS",
    "LOG_ODDS_COLUMNS",
    "NO_SPEAKER",
    "OTHER_SIDE",
    "SCARE_COLUMNS",
    "SHARE_COLUMNS",
    "TERM_COLUMNS",
    "UNIT",
    "VERB_COLUMNS",
    "WordListError",
    "comparison_units",
    "describe_units",
    "find_terms",
    "headline_source",
    "headlines",
    "label_candidates",
    "label_terms",
    "log_odds",
    "quote_shares",
    "reported_rule",
    "reporting_verb_list",
    "reporting_verbs",
    "scare_quotes",
    "side_names",
    "speaker_side",
    "term_rates",
    "verb_rates",
    "word_list",
]
