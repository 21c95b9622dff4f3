"""find_dates, build_timeline and plot_timeline.

Expected values come from the hand annotations (seeds/annotations/dates.csv) and from
calendar facts worked out by hand (11 February 2020 was a Tuesday, in ISO week 7).
"""

import datetime as dt

import matplotlib
import matplotlib.dates as mdates
import numpy as np
import pandas as pd
import pytest

from helpers import SEEDS_DIR, build_timeline, clean_text, find_dates, plot_timeline
from helpers.dates import EXAMPLE_ANCHOR, RULES, shift, trigger_words, value_interval, weekday_near

matplotlib.use("Agg")

# the public contract (DESIGN.md), typed here rather than imported from the code under test
DATE_COLUMNS = ["text", "start", "end", "type", "value"]
TIMELINE_COLUMNS = [
    "article_id",
    "outlet",
    "source",
    "paragraph",
    "sentence",
    "expression",
    "label",
    "type",
    "value",
    "date",
    "date_end",
    "granularity",
    "vague",
    "anchor",
]

GOLD = pd.read_csv(SEEDS_DIR / "annotations" / "dates.csv", keep_default_na=False, dtype=str)
TEXTS = {
    aid: clean_text((SEEDS_DIR / f"{aid}.txt").read_text(encoding="utf-8"))
    for aid in GOLD["article_id"].unique()
}
PUBLISHED = {
    "000_0af351e3b7521d44": "2020-02-11",
    "002_3204517b1f9100d2": "2020-02-13",
    "004_badb6536dc7ab645": "2020-02-17",
}  # the date lines of the files, read by hand


def gold_span(row):
    """Offsets of an annotated expression in the clean text (paragraphs split on blank lines)."""
    text = TEXTS[row["article_id"]]
    paragraph = [p for p in text.split("\n\n") if p.strip()][int(row["paragraph"])]
    assert paragraph.count(row["text"]) == 1, row["text"]
    start = text.index(paragraph) + paragraph.index(row["text"])
    return start, start + len(row["text"])


def test_annotations_are_well_formed():
    assert len(GOLD) >= 40
    assert set(GOLD["type"]) <= {"DATE", "DURATION", "TIME", "SET"}
    assert set(GOLD["anchor_from"]) <= {"none", "published", "inferred", "previous date"}
    assert (GOLD["anchor"].eq("") == GOLD["anchor_from"].eq("none")).all()
    for _, row in GOLD.iterrows():
        gold_span(row)


@pytest.mark.parametrize(
    "i", range(len(GOLD)), ids=[f"{r.article_id[:3]}-{r.text}" for r in GOLD.itertuples()]
)
def test_every_annotated_expression_resolves_given_the_right_anchor(i):
    row = GOLD.iloc[i]
    start, end = gold_span(row)
    if row["anchor_from"] == "none":
        anchor = None  # explicit dates, durations and vague references need no anchor
    elif row["anchor_from"] == "previous date":
        anchor = PUBLISHED[row["article_id"]]  # the helper finds the earlier date in the text itself
    else:
        anchor = row["anchor"]
    found = find_dates(TEXTS[row["article_id"]], anchor)
    hit = found[(found["start"] == start) & (found["end"] == end)]
    assert len(hit) == 1, f"{row['text']!r} not found with that exact span: {found.to_dict('records')}"
    assert hit.iloc[0]["type"] == row["type"]
    assert hit.iloc[0]["value"] == row["value"]


@pytest.mark.parametrize("aid", sorted(TEXTS))
def test_nothing_found_beyond_the_annotations(aid):
    found = find_dates(TEXTS[aid], "2020-02-11")
    gold = {gold_span(row) for _, row in GOLD[GOLD["article_id"] == aid].iterrows()}
    assert set(zip(found["start"], found["end"])) == gold


def test_the_reprint_trap_read_against_the_wrong_anchor():
    text = TEXTS["001_4adf9b929fb8dcbc"]
    start = text.index("killed eight Turkish personnel on Monday") + len("killed eight Turkish personnel on ")
    wrong = find_dates(text, "2020-02-11").set_index("start").loc[start, "value"]
    right = find_dates(text, "2020-02-06").set_index("start").loc[start, "value"]
    assert (wrong, right) == ("2020-02-10", "2020-02-03")


# --- the rules, one by one (values worked out by hand) -------------------------------

TUESDAY = "2020-02-11"  # a Tuesday, in ISO week 2020-W07 (10-16 February)


