"""Who gets a voice (quoted words by speaker and side), and whom a headline gives its words to."""

from __future__ import annotations

from typing import cast

import pandas as pd

from helpers.framing.common import (
    HEADLINE_COLUMNS,
    NO_SPEAKER,
    OTHER_SIDE,
    SHARE_COLUMNS,
    _check_articles,
    _check_list,
    _check_table,
    _group_labels,
    _text_groups,
    _whole_words,
    label_terms,
    side_names,
)
from helpers.framing.labels import find_terms
from helpers.framing.verbs import reporting_verbs
from helpers.framing.voice import (
    SOURCE_AFTER_DASH,
    SOURCE_AT_END,
    SOURCE_BEFORE_COLON,
    _blank_quotations,
    _verb_pattern,
)
from helpers.quotes import extract_quotes, unify_names
from helpers.text import require_text, words


def speaker_side(speaker: str | None, sides: pd.DataFrame | None = None) -> str:
    """The side a speaker speaks for, from a list of names (default: ``sides.csv``).

    The first side (in the list's order) with a name found in the speaker as whole words,
    ignoring case; ``(other)`` if none; ``(no speaker)`` for a missing speaker.

    >>> speaker_side("Kremlin spokesman Dmitry Peskov"), speaker_side("Mevlut Cavusoglu")
    ('Russia', 'Turkey')
    """
    if speaker is None or (not isinstance(speaker, str) and pd.isna(cast(float, speaker))):
        return NO_SPEAKER
    if not isinstance(speaker, str):
        raise TypeError(f"speaker must be a str or None, not {type(speaker).__name__}")
    sides = side_names() if sides is None else _check_list(sides, "sides", ["side", "name"])
    for side, names in sides.groupby("side", sort=False)["name"]:
        if _whole_words(names).search(speaker):
            return str(side)
    return OTHER_SIDE


