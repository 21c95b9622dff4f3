"""Write the student copy of every exercise: exercises/solutions/NN_x.ipynb -> exercises/NN_x.ipynb.

    uv run python tools/make_student_copies.py

What changes in the student copy:
- a code line ending in ``# SOLUTION`` keeps its name and loses its value:
  ``n = len(articles)  # SOLUTION``  becomes  ``n = ...``, and ``return x  # SOLUTION``
  becomes ``return ...``; any other line marked so is an error, never a leaked answer
- the lines between ``# BEGIN SOLUTION`` and ``# END SOLUTION`` become ``...  # your code here``
- cells tagged ``solution-only`` are left out;
- cells tagged ``check`` are locked (not editable, not deletable), so the checks stay as written;
- every output and execution count is cleared;
- links written for the solutions folder (``../../notebooks/…``) point from the exercises
  folder instead (``../notebooks/…``).
The solution notebook is the single source: never edit a student copy by hand.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
SOLUTIONS = ROOT / "exercises" / "solutions"
STUDENT_DIR = ROOT / "exercises"
_ONE_LINE = re.compile(r"^(?P<head>\s*(?:[^=#]+?=|return)\s*).+?\s*#\s*SOLUTION\s*$")
_BEGIN = re.compile(r"^(?P<indent>\s*)#\s*BEGIN SOLUTION\s*$")
_END = re.compile(r"^\s*#\s*END SOLUTION\s*$")


def blank_answers(source: str) -> str:
    """The code of one cell with its answers replaced by ``...``."""
    out, inside = [], False
    for line in source.split("\n"):
        if inside:
            inside = not _END.match(line)
            continue
        begin = _BEGIN.match(line)
        if begin:
            out.append(begin.group("indent") + "...  # your code here")
            inside = True
            continue
        one = _ONE_LINE.match(line)
        if one is None and re.search(r"#\s*(?:BEGIN |END )?SOLUTION", line):
            raise ValueError(
                f"cannot blank this answer (use 'name = value  # SOLUTION' or a block): {line.strip()!r}"
            )
        out.append(one.group("head") + "..." if one else line)
    if inside:
        raise ValueError("a '# BEGIN SOLUTION' has no '# END SOLUTION'")
    return "\n".join(out)


def student_copy(solution: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The student notebook made from a solution notebook (the input is not changed)."""
    nb = nbformat.from_dict(solution)
    cells = []
    for cell in nb.cells:
        tags = cell.get("metadata", {}).get("tags", [])
        if "solution-only" in tags:
            continue
        if cell.cell_type == "markdown":
            cell.source = cell.source.replace("](../../notebooks/", "](../notebooks/")
        if cell.cell_type == "code":
            cell.source = blank_answers(cell.source)
            cell.outputs = []
            cell.execution_count = None
            cell.metadata.pop("execution", None)
            if "check" in tags:
                cell.metadata["editable"] = False
                cell.metadata["deletable"] = False
        cells.append(cell)
    nb.cells = cells
    return nb


def write_student_copies(solutions: Path = SOLUTIONS, student_dir: Path = STUDENT_DIR) -> list[Path]:
    """Write one student copy per solution notebook; return the paths written."""
    written = []
    for path in sorted(solutions.glob("[0-9]*.ipynb")):
        target = student_dir / path.name
        nbformat.write(student_copy(nbformat.read(path, as_version=4)), target)
        written.append(target)
    return written


if __name__ == "__main__":
    for target in write_student_copies():
        print("wrote", target.relative_to(ROOT))
    sys.exit(0)
