"""When did it happen? Find dates in news text and resolve them against a publication date.

>>> find_dates("The Kremlin said on Tuesday that talks held last week failed.", "2020-02-11")
        text  start  end  type       value
0    Tuesday     20   27  DATE  2020-02-11
1  last week     44   53  DATE    2020-W06

News dates events every way it can: "Feb. 11", "on Tuesday", "last week", "in October
last year", "since early December", "10 days later", "the past week". Each expression
gets a **type** and a **value** in TIMEX3, the standard notation of annotated news
corpora (TimeBank, TempEval):

=========  ===================================================================
DATE       a day ``2020-02-11``, a week ``2020-W07``, a weekend ``2020-W07-WE``,
           a month ``2019-10``, a quarter ``1989-Q3``, a half ``1989-H2``, a season
           ``1989-SU``, a year ``2018``, a decade ``198`` (the 1980s), or a vague
           reference: ``PAST_REF`` (recently), ``PRESENT_REF`` (now), ``FUTURE_REF`` (soon)
DURATION   how long: ``P1W`` (the past week), ``P10D`` (10 days), ``PT24H``, ``P9Y``
SET        how often: ``P1D`` (daily), ``P1W`` (weekly), ``P1Y`` (annually)
TIME       a time of day: ``2020-02-11T09:00``, ``2020-02-11TMO`` (this morning)
=========  ===================================================================

DURATION, SET and TIME follow the TimeML guidelines: "a month after the attack" is the
duration "a month" (the signal "after" stays out), "every Thursday" is the set
``XXXX-WXX-4``, "Friday night" the time ``2020-02-07TNI``. Prepositions ("over the
weekend") and possessives ("Friday's") are never part of an expression.

How it works, in three steps a lesson can show:

1. :data:`RULES` is a list of rules, one per way of writing a date: a regular
   expression, the words every match contains (``needs``), a ``resolve`` function and
   example sentences. Each rule is only tried near its words (:data:`TRIGGER`, built
   from them); every match is a candidate, and where candidates overlap the longest
   wins.
2. Each rule's ``resolve`` function turns its match into a value, using the **anchor**
   (the publication date) for relative expressions: "on Tuesday" in news is the most
   recent Tuesday, the anchor day included, unless the sentence speaks of the future
   ("will meet on Tuesday"); "December" without a year is the most recent December.
3. "10 days later", "the next day" or "that year" are resolved against the last date
   the text mentioned before them, as a reader does, not against the anchor.

The modules, in the order a lesson reads them:

* :mod:`helpers.dates.words`: month and weekday names, numbers, units, tense words;
* :mod:`helpers.dates.values`: calendar arithmetic and the one reader of TIMEX3 values
  (:func:`value_interval`: first day, last day, granularity), :func:`shift` to move one;
* :mod:`helpers.dates.rule`: what a rule is, and the :class:`Context` a resolver reads;
* :mod:`helpers.dates.explicit`, :mod:`helpers.dates.relative`,
  :mod:`helpers.dates.durations`: the rules, each with its examples;
* :mod:`helpers.dates.search`: the trigger, the candidates, :func:`find_dates`.

Without an anchor (``None``, ``NaT``) explicit dates are still resolved, and a relative
one gets TIMEX3's "unknown" digits ``X`` in place of what the anchor would have told:
"on Tuesday" becomes ``XXXX-WXX-2``, "last year" ``XXXX``, "in October" ``XXXX-10``,
"yesterday" ``XXXX-XX-XX``. A value containing ``X`` is unresolved.
"""

from __future__ import annotations

from helpers.dates.relative import HOLIDAYS
from helpers.dates.rule import (
    DIGITS,
    EXAMPLE_ANCHOR,
    FOUR_DIGITS,
    Context,
    Example,
    Match,
    Resolved,
    Resolver,
    Rule,
    RuleList,
    dated,
)
from helpers.dates.search import (
    DATE_COLUMNS,
    RULES,
    TRIGGER,
    Candidate,
    candidates,
    find_dates,
    trigger_words,
    windows,
)
from helpers.dates.values import (
    SEASON_MONTHS,
    add_months,
    duration,
    iso_week,
    month_end,
    number_value,
    shift,
    to_anchor,
    value_interval,
    weekday_near,
    year_for,
)
from helpers.dates.words import MONTHS, NUMBERS, ORDINALS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS

__all__ = [
    "DATE_COLUMNS",
    "DIGITS",
    "EXAMPLE_ANCHOR",
    "FOUR_DIGITS",
    "HOLIDAYS",
    "MONTHS",
    "NUMBERS",
    "ORDINALS",
    "PARTS_OF_DAY",
    "RULES",
    "SEASONS",
    "SEASON_MONTHS",
    "TRIGGER",
    "UNITS",
    "WEEKDAYS",
    "Candidate",
    "Context",
    "Example",
    "Match",
    "Resolved",
    "Resolver",
    "Rule",
    "RuleList",
    "add_months",
    "candidates",
    "dated",
    "duration",
    "find_dates",
    "iso_week",
    "month_end",
    "number_value",
    "shift",
    "to_anchor",
    "trigger_words",
    "value_interval",
    "weekday_near",
    "windows",
    "year_for",
]
