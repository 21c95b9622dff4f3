"""Grade one submitted exercise notebook: read it, find its checks, run a copy, read the verdicts.

Used by tools/gradebook.py, which grades a whole folder and writes the gradebook. The steps:

1. ``read_submission``: the file as a notebook (or a plain-words reason why it is not one);
2. ``exercise_of``: its exercise, from the question ids in its ``check("NN.k", ...)`` calls;
3. ``find_check_cells``: each check cell of the exercise's student copy, found in the
   submission with the same code; an edited or deleted one is a problem, never a verdict;
4. ``run_copy``: a copy without stored outputs runs top to bottom in a fresh kernel (a separate
   process) in a temporary folder, with a time limit per cell and for the whole notebook. A
   cell that raises or runs too long is noted and the run goes on with the next cell, so one
   broken task costs only the questions that need it;
5. ``verdicts``: what each genuine check cell printed (correct, not yet, not attempted), or
   ``error`` when it raised, did not run, or printed no verdict.

Learners' code runs only in the child kernel; this module only reads their files.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import subprocess
import tempfile
import threading
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from time import monotonic
from typing import Any

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import DeadKernelError

from helpers.checks import CORRECT, MARKS, NOT_ATTEMPTED, NOT_YET, QUESTIONS

ERROR = "error"
STATUS = {CORRECT: "correct", NOT_YET: "not yet", NOT_ATTEMPTED: "not attempted"}  # printed -> gradebook
CHECK_CALL = re.compile(r"""\bcheck\(\s*["'](\d{2}\.\d+)["']""")
VERDICT = re.compile(rf"^[{''.join(MARKS.values())}] (\S+) ({'|'.join(map(re.escape, STATUS))}):", re.M)
MAX_FILE_BYTES = 50_000_000  # a notebook larger than this is not run
MAX_CELL_OUTPUT = 1_000_000  # characters of output kept per cell; the rest is dropped
TIMEOUT_NAME = "GradebookTimeout"
QUIET = logging.getLogger("gradebook.nbclient")
QUIET.addHandler(logging.NullHandler())
QUIET.propagate = False
warnings.filterwarnings("ignore", module="nbformat")  # e.g. cells without ids, from older JupyterLabs


class NotGradable(Exception):
    """The submission cannot be graded; the message says why, in plain words."""


def question_number(qid: str) -> tuple[int, int]:
    """Sort key of a question id: "01.10" comes after "01.9"."""
    exercise, task = qid.split(".")
    return int(exercise), int(task)


def questions_of(exercise: str) -> list[str]:
    """The question ids of an exercise ("01"), in task order, from helpers.checks.QUESTIONS."""
    return sorted((q for q in QUESTIONS if q.split(".")[0] == exercise), key=question_number)


def normalise(source: str) -> str:
    """Cell code compared without trailing spaces and blank lines at the ends."""
    return "\n".join(line.rstrip() for line in source.strip().splitlines())


def read_submission(path: Path) -> nbformat.NotebookNode:
    """The notebook in ``path``; raises NotGradable saying why it cannot be read."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise NotGradable(f"the file is larger than {MAX_FILE_BYTES // 1_000_000} MB, so it was not run")
        text = path.read_bytes().decode("utf-8")
    except OSError as error:
        raise NotGradable(f"the file could not be read ({error.strerror or error})") from None
    except UnicodeDecodeError:
        raise NotGradable("not a notebook: the file is not text (UTF-8)") from None
    try:
        content = json.loads(text)
    except json.JSONDecodeError as error:
        raise NotGradable(
            f"not a notebook: the file is not valid JSON (line {error.lineno}, "
            f"column {error.colno}: {error.msg})"
        ) from None
    if not isinstance(content, dict) or not isinstance(content.get("cells"), list):
        raise NotGradable("not a notebook: the file is JSON but has no list of cells")
    try:
        return nbformat.reads(text, as_version=4)
    except Exception as error:  # nbformat's reader errors: an unknown version, a broken cell
        raise NotGradable(short(f"not a notebook: nbformat cannot read it ({error})")) from None


def code_cells(nb: nbformat.NotebookNode) -> list[tuple[int, str]]:
    """(position, source) of every code cell whose source is text."""
    return [
        (i, c.get("source", ""))
        for i, c in enumerate(nb.cells)
        if c.get("cell_type") == "code" and isinstance(c.get("source", ""), str)
    ]


def exercise_of(nb: nbformat.NotebookNode) -> str:
    """The exercise ("01") most of the notebook's known check calls belong to; "" if none."""
    counts = Counter(
        q.split(".")[0] for _, source in code_cells(nb) for q in CHECK_CALL.findall(source) if q in QUESTIONS
    )
    return min(counts, key=lambda ex: (-counts[ex], ex)) if counts else ""


def reference_checks(exercises_dir: Path) -> dict[str, dict[str, str]]:
    """exercise -> question id -> the normalised code of its check cell in the student copy."""
    references: dict[str, dict[str, str]] = {}
    for path in sorted(exercises_dir.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            ids = CHECK_CALL.findall(cell.source) if "check" in cell.metadata.get("tags", []) else []
            if ids:
                references.setdefault(ids[0].split(".")[0], {})[ids[0]] = normalise(cell.source)
    return references


def find_check_cells(
    nb: nbformat.NotebookNode, exercise: str, references: dict[str, dict[str, str]]
) -> tuple[dict[str, int], dict[str, str]]:
    """Where each genuine check cell is (qid -> cell position), and why the others are missing."""
    found: dict[str, int] = {}
    missing: dict[str, str] = {}
    reference = references.get(exercise, {})
    for qid in questions_of(exercise):
        if qid not in reference:
            missing[qid] = f"the course's student copy has no check cell for {qid}"
            continue
        same = [i for i, source in code_cells(nb) if normalise(source) == reference[qid]]
        if same:
            found[qid] = same[-1]  # the last one, if the learner copied it
        elif any(qid in CHECK_CALL.findall(source) for _, source in code_cells(nb)):
            missing[qid] = f"the check cell of {qid} was edited, so it was not counted"
        else:
            missing[qid] = f"the check cell of {qid} was deleted"
    return found, missing


def where(nb: nbformat.NotebookNode, index: int) -> str:
    """'cell 9 (Task 3 · Write your own link remover)': a cell named as an instructor sees it."""
    for cell in reversed(nb.cells[:index]):
        heading = (
            next(
                (
                    line.lstrip("#").strip()
                    for line in cell.get("source", "").splitlines()
                    if line.startswith("#")
                ),
                "",
            )
            if cell.get("cell_type") == "markdown"
            else ""
        )
        if heading:
            return f"cell {index + 1} ({heading[:50]})"
    return f"cell {index + 1}"


def short(text: str, limit: int = 100) -> str:
    """``text`` on one line, cut to ``limit`` characters."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@dataclass
class Run:
    """What happened when a copy of a notebook ran: per cell position, and why it stopped."""

    executed: set[int] = field(default_factory=set)
    errors: dict[int, str] = field(default_factory=dict)  # position -> "KeyError: 'x'"
    timed_out: dict[int, int] = field(default_factory=dict)  # position -> seconds allowed
    flooded: set[int] = field(default_factory=set)
    output_chars: dict[int, int] = field(default_factory=dict)  # position -> characters printed
    stopped: str = ""  # why the run ended before the last cell ("" if it did not)
    limit: int = 0  # seconds allowed to the cell that is running

    def note_reply(self, cell: Any, cell_index: int, execute_reply: dict | None) -> None:
        """nbclient hook: remember a cell that raised or ran out of time."""
        content = (execute_reply or {}).get("content", {})
        if content.get("status") != "error":
            return
        if content.get("ename") == TIMEOUT_NAME:
            self.timed_out[cell_index] = self.limit
        else:
            self.errors[cell_index] = short(f"{content.get('ename')}: {content.get('evalue')}")


class CappedClient(NotebookClient):
    """A NotebookClient that keeps at most MAX_CELL_OUTPUT characters of output per cell, and
    notes in ``self.run`` (a Run) the cells that printed more."""

    def output(self, outs: list, msg: dict, display_id: str | None, cell_index: int) -> Any:
        content = msg.get("content", {})
        size = len(str(content.get("text", ""))) + sum(len(str(v)) for v in content.get("data", {}).values())
        chars = self.run.output_chars
        chars[cell_index] = chars.get(cell_index, 0) + size
        if chars[cell_index] > MAX_CELL_OUTPUT:
            self.run.flooded.add(cell_index)
            return None
        return super().output(outs, msg, display_id, cell_index)


async def run_cells(
    nb: nbformat.NotebookNode, folder: Path, timeout: int, notebook_timeout: int, stop: threading.Event
) -> Run:
    """Run the code cells of ``nb`` (changed in place) in a fresh kernel whose cwd is ``folder``."""
    run = Run()
    client = CappedClient(
        nb,
        kernel_name="python3",
        allow_errors=True,
        interrupt_on_timeout=True,
        error_on_timeout={"ename": TIMEOUT_NAME, "evalue": "", "traceback": []},
        skip_cells_with_tag="gradebook-runs-every-cell",
        shutdown_kernel="immediate",
        log=QUIET,
        resources={"metadata": {"path": str(folder)}},
        on_cell_executed=run.note_reply,
        extra_arguments=["--HistoryManager.enabled=False"],
    )  # no shared history file
    client.run = run
    async with client.async_setup_kernel(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL):
        deadline = monotonic() + notebook_timeout  # from the moment the kernel is ready
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code" or not cell.source.strip():
                continue
            left = int(deadline - monotonic())
            if stop.is_set():
                run.stopped = "grading was stopped"
                break
            if left < 1:
                run.stopped = (
                    f"the notebook did not finish within {notebook_timeout} seconds, so cells from "
                    f"{where(nb, index)} on were not run"
                )
                break
            client.timeout = run.limit = min(timeout, left)
            try:
                await client.async_execute_cell(cell, index, execution_count=len(run.executed) + 1)
            except DeadKernelError:
                run.stopped = (
                    f"the kernel stopped in {where(nb, index)}: the code ended Python (e.g. with "
                    "exit()) or ran out of memory, so the cells after it were not run"
                )
                break
            run.executed.add(index)
    return run


def runnable_copy(nb: nbformat.NotebookNode, checks: dict[str, int]) -> nbformat.NotebookNode:
    """A copy without stored outputs; each genuine check cell first imports the real ``check``."""
    copy = nbformat.from_dict(nb)
    for cell in copy.cells:
        if cell.get("cell_type") == "code":
            cell.outputs, cell.execution_count = [], None
    for index in checks.values():
        copy.cells[index].source = "from helpers.checks import check\n" + copy.cells[index].source
    return copy


def verdicts(nb: nbformat.NotebookNode, checks: dict[str, int], run: Run) -> tuple[dict[str, str], list[str]]:
    """The status of each found question, read from its check cell's output, and the problems."""
    statuses: dict[str, str] = {}
    problems: list[str] = []
    for qid, index in checks.items():
        text = "".join(o.get("text", "") for o in nb.cells[index].outputs if o.get("output_type") == "stream")
        printed = [status for q, status in VERDICT.findall(text) if q == qid]
        statuses[qid] = STATUS[printed[-1]] if printed and index in run.executed else ERROR
        if index in run.executed and not printed and index not in run.errors | run.timed_out:
            problems.append(f"the check of {qid} printed no verdict")
    return statuses, problems


def run_problems(nb: nbformat.NotebookNode, checks: dict[str, int], run: Run) -> list[str]:
    """What went wrong while the copy ran, in cell order, in plain words."""
    check_of = {index: qid for qid, index in checks.items()}
    events: list[tuple[int, str]] = []
    for index, error in run.errors.items():
        what = f"the check of {check_of[index]}" if index in check_of else where(nb, index)
        events.append((index, f"{what} raised {error}"))
    for index, seconds in run.timed_out.items():
        events.append((index, f"{where(nb, index)} did not finish within {seconds} seconds and was stopped"))
    for index in run.flooded:
        events.append(
            (
                index,
                f"{where(nb, index)} printed more than {MAX_CELL_OUTPUT:,} characters (the rest was ignored)",
            )
        )
    return [text for _, text in sorted(events)] + ([run.stopped] if run.stopped else [])


Grade = tuple[str, dict[str, str], list[str]]  # exercise, question id -> status, problems


def grade_notebook(
    path: Path,
    references: dict[str, dict[str, str]],
    timeout: int,
    notebook_timeout: int,
    stop: threading.Event,
) -> Grade:
    """(exercise, question id -> status, problems) for one submitted notebook. Never raises."""
    exercise = ""
    try:
        nb = read_submission(path)
        exercise = exercise_of(nb)
        if not exercise:
            return "", {}, ["no checks of this course's exercises: is it an exercise notebook?"]
        checks, missing = find_check_cells(nb, exercise, references)
        copy = runnable_copy(nb, checks)
        with tempfile.TemporaryDirectory(prefix="gradebook-") as folder:
            run = asyncio.run(run_cells(copy, Path(folder), timeout, notebook_timeout, stop))
        statuses, silent = verdicts(copy, checks, run)
        statuses.update({qid: ERROR for qid in missing})
        return exercise, statuses, [*missing.values(), *run_problems(copy, checks, run), *silent]
    except NotGradable as why:
        return "", {}, [str(why)]
    except Exception as error:  # a kernel that cannot start, a malformed cell: say so and go on
        statuses = {q: ERROR for q in questions_of(exercise)} if exercise else {}
        why = f"the gradebook could not grade it (a damaged notebook?): {type(error).__name__}: {error}"
        return exercise, statuses, [short(why, 200)]
