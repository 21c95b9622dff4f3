"""How long does the gradebook take for a class of 30 submissions of one exercise?

    uv run python benchmarks/gradebook.py                 # 30 submissions of exercise 01
    uv run python benchmarks/gradebook.py 60 --jobs 4     # another class size; any gradebook option

The class is made from the course's own notebooks of exercise 01, in turn: the solution, the
untouched student copy, and the solution with its first answer made wrong, so the checks print
all three verdicts. It is written to a temporary folder (removed after), graded with
tools/gradebook.py's default options (or those given), and the wall time is printed, with
the time per notebook and the target (under 3 minutes for 30).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import gradebook  # noqa: E402

TARGET_SECONDS = 180  # for 30 submissions


def wrong_first_answer(solution: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The solution with a cell before its first check that sets the checked name to a wrong value."""
    nb = nbformat.from_dict(solution)
    for index, cell in enumerate(nb.cells):
        match = re.match(r'check\("\d\d\.\d+", (\w+)\)$', cell.source.strip())
        if cell.cell_type == "code" and match:
            nb.cells.insert(index, nbformat.v4.new_code_cell(f'{match.group(1)} = "wrong"'))
            return nb
    raise ValueError("the solution has no check cell")


def make_class(folder: Path, n: int) -> None:
    """n notebooks of exercise 01, named learner_01 ...: solution, student copy, wrong answer, ..."""
    [solution_path] = sorted((ROOT / "exercises" / "solutions").glob("01_*.ipynb"))
    [student_path] = sorted((ROOT / "exercises").glob("01_*.ipynb"))
    solution = nbformat.read(solution_path, as_version=4)
    kinds = [solution, nbformat.read(student_path, as_version=4), wrong_first_answer(solution)]
    for i in range(n):
        nbformat.write(kinds[i % len(kinds)], folder / f"learner_{i + 1:02d}.ipynb")


def main(argv: list[str]) -> None:
    n = int(argv[0]) if argv and argv[0].isdigit() else 30
    options = argv[1:] if argv and argv[0].isdigit() else argv
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_class(folder, n)
        printed = io.StringIO()
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")  # others' work, before ours
        started = time.perf_counter()
        with contextlib.redirect_stdout(printed):
            status = gradebook.main([str(folder), *options])
        seconds = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"the gradebook failed (exit status {status})")
    print(printed.getvalue().split("Wrote")[0].rstrip())
    print(
        f"\n{n} submissions of exercise 01 graded in {seconds:.0f} s ({seconds / n:.1f} s per notebook) "
        f"on {os.cpu_count()} CPU cores, load average {load:.1f} before it started"
    )
    target = TARGET_SECONDS * n / 30
    verdict = "under" if seconds < target else "OVER"
    print(f"{verdict} the target of {target:.0f} s ({TARGET_SECONDS} s for 30 submissions)")


if __name__ == "__main__":
    main(sys.argv[1:])
