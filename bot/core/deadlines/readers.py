"""Rule readers: the text a rule matched -> what it means."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Final

from dateutil.relativedelta import relativedelta

from bot.core.deadlines import (
    after_start,
    agenda,
    coming_year,
    date_ranges,
    durations,
    hhmm,
    hour_range,
    looked_back,
    naming,
    night_hours,
)
from bot.core.deadlines.context import (
    INVALID,
    PAST,
    SKIP,
    Ctx,
    Hit,
    Res,
    Span,
    TimeOfDay,
    add_months,
    day_number,
    day_res,
    month_of,
    nearest_century,
    number_of,
    occurrence_of,
    shift_day,
    span_of,
    unit_of,
    valid,
    year_of,
)
from bot.core.deadlines.early_day import early_part
from bot.core.deadlines.holiday_reader import read_holiday
from bot.core.deadlines.holidays import (
    HOLIDAY_BY_NAME,
)
from bot.core.deadlines.model import (
    Precision,
)
from bot.core.deadlines.periods import read_period, read_period_end
from bot.core.deadlines.vocabulary import (
    DAY_PARTS,
    FULL_WEEKDAYS,
    ORDINAL_WORDS,
    SMALL,
    WEEKDAYS,
    count_of,
)
from bot.core.deadlines.words import DOM_BARE_AT, MONTH, WEEKDAY_OR_SHORT

# --------------------------------------------------------------------------------------
# Rule readers: matched text -> Res.

_SPACES: Final = re.compile(r"\s+")  # compiled once, not looked up in re's cache per phrase
_THE_OR_SPACES: Final = re.compile(r"^the\s+|\s+")
_MINUTES_END: Final = re.compile(r"\s+minutes$")


def _read_iso(m: re.Match[str], hit: Hit, ctx: Ctx) -> Res:
    year, month, day = int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])
    if not valid(year, month, day):
        return INVALID
    found = date(year, month, day)
    if m["iso_h"] is None:
        return day_res(found, ctx)
    hour, minute, second = int(m["iso_h"]), int(m["iso_mi"]), int(m["iso_s"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return INVALID
    zone: tzinfo = ctx.zone
    if z := m["iso_z"]:
        if z == "z":
            zone = UTC
        else:
            digits = z[1:].replace(":", "")
            offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            if offset >= timedelta(hours=24):
                return INVALID
            zone = _fixed_zone(-offset if z[0] == "-" else offset)
    due = datetime(year, month, day, hour, minute, second, 0, zone)  # by position: faster
    return Res(due=due, precision="minute")


@lru_cache(maxsize=64)
def _fixed_zone(offset: timedelta) -> tzinfo:
    return timezone(offset)


def _read_numeric(a: int, b: int, year: int | None, ctx: Ctx) -> Res:
    if a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        month, day = a, b
    elif a <= 12 and b <= 12:
        day, month = (a, b) if ctx.day_first else (b, a)
    else:
        return INVALID
    if year is None:
        found = occurrence_of(month, day, ctx)
        return INVALID if found is None else day_res(found, ctx)
    if not valid(year, month, day):
        return INVALID
    return day_res(date(year, month, day), ctx)


def _read_numdate(m: re.Match[str], hit: Hit, ctx: Ctx) -> Res:
    year = int(m["nd_y"])
    year = nearest_century(year, ctx.today.year) if year < 100 else year
    return _read_numeric(int(m["nd_a"]), int(m["nd_b"]), year, ctx)


def _read_numdate_short(m: re.Match[str], hit: Hit, ctx: Ctx) -> Res | None:
    # "24/7" and "1/2" are not dates unless the words around say so ("by 28/4", an
    # agenda's "28/4: Commission to adopt ...").
    if not (
        hit.pre
        or hit.whole
        or agenda.dated_line(m.string, m.start(), m.end())
        or agenda.bracket_list(m.string, m.start(), m.end())
    ):
        return None
    return _read_numeric(int(m["ns_a"]), int(m["ns_b"]), None, ctx)


def _read_calendar_date(
    month: int, day: int, year: int | None, ctx: Ctx, weekday: str | None = None
) -> Res:
    if year is None:
        found = occurrence_of(month, day, ctx)
        if found is None:
            return INVALID
        if weekday and not ctx.past:
            return _agreeing(found, WEEKDAYS[weekday.rstrip(".")[:3]], ctx)
        return day_res(found, ctx)
    if not valid(year, month, day):
        return INVALID
    return day_res(date(year, month, day), ctx)


def _agreeing(found: date, weekday: int, ctx: Ctx) -> Res:
    """ "Thursday 14 August" said on 18 August 2025: the date with that weekday is four days
    ago, so the words are about the past, not 14 August 2026 (a Friday)."""
    if found.weekday() == weekday:
        return day_res(found, ctx)
    if valid(found.year - 1, found.month, found.day):
        before = found.replace(year=found.year - 1)
        if before.weekday() == weekday and (ctx.today - before).days < 366:
            return PAST
    return day_res(found, ctx)


def _read_mdy(m: re.Match[str], hit: Hit, ctx: Ctx) -> Res | None:
    year = year_of(m, "md", ctx)
    # "we may first ask", "march second": verbs before an ordinal word are no date.
    if (
        m["md_m"].startswith(("may", "mar"))
        and not m["md_d"][0].isdigit()
        and not (hit.pre or hit.whole or year is not None)
    ):
        return None
    month, first = month_of(m["md_m"]), day_number(m["md_d"])
    if m["md_d2"]:
        return _day_range(month, first, day_number(m["md_d2"]), year, ctx)
    return date_ranges.ranged(
        m, _read_calendar_date(month, first, year, ctx, m["md_wd"]), year, ctx
    )


def _read_dmy(m: re.Match[str], hit: Hit, ctx: Ctx) -> Res | None:
    if not m["dm_d"][0].isdigit() and not m["dm_of"]:
        return None  # "a second march" is no date; "the second of March" is
    month, day, year = month_of(m["dm_m"]), day_number(m["dm_d"]), year_of(m, "dm", ctx)
    if m["dm_d0"]:
        return _day_range(month, day_number(m["dm_d0"]), day, year, ctx)
    return date_ranges.ranged(m, _read_calendar_date(month, day, year, ctx, m["dm_wd"]), year, ctx)


def _day_range(month: int, first: int, last: int, year: int | None, ctx: Ctx) -> Res:
    """ "September 25-26, 2025", "8 to 10 September": due on the later day, from the first."""
    if first >= last:
        return INVALID
    end = _read_calendar_date(month, last, year, ctx)
    if end.day is None or not valid(end.day.year, month, first):
        return end
    return replace(end, earliest=ctx.start_of(end.day.replace(day=first)))


# An ordinal that numbers a place or a rank is no day of the month: "at the 23rd street
# entrance", "the 5th avenue gate", "the 12th district", "on the 3rd platform" (the scanner
# already passes "the 21st century", "the 5th floor", "the 2nd round").
_ORDINAL_OF_PLACE: Final = re.compile(
    r"[\s-]+(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|drive|square|storey|story"
    r"|level|grade|ward|district|precinct|division|battalion|regiment|brigade|fleet|army"
    r"|corps|row|gate|terminal|entrance|exit|platform|pier|berth|dock|hole|inning|lap|stage"
    r"|seed|pick|position|generation|circuit|parallel|meridian|century|centurie)s?\b"
)


# The words a day of the month without its suffix must follow ("on the 14", "until the 3",
# "no later than the 20"), when no weekday comes before it and no "of this month" after it:
# "among the 27." or "one of the 12." counts members, not days (words.DOM_BARE).
_BARE_DOM_LEADS: Final = frozenset(
    "by on until till til before through thru than from after due".split()
)
# "approved by the 27.": a passive's agent, a body of that many members, or a deadline
# ("will be decided by the 14."): the number is refused, neither read nor dropped
# (a participle in "-ed", not "need" or "proceed", perhaps with an adverb: "backed unanimously by")
_AGENT_BEFORE: Final = re.compile(r"\b[a-z]+[^e\W]ed\s+(?:[a-z]+ly\s+)?$")
# the clock time that may follow a bare day with no word before it ("the 14 at noon")
_AT_TIME: Final = re.compile(DOM_BARE_AT)
# the word right before such a day, when there is one: "meet with the 12 at 5pm", "brief the
# 27 at noon" count people, and a day is read only at the head of its clause ("The 14 at 5pm
# is the deadline") or after a word that leads in one (_BARE_DOM_LEADS)
_WORD_BEFORE: Final = re.compile(r"\b([a-z]+)\s+$", re.I)


def _read_dom(m: re.Match[str], hit: Hit, ctx: Ctx) -> Res | None:
    if m["dom_ow"]:
        return _day_in_words(m, hit, ctx)
    if not (m["dom_the"] or hit.pre or hit.whole):
        return None
    if not (m["dom_sfx"] or m["dom_rel"] or m["dom_wd"]):  # "on the 14" (words.DOM_BARE)
        lead = hit.pre.split()[-1] if hit.pre.strip() else ""
        if not (lead or hit.whole or _AT_TIME.match(m.string, m.end())):
            return None  # "one of the 12."
        if not lead and not hit.whole:
            before = _WORD_BEFORE.search(m.string, max(0, hit.start - 30), hit.start)
            if before is not None and before.group(1).lower() not in _BARE_DOM_LEADS:
                return INVALID  # "meet with the 12 at 5pm": a count, refused, not read
        if lead and lead not in _BARE_DOM_LEADS:
            return INVALID  # "within the 14 at 5pm": neither read nor dropped beside the time
        if lead == "by" and _AGENT_BEFORE.search(m.string, 0, hit.start) is not None:
            return INVALID
    if not m["dom_rel"] and _ORDINAL_OF_PLACE.match(m.string, m.end()) is not None:
        return None
    return _next_day_numbered(int(m["dom_d"]), m["dom_rel"], ctx)


# a clock time right before the lead of a day in words ("at 5 p.m. on the fourth")
_CLOCK_BEFORE: Final = re.compile(
    r"(?:[ap]\.?\s?m\.?|noon|midday|midnight|o'?clock|[0-9][:.][0-9]{2})\s+$"
)
_AT_CLOCK: Final = re.compile(r",?\s+at\s")  # "on the fourth, at 5 p.m." too


def _day_in_words(m: re.Match[str], hit: Hit, ctx: Ctx) -> Res | None:
    """ "on the fourth at 5 p.m.", "at 5 p.m. on the fourth": a day of the month in words,
    read only after "on"/"by"/"until" and beside a clock time, where "the fourth" is no
    fourth thing (stop 56: the day was dropped and the time read as today's)."""
    pre = hit.pre.split()
    if not pre or pre[-1] not in ("on", "by", "until", "till"):
        return None
    if not (
        _AT_CLOCK.match(m.string, m.end())
        or _CLOCK_BEFORE.search(m.string, max(0, hit.start - 16), hit.start)
    ):
        return None
    return _next_day_numbered(ORDINAL_WORDS[_SPACES.sub(" ", m["dom_ow"])], None, ctx)


def _next_day_numbered(day: int, rel: str | None, ctx: Ctx) -> Res | None:
    """The day `day` of this month or the next that has it (of next month with `rel`)."""
    if not 1 <= day <= 31:
        return INVALID
    first = ctx.today.replace(day=1)
    if rel == "next":
        month_start = first + relativedelta(months=1)
        if not valid(month_start.year, month_start.month, day):
            return INVALID
        return day_res(month_start.replace(day=day), ctx)
    step = -1 if ctx.past else 1
    for i in range(13):
        month_start = first + relativedelta(months=step * i)
        if valid(month_start.year, month_start.month, day):
            found = month_start.replace(day=day)
            if (found <= ctx.today) if ctx.past else (found >= ctx.today):
                return day_res(found, ctx)
    return INVALID


def _read_weekday(m: re.Match[str], hit: Hit, ctx: Ctx) -> Res | None:
    name = m["wd"].rstrip(".")
    rel = _SPACES.sub(" ", found) if (found := m["wd_rel"]) else ""  # most have none
    rel = rel or ("coming" if m["wd_next"] else "")  # "Thursday next": the coming one
    if name not in FULL_WEEKDAYS and not (rel or hit.pre or hit.whole):
        return None  # "sat", "sun", "wed" are words too
    weekday = WEEKDAYS[name[:3]]
    today = ctx.today
    if ctx.past:
        if rel or m["wd_wk"] or m["wd_week"]:
            return None
        return day_res(today - timedelta(days=(today.weekday() - weekday) % 7), ctx)
    ahead = (weekday - today.weekday()) % 7
    if rel in ("coming", "this coming", "the coming", "the next", "the following", "following"):
        ahead = ahead or 7
    elif rel == "next" or m["wd_wk"] in ("next", "the following"):
        ahead = 7 - today.weekday() + weekday
    if m["wd_week"]:
        # "Monday week" said on a Monday is a fortnight on: that day's own week ahead is "a
        # week today" (stop 59)
        ahead += 7 if ahead or rel else 14
    elif not (rel or m["wd_wk"]) and (
        begun := after_start.start_day(m.string, m.start("wd"), today, ctx.day_first)
    ):
        ahead = (after_start.on_or_after(begun, weekday) - today).days  # "start on Monday, to
        # be completed on Friday": the Friday after that Monday (after_start.py)
    # built whole (day_res with its part): replace() is interpreted Python
    return day_res(today + timedelta(days=ahead), ctx, part=early_part(m.string, hit))


def _read_dayword(m: re.Match[str], hit: Hit, ctx: Ctx) -> Res | None:
    if naming.day_to_day(m.string, m.start("dw")):
        return None  # "on a day-to-day basis"
    word = _SPACES.sub(" ", m["dw"]).replace("to-", "to")  # "to-day" in old Hansard
    if naming.generation(m.string, m.start("dw"), m.end("dw"), word):
        return None  # "the First Nations leaders of tomorrow" (stop 59)
    later = word.startswith("later ")  # "later today", "later this evening": a vague window
    word = word.removeprefix("later ")
    part = None
    if word.startswith("this day "):  # "this day fortnight", "this day week"
        offset = 14 if word.endswith("fortnight") else 7
    elif word.startswith("this "):
        offset, part = 0, word[5:]
    elif word in ("tonight", "tonite", "overnight"):
        offset, part = 0, "night"
    elif word == "today" or word.endswith(("publication", "register", "journal", "gazette")):
        offset = 0
    elif "after" in word or word == "overmorrow":
        offset = 2
    else:
        offset = 1
    if ctx.past and offset:
        return None
    part = part or early_part(m.string, hit)  # "early tomorrow": its morning (early_day)
    day = ctx.today + timedelta(days=offset)  # built whole, as in _read_weekday
    if later:
        return Res(ctx.end_of(day), "day", vague=True, earliest=ctx.reference, day=day, part=part)
    return day_res(day, ctx, part=part)


def part_time(part: str) -> TimeOfDay:
    p = DAY_PARTS[part]
    return TimeOfDay(p.end, p.typical, p.start, p.precision)


def _read_time(m: re.Match[str], hit: Hit, ctx: Ctx) -> Res | None:
    if "tm_sp_h2" in m.re.groupindex and m["tm_sp_h2"] and not (hit.pre or hit.whole):
        return None  # "three this afternoon" wants "at"/"by" in front: "one in the morning"
    if (
        "tm_sep" in m.re.groupindex
        and m["tm_sep"] == "."
        and m["tm_m24"] not in ("00", "15", "30", "45", "59")
        and not hhmm.dotted_clock(m.string, m.start("tm_h24"), m.end("tm_m24"))
    ):
        # "at 17.00" is a time; "by 2.50" is not: a number we cannot place, so a phrase
        # right beside it is refused rather than read without it.
        raise ValueError(m["tm_h24"])
    if "tm_rg2" in m.re.groupindex and (m["tm_rg2"] or m["tm_bh"]):  # "at 9 on Friday" too
        return hour_range.read(m, hit, _bare)
    tod = _time_of_day(m)
    if tod is None:
        return INVALID
    return Res(due=None, precision=tod.precision, tod=tod)


def _time_of_day(m: re.Match[str]) -> TimeOfDay | None:
    if "tm_word" not in m.re.groupindex:
        return _clock_time(m)
    if word := m["tm_word"]:
        word = _THE_OR_SPACES.sub(" ", word).strip()
        if len(word) <= 6 and word[1:2] == ".":  # "c.o.b." is "cob"
            word = word.replace(".", "")
        if word.endswith(" noon") or word in ("noon", "midday"):  # not "afternoon"
            key = "noon"
        elif word.startswith("lunch"):
            key = "lunch"
        elif word in ("cob", "eob") or any(w in word for w in ("business", "working", "play")):
            key = "cob"  # close of business, end of the business day, close of play
        elif word == "eod" or word.endswith("day"):
            key = "eod"
        else:
            key = word
        return part_time(key)
    minute = second = 0
    if m["tm_ampm"] or m["tm_ampm2"]:
        second = int(m["tm_s"] or 0)  # "12:45:29 a.m.": a launch time to the second
        hour = int(m["tm_h"]) if m["tm_h"] else SMALL[m["tm_hw2"]]
        if m["tm_hn2"] and int(m["tm_hn2"]) != hour:
            return None  # "NINE (10) A.M." contradicts itself
        minute = int(m["tm_m"] or 0)
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if (m["tm_ampm"] or m["tm_ampm2"])[0] == "p" else 0)
    elif m["tm_h24"]:
        hour, minute = int(m["tm_h24"]), int(m["tm_m24"] or 0)  # "18h": hhmm
        if m["tm_s24"]:  # "at 12:45:29": to the second, as "12:45:29 a.m." is
            if m["tm_sep"] != ":":
                return None
            second = int(m["tm_s24"])
        if hour == 24 and minute == 0:
            return part_time("midnight")
        if len(m["tm_h24"]) == 1 and 1 <= hour <= 6:
            hour += 12  # "interrupted at 6.30", "suspended until 2.45": a sitting day's afternoon
    else:
        raw = m["tm_hw"]
        hour = count_of(raw)
        part = m["tm_part"] or night_hours.night_after(m.string, m.end())
        if not 1 <= hour <= 12:
            return None
        if "night" in part and hour == 12:
            return part_time("midnight")  # "12 o'clock to-night": night_hours.py
        if "night" in part and hour < 6:
            pass  # "one o'clock tonight", "two o'clock at night": the small hours (stop 56)
        elif "afternoon" in part or "evening" in part or "night" in part:
            hour = hour % 12 + 12
        elif "morning" in part:
            hour %= 12
        else:
            return _bare(hour, 0)
    return _at(hour, minute, second)


