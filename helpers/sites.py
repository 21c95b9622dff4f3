"""News sites by their web address: "https://www.rt.com/news/…" is RT.

>>> site_name("https://uk.reuters.com/article/idUS1")
'Reuters'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlparse

__all__ = ["KNOWN_SITES", "most_linked_site", "site_name"]

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
    "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal",
    "ft.com": "Financial Times",
    "bloomberg.com": "Bloomberg",
    "cnn.com": "CNN",
    "foxnews.com": "Fox News",
    "npr.org": "NPR",
    "politico.com": "Politico",
    "dw.com": "Deutsche Welle",
    "euronews.com": "Euronews",
    "dailysabah.com": "Daily Sabah",
    "aa.com.tr": "Anadolu Agency",
    "france24.com": "France 24",
}

_URL = re.compile(r"https?://[^\s<>()\[\]]+")


def site_name(url_or_domain: str) -> str:
    """A readable outlet name for a web address or domain; an unknown site is its domain.

    >>> site_name("https://www.rt.com/news/481170/"), site_name("news.example.org")
    ('RT', 'news.example.org')
    """
    host = urlparse(url_or_domain).netloc or url_or_domain
    host = host.lower().split("@")[-1].split(":")[0].removeprefix("www.")
    if host in KNOWN_SITES:
        return KNOWN_SITES[host]
    for known, name in KNOWN_SITES.items():  # uk.reuters.com, edition.cnn.com …
        if host.endswith("." + known):
            return name
    return host


def most_linked_site(lines: Iterable[str]) -> str | None:
    """The web site that most of the web addresses in ``lines`` point to, or None.

    A page copied with its links keeps links to the site's own pages (its sections, its
    other articles); the most frequent site among them is most likely the outlet. Ties go
    to the site linked first.

    >>> most_linked_site(["[a](https://x.org/1) [b](https://y.org/2)", "[c](https://y.org/3)"])
    'y.org'
    """
    counts: dict[str, int] = {}
    for line in lines:
        if "http" not in line:
            continue
        for address in _URL.findall(line):
            site = site_name(address)
            if "." in site or site in KNOWN_SITES.values():
                counts[site] = counts.get(site, 0) + 1
    return max(counts, key=lambda site: counts[site]) if counts else None
