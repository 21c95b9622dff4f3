"""From dated expressions to one timeline: a table of events, and a figure of it.

>>> timeline = build_timeline(articles)        # one row per dated expression
>>> plot_timeline(timeline)                     # one lane per outlet

:func:`build_timeline` runs :func:`helpers.dates.find_dates` over each article with its
own anchor (its publication date, or one you supply) and turns every TIMEX3 value into
an interval of days: "2020-02-11" is one day, "2020-W07" the seven days from Monday
10 February, "2019-12" the whole of December. :func:`plot_timeline` draws days as
points and weeks, months and longer as bars, so that a month is never mistaken for the
day it starts on.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping

import numpy as np
import pandas as pd

from helpers.dates import add_months, find_dates, to_anchor
from helpers.palette import UNKNOWN_OUTLET, outlet_colors
from helpers.text import sentence_splitter

COLUMNS = [
    "article_id",
    "outlet",
    "source",
    "paragraph",
    "sentence",
    "expression",
    "label",
    "type",
    "value",
    "date",
    "date_end",
    "granularity",
    "vague",
    "anchor",
]
#: Words that make a date rough: "early December" is dated to December, but only part of it.
_ROUGH = re.compile(
    r"(?i)(?:early|late|mid|the end of|the beginning of|the middle of|about|around|nearly|"
    r"some time|sometime)\b"
)
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
#: Where a clause ends: a comma, semicolon or colon before a space or a quotation mark (not the
#: comma in "1,000"), a dash between spaces, "and"/"but" before a lower-case word ("and sending
#: troops", not "Turkey and Russia"), "who"/"which" (a clause about someone just named), and
#: the space before "unless"/"if" (a condition: "threatened ... unless they withdraw by ...") and
#: before "after" ("commenting after Syrian forces seized ...").
CLAUSE_BOUNDARY = re.compile(
    r"[,;:](?=[\s\"”’*]|$)|\s[–—]\s|\s(?:and|but)\s(?=[a-z])|\s(?:who|which)\s"
    r"|\s(?=(?:unless|if|after)\s)"
)
#: Small words a shortened label should not end on ("... agreed to improve coordination of their").
SMALL_WORDS = {
    "a",
    "an",
    "the",
    "of",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "with",
    "and",
    "or",
    "but",
    "that",
    "its",
    "their",
    "his",
    "her",
    "it",
    "had",
    "has",
    "have",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "also",
    "as",
}
PREPOSITIONS = r"(?:on|in|since|by|at|during|until|from|for|of)"
#: A clause that only says who spoke ("Foreign Minister Mevlut Cavusoglu said").
ATTRIBUTION = re.compile(r"\b(?:said|says|told reporters|added)$")


def _month_end(year: int, month: int) -> dt.date:
    """The last day of a month; ``month`` may run past 12 (winter: December to month 14, February)."""
    year, month = add_months(year, 1, month - 1)
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def value_interval(value: str) -> tuple[dt.date | None, dt.date | None, str]:
    """The first and last day a TIMEX3 value covers, and its granularity.

    >>> value_interval("2020-W07")
    (datetime.date(2020, 2, 10), datetime.date(2020, 2, 16), 'week')
    >>> value_interval("2019-12")
    (datetime.date(2019, 12, 1), datetime.date(2019, 12, 31), 'month')
    >>> value_interval("PAST_REF")
    (None, None, 'vague')
    """
    if not isinstance(value, str):
        raise TypeError(f"value must be a str, not {type(value).__name__}")
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?", value)
    if m:
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return day, day, "day"
    m = re.fullmatch(r"(\d{4})-W(\d\d?)(-WE)?", value)
    if m:
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "weekend"
        return monday, monday + dt.timedelta(days=6), "week"
    m = re.fullmatch(r"(\d{4})-(\d\d)", value)
    if m:
        return dt.date(int(m[1]), int(m[2]), 1), _month_end(int(m[1]), int(m[2])), "month"
    m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if m:
        first = 3 * int(m[2]) - 2
        return dt.date(int(m[1]), first, 1), _month_end(int(m[1]), first + 2), "quarter"
    m = re.fullmatch(r"(\d{4})-H([12])", value)
    if m:
        first = 6 * int(m[2]) - 5
        return dt.date(int(m[1]), first, 1), _month_end(int(m[1]), first + 5), "half year"
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        first, last = SEASON_MONTHS[m[2]]
        return dt.date(int(m[1]), first, 1), _month_end(int(m[1]), last), "season"
    if re.fullmatch(r"\d{4}", value):
        return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31), "year"
    if re.fullmatch(r"\d{3}", value):
        return dt.date(int(value) * 10, 1, 1), dt.date(int(value) * 10 + 9, 12, 31), "decade"
    if re.fullmatch(r"\d{2}", value):
        return dt.date(int(value) * 100, 1, 1), dt.date(int(value) * 100 + 99, 12, 31), "century"
    return None, None, "vague"


#: A word that starts a clause without a subject: a verb ("hashed out", "has accelerated", "sending").
VERB_FIRST = re.compile(r"^(?:[a-z][\w-]*(?:ed|ing)|has|have|had|is|are|was|were|will|would)\b")
#: The subject of a sentence: its first words, up to a comma, a verb or a preposition.
SUBJECT = re.compile(
    r"^\W*(.+?)(?=[,;:]|\s+(?:[a-z][\w’'-]*ed|has|have|had|is|are|was|were|will|would"
    r"|says|said|told|in|of|on|at)\b)"
)
#: Words that start a side clause which leans on the clause before it ("..., with whom we have worked").
LEANING = re.compile(r"(?i)^(?:unless|if|with whom|including)\b")
#: Words that only lead into the dated thing ("after Syrian forces took...", "referring to the deal").
LEAD_IN = re.compile(r"(?i)^(?:after|referring to)\s+")
#: Who said it, before what was said ("The United Nations says ...", "Peskov said that ...").
REPORTED = re.compile(r"\b(?:says|said|told reporters)\s+(?:that\s+)?")
#: Words a noun phrase does not reach back over ("killed by | militants", "despite | several efforts").
PHRASE_STOP = SMALL_WORDS | {
    "despite",
    "since",
    "during",
    "after",
    "before",
    "against",
    "over",
    "into",
    "under",
    "between",
    "until",
    "killed",
    "said",
    "says",
}


def last_phrase(text: str) -> str:
    """The noun phrase that ends ``text``: its last words, back to a small word, a preposition or a verb.

    A word ending in "-ed" or "-ing" counts as a verb, so "armed men" gives only "men".

    >>> last_phrase("were killed by militants")
    'militants'
    """
    kept = []
    for word in reversed(re.sub(r"[\s,;:]+$", "", text).split()):
        if word.lower() in PHRASE_STOP or VERB_FIRST.match(word) or len(kept) == 4:
            break
        kept.insert(0, word)
    return " ".join(kept)


def sentence_subject(sentence: str) -> str:
    """Who the sentence is about: its first words, up to a comma, a verb or a preposition.

    >>> sentence_subject("Russia, a close ally of Syria, hashed out a deal.")
    'Russia'
    """
    m = SUBJECT.match(sentence)
    return m[1] if m and len(m[1].split()) <= 5 else ""


def event_label(sentence: str, expression: str, at: int | None = None, words: int = 8) -> str:
    """A few words saying what happened at the date ``expression`` names in ``sentence``.

    The label is the *clause* the date belongs to, not the sentence's first words: the
    words between the nearest clause boundaries around the date (commas, semicolons,
    "and" before a new verb, "who"/"which", "unless", "after", the sentence's ends; see
    ``CLAUSE_BOUNDARY``), without the date and its preposition. Then, in this order:

    1. *a date inside a thing names the thing*: "the 2018 deal between ..." and "an
       agreement ... from 2018" give "The deal between ..." and "An agreement ...";
    2. *a clause that is only the date* ("On February 3,") gives way to the clause after it;
    3. *a leaning clause gives way*: one that starts with "unless", "if" or "with whom"
       is labelled with the clause before it; "including ..." with the thing it is part of
       ("several ceasefire efforts, including as recently as January");
    4. *lead-in words go*: "after ...", "referring to ...";
    5. *what was said, not who said it*, when the date is inside the reported words
       ("The United Nations says 520,000 people have been displaced since ...");
    6. *a clause without a subject borrows one*: after "who", the person or thing just
       named ("militants who staged ..."); otherwise the sentence's subject ("Russia,
       a close ally ..., hashed out a deal" gives "Russia hashed out a deal");
    7. *a clause that only says who spoke* ("..., Cavusoglu said on Thursday") gets the
       first words of what was said, before it;
    8. *the date's preposition is kept as a prefix when it changes the meaning*: "by"
       is a "Deadline:", "since" starts a period ("Since then:"), and "for the first time
       since 2012" makes 2012 the "Last time before:" the event.

    The label is cut to ``words`` words, never ending on a small word such as "the",
    with "…" where words were cut. ``at`` is where the expression starts in the sentence
    (default: its first occurrence).

    >>> event_label("Ankara retaliated, firing on Syrian positions, and sending troops 10 days later.",
    ...             "10 days later")
    'Ankara sending troops'
    >>> event_label("On February 3, a convoy came under fire, leaving five dead.", "February 3")
    'A convoy came under fire'
    """
    if not isinstance(sentence, str) or not isinstance(expression, str):
        raise TypeError("sentence and expression must be str")
    at = sentence.find(expression) if at is None else at
    if at < 0:  # not in the sentence: label the whole sentence
        at, expression = len(sentence), ""
    after = at + len(expression)
    if re.match(r"\s+on\b", sentence[after:]) and re.search(r"\bfrom\W*$", sentence[:at]):
        after += 3  # "from now on" is one phrase
    bounds = [(m.start(), m.end()) for m in CLAUSE_BOUNDARY.finditer(sentence)]
    start = max([end for begin, end in bounds if end <= at], default=0)
    end = min([begin for begin, _ in bounds if begin >= after], default=len(sentence))
    before, rest = sentence[start:at], sentence[after:end]
    clause = thing_dated(before, rest)  # 1. "the 2018 deal": the deal
    if clause is None:
        clause = re.sub(r"([“\"])\s+", r"\1", without_preposition(before) + " " + rest)
        if len(re.findall(r"\w+", clause)) < 2 and end < len(sentence):  # 2. "On February 3," alone
            start, clause = next_clause(sentence, bounds, end)
    if LEANING.match(trimmed(clause)) and start > 0:  # 3. a side clause gives way
        start, clause = leaned_on(sentence, bounds, start, clause)
    clause = LEAD_IN.sub("", trimmed(clause))  # 4. lead-in words go
    clause = what_was_said(without_preposition(before), clause)  # 5. what was said
    clause = with_subject(sentence, start, clause)  # 6. a clause without a subject borrows one
    prefix = meaning_prefix(before)  # 8. "Deadline:", "Since then:", "Last time before:"
    label = shorten(clause, words - len(prefix.split()))
    if ATTRIBUTION.search(label) and start > 0:  # 7. "Cavusoglu said": add what was said, before it
        said = shorten(sentence[:start], max(words - len(label.split()), 3))
        label = f"{label}: {said}"
    return prefix + label if label else label


def trimmed(clause: str) -> str:
    """``clause`` without punctuation or spaces at its start."""
    return re.sub(r"^[\s*.,;:]+", "", clause)


def without_preposition(before: str) -> str:
    """The words before a date without its preposition ("on", "since", "for the first time since")."""
    return re.sub(rf"(?:\s*for the first time since|\b{PREPOSITIONS})\s*$", "", before, flags=re.I)


def thing_dated(before: str, rest: str) -> str | None:
    """Rule 1: the thing a date sits inside, or None.

    >>> thing_dated("referring to the ", "deal between Russia and Turkey")
    'the deal between Russia and Turkey'
    >>> thing_dated("under an agreement between Ankara and Moscow from ", "")
    'an agreement between Ankara and Moscow'
    """
    article = re.search(r"(?i)\b(?:an?|the)\s+$", before)
    if article:  # "the 2018 deal"
        return article[0] + rest
    thing = re.search(r"(?i)\b(?:an?|the)\s+(?!.*\b(?:an?|the)\s).*\bfrom\s*$", before)
    if thing and not any(VERB_FIRST.match(word) or "“" in word for word in thing[0].split()):
        return re.sub(r"\s*from\s*$", "", thing[0])  # "an agreement ... from 2018"
    return None


def next_clause(sentence: str, bounds: list[tuple[int, int]], end: int) -> tuple[int, str]:
    """Rule 2: where the clause after the boundary at ``end`` starts, and its words."""
    following = [begin for begin, _ in bounds if begin > end]
    next_start = min([e for b, e in bounds if b == end], default=end + 1)
    return next_start, sentence[next_start : min(following, default=len(sentence))]


def leaned_on(sentence: str, bounds: list[tuple[int, int]], start: int, clause: str) -> tuple[int, str]:
    """Rule 3: the clause that a side clause starting at ``start`` leans on, and where it starts.

    "unless ..." and "with whom ..." give the clause before them; "including ..." gives the
    thing it is part of, the noun phrase that ends that clause ("several ceasefire efforts").
    """
    boundary = max(begin for begin, e in bounds if e == start)
    previous_start = max([e for b, e in bounds if e <= boundary], default=0)
    previous = sentence[previous_start:boundary]
    if trimmed(clause).lower().startswith("including"):
        return previous_start, last_phrase(previous)
    return previous_start, previous


def what_was_said(before: str, clause: str) -> str:
    """Rule 5: when the date sits inside reported words, the clause from those words on.

    >>> what_was_said("The United Nations says 520,000 people have been displaced",
    ...               "The United Nations says 520,000 people have been displaced")
    '520,000 people have been displaced'
    """
    said = [m for m in REPORTED.finditer(before) if re.match(r"[\w“\"]", before[m.end() :])]
    if not said or re.match(rf"(?i){PREPOSITIONS}\b", before[said[-1].end() :]):
        return clause  # no reporting verb, or the date is the day of saying ("said in a briefing on")
    reported = before[said[-1].end() :]
    return clause[clause.find(reported) :] if reported in clause else clause


def with_subject(sentence: str, start: int, clause: str) -> str:
    """Rule 6: a clause (starting at ``start``) that starts with a verb gets a subject.

    After "who" or "which" it is the thing just named; otherwise the sentence's subject.
    """
    clause = re.sub(r"^[\s*.,;:]+|^(?:and|but)\s+", "", clause)
    named = re.search(r"^(.*)\s(?:who|which)\s$", sentence[:start])
    if start > 0 and named:  # "militants who staged": the militants
        return f"{last_phrase(named[1])} {clause}"
    subject = sentence_subject(sentence)
    if start > 0 and VERB_FIRST.match(clause) and subject:
        return f"{subject} {clause}"
    return clause


def meaning_prefix(before: str) -> str:
    """Rule 8: a prefix for a preposition that changes what the date means ("by" a deadline)."""
    if re.search(r"(?i)\bfirst time since\s*$", before):
        return "Last time before: "
    if re.search(r"(?i)\bsince\s*$", before):
        return "Since then: "
    if re.search(r"(?i)\bby\s*$", before):
        return "Deadline: "
    return ""


def shorten(clause: str, words: int = 8) -> str:
    """Tidy a clause into a label: no stray punctuation or "and" at the start, at most ``words`` words."""
    clause = re.sub(r"^[\s*.,;:]+|[\s*.,;:]+$", "", clause)
    if clause[:1] in '"”’' or (clause[:1] == "“" and "”" not in clause):  # a quote closing before
        clause = clause[1:].strip()
    clause = re.sub(r"^(?:and|but|who|which|then)\s+", "", clause, flags=re.I)
    parts = clause.split()
    kept = parts[:words]
    while len(kept) > 1 and kept[-1].lower().strip("“”\"'’,") in SMALL_WORDS:
        kept = kept[:-1]
    label = " ".join(kept).rstrip(",;:")
    if label.count("“") > label.count("”"):  # close a quotation the cut left open
        label += "”"
    if len(kept) < len(parts):
        label += "…"
    return label[:1].upper() + label[1:]


def sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """(paragraph number, start, end) of every sentence of ``text``, paragraphs split on blank lines."""
    spans, splitter = [], sentence_splitter()
    for number, m in enumerate(re.finditer(r"\S(?:.*?\S)?(?=\n\s*\n|\s*$)", text, flags=re.S)):
        for start, end in splitter.span_tokenize(m.group(0)):
            spans.append((number, m.start() + start, m.start() + end))
    return spans


def _anchors(articles: pd.DataFrame, anchor: str | Mapping | pd.Series) -> list:
    if isinstance(anchor, str):
        if anchor not in articles.columns:
            raise ValueError(f"anchor column {anchor!r} is not in the table; it has {list(articles.columns)}")
        return list(articles[anchor])
    if isinstance(anchor, (Mapping, pd.Series)):
        return [anchor.get(aid, None) for aid in articles["article_id"]]
    raise TypeError(
        "anchor must be a column name, or a dict / Series from article_id to date, "
        f"not {type(anchor).__name__}"
    )


def build_timeline(articles: pd.DataFrame, anchor: str | Mapping | pd.Series = "published") -> pd.DataFrame:
    """One row per dated expression in ``articles``, each with the sentence it dates.

    ``articles`` needs ``article_id`` and ``text`` (``outlet`` is used if present).
    ``anchor`` says what each article's relative dates are read against: a column of the
    table (default ``published``), or a dict / Series from article_id to a date, for
    articles whose date you worked out yourself. An article without an anchor keeps its
    explicit dates; its relative ones stay unresolved (``date`` NaT).

    Columns: ``article_id``, ``outlet``, ``source`` (the ``agency`` column where there is
    one, else the outlet: who wrote it), ``paragraph`` (from 0), ``sentence``,
    ``expression`` (as written), ``label`` (what happened then: :func:`event_label`),
    ``type`` (DATE or TIME), ``value`` (TIMEX3), ``date``
    and ``date_end`` (first and last day covered, NaT when unknown), ``granularity``
    (day, weekend, week, month, quarter, half year, season, year, decade, century, or
    vague), ``vague`` (True for "recently", "now" and anything unresolved, which have no
    date, and for rough dates such as "early December", dated to the whole month) and
    ``anchor``.
    Durations and sets are left out: they say how long or how often, not when.
    Rows are sorted by date (undated last), then article and position.
    """
    if not isinstance(articles, pd.DataFrame):
        raise TypeError(
            f"articles must be a pandas DataFrame (see load_articles), not {type(articles).__name__}"
        )
    missing = {"article_id", "text"} - set(articles.columns)
    if missing:
        raise ValueError(f"articles needs the column(s) {sorted(missing)}")
    anchors = _anchors(articles, anchor) if len(articles) else []
    outlets = articles["outlet"] if "outlet" in articles.columns else pd.Series([None] * len(articles))
    agencies = articles["agency"] if "agency" in articles.columns else pd.Series([None] * len(articles))
    rows = []
    for aid, outlet, agency, text, when in zip(
        articles["article_id"], outlets, agencies, articles["text"], anchors
    ):
        if not isinstance(text, str):
            continue
        when = to_anchor(when)
        found = find_dates(text, when)
        found = found[found["type"].isin(["DATE", "TIME"])]
        if found.empty:
            continue
        spans = sentence_spans(text)
        starts = np.array([s for _, s, _ in spans])
        for expression, start, value, kind in zip(
            found["text"], found["start"], found["value"], found["type"]
        ):
            i = max(int(np.searchsorted(starts, start, side="right")) - 1, 0)
            paragraph, s, e = spans[i] if spans else (0, 0, len(text))
            first, last, granularity = value_interval(value)
            outlet = UNKNOWN_OUTLET if pd.isna(outlet) else outlet
            rows.append(
                {
                    "article_id": aid,
                    "outlet": outlet,
                    "source": outlet if pd.isna(agency) else agency,
                    "paragraph": paragraph,
                    "sentence": text[s:e],
                    "expression": expression,
                    "label": event_label(text[s:e], expression, at=start - s),
                    "type": kind,
                    "value": value,
                    "date": first,
                    "date_end": last,
                    "granularity": granularity,
                    "vague": granularity == "vague" or bool(_ROUGH.match(expression)),
                    "anchor": when,
                    "_start": start,
                }
            )
    table = pd.DataFrame(rows, columns=[*COLUMNS, "_start"])
    for column in ("date", "date_end", "anchor"):
        table[column] = pd.to_datetime(table[column]).astype("datetime64[ns]")
    table["paragraph"] = table["paragraph"].astype("int64")
    table["vague"] = table["vague"].astype(bool)
    text_columns = [
        "article_id",
        "outlet",
        "source",
        "sentence",
        "expression",
        "label",
        "type",
        "value",
        "granularity",
    ]
    table[text_columns] = table[text_columns].astype("str")
    table = table.sort_values(["date", "article_id", "_start"], na_position="last", kind="stable")
    return table.drop(columns="_start").reset_index(drop=True)


def plot_timeline(
    timeline: pd.DataFrame,
    lane: str = "outlet",
    label: str = "expression",
    since: object = None,
    until: object = None,
    ax=None,
    title: str = "Timeline of dated events, by outlet",
):
    """Draw a timeline: one lane per value of ``lane``, time along the x-axis.

    Days are drawn as points, longer periods (weekends, weeks, months, ...) as bars that
    cover them; rough dates ("early December", ``vague`` True) are hollow or hatched and
    labelled "≈"; dates that cannot be placed (vague or unresolved) are left out and
    counted in the x-axis label. Events of one lane on the same date are drawn once,
    labelled with each of their distinct ``label`` values. ``since`` and
    ``until`` (dates) limit the axis; by default it covers the events of a month or
    shorter (or, if there are none, all events), with a few days' margin, and longer
    periods that reach into that window are cut at its edges. Colours come from :func:`helpers.outlet_colors`. Returns the axes.
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    if not isinstance(timeline, pd.DataFrame):
        raise TypeError(f"timeline must be a DataFrame from build_timeline, not {type(timeline).__name__}")
    for column in (lane, label, "date", "date_end", "granularity"):
        if column not in timeline.columns:
            raise ValueError(f"timeline has no column {column!r}")
    if ax is None:
        _, ax = plt.subplots(figsize=(11, 1.2 + 1.1 * max(timeline[lane].nunique(), 1)))
    dated = timeline.dropna(subset=["date"])
    short = dated[dated["granularity"].isin(["day", "weekend", "week", "month"])]
    lo = hi = None  # no limits: the axis covers every event
    if since is not None or until is not None or len(short):
        pool = short if len(short) else dated  # what a bound not given is worked out from
        margin = pd.Timedelta(days=3)
        lo = (
            pd.Timestamp(since) if since is not None else (pool["date"].min() - margin if len(pool) else None)
        )
        hi = (
            pd.Timestamp(until)
            if until is not None
            else (pool["date_end"].max() + margin if len(pool) else None)
        )
        lo = hi - pd.Timedelta(days=30) if lo is None else lo  # nothing dated: a month before `until`
        hi = lo + pd.Timedelta(days=30) if hi is None else max(hi, lo)  # ... or after `since`
    undated = int(timeline["date"].isna().sum())
    if lo is not None:
        dated = dated[(dated["date_end"] >= lo) & (dated["date"] <= hi)]
    lanes = sorted(timeline[lane].dropna().astype(str).unique())
    colors = outlet_colors(lanes)
    vague = dated["vague"] if "vague" in dated.columns else pd.Series(False, index=dated.index)
    for y, name in enumerate(lanes):
        rows = dated[dated[lane].astype(str) == name].assign(_vague=vague)
        color = colors[name]
        ax.axhline(y, color="#dddddd", linewidth=0.8, zorder=0)
        # one mark per period in a lane, labelled with every distinct label it has
        groups = rows.groupby(["date", "date_end", "granularity"], sort=True)
        for n, ((first, last, granularity), group) in enumerate(groups):
            text = " / ".join(dict.fromkeys(str(v) for v in group[label]))
            rough = bool(group["_vague"].all())
            if lo is not None:
                first, last = max(first, lo), min(last, hi)
            if granularity == "day":
                ax.plot(
                    [first],
                    [y],
                    marker="o",
                    markersize=8,
                    zorder=3,
                    color=color,
                    markerfacecolor="white" if rough else color,
                )
                x = first
            else:
                height = 0.3 if granularity in ("week", "weekend") else 0.14  # months and longer: thinner
                ax.barh(
                    y,
                    (last - first) + pd.Timedelta(days=1),
                    left=first,
                    height=height,
                    color=color,
                    alpha=0.35,
                    edgecolor=color,
                    hatch="///" if rough else None,
                    zorder=2,
                )
                x = first + (last - first) / 2
            above, level = n % 2 == 0, 0.2 + 0.14 * (n // 2 % 3)  # above, below, a step further out...
            ax.annotate(
                ("≈ " if rough else "") + text,
                xy=(x, y),
                xytext=(x, y + (level if above else -level)),
                ha="center",
                va="bottom" if above else "top",
                fontsize=8,
                color="#222222",
                arrowprops={"arrowstyle": "-", "color": "#999999", "linewidth": 0.6},
                bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.8},
            )
    ax.set_yticks(range(len(lanes)), labels=lanes)
    ax.set_ylim(-0.75, len(lanes) - 0.25)
    if lo is not None:
        ax.set_xlim(lo, hi + pd.Timedelta(days=1))
    if lo is not None and (hi - lo).days <= 60:  # a few weeks: a tick every Monday, a small one every day
        ax.xaxis.set_major_locator(mdates.WeekdayLocator(byweekday=mdates.MO))
        ax.xaxis.set_minor_locator(mdates.DayLocator())
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%a %d %b\n%Y"))
    else:
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=4, maxticks=10))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b %Y"))
    note = f" ({undated} vague or unresolved date(s) not drawn)" if undated else ""
    ax.set(
        title=title,
        xlabel=f"date (points: a day; bars: a weekend, week or month){note}",
        ylabel=lane.replace("_", " "),
    )
    return ax