def _bare(hour: int, minute: int) -> TimeOfDay | None:
    """An hour with no a.m./p.m. and no part of the day. On a named day, 1 to 7 are the
    afternoon ("five o'clock" in a pledge is teatime, "7 o'clock" the evening); alone, it
    is whichever reading comes first (daytimes.next_bare)."""
    tod = _at(hour + 12 if hour < 8 else hour, minute)
    if tod is not None and hour != 12:
        tod.either = True
    return tod


def _spoken(m: re.Match[str]) -> TimeOfDay | None:
    """ "half past three", "a quarter to five", "3 in the afternoon", "three this afternoon"."""
    raw = m["tm_sp_h"] or m["tm_sp_h2"]
    hour = count_of(raw)
    if not 1 <= hour <= 12:
        return None
    part = m["tm_sp_part"] or m["tm_sp_part2"] or m["tm_sp_looka"] or m["tm_sp_lookb"] or ""
    minute = 0
    if words := m["tm_sp_min"]:
        word = _MINUTES_END.sub("", words.removeprefix("a ").strip())
        minute = {"half": 30, "quarter": 15, "five": 5, "ten": 10, "twenty": 20}.get(word, 0) or (
            25 if word.startswith("twenty") else int(word)
        )
        if minute >= 60:
            return None
        if m["tm_sp_dir"] in ("to", "before"):
            hour, minute = hour - 1, 60 - minute
    if part.startswith(("p", "afternoon", "evening", "night")) or any(
        w in part for w in ("afternoon", "evening", "night")
    ):
        hour = hour % 12 + 12
    elif "morning" in part or part.startswith("a"):
        hour %= 12
    else:  # as with "o'clock": "half past three" in a pledge is the afternoon
        return _bare(hour, minute) if hour else _at(12, minute)
    return _at(hour % 24, minute)


