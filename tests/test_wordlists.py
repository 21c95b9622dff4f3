"""A story's own word lists (issue 14), checked lists (issue 19 §6), the units compared.

Expected values are written by hand: the line numbers count the lines of the files written
here, the verb forms are the ones a US political story uses, the units follow the rule
stated in helpers.framing.comparison_units.
"""

import pandas as pd
import pytest

from helpers import load_articles
from helpers.framing import (
    CANDIDATE_COLUMNS,
    comparison_units,
    describe_units,
    find_terms,
    headlines,
    label_candidates,
    label_terms,
    quote_shares,
    reporting_verbs,
    side_names,
    term_rates,
)
from helpers.wordlists import WordListError, word_list

STORY = (
    'Senator Maria Lopez assailed the Republican bill. Republicans touted it.\n\n"It is cruel," Lopez said.\n'
)


def story_folder(folder, labels=None, sides=None):
    (folder / "lopez.txt").write_text(STORY, encoding="utf-8")
    if labels is not None:
        (folder / "labels.csv").write_text(labels, encoding="utf-8")
    if sides is not None:
        (folder / "sides.csv").write_text(sides, encoding="utf-8")
    return folder


LABELS = (
    "# what the parties are called\nside,family,term\nGOP,republican,Republican\nGOP,republican,republicans\n"
)
SIDES = "side,name\n\n# a note\nDemocrats,Lopez\n"


def test_the_folders_lists_replace_the_shipped_ones(tmp_path):
    articles = load_articles(story_folder(tmp_path, LABELS, SIDES))
    terms, sides = label_terms(articles), side_names(articles)
    assert terms.values.tolist() == [
        ["GOP", "republican", "Republican"],
        ["GOP", "republican", "republicans"],
    ]
    assert sides.values.tolist() == [["Democrats", "Lopez"]]
    assert terms.attrs["source"] == "labels.csv (in the corpus folder)"
    assert word_list("labels", tmp_path).values.tolist() == terms.values.tolist()  # a folder works too
    rates = term_rates(articles)
    assert rates[["side", "family", "count"]].values.tolist() == [["GOP", "republican", 2]]
    shares = quote_shares(articles)
    assert shares[["speaker", "side"]].values.tolist() == [["Maria Lopez", "Democrats"]]  # the fullest name
    # a copy, a selection and a new column keep the folder: the lesson's `kept` table
    kept = articles[articles["article_id"] != "none"].reset_index(drop=True)
    kept["unit"] = "x"
    assert label_terms(kept).attrs["source"] == "labels.csv (in the corpus folder)"


def test_without_lists_the_shipped_ones_are_used(tmp_path):
    articles = load_articles(story_folder(tmp_path))
    assert label_terms(articles).attrs["source"] == "helpers/data/label_terms.csv (shipped with the course)"
    assert "rebels" in set(label_terms(articles)["term"])
    assert side_names(articles).attrs["source"] == "helpers/data/sides.csv (shipped with the course)"
    assert label_terms(None).attrs["source"] == label_terms(load_articles()).attrs["source"]


def test_headlines_use_the_folders_labels(tmp_path):
    (tmp_path / "a.md").write_text("# Republicans cheer the vote\n\nThe vote passed.\n", encoding="utf-8")
    (tmp_path / "labels.csv").write_text(LABELS, encoding="utf-8")
    (tmp_path / "sides.csv").write_text(SIDES, encoding="utf-8")
    heads = headlines(load_articles(tmp_path))
    assert heads["labels"].tolist() == ["republicans (reporter)"]


def test_an_edited_list_is_read_again(tmp_path):
    story_folder(tmp_path, LABELS)
    assert len(label_terms(tmp_path)) == 2
    (tmp_path / "labels.csv").write_text(LABELS + "GOP,republican,GOP\n", encoding="utf-8")
    assert len(label_terms(tmp_path)) == 3


@pytest.mark.parametrize(
    ("kind", "text", "message"),
    [
        (
            "labels",
            "side,family\nGOP,republican\n",
            "labels.csv, line 1: the header must be side,family,term; missing column(s) ['term']",
        ),
        (
            "labels",
            "side,family,term,note\nGOP,r,gop,x\n",
            "labels.csv, line 1: the header must be side,family,term; unknown column(s) ['note']",
        ),
        (
            "labels",
            "# note\n\nside,family,term\nGOP,republican,\n",
            "labels.csv, line 4: the term cell is empty",
        ),
        (
            "labels",
            "side,family,term\nGOP,republican,gop\n ,republican,gop2\n",
            "labels.csv, line 3: the side cell is empty",
        ),
        (
            "labels",
            "side,family,term\nGOP,republican,gop\nGOP,republican\n",
            "labels.csv, line 3: the term cell is empty",
        ),
        (
            "labels",
            "side,family,term\nGOP,r,gop,extra\n",
            "labels.csv, line 2: 4 cells, but the header has 3",
        ),
        (
            "labels",
            "side,family,term\nGOP,r,GOP\nGOP,r,gop\n",
            "labels.csv, line 3: the term 'gop' is already on line 2",
        ),
        (
            "labels",
            "side,family,term\nGOP,r,--\n",
            "labels.csv, line 2: the term '--' has no letter or digit",
        ),
        ("labels", "# only notes\n", "labels.csv: no header line"),
        ("sides", "side,name\nDemocrats, \n", "sides.csv, line 2: the name cell is empty"),
        (
            "sides",
            "name,side,party\n",
            "sides.csv, line 1: the header must be side,name; unknown column(s) ['party']",
        ),
    ],
)
def test_a_malformed_list_names_file_line_and_problem(tmp_path, kind, text, message):
    (tmp_path / f"{kind}.csv").write_text(text, encoding="utf-8")
    with pytest.raises(WordListError) as error:
        word_list(kind, tmp_path)
    assert str(error.value).startswith(message)


