"""Every lesson runs, top to bottom, on other corpora: `papermill -p CORPUS <folder>`.

Two corpora of different shapes are built from the seeds: (a) two undated articles
with a manifest (no reprint pair, no dates at all); (b) all five renamed to .md with
made-up names and no manifest. A lesson that raises on either fails here.
"""

import shutil
from pathlib import Path

import nbformat
import papermill
import pytest

from helpers import SEEDS_DIR

ROOT = Path(__file__).resolve().parent.parent
LESSONS = [p for p in sorted(ROOT.glob("notebooks/[0-9]*.ipynb")) if not p.name.startswith("00_")]


def few_with_manifest(folder: Path) -> Path:
    for prefix in ("001", "003"):
        (source,) = SEEDS_DIR.glob(f"{prefix}_*.txt")
        shutil.copy(source, folder / source.name)
    (folder / "manifest.csv").write_text(
        "article_id,outlet,agency\n"
        + "".join(f"{p.stem},Outlet {p.stem[:3]},\n" for p in sorted(folder.glob("*.txt"))),
        encoding="utf-8",
    )
    return folder


def renamed_markdown(folder: Path) -> Path:
    for number, source in enumerate(sorted(SEEDS_DIR.glob("*.txt")), start=1):
        shutil.copy(source, folder / f"story {number}.md")
    return folder


CORPORA = {"few_with_manifest": few_with_manifest, "renamed_markdown": renamed_markdown}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus(request, tmp_path_factory):
    return CORPORA[request.param](tmp_path_factory.mktemp(request.param))


@pytest.mark.parametrize("lesson", LESSONS, ids=[p.stem for p in LESSONS])
def test_lesson_runs_on_another_corpus(lesson, corpus, tmp_path):
    output = tmp_path / lesson.name
    papermill.execute_notebook(
        str(lesson),
        str(output),
        parameters={"CORPUS": str(corpus)},
        kernel_name="python3",
        cwd=str(lesson.parent),
        progress_bar=False,
    )
    nb = nbformat.read(output, as_version=4)
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            assert out["output_type"] != "error"
            assert not (out["output_type"] == "stream" and out["name"] == "stderr"), out["text"]
    sources = [c.source for c in nb.cells if c.cell_type == "code"]
    assert any(s.startswith("# Parameters") and str(corpus) in s for s in sources), "CORPUS was not injected"


@pytest.mark.parametrize("lesson", LESSONS, ids=[p.stem for p in LESSONS])
def test_papermill_sees_the_parameter(lesson):
    from papermill.inspection import inspect_notebook

    assert list(inspect_notebook(str(lesson))) == ["CORPUS"]