@pytest.mark.parametrize(
    "text, value",
    [
        ("He said on Tuesday.", "2020-02-11"),  # the anchor day itself
        ("He said on Monday.", "2020-02-10"),
        ("He said on Wednesday.", "2020-02-05"),  # past tense: the Wednesday before
        ("They will meet on Friday.", "2020-02-14"),  # future: the coming Friday
        ("He said last Tuesday.", "2020-02-04"),
        ("It happened yesterday.", "2020-02-10"),
        ("It happens today.", "2020-02-11"),
        ("It happens tomorrow.", "2020-02-12"),
        ("Talks were held this week.", "2020-W07"),
        ("Talks were held last week.", "2020-W06"),
        ("Talks will be held next week.", "2020-W08"),
        ("It fell last month.", "2020-01"),
        ("It rose last year.", "2019"),
        ("It will rise next year.", "2021"),
        ("A deal in October last year.", "2019-10"),
        ("Displaced since early December.", "2019-12"),  # a December before February
        ("Attacks in late January.", "2020-01"),
        ("It began in January.", "2020-01"),
        ("The Kremlin said on Feb. 11 that it would.", "2020-02-11"),
        ("Published February 11, 2020.", "2020-02-11"),
        ("Dated 17/02/2020.", "2020-02-17"),  # day first: 17 is no month
        ("A deal in 2018.", "2018"),
        ("In the 1990s.", "199"),
        ("Profit in the third quarter rose.", "2020-Q3"),
        ("Over the weekend, talks failed.", "2020-W06-WE"),  # 8-9 February
        ("It was recently agreed.", "PAST_REF"),
        ("It is now clear.", "PRESENT_REF"),
        ("In the near future, it may.", "FUTURE_REF"),
        ("On 3 February 2020 a convoy was hit.", "2020-02-03"),
        # "U.S." does not end the sentence: "warned" is its verb, so the Wednesday before
        ("Exiles warned U.S. officials Wednesday that they should act.", "2020-02-05"),
    ],
)
def test_dates(text, value):
    found = find_dates(text, TUESDAY)
    assert found["value"].tolist() == [value], found.to_dict("records")
    assert found["type"].tolist() == ["DATE"]


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("Killed in the past week.", "DURATION", "P1W"),
        ("Killed in the last 10 days.", "DURATION", "P10D"),
        ("A nine-year war.", "DURATION", "P9Y"),
        ("For 24 hours.", "DURATION", "PT24H"),
        ("Prices are set daily.", "SET", "P1D"),
        ("Orangemen march each July.", "SET", "XXXX-07"),
        ("Flights leave on Tuesday nights.", "SET", "XXXX-WXX-2TNI"),
    ],
)
def test_durations_and_sets(text, kind, value):
    found = find_dates(text, TUESDAY)
    assert list(zip(found["type"], found["value"])) == [(kind, value)]


def test_succeed_is_no_past_form():
    # written in late October: "will" makes Feb. 1 the next one (a past verb would make it
    # the February before); "P." does not end the sentence
    found = find_dates("Daniel P. Davison will succeed him Feb. 1, as planned.", "2020-10-26")
    assert found["value"].tolist() == ["2021-02-01"]


def test_a_plan_in_the_past_perfect_is_past():
    # "had been due to": the plan was for the Friday before Tuesday 11 February (the 7th);
    # "is due to": the coming Friday (the 14th)
    found = find_dates("The offer had been due to expire Friday evening.", TUESDAY)
    assert list(zip(found["type"], found["value"])) == [("TIME", "2020-02-07TEV")]
    found = find_dates("The offer is due to expire Friday evening.", TUESDAY)
    assert list(zip(found["type"], found["value"])) == [("TIME", "2020-02-14TEV")]


def test_a_possessive_weekday_is_the_last_one():
    # Tuesday 11 February: "Monday's ruling" is the 10th despite "would"; "ahead of"
    # leaves it to the tense ("will": the coming Sunday, the 16th)
    found = find_dates("They would fight Monday's ruling.", TUESDAY)
    assert found["value"].tolist() == ["2020-02-10"]
    found = find_dates("They will campaign ahead of Sunday's vote.", TUESDAY)
    assert found["value"].tolist() == ["2020-02-16"]


