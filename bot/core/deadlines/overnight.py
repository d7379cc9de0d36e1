"""Overnight windows (issue 12, round 15): a clock window that crosses midnight ends the
NEXT morning, so it falls due at its later time on the morning after its last night.

"closed overnight, between 8pm and 7am, on Friday 7 April" is due at 07:00 on Saturday 8
April; "between Monday 4 and Friday 8 April, working from 8pm to 6am" at 06:00 on Saturday 9
April; "between 11pm and 7am" after "on Friday 12 August, and ... on Saturday 13 August" at
07:00 on Sunday 14 August; "between 8pm and 5.30am, from Monday 3 April for four nights" at
05:30 on Friday 7 April (N nights from day D: the last starts on D+N-1, so due on D+N).

The window is "between/from <t1> (and|to|until|till|-) <t2>" with both times unambiguous (an
am/pm mark, or 24-hour "22:00") and t2 earlier than t1; without "between"/"from" a range of two
times marked am and pm is one too ("Friday 24 January, 8pm to 5am each night", round E), and
so is one of two 24-hour times joined by a dash ("22:00-02:00 on Friday", review55b), and a
following "each night" belongs to it (the window spread over the nights named). The sentence
is read again with the window blanked; the day it names (a day, the later end of a range of
days, the start of "for N nights") is the last night's. When it names a coarser period ("until
summer 2017") the window is only the nightly hours of work running to that period, and the
period counts. A window that does not cross midnight ("between 9am and 5pm"), or a sentence
without a day for it, is left as it was, but for one case (stop 52): such a daily window told
before a run of days it spans ("closed between 8am and 5pm from Monday 22 April until Friday
10 May") falls due at its closing time on the last day (CONVENTIONS 6.1, a schedule falls due
at its end), as it already did with the window after the days; the day's end dropped the
closing time without a word. The cue is a substring test for "between"/"from" (or
"pm": a bare window crossing midnight starts in the evening; or ":" and a dash), then one
regular-expression search.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Final

from bot.core.deadlines.choose import Outcome, read_outcome
from bot.core.deadlines.context import Candidate, Ctx, Res, number_of
from bot.core.deadlines.model import Precision
from bot.core.deadlines.words import MONTH, RANGE_END_WORDS, WEEKDAY

_CLOCK: Final = (
    r"(?:(?P<{0}h>[0-9]{{1,2}})(?:[.:](?P<{0}m>[0-5][0-9]))?\s*(?P<{0}ap>[ap])\.?\s*m\b\.?"
    r"|(?P<{0}H>[0-2][0-9])[:.](?P<{0}M>[0-5][0-9])(?![0-9]|\s*[ap]\.?\s*m\b))"
)
# "overnight, between 8pm and 6am": the word in front is the window's own (part_modifiers.py)
# "8pm to 5am" needs no "between" or "from": a range of two clock times marked am and pm is a
# window as it stands ("and" joins two times only after "between")
_WINDOW: Final = re.compile(
    r"\b(?:overnight,?\s+)?(?P<pre>(?:between|from)\s+(?:the\s+hours\s+of\s+)?)?"
    + _CLOCK.format("a")
    + r"\s*(?P<to>and|to|until|till|-|–)\s*"
    + _CLOCK.format("b")
    # "8pm to 5am each night": the window spread over the nights named, not a standing rule
    + r"(?:\s+(?:each|every)\s+night\b|\s+nightly\b)?",
    re.I,
)
# a zone after the window would belong to it; such a text is left to the main reader
_ZONE_AFTER: Final = re.compile(r"\s*\(?\s*(?:[A-Z]{2,5}\b|[A-Z][a-z]+\s+(?:standard\s+)?time\b)")
# a count of nights: "14", "three"
_NIGHT_COUNT: Final = (
    r"[0-9]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen"
)
_NIGHTS: Final = re.compile(
    rf"\bfor\s+(?:the\s+)?(?P<next>next\s+)?(?P<n>{_NIGHT_COUNT})\s+(?:consecutive\s+)?nights\b",
    re.I,
)
_A_DAY: Final = timedelta(days=1)
_DAYS_REACH: Final = 48
# between the window and its day: a clause break means the day is another clause's ("and"
# or "or" before a day is none: "on Friday and Saturday" is one run of nights; nor is a
# stop before a number, or before the window itself where the words searched end: it closes
# an abbreviation, "16 January (approx. 10:00pm to 5:00am)")
# the words that end the work ("finishing on Friday 31 January", "and complete by Friday"):
# one list for the clause break below and the named end (_END_WORD; stop 47, fix b)
_END_VERB: Final = r"(?:finish(?:e[sd]|ing)?|end(?:s|ing)?|complete(?:d)?|completion)"
# "and" before a verb of the works' run, with no subject of its own: the same clause goes on
_RUN_ON: Final = (
    r"|\s+(?:(?:will|shall)\s+)?(?:run|runs|last|lasts|continue|continues|take\s+place"
    r"|takes\s+place)\b"
)
_BREAK: Final = re.compile(
    r";|\.(?!\s*(?:[0-9]|$))|\b(?:but|while|whereas)\b"
    # "and will be completed on Friday", "and is (are) due to be finished by Friday" (stop 48)
    r"|\b(?:and|or)\b(?!\s+(?:(?:(?:will|(?:is|are)\s+(?:due|expected|set)\s+to)\s+)?(?:be\s+)?"
    + _END_VERB
    + r"\s+)?(?:(?:on|by)\s+)?(?:"
    + WEEKDAY
    + r"|(?:mon|tue|wed|thu|fri|sat|sun)\.?"
    r"|[0-9]{1,2}(?:st|nd|rd|th)?\s+"
    + MONTH
    + r"[a-z]*)\b"
    # the same works told on with no new subject: "start on 29 October and run for 4 nights,
    # and will take place between 22:00 and 05:00" (stop 66)
    + _RUN_ON
    + ")",
    re.I,
)


def _clock(m: re.Match[str], side: str) -> time | None:
    if (hours := m.group(side + "H")) is not None:
        hour, minute = int(hours), int(m.group(side + "M"))
        return time(hour, minute) if hour < 24 else None
    hour, minute = int(m.group(side + "h")), int(m.group(side + "m") or 0)
    if not 1 <= hour <= 12:
        return None
    hour %= 12
    if m.group(side + "ap").lower() == "p":
        hour += 12
    return time(hour, minute)


def _crossing(text: str) -> tuple[re.Match[str], time, time] | None:
    """The first clock window that crosses midnight, with its two times; else None."""
    for m in _WINDOW.finditer(text):
        if not m["pre"] and (m["to"].lower() == "and" or not (m["aap"] and m["bap"])):
            if not (m["aH"] and m["bH"] and m["to"] in "-–"):
                continue  # a bare range only with am/pm on both times ("8pm to 5am")
            # or two 24-hour times joined by a dash ("22:00-02:00"), no longer a zone
            # since stop 55 and read as ending on its first morning (review55b)
        first, last = _clock(m, "a"), _clock(m, "b")
        if first is not None and last is not None and last < first:
            if _ZONE_AFTER.match(text, m.end()):
                return None
            return m, first, last
    return None


def _cued(text: object) -> bool:
    return isinstance(text, str) and (
        "etween" in text
        or "ETWEEN" in text
        or "rom" in text
        or "ROM" in text
        or "pm" in text
        or "p.m" in text
        or "PM" in text
        or (":" in text and ("-" in text or "–" in text))
    )


def window(text: str, found: Outcome | None, ctx: Ctx) -> Outcome | None:
    """`found` read again when `text` holds an overnight window with a day for it."""
    if found is None or (found.cand is None and found.refusal != "earliest"):
        return found  # denied, past, an event: the window does not undo it
    if not _cued(text):
        return found
    if (crossing := _crossing(text)) is None:
        return _daily_run(text, found, ctx)
    m, first, last = crossing
    own = found.cand
    if (
        own is not None
        and own.res.due is not None
        and own.start <= m.start() < own.end
        and own.res.due.astimezone(ctx.zone).time() != last
    ):
        return found  # the reader put the window in a zone of its own ("6am est on Friday")
    blanked = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    if (counted := _nights_in_period(text, blanked, m, ctx, (first, last))) is not None:
        return counted
    again = read_outcome(blanked, ctx, _A_DAY)
    nights = _NIGHTS.search(text)
    passed = ""  # another clause's time the window's nights win over, named in the reason
    if nights is not None and not _beside(text, m, nights[0]):
        nights = None  # "...; the crew stays for three nights": another clause's nights
    if (
        nights is not None
        and again is not None
        and not any(_beside(text, side, again.matched, _at(again)) for side in (m, nights))
    ):
        # "by 30 June, and ... for the next three nights": the nights start tonight (without
        # "next" they have no start, and the reader's own reading stands just below)
        passed, again = again.matched, None
    if again is None and (nights is None or nights.group("next") is None):
        return found
    if nights is not None:
        count = number_of(nights.group("n"))
        start = _start_day(again, ctx)
        if count is None or count < 1 or start is None:
            return found
        first_night = start
        day = start + timedelta(days=int(count))
        m_end = max(m.end(), nights.end())
    else:
        if again is None or again.cand is None:
            return found
        res = again.cand.res
        # the window's own run of days may be told at more length than a count of nights
        # ("from 9pm to 5am, starting Monday 27 January and finishing Friday 31 January")
        if res.due is None or not _beside(text, m, again.matched, _at(again), _DAYS_REACH):
            return found
        night = res.precision == "hour" and res.due.astimezone(ctx.zone).time() == time(23, 59, 59)
        if res.precision != "day" and not night:  # "tonight", "on Friday night" end the day
            if res.precision in ("hour", "minute"):
                return found
            note = f"chosen over “{m[0]}”: nightly hours of work running to that period"
            return replace(again, reason=note)
        day = res.due.astimezone(ctx.zone).date()
        if not _named_end(text, again):
            day += _A_DAY  # the day names the last night: its morning after
        first_night = None
        m_end = m.end()
    out = _due(text, (m.start(), m_end), again, ctx, day, (first_night, first, last))
    if passed:  # "by 30 June, and the road will close ... for the next three nights"
        note = f"chosen over “{passed}”: that is another clause's time"
        return replace(out, reason=f"{out.reason}; {note}")
    return out


# "for one night", "on three nights", "for the next two nights": nights counted
_COUNTED_NIGHTS: Final = re.compile(
    rf"\b(?:for|on|over)\s+(?:the\s+)?(?:next\s+)?(?:{_NIGHT_COUNT})\s+(?:consecutive\s+)?nights?\b",
    re.I,
)
# the end of a window's clause: a semicolon, a sentence's stop or another clock time
_STOP_BETWEEN: Final = re.compile(r";|\.\s+[A-Z]|[0-9]\s*[ap]\.?\s*m\b|[0-9][.:][0-5][0-9]", re.I)


def _nights_in_period(
    text: str, blanked: str, m: re.Match[str], ctx: Ctx, times: tuple[time, time]
) -> Outcome | None:
    """A window over nights counted in a coarser period after it, in its own clause
    ("between 11 p.m. and 6 a.m. ... again for three nights in early June; further ..."):
    the last night begins on the period's last day at the latest, so the closing time on
    the morning after it (CONVENTIONS 6.4), not the window alone on its first morning
    (stop 68). The clause is read again on its own, so another clause's time is no rival."""
    stop = _STOP_BETWEEN.search(text, m.end())
    limit = stop.start() if stop is not None else len(text)
    counted = list(_COUNTED_NIGHTS.finditer(text, m.end(), limit))
    if not counted:
        return None
    nights = counted[-1]  # the last nights counted in the clause
    clause = blanked[:limit]
    for n in counted:  # a count of nights is no night of its own ("for one night")
        clause = clause[: n.start()] + " " * (n.end() - n.start()) + clause[n.end() :]
    again = read_outcome(clause, ctx, _A_DAY)
    if again is None or again.cand is None or again.cand.res.due is None:
        return None
    if again.cand.res.precision in ("day", "hour", "minute"):
        return None
    at = text.find(again.matched, nights.end(), limit)
    if at < 0 or text[nights.end() : at].strip():
        return None  # the period chosen is not the one the nights are counted in
    day = again.cand.res.due.astimezone(ctx.zone).date() + _A_DAY
    return _due(text, (m.start(), at + len(again.matched)), again, ctx, day, (None, *times))


