"""How long an event lasts, told in the present or as a stay (issue 12, round 20): "its
deorbit burn, which lasts up to 10 minutes", "It takes about 30 minutes for Dragon to
re-enter the atmosphere", "The spacecraft will spend about five days attached to the space
station". The length runs from the event's own start, which the sentence does not date
(the undocking, the docking), not from the moment of speaking: no deadline
(`refusal='event'`, CONVENTIONS 1.3), as "can take ten days" is already (clauses.py).

A stay counted from now ("will spend the next two years rebuilding", "the coming weeks")
names its start, and a window run from now is due at its end (CONVENTIONS 1.1): only a bare
count after "spend" is a stay's length.

Round 21: the size of an extension ("EPA is extending the public comment period for 30
days", "will extend the deadline by two weeks", "extends ... for an additional 186 days")
counts from the end of the period extended, which the sentence does not give: `event`, as
the sets label it (fresh27, kinds11's "a 90-day extension"). An extension to a date ("by 30
days to February 25") is due then (that date wins), and one run from a start the sentence
gives ("for the next six months", "for 30 days from today") is a window from now
(CONVENTIONS 1.1), no extension's size.

Round 22: a count of hours or days that names a quantity of something ("apply for 30 hours
free childcare", "15 hours of funded early education", "ten days paid leave") is a noun's
measure, not a time: an adjective of payment or funding right after the count says so.

Round 24b: the size of a change to an amount of time ("Paid parental leave will increase by
a further two weeks to 18 weeks", "waiting times were cut by three weeks", "annual leave
will go up by five days") is how much longer or shorter, counted from nothing: no span from
now (`event`, as an extension's size). A time of its own after another word ("rise by 5%
within two weeks", "increase in two weeks") is no size.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import lengths, past_acts
from bot.core.deadlines.words import ABOUT_WORDS

_ABOUT: Final = r"(?:\s+(?:" + ABOUT_WORDS + r"|at\s+most|more\s+than|less\s+than|just))?"
_PRESENT_LENGTH: Final = re.compile(
    # "which lasts up to", "each orbit lasting about", "It takes about ... for"
    r"\b(?:lasts|lasting|takes)(?:\s+for)?" + _ABOUT + r"\s*$"
    # "will spend about five days attached", "spends six months aboard"
    r"|\b(?:spend|spends|spending)" + _ABOUT + r"\s*$"
)
_FROM_NOW: Final = re.compile(
    r"(?:the\s+)?(?:next|coming|following|remaining|rest\s+of|first|last)\b"
)


def event_length(before: str, core: str, after: str = "") -> bool:
    """Whether the span `core`, after the clause `before` (filler words included) and
    before the words `after`, is how long an event lasts, or the size of a change, rather
    than a time counted from now."""
    if lengths.of_a_thing(before) or lengths.against_norm(before, after):
        return True  # "arrangements of up to three years", "8 months instead of the usual 6"
    if lengths.penalty(before):
        return True  # "will be imprisoned for up to a year": a penalty's length
    if lengths.term(before, core, after):
        return True  # "The pass is valid for two years": a term from its own issue
    if past_acts.superlative_span(before) or past_acts.length_of_done(before):
        return True  # "the largest on Salisbury Plain in 10 years": back from now
    if " by" in before and change_size(before, core):
        return True  # "will increase by a further two weeks to 18 weeks"
    if not any(w in before for w in ("last", "take", "spend")):
        return False  # the cheap test first: most spans follow none of these verbs
    m = _PRESENT_LENGTH.search(before[-60:])
    if m is None:
        return False
    return not (m[0].lstrip().startswith("spend") and _FROM_NOW.match(core))


_EXTENSION: Final = re.compile(
    r"\bextend(?:s|ed|ing)?\b[^.;:]*\b(?:(?:for|by)(?:\s+(?:up\s+to|about|another"
    r"|an?\s+(?:additional|further|extra)|a\s+further))?|additional|further|extra|another)\s*$"
)
_OWN_START: Final = re.compile(r"[\s,]*(?:from|starting|beginning|commencing|as\s+of)\b")


def extension_size(before: str, core: str, text: str, end: int) -> bool:
    """Whether the span `core`, after the clause `before` (filler words included) and
    ending at `end` of `text`, is the size of an extension from an end not given."""
    if _FROM_NOW.match(core) or _EXTENSION.search(before) is None:
        return False
    return _OWN_START.match(text, end) is None


# "30 hours free childcare", "15 hours of funded education", "ten days paid leave"; and
# an amount of time named by a noun of time after it (stop 38): "allow an extra 45 minutes
# travel time", "two hours waiting time", "30 minutes of journey time" ("in two weeks
# time", no noun between, and "10 minutes local time" are no amounts)
_MEASURE_OF: Final = re.compile(
    r"\s+(?:of\s+)?(?:(?:free(?!\s+of\b)|funded|paid|unpaid|subsidi[sz]ed|(?:government|state)-funded"
    r"|government\s+funded|state\s+funded)\s+[a-z]"
    r"|(?!(?:local|standard|daylight|summer|our|your|their|his|her|its|this|that|the|same|real"
    r"|due|next|first|of|in|on|at|by|from|before|after|and|or)\b)[a-z]{4,}\s+time\b)"
)


def measure_of(text: str, end: int) -> bool:
    """Whether the count ending at `end` measures a thing ("30 hours free childcare")."""
    return _MEASURE_OF.match(text, end) is not None


# a verb of changing an amount, then "by" and the count: "increase by a further", "were
# cut by", "will go up by"
_CHANGED_BY: Final = re.compile(
    r"\b(?:increas|ris(?:e|es|ing)\b|rose\b|risen\b|grow|grew\b|lengthen|extend|shorten"
    r"|reduc|decreas|cut\b|cuts\b|cutting\b|fall|fell\b|(?:go|goes|going|gone|went)\s+up"
    r"|(?:go|goes|going|gone|went)\s+down|rais|lower|boost|shrink|shrank|drop)[a-z]*"
    r"(?:\s+(?:again|further|only|just))?\s+by(?:\s+(?:a\s+further|another|an?\s+(?:additional"
    r"|extra|further)|up\s+to|about|around|some|nearly|almost|just|only))?\s*$"
)


# the last word _CHANGED_BY may end on: "by", or a word of its qualifiers ("by up to")
_CHANGED_BY_LAST: Final = (
    "by", "further", "another", "additional", "extra", "to", "about", "around", "some",
    "nearly", "almost", "just", "only",
)  # fmt: skip


def change_size(before: str, core: str) -> bool:
    """Whether the span `core`, right after `before`, is by how much an amount of time
    changes ("will increase by a further two weeks")."""
    if not before.rstrip().endswith(_CHANGED_BY_LAST):
        return False  # the cheap test first: most clauses with a "by" do not end on it
    return _FROM_NOW.match(core) is None and _CHANGED_BY.search(before[-80:]) is not None
