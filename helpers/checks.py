"""Instant, gentle feedback for the exercise notebooks.

>>> from helpers.checks import check
>>> check("01.1", 5)      # prints one line: correct / not attempted yet / not yet + a hint

``check`` never raises, so an unfinished notebook still runs from top to bottom. The
right answers are not typed in here: each is computed from the bundled seed articles
with the course's own helpers, so they stay right if the seeds are ever corrected.
"""

from __future__ import annotations

import datetime as dt
import numbers
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pandas as pd

from helpers.cleaning import label_lines
from helpers.corpus import load_articles
from helpers.text import split_paragraphs, words

CORRECT, NOT_ATTEMPTED, NOT_YET = "correct", "not attempted yet", "not yet"
MARKS = {CORRECT: "✔", NOT_ATTEMPTED: "…", NOT_YET: "✘"}


@dataclass(frozen=True)
class Feedback:
    """The verdict on one answer: a status and a sentence for the learner."""

    question: str
    status: str
    message: str

    def __str__(self) -> str:
        return f"{MARKS[self.status]} {self.question} {self.status}: {self.message}"


#: question id -> function(answer) -> (is it right?, what to say)
QUESTIONS: dict[str, Callable[[Any], tuple[bool, str]]] = {}


def question(qid: str) -> Callable:
    """Register a checking function under a question id such as "01.3"."""
    def register(function: Callable[[Any], tuple[bool, str]]) -> Callable:
        QUESTIONS[qid] = function
        return function
    return register


def not_attempted(answer: Any) -> bool:
    """True for an answer still left as ``...`` (or None)."""
    return answer is Ellipsis or answer is None


def evaluate(qid: str, answer: Any) -> Feedback:
    """Judge ``answer`` to question ``qid``. Never raises."""
    if qid not in QUESTIONS:
        known = ", ".join(sorted(QUESTIONS))
        return Feedback(str(qid), NOT_YET, f"there is no question {qid!r}; the questions are {known}")
    if not_attempted(answer):
        return Feedback(qid, NOT_ATTEMPTED, "replace the ... with your answer and run the cell again")
    try:
        right, message = QUESTIONS[qid](answer)
    except Exception as error:  # the learner's code may fail in any way: report, never raise
        return Feedback(qid, NOT_YET, f"checking your answer raised {type(error).__name__}: {error}")
    return Feedback(qid, CORRECT if right else NOT_YET, message)


def check(qid: str, answer: Any) -> None:
    """Print one line of feedback on ``answer`` to question ``qid`` (see the exercise)."""
    print(evaluate(qid, answer))


# ---------------------------------------------------------------------------
# Small comparisons with helpful messages
# ---------------------------------------------------------------------------

def _as_int(answer: Any) -> int | None:
    if isinstance(answer, bool):
        return None
    if isinstance(answer, int):
        return answer
    if hasattr(answer, "item") and getattr(answer, "ndim", 1) == 0:  # a numpy number
        value = answer.item()
        return value if isinstance(value, int) else None
    return None


def same_number(answer: Any, expected: int, hint: str) -> tuple[bool, str]:
    value = _as_int(answer)
    if value is None:
        return False, f"expected a whole number, got {type(answer).__name__} {answer!r}"
    if value == expected:
        return True, f"{expected} it is"
    return False, f"{value} is {'too high' if value > expected else 'too low'}. {hint}"


def same_set(answer: Any, expected: Iterable[str], hint: str) -> tuple[bool, str]:
    if isinstance(answer, str) or not isinstance(answer, Iterable):
        return False, f"expected a list of article ids, got {type(answer).__name__} {answer!r}"
    got, want = {str(a) for a in answer}, set(expected)
    if got == want:
        return True, f"{len(want)} article(s): {sorted(want)}"
    missing, extra = len(want - got), len(got - want)
    return False, f"{missing} missing, {extra} that should not be there. {hint}"


