"""The instructor's gradebook: a whole class's exercise notebooks checked in one command.

    uv run python tools/gradebook.py SUBMISSIONS
    uv run python tools/gradebook.py SUBMISSIONS --out marks/week1.csv --timeout 30 --jobs 2

SUBMISSIONS is a folder of handed-in exercise notebooks, with any file names; a sub-folder per
learner is fine (the learner is then the sub-folder's name, otherwise the file name). Every
notebook is run top to bottom in a fresh kernel, and the verdict of every check is read from
that run (see tools/grading.py for how, and how edited checks and broken notebooks are treated).

Writes SUBMISSIONS/gradebook.csv (or --out): one row per notebook, with the columns
``student``, ``exercise``, one column per question, ``score`` (the number correct) and
``problems`` (what went wrong, in plain words, separated by "; "), sorted by exercise, then
student (notebooks that are not exercises last). A question is ``correct``, ``not yet`` or
``not attempted`` as its check printed it in the run, or ``error`` when there is no verdict to
trust: its check cell was edited or deleted, raised, or never ran (after an endless notebook
or a dead kernel). Beside the CSV, gradebook.png: per question, the share of that exercise's
notebooks with it correct. Prints a summary per exercise.

The submissions are only read: each runs as a copy in a temporary folder. Nothing is
downloaded; the learners' code runs only in the child kernels.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from grading import grade_notebook, questions_of, reference_checks

ROOT = Path(__file__).resolve().parent.parent
STUDENT_COPIES = ROOT / "exercises"
EXERCISE_COLORS = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02"]  # 01, 02, ...


@dataclass
class Row:
    """One submitted notebook's line in the gradebook."""

    student: str
    file: str  # its path inside the submissions folder
    exercise: str = ""  # "01" ... ; "" when it is not an exercise notebook
    statuses: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def score(self) -> int:
        return sum(status == "correct" for status in self.statuses.values())

    def sort_key(self) -> tuple[bool, str, str, str]:
        return self.exercise == "", self.exercise, self.student, self.file


def find_submissions(folder: Path) -> list[Row]:
    """An empty row per notebook under ``folder`` (hidden folders and checkpoints skipped)."""
    rows = []
    for path in sorted(folder.rglob("*.ipynb")):
        parts = path.relative_to(folder).parts
        if any(part.startswith(".") for part in parts) or not path.is_file():
            continue
        student = parts[0] if len(parts) > 1 else path.stem
        rows.append(Row(student=student, file="/".join(parts)))
    return rows


def note_duplicates(rows: list[Row]) -> None:
    """Add a problem to each of several notebooks from one learner for one exercise."""
    groups: dict[tuple[str, str], list[Row]] = {}
    for row in rows:
        if row.exercise:
            groups.setdefault((row.student, row.exercise), []).append(row)
    for (student, exercise), group in groups.items():
        if len(group) > 1:
            for row in group:
                row.problems.insert(
                    0,
                    f"one of {len(group)} notebooks from {student} for exercise "
                    f"{exercise}, each with its own row (this one: {row.file})",
                )


def grade_all(
    folder: Path, timeout: int, notebook_timeout: int, jobs: int, progress: Callable[[int, int, str], None]
) -> list[Row]:
    """Grade every notebook under ``folder``, ``jobs`` at a time; rows sorted for the gradebook."""
    rows = find_submissions(folder)
    references = reference_checks(STUDENT_COPIES)
    stop = threading.Event()
    if rows:
        progress(0, len(rows), f"running {min(jobs, len(rows))} at a time")
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = {
            pool.submit(grade_notebook, folder / row.file, references, timeout, notebook_timeout, stop): row
            for row in rows
        }
        try:
            for done, future in enumerate(as_completed(futures), start=1):
                row = futures[future]
                row.exercise, row.statuses, row.problems = future.result()
                progress(done, len(rows), row.file)
        except KeyboardInterrupt:
            stop.set()
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    note_duplicates(rows)
    return sorted(rows, key=Row.sort_key)


def question_columns(rows: list[Row]) -> list[str]:
    """The question ids of every exercise in the gradebook, in order."""
    exercises = sorted({row.exercise for row in rows if row.exercise})
    return [qid for exercise in exercises for qid in questions_of(exercise)]