# --- Lesson 04: what a newsroom publishes -------------------------------------------------

CHRONOLOGY_COLUMNS = [
    "date",
    "date_end",
    "granularity",
    "when",
    "event",
    "outlets",
    "sources",
    "expressions",
    "sentence",
]
TIMELINEJS_COLUMNS = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
]


def display_date(first: object, last: object, granularity: str) -> str:
    """A date as a reader should see it, with its granularity: "11 Feb", "week of 10 Feb", "Feb 2020".

    >>> display_date(pd.Timestamp("2020-02-10"), pd.Timestamp("2020-02-16"), "week")
    'week of 10 Feb'
    """
    if first is None or pd.isna(first):
        return "undated"
    first = pd.Timestamp(first)
    if granularity == "day":
        return f"{first.day} {first:%b}"
    if granularity in ("week", "weekend"):
        return f"{granularity} of {first.day} {first:%b}"
    if granularity == "month":
        return f"{first:%b %Y}"
    if granularity == "year":
        return f"{first:%Y}"
    return f"{first.day} {first:%b %Y} to {pd.Timestamp(last).day} {pd.Timestamp(last):%b %Y}"


def join_sorted(values: object) -> str:
    """The distinct values, sorted and joined with ", " (a cell a spreadsheet can hold)."""
    return ", ".join(sorted({str(v) for v in values if isinstance(v, str) and v}))