# the later end of a run of days: "until Friday 10 May", "to 10 May", "thru 10 May", "and 10
# May" (after "between"), "- 10 May"
_RUN_END: Final = re.compile(r"(?:\b(?:until|till|to|through|thru|and)|[-–])\s+$", re.I)
_RUN_END_WORDS: Final = re.compile(rf"(?:{'|'.join(sorted(RANGE_END_WORDS))})\s", re.I)
# between a window and the end of its run: no clause break and no other clock time
_OTHER_BREAK: Final = re.compile(r"[;:]|\.\s+[A-Z]|[0-9]\s*[ap]\.?\s*m\b|[0-9][.:][0-5][0-9]", re.I)
_ON_ITS_OWN_DAY: Final = re.compile(r"\s*,?\s*on\s", re.I)
# the run's first day, dated, between the window and the run's end ("from Monday 22 April
# until"): a window "open daily ... until May 15" with no first day is a state's hours up
# to a day, and its day ends as before
_FIRST_DAY: Final = re.compile(
    r"\b(?:[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + MONTH
    + r"|"
    + MONTH
    + r"[a-z]*\.?\s+[0-9]{1,2}\b)",
    re.I,
)


def _daily_run(text: str, found: Outcome, ctx: Ctx) -> Outcome:
    """`found` at the closing time of a daily window told before the run of days it spans
    ("between 8am and 5pm from Monday 22 April until Friday 10 May": 17:00 on 10 May);
    `found` as it was when the deadline is no such run's last day."""
    own = found.cand
    if own is None or own.res.due is None or own.res.precision != "day":
        return found
    at = text.find(found.matched, own.start)
    if at < 0 or not (
        _RUN_END_WORDS.match(found.matched) or _RUN_END.search(text, max(0, at - 10), at)
    ):
        return found  # not the later end of a run of days
    for m in _WINDOW.finditer(text, 0, at):
        if not m["pre"] and (m["to"].lower() == "and" or not (m["aap"] and m["bap"])):
            continue  # as _crossing: a bare range only with am/pm on both times
        first, last = _clock(m, "a"), _clock(m, "b")
        if (
            first is None
            or last is None
            or not first < last
            or _ZONE_AFTER.match(text, m.end())
            or _ON_ITS_OWN_DAY.match(text, m.end())  # "from 9:30 to 16:00 on 27 October"
            or _OTHER_BREAK.search(text, m.end(), at)
            or _FIRST_DAY.search(text, m.end(), at) is None
        ):
            continue
        day = own.res.due.astimezone(ctx.zone).date()
        precision: Precision = "minute" if last.minute else "hour"
        res = replace(own.res, due=ctx.at(day, last), precision=precision, day=day)
        cand = Candidate(m.start(), own.end, res, kind="daily")
        words = text[m.start() : own.end].strip(" ,.")
        return Outcome(cand, words, "a daily window of hours falls due at its closing time")
    return found


