"""Lesson 04's publishing helpers: event labels, dated counts, the chronology, its figure,
the TimelineJS export, and the reprint-trap and scoring helpers.

Expected values are read from the seed texts by hand (which clause a date belongs to,
which count goes with which time expression), from seeds/annotations/dates.csv, from the
calendar (11 February 2020 was a Tuesday, in ISO week 7: 10-16 February) and from the
column list of Knight Lab's TimelineJS spreadsheet template.
"""

import matplotlib
import pandas as pd
import pytest

from helpers import (
    SEEDS_DIR,
    build_timeline,
    chronology,
    dated_counts,
    event_label,
    load_articles,
    plot_chronology,
    to_timelinejs,
)
from helpers.timeline import (
    anchors_that_fit,
    annotated_dates,
    dates_in,
    display_date,
    events_after_lead,
    last_phrase,
    score_dates,
    sentence_subject,
    split_story,
)

matplotlib.use("Agg")

ARTICLES = load_articles()
TEXTS = ARTICLES.set_index("article_id")["text"]
REPRINT = "001_4adf9b929fb8dcbc"
#: the anchors a reader works out: publication dates, and the inferred ones of seeds/annotations/dates.csv
ANCHORS = {
    "000_0af351e3b7521d44": "2020-02-11",
    REPRINT: "2020-02-11",
    "002_3204517b1f9100d2": "2020-02-13",
    "003_bee421a002fc0c42": "2020-02-12",
    "004_badb6536dc7ab645": "2020-02-17",
}
GLUED_PARAGRAPH = 11  # dates.csv: the glued 6 February story starts at the reprint's paragraph 11
#: the 18 columns of the TimelineJS Google Sheets template, in its order
TIMELINEJS = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
]


def stories():
    table = ARTICLES.assign(
        story=ARTICLES["article_id"],
        offset=0,
        anchor=pd.to_datetime(ARTICLES["article_id"].map(ANCHORS)),
        anchor_from="published",
    )
    table = split_story(table, REPRINT, GLUED_PARAGRAPH, "2020-02-06")
    return table.assign(article_id=table["story"])


# --- event_label --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expression, label",
    [
        # RT: the troops came "10 days later", the retaliation did not
        (
            "Ankara retaliated, firing on known Syrian Army positions, and sending additional troops into the "
            "de-escalation zone 10 days later.",
            "10 days later",
            "Ankara sending additional troops into the de-escalation zone",
        ),
        # a clause that is only the date gives way to the next one
        (
            "On February 3, a Turkish armed convoy came under artillery fire, leaving five dead as a result.",
            "February 3",
            "A Turkish armed convoy came under artillery fire",
        ),
        (
            "Earlier Wednesday, the two discussed de-escalation of the Syrian crisis by phone.",
            "Earlier Wednesday",
            "The two discussed de-escalation of the Syrian crisis…",
        ),
        # "and" before a lower-case word ends the clause; a quotation cut open is closed
        (
            "Erdogan on Wednesday threatened to strike Syrian regime forces “everywhere” if his soldiers were harmed "
            "and accused Russia of committing “massacres” in Idlib.",
            "Wednesday",
            "Erdogan threatened to strike Syrian regime forces “everywhere”",
        ),
        # "and" before a name does not: Turkey and Russia held the talks
        (
            "Turkey and Russia this week held talks in Ankara aimed at trying to dial down confrontations.",
            "this week",
            "Turkey and Russia held talks in Ankara aimed…",
        ),
        (
            "Russia hashed out a deal with Turkey in 2018 to enforce a demilitarized zone in Idlib and another deal in "
            "October last year to remove Kurdish YPG fighters.",
            "October last year",
            "Another deal to remove Kurdish YPG fighters",
        ),
        # "who" starts the clause the date belongs to
        (
            "Russia's foreign ministry said on Thursday that specialists were killed by militants who staged more than "
            "1,000 attacks in Idlib in late January, adding that Moscow would coordinate.",
            "late January",
            "Militants staged more than 1,000 attacks in Idlib",
        ),
        # a clause that only says who spoke gets the first words of what was said
        (
            "Turkey expects Russia to stop the attacks immediately, Foreign Minister Mevlut Cavusoglu said on "
            "Thursday, adding that Ankara needs to work with Moscow.",
            "Thursday",
            "Foreign Minister Mevlut Cavusoglu said: Turkey expects Russia…",
        ),
    ],
)
def test_event_label_is_the_clause_of_the_date(sentence, expression, label):
    assert event_label(sentence, expression) == label


