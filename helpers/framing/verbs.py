"""How what they said is reported: reporting verbs, neutral and marked; scare quotes."""

from __future__ import annotations

import re

import pandas as pd

from helpers.framing.common import (
    SCARE_COLUMNS,
    VERB_COLUMNS,
    _check_articles,
    _inside,
    _quote_spans,
    _text_groups,
    _whole_words,
)
from helpers.quotes import extract_quotes
from helpers.text import require_text
from helpers.wordlists import reporting_verb_list

#: Forms that are not reporting verbs when these words follow: "charged with" a crime is an
#: indictment, not an accusation the reporter words ("Democrats charged that ...").
NOT_SPEECH_BEFORE = {"charge": re.compile(r"\s+with\b", re.IGNORECASE)}


def reporting_verbs(text: str) -> pd.DataFrame:
    """Every reporting verb in the reporter's own words (quotations left out), with its class.

    Uses the shipped ``helpers/data/reporting_verbs.csv``: ``neutral`` verbs (said, told,
    added) report that words were said; ``marked`` verbs (accused, insisted, claimed,
    vowed) also tell the reader how to take them. Returns ``verb`` (dictionary form),
    ``form`` (as written, lower case), ``class``, ``start``, ``end``. A verb followed by
    words that make it something else is left out (:data:`NOT_SPEECH_BEFORE`: "charged
    with" a crime).

    >>> reporting_verbs('Peskov said it "insisted". Ankara denied it.')[["verb", "class"]]
       verb    class
    0   say  neutral
    1  deny   marked
    """
    text = require_text(text)
    if not text:
        return pd.DataFrame(
            {c: pd.Series(dtype="int64" if c in ("start", "end") else "string") for c in VERB_COLUMNS}
        )
    forms = reporting_verb_list().set_index("form")
    spans = _quote_spans(text)
    rows = []
    for m in _whole_words(forms.index).finditer(text):
        if _inside(m.start(), spans):
            continue
        form = " ".join(m.group().lower().split())
        not_speech = NOT_SPEECH_BEFORE.get(forms.at[form, "verb"])
        if not_speech and not_speech.match(text, m.end()):
            continue
        rows.append((forms.at[form, "verb"], form, forms.at[form, "class"], m.start(), m.end()))
    table = pd.DataFrame(rows, columns=VERB_COLUMNS)
    for column in ("verb", "form", "class"):
        table[column] = table[column].astype("string")
    return table.astype({"start": "int64", "end": "int64"})


def verb_rates(articles: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Reporting verbs per 1,000 words for each group of articles (default: each outlet).

    One row per group, class and verb that occurs: ``<by>``, ``class``, ``verb``,
    ``count``, ``words`` (all words of the group's articles), ``per_1000``; sorted by
    group, class, then count (most first) and verb. ``by="unit"`` groups by
    :func:`helpers.framing.comparison_units`.
    """
    articles = _check_articles(articles, by)
    columns = [by, "class", "verb", "count", "words", "per_1000"]
    rows = []
    for group, texts, n_words in _text_groups(articles, by):
        found = pd.concat([reporting_verbs(t) for t in texts])
        counted = found.groupby(["class", "verb"]).size()
        for verb_class, verb, count in zip(
            counted.index.get_level_values("class"), counted.index.get_level_values("verb"), counted
        ):
            rows.append((group, verb_class, verb, int(count), n_words, 1000 * count / n_words))
    table = pd.DataFrame(rows, columns=columns).astype(
        {
            by: "string",
            "class": "string",
            "verb": "string",
            "count": "int64",
            "words": "int64",
            "per_1000": "float64",
        }
    )
    table = table.sort_values([by, "class", "count", "verb"], ascending=[True, True, False, True])
    return table.reset_index(drop=True)


def scare_quotes(text: str) -> pd.DataFrame:
    """The scare quotes of ``text``: single words in quotation marks ("terrorists").

    The rows of :func:`extract_quotes` whose kind is ``scare``, with columns ``quote``,
    ``speaker``, ``cue``, ``start``, ``end``.
    """
    quotes = extract_quotes(require_text(text))
    return quotes.loc[quotes["kind"] == "scare", SCARE_COLUMNS].reset_index(drop=True)
