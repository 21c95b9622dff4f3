"""The fair-comparison rules of helpers.checks.rules, each with answers written by hand."""

import datetime as dt
import math

import numpy as np
import pandas as pd
import pytest

from helpers.checks.core import NotAttempted
from helpers.checks.rules import (
    same_choice,
    same_collection,
    same_count,
    same_date,
    same_function,
    same_label,
    same_number,
    same_pair,
    same_text,
    show,
)


@pytest.mark.parametrize(
    "answer", [5, 5.0, np.int64(5), np.float64(5.0), pd.Series([5]), pd.DataFrame({"n": [5]})]
)
def test_count_accepts_any_whole_number(answer):
    assert same_count(answer, 5, "hint")[0]


@pytest.mark.parametrize(
    "answer, says",
    [
        (4, "too low"),
        (6, "too high"),
        (5.5, "whole number"),
        (float("nan"), "NaN"),
        ("5", "quotation marks"),
        (True, "whole number"),
        (pd.Series([5, 5]), ".item()"),
    ],
)
def test_count_rejects_with_a_reason(answer, says):
    right, message = same_count(answer, 5, "hint")
    assert not right and says in message


def test_number_passes_within_half_a_unit_of_the_stated_precision():
    assert same_number(0.43, 0.4312, 2, "h")[0]
    assert same_number(0.4349, 0.4312, 2, "h")[0]
    assert not same_number(0.44, 0.4312, 2, "h")[0]
    assert same_number(18.2, 18.18, 1, "h")[0]
    assert not same_number(float("nan"), 0.5, 2, "h")[0]
    assert not same_number(math.inf, 0.5, 2, "h")[0]
    right, message = same_number(43.1, 0.431, 3, "h", share=True)
    assert not right and "percentage" in message


def test_text_ignores_spacing_and_curly_quotes_but_not_words():
    assert same_text("  Russia\u2019s  war ", "Russia's war", "h")[0]
    assert same_text("\u201cwe go\u201d", "we go", "h")[0]
    right, message = same_text("Russia's War", "Russia's war", "h")
    assert not right and "capital" in message
    assert same_text("Russia's War", "Russia's war", "h", ignore_case=True)[0]
    assert not same_text(["we go"], "we go", "h")[0]


@pytest.mark.parametrize(
    "answer",
    [["a", "b"], ("b", "a"), {"a", "b"}, pd.Series(["b", "a"]), pd.Index(["a", "b"]), np.array(["a", "b"])],
)
def test_collection_accepts_any_container(answer):
    assert same_collection(answer, ["a", "b"], "h")[0]


def test_collection_counts_missing_and_extra_without_naming_them():
    right, message = same_collection(["a", "c"], ["a", "b"], "h", what="ids")
    assert (
        not right
        and "1 missing, 1 that should not be there" in message
        and "b" not in message.split(".")[0][:20]
    )
    right, message = same_collection("a", ["a"], "h")
    assert not right and "put it in a list" in message


def test_pair_in_either_order():
    assert same_pair(("x", "y"), ("y", "x"), "h")[0]
    assert same_pair(["y", "x"], ("y", "x"), "h")[0]
    assert not same_pair(("x",), ("y", "x"), "h")[0]
    assert not same_pair(("x", "y", "z"), ("y", "x"), "h")[0]


@pytest.mark.parametrize(
    "answer",
    [
        "2020-02-13",
        " 2020-02-13",
        dt.date(2020, 2, 13),
        dt.datetime(2020, 2, 13, 9),
        pd.Timestamp("2020-02-13"),
        np.datetime64("2020-02-13"),
    ],
)
def test_date_in_any_form(answer):
    assert same_date(answer, "2020-02-13", "h")[0]


def test_date_wrong_says_early_or_late():
    assert "too early" in same_date("2020-02-03", "2020-02-13", "h")[1]
    assert "too late" in same_date(pd.Timestamp("2020-02-20"), "2020-02-13", "h")[1]
    assert not same_date(pd.NaT, "2020-02-13", "h")[0]
    assert not same_date("13 February", "2020-02-13", "h")[0]


def test_choice_ignores_case_and_brackets_and_explains_each_option():
    options = {"A": "right, because…", "B": "B counts the quotes, not the words.", "C": "no"}
    assert same_choice(" a) ", "A", options, "h") == (True, "right, because…")
    right, message = same_choice("b", "A", options, "h")
    assert not right and "B counts the quotes" in message
    right, message = same_choice("Z", "A", options, "h")
    assert not right and "A, B, C" in message


def test_label_never_shows_the_expected_one():
    right, message = same_label("Peskov", "Dmitry Peskov", ["Dmitry Peskov", "Mevlut Cavusoglu"], "h")
    assert not right and "Dmitry" not in message
    right, message = same_label(
        "Mevlut Cavusoglu", "Dmitry Peskov", ["Dmitry Peskov", "Mevlut Cavusoglu"], "h"
    )
    assert not right and "Dmitry" not in message
    assert same_label(" Dmitry Peskov ", "Dmitry Peskov", ["Dmitry Peskov"], "h")[0]


def test_function_cases():
    cases = [((2,), 4), ((3,), 9)]
    assert same_function(lambda x: x * x, cases, "h")[0]
    assert same_function(lambda x: float(x * x), cases, "h")[0]
    right, message = same_function(lambda x: x + x, cases, "h")
    assert not right and "for (3) it gave 6, it should give 9" in message
    right, message = same_function(lambda x: 1 / 0, cases, "h")
    assert not right and "ZeroDivisionError" in message
    with pytest.raises(NotAttempted):
        same_function(lambda x: ..., cases, "h")
    with pytest.raises(NotAttempted):
        same_function(lambda x: None, cases, "h")
    assert not same_function(lambda x: float("nan"), cases, "h")[0]
    assert not same_function(42, cases, "h")[0]


def test_function_lists_and_tuples_alike_but_not_sets():
    cases = [(("a b",), ["a", "b"])]
    assert same_function(lambda t: tuple(t.split()), cases, "h")[0]
    assert not same_function(lambda t: set(t.split()), cases, "h")[0]


def test_show_is_one_short_line():
    assert show("x" * 1000).endswith("…") and len(show("x" * 1000)) == 60
    assert show("a\nb") == "'a\\nb'"
    assert show(pd.Series([1, 2])) == "a pandas Series of 2 values"
    assert show(len) == "a function"


def test_likely_mistakes_get_their_own_sentence_and_never_beat_the_right_answer():
    slips = {0.6: "that is the share it drops"}
    assert same_number(0.4, 0.4, 2, "h", mistakes=slips) == (True, "0.40 it is")
    assert same_number(0.603, 0.4, 2, "h", mistakes=slips) == (False, "that is the share it drops")
    assert "too high" in same_number(0.7, 0.4, 2, "h", mistakes=slips)[1]
    assert same_count(8.0, 10, "h", mistakes={8: "only the pronouns"}) == (False, "only the pronouns")
    assert same_count(10, 10, "h", mistakes={8: "only the pronouns"})[0]
    assert same_date(
        pd.Timestamp("2020-03-06"), "2020-03-05", "h", mistakes={"2020-03-06": "one day late: a leap year"}
    ) == (False, "one day late: a leap year")
