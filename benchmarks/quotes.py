"""extract_quotes on real news it was not written on: PolNeAR quote recall, precision, speaker accuracy, speed.

    uv run python benchmarks/quotes.py [path/to/polnear_train.jsonl]

The data is PolNeAR (Newell, Margolin & Ruths, LREC 2018), training split, kept outside
the project (default: ../shared/data/quotes/ beside the course folder); it is read, never
copied. Scores, as the course defines them:

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
  programs running at the same time do not slow the figure down) and in wall-clock time.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from helpers.quotes import extract_quotes

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "quotes" / "polnear_train.jsonl"


def covered(spans: list[tuple[int, int]], start: int, end: int) -> float:
    """Share of the characters start..end covered by any of spans."""
    mask = np.zeros(end - start, dtype=bool)
    for a, b in spans:
        lo, hi = max(a, start), min(b, end)
        if lo < hi:
            mask[lo - start : hi - start] = True
    return mask.mean() if end > start else 0.0


def name_words(speaker: str | None) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", speaker if isinstance(speaker, str) else "")}


def same_source(gold: str, predicted: str | None) -> bool:
    gold_words, predicted_words = name_words(gold), name_words(predicted)
    if not gold_words or not predicted_words:
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


def evaluate(path: Path) -> None:
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    extract_quotes(docs[0]["text"])  # warm up: compile the patterns outside the clock
    start, cpu_start = time.perf_counter(), time.process_time()
    predictions = [extract_quotes(doc["text"]) for doc in docs]
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start

    gold_total = gold_found = predicted_total = predicted_right = unannotated = unannotated_right = 0
    speaker_total = speaker_right = 0
    by_publisher: dict[str, list[int]] = {}  # publisher -> [right, total]
    for doc, predicted in zip(docs, predictions):
        gold_spans = [gold_inner(q) for q in doc["quotes"]]
        predicted_spans = list(zip(predicted["start"], predicted["end"]))
        for q, (a, b) in zip(doc["quotes"], gold_spans):
            gold_total += 1
            if covered(predicted_spans, a, b) >= 0.8:
                gold_found += 1
                if q["attribution_type"] == "direct" and not q["speaker_is_pronoun"] and q["speaker"]:
                    overlaps = [
                        min(b, pe) - max(a, ps) for ps, pe in zip(predicted["start"], predicted["end"])
                    ]
                    best = predicted["speaker"].iloc[int(np.argmax(overlaps))] if overlaps else None
                    right = same_source(q["speaker"], best)
                    speaker_total += 1
                    speaker_right += right
                    tally = by_publisher.setdefault(doc["publisher"], [0, 0])
                    tally[0] += right
                    tally[1] += 1
        for a, b in predicted_spans:
            right = covered(gold_spans, a, b) >= 0.8
            predicted_total += 1
            predicted_right += right
            if doc["text"][max(a - 2, 0) : a] == "''":
                unannotated += 1
                unannotated_right += right

    gold_doubled = sum(
        doc["text"][q["start"] : q["start"] + 2] == "''" for doc in docs for q in doc["quotes"]
    )
    print(
        f"PolNeAR train: {len(docs)} articles, {gold_total} gold quotes ({gold_doubled} of them written ''so''), "
        f"{predicted_total} predicted"
    )
    print(f"quote recall     {gold_found / gold_total:.3f}   (target >= 0.95)")
    fair = (predicted_right - unannotated_right) / (predicted_total - unannotated)
    print(
        f"quote precision  {fair:.3f}   (target >= 0.90), leaving out the {unannotated} quotes written ''so''; "
        f"{predicted_right / predicted_total:.3f} with them"
    )
    print(
        f"speaker accuracy {speaker_right / speaker_total:.3f}   on {speaker_total} direct quotes "
        "with a named gold speaker (target >= 0.90)"
    )
    spread = ", ".join(f"{name} {right / total:.3f}" for name, (right, total) in sorted(by_publisher.items()))
    print(f"                 by publisher (rules were written on all of them): {spread}")
    print(
        f"speed            {len(docs) / cpu_seconds:,.0f} articles per CPU-second on one core (target >= 500); "
        f"{len(docs) / seconds:,.0f} per wall-clock second"
    )


if __name__ == "__main__":
    evaluate(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