def test_an_empty_term_never_matches_every_word_boundary(tmp_path):
    # issue 19: a blank cell used to become a term that matched between every two words
    (tmp_path / "labels.csv").write_text("side,family,term\nx,rebel,rebel\nx,rebel,\n", encoding="utf-8")
    with pytest.raises(WordListError, match="line 3: the term cell is empty"):
        label_terms(tmp_path)
    with pytest.raises(WordListError, match="not UTF-8"):
        (tmp_path / "sides.csv").write_bytes(b"side,name\nT\xfcrkiye,Ankara\n")
        side_names(tmp_path)


def test_word_list_rejects_wrong_kinds_and_inputs():
    with pytest.raises(ValueError, match="'labels' or 'sides'"):
        word_list("verbs")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="articles table, a folder"):
        word_list("labels", 3)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# Reporting verbs of a US political story
# ---------------------------------------------------------------------------


def test_marked_reporting_verbs_of_us_politics_in_every_form():
    text = (
        "Lopez assailed the bill and lashed out at Harris, who slammed her, touted the deal, "
        "blasted critics and boasted of it. Democrats charged that it was rushed; Harris fumed. "
        "Aides railed against it. Harris slams Lopez. Lopez lashes\nout again."
    )
    found = reporting_verbs(text)
    assert found["form"].tolist() == [
        "assailed", "lashed out", "slammed", "touted", "blasted", "boasted", "charged", "fumed",
        "railed against", "slams", "lashes out",
    ]  # fmt: skip
    assert set(found["class"]) == {"marked"}
    assert found["verb"].tolist()[:2] == ["assail", "lash out"]
    assert reporting_verbs('"We slammed it," she said.')["form"].tolist() == ["said"]  # quoted words are hers
    # an indictment is not a reporting verb; an accusation is
    charged = reporting_verbs("He was charged with fraud. Democrats charged that it was rigged.")
    assert charged["start"].tolist() == [len("He was charged with fraud. Democrats ")]


def test_several_word_terms_match_across_a_line_break():
    assert find_terms("the armed\nforces")["term"].tolist() == ["armed forces"]


# ---------------------------------------------------------------------------
# The units compared
# ---------------------------------------------------------------------------


def table(outlets):
    ids = [f"a{i}" for i in range(1, len(outlets) + 1)]
    return pd.DataFrame({"article_id": ids, "outlet": outlets, "text": ["Rebels rebels attack."] * len(ids)})


@pytest.mark.parametrize(
    ("outlets", "units", "sentence"),
    [
        (["RT", "AFP", "RT"], ["RT", "AFP", "RT"], "Each outlet is one unit: 2 outlets."),
        ([None, None], ["a1", "a2"], "No outlet is known for any of the 2 articles"),
        (["(outlet unknown)", None], ["a1", "a2"], "No outlet is known for any of the 2 articles"),
        (["RT", "RT"], ["a1", "a2"], "All 2 articles come from one outlet (RT)"),
        (
            ["RT", None, "AFP"],
            ["RT", "a2", "AFP"],
            "2 outlets are compared; the outlet of 1 article(s) is unknown",
        ),
    ],
)
def test_comparison_units(outlets, units, sentence):
    articles = table(outlets)
    assert comparison_units(articles).tolist() == units
    assert describe_units(articles).startswith(sentence)
    rates = term_rates(articles, by="unit")
    assert sorted(set(rates["unit"])) == sorted(set(units))


def test_units_of_an_empty_table():
    assert comparison_units(table([])).tolist() == []
    assert describe_units(table([])) == "There are no articles: nothing to compare."


def test_label_candidates_are_each_units_repeated_distinctive_words():
    articles = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "outlet": [None, None],
            "text": ["The rebels, the rebels attacked the town.", "The army held the town; the army waited."],
        }
    )
    found = label_candidates(articles)
    # each unit's words used at least twice that are not function words: rebels (a), army (b);
    # "the" and "town" are left out (a function word; used once in each)
    assert found[["unit", "rank", "term", "count"]].values.tolist() == [
        ["a", 1, "rebels", 2],
        ["b", 1, "army", 2],
    ]
    assert list(found.columns) == ["unit", *CANDIDATE_COLUMNS]
    alone = label_candidates(articles.iloc[:1])
    assert alone.empty and list(alone.columns) == list(found.columns)
    assert alone.dtypes.astype(str).tolist() == found.dtypes.astype(str).tolist()


def test_a_list_given_as_a_table_with_an_empty_term_is_refused():
    terms = pd.DataFrame({"side": ["x", "x"], "family": ["rebel", "rebel"], "term": ["rebel", " "]})
    with pytest.raises(ValueError, match=r"terms: the term in row 1 \(counting from 0\) is empty"):
        find_terms("A rebel fled.", terms)
    sides = pd.DataFrame({"side": ["GOP"], "name": [None]})
    with pytest.raises(ValueError, match="sides: the name in row 0"):
        quote_shares(table(["RT"]), sides=sides)
