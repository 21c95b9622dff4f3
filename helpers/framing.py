"""Media framing: how outlets tell the same event in different words, measured.

Each function answers one question and returns a tidy table (Lesson 05):

* :func:`find_terms`, :func:`term_rates`: what does the text call each side
  ("terrorists", "militants", "rebels"; "regime", "government")? Counted per 1,000 words,
  in the reporter's own voice and inside quotations.
* :func:`reporting_verbs`, :func:`verb_rates`: does the reporter write "said", or
  "accused", "insisted", "claimed"? Neutral and marked verbs, outside quotations.
* :func:`scare_quotes`: single words held at a distance with quotation marks.
* :func:`quote_shares`: who gets a voice, and how many of the article's words.
* :func:`headlines`: the same measures on the headline, where most readers stop.
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
from helpers.quotes import extract_quotes, quote_spans
from helpers.text import DATA_DIR, _require_str, words
from helpers.wordlists import reporting_verb_list  # one list for Lessons 03 and 05

TERM_COLUMNS = ["term", "family", "side", "start", "end", "voice"]
VERB_COLUMNS = ["verb", "form", "class", "start", "end"]
SCARE_COLUMNS = ["quote", "speaker", "cue", "start", "end"]
SHARE_COLUMNS = ["speaker", "side", "quotes", "words", "share"]
HEADLINE_COLUMNS = ["article_id", "title", "words", "first_actor", "verbs", "labels", "quoted"]
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
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in alternatives) + r")(?![\w-])",
                      re.IGNORECASE)


def _check_table(table: object, name: str, columns: list[str]) -> pd.DataFrame:
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"{name} must be a pandas DataFrame with columns {columns}, not {type(table).__name__}")
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f"{name} needs the column(s) {missing}; it has {list(table.columns)}")
    return table


def _quote_spans(text: str) -> list[tuple[int, int]]:
    return [(span.start, span.end) for span in quote_spans(text)]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


# ---------------------------------------------------------------------------
# What each side is called
# ---------------------------------------------------------------------------

def find_terms(text: str, terms: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every label term in ``text``: which term, its family and side, where, and in whose voice.

    ``terms`` is a table with columns ``side``, ``family``, ``term`` (default: the shipped
    ``helpers/data/label_terms.csv``). Terms match whole words, ignoring case. ``voice`` is
    ``quoted`` when the word stands inside a quotation found by :func:`extract_quotes`
    (the speaker's word, or a scare quote), else ``reporter`` (the outlet's own word).

    >>> find_terms('Rebels fled. Moscow blamed "terrorists".')[["term", "family", "voice"]]
             term     family     voice
    0      rebels      rebel  reporter
    1  terrorists  terrorist    quoted
    """
    text = _require_str(text)
    terms = _label_terms() if terms is None else _check_table(terms, "terms", ["side", "family", "term"])
    if not text or terms.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("start", "end") else "string")
                             for c in TERM_COLUMNS})
    lookup = {t.lower(): (t, f, s) for t, f, s in zip(terms["term"], terms["family"], terms["side"])}
    spans = _quote_spans(text)
    rows = []
    for m in _whole_words(lookup).finditer(text):
        term, family, side = lookup[m.group().lower()]
        rows.append((term, family, side, m.start(), m.end(), "quoted" if _inside(m.start(), spans) else "reporter"))
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
    ``count`` (all uses), ``reporter`` and ``quoted`` (the count split by voice, see
    :func:`find_terms`), ``words`` (all words of the group's articles) and ``per_1000``
    (count per 1,000 words). Articles whose ``<by>`` is missing form one group, named
    ``(outlet unknown)`` for outlets.
    """
    articles = _check_table(articles, "articles", ["text", by])
    terms = _label_terms() if terms is None else _check_table(terms, "terms", ["side", "family", "term"])
    columns = [by, "side", "family", "count", "reporter", "quoted", "words", "per_1000"]
    if articles.empty:
        return pd.DataFrame(columns=columns)
    families = terms[["side", "family"]].drop_duplicates()
    rows = []
    for group, texts, n_words in _text_groups(articles, by):
        found = pd.concat([find_terms(t, terms) for t in texts])
        for side, family in families.itertuples(index=False):
            mine = found[found["family"] == family]
            count, quoted = len(mine), int((mine["voice"] == "quoted").sum())
            rows.append((group, side, family, count, count - quoted, quoted, n_words,
                         1000 * count / n_words if n_words else 0.0))
    return pd.DataFrame(rows, columns=columns)


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
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("start", "end") else "string")
                             for c in VERB_COLUMNS})
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
    if articles.empty:
        return pd.DataFrame(columns=columns)
    rows = []
    for group, texts, n_words in _text_groups(articles, by):
        found = pd.concat([reporting_verbs(t) for t in texts])
        for (verb_class, verb), count in found.groupby(["class", "verb"]).size().items():
            rows.append((group, verb_class, verb, int(count), n_words, 1000 * count / n_words))
    table = pd.DataFrame(rows, columns=columns)
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


def quote_shares(text: str, sides: pd.DataFrame | None = None) -> pd.DataFrame:
    """Who is quoted, and with how many words: one row per speaker.

    Columns: ``speaker`` (as :func:`extract_quotes` names them; ``(no speaker)`` for
    unattributed quotes), ``side`` (see :func:`speaker_side`), ``quotes`` (how many
    quotations), ``words`` (quoted words) and ``share`` (quoted words / all words of the
    text). Sorted by words, most first, then speaker.
    """
    text = _require_str(text)
    quotes = extract_quotes(text)
    if quotes.empty:
        return pd.DataFrame({column: pd.Series(dtype=dtype) for column, dtype
                             in zip(SHARE_COLUMNS, ["string", "string", "int64", "int64", "float64"])})
    total = len(words(text))
    table = pd.DataFrame({"speaker": quotes["speaker"].fillna(NO_SPEAKER).astype(str),
                          "words": [len(words(q)) for q in quotes["quote"]]})
    table = table.groupby("speaker").agg(quotes=("words", "size"), words=("words", "sum")).reset_index()
    table.insert(1, "side", [NO_SPEAKER if s == NO_SPEAKER else speaker_side(s, sides) for s in table["speaker"]])
    table["share"] = table["words"] / total
    table = table.sort_values(["words", "speaker"], ascending=[False, True]).reset_index(drop=True)
    return table.astype({"speaker": "string", "side": "string", "quotes": "int64", "words": "int64"})


# ---------------------------------------------------------------------------
# Headlines
# ---------------------------------------------------------------------------

def headlines(articles: pd.DataFrame, sides: pd.DataFrame | None = None) -> pd.DataFrame:
    """The framing measures applied to each headline: who acts first, which verb, which labels.

    One row per article with a title: ``article_id``, ``title``, ``words`` (in the
    title), ``first_actor`` (the side of the first name from the sides list, or
    ``(other)``), ``verbs`` (reporting verbs, with their class), ``labels`` (label terms
    found) and ``quoted`` (words in quotation marks), the last three as text joined by
    ", " (empty when none).
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
        rows.append((article_id, title, len(words(title)), name_side[m.group().lower()] if m else OTHER_SIDE,
                     ", ".join(f"{v} ({c})" for v, c in zip(verbs["form"], verbs["class"])),
                     ", ".join(title[s:e].lower() for s, e in zip(labels["start"], labels["end"])),
                     ", ".join(extract_quotes(title)["quote"])))
    table = pd.DataFrame(rows, columns=HEADLINE_COLUMNS)
    return table.astype({c: "string" for c in HEADLINE_COLUMNS if c != "words"}).astype({"words": "int64"})


# ---------------------------------------------------------------------------
# Distinctive words: the log-odds ratio with an informative Dirichlet prior
# ---------------------------------------------------------------------------

def _counts(tokens: object, name: str) -> Counter:
    if isinstance(tokens, str):
        raise TypeError(f"{name} must be a list of tokens or a Counter, not one str: "
                        f"split the text first, e.g. [w.lower() for w in helpers.words(text)]")
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
    empty = pd.DataFrame({column: pd.Series(dtype=dtype) for column, dtype
                          in zip(LOG_ODDS_COLUMNS, ["string", "float64", "float64"])})
    if len(vocabulary) < 2:
        return empty
    if prior is None:
        alpha = count_a + count_b
    else:
        alpha = _counts(prior, "prior")
        missing = [t for t in vocabulary if alpha.get(t, 0) <= 0]
        if missing:
            raise ValueError(f"prior has no count for {len(missing)} term(s) of a or b, e.g. {missing[:3]}; "
                             "use Counter(background) + Counter(a) + Counter(b)")
    y_a = np.array([count_a.get(t, 0) for t in vocabulary], dtype=float)
    y_b = np.array([count_b.get(t, 0) for t in vocabulary], dtype=float)
    alpha_w = np.array([alpha[t] for t in vocabulary], dtype=float)
    alpha_0 = float(sum(alpha.values()))
    n_a, n_b = y_a.sum(), y_b.sum()
    denominator_a, denominator_b = n_a + alpha_0 - y_a - alpha_w, n_b + alpha_0 - y_b - alpha_w
    if (denominator_a <= 0).any() or (denominator_b <= 0).any():
        raise ValueError("the prior puts all its weight on one term: every term needs a rest > 0 "
                         "(alpha_0 - alpha_w + n - y); give the prior more terms")
    delta = np.log((y_a + alpha_w) / denominator_a) - np.log((y_b + alpha_w) / denominator_b)
    z = delta / np.sqrt(1 / (y_a + alpha_w) + 1 / (y_b + alpha_w))
    table = pd.DataFrame({"term": pd.array(vocabulary, dtype="string"), "delta": delta, "z": z})
    table = table.sort_values(["z", "term"], ascending=[False, True], kind="mergesort")
    return table.reset_index(drop=True)
