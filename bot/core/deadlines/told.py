"""Round 10 of issue 12: how a phrase is told, read before or beside the clause rules.

- "before the week of January 12" is due the day before that week starts, and "from the
  week of January 12" gives only its start;
- a part of today told in the past ("This morning, the Senate passed ...", "issued a
  statement at 9 a.m. this morning", "gained support today") is no deadline, and a date in
  brackets right after "today" restates it ("From today (18 March 2021), ...");
- one moment said in two zones ("at 19:45 UTC (14:45 local time)") is the zoned one: the
  place's "local time" is not the server's;
- a deadline phrase in square brackets ("[by Friday]") is read, not struck out;
- the times read that are all already past ("before March 2025") are named in a refusal.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Final

from bot.core.deadlines import clauses, courtesy, governing, part_told, past_acts, today_acts
from bot.core.deadlines.clauses import FUTURE, PAST_VERB, past_ed
from bot.core.deadlines.context import Candidate, Ctx, Hit, holds
from bot.core.deadlines.words import MONTH, MONTH_WORD, WEEKDAY, ZONE_CITY, blanked

# "before the week of January 12", "prior to the week commencing ...": the week is too late
_BEFORE_WEEK: Final = re.compile(
    r"(?<!\bor\s)\b(?:before|prior\s+to)\s+the\s+week\s+(?:of|commencing|beginning|starting)"
    r"(?:\s+on)?\s*$"
)


def before_week(before: str) -> bool:
    return _BEFORE_WEEK.search(before) is not None


# "from the week of 13 January", "starting the week of June 12": the start word governs the
# whole week phrase, so its date is a start as well (stop 39k: "Links ... will be available
# here from the week of 13 January 2025" fell due at that week's end)
_FROM_WEEK: Final = re.compile(
    r"\b(?:from|since|after|as\s+of|starting(?:\s+(?:from|in|with))?|beginning(?:\s+with)?)"
    # "from (the) week commencing 19 March" too (stop 59, CONVENTIONS 3.2)
    r"\s+(?:(?:the\s+)?week\s+(?:of|(?:commencing|beginning|starting)(?:\s+on)?)|w/c)\s*$"
)


def from_week(before: str) -> bool:
    return _FROM_WEEK.search(before) is not None


# "issued a statement at 9 a.m. this morning", "at 8:00 a.m. this morning had": a part of
# today beside a past verb in its clause (the verb within a few words, no future between)
_PART_OF_TODAY: Final = re.compile(
    r"\b(?:this\s+(?:morning|afternoon|evening)|earlier\s+today|today(?!'s))\b"
)
_PAST_JUST_BEFORE: Final = re.compile(r"(?:[a-z0-9.,:'-]+\s+){0,7}[a-z0-9.:]*\s*$")
_VERB_JUST_AFTER: Final = re.compile(r"[\s,]*(?:[a-z'-]+\s+){0,3}[a-z']+\b")


def today_told(text: str, hit: Hit, dated_today: bool) -> bool:
    """Today's date restated in brackets after "today", or a part of today told in the
    past ("This morning, the Senate passed ...", "at 9 a.m. this morning had")."""
    if dated_today and restates_today(text, hit.start, hit.end):
        return True  # "From today (18 March 2021), ...": the day restated
    if hit.kind in _DAY_KINDS and _TODAY_IS.search(text, max(0, hit.start - 24), hit.start):
        return True  # "Today is Tuesday, 14 May.", "Today's the 14th": what day it is
    return (
        hit.kind in ("dayword", "time", "clock")
        and (holds(text, "this ") or holds(text, "today"))
        and past_part_of_today(text, hit.start, hit.end)
        # "announced that applications close today at 5 p.m.": the verb ahead (round 28b)
        and not governing.told_ahead(text, hit.start + len(hit.pre), hit.end)
    )


def past_part_of_today(text: str, start: int, end: int) -> bool:
    """The phrase is a part of today, or a clock time right before one ("at 9 a.m. this
    morning"), told in the past by a verb just before it or right after it."""
    part = _PART_OF_TODAY.search(text, start, min(len(text), end + 16))
    if part is None or text[end : max(end, part.start())].strip(" ,"):
        return False
    after = _VERB_JUST_AFTER.match(text, part.end()) if part.group() != "today" else None
    if after is not None and _told_past(after.group()):
        return True  # "at 8:00 a.m. this morning had his normal briefings"
    lead = text[max(0, start - 60) : start]
    lead = lead[max(lead.rfind(","), lead.rfind(";"), lead.rfind("? "), lead.rfind("! ")) + 1 :]
    if lead.endswith((" that ", " that, ")):
        # "I am pleased that today our reforms come into place": the time opens the clause
        # "that" begins, whose own verb tells it; the verb before "that" is another clause's
        return courtesy.occasion(text, start)
    before = _PAST_JUST_BEFORE.search(part_told.unbracketed(lead))  # "opened at 13:00 (...)"
    if before is not None and (_told_past(before[0]) or part_told.read_before(before[0])):
        return True
    return courtesy.occasion(text, start)  # "Thanks everyone for coming in this morning"


# "Yesterday I asked the department to respond by 5 p.m. today": what was asked is ahead
_NOT_TOLD_PAST: Final = re.compile(
    r"\b(?:being|if|unless)\b"
    r"|\bto\s+(?!(?:the|a|an|his|her|their|its|our|my|this|that|these|those)\b)[a-z]+\b"
)


def _told_past(words: str) -> bool:
    """A past verb ("issued", "had") and nothing that makes it a present passive, a
    condition or the future ("being tabled", "if not previously concluded", "will")."""
    # "travelled to Belfast this morning": no "to" of a plan (round 26e)
    return (FUTURE.search(words) or _NOT_TOLD_PAST.search(today_acts.unmoved(words))) is None and (
        past_ed(words) is not None or PAST_VERB.search(words) is not None
    )


_TODAY_BRACKET: Final = re.compile(r"\btoday\s*\(\s*$")
# (stop 45, tuner p) or set off by commas: "has today, Monday 7 September, announced",
# "Today, 16 September, is World Ozone Day"; not when a clock time follows the date, which
# then gives the time of day ("today, Aug 23, at 4 p.m.")
_TODAY_COMMA: Final = re.compile(r"\btoday\s*,\s*$")
_AT_CLOCK: Final = re.compile(r"\s*,?\s*(?:at|from|by|until|before)?\s*[0-9]")
# (stop 45, tuner p) a day or date told as the day of speaking, at the head of its
# sentence or of a line: "Today is Tuesday, 14 May.", "Today's the 14th", "Today's date
# is 5 March"; the words say what day it is, not when anything falls due (CONVENTIONS 2.2:
# no act)
_TODAY_IS: Final = re.compile(
    r"(?:^|[.!?:;\"“(\n]\s*|--\s*)(?:today|tonight)(?:\s+is|['’]s(?:\s+date\s+is)?)\s+$"
)
_DAY_KINDS: Final = frozenset(("date_dmy", "date_mdy", "dom", "weekday", "numdate", "iso", "nthwd"))


def restates_today(text: str, start: int, end: int = -1) -> bool:
    """A date in brackets right after "today" ("From today (18 March 2021), ..."), or set
    off by commas with no clock time after it (the date ending at `end`): the same day said
    again; "today" says how it is meant."""
    if _TODAY_BRACKET.search(text, max(0, start - 10), start) is not None:
        return True
    return (
        end >= 0
        and _TODAY_COMMA.search(text, max(0, start - 10), start) is not None
        and _AT_CLOCK.match(text, end) is None
    )


# "[by Friday]", "[no later than 5 September]": a deadline phrase of the writer's own in
# brackets, read; struck-out text of an amended act is a bare date or words ("[2006]")
_BRACKETED_DEADLINE: Final = re.compile(
    r"\[\s*(?:by|until|till|before|within|no\s+later\s+than|not\s+later\s+than"
    r"|on\s+or\s+before|due)\s"
)


_STRUCK: Final = re.compile(r"\[[^\[\]]{0,40}\]")


# Markdown emphasis a member may type around the words ("by **Friday** _3pm_ EST"): its
# markers, blanked in place, so that no word beside them is lost (an underscore inside a
# word, "snake_case", is no marker).
_EMPHASIS: Final = re.compile(r"\*+|(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])")


def unmarked(text: str) -> str:
    """`text` with markdown emphasis markers made spaces (same length, positions kept)."""
    if "*" not in text and "_" not in text:
        return text
    return _EMPHASIS.sub(blanked, text)


def unstrike(lowered: str) -> str:
    """ "until September 30, [2006] 2007": words struck out of a text are blanked; a
    bracketed deadline ("[by Friday]") is kept, its brackets dropped."""
    return _STRUCK.sub(strike, lowered) if "[" in lowered else lowered


# "will today [Monday 8 September] announce": an editor's gloss of the day word before it,
# read as the same day said again (as in parentheses), not struck out
_GLOSSED: Final = re.compile(rf"\b(?:today|tomorrow|tonight|{WEEKDAY})\s*$")


_STRUCK_AFTER: Final = re.compile(r"[,\s]*(\[[^\[\]]{0,40}?[0-9][^\[\]]{0,40}?\])")


def struck_after(source: str, end: int) -> str | None:
    """The bracketed words with a number right after a phrase ending at `end` ("by 1 June
    [2027]"), struck out and so unread; None when there are none or they gloss the day
    word before them ("today [Monday 8 September]")."""
    if "[" not in source or _GLOSSED.search(source, max(0, end - 12), end):
        return None
    struck = _STRUCK_AFTER.match(source, end)
    return None if struck is None or _zoned_clock(struck[1]) else struck[1]


def _zoned_clock(words: str) -> bool:
    """ "[2 p.m. London]", "[1400 GMT]": a clock time with its zone in square brackets
    restates a time as one in parentheses does (read so), no struck-out text."""
    return _BRACKETED_CLOCK.fullmatch(words.lower()) is not None


def strike(m: re.Match[str]) -> str:
    words = m.group()
    if _BRACKETED_DEADLINE.match(words):
        return f" {words[1:-1]} "
    if _GLOSSED.search(m.string, max(0, m.start() - 12), m.start()) or _zoned_clock(words):
        return f"({words[1:-1]})"
    return " " * len(words)


# "at 19:45 UTC (14:45 local time)", "at 1951 UTC or 3:51 p.m. local time", "19:00 local
# time (1800 UTC)": one moment said twice; the place's "local time" is not the server's, so
# the restatement is blanked and the time with a zone is read
_CLOCK: Final = r"(?:[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:[ap]\.?\s?m\.?)?|[0-9]{4}(?:\s*hrs)?)"
_ZONED: Final = (
    r"(?:utc|gmt|ut|z|zulu|[ecmp][sd]t|[ecmp]t|bst|cest|cet|eest|eet|msk|jst)"
    r"(?:\s*[+-][0-9]{1,2}(?::?[0-9]{2})?)?"
)
_LOCAL: Final = rf"{_CLOCK}\s*,?\s*local\s+time"
_RESTATED_LOCAL: Final = re.compile(
    rf"\b{_CLOCK}\s*{_ZONED}\b\s*(?P<a>\(\s*{_LOCAL}\s*\)|,?\s*or\s+{_LOCAL}\b)"
    rf"|\b(?P<b>{_LOCAL}\s*\()\s*{_CLOCK}\s*{_ZONED}\s*(?P<c>\))"
)


# "at 10:31 p.m. (8:31 a.m. Kazakh time, May 14)": the same moment in the place's zone,
# restated in brackets after the publisher's time, which is the one read
_RESTATED_ELSEWHERE: Final = re.compile(
    rf"(?<=[ap]\.m\.)\s*\(\s*{_CLOCK}\s*(?:[a-z]+\s+){{1,2}}time"
    r"(?P<date>,?\s*(?:on\s+)?[a-z]{3,9}\.?\s+[0-9]{1,2})?\s*\)"
)
# A date before the bracket in its sentence: the bracket's own date only restates it.
_DATE_BEFORE: Final = re.compile(
    r"\b" + MONTH_WORD + r"\s+[0-9]{1,2}\b|\b[0-9]{1,2}(?:st|nd|rd|th)?\s+" + MONTH
)


# "11:59 p.m. Pacific time (2:59 a.m. Eastern time) on Dec. 15": a zoned time restated in
# brackets in another zone, with no date of its own, before the day they share. The day is
# the first time's: joined with the restatement, which lies past midnight, it fell due a
# day early with no warning (stop 54). The bracket is blanked and the first time read; also
# when it ends the clause ("on Friday at 10 a.m. PST (1 p.m. EST)."), where the bracket's
# time was read in the first zone, hours late (stop 54 review).
# (not "local time": the place's clock, which a zoned bracket restates, _RESTATED_LOCAL)
_A_ZONE: Final = (
    r"(?:(?!local\s)(?:[a-z]+\s+){0,2}time|[a-z]{1,3}t|eastern|central|mountain|pacific|gmt|utc)"
)
# The day may also come between the zoned time and the bracket ("at 9 a.m. Eastern on
# Friday (2 p.m. London)", "at 10 a.m. PST today (1 p.m. EST)"): the bracket still restates
# the first time, whose clock was read in the first zone, hours late (stop 54). A town's
# name is a zone there too ("2 p.m. London", "2 p.m. in London").
_A_DATE: Final = (
    rf"(?:{MONTH_WORD}\s+[0-9]{{1,2}}(?:st|nd|rd|th)?|[0-9]{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_WORD})"
)
_THE_DAY: Final = (
    rf"(?:\s*,?\s*(?:on\s+)?(?:(?:{WEEKDAY}|today|tomorrow|tonight)(?:\s*,?\s*{_A_DATE})?"
    rf"|{_A_DATE})\s*,?)?"
)
_BRACKET_ZONE: Final = r"(?:" + _A_ZONE + r"|(?:in\s+)?(?:" + ZONE_CITY + r")(?:\s+time)?)"
# (the first time may be noon or midnight, "noon ET Friday (1700 GMT)"; the bracket may
# restate it in several zones, "(2 p.m. Eastern / 7 p.m. London)")
_RESTATING: Final = _CLOCK + r"\s*" + _BRACKET_ZONE
_BRACKETED_CLOCK: Final = re.compile(r"\[\s*" + _RESTATING + r"\s*\]")
# Also set off by a comma or a dash rather than brackets, ending its clause (`bare`): "at 9
# a.m. Eastern on Friday, 2 p.m. GMT.", "on Friday - 2 p.m. London.", ", which is 2 p.m. in
# London." (read in the first zone too, stop 54). Not one with a day of its own ("..., 2 p.m.
# GMT on Saturday"), nor one with no zone ("..., 5 p.m."), nor the first zone again.
_RESTATED_TAIL: Final = (
    r"\s*(?P<first>"
    + _A_ZONE
    + r")\b"
    + _THE_DAY
    + r"\s*(?:(?P<br>\(\s*"
    + _RESTATING
    + r"(?:\s*(?:/|,|;|\band\b|\bor\b)\s*"
    + _RESTATING
    + r")*\s*\))|[,\u2013\u2014-]\s*(?P<bare>(?:which\s+is\s+|or\s+)?"
    + _CLOCK
    + r"\s*(?P<zone>"
    + _BRACKET_ZONE
    + r"))(?=\s*(?:[.;,\u2013\u2014)-]|$)))"
)
_ZONED_THEN_RESTATED: Final = re.compile(r"[ap]\.?m\.?" + _RESTATED_TAIL)
# noon and midnight apart, for the texts that hold them: in one pattern with "a.m." they
# cost every search its quick look for the first letter
_NOON_THEN_RESTATED: Final = re.compile(r"(?:noon|midnight)" + _RESTATED_TAIL)


def _blank_restatement(m: re.Match[str]) -> str:
    """The restatement blanked, unless a bare one names the first time's zone again ("at
    9 a.m. ET, 2 p.m. ET.": a list of times, the later counting)."""
    name = "br" if m["br"] is not None else "bare"
    if name == "bare" and _zone_name(m["first"]) == _zone_name(m["zone"]):
        return m.group()
    lo, hi = m.start(name) - m.start(), m.end(name) - m.start()
    out = m.group()
    return out[:lo] + " " * (hi - lo) + out[hi:]


def _zone_name(words: str) -> str:
    return " ".join(w for w in words.split() if w not in ("in", "time"))


def _blank_restated(lowered: str, m: re.Match[str]) -> str:
    """The bracket blanked, unless its date is the sentence's only one (then it is read,
    or refused for its zone, as any date is)."""
    if m["date"] is not None:
        start = max(lowered.rfind(". ", 0, m.start()), lowered.rfind("\n", 0, m.start()))
        if _DATE_BEFORE.search(lowered, start + 1, m.start()) is None:
            return m.group()
    return " " * len(m.group())


def _blank_local(m: re.Match[str]) -> str:
    out = m.group()
    for name in ("a", "b", "c"):
        if m.group(name) is not None:
            lo, hi = m.start(name) - m.start(), m.end(name) - m.start()
            out = out[:lo] + " " * (hi - lo) + out[hi:]
    return out


# "by Thursday 12.00 midnight", "12:00 midnight": the midnight that ends the day (the "12"
# was read as noon, or refused); "in Quarter 1 of 2021", "quarter three": "Q1", "Q3"
_TWELVE_MIDNIGHT: Final = re.compile(r"\b12(?:[:.]00)?\s+(?=midnight\b)")
# not "by a quarter two years from now": a share, and then a span
_QUARTER_N: Final = re.compile(
    r"(?<!\ba\s)(?<!\bone\s)\bquarter\s+([1-4]|one|two|three|four)\b"
    r"(?!\s+(?:[a-z]+\s+)?(?:years?|months?|weeks?|days?|hours?|quarters?|times)\b)"
)
_QUARTER_DIGIT: Final = {"one": "1", "two": "2", "three": "3", "four": "4"}


def _as_q(m: re.Match[str]) -> str:
    digit = _QUARTER_DIGIT.get(m[1], m[1])
    return ("q" + digit).rjust(len(m[0]))


# "20 days after publication in the Official Journal of the European Union": the journal's
# full name, not an event of its own (the span counts from the day the act is published)
# "the date for completing repairs is 1953", "The deadline is 2027", "the deadline is
# Tuesday, September 2, 2008", "the closing date for applications is 5 June": a year or a
# day said to be the date, read as "by" it (a bare year is otherwise read only after a time
# word, and a day the sentence calls its deadline outranks the other days beside it)
_IS_DATE: Final = re.compile(
    # a year after a date that is no deadline's ("The start date is 2027") is not one, nor
    # one of two ("The deadline is 2027 or 2028")
    r"\b(?:(?:deadline|(?<!start\s)(?<!effective\s)(?<!release\s)(?<!opening\s)(?<!launch\s)"
    r"(?<!commencement\s)date|target|timescale|timetable)(?:\s+[a-z-]+){0,4}?\s+(is)\s+"
    r"(?=(?:19|20|21)[0-9]{2}(?![0-9]|\s*[-\u2013/]\s*[0-9]|[^.;]{0,20}\b(?:or|and)\s+(?:19|20|21)[0-9]{2}\b))"
    # a day only after a deadline's own name: "The effective date is September 11" is not one
    r"|(?:deadline|closing\s+date|due\s+date|cut-?off(?:\s+date)?)(?:\s+[a-z-]+){0,4}?\s+(is)\s+"
    r"(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s|[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]"
    r"|" + MONTH_WORD + r"\s+[0-9]))"
)
_FY_DEFINED: Final = re.compile(r"(?<=fiscal year)\s*\(fy\)(?=\s*[0-9]{2})")
_OJ_OF: Final = re.compile(r"(?<=official journal)\s+of\s+the\s+european\s+(?:union|communities)\b")


def blank_restated_local(lowered: str) -> str:
    """The scanned text with the forms above rewritten in place (same length, so every
    position still points at the member's own words)."""
    if " is " in lowered and (is_date := _IS_DATE.search(lowered)) is not None:
        at = is_date.lastindex or 1  # the year's "is" or the day's
        lowered = lowered[: is_date.start(at)] + "by" + lowered[is_date.end(at) :]
    if "(fy)" in lowered:  # "for fiscal year (FY) 2020": the abbreviation it defines
        lowered = _FY_DEFINED.sub(blanked, lowered)
    if "official journal" in lowered:
        lowered = _OJ_OF.sub(blanked, lowered)
    if "midnight" in lowered:
        lowered = _TWELVE_MIDNIGHT.sub(blanked, lowered)
    if "quarter " in lowered:
        lowered = _QUARTER_N.sub(_as_q, lowered)
    if "m. (" in lowered:
        lowered = _RESTATED_ELSEWHERE.sub(lambda m: _blank_restated(lowered, m), lowered)
    # before the day, or ending the clause (")." "),"), or set off by a comma or a dash: two
    # times, one of them an "a.m." or "p.m." (or noon, midnight), a cheap look first
    if ")" in lowered or lowered.count("m.") > 1 or "gmt" in lowered or "utc" in lowered:
        if "m." in lowered:
            lowered = _ZONED_THEN_RESTATED.sub(_blank_restatement, lowered)
        if "noon" in lowered or "midnight" in lowered:
            lowered = _NOON_THEN_RESTATED.sub(_blank_restatement, lowered)
    if "local time" not in lowered:
        return lowered
    return _RESTATED_LOCAL.sub(_blank_local, lowered)


def gone(
    cands: list[Candidate],
    hits: list[Hit],
    floor: datetime | None,
    source: str,
    words_of: Callable[[str, Candidate], str],
    hit_words: Callable[[str, Hit], str],
) -> str | None:
    """The words of the latest time read that is already past, when nothing else is left;
    else of a past word after a deadline word ("by last March", "before yesterday")."""
    if floor is None:
        return None
    past = [
        c
        for c in cands
        if c.res.due is not None
        and c.res.due < floor
        and not (c.res.past or c.res.skip or c.res.invalid)
    ]
    if past:
        return words_of(source, max(past, key=lambda c: c.res.due or floor))
    named = [h for h in hits if h.kind == "past" and h.pre and clauses.deadline_word(h.pre)]
    return hit_words(source, named[-1]) if named else None


def own_zone(
    ctx: Ctx,
    hits: list[Hit],
    cand: Candidate,
    zone_of: Callable[[list[Hit], tzinfo], tuple[tzinfo, Hit] | None],
) -> Ctx:
    """The calendar to read the chosen phrase on when the sentence's first zone belongs to
    another time: a zone of its own ("... through 1200 hrs, A.l.t., December 31"), else
    the server's. A zone of its own that we cannot place raises `BadZone`."""
    own = zone_of([h for h in hits if cand.start <= h.start < cand.end], ctx.zone)
    return ctx if own is None else ctx.in_zone(own[0])


# a range opened by a zoned time and closed by the chosen phrase, each with its own day:
# "from 7 a.m. PST on September 17, 2010 through 5:30 p.m. on September 19, 2010"
_RANGE_OPEN: Final = re.compile(r"\s*(?:from|between)\s*$")
_RANGE_CLOSE: Final = re.compile(r"\s*(?:to|until|till|through|thru|and)\s", re.I)
_RANGE_GAP: Final = 48  # the start's own day, at most ("on Wednesday, 17 September 2010, ")


def range_start_zone(text: str, first: Hit, cand: Candidate) -> bool:
    """Whether the sentence's first zoned time opens the range the chosen phrase closes:
    the zone written once at its start is the range's, as when its end follows at once
    ("from 7 a.m. PST to 5:30 p.m."); read in the server's zone, the end was an hour off
    with no warning (stop 66)."""
    gap = text[first.end : cand.start]
    return (
        first.end <= cand.start
        and len(gap) <= _RANGE_GAP
        and _RANGE_OPEN.match(first.pre.lower()) is not None
        and _RANGE_CLOSE.match(text, cand.start) is not None
        and not any(c in gap for c in ".;:!?")
    )


# "On 26 June, I launched a census to be compiled ...", "On 1 December, I began my mandate":
# the speaker's own past act right after a day at the head of the sentence
_DONE_BY_SPEAKER: Final = re.compile(
    r"[\s,]*(?:i|we|he|she|they)\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|began|made|met|sent"
    r"|signed|took|gave|held|wrote|told|said|spoke|went|came|saw|led|paid|chose|won|lost)\b"
)


def done_by_speaker(words: str) -> bool:
    return _DONE_BY_SPEAKER.match(words) is not None


_MONTH_MAY: Final = re.compile(r"\bmay(?=\s+[0-9])")  # the month, not the modal


def sentence_told_past(text: str, start: int) -> bool:
    """The sentence up to the phrase tells the past ("On May 6, 2024, we published ... for
    the fiscal year (FY) 2024 EIR program"): a past verb and nothing ahead."""
    before = clauses.clause_before(text, start, sentence=True)
    return clauses.reported_past(_MONTH_MAY.sub("   ", before))


# "This process is expected to take several weeks and ...": how long a thing lasts, said
# with a vague span right after "take"/"last", is no deadline (a counted span already is not)
_TAKES_VAGUE: Final = re.compile(
    r"\b(?:can|could|may|might|will|would|should|(?:is|are)\s+(?:expected|likely)\s+to)"
    r"\s+(?:[a-z]+\s+)?(?:take|last)\s+(?:about\s+|around\s+|up\s+to\s+)?$"
)


def vague_size(text: str, hit: Hit) -> bool:
    at = hit.start + len(hit.pre)
    return hit.kind == "vague" and (
        _TAKES_VAGUE.search(text, max(0, at - 60), at) is not None
        or past_acts.length_of_done(text[max(0, at - 90) : at].lower())  # "lasted for several"
    )


# A plan, hope or expectation reported in the past, and what it was for: "It had been
# hoped that the report would be completed today", "It was expected that this would be
# done by Christmas", "We had planned to publish in January", "I proposed an amendment to
# provide that ... had to be in force within 12 months". A future after it ("it was
# agreed that the Bill will ...") is still ahead; a reported pledge ("the minister said
# the bill would be passed by Friday") is no expectation and stays a deadline.
_EXPECTED: Final = (
    r"hoped|expected|intended|planned|anticipated|envisaged|assumed|thought|supposed|meant"
    r"|wanted|proposed|due|scheduled"
)
# "written comments ... were to be submitted by July 21": the plan as it was; so is a plan
# told with "was due to", "was scheduled to" (round E: "The work was due to take place
# tonight", "the comment period, which previously was scheduled to end on October 21")
_WAS_TO: Final = (
    r"(?:was|were)\s+(?:to\s+(?:be|have)\b"
    r"|(?:originally\s+|previously\s+|initially\s+)?(?:due|scheduled)\s+to\b)"
)
_PAST_EXPECTATION: Final = re.compile(
    r"\b" + _WAS_TO + r"|\b(?:(?:it|this|that)\s+(?:was|were)|had\s+been|had)\s+"
    r"(?:[a-z]+ly\s+)?(?:" + _EXPECTED + r")\b"
    r"|\b(?:i|we)\s+(?:[a-z]+ly\s+)?(?:proposed|hoped|wanted|intended|planned|expected)\b"
)
_STILL_AHEAD: Final = re.compile(clauses.WILL + r"|\b(?:is|are)\s+now\b")


_EXPECT_VERB: Final = re.compile(_EXPECTED + "|" + _WAS_TO)  # a cheap first look, unanchored


def expecting(text: str) -> bool:
    """Whether the text reports a past plan or hope at all (the common case does not)."""
    if not ("had" in text or "was" in text or "were" in text or "we " in text or "i " in text):
        return False  # the words every form of it needs (a substring test is cheapest)
    return _EXPECT_VERB.search(text) is not None and _PAST_EXPECTATION.search(text) is not None


def past_expectation(sentence: str) -> bool:
    last = None
    for last in _PAST_EXPECTATION.finditer(sentence):  # noqa: B007 - the last one counts
        pass
    return last is not None and _STILL_AHEAD.search(sentence, last.end()) is None