# "finishing on Friday 31 January", "ending Friday", "will be complete by Friday", "to be
# finished on Friday" (stop 48): the day the work ends, not a night (CONVENTIONS 6.4; stop
# 47, tuner s): due at the closing time on that day itself
_END_WORD: Final = re.compile(r"\b" + _END_VERB + r"\s+(?:(?:on|by)\s+)?$", re.I)


def _named_end(text: str, again: Outcome) -> bool:
    """Whether the day the blanked sentence chose follows a word that ends the work (its
    "on"/"by", in the words chosen or before them, is _END_WORD's own)."""
    at = text.find(again.matched, _at(again))
    return at >= 0 and _END_WORD.search(text, max(0, at - 30), at) is not None


def _beside(text: str, window: re.Match[str], said: str, near: int = 0, reach: int = 30) -> bool:
    """Whether the day the blanked sentence chose is the window's own: next to it, with no
    clause break between ("on Friday, between 11pm and 7am", not "between 8pm and 6am on
    Friday and the report is due by 30 June")."""
    at = text.find(said, near) if said else -1
    if at < 0:
        return False
    gap = text[window.end() : at] if at >= window.end() else text[at + len(said) : window.start()]
    # the day itself stays in view: "on Friday and Saturday" is one run of nights
    seen = text[window.end() : at + len(said)] if at >= window.end() else gap
    return len(gap) <= reach and _BREAK.search(seen) is None