def same_largest(answer: Any, counts: pd.Series, what: str, unit: str, hint: str) -> tuple[bool, str]:
    """Is ``answer`` the label of the largest value in ``counts``?"""
    expected = counts.idxmax()
    if not isinstance(answer, str):
        return False, f"expected {what} (a str), got {type(answer).__name__} {answer!r}"
    if answer == expected:
        return True, f"{expected}: {counts.max()} {unit}"
    if answer in counts.index:
        return False, f"{answer} has {counts[answer]} {unit}; one has more. {hint}"
    return False, f"{answer!r} is not {what} here; they look like {counts.index[0]!r}"


# ---------------------------------------------------------------------------
# Exercise 01: meet the corpus
# ---------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _seeds() -> pd.DataFrame:
    return load_articles()


@question("01.1")
def _how_many_articles(answer: Any) -> tuple[bool, str]:
    return same_number(answer, len(_seeds()), "Count the rows of the articles table: len(articles).")


@question("01.2")
def _articles_without_date(answer: Any) -> tuple[bool, str]:
    seeds = _seeds()
    expected = seeds.loc[seeds["published"].isna(), "article_id"]
    return same_set(answer, expected, "Use articles['published'].isna() to pick the rows, "
                                      "then take their 'article_id'.")


LINK_CASES = {  # input -> what a link remover should give back
    "By [Reuters](#)": "By Reuters",
    "Ankara [retaliated](#), firing": "Ankara retaliated, firing",
    "[one](a) and [two](https://example.org/b)": "one and two",
    "No links here.": "No links here.",
    "An empty [](#) link": "An empty  link",
}


@question("01.3")
def _remove_links(answer: Any) -> tuple[bool, str]:
    if not callable(answer):
        return False, f"expected a function, got {type(answer).__name__}; pass the function itself, without ()"
    for given, wanted in LINK_CASES.items():
        got = answer(given)
        if got is None or got is Ellipsis:
            return False, "your function returns nothing yet: end it with return ..."
        if got != wanted:
            return False, (f"for {given!r} it gave {got!r}, expected {wanted!r}. "
                           r"Try re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', line).")
    return True, f"all {len(LINK_CASES)} test lines come out right"


@question("01.4")
def _longest_article(answer: Any) -> tuple[bool, str]:
    seeds = _seeds()
    counts = seeds.set_index("article_id")["text"].map(lambda text: len(words(text)))
    return same_largest(answer, counts, "an article id", "words",
                        "Count with words(text) on the clean 'text' column, not 'raw'.")


@question("01.5")
def _paragraphs_per_article(answer: Any) -> tuple[bool, str]:
    seeds = _seeds()
    expected = seeds.set_index("article_id")["text"].map(lambda text: len(split_paragraphs(text)))
    if isinstance(answer, pd.DataFrame) and answer.shape[1] == 1:
        answer = answer.iloc[:, 0]
    if not isinstance(answer, pd.Series):
        return False, f"expected a pandas Series indexed by article_id, got {type(answer).__name__}"
    if set(answer.index) != set(expected.index):
        return False, "its index should be the article ids: try articles.set_index('article_id')['text']"
    wrong = [a for a in expected.index if answer[a] != expected[a]]
    if not wrong:
        return True, f"from {expected.min()} to {expected.max()} paragraphs per article"
    return False, (f"{len(wrong)} article(s) have the wrong count, e.g. {wrong[0]}: {answer[wrong[0]]}. "
                   "Split the clean text with split_paragraphs(text) and count with len().")


@question("01.6")
def _boilerplate_lines(answer: Any) -> tuple[bool, str]:
    labels = pd.concat([label_lines(raw) for raw in _seeds()["raw"]])
    expected = int((labels["kind"] != "body").sum())
    return same_number(answer, expected, "Label each raw text with label_lines(raw), join the tables "
                                         "with pd.concat, and count the rows whose kind is not 'body'.")


# ---------------------------------------------------------------------------
# Exercise 02: deduplication
# ---------------------------------------------------------------------------

def same_float(answer: Any, expected: float, tolerance: float, hint: str) -> tuple[bool, str]:
    if isinstance(answer, bool) or not isinstance(answer, numbers.Real):
        return False, f"expected a number, got {type(answer).__name__} {answer!r}"
    value = float(answer)
    if abs(value - expected) <= tolerance:
        return True, f"{expected:.3f} it is"
    return False, f"{value:.3f} is {'too high' if value > expected else 'too low'}. {hint}"


