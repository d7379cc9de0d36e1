"""The futurate progressive: an arrangement told in the present progressive of any verb.

English tells a fixed arrangement in the present progressive when a time ahead goes
with it: "The Business and Trade Secretary is flying to Washington on Sunday evening",
"This month, I'm leading a business development mission to Guatemala", "is making his
first ministerial visit to the region from July 26 to August 7", "Tonight I am heading
to Auckland". CONVENTIONS 1.3 and 6 label such present-tense plans. The cue words of a
present plan (`cues.PRESENT_PLAN`, `operations`) name a few verbs of travel, meetings
and closings, and only after "is"/"are", so the same grammar with another verb, or in
the first person ("I'm", "we're"), went unread.

Here the progressive of any verb is a present plan's cue. What makes it a plan is not
the verb but the time: a present plan counts only with a time frame ahead
(`cues.NEED_DEADLINE`), so "We are reviewing the franchise process" or "The Ajax
Programme is making positive progress" (no time ahead) stay news of the day. The
progressive of a stance or a hope ("is hoping to", "is willing to", "is expecting")
is not an arrangement (CONVENTIONS 2.3), nor "is going to" (a cue of its own) or a
passive's "is being".

Issue 13, stop 40 (recall). Only grammar is read here, never a particular verb's sense
beyond those stances.
"""

from __future__ import annotations

import re

from bot.core.extract.cues import PLAN, PRESENT_PLAN, STRONG
from bot.core.extract.literals import OWN_TRIP_WORDS, PRESENT_PLAN_WORDS, holds_any
from bot.core.extract.operations import OPERATION_VERBS, operations
from bot.core.extract.progressive import TIME_ADVERBS, be_adverb

# "is flying", "I'm leading", "we're also opening", "are currently conducting": a form of
# "be" (or its contraction), at most one adverb, and a verb's -ing form.
_PROGRESSIVE = re.compile(
    be_adverb(adverb=TIME_ADVERBS, contracted=True)
    + r"(?!(?:being|going|hoping|wishing|willing|expecting|waiting|seeking\s+to)\b)"
    r"([a-z]{2,}ing)\b"
)


# Progressives that rules of their own read, or refuse on purpose: the closings and openings
# of `operations` ("is closing in on a deal" is no operation) and the sums of `offered_sums`
# ("is offering $5 off every ticket" is a price cut).
_OWNED = re.compile(rf"{OPERATION_VERBS}|offering")


def _owned(text: str, start: int) -> bool:
    """Whether another cue rule reads the progressive at `start`: the ones above, a strong
    cue ("is promising", which `clauses` refuses without "to": "The weather is promising a
    warm weekend") or a plan's verb ("is planning to")."""
    return any(pattern.match(text, start) for pattern in (_OWNED, STRONG, PLAN))


# The speaker's own itinerary in the plain present (stop 47, tuner u): "I fly to Brisbane on
# Friday afternoon", "We leave for Geneva tomorrow". Only the base form of a travel verb after
# "I" or "we", with its goal; a present plan all the same, so it needs a time frame ahead
# ("I travel a lot for work" is not read).
_OWN_TRIP = re.compile(
    r"(?:(?<=\bI\s)|(?<=\b[Ww]e\s))(?:fly|travel|head|leave|depart)(?=\s+(?:to|for)\s)"
)


# A trip told as a state ("Secretary Rubio is on travel to Germany, Slovakia, and Hungary from
# February 13-16", "He is on a week-long tour of the region"): stop 65, kind 1 of stop 64's
# note; a present plan all the same, so it needs a time frame ahead ("is on a trip" today
# tells where someone is).
_ON_TRIP = re.compile(
    r"\b(?:is|are)\s+(?:now\s+|also\s+|currently\s+)?(on\s+(?:an?\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:travel|trip|tour|visit|mission))\b"
    # the trip's noun ends its phrase: not "is on a travel ban until March", "on the visit list"
    r"(?=\s*(?:[,.;:()\u2013\u2014]|$)|\s+(?:to|of|in|through|across|around|abroad|from|until"
    r"|till|this|next|on|at|with|for|during|between|and)\b)"
)


# The words `_ON_TRIP` cannot match without (`literals.holds_any`: no scan without one).
_TRIP_WORDS = ("travel", "trip", "tour", "visit", "mission")


def futurate(text: str) -> list[tuple[int, int]]:
    """Where the sentence's progressive verbs stand that the present plan's own cue words
    (`cues.PRESENT_PLAN`, `operations`) do not name, a first person's own trip told in the
    plain present, and a trip told as a state ("is on travel to"): cues of a present plan
    (which counts only with a time frame ahead, `cues.NEED_DEADLINE`)."""
    plans = PRESENT_PLAN.finditer(text) if holds_any(text, PRESENT_PLAN_WORDS) else ()
    named = {match.end() for match in plans} | {end for _, end in operations(text)}
    trips = _OWN_TRIP.finditer(text) if holds_any(text, OWN_TRIP_WORDS) else ()
    on_trip = _ON_TRIP.finditer(text) if holds_any(text, _TRIP_WORDS) else ()
    return (
        [
            match.span(1)
            for match in _PROGRESSIVE.finditer(text)
            if match.end(1) not in named and not _owned(text, match.start(1))
        ]
        + [match.span() for match in trips]
        + [match.span(1) for match in on_trip]
    )


# Where the progressive's own verb phrase ends: a clause it governs ("is hinting that X could
# be released within months", "is encouraging people to file early", "are working at speed
# to make sure", "so they know"), whose time is that clause's, not the progressive's. A
# clock's colon is no break ("is targeting its flight for 12:31 p.m. Monday, Aug. 14").
_GOVERNED = re.compile(
    r"\b(?:that|so|while|as(?!\s+of\b)|which|who|how|whether)\b|[;—–]|:(?!\d\d)|"
    r"\bto\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|these|those)\b)[a-z]+\b"
)


def time_scope(text: str, end: int, clause: tuple[int, int]) -> tuple[int, int]:
    """The stretch of `clause` whose time a futurate progressive (one that `needs_own_time`)
    ending at `end` takes: up to the first clause its verb governs. Every other cue takes
    the clause itself; the caller asks `needs_own_time` once and hands its answer on."""
    governed = _GOVERNED.search(text, end, clause[1])
    return (clause[0], governed.start()) if governed else clause


def needs_own_time(text: str, start: int, end: int) -> bool:
    """Whether a present plan's cue is a futurate progressive read here, which takes its
    time from its own clause only. The progressive is a plan only through its time
    adverbial ("is flying to Washington on Sunday"); with none, it tells what is under
    way ("Arab countries are stepping up their efforts"), whatever the sentence before
    dates (`neighbours.dated_before` lends that time to a listed plan verb only). Only an
    "-ing" form can be one: any other cue is answered without reading the sentence."""
    return text.endswith("ing", start, end) and (start, end) in futurate(text)