# One test per labelling rule, on sentences written for the tests (not from the seeds).


@pytest.mark.parametrize(
    "sentence, expression, label",
    [
        # 1. a date inside a thing names the thing
        ("The minister praised the 2015 accord on fishing rights.", "2015", "The accord on fishing rights"),
        (
            "Officials cited a treaty between Oslo and Riga from 1998.",
            "1998",
            "A treaty between Oslo and Riga",
        ),
        # 3. a leaning clause ("unless", "with whom") gives way to the clause before it
        (
            "The mayor warned the council, with whom she has clashed until now, to act.",
            "now",
            "The mayor warned the council",
        ),
        (
            "On Friday, the union threatened a strike unless wages rise in May.",
            "May",
            "The union threatened a strike",
        ),
        # 3. "including ..." is labelled with the thing it is part of
        (
            "Prices have risen despite several rate cuts, including one in March, officials said.",
            "March",
            "Several rate cuts",
        ),
        # 4. lead-in words go: "after ...", "referring to ..."
        ("The port reopened after the storm passed on Monday.", "Monday", "The storm passed"),
        # 5. what was said, not who said it, when the date is inside the reported words
        (
            "The ministry says 300 homes have been flooded in recent days.",
            "recent days",
            "300 homes have been flooded",
        ),
        (
            "The ministry said on Monday that 300 homes were flooded.",
            "Monday",
            "The ministry said that 300 homes were flooded",
        ),
        # 6. a clause without a subject borrows the sentence's subject, or the one "who" refers to
        (
            "Norway, a founding member of the pact, signed a new deal with Iceland in 2019.",
            "2019",
            "Norway signed a new deal with Iceland",
        ),
        (
            "The flood has displaced farmers who lost their herds in April.",
            "April",
            "Farmers lost their herds",
        ),
        (
            "The storm, the worst in decades, has weakened in recent hours.",
            "recent hours",
            "The storm has weakened",
        ),
        # 8. a preposition that changes the meaning stays as a prefix
        (
            "Rebels must leave the town by the end of the month, the general said.",
            "the end of the month",
            "Deadline: Rebels must leave the town",
        ),
        (
            "The bridge opened for the first time since 2009 after repairs.",
            "2009",
            "Last time before: The bridge opened",
        ),
        (
            "Some 4,000 people have fled since early May.",
            "early May",
            "Since then: Some 4,000 people have fled",
        ),
        # "from now on" is one phrase; a quotation the date sat in is tidied
        (
            "She said the team would play “from now on without fear”.",
            "now",
            "The team would play “without fear”",
        ),
    ],
)
def test_each_labelling_rule(sentence, expression, label):
    assert event_label(sentence, expression) == label


def test_subject_and_noun_phrase_finders():
    assert sentence_subject("Oslo, the capital, signed a deal.") == "Oslo"
    assert sentence_subject("The river in Oslo has flooded twice.") == "The river"
    assert last_phrase("the court was attacked by two gunmen") == "two gunmen"
    assert last_phrase("the court was attacked by armed men") == "armed men"
    assert sentence_subject("") == "" and last_phrase("") == ""


@pytest.mark.parametrize(
    "text, phrase",
    [
        # after an article, a preposition, a possessive or a number, "-ed"/"-ing" describes a noun
        ("police questioned the wounded soldiers", "wounded soldiers"),
        ("aid reached several fleeing families", "several fleeing families"),
        ("the town was shelled by two armed groups", "two armed groups"),
        # anywhere else it is a verb, and the phrase stops before it
        ("Syrian forces shelled Turkish posts", "Turkish posts"),
        ("the men were armed", ""),
    ],
)
def test_an_ed_word_before_its_noun_is_an_adjective(text, phrase):
    assert last_phrase(text) == phrase


@pytest.mark.parametrize(
    "sentence, expression, label",
    [
        (
            "The convoy was ambushed by armed men who opened fire on Monday.",
            "Monday",
            "Armed men opened fire",
        ),
        (
            "The armed men, who wore uniforms, attacked the convoy on Monday.",
            "Monday",
            "The armed men attacked the convoy",
        ),
        (
            "The wounded soldiers, flown to Ankara, were treated on Tuesday.",
            "Tuesday",
            "The wounded soldiers were treated",
        ),
        (
            "Aid reached several fleeing families, including some in March.",
            "March",
            "Several fleeing families",
        ),
        # rule 1 still sees a thing: "armed" describes the groups
        (
            "Officials cited an agreement between armed groups from 2018.",
            "2018",
            "An agreement between armed groups",
        ),
    ],
)
def test_labels_keep_adjectives_in_ed(sentence, expression, label):
    assert event_label(sentence, expression) == label