def _most_similar_pair() -> tuple[str, str]:
    """The two seed articles with the highest containment: (smaller, larger) by shingle count."""
    from helpers.dedup import near_duplicates, shingles
    texts = _seeds().set_index("article_id")["text"]
    top = near_duplicates(texts, threshold=0.01).iloc[0]
    return tuple(sorted((top["a"], top["b"]), key=lambda aid: len(shingles(texts[aid]))))


NORMALIZE_CASES = ["\u201cWe consider such sorties\u2026 unacceptable,\u201d he said",
                   "Syria\u2019s  LAST\nrebel bastion", "plain text", "\u2018scare\u2019 quotes"]


@question("02.1")
def _my_normalize(answer: Any) -> tuple[bool, str]:
    from helpers.dedup import normalize
    if not callable(answer):
        return False, f"expected a function, got {type(answer).__name__}; pass the function itself, without ()"
    for given in NORMALIZE_CASES:
        got, wanted = answer(given), normalize(given)
        if got is None or got is Ellipsis:
            return False, "your function returns nothing yet: end it with return ..."
        if got != wanted:
            return False, f"for {given!r} it gave {got!r}, expected {wanted!r}"
    return True, f"all {len(NORMALIZE_CASES)} test strings come out right"


CONTAINMENT_CASES = [({"a", "b", "c", "d"}, {"c", "d", "e"}), ({"c", "d", "e"}, {"a", "b", "c", "d"}),
                     ({"x"}, {"y"}), (set(), {"y"})]


@question("02.2")
def _my_containment(answer: Any) -> tuple[bool, str]:
    from helpers.dedup import containment
    if not callable(answer):
        return False, f"expected a function, got {type(answer).__name__}; pass the function itself, without ()"
    for a, b in CONTAINMENT_CASES:
        got = answer(a, b)
        if got is None or got is Ellipsis:
            return False, "your function returns nothing yet: end it with return ..."
        if abs(float(got) - containment(a, b)) > 1e-9:
            hint = " An empty a contains nothing: return 0." if not a else " Divide by len(a), not by the union."
            return False, f"for a={sorted(a)}, b={sorted(b)} it gave {got!r}, expected {containment(a, b)!r}.{hint}"
    return True, f"all {len(CONTAINMENT_CASES)} test pairs come out right"


@question("02.3")
def _resemblance_of_top_pair(answer: Any) -> tuple[bool, str]:
    from helpers.dedup import jaccard, shingles
    texts = _seeds().set_index("article_id")["text"]
    smaller, larger = _most_similar_pair()
    expected = jaccard(shingles(texts[smaller]), shingles(texts[larger]))
    return same_float(answer, expected, 0.005, "Use jaccard(shingles(a), shingles(b)), not containment.")


@question("02.4")
def _pair_reported(answer: Any) -> tuple[bool, str]:
    from helpers.dedup import near_duplicates
    found = near_duplicates(_seeds().set_index("article_id")["text"])
    expected = {frozenset(pair) for pair in zip(found["a"], found["b"])}
    if isinstance(answer, (tuple, list)) and len(answer) == 2 and all(isinstance(a, str) for a in answer):
        answer = [answer]
    if not isinstance(answer, (list, set, tuple)) or not all(isinstance(p, (tuple, list)) and len(p) == 2 for p in answer):
        return False, "expected a pair of article ids like ('000_…', '001_…'), or a list of such pairs"
    got = {frozenset(pair) for pair in answer}
    if got == expected:
        return True, f"{len(expected)} pair(s) at containment >= 0.5"
    return False, "not the pairs near_duplicates(texts) reports. Run it and read columns a and b."


@question("02.5")
def _unmatched_paragraphs(answer: Any) -> tuple[bool, str]:
    from helpers.dedup import align_paragraphs
    texts = _seeds().set_index("article_id")["text"]
    smaller, larger = _most_similar_pair()
    matched = set(align_paragraphs(texts[smaller], texts[larger])["b"])
    expected = len(split_paragraphs(texts[larger])) - len(matched)
    return same_number(answer, expected, "Count the paragraphs of the longer text, then take away the "
                                         "distinct values in column b of align_paragraphs(shorter, longer).")


