"""Rules of the labelling conventions (tests/data/deadlines/CONVENTIONS.md) that the clause
checks of cues.py did not read, each a small check the reading of one phrase calls: effective
dates and embargoes (3.1, 3.2), times denied or called off with no new time (4.1), and time
limits that run from an undated event (1.3). Each runs only when its cue words are there.

## 3.1 and 3.2

3.1: a "from <date>" that names when a one-off change takes effect is the change's own time,
checked then: "the rules take effect from 1 April", "with effect from October 2000", "new
rules expected to come into force ... from April 2026", "It shall apply from 1 January
2016", "the UK will implement ... regulations from 11pm on Friday 13 December 2019", "to
close the renewables obligation to new onshore wind farms ... from 1 April 2016", "plan to
introduce from next April the provision that ...", "a 5% rise in the state pension from next
April" (a change of an amount, round 15), "roaming surcharges ... will be abolished
as of 15 June 2017", "the directed fishery ... will be closed as of 0001 hours, May 24",
and a duty or ban that begins then, told before the day (3.1a, stop 55): "will become
mandatory from 1 September 2021", "will be mandated to join MTD from April 2026", "must
report from 6 April", "will be specified in law from 1 January 2021".
Left open-ended (3.2): an ongoing activity or state given only its start ("applications will
be accepted from 3 June", "From today, the government will provide grants", "will become
read-only from 4 May"), a start beside a deadline of the same act ("from 1 April 2021 and run
until March 2023", 3.4), and a start that is a bare year ("implementation from 2012"), which
stays no deadline as before.

3.2: an embargo is only a lower bound: "This call is embargoed until 2:00 p.m." gives the
earliest moment, not a deadline, and so do "before the 16th instant at the earliest date"
and "to double the funding from early in 1988" (where the modifier "early" had hidden the
"from") (while "the arms embargo will remain in force until 31
March" keeps something going to a date, 3.3, and stays a deadline).

Cheap by design: each check runs only when its cue word sits in the phrase's own lead-in
("from", "as of", "until"), and looks no further back than 100 characters.

## 4.1

- "The President has no public events tomorrow", "there are no sittings on Friday": the day
  is named to say nothing happens then;
- "the scheduled closure ..., from 7:00 a.m. to 5:30 p.m today, is being postponed to a later
  date": the times are called off and no new one is given. That one is read by
  `superseded.dropped_after` (a postponement said right after the date), not here, and so is
  a time given up as out of reach ("A launch date of October 2009 no longer is feasible");
- "has postponed the business previously scheduled for next week", "postponed all
  previously-scheduled legislation for the coming week": the time of a plan called off goes
  with it (round 15).

A new time given instead still counts ("postponed to Thursday" is read as before), and a
time after "before"/"until"/"after" is an earliest bound, not a denial ("no sittings before
Monday"). Cheap: the check needs "no " in the text before any pattern runs.

## 1.3

"Once Ireland has submitted its request, the Commission has up to two months to assess ...",
"Member States will then have up to four weeks to endorse the Commission's assessment": the
limit is counted from the request, or from whatever "then" points back to, not from now.
"The council has eight weeks to decide" and "They now have two months to reply" stay
deadlines counted from the moment of speaking (1.2). Cheap: runs only for a span after
"have"/"has", and only when the text holds "once" or "then".
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import (
    begins_on,
    called_off,
    changes_from,
    clauses,
    floor_time,
    moved,
    no_act,
    none_planned,
    not_open,
)
from bot.core.deadlines.context import Hit, holds
from bot.core.deadlines.starts_itself import AFTER_REACH, starts_itself
from bot.core.deadlines.words import STARTING, WEEKDAY

# -- 3.1 and 3.2 ---------------------------------------------------------------------------

_LOOK_BACK: Final = 100

# The verb of a one-off change, the words between it and "from" within one clause (no
# sentence or clause mark, no dash that opens an aside).
_GAP: Final = r"(?:[^.;:!?–—]{0,80}?\s)?"
_TAKES_EFFECT: Final = re.compile(
    r"\b(?:(?:take|takes|taking|took|with|have|has|having)\s+effect"
    r"|effective"
    r"|(?:come|comes|came|coming)\s+into\s+(?:force|operation|effect)"
    r"|implement(?:s|ed|ing)?|introduc(?:e|es|ed|ing)"
    r"|(?:to|will|shall)\s+close"
    r"|(?:will|shall)\s+be\s+(?:closed|abolished|lifted|scrapped|withdrawn)"
    # a reopening, the closure's end (stop 56): "will be available again ... from 7am on 3
    # January", as "the road will reopen at 12:01 a.m. on Monday" (3.1)
    r"|(?:will|shall)\s+be\s+(?:available|open)\s+again)\b" + _GAP + r"$"
)
# A duty or rule that begins on a day, told before the day (3.1a): "will become mandatory
# from", "will be mandated to join ... from", "will be specified in law from". Only a day:
# from a clock time ("Members must attend from 9 a.m.", "Traffic will be banned from 10
# a.m.") it is the start of a daily activity (3.2), not a rule taking effect.
_DUTY_BEGINS: Final = re.compile(
    r"\b(?:"
    + changes_from.DUTY
    + r"|(?:specified|enshrined|set\s+down)\s+in\s+law)\b"
    + _GAP
    + r"$"
)
# A change of an amount, its noun phrase and no verb between: "a 5% rise in the state
# pension from next April", "a €12 increase in weekly payment rates from next January".
# Not a change denied ("with no increase from 1 January"). Up to six words of its noun
# phrase ("in weekly payment rates") may stand before "from": a longer run is a clause.
_CHANGE: Final = re.compile(
    r"(?<!\bno\s)\b(?:increase|rise|cut|reduction|decrease|uplift)s?\b(?:\s+(?!(?:will|shall|would|can"
    r"|could|may|might|must|is|are|was|were|be|been|being|has|have|had)\b)[a-z0-9%£€$.,'-]+){0,6}"
    r"\s+$"
)
# a change denied: "We will freeze fares, with no increase from 1 January"
_NO_CHANGE: Final = re.compile(
    r"\bno\s+(?:further\s+|new\s+)?(?:increase|rise|cut|reduction|decrease|uplift)s?\b"
    r"(?:\s+(?!(?:will|shall|would|can|could|may|might|must|is|are|was|were|be|been|has|have"
    r"|had)\b)[a-z0-9%£€$.,'-]+){0,6}\s*$"
)
# A one-off change told in the future or the infinitive before the day it is made from (3.1,
# 3.1a; stop 62): "to limit access ... from tomorrow", "will go ahead from Monday 19 April",
# "will close beginning Sept. 17", "will now be fully applicable as of 1 May". Only a day:
# from a clock time it is the start of a daily activity ("the road will close from 10 a.m."),
# a start only (3.2). Not "to rise"/"to fall": a trend told from a year ("debt is forecast to
# fall ... from 2027-28") is no one-off change.
_MADE_THEN: Final = re.compile(
    r"\b(?:(?:to|will|shall)\s+(?:now\s+|also\s+)?(?:close|suspend|resume|go\s+ahead|limit"
    r"|restrict)"
    r"|(?:will|shall)\s+(?:now\s+)?be\s+(?:[a-z]+ly\s+)?applicable)\b" + _GAP + r"$"
)
# "shall apply (those provisions) from": rules applying, not people applying for something
# ("will be able to apply from 1 October", "can apply to access ... from").
_APPLIES: Final = re.compile(
    r"\b(?:(?:shall|will)\s+(?:also\s+)?apply|applies)(?:\s+(?!for\b|to\b|online\b)[a-z0-9]+){0,3}"
    r"\s+$"
)
# A deadline of the same act after the start (3.4): the start stays open-ended.
# A stated length after it ("from 1 October for six weeks") is a window from that start (1.1).
_END_AFTER: Final = re.compile(
    r"\b(?:until|till|through|thru|by|no\s+later\s+than|and\s+(?:run|last|continue)s?)\b"
    r"|\bfor\s+(?:a\s+(?:period|trial)\s+of\s+)?[a-z0-9]+[\s-](?:hours?|days?|weeks?|months?|years?)\b"
)
_BARE_YEAR: Final = re.compile(
    r"(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(?:in\s+)?(?:[0-9]{4}\b"
    r"|(?:next|this|the\s+following)\s+(?:financial\s+|fiscal\s+|calendar\s+)?year\b)"
)
# "is embargoed until", "under embargo until"; not "the embargo will remain until" (3.3)
_EMBARGOED: Final = re.compile(r"\b(?:embargoed|under\s+(?:an?\s+)?embargo)\s+$")
_FROM_END: Final = re.compile(r"\b(?:from|as\s+of)\s*$")
# "will come into effect from cap period eight, starting 1 April 2022": a "starting" day
# after "take effect" or "come into force" is the day the change takes effect, as "from"
# is (stop 37b); other verbs of change keep it a start ("will apply commencing 1 October")
_STARTING_END: Final = re.compile(r"\b" + STARTING + r"(?:\s+(?:on|from))?\s*$")
_IN_EFFECT: Final = re.compile(
    r"\b(?:(?:take|takes|taking|took)\s+effect|(?:come|comes|coming)\s+into\s+(?:force"
    r"|operation|effect))\b" + _GAP + r"$"
)
# the change told after the day, in the same clause: "from today as the Territory's right
# ... takes effect", "From 1 April the new rules take effect" (3.1, stop 57)
_EFFECT_AFTER: Final = re.compile(
    r"\s*,?\s*(?:(?:as|when)\s+)?(?:[^.;:!?\u2013\u2014]{0,80}?\s)?(?:(?:will|shall)\s+)?"
    r"(?:takes?\s+effect|comes?\s+into\s+(?:force|effect|operation))\b"
)
_FROM_BEFORE: Final = re.compile(r"\bfrom\s+$")
_MODIFIED: Final = re.compile(r"(?:early|mid|late)\b")
# "at the earliest" after the phrase (3.2); not "at the earliest opportunity", which is a
# vague undertaking (5.1) and says nothing of the phrase before it
_AT_THE_EARLIEST: Final = re.compile(
    r"\s*(?:instant\s+)?,?\s*at\s+the\s+earliest\b(?!\s+(?:possible\s+)?(?:opportunity|moment"
    r"|convenience|stage|point))"
)
_UNTIL_END: Final = re.compile(r"\buntil\s*$")
# a notice's line of key dates, "<what> Available: <date>" (stop 57)
_AVAILABLE_HEAD: Final = re.compile(r"^\s*(?:[a-z-]+\s+){0,4}available\s*:\s*$", re.IGNORECASE)
# a clock time an event begins at is due then (3.1, round 51b): "the newsroom will open
# beginning at 9 a.m. PDT", "will be streamed live beginning at 6:30 am"; an offer open from
# then stays a start (3.2: "Applications will be accepted on 3 September 2025, starting at
# 9 a.m.", "tickets will be available beginning at 10 a.m.")
_BEGINS_AT: Final = re.compile(r"\b(?:beginning|starting)\s+at\s*$")
# ... and one open to applications, submissions, bookings or registration ("Members can
# apply", "Registration opens"), or a run of some length ("will run for four weeks, starting
# at": due at its end); the final review of stop 51
_OFFER_OPEN: Final = re.compile(
    r"\b(?:accept(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|available|on\s+sale|taking|takes"
    r"|appl(?:y|ies|ications?)|submit(?:s|ted|ting)?|bookings?|registration"
    r"|run(?:s|ning)?\s+for)\b"
)
_ACT_REACH: Final = 60


def open_ended(text: str, hit: Hit) -> bool:
    """Whether the phrase reads as open-ended (a start, earliest only): `hit.open` as the
    scanner set it, unless rule 3.1 makes an effective date of it or 3.2 an embargo's end."""
    pre = hit.pre
    if holds(text, "earliest") and _AT_THE_EARLIEST.match(text, hit.end):
        # "before the 16th instant at the earliest date", and a start however its verb
        # reads ("to begin to prepare to open ... from 1 June at the earliest", fresh191,
        # had been due that day): a lower bound only
        return True
    if hit.open and hit.kind == "time" and _opens_at(text, hit):
        return False  # an event that begins at a clock time: due then (3.1)
    if hit.open:
        if "from" in pre and moved.moved_range(text, hit.start, pre, hit.core):
            return False  # "moved from 7th to 21st December": the new day, not a start
        if "from" not in pre and "as of" not in pre:
            # "after", "since", "not before" ...: no verb of effect to look for, but "will be
            # reduced ... beginning September 10" makes a change that day, and "shortly after
            # 4 p.m." is 4 p.m.
            starting = _STARTING_END.search(pre)
            return not (
                (starting is not None and _in_effect(text, hit, hit.start + starting.start()))
                or not_open.change_begins(text, hit)
                or not_open.close_after(text, hit)
                or begins_on.rule_begins(text, hit.start, hit.end)  # round 26c
            )
        lead_in = _FROM_END.search(pre)
        if lead_in is not None and changes_from.change_from(text, hit.start, hit.end):
            return False  # "From 20 October, two more sanctions will be implemented" (26e)
        return lead_in is None or not _takes_effect(text, hit, hit.start + lead_in.start())
    if not pre and holds(text, "available") and _AVAILABLE_HEAD.search(text, 0, hit.start):
        return True  # "Applications Available: March 12, 2015.": an offer open from then (3.2)
    if "until" in pre and holds(text, "embargo") and _UNTIL_END.search(pre):
        at = hit.start + pre.rindex("until")
        return _EMBARGOED.search(text, max(0, at - _LOOK_BACK), at) is not None
    # "from early in 1988": the modifier took "early" into the phrase, the "from" before it
    return (
        hit.kind == "period"
        and _MODIFIED.match(pre) is not None
        and _FROM_BEFORE.search(text, max(0, hit.start - 6), hit.start) is not None
    )


