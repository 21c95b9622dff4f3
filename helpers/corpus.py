"""Load a folder of articles into one table: one row per article::

    articles = load_articles()            # the five bundled seed articles
    articles = load_articles("my_story")  # any folder of .txt / .md / .html files

Each file is read, never written. What the text itself says (title, date, url, agency,
outlet) is read from it; a saved web page's own metadata and a markdown file's front
matter fill what the text lacks; an optional ``manifest.csv`` in the folder fills in, or
corrects, all of them. A problem with one file is reported as a warning that names the
file, and that file is left out; a problem with the folder is an error.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from helpers.cleaning import METADATA_FIELDS, body_from_labels, label_line_list, metadata_from_labels
from helpers.files import (
    ARTICLE_SUFFIXES,
    OTHER_DOCUMENTS,
    WEB_ARCHIVE_SUFFIXES,
    CorpusError,
    CorpusWarning,
    markup_kind,
    read_article_file,
    read_web_archive,
    report,
    warn_if_large,
)
from helpers.language import foreign_language
from helpers.pages import (
    FRONT_MATTER_KEYS,
    front_matter_metadata,
    parse_publication_date,
    read_web_page,
    split_front_matter,
)

__all__ = [
    "ARTICLE_COLUMNS",
    "ARTICLE_SUFFIXES",
    "MANIFEST_COLUMNS",
    "SEEDS_DIR",
    "CorpusError",
    "CorpusWarning",
    "load_articles",
    "read_article",
    "read_article_file",
    "read_manifest",
]

#: The bundled seed articles: seeds/ at the top of the course folder, or the copy that a
#: regular (non-editable) install keeps inside the package.
_HERE = Path(__file__).resolve().parent
SEEDS_DIR = _HERE.parent / "seeds" if (_HERE.parent / "seeds").is_dir() else _HERE / "_seeds"

MANIFEST_NAME = "manifest.csv"
#: The columns of the articles table, in order.
ARTICLE_COLUMNS = ["article_id", "outlet", "agency", "title", "published", "url", "text", "raw", "file"]
#: Columns a manifest may fill in (besides article_id, which it must have).
MANIFEST_COLUMNS = ["outlet", "agency", "title", "published", "url"]
#: Files in a corpus folder that are not articles.
NOT_ARTICLES = {"readme.md", "readme.txt", MANIFEST_NAME, "labels.csv", "sides.csv"}


def read_manifest(folder: Path) -> pd.DataFrame | None:
    """The folder's manifest.csv as a table indexed by article_id, or None if there is none.

    Every value is text except ``published``, which is a date (see
    :func:`helpers.pages.parse_publication_date`) or None when the cell is empty.
    """
    path = Path(folder) / MANIFEST_NAME
    if not path.exists():
        return None
    try:
        manifest = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as error:
        raise CorpusError(f"{path.name}: cannot be read as CSV ({error})") from None
    except OSError as error:
        raise CorpusError(f"{path.name}: cannot be read ({(error.strerror or str(error)).lower()})") from None
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
    manifest = manifest.apply(lambda column: column.str.strip())
    duplicated = sorted(manifest.loc[manifest["article_id"].duplicated(), "article_id"])
    if duplicated:
        raise CorpusError(f"{path.name}: article_id listed more than once: {duplicated}")
    table = manifest.set_index("article_id").astype(object)
    if "published" in table.columns:
        dates: list[pd.Timestamp | None] = []
        for row, value in enumerate(table["published"], start=2):
            try:
                dates.append(parse_publication_date(value) if value else None)
            except ValueError as error:
                raise CorpusError(f"{path.name}, line {row}: published {error}") from None
        table["published"] = dates
    return table


def read_article(path: Path, strict: bool = False) -> dict[str, Any] | None:
    """One article file as a row of the articles table (without the manifest), or None.

    A ``.html``/``.htm`` file, a web archive (``.mht``/``.mhtml``, see
    :func:`helpers.files.read_web_archive`), or a web page saved with a ``.txt``/``.md`` ending, is
    read as a web page (:func:`helpers.pages.read_web_page`); markdown front matter is
    taken off the top (:func:`helpers.pages.split_front_matter`). What the text says
    comes first; the page's metadata or the front matter fill what it lacks.
    """
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    raw = (
        read_web_archive(path, strict) if suffix in WEB_ARCHIVE_SUFFIXES else read_article_file(path, strict)
    )
    if raw is None:
        return None
    kind = "html" if suffix in (".html", ".htm", *WEB_ARCHIVE_SUFFIXES) else markup_kind(raw)
    if kind == "rtf":
        report(
            f"{name}: is an RTF document (rich text from Word or TextEdit), not plain text; "
            "save it as plain text (.txt); skipped",
            strict,
        )
        return None
    extra: dict[str, Any] = {}
    body = raw
    if kind == "html":
        if suffix not in (".html", ".htm", *WEB_ARCHIVE_SUFFIXES):
            report(f"{name}: is a web page (HTML), not plain text; read as a web page", strict)
        page = read_web_page(raw)
        body = page.as_text()
        extra = {
            "title": page.title,
            "published": page.published,
            "url": page.url,
            "outlet": page.site,
            "agency": page.agency,
        }
    else:
        try:
            fields, body = split_front_matter(raw)
        except ValueError as error:
            report(f"{name}: {error}; its fields were ignored", strict)
            fields, body = split_front_matter(raw, strict=False)
        try:
            extra = front_matter_metadata(fields)
        except ValueError as error:  # a date that cannot be read
            report(f"{name}: front matter date {error}; the date was ignored", strict)
            dates = FRONT_MATTER_KEYS["published"]
            extra = front_matter_metadata({k: v for k, v in fields.items() if k not in dates})
        if extra.get("title") and not body.lstrip().startswith("#"):
            body = f"# {extra['title']}\n\n{body}"  # so that no body line is taken for the title
    labels = label_line_list(body)  # label once; the text and the metadata both come from it
    text = body_from_labels(labels)
    if not text:
        report(f"{name}: no body text left after cleaning; skipped", strict)
        return None
    row = metadata_from_labels(labels, links=not extra.get("outlet"))
    for field in METADATA_FIELDS:
        if row[field] is None and extra.get(field) is not None:
            row[field] = extra[field]
    warn_if_large(text, name, strict)
    language = foreign_language(text)
    if language:
        report(
            f"{name}: looks like {language}, not English; the helpers are written for English "
            "news, so its quotes, dates and bylines may be missed or misread",
            strict,
        )
    return {"article_id": path.stem, **row, "text": text, "raw": raw, "file": name}


def _article_paths(folder: Path, strict: bool) -> list[Path]:
    """The article files in ``folder``, sorted by name; documents that are not read get a warning."""
    try:
        files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    except OSError as error:
        raise CorpusError(
            f"Corpus folder '{folder.name}' cannot be read ({(error.strerror or str(error)).lower()})"
        ) from None
    paths = []
    for path in files:
        suffix = path.suffix.lower()
        if suffix in ARTICLE_SUFFIXES and path.name.lower() not in NOT_ARTICLES:
            paths.append(path)
        elif suffix in OTHER_DOCUMENTS:
            report(
                f"{path.name}: is {OTHER_DOCUMENTS[suffix]}, which is not read; save the article "
                f"as plain text (.txt) or as a web page (.html); skipped",
                strict,
            )
    return paths


def load_articles(folder: str | Path | None = None, strict: bool = False) -> pd.DataFrame:
    """Load every .txt, .md, .html and .mhtml article in ``folder`` (default: the bundled seeds).

    Returns one row per article, sorted by file name, with columns
    ``article_id`` (file name without extension), ``outlet``, ``agency``, ``title``,
    ``published`` (a date, NaT when unknown), ``url``, ``text`` (clean body, paragraphs
    separated by a blank line), ``raw`` (the file as read) and ``file`` (its name).
    Missing values are left missing (``NaT`` for a date, ``<NA>`` for text), never
    guessed. Each value comes from the manifest if it gives one, else from the text, else
    from a web page's metadata or a markdown file's front matter. A file that cannot be
    used is left out with a warning naming it; so are documents that are not read
    (``.pdf``, ``.docx`` …). An article not in English, or as long as hundreds of
    articles, is kept with a warning. With ``strict=True`` every warning is an error.

    >>> load_articles()[["article_id", "outlet"]].head(2)
                 article_id                outlet
    0  000_0af351e3b7521d44      The Moscow Times
    1  001_4adf9b929fb8dcbc  Unnamed reprint site
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

    paths = _article_paths(folder, strict)
    if not paths:
        raise CorpusError(f"Corpus folder '{folder.name}' has no .txt, .md or .html articles")
    stems = pd.Series([p.stem for p in paths])
    if stems.duplicated().any():
        raise CorpusError(
            f"Corpus folder '{folder.name}': two files share a name "
            f"{sorted(set(stems[stems.duplicated()]))}; article ids must be unique"
        )
    manifest = read_manifest(folder)

    rows = []
    for path in paths:
        row = read_article(path, strict)
        if row is None:
            continue
        if manifest is not None and path.stem in manifest.index:
            for column in manifest.columns:
                value = manifest.at[path.stem, column]
                if value is not None and value != "":
                    row[column] = value
        rows.append(row)

    if manifest is not None:
        unknown = sorted(set(manifest.index) - set(stems))
        if unknown:
            report(f"{MANIFEST_NAME}: lists article_id(s) with no file: {unknown}", strict)
    if not rows:
        raise CorpusError(
            f"Corpus folder '{folder.name}': none of its {len(paths)} file(s) "
            "could be used (see the warnings above)"
        )
    articles = articles_table(rows)
    # Word-list hook (issue 14): the table remembers its folder, so that
    # helpers.wordlists.word_list finds the story's own labels.csv and sides.csv there.
    articles.attrs["corpus_dir"] = str(folder.resolve())
    return articles


def articles_table(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The articles table made from rows: :data:`ARTICLE_COLUMNS`, the same dtypes always.

    ``published`` is ``datetime64[ns]``; every other column is pandas' ``string`` dtype
    (a missing value shows as ``<NA>`` in every pandas version).

    >>> articles_table([]).dtypes.astype(str).to_dict()["published"]
    'datetime64[ns]'
    """
    articles = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    text_columns = [c for c in ARTICLE_COLUMNS if c != "published"]
    articles[text_columns] = articles[text_columns].astype("string")
    published = [pd.NaT if value is None else value for value in articles["published"]]
    articles["published"] = pd.Series(
        pd.DatetimeIndex(published, dtype="datetime64[ns]"), index=articles.index
    )
    return articles