def chronology(timeline: pd.DataFrame, granularities: tuple = ("day", "week")) -> pd.DataFrame:
    """One row per event of a timeline: its date, its label, and every outlet and source that dates it.

    ``timeline`` comes from :func:`build_timeline`. Rows of the chosen ``granularities``
    with a firm date (not ``vague``) are kept; rows with the same period and the same
    label (letters and digits compared, case ignored) are one event, so a reprint that
    copies a sentence word for word adds an outlet, not an event. Columns: ``date``,
    ``date_end``, ``granularity``, ``when`` (:func:`display_date`), ``event`` (the label),
    ``outlets`` and ``sources`` (sorted, joined with ", "), ``expressions`` (the words
    as written), ``sentence`` (the first one). Sorted by date, then label.
    """
    if not isinstance(timeline, pd.DataFrame):
        raise TypeError(f"timeline must be a DataFrame from build_timeline, not {type(timeline).__name__}")
    keep = timeline[timeline["granularity"].isin(granularities) & ~timeline["vague"].astype(bool)]
    keep = keep.assign(key=keep["label"].str.lower().str.replace(r"\W+", " ", regex=True).str.strip())
    rows = []
    for (first, last, granularity, _), group in keep.groupby(["date", "date_end", "granularity", "key"]):
        rows.append(
            {
                "date": first,
                "date_end": last,
                "granularity": granularity,
                "when": display_date(first, last, granularity),
                "event": group["label"].iloc[0],
                "outlets": join_sorted(group["outlet"]),
                "sources": join_sorted(group["source"]),
                "expressions": join_sorted(group["expression"]),
                "sentence": group["sentence"].iloc[0],
            }
        )
    table = pd.DataFrame(rows, columns=CHRONOLOGY_COLUMNS)
    for column in ("date", "date_end"):
        table[column] = pd.to_datetime(table[column]).astype("datetime64[ns]")
    table[CHRONOLOGY_COLUMNS[2:]] = table[CHRONOLOGY_COLUMNS[2:]].astype("str")
    return table.sort_values(["date", "date_end", "event"], kind="stable").reset_index(drop=True)