def _opens_at(text: str, hit: Hit) -> bool:
    """The clock time after "beginning at"/"starting at" is when an event begins, not when
    an offer opens (round 51b)."""
    lead_in = _BEGINS_AT.search(hit.pre)
    if lead_in is None:
        return False
    at = hit.start + lead_in.start()
    return _OFFER_OPEN.search(text.lower(), max(0, at - _ACT_REACH), at) is None


def _in_effect(text: str, hit: Hit, at: int) -> bool:
    """The phrase after "starting"/"beginning" at `at` is when a change takes effect."""
    return (
        (
            _IN_EFFECT.search(text, max(0, at - _LOOK_BACK), at) is not None
            or starts_itself(text[max(0, at - _LOOK_BACK) : at])  # "will open beginning 1 May"
            or _made_then(text, text[max(0, at - _LOOK_BACK) : at], hit)  # "will close beginning"
        )
        and _takes_effect(text, hit, at)
    )


def _made_then(text: str, lead: str, hit: Hit) -> bool:
    """The words before the "from"/"beginning" of a day tell of a one-off change made then,
    in the future or the infinitive ("is due to rise ... from", "will close beginning"); not
    a day owned by what follows it ("to limit the fallout from Friday's vote": the vote's
    day, stop 62 review)."""
    return (
        hit.kind != "time"
        and not text.startswith(("'s", "’s"), hit.end)
        and _MADE_THEN.search(lead) is not None
    )


