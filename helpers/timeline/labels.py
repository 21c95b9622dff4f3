"""Event labels: a few words saying what happened at a date, read from the sentence it is in.

:func:`event_label` takes the *clause* a date belongs to, not the sentence's first words,
and applies a short list of rules (numbered in its docstring) so that "Ankara retaliated,
..., and sending troops 10 days later" is labelled "Ankara sending troops", not "Ankara
retaliated". The other functions here are those rules, one function each.
"""

from __future__ import annotations

import re

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


#: A word that starts a clause without a subject: a verb ("hashed out", "has accelerated", "sending").
VERB_FIRST = re.compile(r"^(?:[a-z][\w-]*(?:ed|ing)|has|have|had|is|are|was|were|will|would)\b")
#: The subject of a sentence: its first words, up to a comma, a verb or a preposition.
#: An "-ed" word right after an article describes the noun after it ("the armed men"), so
#: the subject does not end before it.
SUBJECT = re.compile(
    r"^\W*(.+?)(?=[,;:]|(?<!\b[Tt]he)(?<!\b[Aa])(?<!\b[Aa]n)\s+[a-z][\w’'-]*ed\b"
    r"|\s+(?:has|have|had|is|are|was|were|will|would|says|said|told|in|of|on|at)\b)"
)
#: Words after which an "-ed" or "-ing" word describes the noun that follows it, as an
#: adjective, and is not a verb: an article, a preposition, a possessive or a number
#: ("by armed men", "the wounded soldiers", "two armed men", "several fleeing families").
DESCRIBED = re.compile(
    r"(?i)^(?:a|an|the|of|to|in|on|at|by|for|from|with|into|against|among|between|its|their|his|her|our"
    r"|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|many)$"
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


def is_verb(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` reads as a verb: "-ed", "-ing" or a form of "have", "be", "will"
    (``VERB_FIRST``), unless it is an "-ed"/"-ing" word between a word of ``DESCRIBED`` and
    the noun it describes ("by armed men": an adjective).

    >>> words = "Syrian forces shelled the armed groups".split()
    >>> is_verb(words, 2), is_verb(words, 4)
    (True, False)
    """
    if not VERB_FIRST.match(words[at]):
        return False
    describes = 0 < at < len(words) - 1 and bool(DESCRIBED.match(words[at - 1]))
    return not (describes and re.search(r"(?:ed|ing)$", words[at]))


def last_phrase(text: str) -> str:
    """The noun phrase that ends ``text``: its last words, back to a small word, a preposition or a verb.

    A word ending in "-ed" or "-ing" counts as a verb ("Syrian forces shelled Turkish posts"
    gives "Turkish posts"), unless it stands between an article, a preposition, a
    possessive or a number and the noun it describes: then it is an adjective and stays
    ("attacked by armed men" gives "armed men"; see ``DESCRIBED``).

    >>> last_phrase("were killed by militants"), last_phrase("was attacked by armed men")
    ('militants', 'armed men')
    """
    words = re.sub(r"[\s,;:]+$", "", text).split()
    kept: list[str] = []
    for at in range(len(words) - 1, -1, -1):
        if words[at].lower() in PHRASE_STOP or is_verb(words, at) or len(kept) == 4:
            break
        kept.insert(0, words[at])
    return " ".join(kept)


def sentence_subject(sentence: str) -> str:
    """Who the sentence is about: its first words, up to a comma, a verb or a preposition.

    >>> sentence_subject("Russia, a close ally of Syria, hashed out a deal.")
    'Russia'
    >>> sentence_subject("The armed men attacked the convoy.")
    'The armed men'
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
    words = thing[0].split() if thing else []
    if thing and not any(is_verb(words, at) or "“" in word for at, word in enumerate(words)):
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