def _clock_time(m: re.Match[str]) -> TimeOfDay | None:
    if m["tm_sp_h"] or m["tm_sp_h2"]:
        return _spoken(m)
    if m["tm_next_day"]:
        return TimeOfDay(time(0), time(0), None, "minute", days=1)
    digits = m["tm_mil"].replace(".", "").replace(":", "")  # "18.00 hours": hhmm.CLOCK
    if digits == "2400":  # "through 2400 hours, A.l.t., December 31": its midnight
        return part_time("midnight")
    return _at(int(digits[:2]), int(digits[2:]))


def _at(hour: int, minute: int, second: int = 0) -> TimeOfDay | None:
    if hour > 23 or minute > 59 or second > 59:
        return None
    when = time(hour, minute, second)
    return TimeOfDay(when, when, None, "minute" if minute or second else "hour")


# "on" after a span counts from a day ("a week on Tuesday", "a year on from the vote"); after
# "within", before a noun phrase that is no day, it names a topic ("talks within a month on
# Israel's demand", "a decision within a week on the budget"): the span counts from now
# (stop 37b)
_ON_TOPIC: Final = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?!(?:from|since|after|today|tomorrow|tonight"
    r"|the|next|this|christmas|easter|new)\b|" + WEEKDAY_OR_SHORT + r"\b|" + MONTH + r")[a-z]{2,}"
)