def _takes_effect(text: str, hit: Hit, at: int) -> bool:
    """The phrase after "from"/"as of" at `at` is the time a one-off change takes effect."""
    if hit.kind in ("span", "vague") or _BARE_YEAR.fullmatch(hit.core.rstrip(". ")):
        return False
    lead = text[max(0, at - _LOOK_BACK) : at]
    if (
        _TAKES_EFFECT.search(lead) is None
        and (hit.kind == "time" or _DUTY_BEGINS.search(lead) is None)
        and _APPLIES.search(lead) is None
        and not _made_then(text, lead, hit)
        and _CHANGE.search(lead) is None
        and not no_act.hosts(lead)  # "to host the first match from December 9"
        and not begins_on.ends_then(lead)  # "will cancel all appointments as of March 20"
        and not starts_itself(lead, text[hit.end : hit.end + AFTER_REACH])  # "to begin from 4 July"
        and _EFFECT_AFTER.match(text, hit.end) is None  # "from today as the law takes effect"
    ):
        return False
    limit = min(len(text), hit.end + clauses.REACH)
    # a sentence's end, not "a.m." nor "No. 10"
    stop = clauses.WORD_STOP.search(text, hit.end, limit)
    return _END_AFTER.search(text, hit.end, stop.end() if stop else limit) is None


