"""The rules every check follows, written down once.

Every rule takes the learner's answer and returns ``(is_right, message)``. They are fair in
the same way everywhere:

* **counts** accept any whole number: ``5``, ``5.0``, ``np.int64(5)``, ``np.float64(5.0)``, or a
  one-value pandas Series (the usual result of a boolean filter);
* **numbers** pass within half a unit of the precision the task states
  (``decimals=2`` accepts anything within 0.005); a share given as a percentage gets a hint;
* **NaN is never right**, and an answer of the wrong kind gets a sentence saying what was
  expected, never a traceback;
* **unordered collections** accept a list, tuple, set, Series, Index or array; a **pair** may
  come in either order;
* **dates** accept ``'2020-02-11'``, a ``datetime.date``/``datetime``, a pandas Timestamp or a
  numpy datetime64;
* **labels and choices** ignore case and stray spaces or brackets (``" b) "`` is ``B``);
* **functions**: an untouched function (one that returns ``...`` or nothing) is "not attempted
  yet"; otherwise the first test input it gets wrong is shown with what it should give;
* a **likely mistake** gets its own sentence: counts, numbers and dates take
  ``mistakes={wrong value: what to say}`` (a number matches within the task's precision), so a
  question names the slip it expects in one call instead of testing for it by hand;
* a **hint** never contains the answer or the finished code, and feedback quotes at most a
  short line of the answer (``show``).
"""

from __future__ import annotations

import datetime as dt
import math
import numbers
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import pandas as pd

from helpers.checks.core import NotAttempted, Result

__all__ = [
    "SHOW_WIDTH",
    "as_day",
    "as_number",
    "items_of",
    "one_value",
    "same_choice",
    "same_collection",
    "same_count",
    "same_date",
    "same_function",
    "same_label",
    "same_number",
    "same_pair",
    "same_text",
    "show",
]


SHOW_WIDTH = 60


def show(value: Any) -> str:
    """A one-line rendering of any answer, at most 60 characters."""
    if isinstance(value, pd.DataFrame):
        return f"a table of {len(value)} rows"
    if isinstance(value, pd.Series):
        return f"a pandas Series of {len(value)} values"
    if callable(value) and not isinstance(value, type):
        return "a function"
    try:
        text = repr(value)
    except Exception:  # a learner's object with a broken __repr__
        text = f"a {type(value).__name__}"
    text = " ".join(text.split())
    return text if len(text) <= SHOW_WIDTH else text[: SHOW_WIDTH - 1] + "…"


def one_value(answer: Any) -> Any:
    """The value inside a one-value Series, one-cell table or numpy scalar; else the answer."""
    if isinstance(answer, pd.DataFrame) and answer.shape == (1, 1):
        answer = answer.iloc[0, 0]
    if isinstance(answer, (pd.Series, pd.Index)) and len(answer) == 1:
        answer = answer.to_list()[0]
    if hasattr(answer, "item") and getattr(answer, "ndim", None) == 0:  # a numpy number
        answer = answer.item()
    return answer


def as_number(answer: Any) -> float | None:
    """A real number from an int, float, numpy number or one-value Series; None otherwise."""
    value = one_value(answer)
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        return None
    return float(value)


def _not_a_number(answer: Any, what: str) -> str:
    if isinstance(answer, str):
        return f"expected {what}, got the text {show(answer)}: leave out the quotation marks"
    if isinstance(answer, (pd.Series, pd.DataFrame)):
        return f"expected {what}, got {show(answer)}; take one value out, e.g. with .item() or len(...)"
    return f"expected {what}, got {type(answer).__name__} {show(answer)}"


def same_count(answer: Any, expected: int, hint: str, mistakes: Mapping[int, str] | None = None) -> Result:
    """A count: any whole number equal to ``expected``; ``mistakes`` names likely wrong counts."""
    value = as_number(answer)
    if value is None:
        return False, _not_a_number(answer, "a whole number")
    if math.isnan(value):
        return False, f"your answer is NaN (not a number). {hint}"
    if value != int(value):
        return False, f"{show(answer)} is not a whole number; a count has no decimals. {hint}"
    if int(value) == expected:
        return True, f"{expected} it is"
    if mistakes and int(value) in mistakes:
        return False, mistakes[int(value)]
    return False, f"{int(value)} is {'too high' if value > expected else 'too low'}. {hint}"


