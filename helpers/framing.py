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

The word lists ship in ``helpers/data/`` (``label_terms.csv``, ``reporting_verbs.csv``,
``sides.csv``); each file's header says where it comes from. Counting words is blind to
meaning: "government" counts "the Russian government" too. Read the words in context.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache

import numpy as np
import pandas as pd

from helpers.palette import UNKNOWN_OUTLET
from helpers.quotes import extract_quotes, quote_spans, unify_names
from helpers.text import DATA_DIR, _require_str, split_sentences, words
from helpers.wordlists import reporting_verb_list  # one list for Lessons 03 and 05

TERM_COLUMNS = ["term", "family", "side", "start", "end", "voice"]
VERB_COLUMNS = ["verb", "form", "class", "start", "end"]
SCARE_COLUMNS = ["quote", "speaker", "cue", "start", "end"]
SHARE_COLUMNS = ["speaker", "side", "quotes", "words", "share"]
HEADLINE_COLUMNS = [
    "article_id",
    "title",
    "words",
    "source",
    "attribution",
    "first_actor",
    "verbs",
    "labels",
    "quoted",
]
LOG_ODDS_COLUMNS = ["term", "delta", "z"]
NO_SPEAKER = "(no speaker)"
OTHER_SIDE = "(other)"


# ---------------------------------------------------------------------------
# The shipped word lists
# ---------------------------------------------------------------------------


def _read_csv(name: str) -> pd.DataFrame:
    return pd.read_csv(DATA_DIR / name, comment="#", dtype=str, keep_default_na=False)


@lru_cache(maxsize=1)
def _label_terms() -> pd.DataFrame:
    return _read_csv("label_terms.csv")


def label_terms() -> pd.DataFrame:
    """The shipped label terms: columns ``side``, ``family``, ``term`` (see its header)."""
    return _label_terms().copy()


@lru_cache(maxsize=1)
def _sides() -> pd.DataFrame:
    return _read_csv("sides.csv")


def side_names() -> pd.DataFrame:
    """The shipped list of names that tell a speaker's side: ``side``, ``name``."""
    return _sides().copy()


def _whole_words(phrases: Iterable[str]) -> re.Pattern:
    """One pattern matching any phrase as whole words (a hyphen joins words), longest first."""
    alternatives = sorted(set(phrases), key=lambda p: (-len(p), p))
    if not alternatives:
        return re.compile(r"(?!)")  # no phrases: a pattern that never matches
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in alternatives) + r")(?![\w-])", re.IGNORECASE
    )


def _check_table(table: object, name: str, columns: list[str]) -> pd.DataFrame:
    if not isinstance(table, pd.DataFrame):
        raise TypeError(
            f"{name} must be a pandas DataFrame with columns {columns}, not {type(table).__name__}"
        )
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f"{name} needs the column(s) {missing}; it has {list(table.columns)}")
    return table


def _quote_spans(text: str) -> list[tuple[int, int]]:
    return [(span.start, span.end) for span in quote_spans(text)]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


# ---------------------------------------------------------------------------
# Whose voice: the reporter's, a source's reported without quotation marks, or quoted
# ---------------------------------------------------------------------------

# A word after a reporting verb belongs to the reported clause until one of these words
# starts a clause of the reporter's own (background: "where Syrian forces have made gains").
CLAUSE_BREAK = re.compile(r"(?:,\s*|\s)(?:where|as|while|which|whose|after|before)\b|;", re.IGNORECASE)

# Rules that find reported speech in one sentence. Each is a regular expression; the part
# of the sentence it marks as reported is described beside it. Quotations are blanked out
# before the rules run, so a verb inside a quotation does not count.
ACCORDING_TO = re.compile(r"\baccording\s+to\b[^,;]*", re.IGNORECASE)
# -> the whole sentence, except the source named after "according to"
REFERRING_TO = re.compile(
    r"^\W*(?:referring|speaking|commenting|responding)\s+(?:to|about|on)\b", re.IGNORECASE
)
# -> the whole sentence: "Referring to terrorist attacks in Idlib, he said ..."
SOURCE_AT_END = re.compile(
    r"(?:,[\"\u201d\u2019]?|[\"\u201d\u2019])\s+(?!(?:and|but|or)\b)(?:[\w.'\u2019-]+\s+){0,5}?"
    r"(?P<verb>said|says|say|told|tells|added|adds)\b(?:\s+[\w.'\u2019-]+){0,8}"
    r"\s*(?:[.!?][\"\u201d\u2019]?\s*$|$|,\s+adding\b)"
)
# -> everything before it: "... will support the army, Peskov said on Monday."
SOURCE_AFTER_DASH = re.compile(r"\s[-\u2013\u2014]\s*(?P<source>(?:[A-Z][\w.'\u2019-]*\s*){1,4})$")
# -> the whole line: a headline that ends "– Kremlin"
SOURCE_BEFORE_COLON = re.compile(
    r"^\s*(?P<source>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})"
    r"(?:\s+to\s+[A-Z][\w.'\u2019-]*)?:\s"
)
# -> everything after the colon: a headline "Kremlin to Turkey: Help stop attacks"
SUBJECT = re.compile(r"\S+(?:\s+[\w.'\u2019-]+){0,3}\s+")
# a word with at most three more before a reporting verb names the source: "regime officials said"


