"""Dates of any century (issue 19 §4): "in 1639", "the 1640s", 0800-12-25 and 9999-12-31 are kept.

pandas' default datetime64[ns] holds only 1677-09-21 to 2262-04-11; the timeline's date
columns hold any day from year 1 to 9999. The expected intervals are read off the
calendar by hand: a year runs from 1 January to 31 December, a decade "the 1640s" from
1 January 1640 to 31 December 1649; 12 February 2020 was a Wednesday, so "on Tuesday" in
an article of that day is 11 February.
"""

import shutil
import warnings

import matplotlib
import matplotlib.pyplot as plt
import nbformat
import pandas as pd
import pytest

from helpers import (
    SEEDS_DIR,
    build_timeline,
    chronology,
    dated_counts,
    plot_chronology,
    plot_timeline,
    to_timelinejs,
)

matplotlib.use("Agg")

HISTORY = (
    "The citadel was built in 1639 and was rebuilt in the 1640s after an earthquake, "
    "historians said on Wednesday. In 1639 the siege left 300 dead."
)
ARCHIVE = "Charlemagne was crowned on 0800-12-25. The archive gives 9999-12-31 as a placeholder."
ARTICLES = pd.DataFrame(
    {
        "article_id": ["archive", "history"],
        "outlet": ["Archive", "History Today"],
        "text": [ARCHIVE, HISTORY],
        "published": pd.to_datetime(["2020-02-12", "2020-02-12"]),
    }
)
#: (expression, first day, last day, granularity), earliest first
EXPECTED = [
    ("0800-12-25", "0800-12-25", "0800-12-25", "day"),
    ("1639", "1639-01-01", "1639-12-31", "year"),
    ("1639", "1639-01-01", "1639-12-31", "year"),
    ("the 1640s", "1640-01-01", "1649-12-31", "decade"),
    ("Wednesday", "2020-02-12", "2020-02-12", "day"),
    ("9999-12-31", "9999-12-31", "9999-12-31", "day"),
]


def day(text):
    return pd.Timestamp(text)


def test_build_timeline_keeps_dates_of_any_century():
    timeline = build_timeline(ARTICLES)
    assert list(timeline["expression"]) == [expression for expression, *_ in EXPECTED]
    assert list(timeline["date"]) == [day(first) for _, first, _, _ in EXPECTED]
    assert list(timeline["date_end"]) == [day(last) for _, _, last, _ in EXPECTED]
    assert list(timeline["granularity"]) == [g for *_, g in EXPECTED]
    assert str(timeline["date"].dtype) == "datetime64[s]"


@pytest.mark.parametrize(
    "words, first, last",
    [
        ("The treaty of 1600 still holds.", "1600-01-01", "1600-12-31"),
        ("The treaty of 1676 still holds.", "1676-01-01", "1676-12-31"),
        ("The record begins on 0001-01-01.", "0001-01-01", "0001-01-01"),
        ("The lease runs to 2263-01-01.", "2263-01-01", "2263-01-01"),
    ],
)
def test_a_date_outside_pandas_nanosecond_range_is_kept(words, first, last):
    row = build_timeline(pd.DataFrame({"article_id": ["a"], "text": [words]}), anchor={}).iloc[0]
    assert (row["date"], row["date_end"]) == (day(first), day(last))


def test_chronology_and_timelinejs_of_any_century():
    events = chronology(build_timeline(ARTICLES))  # days and weeks only
    assert list(events["date"]) == [day("0800-12-25"), day("2020-02-12"), day("9999-12-31")]
    # the events span centuries, so each day says its year
    assert list(events["when"]) == ["25 Dec 800", "12 Feb 2020", "31 Dec 9999"]
    everything = chronology(build_timeline(ARTICLES), granularities=("day", "year", "decade"))
    # two events in 1639 (the citadel built, the siege's dead), one in the 1640s
    when = ["25 Dec 800", "1639", "1639", "the 1640s", "12 Feb 2020", "31 Dec 9999"]
    assert list(everything["when"]) == when
    sheet = to_timelinejs(everything)
    columns = ["Year", "Month", "Day", "End Year", "End Month", "End Day"]
    assert sheet[columns].values.tolist() == [
        ["800", "12", "25", "", "", ""],
        ["1639", "", "", "", "", ""],
        ["1639", "", "", "", "", ""],
        ["1640", "1", "1", "1649", "12", "31"],
        ["2020", "2", "12", "", "", ""],
        ["9999", "12", "31", "", "", ""],
    ]


