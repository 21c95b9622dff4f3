"""Real class folders (issue 19): saved web pages, front matter, odd encodings, other
languages, big files, manifest dates, outlets without a manifest, and no network.

Every expected value here is read off the input written in the test (or off the seed
files by hand); none is produced by the code under test.
"""

import codecs
import shutil
import socket
import warnings
from pathlib import Path

import pandas as pd
import pytest

import helpers.files
from helpers import SEEDS_DIR, CorpusError, clean_text, label_lines, load_articles
from helpers.cleaning import extract_metadata
from helpers.corpus import ARTICLE_COLUMNS, articles_table
from helpers.language import foreign_language, guess_language
from helpers.pages import parse_publication_date, split_front_matter
from tests.folders import GOOD
from tests.folders import load_with_warnings as load_table_with_warnings

SAVED_PAGE = (
    Path(__file__).resolve().parent.parent / "notebooks" / "data" / "saved_page" / "000_saved_page.html"
)
SEED_000 = next(SEEDS_DIR.glob("000_*.txt"))
TITLE_000 = "Kremlin to Turkey: Help Stop Attacks on Syrian and Russian Forces in Idlib"
URL_000 = (
    "https://www.themoscowtimes.com/2020/02/11/"
    "kremlin-to-turkey-help-stop-attacks-on-syrian-and-russian-forces-in-idlib-a69238"
)


def load_with_warnings(folder, **kwargs):
    """As tests.folders.load_with_warnings, with the articles indexed by their id."""
    articles, messages = load_table_with_warnings(folder, **kwargs)
    return articles.set_index("article_id"), messages


