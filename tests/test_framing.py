"""helpers.framing: log-odds against values worked by hand, and the framing measures.

Expected values are worked out independently of the code under test: by hand (the
arithmetic is written out below with math.log), from reading the seed articles, or
from the hand annotations in seeds/annotations/quotes.csv.
"""

import math
from collections import Counter

import pandas as pd
import pytest

from helpers import SEEDS_DIR, UNKNOWN_OUTLET, load_articles
from helpers.framing import (
    find_terms, headlines, label_terms, log_odds, quote_shares, reporting_verb_list, reporting_verbs,
    scare_quotes, side_names, speaker_side, term_rates, verb_rates,
)
from helpers.text import DATA_DIR


@pytest.fixture(scope="module")
def seeds():
    return load_articles().set_index("article_id", drop=False)


def seed_id(prefix):
    (path,) = SEEDS_DIR.glob(f"{prefix}_*.txt")
    return path.stem


# ---------------------------------------------------------------------------
# log_odds, worked by hand
# ---------------------------------------------------------------------------

# A tiny corpus. a = "rebels said rebels army" (n_a = 4), b = "terrorists said army army" (n_b = 4).
A = ["rebels", "said", "rebels", "army"]
B = ["terrorists", "said", "army", "army"]
# prior=None: alpha_w = pooled counts: rebels 2, said 2, army 3, terrorists 1; alpha_0 = 8.
# delta_w = log((y_a + alpha_w) / (n_a + alpha_0 - y_a - alpha_w)) - log((y_b + alpha_w) / (n_b + alpha_0 - y_b - alpha_w))
# z_w = delta_w / sqrt(1 / (y_a + alpha_w) + 1 / (y_b + alpha_w))
HAND = {
    # rebels: y_a 2, y_b 0, alpha 2 -> a: 4 / (4 + 8 - 2 - 2) = 4/8; b: 2 / (4 + 8 - 0 - 2) = 2/10
    "rebels": (math.log(4 / 8) - math.log(2 / 10), 1 / 4 + 1 / 2),
    # said: y_a 1, y_b 1, alpha 2 -> a: 3 / 9, b: 3 / 9 -> 0
    "said": (math.log(3 / 9) - math.log(3 / 9), 1 / 3 + 1 / 3),
    # army: y_a 1, y_b 2, alpha 3 -> a: 4 / (4 + 8 - 1 - 3) = 4/8; b: 5 / (4 + 8 - 2 - 3) = 5/7
    "army": (math.log(4 / 8) - math.log(5 / 7), 1 / 4 + 1 / 5),
    # terrorists: y_a 0, y_b 1, alpha 1 -> a: 1 / (4 + 8 - 0 - 1) = 1/11; b: 2 / (4 + 8 - 1 - 1) = 2/10
    "terrorists": (math.log(1 / 11) - math.log(2 / 10), 1 / 1 + 1 / 2),
}


def test_log_odds_matches_the_hand_worked_example():
    table = log_odds(A, B)
    assert list(table.columns) == ["term", "delta", "z"]
    assert sorted(table["term"]) == sorted(HAND)
    for term, (delta, variance) in HAND.items():
        row = table[table["term"] == term].iloc[0]
        assert row["delta"] == pytest.approx(delta, abs=1e-12), term
        assert row["z"] == pytest.approx(delta / math.sqrt(variance), abs=1e-12), term
    # the number itself, rounded, as a reader would check it on paper: ln 2.5 = 0.9163, variance 0.75
    assert table.set_index("term").loc["rebels", "z"] == pytest.approx(0.9163 / math.sqrt(0.75), abs=1e-4)
    # sorted by z, highest first: rebels (+), said (0), army (-0.53), terrorists (-0.64)
    assert list(table["term"]) == ["rebels", "said", "army", "terrorists"]


def test_log_odds_with_a_given_prior_worked_by_hand():
    # a = x x y (n_a 3), b = y (n_b 1), prior x 1, y 1 (alpha_0 2)
    # x: a: (2 + 1) / (3 + 2 - 2 - 1) = 3/2; b: (0 + 1) / (1 + 2 - 0 - 1) = 1/2 -> delta = log 3; var = 1/3 + 1/1
    # y: a: (1 + 1) / (3 + 2 - 1 - 1) = 2/3; b: (1 + 1) / (1 + 2 - 1 - 1) = 2/1 -> delta = log(1/3); var = 1/2 + 1/2
    table = log_odds(["x", "x", "y"], ["y"], prior=Counter({"x": 1, "y": 1})).set_index("term")
    assert table.loc["x", "delta"] == pytest.approx(math.log(3))
    assert table.loc["x", "z"] == pytest.approx(math.log(3) / math.sqrt(1 / 3 + 1))
    assert table.loc["y", "delta"] == pytest.approx(math.log(1 / 3))
    assert table.loc["y", "z"] == pytest.approx(math.log(1 / 3) / math.sqrt(1.0))


