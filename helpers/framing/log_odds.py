"""Distinctive words: the log-odds ratio with an informative Dirichlet prior (Monroe et al. 2008)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from helpers.framing.common import LOG_ODDS_COLUMNS

#: What log_odds accepts for a text: a list (or column) of tokens, or counts per term.
Tokens = Sequence[str] | pd.Series | Mapping[str, float]


def _counts(tokens: Tokens | None, name: str) -> Counter[str]:
    if isinstance(tokens, str):
        raise TypeError(
            f"{name} must be a list of tokens or a Counter, not one str: "
            f"split the text first, e.g. [w.lower() for w in helpers.words(text)]"
        )
    if isinstance(tokens, Mapping):
        counts: Counter[str] = Counter()
        for term, count in tokens.items():
            if not isinstance(term, str):
                raise TypeError(f"{name}: every term must be a str, got {type(term).__name__} {term!r}")
            if isinstance(count, bool) or not isinstance(count, (int, float, np.integer, np.floating)):
                raise TypeError(f"{name}: the count of {term!r} must be a number, got {count!r}")
            if count < 0 or not math.isfinite(count):
                raise ValueError(f"{name}: the count of {term!r} must be a finite number >= 0, got {count!r}")
            if count:
                counts[term] = count  # type: ignore[assignment]  # Counter holds float counts too
        return counts
    if isinstance(tokens, (list, tuple, pd.Series)):
        bad = next((t for t in tokens if not isinstance(t, str)), None)
        if bad is not None:
            raise TypeError(f"{name}: every token must be a str, got {type(bad).__name__} {bad!r}")
        return Counter(tokens)
    raise TypeError(f"{name} must be a list of tokens (str) or a Counter, not {type(tokens).__name__}")


def log_odds(a: Tokens, b: Tokens, prior: Tokens | None = None) -> pd.DataFrame:
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
