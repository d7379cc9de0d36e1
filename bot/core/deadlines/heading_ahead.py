"""A release calendar's line, "Published on Tuesday 17th October at 0700" (issue 12, stop 57).

A participle of publishing with no subject of its own ("Published on", "Figures released
on") heads a line of a calendar of releases or the date line of a page. Said before the day
it names, with the day's weekday agreeing with the coming date (or its year named ahead),
it is the release planned for that day, due then, at the clock time after it if one is
given: it had been refused as past, as "was published on 17 October" is. Without a weekday
or a year the day might be last year's, and the past reading stays. The clock time after a
weekday alone ("Published on Thursday at 07:00") or a date with its year is the release's
too (stop 58).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from bot.core.deadlines.context import Ctx, Hit, Res, month_of, valid
from bot.core.deadlines.words import MONTH, WEEKDAY

# the line's opening, up to the phrase: at most three words of its noun ("Figures released
# on", "The report published on"), no pronoun nor auxiliary ("was published" is told as
# done), then the participle
_HEADING: Final = re.compile(
    r"\s*(?:(?!(?:i|we|he|she|they|it|you|who|which|that|was|were|is|are|has|have|had|been"
    r"|be|being)\b)[a-z][a-z-]*\s+){0,3}?(?:published|released|issued)\s+$"
)
_SIGNED: Final = re.compile(r"\b" + WEEKDAY + r"\b|\b(?:19|20|21)[0-9]{2}\b", re.IGNORECASE)
# the line's day before a clock time (its "at" or not): "on Tuesday 17th October at ", "on
# Thursday at ", "Tuesday, October 17, 2023 at " (a weekday alone or with its date, the year
# named or not: stop 58, the clock time after a weekday or a year was dropped)
_DAY_BEFORE_CLOCK: Final = re.compile(
    r"\b(?:on\s+)?(?P<wd>mon|tues|wednes|thurs|fri|satur|sun)day(?:,?\s+(?:the\s+)?"
    r"(?:(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>" + MONTH + r")[a-z]*\.?"
    r"|(?P<m2>" + MONTH + r")[a-z]*\.?\s+(?P<d2>[0-9]{1,2})(?:st|nd|rd|th)?)"
    r"(?:,?\s+(?P<y>(?:19|20|21)[0-9]{2}))?)?,?\s+(?:at\s+)?$"
)
_STEMS: Final = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")


def release_line(text: str, start: int, core: str) -> bool:
    """Whether text[start:] is a release line's day: a weekday or a year in the phrase's
    words `core`, and only a subjectless participle of publishing before `start`."""
    if "ed " not in text[: start + 1] or _SIGNED.search(core) is None:
        return False
    return _HEADING.fullmatch(text[:start].lower()) is not None


def release_ahead(text: str, hit: Hit, res: Res, ctx: Ctx) -> bool:
    """Whether the phrase is the day of a release line, ahead of the moment of speaking."""
    return (
        res.due is not None and res.due > ctx.reference and release_line(text, hit.start, hit.core)
    )


def release_clock(text: str, start: int, ctx: Ctx) -> bool:
    """Whether the clock time at `start` ("at 0700") follows a release line's day that lies
    ahead, its weekday agreeing with the coming date of that day and month."""
    lowered = text[:start].lower()
    found = _DAY_BEFORE_CLOCK.search(lowered, max(0, start - 60))
    if found is None or not release_line(lowered, found.start(), found.group()):
        return False
    weekday, day_word = _STEMS.index(found["wd"]), found["d"] or found["d2"]
    if day_word is None:
        return True  # "on Thursday at 07:00": the coming Thursday, ahead as the day is
    day, month = int(day_word), month_of(found["m"] or found["m2"])
    today = ctx.today
    years = (int(found["y"]),) if found["y"] else (today.year, today.year + 1)
    for year in years:
        if valid(year, month, day) and (when := date(year, month, day)) >= today:
            return when.weekday() == weekday
    return False