# --- saved web pages --------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>Talks go on - Daily Test</title>
<meta property="og:title" content="Talks in Ankara go on for a second day">
<meta property="og:site_name" content="Daily Test">
<meta property="article:published_time" content="2020-02-12T23:40:00-05:00">
<link rel="canonical" href="https://dailytest.example/2020/02/12/talks">
<script>var links = '<a rel="noopener" href="logo.svg">';</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Talks in Ankara go on for a second day</h1>
<p>Russian and Turkish officials met in Ankara on Wednesday for a second day of talks on
the fighting in Syria's Idlib province, a diplomat said.</p>
<p>"We want calm in Idlib," the diplomat said, asking not to be named because the talks were private.</p>
</article><footer>Copyright Daily Test. All rights reserved.</footer></body></html>
"""


def test_saved_page_is_an_article(folder):
    (folder / "talks.html").write_text(PAGE, encoding="utf-8")
    articles, messages = load_with_warnings(folder)
    assert messages == []
    row = articles.loc["talks"]
    assert row["title"] == "Talks in Ankara go on for a second day"
    assert row["published"] == pd.Timestamp("2020-02-12")  # the local date of -05:00, as written
    assert row["url"] == "https://dailytest.example/2020/02/12/talks"
    assert row["outlet"] == "Daily Test"
    assert row["file"] == "talks.html" and row["raw"] == PAGE
    paragraphs = row["text"].split("\n\n")
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("Russian and Turkish officials met in Ankara")
    assert paragraphs[1] == (
        '"We want calm in Idlib," the diplomat said, asking not to be named because the talks were private.'
    )
    for junk in ("Home", "Copyright", "noopener", "logo.svg", "<", "var links"):
        assert junk not in row["text"], junk


def test_htm_ending_and_manifest_wins_over_the_page(folder):
    (folder / "talks.htm").write_text(PAGE, encoding="utf-8")
    (folder / "manifest.csv").write_text("article_id,outlet,published\ntalks,Wire Copy,2020-02-13\n")
    row = load_articles(folder).set_index("article_id").loc["talks"]
    assert row["outlet"] == "Wire Copy"
    assert row["published"] == pd.Timestamp("2020-02-13")
    assert row["title"] == "Talks in Ankara go on for a second day"  # not in the manifest: the page's


def test_lesson_01_saved_page_matches_its_pasted_copy(tmp_path):
    shutil.copy(SAVED_PAGE, tmp_path)
    page = load_articles(tmp_path).iloc[0]
    pasted = load_articles().set_index("article_id").loc[SEED_000.stem]
    assert page["title"] == TITLE_000  # read off the seed's "# " line by hand
    assert page["published"] == pd.Timestamp("2020-02-11")
    assert page["url"] == URL_000
    assert page["outlet"] == "The Moscow Times"
    assert page["agency"] == "Reuters"
    assert page["text"] == pasted["text"]  # the same nine paragraphs, caption and promo left out
    assert len(page["text"].split("\n\n")) == 9


def test_saved_page_in_a_txt_file_is_read_as_a_page(folder):
    (folder / "saved.txt").write_text(PAGE, encoding="utf-8")
    articles, messages = load_with_warnings(folder)
    assert messages == ["saved.txt: is a web page (HTML), not plain text; read as a web page"]
    assert articles.loc["saved", "outlet"] == "Daily Test"
    assert "<" not in articles.loc["saved", "text"]
    with pytest.raises(CorpusError, match=r"saved\.txt: is a web page"):
        load_articles(folder, strict=True)


def test_html_fragment_in_an_md_file_is_read_as_a_page(folder):
    fragment = PAGE[PAGE.index("<article>") : PAGE.index("</article>") + len("</article>")]
    fragment = "<div class='story'>" + fragment + "<br><br><br><br><br></div>"
    (folder / "cut.md").write_text(fragment, encoding="utf-8")
    articles, messages = load_with_warnings(folder)
    assert messages == ["cut.md: is a web page (HTML), not plain text; read as a web page"]
    assert articles.loc["cut", "title"] == "Talks in Ankara go on for a second day"
    assert articles.loc["cut", "text"].startswith("Russian and Turkish officials met in Ankara")


def test_rtf_in_a_txt_file_is_skipped(folder):
    (folder / "word.txt").write_text(
        r"{\rtf1\ansi{\fonttbl\f0 Times;}\f0 The Kremlin said\par}", encoding="ascii"
    )
    articles, messages = load_with_warnings(folder)
    assert list(articles.index) == ["good"]
    assert messages == [
        "word.txt: is an RTF document (rich text from Word or TextEdit), not plain text; "
        "save it as plain text (.txt); skipped"
    ]


@pytest.mark.parametrize("name, what", [("story.pdf", "a PDF"), ("story.docx", "a Word document")])
def test_documents_that_are_not_read_are_named(folder, name, what):
    (folder / name).write_bytes(b"%PDF-1.4 whatever")
    (folder / "notes.csv").write_text("a,b\n")  # not a document: passed over in silence
    _, messages = load_with_warnings(folder)
    assert messages == [
        f"{name}: is {what}, which is not read; save the article as plain text (.txt) "
        "or as a web page (.html); skipped"
    ]


# --- markdown front matter ----------------------------------------------------------

CLIPPED = """---
title: "Talks in Ankara go on for a second day"
source: "https://www.reuters.com/article/us-syria-security-turkey-russia-idUSKBN2060XX"
published: 2020-02-12T10:32:00Z
created: 2026-11-30
tags:
  - clippings
  - syria
---

Russian and Turkish officials met in Ankara on Wednesday for a second day of talks.