# the verbs that tell of a change being made known, not made: "announce", "confirm"
_ANNOUNCED: Final = re.compile(
    r"\b(?:announc|confirm|unveil|declar|set\s+out|publish|propos|promis|pledg|agree)\w*\b"
)


def no_change_from(text: str, hit: Hit) -> bool:
    """ "We will freeze fares, with no increase from 1 January": nothing changes then."""
    return (
        holds(text, "no ")
        and _FROM_END.search(hit.pre) is not None
        and _NO_CHANGE.search(text, max(0, hit.start - 80), hit.start) is not None
    )


def announced(text: str, start: int, end: int) -> bool:
    """Whether the sentence around text[start:end] tells of making a change known."""
    return (
        _ANNOUNCED.search(clauses.clause_before(text, start, sentence=True)) is not None
        or _ANNOUNCED.search(clauses.clause_after(text, end)) is not None
    )


def change_from(text: str, hit: Hit) -> bool:
    """Whether the phrase is the "from" of a change of an amount ("announced a 5% rise in the
    pension from next April"): the change's time, which a past verb of announcing it does
    not make past."""
    lead_in = _FROM_END.search(hit.pre) if "from" in hit.pre else None
    if lead_in is None:
        return False
    at = hit.start + lead_in.start()
    return _CHANGE.search(text, max(0, at - _LOOK_BACK), at) is not None