def to_timelinejs(timeline: pd.DataFrame, title: str | None = None) -> pd.DataFrame:
    """The events as the spreadsheet Knight Lab's TimelineJS reads (its template's 18 columns).

    ``timeline`` is a table from :func:`chronology` (one row per event). A day fills
    Year, Month and Day; a week or any longer period also fills End Year, End Month and
    End Day; a month fills only Year and Month, and a year only Year, so TimelineJS
    shows no more precision than the text gave. Display Date is the ``when`` column,
    Headline the event, Text the sentence and who dates it, Group the sources. With a
    ``title``, a first row of Type "title" introduces the timeline. Every cell is text;
    empty cells are "".
    """
    if not isinstance(timeline, pd.DataFrame):
        raise TypeError(f"timeline must be a DataFrame from chronology, not {type(timeline).__name__}")
    blank = dict.fromkeys(TIMELINEJS_COLUMNS, "")
    rows = []
    if title:
        rows.append({**blank, "Headline": title, "Type": "title"})
    for event in timeline.itertuples():
        first, last, granularity = pd.Timestamp(event.date), pd.Timestamp(event.date_end), event.granularity
        row = {
            **blank,
            "Year": str(first.year),
            "Display Date": event.when,
            "Headline": event.event,
            "Text": f"“{event.sentence}” Dated by: {event.outlets} (sources: {event.sources}).",
            "Group": event.sources,
        }
        if granularity != "year":
            row["Month"] = str(first.month)
        if granularity not in ("year", "month"):
            row["Day"] = str(first.day)
        if granularity not in ("day", "year", "month"):
            row.update({"End Year": str(last.year), "End Month": str(last.month), "End Day": str(last.day)})
        rows.append(row)
    return pd.DataFrame(rows, columns=TIMELINEJS_COLUMNS).astype("str")