def test_dated_counts_of_another_century():
    counts = dated_counts(ARTICLES)
    assert counts[["count", "number", "expression"]].values.tolist() == [["300 dead", 300, "1639"]]
    assert (counts["date"].iloc[0], counts["date_end"].iloc[0]) == (day("1639-01-01"), day("1639-12-31"))


def test_plot_chronology_writes_every_century():
    events = chronology(build_timeline(ARTICLES), granularities=("day", "year", "decade"))
    ax = plot_chronology(events, notes={"0800-12-25": "crowned twice?"})
    texts = [t.get_text() for t in ax.texts]
    assert all(when in texts for when in events["when"]) and "crowned twice?" in texts
    plt.close(ax.figure)


def test_plot_timeline_draws_old_dates_or_says_how_many_it_left_out():
    timeline = build_timeline(ARTICLES)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing a lesson would print to stderr
        ax = plot_timeline(timeline)  # days from 800 to 9999: all drawn
        assert "not drawn" not in ax.get_xlabel()
        assert len(ax.get_lines()) == 2 + 3  # a line per lane, a point per day
        ax.figure.canvas.draw()  # the ticks of a 9,200-year axis are drawable
        plt.close(ax.figure)
        ax = plot_timeline(timeline, since="1630-01-01", until="1660-12-31")
        # 1639 and the 1640s are bars in the window; the three days are not drawn, and said so
        assert len(ax.patches) == 2
        assert ax.get_xlabel().endswith("\nnot drawn: 3 date(s) before or after the dates shown")
        ax.figure.canvas.draw()
        plt.close(ax.figure)
    recent = ARTICLES.assign(text=["Shelling hit the wall on Tuesday.", HISTORY])
    ax = plot_timeline(build_timeline(recent))  # the default window: the days of February 2020
    assert ax.get_xlabel().endswith("\nnot drawn: 3 date(s) before or after the dates shown")
    plt.close(ax.figure)


@pytest.fixture
def corpus_with_history(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in [*SEEDS_DIR.glob("*.txt"), SEEDS_DIR / "manifest.csv"]:
        shutil.copy(path, folder / path.name)
    (folder / "zz_history.txt").write_text(
        "Idlib's citadel has seen four centuries of war\n\n12/02/2020\n\n"
        "The citadel at the centre of the fighting was built in 1639 by the Ottoman governor "
        "of Aleppo, local historians said on Wednesday.\n",
        encoding="utf-8",
    )
    return folder


def test_lesson_04_runs_on_a_corpus_mentioning_1639(corpus_with_history, tmp_path):
    papermill = pytest.importorskip("papermill")
    lesson = SEEDS_DIR.parent / "notebooks" / "04_timeline.ipynb"
    output = tmp_path / "04_timeline.ipynb"
    papermill.execute_notebook(
        str(lesson),
        str(output),
        parameters={"CORPUS": str(corpus_with_history)},
        kernel_name="python3",
        cwd=str(tmp_path),  # the TimelineJS file is written here, not next to the lesson
        progress_bar=False,
    )
    shown = []
    for cell in nbformat.read(output, as_version=4).cells:
        for out in cell.get("outputs", []):
            assert out["output_type"] != "error"
            assert not (out["output_type"] == "stream" and out["name"] == "stderr"), out["text"]
            shown.append(out.get("text", "") + out.get("data", {}).get("text/plain", ""))
    # the table of rows left out of the chronology shows the 1639 row, with its label
    assert any("zz_history" in text and "1639" in text and "The citadel" in text for text in shown)
