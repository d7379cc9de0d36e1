"""Deadline words plus the moment they were said -> the moment a pledge falls due.

Why a scanner of our own instead of a general date parser: pledges arrive as deadline
*phrases* ("within two weeks", "by the end of the quarter", "in the coming months"),
often inside a whole sentence, and the product needs more than a timestamp. It needs to
know whether the words were vague, where a window starts and how precise the speaker
was, and it must refuse to guess when the words hold no time frame at all ("after that
meeting takes place"). General parsers answer "which date is this string" and fill the
gaps with today's values, which turns refusals into wrong deadlines. dateutil still does
the calendar work (relativedelta for month arithmetic, easter for the movable feasts).

How it reads text: one precompiled regular expression finds every time phrase it knows
(with the filler words in front, such as "by", "no later than", "within"); each phrase is
then read by the rule that matched it. Neighbouring phrases combine ("5 p.m." + "on 20
August", "two weeks" + "before Christmas"). Of the phrases left, a definite one beats a
vague one, then the longest wins. The whole thing runs at tens of thousands of phrases
per second because the hot path is one regex scan and a few dictionary look-ups.

Conventions, decided here so that every part of the bot reads deadlines alike:

- Minutes and hours are exact instants counted from the reference. Every other span
  ("within two weeks", "in 3 months") lands on a local calendar day and falls due at
  the end of that day (23:59:59 in the server's zone): a speaker who says "two weeks"
  has not broken the pledge at 10:01 on the fourteenth day. Months and years use
  calendar arithmetic (31 January + 1 month = 28 February).
- A range ("two to three weeks", "Q3", "in October", "the weekend") falls due at its
  later end; `earliest` is where the window starts.
- "before <period>" falls due at the end of the day before the period starts, whatever
  the period: "before June" and "before the summer" 31 May, "before 2030" 31 December
  2029, "before the second half of the year" 30 June, "before the new year" 31 December,
  "before next week" this Sunday, "before mid-summer" 30 June (the part named); one day
  is a period too: "before Christmas Day" 24 December, "before Friday" Thursday (not when
  time is counted down to it: "10 days remain before the Jan. 31 deadline"). "by",
  "until", "on or before", "before the end of <period>" and "before <period> is out" keep
  the period's end.
- "<weekday>" and "this <weekday>" mean the next such day on or after the reference
  day. "next <weekday>" means that day in the following Monday-to-Sunday week, which is
  the later of the two common readings: a tracker should not call a pledge overdue on
  a reading the speaker may not have meant. "<weekday> week" is a week after
  "<weekday>", and a fortnight on when said on that weekday ("Monday week" said on a
  Monday: a week that day is "a week today").
- Weeks run Monday to Sunday: "the end of the week" is Sunday.
- A date without a year is its next occurrence on or after the reference day (for
  `parse_said_on`, its latest occurrence on or before the day it is read).
- Numeric dates: four-digit-year-first is year-month-day; otherwise a part above 12 is
  the day, and when both could be the day `day_first` decides (default day first).
- Vague words are vague windows (`vague=True`) that fall due at the window's end and
  start at the reference: "the coming days", "a few days" and "within days" 7 days;
  "the coming weeks", "a few weeks" and "within weeks" 4 weeks; "the coming months"
  3 months; "the coming years" 3 years; "soon", "shortly", "in due course", "in the
  near future", "as soon as possible" 60 days; "immediately", "right away", "without
  delay" 7 days. These are product choices, not facts about English: a reminder has
  to come at some point, and 60 days is long enough that "soon" is not called broken
  too early and short enough that the pledge is reviewed while people remember it.
- "early / mid / late <period>" split the period in thirds: of a year, January-April,
  May-August, September-December; of a month, days 1-10, 11-20, 21-end; of a quarter
  or season, its months; of a week, Mon-Tue, Wed-Thu, Fri-Sun. "The beginning of"
  reads as "early". "later this <period>" runs from the reference to the period's end.
- Seasons are meteorological (summer = June-August) and flip for zones that observe
  daylight saving time in January or lie in a short list of southern zones.
- Parts of the day end at: morning 12:00, afternoon 18:00, evening and night 23:59:59,
  lunchtime 14:00, close of business 17:00, midnight 23:59:59 of that day. A bare time
  ("by 5pm") is its next occurrence after the moment of speaking (said at 10:00, "at 10
  a.m." is tomorrow's). A zone word after a time ("5pm ET", "17:00 CET") makes the whole
  phrase read on that zone's calendar.
- Business days skip Saturdays and Sundays (not public holidays); counted from a
  weekend they start from the Friday before.
- A span may count from a date that follows it: "two weeks before Christmas", "a week
  from Friday", "the day after Christmas". A span tied to an event we cannot date
  ("within two weeks of the election") makes the whole text unreadable (None): any
  date we printed would be a guess. A phrase after "after", "from", "since" or "every"
  is open-ended and is ignored, and so is "as soon as <event>".
- A result more than a day before the reference is no deadline (it is in the past),
  and a fixed date that does not exist ("February 30") is refused rather than rolled.
- Every number and zone is used or the phrase is refused (issue 12): a year is any year
  datetime can hold ("31 December 2200"; "12000" is refused), a negative count ("within
  -5 days") is refused, and a number left dangling after a date ("by 1 June 123") refuses
  the phrase rather than being dropped. A zone after a time ("5pm London time", "17:00
  UTC+2", "09:00 +0200", "(e.d.t.)") makes the time that instant; region names follow
  daylight saving, "EST"/"CDT"/"BST"-style abbreviations are the fixed offsets they name.
  A zone's city alone does too ("by 9 a.m. Tokyo", "at 5pm Paris on Friday") when the
  sentence goes on as after a time; "at 5pm London Bridge station" names a place, and a
  place we know no zone of ("by 5pm Lagos.") is refused, naming it (stop 37b).
  A zone that belongs to another phrase than the chosen one is not applied to it.
  A day of the month without its suffix ("on the 14", "until the 3", "by Friday the 11",
  "by the 14 of this month", "on the 14 at 5pm") reads as with it, after "the" and before
  a stop, "of this/next month" or a clock time (stop 52); "one of the 12." is no day.
  "thru" is "through" wherever "through" is read ("Monday thru Friday").
- Several expressions in one text (see choose.py and clauses.py): a phrase in a clause
  that negates it ("not on 15 September", "instead of 1 October", "no longer") or that
  reports the past ("said on 20 March", "laid before the House on 12 June") never counts;
  nor does the size of a delay ("postponed by a week") or a span from an undated event
  when something else is left. Of the rest: definite beats vague, then an explicit
  calendar date beats spans and periods, then a phrase after a deadline word ("by",
  "until", "no later than", "extended to") beats one without, then among explicit dates,
  days and the clock times of one sentence the later (the later end of a range), then the
  longest. A lone clock time and a lone date in one sentence are one moment ("on 29
  January ... at 1:00 p.m."; a date set aside takes its time along); "to"/"and" times
  ("8:30 a.m. to 12:00 p.m.") fall due at the later.
- Refusals say why (`interpret_deadline` returns a `Refusal`): "earliest" for words that
  give only a start ("not before June", "not until 2027", "on and after 3 June", "from
  <date>" alone, "embargoed until"), which carries that start, but a "from"/"as of" that
  says when a one-off change takes effect ("take effect from 1 April", "shall apply from",
  "will be abolished as of") is its deadline (tests/data/deadlines/CONVENTIONS.md 3.1);
  "negated" (also "has no public events tomorrow", "postponed to a later date"), "past",
  "event" (also "Once <event>, X has up to two months to"), "recurring"
  ("each complaint ... within five working days", "Monday through Friday"), "number",
  "zone" and "no_act" (a time that dates no act: "the plan covers 2014"). A deadline
  before a stated earliest ("by 2020 ... not until 2027") is contradicted and dropped. A
  span from a past anchor ("for ten weeks from last April") is "past".
- Fiscal years are named by the calendar year they end in ("FY27", "FY 2026/27", "the
  2025-26 financial year") and end on `fiscal_year_end` (month, day); by default that of
  the zone's country: 31 March GB, 30 June AU, 30 September US, else 31 December.
  "the first half of <month>" is days 1-15, "the second week of <month>" days 8-14,
  "the week commencing <day>" runs to that week's Sunday, "the new week" is the week
  starting next Monday (this week when said on a Monday). "Q1 FY26" is the first
  quarter of that fiscal year. "the coming year" said in the last month of a calendar or
  fiscal year is the year that starts next ("During the coming year we will ..." of 30
  March in London: to 31 March next year); elsewhere a year from the moment of speaking.
- More calendar forms (after the three real sets): a range of days in one month
  ("September 25-26, 2025", "8 to 10 September") or of months ("August and September",
  "December to February") falls due at its later end; "the second Tuesday of
  September", "the last Friday of the month", "the first working day of October";
  decades ("in the 2030s", "by the mid-2030s": early 0-2, mid 3-6, late 7-9); "the turn
  of the year" is its end; "in the new year" is early next year (vague), "by the new
  year" New Year's Day; a season or month keeps a year written after it ("the spring of
  2027"); "17.00" is a clock time only with minutes 00/15/30/45/59 and never beside an
  amount; "2400 hours" is that day's midnight; "a week on Tuesday" is Tuesday week; a
  span from "publication in the Federal Register" (or Official Journal, Gazette) counts
  from the reference, the day the notice is published. Also: lists of days ("3, 4 and
  5 March"), "<weekday> of next week", "the week after next", "the first few months
  of", "the next week or two", "the first/last working day of <month>", "between now
  and 2030", "pushed back / brought forward / rescheduled to", the UK tax year (ends 5
  April on a server whose fiscal year ends 31 March), "to-day"/"to-morrow" (old
  Hansard), "3 p.m. Pacific" (a US region without "time"), "one minute after 11:59
  p.m. ... on <date>" (00:00 the day after), more public holidays. Academic, school and
  sporting years ("2026/27 academic year") are no fiscal years, and "the second half of
  the decade" no half of this year: they are left unread; a split one after a time word
  ("during academic year 2025 to 2026", "in the 2019/20 summer season") is refused as a
  number unread, never read as its first year (stop 68).
- More cues about the clause (clauses.py): a past verb, regular ones too, beside a
  year-less date or a bare weekday makes it the past one ("the consultation, which
  closed on 3 March", "stocks fell on Tuesday"), as does "my letter of <date>" or a
  bracket for a year-less date over half a year ahead; a date followed by its own
  delay or cancellation ("due on Monday, had been delayed", "scheduled for 19 April
  was") or being replaced ("substitute 1 October for 1 July") is dropped; a date in an
  "if"/"unless" clause without a deadline word is the condition ("when" is the time); a
  time both denied and promised is refused ("event"); a span with no time word in front
  ("one week between now and the recess", "our debate on 42 days") is an amount, not a
  deadline, unless it is time given to act ("has 30 days to appeal"); a vague
  word before an event ("immediately after the Urgent Question") waits for it; "Today,
  on 13 September, we are publishing ..." is the dateline, not the deadline; a clock time
  in a name ("the Ten o'Clock Rule") is no time; rules "on any legislative day" and a
  year-less date "each year" are recurring; "no plans to", "refused to say" negate. A
  wire dateline ("WASHINGTON, March 12 (Reuters) - ") is when the story was written; a
  trailing attribution (", the majority leader said.") is not the tense of the date
  before it; a past verb before "and <verb>" does not reach the next verb. Days of a
  schedule ("to-morrow, ... on Thursday, and ... on Friday") fall due at the last; a
  clock time given elsewhere for the chosen day ("on April 9, from 9 a.m. to noon") is
  when on that day.
- The readings each tuning round added since round 4 (after the third fresh set), in
  order, are listed in rounds.py.
- `precision` is how finely the words pin the moment, for display: "minute"/"hour" for
  clock times and exact spans, "day" for days and counted spans, and otherwise the unit
  the words name ("the end of the month" is "month", "early 2026" is "year", "Q3" and
  seasons are "quarter", a vague "few weeks" is "week", "soon" is "month").

The time zone may be an IANA name or a ZoneInfo. An unknown zone name raises ValueError,
as does a naive reference: both are programming errors, so callers should validate a
zone name where it is entered. The *text*, which comes from users, never raises.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Final, cast
from zoneinfo import ZoneInfo

from bot.core.deadlines import (
    announced_later,
    bare,
    citations,
    conditions,
    cut_over,
    days_long,
    delayed_by,
    if_not,
    misread,
    moved_named,
    or_asap,
    owned_day,
    second_looks,
    window_open,
    written_on,
)
from bot.core.deadlines.choose import (
    FLOOR_SLACK,
    Outcome,
    check_reference,
    read_outcome,
    reading_context,
)
from bot.core.deadlines.fiscal import default_fiscal_year_end, parse_fiscal_year_end
from bot.core.deadlines.holidays import HOLIDAYS, Holiday
from bot.core.deadlines.model import (
    DEADLINE_EXAMPLES,
    Deadline,
    Precision,
    Refusal,
    RefusalKind,
)
from bot.core.deadlines.written_on import parse_said_on
from bot.core.deadlines.zone_words import ZONES_BY_WORD

# The zone words the parser reads after a clock time, lower case ("utc", "edt", "jst",
# "london"): for readers of other texts that must tell a zone from a name.
ZONE_WORDS: frozenset[str] = frozenset(ZONES_BY_WORD)

__all__ = [
    "DEADLINE_EXAMPLES",
    "HOLIDAYS",
    "Deadline",
    "Holiday",
    "Precision",
    "Refusal",
    "ZONE_WORDS",
    "default_fiscal_year_end",
    "interpret_deadline",
    "parse_deadline",
    "parse_fiscal_year_end",
    "parse_said_on",
]


# --------------------------------------------------------------------------------------
# Public API.


def parse_deadline(
    text: str,
    reference: datetime,
    tz: str | ZoneInfo = "UTC",
    *,
    day_first: bool = True,
    fiscal_year_end: tuple[int, int] | None = None,
) -> Deadline | None:
    """Read the time frame in `text`, said at `reference`, on the calendar of `tz`.

    None means "no time frame we can state": the bot then stores the pledge without a
    deadline and schedules review reminders instead. See the module docstring for the
    conventions; they are the product's definition of what deadline words mean.
    """
    found = interpret_deadline(
        text, reference, tz, day_first=day_first, fiscal_year_end=fiscal_year_end
    )
    return found if isinstance(found, Deadline) else None


def interpret_deadline(
    text: str,
    reference: datetime,
    tz: str | ZoneInfo = "UTC",
    *,
    day_first: bool = True,
    fiscal_year_end: tuple[int, int] | None = None,
) -> Deadline | Refusal | None:
    """As `parse_deadline`, but says why time words hold no deadline (a `Refusal`).

    `fiscal_year_end` is the (month, day) the server's fiscal year ends on; by default
    the one of the zone's country (`default_fiscal_year_end`).
    """
    check_reference(reference)
    fast = bare.read(text, reference, tz, day_first, fiscal_year_end) if bare.FAST else None
    if fast is not None:
        return fast  # the text is one bare phrase: bare.py
    hidden = misread.hide(text)  # the modal "may", "Christmas Island", a wire tag: misread.py
    found = _interpret(hidden, reference, tz, day_first, fiscal_year_end)
    if found is None or (hidden == text and (isinstance(found, Deadline) or found.words in text)):
        return found  # most texts: a phrase's words are already cut from the text as written
    return misread.own_words(found, hidden, text)  # shown: the member's words (refusals' too)


# Later words that replace the reading chosen, tried in this order (each module says how):
_REREADS: Final = (
    moved_named.reread,  # "will postpone the 9 December vote until next week" (stop 56)
    delayed_by.reread,  # "delayed by a week from ... 15 December" (stop 58)
    cut_over.reread,  # "before 31 January ... on or after this date" (stop 59)
    or_asap.reread,  # "On the 18th, or as soon as possible thereafter" (stop 58)
    if_not.reread,  # "the 18th but, if not, then the following week" (stop 58)
    days_long.reread,  # "a three-day summit to begin August 4" (stop 60)
    window_open.reread,  # "The two-hour window for liftoff opens 5:16 p.m." (stop 61)
    owned_day.reread,  # "In relation to Wednesday's business, ... sit at 9.30 a.m." (stop 61)
    announced_later.reread,  # "I am today announcing that the scheme will open in April" (s63)
)


def _interpret(
    text: str,
    reference: datetime,
    tz: str | ZoneInfo,
    day_first: bool,
    fiscal_year_end: tuple[int, int] | None,
) -> Deadline | Refusal | None:
    """`interpret_deadline` of a text with its look-alikes hidden (misread.py)."""
    if (cited := citations.split(text)) is not None:  # "“...”.—[Official Report, 9/2/26]"
        return written_on.quoted(
            cited, reference, tz, day_first, fiscal_year_end, interpret_deadline
        )
    settled, told = written_on.after_dateline(  # "(Monday, 7 December 2026) - ... by Friday"
        text, reference, tz, day_first, fiscal_year_end, interpret_deadline
    )
    if settled:
        return told
    fy_end = fiscal_year_end or default_fiscal_year_end(tz)
    try:
        ctx = reading_context(reference, tz, day_first, past=False, fy_end=fy_end)
        found = read_outcome(text, ctx, FLOOR_SLACK)
        if found is not None and found.cand is not None:
            found = second_looks.revisit(text, found, ctx)
        if found is not None:  # not a bare possibility (second_looks)
            found = conditions.revisit(text, found, ctx)  # overnight.py, then conditions.py
        for reread in _REREADS:
            if found is not None and (again := reread(text, found, ctx)) is not None:
                found = again
        if found is None:
            return None
        if found.cand is None:
            return _refused(found, reference)
        return bare.deadline_of(found.cand.res, reference, found.matched, found.reason)
    except OverflowError:
        return None  # a reference at the very edge of datetime's range, plus a span


def _refused(found: Outcome, reference: datetime) -> Refusal | None:
    kind = cast(RefusalKind, found.refusal)
    earliest = None
    if found.start is not None:
        earliest = found.start.astimezone(UTC)
        if earliest < reference - timedelta(days=1):
            kind = "past"  # "for ten weeks from last April": it started in the past
            earliest = None
    return Refusal(kind=kind, words=found.matched, reason=found.reason, earliest=earliest)