"We want calm in Idlib," a diplomat said.
"""


def test_front_matter_gives_metadata_and_never_reaches_the_body(folder):
    (folder / "clip.md").write_text(CLIPPED, encoding="utf-8")
    articles, messages = load_with_warnings(folder)
    assert messages == []
    row = articles.loc["clip"]
    assert row["title"] == "Talks in Ankara go on for a second day"
    assert row["published"] == pd.Timestamp("2020-02-12")  # "published", never "created"
    assert row["url"] == "https://www.reuters.com/article/us-syria-security-turkey-russia-idUSKBN2060XX"
    assert row["outlet"] == "Reuters"  # from the address's site
    assert row["text"] == (
        "Russian and Turkish officials met in Ankara on Wednesday for a second day of talks.\n\n"
        '"We want calm in Idlib," a diplomat said.'
    )


def test_front_matter_as_text_not_dates():
    fields, body = split_front_matter("---\npublished: 2020-02-12T10:32:00+03:00\ntags: [a, b]\n---\nBody.")
    assert fields == {"published": "2020-02-12T10:32:00+03:00", "tags": "a, b"}
    assert body == "Body."
    assert split_front_matter("No front matter.") == ({}, "No front matter.")


def test_broken_front_matter_is_named_and_its_fields_ignored(folder):
    (folder / "clip.md").write_text("---\ntitle: [unclosed\n  - x\nnot a field\n---\nThe body text here.\n")
    articles, messages = load_with_warnings(folder)
    assert len(messages) == 1
    assert messages[0].startswith("clip.md: its front matter (the block between --- lines) is not valid YAML")
    assert messages[0].endswith("; its fields were ignored")
    assert articles.loc["clip", "text"] == "The body text here."


def test_front_matter_written_by_hand(folder):
    (folder / "clip.md").write_text(
        "---\ntitle: Kremlin: help stop attacks in Idlib\ndate: 2020-02\n---\nThe body text here.\n"
    )
    articles, messages = load_with_warnings(folder)
    assert articles.loc["clip", "title"] == "Kremlin: help stop attacks in Idlib"
    assert pd.isna(articles.loc["clip", "published"])
    assert messages == [
        "clip.md: front matter date '2020-02' gives only a year and month; write it as YYYY-MM-DD, "
        "e.g. 2020-02-11 (a time and zone may follow: 2020-02-11T10:32:00+03:00); the date was ignored"
    ]


# --- files that cannot be read --------------------------------------------------------


def test_unreadable_file_is_skipped_not_the_whole_load(folder, monkeypatch):
    (folder / "locked.txt").write_text(GOOD)
    real = Path.read_bytes

    def read_bytes(path):
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    articles, messages = load_with_warnings(folder)
    assert list(articles.index) == ["good"]
    assert messages == ["locked.txt: cannot be read (permission denied); skipped"]
    with pytest.raises(CorpusError, match=r"locked\.txt: cannot be read"):
        load_articles(folder, strict=True)


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-be"])
def test_utf32_is_decoded(folder, codec):
    text = "Talks in Ankara go on today\n\n\u201cWe want calm,\u201d Peskov said \u2013 again.\n"
    data = text.encode(codec)
    if codec == "utf-32-be":
        data = codecs.BOM_UTF32_BE + data
    (folder / "wide.txt").write_bytes(data)
    articles, messages = load_with_warnings(folder)
    assert messages == ["wide.txt: saved as UTF-32; read as UTF-32 (save it as UTF-8 to silence this)"]
    assert articles.loc["wide", "text"] == "\u201cWe want calm,\u201d Peskov said \u2013 again."


def test_truncated_utf16_is_skipped(folder):
    (folder / "cut.txt").write_bytes(GOOD.encode("utf-16")[:-1])  # one byte short
    articles, messages = load_with_warnings(folder)
    assert list(articles.index) == ["good"]
    assert len(messages) == 1
    assert messages[0].startswith("cut.txt: saved as UTF-16 but cut short or damaged (at byte ")


def test_utf16_without_a_byte_order_mark(folder):
    (folder / "wide.txt").write_bytes(GOOD.encode("utf-16-le"))
    articles, messages = load_with_warnings(folder)
    assert messages[0].startswith("wide.txt: saved as UTF-16 (no byte-order mark)")
    assert articles.loc["wide", "text"] == "The Kremlin said on Tuesday that talks would go on."


def test_nul_bytes_anywhere_skip_the_file(folder):
    data = (GOOD * 400).encode() + b"\x00" + GOOD.encode()  # the NUL after the first 8 KB
    assert data.index(b"\x00") > 8192
    (folder / "late.txt").write_bytes(data)
    articles, messages = load_with_warnings(folder)
    assert list(articles.index) == ["good"]
    assert messages == [
        f"late.txt: contains 1 NUL byte(s), the first at byte {len(GOOD) * 400:,}; "
        "text never has them, so the file is damaged or not text; skipped"
    ]


def test_very_long_file_warns_and_suggests_splitting(folder, monkeypatch):
    assert 1_000_000 <= helpers.files.LARGE_TEXT <= 5_000_000  # "a few megabytes"
    monkeypatch.setattr(helpers.files, "LARGE_TEXT", 1_000)
    (folder / "archive.txt").write_text(
        GOOD + "".join(f"The talks went on for {i} hours.\n\n" for i in range(60))
    )
    articles, messages = load_with_warnings(folder)
    assert "archive" in articles.index  # kept
    assert len(messages) == 1
    assert messages[0].startswith("archive.txt: 0.0 million characters")
    assert "split it into one file per article" in messages[0]


# --- manifest dates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "written, day",
    [
        ("2020-02-11", "2020-02-11"),
        ("2020-02-11T10:32:00Z", "2020-02-11"),
        ("2020-02-11T10:32:00+03:00", "2020-02-11"),
        ("2020-02-11T23:30:00-05:00", "2020-02-11"),  # already the 12th in UTC: kept as written
        ("2020-02-11T01:15+0300", "2020-02-11"),
        ("2020-02-11 10:32:00.123", "2020-02-11"),
    ],
)
def test_manifest_dates_with_time_and_zone(folder, written, day):
    (folder / "manifest.csv").write_text(f"article_id,published\ngood,{written}\n")
    assert load_articles(folder).loc[0, "published"] == pd.Timestamp(day)


@pytest.mark.parametrize(
    "written, message",
    [
        ("2020", "'2020' gives only a year; write it as YYYY-MM-DD"),
        ("2020-02", "'2020-02' gives only a year and month; write it as YYYY-MM-DD"),
        ("0001-01-01", "'0001-01-01' is not a real publication date (a placeholder?)"),
        ("9999-12-31", "'9999-12-31' is not a real publication date (a placeholder?)"),
        ("2020-02-30", "'2020-02-30' is not a day of the calendar"),
        ("2020-02-11T25:00:00Z", "'2020-02-11T25:00:00Z' has an impossible time of day"),
        ("11/02/2020", "'11/02/2020' is not a date; write it as YYYY-MM-DD"),
    ],
)
def test_bad_manifest_dates_say_how_to_write_them(folder, written, message):
    (folder / "manifest.csv").write_text(f"article_id,published\ngood,{written}\n")
    with pytest.raises(CorpusError) as caught:
        load_articles(folder)
    assert str(caught.value).startswith(f"manifest.csv, line 2: published {message}")
    assert "e.g. 2020-02-11" in str(caught.value)


def test_publication_dates_outside_pandas_range_in_the_text():
    assert parse_publication_date("2020-02-11") == pd.Timestamp("2020-02-11")
    # A dateline year no pandas date can hold is left missing, never a crash.
    assert extract_metadata("# Talks in Ankara go on\n\nJanuary 1, 0001\n\nBody.")["published"] is None
    assert extract_metadata("Source: https://x.example/0001/01/01/a\n\nBody.")["published"] is None


# --- other languages --------------------------------------------------------------------

GERMAN = (
    "Der Kreml hat die Türkei aufgefordert, die Angriffe auf syrische und russische Truppen in "
    "der Provinz Idlib zu stoppen. „Wir halten solche Ausfälle für inakzeptabel“, sagte "
    "Kremlsprecher Dmitri Peskow am Dienstag vor Journalisten in Moskau."
)
RUSSIAN = (
    "Кремль призвал Турцию помочь остановить атаки на сирийские и российские войска в Идлибе. "
    "«Мы считаем такие вылазки недопустимыми», — заявил пресс-секретарь президента Дмитрий "
    "Песков журналистам во вторник в Москве."
)
FRENCH = (
    "Le Kremlin a accusé mercredi la Turquie de ne pas avoir « neutralisé les terroristes » à "
    "Idleb, dans le nord-ouest de la Syrie, où les tensions entre Moscou et Ankara ne cessent "
    "de croître depuis plusieurs jours."
)


@pytest.mark.parametrize(
    "text, language", [(GERMAN, "German (de)"), (RUSSIAN, "Russian (ru)"), (FRENCH, "French (fr)")]
)
def test_article_in_another_language_warns(folder, text, language):
    (folder / "foreign.txt").write_text(f"A headline in another language here\n\n{text}\n", encoding="utf-8")
    articles, messages = load_with_warnings(folder)
    assert "foreign" in articles.index  # kept, with a warning
    assert messages == [
        f"foreign.txt: looks like {language}, not English; the helpers are written for English "
        "news, so its quotes, dates and bylines may be missed or misread"
    ]


def test_no_seed_warns_and_the_guess_is_deterministic():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        articles = load_articles()
    for text in articles["text"]:
        assert foreign_language(text) is None
        assert guess_language(text)[0] == "en"
    assert guess_language(GERMAN) == guess_language(GERMAN)
    assert foreign_language("Der Kreml sagte nein.") is None  # too short to judge


# --- outlets without a manifest -----------------------------------------------------------


def test_outlet_from_a_url_line_or_from_links():
    reuters = "Talks go on in Ankara today\n\nThe talks went on.\n\nhttps://www.reuters.com/article/idUS1\n"
    assert extract_metadata(reuters)["outlet"] == "Reuters"
    unknown = "Talks go on in Ankara today\n\nThe talks went on.\n\nSource: https://news.example.org/a/1\n"
    assert extract_metadata(unknown)["outlet"] == "news.example.org"
    linked = (
        "Talks go on in Ankara today\n\nThe talks [went on](https://www.dailysabah.com/politics/1) "
        "as [Reuters reported](https://www.reuters.com/x) and [more](https://www.dailysabah.com/world/2).\n"
    )
    meta = extract_metadata(linked)
    assert meta["outlet"] == "Daily Sabah"  # two links to it, one elsewhere
    assert meta["url"] is None  # a link is not the article's own address


def test_front_matter_site_beats_a_guess_from_links(folder):
    (folder / "clip.md").write_text(
        "---\nsource: https://www.rt.com/news/481170-kremlin/\n---\n\n"
        "Talks [went on](https://www.reuters.com/a) as [reported](https://www.reuters.com/b).\n"
    )
    assert load_articles(folder).set_index("article_id").loc["clip", "outlet"] == "RT"


def test_outlet_precedence_manifest_then_text(folder):
    (folder / "good.txt").write_text(GOOD + "\nOriginal url: https://www.rt.com/news/481170/\n")
    assert load_articles(folder).loc[0, "outlet"] == "RT"
    (folder / "manifest.csv").write_text("article_id,outlet\ngood,RT (Russia Today)\n")
    assert load_articles(folder).loc[0, "outlet"] == "RT (Russia Today)"


# --- cleaning long and odd lines ------------------------------------------------------------


def test_unclosed_marks_are_kept_and_closed_ones_removed():
    line = "Talks *went on and _on, [see](#) and **more** *here* and [unclosed " * 3
    cleaned = clean_text("# A headline with four words\n\n" + line)
    assert cleaned.count("*") == 3  # the unclosed "*went" of each copy stays as written
    assert "_on" in cleaned and "[unclosed" in cleaned
    assert "**more**" not in cleaned and " more " in cleaned and "*here*" not in cleaned


def test_many_broken_paragraphs_join_into_one():
    parts = [f"it went on for {i} hours, and" for i in range(500)]  # no line twice: that is a caption
    raw = "# A headline with four words\n\n" + "\n\n".join(parts) + "\n\nended."
    assert clean_text(raw) == " ".join(parts) + " ended."


def test_empty_tables_keep_their_columns_and_dtypes():
    empty = articles_table([])
    assert list(empty.columns) == ARTICLE_COLUMNS
    full = load_articles()
    assert empty.dtypes.astype(str).to_dict() == full.dtypes.astype(str).to_dict()
    assert label_lines("").dtypes.astype(str).to_dict() == label_lines(GOOD).dtypes.astype(str).to_dict()
    assert label_lines("").dtypes.astype(str).to_dict() == {
        "line": "int64",
        "kind": "object",
        "text": "object",
    }


# --- offline ----------------------------------------------------------------------------------


def test_loading_opens_no_network_connection(tmp_path, monkeypatch):
    """Web pages, front matter and the language model are all read offline."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"a network connection was attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    shutil.copy(SAVED_PAGE, tmp_path)
    (tmp_path / "clip.md").write_text(CLIPPED, encoding="utf-8")
    (tmp_path / "german.txt").write_text(f"Eine Schlagzeile auf Deutsch hier\n\n{GERMAN}\n", encoding="utf-8")
    articles, messages = load_with_warnings(tmp_path)
    assert len(articles) == 3
    assert [m.split(":")[0] for m in messages] == ["german.txt"]
    # and what the lessons do with the articles, on the seeds
    import helpers

    seeds = load_articles()
    assert len(helpers.near_duplicates(list(seeds["text"]))) > 0
    assert len(helpers.corpus_quotes(seeds)) > 0
    assert len(helpers.build_timeline(seeds)) > 0
    assert len(helpers.term_rates(seeds)) > 0


