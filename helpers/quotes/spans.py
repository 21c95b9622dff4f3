"""Quoted words: pair quotation marks by the conventions of the language they are typed in.

English news writes “…” and ‘…’ (or straight "…" and '…'); German writes „…“ and ‚…‘,
or »…«; French and Russian write «…». Each opening mark is closed only by the marks
its convention closes it with, so the German closing “ never opens a quote.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from helpers.text import words

__all__ = ["DOUBLE_CLOSERS", "SINGLE_CLOSERS", "Span", "quote_kind", "quote_spans"]


@dataclass
class Span:
    """One quoted span: the words between the marks, and where they are."""

    start: int
    end: int
    mark: str  # the opening mark


#: Each opening double mark and the marks that close it: “…” (and “…" typed by mistake), „…“
#: (German; also „…” as in Polish), «…» (French, Russian), »…« (German), "…".
DOUBLE_CLOSERS = {
    "\u201c": '\u201d"',
    "\u201e": '\u201c\u201d"',
    "\u00ab": "\u00bb",
    "\u00bb": "\u00ab",
    '"': '"\u201d',
}
#: Each opening single mark and the marks that close it: ‘…’, ‚…‘ (German), ‹…› and ›…‹, '…'.
SINGLE_CLOSERS = {
    "\u2018": "\u2019'",
    "\u201a": "\u2018\u2019",
    "\u2039": "\u203a",
    "\u203a": "\u2039",
    "'": "'\u2019",
}
_GUILLEMETS = "\u00ab\u00bb\u2039\u203a"


def _marks_or_breaks(closers: dict[str, str]) -> re.Pattern[str]:
    """One kind of mark, or a blank line (a paragraph break; [^\\S\\n]* never runs past a line)."""
    marks = "".join(sorted({c for opener, close in closers.items() for c in opener + close}))
    return re.compile(f"[{re.escape(marks)}]|\n[^\\S\n]*\n")


_MARKS = {
    '"': _marks_or_breaks(DOUBLE_CLOSERS),
    "'": _marks_or_breaks(SINGLE_CLOSERS),
}


def _opens(text: str, i: int) -> bool:
    """Is the straight quote at i an opening one? (start, or after a space or bracket)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{\u2014-/") and not after.isspace()


def _closes(text: str, i: int) -> bool:
    """Can the mark at i close a quote? (after a word or punctuation, and not before a letter)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _may_open(text: str, i: int, mark: str) -> bool:
    """Can ``mark`` at ``i`` open a quote? ‘ and « right after a letter are not openers (Syria‘s)."""
    before = text[i - 1] if i > 0 else " "
    if mark in "\"'":
        return _opens(text, i)
    if mark in "\u00bb\u203a":  # German »…«: opens before a word; French « … » closes with it
        return not before.isalnum() and not text[i + 1 : i + 2].isspace()
    return mark in "\u201c\u201e" or not before.isalnum()


def _may_close(text: str, i: int, mark: str) -> bool:
    """Can ``mark`` at ``i`` close the open quote? ” always can (,”Clinton said); a straight mark
    after a closing single one and a space can too ('…' " said Magel: two quotes end at once)."""
    if mark in _GUILLEMETS or mark == "\u201d":
        return True
    return _closes(text, i) or (text[i - 2 : i] in ("' ", "\u2019 ") and not text[i + 1 : i + 2].isalnum())


def _trimmed(text: str, start: int, end: int, mark: str) -> Span | None:
    """The span between the marks without the spaces French puts inside « … »."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, mark) if end > start else None


def _pair(scan: str, closers: dict[str, str], taken: list[Span], spans: list[Span]) -> None:
    """Pair the marks of one kind (double or single) outside the spans already ``taken``."""
    taken_starts = [s.start - 1 for s in taken]  # spans are in order and do not overlap
    taken_ends = [s.end + 1 for s in taken]
    double = '"' in closers
    open_at, open_mark = -1, ""
    for m in _MARKS['"' if double else "'"].finditer(scan):
        i, ch = m.start(), m.group()
        if ch in "'\u2019" and scan[i - 1 : i].isalpha() and scan[i + 1 : i + 2].isalpha():
            continue  # an apostrophe between two letters (don't, Syria’s) is never a quote mark
        if ch[0] == "\n":
            if open_at >= 0 and double and (span := _trimmed(scan, open_at + 1, i, open_mark)):
                spans.append(span)  # runs on into the next paragraph: close it at the paragraph end
            open_at = -1
            continue
        if taken_starts and i < taken_ends[-1]:
            k = bisect_right(taken_starts, i) - 1
            if k >= 0 and i < taken_ends[k]:
                continue  # inside a double quote: a quote within the quote
        if open_at < 0:
            if ch in closers and _may_open(scan, i, ch):
                open_at, open_mark = i, ch
        elif ch in "\u2019'" and 0 < i < len(scan) - 1 and scan[i + 1].isalpha() and scan[i - 1].isalpha():
            continue  # an apostrophe inside a word
        elif ch in closers[open_mark] and _may_close(scan, i, ch) and i > open_at + 1:
            if span := _trimmed(scan, open_at + 1, i, open_mark):
                spans.append(span)
            open_at = -1
        elif ch == open_mark and ch in '\u201c\u201e"':
            open_at = i  # a new opening before the last one closed: start again here
    end = len(scan.rstrip())
    if open_at >= 0 and double and (span := _trimmed(scan, open_at + 1, end, open_mark)):
        spans.append(span)


def quote_spans(text: str) -> list[Span]:
    """Every quoted span (marks excluded), outermost quotes only, in order.

    Double quotes are paired first; single quotes count only outside them (inside, they
    are a quote within the quote). Each opening mark is closed by the marks of its own
    convention (:data:`DOUBLE_CLOSERS`), so German „…“ and French «…» read the right way
    round. An apostrophe (don't, Syria's) is never a quote mark; two apostrophes ('') are
    one double quote, as some papers write them. A double quote left open at the end of
    a paragraph closes there: news style leaves it open when the quote goes on in the
    next paragraph.

    >>> text = "„Wir gehen“, sagte er."
    >>> [text[s.start : s.end] for s in quote_spans(text)]
    ['Wir gehen']
    """
    scan = text
    if "''" in text:  # same length, so offsets stay right
        scan = re.sub(r"(?<=\S)''", '" ', re.sub(r"''(?=\w)", ' "', text))
    doubles: list[Span] = []
    _pair(scan, DOUBLE_CLOSERS, [], doubles)
    singles: list[Span] = []
    _pair(scan, SINGLE_CLOSERS, doubles, singles)
    return sorted(doubles + singles, key=lambda s: s.start)


_INTRODUCED = ("\n", ".", "!", "?", ":", ",", "\u2014", "\u2013", "\u201d", "\u201c", '"', "\u00bb", "\u00ab")


def quote_kind(text: str, span: Span) -> str:
    """ "scare" for a single word, "partial" for words set inside a sentence, else "direct".

    A single word that is a sentence of its own and is cried out ("Mexico!", "Never?") is
    a direct quote: someone shouted it.

    >>> text = 'He called it "chaos". "We will go on," she said. "Never!" they shouted.'
    >>> [quote_kind(text, s) for s in quote_spans(text)]
    ['scare', 'direct', 'direct']
    """
    before = text[max(span.start - 200, 0) : max(span.start - 1, 0)].rstrip(" \u00a0\u202f")
    introduced = before == "" or before.endswith(_INTRODUCED)
    quote = text[span.start : span.end]
    if len(quote) < 60 and len(words(quote)) == 1 and not (introduced and quote.endswith(("!", "?"))):
        return "scare"  # one loaded word: "terrorists", "everywhere"
    return "direct" if introduced else "partial"  # words set inside a sentence of the reporter's
