"""Deduplication: the building blocks on hand-worked examples, near_duplicates and
align_paragraphs against the hand annotations, and MinHash against the exact method."""

import random

import numpy as np
import pandas as pd
import pytest

from helpers import SEEDS_DIR, load_articles
from helpers.dedup import (
    PAIR_COLUMNS,
    align_paragraphs,
    containment,
    jaccard,
    near_duplicates,
    normalize,
    shingles,
    similarity,
    tokens,
)
from helpers.minhash import lsh_candidates, lsh_params, minhash_signatures, s_curve, shingle_hashes
from helpers.text import normalize as text_normalize
from helpers.text import tokens as text_tokens

ANNOTATIONS = SEEDS_DIR / "annotations"


@pytest.fixture(scope="module")
def texts():
    return load_articles().set_index("article_id")["text"]


def test_contract_names_are_on_the_package():
    import helpers

    assert helpers.near_duplicates is near_duplicates and helpers.align_paragraphs is align_paragraphs


def test_normalize():
    assert normalize("\u201cWe\u2019re  IN\u2026\u201d \u2013 ok\n") == '"we\'re in..." - ok'
    assert normalize("") == ""


def test_shingles():
    assert shingles("Russia said on Tuesday", k=3) == {"russia said on", "said on tuesday"}
    assert shingles("Russia\u2019s \u201cterrorists\u201d", k=1) == {"russia's", "terrorists"}
    assert shingles("Two words", k=3) == {"two words"}
    assert shingles("  ", k=3) == set()
    with pytest.raises(ValueError):
        shingles("text", k=0)


def test_jaccard_and_containment_by_hand():
    a, b = {"p", "q", "r", "s"}, {"r", "s", "t"}
    assert jaccard(a, b) == 2 / 5
    assert containment(a, b) == 2 / 4 and containment(b, a) == 2 / 3
    assert similarity(a, b) == 2 / 3  # the smaller set's share found in the larger
    assert similarity(a, b, "jaccard") == 2 / 5
    assert jaccard(set(), set()) == 0.0 and containment(set(), a) == 0.0
    with pytest.raises(ValueError):
        similarity(a, b, "cosine")


def test_near_duplicates_finds_the_reprint_and_nothing_else(texts):
    gold = pd.read_csv(ANNOTATIONS / "article_pairs.csv")
    expected = set(gold.loc[gold["copy"] == 1, ["a", "b"]].itertuples(index=False, name=None))
    for method in ("exact", "minhash"):
        found = near_duplicates(texts, method=method)
        assert list(found.columns) == ["a", "b", "similarity"]
        assert set(found[["a", "b"]].itertuples(index=False, name=None)) == expected, method
        assert found["similarity"].iloc[0] > 0.95


def test_jaccard_misses_the_reprint_with_extras_at_the_same_threshold(texts):
    assert near_duplicates(texts, measure="jaccard").empty


def test_near_duplicates_labels_and_inputs(texts):
    as_list = near_duplicates(list(texts))
    assert as_list[["a", "b"]].values.tolist() == [[0, 1]]
    as_dict = near_duplicates({"x": texts.iloc[0], "y": texts.iloc[1], "z": texts.iloc[2]})
    assert as_dict[["a", "b"]].values.tolist() == [["x", "y"]]
    empty = near_duplicates([])
    assert empty.empty and list(empty.columns) == ["a", "b", "similarity"]
    with pytest.raises(TypeError, match="not one str"):
        near_duplicates("one text")
    with pytest.raises(TypeError, match="text 1 is a int"):
        near_duplicates(["a text", 5])
    with pytest.raises(ValueError, match="threshold"):
        near_duplicates(texts, threshold=0)
    with pytest.raises(ValueError, match="measure"):
        near_duplicates(texts, measure="cosine")
    with pytest.raises(ValueError, match="method"):
        near_duplicates(texts, method="fast")


