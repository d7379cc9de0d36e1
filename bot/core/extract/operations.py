"""An agency's operations told as news of the day, and the names that run them.

Releases of agencies that run things (locks, fisheries, surveys, disaster centres) tell
what they will do in the words of the day: "The Corps of Engineers is closing Lock 10 to
all navigation from Dec. 12 to March 4", "For about two weeks, a helicopter under
contract to the U.S. Geological Survey will be making low-level flights". The first has
no "will": a closing, an opening or a suspension in the present progressive is an
operation the agency has scheduled when the sentence dates it ahead (undated, "the
Commission is also closing 54 cases" is an act done that day). The second names the
agency by a word that also names a poll ("Survey"): a body's proper name is not a
forecaster's voice.

Issue 13, round 20 (recall). Only grammar is read here, never a particular agency.
"""

from __future__ import annotations

import functools
import re

from bot.core.extract.actors import EVENTS

# The progressive forms of an operation: a closing, an opening or a suspension (also
# `futurate`, which leaves them to this module).
OPERATION_VERBS = r"(?:(?:re-?)?(?:closing|opening)|shutting|suspending|resuming)"
# A closing, opening or suspension in the present progressive: "is closing Lock 10",
# "are reopening the centres", "is temporarily suspending service". Not "is closing in on"
# or "is opening up to" (a phrasal verb of approach), nor "closing the gap" (a figure).
_OPERATION = re.compile(
    r"\b(?:is|are)\s+(?:now\s+|also\s+|temporarily\s+|again\s+)?"
    rf"({OPERATION_VERBS})\b"
    r"(?!\s+(?:in\b|up\b|down\s+on\b|out\b|off\b|(?:\w+\s+){0,2}(?:gaps?|ranks|deals?|doors?\s+to)\b))"
)

# Heads of agencies' names that forecasters also go by (`cues.FORECASTERS`).
_AGENCY_HEADS = frozenset({"Survey"})


def operations(text: str) -> list[tuple[int, int]]:
    """Where the progressive closings and openings of a sentence stand: the cues of a
    present plan (which counts only with a time frame ahead, `cues.NEED_DEADLINE`)."""
    return [match.span(1) for match in _OPERATION.finditer(text)]


def proper_body(voice: str) -> bool:
    """A voice whose last word heads a body's proper name ("the U.S. Geological Survey",
    "the Ordnance Survey"): an agency that measures, not a poll that predicts. Only
    "Survey" names agencies so; "the Autumn 2017 Economic Forecast" is still a forecast."""
    words = [word for word in voice.split() if word.lower() != "the"]
    if len(words) < 2 or words[-1] not in _AGENCY_HEADS:
        return False
    return words[-2][:1].isupper()


def plural_subject(actor: str | None) -> bool:
    """A subject "their" can stand for in its own clause: "Ministers have again
    emphasised their commitment to", "The First Minister and deputy First Minister
    confirmed their intention to"."""
    if not actor:
        return False
    head = actor.split()[-1]
    return " and " in actor or (head.endswith("s") and not head.endswith(("ss", "us", "'s")))


def guessed_apart(subject: str, speaker: str, sentence: str) -> bool:
    """Whether `speaker` was only guessed from the sentences before for a sentence whose
    subject is a thing set up or given out ("This post will be re-advertised", "The survey
    data will be collected" after "Earth MRI is a cooperative effort"): neither named in
    the sentence, nor the subject named in full ("The scheme" for "the British Industrial
    Competitiveness Scheme"), nor the subject an event, which its participants, named
    before, hold ("two review exercises will begin today")."""
    head = subject.split()[-1].lower().strip(".,")
    if head in EVENTS or speaker.lower() in sentence.lower():
        return False
    return speaker.split()[-1].lower().strip(".,") != head


# A release's opening that puts its subject after a fronted phrase: "After lengthy
# discussions ..., the First Minister and deputy First Minister propose that:", "In the
# public interest, the USGS is announcing ...".
_FRONTED_SUBJECT = re.compile(
    r",\s+(?P<who>the\s+[A-Z][\w.’'\-]*(?:\s+(?:and|of|for|the|deputy|vice|[A-Z][\w.’'\-]*)){0,8}?)\s+"
    r"(?:propose|proposes|announce|announces|(?:is|are)\s+announcing|(?:has|have)\s+"
    r"(?:today\s+)?(?:agreed|announced|proposed|decided))\b"
)


def fronted_subject(sentence: str) -> str | None:
    """The subject a release's opening sentence names after a fronted phrase, if any."""
    found = _FRONTED_SUBJECT.search(sentence)
    return found.group("who") if found else None


# What an operator does to a quantity it runs: "ramping up the release", "will reduce
# flows", "increasing the releases from the reservoir"; the word acted on is captured.
_OPERATED = re.compile(
    r"\b(?:ramp(?:s|ed|ing)?\s+(?:up|down)|increas|decreas|reduc|rais|lower|adjust|"
    r"curtail|resum|suspend)\w*\s+(?:up\s+|down\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?:(?P<first>[A-Za-z]{4,})\s+)?(?P<object>[A-Za-z]{4,})",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4)
def _operated_words(text: str) -> frozenset[str]:
    """The words the text has someone act on, singular, lower case; once per text (a
    search of the whole text per cue was quadratic on a long paste)."""
    found: set[str] = set()
    for match in _OPERATED.finditer(text):
        found.update(w.lower().rstrip("s") for w in match.group("first", "object") if w)
    return frozenset(found)


def operated(phrase: str, text: str) -> bool:
    """Whether the text has someone act on what `phrase` (the words before a dated cue
    whose future reads as a forecast: "The release rate will reach 2,000 cfs by Friday")
    names: then the figure is a step of the operator's schedule, not a market's forecast."""
    words = [w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]{4,}", phrase[-60:])]
    words = [w for w in words if w not in {"that", "this", "these", "those", "their"}]
    return bool(set(words[-3:]) & _operated_words(text))
