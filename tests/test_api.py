"""The public API of helpers: what lessons import is public and listed, and tables keep their shape.

* Every name a lesson or an exercise imports from ``helpers`` (``from helpers.x import y``,
  ``helpers.y``, ``helpers.x.y``) is public (no leading underscore) and listed in
  ``helpers.__all__`` or in its module's ``__all__``.
* ``helpers.__all__`` is sorted, every name in it exists, is documented and named in the
  package's docstring.
* Every public helper that returns a table returns the same columns with the same dtypes
  for an empty input as for a seed article (or the seed corpus).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import types
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

import helpers
from helpers.text import words

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted(ROOT.glob("notebooks/*.ipynb")) + sorted(ROOT.glob("exercises/**/*.ipynb"))


# --- which names the lessons and exercises use ------------------------------------------


def _code(cell_source: str) -> str:
    """A code cell's Python, without IPython's %magics and !shell lines."""
    return "\n".join(line for line in cell_source.split("\n") if not line.lstrip().startswith(("%", "!")))


def helper_uses(source: str) -> set[tuple[str, str]]:
    """(module, name) for every helpers name this code imports or reaches with dots.

    ``from helpers.dedup import shingles`` gives ("helpers.dedup", "shingles");
    ``helpers.timeline.dates_in(...)`` gives ("helpers", "timeline") and
    ("helpers.timeline", "dates_in"); ``import helpers.quotes as q; q.RULES`` gives
    ("helpers.quotes", "RULES"). What follows the first non-module name (a method of the
    result) is not a helpers name.
    """
    tree = ast.parse(source)
    aliases = {"helpers": "helpers"}  # a local name -> the helpers module it stands for
    uses = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "helpers":
                    aliases[alias.asname or "helpers"] = alias.name if alias.asname else "helpers"
        elif (
            isinstance(node, ast.ImportFrom)
            and (node.module or "").split(".")[0] == "helpers"
            and not node.level
        ):
            uses.update((node.module or "", alias.name) for alias in node.names)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            chain: list[str] = []
            inner: ast.expr = node
            while isinstance(inner, ast.Attribute):
                chain.insert(0, inner.attr)
                inner = inner.value
            if isinstance(inner, ast.Name) and inner.id in aliases:
                module = aliases[inner.id]
                for name in chain:
                    uses.add((module, name))
                    if not _is_module(f"{module}.{name}"):
                        break
                    module = f"{module}.{name}"
    return uses


def _is_module(dotted: str) -> bool:
    try:
        importlib.import_module(dotted)
    except ImportError:
        return False
    return True


def notebook_uses() -> dict[tuple[str, str], list[str]]:
    """Every (module, name) the notebooks use, and which notebooks use it."""
    found: dict[tuple[str, str], list[str]] = {}
    for path in NOTEBOOKS:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        for cell in cells:
            if cell["cell_type"] == "code":
                for use in helper_uses(_code("".join(cell["source"]))):
                    where = found.setdefault(use, [])
                    if str(path.relative_to(ROOT)) not in where:
                        where.append(str(path.relative_to(ROOT)))
    return found


USES = notebook_uses()


def test_uses_are_found_in_every_form():
    source = (
        "import helpers\n"
        "import helpers.quotes as q\n"
        "from helpers.dedup import shingles, tokens\n"
        "helpers.load_articles()\n"
        "helpers.timeline.COUNT.search('x')\n"
        "q.RULES\n"
        "pattern.search(text)\n"
    )
    assert helper_uses(source) == {
        ("helpers.dedup", "shingles"),
        ("helpers.dedup", "tokens"),
        ("helpers", "load_articles"),
        ("helpers", "timeline"),
        ("helpers.timeline", "COUNT"),
        ("helpers.quotes", "RULES"),
    }
    assert helper_uses("import pandas as pd\npd.DataFrame()\n") == set()
    assert _code("%load_ext autoreload\nimport helpers") == "import helpers"


def test_the_notebooks_use_helpers():
    assert ("helpers", "load_articles") in USES
    assert ("helpers.checks", "check") in USES


@pytest.mark.parametrize("use", sorted(USES), ids=[f"{m}.{n}" for m, n in sorted(USES)])
def test_every_name_a_lesson_imports_is_public_and_listed(use):
    module_name, name = use
    where = ", ".join(USES[use])
    assert not name.startswith("_"), f"{where} uses the private name {module_name}.{name}"
    module = importlib.import_module(module_name)
    assert hasattr(module, name), f"{where} uses {module_name}.{name}, which does not exist"
    if isinstance(getattr(module, name), types.ModuleType):
        return  # a submodule: its own names are checked where they are used
    listed = getattr(module, "__all__", None)
    assert listed is not None, f"{module_name} has no __all__, yet {where} import(s) {name} from it"
    assert name in listed, f"{where} use(s) {module_name}.{name}, which is not in {module_name}.__all__"


# --- the package's own list -------------------------------------------------------------


def _ruff_order(name: str) -> tuple[int, str]:
    """ruff's order for __all__ (RUF022): CONSTANTS, then Classes, then functions, each A to Z."""
    kind = 0 if name.isupper() else 1 if name[0].isupper() else 2
    return kind, name


