"""A range of bare hours before its day: "from 9 to 5 on Friday" (issue 12, stop 56).

The hours had no a.m./p.m., so neither was read as a clock time: the day fell due at its end
and both numbers were dropped with no warning. A range falls due at its later end
(CONVENTIONS 6.1), on the day named, so "from 9 to 5 on Friday" is Friday at 17:00. On a
named day a bare hour takes its fixed reading (readers._bare: 1 to 7 are the afternoon),
and the end is the first reading of its hour after the start ("from 7 to 10" is 19:00 to
22:00). Only after "from" or "between" is it a range of hours ("won 3-5 on Friday" is a
score): elsewhere the words are left unread, as before. Nor after a verb of change ("The fee
will go from 5 to 7 on Friday", "We will raise the cap from 6 to 8"): two values of a
number, not hours (stop 56 review: read as hours, they fell due at 19:00 and 20:00).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import time
from typing import Final

from bot.core.deadlines.context import Hit, Res, TimeOfDay
from bot.core.deadlines.vocabulary import count_of
from bot.core.deadlines.words import MONTH, WEEKDAY

_LEADS = ("from", "between")
_TONIGHT = re.compile(r"\s*,?\s+(?:on\s+)?tonight")
# a verb of change and at most its object before "from": a number's old and new values
_CHANGE = re.compile(
    r"\b(?:go(?:es|ing)?|went|gone|rises?|rising|rose|risen|falls?|falling|fell|grows?|growing"
    r"|grew|climbs?|climbing|climbed|drops?|dropping|dropped|jumps?|jumping|jumped"
    r"|(?:in|de)creas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|cut(?:s|ting)?|reduc(?:e|es|ed|ing)"
    r"|lower(?:s|ed|ing)?|lift(?:s|ed|ing)?|mov(?:e|es|ed|ing)|chang(?:e|es|ed|ing)"
    r"|shift(?:s|ed|ing)?|doubl(?:e|es|ed|ing)|extend(?:s|ed|ing)?)"
    r"(?:\s+(?:up|down))?(?:\s+[\w'\u2019-]+){0,3}\s+(?:from|between)\s*$",
    re.I,
)


def read(m: re.Match[str], hit: Hit, bare: Callable[[int, int], TimeOfDay | None]) -> Res | None:
    """The range `m` (the time rule's tm_rg* groups) as a time of day with its start; a
    bare hour beside its day (tm_bh) as that hour (`read_one`)."""
    if m["tm_bh"]:
        return read_one(m, hit, bare)
    if not hit.pre.rstrip().endswith(_LEADS):
        return None
    lead_end = hit.start + len(hit.pre)
    if _CHANGE.search(m.string, max(0, hit.start - 60), lead_end) is not None:
        return None  # "The fee will go from 5 to 7 on Friday": a number's values
    first, last = int(m["tm_rg1"]), int(m["tm_rg2"])
    if not (1 <= first <= 12 and 1 <= last <= 12):
        return None
    if (marked := m["tm_rga"]) is not None:
        start = first % 12 + (12 if marked[0] == "p" else 0)  # "from 9 a.m. to 5"
    elif _TONIGHT.match(m.string, m.end()):
        start = first % 12 + 12  # "from 8 to 11 tonight": the evening's hours
    else:
        start = first + 12 if first < 8 else first % 12 + (12 if first == 12 else 0)
    end = last % 12
    while end <= start:
        end += 12  # the end's first reading after the start
    if end >= 24:
        return None
    hit.open = False  # "from": the range itself, due at its end, not a start
    when = time(end)
    return Res(due=None, precision="hour", tod=TimeOfDay(when, when, time(start), "hour"))


_QUANTITY: Final = (
    r"rates?|levels?|prices?|charges?|fees?|limits?|targets?|taxe?s?|fares?|rents?|wages?|pay"
    r"|costs?|tariffs?|spending|budgets?|inflation|numbers?|figures?|shares?|index"
)
# a number's value after "at": "will stay at 9", "was capped at 10", "ranked at 3"
_VALUE_AT: Final = re.compile(
    r"\b(?:stay(?:s|ed|ing)?|remain(?:s|ed|ing)?|stand(?:s|ing)?|stood|capped|pegged|priced"
    r"|rated|ranked|valued|trad(?:e|es|ed|ing)|level|rate|number|score|peak(?:s|ed|ing)?"
    r"|kept|fixed|forecast|look(?:s|ed|ing)?|glance[sd]?|point(?:s|ed|ing)?)\s+at\s*$"
    # "held" keeps a value only with a quantity before it ("rates will be held at 5"): an
    # event is held at an hour ("The meeting will be held at 10 on Friday", stop 58)
    r"|\b(?:" + _QUANTITY + r")\s+(?:[a-z]+\s+){0,3}held\s+at\s*$"
    # a quantity held, kept or set at a value: "hold rates at 4 on Thursday", "leave interest
    # rates at 5" (stop 57 review: read as 16:00 and 17:00)
    r"|\b(?:hold(?:s|ing)?|held|keep(?:s|ing)?|leav(?:e|es|ing)|set(?:s|ting)?|maintain(?:s|ed|ing)?"
    r"|put(?:s|ting)?)\s+(?:[a-z]+\s+){0,2}(?:" + _QUANTITY + r")\s+at\s*$"
)
_CLAUSE_END: Final = re.compile(r"\s*(?:[.;!?]|$)")
# a day right before "at <hour>" at a clause's end: "on Friday at 9.", "on the 4th at 10.",
# "on Tuesday next at 10" (old Hansard's "next" after its weekday: stop 58, the hour dropped)
_DAY_BEFORE: Final = re.compile(
    r"(?:\b(?:" + WEEKDAY + r"(?:\s+next)?|today|tomorrow)|\bthe\s+[0-9]{1,2}(?:st|nd|rd|th)"
    r"|\b[0-9]{1,2}(?:st|nd|rd|th)?\s+"
    + MONTH
    + r"[a-z]*\.?|\b"
    + MONTH
    + r"[a-z]*\.?\s+[0-9]{1,2}"
    r"(?:st|nd|rd|th)?)\s*,?\s+$"
)


def read_one(
    m: re.Match[str], hit: Hit, bare: Callable[[int, int], TimeOfDay | None]
) -> Res | None:
    """A bare hour beside its day, after "at": "at 9 on Friday", "at 10 on the 4th", "on
    Friday at 9." (stop 57). With no a.m./p.m. the number was no clock time, so the day fell
    due at its end and the hour was dropped with no warning. On a named day a bare hour takes
    its fixed reading (`bare`, readers._bare: 1 to 7 are the afternoon). Elsewhere ("at 9
    per cent", "shares closed at 9.") the number is left unread, as before."""
    if hit.pre.strip() != "at":
        return None
    if _VALUE_AT.search(m.string, max(0, hit.start - 50), hit.start + len(hit.pre)) is not None:
        return None  # "The rate will stay at 9 on Friday": a value, not an hour
    word = m["tm_bh"]
    hour = count_of(word)  # "held at ten on Friday" (stop 59)
    if not 1 <= hour <= 12:
        return None
    if (
        _CLAUSE_END.match(m.string, m.end()) is not None
        and _DAY_BEFORE.search(m.string, max(0, hit.start - 40), hit.start) is None
    ):
        return None  # "shares closed at 9.": no day beside it
    tod = bare(hour, 0)
    return None if tod is None else Res(due=None, precision=tod.precision, tod=tod)