def _start_day(again: Outcome | None, ctx: Ctx) -> date | None:
    """The first night of "from <day> for N nights": the day the blanked sentence starts,
    or tonight for "for the next N nights" in a sentence with no other time."""
    if again is None:
        return ctx.today
    if again.cand is None:
        return again.start.astimezone(ctx.zone).date() if again.start is not None else None
    res = again.cand.res
    if res.due is None or res.precision != "day":
        return None
    return res.due.astimezone(ctx.zone).date()


def _due(
    text: str,
    span: tuple[int, int],
    again: Outcome | None,
    ctx: Ctx,
    day: date,
    times: tuple[date | None, time, time],
) -> Outcome:
    first_night, first, last = times
    due = ctx.at(day, last)
    earliest: datetime | None = None
    if first_night is not None:
        earliest = ctx.at(first_night, first)
    elif again is not None and again.cand is not None:
        earliest = again.cand.res.earliest
    precision: Precision = "minute" if last.minute else "hour"
    res = Res(due=due, precision=precision, earliest=earliest, day=day)
    said = again.matched if again is not None else ""
    at = text.find(said, _at(again)) if said else -1
    start, end = span
    if at >= 0:
        start, end = min(start, at), max(end, at + len(said))
    cand = Candidate(start, end, res, kind="overnight")
    words = text[start:end].strip(" ,.")
    return Outcome(cand, words, "an overnight window ends on the morning after its last night")


def _at(again: Outcome | None) -> int:
    return again.cand.start if again is not None and again.cand is not None else 0