def test_a_plural_part_of_day_shared_by_two_weekdays():
    found = find_dates("Two flights leave on Monday and Tuesday nights.", TUESDAY)
    assert list(zip(found["text"], found["type"], found["value"])) == [
        ("Monday", "SET", "XXXX-WXX-1TNI"),
        ("Tuesday nights", "SET", "XXXX-WXX-2TNI"),
    ]


def test_a_daily_newspaper_is_no_date():
    assert find_dates("The Communist Party daily Granma said so.", TUESDAY).empty


def test_relative_to_the_previous_date():
    text = "On February 3, a convoy was hit. Troops were sent 10 days later. The next day, talks began."
    assert find_dates(text, "2020-02-17")["value"].tolist() == ["2020-02-03", "2020-02-13", "2020-02-14"]


def test_a_weekday_with_a_day_no_year_has():
    # 29 February 2021 does not exist; 29 February 2020 was a Saturday
    assert find_dates("It ended on Saturday, Feb. 29.", "2021-01-10")["value"].tolist() == ["2020-02-29"]
    # 31 January 2020 was a Friday
    assert find_dates("It ended on Friday, Jan. 31.", "2020-02-11")["value"].tolist() == ["2020-01-31"]


def test_counting_by_months_and_years_from_a_late_day():
    text = "On January 31, 2020, talks began. A month later, they failed. A year later, nothing had changed."
    found = find_dates(text, "2021-06-01")
    assert found["value"].tolist() == ["2020-01-31", "2020-02", "2021"]


def test_iso_weeks_across_new_year():
    # 1 January 2021 was a Friday, in ISO week 53 of 2020; 4 January 2021 opened week 1.
    assert find_dates("It was agreed this week.", "2021-01-01")["value"].tolist() == ["2020-W53"]
    assert find_dates("It was agreed last week.", "2021-01-04")["value"].tolist() == ["2020-W53"]


def test_offsets_match_the_text():
    for text in TEXTS.values():
        found = find_dates(text, TUESDAY)
        assert all(text[s:e] == t for s, e, t in zip(found["start"], found["end"], found["text"]))


# --- anchors of every kind, and none ------------------------------------------------


@pytest.mark.parametrize(
    "anchor",
    [
        "2020-02-11",
        dt.date(2020, 2, 11),
        dt.datetime(2020, 2, 11, 15, 30),
        pd.Timestamp("2020-02-11"),
        np.datetime64("2020-02-11"),
    ],
)
def test_anchor_types(anchor):
    assert find_dates("He said on Monday.", anchor)["value"].tolist() == ["2020-02-10"]


@pytest.mark.parametrize("anchor", [None, pd.NaT, float("nan")])
def test_without_an_anchor_relative_dates_stay_unresolved(anchor):
    found = find_dates("On Tuesday, last week, in October and on Feb. 11, 2020, as in 2018.", anchor)
    assert found["value"].tolist() == ["XXXX-WXX-2", "XXXX-WXX", "XXXX-10", "2020-02-11", "2018"]


def test_bad_input():
    with pytest.raises(TypeError, match="text must be a str"):
        find_dates(b"bytes", TUESDAY)
    with pytest.raises(TypeError, match="anchor must be a date"):
        find_dates("On Tuesday.", 20200211)
    with pytest.raises(ValueError, match="'11/02/2020' is not a date"):
        find_dates("On Tuesday.", "11/02/2020")
    with pytest.raises(TypeError, match="articles must be a pandas DataFrame"):
        build_timeline(["text"])
    with pytest.raises(ValueError, match="needs the column"):
        build_timeline(pd.DataFrame({"text": ["On Tuesday."]}))
    with pytest.raises(TypeError, match="timeline must be a DataFrame"):
        plot_timeline([1, 2])


def test_empty_input():
    empty = find_dates("", TUESDAY)
    assert empty.empty and list(empty.columns) == DATE_COLUMNS
    full = find_dates("He said on Monday.", TUESDAY)
    assert empty.dtypes.to_dict() == full.dtypes.to_dict()
    assert full.dtypes.to_dict() == {
        "text": object,
        "start": np.int64,
        "end": np.int64,
        "type": object,
        "value": object,
    }
    assert find_dates("No dates in this text at all.", None).empty
    timeline = build_timeline(pd.DataFrame({"article_id": [], "text": [], "published": []}))
    assert timeline.empty and list(timeline.columns) == TIMELINE_COLUMNS


