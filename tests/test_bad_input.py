"""Bad input gets a clear message naming the file and the problem, and nothing is ever written."""

import hashlib
import shutil
import warnings

import pandas as pd
import pytest

from helpers import SEEDS_DIR, CorpusError, clean_text, label_lines, load_articles
from tests.folders import GOOD, load_with_warnings


def test_missing_folder(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"no_such_story.*does not exist"):
        load_articles(tmp_path / "no_such_story")


def test_folder_is_a_file(folder):
    with pytest.raises(NotADirectoryError, match=r"good.txt.*is a file"):
        load_articles(folder / "good.txt")


def test_empty_folder(tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n")
    with pytest.raises(CorpusError, match=r"has no .txt, .md or .html articles"):
        load_articles(tmp_path)


def test_wrong_type():
    with pytest.raises(TypeError, match="folder must be a path"):
        load_articles(42)
    with pytest.raises(TypeError, match="raw must be a str"):
        clean_text(b"bytes")
    with pytest.raises(TypeError, match="raw must be a str"):
        label_lines(None)


def test_empty_text_gives_empty_results():
    assert clean_text("") == ""
    assert clean_text("  \n\n \t") == ""
    empty = label_lines("")
    assert empty.empty and list(empty.columns) == ["line", "kind", "text"]


@pytest.mark.parametrize("content", [b"", b"   \n\t\n  "], ids=["empty", "whitespace"])
def test_empty_file_is_skipped_with_a_warning(folder, content):
    (folder / "blank.txt").write_bytes(content)
    articles, messages = load_with_warnings(folder)
    assert list(articles["article_id"]) == ["good"]
    assert messages == ["blank.txt: is empty; skipped"]


def test_binary_file_is_skipped_with_a_warning(folder):
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    articles, messages = load_with_warnings(folder)
    assert list(articles["article_id"]) == ["good"]
    assert messages == ["photo.txt: looks like a binary file, not text; skipped"]


def test_cp1252_file_is_read_with_a_warning(folder):
    text = "Talks in Ankara on Idlib\n\n\u201cThis is unacceptable,\u201d Peskov said \u2013 again.\n"
    (folder / "windows.txt").write_bytes(text.encode("cp1252"))
    articles, messages = load_with_warnings(folder)
    assert len(messages) == 1 and messages[0].startswith("windows.txt: not UTF-8")
    row = articles.set_index("article_id").loc["windows"]
    assert row["text"] == "\u201cThis is unacceptable,\u201d Peskov said \u2013 again."


def test_bom_is_removed_with_a_warning(folder):
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    articles, messages = load_with_warnings(folder)
    assert messages == ["bom.txt: starts with a UTF-8 byte-order mark; the mark was removed"]
    row = articles.set_index("article_id").loc["bom"]
    assert row["title"] == "Headline about the talks in Ankara"
    assert "\ufeff" not in row["raw"] + row["text"]


def test_utf16_file_is_read_with_a_warning(folder):
    (folder / "wide.txt").write_bytes(GOOD.encode("utf-16"))
    articles, messages = load_with_warnings(folder)
    assert messages[0].startswith("wide.txt: saved as UTF-16")
    assert articles.set_index("article_id").loc["wide", "text"] == clean_text(GOOD)


def test_file_with_no_body_after_cleaning(folder):
    (folder / "shell.md").write_text("---\n\nblock\n\nOriginal url:\n\n<https://example.org/a>\n")
    articles, messages = load_with_warnings(folder)
    assert list(articles["article_id"]) == ["good"]
    assert messages == ["shell.md: no body text left after cleaning; skipped"]


def test_every_file_bad_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_text("")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01")
    with pytest.raises(CorpusError, match="none of its 2 file"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        load_articles(tmp_path)


def test_strict_turns_warnings_into_errors(folder):
    (folder / "blank.txt").write_text("")
    with pytest.raises(CorpusError, match=r"blank.txt: is empty"):
        load_articles(folder, strict=True)


def test_two_files_with_one_name(folder):
    (folder / "good.md").write_text(GOOD)
    with pytest.raises(CorpusError, match=r"two files share a name.*good"):
        load_articles(folder)


def test_md_files_and_readme(folder):
    (folder / "second.md").write_text(
        "# A **bold** headline for the test\n\nBody [text](http://x.org) here.\n"
    )
    (folder / "README.md").write_text("# About this folder\n\nNot an article.\n")
    articles = load_articles(folder).set_index("article_id")
    assert list(articles.index) == ["good", "second"]
    assert articles.loc["second", "title"] == "A bold headline for the test"
    assert articles.loc["second", "text"] == "Body text here."


# --- manifest.csv ---------------------------------------------------------------


def test_manifest_fills_what_the_text_lacks(folder):
    (folder / "manifest.csv").write_text(
        "article_id,outlet,published,url\ngood,Daily Test,2020-02-12,https://example.org/good\n"
    )
    row = load_articles(folder).set_index("article_id").loc["good"]
    assert row["outlet"] == "Daily Test"
    assert row["published"] == pd.Timestamp("2020-02-12")
    assert row["url"] == "https://example.org/good"
    assert row["title"] == "Headline about the talks in Ankara"  # not in the manifest: from the text


@pytest.mark.parametrize(
    "manifest, message",
    [
        ("file,outlet\ngood.txt,X\n", "manifest.csv: needs an 'article_id' column"),
        ("article_id,colour\ngood,red\n", r"manifest.csv: unknown column\(s\) \['colour'\]"),
        (
            "article_id,published\ngood,last Tuesday\n",
            "manifest.csv, line 2: published 'last Tuesday' is not a date",
        ),
        (
            "article_id,outlet\ngood,X\ngood,Y\n",
            r"manifest.csv: article_id listed more than once: \['good'\]",
        ),
    ],
    ids=["no article_id", "unknown column", "bad date", "repeated id"],
)
def test_bad_manifest(folder, manifest, message):
    (folder / "manifest.csv").write_text(manifest)
    with pytest.raises(CorpusError, match=message):
        load_articles(folder)


def test_manifest_naming_a_missing_file(folder):
    (folder / "manifest.csv").write_text("article_id,outlet\ngood,X\nghost,Y\n")
    _, messages = load_with_warnings(folder)
    assert messages == ["manifest.csv: lists article_id(s) with no file: ['ghost']"]


# --- nothing is written ---------------------------------------------------------


def snapshot(folder):
    return {
        str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_input_folder_is_never_modified(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS_DIR, corpus)
    (corpus / "cp.txt").write_bytes(
        "Caf\u00e9 talks in Ankara today\n\nA \u201cquoted\u201d line.\n".encode("cp1252")
    )
    (corpus / "bom.txt").write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    (corpus / "empty.txt").write_text("")
    before = snapshot(corpus)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        load_articles(corpus)
    assert snapshot(corpus) == before


def test_loading_the_seeds_writes_nothing():
    before = snapshot(SEEDS_DIR)
    load_articles()
    assert snapshot(SEEDS_DIR) == before