def test_labels_are_at_most_eight_words():
    for label in build_timeline(ARTICLES)["label"]:
        assert len(label.replace(":", " ").split()) <= 8, label


#: Every seed row of build_timeline(load_articles()), its expression and the label a reader
#: writes after reading the sentence (seeds/*.txt): the event the date refers to, cut at 8 words.
SEED_LABELS = [
    ("000", "2012", "Last time before: Syrian government forces took control…"),
    ("001", "2012", "Last time before: Syrian government forces took control…"),
    ("001", "2012", "Last time before: Syrian government forces seized control…"),
    ("000", "2018", "Russia hashed out a deal with Turkey…"),
    ("001", "2018", "Russia hashed out a deal with Turkey…"),
    ("002", "2018", "Russia hashed out a deal with Turkey…"),
    ("003", "2018", "An agreement between Ankara and Moscow"),
    ("003", "2018", "The deal between Russia and Turkey"),
    ("003", "2018", "Russia and Turkey agreed a memorandum to enforce…"),
    ("000", "October last year", "Another deal to remove Kurdish YPG fighters…"),
    ("000", "last week", "Russia said that some of its troops…"),
    ("004", "February 3", "A Turkish armed convoy came under artillery fire"),
    ("000", "this week", "Turkey and Russia held talks in Ankara aimed…"),
    ("004", "last week", "Erdogan and Russia's President Vladimir Putin also discussed…"),
    ("000", "Tuesday", "The Kremlin said that all attacks on Russian…"),
    ("002", "Wednesday", "Russia accused Turkey of flouting agreements…"),
    ("004", "10 days later", "Ankara sending additional troops into the de-escalation zone"),
    ("004", "February 17", "Kremlin spokesperson Dmitry Peskov said in a briefing"),
    ("000", "At the moment", "We consider the most important thing…"),
    ("000", "currently", "There were no plans for President Vladimir Putin…"),
    ("001", "Tuesday", "The Kremlin said that all attacks on Russian…"),
    ("001", "this week", "Turkey and Russia held talks in Ankara aimed…"),
    ("001", "October last year", "Another deal to remove Kurdish YPG fighters…"),
    ("001", "At the moment", "We consider the most important thing…"),
    ("001", "last week", "Russia said that some of its troops…"),
    ("001", "currently", "There were no plans for President Vladimir Putin…"),
    ("001", "Feb. 11", "The Kremlin said that all attacks on Russian…"),
    ("001", "Thursday", "Foreign Minister Mevlut Cavusoglu said: Turkey expects Russia…"),
    ("001", "Monday", "Shelling by Syrian forces killed eight Turkish personnel"),
    ("001", "Wednesday", "Turkish President Tayyip Erdogan threatened to drive back…"),
    ("001", "the end of month", "Deadline: Turkish President Tayyip Erdogan threatened to drive…"),
    ("001", "now", "We are discussing these issues with Russia"),
    ("001", "recent months", "The violence has accelerated despite several ceasefire efforts"),
    ("001", "January", "Several ceasefire efforts"),
    ("001", "early December", "Since then: 520,000 people have been displaced"),
    ("001", "Thursday", "Russia’s foreign ministry said that Russian and Turkish…"),
    ("001", "late January", "Militants staged more than 1,000 attacks in Idlib"),
    ("001", "earlier this week", "Erdogan and Putin agreed to improve coordination…"),
    ("003", "Wednesday", "The Kremlin accused Turkey of failing to “neutralise”…"),
    ("003", "Earlier Wednesday", "The two discussed de-escalation of the Syrian crisis…"),
    ("003", "Wednesday", "Erdogan threatened to strike Syrian regime forces “everywhere”"),
    ("003", "now", "Turkey would act “regardless of the Sochi deal”"),
    ("003", "December", "Syria’s Russia-backed government forces launched an all-out assault…"),
    ("004", "recent weeks", "Tensions in the Idlib de-escalation zone…"),
]


def test_every_seed_label_names_the_event_of_its_date():
    timeline = build_timeline(ARTICLES)
    got = sorted(zip(timeline["article_id"].str[:3], timeline["expression"], timeline["label"]))
    assert got == sorted(SEED_LABELS)