# only a span led in as a time from now ("within a month on"); not "377,000 hours on the
# job", "30 working days on the file" (a quantity, a place)
_WITHIN: Final = re.compile(r"\b(?:within|in)\s*$")


def read_span(m: re.Match[str], hit: Hit, ctx: Ctx) -> Res | None:
    if ctx.past:
        return None  # "in two weeks" cannot be when something was said
    if durations.measure_of(m.string, m.end()):
        return None  # "apply for 30 hours free childcare": a quantity, no time
    if looked_back.open_ended(m.string, m.end()):
        return None  # "over the next decade or more": no end to check (stop 56)
    if m["sp_unit_the"] and not (hit.pre or hit.whole):
        return None  # "within the hour" is a span; "the hour is late" is not
    if m["sp_n"] and m["sp_unit"] and (clock := hhmm.hours_clock(m["sp_n"], m["sp_unit"], hit.pre)):
        # "at 18.00 hours": a clock, not eighteen hours on; "24.00 hours" is the day's end
        tod = part_time("midnight") if clock == (24, 0) else _at(*clock)
        return None if tod is None else Res(due=None, precision=tod.precision, tod=tod)
    if (
        m["sp_unit1"] == "year"
        and m["sp_next1"] in ("coming", "upcoming")
        and not m["sp_or1"]
        and (end := coming_year.next_year_end(ctx)) is not None
    ):
        return day_res(end, ctx)  # "the coming year" said as one is about to begin
    if one := m["sp_unit1"] or m["sp_unit_same"] or m["sp_unit_rel"] or m["sp_unit_the"]:
        value, unit, low = 1.0, unit_of(one), None
        if or_ := m["sp_or1"]:  # "the next week or two"
            low, value = 1.0, float(SMALL.get(or_) or or_)
    else:
        number = number_of(m["sp_n"])
        if number is None:
            return None
        value = number
        low = None
        if m["sp_n2"]:
            high = number_of(m["sp_n2"])
            if high is None:
                return None
            low, value = min(value, high), max(value, high)
        if m["sp_half"]:
            value += 0.5
        if (or_ := m["sp_or"]) and or_ != "so":
            low, value = value, max(value, float(SMALL.get(or_) or or_))
        unit = unit_of(m["sp_unit"])
    relation = None
    rel = m["sp_rel"] or m["sp_rel1"]
    if rel == "on" and _WITHIN.search(hit.pre) and _ON_TOPIC.match(m.string, m.end()):
        rel = None  # "open talks within a month on Israel's demand": the talks' topic
    if rel:
        relation = "before" if rel.startswith(("before", "prior", "ahead", "in")) else "after"
    span = span_of(value, unit, relation)
    if span is None:
        return None
    if relation:
        return Res(due=None, precision="day", span=span)
    res = apply_span(ctx.reference, ctx.today, span, 1, ctx)
    if low is not None and low != value:
        low_span = span_of(low, unit)
        if low_span is not None:
            start = apply_span(ctx.reference, ctx.today, low_span, 1, ctx)
            earliest = ctx.start_of(start.day) if start.day is not None else start.due
            res = replace(res, earliest=earliest)
    return res