@question("02.6")
def _candidate_chance(answer: Any) -> tuple[bool, str]:
    from helpers.minhash import s_curve
    expected = float(s_curve(0.6, bands=20, rows=5))
    return same_float(answer, expected, 0.001, "The chance is 1 - (1 - s**rows)**bands, with s = 0.6.")


# ---------------------------------------------------------------------------
# Exercise 03: quotes
# ---------------------------------------------------------------------------

@lru_cache(maxsize=2)
def _seed_quotes(resolve: bool = True) -> pd.DataFrame:
    """Every quote extract_quotes finds in the seeds, with the article's id, outlet and agency."""
    from helpers.quotes import extract_quotes
    tables = [extract_quotes(row.text, resolve=resolve).assign(article_id=row.article_id, outlet=row.outlet,
                                                               agency=row.agency)
              for row in _seeds().itertuples()]
    return pd.concat(tables, ignore_index=True)


QUOTE_CASES = ["\u201cWe go,\u201d he said.", 'He said "no" twice and "yes" once.', "No quotes here.",
               "\u201cMixed marks,\" she said.", "Syria\u2019s war \u201cis over\u201d, they said."]


@question("03.1")
def _my_quotes(answer: Any) -> tuple[bool, str]:
    from helpers.quotes import quote_spans
    if not callable(answer):
        return False, f"expected a function, got {type(answer).__name__}; pass the function itself, without ()"
    for given in QUOTE_CASES:
        got, wanted = answer(given), [given[s.start:s.end] for s in quote_spans(given)]
        if got is None or got is Ellipsis:
            return False, "your function returns nothing yet: end it with return ..."
        if not isinstance(got, list) or got != wanted:
            return False, (f"for {given!r} it gave {got!r}, expected {wanted!r}. "
                           "re.findall with one group, (...), returns just the words inside the marks.")
    return True, f"all {len(QUOTE_CASES)} test sentences come out right"


@question("03.2")
def _scare_words(answer: Any) -> tuple[bool, str]:
    quotes = _seed_quotes()
    expected = set(quotes.loc[quotes["kind"] == "scare", "quote"])
    if isinstance(answer, str) or not isinstance(answer, Iterable):
        return False, f"expected a set of words, got {type(answer).__name__} {answer!r}"
    got = {str(a) for a in answer}
    if got == expected:
        return True, f"{len(expected)} different words: {sorted(expected)}"
    missing, extra = len(expected - got), len(got - expected)
    return False, (f"{missing} missing, {extra} that should not be there. Keep the rows whose kind is "
                   "'scare' and take the set of their 'quote' column, words exactly as written.")


@question("03.3")
def _most_quoted_words(answer: Any) -> tuple[bool, str]:
    quotes = _seed_quotes()
    voices = quotes[quotes["kind"] != "scare"].dropna(subset=["speaker"])
    totals = voices.groupby("speaker")["quote"].agg(lambda qs: sum(len(words(q)) for q in qs))
    return same_largest(answer, totals, "a speaker's name", "quoted words",
                        "Count words, not quotes, and leave out scare quotes.")


@question("03.4")
def _resolved_only(answer: Any) -> tuple[bool, str]:
    from helpers.quotes import PRONOUNS
    alone, resolved = _seed_quotes(resolve=False), _seed_quotes()
    voices = alone["kind"] != "scare"
    nameless = alone["speaker"].isna() | alone["speaker"].isin(PRONOUNS)
    expected = int((voices & nameless & resolved["speaker"].notna()).sum())
    return same_number(answer, expected, "Compare extract_quotes(text, resolve=False) with extract_quotes(text): "
                                         "count direct and partial quotes whose speaker is missing or a pronoun "
                                         "in the first and a name in the second.")


