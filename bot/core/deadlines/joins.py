"""Which neighbouring phrases go together (issue 12): times joined into ranges, a part of
the day with its own clock time, a time between two days, "winter 2023-24"."""

from __future__ import annotations

import re
from datetime import time, timedelta
from typing import Final

from bot.core.deadlines import clauses, daily_hours, fronted, moved, sessions
from bot.core.deadlines.context import DATED, SKIP, Candidate, Ctx, Hit, Res, TimeOfDay
from bot.core.deadlines.vocabulary import DAY_PARTS, GAP_MERGE


def is_day(res: Res) -> bool:
    return res.day is not None or res.past or res.skip


def is_time(res: Res) -> bool:
    return res.tod is not None and res.due is None


_TIME_RANGE: Final = re.compile(
    r"\s*(?:-|to|and|until|till|through|thru)(?:\s+(?:ending|closing|finishing"
    # "the launch window opens at 6:23 p.m. EDT and closes at 8:01 p.m."
    r"|(?:closes|ends|finishes|runs|lasts)(?:\s+(?:at|until|till))?"
    # "Questions at 2.30 p.m. to continue to 5 p.m."
    r"|continue\s+(?:to|until|till)))?"
    # "from 6:30 a.m. until approximately 11:00 p.m.": the later end, given roughly (stop 55)
    r"(?:\s+(?:about|around|approximately|roughly|circa))?\s*"
)


_PART_THEN_CLOCK: Final = re.compile(r"\s*,?\s*")
# before the morning: a clock time then is the small hours of a night named before it; a
# part of the day from dusk on is an evening or a night
_DAWN: Final = time(6)
_DUSK: Final = time(18)


def merge_time_ranges(text: str, live: list[Hit]) -> list[Hit]:
    """ "from 8:30 a.m. to 5:00 p.m.", "12:00 Noon and 1:00 p.m.": the later time counts.
    A part of the day with its own clock time ("Sunday morning at 1:52 a.m.") is that time."""
    out: list[Hit] = []
    for hit in live:
        if out and _continues(text, out[-1], hit):
            hit.start, hit.pre = out[-1].start, out[-1].pre
            out[-1] = hit
            continue
        out.append(hit)
    return out


def _continues(text: str, prev: Hit, hit: Hit) -> bool:
    """Whether `hit`, a lone time, replaces the lone time `prev` before it."""
    first, second = prev.res, hit.res
    if first is None or second is None or first.tod is None or first.due is not None:
        return False
    if not is_time(second):
        return False
    assert second.tod is not None
    if (
        prev.kind == "time"
        and first.tod.start is not None
        and second.tod.start is None
        and (
            _PART_THEN_CLOCK.fullmatch(text, prev.end, hit.start)
            # "tomorrow morning we will meet at 10 a.m.": a clock time in the part of the
            # day, later in its clause, is that time; the part's end was read and the time
            # dropped with no warning (stop 55)
            or (
                first.tod.start <= second.tod.when <= first.tod.when
                and _TIME_THEN_DAY.fullmatch(text, prev.end, hit.start) is not None
            )
        )
    ):
        if first.tod.start >= _DUSK and second.tod.when < _DAWN:
            second.tod.days = 1  # "on Friday night at 2 a.m.": the small hours after it
        return True  # "Sunday morning at 1:52 a.m."
    if _TIME_RANGE.fullmatch(text, prev.end, hit.start) is not None:
        return True
    # "from 6.30 p.m. until 8 p.m.": the range word was read as the later time's own
    return (
        _RANGE_PRE.fullmatch(hit.pre.strip()) is not None and not text[prev.end : hit.start].strip()
    )


_PART_AFTER_DAY: Final = re.compile(r"\s*")