def test_package_all_is_sorted_and_every_name_exists():
    assert helpers.__all__ == sorted(helpers.__all__, key=_ruff_order)
    assert len(set(helpers.__all__)) == len(helpers.__all__)
    for name in helpers.__all__:
        assert hasattr(helpers, name), name


def test_every_public_name_is_named_in_the_package_docstring():
    doc = helpers.__doc__ or ""
    missing = [name for name in helpers.__all__ if f"``{name}``" not in doc]
    assert missing == [], f"not described in helpers/__init__.py's docstring: {missing}"


def test_every_public_function_and_class_has_a_docstring():
    for name in helpers.__all__:
        value = getattr(helpers, name)
        if inspect.isfunction(value) or inspect.isclass(value):
            assert inspect.getdoc(value), f"helpers.{name} has no docstring"


def _modules_with_all() -> list[str]:
    names = []
    for path in sorted((ROOT / "helpers").rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        if "__all__" in path.read_text(encoding="utf-8"):
            names.append(".".join(parts))
    return names


@pytest.mark.parametrize("module_name", _modules_with_all())
def test_every_module_all_names_what_it_has(module_name):
    module = importlib.import_module(module_name)
    missing = [name for name in module.__all__ if not hasattr(module, name)]
    assert missing == [], f"{module_name}.__all__ names what it does not have: {missing}"
    assert not [name for name in module.__all__ if name.startswith("_")]


# --- tables: the same columns and dtypes, empty or not ----------------------------------


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    return helpers.load_articles()


def _text(articles: pd.DataFrame, n: int = 0) -> str:
    return str(articles["text"].iloc[n])


def _all_text(articles: pd.DataFrame) -> str:
    """The whole corpus as one text (every seed article, a blank line between them)."""
    return "\n\n".join(articles["text"])


# For each public table-returning helper: (call on an empty input, call on the seeds).
Call = Callable[[pd.DataFrame], pd.DataFrame]
CASES: dict[str, tuple[Call, Call]] = {
    "align_paragraphs": (
        lambda a: helpers.align_paragraphs("", ""),
        lambda a: helpers.align_paragraphs(_text(a, 0), _text(a, 1)),
    ),
    "build_timeline": (
        lambda a: helpers.build_timeline(a.iloc[:0]),
        lambda a: helpers.build_timeline(a),
    ),
    "chronology": (
        lambda a: helpers.chronology(helpers.build_timeline(a.iloc[:0])),
        lambda a: helpers.chronology(helpers.build_timeline(a)),
    ),
    "corpus_quotes": (
        lambda a: helpers.corpus_quotes(a.iloc[:0]),
        lambda a: helpers.corpus_quotes(a),
    ),
    "dated_counts": (
        lambda a: helpers.dated_counts(a.iloc[:0]),
        lambda a: helpers.dated_counts(a),
    ),
    "extract_quotes": (
        lambda a: helpers.extract_quotes(""),
        lambda a: helpers.extract_quotes(_all_text(a)),
    ),
    "find_dates": (
        lambda a: helpers.find_dates("", a["published"].iloc[0]),
        lambda a: helpers.find_dates(_text(a), a["published"].iloc[0]),
    ),
    "find_terms": (
        lambda a: helpers.find_terms(""),
        lambda a: helpers.find_terms(_all_text(a)),
    ),
    "headlines": (
        lambda a: helpers.headlines(a.iloc[:0]),
        lambda a: helpers.headlines(a),
    ),
    "label_lines": (
        lambda a: helpers.label_lines(""),
        lambda a: helpers.label_lines(str(a["raw"].iloc[0])),
    ),
    "log_odds": (
        lambda a: helpers.log_odds([], []),
        lambda a: helpers.log_odds(words(_text(a, 0)), words(_text(a, 1))),
    ),
    "near_duplicates": (
        lambda a: helpers.near_duplicates(pd.Series([], dtype=object, index=pd.Index([], dtype=object))),
        lambda a: helpers.near_duplicates(a.set_index("article_id")["text"]),
    ),
    "quote_shares": (
        lambda a: helpers.quote_shares(a.iloc[:0]),
        lambda a: helpers.quote_shares(a),
    ),
    "reporting_verbs": (
        lambda a: helpers.reporting_verbs(""),
        lambda a: helpers.reporting_verbs(_all_text(a)),
    ),
    "scare_quotes": (
        lambda a: helpers.scare_quotes(""),
        lambda a: helpers.scare_quotes(_all_text(a)),
    ),
    "term_rates": (
        lambda a: helpers.term_rates(a.iloc[:0]),
        lambda a: helpers.term_rates(a),
    ),
    "to_timelinejs": (
        lambda a: helpers.to_timelinejs(helpers.chronology(helpers.build_timeline(a.iloc[:0]))),
        lambda a: helpers.to_timelinejs(helpers.chronology(helpers.build_timeline(a))),
    ),
    "verb_rates": (
        lambda a: helpers.verb_rates(a.iloc[:0]),
        lambda a: helpers.verb_rates(a),
    ),
}
SKIPPED = {
    "load_articles": "a folder with no usable article is a CorpusError, by design, not an empty table",
}


def _returns_table(value: object) -> bool:
    if not inspect.isfunction(value):
        return False
    annotation = inspect.signature(value).return_annotation
    return annotation in (pd.DataFrame, "pd.DataFrame", "DataFrame")


def test_every_table_helper_has_a_case():
    tables = {name for name in helpers.__all__ if _returns_table(getattr(helpers, name))}
    assert tables, "no helper is annotated as returning a DataFrame"
    assert tables - set(CASES) - set(SKIPPED) == set(), "add an empty and a seed call to CASES"
    assert set(CASES) - tables == set(), "CASES names a helper that does not return a table"


def _shape(table: pd.DataFrame) -> list[tuple[str, str]]:
    return [(str(column), str(dtype)) for column, dtype in table.dtypes.items()]


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_table_keeps_its_columns_and_dtypes_when_empty(name, articles):
    empty_call, seed_call = CASES[name]
    empty, full = empty_call(articles), seed_call(articles)
    assert isinstance(empty, pd.DataFrame) and isinstance(full, pd.DataFrame)
    assert len(empty) == 0, f"{name} on an empty input returned {len(empty)} rows"
    assert len(full) > 0, f"{name} found nothing in the seeds: the comparison would prove nothing"
    assert _shape(empty) == _shape(full)


# The public contract in the course design (DESIGN.md, "The public contract of helpers"): the columns each
# main helper returns, at least these, in this order.
CONTRACT = {
    "near_duplicates": ["a", "b", "similarity"],
    "align_paragraphs": ["a", "b", "similarity"],
    "extract_quotes": ["quote", "speaker", "cue", "start", "end", "kind"],
    "find_dates": ["text", "start", "end", "type", "value"],
    "log_odds": ["term", "delta", "z"],
    "find_terms": ["term", "family", "side", "start", "end", "voice"],
}


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_the_main_tables_have_the_contract_columns(name, articles):
    empty_call, seed_call = CASES[name]
    for table in (empty_call(articles), seed_call(articles)):
        columns = list(table.columns)
        assert columns[: len(CONTRACT[name])] == CONTRACT[name]


def test_load_articles_has_the_contract_columns(articles):
    expected = ["article_id", "outlet", "title", "published", "url", "text", "raw"]
    assert set(expected) <= set(articles.columns)
    assert str(articles["published"].dtype).startswith("datetime64")
