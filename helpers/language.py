"""Which language is an article in? The helpers are written for English news.

Quotation marks, dates, bylines and datelines are read by rules written for English;
an article in another language loads, but what the lessons find in it is not to be
trusted. :func:`foreign_language` names the language of an article that is clearly not
English, so the loader can say so. The guess is made offline by py3langid (Lui & Baldwin's
langid.py, a model trained on 97 languages that ships inside the package), on the first
10,000 characters; a text that is plainly English (many of its words are English function
words such as "the", "of", "said") is never sent to the model.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

__all__ = [
    "LANGUAGE_NAMES",
    "foreign_language",
    "guess_language",
    "language_name",
]

#: The share of words that must be English function words for a text to count as English.
ENGLISH_SHARE = 0.15
#: The model's probability needed before a text is said to be in another language.
CONFIDENCE = 0.95
#: Texts with fewer words than this are too short to judge.
MIN_WORDS = 20
_SAMPLE = 10_000
_ENGLISH = frozenset(
    [
        "the",
        "of",
        "to",
        "and",
        "a",
        "in",
        "that",
        "is",
        "was",
        "for",
        "on",
        "with",
        "as",
        "by",
        "at",
        "from",
        "it",
        "he",
        "she",
        "said",
        "has",
        "have",
        "had",
        "be",
        "are",
        "were",
        "not",
        "this",
        "which",
        "but",
        "an",
        "its",
        "their",
        "they",
        "his",
        "her",
        "who",
        "will",
        "would",
        "been",
    ]
)
_WORD = re.compile(r"[^\W\d_]+")

#: Names of languages a class may meet, by their ISO 639-1 code.
LANGUAGE_NAMES = {
    "ar": "Arabic",
    "de": "German",
    "en": "English",
    "es": "Spanish",
    "fa": "Persian",
    "fr": "French",
    "it": "Italian",
    "ja": "Japanese",
    "ko": "Korean",
    "nl": "Dutch",
    "pl": "Polish",
    "pt": "Portuguese",
    "ru": "Russian",
    "sv": "Swedish",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "zh": "Chinese",
}


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's model, loaded once (it takes about two seconds)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def english_share(text: str) -> float:
    """The share of the words of ``text`` that are common English function words.

    >>> round(english_share("The Kremlin said that the talks would go on."), 2)
    0.67
    """
    found = _WORD.findall(text[:_SAMPLE].lower())
    return sum(word in _ENGLISH for word in found) / len(found) if found else 0.0


def guess_language(text: str) -> tuple[str, float]:
    """The most likely language of ``text`` (an ISO 639-1 code) and its probability.

    >>> guess_language("Der Kreml hat die Türkei aufgefordert, die Angriffe zu stoppen.")[0]
    'de'
    """
    code, probability = _identifier().classify(text[:_SAMPLE])
    return str(code), float(probability)


def language_name(code: str) -> str:
    """A readable name for a language code ("de" -> "German (de)").

    >>> language_name("ru"), language_name("xx")
    ('Russian (ru)', 'xx')
    """
    return f"{LANGUAGE_NAMES[code]} ({code})" if code in LANGUAGE_NAMES else code


def foreign_language(text: str) -> str | None:
    """The name of the language of ``text`` if it is confidently not English, else None.

    None for English, for texts under :data:`MIN_WORDS` words, and whenever the model
    is less than :data:`CONFIDENCE` sure.

    >>> foreign_language("Кремль призвал Турцию помочь остановить атаки на сирийские и российские "
    ...                  "войска в Идлибе. «Мы считаем такие вылазки недопустимыми», — заявил "
    ...                  "пресс-секретарь президента Дмитрий Песков журналистам во вторник.")
    'Russian (ru)'
    >>> foreign_language("The Kremlin said on Tuesday that the talks with Turkey would go on.") is None
    True
    """
    if len(_WORD.findall(text[:_SAMPLE])) < MIN_WORDS or english_share(text) >= ENGLISH_SHARE:
        return None
    code, probability = guess_language(text)
    if code == "en" or probability < CONFIDENCE:
        return None
    return language_name(code)