def same_number(
    answer: Any,
    expected: float,
    decimals: int,
    hint: str,
    share: bool = False,
    mistakes: Mapping[float, str] | None = None,
) -> Result:
    """A number right to ``decimals`` places: within half a unit of that precision.

    With ``share=True`` the answer is a share between 0 and 1, and a percentage gets a hint.
    ``mistakes`` maps likely wrong values (matched with the same precision) to what to say.
    """
    value = as_number(answer)
    if value is None:
        return False, _not_a_number(answer, "a number")
    if math.isnan(value):
        return False, f"your answer is NaN (not a number), perhaps 0/0 somewhere. {hint}"
    tolerance = 0.5 * 10**-decimals + 1e-9
    if abs(value - expected) <= tolerance:
        return True, f"{expected:.{decimals}f} it is"
    for wrong, message in (mistakes or {}).items():
        if abs(value - wrong) <= tolerance:
            return False, message
    if share and value > 1 and abs(value / 100 - expected) <= tolerance:
        return False, f"{value:g} looks like a percentage: give the share between 0 and 1 (divide by 100)"
    return False, f"{value:.{decimals}f} is {'too high' if value > expected else 'too low'}. {hint}"


_STRAIGHT = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u00a0": " "})


def _plain(text: str, ignore_case: bool = False) -> str:
    plain = " ".join(text.translate(_STRAIGHT).split()).strip("\"' ")
    return plain.casefold() if ignore_case else plain


def same_text(answer: Any, expected: str, hint: str, ignore_case: bool = False) -> Result:
    """A piece of text, compared after collapsing spaces and straightening curly quotes."""
    value = one_value(answer)
    if not isinstance(value, str):
        return False, f"expected text (a str), got {type(value).__name__} {show(value)}"
    if _plain(value, ignore_case) == _plain(expected, ignore_case):
        return True, "that is it"
    if _plain(value, True) == _plain(expected, True):
        return False, f"almost: check capital letters. {hint}"
    return False, f"{show(value)} is not it yet. {hint}"


def items_of(answer: Any) -> list[Any] | None:
    """The items of a list, tuple, set, Series, Index or array; None for anything else."""
    if isinstance(answer, (str, bytes, Mapping, pd.DataFrame)) or not isinstance(answer, Iterable):
        return None
    items = answer.to_list() if isinstance(answer, (pd.Series, pd.Index)) else list(answer)
    return [one_value(item) for item in items]


def _key(item: Any) -> Any:
    if isinstance(item, str):
        return _plain(item)
    if isinstance(item, float) and item == int(item):
        return int(item)
    return item


def same_collection(answer: Any, expected: Iterable[Any], hint: str, what: str = "items") -> Result:
    """An unordered collection with the same items as ``expected`` (in any container)."""
    items = items_of(answer)
    if items is None:
        if isinstance(answer, str):
            return False, f"expected a list of {what}, got one str {show(answer)}: put it in a list, [...]"
        return False, f"expected a list of {what}, got {type(answer).__name__} {show(answer)}"
    try:
        got, want = {_key(i) for i in items}, {_key(i) for i in expected}
    except TypeError:
        return False, f"expected a list of {what}; some of your items cannot be compared"
    if got == want:
        return True, f"all {len(want)} {what}"
    missing, extra = len(want - got), len(got - want)
    return False, f"{missing} missing, {extra} that should not be there. {hint}"


def same_pair(answer: Any, expected: tuple[Any, Any], hint: str) -> Result:
    """Two items, in either order."""
    items = items_of(answer)
    if items is None or len(items) != 2:
        return False, f"expected two items, such as a list [first, second]; got {show(answer)}"
    return same_collection(items, expected, hint, what="items of the pair")


def as_day(answer: Any) -> str | None:
    """An ISO day ``'YYYY-MM-DD'`` from a str, date, datetime, Timestamp or datetime64."""
    value = one_value(answer)
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10]).isoformat()
        except ValueError:
            return None
    if isinstance(value, (dt.date, pd.Timestamp)) or type(value).__name__ == "datetime64":
        stamp = pd.Timestamp(value)
        return None if pd.isna(stamp) else stamp.date().isoformat()
    return None