def test_swapping_a_and_b_negates_delta_and_z():
    texts = (["the", "rebels", "said", "the", "army", "fled", "said"], ["the", "terrorists", "said", "army"])
    forward = log_odds(*texts).set_index("term").sort_index()
    backward = log_odds(*reversed(texts)).set_index("term").sort_index()
    pd.testing.assert_series_equal(forward["delta"], -backward["delta"])
    pd.testing.assert_series_equal(forward["z"], -backward["z"])


def test_a_word_used_at_the_same_rate_has_delta_zero_even_when_sizes_differ():
    a = ["said"] * 2 + ["rebels"] * 8                   # 2 of 10 words
    b = ["said"] * 6 + ["terrorists"] * 20 + ["army"] * 4  # 6 of 30 words: the same rate
    table = log_odds(a, b).set_index("term")
    assert table.loc["said", "delta"] == pytest.approx(0, abs=1e-12)
    assert table.loc["said", "z"] == pytest.approx(0, abs=1e-12)
    assert table.loc["rebels", "delta"] > 0 > table.loc["terrorists", "delta"]


def test_more_evidence_gives_a_larger_z_for_the_same_rates():
    small = log_odds(["rebels", "said"], ["terrorists", "said"]).set_index("term")
    large = log_odds(["rebels", "said"] * 20, ["terrorists", "said"] * 20).set_index("term")
    assert large.loc["rebels", "delta"] == pytest.approx(small.loc["rebels", "delta"])
    assert large.loc["rebels", "z"] > small.loc["rebels", "z"] > 0


def test_log_odds_is_deterministic_and_takes_lists_or_counters():
    shuffled = log_odds(list(reversed(A)), B[::-1])
    counted = log_odds(Counter(A), dict(Counter(B)))
    pd.testing.assert_frame_equal(log_odds(A, B), shuffled)
    pd.testing.assert_frame_equal(log_odds(A, B), counted)
    ties = log_odds(["b", "a", "c"], ["c", "d", "e"])  # a and b: the same z, so sorted by term
    assert list(ties["term"][:2]) == ["a", "b"]


def test_log_odds_empty_and_degenerate_input():
    for a, b in [([], []), (["x"], []), (["x"], ["x", "x"])]:
        table = log_odds(a, b)
        assert table.empty and list(table.columns) == ["term", "delta", "z"]
    one_side = log_odds(["x", "y"], []).set_index("term")  # still comparable: b is just empty
    assert one_side.loc["x", "delta"] == pytest.approx(0)


@pytest.mark.parametrize("a, error, message", [
    ("rebels said", TypeError, "not one str"),
    (["rebels", 3], TypeError, "every token must be a str"),
    ({"rebels": "2"}, TypeError, "must be a number"),
    ({"rebels": -1}, ValueError, ">= 0"),
    (42, TypeError, "list of tokens"),
])
def test_log_odds_bad_input(a, error, message):
    with pytest.raises(error, match=message):
        log_odds(a, ["x", "y"])


def test_log_odds_prior_must_cover_every_term():
    with pytest.raises(ValueError, match="prior has no count for 1 term"):
        log_odds(["x", "y"], ["z"], prior={"x": 1, "y": 1})


