"""Instant, gentle feedback for the exercise notebooks.

>>> from helpers.checks import check
>>> check("01.1", ...)
… 01.1 not attempted yet: replace the ... with your answer and run the cell again

``check`` prints one line: ✔ correct, … not attempted yet, or ✘ not yet with a hint. It never
raises, so an unfinished notebook still runs from top to bottom. The right answers are not typed
in: each is computed from the bundled seed articles, so they stay right if the seeds are ever
corrected.

The package: ``core`` (Feedback, ``evaluate``, ``check``, the question registry), ``rules``
(how answers are compared, the same fair rules for every exercise: read its docstring), and one
module per exercise, ``ex01`` … ``ex05``, holding that exercise's questions.
"""

from helpers.checks import ex01, ex02, ex03, ex04, ex05  # noqa: F401  (registers the questions)
from helpers.checks.core import (
    CORRECT,
    MARKS,
    NOT_ATTEMPTED,
    NOT_YET,
    QUESTIONS,
    Feedback,
    NotAttempted,
    check,
    evaluate,
)

__all__ = [
    "CORRECT",
    "MARKS",
    "NOT_ATTEMPTED",
    "NOT_YET",
    "QUESTIONS",
    "Feedback",
    "NotAttempted",
    "check",
    "evaluate",
]