def write_csv(rows: list[Row], path: Path) -> None:
    """The gradebook as CSV: student, exercise, one column per question, score, problems."""
    columns = ["student", "exercise", *question_columns(rows), "score", "problems"]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.DictWriter(file, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(
                {
                    "student": row.student,
                    "exercise": row.exercise,
                    **row.statuses,
                    "score": row.score,
                    "problems": "; ".join(row.problems),
                }
            )


def share_correct(rows: list[Row]) -> dict[str, list[tuple[str, int, int]]]:
    """exercise -> [(question id, notebooks with it correct, notebooks of the exercise)]."""
    table: dict[str, list[tuple[str, int, int]]] = {}
    for exercise in sorted({row.exercise for row in rows if row.exercise}):
        group = [row for row in rows if row.exercise == exercise]
        table[exercise] = [
            (qid, sum(row.statuses.get(qid) == "correct" for row in group), len(group))
            for qid in questions_of(exercise)
        ]
    return table


def summary(rows: list[Row]) -> str:
    """A few lines per exercise: how many learners, and per question how many correct."""
    lines = []
    for exercise, questions in share_correct(rows).items():
        group = [row for row in rows if row.exercise == exercise]
        learners = len({row.student for row in group})
        extra = f" ({len(group)} notebooks)" if len(group) != learners else ""
        lines.append(f"Exercise {exercise}: {learners} learner{'s' * (learners != 1)}{extra}")
        lines += [f"  {qid}  {correct:3d} of {n} notebooks correct" for qid, correct, n in questions]
    others = sum(not row.exercise for row in rows)
    if others:
        lines.append(f"Not graded: {others} notebook{'s' * (others != 1)} (see the problems column)")
    troubled = sum(bool(row.problems) for row in rows if row.exercise)
    lines.append(f"{troubled} graded notebook{'s' * (troubled != 1)} with problems (see the problems column)")
    return "\n".join(lines)


def plot(rows: list[Row], path: Path) -> None:
    """Save a bar chart: per question the share of notebooks with it correct, grouped by exercise."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    table = share_correct(rows)
    n_bars = sum(len(questions) for questions in table.values()) + len(table)
    fig, ax = plt.subplots(figsize=(max(6.0, 0.55 * n_bars + 1.5), 4.5))
    x, ticks, labels = 0, [], []
    for exercise, questions in table.items():
        xs = list(range(x, x + len(questions)))
        shares = [100 * correct / n for _, correct, n in questions]
        color = EXERCISE_COLORS[(int(exercise) - 1) % len(EXERCISE_COLORS)]
        n = questions[0][2]
        ax.bar(xs, shares, color=color, label=f"Exercise {exercise} ({n} notebook{'s' * (n != 1)})")
        for xi, share, (_, correct, n) in zip(xs, shares, questions):
            ax.text(xi, share + 1.5, f"{correct}/{n}", ha="center", fontsize=8)
        ticks, labels, x = ticks + xs, labels + [qid for qid, _, _ in questions], x + len(questions) + 1
    if not table:
        ax.text(0.5, 0.5, "no exercise notebooks were graded", ha="center", transform=ax.transAxes)
    ax.set_xticks(ticks, labels)
    ax.set_ylim(0, 110)
    ax.set_yticks(range(0, 101, 20))
    ax.set_xlabel("question (exercise.task)")
    ax.set_ylabel("notebooks with it correct (%)")
    ax.set_title("Share of the notebooks with each question correct")
    if table:
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=min(3, len(table)), frameon=False)
    fig.savefig(path, dpi=120, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)


def progress_bar(done: int, total: int, label: str, width: int = 30) -> None:
    """One line on stderr: [#######.......] 12/30 name; redrawn in place on a terminal."""
    stream = sys.stderr
    filled = round(width * done / total) if total else width
    line = f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {label[:40]}"
    if stream.isatty():
        stream.write("\r" + line.ljust(width + 60) + ("\n" if done == total else ""))
    else:
        stream.write(line + "\n")
    stream.flush()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n")[0], epilog="Writes gradebook.csv and gradebook.png; prints a summary."
    )
    parser.add_argument("submissions", type=Path, help="folder of submitted notebooks (sub-folders allowed)")
    parser.add_argument(
        "--out",
        type=Path,
        help="CSV to write (default: SUBMISSIONS/gradebook.csv); the figure goes beside it, as .png",
    )
    parser.add_argument("--timeout", type=int, default=60, help="seconds allowed per cell (default 60)")
    parser.add_argument(
        "--notebook-timeout", type=int, default=300, help="seconds allowed per notebook (default 300)"
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="notebooks run at the same time (default: the number of CPU cores)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.submissions.is_dir():
        print(
            f"gradebook: {args.submissions} is not a folder; give the folder of submitted notebooks",
            file=sys.stderr,
        )
        return 2
    if args.timeout < 1 or args.notebook_timeout < 1 or args.jobs < 1:
        print("gradebook: --timeout, --notebook-timeout and --jobs must be at least 1", file=sys.stderr)
        return 2
    out = args.out or args.submissions / "gradebook.csv"
    try:
        rows = grade_all(args.submissions, args.timeout, args.notebook_timeout, args.jobs, progress_bar)
    except KeyboardInterrupt:
        print("\ngradebook: stopped; nothing written", file=sys.stderr)
        return 130
    write_csv(rows, out)
    plot(rows, out.with_suffix(".png"))
    print(
        f"Graded {len(rows)} notebook{'s' * (len(rows) != 1)} in {args.submissions}"
        + ("" if rows else " (found no .ipynb files there)")
    )
    print(summary(rows))
    print(f"Wrote {out} and {out.with_suffix('.png')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
