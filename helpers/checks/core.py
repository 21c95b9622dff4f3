"""The feedback core: one question id, one answer, one line of feedback.

>>> from helpers.checks import check
>>> check("01.1", ...)
… 01.1 not attempted yet: replace the ... with your answer and run the cell again

Each exercise module (``ex01`` … ``ex05``) registers its questions with ``@question("NN.k")``.
A question function takes the learner's answer and returns ``(is_right, message)``; it may
raise ``NotAttempted`` when part of an answer is still ``...``. ``evaluate`` turns that into a
``Feedback`` and never raises, whatever it is given, so an unfinished notebook still runs from
top to bottom.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = [
    "CORRECT",
    "MARKS",
    "MAX_MESSAGE",
    "NOT_ATTEMPTED",
    "NOT_YET",
    "QUESTIONS",
    "Feedback",
    "NotAttempted",
    "Result",
    "check",
    "evaluate",
    "one_line",
    "question",
]


CORRECT, NOT_ATTEMPTED, NOT_YET = "correct", "not attempted yet", "not yet"
MARKS = {CORRECT: "✔", NOT_ATTEMPTED: "…", NOT_YET: "✘"}
MAX_MESSAGE = 300  # characters: feedback is one line, never a flood

Result = tuple[bool, str]


class NotAttempted(Exception):
    """Raised by a question function when (part of) the answer is still ``...``."""


@dataclass(frozen=True)
class Feedback:
    """The verdict on one answer: a status (correct, not attempted yet, not yet) and a sentence."""

    question: str
    status: str
    message: str

    def __str__(self) -> str:
        return f"{MARKS[self.status]} {self.question} {self.status}: {self.message}"


#: question id -> function(answer) -> (is it right?, what to say)
QUESTIONS: dict[str, Callable[[Any], Result]] = {}


def question(qid: str) -> Callable[[Callable[[Any], Result]], Callable[[Any], Result]]:
    """Register a checking function under a question id such as ``"01.3"``."""

    def register(function: Callable[[Any], Result]) -> Callable[[Any], Result]:
        if qid in QUESTIONS:
            raise ValueError(f"question {qid} is registered twice")
        QUESTIONS[qid] = function
        return function

    return register


def one_line(message: str) -> str:
    """``message`` on one line, cut to ``MAX_MESSAGE`` characters."""
    flat = " ".join(str(message).split())
    return flat if len(flat) <= MAX_MESSAGE else flat[: MAX_MESSAGE - 1] + "…"


def evaluate(qid: Any, answer: Any) -> Feedback:
    """Judge ``answer`` to question ``qid`` and return a Feedback. Never raises."""
    name = qid if isinstance(qid, str) else one_line(repr(qid))[:40]
    if not isinstance(qid, str) or qid not in QUESTIONS:
        known = ", ".join(sorted(QUESTIONS))
        return Feedback(name, NOT_YET, f"there is no question {name!r}; the questions are {known}")
    if answer is Ellipsis or answer is None:
        return Feedback(qid, NOT_ATTEMPTED, "replace the ... with your answer and run the cell again")
    try:
        right, message = QUESTIONS[qid](answer)
    except NotAttempted as why:
        return Feedback(qid, NOT_ATTEMPTED, one_line(str(why) or "part of your answer is still ..."))
    except Exception as error:  # the learner's code may fail in any way: report, never raise
        return Feedback(
            qid, NOT_YET, one_line(f"checking your answer raised {type(error).__name__}: {error}")
        )
    return Feedback(qid, CORRECT if right is True else NOT_YET, one_line(message))


def check(qid: Any, answer: Any) -> None:
    """Print one line of feedback on ``answer`` to question ``qid`` (see the exercise)."""
    try:
        print(evaluate(qid, answer))
    except Exception as error:  # pragma: no cover - evaluate never raises; this is a last guard
        print(f"✘ {qid} not yet: the check itself failed ({type(error).__name__}); tell your instructor")
