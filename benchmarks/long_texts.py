"""Does each text helper take time in proportion to the length of its text? (issue 19)

    uv run python benchmarks/long_texts.py               # 1, 2, 4 and 8 MB, 60 s per run at most
    uv run python benchmarks/long_texts.py 1 2 --timeout 20

Newsroom archives export many articles as one file, and a learner may load one. For each
size (in millions of characters of text) this prints the seconds that ``clean_text``,
``find_dates`` and ``extract_quotes`` take on one text of that size:

* ``news``: the five seed articles again and again (raw, boilerplate and markdown
  included, for ``clean_text``; their clean text for the other two), the words of each
  paragraph shuffled (seeded) so that no copy is the same;
* ``stars``: one long line of prose with ``*`` and ``_`` emphasis that never closes and
  ``[`` brackets that never close (once quadratic in ``clean_text``);
* ``capitals``: long runs of capitalised words without a full stop, with a quotation
  every 2,000 characters (once quadratic in ``extract_quotes``).

Each run is a separate process, stopped after ``--timeout`` seconds ("> N s"; plus 30 s
to start Python and make the text), so a helper that hangs cannot hang the benchmark. The last column, seconds per MB at the
largest size divided by seconds per MB at the smallest, is about 1 when time grows in
proportion to length. Each run prints wall-clock seconds and CPU seconds (the process's
own, which other programs on a shared machine do not inflate), excluding making the text.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MB = 1_000_000
STARTUP = 30  # seconds allowed, beyond the timeout, to start Python and make the text
RUNS = [
    ("clean_text", "news"),
    ("clean_text", "stars"),
    ("find_dates", "news"),
    ("extract_quotes", "news"),
    ("extract_quotes", "capitals"),
]


def shuffled(paragraph: str, rng: random.Random) -> str:
    words = paragraph.split(" ")
    if len(words) > 8:  # leave titles, dates and layout lines as they are
        middle = words[1:-1]
        rng.shuffle(middle)
        words = [words[0], *middle, words[-1]]
    return " ".join(words)


def make_text(kind: str, size: int, raw: bool) -> str:
    """About ``size`` characters of the given kind (see the module's docstring)."""
    rng = random.Random(0)
    parts: list[str] = []
    length = 0
    if kind == "news":
        from helpers import SEEDS_DIR, clean_text

        sources = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]
        if not raw:
            sources = [clean_text(s) for s in sources]
        while length < size:
            source = sources[len(parts) % len(sources)]
            part = "\n".join(shuffled(line, rng) for line in source.split("\n")) + "\n\n"
            parts.append(part)
            length += len(part)
    elif kind == "stars":
        words = [
            "the",
            "talks",
            "in",
            "*Ankara",
            "went",
            "on",
            "_for",
            "[hours",
            "and",
            "the",
            "Kremlin",
            "said",
            "it",
            "was",
            "**hopeful",
        ]
        while length < size:
            part = " ".join(rng.choice(words) for _ in range(200)) + " "
            parts.append(part)
            length += len(part)
    elif kind == "capitals":
        words = [
            "Russian",
            "Turkish",
            "Syrian",
            "Foreign",
            "Ministry",
            "Spokesman",
            "Deputy",
            "Defence",
            "Minister",
            "Idlib",
        ]
        while length < size:
            run = " ".join(rng.choice(words) for _ in range(300))
            part = f'{run} said "we will not allow this to go on" on Tuesday and '
            parts.append(part)
            length += len(part)
    return "".join(parts)[:size]


def run_one(helper: str, kind: str, megabytes: float) -> None:
    """Time one helper on one text (in this process) and print the seconds."""
    import helpers

    text = make_text(kind, int(megabytes * MB), raw=helper == "clean_text")
    function = getattr(helpers, helper)
    start, cpu = time.perf_counter(), time.process_time()
    if helper == "find_dates":
        function(text, "2020-02-11")
    else:
        function(text)
    print(f"{time.perf_counter() - start:.3f} {time.process_time() - cpu:.3f}")


def measure(helper: str, kind: str, megabytes: float, timeout: float) -> tuple[float, float] | str:
    """Wall-clock and CPU seconds of one run in a child process, or what went wrong instead."""
    command = [sys.executable, __file__, "--one", helper, kind, str(megabytes)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout + STARTUP)
    except subprocess.TimeoutExpired:
        return f"> {timeout:g} s"
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return f"error: {last.split(':')[0]}"
    wall, cpu = done.stdout.strip().splitlines()[-1].split()
    return float(wall), float(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sizes", nargs="*", type=float, default=[1, 2, 4, 8], help="sizes in MB")
    parser.add_argument("--timeout", type=float, default=60, help="seconds before a run is stopped")
    parser.add_argument("--one", nargs=3, metavar=("HELPER", "KIND", "MB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run_one(args.one[0], args.one[1], float(args.one[2]))
        return
    sizes = sorted(args.sizes)
    print(f"{'helper':<15} {'text':<9} {'':<5}" + "".join(f"{f'{s:g} MB':>10}" for s in sizes) + "   growth")
    for helper, kind in RUNS:
        results = [measure(helper, kind, size, args.timeout) for size in sizes]
        for column, clock in enumerate(("wall", "cpu")):
            cells = "".join(f"{r if isinstance(r, str) else f'{r[column]:.2f} s':>10}" for r in results)
            first, last = results[0], results[-1]
            growth = "      -"
            if (
                not isinstance(first, str)
                and not isinstance(last, str)
                and first[column] > 0
                and len(sizes) > 1
            ):
                growth = f"{(last[column] / sizes[-1]) / (first[column] / sizes[0]):7.2f}"
            print(f"{helper:<15} {kind:<9} {clock:<5}{cells}  {growth}", flush=True)


if __name__ == "__main__":
    main()
