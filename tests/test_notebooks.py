"""Static checks of every notebook: course conventions, stored outputs, and the student copies.

nbval (run by the same `pytest` command) re-executes the notebooks and compares outputs;
these tests check what nbval cannot: structure, tags and the exercise generator.
"""

import json
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from make_student_copies import (  # noqa: E402
    UNUSED_NOTE,
    blank_answers,
    comment_out_unused_imports,
    student_copy,
    write_student_copies,
)

START = ROOT / "notebooks" / "00_start_here.ipynb"
LESSONS = [p for p in sorted(ROOT.glob("notebooks/[0-9]*.ipynb")) if p != START]
SOLUTIONS = sorted(ROOT.glob("exercises/solutions/[0-9]*.ipynb"))
STUDENT = sorted(ROOT.glob("exercises/[0-9]*.ipynb"))
EXECUTED = LESSONS + SOLUTIONS


def read(path):
    return nbformat.read(path, as_version=4)


def names(paths):
    return [p.name for p in paths]


def test_there_is_a_lesson_and_an_exercise():
    assert LESSONS and SOLUTIONS


def test_start_page_links_every_lesson_and_exercise_in_order():
    text = "".join(c.source for c in read(START).cells)
    links = [m for m in __import__("re").findall(r"\]\(([^)]+\.ipynb)\)", text) if m != "glossary.ipynb"]
    expected = [link for lesson in LESSONS for link in (lesson.name, f"../exercises/{lesson.name}")]
    assert links == expected
    for link in links:
        assert (START.parent / link).exists(), link
    config = json.loads((ROOT / "tools" / "jupyter-config" / "jupyter_lab_config.json").read_text())
    assert config["LabApp"]["default_url"] == "/lab/tree/notebooks/00_start_here.ipynb"


@pytest.mark.parametrize("path", EXECUTED + STUDENT, ids=names(EXECUTED + STUDENT))
def test_opens_with_objectives_and_ends_with_key_points(path):
    cells = read(path).cells
    assert cells[0].cell_type == "markdown" and cells[0].source.startswith("# ")
    assert "Time:" in cells[0].source
    assert cells[-1].cell_type == "markdown" and "## Key points" in cells[-1].source


@pytest.mark.parametrize("path", LESSONS, ids=names(LESSONS))
def test_lesson_has_objectives_and_a_parameters_cell(path):
    cells = read(path).cells
    assert "**Objectives.**" in cells[0].source
    parameters = [c for c in cells if "parameters" in c.metadata.get("tags", [])]
    assert len(parameters) == 1 and parameters[0].source.startswith("CORPUS = None")