def apply_span(moment: datetime, day: date, span: Span, sign: int, ctx: Ctx) -> Res:
    if span.seconds and not (span.months or span.days or span.business_days):
        # exact hours, across a change of the clocks too ("72 hours of 29 October")
        due = (moment.astimezone(UTC) + sign * timedelta(seconds=span.seconds)).astimezone(
            moment.tzinfo
        )
        return Res(due=due, precision=span.precision)
    return day_res(shift_day(day, span, sign), ctx)


def _read_past(m: re.Match[str], hit: Hit, ctx: Ctx) -> Res | None:
    if not ctx.past:
        return PAST
    today = ctx.today
    if name := m["pa_wd"]:
        weekday = WEEKDAYS[name.rstrip(".")[:3]]
        return day_res(today - timedelta(days=(today.weekday() - weekday) % 7 or 7), ctx)
    if m["pa_yday"]:
        return day_res(today - timedelta(days=2 if "before" in m["pa_yday"] else 1), ctx)
    if name := m["pa_hol"]:
        holiday = HOLIDAY_BY_NAME[_SPACES.sub(" ", name.replace("'", ""))]
        for year in (today.year, today.year - 1):
            found = holiday.on(year)
            if found < today:
                return day_res(found, ctx)
        return None
    if unit_text := m["pa_unit"]:
        value = number_of(m["pa_n"])
        if m["pa_n2"]:
            value = number_of(m["pa_n2"])
        if value is None:
            return None
        span = span_of(value, unit_of(unit_text))
        if span is None:
            return None
        return apply_span(ctx.reference, today, span, -1, ctx)
    return None