@lru_cache(maxsize=1)
def _verb_pattern() -> re.Pattern:
    """Reporting verbs that report words (said, vowed), not those that judge a target (praised)."""
    verbs = reporting_verb_list()
    return _whole_words(verbs.loc[verbs["takes"] == "words", "form"])


def _blank_quotations(sentence: str) -> str:
    """The sentence with the words inside quotation marks replaced by underscores."""
    blanked = list(sentence)
    for start, end in _quote_spans(sentence):
        blanked[start:end] = "_" * (end - start)
    return "".join(blanked)


def reported_rule(sentence: str, position: int) -> str:
    """The rule that finds the word at ``sentence[position]`` in reported speech, or "".

    Reported speech is what a source said, told in the reporter's words without quotation
    marks. The rules, tried in this order (each returns its name):

    * ``"according to"``: the sentence says "according to" a source ("..., according to
      the Defense Ministry"); every word but the source's name is reported.
    * ``"referring to"``: the sentence opens "Referring to ...", "Speaking about ...".
    * ``"source at the end"``: the sentence ends with its source: ", Peskov said on Monday."
    * ``"source after a dash"``: a headline ending "- Kremlin".
    * ``"source before a colon"``: a headline "Kremlin to Turkey: ...", after the colon.
    * ``"verb before"``: a verb that reports words (``reporting_verbs.csv``) earlier in the
      sentence, with no clause break ("where", "as", "while", "which", "whose", "after",
      "before", a semicolon) between it and the word: "Russia said last week that ...
      militant attacks".

    The name of the source ("according to the Syrian government", "a regime official
    said", "rebels accused") is the reporter's. Words inside quotation marks are left to
    the caller (they are quoted, not reported).

    >>> reported_rule("Russia said rebels attacked.", 13), reported_rule("Rebels attacked.", 0)
    ('verb before', '')
    """
    sentence = _blank_quotations(_require_str(sentence, "sentence"))
    before = sentence[:position]
    according, tag = ACCORDING_TO.search(sentence), SOURCE_AT_END.search(sentence)
    dash, colon = SOURCE_AFTER_DASH.search(sentence), SOURCE_BEFORE_COLON.search(sentence)
    next_verb = _verb_pattern().search(sentence, position)
    if (
        (according and according.start() <= position < according.end())
        or (tag and tag.start() <= position < tag.end())
        or (next_verb and SUBJECT.fullmatch(sentence[position : next_verb.start()]))
    ):
        return ""  # the source's name, in the reporter's words
    if according:
        return "according to"
    if REFERRING_TO.search(sentence):
        return "referring to"
    if tag and position < tag.start():
        return "source at the end"
    if dash and position < dash.start():
        return "source after a dash"
    if colon and position >= colon.end():
        return "source before a colon"
    verbs = list(_verb_pattern().finditer(before))
    if verbs and not CLAUSE_BREAK.search(before[verbs[-1].end() :]):
        return "verb before"
    return ""


