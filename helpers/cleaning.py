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
from urllib.parse import urlparse

import pandas as pd

from helpers.text import _require_str

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

#: Web sites whose names we know; any other site is named by its domain.
KNOWN_SITES = {
    "themoscowtimes.com": "The Moscow Times",
    "rt.com": "RT",
    "expatica.com": "Expatica",
    "reuters.com": "Reuters",
    "afp.com": "AFP",
    "apnews.com": "AP",
    "tass.com": "TASS",
    "aljazeera.com": "Al Jazeera",
    "bbc.co.uk": "BBC",
    "bbc.com": "BBC",
    "theguardian.com": "The Guardian",
    "nytimes.com": "The New York Times",
    "dailysabah.com": "Daily Sabah",
    "aa.com.tr": "Anadolu Agency",
    "france24.com": "France 24",
}

#: Lines that are left-overs of the web page's layout, not text.
STRAY_LINES = {"block", "---", "***", "* * *", "___", "advertisement", "share", "…", "..."}

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
MONTHS.update({name[:3]: number for name, number in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_TIME = r"(?:\s*[,|]?\s*\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4}(?:[+-]\d+)?)?)?"
_WEEKDAY = r"(?:[A-Za-z]{3,9},?\s+)?"
DATE_LINE_PATTERNS = [
    _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})" + _TIME,  # February 11, 2020
    _WEEKDAY + r"(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+(?P<year>\d{4})" + _TIME,  # 11 February 2020
    r"(?P<day>\d{1,2})[/.](?P<mnum>\d{1,2})[/.](?P<year>\d{4})" + _TIME,  # 17/02/2020 (day first)
    r"(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})" + _TIME,  # 2020-02-17
]

# Markdown written inline: [link text](address), **bold**, *italic*, _italic_, # heading
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])|(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)")
_HEADING = re.compile(r"^#{1,6}\s+")
_URL = re.compile(r"<?(https?://[^\s>]+)>?")
_INLINE_DATELINE = re.compile(  # "MOSCOW, Feb 11 (Reuters) - " at the start of the first paragraph
    r"^[A-Z][A-Z .'-]+(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\((?P<agency>[A-Za-z .-]+)\)\s*[-–—]+\s*"
)
_SENTENCE_END = re.compile(r"[.!?…:;\"”’')\]]$")


# ---------------------------------------------------------------------------
# Step 1: label each line
# ---------------------------------------------------------------------------


def strip_markdown(line: str) -> str:
    """Remove inline markdown: keep link text, drop **bold**/*italic* marks and # headings."""
    line = _LINK.sub(r"\1", line)
    line = _BOLD.sub(lambda m: m.group(1) or m.group(2), line)
    line = _ITALIC.sub(lambda m: m.group(1) or m.group(2), line)
    line = _HEADING.sub("", line)
    return re.sub(r"[ \t\u00a0]+", " ", line).strip()


def is_stray(line: str) -> bool:
    """A layout left-over such as "block" or "---"."""
    return line.strip().lower() in STRAY_LINES


def is_url_line(line: str) -> bool:
    """ "Original url:", "Source: https://…" or a line that is only a web address."""
    s = line.strip()
    return bool(
        re.fullmatch(r"(?i)(?:original\s+url|source\s+url|url|source)\s*:\s*(?:<?https?://\S+>?)?", s)
        or re.fullmatch(r"<?https?://\S+>?", s)
    )


def is_promo(line: str) -> bool:
    """A link to another article: "Related article: …", "Also on rt.com …", "Read more: …"."""
    s = line.strip().lstrip("*_[ ").lower()
    return s.startswith(("related article", "related:", "also on ", "read more", "see also", "more on this"))


def is_byline(line: str) -> bool:
    """ "By Reuters", "By [Reuters](#)", "By Jane Smith and John Doe"."""
    if not line.lstrip("*_[ ").startswith("By "):
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
    return bool(m) and m.group("agency").lower() in AGENCIES


