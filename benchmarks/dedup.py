"""Near-duplicate detection at scale: speed, memory, recall and precision on planted copies.

    uv run --group bench python benchmarks/dedup.py            # 10k and 100k articles
    uv run --group bench python benchmarks/dedup.py 20000      # a size of your choice

The synthetic corpus (seeded, so every run is the same): articles of 250-350 words
drawn from a Zipf-like vocabulary of 50,000 words; 5% of the articles are planted
near-copies of other articles with 10% of their words replaced. Each method runs in a
fresh Python process that builds the corpus, then is timed; memory is the growth of
the process's peak resident size during the run. Methods:

* ``helpers``: ``near_duplicates(texts)`` at its defaults (containment >= 0.5 of
  3-word shingles; MinHash + LSH above 5,000 texts, then an exact check of each pair);
* ``naive``: every pair compared exactly with Python sets, on a 2,000-article subset
  (its time for the full corpus is extrapolated: it grows with the square of n);
* ``datasketch``: a plain datasketch MinHashLSH (128 permutations, same resemblance
  threshold), its candidates reported as they are, without an exact check
  (needs `--group bench`; skipped with a note when datasketch is not installed).
"""

from __future__ import annotations

import json
import multiprocessing as mp
import resource
import sys
import time
from itertools import combinations
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

VOCABULARY = 50_000
PLANTED_SHARE, CHANGED_SHARE = 0.05, 0.10


def make_corpus(n: int, seed: int = 42) -> tuple[list[str], set[tuple[int, int]]]:
    """n synthetic articles and the set of planted (original, copy) pairs, i < j."""
    rng = np.random.default_rng(seed)
    words = np.array([f"w{i}" for i in range(VOCABULARY)])
    weights = 1 / np.arange(1, VOCABULARY + 1) ** 0.9
    weights /= weights.sum()
    n_copies = int(n * PLANTED_SHARE)
    n_originals = n - n_copies
    lengths = rng.integers(250, 351, size=n_originals)
    originals = [rng.choice(VOCABULARY, size=length, p=weights) for length in lengths]
    sources = rng.choice(n_originals, size=n_copies, replace=False)
    copies = []
    for source in sources:
        copy = originals[source].copy()
        changed = rng.choice(len(copy), size=round(len(copy) * CHANGED_SHARE), replace=False)
        copy[changed] = rng.choice(VOCABULARY, size=len(changed), p=weights)
        copies.append(copy)
    order = rng.permutation(n)  # position of each article in the shuffled corpus
    texts = [""] * n
    for article, position in zip(originals + copies, order):
        texts[position] = " ".join(words[article])
    planted = {tuple(sorted((int(order[s]), int(order[n_originals + c])))) for c, s in enumerate(sources)}
    return texts, planted


def score(found: set[tuple[int, int]], planted: set[tuple[int, int]]) -> tuple[float, float]:
    hits = len(found & planted)
    return hits / len(planted) if planted else 1.0, hits / len(found) if found else 1.0


def run_helpers(texts: list[str]) -> set[tuple[int, int]]:
    from helpers.dedup import near_duplicates

    pairs = near_duplicates(texts)
    return set(zip(pairs["a"].astype(int), pairs["b"].astype(int)))


def run_naive(texts: list[str]) -> set[tuple[int, int]]:
    from helpers.dedup import shingles, similarity

    sets = [shingles(text) for text in texts]
    return {(i, j) for i, j in combinations(range(len(sets)), 2) if similarity(sets[i], sets[j]) >= 0.5}


def run_datasketch(texts: list[str]) -> set[tuple[int, int]]:
    from datasketch import MinHash, MinHashLSH

    from helpers.dedup import shingles

    lsh = MinHashLSH(
        threshold=0.5 / 1.5, num_perm=128
    )  # resemblance of equal-length texts at containment 0.5
    signatures = []
    for i, text in enumerate(texts):
        m = MinHash(num_perm=128, seed=1)
        m.update_batch([s.encode("utf-8") for s in shingles(text)])
        lsh.insert(i, m)
        signatures.append(m)
    return {tuple(sorted((i, j))) for i, m in enumerate(signatures) for j in lsh.query(m) if i != j}


METHODS = {"helpers": run_helpers, "naive": run_naive, "datasketch": run_datasketch}


def _child(method: str, n: int, subset: int | None, queue: mp.Queue) -> None:
    import helpers.minhash  # noqa: F401  (imports are not part of the timed run)

    if method == "datasketch":
        import datasketch  # noqa: F401
    texts, planted = make_corpus(n)
    if subset:
        texts = texts[:subset]
        planted = {(i, j) for i, j in planted if j < subset}
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    found = METHODS[method](texts)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    recall, precision = score(found, planted)
    queue.put(
        json.dumps(
            {
                "n": len(texts),
                "seconds": seconds,
                "peak_mb": peak / 1024,
                "recall": recall,
                "precision": precision,
                "found": len(found),
                "planted": len(planted),
            }
        )
    )


def measure(method: str, n: int, subset: int | None = None) -> dict | None:
    queue: mp.Queue = mp.get_context("spawn").Queue()
    process = mp.get_context("spawn").Process(target=_child, args=(method, n, subset, queue))
    process.start()
    process.join()
    return json.loads(queue.get()) if process.exitcode == 0 else None


def report(label: str, result: dict | None, note: str = "") -> None:
    if result is None:
        print(f"{label:<34} failed")
        return
    print(
        f"{label:<34} {result['n']:>7,} {result['seconds']:8.1f} s {result['n'] / result['seconds']:9,.0f}/s "
        f"{result['peak_mb']:7.0f} MB   recall {result['recall']:.4f}  precision {result['precision']:.4f}"
        f"  ({result['found']:,} found, {result['planted']:,} planted){note}"
    )


def main(sizes: list[int]) -> None:
    try:
        import datasketch  # noqa: F401

        have_datasketch = True
    except ImportError:
        have_datasketch = False
    print(f"{'method':<34} {'articles':>7} {'time':>10} {'rate':>11} {'peak':>10}")
    for n in sizes:
        report(f"helpers.near_duplicates, n={n:,}", measure("helpers", n))
        naive = measure("naive", n, subset=min(n, 2_000))
        if naive:
            estimate = naive["seconds"] * (n / naive["n"]) ** 2
            report(
                f"naive all pairs, 2k of n={n:,}", naive, f"  -> about {estimate / 60:,.0f} min for all {n:,}"
            )
        if have_datasketch:
            report(f"datasketch MinHashLSH, n={n:,}", measure("datasketch", n), "  (candidates, unchecked)")
    if not have_datasketch:
        print("datasketch is not installed: run with `uv run --group bench` to compare with it.")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000, 100_000])