def part_after_day(text: str, clock: Res, day: Hit, live: list[Hit], i: int) -> bool:
    """Whether `part` (live[i]), a part of the day right after the day a clock time before it
    was joined to, is that day's ("at 2 a.m. on Friday night"): it goes with them. A night's
    small hours then fall on the next morning, as "on Friday night at 2 a.m." does
    (`_continues`; CONVENTIONS 6.4) and as the clock time is shifted here. Read apart, the
    time fell on the night's own day, a day early, with no warning (stop 57)."""
    if i >= len(live) or not is_time(clock):
        return False
    part = live[i]
    named = part.res
    if named is None or named.tod is None or named.tod.start is None or clock.tod is None:
        return False
    if named.due is not None or named.day is not None or named.skip or named.past or part.pre:
        return False  # "... September 15 through the afternoon of September 16"
    if _PART_AFTER_DAY.fullmatch(text, day.end, part.start) is None:
        return False
    if clock.tod.either:  # "at 2 on Friday night": a bare hour takes the part's reading
        _bare_in_part(clock.tod, named.tod.start)
    if named.tod.start >= _DUSK and clock.tod.when == _NOON:
        _midnight(clock.tod)  # "at 12 on Friday night": its midnight, not noon (stop 57 review)
    if named.tod.start >= _DUSK and clock.tod.when < _DAWN:
        clock.tod.days = 1
    return True


_NOON: Final = time(12)


def _midnight(tod: TimeOfDay) -> None:
    """Twelve told of a night named after its day is the night's midnight, the end of the
    day, as "12 o'clock to-night" (readers.py) and "at midnight on Friday" are."""
    part = DAY_PARTS["midnight"]
    tod.when, tod.typical, tod.start, tod.either = part.end, part.typical, part.start, False


def _bare_in_part(tod: TimeOfDay, part_start: time) -> None:
    """A bare hour (read as 1 to 7 the afternoon, readers._bare) in the part of the day named
    after its day: the small hours or the evening of a night, else the part's half of the
    day ("at 2 on Friday night" 02:00 the next morning, "at 9 on Friday evening" 21:00)."""
    when = tod.when
    hour = when.hour - 12 if 13 <= when.hour <= 19 else when.hour  # as said: 1 to 12
    if part_start >= _DUSK:
        hour = hour if hour < _DAWN.hour else hour % 12 + 12
    else:
        hour = hour % 12 + (12 if part_start >= time(12) else 0)
    tod.when = tod.typical = when.replace(hour=hour)
    tod.either = False


def day_sessions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A day's sittings: see sessions.py."""
    return sessions.settle(text, cands)


# the range word read as the later time's own, with a rough "about" after it (stop 55)
_RANGE_PRE: Final = re.compile(
    r"(?:until|till|to|through|thru)(?:\s+(?:about|around|approximately|roughly|circa))?"
)


_UNTIL_PRE: Final = re.compile(r"^(?:until|till|to|by)\b")


def belongs_after(text: str, live: list[Hit], i: int) -> bool:
    """Whether the phrase after live[i] goes with the one after it, not with live[i]:
    "adjourn today until 6 p.m. on Tuesday, 2nd December" (the time is Tuesday's), "closed
    from Friday 28 March until 9am Saturday 5 April" (the time is the later day's, stop 56),
    "adjourned at 3.15 p.m. until Wednesday, 13th July, at 3 p.m." (the day is the later
    time's)."""
    if daily_hours.kept_daily(text, live[i].start):
        return True  # "open daily from 10 a.m. to 4 p.m. until 30 June": each day's hours
    if i + 2 >= len(live):
        return False
    first, mid, last = live[i].res, live[i + 1], live[i + 2]
    if first is None or mid.res is None or last.res is None:
        return False
    if GAP_MERGE.fullmatch(text, mid.end, last.start) is None:
        return False
    if is_day(first) and is_time(mid.res) and is_day(last.res):
        # "from Friday 28 March until 9am Saturday 5 April": the clock opens the later end
        return last.pre.strip().startswith("on") or _UNTIL_PRE.match(mid.pre.strip()) is not None
    if is_time(first) and is_day(mid.res) and is_time(last.res):
        return _UNTIL_PRE.match(mid.pre.strip()) is not None
    return False


_WINTER_YEAR: Final = re.compile(r"winter\s+(?:of\s+)?([0-9]{4})$")
_NEXT_YY: Final = re.compile(r"\s*[-/]\s*([0-9]{2})(?![0-9])")


def next_winter_year(text: str, last: int) -> int | None:
    """Where "-24" ends after "winter 2023" ("winter 2023-24": the winter into 2024), or None
    when the number after the winter is not the next year."""
    year = _WINTER_YEAR.search(text, max(0, last - 16), last)
    after = _NEXT_YY.match(text, last)
    if year and after and int(after[1]) == (int(year[1]) + 1) % 100:
        return after.end()
    return None