def parse_date_line(line: str) -> pd.Timestamp | None:
    """The date on a line that holds only a date ("February 11, 2020", "17/02/2020"), else None.

    Numeric dates are read day first (17/02/2020 is 17 February), as most outlets outside
    the US write them.
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
        try:
            return pd.Timestamp(datetime(int(parts["year"]), month, int(parts["day"])))
        except (TypeError, ValueError):  # unknown month name or impossible day
            return None
    return None


def has_photo_credit(line: str) -> bool:
    """A caption that ends with a bold credit: "… in the region. **Anas Alkharboutli / dpa**"."""
    return bool(re.fullmatch(r"(?!\*\*).+\s\*\*[^*]+\*\*", line.strip()))


def looks_like_headline(line: str) -> bool:
    """Four to 30 words and no full stop at the end."""
    n = len(strip_markdown(line).split())
    return 4 <= n <= 30 and not line.rstrip().endswith(".")


def line_labels(raw: str) -> list[tuple[int, str, str]]:
    """Like :func:`label_lines`, as a plain list of (line, kind, text) tuples."""
    raw = _require_str(raw, "raw")
    lines = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rows = [(number, line.strip()) for number, line in enumerate(lines, start=1) if line.strip()]
    kinds = []
    for _, s in rows:
        if is_stray(s):
            kinds.append("stray")
        elif is_url_line(s):
            kinds.append("url")
        elif is_promo(s):
            kinds.append("promo")
        elif is_byline(s):
            kinds.append("byline")
        elif is_dateline(s):
            kinds.append("dateline")
        elif parse_date_line(s) is not None:
            kinds.append("date")
        elif _HEADING.match(s) and "title" not in kinds:
            kinds.append("title")
        elif has_photo_credit(s):
            kinds.append("caption")
        else:
            kinds.append("body")

    # A line printed twice in a row is a caption the page repeated.
    for i in range(len(rows) - 1):
        if rows[i][1] == rows[i + 1][1] and kinds[i] == kinds[i + 1] == "body":
            kinds[i] = kinds[i + 1] = "caption"

    # Without a "# heading", the title is the first headline-like line; short lines
    # before it ("Expatica news") are the site's name.
    if "title" not in kinds:
        for i, (_, s) in enumerate(rows):
            if kinds[i] != "body":
                continue
            if len(s.split()) <= 3 and not _SENTENCE_END.search(s):
                kinds[i] = "site"
                continue
            if looks_like_headline(s):
                kinds[i] = "title"
            break
    return [(number, kind, text) for (number, text), kind in zip(rows, kinds)]


def label_lines(raw: str) -> pd.DataFrame:
    """Label every non-blank line of a raw article with what it is.

    Returns a DataFrame with columns ``line`` (1-based line number in ``raw``), ``kind``
    and ``text`` (the line as written). ``kind`` is one of: title, site, byline, date,
    dateline, caption, promo, url, stray, body.
    """
    return pd.DataFrame(line_labels(raw), columns=["line", "kind", "text"])


# ---------------------------------------------------------------------------
# Step 2: keep the body
# ---------------------------------------------------------------------------


def join_broken_paragraphs(paragraphs: list[str]) -> list[str]:
    """Join a paragraph to the next when the page broke it mid-sentence.

    A break is mid-sentence when the first part does not end like a sentence and the
    next part starts with a lower-case letter ("… in the area, and" + "was not notified").
    """
    joined: list[str] = []
    for paragraph in paragraphs:
        if joined and not _SENTENCE_END.search(joined[-1]) and paragraph[:1].islower():
            joined[-1] = joined[-1] + " " + paragraph
        else:
            joined.append(paragraph)
    return joined


def clean_text(raw: str) -> str:
    """The clean body text of one raw article, paragraphs separated by a blank line.

    Boilerplate goes (title, byline, date, dateline, captions and credits, promos,
    url block, stray layout lines, site name); markdown marks go; every body paragraph
    and every quotation mark stays as written.
    """
    return clean_body(line_labels(raw))


def clean_body(labels: list[tuple[int, str, str]]) -> str:
    """The clean text made from the body lines of :func:`line_labels`."""
    body = [strip_markdown(text) for _, kind, text in labels if kind == "body"]
    body = [line for line in body if line]
    if body:
        body[0] = _INLINE_DATELINE.sub("", body[0])
    return "\n\n".join(join_broken_paragraphs(body))


# ---------------------------------------------------------------------------
# Step 3: read the metadata
# ---------------------------------------------------------------------------


def site_name(url_or_domain: str) -> str:
    """A readable outlet name for a web address or domain ("rt.com" -> "RT")."""
    host = urlparse(url_or_domain).netloc or url_or_domain
    host = host.lower().removeprefix("www.")
    return KNOWN_SITES.get(host, host)


def extract_metadata(raw: str) -> dict:
    """Title, publication date, url, agency and outlet, as far as the raw text gives them.

    Missing values are None; nothing is guessed.
    """
    return metadata_from_labels(line_labels(raw))


def metadata_from_labels(labels: list[tuple[int, str, str]]) -> dict:
    """The metadata read from the lines of :func:`line_labels` (see :func:`extract_metadata`)."""
    first: dict[str, str] = {}
    for _, kind, text in labels:
        first.setdefault(kind, text)
    meta: dict = {"title": None, "published": None, "url": None, "agency": None, "outlet": None}

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
                meta["published"] = pd.Timestamp(datetime(*map(int, m.groups())))

    for kind in ("byline", "dateline"):
        if kind in first and meta["agency"] is None:
            name = re.sub(r"^By\s+", "", strip_markdown(first[kind])).split(",")[0].strip().lower()
            meta["agency"] = AGENCIES.get(name)
    if meta["agency"] is None and "body" in first:
        m = _INLINE_DATELINE.match(strip_markdown(first["body"]))
        if m:
            meta["agency"] = AGENCIES.get(m.group("agency").strip().lower(), m.group("agency").strip())

    if meta["url"]:
        meta["outlet"] = site_name(meta["url"])
    elif "site" in first:
        meta["outlet"] = re.sub(r"(?i)\s+news$", "", strip_markdown(first["site"]))
    else:
        promos = " ".join(text for _, kind, text in labels if kind == "promo")
        m = re.search(r"(?i)also on ((?:[a-z0-9-]+\.)+[a-z]{2,})", promos)
        if m:
            meta["outlet"] = site_name(m.group(1))
    return meta
