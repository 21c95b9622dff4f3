"""Turn raw web copy into clean article text, and read its metadata.

Cleaning works line by line, in three steps a reader can follow:

1. **Label every line** (:func:`label_lines`): is it the title, a byline, a date, a
   dateline ("Reuters, Moscow :"), a photo caption, a promo for another article, the
   "Original url" block, a stray layout line ("block", "---"), the site's name, or body?
2. **Keep the body lines**, remove markdown from them (links, bold, italics) and mend
   paragraphs that the web page broke in the middle of a sentence (:func:`clean_text`).
3. **Read the metadata** from the lines that are not body (:func:`extract_metadata`).

Quotation marks are kept exactly as written: straight, curly and single.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any, NamedTuple

import pandas as pd

from helpers.dates import MONTHS
from helpers.sites import KNOWN_SITES, most_linked_site, site_name
from helpers.text import require_text

__all__ = [
    "AGENCIES",
    "KNOWN_SITES",
    "LINE_LABEL_COLUMNS",
    "METADATA_FIELDS",
    "LineLabel",
    "body_from_labels",
    "calendar_date",
    "clean_text",
    "extract_metadata",
    "join_broken_paragraphs",
    "label_line_list",
    "label_lines",
    "metadata_from_labels",
    "parse_date_line",
    "site_name",
    "strip_markdown",
]

#: News agencies recognised in bylines and datelines.
AGENCIES = {
    "reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "ap": "AP",
    "associated press": "AP",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "interfax": "Interfax",
    "anadolu": "Anadolu Agency",
    "anadolu agency": "Anadolu Agency",
    "xinhua": "Xinhua",
    "dpa": "dpa",
    "bloomberg": "Bloomberg",
    "efe": "EFE",
    "ansa": "ANSA",
}

#: Lines that are left-overs of the web page's layout, not text.
STRAY_LINES = {"block", "---", "***", "* * *", "___", "advertisement", "share", "…", "..."}


_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_TIME = r"(?:\s*[,|]?\s*\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4}(?:[+-]\d+)?)?)?"
_WEEKDAY = r"(?:[A-Za-z]{3,9},?\s+)?"
DATE_LINE_PATTERNS = [
    _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})" + _TIME,  # February 11, 2020
    _WEEKDAY + r"(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+(?P<year>\d{4})" + _TIME,  # 11 February 2020
    r"(?P<day>\d{1,2})[/.](?P<mnum>\d{1,2})[/.](?P<year>\d{4})" + _TIME,  # 17/02/2020 (day first)
    r"(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})" + _TIME,  # 2020-02-17
]

# Markdown written inline: [link text](address), **bold**, *italic*, _italic_, # heading.
# Each pattern stops at the next mark of its kind ([^*], [^_], [^][]), so a mark left
# unclosed on a long line costs one scan to the next mark, never a scan to the line's end
# from every mark (which made cleaning quadratic on long lines).
_LINK = re.compile(r"\[([^\]\[]*)\]\([^()\n]*\)")
_BOLD = re.compile(r"\*\*([^*]+)\*\*|__([^_]+)__")
# Each italic pattern starts with its mark, so that the search jumps from mark to mark.
_ITALIC_STAR = re.compile(r"\*(?<![\w*]\*)(?![\s*])([^*]+?)(?<!\s)\*(?![\w*])")
_ITALIC_UNDERSCORE = re.compile(r"_(?<!\w_)(?![\s_])([^_]+?)(?<!\s)_(?!\w)")
_HEADING = re.compile(r"^#{1,6}\s+")
_SPACES = re.compile(r"[ \t\u00a0]{2,}|[\t\u00a0]")  # only what needs replacing
_URL_LINE = re.compile(r"(?i)(?:(?:original\s+url|source\s+url|url|source)\s*:\s*)?(?:<?https?://\S+>?)?")
_URL = re.compile(r"<?(https?://[^\s<>()\[\]]+)>?")
_INLINE_DATELINE = re.compile(  # "MOSCOW, Feb 11 (Reuters) - " at the start of the first paragraph
    r"^[A-Z][A-Z.'-]*(?: [A-Z.'-]+)*(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\((?P<agency>[A-Za-z .-]{1,40})\)\s*[-–—]+\s*"
)
_DATELINE_REACH = 200  # an inline dateline is looked for in the first 200 characters only
_SENTENCE_ENDS = tuple(".!?…:;\"”’')]")

#: The columns of :func:`label_lines`, in order.
LINE_LABEL_COLUMNS = ["line", "kind", "text"]
#: The fields of :func:`extract_metadata`, in order.
METADATA_FIELDS = ["title", "published", "url", "agency", "outlet"]


class LineLabel(NamedTuple):
    """One labelled line: its 1-based number in the raw text, its kind, and the line."""

    line: int
    kind: str
    text: str


# ---------------------------------------------------------------------------
# Step 1: label each line
# ---------------------------------------------------------------------------


def strip_markdown(line: str) -> str:
    """Remove inline markdown: keep link text, drop **bold**/*italic* marks and # headings.

    >>> strip_markdown("# A **bold** [link](https://x.org) and *more*")
    'A bold link and more'
    """
    if "[" in line:
        line = _LINK.sub(r"\1", line)
    if "*" in line or "_" in line:
        line = _BOLD.sub(lambda m: m.group(1) or m.group(2), line)
        line = _ITALIC_STAR.sub(r"\1", line)
        line = _ITALIC_UNDERSCORE.sub(r"\1", line)
    line = _HEADING.sub("", line)
    return _SPACES.sub(" ", line).strip()


def ends_like_a_sentence(text: str) -> bool:
    """True if ``text`` ends with a full stop, a question mark, a closing quotation mark …"""
    return text.rstrip().endswith(_SENTENCE_ENDS)


def is_stray(line: str) -> bool:
    """A layout left-over such as "block" or "---"."""
    return len(line) < 40 and line.strip().lower() in STRAY_LINES


def is_url_line(line: str) -> bool:
    """ "Original url:", "Source: https://…" or a line that is only a web address."""
    s = line.strip()
    if not s[:12].lower().startswith(("original", "source", "url", "http", "<http")):
        return False
    return bool(_URL_LINE.fullmatch(s))


def is_promo(line: str) -> bool:
    """A link to another article: "Related article: …", "Also on rt.com …", "Read more: …"."""
    s = line[:40].strip().lstrip("*_[ ").lower()
    return s.startswith(("related article", "related:", "also on ", "read more", "see also", "more on this"))


def is_byline(line: str) -> bool:
    """ "By Reuters", "By [Reuters](#)", "By Jane Smith and John Doe"."""
    if not line.lstrip("*_[ ").startswith("By ") or len(line) > 200:
        return False
    s = strip_markdown(line)
    return bool(re.fullmatch(r"By\s+[A-Z][\w.'’-]*(?:[ ,]+(?:and\s+)?[A-Z][\w.'’-]*){0,5}", s))


def is_dateline(line: str) -> bool:
    """A line that only names the agency and the place: "Reuters, Moscow :"."""
    if len(line) > 60 or "," not in line:
        return False
    m = re.fullmatch(
        r"(?P<agency>[A-Za-z .-]+?)\s*,\s*(?P<place>[A-Z][\w .'-]{1,40}?)\s*[:–—-]\s*", strip_markdown(line)
    )
    return m is not None and m.group("agency").lower() in AGENCIES


def calendar_date(year: int, month: int, day: int) -> pd.Timestamp | None:
    """The date as a Timestamp, or None if there is no such day or pandas cannot hold it.

    >>> calendar_date(2020, 2, 29)
    Timestamp('2020-02-29 00:00:00')
    >>> calendar_date(2019, 2, 29) is None, calendar_date(1, 1, 1) is None
    (True, True)
    """
    try:
        day_ = datetime(year, month, day)
    except (TypeError, ValueError):  # unknown month name or impossible day
        return None
    stamp = pd.Timestamp(day_) if pd.Timestamp.min < day_ < pd.Timestamp.max else None
    return stamp


def parse_date_line(line: str) -> pd.Timestamp | None:
    """The date on a line that holds only a date ("February 11, 2020", "17/02/2020"), else None.

    Numeric dates are read day first (17/02/2020 is 17 February), as most outlets outside
    the US write them.

    >>> parse_date_line("17/02/2020")
    Timestamp('2020-02-17 00:00:00')
    """
    if len(line) > 60 or not any(c.isdigit() for c in line):
        return None
    s = strip_markdown(line)
    for pattern in DATE_LINE_PATTERNS:
        m = re.fullmatch(pattern, s)
        if not m:
            continue
        parts = m.groupdict()
        month = int(parts["mnum"]) if parts.get("mnum") else MONTHS.get(parts["month"].lower())
        if month is None:
            return None
        return calendar_date(int(parts["year"]), month, int(parts["day"]))
    return None


def has_photo_credit(line: str) -> bool:
    """A caption that ends with a bold credit: "… in the region. **Anas Alkharboutli / dpa**"."""
    s = line.strip()
    return s.endswith("**") and bool(re.search(r".\s\*\*[^*]+\*\*\Z", s)) and not s.startswith("**")


def looks_like_headline(line: str) -> bool:
    """Four to 30 words and no full stop at the end."""
    if len(line) > 400:
        return False
    n = len(strip_markdown(line).split())
    return 4 <= n <= 30 and not line.rstrip().endswith(".")


def label_line_list(raw: str) -> list[LineLabel]:
    """Like :func:`label_lines`, as a plain list of ``LineLabel(line, kind, text)`` tuples.

    >>> label_line_list("# A headline with four words\\n\\nBody.")[0]
    LineLabel(line=1, kind='title', text='# A headline with four words')
    """
    raw = require_text(raw, "raw")
    lines = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rows = [(number, line.strip()) for number, line in enumerate(lines, start=1) if line.strip()]
    kinds = []
    has_title = False
    for _, s in rows:
        if is_stray(s):
            kind = "stray"
        elif is_url_line(s):
            kind = "url"
        elif is_promo(s):
            kind = "promo"
        elif is_byline(s):
            kind = "byline"
        elif is_dateline(s):
            kind = "dateline"
        elif parse_date_line(s) is not None:
            kind = "date"
        elif _HEADING.match(s) and not has_title:
            kind = "title"
            has_title = True
        elif has_photo_credit(s):
            kind = "caption"
        else:
            kind = "body"
        kinds.append(kind)

    # A line printed twice in a row is a caption the page repeated.
    for i in range(len(rows) - 1):
        if rows[i][1] == rows[i + 1][1] and kinds[i] == kinds[i + 1] == "body":
            kinds[i] = kinds[i + 1] = "caption"

    # Without a "# heading", the title is the first headline-like line; short lines
    # before it ("Expatica news") are the site's name.
    if not has_title:
        for i, (_, s) in enumerate(rows):
            if kinds[i] != "body":
                continue
            if len(s) < 60 and len(s.split()) <= 3 and not ends_like_a_sentence(s):
                kinds[i] = "site"
                continue
            if looks_like_headline(s):
                kinds[i] = "title"
            break
    return [LineLabel(number, kind, text) for (number, text), kind in zip(rows, kinds)]


def label_lines(raw: str) -> pd.DataFrame:
    """Label every non-blank line of a raw article with what it is.

    Returns a DataFrame with columns ``line`` (1-based line number in ``raw``), ``kind``
    and ``text`` (the line as written). ``kind`` is one of: title, site, byline, date,
    dateline, caption, promo, url, stray, body.

    >>> label_lines("By Reuters\\n\\nThe Kremlin said on Tuesday that talks would go on.")
       line    kind                                               text
    0     1  byline                                         By Reuters
    1     3    body  The Kremlin said on Tuesday that talks would g...
    """
    rows = label_line_list(raw)
    table = pd.DataFrame(rows, columns=LINE_LABEL_COLUMNS)
    return table.astype({"line": "int64", "kind": object, "text": object})


# ---------------------------------------------------------------------------
# Step 2: keep the body
# ---------------------------------------------------------------------------


def join_broken_paragraphs(paragraphs: list[str]) -> list[str]:
    """Join a paragraph to the next when the page broke it mid-sentence.

    A break is mid-sentence when the first part does not end like a sentence and the
    next part starts with a lower-case letter ("… in the area, and" + "was not notified").

    >>> join_broken_paragraphs(["It was in the area, and", "was not notified.", "Next."])
    ['It was in the area, and was not notified.', 'Next.']
    """
    joined: list[list[str]] = []  # each paragraph as its parts, joined once at the end
    for paragraph in paragraphs:
        if joined and not ends_like_a_sentence(joined[-1][-1]) and paragraph[:1].islower():
            joined[-1].append(paragraph)
        else:
            joined.append([paragraph])
    return [" ".join(parts) for parts in joined]


def clean_text(raw: str) -> str:
    """The clean body text of one raw article, paragraphs separated by a blank line.

    Boilerplate goes (title, byline, date, dateline, captions and credits, promos,
    url block, stray layout lines, site name); markdown marks go; every body paragraph
    and every quotation mark stays as written.

    >>> clean_text("# Talks go on in Ankara\\n\\nBy Reuters\\n\\nThe *talks* went on, and\\n\\nended.")
    'The talks went on, and ended.'
    """
    return body_from_labels(label_line_list(raw))


def remove_inline_dateline(paragraph: str) -> str:
    """The paragraph without a leading "MOSCOW, Feb 11 (Reuters) - "."""
    m = _INLINE_DATELINE.match(paragraph[:_DATELINE_REACH])
    return paragraph[m.end() :] if m else paragraph


def body_from_labels(labels: list[LineLabel]) -> str:
    """The clean text made from the body lines of :func:`label_line_list`."""
    body = [strip_markdown(text) for _, kind, text in labels if kind == "body"]
    body = [line for line in body if line]
    if body:
        body[0] = remove_inline_dateline(body[0])
    return "\n\n".join(join_broken_paragraphs(body))


# ---------------------------------------------------------------------------
# Step 3: read the metadata
# ---------------------------------------------------------------------------


def extract_metadata(raw: str) -> dict[str, Any]:
    """Title, publication date, url, agency and outlet, as far as the raw text gives them.

    Missing values are None; nothing is guessed. The outlet is the site of the article's
    address (an "Original url:" line), else the site's name printed above the title, else
    the site named in "Also on …" promos, else the site most of the text's links point to.

    >>> extract_metadata("Source: https://www.rt.com/news/1/\\n\\nSome body text here.")["outlet"]
    'RT'
    """
    return metadata_from_labels(label_line_list(raw))


def metadata_from_labels(labels: list[LineLabel], links: bool = True) -> dict[str, Any]:
    """The metadata read from the lines of :func:`label_line_list` (see :func:`extract_metadata`).

    With ``links=False`` the outlet is never guessed from the text's links (the loader
    does so when a saved page or front matter names the site).
    """
    first: dict[str, str] = {}
    for _, kind, text in labels:
        first.setdefault(kind, text)
    meta: dict[str, Any] = dict.fromkeys(METADATA_FIELDS)

    if "title" in first:
        meta["title"] = strip_markdown(first["title"])
    if "date" in first:
        meta["published"] = parse_date_line(first["date"])

    urls = [m.group(1) for _, kind, text in labels if kind == "url" for m in _URL.finditer(text)]
    if urls:
        meta["url"] = urls[0]
        if meta["published"] is None:  # many sites put the date in the address: /2020/02/11/
            m = re.search(r"/(\d{4})/(\d{2})/(\d{2})/", urls[0])
            if m:
                meta["published"] = calendar_date(*map(int, m.groups()))

    for kind in ("byline", "dateline"):
        if kind in first and meta["agency"] is None:
            name = re.sub(r"^By\s+", "", strip_markdown(first[kind])).split(",")[0].strip().lower()
            meta["agency"] = AGENCIES.get(name)
    if meta["agency"] is None and "body" in first:
        m = _INLINE_DATELINE.match(strip_markdown(first["body"][:_DATELINE_REACH]))
        if m:
            meta["agency"] = AGENCIES.get(m.group("agency").strip().lower(), m.group("agency").strip())

    if meta["url"]:
        meta["outlet"] = site_name(meta["url"])
    elif "site" in first:
        meta["outlet"] = re.sub(r"(?i)\s+news$", "", strip_markdown(first["site"]))
    else:
        promos = " ".join(text for _, kind, text in labels if kind == "promo")
        m = re.search(r"(?i)also on ((?:[a-z0-9-]+\.)+[a-z]{2,})", promos)
        meta["outlet"] = (
            site_name(m.group(1)) if m else most_linked_site(text for _, _, text in labels) if links else None
        )
    return meta
