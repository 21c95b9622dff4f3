"""Re-run every lesson and exercise solution in a fresh kernel and store the new outputs.

    uv run python tools/refresh_notebooks.py            # every notebook
    uv run python tools/refresh_notebooks.py notebooks/01_meet_the_corpus.ipynb

Run it after changing helpers/ or a notebook, read the diff (`git diff notebooks/`),
then run `uv run pytest`. It also rewrites the student copies of the exercises.
Each notebook runs from its own folder, top to bottom, as nbval will run it. An empty code
cell (the space left for a learner after a challenge) is not run and keeps no number.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_student_copies import ROOT, write_student_copies


def refresh(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=600,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    for cell in nb.cells:  # no run times in the stored file: they change on every run
        cell.metadata.pop("execution", None)
    nbformat.write(nb, path)


def main(args: list[str]) -> int:
    paths = [Path(a).resolve() for a in args] or sorted(
        [*ROOT.glob("notebooks/[0-9]*.ipynb"), *ROOT.glob("exercises/solutions/[0-9]*.ipynb")]
    )
    for path in paths:
        print("running", path.relative_to(ROOT), flush=True)
        refresh(path)
    for target in write_student_copies():
        print("wrote", target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