# ---------------------------------------------------------------------------
# The word lists
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["label_terms.csv", "reporting_verbs.csv", "sides.csv"])
def test_word_lists_state_source_and_licence(name):
    header = [line for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert any("Source:" in line for line in header) and any("Licence:" in line for line in header)


def test_word_lists_are_consistent():
    terms = label_terms()
    assert not terms["term"].str.lower().duplicated().any()
    assert set(terms["side"]) == {"opposition", "state"}
    assert terms.groupby("family")["side"].nunique().max() == 1
    verbs = reporting_verb_list()
    assert set(verbs["class"]) == {"neutral", "marked"}
    assert not verbs["form"].duplicated().any()
    assert {"said", "told"} <= set(verbs.loc[verbs["class"] == "neutral", "form"])
    assert {"accused", "insisted", "claimed"} <= set(verbs.loc[verbs["class"] == "marked", "form"])
    assert not {"claim", "claims", "report", "warning"} & set(verbs["form"])  # usually nouns in news
    assert not side_names()["name"].duplicated().any()


# ---------------------------------------------------------------------------
# What the sides are called
# ---------------------------------------------------------------------------

def test_find_terms_whole_words_case_and_voice():
    text = ('Anti-government rebels held the rebel-held town. The Government said "terrorists" '
            'and "militants attacked us," a regime official said.')
    found = find_terms(text)
    assert list(found.columns) == ["term", "family", "side", "start", "end", "voice"]
    assert list(zip(found["term"], found["voice"])) == [
        ("anti-government", "reporter"), ("rebels", "reporter"), ("rebel-held", "reporter"),
        ("government", "reporter"), ("terrorists", "quoted"), ("militants", "quoted"), ("regime", "reporter")]
    assert all(text[s:e].lower() == t for t, s, e in zip(found["term"], found["start"], found["end"]))
    assert found.loc[found["term"] == "anti-government", "family"].item() == "opposition"


def test_find_terms_on_rt_counted_by_hand(seeds):
    # Read in 004 (RT): "terrorism" twice (its first paragraph; Peskov's quote), "terrorist attacks",
    # "these terrorists" (quoted) and "against terrorists": 5 uses, 2 of them inside quotations.
    # "Russian government" and "Assad government": 2. "Syrian Army" twice, "Russian Armed Forces" and
    # "armed forces" in Peskov's quote: 4 in the army family. No militant, rebel or regime.
    found = find_terms(seeds.loc[seed_id("004"), "text"])
    counts = found.groupby("family").size().to_dict()
    assert counts == {"terrorist": 5, "government": 2, "army": 4}
    quoted = found[found["voice"] == "quoted"].groupby("family").size().to_dict()
    assert quoted == {"terrorist": 2, "army": 1}


def test_find_terms_on_afp_counted_by_hand(seeds):
    # 003 (AFP): all four "terrorist(s)" are inside quotation marks: "neutralise terrorists",
    # "neutralise terrorist groups", and the two scare-quoted "terrorists". "rebel bastion" and
    # "rebel supporter" are AFP's own words; "Syrian regime forces" too (paraphrasing Erdogan).
    found = find_terms(seeds.loc[seed_id("003"), "text"])
    by_voice = found.groupby(["family", "voice"]).size().to_dict()
    assert by_voice[("terrorist", "quoted")] == 4 and ("terrorist", "reporter") not in by_voice
    assert by_voice[("rebel", "reporter")] == 2
    assert by_voice[("regime", "reporter")] == 1


def test_find_terms_empty_and_bad_input():
    empty = find_terms("")
    assert empty.empty and list(empty.columns) == ["term", "family", "side", "start", "end", "voice"]
    with pytest.raises(TypeError, match="must be a str"):
        find_terms(None)
    with pytest.raises(ValueError, match="needs the column"):
        find_terms("rebels", terms=pd.DataFrame({"term": ["rebels"]}))


def test_term_rates_per_1000_words_by_hand():
    articles = pd.DataFrame({
        "outlet": ["A", "A", None],
        "text": ["Rebels and rebels fled.",           # 4 words, rebel 2
                 "The regime said so.",               # 4 words, regime 1
                 "Terrorists attacked, said Moscow."]})  # 4 words, terrorist 1
    rates = term_rates(articles).set_index(["outlet", "family"])
    assert rates.loc[("A", "rebel"), "count"] == 2
    assert rates.loc[("A", "rebel"), "words"] == 8
    assert rates.loc[("A", "rebel"), "per_1000"] == pytest.approx(1000 * 2 / 8)
    assert rates.loc[("A", "regime"), "per_1000"] == pytest.approx(1000 * 1 / 8)
    assert rates.loc[("A", "terrorist"), "count"] == 0  # zeros are kept
    assert rates.loc[(UNKNOWN_OUTLET, "terrorist"), "per_1000"] == pytest.approx(1000 * 1 / 4)
    assert len(rates) == 2 * label_terms()["family"].nunique()


def test_term_rates_empty_and_bad_input():
    assert term_rates(pd.DataFrame(columns=["outlet", "text"])).empty
    with pytest.raises(TypeError, match="DataFrame"):
        term_rates(["Rebels fled."])
    with pytest.raises(ValueError, match="needs the column"):
        term_rates(pd.DataFrame({"text": ["Rebels fled."]}), by="agency")


# ---------------------------------------------------------------------------
# Reporting verbs, scare quotes, voices, headlines
# ---------------------------------------------------------------------------

def test_reporting_verbs_leave_quotations_out():
    text = 'Peskov said: "We insisted on it." Ankara denied it, rejecting the claim. Erdogan accuses Moscow.'
    found = reporting_verbs(text)
    assert list(found.columns) == ["verb", "form", "class", "start", "end"]
    assert list(zip(found["form"], found["class"])) == [
        ("said", "neutral"), ("denied", "marked"), ("rejecting", "marked"), ("accuses", "marked")]


def test_reporting_verbs_on_afp_counted_by_hand(seeds):
    # 003 (AFP), outside its quotation marks: said x7 (Peskov said; he said; saying; He said ... but
    # said; the Kremlin said; He said), told x1, accused x2, insists x1, threatened x1.
    # "was noted" stands inside a quotation and is not counted.
    found = reporting_verbs(seeds.loc[seed_id("003"), "text"])
    assert found.groupby("verb").size().to_dict() == {"say": 7, "tell": 1, "accuse": 2, "insist": 1, "threaten": 1}


def test_verb_rates_by_hand():
    articles = pd.DataFrame({"outlet": ["A", "B"], "text": ["He said it. She said no.", "Moscow accused Ankara."]})
    rates = verb_rates(articles)
    assert list(rates.columns) == ["outlet", "class", "verb", "count", "words", "per_1000"]
    assert rates[["outlet", "class", "verb", "count", "words"]].values.tolist() == [
        ["A", "neutral", "say", 2, 6], ["B", "marked", "accuse", 1, 3]]
    assert rates["per_1000"].tolist() == pytest.approx([1000 * 2 / 6, 1000 / 3])
    assert verb_rates(pd.DataFrame(columns=["outlet", "text"])).empty


def test_reporting_verbs_empty():
    assert reporting_verbs("").empty and list(reporting_verbs("").columns) == ["verb", "form", "class", "start", "end"]


def test_scare_quotes_agree_with_the_annotations(seeds):
    gold = pd.read_csv(SEEDS_DIR / "annotations" / "quotes.csv")
    gold = gold[gold["kind"] == "scare"].groupby("article_id")["quote"].apply(sorted).to_dict()
    for article_id, text in seeds["text"].items():
        found = scare_quotes(text)
        assert list(found.columns) == ["quote", "speaker", "cue", "start", "end"]
        assert sorted(found["quote"]) == gold.get(article_id, []), article_id
    assert scare_quotes("").empty


def test_speaker_side():
    assert speaker_side("Kremlin spokesman Dmitry Peskov") == "Russia"
    assert speaker_side("Russia\u2019s foreign ministry") == "Russia"
    assert speaker_side("Recep Tayyip Erdogan") == "Turkey"
    assert speaker_side("Donald Trump") == "United States"
    assert speaker_side("a local doctor") == "(other)"
    assert speaker_side(None) == "(no speaker)"
    assert speaker_side("Russians") == "(other)"  # whole words only
    with pytest.raises(TypeError):
        speaker_side(3)


def test_quote_shares_by_hand():
    text = ('"We will not leave Idlib," Erdogan said.\n\n'
            '"This is unacceptable," Peskov said. "Attacks must stop," he added.')
    # 17 words in all. Erdogan: we will not leave Idlib (5). Peskov: this is unacceptable (3) + attacks must stop (3).
    shares = quote_shares(text)
    assert list(shares.columns) == ["speaker", "side", "quotes", "words", "share"]
    assert shares[["speaker", "side", "quotes", "words"]].values.tolist() == [
        ["Peskov", "Russia", 2, 6], ["Erdogan", "Turkey", 1, 5]]
    assert shares["share"].tolist() == pytest.approx([6 / 17, 5 / 17])
    assert quote_shares("No quotes here.").empty
    assert list(quote_shares("").columns) == ["speaker", "side", "quotes", "words", "share"]


def test_headlines_read_by_hand(seeds):
    table = headlines(seeds.reset_index(drop=True)).set_index("article_id")
    assert list(table.columns) == ["title", "words", "first_actor", "verbs", "labels", "quoted"]
    # Every headline names Russia or the Kremlin first.
    assert set(table["first_actor"]) == {"Russia"}
    afp = table.loc[seed_id("003")]  # Kremlin accuses Turkey of failing to 'neutralise terrorists' in Idlib
    assert (afp["verbs"], afp["labels"], afp["quoted"], afp["words"]) == (
        "accuses (marked)", "terrorists", "neutralise terrorists", 10)
    reuters = table.loc[seed_id("002")]  # Russia Accuses Turkey of Breaking Syria Deals, Rejects Erdogan Claim
    assert reuters["verbs"] == "accuses (marked), rejects (marked)"  # "Claim" is a noun: not counted
    rt = table.loc[seed_id("004")]
    assert (rt["labels"], rt["verbs"]) == ("terrorism", "")
    assert headlines(pd.DataFrame(columns=["article_id", "title"])).empty


def test_headlines_with_no_side_names_and_a_missing_title():
    articles = pd.DataFrame({"article_id": ["a", "b"], "title": ["Kremlin: Turkey acts", None]})
    table = headlines(articles, sides=pd.DataFrame(columns=["side", "name"]))
    assert table["article_id"].tolist() == ["a"]  # no title, no row
    assert table["first_actor"].tolist() == ["(other)"]  # nobody on the (empty) list of names