# Between a day and a clock time of one clause: a few words, no clause boundary; or the
# bracket the time opens right after the day ("on Friday (2 p.m. London)": the day was read
# alone and the time dropped, stop 55)
_CLAUSE_GAP: Final = re.compile(r"[^.;:,()]{0,30}|\s*\(\s*")
# A clock range set off from its day by a comma or a bracket ("on Friday, 2-4 p.m.", "on
# Friday (2 to 4 p.m.)"): the range is read at its later end, so the gap runs over its
# first; read apart, the day fell due at its end and the time was dropped (stop 55)
_RANGE_GAP: Final = re.compile(
    r"\s*[,(]\s*(?:from\s+|between\s+)?[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:-|\u2013|to|and|until|till)\s*"
)


# A clause of meeting on the day, set off by a comma, before its clock time: "take the
# Committee stage on Thursday, meeting for that purpose, as I think it will be to the general
# convenience, at 12 o'clock noon" (stop 63, fresh144): the time the House meets that day.
# Read apart, the day fell due at its end and the time was dropped with no warning.
# Not past a clause of another subject ("The pool will shut on Friday, beginning the refit,
# and the contractors leave at 6 p.m.": the time is theirs; stop 63 review).
_MEETING_GAP: Final = re.compile(
    r"\s*,\s*(?:meeting|sitting|assembling|convening|starting|beginning|commencing)\b"
    r"(?:(?!,\s*(?:and|but|while|whereas)\s)[^.;:!?()]){0,100}"
)


def same_clause(text: str, day: Candidate, usable: list[Candidate], end: int = -1) -> bool:
    """The other usable phrase lies right after the day in its own clause ("on Thursday
    we meet from 10.30 a.m. to 6 p.m."), or in the sentence a day opens ("On Wednesday,
    the House will meet at 10:00 a.m."; "On Monday: ...; the Amendment ... will be
    disposed of at half-past seven", a heading's day over its line). `end` is where the
    day's words end when a second day follows it ("On Tuesday and Wednesday, ...")."""
    end = day.end if end < 0 else end
    # the first other phrase (several: a day's schedule), in one pass that stops at any
    # before the day's end: sorting them all for each day made a long paste of many days
    # quadratic (stop 61: 100 kB of "by Friday, and ", 12 s of the sources here)
    after: Candidate | None = None
    for c in usable:
        if c is day:
            continue
        if c.start < end:
            return False
        if after is None or c.start < after.start:
            after = c
    if after is None:
        return False
    first = after.start
    if _CLAUSE_GAP.fullmatch(text, end, first) is not None:
        return True
    if after.kind in ("time", "clock") and (
        _RANGE_GAP.fullmatch(text, end, first) or _MEETING_GAP.fullmatch(text, end, first)
    ):
        return True
    return (
        _opens(text, day, end)
        and first - end <= 160
        and _OPENED_GAP.search(text, end, first) is None
        and (";" not in text[end:first] or text.startswith(":", end))
    )


# Between a lone clock time and the day after it in one clause: a few words, set off by
# commas or brackets at most, no sentence's stop nor a clause joined by "and" or "but"
_TIME_THEN_DAY: Final = re.compile(r"(?![^.;:!?]*\b(?:and|but|or|then|while)\b)[^.;:!?]{1,30}")


def _time_before(text: str, day: Candidate, usable: list[Candidate]) -> bool:
    """The day's only other phrase is a clock time right before it in its clause ("The vote,
    at 2 p.m., is on Friday", "The vote (at 2 p.m. GMT) is on Friday"): read apart, the day
    fell due at its end and the time was dropped with no warning (stop 55). Not a time of
    another event the act follows ("After the 9 a.m. meeting, we will vote on Friday")."""
    others: list[Candidate] = []
    for c in usable:  # at most two looked at: a long paste has thousands (stop 61)
        if c is not day:
            others.append(c)
            if len(others) > 1:
                return False
    if len(others) != 1 or others[0].kind not in ("time", "clock") or others[0].end > day.start:
        return False
    if _AFTER_PHONE.search(text, max(0, others[0].start - 16), others[0].start):
        return False  # "The helpline 0800 123 4567, 9 a.m. to 5 p.m., will close on Friday"
    if _OTHER_EVENT.search(text, max(0, others[0].start - 24), others[0].start):
        return False  # "After the 9 a.m. meeting, we will vote on Friday": the meeting's
    return _TIME_BEFORE_DAY.fullmatch(text, others[0].end, day.start) is not None