def _closest_rendering() -> tuple[str, str]:
    """Reuters' "We continue to note with regret ..." and the AFP quote sharing most of its stems."""
    quotes = _seed_quotes()
    voices = quotes[quotes["kind"] != "scare"]
    reuters = voices[(voices["agency"] == "Reuters") & voices["quote"].str.startswith("We continue to note")]
    afp = voices[voices["agency"] == "AFP"]["quote"]

    def stems(text: str) -> set[str]:
        return {w[:5] for w in words(text.lower()) if len(w) > 3}

    target = stems(reuters["quote"].iloc[0])
    best = max(afp, key=lambda q: len(target & stems(q)) / min(len(target), len(stems(q))))
    return reuters["quote"].iloc[0], best


@question("03.5")
def _closest_afp_quote(answer: Any) -> tuple[bool, str]:
    _, expected = _closest_rendering()
    if not isinstance(answer, str):
        return False, f"expected one quote (a str), got {type(answer).__name__} {answer!r}"
    if answer.strip(" \"\u201c\u201d.,") == expected.strip(" \"\u201c\u201d.,"):
        return True, "the same remark, in other words"
    return False, ("not the AFP quote with the highest stem containment. Compute overlap(reuters_quote, q) "
                   "for every AFP quote q and keep the largest.")


# ---------------------------------------------------------------------------
# Exercise 04: timelines
# ---------------------------------------------------------------------------

def _as_day(answer: Any) -> str | None:
    """An ISO day 'YYYY-MM-DD' from a str, date, datetime or Timestamp; None if it is not one."""
    if isinstance(answer, str):
        try:
            return dt.date.fromisoformat(answer.strip()).isoformat()
        except ValueError:
            return None
    if isinstance(answer, (dt.date, pd.Timestamp)) and not pd.isna(answer):
        return pd.Timestamp(answer).date().isoformat()
    return None


def same_day(answer: Any, expected: str, hint: str) -> tuple[bool, str]:
    day = _as_day(answer)
    if day is None:
        return False, f"expected a date such as '2020-02-11' (a str, date or Timestamp), got {type(answer).__name__} {answer!r}"
    if day == expected:
        return True, f"{expected} it is"
    return False, f"{day} is {'too late' if day > expected else 'too early'}. {hint}"


def _seed_with(words: str) -> pd.Series:
    """The seed article whose text contains ``words``."""
    seeds = _seeds()
    return seeds[seeds["text"].str.contains(words, regex=False)].iloc[0]


WEEKDAY_CASES = [("Tuesday", "2020-02-11"), ("Monday", "2020-02-11"), ("Wednesday", "2020-02-11"),
                 ("Sunday", "2020-02-16"), ("Monday", "2020-02-17"), ("Saturday", "2020-02-17")]


@question("04.1")
def _my_weekday(answer: Any) -> tuple[bool, str]:
    from helpers.dates import WEEKDAYS, weekday_near
    if not callable(answer):
        return False, f"expected a function, got {type(answer).__name__}; pass the function itself, without ()"
    for name, anchor in WEEKDAY_CASES:
        got = answer(name, pd.Timestamp(anchor))
        if got is None or got is Ellipsis:
            return False, "your function returns nothing yet: end it with return ..."
        wanted = weekday_near(dt.date.fromisoformat(anchor), WEEKDAYS[name.lower()], -1).isoformat()
        if _as_day(got) != wanted:
            hint = " The anchor day itself counts: a Tuesday story's 'Tuesday' is that day." if name == pd.Timestamp(
                anchor).day_name() else " Go back (anchor weekday - wanted weekday) % 7 days."
            return False, f"my_weekday({name!r}, {anchor}) gave {got!r}, expected {wanted}.{hint}"
    return True, f"all {len(WEEKDAY_CASES)} test days come out right"


@question("04.2")
def _iso_week(answer: Any) -> tuple[bool, str]:
    from helpers.dates import iso_week
    latest = _seeds()["published"].max()
    expected = iso_week(latest.date())
    if not isinstance(answer, str):
        return False, f"expected a str such as '2020-W01', got {type(answer).__name__} {answer!r}"
    if answer == expected:
        return True, f"{latest:%d %B %Y} is in {expected}"
    if answer.replace("W0", "W") == expected.replace("W0", "W"):
        return False, "almost: write the week with two digits, e.g. 2020-W07"
    return False, f"{answer!r} is not it. Use published.isocalendar() and write f\"{{year}}-W{{week:02d}}\"."


