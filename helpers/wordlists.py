"""The word lists that ship in ``helpers/data/``, read in one place for every lesson.

Lesson 03 (who said a quote) and Lesson 05 (how the reporter frames it) must agree on
what a reporting verb is, so both read :func:`reporting_verb_list`.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from helpers.text import DATA_DIR

VERB_LIST_COLUMNS = ["verb", "class", "takes", "form"]


def read_word_list(name: str) -> pd.DataFrame:
    """One shipped CSV word list as text columns; lines starting with # are its header notes."""
    return pd.read_csv(DATA_DIR / name, comment="#", dtype=str, keep_default_na=False)


@lru_cache(maxsize=2)
def _verb_forms(beside_quote: bool) -> pd.DataFrame:
    table = read_word_list("reporting_verbs.csv")
    for column in ("beside_quote", "takes"):  # rows may leave these out
        table[column] = table.get(column, pd.Series("", index=table.index)).fillna("")
    table["takes"] = table["takes"].replace("", "words")
    forms = table["forms"] + " " + table["beside_quote"] if beside_quote else table["forms"]
    table["form"] = forms.str.split()
    table = table.explode("form").dropna(subset=["form"])
    return table[VERB_LIST_COLUMNS].reset_index(drop=True)


def reporting_verb_list(beside_quote: bool = False) -> pd.DataFrame:
    """The shipped reporting verbs (``helpers/data/reporting_verbs.csv``), one row per form.

    Columns ``verb`` (say), ``class`` (neutral or marked), ``takes`` ("words" for a verb
    that reports what was said, "target" for one that judges a person or thing, such as
    "criticised") and ``form`` (said). By default
    only the forms that are reporting verbs anywhere in a text (the word counts of
    Lesson 05); ``beside_quote=True`` adds the forms that report speech only right beside
    a quotation, as the quote finder uses them ("…,” she continued; “…,” he claims).
    """
    return _verb_forms(bool(beside_quote)).copy()