# as _TIME_THEN_DAY, with room for a clause's verb and object between a fronted time and its
# day ("By 5 p.m. the office shuts for the weekend on Friday", stop 56); not past a verb of
# speaking, whose time the fronted one is ("At 10 a.m. the minister said the vote would be
# held on Friday": CONVENTIONS 2.2, stop 56 review)
_TIME_BEFORE_DAY: Final = re.compile(
    r"(?![^.;:!?]*\b(?:and|but|or|then|while|said|says|told|tells|announced|announces"
    r"|confirmed|confirms|stated|states|revealed|reveals|wrote|writes|added|adds|explained"
    r"|insisted|warned|declared|informed|reported)\b)[^.;:!?]{1,60}"
)


# a clock time of the event another act follows or precedes, not the act's (review55b)
_OTHER_EVENT: Final = re.compile(
    r"\b(?:after|since|following|before|until|till)\s+(?:(?:the|a|an|its|their|our)\s+)?$",
    re.IGNORECASE,
)
# a phone number right before a clock time: the line's hours, no time of the day after them
_AFTER_PHONE: Final = re.compile(r"[0-9]{3,4}[-. ][0-9]{3,4}\s*[,(;\u2013-]\s*$")


NAMED_DAYS: Final = frozenset({"weekday", "dayword"})
_DAY_AND: Final = re.compile(r"\s*,?\s*and\s+")
_DAY_COMMA: Final = re.compile(r"\s*,\s*")  # a link of a list of days before its "and"


def loose_days(
    text: str, usable: list[Candidate], dated: frozenset[str]
) -> tuple[list[Candidate], list[Candidate]]:
    """The days a loose clock time may go with, and the first of two weekdays given in turn
    ("On Tuesday and Wednesday, the House will meet at 10 a.m."): the later of the two is the
    day (CONVENTIONS 6.2), and the pair opens the clause as one day would; so do the days
    before the last of a list closed by "and" ("On Tuesday, Wednesday, and Thursday, ...",
    stop 53)."""
    pair: list[Candidate] = []
    weekdays = [c for c in usable if c.kind == "weekday" and c.res.due is not None]
    run: list[Candidate] = []  # "Tuesday, Wednesday, and Thursday": days in turn, to `first`
    for first, second in zip(weekdays, weekdays[1:], strict=False):
        if not (
            first.res.due is not None
            and second.res.due is not None
            and second.res.due > first.res.due
        ):
            run = []
        elif _DAY_AND.fullmatch(text, first.end, second.start) is not None:
            pair = run if run and run[-1] is first else [first]
            break
        elif _DAY_COMMA.fullmatch(text, first.end, second.start) is not None:
            run = [*(run if run and run[-1] is first else [first]), second]
        else:
            run = []
    others = [c for c in usable if all(c is not p for p in pair)]

    def in_its_clause(day: Candidate) -> bool:
        if pair and day.start > pair[0].start and day.kind == "weekday":  # the pair's later day
            return same_clause(text, pair[0], [o for o in others if o is not day], day.end)
        return same_clause(text, day, others) or _time_before(text, day, others)

    days = [
        c
        for c in others
        if c.res.day is not None
        and not c.res.vague
        and (c.kind in dated or (c.kind in NAMED_DAYS and in_its_clause(c)))
    ]
    return days, pair


def _opens(text: str, day: Candidate, end: int) -> bool:
    """The day opens the text, or opens a clause and is set off by a comma ("Mr. Speaker,
    on Monday, the House will meet at noon"; "I will say that on Monday, ...")."""
    if not text[max(0, day.start - 40) : day.start].strip():
        return day.start < 40 or not text[: day.start].strip()
    return fronted.opens(text, day.start, end)


# between a sentence's opening day and its clock time: no sentence end, no word that
# moves the time off that day, no second act ("and the minister will speak at 9 am"), no
# verb of saying (the day is the saying's: "On Monday, the minister told reporters ...",
# "... will announce that ..."; a base form only after a modal: "the report will" is no saying)
_OPENED_GAP: Final = re.compile(
    r"(?<!\b[a-z])\.(?=\s)|[!?]|\b(?:then|after|before|until|since|following|next|last"
    r"|and(?!\s+(?:[a-z]+\s+){0,2}(?:stages?|readings?)\b)"  # "the committee and report stages"
    r"|said|says|told|tells|announced|stated|wrote|confirmed|reported|explained"
    r"|(?:will|shall|would|should|may|might|must|can|could|to)\s+(?:[a-z]+ly\s+)?"
    r"(?:say|tell|announce|confirm|state|report|explain|write|inform|declare))\b"
)