@question("04.3")
def _ten_days_later(answer: Any) -> tuple[bool, str]:
    from helpers.dates import find_dates
    article = _seed_with("10 days later")
    found = find_dates(article["text"], article["published"])
    expected = found.loc[found["text"] == "10 days later", "value"].iloc[0]
    return same_day(answer, expected, "Count from the date the text gives just before it, not from the "
                                      "publication date.")


@question("04.4")
def _afp_date(answer: Any) -> tuple[bool, str]:
    from helpers.text import split_sentences
    seeds = _seeds()
    article = seeds[seeds["published"].isna() & seeds["agency"].eq("AFP")].iloc[0]
    lead = split_sentences(article["text"])[0]
    window = pd.date_range(seeds["published"].min(), seeds["published"].max(), freq="D")
    fits = [d for d in window if d.day_name() in lead]
    expected = fits[0].date().isoformat()
    return same_day(answer, expected, "List the days between the first and the last known publication "
                                      "date and keep the one whose weekday the lead names.")


@question("04.5")
def _wrong_under_one_anchor(answer: Any) -> tuple[bool, str]:
    from helpers.corpus import SEEDS_DIR
    from helpers.dates import find_dates
    reprint = _seed_with("Cavusoglu")
    text = reprint["text"]
    gold = pd.read_csv(SEEDS_DIR / "annotations" / "dates.csv", keep_default_na=False)
    gold = gold[gold["article_id"] == reprint["article_id"]]
    first_anchor = gold.loc[gold["anchor_from"] == "inferred", "anchor"].iloc[0]  # the first story's date
    found = find_dates(text, first_anchor).set_index("start")["value"]
    paragraphs = split_paragraphs(text)
    wrong = 0
    for number, expression, value in zip(gold["paragraph"], gold["text"], gold["value"]):
        start = text.index(paragraphs[number]) + paragraphs[number].index(expression)
        wrong += found.get(start) != value
    return same_number(answer, wrong, "Run find_dates on the whole reprint with the anchor "
                                      f"'{first_anchor}', then compare each annotated value with the value "
                                      "found at the same place.")


# ---------------------------------------------------------------------------
# Exercise 05: framing
# ---------------------------------------------------------------------------

def _framing_drop() -> set[str]:
    """The articles Lesson 05 drops: of each near-duplicate pair, the one that contains the other."""
    from helpers.dedup import near_duplicates, shingles
    texts = _seeds().set_index("article_id")["text"]
    pairs = near_duplicates(texts)
    return {max((a, b), key=lambda aid: (len(shingles(texts[aid])), aid)) for a, b in zip(pairs["a"], pairs["b"])}


def _framing_kept() -> pd.DataFrame:
    seeds = _seeds()
    return seeds[~seeds["article_id"].isin(_framing_drop())].reset_index(drop=True)


def _outlet_text(outlet: str) -> str:
    kept = _framing_kept()
    return "\n\n".join(kept.loc[kept["outlet"] == outlet, "text"])


def same_share(answer: Any, expected: float, tolerance: float, hint: str) -> tuple[bool, str]:
    """A share between 0 and 1; a percentage gets its own hint."""
    if isinstance(answer, bool) or not isinstance(answer, numbers.Real):
        return False, f"expected a number between 0 and 1, got {type(answer).__name__} {answer!r}"
    if abs(float(answer) / 100 - expected) <= tolerance and float(answer) > 1:
        return False, f"{float(answer):.2f} looks like a percentage: give the share between 0 and 1 (divide by 100)"
    return same_float(answer, expected, tolerance, hint)


