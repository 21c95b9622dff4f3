"""Saved web pages and markdown clippings: their text and the metadata they carry.

* :func:`read_web_page` takes a saved ``.html`` page apart with trafilatura (a library
  made for news pages): the article's text without menus, scripts and footers, and the
  page's own title, publication date, canonical address and site name.
* :func:`split_front_matter` separates the YAML block that browser clippers write at the
  top of a markdown file (``title:``, ``published:``, ``source:`` …) from the article.
* :func:`parse_publication_date` reads a date written in a manifest or in front matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pandas as pd
import yaml  # type: ignore[import-untyped]  # no stubs installed (types-PyYAML is not a dependency)

from helpers.cleaning import AGENCIES, calendar_date
from helpers.sites import site_name

__all__ = [
    "FRONT_MATTER_KEYS",
    "WebPage",
    "front_matter_metadata",
    "parse_publication_date",
    "read_web_page",
    "split_front_matter",
]

_ISO = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d{1,9})?)?"
    r"\s*(?P<zone>Z|UTC|[+-]\d{2}(?::?\d{2})?)?)?"
)
#: Publication years outside this range are placeholders (0001-01-01, 9999-12-31 …).
PLAUSIBLE_YEARS = range(1700, 2200)
_HOW = "write it as YYYY-MM-DD, e.g. 2020-02-11 (a time and zone may follow: 2020-02-11T10:32:00+03:00)"


def parse_publication_date(value: str) -> pd.Timestamp:
    """The calendar date of a publication date written in ISO 8601; ValueError if it is not one.

    A time and a zone may follow the date; the date is kept as written, which is the
    local calendar date where the zone says the article was published (an article
    published at 23:30 in New York on 11 February is dated 11 February, though it was
    already the 12th in London). A year or a month alone, an impossible day and a
    placeholder (0001-01-01, 9999-12-31) are errors whose message says how to write it.

    >>> parse_publication_date("2020-02-11T23:30:00-05:00")
    Timestamp('2020-02-11 00:00:00')
    >>> parse_publication_date("2020-02")
    Traceback (most recent call last):
    ...
    ValueError: '2020-02' gives only a year and month; write it as YYYY-MM-DD, e.g. 2020-02-11 (a time and zone may follow: 2020-02-11T10:32:00+03:00)
    """
    text = str(value).strip()
    m = _ISO.fullmatch(text)
    if not m:
        if re.fullmatch(r"\d{4}", text):
            raise ValueError(f"{text!r} gives only a year; {_HOW}")
        if re.fullmatch(r"\d{4}-\d{1,2}", text):
            raise ValueError(f"{text!r} gives only a year and month; {_HOW}")
        raise ValueError(f"{text!r} is not a date; {_HOW}")
    year, month, day = int(m["year"]), int(m["month"]), int(m["day"])
    if year not in PLAUSIBLE_YEARS:
        raise ValueError(
            f"{text!r} is not a real publication date (a placeholder?); {_HOW}, or leave it empty"
        )
    if m["hour"] and (int(m["hour"]) > 23 or int(m["minute"]) > 59 or int(m["second"] or 0) > 59):
        raise ValueError(f"{text!r} has an impossible time of day; {_HOW}")
    date = calendar_date(year, month, day)
    if date is None:
        raise ValueError(f"{text!r} is not a day of the calendar; {_HOW}")
    return date


# ---------------------------------------------------------------------------
# Saved web pages
# ---------------------------------------------------------------------------


@dataclass
class WebPage:
    """What a saved web page holds: the article's paragraphs and the page's metadata."""

    paragraphs: list[str]
    title: str | None = None
    published: pd.Timestamp | None = None
    url: str | None = None
    site: str | None = None
    agency: str | None = None

    def as_text(self) -> str:
        """The article as plain text: "# title", then its paragraphs, separated by blank lines."""
        heading = [f"# {self.title}"] if self.title else []
        return "\n\n".join(heading + self.paragraphs)


def read_web_page(html: str) -> WebPage:
    """The article text and metadata of a saved news page (see :class:`WebPage`).

    The text is what trafilatura finds to be the article (menus, scripts, share buttons,
    comments and footers left out), one paragraph per line it returns; the metadata come
    from the page's ``<head>``: its title, publication date (``article:published_time``
    and the like), canonical address and site name (``og:site_name``, else the
    address's site), and the agency when the page's author is one. Missing values are None. Nothing is downloaded.

    >>> page = read_web_page(
    ...     '<html><head><meta property="og:site_name" content="Example News">'
    ...     '<link rel="canonical" href="https://example.org/a"></head><body><article>'
    ...     "<h1>Talks in Ankara go on</h1><p>The Kremlin said on Tuesday that talks with "
    ...     "Turkey would go on, and that both sides wanted calm in Idlib.</p>"
    ...     "</article></body></html>")
    >>> page.title, page.site, page.url
    ('Talks in Ankara go on', 'Example News', 'https://example.org/a')
    >>> page.paragraphs
    ['The Kremlin said on Tuesday that talks with Turkey would go on, and that both sides wanted calm in Idlib.']
    """
    from trafilatura import bare_extraction  # imported here: it takes two seconds to load

    found = bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    fields: dict[str, Any] = found.as_dict() if found is not None and hasattr(found, "as_dict") else {}
    text = fields.get("text") or ""
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    title = _clean_value(fields.get("title"))
    if title and paragraphs and paragraphs[0] == title:  # the page's <h1> repeats its title
        paragraphs = paragraphs[1:]
    url = _clean_value(fields.get("url"))
    if url and not url.startswith(("http://", "https://")):
        url = None
    published = None
    if fields.get("date"):
        try:
            published = parse_publication_date(str(fields["date"]))
        except ValueError:
            published = None
    site = _clean_value(fields.get("sitename")) or (site_name(url) if url else None)
    author = _clean_value(fields.get("author")) or ""
    agency = AGENCIES.get(author.lower())  # a byline naming an agency: "Reuters", "AFP"
    return WebPage(paragraphs, title=title, published=published, url=url, site=site, agency=agency)


def _clean_value(value: object) -> str | None:
    """A metadata value as stripped text, or None when it is missing or blank."""
    if value is None:
        return None
    text = re.sub(r"\s+", " ", str(value)).strip()
    return text or None


# ---------------------------------------------------------------------------
# YAML front matter
# ---------------------------------------------------------------------------


class _TextLoader(yaml.SafeLoader):
    """YAML's safe loader, except that dates stay text (so a zone is not converted to UTC)."""


_TextLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

#: Front-matter keys read, by the field they fill. Clippers' ``created``/``clipped`` keys
#: are the day the page was saved, not published, and are not read.
FRONT_MATTER_KEYS = {
    "title": ("title", "headline"),
    "published": ("published", "date", "date_published", "datepublished", "publication_date", "pubdate"),
    "url": ("url", "source", "link", "canonical", "canonical_url", "source_url"),
    "outlet": ("outlet", "site", "site_name", "sitename", "publisher", "publication", "source"),
    "agency": ("agency",),
}
_FENCE = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<yaml>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def split_front_matter(text: str, strict: bool = True) -> tuple[dict[str, str], str]:
    """The YAML front matter of a markdown file as {key: text}, and the text after it.

    Front matter is a block between two ``---`` lines at the very top of the file.
    Keys are lower-cased; lists are joined with ", ". Without front matter the dict is
    empty and the text is returned unchanged. Front matter that is not valid YAML is read
    line by line as ``key: value`` (people write ``title: Kremlin: talks go on``); if
    even that fails, it raises ValueError naming the line (with ``strict=False``: no
    fields, and the text after the block).

    >>> split_front_matter("---\\ntitle: Talks: day two\\npublished: 2020-02-11\\n---\\nBody.")
    ({'title': 'Talks: day two', 'published': '2020-02-11'}, 'Body.')
    """
    m = _FENCE.match(text[:200_000])
    if not m:
        return {}, text
    body = text[m.end() :]
    try:
        data = yaml.load(m.group("yaml"), Loader=_TextLoader)  # a safe loader: see _TextLoader
    except yaml.YAMLError as error:
        data = _simple_fields(m.group("yaml"))
        if data is None:
            if not strict:
                return {}, body
            mark = getattr(error, "problem_mark", None)
            where = f" (line {mark.line + 2})" if mark is not None else ""
            raise ValueError(
                f"its front matter (the block between --- lines) is not valid YAML{where}"
            ) from None
    if not isinstance(data, dict):
        return {}, text
    fields = {}
    for key, value in data.items():
        if isinstance(value, (list, tuple)):
            value = ", ".join(str(v) for v in value if v is not None)
        cleaned = _clean_value(value)
        if cleaned:
            fields[str(key).strip().lower()] = cleaned
    return fields, body


def _simple_fields(block: str) -> dict[str, str] | None:
    """``key: value`` lines (list items and indented lines skipped), or None if a line is neither."""
    fields: dict[str, str] = {}
    for line in block.splitlines():
        if not line.strip() or line.startswith((" ", "\t", "-", "#")):
            continue
        m = re.fullmatch(r"([A-Za-z_][\w -]{0,40}):(?:\s+(.*))?", line.rstrip())
        if not m:
            return None
        fields[m.group(1)] = (m.group(2) or "").strip().strip("\"'")
    return fields


def front_matter_metadata(fields: dict[str, str]) -> dict[str, Any]:
    """Title, date, url, outlet and agency from front matter (see :data:`FRONT_MATTER_KEYS`).

    ``source`` is the url when it is a web address and the outlet otherwise. A date that
    cannot be read raises ValueError (see :func:`parse_publication_date`).

    >>> front_matter_metadata({"title": "Talks", "source": "https://www.rt.com/news/1/"})
    {'title': 'Talks', 'url': 'https://www.rt.com/news/1/', 'outlet': 'RT'}
    """
    meta: dict[str, Any] = {}
    for field, keys in FRONT_MATTER_KEYS.items():
        for key in keys:
            value = fields.get(key)
            if not value:
                continue
            is_address = value.startswith(("http://", "https://"))
            if (field == "url") != is_address:  # a url must be an address; other fields must not
                continue
            meta[field] = parse_publication_date(value) if field == "published" else value
            break
    if "outlet" not in meta and meta.get("url"):
        meta["outlet"] = site_name(meta["url"])
    return meta
