"""Load a folder of articles into one table: one row per article.

>>> articles = load_articles()          # the five bundled seed articles
>>> articles = load_articles("my_story") # any folder of .txt / .md files

Each file is read, never written. What the text itself says (title, date, url, agency,
outlet) is read from it; an optional ``manifest.csv`` in the folder fills in, or
corrects, what the text lacks. A problem with one file is reported as a warning that
names the file, and that file is left out; a problem with the folder is an error.
"""

from __future__ import annotations

import codecs
import warnings
from pathlib import Path

import pandas as pd

from helpers.cleaning import clean_body, line_labels, metadata_from_labels

#: The bundled seed articles: seeds/ at the top of the course folder, or the copy that a
#: regular (non-editable) install keeps inside the package.
_HERE = Path(__file__).resolve().parent
SEEDS_DIR = _HERE.parent / "seeds" if (_HERE.parent / "seeds").is_dir() else _HERE / "_seeds"

ARTICLE_SUFFIXES = (".txt", ".md")
MANIFEST_NAME = "manifest.csv"
#: The columns of the articles table, in order.
COLUMNS = ["article_id", "outlet", "agency", "title", "published", "url", "text", "raw", "file"]
#: Columns a manifest may fill in (besides article_id, which it must have).
MANIFEST_COLUMNS = ["outlet", "agency", "title", "published", "url"]


class CorpusError(ValueError):
    """A folder of articles cannot be loaded; the message says which file and why."""


class CorpusWarning(UserWarning):
    """One article file has a problem; the message says which file and what was done."""


def _warn(message: str, strict: bool) -> None:
    if strict:
        raise CorpusError(message)
    warnings.warn(message, CorpusWarning, stacklevel=3)


def read_article_file(path: Path, strict: bool = False) -> str | None:
    """The text of one article file, or None (with a warning) if it cannot be used.

    UTF-8 is expected. A byte-order mark is removed; a file that is not UTF-8 is read
    as Windows-1252 (the usual culprit) with a warning; a binary or empty file is skipped.
    """
    path = Path(path)
    data = path.read_bytes()
    name = path.name
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        _warn(f"{name}: saved as UTF-16; read it as UTF-16 (save it as UTF-8 to silence this)", strict)
        return data.decode("utf-16")
    if b"\x00" in data[:8192]:
        _warn(f"{name}: looks like a binary file, not text; skipped", strict)
        return None
    if data.startswith(codecs.BOM_UTF8):
        _warn(f"{name}: starts with a UTF-8 byte-order mark; the mark was removed", strict)
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            _warn(f"{name}: not UTF-8 or Windows-1252 text (byte {error.start}); skipped", strict)
            return None
        _warn(
            f"{name}: not UTF-8 (byte {error.start}); read as Windows-1252, "
            "check its quotation marks and accents",
            strict,
        )
    if not text.strip():
        _warn(f"{name}: is empty; skipped", strict)
        return None
    return text


def read_manifest(folder: Path) -> pd.DataFrame | None:
    """The folder's manifest.csv as a table indexed by article_id, or None if there is none."""
    path = folder / MANIFEST_NAME
    if not path.exists():
        return None
    try:
        manifest = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as error:
        raise CorpusError(f"{path.name}: cannot be read as CSV ({error})") from None
    manifest.columns = [str(c).strip() for c in manifest.columns]
    if "article_id" not in manifest.columns:
        raise CorpusError(
            f"{path.name}: needs an 'article_id' column (the file name without "
            f"its extension); it has {list(manifest.columns)}"
        )
    unknown = sorted(set(manifest.columns) - {"article_id", *MANIFEST_COLUMNS})
    if unknown:
        raise CorpusError(
            f"{path.name}: unknown column(s) {unknown}; allowed: article_id, {', '.join(MANIFEST_COLUMNS)}"
        )
    duplicated = sorted(manifest.loc[manifest["article_id"].duplicated(), "article_id"])
    if duplicated:
        raise CorpusError(f"{path.name}: article_id listed more than once: {duplicated}")
    manifest = manifest.apply(lambda column: column.str.strip())
    if "published" in manifest.columns:
        for row, value in enumerate(manifest["published"], start=2):
            if value and pd.isna(pd.to_datetime(value, errors="coerce", format="ISO8601")):
                raise CorpusError(
                    f"{path.name}, line {row}: published {value!r} is not a date (write it as YYYY-MM-DD)"
                )
    return manifest.set_index("article_id")


