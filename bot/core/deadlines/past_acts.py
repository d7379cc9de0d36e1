"""Acts told as done, and lengths measured back, that the calendar alone would leave
ahead (issue 12, round 27a). Each reader runs behind a cheap test:

- (the day of speaking given as a date, with a past verb in its clause, "The caretaker
  period for the NSW Election commenced on 1 March 2019", read that day, was read here
  until round 28b: governing.py reads it now);
- the month running heading a sentence told as done ("In January 2020, the Inquiry has
  been back to work ...", read that January), as summed_up.py reads the year running;
- a span after a superlative ("the largest on Salisbury Plain in 10 years", "will visit
  for the first time in 12 years") or how long a
  state went on ("supported us well for 108 years", "conditions that lasted for several
  days"): a length measured back, no deadline (read by durations.py and told.py).
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses, gate
from bot.core.deadlines.context import Ctx, Hit, Res, month_of
from bot.core.deadlines.words import BIDDEN, MONTH


def gone(res: Res, ctx: Ctx) -> bool:
    """A day already gone ("adjourned on 21 July", said on the 22nd): the caller then looks
    for a past verb beside it."""
    return res.day is not None and res.day < ctx.today


# "the largest on Salisbury Plain in 10 years", "the first time in five years", "the most
# rain in a decade", "the best performance in a decade", "the largest in over five years": a
# span after a superlative measures back from now, no time ahead (stop 40, tuner a: "best",
# "in over", and a future "be" before it, `_BE_THE`).
# Not "latest" nor "earliest": "opens at the earliest in two weeks" is a bound ahead.
# A possessive may stand for "the" ("Sudan's first democratic elections in 24 years", stop 61).
_SUPERLATIVE_IN: Final = re.compile(
    r"\b(?:the|[a-z]+['\u2019]s)\s+(?:(?!(?:interest|request|west|test|rest|guest|forest|harvest"
    r"|contest|protest|quest|nest|chest|crest|manifest|inquest|conquest|latest|earliest)\b)[a-z]{2,}est"
    r"|best|first|most\s+[a-z]+)\b[^.;:!?]{0,60}?"
    r"\bin(?:\s+(?:over|almost|nearly|more\s+than))?\s*$"
)


# "has conducted a record number of visits targeting illegal working in one day" (fresh180,
# stop 62): a record is a superlative too, its span how long the record took
_RECORD_IN: Final = re.compile(
    r"\b(?:an?|the|[a-z]+['\u2019]s)\s+(?:new\s+|all-time\s+)?record(?:-breaking)?\b"
    r"[^.;:!?]{0,60}?\bin(?:\s+(?:just|only|a\s+single|over|under|less\s+than))?\s*$"
)


def superlative_span(before: str) -> bool:
    """Whether the span after `before` (its clause, filler words included) is how far
    back a superlative reaches ("the largest ... in 10 years"), or how long a record took."""
    if " in" not in before[-20:]:
        return False  # the cheap test first: most spans have no " in" just before them
    tail = before[-120:]
    return (
        (_SUPERLATIVE_IN.search(tail) is not None or _RECORD_IN.search(tail) is not None)
        and _AHEAD.search(_BE_THE.sub(" ", before)) is None
        and _ACT_IN.search(before[-40:]) is None
    )


# "will visit Peru for the first time in 12 years", "the first Minister to do so in 12
# years" (stop 53): how long it has been, told of an act ahead as of one done, so a "will"
# before it does not make it a time ahead as it does for other superlatives; only in years
# or longer ("will open for the first time in two weeks" may be a time ahead)
_FIRST_TIME_IN: Final = re.compile(
    r"\b(?:for\s+the\s+first\s+time|the\s+first\b[^.;:!?]{0,60}?\bto\s+do\s+so)"
    r"\s+in(?:\s+(?:over|almost|nearly|more\s+than|about|around))?\s*$"
)
_LONG_UNIT: Final = re.compile(r"\b(?:years?|decades?|generations?|century|centuries)\b")


def first_time_in(before: str, core: str) -> bool:
    """Whether the span `core` after `before` is how long it has been since the last time
    ("for the first time in 12 years"), whatever the tense."""
    return (
        " in" in before[-20:]
        and _LONG_UNIT.search(core) is not None
        and _FIRST_TIME_IN.search(before[-120:]) is not None
    )


# "The first train leaves in 20 minutes": the span belongs to the act after the superlative
_ACT_IN: Final = re.compile(
    r"\b(?:leaves|arrives|departs|opens|closes|starts|begins|ends|launches|expires|resumes"
    r"|returns|reopens)\s+in(?:\s+(?:over|almost|nearly|more\s+than))?\s*$"
)


# "It will be the first time in five years that ...": a future "be" only states what the
# superlative measures back, no act ahead (not "will build the largest park ... in 3 years")
_BE_THE: Final = re.compile(
    r"\b(?:will|would|shall)\s+(?:also\s+)?be\s+(?=the\s)|'ll\s+be\s+(?=the\s)"
)

# "will build the largest park in the city in 3 years": a time ahead after all
_AHEAD: Final = re.compile(r"\b(?:will|shall|would|going\s+to|plan\w*|aim\w*|expect\w*)\b|'ll\b")


# A year-less date in a future told from a past report ("The agency said the new rules would
# take effect on January 1", read in July) is left to roll ahead: most such reports are of a
# date still to come, and a refusal would drop it with no warning. (Round 27a read them as
# past for one case, "The NTSB announced it would hold the hearing on March 12"; its review
# found four real future dates lost the same way, and the rule was dropped.)


# "The Quarantine Act 1908 supported us well for 108 years", "conditions that lasted for
# several days": how long a state went on, told as done; nothing falls due at its end. Only
# verbs of going on or serving: a window opened, extended or granted for a span ("reopened
# the comment period for 45 days") still closes ahead (CONVENTIONS 1.1), and so does one
# "continued" for a span ("continued the consultation for 30 days"): that verb counts only
# with nothing between it and "for" ("the rain continued for three days").
_LASTED_FOR: Final = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:(?:supported|served|lasted|remained|stayed|existed|survived"
    r"|persisted|endured|operated|functioned|worked|lived|reigned|ruled|governed"
    r"|waited|struggled|suffered|raged|dragged\s+on|went\s+on|stood)"
    r"(?:\s+[a-z'\u2019-]+){0,4}?|continued)\s+for(?:\s+(?:about|around|nearly|almost|over|more\s+than"
    r"|some|just))?\s*$"
)


def length_of_done(before: str) -> bool:
    """Whether the span after `before` (the words in front of it, filler words included)
    is how long a state went on, told as done, with nothing ahead in those words."""
    if not before.endswith(("for ", "for")) and "for " not in before[-30:]:
        return False  # the cheap test first: most spans follow no "for"
    return _LASTED_FOR.search(before[-90:]) is not None and _AHEAD.search(before) is None


# "In January 2020, the Inquiry has been back to work and considering feedback", said in
# January 2020: the month running, heading its sentence, summed up in the past or the
# perfect (as summed_up.py reads the year running) is a report, no time for an act to come.
_MONTH_YEAR: Final = re.compile(r"(?P<month>" + MONTH + r")[a-z]*\.?\s+(?P<year>[0-9]{4})")
_PERFECT: Final = re.compile(r"\b(?:has|have)\s+(?:been|[a-z]{3,}ed)\b")
_PRE: frozenset[str] = frozenset(("in", "during", "throughout", "over"))
# "During December 2026, residents have been asked to cut water use": a perfect passive of
# asking is a call for the month still running, not a report of it
_ASKED_TO: Final = re.compile(r"\b(?:" + BIDDEN + r")\s+to\s")


def month_summed_up(text: str, hit: Hit, ctx: Ctx) -> bool:
    """Whether the month running, with its year, heads its sentence and is told as done."""
    if hit.pre.strip() not in _PRE or not hit.core[-1:].isdigit():
        return False  # the cheap tests first
    m = _MONTH_YEAR.fullmatch(hit.core.lower())
    if m is None or int(m["year"]) != ctx.today.year:
        return False
    if month_of(m["month"]) != ctx.today.month:
        return False
    if not gate.head_of_sentence(text, hit.start):
        return False
    words = clauses.sentence_after(text, hit.end)
    if _AHEAD.search(words) is not None or _ASKED_TO.search(words) is not None:
        return False
    return _PERFECT.search(words) is not None or clauses.past_form(words)


# "For over 100 years, Canadians and businesses have entrusted the agency with their data",
# "[I]n less than a week, close to 22 million people have already given us the information"
# (fresh181, fresh183, stop 62): a span heading its sentence after "for" or "in", set off by a
# comma, with the sentence told in the perfect, is how long it has taken up to now, no time
# ahead. "In two weeks, the council has promised to decide" (an infinitive after the
# perfect) and any word of the future leave the span ahead.
_SPAN_HEAD: Final = re.compile(r"(?:(?:and|but)\s+)?(?:\[?i\]?n|for)\s+[a-z0-9 -]{1,40}")
_PERFECT_DONE: Final = re.compile(
    r"\b(?:has|have)\s+(?:already\s+|now\s+|long\s+|so\s+far\s+)?(?:been|[a-z]{3,}ed|given|done"
    r"|seen|made|taken|grown|shown|become|won|brought|kept|held|paid|spent|built|sent|met)\b"
    r"(?!\s+to\s)"
    # "have come to rely on": a state reached by now, not a plan (stop 63, fresh185)
    r"|\b(?:has|have)\s+(?:already\s+|now\s+|long\s+)?come\s+to\s+(?!an?\b|the\b)[a-z]+"
)


def span_head_done(text: str, start: int, end: int) -> bool:
    """Whether the span from `start` to `end` of `text` heads its sentence after "for" or
    "in", set off by a comma, with the rest of the sentence told in the perfect."""
    if not text.startswith(",", end):
        return False  # the cheap test first: most spans have no comma right after them
    head = clauses.sentence_start(text, start, 120)
    if _SPAN_HEAD.fullmatch(text[head:end].lower().strip()) is None:
        return False
    rest = clauses.sentence_after(text, end + 1).lower()
    return _PERFECT_DONE.search(rest) is not None and _AHEAD.search(rest) is None


# "we've been working away throughout January", said that January (stop 68, fresh193): the
# month running after the perfect progressive of its own clause is the month so far, told
# as done up to now, no time for an act to come ("throughout" leads a month since stop 68)
_MONTH_ALONE: Final = re.compile(r"(?P<month>" + MONTH + r")[a-z]*\.?(?:\s+(?P<year>[0-9]{4}))?")
_SO_FAR: Final = re.compile(
    r"\b(?:has|have|[a-z]+['\u2019]ve)\s+(?:already\s+|just\s+)?been\s+[a-z]{3,}ing\b"
    r"(?:\s+[a-z]+){0,3}\s*$"
)
_CLAUSE_BREAK: Final = re.compile(r"[,;:()]")


def month_so_far(text: str, hit: Hit, ctx: Ctx) -> bool:
    """Whether the month running, after "in", "during", "throughout" or "over", ends a
    clause told in the perfect progressive ("we've been working away throughout January")."""
    if hit.pre.strip() not in _PRE or "been" not in text[max(0, hit.start - 60) : hit.start]:
        return False  # the cheap tests first
    m = _MONTH_ALONE.fullmatch(hit.core.lower())
    if m is None or month_of(m["month"]) != ctx.today.month:
        return False
    if m["year"] is not None and int(m["year"]) != ctx.today.year:
        return False
    head = clauses.sentence_start(text, hit.start, 120)
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, head, hit.start)]
    return _SO_FAR.search(text[breaks[-1] if breaks else head : hit.start].lower()) is not None
