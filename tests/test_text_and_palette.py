"""Sentence and word splitting offline, and the outlet palette."""

import pytest

from helpers import outlet_colors, split_paragraphs, split_sentences, words


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Kremlin said on Feb. 11 that attacks must stop. Turkey disagreed.",
            ["The Kremlin said on Feb. 11 that attacks must stop.", "Turkey disagreed."],
        ),
        ("Mr. Peskov spoke. Dr. Smith did not.", ["Mr. Peskov spoke.", "Dr. Smith did not."]),
        ("The U.S. Army left. It came back.", ["The U.S. Army left.", "It came back."]),
        ("He flew to the U.S. He met Trump.", ["He flew to the U.S.", "He met Trump."]),
        ("\u201cThis is unacceptable.\u201d He left.", ["\u201cThis is unacceptable.\u201d", "He left."]),
        (
            '"We consider such sorties unacceptable," he said. Next.',
            ['"We consider such sorties unacceptable," he said.', "Next."],
        ),
        (
            "One paragraph ends here\n\nand another starts.",
            ["One paragraph ends here", "and another starts."],
        ),
    ],
)
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


def test_split_sentences_works_without_nltk_data(monkeypatch):
    import nltk

    monkeypatch.setattr(nltk.data, "path", [])  # no downloaded data anywhere
    assert split_sentences("It works. Offline.") == ["It works.", "Offline."]


def test_split_paragraphs():
    assert split_paragraphs("a\n\nb\n \n\nc\n") == ["a", "b", "c"]
    assert split_paragraphs("") == []


def test_words():
    assert words("Russia's U.S.-backed talks: 1,000 troops \u2013 \u201cfinally\u201d.") == [
        "Russia's",
        "U.S.",
        "backed",
        "talks",
        "1,000",
        "troops",
        "finally",
    ]
    assert words("") == []
    with pytest.raises(TypeError, match="text must be a str"):
        words(None)


def test_outlet_colors_are_fixed_and_distinct():
    colors = outlet_colors(["RT", "Expatica", "The Moscow Times", "RT"])
    assert list(colors) == ["Expatica", "RT", "The Moscow Times"]
    assert len(set(colors.values())) == 3
    assert outlet_colors(reversed(list(colors))) == colors
    with pytest.raises(TypeError):
        outlet_colors("RT")


def test_unknown_outlet_is_grey():
    import pandas as pd

    from helpers.palette import UNKNOWN_COLOR, UNKNOWN_OUTLET

    colors = outlet_colors(pd.Series(["RT", None, pd.NA], dtype="string"))
    assert colors == {"RT": "#E69F00", UNKNOWN_OUTLET: UNKNOWN_COLOR}


def test_normalize_and_tokens():
    from helpers.text import normalize, tokens

    assert normalize("\u201cIdlib\u2019s\u201d  \u2014 Feb.\u00a011\u2026") == '"idlib\'s" - feb. 11...'
    assert tokens("\u201cIdlib\u2019s\u201d U.S.-backed 2.5 km\u2026") == [
        "idlib's",
        "u.s.",
        "backed",
        "2.5",
        "km",
    ]
    assert tokens("") == [] and normalize("   ") == ""


def test_every_text_function_names_a_wrong_input():
    from helpers.text import normalize, require_text, tokens

    for function in [split_paragraphs, split_sentences, words, normalize, tokens]:
        with pytest.raises(TypeError, match="text must be a str, not int"):
            function(7)
    with pytest.raises(TypeError, match="text_b must be a str, not list"):
        require_text(["a"], "text_b")