@pytest.mark.parametrize("path", EXECUTED, ids=names(EXECUTED))
def test_stored_outputs_are_clean(path):
    nb = read(path)
    code = [c for c in nb.cells if c.cell_type == "code" and c.source.strip()]  # empty cells never run
    for empty in (c for c in nb.cells if c.cell_type == "code" and not c.source.strip()):
        assert empty.execution_count is None and not empty.outputs, "an empty cell was given a run number"
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1)), "run top to bottom once"
    for cell in code:
        assert "nltk.download" not in cell.source
        for out in cell.outputs:
            assert out.output_type != "error"
            assert not (out.output_type == "stream" and out.name == "stderr"), out.text
            text = json.dumps(out)
            assert "/work/" not in text and "/home/" not in text and "/tmp/" not in text
    assert nb.metadata["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize("path", EXECUTED, ids=names(EXECUTED))
def test_every_figure_has_a_title_and_axis_labels(path):
    for cell in read(path).cells:
        if cell.cell_type == "code" and "plt.subplots" in cell.source:
            assert "title=" in cell.source or "set_title" in cell.source
            assert "xlabel" in cell.source and "ylabel" in cell.source


# --- the exercise machinery ------------------------------------------------------


def test_each_solution_has_a_student_copy():
    assert names(STUDENT) == names(SOLUTIONS)


def test_student_copies_are_up_to_date(tmp_path):
    write_student_copies(ROOT / "exercises" / "solutions", tmp_path)
    for committed in STUDENT:
        fresh = (tmp_path / committed.name).read_text(encoding="utf-8")
        assert committed.read_text(encoding="utf-8") == fresh, (
            f"{committed.name} is out of date: run `uv run python tools/make_student_copies.py`"
        )


@pytest.mark.parametrize("path", STUDENT, ids=names(STUDENT))
def test_student_copy_has_no_answers_and_locked_checks(path):
    nb = read(path)
    code = [c for c in nb.cells if c.cell_type == "code"]
    checks = [c for c in code if "check(" in c.source]
    assert 4 <= len(checks) <= 6
    for cell in code:
        assert not cell.outputs and cell.execution_count is None
        assert "SOLUTION" not in cell.source
    for cell in checks:
        assert cell.metadata.get("editable") is False and cell.metadata.get("deletable") is False
        assert cell.source.startswith("check(")


def test_blank_answers():
    assert blank_answers("n = len(articles)  # SOLUTION") == "n = ..."
    assert blank_answers("def f(x):\n    # BEGIN SOLUTION\n    return x\n    # END SOLUTION\nf(1)") == (
        "def f(x):\n    ...  # your code here\nf(1)"
    )
    assert blank_answers("x = 1\ny = 2") == "x = 1\ny = 2"
    assert blank_answers("def f(t):\n    return t.split()  # SOLUTION") == "def f(t):\n    return ..."
    with pytest.raises(ValueError, match="cannot blank"):
        blank_answers("print(answer)  # SOLUTION")
    with pytest.raises(ValueError, match="no '# END SOLUTION'"):
        blank_answers("# BEGIN SOLUTION\nx = 1")


def test_imports_only_the_blanked_answers_used_are_commented_out():
    cells = [
        "%matplotlib inline\nimport re\n\nimport helpers\nfrom helpers.dedup import jaccard, shingles as sh",
        "wire = ...\nsh(helpers.words('a b'))",
    ]
    assert comment_out_unused_imports(cells) == [
        "%matplotlib inline\n"
        + UNUSED_NOTE
        + "\n# import re\n\nimport helpers\nfrom helpers.dedup import shingles as sh\n# from helpers.dedup import jaccard",
        cells[1],
    ]
    assert comment_out_unused_imports(["import re\nre.findall('x', 'y')"]) == [
        "import re\nre.findall('x', 'y')"
    ]
    long = "from helpers.timeline import " + ", ".join(f"name_{i}" for i in range(12))
    out = comment_out_unused_imports([long])[0].split("\n")
    assert out[0] == UNUSED_NOTE
    assert out[1] == "# from helpers.timeline import (" and out[-1] == "# )" and len(out) == 15
    assert all(len(line) <= 100 for line in out)


def test_student_copy_leaves_the_solution_unchanged():
    solution = read(SOLUTIONS[0])
    before = nbformat.writes(solution)
    student_copy(solution)
    assert nbformat.writes(solution) == before


# --- lessons at the learner's level (DESIGN: "Challenges inside lessons") ----------

import re  # noqa: E402

from build_glossary import SOURCES, TARGET, anchor, glossary, read_terms  # noqa: E402
from notebook_times import rounded_minutes, stated_minutes  # noqa: E402

GLOSSARY_LINK = re.compile(r"\]\(glossary\.ipynb#([^)\s]+)\)")


def tags(cell):
    return cell.get("metadata", {}).get("tags", [])


@pytest.mark.parametrize("path", LESSONS, ids=names(LESSONS))
def test_lesson_has_two_to_four_challenges_with_collapsed_answers(path):
    cells = read(path).cells
    challenges = [i for i, c in enumerate(cells) if "challenge" in tags(c)]
    assert 2 <= len(challenges) <= 4
    for i in challenges:
        cell = cells[i]
        assert cell.cell_type == "markdown" and cell.source.startswith("### Challenge: "), cell.source[:60]
        assert "<details><summary>Answer</summary>" in cell.source and cell.source.rstrip().endswith(
            "</details>"
        )
    assert any("**Predict**" in cells[i].source for i in challenges), "no 'predict, then run' challenge"
    written = [
        i
        for i in challenges
        if i + 1 < len(cells) and cells[i + 1].cell_type == "code" and not cells[i + 1].source.strip()
    ]
    assert written, "no 'write a few lines' challenge followed by an empty code cell"


@pytest.mark.parametrize("path", LESSONS, ids=names(LESSONS))
def test_required_code_is_short(path):
    for cell in read(path).cells:
        if cell.cell_type != "code" or "optional" in tags(cell):
            continue
        lines = cell.source.split("\n")
        assert len(lines) <= 15, f"{len(lines)} lines:\n{cell.source[:200]}"
        for line in lines:
            assert len(line) <= 100, line


@pytest.mark.parametrize("path", LESSONS, ids=names(LESSONS))
def test_optional_sections_are_marked(path):
    cells = read(path).cells
    for cell in cells:
        if cell.cell_type == "markdown" and cell.source.startswith("## Going deeper"):
            assert "(optional)" in cell.source.split("\n")[0] and "optional" in tags(cell)


@pytest.mark.parametrize("path", EXECUTED, ids=names(EXECUTED))
def test_no_private_names_in_outputs(path):
    for cell in read(path).cells:
        for out in cell.get("outputs", []):
            text = json.dumps(out.get("text", "")) + json.dumps(out.get("data", {}).get("text/plain", ""))
            assert not re.search(r"(?<![\w.])_[A-Z][A-Z_]{2,}\b|\bhelpers\.\w+\._\w", text), text[:200]


def _next_lesson(path):
    later = [p for p in LESSONS if p.name > path.name]
    return later[0].name if later else START.name


@pytest.mark.parametrize("path", LESSONS, ids=names(LESSONS))
def test_lesson_ends_with_links_to_its_exercise_and_the_next_lesson(path):
    last = read(path).cells[-1].source
    links = re.findall(r"\]\(([^)#\s]+\.ipynb)\)", last)
    assert f"../exercises/{path.name}" in links
    assert _next_lesson(path) in links
    for link in links:
        assert (path.parent / link).exists(), link


@pytest.mark.parametrize(
    "path", SOLUTIONS + STUDENT, ids=names(SOLUTIONS) + [f"student-{n}" for n in names(STUDENT)]
)
def test_exercise_links_back_to_its_lesson_and_on(path):
    last = read(path).cells[-1].source
    links = re.findall(r"\]\(([^)#\s]+\.ipynb)\)", last)
    lesson = ROOT / "notebooks" / path.name
    assert any(Path(link).name == path.name for link in links), links
    assert any(Path(link).name == _next_lesson(lesson) for link in links), links
    for link in links:
        assert (path.parent / link).resolve().exists(), link


@pytest.mark.parametrize(
    "path", LESSONS + STUDENT, ids=names(LESSONS) + [f"student-{n}" for n in names(STUDENT)]
)
def test_stated_time_follows_the_method(path):
    nb = read(path)
    stated = stated_minutes(nb)
    assert stated is not None, "the first cell should say **Time:** about N minutes"
    assert stated == rounded_minutes(nb), (
        f"says {stated} minutes, the method gives {rounded_minutes(nb)}: run tools/notebook_times.py"
    )


def test_glossary_is_built_from_its_sources():
    assert read(TARGET).cells == glossary(read_terms()).cells, "run `uv run python tools/build_glossary.py`"
    assert sorted(p.stem for p in SOURCES.glob("*.md")) == [p.stem[:2] for p in LESSONS]


@pytest.mark.parametrize("path", [START, *LESSONS, *SOLUTIONS], ids=names([START, *LESSONS, *SOLUTIONS]))
def test_glossary_links_land_on_a_term(path):
    anchors = {anchor(term) for term in read_terms()}
    for cell in read(path).cells:
        if cell.cell_type == "markdown":
            for target in GLOSSARY_LINK.findall(cell.source):
                assert target in anchors, f"no glossary term for #{target}"


def test_start_page_links_the_glossary():
    assert "](glossary.ipynb)" in "".join(c.source for c in read(START).cells)


@pytest.mark.parametrize("page", ["README.md", "notebooks/00_start_here.ipynb"])
def test_course_tables_state_the_notebooks_own_times(page):
    """The README and the start page give each lesson and exercise the time its first cell states."""
    path = ROOT / page
    text = (
        path.read_text(encoding="utf-8")
        if path.suffix == ".md"
        else "".join(c.source for c in read(path).cells)
    )
    for lesson in LESSONS:
        student = ROOT / "exercises" / lesson.name
        row = next(line for line in text.splitlines() if f"{lesson.name})" in line and line.startswith("|"))
        times = [int(t) for t in re.findall(r"\((\d+) min\)", row)]
        assert times == [stated_minutes(read(lesson)), stated_minutes(read(student))], row
