"""What every exercise's answer file may use: the seed ids and the hand annotations.

The right answers in tests/check_answers/ are worked out independently of the code under
test: by hand from the seed texts, or from seeds/annotations/, with a comment saying how.
"""

import pandas as pd

from helpers import SEEDS_DIR

IDS = sorted(p.stem for p in SEEDS_DIR.glob("*.txt"))
ANNOTATIONS = SEEDS_DIR / "annotations"


def seed_id(prefix: str) -> str:
    """The seed id that starts with ``prefix`` ("001" -> "001_4adf…")."""
    return next(i for i in IDS if i.startswith(prefix))


def seed_text(prefix: str) -> str:
    """The clean text of one seed (clean_text is tested on its own in test_seeds_and_cleaning)."""
    from helpers import clean_text

    return clean_text((SEEDS_DIR / f"{seed_id(prefix)}.txt").read_text(encoding="utf-8"))


def annotations(name: str) -> pd.DataFrame:
    return pd.read_csv(ANNOTATIONS / name, keep_default_na=False)