#: A count of people: a number or number word, up to two words, then dead/killed/soldiers/personnel.
COUNT = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)\s+"
    r"(?:[\w’']+\s+){0,2}?(dead|killed|soldiers|personnel)\b",
    re.I,
)
COUNT_COLUMNS = [
    "article_id",
    "outlet",
    "source",
    "count",
    "number",
    "expression",
    "type",
    "value",
    "date",
    "date_end",
    "granularity",
    "sentence",
]


def dated_counts(articles: pd.DataFrame, anchor: str | Mapping | pd.Series = "published") -> pd.DataFrame:
    """Every count of people ("five dead", "13 Turkish soldiers") with the time expression it belongs to.

    A count belongs to the *nearest* time expression in its own sentence (dates and
    durations both: "13 soldiers killed ... in the past week" is tied to "the past
    week", not to "this week" earlier in the sentence), counted in characters between
    the two. ``articles`` and ``anchor`` are as for :func:`build_timeline`. Columns:
    ``article_id``, ``outlet``, ``source``, ``count`` (as written), ``number`` (int),
    ``expression``, ``type``, ``value``, ``date``, ``date_end``, ``granularity`` (NaT and
    "duration" for a duration, which says how long, not when) and ``sentence``.
    A count with no time expression in its sentence is left out.
    """
    from helpers.dates import number_value

    if not isinstance(articles, pd.DataFrame):
        raise TypeError(f"articles must be a pandas DataFrame, not {type(articles).__name__}")
    anchors = _anchors(articles, anchor) if len(articles) else []
    rows = []
    for (_, article), when in zip(articles.iterrows(), anchors):
        for _, start, end in sentence_spans(article["text"]):
            sentence = article["text"][start:end]
            found = find_dates(sentence, to_anchor(when))
            found = found[found["type"].isin(["DATE", "TIME", "DURATION"])]
            for m in COUNT.finditer(sentence):
                if found.empty:
                    continue
                distance = [max(s - m.end(), m.start() - e, 0) for s, e in zip(found["start"], found["end"])]
                near = found.iloc[int(np.argmin(distance))]
                first, last, granularity = (
                    value_interval(near["value"]) if near["type"] != "DURATION" else (None, None, "duration")
                )
                outlet = article.get("outlet") if isinstance(article.get("outlet"), str) else UNKNOWN_OUTLET
                agency = article.get("agency")
                rows.append(
                    {
                        "article_id": article["article_id"],
                        "outlet": outlet,
                        "source": agency if isinstance(agency, str) else outlet,
                        "count": m.group(0),
                        "number": number_value(m.group(1)),
                        "expression": near["text"],
                        "type": near["type"],
                        "value": near["value"],
                        "date": first,
                        "date_end": last,
                        "granularity": granularity,
                        "sentence": sentence,
                    }
                )
    table = pd.DataFrame(rows, columns=COUNT_COLUMNS)
    for column in ("date", "date_end"):
        table[column] = pd.to_datetime(table[column]).astype("datetime64[ns]")
    table["number"] = table["number"].astype("int64")
    text_columns = [c for c in COUNT_COLUMNS if c not in ("number", "date", "date_end")]
    table[text_columns] = table[text_columns].astype("str")
    return table