def test_event_label_cuts_long_clauses_and_handles_odd_input():
    label = event_label(
        "Erdogan and Putin agreed to improve coordination of their countries' actions "
        "during a phone call earlier this week.",
        "earlier this week",
    )
    assert label == "Erdogan and Putin agreed to improve coordination…"  # never ends on "of their"
    assert event_label("", "Monday") == ""
    assert event_label("Nothing is dated here.", "Monday") == "Nothing is dated here"
    with pytest.raises(TypeError):
        event_label(None, "Monday")


def test_timeline_labels_rt_troop_surge_not_the_retaliation():
    timeline = build_timeline(stories(), anchor="anchor")
    surge = timeline[timeline["expression"] == "10 days later"].iloc[0]
    assert surge["date"] == pd.Timestamp("2020-02-13")
    assert not surge["label"].startswith("Ankara retaliated")
    assert set(timeline.loc[timeline["article_id"] == "003_bee421a002fc0c42", "source"]) == {"AFP"}


# --- dated_counts ---------------------------------------------------------------------------


def test_each_count_goes_with_its_own_time_expression():
    counts = dated_counts(stories(), anchor="anchor").set_index("article_id")
    reuters = counts.loc["000_0af351e3b7521d44"]
    assert (reuters["number"], reuters["expression"], reuters["value"]) == (13, "the past week", "P1W")
    assert reuters["granularity"] == "duration" and pd.isna(reuters["date"])
    rt = counts.loc["004_badb6536dc7ab645"]
    assert (rt["number"], rt["date"]) == (5, pd.Timestamp("2020-02-03"))
    glued = counts.loc[f"{REPRINT} (b)"]
    assert (glued["number"], glued["expression"], glued["date"]) == (8, "Monday", pd.Timestamp("2020-02-03"))
    assert counts.loc["002_3204517b1f9100d2", "value"] == "P10D"


def test_dated_counts_rejects_what_is_not_a_table():
    with pytest.raises(TypeError):
        dated_counts("text")


# --- chronology, its figure, the export ---------------------------------------------------------


@pytest.mark.parametrize(
    "first, last, granularity, shown",
    [
        ("2020-02-11", "2020-02-11", "day", "11 Feb"),
        ("2020-02-10", "2020-02-16", "week", "week of 10 Feb"),
        ("2020-02-01", "2020-02-29", "month", "Feb 2020"),
        ("2018-01-01", "2018-12-31", "year", "2018"),
        (None, None, "vague", "undated"),
    ],
)
def test_display_date_says_its_granularity(first, last, granularity, shown):
    assert (
        display_date(
            pd.Timestamp(first) if first else None, pd.Timestamp(last) if last else None, granularity
        )
        == shown
    )


def test_chronology_merges_copies_and_keeps_sources():
    events = chronology(build_timeline(stories(), anchor="anchor"))
    assert events["date"].is_monotonic_increasing
    kremlin = events[events["when"] == "11 Feb"]
    assert len(kremlin) == 1  # 000 and its word-for-word reprint are one event
    assert kremlin["outlets"].iloc[0] == "The Moscow Times, Unnamed reprint site"
    assert kremlin["sources"].iloc[0] == "Reuters"
    talks = events[events["event"].str.startswith("Turkey and Russia held talks")]
    assert talks["when"].tolist() == ["week of 10 Feb"]
    assert set(events["granularity"]) <= {"day", "week"}


def test_chronology_and_export_of_nothing():
    empty = chronology(build_timeline(ARTICLES.iloc[:0]))
    sheet = to_timelinejs(empty)
    assert empty.empty and sheet.empty and list(sheet.columns) == TIMELINEJS
    with pytest.raises(TypeError):
        to_timelinejs([1])


