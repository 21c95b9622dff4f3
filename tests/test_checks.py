"""helpers.checks: right answers accepted in every reasonable form, wrong ones rejected with a
hint, untouched answers "not attempted yet", and nothing ever raises.

The right and wrong answers live in tests/check_answers/exNN.py, one file per exercise; their
right answers are worked out independently of the code under test (by hand, or from the hand
annotations in seeds/annotations/).
"""

import importlib
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from helpers.checks import CORRECT, NOT_ATTEMPTED, NOT_YET, QUESTIONS, check, evaluate

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(p.stem for p in (ROOT / "tests" / "check_answers").glob("ex[0-9][0-9].py"))
RIGHT, WRONG = {}, {}
for _name in MODULES:
    _module = importlib.import_module(f"tests.check_answers.{_name}")
    RIGHT.update(_module.RIGHT)
    WRONG.update(_module.WRONG)

FUNCTIONS = sorted(q for q, answers in RIGHT.items() if all(callable(a) for a in answers))
STUDENT = sorted(ROOT.glob("exercises/[0-9]*.ipynb"))


def test_every_question_has_right_and_four_wrong_answers():
    assert set(QUESTIONS) == set(RIGHT) == set(WRONG)
    for qid in QUESTIONS:
        assert len(RIGHT[qid]) >= 1 and len(WRONG[qid]) >= 4, qid


@pytest.mark.parametrize("qid", sorted(RIGHT))
def test_right_answer_accepted(qid):
    for answer in RIGHT[qid]:
        feedback = evaluate(qid, answer)
        assert feedback.status == CORRECT, f"{answer!r}: {feedback.message}"


@pytest.mark.parametrize("qid", sorted(WRONG))
def test_wrong_answer_rejected_with_a_hint(qid):
    for answer in WRONG[qid]:
        feedback = evaluate(qid, answer)
        assert feedback.status == NOT_YET, f"{answer!r} was accepted: {feedback.message}"
        assert len(feedback.message) > 15 and "\n" not in feedback.message


@pytest.mark.parametrize("qid", sorted(QUESTIONS))
def test_untouched_answer_is_not_attempted(qid):
    assert evaluate(qid, ...).status == NOT_ATTEMPTED
    assert evaluate(qid, None).status == NOT_ATTEMPTED


@pytest.mark.parametrize("qid", FUNCTIONS)
def test_untouched_function_is_not_attempted(qid):
    def untouched(*args): ...  # your code here

    def returns_dots(*args):
        return ...

    assert evaluate(qid, untouched).status == NOT_ATTEMPTED
    assert evaluate(qid, returns_dots).status == NOT_ATTEMPTED


@pytest.mark.parametrize("qid", sorted(QUESTIONS))
def test_no_hint_gives_the_right_answer_away(qid):
    """The message for a wrong answer never quotes a right answer that is a word, id or name."""
    texts = [a for a in RIGHT[qid] if isinstance(a, str) and len(a.strip()) > 3]
    for answer in WRONG[qid]:
        message = evaluate(qid, answer).message
        for right in texts:
            assert right.strip() not in message, (answer, message)


def test_check_prints_one_line_and_never_raises(capsys):
    class Hostile:
        def __repr__(self):
            raise RuntimeError("no repr")

        def __eq__(self, other):
            raise RuntimeError("no ==")

    check("01.1", object())
    check("99.9", 1)
    check(["01.1"], 5)
    check("01.1", Hostile())
    check("01.1", "x" * 10_000_000)
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5
    assert lines[0].startswith("✘ 01.1 not yet")
    assert "no question '99.9'" in lines[1]
    assert lines[2].startswith("✘ ") and "no question" in lines[2]
    assert all(len(line) < 400 for line in lines)


def test_messages_read_well(capsys):
    check("01.1", ...)
    assert capsys.readouterr().out == (
        "… 01.1 not attempted yet: replace the ... with your answer and run the cell again\n"
    )


def _check_lines(path):
    nb = nbformat.read(path, as_version=4)
    NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    # A busy kernel may send one printed line in several pieces: join a cell's pieces first.
    printed = [
        "".join(out.text for out in cell.outputs if out.output_type == "stream")
        for cell in nb.cells
        if "check" in cell.metadata.get("tags", [])
    ]
    return [line for text in printed for line in text.splitlines()]


@pytest.mark.parametrize("path", STUDENT, ids=[p.name for p in STUDENT])
def test_untouched_student_copy_shows_only_not_attempted(path):
    lines = _check_lines(path)
    assert lines, "no check printed anything"
    for line in lines:
        assert line.startswith("… ") and "not attempted yet" in line, line