@question("05.1")
def _which_to_drop(answer: Any) -> tuple[bool, str]:
    expected = _framing_drop()
    if isinstance(answer, (list, tuple, set)) and len(answer) == 1:
        answer = next(iter(answer))
    if not isinstance(answer, str):
        return False, f"expected one article id (a str), got {type(answer).__name__} {answer!r}"
    if {answer} == expected:
        return True, f"drop {answer}: it contains the other text, plus what the reprint added"
    if answer in set(_seeds()["article_id"]):
        return False, ("that one is not the article to drop. Of the pair near_duplicates reports, drop the one "
                       "with more shingles (the text that contains the other).")
    return False, f"{answer!r} is not an article id; ids look like {sorted(_seeds()['article_id'])[0]!r}"


def _rt_terrorist() -> pd.Series:
    from helpers.framing import term_rates
    rates = term_rates(_framing_kept())
    return rates[(rates["outlet"] == "RT") & (rates["family"] == "terrorist")].iloc[0]


@question("05.2")
def _terrorist_rate(answer: Any) -> tuple[bool, str]:
    row = _rt_terrorist()
    if _as_int(answer) == row["count"]:
        return False, f"{answer} is the count; divide by RT's {row['words']} words and multiply by 1,000"
    return same_float(answer, float(row["per_1000"]), 0.05,
                      "Use term_rates(kept) and read the row for RT and the family 'terrorist', column per_1000.")


@question("05.3")
def _terrorist_own_voice(answer: Any) -> tuple[bool, str]:
    row = _rt_terrorist()
    return same_number(answer, int(row["reporter"]), "Count only the uses in the reporter's voice: find_terms(text) "
                                                     "rows whose family is 'terrorist' and voice is 'reporter'.")


@question("05.4")
def _marked_share(answer: Any) -> tuple[bool, str]:
    from helpers.framing import reporting_verbs
    found = reporting_verbs(_outlet_text("Expatica"))
    expected = float((found["class"] == "marked").mean())
    return same_share(answer, expected, 0.005, "Take reporting_verbs(text) for the AFP story on Expatica and "
                                               "divide the number of 'marked' rows by the number of all rows.")


def _delta_by_formula(y_a: float, n_a: float, y_b: float, n_b: float, alpha_w: float, alpha_0: float) -> float:
    import math
    return (math.log((y_a + alpha_w) / (n_a + alpha_0 - y_a - alpha_w))
            - math.log((y_b + alpha_w) / (n_b + alpha_0 - y_b - alpha_w)))


DELTA_CASES = [(2, 4, 0, 4, 2, 8), (1, 4, 2, 4, 3, 8), (0, 4, 1, 4, 1, 8), (5, 100, 1, 50, 6, 150), (3, 10, 3, 10, 6, 20)]


@question("05.5")
def _my_delta(answer: Any) -> tuple[bool, str]:
    from helpers.framing import log_odds
    if not callable(answer):
        return False, f"expected a function, got {type(answer).__name__}; pass the function itself, without ()"
    helper = log_odds(["rebels", "said", "rebels", "army"], ["terrorists", "said", "army", "army"]).set_index("term")
    cases = [(case, _delta_by_formula(*case)) for case in DELTA_CASES]
    cases.append(((2, 4, 0, 4, 2, 8), float(helper.loc["rebels", "delta"])))  # the same case, through the helper
    for case, expected in cases:
        got = answer(*case)
        if got is None or got is Ellipsis:
            return False, "your function returns nothing yet: end it with return ..."
        if isinstance(got, bool) or not isinstance(got, numbers.Real) or abs(float(got) - expected) > 1e-9:
            names = "y_a, n_a, y_b, n_b, alpha_w, alpha_0"
            return False, (f"for ({names}) = {case} it gave {got!r}, expected {expected:.4f}. Use natural logs "
                           "(math.log) and subtract y and alpha_w in both denominators.")
    return True, f"all {len(cases)} test cases match the formula and helpers.log_odds"


@question("05.6")
def _us_voice_share(answer: Any) -> tuple[bool, str]:
    from helpers.framing import quote_shares
    text = _outlet_text("RT")
    shares = quote_shares(text)
    expected = float(shares.loc[shares["side"] == "United States", "share"].sum())
    return same_share(answer, expected, 0.002, "Use quote_shares(text) for RT and add the 'share' of the rows "
                                               "whose side is 'United States' (share of all of RT's words).")