def synthetic(n=400, copies=40, seed=3):
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(3000)]
    docs = [[rng.choice(vocabulary) for _ in range(rng.randint(80, 120))] for _ in range(n)]
    planted = set()
    for original in rng.sample(range(n), copies):
        copy = list(docs[original])
        for position in rng.sample(range(len(copy)), len(copy) // 10):
            copy[position] = rng.choice(vocabulary)
        docs.append(copy)
        planted.add((original, len(docs) - 1))
    return [" ".join(d) for d in docs], planted


def test_minhash_agrees_with_the_exact_method():
    docs, planted = synthetic()
    exact = near_duplicates(docs, method="exact")
    fast = near_duplicates(docs, method="minhash")
    assert set(exact[["a", "b"]].itertuples(index=False, name=None)) == planted
    assert fast.equals(exact)  # same pairs, same (exact) similarities


def test_minhash_is_deterministic():
    docs, _ = synthetic(n=50, copies=5)
    values, starts = shingle_hashes(docs)
    assert np.array_equal(minhash_signatures(values, starts), minhash_signatures(values, starts))
    assert np.array_equal(minhash_signatures(values, starts), minhash_signatures(values, starts, chunk=100))


def test_minhash_estimates_jaccard():
    docs, planted = synthetic(n=20, copies=10)
    values, starts = shingle_hashes(docs)
    signatures = minhash_signatures(values, starts, num_perm=256)
    for i, j in planted:
        estimate = (signatures[i] == signatures[j]).mean()
        assert abs(estimate - jaccard(shingles(docs[i]), shingles(docs[j]))) < 0.1


def test_s_curve_and_lsh_params():
    assert s_curve(0.5, bands=4, rows=2) == pytest.approx(1 - 0.75**4)
    assert s_curve(0.0, 10, 3) == 0 and s_curve(1.0, 10, 3) == 1
    for threshold in (0.2, 0.5, 0.8):
        bands, rows = lsh_params(threshold, 128)
        assert bands * rows <= 128
        assert s_curve(threshold + 0.15, bands, rows) > 0.9 > s_curve(max(threshold - 0.25, 0), bands, rows)


def test_lsh_candidates_by_hand():
    signatures = np.array([[1, 2, 3, 4], [1, 2, 9, 9], [7, 7, 3, 4], [5, 6, 7, 8]], dtype=np.uint32)
    assert lsh_candidates(signatures, bands=2, rows=2).tolist() == [[0, 1], [0, 2]]


def test_align_paragraphs_pairs_every_copied_paragraph(texts):
    gold = pd.read_csv(ANNOTATIONS / "paragraph_pairs.csv")
    a, b = gold.loc[gold["relation"] == "copy", ["article_a", "article_b"]].iloc[0]
    copies = gold[(gold["relation"] == "copy") & (gold["article_a"] == a) & (gold["article_b"] == b)]
    aligned = align_paragraphs(texts[a], texts[b])
    assert list(aligned.columns) == ["a", "b", "similarity"]
    assert set(aligned[["a", "b"]].itertuples(index=False, name=None)) == set(
        copies[["para_a", "para_b"]].itertuples(index=False, name=None)
    )
    rewrites = gold[(gold["relation"] == "rewrite") & (gold["article_a"] == a) & (gold["article_b"] == b)]
    looser = set(
        align_paragraphs(texts[a], texts[b], threshold=0.3)[["a", "b"]].itertuples(index=False, name=None)
    )
    assert set(rewrites[["para_a", "para_b"]].itertuples(index=False, name=None)) <= looser


def test_align_paragraphs_edge_cases():
    assert align_paragraphs("", "text").empty
    assert align_paragraphs("One two three.\n\nFour five six.", "Four five six.").values.tolist() == [
        [1, 0, 1.0]
    ]
    with pytest.raises(TypeError, match="text_b must be a str"):
        align_paragraphs("text", None)


def test_empty_results_keep_the_contract_dtypes(texts):
    # An empty result has the same columns and dtypes as a full one.
    for empty in [near_duplicates([]), near_duplicates(["one two three", "four five six"])]:
        assert empty.empty and empty.dtypes.astype(str).to_dict() == {
            "a": "int64",
            "b": "int64",
            "similarity": "float64",
        }
    by_label = near_duplicates({"x": "one two three", "y": "four five six"})
    assert by_label.dtypes.astype(str).to_dict() == {"a": "object", "b": "object", "similarity": "float64"}
    full = near_duplicates(texts)
    assert full.dtypes.astype(str).to_dict() == {"a": "object", "b": "object", "similarity": "float64"}
    for table in [
        align_paragraphs("", ""),
        align_paragraphs("one two three", "four five six"),
        align_paragraphs("one two three", "one two three"),
    ]:
        assert table.dtypes.astype(str).to_dict() == {"a": "int64", "b": "int64", "similarity": "float64"}


def test_empty_series_keeps_its_label_dtype():
    # An empty Series of texts labelled by article id still gives text labels (object).
    empty = pd.Series([], dtype=object, index=pd.Index([], dtype=object))
    assert near_duplicates(empty).dtypes.astype(str).to_dict() == {
        "a": "object",
        "b": "object",
        "similarity": "float64",
    }
    numbered = pd.Series(["one two three", "four five six"])  # a RangeIndex: positions
    assert near_duplicates(numbered).dtypes.astype(str).to_dict()["a"] == "int64"
    for method in ["exact", "minhash"]:
        table = near_duplicates({"x": "one two three", "y": "four five six"}, method=method)
        assert list(table.columns) == PAIR_COLUMNS == ["a", "b", "similarity"]
        assert table.empty and table.dtypes.astype(str).to_dict()["a"] == "object"


def test_shingles_use_the_one_tokenizer():
    # helpers.text.words after normalize: numbers with thousands separators stay one word.
    assert tokens("Turkey sent 1,000 troops") == ["turkey", "sent", "1,000", "troops"]
    assert shingles("Turkey sent 1,000 troops", k=3) == {"turkey sent 1,000", "sent 1,000 troops"}
    assert tokens is text_tokens and normalize is text_normalize
