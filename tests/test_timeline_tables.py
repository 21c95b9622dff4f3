"""Every table the timeline helpers return has fixed columns and dtypes, the same when empty.

The expected columns and dtypes are written out here by hand from the docstrings (text as
pandas' "string" dtype, as load_articles gives it; whole numbers int64; days of any
century datetime64[s]; flags bool), not read from the code.
"""

import pandas as pd
import pytest

from helpers import build_timeline, chronology, dated_counts, load_articles, plot_chronology, to_timelinejs
from helpers.timeline import (
    AFTER_LEAD_COLUMNS,
    ANNOTATION_COLUMNS,
    CHRONOLOGY_COLUMNS,
    COUNT_COLUMNS,
    DATES_IN_COLUMNS,
    TIMELINE_COLUMNS,
    TIMELINEJS_COLUMNS,
    annotated_dates,
    dates_in,
    events_after_lead,
    split_story,
)
from tests.test_timeline import TIMELINEJS as TIMELINEJS_TEMPLATE

TEXT, DAY, INT = "string", "datetime64[s]", "int64"
TIMELINE = {
    "article_id": TEXT,
    "outlet": TEXT,
    "source": TEXT,
    "paragraph": INT,
    "sentence": TEXT,
    "expression": TEXT,
    "label": TEXT,
    "type": TEXT,
    "value": TEXT,
    "date": DAY,
    "date_end": DAY,
    "granularity": TEXT,
    "vague": "bool",
    "anchor": DAY,
}
CHRONOLOGY = {
    "date": DAY,
    "date_end": DAY,
    "granularity": TEXT,
    "when": TEXT,
    "event": TEXT,
    "outlets": TEXT,
    "sources": TEXT,
    "expressions": TEXT,
    "sentence": TEXT,
}
COUNTS = {
    "article_id": TEXT,
    "outlet": TEXT,
    "source": TEXT,
    "count": TEXT,
    "number": INT,
    "expression": TEXT,
    "type": TEXT,
    "value": TEXT,
    "date": DAY,
    "date_end": DAY,
    "granularity": TEXT,
    "sentence": TEXT,
}
AFTER_LEAD = {
    "lead": TEXT,
    "lead_date": TEXT,
    "paragraph": INT,
    "event": TEXT,
    "event_date": TEXT,
    "days_after": INT,
}
DATES_IN = {"article_id": TEXT, "start": INT, "end": INT, "type": TEXT, "value": TEXT}
#: the 18 columns of the TimelineJS template, every cell text
TIMELINEJS = dict.fromkeys(TIMELINEJS_TEMPLATE, TEXT)  # the 18 columns of the template

ARTICLES = load_articles()
NONE = ARTICLES.iloc[:0]
#: a glued story: its lead is 11 February, then a later day
GLUED = "Peskov said on Tuesday the talks went well.\n\nA convoy was shelled on February 13."


def dtypes(table: pd.DataFrame) -> dict[str, str]:
    return {column: str(dtype) for column, dtype in table.dtypes.items()}


OUTPUTS = {
    "build_timeline": (TIMELINE, TIMELINE_COLUMNS, lambda a: build_timeline(a)),
    "chronology": (CHRONOLOGY, CHRONOLOGY_COLUMNS, lambda a: chronology(build_timeline(a))),
    "dated_counts": (COUNTS, COUNT_COLUMNS, lambda a: dated_counts(a)),
    "to_timelinejs": (TIMELINEJS, TIMELINEJS_COLUMNS, lambda a: to_timelinejs(chronology(build_timeline(a)))),
    "dates_in": (DATES_IN, DATES_IN_COLUMNS, lambda a: dates_in(a.assign(anchor=a["published"]))),
    "events_after_lead": (
        AFTER_LEAD,
        AFTER_LEAD_COLUMNS,
        lambda a: events_after_lead(GLUED if len(a) else "", "2020-02-11"),
    ),
}


@pytest.mark.parametrize("name", sorted(OUTPUTS))
def test_each_output_has_its_columns_and_dtypes_full_and_empty(name):
    expected, constant, make = OUTPUTS[name]
    assert constant == list(expected)  # the module's column constant names the same columns
    full, empty = make(ARTICLES), make(NONE)
    assert len(full) > 0 and empty.empty
    assert dtypes(full) == expected
    assert dtypes(empty) == expected


def test_a_timeline_of_undated_articles_keeps_its_date_dtypes():
    timeline = build_timeline(ARTICLES.assign(published=None))
    assert dtypes(timeline) == TIMELINE
    assert timeline["anchor"].isna().all()


@pytest.mark.parametrize(
    "call, missing",
    [
        (lambda t: chronology(t), "'date'"),
        (lambda t: to_timelinejs(t), "'date'"),
        (lambda t: dated_counts(t), "'article_id'"),
        (lambda t: dates_in(t), "'article_id'"),
        (lambda t: split_story(t, "a", 1, "2020-02-11"), "'story'"),
        (lambda t: plot_chronology(t), "'date'"),
    ],
)
def test_a_table_without_its_columns_gets_an_error_naming_them(call, missing):
    wrong = pd.DataFrame({"text": ["On Tuesday."]})
    with pytest.raises(ValueError, match=f"needs the column\\(s\\) \\[{missing}"):
        call(wrong)
    with pytest.raises(TypeError, match="must be"):
        call(["On Tuesday."])


def test_annotations_have_their_columns_and_dtypes():
    texts = ARTICLES.set_index("article_id")["text"]
    gold = annotated_dates(texts)
    expected = {
        **dict.fromkeys(
            ["article_id", "paragraph", "text", "type", "value", "anchor", "anchor_from", "note"], TEXT
        ),
        "start": INT,
        "end": INT,
    }
    assert list(gold.columns) == ANNOTATION_COLUMNS == list(expected)
    assert dtypes(gold) == expected