def plot_chronology(
    events: pd.DataFrame,
    notes: Mapping | None = None,
    ax=None,
    title: str = "Chronology: what happened when, and who says so",
):
    """Draw a chronology a reader takes in at a glance: one line per event, earliest at the top.

    ``events`` comes from :func:`chronology`. Each line shows the date as precisely as
    the text gave it ("11 Feb", "week of 10 Feb"), the event's label, and one dot per
    outlet that dates it, in the outlet's colour (:func:`helpers.outlet_colors`), then
    its sources (the agencies behind those outlets). ``notes`` maps a day to a warning
    ("5 or 8 dead?"): every event dated to that day gets a red "!" and the note under
    its label.
    Sized for a page 700 pixels wide. Returns the axes.
    """
    import matplotlib.pyplot as plt

    if not isinstance(events, pd.DataFrame):
        raise TypeError(f"events must be a DataFrame from chronology, not {type(events).__name__}")
    notes = {pd.Timestamp(k): v for k, v in (notes or {}).items()}
    outlets = sorted({o for cell in events["outlets"] for o in str(cell).split(", ") if o})
    colors = outlet_colors(outlets)
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 1.6 + 0.42 * max(len(events), 1)), dpi=100)
    ax.set_xlim(0, 1)
    ax.set_ylim(max(len(events), 1) - 0.4, -0.8)
    dot_x = [0.765 + 0.03 * k for k in range(len(outlets))]
    source_x = 0.78 + 0.03 * len(outlets)
    previous = None
    for y, event in enumerate(events.itertuples()):
        same = previous == (event.date, event.granularity)  # the date is shown once per group
        if y and not same:
            ax.axhline(y - 0.5, color="#dddddd", linewidth=0.6)
        ax.text(0.0, y, "" if same else event.when, fontsize=8.5, fontweight="bold", va="center")
        ax.text(0.165, y, event.event, fontsize=8, va="center")
        named = str(event.outlets).split(", ")
        for x, outlet in zip(dot_x, outlets):
            ax.plot(
                [x], [y], marker="o", markersize=6.5, color=colors[outlet] if outlet in named else "#e6e6e6"
            )
        ax.text(source_x, y, event.sources, fontsize=7.5, color="#555555", va="center")
        note = notes.get(pd.Timestamp(event.date)) if event.granularity == "day" else None
        if note:
            ax.text(0.15, y, "!", fontsize=10, fontweight="bold", color="#c0392b", va="center", ha="center")
            ax.text(0.165, y + 0.4, note, fontsize=7.5, color="#c0392b", va="center")
        previous = (event.date, event.granularity)
    for x, outlet in zip(dot_x, outlets):  # outlet names above their column of dots
        ax.text(x, -0.7, outlet, fontsize=7.5, rotation=50, ha="left", va="bottom", color=colors[outlet])
    ax.text(source_x, -0.7, "sources", fontsize=7.5, rotation=50, ha="left", va="bottom", color="#555555")
    ax.set_xticks([])
    ax.set_yticks([])
    for side in ("top", "right", "bottom", "left"):
        ax.spines[side].set_visible(False)
    ax.set_title(title, fontsize=11, loc="left", pad=58)
    ax.set_ylabel("date (day, or the whole week), earliest at the top", fontsize=8.5)
    ax.set_xlabel(
        "event (the clause its date belongs to) · dots: outlets that date it · their sources", fontsize=8.5
    )
    return ax


