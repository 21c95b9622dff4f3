"""extract_quotes on real news it was not written on: PolNeAR quote recall, precision, speaker accuracy, speed.

    uv run python benchmarks/quotes.py [folder holding polnear_train.jsonl and polnear_dev.jsonl]
    uv run python benchmarks/quotes.py --long     # time on long and adversarial texts (issue 19)

The data is PolNeAR (Newell, Margolin & Ruths, LREC 2018), training and development
splits, kept outside the project (default: the first shared/data/quotes/ found beside the
course folder or a folder above it); it is read, never copied. The rules are written on
the training split; the development split is news they were not written on, so its
figures are the ones to quote. Scores, as the course defines them:

* quote recall: a gold quote (its words, marks excluded) counts as found when at least
  80% of its characters are covered by predicted quotes;
* quote precision: a predicted quote counts as right when at least 80% of its characters
  are covered by gold quotes. PolNeAR annotates none of the quotes that the New York
  Times writes with two apostrophes (''like this''); the script prints how many gold
  quotes are written so (none). They are real quotes, so extract_quotes finds them;
  precision is printed with them and, as the fair figure, without them;
* speaker accuracy: over gold *direct* quotes whose gold speaker is not a pronoun and
  that were found, the share whose predicted speaker names the same source (the gold
  speaker's last word, e.g. "Trump" in "Donald Trump", is one of the predicted
  speaker's words, or the other way round);
* speed: articles per second on one core, counted in CPU time (the process's own, so other
  programs running at the same time slow the figure down less) and in wall-clock time; the
  fastest of three passes over the split, as ``timeit`` does, since a busy machine only
  ever makes a pass slower.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path
from typing import cast

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from helpers import SEEDS_DIR
from helpers.quotes import extract_quotes

HERE = Path(__file__).resolve().parent.parent
CANDIDATES = [parent / "shared" / "data" / "quotes" for parent in HERE.parents]
SPLITS = ("train", "dev")
PASSES = 3  # the speed is the fastest of three passes


def covered(spans: list[tuple[int, int]], start: int, end: int) -> float:
    """Share of the characters start..end covered by any of spans."""
    mask = np.zeros(end - start, dtype=bool)
    for a, b in spans:
        lo, hi = max(a, start), min(b, end)
        if lo < hi:
            mask[lo - start : hi - start] = True
    return float(mask.mean()) if end > start else 0.0


def name_words(speaker: str | None) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", speaker if isinstance(speaker, str) else "")}


def same_source(gold: str, predicted: str | None) -> bool:
    gold_words, predicted_words = name_words(gold), name_words(predicted)
    if not gold_words or not predicted_words or not isinstance(predicted, str):
        return False
    gold_last = re.findall(r"[A-Za-z][\w'-]*", gold)[-1].lower()
    predicted_last = re.findall(r"[A-Za-z][\w'-]*", predicted)[-1].lower()
    return gold_last in predicted_words or predicted_last in gold_words


def gold_inner(q: dict) -> tuple[int, int]:
    """The gold quote's words without its marks (PolNeAR's spans include them)."""
    start, end, text = q["start"], q["end"], q["quote_text"]
    lead = len(text) - len(text.lstrip("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb "))
    trail = len(text) - len(text.rstrip("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb "))
    return start + lead, end - trail


def read_split(folder: Path, split: str) -> list[dict]:
    path = folder / f"polnear_{split}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def speaker_errors(docs: list[dict], predictions: list) -> list[tuple[str, str, str | None, str]]:
    """(doc_id, gold speaker, predicted speaker, quote) for every wrongly attributed direct quote."""
    errors = []
    for doc, predicted in zip(docs, predictions):
        for q in doc["quotes"]:
            if q["attribution_type"] != "direct" or q["speaker_is_pronoun"] or not q["speaker"]:
                continue
            a, b = gold_inner(q)
            overlaps = [min(b, pe) - max(a, ps) for ps, pe in zip(predicted["start"], predicted["end"])]
            if not overlaps or max(overlaps) <= 0:
                continue
            best = predicted["speaker"].iloc[int(np.argmax(overlaps))]
            best = None if pd.isna(best) else best
            if not same_source(q["speaker"], best):
                errors.append((doc["doc_id"], q["speaker"], best, doc["text"][a:b]))
    return errors


def evaluate(docs: list[dict]) -> dict[str, object]:
    """The figures of one split, as the module docstring defines them."""
    extract_quotes(docs[0]["text"])  # warm up: compile the patterns outside the clock
    seconds = cpu_seconds = float("inf")
    for _ in range(PASSES):
        start, cpu_start = time.perf_counter(), time.process_time()
        predictions = [extract_quotes(doc["text"]) for doc in docs]
        seconds = min(seconds, time.perf_counter() - start)
        cpu_seconds = min(cpu_seconds, time.process_time() - cpu_start)

    gold_total = gold_found = predicted_total = predicted_right = unannotated = unannotated_right = 0
    by_publisher: dict[str, list[int]] = {}  # publisher -> [right, total]
    for doc, predicted in zip(docs, predictions):
        gold_spans = [gold_inner(q) for q in doc["quotes"]]
        predicted_spans = list(zip(predicted["start"], predicted["end"]))
        for q, (a, b) in zip(doc["quotes"], gold_spans):
            gold_total += 1
            if covered(predicted_spans, a, b) >= 0.8:
                gold_found += 1
                if q["attribution_type"] == "direct" and not q["speaker_is_pronoun"] and q["speaker"]:
                    overlaps = [min(b, pe) - max(a, ps) for ps, pe in predicted_spans]
                    best = predicted["speaker"].iloc[int(np.argmax(overlaps))] if overlaps else None
                    tally = by_publisher.setdefault(doc["publisher"], [0, 0])
                    tally[0] += same_source(q["speaker"], best)
                    tally[1] += 1
        for a, b in predicted_spans:
            right = covered(gold_spans, a, b) >= 0.8
            predicted_total += 1
            predicted_right += right
            if doc["text"][max(a - 2, 0) : a] == "''":
                unannotated += 1
                unannotated_right += right
    speaker_right = sum(right for right, _ in by_publisher.values())
    speaker_total = sum(total for _, total in by_publisher.values())
    return {
        "articles": len(docs),
        "gold quotes": gold_total,
        "predicted quotes": predicted_total,
        "quote recall": gold_found / gold_total,
        "quote precision": (predicted_right - unannotated_right) / (predicted_total - unannotated),
        "precision with ''so''": predicted_right / predicted_total,
        "speaker accuracy": speaker_right / speaker_total,
        "scored direct quotes": speaker_total,
        "by publisher": {name: right / total for name, (right, total) in sorted(by_publisher.items())},
        "articles per CPU-second": len(docs) / cpu_seconds,
        "articles per wall-clock second": len(docs) / seconds,
        "predictions": predictions,
    }


def report(folder: Path) -> None:
    figures = {split: evaluate(read_split(folder, split)) for split in SPLITS}
    train, dev = figures["train"], figures["dev"]
    print(f"PolNeAR from {folder}; rules written on train, dev is news they were not written on")
    print(f"{'':26}{'train':>9}{'dev':>9}   target")
    rows = [
        ("articles", "{:9,d}", ""),
        ("gold quotes", "{:9,d}", ""),
        ("predicted quotes", "{:9,d}", ""),
        ("quote recall", "{:9.3f}", ">= 0.95"),
        ("quote precision", "{:9.3f}", ">= 0.90, leaving out quotes written ''so'' (not annotated)"),
        ("precision with ''so''", "{:9.3f}", ""),
        ("speaker accuracy", "{:9.3f}", ">= 0.90, direct quotes with a named gold speaker"),
        ("scored direct quotes", "{:9,d}", ""),
        ("articles per CPU-second", "{:9,.0f}", ">= 500 on one core"),
        ("articles per wall-clock second", "{:9,.0f}", ""),
    ]
    for name, form, target in rows:
        label = name if len(name) <= 25 else name.replace("articles per ", "per ")
        print(f"{label:26}{form.format(train[name])}{form.format(dev[name])}   {target}".rstrip())
    gap = cast(float, train["speaker accuracy"]) - cast(float, dev["speaker accuracy"])
    print(f"gap in speaker accuracy, train - dev: {gap:.3f}")
    print("speaker accuracy by publisher:")
    train_pub = cast(dict, train["by publisher"])
    dev_pub = cast(dict, dev["by publisher"])
    for name in sorted(set(train_pub) | set(dev_pub)):
        cells = [f"{pub[name]:9.3f}" if name in pub else f"{'-':>9}" for pub in (train_pub, dev_pub)]
        print(f"  {name:24}{''.join(cells)}")
    if "--errors" in sys.argv:
        for doc_id, gold, predicted, quote in speaker_errors(
            read_split(folder, "train"), train["predictions"]
        ):
            print(f"{doc_id[:40]:40} gold={gold!r:30} found={predicted!r:30} {quote[:60]!r}")


def seed_news(megabytes: float) -> str:
    """The seed articles, repeated until the text is ``megabytes`` long (real news, many quotes)."""
    seeds = "\n\n".join(sorted(path.read_text(encoding="utf-8") for path in SEEDS_DIR.glob("*.txt")))
    size = int(megabytes * 1_000_000)
    return (seeds * (size // len(seeds) + 1))[:size]


ADVERSARIAL = {
    "news, one paragraph": lambda mb: seed_news(mb).replace("\n", " "),
    "quote never closed": lambda mb: "\u201c" + seed_news(mb).replace("\u201d", "").replace('"', ""),
    "capitalised runs, no stop": lambda mb: (
        ("Capital Word " * 400 + 'Ministry Said "We Go On And On" Then ') * int(mb * 1_000_000 / 5_240 + 1)
    )[: int(mb * 1_000_000)],
    "initials, no stop": lambda mb: (
        ("A. " * 600 + "said \u201cWe go on\u201d ") * int(mb * 1_000_000 / 1_815 + 1)
    )[: int(mb * 1_000_000)],
    "German and French marks": lambda mb: (
        seed_news(mb).replace("\u201c", "\u201e").replace("\u201d", "\u201c").replace('"', "\u00ab")
    ),
}


def long_texts() -> None:
    """extract_quotes on 1, 2, 4 and 8 MB of news and of adversarial text: time should double with size."""
    print("extract_quotes on long texts: CPU seconds (target: <= 10 s for 8 MB, about proportional to size)")
    sizes = (1, 2, 4, 8)
    print(f"{'text':28}" + "".join(f"{size:>6} MB" for size in sizes) + "  quotes in 8 MB")
    for name, make in {"news (seeds repeated)": seed_news, **ADVERSARIAL}.items():
        cells, found = [], 0
        for size in sizes:
            text = make(size)
            start = time.process_time()
            found = len(extract_quotes(text))
            cells.append(f"{time.process_time() - start:8.2f}s")
        print(f"{name:28}" + "".join(cells) + f"  {found:,}")


if __name__ == "__main__":
    if "--long" in sys.argv:
        long_texts()
    else:
        given = [Path(arg) for arg in sys.argv[1:] if not arg.startswith("--")]
        found = given or [folder for folder in CANDIDATES if (folder / "polnear_train.jsonl").exists()]
        if not found:
            sys.exit(
                f"PolNeAR not found: give the folder that holds polnear_train.jsonl (looked in {CANDIDATES})"
            )
        report(found[0])
