"""The base layer: clean text in, paragraphs, sentences and words out, with no downloads.

Every analysis module (dedup, quotes, dates, timeline, framing, cleaning) cuts text
with these functions, so a "word" or a "sentence" means the same thing everywhere:

* :func:`split_paragraphs` cuts at blank lines;
* :func:`split_sentences` is NLTK's Punkt splitter, paragraph by paragraph;
* :func:`words` is the one word tokenizer (case and punctuation inside words kept);
* :func:`normalize` makes typographic variants equal, and :func:`tokens` gives the
  words of the normalised text (what deduplication compares).

NLTK's ready-made sentence splitter (``nltk.sent_tokenize``) needs a model that is
normally downloaded with ``nltk.download("punkt_tab")``. This course works offline, so
we build the same Punkt splitter from two short word lists that ship in
``helpers/data/``: abbreviations ("Feb.", "Mr.", "U.S.") after which a full stop does
*not* end a sentence, and common sentence starters ("He", "The") that show a sentence
*has* ended even after an abbreviation.

Type aliases for function signatures: :data:`Text` (one text) and :data:`Texts` (a
collection of texts: a list, a dict of label → text, or a pandas Series).
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "DATA_DIR",
    "WORD_PATTERN",
    "Text",
    "Texts",
    "normalize",
    "read_word_list",
    "require_text",
    "sentence_splitter",
    "split_paragraphs",
    "split_sentences",
    "tokens",
    "words",
]

#: One text: an article's body, a paragraph or a sentence.
Text: TypeAlias = str
#: A collection of texts: a list (named by position), a dict (by its keys) or a Series (by its index).
Texts: TypeAlias = "Iterable[str] | Mapping[Hashable, str] | pd.Series[str]"

#: The folder of word lists and tables that ship with the package.
DATA_DIR = Path(__file__).parent / "data"

#: A word is an abbreviation with dots (U.S.), a number (1,000 or 2.5),
#: or letters joined by hyphens or apostrophes (Russian-backed, Syria's).
WORD_PATTERN = r"(?:[A-Za-z]\.){2,}|\d+(?:[.,]\d+)*|\w+(?:[-'’]\w+)*"
_WORD = re.compile(WORD_PATTERN)  # what nltk's RegexpTokenizer(WORD_PATTERN) does, twice as fast

#: Typographic characters and their plain equivalents (used by :func:`normalize`).
_PLAIN = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
        "\u2026": "...",
    }
)


def require_text(text: object, name: str = "text") -> str:
    """Return ``text`` if it is a str; otherwise raise a TypeError that names ``name``.

    >>> require_text("Idlib")
    'Idlib'
    >>> require_text(None, "text_a")
    Traceback (most recent call last):
    TypeError: text_a must be a str, not NoneType
    """
    if not isinstance(text, str):
        raise TypeError(f"{name} must be a str, not {type(text).__name__}")
    return text


def read_word_list(name: str) -> list[str]:
    """Read a shipped word list from helpers/data/ (one entry a line, # for comments).

    >>> "Feb" in read_word_list("abbreviations.txt")
    False
    >>> "feb" in read_word_list("abbreviations.txt")
    True
    """
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def sentence_splitter() -> PunktSentenceTokenizer:
    """NLTK's Punkt sentence splitter, set up from the word lists in helpers/data/."""
    params = PunktParameters()
    params.abbrev_types = set(read_word_list("abbreviations.txt"))
    params.sent_starters = set(read_word_list("sentence_starters.txt"))
    return PunktSentenceTokenizer(params)


def split_paragraphs(text: Text) -> list[str]:
    """Split text into paragraphs at blank lines; empty paragraphs are dropped.

    >>> split_paragraphs("First paragraph.\\n\\n\\nSecond\\nparagraph.\\n")
    ['First paragraph.', 'Second\\nparagraph.']
    """
    text = require_text(text)
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def split_sentences(text: Text) -> list[str]:
    """Split text into sentences, paragraph by paragraph (a sentence never spans two).

    >>> split_sentences("The Kremlin spoke on Feb. 11. Mr. Peskov said so.")
    ['The Kremlin spoke on Feb. 11.', 'Mr. Peskov said so.']
    """
    splitter = sentence_splitter()
    return [s for p in split_paragraphs(text) for s in splitter.tokenize(p)]


def words(text: Text) -> list[str]:
    """The words of a text, as written (no lower-casing), punctuation left out.

    >>> words("Russia's U.S. talks: 1,000 Russian-backed troops.")
    ["Russia's", 'U.S.', 'talks', '1,000', 'Russian-backed', 'troops']
    """
    return _WORD.findall(require_text(text))


def normalize(text: Text) -> str:
    """Lower-case, straight quotes and dashes, "..." for "…", single spaces.

    >>> normalize("“We consider such sorties…  unacceptable,” he said")
    '"we consider such sorties... unacceptable," he said'
    """
    return " ".join(require_text(text).translate(_PLAIN).casefold().split())


def tokens(text: Text) -> list[str]:
    """The words of the normalised text: :func:`words` after :func:`normalize`.

    >>> tokens("“Russia’s” 1,000 TROOPS…")
    ["russia's", '1,000', 'troops']
    """
    return words(normalize(text))
