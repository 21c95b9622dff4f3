"""How long a notebook takes, by one stated method, so every "Time:" in the course agrees.

    uv run python tools/notebook_times.py                      # every lesson and exercise
    uv run python tools/notebook_times.py notebooks/02_deduplication.ipynb

The method (the same for every notebook):
* reading at 150 words a minute: every word of the markdown cells (a challenge's worked
  answer, inside <details>…</details>, is left out: learners try first) and of the code cells;
* 2 minutes for each code cell that is not empty (to run it and read its output);
* 5 minutes for each challenge in a lesson (a markdown cell tagged ``challenge``) and for each
  checked task in an exercise (a code cell tagged ``check``, counted as the task, not also as a
  code cell);
rounded to the nearest 5 minutes. Exercises are timed on the student copy, which is what a
learner works through.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
WORDS_PER_MINUTE = 150
MINUTES_PER_CODE_CELL = 2
MINUTES_PER_TASK = 5
_ANSWER = re.compile(r"<details>.*?</details>", re.S)
_WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)*")
_STATED = re.compile(r"\*\*Time:\*\*\s*about\s+(\d+)\s+minutes")


def estimate_minutes(nb: nbformat.NotebookNode, only_optional: bool = False) -> float:
    """Minutes to work through ``nb`` by the method above, before rounding.

    With ``only_optional=True``: the minutes of the *Going deeper (optional)* cells alone.
    """
    words, code_cells, tasks = 0, 0, 0
    for cell in nb.cells:
        tags = cell.get("metadata", {}).get("tags", [])
        if only_optional and "optional" not in tags:
            continue
        if cell.cell_type == "markdown":
            words += len(_WORD.findall(_ANSWER.sub(" ", cell.source)))
            tasks += "challenge" in tags
        elif cell.cell_type == "code" and cell.source.strip():
            words += len(_WORD.findall(cell.source))
            if "check" in tags:
                tasks += 1
            else:
                code_cells += 1
    return words / WORDS_PER_MINUTE + MINUTES_PER_CODE_CELL * code_cells + MINUTES_PER_TASK * tasks


def rounded_minutes(nb: nbformat.NotebookNode) -> int:
    """The estimate rounded to the nearest 5 minutes (at least 5)."""
    return max(5, 5 * round(estimate_minutes(nb) / 5))


def stated_minutes(nb: nbformat.NotebookNode) -> int | None:
    """The N of "**Time:** about N minutes" in the first cell, or None."""
    found = _STATED.search(nb.cells[0].source) if nb.cells else None
    return int(found.group(1)) if found else None


def course_notebooks() -> list[Path]:
    """Every lesson (not the start page) and every student exercise, in course order."""
    lessons = [p for p in sorted(ROOT.glob("notebooks/[0-9]*.ipynb")) if not p.name.startswith("00_")]
    return [p for lesson in lessons for p in (lesson, ROOT / "exercises" / lesson.name) if p.exists()]


def main(args: list[str]) -> int:
    paths = [Path(a).resolve() for a in args] or course_notebooks()
    print(f"{'notebook':45} {'estimate':>9} {'rounded':>8} {'stated':>7} {'optional':>9}")
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        print(
            f"{path.relative_to(ROOT)!s:45} {estimate_minutes(nb):9.1f} {rounded_minutes(nb):8d} "
            f"{stated_minutes(nb) or '-':>7} {estimate_minutes(nb, only_optional=True):9.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
