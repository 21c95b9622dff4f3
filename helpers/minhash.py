"""MinHash and LSH: find near-duplicate candidates among many texts without comparing every pair.

The idea in three steps (Lesson 02 draws them):

1. **MinHash.** Scramble all shingles with a random hash function and keep the smallest
   value. Two texts keep the same smallest value with probability equal to their Jaccard
   resemblance. Do it with ``num_perm`` different hash functions: the share of positions
   where two *signatures* agree estimates their resemblance.
2. **LSH banding.** Cut each signature into ``bands`` bands of ``rows`` values. Two texts
   become *candidates* if they agree on every value of at least one band. The chance
   of that, for resemblance ``s``, is ``1 - (1 - s**rows)**bands``: an S-shaped curve
   (:func:`s_curve`) that is near 0 for dissimilar texts and near 1 for similar ones.
3. **Check.** Measure each candidate pair exactly, so what is reported is the true
   similarity, never an estimate.

Everything runs on numpy arrays of integers, one corpus-wide pass per hash function,
so a hundred thousand articles take seconds, not hours. Results are the same on every
run (fixed seed; no use of Python's per-process string hashing).
"""

from __future__ import annotations

import os
from array import array
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from itertools import count

import numpy as np
from numpy.typing import ArrayLike

from helpers.text import tokens

__all__ = [
    "lsh_candidates",
    "lsh_params",
    "minhash_signatures",
    "near_duplicate_pairs",
    "s_curve",
    "shingle_hashes",
]

_MIX = [np.uint64(0x9E3779B97F4A7C15), np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)]


def s_curve(similarity: ArrayLike, bands: int, rows: int) -> np.ndarray:
    """The chance that a pair with this Jaccard resemblance becomes an LSH candidate.

    ``similarity`` is one number or a list/array of them; the result has the same shape.

    >>> round(float(s_curve(0.5, bands=20, rows=5)), 3)
    0.47
    """
    return 1 - (1 - np.asarray(similarity, dtype=float) ** rows) ** bands


def _area(y: np.ndarray, x: np.ndarray) -> float:
    """The area under y(x), by the trapezoid rule."""
    return float(np.sum((y[1:] + y[:-1]) / 2 * np.diff(x)))


def lsh_params(threshold: float, num_perm: int = 128, miss_weight: float = 0.9) -> tuple[int, int]:
    """Bands and rows for a resemblance ``threshold``, as datasketch chooses them.

    Minimises the weighted area of mistakes under the S-curve: false candidates below the
    threshold and missed pairs above it (misses weigh ``miss_weight``, as we check every
    candidate exactly anyway, an extra candidate only costs time).
    """
    grid = np.linspace(0, 1, 201)
    best, best_cost = (1, num_perm), np.inf
    for rows in range(1, num_perm + 1):
        bands = num_perm // rows
        p = s_curve(grid, bands, rows)
        false_pos = _area(np.where(grid < threshold, p, 0), grid)
        missed = _area(np.where(grid >= threshold, 1 - p, 0), grid)
        cost = (1 - miss_weight) * false_pos + miss_weight * missed
        if cost < best_cost:
            best, best_cost = (bands, rows), cost
    return best


def shingle_hashes(texts: list[str], k: int = 3, chunk: int = 2_000) -> tuple[np.ndarray, np.ndarray]:
    """Every k-word shingle of every text as a 64-bit number, and where each text starts.

    Returns ``values`` (all shingles, text after text) and ``starts`` (len(texts) + 1
    offsets: text i owns ``values[starts[i]:starts[i + 1]]``). A text shorter than k
    words is one shingle, as in :func:`helpers.dedup.shingles`. Texts are processed
    ``chunk`` at a time to keep memory small.
    """
    vocabulary: defaultdict[str, int] = defaultdict(count(1).__next__)  # a new word gets the next number
    pieces, counts = [], []
    for first in range(0, len(texts), chunk):
        word_ids = array("Q")
        lengths = np.zeros(len(texts[first : first + chunk]), dtype=np.int64)
        for n, text in enumerate(texts[first : first + chunk]):
            words = tokens(text)
            lengths[n] = len(words)
            word_ids.extend(map(vocabulary.__getitem__, words))
        ids = np.frombuffer(word_ids, dtype=np.uint64) if len(word_ids) else np.zeros(0, dtype=np.uint64)
        values, per_text = _mix_shingles(ids, lengths, k)
        pieces.append(values)
        counts.append(per_text)
    per_text = np.concatenate(counts) if counts else np.zeros(0, dtype=np.int64)
    values = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.uint64)
    return values, np.concatenate([[0], np.cumsum(per_text)]).astype(np.int64)


