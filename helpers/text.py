"""Split clean text into paragraphs, sentences and words, with no downloads.

NLTK's ready-made sentence splitter (``nltk.sent_tokenize``) needs a model that is
normally downloaded with ``nltk.download("punkt_tab")``. This course works offline, so
we build the same Punkt splitter from two short word lists that ship in
``helpers/data/``: abbreviations ("Feb.", "Mr.", "U.S.") after which a full stop does
*not* end a sentence, and common sentence starters ("He", "The") that show a sentence
*has* ended even after an abbreviation.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from nltk.tokenize import RegexpTokenizer
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

DATA_DIR = Path(__file__).parent / "data"

#: A word is an abbreviation with dots (U.S.), a number (1,000 or 2.5),
#: or letters joined by hyphens or apostrophes (Russian-backed, Syria's).
WORD_PATTERN = r"(?:[A-Za-z]\.){2,}|\d+(?:[.,]\d+)*|\w+(?:[-'’]\w+)*"
_word_tokenizer = RegexpTokenizer(WORD_PATTERN)


def _require_str(text: object, name: str = "text") -> str:
    if not isinstance(text, str):
        raise TypeError(f"{name} must be a str, not {type(text).__name__}")
    return text


def read_word_list(name: str) -> list[str]:
    """Read a shipped word list from helpers/data/ (one entry a line, # for comments)."""
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def sentence_splitter() -> PunktSentenceTokenizer:
    """NLTK's Punkt sentence splitter, set up from the word lists in helpers/data/."""
    params = PunktParameters()
    params.abbrev_types = set(read_word_list("abbreviations.txt"))
    params.sent_starters = set(read_word_list("sentence_starters.txt"))
    return PunktSentenceTokenizer(params)


def split_paragraphs(text: str) -> list[str]:
    """Split text into paragraphs at blank lines; empty paragraphs are dropped."""
    text = _require_str(text)
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def split_sentences(text: str) -> list[str]:
    """Split text into sentences, paragraph by paragraph (a sentence never spans two).

    >>> split_sentences("The Kremlin spoke on Feb. 11. Mr. Peskov said so.")
    ['The Kremlin spoke on Feb. 11.', 'Mr. Peskov said so.']
    """
    splitter = sentence_splitter()
    return [s for p in split_paragraphs(text) for s in splitter.tokenize(p)]


def words(text: str) -> list[str]:
    """The words of a text, as written (no lower-casing), punctuation left out.

    >>> words("Russia's U.S. talks: 1,000 Russian-backed troops.")
    ["Russia's", 'U.S.', 'talks', '1,000', 'Russian-backed', 'troops']
    """
    return _word_tokenizer.tokenize(_require_str(text))