# "until Tuesday next at a quarter past four o'clock": "<weekday> next", the older British
# order, then the clock time of that day.
_NEXT_GAP: Final = re.compile(r"\s+next\s+")


def weekday_next(text: str, day: Hit, clock: Hit) -> bool:
    return (
        day.kind == "weekday"
        and clock.kind in ("time", "clock")
        and _NEXT_GAP.fullmatch(text, day.end, clock.start) is not None
    )


def part_then_clock(text: str, day: Hit, clock: Hit) -> bool:
    """A day with a part of its own ("this afternoon", "tonight") and a lone clock time within
    that part later in its clause ("This afternoon we will vote at 4 p.m."): one moment, as
    "tomorrow morning ... at 10 a.m." is (stop 55). Read apart, the part's end was chosen as
    the later end of a range and the time dropped with no warning. A time outside the part
    ("This morning we will vote at 4 p.m.") is left as it was read. A night's small hours
    are within it ("Tonight the count will finish at 2 a.m.": the next morning, stop 56)."""
    res, other = day.res, clock.res
    if res is None or other is None or res.part is None or res.day is None:
        return False
    if res.skip or res.past or res.tod is not None or not is_time(other):
        return False
    part = DAY_PARTS.get(res.part)
    tod = other.tod
    if part is None or part.start is None or tod is None or tod.start is not None or tod.days:
        return False
    return (
        part.start <= tod.when <= part.end or (res.part == "night" and tod.when < _DAWN)
    ) and _TIME_THEN_DAY.fullmatch(text, day.end, clock.start) is not None


_BETWEEN_END: Final = re.compile(r"\bbetween\s*$")
_AND_GAP: Final = re.compile(r"\s*,?\s*(?:and|-|–)\s*")


def drop_range_starts(text: str, cands: list[Candidate], dated: frozenset[str]) -> list[Candidate]:
    """ "between 1 July and 31 December 2025", "a deadline between April 1 and July 15": the
    range's first day is its start, not a deadline of its own (read alone, a year-less one
    rolls past the range's end into the next year)."""
    if "between" not in text or len(cands) < 2:
        return cands
    ordered = sorted(cands, key=lambda c: c.start)
    starts = {
        id(first)
        for first, second in zip(ordered, ordered[1:], strict=False)
        if first.kind in dated
        and second.kind in dated
        and _BETWEEN_END.search(first.pre) is not None
        and _AND_GAP.fullmatch(text, first.end, second.start) is not None
        and _end_read(second.res)
    }
    return [c for c in cands if id(c) not in starts] if starts else cands


def _end_read(res: Res) -> bool:
    """A range's end read as a time: to come, or about the past ("Between 1 April and 30
    June, 300 people applied": the whole window is past, its start no deadline either)."""
    return res.past or (res.due is not None and not (res.skip or res.invalid))


def drop_start_times(text: str, cands: list[Candidate], hits: list[Hit]) -> list[Candidate]:
    """ "Beginning Monday, November 29, the centres will be open from 8 a.m. to 6 p.m.": a
    clock time with no day of its own, in the sentence of a dated start, is the time of day
    kept from that start on, not a time today; what is left is the start (an earliest date)."""
    if len(cands) < 2:
        return cands  # most texts: one phrase, nothing to drop
    starts = [
        h
        for h in hits
        if h.note == "earliest"
        and h.res is not None
        and h.res.start
        and h.res.tod is None
        and (h.kind in DATED or h.kind in NAMED_DAYS)  # a day, not "not fewer than six minutes"
    ]
    if not starts:
        return cands  # most texts: no start named
    kept: list[Candidate] = []
    for c in cands:
        start = None
        if c.kind in ("time", "clock") and not c.words and c.res.precision in ("minute", "hour"):
            start = next((h for h in starts if _same_sentence(text, h, c)), None)
        if start is None:
            kept.append(c)
        else:
            _opens_at(start, c, hits)
    return kept