@pytest.mark.skipif(
    not hasattr(__import__("os"), "geteuid") or __import__("os").geteuid() == 0, reason="root reads any file"
)
def test_file_without_read_permission(folder):
    locked = folder / "locked.txt"
    locked.write_text(GOOD)
    locked.chmod(0)
    try:
        articles, messages = load_with_warnings(folder)
    finally:
        locked.chmod(0o644)
    assert list(articles.index) == ["good"]
    assert messages == ["locked.txt: cannot be read (permission denied); skipped"]


def test_cleaning_reads_month_names_from_helpers_dates():
    from helpers import cleaning, dates

    assert cleaning.MONTHS is dates.MONTHS
    assert cleaning.parse_date_line("Sept. 3, 2020") == pd.Timestamp("2020-09-03")


def test_saved_page_in_its_declared_character_set(folder):
    page = (
        '<html><head><meta charset="windows-1251"><title>Кремль</title></head><body><article>'
        f"<h1>Кремль призвал Турцию</h1><p>{RUSSIAN}</p></article></body></html>"
    )
    (folder / "ru.html").write_bytes(page.encode("cp1251"))
    articles, messages = load_with_warnings(folder)
    assert articles.loc["ru", "text"] == RUSSIAN  # decoded as the page says, not as Windows-1252
    assert messages == [
        "ru.html: looks like Russian (ru), not English; the helpers are written for English "
        "news, so its quotes, dates and bylines may be missed or misread"
    ]


def test_web_archive_single_file_page(folder):
    from email.mime.image import MIMEImage
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    archive = MIMEMultipart("related")
    archive.attach(MIMEText(PAGE, "html", "utf-8"))
    archive.attach(MIMEImage(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "gif"))
    (folder / "talks.mhtml").write_bytes(archive.as_bytes())
    (folder / "empty.mht").write_bytes(MIMEText("just text", "plain").as_bytes())
    articles, messages = load_with_warnings(folder)
    assert messages == ["empty.mht: a web archive with no readable web page in it; skipped"]
    row = articles.loc["talks"]
    assert row["title"] == "Talks in Ankara go on for a second day"
    assert row["outlet"] == "Daily Test"
    assert row["text"].startswith("Russian and Turkish officials met in Ankara")
