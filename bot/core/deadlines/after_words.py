"""What the words right after a time phrase say of it (issue 12; moved out of clauses.py
at stop 54, unchanged): that it counts from an event they name but do not date ("shortly
afterwards", "by 5 p.m. on the closing date", "soon after the election"; and, read before
it, "on the day the House adjourns for Easter"), that it is advice for every case ("when
applying"), part of a name ("the Six O'Clock News"), the time after which what arrives is
turned away ("... will not be considered"), or a start whose completion is given after it
("will commence at the end of March ... completed by the end of April"). Read by cues.py
and waits.py.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.clauses import clause_before, sentence_after
from bot.core.deadlines.context import holds
from bot.core.deadlines.words import MONTH, WEEKDAY

# After a phrase: "shortly afterwards", "shortly after." (no object), "within 30 days after
# that", "a few days of the Answer he received": from an event the words name but do not date.
_FROM_EVENT_AFTER: Final = re.compile(
    r"[\s,]*(?:afterwards|afterward|thereafter|after\s+that|after\s+which|subsequently|after(?=\s*(?:[.;,)]|$)))\b"
    r"|\s+(?:of|in\s+advance\s+of|ahead\s+of)\s+(?:the|his|her|their|its|a|an|my|our|your)\s+"
    r"(?!(?:date|day|month|week|year|publication|end|start|beginning|turn|middle)\b)[a-z]"
)


def from_event_after(text: str, end: int) -> bool:
    return _FROM_EVENT_AFTER.match(text, end) is not None


# "by 5 p.m. on the closing date", "no later than 4:30:00 p.m., Washington, DC time, on the
# application deadline date": a clock time on a day the words do not date.
_ON_UNDATED_DAY: Final = re.compile(
    r"[^.;:]{0,40}?\bon\s+the\s+(?!(?:same|following|next|previous|first|last|final)\b)"
    r"(?:[a-z'-]+\s+){0,3}?(?:date|day)\b(?!\s+(?:of\s+)?(?:[0-9]|after\s+tomorrow|before\s+yesterday|thereafter))"
)


# "on the day the House adjourns for Easter", "the House rises for Christmas": the day of
# an event the words do not date (the recess is named after the holiday, not held on it).
_DAY_WHEN: Final = re.compile(
    r"\b(?:on\s+the\s+(?:very\s+)?(?:day|date|evening|morning|night)\s+(?:that\s+|when\s+"
    r"|on\s+which\s+)?(?!of\b|after\b|before\b|in\b)[a-z][^.;:,0-9]*"
    r"|\b(?:rise|rises|rising|adjourn|adjourns|adjourning|break|breaks|breaking)"
    r"(?:\s+up)?\s+for(?:\s+the)?\s+)$"
)


def on_the_day_when(text: str, start: int) -> bool:
    near = text[max(0, start - 120) : start]
    if "on the " not in near and " for " not in near:
        return False  # the common case: neither form is there
    return _DAY_WHEN.search(clause_before(text, start)) is not None


def on_undated_day(text: str, end: int) -> bool:
    return "on the " in text[end : end + 50] and _ON_UNDATED_DAY.match(text, end) is not None


# "allow up to ten weeks when applying": advice for every case, not one deadline.
_WHEN_DOING: Final = re.compile(
    r"[\s,]*(?:when|whenever|each\s+time|every\s+time)\s+(?:[a-z]+ing|you|they|people)\b"
)


def when_doing(text: str, end: int) -> bool:
    return _WHEN_DOING.match(text, end) is not None


_BEFORE_EVENT: Final = re.compile(
    r"[\s,]*(?:(?:after|following|upon|on\s+(?:receipt|completion)|once)\s+(?!(?:that|then|this"
    r"|next|today|tomorrow)\b)[a-z]"
    # "immediately prior to Committee Stage", "shortly before the Dail meets" (stop 62); not a
    # time ("shortly before noon", "just before the end of the month")
    r"|(?:before|prior\s+to|preceding|ahead\s+of)\s+(?:the\s+)?(?!(?:that|then|this|next|today"
    r"|tomorrow|tonight|noon|midday|midnight|end|start|beginning|close|middle|turn|weekend"
    r"|week|month|year|new\s+year|" + MONTH + r"[a-z]*|" + WEEKDAY + r")\b)[a-z])"
)


def before_event(text: str, end: int) -> bool:
    """ "immediately after the Urgent Question", "soon after the election": a vague word that
    counts from an event, not from now."""
    return _BEFORE_EVENT.match(text, end) is not None


_NAME_AFTER: Final = re.compile(
    r"\s+(?:rule|news|bulletin|watershed|club|show|programme|program|service|mass|gun|slot"
    r"|train|bus|flight)s?\b"
)


def named_time(text: str, start: int, end: int) -> bool:
    """ "the Eleven o'Clock Rule", "the Six O'Clock News": a time that is part of a name."""
    return text[max(0, start - 4) : start] == "the " and _NAME_AFTER.match(text, end) is not None


# What arrives after the time is turned away: the time is the deadline.
_REFUSED_LATE: Final = re.compile(
    r"\b(?:will|shall|would|may|can|could)\s+not\s+be\s+(?:considered|accepted|reviewed"
    r"|evaluated|processed|eligible|funded|included|admitted|counted)\b"
    r"|\b(?:won't|cannot|can't)\s+be\s+(?:considered|accepted|reviewed|processed)\b"
    r"|\bwill\s+be\s+(?:rejected|returned\s+unopened|disqualified|deemed\s+late)\b"
)


def refused_late(text: str, end: int) -> bool:
    """ "Applications received after 5 p.m. on 20 May will not be considered"."""
    return holds(text, "be ") and _REFUSED_LATE.search(sentence_after(text, end)) is not None


_START_VERB: Final = re.compile(
    r"\b(?:commenc|begin|began|begun|start)[a-z]*\s+(?:[a-z]+\s+){0,3}$"
)
_COMPLETION: Final = re.compile(
    r"\b(?:complet|finish|conclu)[a-z]*\s+(?:[a-z]+\s+){0,2}?(?:by|before|in|at|on|within)\b"
)


def start_before_end(clause: str, text: str, end: int) -> bool:
    """ "will commence at the end of March, which ... is likely to be completed by the end
    of April": the time a start verb governs, with the completion given after it."""
    return (
        ("commenc" in clause or "begin" in clause or "start" in clause or "began" in clause)
        and _START_VERB.search(clause) is not None
        and _COMPLETION.search(text, end) is not None
    )