def start_at_time(day: Res, tod: TimeOfDay | None) -> Res:
    """A start beside its own clock time ("The library will open at 8.30 a.m. beginning
    Thursday 10 December"): the earliest instant is that time of the day, not its midnight,
    so the time is used, not swallowed unread. Set on the day's own reading, which the
    refusal reports."""
    if day.skip and day.start is not None and tod is not None and day.start.time() == time(0):
        first = tod.start or tod.when
        day.start = day.start.replace(hour=first.hour, minute=first.minute)
    return day


def open_time_on(timed: Res, day: Res, ctx: Ctx) -> Res:
    """An open-ended clock time beside its day ("Applications will be accepted from 9 a.m.
    on 3 January"): the start is that moment, set on the time's own reading, which the
    refusal reports; the day is not swallowed unread."""
    if timed.start is None and timed.tod is not None and day.day is not None:
        timed.start = ctx.at(day.day, timed.tod.start or timed.tod.when)
    return SKIP


def _same_sentence(text: str, hit: Hit, cand: Candidate) -> bool:
    return clauses.same_sentence(text, min(hit.end, cand.end), max(hit.start, cand.start))


def _opens_at(start: Hit, clock: Candidate, hits: list[Hit]) -> None:
    """The start's earliest instant at the clock's first time ("from 8 a.m. to 6 p.m.": 8
    a.m.): the clock time is used, not dropped unread."""
    assert start.res is not None and start.res.start is not None
    times = [
        h.res.tod.when
        for h in hits
        if clock.start <= h.start < clock.end and h.res is not None and h.res.tod is not None
    ]
    if times:
        first = min(times)
        start.res.start = start.res.start.replace(hour=first.hour, minute=first.minute)


_DAY_RANGE_GAP: Final = re.compile(r"\s*(?:(?:to|through|thru|until|till|-|–)\s*)?")
_RANGE_WORD: Final = re.compile(r"(?:to|through|thru|until|till)\b")


def weekday_range_ends(text: str, hits: list[Hit]) -> None:
    """ "from Tuesday to Thursday", "Monday through Wednesday", said on a Wednesday: the
    range's last day is the first such day after its first day (8 to 10 December), not the
    nearer Thursday before the range opens. Moves the later weekday's reading a week on."""
    if len(hits) < 2:
        return  # most texts: one phrase, no range
    days = [h for h in hits if h.kind == "weekday" and h.res is not None]
    for first, second in zip(days, days[1:], strict=False):
        gap = _DAY_RANGE_GAP.fullmatch(text, first.end, second.start)
        if gap is None or not (gap.group().strip() or _RANGE_WORD.match(text, second.start)):
            continue
        if moved.moved_before(text, first.start):  # "transfer the debate from Wednesday to Tuesday"
            continue
        one, two = first.res, second.res
        assert one is not None and two is not None
        begin = one.day or (one.start.date() if one.start is not None else None)
        if begin is None or two.day is None or two.due is None or two.day > begin:
            continue
        two.day, two.due = two.day + timedelta(days=7), two.due + timedelta(days=7)


_LIST_LINK: Final = re.compile(r"\s*(?:,\s*(and\s+)?|(and\s+))")


def weekday_list_ends(text: str, hits: list[Hit]) -> None:
    """ "On Tuesday, Wednesday, and Thursday, the House will meet", said on a Thursday:
    days listed in turn, the list closed by "and", are the days of one week, each after the
    one before it; a later day of the week read on or before the day listed before it (this
    Thursday, before next Tuesday) is moved a week on (stop 53), as a range's end is
    (`weekday_range_ends`)."""
    if len(hits) < 2:
        return  # most texts: one phrase, no list
    days = [h for h in hits if h.kind == "weekday" and h.res is not None and h.res.day]
    run: list[Hit] = []  # the days linked so far, ending at `first`
    for first, second in zip(days, days[1:], strict=False):
        link = _LIST_LINK.fullmatch(text, first.end, second.start)
        if link is None:
            run = []
            continue
        run = [*(run if run and run[-1] is first else [first]), second]
        if link.group(1) is None and link.group(2) is None:
            continue  # a comma: the list goes on, its "and" still to come
        for one, two in zip(run, run[1:], strict=False):
            a, b = one.res, two.res
            assert a is not None and b is not None
            if a.day is None or b.day is None or b.due is None:
                break
            if b.day <= a.day and b.day.weekday() > a.day.weekday():
                b.day, b.due = b.day + timedelta(days=7), b.due + timedelta(days=7)
        run = []