def _mix_shingles(ids: np.ndarray, lengths: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The shingle numbers of consecutive texts whose word ids are ``ids``, and how many each has."""
    text_starts = np.concatenate([[0], np.cumsum(lengths)])
    # A shingle starts at every word that has k - 1 more words after it in its own text.
    per_text = np.where(lengths >= k, lengths - k + 1, (lengths > 0).astype(np.int64))
    first_word = np.repeat(text_starts[:-1], per_text) + _ranks(per_text)
    last_word = np.repeat(text_starts[1:] - 1, per_text)
    combined = np.zeros(len(first_word), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset in range(k):  # mix word ids position by position (short texts stop early)
            position = np.minimum(first_word + offset, last_word)
            combined = (combined ^ ids[position]) * _MIX[offset % 3]
    return combined, per_text


def _ranks(counts: np.ndarray) -> np.ndarray:
    """0, 1, …, c-1 for each count c, all in one array."""
    total = int(counts.sum())
    starts = np.repeat(np.cumsum(counts) - counts, counts)
    return np.arange(total, dtype=np.int64) - starts


def minhash_signatures(
    values: np.ndarray, starts: np.ndarray, num_perm: int = 128, seed: int = 1, chunk: int = 2_000_000
) -> np.ndarray:
    """A (texts × num_perm) array of 32-bit MinHash values (an empty text gets all maxima).

    Texts are processed in chunks of about ``chunk`` shingles to keep memory small.
    """
    rng = np.random.default_rng(seed)
    a = rng.integers(1, 2**63, size=num_perm, dtype=np.uint64) | np.uint64(1)  # odd multipliers
    b = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64)
    n_texts = len(starts) - 1
    signatures = np.full((n_texts, num_perm), np.iinfo(np.uint32).max, dtype=np.uint32)
    nonempty = np.flatnonzero(np.diff(starts) > 0)
    if len(nonempty) == 0:
        return signatures
    # Cut the non-empty texts into groups of about `chunk` shingles each.
    cuts = np.searchsorted(starts[nonempty], np.arange(0, starts[-1], chunk), side="left")
    groups = [g for g in np.split(nonempty, np.unique(cuts)[1:]) if len(g)]

    def hash_group(group: np.ndarray) -> None:
        lo, hi = starts[group[0]], starts[group[-1] + 1]
        chunk_values, offsets = values[lo:hi], starts[group] - lo
        for p in range(num_perm):  # multiply-shift hashing: the top 32 bits of a*x + b
            with np.errstate(over="ignore"):
                hashed = ((chunk_values * a[p] + b[p]) >> np.uint64(32)).astype(np.uint32)
            signatures[group, p] = np.minimum.reduceat(hashed, offsets)

    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:  # numpy frees the GIL
        list(pool.map(hash_group, groups))
    return signatures


def lsh_candidates(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """Pairs (i, j), i < j, that agree on all rows of at least one band; sorted, unique."""
    n_texts = signatures.shape[0]
    empty = (signatures == np.iinfo(np.uint32).max).all(axis=1)
    pairs = []
    with np.errstate(over="ignore"):
        for band in range(bands):
            block = signatures[:, band * rows : (band + 1) * rows].astype(np.uint64)
            key = np.zeros(n_texts, dtype=np.uint64)
            for column in range(rows):
                key = (key ^ block[:, column]) * _MIX[column % 3]
            key[empty] = np.arange(empty.sum(), dtype=np.uint64) * _MIX[0] + np.uint64(band)  # never collide
            order = np.argsort(key, kind="stable")
            sorted_keys = key[order]
            run_starts = np.flatnonzero(np.concatenate([[True], sorted_keys[1:] != sorted_keys[:-1]]))
            run_lengths = np.diff(np.concatenate([run_starts, [n_texts]]))
            for start, length in zip(run_starts[run_lengths > 1], run_lengths[run_lengths > 1]):
                group = np.sort(order[start : start + length])  # texts that share this band
                i, j = np.triu_indices(length, k=1)
                pairs.append(group[i] * n_texts + group[j])
    if not pairs:
        return np.empty((0, 2), dtype=np.int64)
    codes = np.unique(np.concatenate(pairs))
    return np.stack([codes // n_texts, codes % n_texts], axis=1)


def near_duplicate_pairs(
    texts: list[str],
    threshold: float,
    measure: str = "containment",
    k: int = 3,
    num_perm: int = 128,
    seed: int = 1,
) -> list[tuple[int, int, float]]:
    """(i, j, similarity) for every candidate pair that passes the exact check.

    LSH is tuned to the Jaccard resemblance that two texts of equal length have at this
    threshold (for containment ``c`` that is ``c / (2 - c)``). A short text copied inside
    a much longer one has a lower resemblance and may be missed: for those, use the
    exact method on a smaller set.
    """
    values, starts = shingle_hashes(texts, k)
    signatures = minhash_signatures(values, starts, num_perm, seed)
    target = threshold / (2 - threshold) if measure == "containment" else threshold
    bands, rows = lsh_params(target, num_perm)
    found = []
    sets: dict[int, np.ndarray] = {}

    def shingle_set(i: int) -> np.ndarray:
        if i not in sets:
            sets[i] = np.unique(values[starts[i] : starts[i + 1]])
        return sets[i]

    for i, j in lsh_candidates(signatures, bands, rows):
        a, b = shingle_set(int(i)), shingle_set(int(j))
        shared = len(np.intersect1d(a, b, assume_unique=True))
        score = (
            shared / min(len(a), len(b)) if measure == "containment" else shared / (len(a) + len(b) - shared)
        )
        if score >= threshold:
            found.append((int(i), int(j), float(score)))
    return found