def load_articles(folder: str | Path | None = None, strict: bool = False) -> pd.DataFrame:
    """Load every .txt and .md article in ``folder`` (default: the bundled seeds).

    Returns one row per article, sorted by file name, with columns
    ``article_id`` (file name without extension), ``outlet``, ``agency``, ``title``,
    ``published`` (a date, NaT when unknown), ``url``, ``text`` (clean body, paragraphs
    separated by a blank line), ``raw`` (the file as read) and ``file`` (its name).
    Missing values are left missing (``NaT`` for a date, ``<NA>`` for text), never
    guessed. With ``strict=True`` a problem with any one file is an error, not a warning.
    """
    if folder is None:
        folder = SEEDS_DIR
    if not isinstance(folder, (str, Path)):
        raise TypeError(f"folder must be a path (str or pathlib.Path) or None, not {type(folder).__name__}")
    folder = Path(folder)
    if not folder.exists():
        raise FileNotFoundError(f"Corpus folder '{folder}' does not exist")
    if not folder.is_dir():
        raise NotADirectoryError(f"Corpus folder '{folder}' is a file, not a folder")

    paths = sorted(
        p
        for p in folder.iterdir()
        if p.is_file()
        and p.suffix.lower() in ARTICLE_SUFFIXES
        and not p.name.startswith(".")
        and p.name.lower() != "readme.md"
    )
    if not paths:
        raise CorpusError(f"Corpus folder '{folder.name}' has no .txt or .md articles")
    stems = pd.Series([p.stem for p in paths])
    if stems.duplicated().any():
        raise CorpusError(
            f"Corpus folder '{folder.name}': two files share a name "
            f"{sorted(set(stems[stems.duplicated()]))}; article ids must be unique"
        )
    manifest = read_manifest(folder)

    rows = []
    for path in paths:
        raw = read_article_file(path, strict)
        if raw is None:
            continue
        labels = line_labels(raw)  # label once; the text and the metadata both come from it
        text = clean_body(labels)
        if not text:
            _warn(f"{path.name}: no body text left after cleaning; skipped", strict)
            continue
        row = {
            "article_id": path.stem,
            **metadata_from_labels(labels),
            "text": text,
            "raw": raw,
            "file": path.name,
        }
        if manifest is not None and path.stem in manifest.index:
            for column in manifest.columns:
                value = manifest.at[path.stem, column]
                if value:
                    row[column] = pd.Timestamp(value) if column == "published" else value
        rows.append(row)

    if manifest is not None:
        unknown = sorted(set(manifest.index) - set(stems))
        if unknown:
            _warn(f"{MANIFEST_NAME}: lists article_id(s) with no file: {unknown}", strict)
    if not rows:
        raise CorpusError(
            f"Corpus folder '{folder.name}': none of its {len(paths)} file(s) "
            "could be used (see the warnings above)"
        )

    articles = pd.DataFrame(rows, columns=COLUMNS)
    # pandas' "string" dtype marks a missing value as <NA> in every pandas version.
    text_columns = [c for c in COLUMNS if c != "published"]
    articles[text_columns] = articles[text_columns].astype("string")
    articles["published"] = pd.to_datetime(articles["published"]).astype("datetime64[ns]")
    # Word-list hook (issue 14): the table remembers its folder, so that
    # helpers.wordlists.word_list finds the story's own labels.csv and sides.csv there.
    articles.attrs["corpus_dir"] = str(folder.resolve())
    return articles
