"""load_articles() on the bundled seeds, and clean_text() measured against the hand annotations."""

import hashlib

import pandas as pd
import pytest

from helpers import SEEDS_DIR, clean_text, label_lines, load_articles, split_paragraphs

ANNOTATIONS = SEEDS_DIR / "annotations"


@pytest.fixture(scope="module")
def articles():
    return load_articles().set_index("article_id")


@pytest.fixture(scope="module")
def gold_lines():
    return pd.read_csv(ANNOTATIONS / "lines.csv", keep_default_na=False)


def test_seed_files_are_exactly_as_received():
    sums = dict(line.split()[::-1] for line in (SEEDS_DIR / "SHA256SUMS").read_text().splitlines())
    assert sorted(sums) == sorted(p.name for p in SEEDS_DIR.glob("*.txt"))
    for name, digest in sums.items():
        assert hashlib.sha256((SEEDS_DIR / name).read_bytes()).hexdigest() == digest, name


def test_five_articles_with_the_contract_columns(articles):
    assert list(articles.index) == sorted(p.stem for p in SEEDS_DIR.glob("*.txt"))
    for column in ["outlet", "title", "published", "url", "text", "raw"]:
        assert column in articles.columns
    assert str(articles["published"].dtype).startswith("datetime64")


# Read off the raw files by hand.
TITLES = {
    "000": "Kremlin to Turkey: Help Stop Attacks on Syrian and Russian Forces in Idlib",
    "001": "Kremlin asks Turkey: Help stop attacks on Syria, Russian forces in Idlib",
    "002": "Russia Accuses Turkey of Breaking Syria Deals, Rejects Erdogan Claim",
    "003": "Kremlin accuses Turkey of failing to \u2018neutralise terrorists\u2019 in Idlib",
    "004": "Russia will support Syria's fight against terrorism in Idlib despite Trump's calls to stop it \u2013 Kremlin",
}
DATES = {"000": "2020-02-11", "001": None, "002": "2020-02-13", "003": None, "004": "2020-02-17"}
URLS = {
    "000": "https://www.themoscowtimes.com/2020/02/11/kremlin-to-turkey-help-stop-attacks-on-syrian-and-russian-forces-in-idlib-a69238",
    "002": "https://www.themoscowtimes.com/2020/02/13/russia-accuses-turkey-of-breaking-syria-deals-rejects-erdogan-claim-a69272",
}
OUTLETS = {
    "000": "The Moscow Times",
    "001": "Unnamed reprint site",
    "002": "The Moscow Times",
    "003": "Expatica",
    "004": "RT",
}
AGENCIES = {"000": "Reuters", "001": "Reuters", "002": "Reuters", "003": "AFP", "004": "RT"}


def by_prefix(articles, prefix):
    (row,) = [row for aid, row in articles.iterrows() if aid.startswith(prefix)]
    return row


@pytest.mark.parametrize("prefix", sorted(TITLES))
def test_metadata(articles, prefix):
    row = by_prefix(articles, prefix)
    assert row["title"] == TITLES[prefix]
    if DATES[prefix] is None:
        assert pd.isna(row["published"])  # no date in the text: left missing, not guessed
    else:
        assert row["published"] == pd.Timestamp(DATES[prefix])
    assert (row["url"] if pd.notna(row["url"]) else None) == URLS.get(prefix)
    assert row["outlet"] == OUTLETS[prefix]
    assert row["agency"] == AGENCIES[prefix]


def test_metadata_comes_from_the_text_where_the_text_has_it():
    # With no manifest at all (read the files directly), the text alone gives these.
    from helpers.cleaning import extract_metadata

    raws = {p.stem[:3]: p.read_text(encoding="utf-8") for p in SEEDS_DIR.glob("*.txt")}
    assert extract_metadata(raws["000"])["outlet"] == "The Moscow Times"  # from the url
    assert extract_metadata(raws["003"])["outlet"] == "Expatica"  # from the site-name line
    assert extract_metadata(raws["004"])["outlet"] == "RT"  # from the "Also on rt.com" promos
    assert extract_metadata(raws["001"])["agency"] == "Reuters"  # from the dateline
    assert extract_metadata(raws["001"])["outlet"] is None  # nothing in the text says