def quote_shares(
    articles: pd.DataFrame, by: str = "outlet", sides: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Who is quoted, and with how many words: one row per group of articles and speaker.

    ``articles`` needs the columns ``text`` and ``<by>`` (default: each outlet;
    ``by="unit"``: see :func:`helpers.framing.comparison_units`). Quotations
    come from :func:`extract_quotes`; scare quotes (one word held at a distance, see
    :func:`scare_quotes`) are left out: they are the outlet's choice of word, not a voice.
    Speakers are named as Lesson 03 names them: :func:`helpers.quotes.unify_names` over
    all the articles, so "Tayyip Erdogan" and "Recep Tayyip Erdogan" are one speaker.

    Columns: ``<by>``, ``speaker`` (``(no speaker)`` for unattributed quotes), ``side``
    (see :func:`speaker_side`; ``sides`` defaults to the corpus folder's own
    ``sides.csv``, else the shipped list), ``quotes`` (how many quotations), ``words`` (quoted words)
    and ``share`` (quoted words / all words of the group's articles). Sorted by group,
    then words (most first), then speaker.
    """
    articles = _check_articles(articles, by)
    sides = side_names(articles) if sides is None else _check_list(sides, "sides", ["side", "name"])
    columns = [by, *SHARE_COLUMNS]
    rows = []
    for group, text in zip(_group_labels(articles, by), articles["text"]):
        quotes = extract_quotes(text)
        for speaker, quote, kind in zip(quotes["speaker"], quotes["quote"], quotes["kind"]):
            rows.append((group, speaker, len(words(quote)), kind))
    table = pd.DataFrame(rows, columns=[by, "speaker", "words", "kind"])
    names = unify_names(list(table["speaker"]))  # every name the quotes give, scare quotes too
    table = table[table["kind"] != "scare"]
    if table.empty:
        return pd.DataFrame(
            {
                column: pd.Series(dtype=dtype)
                for column, dtype in zip(columns, ["string", "string", "string", "int64", "int64", "float64"])
            }
        )
    table["speaker"] = [
        names.get(s, NO_SPEAKER) if isinstance(s, str) else NO_SPEAKER for s in table["speaker"]
    ]
    table = table.groupby([by, "speaker"]).agg(quotes=("words", "size"), words=("words", "sum")).reset_index()
    table.insert(
        2, "side", [NO_SPEAKER if s == NO_SPEAKER else speaker_side(s, sides) for s in table["speaker"]]
    )
    group_words = {group: n for group, _, n in _text_groups(articles, by)}
    table["share"] = [
        w / group_words[g] if group_words[g] else 0.0 for g, w in zip(table[by], table["words"])
    ]
    table = table.sort_values([by, "words", "speaker"], ascending=[True, False, True]).reset_index(drop=True)
    return table.astype(
        {by: "string", "speaker": "string", "side": "string", "quotes": "int64", "words": "int64"}
    )


def headline_source(title: str) -> tuple[str, str]:
    """Whom a headline gives its words to, and how: ``(source, how)``, or ``("", "")``.

    Headlines attribute in three short ways:

    * ``"dash"``: "Russia will support Syria's fight ... - Kremlin";
    * ``"colon"``: "Kremlin to Turkey: Help stop attacks";
    * ``"verb"``: a name, then a reporting verb: "Kremlin accuses Turkey of ...";
    * ``"end"``: the source last, after a comma: "Talks will go on, Kremlin says".

    A headline with none of these speaks in the outlet's own voice.

    >>> headline_source("Fighting resumes in Idlib - Kremlin"), headline_source("Fighting resumes")
    (('Kremlin', 'dash'), ('', ''))
    """
    title = require_text(title, "title").strip()
    dash = SOURCE_AFTER_DASH.search(title)
    if dash:
        return dash.group("source").strip(), "dash"
    colon = SOURCE_BEFORE_COLON.search(title)
    if colon:
        return colon.group("source").strip(), "colon"
    verb = _verb_pattern().search(_blank_quotations(title))
    subject = title[: verb.start()].split() if verb else []
    if 1 <= len(subject) <= 3 and all(word[0].isupper() for word in subject):
        return " ".join(subject), "verb"
    tag = SOURCE_AT_END.search(_blank_quotations(title))
    if tag:  # "..., Kremlin says" or "..., says Kremlin"
        source = title[tag.start() : tag.start("verb")].strip(' ,"\u201d\u2019')
        return source or title[tag.end("verb") : tag.end()].strip(" .,"), "end"
    return "", ""


def headlines(
    articles: pd.DataFrame, sides: pd.DataFrame | None = None, terms: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The framing measures applied to each headline: who speaks, who acts first, which words.

    One row per article with a title: ``article_id``, ``title``, ``words`` (in the
    title), ``source`` and ``attribution`` (whom the headline gives its words to, and
    how: see :func:`headline_source`; empty for the outlet's own voice), ``first_actor``
    (the side of the first name from the sides list, or ``(other)``), ``verbs``
    (reporting verbs, with their class), ``labels`` (label terms, with their voice, see
    :func:`find_terms`) and ``quoted`` (words in quotation marks), the last three as text
    joined by ", " (empty when none).
    ``sides`` and ``terms`` default to the corpus folder's own ``sides.csv`` and
    ``labels.csv`` (the table remembers its folder), else the shipped lists.
    """
    articles = _check_table(articles, "articles", ["article_id", "title"])
    sides = side_names(articles) if sides is None else _check_list(sides, "sides", ["side", "name"])
    terms = (
        label_terms(articles) if terms is None else _check_list(terms, "terms", ["side", "family", "term"])
    )
    name_side = {" ".join(n.lower().split()): s for n, s in zip(sides["name"], sides["side"])}
    first_name = _whole_words(name_side)
    rows = []
    for article_id, title in zip(articles["article_id"], articles["title"]):
        if title is None or pd.isna(title):
            continue
        m = first_name.search(title)
        verbs, labels = reporting_verbs(title), find_terms(title, terms)
        rows.append(
            (
                article_id,
                title,
                len(words(title)),
                *headline_source(title),
                name_side[" ".join(m.group().lower().split())] if m else OTHER_SIDE,
                ", ".join(f"{v} ({c})" for v, c in zip(verbs["form"], verbs["class"])),
                ", ".join(
                    f"{title[s:e].lower()} ({v})"
                    for s, e, v in zip(labels["start"], labels["end"], labels["voice"])
                ),
                ", ".join(extract_quotes(title)["quote"]),
            )
        )
    table = pd.DataFrame(rows, columns=HEADLINE_COLUMNS)
    return table.astype({c: "string" for c in HEADLINE_COLUMNS if c != "words"}).astype({"words": "int64"})
