"""The seed articles, loaded once for every check (the right answers are computed from them)."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from helpers.corpus import load_articles

__all__ = [
    "seed_articles",
    "seed_with",
]


@lru_cache(maxsize=1)
def seed_articles() -> pd.DataFrame:
    """The bundled seed articles, as ``load_articles()`` gives them (do not modify)."""
    return load_articles()


def seed_with(phrase: str) -> pd.Series:
    """The first seed article whose clean text contains ``phrase``."""
    seeds = seed_articles()
    return seeds[seeds["text"].str.contains(phrase, regex=False)].iloc[0]
