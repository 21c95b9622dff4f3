"""What each side is called: label terms, their voice, their rates; candidates for a list."""

from __future__ import annotations

from collections import Counter

import pandas as pd

from helpers.framing.common import (
    TERM_COLUMNS,
    UNIT,
    _check_articles,
    _check_list,
    _group_labels,
    _inside,
    _quote_spans,
    _text_groups,
    _whole_words,
    label_terms,
)
from helpers.framing.log_odds import log_odds
from helpers.framing.voice import _sentence_around, _sentence_bounds, reported_rule
from helpers.text import require_text, words
from helpers.wordlists import reporting_verb_list


def find_terms(text: str, terms: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every label term in ``text``: which term, its family and side, where, and in whose voice.

    ``terms`` is a table with columns ``side``, ``family``, ``term`` (default: the shipped
    ``helpers/data/label_terms.csv``). Terms match whole words, ignoring case. ``voice`` is

    * ``quoted``: inside a quotation (the speaker's word, or a scare quote);
    * ``reported``: in a source's speech told without quotation marks, as found by
      :func:`reported_rule` ("Russia said that militants attacked");
    * ``reporter``: the outlet's own narration.

    >>> find_terms('Rebels fled. Moscow said terrorists, "militants", attacked.')[["term", "voice"]]
             term     voice
    0      rebels  reporter
    1  terrorists  reported
    2   militants    quoted
    """
    text = require_text(text)
    terms = label_terms() if terms is None else _check_list(terms, "terms", ["side", "family", "term"])
    if not text or terms.empty:
        return pd.DataFrame(
            {c: pd.Series(dtype="int64" if c in ("start", "end") else "string") for c in TERM_COLUMNS}
        )
    lookup = {
        " ".join(t.lower().split()): (t, f, s)
        for t, f, s in zip(terms["term"], terms["family"], terms["side"])
    }
    spans, sentences = _quote_spans(text), _sentence_bounds(text)
    rows = []
    for m in _whole_words(lookup).finditer(text):
        term, family, side = lookup[" ".join(m.group().lower().split())]
        if _inside(m.start(), spans):
            voice = "quoted"
        else:
            start, end = _sentence_around(m.start(), sentences, len(text))
            voice = "reported" if reported_rule(text[start:end], m.start() - start) else "reporter"
        rows.append((term, family, side, m.start(), m.end(), voice))
    table = pd.DataFrame(rows, columns=TERM_COLUMNS)
    for column in ("term", "family", "side", "voice"):
        table[column] = table[column].astype("string")
    return table.astype({"start": "int64", "end": "int64"})


def term_rates(articles: pd.DataFrame, by: str = "outlet", terms: pd.DataFrame | None = None) -> pd.DataFrame:
    """Label terms per 1,000 words, for each group of articles (default: each outlet) and family.

    Returns one row per group and family, zeros included: ``<by>``, ``side``, ``family``,
    ``count`` (all uses), ``reporter``, ``reported`` and ``quoted`` (the count split by
    voice, see :func:`find_terms`), ``words`` (all words of the group's articles) and ``per_1000``
    (count per 1,000 words). Articles whose ``<by>`` is missing form one group, named
    ``(outlet unknown)`` for outlets. ``by="unit"`` groups by :func:`comparison_units`
    (each article on its own when the outlets are unknown or only one). ``terms``
    defaults to the corpus folder's own ``labels.csv`` if the table was loaded from a
    folder that has one, else the shipped list (see :func:`label_terms`).
    """
    articles = _check_articles(articles, by)
    terms = (
        label_terms(articles) if terms is None else _check_list(terms, "terms", ["side", "family", "term"])
    )
    columns = [by, "side", "family", "count", "reporter", "reported", "quoted", "words", "per_1000"]
    families = terms[["side", "family"]].drop_duplicates()
    rows = []
    for group, texts, n_words in _text_groups(articles, by):
        found = pd.concat([find_terms(t, terms) for t in texts])
        for side, family in families.itertuples(index=False):
            voices = found.loc[found["family"] == family, "voice"]
            by_voice = [int((voices == voice).sum()) for voice in ("reporter", "reported", "quoted")]
            rows.append(
                (
                    group,
                    side,
                    family,
                    len(voices),
                    *by_voice,
                    n_words,
                    1000 * len(voices) / n_words if n_words else 0.0,
                )
            )
    table = pd.DataFrame(rows, columns=columns)
    return table.astype(
        {
            by: "string",
            "side": "string",
            "family": "string",
            "count": "int64",
            "reporter": "int64",
            "reported": "int64",
            "quoted": "int64",
            "words": "int64",
            "per_1000": "float64",
        }
    )


CANDIDATE_COLUMNS = ["rank", "term", "count", "z"]
#: English function words (articles, pronouns, auxiliaries, prepositions, conjunctions):
#: they never name a side, so label_candidates leaves them out, with the reporting verbs.
#: Compiled for this course from the closed word classes of English grammar. Licence: MIT.
FUNCTION_WORDS = frozenset(
    """a about above after again against all also an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    it's he's she's they're we're i'm don't won't didn't isn't wasn't aren't can't""".split()  # noqa: SIM905
)


def _tokens(text: str) -> list[str]:
    """Lower-case words with a letter; one apostrophe (AFP writes Syria’s, others Syria's)."""
    return [w.lower().replace("\u2019", "'") for w in words(text) if any(c.isalpha() for c in w)]


def label_candidates(articles: pd.DataFrame, by: str = UNIT, n: int = 8) -> pd.DataFrame:
    """The words that most set each group apart from the others: candidates for a ``labels.csv``.

    For each group (default: each unit of :func:`comparison_units`), the group's words
    against all the other groups' words with :func:`log_odds` (pooled prior); the ``n``
    words with the highest z-score that the group uses at least twice, leaving out
    function words ("the", "would": :data:`FUNCTION_WORDS`) and reporting verbs ("said"). Columns ``<by>``, ``rank`` (1 = most distinctive), ``term`` (lower case),
    ``count`` (uses in the group) and ``z``. Some will be names and topics, not labels:
    read them, keep the words that name a side, and write those in a ``labels.csv``.
    One group alone has nothing to be set apart from: the table is then empty.
    """
    articles = _check_articles(articles, by)
    groups = _group_labels(articles, by)
    tokens = {
        g: [w for t in articles.loc[groups == g, "text"] for w in _tokens(t)] for g in sorted(set(groups))
    }
    verbs = set(reporting_verb_list(beside_quote=True)["form"])
    rows = []
    for group in tokens if len(tokens) > 1 else []:
        rest = [w for other in tokens if other != group for w in tokens[other]]
        counts = Counter(tokens[group])
        table = log_odds(tokens[group], rest)
        keep = [counts[t] >= 2 and t not in FUNCTION_WORDS and t not in verbs for t in table["term"]]
        table = table[keep].head(n)
        for rank, (term, z) in enumerate(zip(table["term"], table["z"]), start=1):
            rows.append((group, rank, term, counts[term], float(z)))
    table = pd.DataFrame(rows, columns=[by, *CANDIDATE_COLUMNS])
    return table.astype({by: "string", "rank": "int64", "term": "string", "count": "int64", "z": "float64"})
