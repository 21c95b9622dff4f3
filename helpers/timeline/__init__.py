"""From dated expressions to one timeline: a table of events, and a figure of it.

>>> timeline = build_timeline(articles)        # doctest: +SKIP
>>> plot_timeline(timeline)                     # doctest: +SKIP

:func:`build_timeline` runs :func:`helpers.dates.find_dates` over each article with its
own anchor (its publication date, or one you supply) and turns every TIMEX3 value into
an interval of days: "2020-02-11" is one day, "2020-W07" the seven days from Monday
10 February, "2019-12" the whole of December, "the 1640s" the ten years from 1640. Dates
of any century are kept (the date columns are ``datetime64[s]``). :func:`plot_timeline`
draws days as points and weeks, months and longer as bars, so that a month is never
mistaken for the day it starts on.

The package has one module per idea:

- :mod:`helpers.timeline.table`: building the table (:func:`build_timeline`);
- :mod:`helpers.timeline.labels`: event labels (:func:`event_label` and its rules);
- :mod:`helpers.timeline.counts`: counts of people and their dates (:func:`dated_counts`);
- :mod:`helpers.timeline.publish`: the chronology and the TimelineJS export;
- :mod:`helpers.timeline.plots`: the figures;
- :mod:`helpers.timeline.reprints`: a glued-on story, found by its dates and split off;
- :mod:`helpers.timeline.scoring`: found dates measured against the hand annotations.
"""

from helpers.timeline.counts import COUNT, COUNT_COLUMNS, dated_counts
from helpers.timeline.labels import event_label, last_phrase, sentence_subject
from helpers.timeline.plots import plot_chronology, plot_timeline, timeline_window
from helpers.timeline.publish import (
    CHRONOLOGY_COLUMNS,
    TIMELINEJS_COLUMNS,
    chronology,
    display_date,
    join_sorted,
    to_timelinejs,
)
from helpers.timeline.reprints import AFTER_LEAD_COLUMNS, anchors_that_fit, events_after_lead, split_story
from helpers.timeline.scoring import (
    ANNOTATION_COLUMNS,
    DATES_IN_COLUMNS,
    SCORE_COLUMNS,
    annotated_dates,
    dates_in,
    score_dates,
)
from helpers.timeline.table import (
    DAY_DTYPE,
    TEXT_DTYPE,
    TIMELINE_COLUMNS,
    Anchors,
    DateLike,
    build_timeline,
    sentence_spans,
    value_interval,
)

__all__ = [
    "AFTER_LEAD_COLUMNS",
    "ANNOTATION_COLUMNS",
    "CHRONOLOGY_COLUMNS",
    "COUNT",
    "COUNT_COLUMNS",
    "DATES_IN_COLUMNS",
    "DAY_DTYPE",
    "SCORE_COLUMNS",
    "TEXT_DTYPE",
    "TIMELINEJS_COLUMNS",
    "TIMELINE_COLUMNS",
    "Anchors",
    "DateLike",
    "anchors_that_fit",
    "annotated_dates",
    "build_timeline",
    "chronology",
    "dated_counts",
    "dates_in",
    "display_date",
    "event_label",
    "events_after_lead",
    "join_sorted",
    "last_phrase",
    "plot_chronology",
    "plot_timeline",
    "score_dates",
    "sentence_spans",
    "sentence_subject",
    "split_story",
    "timeline_window",
    "to_timelinejs",
    "value_interval",
]