def test_calendar_helpers():
    assert weekday_near(dt.date(2020, 2, 11), 2, -1) == dt.date(2020, 2, 11)
    assert weekday_near(dt.date(2020, 2, 11), 2, -2) == dt.date(2020, 2, 4)
    assert weekday_near(dt.date(2020, 2, 11), 5, 1) == dt.date(2020, 2, 14)
    assert shift("2020-02-03", 10, "D") == "2020-02-13"
    assert shift("2020-W01", -1, "W") == "2019-W52"
    # months and years keep the day of the month, or take the month's last day
    assert shift("2020-01-31", 2, "M") == "2020-03-31"
    assert shift("2020-01-31", 1, "M") == "2020-02-29"  # 2020 is a leap year
    assert shift("2019-01-31", 1, "M") == "2019-02-28"
    assert shift("2020-03-31", -1, "M") == "2020-02-29"
    assert shift("2020-02-29", 1, "Y") == "2021-02-28"
    assert shift("2020-02-29", 4, "Y") == "2024-02-29"
    assert shift("2020-12-15", 1, "M") == "2021-01-15"
    assert shift("2019-12", 2, "M") == "2020-02"
    assert shift("PAST_REF", 1, "D") is None
    assert value_interval("2020-W07") == (dt.date(2020, 2, 10), dt.date(2020, 2, 16), "week")
    assert value_interval("2020-02") == (dt.date(2020, 2, 1), dt.date(2020, 2, 29), "month")
    assert value_interval("2019-Q4") == (dt.date(2019, 10, 1), dt.date(2019, 12, 31), "quarter")
    assert value_interval("PAST_REF") == (None, None, "vague")
    # a time of day moves with its day; nothing leaves the years 1-9999
    assert shift("2020-02-11TNI", -1, "D") == "2020-02-10TNI"
    assert shift("2020-W07-WE", 1, "W") == "2020-W08-WE"
    assert shift("9999", 1, "Y") is None and shift("0001-01-01", -1, "D") is None
    assert value_interval("2020-02-30") == (None, None, "vague")  # no such day


# --- every rule's own examples (anchor: Tuesday 11 February 2020) ----------------------

EXAMPLES = [(r, e) for r in RULES for e in r.examples]


def test_every_rule_has_examples_and_a_name_of_its_own():
    assert [r.name for r in RULES if not r.examples] == []
    assert len({r.name for r in RULES}) == len(RULES)


@pytest.mark.parametrize("rule, example", EXAMPLES, ids=[f"{r.name}: {e.text}" for r, e in EXAMPLES])
def test_rule_example(rule, example):
    assert EXAMPLE_ANCHOR == TUESDAY
    found = find_dates(example.sentence, EXAMPLE_ANCHOR)
    row = found[found["text"] == example.text]
    assert (row["type"].tolist(), row["value"].tolist()) == ([example.type], [example.value]), found
    start = example.sentence.index(example.text)
    # the rule itself finds it (not another rule), and the trigger looks near its words
    assert (start, start + len(example.text)) in [m.span() for m in rule.pattern.finditer(example.sentence)]
    assert rule.needs & trigger_words(example.text).keys(), (
        "the expression holds none of the words the rule needs"
    )


# --- any century, any length, any anchor ----------------------------------------------


def test_years_of_any_century():
    found = find_dates("A fort built in 1639, the wars of the 1640s, and the year 1066.", TUESDAY)
    assert found["value"].tolist() == ["1639", "164", "1066"]
    assert find_dates("He sent 1200 troops.", TUESDAY).empty  # a number, not a year
    assert value_interval("1639") == (dt.date(1639, 1, 1), dt.date(1639, 12, 31), "year")
    assert value_interval("164") == (dt.date(1640, 1, 1), dt.date(1649, 12, 31), "decade")
    assert find_dates("He said on Monday.", np.datetime64("1639-03-03"))["value"].tolist() == ["1639-02-28"]


@pytest.mark.parametrize("anchor", [np.datetime64("NaT"), np.datetime64("NaT", "ns"), pd.Timestamp("NaT")])
def test_an_undated_article_has_no_anchor(anchor):
    assert find_dates("He said on Monday.", anchor)["value"].tolist() == ["XXXX-WXX-1"]


def test_long_texts():
    # every sentence found once, however long the text (a search that backtracks would never end)
    found = find_dates("Talks were held on Monday, Feb. 10. " * 20_000, TUESDAY)
    assert len(found) == 20_000 and set(found["value"]) == {"2020-02-10"}
    for text in [
        "1" * 500_000,
        "May " * 100_000,
        "x" * 300_000 + " in 2018 " + "y" * 300_000,
        "a " * 300_000,
    ]:
        assert find_dates(text, TUESDAY)["value"].tolist() == (["2018"] if "2018" in text else [])