# --- Lesson 04: the reprint trap, and measuring against the annotations ---------------------

#: A lead's reporting verb just before its date: "said on Thursday", "told reporters on".
LEAD = re.compile(r"\b(?:said|says|told|announced|accused)\s+(?:\w+\s+)?(?:on\s+)?$")
DAY = r"\d{4}-\d\d-\d\d"
AFTER_LEAD_COLUMNS = ["lead", "lead_date", "paragraph", "event", "event_date", "days_after"]


def events_after_lead(text: str, anchor: object = None) -> pd.DataFrame:
    """Days dated *after* the lead of the story they sit in: the sign of a story glued on.

    A lead is a day-level date right after a reporting verb ("Cavusoglu said on
    Thursday"); a wire story opens with its newest news, so every later day up to the
    next lead should be earlier. One row per day that is later: ``lead`` and
    ``lead_date``, the lead's ``paragraph`` (from 0), ``event`` and ``event_date`` (as
    written and resolved against ``anchor``) and ``days_after`` (int).
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    found = find_dates(text, to_anchor(anchor))
    days = found[found["value"].astype(str).str.fullmatch(DAY)].reset_index(drop=True)
    starts = [s for _, s, _ in sentence_spans(text)]
    paragraphs = [p for p, _, _ in sentence_spans(text)]
    rows, lead = [], None
    for expression, start, value in zip(days["text"], days["start"], days["value"]):
        if LEAD.search(text[max(0, start - 30) : start]):
            at = max(int(np.searchsorted(starts, start, side="right")) - 1, 0)
            lead = (expression, value, paragraphs[at] if paragraphs else 0)
        elif lead is not None and value > lead[1]:
            late = (pd.Timestamp(value) - pd.Timestamp(lead[1])).days
            rows.append((lead[0], lead[1], lead[2], expression, value, late))
    table = pd.DataFrame(rows, columns=AFTER_LEAD_COLUMNS)
    table[["paragraph", "days_after"]] = table[["paragraph", "days_after"]].astype("int64")
    text_columns = ["lead", "lead_date", "event", "event_date"]
    table[text_columns] = table[text_columns].astype("str")
    return table


def anchors_that_fit(text: str, latest: object, days: int = 14) -> list[pd.Timestamp]:
    """The days, from ``latest`` back over ``days`` days, that could be ``text``'s own date.

    A day fits when, read against it, the first day-level date of the text is that very
    day (a lead such as "said on Thursday" is the story's own day) and no day-level date
    in the text is later. Newest first.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    latest = to_anchor(latest)
    fits = []
    for back in range(days if latest is not None else 0):
        day = pd.Timestamp(latest) - pd.Timedelta(days=back)
        found = find_dates(text, day)
        values = found.loc[found["value"].astype(str).str.fullmatch(DAY), "value"]
        if len(values) and values.iloc[0] == f"{day:%Y-%m-%d}" and values.max() <= f"{day:%Y-%m-%d}":
            fits.append(day)
    return fits


def split_story(stories: pd.DataFrame, article_id: str, paragraph: int, anchor: object) -> pd.DataFrame:
    """Split one article of ``stories`` in two at ``paragraph``; the second part gets ``anchor``.

    ``stories`` has a row per story with ``story``, ``article_id``, ``text``, ``offset``
    (where the story starts in its article), ``anchor`` and ``anchor_from``. The two parts
    are called "<id> (a)" and "<id> (b)"; part (b) is anchored at ``anchor`` with
    ``anchor_from`` "inferred". Other rows are unchanged.
    """
    if not isinstance(stories, pd.DataFrame):
        raise TypeError(f"stories must be a DataFrame, not {type(stories).__name__}")
    rows = []
    for _, row in stories.iterrows():
        if row["article_id"] != article_id:
            rows.append(row.to_dict())
            continue
        parts = re.split(r"\n\s*\n", row["text"])
        top, tail = "\n\n".join(parts[:paragraph]), "\n\n".join(parts[paragraph:])
        first = dict(row.to_dict(), story=f"{article_id} (a)", text=top)
        second = dict(
            row.to_dict(),
            story=f"{article_id} (b)",
            text=tail,
            offset=row["offset"] + len(top) + 2,
            anchor=to_anchor(anchor),
            anchor_from="inferred",
        )
        rows.extend([first, second])
    table = pd.DataFrame(rows, columns=stories.columns)
    table["anchor"] = pd.to_datetime(table["anchor"]).astype("datetime64[ns]")
    return table.reset_index(drop=True)


SCORE_COLUMNS = ["found", "annotated", "same span", "precision", "recall", "right values", "value accuracy"]


def annotated_dates(texts: Mapping) -> pd.DataFrame:
    """The hand annotations of seeds/annotations/dates.csv, with ``start`` and ``end`` in each clean text.

    ``texts`` maps article_id to clean text (``articles.set_index("article_id")["text"]``).
    """
    from helpers.corpus import SEEDS_DIR
    from helpers.text import split_paragraphs

    gold = pd.read_csv(SEEDS_DIR / "annotations" / "dates.csv", keep_default_na=False, dtype=str)
    starts = []
    for aid, number, words in zip(gold["article_id"], gold["paragraph"], gold["text"]):
        paragraph = split_paragraphs(texts[aid])[int(number)]
        starts.append(texts[aid].index(paragraph) + paragraph.index(words))
    gold["start"] = np.array(starts, dtype="int64")
    gold["end"] = gold["start"] + gold["text"].str.len().astype("int64")
    return gold


def dates_in(stories: pd.DataFrame, anchor: str = "anchor") -> pd.DataFrame:
    """``find_dates`` over every story, each read against its ``anchor`` column.

    Returns ``article_id``, ``start``, ``end`` (in the whole article: each story's
    ``offset``, 0 if there is no such column, is added), ``type`` and ``value``.
    """
    tables = []
    for _, row in stories.iterrows():
        found = find_dates(row["text"], to_anchor(row[anchor]))
        shift_by = int(row["offset"]) if "offset" in row.index else 0
        tables.append(
            found.assign(
                article_id=row["article_id"], start=found["start"] + shift_by, end=found["end"] + shift_by
            )
        )
    columns = ["article_id", "start", "end", "type", "value"]
    return pd.concat(tables)[columns].reset_index(drop=True) if tables else pd.DataFrame(columns=columns)


def score_dates(found: pd.DataFrame, gold: pd.DataFrame) -> dict:
    """Compare found expressions with annotated ones: same article and same span, then same value.

    Precision: the share of found spans that are annotated; recall: the share of
    annotated spans found; value accuracy: the share of matched spans with the
    annotated value (NaN when ``found`` has no ``value`` column).
    """
    both = gold.merge(found, on=["article_id", "start", "end"], suffixes=("", "_found"))
    right = int((both["value"] == both["value_found"]).sum()) if "value_found" in both else None
    return {
        "found": len(found),
        "annotated": len(gold),
        "same span": len(both),
        "precision": len(both) / len(found) if len(found) else float("nan"),
        "recall": len(both) / len(gold) if len(gold) else float("nan"),
        "right values": right,
        "value accuracy": right / len(both) if right is not None and len(both) else float("nan"),
    }