def same_date(answer: Any, expected: str, hint: str, mistakes: Mapping[str, str] | None = None) -> Result:
    """A day, given as ``'2020-02-11'``, a date, a Timestamp or a numpy datetime64.

    ``mistakes`` maps likely wrong days (``'YYYY-MM-DD'``) to what to say.
    """
    day = as_day(answer)
    if day is None:
        return False, (
            f"expected a date such as '2020-02-11' (a str, date or Timestamp), "
            f"got {type(answer).__name__} {show(answer)}"
        )
    if day == expected:
        return True, f"{expected} it is"
    if mistakes and day in mistakes:
        return False, mistakes[day]
    return False, f"{day} is {'too late' if day > expected else 'too early'}. {hint}"


def _label(answer: Any) -> str | None:
    value = one_value(answer)
    if not isinstance(value, str):
        return None
    return value.strip().strip("()[]. ").strip()


def same_choice(answer: Any, expected: str, options: Mapping[str, str], hint: str) -> Result:
    """A judgement: one of the labelled ``options``. ``options[label]`` is what to say when it is chosen."""
    label = _label(answer)
    labels = ", ".join(sorted(options))
    if label is None:
        return False, f'expected one letter ({labels}) as text, e.g. "A"; got {show(answer)}'
    label = label.upper()
    if label not in options:
        return False, f"{show(answer)} is not one of the choices: answer with one of {labels}"
    if label == expected.upper():
        return True, options[label]
    return False, f"not {label}: {options[label]} {hint}"


def same_label(answer: Any, expected: str, known: Iterable[str], hint: str, what: str = "label") -> Result:
    """One string among ``known`` (an article id, a speaker); the expected one is never shown."""
    label = _label(answer)
    if label is None:
        return False, f"expected a {what} (a str), got {type(answer).__name__} {show(answer)}"
    if label == expected:
        return True, f"{expected} it is"
    known = set(known)
    if label.casefold() == expected.casefold():
        return False, f"almost: check capital letters. {hint}"
    if label in known:
        return False, f"not {label}. {hint}"
    return False, f"{show(label)} is not a {what} in this data: check the spelling. {hint}"


def _equal(got: Any, expected: Any) -> bool:
    """Equality for function results: numbers within 1e-9 (NaN never), lists and tuples alike."""
    if isinstance(expected, numbers.Real) and not isinstance(expected, bool):
        value = as_number(got)
        return value is not None and not math.isnan(value) and abs(value - float(expected)) <= 1e-9
    if isinstance(expected, (list, tuple)):
        items = items_of(got)
        return (
            items is not None
            and not isinstance(got, (set, frozenset))
            and len(items) == len(expected)
            and all(_equal(g, e) for g, e in zip(items, expected))
        )
    if isinstance(expected, (dt.date, pd.Timestamp)):
        return as_day(got) == pd.Timestamp(expected).date().isoformat()
    return bool(got == expected) if type(got) is type(expected) else False


def same_function(
    answer: Any,
    cases: Iterable[tuple[tuple[Any, ...], Any]],
    hint: str,
    compare: Callable[[Any, Any], bool] | None = None,
) -> Result:
    """A function that gives ``expected`` for every ``(args, expected)`` case."""
    if not callable(answer):
        return False, f"expected a function, got {type(answer).__name__}: pass its name, without ()"
    compare = compare or _equal
    cases = list(cases)
    for number, (args, expected) in enumerate(cases):
        shown = ", ".join(show(arg) for arg in args)
        try:
            got = answer(*args)
        except Exception as error:
            return False, f"for ({shown}) your function raised {type(error).__name__}: {error}. {hint}"
        if got is Ellipsis or (got is None and expected is not None):
            if number == 0:
                raise NotAttempted("write the body of your function; it does not return an answer yet")
            return False, f"for ({shown}) it returned nothing: does every path end in return? {hint}"
        if not compare(got, expected):
            return False, f"for ({shown}) it gave {show(got)}, it should give {show(expected)}. {hint}"
    return True, f"all {len(cases)} test inputs come out right"