# -- 4.1 -----------------------------------------------------------------------------------

_NO_EVENTS: Final = re.compile(
    r"\b(?:has|have|had|there\s+(?:is|are|will\s+be))\s+no\s+(?:public\s+|scheduled\s+"
    r"|further\s+|other\s+)?(?:(?:roll[\s-]*call|recorded)\s+)?"
    r"(?:events?|engagements?|appointments?|sittings?|votes?)"
    r"\s+(?:(?:scheduled|planned)\s+(?:for\s+)?)?"
    # round 27c: "for" before the day, and the later of two days denied alike ("no
    # scheduled events for Monday or Tuesday")
    r"(?:for\s+|on\s+)?(?:[a-z]+\s+(?:or|and|nor)\s+)?$"
)
_BOUND_PRE: Final = re.compile(r"\b(?:before|after|until|till|by|from|since)\b")


# "has postponed the business previously scheduled for next week", "cancelled all the
# hearings planned for January": the time of a plan called off goes with it. Only the plan
# that is the object of the calling off: its words run straight on from the verb, with no
# clause between ("postponed the vote, which is now scheduled for Thursday", "was postponed
# and is now scheduled for Friday", "The postponed election is scheduled for 5 May" give
# the new time, which counts: CONVENTIONS 4.1).
_CALLED_OFF_PLAN: Final = re.compile(
    r"\b(?:postpon|cancel|call(?:ed|ing|s)?\s+off|scrap|defer|abandon|shelv)\w*\b"
    r"(?:[\s-]+(?!(?:which|that|who|and|but|so|now|new|re\w*|is|are|was|were|be|been|being"
    r"|has|have|had|will|shall|would|can|could|may|might|must|from)\b)[a-z0-9']+){0,8}?"
    r"[\s-]+(?:scheduled|planned|arranged|timetabled|due)"
    # "postponed all previously-scheduled legislation for the coming week"
    r"(?:\s+(?!(?:will|shall|would|is|are|was|were|be|been|has|have|had)\b)[a-z-]+){0,2}?"
    r"\s+(?:for|on|in)\s+$"
)
_CALLING_OFF: Final = ("postpon", "cancel", " off", "scrap", "defer", "abandon", "shelv")


