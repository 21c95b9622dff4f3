"""tools/gradebook.py on a class made from the course's own notebooks, and every bad case.

One gradebook run (module fixture) grades a folder with: the solution, the untouched student
copy, wrong answers, a cell that raises, a huge output and an endless loop, an edited and a
deleted check cell and a kernel that dies, a file that is not JSON, a notebook with no checks,
a learner's sub-folder with two notebooks, and another exercise (a few cases share a notebook,
to keep the test short). The expected statuses are worked out
by hand from what each notebook was made to do; the question ids come from helpers.checks.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import hashlib
import io
import re
import sys
import tempfile
import threading
from pathlib import Path

import nbformat
import pytest

from helpers.checks import QUESTIONS

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import gradebook  # noqa: E402
import grading  # noqa: E402

CELL_TIMEOUT = 30  # seconds: room for the first cell (imports) on a busy machine; the loop costs this once
EX01 = sorted((q for q in QUESTIONS if q.startswith("01.")), key=lambda q: int(q.split(".")[1]))
EX02 = sorted((q for q in QUESTIONS if q.startswith("02.")), key=lambda q: int(q.split(".")[1]))
CHECK_OF = re.compile(r'^check\("(\d\d\.\d+)", (\w+)\)$')


def one(pattern: str) -> Path:
    [path] = sorted(ROOT.glob(pattern))
    return path


def solution() -> nbformat.NotebookNode:
    return nbformat.read(one("exercises/solutions/01_*.ipynb"), as_version=4)


def check_cell(nb: nbformat.NotebookNode, qid: str) -> tuple[int, str]:
    """(position, answer variable) of the check cell of ``qid``."""
    for index, cell in enumerate(nb.cells):
        match = CHECK_OF.match(cell.source.strip())
        if cell.cell_type == "code" and match and match.group(1) == qid:
            return index, match.group(2)
    raise AssertionError(f"no check cell for {qid}")


def code(source: str) -> nbformat.NotebookNode:
    return nbformat.v4.new_code_cell(source)


def wrong_answers() -> nbformat.NotebookNode:
    """The first two answers replaced by a string no check accepts."""
    nb = solution()
    for qid in EX01[1::-1]:
        index, name = check_cell(nb, qid)
        nb.cells.insert(index, code(f'{name} = "a wrong answer"'))
    return nb


def raises() -> nbformat.NotebookNode:
    """The answer cell of the second question raises, so its check has nothing to check."""
    nb = solution()
    index, name = check_cell(nb, EX01[1])
    nb.cells[index - 1] = code(f"{name} = 1 / 0")
    return nb


def runaway() -> nbformat.NotebookNode:
    """A huge output in the second cell, an endless loop before the third check (a sleeping one,
    to spare the shared CPU); the later checks still run."""
    nb = solution()
    index, _ = check_cell(nb, EX01[2])
    nb.cells.insert(index, code("import time\n\nwhile True:\n    time.sleep(1)"))
    nb.cells.insert(1, code('print("x" * 2_000_000)'))
    return nb


def edited_deleted_dies() -> nbformat.NotebookNode:
    """The first check cell edited (an answer typed into it), the second deleted, and Python
    ended by the learner's code before the fourth check."""
    nb = solution()
    index, _ = check_cell(nb, EX01[0])
    nb.cells[index].source = f'check("{EX01[0]}", 5)'
    del nb.cells[check_cell(nb, EX01[1])[0]]
    nb.cells.insert(check_cell(nb, EX01[3])[0], code("import os\nos._exit(1)"))
    return nb


def no_checks() -> nbformat.NotebookNode:
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Notes"), code('print("hello")')])


def make_class(folder: Path) -> None:
    """A folder of submissions: one per case, named after the (made-up) learner."""
    student_copy = one("exercises/01_*.ipynb").read_bytes()
    files = {
        "amira.ipynb": one("exercises/solutions/01_*.ipynb").read_bytes(),
        "ben.ipynb": student_copy,
        "hana.ipynb": b'{"cells": [oops',
        "jo/01_meet_the_corpus.ipynb": one("exercises/solutions/01_*.ipynb").read_bytes(),
        "jo/01_meet_the_corpus-Copy1.ipynb": student_copy,
        "kim.ipynb": one("exercises/02_*.ipynb").read_bytes(),
        ".ipynb_checkpoints/amira-checkpoint.ipynb": b"not read",
        "notes.txt": b"not a notebook, not read",
    }
    made = {
        "chloe": wrong_answers,
        "dev": raises,
        "emil": runaway,
        "gus": edited_deleted_dies,
        "ivan": no_checks,
    }
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    for name, make in made.items():
        nbformat.write(make(), folder / f"{name}.ipynb")


