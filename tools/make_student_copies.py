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
  folder instead (``../notebooks/…``);
- an import that only the blanked answers used is commented out, under a line saying so
  (``# import re``), so the student copy lints clean and the learner sees what to bring
  back: ``from helpers import a, b`` where only ``a`` is still used keeps ``a`` and adds
  ``# from helpers import b``.
The solution notebook is the single source: never edit a student copy by hand.
"""

from __future__ import annotations

import ast
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
UNUSED_NOTE = "# Uncomment the imports your answers need (select the line, then Ctrl+/ or Cmd+/):"
MAX_LINE = 100  # the course's longest code line


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


def _python(source: str) -> str:
    """A cell's Python, with IPython's %magic and !shell lines blanked (line numbers kept)."""
    return "\n".join("" if line.lstrip().startswith(("%", "!")) else line for line in source.split("\n"))


def _names_used(sources: list[str]) -> set[str]:
    """Every name read anywhere in these cells (``a`` of ``a.b(c)`` and ``c``)."""
    used = set()
    for source in sources:
        for node in ast.walk(ast.parse(_python(source))):
            if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Store):
                used.add(node.id)
    return used


def _import_lines(node: ast.Import | ast.ImportFrom, aliases: list[ast.alias], indent: str) -> list[str]:
    """``import …`` or ``from … import …`` of these aliases, wrapped in parentheses when long."""
    names = [f"{a.name} as {a.asname}" if a.asname else a.name for a in aliases]
    if isinstance(node, ast.Import):
        return [f"{indent}import {', '.join(names)}"]
    head = f"{indent}from {'.' * node.level}{node.module or ''} import "
    line = head + ", ".join(names)
    if len(line) + 2 <= MAX_LINE:  # + 2: it may be commented out
        return [line]
    return [head + "(", *(f"{indent}    {name}," for name in names), f"{indent})"]


def comment_out_unused_imports(sources: list[str]) -> list[str]:
    """The cells' code with every imported name that no cell uses commented out.

    Only whole import statements at the top level of a cell are rewritten; the kept names
    stay in their statement, the unused ones move to a commented copy just below it.
    """
    used = _names_used(sources)
    result = []
    first_commented: tuple[int, int] | None = None  # (cell, line) of the first commented import
    for n, source in enumerate(sources):
        lines = source.split("\n")
        tree = ast.parse(_python(source))
        for node in reversed(tree.body):  # from the bottom up, so line numbers stay right
            if not isinstance(node, ast.Import | ast.ImportFrom) or node.end_lineno is None:
                continue
            if any(a.name == "*" for a in node.names):
                continue
            bound = [(a, (a.asname or a.name).split(".")[0]) for a in node.names]
            unused = [a for a, name in bound if name not in used]
            if not unused:
                continue
            kept = [a for a, name in bound if name in used]
            indent = lines[node.lineno - 1][: node.col_offset]
            new = _import_lines(node, kept, indent) if kept else []
            commented = [f"{indent}# {line[len(indent) :]}" for line in _import_lines(node, unused, indent)]
            lines[node.lineno - 1 : node.end_lineno] = new + commented
            if first_commented is None or first_commented[0] == n:
                first_commented = (n, node.lineno - 1 + len(new))
        result.append("\n".join(lines))
    if first_commented is not None:  # one note, above the first commented import
        n, line = first_commented
        lines = result[n].split("\n")
        lines.insert(line, lines[line][: len(lines[line]) - len(lines[line].lstrip())] + UNUSED_NOTE)
        result[n] = "\n".join(lines)
    return result


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
    code = [cell for cell in cells if cell.cell_type == "code"]
    for cell, source in zip(code, comment_out_unused_imports([cell.source for cell in code])):
        cell.source = source
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
