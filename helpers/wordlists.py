"""The word lists of the course, read in one place for every lesson.

Lesson 03 (who said a quote) and Lesson 05 (how the reporter frames it) must agree on
what a reporting verb is, so both read :func:`reporting_verb_list`.

Two lists belong to a story: what the text calls each side (``labels``: columns
``side,family,term``) and which names tell a speaker's side (``sides``: ``side,name``).
The course ships them for its own story (``helpers/data/label_terms.csv`` and
``helpers/data/sides.csv``). A corpus folder may hold its own ``labels.csv`` and
``sides.csv``; :func:`word_list` finds them from the articles table (or the folder) and
uses them instead, so a lesson run on another story picks them up with no edit.

Every list is checked as it is read: a missing or unknown column, a row with a blank
cell or too many cells, or a term written twice is an error that names the file, the
line and the problem. Lines that start with ``#`` are notes and are skipped.
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from pathlib import Path
from typing import Literal

import pandas as pd

from helpers.text import DATA_DIR

VERB_LIST_COLUMNS = ["verb", "class", "takes", "form"]
#: The columns of a labels list (what a text calls each side), in order.
LABEL_COLUMNS = ["side", "family", "term"]
#: The columns of a sides list (names that tell a speaker's side), in order.
SIDE_COLUMNS = ["side", "name"]
#: For each story list: the file a corpus folder may hold, the shipped file, its columns.
STORY_LISTS: dict[str, tuple[str, str, list[str]]] = {
    "labels": ("labels.csv", "label_terms.csv", LABEL_COLUMNS),
    "sides": ("sides.csv", "sides.csv", SIDE_COLUMNS),
}
#: The attribute of the articles table that remembers the folder it was loaded from.
CORPUS_DIR_ATTR = "corpus_dir"


class WordListError(ValueError):
    """A word list cannot be used; the message names the file, the line and the problem."""


def parse_word_list(text: str, name: str, columns: list[str], optional: tuple[str, ...] = ()) -> pd.DataFrame:
    """The rows of one CSV word list as a table of text, checked line by line.

    ``text`` is the file's content and ``name`` what error messages call it. The header
    (the first line that is not a ``#`` note or blank) must name every column of
    ``columns`` and may add the ``optional`` ones, in any order. Every cell of a
    required column must hold something; cells are stripped of spaces. A problem raises
    :class:`WordListError` naming the file and the line.

    >>> parse_word_list("# a note\\nside,name\\nRussia, Kremlin\\n", "sides.csv", ["side", "name"])
         side     name
    0  Russia  Kremlin
    >>> parse_word_list("side,name\\nRussia,\\n", "sides.csv", ["side", "name"])
    Traceback (most recent call last):
    ...
    helpers.wordlists.WordListError: sides.csv, line 2: the name cell is empty; every row needs a side and a name
    """
    header: list[str] | None = None
    rows: list[list[str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in next(csv.reader(io.StringIO(line)))]
        if header is None:
            header = _check_header(cells, name, number, columns, optional)
            continue
        if len(cells) > len(header) and any(cells[len(header) :]):
            raise WordListError(
                f"{name}, line {number}: {len(cells)} cells, but the header has {len(header)} "
                f"({','.join(header)}); put a cell with a comma in double quotes"
            )
        cells = (cells + [""] * len(header))[: len(header)]
        for column, cell in zip(header, cells):
            if column in columns and not cell:
                raise WordListError(
                    f"{name}, line {number}: the {column} cell is empty; every row needs {_and(columns)}"
                )
        rows.append(cells)
    if header is None:
        raise WordListError(f"{name}: no header line; the first line must be {','.join(columns)}")
    table = pd.DataFrame(rows, columns=header, dtype=object)
    return table[[c for c in [*columns, *optional] if c in header]].astype(object)


def _and(columns: list[str]) -> str:
    named = [f"a {c}" if c[0] not in "aeiou" else f"an {c}" for c in columns]
    return ", ".join(named[:-1]) + " and " + named[-1]


def _check_header(
    cells: list[str], name: str, number: int, columns: list[str], optional: tuple[str, ...]
) -> list[str]:
    missing = [c for c in columns if c not in cells]
    unknown = [c for c in cells if c not in columns and c not in optional]
    if missing or unknown or len(set(cells)) < len(cells):
        problem = f"missing column(s) {missing}" if missing else f"unknown column(s) {unknown}"
        if not missing and not unknown:
            problem = "a column is named twice"
        raise WordListError(
            f"{name}, line {number}: the header must be {','.join(columns)}; {problem} "
            f"(the header read: {','.join(cells)})"
        )
    return cells


def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise WordListError(f"{path.name}: not UTF-8 text (byte {error.start}); save it as UTF-8") from None


def read_word_list(name: str) -> pd.DataFrame:
    """One shipped CSV word list (in ``helpers/data/``) as text columns.

    Lines starting with # are its header notes. The reporting verbs list's rows may leave
    out ``beside_quote`` and ``takes`` (see :func:`reporting_verb_list`).
    """
    text = _read_text(DATA_DIR / name)
    if name != "reporting_verbs.csv":
        return pd.read_csv(io.StringIO(text), comment="#", dtype=str, keep_default_na=False)
    table = parse_word_list(text, name, ["verb", "class"], ("forms", "beside_quote", "takes"))
    for column in ("forms", "beside_quote", "takes"):
        if column not in table.columns:
            table[column] = ""
    bad = table[
        ~table["class"].isin(["neutral", "marked"])
        | ~table["takes"].isin(["", "words", "target"])
        | ((table["forms"] == "") & (table["beside_quote"] == ""))
    ]
    if len(bad):
        raise WordListError(
            f"{name}: the verb {bad['verb'].iloc[0]!r} needs a class (neutral or marked), "
            "takes (words, target or empty) and at least one form"
        )
    return table


@lru_cache(maxsize=2)
def _verb_forms(beside_quote: bool) -> pd.DataFrame:
    table = read_word_list("reporting_verbs.csv")
    for column in ("beside_quote", "takes"):  # rows may leave these out
        table[column] = table.get(column, pd.Series("", index=table.index)).fillna("")
    table["takes"] = table["takes"].replace("", "words")
    forms = table["forms"] + " " + table["beside_quote"] if beside_quote else table["forms"]
    table["form"] = forms.str.split()
    table = table.explode("form").dropna(subset=["form"])
    table["form"] = table["form"].str.replace("_", " ")  # lashed_out: the phrasal verb "lashed out"
    return table[VERB_LIST_COLUMNS].reset_index(drop=True)


def reporting_verb_list(beside_quote: bool = False) -> pd.DataFrame:
    """The shipped reporting verbs (``helpers/data/reporting_verbs.csv``), one row per form.

    Columns ``verb`` (say), ``class`` (neutral or marked), ``takes`` ("words" for a verb
    that reports what was said, "target" for one that judges a person or thing, such as
    "criticised") and ``form`` (said; a phrasal verb has a space: "lashed out"). By
    default only the forms that are reporting verbs anywhere in a text (the word counts of
    Lesson 05); ``beside_quote=True`` adds the forms that report speech only right beside
    a quotation, as the quote finder uses them ("…,” she continued; “…,” he claims).
    """
    return _verb_forms(bool(beside_quote)).copy()


# ---------------------------------------------------------------------------
# A story's own lists: labels.csv and sides.csv in the corpus folder
# ---------------------------------------------------------------------------


def _check_story_list(table: pd.DataFrame, name: str, text: str, columns: list[str]) -> None:
    """Errors a table can only show whole: a term (or name) twice, one with no letter."""
    key = columns[-1]  # term or name
    lines = [
        number
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.lstrip().startswith("#")
    ][1:]  # the line of each row, after the header
    seen: dict[str, int] = {}
    for number, value in zip(lines, table[key]):
        if not any(ch.isalnum() for ch in value):
            raise WordListError(f"{name}, line {number}: the {key} {value!r} has no letter or digit")
        if value.lower() in seen:
            raise WordListError(
                f"{name}, line {number}: the {key} {value!r} is already on line "
                f"{seen[value.lower()]} (case does not matter); keep one"
            )
        seen[value.lower()] = number


@lru_cache(maxsize=16)
def _story_list(path: str, kind: str, shipped: bool, stamp: tuple[int, int]) -> pd.DataFrame:
    file = Path(path)
    columns = STORY_LISTS[kind][2]
    text = _read_text(file)
    table = parse_word_list(text, file.name, columns)
    _check_story_list(table, file.name, text, columns)
    if shipped:
        table.attrs["source"] = f"helpers/data/{file.name} (shipped with the course)"
    else:
        table.attrs["source"] = f"{file.name} (in the corpus folder)"
    return table


def corpus_folder(corpus: pd.DataFrame | str | Path | None) -> Path | None:
    """The folder a corpus was loaded from: the articles table remembers it, or a path.

    ``None`` (and a table that does not remember a folder) give ``None``.
    """
    if corpus is None:
        return None
    if isinstance(corpus, pd.DataFrame):
        folder = corpus.attrs.get(CORPUS_DIR_ATTR)
        return Path(folder) if folder else None
    if isinstance(corpus, (str, Path)):
        return Path(corpus)
    raise TypeError(
        f"corpus must be the articles table, a folder (str or Path) or None, not {type(corpus).__name__}"
    )


def word_list(
    kind: Literal["labels", "sides"], corpus: pd.DataFrame | str | Path | None = None
) -> pd.DataFrame:
    """A story's word list: the corpus folder's own ``labels.csv`` or ``sides.csv``, if any.

    ``kind`` is ``"labels"`` (columns ``side``, ``family``, ``term``: what the text
    calls each side) or ``"sides"`` (``side``, ``name``: names that tell a speaker's
    side). ``corpus`` is the articles table from :func:`helpers.load_articles` (it
    remembers its folder), a folder, or ``None``. When the folder holds the file, that
    list is used; otherwise the list shipped with the course (written for its own
    story, Idlib 2020). ``table.attrs["source"]`` says which file was read.

    A malformed file raises :class:`WordListError` naming the file, line and problem.

    >>> word_list("sides").attrs["source"]
    'helpers/data/sides.csv (shipped with the course)'
    """
    if kind not in STORY_LISTS:
        raise ValueError(f"kind must be 'labels' or 'sides', not {kind!r}")
    own_name, shipped_name, _ = STORY_LISTS[kind]
    folder = corpus_folder(corpus)
    path, shipped = DATA_DIR / shipped_name, True
    if folder is not None and (folder / own_name).is_file():
        path, shipped = folder / own_name, False
    status = path.stat()
    table = _story_list(str(path), kind, shipped, (status.st_mtime_ns, status.st_size))
    copy = table.copy()
    copy.attrs = dict(table.attrs)
    return copy