BOILERPLATE = [
    "**",
    "](",
    "Original url",
    "Related article",
    "Also on",
    "By Reuters",
    "Reuters, Moscow",
    "Alkharboutli",
    "TASS",
    "Expatica",
    "---",
    "themoscowtimes",
    "17/02/2020",
    "February 11, 2020",
    "February 13, 2020",
    '*"',
]


@pytest.mark.parametrize("marker", BOILERPLATE)
def test_no_boilerplate_left(articles, marker):
    for aid, text in articles["text"].items():
        assert marker not in text, (aid, marker)


def test_no_stray_layout_lines_left(articles):
    for aid, text in articles["text"].items():
        assert not {"block", "---"} & set(split_paragraphs(text)), aid


def test_title_not_repeated_in_body_and_captions_gone(articles):
    for aid, row in articles.iterrows():
        assert row["title"] not in row["text"], aid
    # The repeated caption of the reprint is gone; its longer body sentence ("But Moscow's ...") stays.
    reprint = by_prefix(articles, "001")["text"]
    assert not any(
        p.startswith("Moscow\u2019s relations") or p.startswith("Moscow's relations")
        for p in split_paragraphs(reprint)
    )
    assert "But Moscow\u2019s relations with Turkey have come under strain" in reprint


def _plain(line):
    """A body line without markdown, done independently of helpers: links and emphasis marks out."""
    import re

    line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
    return line.replace("*", "").strip()


def test_no_body_line_lost(articles, gold_lines):
    body = gold_lines[gold_lines["kind"] == "body"]
    assert len(body) > 60
    for row in body.itertuples():
        assert _plain(row_text(row)) in articles.loc[row.article_id, "text"], (row.article_id, row.line)


def row_text(row):
    return (SEEDS_DIR / f"{row.article_id}.txt").read_text(encoding="utf-8").split("\n")[row.line - 1]


QUOTE_MARKS = ['"', "\u201c", "\u201d", "\u2018", "\u2019", "'"]


def test_every_quotation_mark_kept_as_written(articles, gold_lines):
    body = gold_lines[gold_lines["kind"] == "body"]
    for aid, group in body.groupby("article_id"):
        raw_body = "\n".join(row_text(r) for r in group.itertuples())
        text = articles.loc[aid, "text"]
        for mark in QUOTE_MARKS:
            assert text.count(mark) == raw_body.count(mark), (aid, mark)


def test_paragraphs_one_per_body_line_except_the_broken_one(articles, gold_lines):
    body = gold_lines[gold_lines["kind"] == "body"].groupby("article_id").size()
    broken = gold_lines["note"].str.startswith("continuation of line").groupby(gold_lines["article_id"]).sum()
    for aid, text in articles["text"].items():
        assert len(split_paragraphs(text)) == body[aid] - broken.get(aid, 0), aid
    rt = by_prefix(articles, "004")["text"]
    assert "in the area, and was not notified of the convoy's movements, according to" in rt


def test_line_labels_match_the_hand_annotations(articles, gold_lines):
    predicted = pd.concat([label_lines(raw).assign(article_id=aid) for aid, raw in articles["raw"].items()])
    merged = gold_lines.merge(predicted, on=["article_id", "line"], how="outer", suffixes=("_gold", "_pred"))
    wrong = merged[merged["kind_gold"] != merged["kind_pred"]]
    assert wrong.empty, wrong[["article_id", "line", "kind_gold", "kind_pred"]].to_string()


def test_clean_text_is_stable_when_run_twice(articles):
    for aid, text in articles["text"].items():
        assert clean_text(text) == text, aid
