"""How fast does load_articles read and clean a large folder of articles, and with how much memory?

    uv run python benchmarks/load.py            # 1,000 and 10,000 articles
    uv run python benchmarks/load.py 2000       # a size of your choice

The synthetic corpus is made from the five seeds: each file is one seed with its words
shuffled within each line (seeded), so every file has the seeds' boilerplate and
markdown but a different text. It is written to a temporary folder and removed after.
Prints articles per second and megabytes of text per second (timed without tracing),
and peak Python memory (traced in a second run).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
import tracemalloc
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from helpers import SEEDS_DIR, load_articles


def shuffle_words(line: str, rng: random.Random) -> str:
    words = line.split(" ")
    if len(words) > 8:  # leave short lines (titles, dates, "block") as they are
        middle = words[1:-1]
        rng.shuffle(middle)
        words = [words[0], *middle, words[-1]]
    return " ".join(words)


def make_corpus(folder: Path, n: int, seed: int = 0) -> int:
    """Write n synthetic articles into folder; return the number of bytes written."""
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]
    size = 0
    for i in range(n):
        raw = seeds[i % len(seeds)]
        text = "\n".join(shuffle_words(line, rng) for line in raw.split("\n"))
        size += (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
    return size


def measure(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        size = make_corpus(folder, n)
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a synthetic file that warns is a bug here
            start = time.perf_counter()
            articles = load_articles(folder)
            seconds = time.perf_counter() - start
            tracemalloc.start()  # a second run for memory: tracing slows Python down
            load_articles(folder)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
    assert len(articles) == n
    print(
        f"{n:>7,} articles  {size / 1e6:6.1f} MB  {seconds:6.2f} s  "
        f"{n / seconds:7,.0f} articles/s  {size / 1e6 / seconds:5.2f} MB/s  "
        f"peak memory {peak / 1e6:6.1f} MB"
    )


if __name__ == "__main__":
    sizes = [int(a) for a in sys.argv[1:]] or [1_000, 10_000]
    for n in sizes:
        measure(n)
