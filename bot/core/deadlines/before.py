"""'before <period>' and 'before <day>' (CONVENTIONS 3.5): the first period too late, so the
pledge falls due at the end of the day before it starts."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Final

from bot.core.deadlines.context import DATED, DAYS, Ctx, Hit, Res

# "the new year" read as a day (New Year's Day) names the period that starts on it
_NEW_YEAR: Final = re.compile(r"(?:the\s+)?new\s+year")
# "before this week is out", "before the summer is over": the end of the period is named
_PERIOD_OUT: Final = re.compile(
    r"\s+(?:(?:is|has|will\s+be|will\s+have)\s+(?:out|over|up|done|finished|ended|run\s+out)"
    r"|ends|finishes|closes|expires|runs\s+out)\b"
)
_ON_OR: Final = re.compile(r"\b(?:on|or|and)\s+$")
# "before" or "prior to" as the last of the lead words: after another ("due before June",
# "in before 1 April", "sometime before", "hopefully before") it is still the word that
# places the day (stop 54: those had been read as "by", a day or a month late, unwarned)
_BEFORE_LAST: Final = re.compile(r"(?:^|\s)(?:before|prior\s+to|(?P<ahead>ahead\s+of))$")
# "ahead of 8 March" alone is "before 8 March" (stop 68, fresh212: read as the day itself);
# "ahead of the November 24 deadline", "ahead of Thursday's release": the event's own day
_AHEAD_BARE: Final = re.compile(
    r"\s*(?:[.,;:)]|$)|\s+(?:when|and|or|so|as|while|which|where|but|if|with|to)\b"
)
# The phrases that name one calendar day: "before <one of them>" is the day before it.
_ONE_DAY = DATED | DAYS
# "days remain before", "a week left before": time counted down to a day, not an act
_COUNTDOWN: Final = re.compile(r"\b(?:remain(?:s|ing)?|left|to\s+go)\s+$")
# "before 1 February at 18:00", "before Friday at noon": a clock time right after the day
# names the instant on it, as "before 5 p.m. on Friday" does (stop 42, hunter h42: the day
# before had been taken and the time dropped, a silent misreading a day and more too early)
_AT_CLOCK: Final = re.compile(
    r",?\s+at\s+(?:[0-9]|noon\b|midday\b|midnight\b|(?:one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|half|(?:a\s+)?quarter)\b)"
)


# "before his term ends Jan. 20", "before the lease expires on 30 June" (stop 53): the day a
# term ends, led by "before", is the day the act must come before (3.5), as in "before 30
# June"; the ending verb comes right before the day
_BEFORE_EVENT: Final = re.compile(
    r"\b(?:before|prior\s+to)\s+(?:[a-z'\u2019.-]+\s+){1,4}?(?:ends|expires|runs\s+out)"
    r"\s+(?:on\s+)?$"
)


# the thing that ends is the time allowed for the act itself
_WINDOW: Final = re.compile(r"\b(?:period|window)\s+(?:ends|expires|runs\s+out)\b")


def _before_event(text: str, hit: Hit) -> bool:
    """The day phrase `hit` dates an event that "before" leads (above)."""
    if hit.pre.strip() not in ("", "on") or hit.kind not in _ONE_DAY:
        return False
    at = hit.start + len(hit.pre)
    window = text[max(0, at - 70) : at]
    if "before" not in window and "prior" not in window:
        return False  # the cheap test first
    found = _BEFORE_EVENT.search(text, max(0, at - 70), at)
    # "before the registration period ends on Dec. 31" (stop 63, fresh185): the act is done
    # within a period or window that ends that day, so the day itself is still in time
    return found is not None and _WINDOW.search(found.group()) is None


def _ahead_bare(text: str, hit: Hit) -> bool:
    """ "ahead of" leads the day or period alone, as "before" would; not a holiday ("ahead of
    Christmas": the season up to the feast, stop 38's reading kept)."""
    return hit.kind != "holiday" and _AHEAD_BARE.match(text, hit.end) is not None


def before_period(text: str, hit: Hit, res: Res, ctx: Ctx) -> Res:
    """ "before April 2024" is done by the end of March, "before 2030" by the end of 2029,
    "prior to Q3 2027" by the end of June, "before the summer" by 31 May, "before the new
    year" by 31 December, "before early summer" by 31 May: whatever the period (a part of
    one too), it is the first one too late. Not "on or before", nor "before the end of
    April" (the end is the point named; its reading has no start)."""
    if hit.kind != "period" and hit.kind not in _ONE_DAY:
        return res
    if _before_event(text, hit):
        # "before his term ends Jan. 20" (ends, expires, runs out)
        return _day_before(text, hit, res, ctx)
    lead = _BEFORE_LAST.search(hit.pre.strip())
    if (
        lead is None
        or (lead.group("ahead") is not None and not _ahead_bare(text, hit))
        or _ON_OR.search(text, max(0, hit.start - 8), hit.start) is not None
        or _PERIOD_OUT.match(text, hit.end) is not None
    ):
        return res
    if hit.kind != "period" and not (hit.kind == "holiday" and res.earliest is not None):
        return _day_before(text, hit, res, ctx)  # not "before the Easter weekend" (a period)
    if res.earliest is not None:
        first = res.earliest.astimezone(ctx.zone).date()
    elif res.day is not None and _NEW_YEAR.fullmatch(hit.core):
        first = res.day
    else:
        return res
    last = first - timedelta(days=1)
    return replace(res, due=ctx.end_of(last), earliest=None)


def _day_before(text: str, hit: Hit, res: Res, ctx: Ctx) -> Res:
    """ "before Christmas Day", "before Friday", "before October 8": a day is a period of
    its own (CONVENTIONS 3.5), so the act falls due at the end of the day before it. Only
    a day read whole, to its end: "before 5 p.m. on Friday" (or "before Friday at 5 p.m.")
    names its instant; nor time
    counted down to a day ("10 days remain before the Jan. 31 deadline"): the count ends
    on the day itself."""
    if (
        hit.kind not in _ONE_DAY
        or _COUNTDOWN.search(text, max(0, hit.start - 20), hit.start) is not None
        or _AT_CLOCK.match(text, hit.end) is not None
        or res.day is None
        or res.earliest is not None
        or res.due != ctx.end_of(res.day)
    ):
        return res
    return replace(res, due=ctx.end_of(res.day - timedelta(days=1)), day=None)