def fingerprints(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def graded(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("submissions")
    make_class(folder)
    before = fingerprints(folder)
    printed, progress = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(progress):
        status = gradebook.main([str(folder), "--timeout", str(CELL_TIMEOUT), "--jobs", "2"])
    with (folder / "gradebook.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    return {
        "folder": folder,
        "before": before,
        "after": fingerprints(folder),
        "status": status,
        "rows": rows,
        "header": (folder / "gradebook.csv").read_text(encoding="utf-8").split("\n")[0],
        "printed": printed.getvalue(),
        "progress": progress.getvalue(),
    }


def row(graded: dict, student: str, nth: int = 0) -> dict:
    return [r for r in graded["rows"] if r["student"] == student][nth]


def statuses(r: dict, qids: list[str]) -> list[str]:
    return [r[q] for q in qids]


def test_submissions_are_left_byte_for_byte(graded):
    assert graded["status"] == 0
    after = dict(graded["after"])
    assert set(after) - set(graded["before"]) == {"gradebook.csv", "gradebook.png"}
    for name in ("gradebook.csv", "gradebook.png"):
        del after[name]
    assert after == graded["before"]


def test_columns_and_order(graded):
    assert graded["header"] == ",".join(["student", "exercise", *EX01, *EX02, "score", "problems"])
    order = [(r["exercise"], r["student"]) for r in graded["rows"]]
    assert order == [("01", s) for s in ["amira", "ben", "chloe", "dev", "emil", "gus", "jo", "jo"]] + [
        ("02", "kim"),
        ("", "hana"),
        ("", "ivan"),
    ]


def test_solution_untouched_and_wrong(graded):
    amira, ben, chloe = row(graded, "amira"), row(graded, "ben"), row(graded, "chloe")
    assert statuses(amira, EX01) == ["correct"] * len(EX01)
    assert (amira["score"], amira["problems"]) == (str(len(EX01)), "")
    assert statuses(amira, EX02) == [""] * len(EX02)
    assert statuses(ben, EX01) == ["not attempted"] * len(EX01)
    assert (ben["score"], ben["problems"]) == ("0", "")
    assert statuses(chloe, EX01) == ["not yet", "not yet"] + ["correct"] * (len(EX01) - 2)
    assert (chloe["score"], chloe["problems"]) == (str(len(EX01) - 2), "")


def test_a_cell_that_raises_costs_only_its_question(graded):
    dev = row(graded, "dev")
    assert statuses(dev, EX01) == ["correct", "error"] + ["correct"] * (len(EX01) - 2)
    assert "raised ZeroDivisionError: division by zero" in dev["problems"]
    assert f"the check of {EX01[1]} raised NameError" in dev["problems"]


def test_huge_output_and_endless_loop_are_cut_and_the_run_goes_on(graded):
    emil = row(graded, "emil")
    assert statuses(emil, EX01) == ["correct"] * len(EX01)
    huge, loop = emil["problems"].split("; ")
    assert huge.startswith("cell 2 (") and huge.endswith(
        ") printed more than 1,000,000 characters (the rest was ignored)"
    )
    assert loop.endswith(f"did not finish within {CELL_TIMEOUT} seconds and was stopped")


def test_edited_and_deleted_checks_are_not_counted_and_a_dead_kernel_ends_the_run(graded):
    gus = row(graded, "gus")
    assert statuses(gus, EX01) == ["error", "error", "correct"] + ["error"] * (len(EX01) - 3)
    edited, deleted, died = gus["problems"].split("; ", 2)
    assert edited == f"the check cell of {EX01[0]} was edited, so it was not counted"
    assert deleted == f"the check cell of {EX01[1]} was deleted"
    assert died.startswith("the kernel stopped in cell ")
    assert died.endswith(
        "the code ended Python (e.g. with exit()) or ran out of memory, so the cells after it were not run"
    )


def test_not_a_notebook_and_no_checks(graded):
    hana, ivan = row(graded, "hana"), row(graded, "ivan")
    assert hana["problems"].startswith("not a notebook: the file is not valid JSON (line 1, column 12")
    assert ivan["problems"] == "no checks of this course's exercises: is it an exercise notebook?"
    for r in (hana, ivan):
        assert (r["exercise"], r["score"]) == ("", "0")
        assert statuses(r, EX01 + EX02) == [""] * len(EX01 + EX02)


def test_sub_folder_with_two_notebooks(graded):
    first, second = row(graded, "jo", 0), row(graded, "jo", 1)
    assert statuses(first, EX01) == ["not attempted"] * len(EX01)  # 01_meet_the_corpus-Copy1 sorts first
    assert statuses(second, EX01) == ["correct"] * len(EX01)
    assert first["problems"] == (
        "one of 2 notebooks from jo for exercise 01, each with its own row "
        "(this one: jo/01_meet_the_corpus-Copy1.ipynb)"
    )


def test_another_exercise(graded):
    kim = row(graded, "kim")
    assert statuses(kim, EX02) == ["not attempted"] * len(EX02)
    assert statuses(kim, EX01) == [""] * len(EX01)
    assert (kim["score"], kim["problems"]) == ("0", "")


def test_summary_and_progress(graded):
    printed = graded["printed"]
    assert "Exercise 01: 7 learners (8 notebooks)" in printed
    # correct answers to the first question: amira, dev, emil, jo's solution
    assert f"  {EX01[0]}    4 of 8 notebooks correct" in printed
    assert "Exercise 02: 1 learner\n" in printed
    assert "Not graded: 2 notebooks" in printed
    assert "[##############################] 11/11 " in graded["progress"]  # the bar, full at the end


def test_the_notebook_time_limit_stops_the_run():
    nb = nbformat.v4.new_notebook(
        cells=[code("x = 1"), code("import time\ntime.sleep(60)"), code("print(x)")]
    )
    with tempfile.TemporaryDirectory() as folder:
        run = asyncio.run(
            grading.run_cells(nb, Path(folder), timeout=60, notebook_timeout=4, stop=threading.Event())
        )
    assert set(run.timed_out) == {1}
    assert run.stopped == "the notebook did not finish within 4 seconds, so cells from cell 3 on were not run"
    assert nb.cells[2].outputs == []


def test_missing_folder_is_a_clear_error(tmp_path, capsys):
    assert gradebook.main([str(tmp_path / "nowhere")]) == 2
    assert "is not a folder" in capsys.readouterr().err


def test_out_elsewhere_without_running_a_kernel(tmp_path):
    """Notebooks that are not exercises are not run; --out puts the CSV and the figure elsewhere."""
    folder, out = tmp_path / "class", tmp_path / "marks" / "week1.csv"
    folder.mkdir()
    (folder / "broken.ipynb").write_text("", encoding="utf-8")
    nbformat.write(no_checks(), folder / "notes.ipynb")
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert gradebook.main([str(folder), "--out", str(out)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["broken.ipynb", "notes.ipynb"]
    assert sorted(p.name for p in out.parent.iterdir()) == ["week1.csv", "week1.png"]
    assert out.read_text(encoding="utf-8").split("\n") == [
        "student,exercise,score,problems",
        'broken,,0,"not a notebook: the file is not valid JSON (line 1, column 1: Expecting value)"',
        "notes,,0,no checks of this course's exercises: is it an exercise notebook?",
        "",
    ]


def test_an_empty_folder_gives_an_empty_gradebook(tmp_path):
    with contextlib.redirect_stdout(io.StringIO()) as printed, contextlib.redirect_stderr(io.StringIO()):
        assert gradebook.main([str(tmp_path)]) == 0
    assert (tmp_path / "gradebook.csv").read_text(encoding="utf-8") == "student,exercise,score,problems\n"
    assert "Graded 0 notebooks" in printed.getvalue()