def _sentence_around(position: int, bounds: list[tuple[int, int]], length: int) -> tuple[int, int]:
    """The (start, end) of the sentence holding ``position`` (the whole text if none does)."""
    for start, end in bounds:
        if start <= position < end:
            return start, end
    return 0, length


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of ``text`` (see :func:`helpers.split_sentences`)."""
    bounds, cursor = [], 0
    for sentence in split_sentences(text):
        start = text.find(sentence, cursor)
        if start < 0:  # cannot happen: sentences are pieces of the text, in order
            continue
        bounds.append((start, start + len(sentence)))
        cursor = start + len(sentence)
    return bounds


# ---------------------------------------------------------------------------
# What each side is called
# ---------------------------------------------------------------------------


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
    text = _require_str(text)
    terms = _label_terms() if terms is None else _check_table(terms, "terms", ["side", "family", "term"])
    if not text or terms.empty:
        return pd.DataFrame(
            {c: pd.Series(dtype="int64" if c in ("start", "end") else "string") for c in TERM_COLUMNS}
        )
    lookup = {t.lower(): (t, f, s) for t, f, s in zip(terms["term"], terms["family"], terms["side"])}
    spans, sentences = _quote_spans(text), _sentence_bounds(text)
    rows = []
    for m in _whole_words(lookup).finditer(text):
        term, family, side = lookup[m.group().lower()]
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


def _group_labels(articles: pd.DataFrame, by: str) -> pd.Series:
    unknown = UNKNOWN_OUTLET if by == "outlet" else f"({by} unknown)"
    return articles[by].astype("string").fillna(unknown)


def _text_groups(articles: pd.DataFrame, by: str) -> Iterator[tuple[str, pd.Series, int]]:
    """(group label, its texts, their word count) for each group of articles, in label order."""
    groups = _group_labels(articles, by)
    for group in sorted(set(groups)):
        texts = articles.loc[groups == group, "text"]
        yield group, texts, sum(len(words(t)) for t in texts)


def term_rates(articles: pd.DataFrame, by: str = "outlet", terms: pd.DataFrame | None = None) -> pd.DataFrame:
    """Label terms per 1,000 words, for each group of articles (default: each outlet) and family.

    Returns one row per group and family, zeros included: ``<by>``, ``side``, ``family``,
    ``count`` (all uses), ``reporter``, ``reported`` and ``quoted`` (the count split by
    voice, see :func:`find_terms`), ``words`` (all words of the group's articles) and ``per_1000``
    (count per 1,000 words). Articles whose ``<by>`` is missing form one group, named
    ``(outlet unknown)`` for outlets.
    """
    articles = _check_table(articles, "articles", ["text", by])
    terms = _label_terms() if terms is None else _check_table(terms, "terms", ["side", "family", "term"])
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


# ---------------------------------------------------------------------------
# How what they said is reported
# ---------------------------------------------------------------------------


def reporting_verbs(text: str) -> pd.DataFrame:
    """Every reporting verb in the reporter's own words (quotations left out), with its class.

    Uses the shipped ``helpers/data/reporting_verbs.csv``: ``neutral`` verbs (said, told,
    added) report that words were said; ``marked`` verbs (accused, insisted, claimed,
    vowed) also tell the reader how to take them. Returns ``verb`` (dictionary form),
    ``form`` (as written, lower case), ``class``, ``start``, ``end``.

    >>> reporting_verbs('Peskov said it "insisted". Ankara denied it.')[["verb", "class"]]
       verb    class
    0   say  neutral
    1  deny   marked
    """
    text = _require_str(text)
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
        form = m.group().lower()
        rows.append((forms.at[form, "verb"], form, forms.at[form, "class"], m.start(), m.end()))
    table = pd.DataFrame(rows, columns=VERB_COLUMNS)
    for column in ("verb", "form", "class"):
        table[column] = table[column].astype("string")
    return table.astype({"start": "int64", "end": "int64"})


def verb_rates(articles: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Reporting verbs per 1,000 words for each group of articles (default: each outlet).

    One row per group, class and verb that occurs: ``<by>``, ``class``, ``verb``,
    ``count``, ``words`` (all words of the group's articles), ``per_1000``; sorted by
    group, class, then count (most first) and verb.
    """
    articles = _check_table(articles, "articles", ["text", by])
    columns = [by, "class", "verb", "count", "words", "per_1000"]
    rows = []
    for group, texts, n_words in _text_groups(articles, by):
        found = pd.concat([reporting_verbs(t) for t in texts])
        for (verb_class, verb), count in found.groupby(["class", "verb"]).size().items():
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
    quotes = extract_quotes(_require_str(text))
    return quotes.loc[quotes["kind"] == "scare", SCARE_COLUMNS].reset_index(drop=True)


# ---------------------------------------------------------------------------
# Who gets a voice
# ---------------------------------------------------------------------------


def speaker_side(speaker: object, sides: pd.DataFrame | None = None) -> str:
    """The side a speaker speaks for, from a list of names (default: ``sides.csv``).

    The first side (in the list's order) with a name found in the speaker as whole words,
    ignoring case; ``(other)`` if none; ``(no speaker)`` for a missing speaker.

    >>> speaker_side("Kremlin spokesman Dmitry Peskov"), speaker_side("Mevlut Cavusoglu")
    ('Russia', 'Turkey')
    """
    if speaker is None or (not isinstance(speaker, str) and pd.isna(speaker)):
        return NO_SPEAKER
    if not isinstance(speaker, str):
        raise TypeError(f"speaker must be a str or None, not {type(speaker).__name__}")
    sides = _sides() if sides is None else _check_table(sides, "sides", ["side", "name"])
    for side, names in sides.groupby("side", sort=False)["name"]:
        if _whole_words(names).search(speaker):
            return side
    return OTHER_SIDE


def quote_shares(
    articles: pd.DataFrame, by: str = "outlet", sides: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Who is quoted, and with how many words: one row per group of articles and speaker.

    ``articles`` needs the columns ``text`` and ``<by>`` (default: each outlet). Quotations
    come from :func:`extract_quotes`; scare quotes (one word held at a distance, see
    :func:`scare_quotes`) are left out: they are the outlet's choice of word, not a voice.
    Speakers are named as Lesson 03 names them: :func:`helpers.quotes.unify_names` over
    all the articles, so "Tayyip Erdogan" and "Recep Tayyip Erdogan" are one speaker.

    Columns: ``<by>``, ``speaker`` (``(no speaker)`` for unattributed quotes), ``side``
    (see :func:`speaker_side`), ``quotes`` (how many quotations), ``words`` (quoted words)
    and ``share`` (quoted words / all words of the group's articles). Sorted by group,
    then words (most first), then speaker.
    """
    articles = _check_table(articles, "articles", ["text", by])
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


# ---------------------------------------------------------------------------
# Headlines
# ---------------------------------------------------------------------------


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
    title = _require_str(title, "title").strip()
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


def headlines(articles: pd.DataFrame, sides: pd.DataFrame | None = None) -> pd.DataFrame:
    """The framing measures applied to each headline: who speaks, who acts first, which words.

    One row per article with a title: ``article_id``, ``title``, ``words`` (in the
    title), ``source`` and ``attribution`` (whom the headline gives its words to, and
    how: see :func:`headline_source`; empty for the outlet's own voice), ``first_actor``
    (the side of the first name from the sides list, or ``(other)``), ``verbs``
    (reporting verbs, with their class), ``labels`` (label terms, with their voice, see
    :func:`find_terms`) and ``quoted`` (words in quotation marks), the last three as text
    joined by ", " (empty when none).
    """
    articles = _check_table(articles, "articles", ["article_id", "title"])
    sides = _sides() if sides is None else _check_table(sides, "sides", ["side", "name"])
    name_side = {n.lower(): s for n, s in zip(sides["name"], sides["side"])}
    first_name = _whole_words(name_side)
    rows = []
    for article_id, title in zip(articles["article_id"], articles["title"]):
        if title is None or pd.isna(title):
            continue
        m = first_name.search(title)
        verbs, labels = reporting_verbs(title), find_terms(title)
        rows.append(
            (
                article_id,
                title,
                len(words(title)),
                *headline_source(title),
                name_side[m.group().lower()] if m else OTHER_SIDE,
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


# ---------------------------------------------------------------------------
# Distinctive words: the log-odds ratio with an informative Dirichlet prior
# ---------------------------------------------------------------------------


def _counts(tokens: object, name: str) -> Counter:
    if isinstance(tokens, str):
        raise TypeError(
            f"{name} must be a list of tokens or a Counter, not one str: "
            f"split the text first, e.g. [w.lower() for w in helpers.words(text)]"
        )
    if isinstance(tokens, Mapping):
        counts = Counter()
        for term, count in tokens.items():
            if not isinstance(term, str):
                raise TypeError(f"{name}: every term must be a str, got {type(term).__name__} {term!r}")
            if isinstance(count, bool) or not isinstance(count, (int, float, np.integer, np.floating)):
                raise TypeError(f"{name}: the count of {term!r} must be a number, got {count!r}")
            if count < 0 or not math.isfinite(count):
                raise ValueError(f"{name}: the count of {term!r} must be a finite number >= 0, got {count!r}")
            if count:
                counts[term] = count
        return counts
    if isinstance(tokens, (list, tuple, pd.Series)):
        bad = next((t for t in tokens if not isinstance(t, str)), None)
        if bad is not None:
            raise TypeError(f"{name}: every token must be a str, got {type(bad).__name__} {bad!r}")
        return Counter(tokens)
    raise TypeError(f"{name} must be a list of tokens (str) or a Counter, not {type(tokens).__name__}")


def log_odds(a: object, b: object, prior: object = None) -> pd.DataFrame:
    """Which terms set ``a`` apart from ``b``: log-odds ratios with an informative Dirichlet prior.

    The "fightin' words" method of Monroe, Colaresi & Quinn (2008), *Fightin' Words:
    Lexical Feature Selection and Evaluation for Identifying the Content of Political
    Conflict*, Political Analysis 16(4): 372-403, section 3.5 (eqs. 16-22; the z-score
    below is their eq. 22). For each term w, with counts y_a and y_b, totals n_a and n_b,
    and prior pseudo-counts alpha_w summing to alpha_0:

        delta_w = log((y_a + alpha_w) / (n_a + alpha_0 - y_a - alpha_w))
                - log((y_b + alpha_w) / (n_b + alpha_0 - y_b - alpha_w))
        var(delta_w) ~= 1 / (y_a + alpha_w) + 1 / (y_b + alpha_w)
        z_w = delta_w / sqrt(var(delta_w))

    delta > 0: the term is more typical of ``a``; delta < 0: of ``b``. z weighs delta by
    how much evidence there is: a term used twice cannot be as sure as one used fifty times.

    ``a`` and ``b`` are lists of tokens or Counters (term -> count), used as given (lower-
    case them first if case should not matter). ``prior`` gives the pseudo-counts alpha_w:

    * ``None`` (default): the pooled counts of ``a`` and ``b``, alpha_w = y_a + y_b, so
      alpha_0 = n_a + n_b. The prior's shape is the pair's own word frequencies (the
      paper's informative prior, with the two texts as the background corpus)
      and its weight equals the data's, so deltas are pulled well towards zero and
      z-scores stay modest on short texts; a term with the same rate in ``a`` and ``b``
      gets delta exactly 0.
    * a list of tokens or a Counter of a background corpus: alpha_w is its count of w,
      used as it is (scale it yourself to change its weight). It must count every term
      of ``a`` and ``b``, e.g. ``Counter(background) + Counter(a) + Counter(b)``.

    Returns one row per term of ``a`` or ``b``: ``term``, ``delta``, ``z``, sorted by z
    (highest first), then by term, so the order never depends on the input order. Empty
    ``a`` and ``b``, or fewer than two distinct terms, give an empty table.
    """
    count_a, count_b = _counts(a, "a"), _counts(b, "b")
    vocabulary = sorted(set(count_a) | set(count_b))
    empty = pd.DataFrame(
        {
            column: pd.Series(dtype=dtype)
            for column, dtype in zip(LOG_ODDS_COLUMNS, ["string", "float64", "float64"])
        }
    )
    if len(vocabulary) < 2:
        return empty
    if prior is None:
        alpha = count_a + count_b
    else:
        alpha = _counts(prior, "prior")
        missing = [t for t in vocabulary if alpha.get(t, 0) <= 0]
        if missing:
            raise ValueError(
                f"prior has no count for {len(missing)} term(s) of a or b, e.g. {missing[:3]}; "
                "use Counter(background) + Counter(a) + Counter(b)"
            )
    y_a = np.array([count_a.get(t, 0) for t in vocabulary], dtype=float)
    y_b = np.array([count_b.get(t, 0) for t in vocabulary], dtype=float)
    alpha_w = np.array([alpha[t] for t in vocabulary], dtype=float)
    alpha_0 = float(sum(alpha.values()))
    n_a, n_b = y_a.sum(), y_b.sum()
    denominator_a, denominator_b = n_a + alpha_0 - y_a - alpha_w, n_b + alpha_0 - y_b - alpha_w
    if (denominator_a <= 0).any() or (denominator_b <= 0).any():
        raise ValueError(
            "the prior puts all its weight on one term: every term needs a rest > 0 "
            "(alpha_0 - alpha_w + n - y); give the prior more terms"
        )
    delta = np.log((y_a + alpha_w) / denominator_a) - np.log((y_b + alpha_w) / denominator_b)
    z = delta / np.sqrt(1 / (y_a + alpha_w) + 1 / (y_b + alpha_w))
    table = pd.DataFrame({"term": pd.array(vocabulary, dtype="string"), "delta": delta, "z": z})
    table = table.sort_values(["z", "term"], ascending=[False, True], kind="mergesort")
    return table.reset_index(drop=True)