def denied_time(text: str, hit: Hit) -> bool:
    """Whether the phrase's day is named to say nothing happens then ("has no public events
    scheduled for tomorrow"), or is the time of a plan called off."""
    if _BOUND_PRE.search(hit.pre):
        return False
    if any(holds(text, word) for word in _CALLING_OFF) and _CALLED_OFF_PLAN.search(
        clauses.clause_before(text, hit.start, sentence=True) + hit.pre  # at most 200 chars
    ):
        return True
    if called_off.plan_called_off(text, hit.start, hit.end):  # called_off.py
        return True
    if not holds(text, "no "):
        return False
    if none_planned.fronted_none(text, hit.start, hit.end):  # "On Friday, no votes are expected"
        return True
    return _NO_EVENTS.search(text, max(0, hit.start - 60), hit.start) is not None


# -- 1.3 -----------------------------------------------------------------------------------

_ALLOWED: Final = re.compile(r"\b(?:have|has|get|gets)\s+(?:only\s+|just\s+)?(?:up\s+to\s+)?$")
_TO_VERB: Final = re.compile(r"\s+to\s+[a-z]+")
_THEN_HAVE: Final = re.compile(r"\bthen\s+(?:have|has|get|gets)\b[^,;]{0,20}$")
# a time word before "then" dates what "then" points back to: the limit runs from it, not
# from an undated event ("Ministers met today and will then have two weeks to respond")
_DATED_BEFORE_THEN: Final = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|"
    + WEEKDAY
    + r"|january|february|march|april|june|july|august|september|october|november|december"
    r")\b|[0-9]"
)
# "Once <something happens>, ...": not "once again", "once more", "at once"
_ONCE_CLAUSE: Final = re.compile(
    r"\s*once\s+(?!again\b|more\b|an?\s+(?:year|month|week|day|fortnight)\b)"
    r"(?:[^,;.]|(?<![a-z]{3})\.){3,120},\s"  # "Mr." and "U.S." end no clause
)


def from_an_event(text: str, hit: Hit) -> bool:
    """Whether the span is a time limit that starts at an undated event: "once ..., X has
    up to two months to", "will then have up to four weeks to"."""
    if floor_time.allotted(text, hit):  # "up to 8 hours for debate": floor_time.py
        return True
    if hit.kind != "span" or not (holds(text, "once") or holds(text, "then")):
        return False
    at = hit.start + len(hit.pre)
    lead = text[max(0, at - 120) : at]
    if _ALLOWED.search(lead) is None or _TO_VERB.match(text, hit.end) is None:
        return False
    # where the sentence starts: not after "Mr." nor "U.S."
    stops = [m.end() for m in clauses.WORD_STOP.finditer(text, 0, at)]
    sentence_start = stops[-1] if stops else 0
    if then := _THEN_HAVE.search(lead):
        then_at = at - len(lead) + then.start()
        return _DATED_BEFORE_THEN.search(text, sentence_start, max(sentence_start, then_at)) is None
    once = _ONCE_CLAUSE.match(text, sentence_start)
    return once is not None and once.end() <= at
