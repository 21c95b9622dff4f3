"""What the tests of loading share: one good article (tests/conftest.py puts it in the
`folder` fixture) and a loader that records the warnings it gives."""

import warnings

from helpers import CorpusWarning, load_articles

GOOD = "Headline about the talks in Ankara\n\nThe Kremlin said on Tuesday that talks would go on.\n"


def load_with_warnings(folder, **kwargs):
    """The articles table and the text of every CorpusWarning the load gave."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        articles = load_articles(folder, **kwargs)
    return articles, [str(w.message) for w in caught if issubclass(w.category, CorpusWarning)]