_VAGUE_WINDOWS: dict[str, tuple[relativedelta, Precision]] = {
    "days": (relativedelta(days=7), "day"),
    "weeks": (relativedelta(weeks=4), "week"),
    "months": (relativedelta(months=3), "month"),
    "years": (relativedelta(years=3), "year"),
    "soon": (relativedelta(days=60), "month"),
    "now": (relativedelta(days=7), "day"),
}
# The same windows as (months, days) for add_months: adding a relativedelta to a date
# costs microseconds a phrase, and it adds nothing these windows use.
_VAGUE_STEPS: Final = {
    key: (delta.years * 12 + delta.months, delta.days)
    for key, (delta, _) in _VAGUE_WINDOWS.items()
    if delta == relativedelta(months=delta.years * 12 + delta.months, days=delta.days)
}
assert _VAGUE_STEPS.keys() == _VAGUE_WINDOWS.keys()  # every window is months and days


def _read_vague(m: re.Match[str], hit: Hit, ctx: Ctx) -> Res | None:
    if ctx.past:
        return None
    if m["vg_within"] and not hit.pre.rstrip().endswith("within"):
        return None  # "within weeks" is a vague window; "weeks" alone is just a word
    if m["vg_soon"]:
        if naming.term_adjective(m.string, m.end(), m["vg_soon"]):
            return None  # "short-term weather conditions": a kind, no window
        key = "soon"
    elif m["vg_now"]:
        key = "now"
    else:
        key = m["vg_unit"] or m["vg_unit2"] or m["vg_within"]
    precision = _VAGUE_WINDOWS[key][1]
    months, days = _VAGUE_STEPS[key]
    return Res(
        due=ctx.end_of(add_months(ctx.today, months, days)),
        precision=precision,
        vague=True,
        earliest=ctx.reference,
    )


def _read_refuse(m: re.Match[str], hit: Hit, ctx: Ctx) -> Res:
    return SKIP


READERS: dict[str, Callable[[re.Match[str], Hit, Ctx], Res | None]] = {
    "refuse": _read_refuse,
    "iso": _read_iso,
    "numdate": _read_numdate,
    "numdate_short": _read_numdate_short,
    "date_mdy": _read_mdy,
    "date_dmy": _read_dmy,
    "period": read_period,
    "period_end": read_period_end,
    "past": _read_past,
    "span": read_span,
    "vague": _read_vague,
    "holiday": read_holiday,
    "dom": _read_dom,
    "weekday": _read_weekday,
    "dayword": _read_dayword,
    "time": _read_time,
    "clock": _read_time,
}