def test_timelinejs_keeps_the_precision_of_each_date():
    events = pd.DataFrame(
        {
            "date": pd.to_datetime(["2020-02-11", "2020-02-10", "2019-12-01"]),
            "date_end": pd.to_datetime(["2020-02-11", "2020-02-16", "2019-12-31"]),
            "granularity": ["day", "week", "month"],
            "when": ["11 Feb", "week of 10 Feb", "Dec 2019"],
            "event": ["Kremlin speaks", "Talks in Ankara", "Assault on Idlib"],
            "outlets": ["A", "A, B", "B"],
            "sources": ["Reuters", "AFP, Reuters", "AFP"],
            "expressions": ["Tuesday", "this week", "December"],
            "sentence": ["The Kremlin said on Tuesday.", "Talks this week.", "An assault in December."],
        }
    )
    sheet = to_timelinejs(events, title="Idlib")
    assert list(sheet.columns) == TIMELINEJS
    assert sheet.iloc[0][["Headline", "Type", "Year"]].tolist() == ["Idlib", "title", ""]
    day, week, month = (sheet.iloc[i] for i in (1, 2, 3))
    assert day[["Year", "Month", "Day", "End Day"]].tolist() == ["2020", "2", "11", ""]
    assert week[["Day", "End Year", "End Month", "End Day"]].tolist() == ["10", "2020", "2", "16"]
    assert month[["Year", "Month", "Day"]].tolist() == ["2019", "12", ""]
    assert week["Group"] == "AFP, Reuters" and week["Display Date"] == "week of 10 Feb"
    assert "Talks this week." in week["Text"]


def test_plot_chronology_draws_one_line_per_event_and_marks_notes():
    events = chronology(build_timeline(stories(), anchor="anchor"))
    ax = plot_chronology(events, notes={"2020-02-03": "five or eight dead?"})
    texts = [t.get_text() for t in ax.texts]
    assert all(label in texts for label in events["event"])
    on_the_day = ((events["date"] == "2020-02-03") & (events["granularity"] == "day")).sum()
    assert texts.count("five or eight dead?") == on_the_day == texts.count("!")
    assert ax.get_title(loc="left") and ax.get_xlabel() and ax.get_ylabel()
    assert ax.figure.get_size_inches()[0] == 7  # 700 pixels at 100 dpi
    matplotlib.pyplot.close(ax.figure)


# --- the reprint trap, and scoring ------------------------------------------------------------


def test_the_reprint_has_an_event_after_its_lead():
    flags = events_after_lead(TEXTS[REPRINT], "2020-02-11")
    assert len(flags) == 1
    row = flags.iloc[0]
    # Thursday before 11 February is 6 February; Monday before 11 February is 10 February
    assert (row["lead"], row["lead_date"], row["event"], row["event_date"]) == (
        "Thursday",
        "2020-02-06",
        "Monday",
        "2020-02-10",
    )
    assert (row["days_after"], row["paragraph"]) == (4, GLUED_PARAGRAPH)
    assert events_after_lead(TEXTS["000_0af351e3b7521d44"], "2020-02-11").empty
    assert list(events_after_lead("").columns) == list(flags.columns)


def test_anchors_that_fit_the_glued_story_are_thursdays():
    tail = "\n\n".join(TEXTS[REPRINT].split("\n\n")[GLUED_PARAGRAPH:])
    assert anchors_that_fit(tail, "2020-02-11") == [pd.Timestamp("2020-02-06"), pd.Timestamp("2020-01-30")]
    assert anchors_that_fit(tail, None) == []


def test_split_story_offsets_point_into_the_article():
    table = stories()
    assert table["story"].tolist().count(f"{REPRINT} (b)") == 1
    for _, row in table.iterrows():
        whole = TEXTS[row["article_id"].split(" ")[0]]
        assert whole[row["offset"] : row["offset"] + len(row["text"])] == row["text"]
    glued = table.set_index("story").loc[f"{REPRINT} (b)"]
    assert (glued["anchor"], glued["anchor_from"]) == (pd.Timestamp("2020-02-06"), "inferred")


def test_scores_against_the_annotations():
    gold = annotated_dates(TEXTS)
    csv = pd.read_csv(SEEDS_DIR / "annotations" / "dates.csv", keep_default_na=False)
    assert len(gold) == len(csv)
    for _, row in gold.iterrows():
        assert TEXTS[row["article_id"]][row["start"] : row["end"]] == row["text"]
    split = stories().assign(article_id=lambda t: t["story"].str.split(" ").str[0])
    perfect = score_dates(dates_in(split), gold)
    assert (perfect["same span"], perfect["right values"]) == (len(csv), len(csv))
    # with publication dates only, just the values that need no inferred anchor come right
    # (no anchor, the publication date, or a date the text gives before them)
    published = ARTICLES.assign(anchor=ARTICLES["published"])
    needs_no_inference = int(csv["anchor_from"].isin(["none", "published", "previous date"]).sum())
    assert score_dates(dates_in(published), gold)["right values"] == needs_no_inference
    spans_only = score_dates(pd.DataFrame({"article_id": [], "start": [], "end": []}), gold)
    assert spans_only["found"] == 0 and spans_only["right values"] is None