# --- build_timeline and plot_timeline ----------------------------------------------


def seed_table():
    return pd.DataFrame(
        {
            "article_id": list(TEXTS),
            "outlet": [f"outlet {a[:3]}" for a in TEXTS],
            "text": list(TEXTS.values()),
            "published": [PUBLISHED.get(a) for a in TEXTS],
        }
    )


def test_build_timeline_uses_each_articles_anchor():
    anchors = {**PUBLISHED, "001_4adf9b929fb8dcbc": "2020-02-06", "003_bee421a002fc0c42": "2020-02-12"}
    timeline = build_timeline(seed_table(), anchor=anchors)
    dated = GOLD[GOLD["type"] == "DATE"]
    assert len(timeline) == len(dated)
    # the second, older story of the reprint is dated right with its own anchor
    reprint = timeline[timeline["article_id"] == "001_4adf9b929fb8dcbc"].set_index("paragraph")
    assert reprint.loc[12, "value"] == "2020-02-03"
    assert (
        reprint.loc[12, "sentence"]
        == "Shelling by Syrian forces killed eight Turkish personnel on Monday, prompting a retaliation."
    )
    assert reprint.loc[12, "date"] == pd.Timestamp("2020-02-03") and reprint.loc[12, "granularity"] == "day"
    week = timeline[timeline["value"] == "2020-W07"].iloc[0]
    assert (week["date"], week["date_end"]) == (pd.Timestamp("2020-02-10"), pd.Timestamp("2020-02-16"))
    assert timeline["date"].dropna().is_monotonic_increasing
    rough = timeline[timeline["expression"] == "early December"].iloc[0]
    assert rough["vague"] and rough["granularity"] == "month"


def test_build_timeline_without_dates_keeps_explicit_ones():
    timeline = build_timeline(seed_table().assign(published=None))
    explicit = timeline.dropna(subset=["date"])
    assert set(explicit["value"]) == {"2012", "2018"}  # the seeds write every day without its year
    assert timeline.loc[timeline["expression"] == "Tuesday", "value"].eq("XXXX-WXX-2").all()
    assert timeline.loc[timeline["expression"] == "February 3", "value"].tolist() == ["XXXX-02-03"]


def test_plot_timeline_draws_one_lane_per_outlet():
    import matplotlib.pyplot as plt

    timeline = build_timeline(seed_table(), anchor={**PUBLISHED, "001_4adf9b929fb8dcbc": "2020-02-11"})
    ax = plot_timeline(timeline, since="2020-01-25", until="2020-02-18")
    assert [t.get_text() for t in ax.get_yticklabels()] == sorted(timeline["outlet"].unique())
    assert ax.get_title() and "date" in ax.get_xlabel() and ax.get_ylabel() == "outlet"
    assert len(ax.patches) > 0  # bars for weeks and months
    # one point per day and lane in the window (the grey lane lines have no marker)
    points = [line for line in ax.lines if line.get_marker() == "o"]
    days = timeline[(timeline["granularity"] == "day") & timeline["date"].between("2020-01-25", "2020-02-18")]
    assert len(points) == len(days.drop_duplicates(["outlet", "date"])) > 0
    plt.close(ax.figure)


def test_plot_timeline_with_one_limit_and_no_short_events():
    import matplotlib.pyplot as plt

    years = build_timeline(
        pd.DataFrame(
            {
                "article_id": ["a"],
                "outlet": ["RT"],
                "published": ["2020-02-11"],
                "text": ["A deal in 2018 and another in 2012."],
            }
        )
    )
    assert years["granularity"].tolist() == ["year", "year"]
    ax = plot_timeline(years, since="2017-01-01")
    low, high = ax.get_xlim()
    assert mdates.num2date(low).date() == dt.date(2017, 1, 1)
    assert mdates.num2date(high).date() > dt.date(2018, 12, 31)
    plt.close(ax.figure)
    ax = plot_timeline(years, until="2013-01-01")
    assert mdates.num2date(ax.get_xlim()[0]).date() < dt.date(2012, 1, 1)
    plt.close(ax.figure)
    ax = plot_timeline(years.iloc[:0], since="2020-02-01")  # nothing at all to draw
    assert not [line for line in ax.lines if line.get_marker() == "o"]
    plt.close(ax.figure)
