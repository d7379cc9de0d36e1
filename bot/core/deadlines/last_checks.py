"""Checks run once on the chosen phrase, after the choice (issue 12, round 9): words that
contradict themselves or name what we cannot place, and sentences that hold no deadline of
their own. Each returns (words, reason, refusal kind), or None to keep the phrase.

- a weekday that disagrees with its date ("on Tuesday 5 March 2027", a Friday) is refused,
  naming both: either may be the slip, and a member can say which in a moment, while a
  date picked silently may be the wrong one for the whole life of the pledge; so is a
  weekday chosen after such a date ("from Friday 14 December until Tuesday", the 14th a
  Monday): the end is counted from a start that cannot be placed, not from today;
- a clock time followed by a zone name we do not know ("5pm Fiji time", or a place alone:
  "by 5pm Lagos.") is refused, naming it, rather than read in the server's zone;
- a time still to be decided ("5 PM ET, TBD") is no deadline;
- a habit ("payments normally commence in June", "usually occurs on the first Wednesday in
  February") is recurring.

They run on one phrase per text, behind substring tests, so a plain sentence pays little.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Final

from bot.core.deadlines import clauses, item_times
from bot.core.deadlines.after_start import day_of_month
from bot.core.deadlines.context import Candidate, Ctx, valid
from bot.core.deadlines.vocabulary import MONTHS, SCANNER, WEEKDAYS
from bot.core.deadlines.words import DOM_BARE, DOM_BARE_TAIL, ZONE_CITY_END
from bot.core.deadlines.zone_words import ZONES_BY_WORD
from bot.core.deadlines.zones import TRAILING_ZONE

Verdict = tuple[str, str, str]

_DATED: Final = frozenset({"iso", "numdate", "date_mdy", "date_dmy"})
_WD: Final = r"(?P<wd>mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|t|r|rs)?\.?"
_MONTH: Final = r"(?P<{0}>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# "Tuesday 5 March", "Tuesday, the 5th of March", "Tuesday, March 5"
_WEEKDAY_DATE: Final = re.compile(
    rf"\b{_WD},?\s+(?:the\s+)?(?:(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH.format("m1")
    + r"|"
    + _MONTH.format("m2")
    + r"\s+(?:the\s+)?(?P<d2>[0-9]{1,2})(?:st|nd|rd|th)?)\b"
)


# "Thursday the 29th", "Monday 8th", "Friday the 14": a weekday beside a day of the month,
# no month named (the suffix left off only after "the": words.DOM_BARE)
_WEEKDAY_DOM: Final = re.compile(
    rf"\b{_WD},?\s+(?:the\s+)?(?P<d>[0-9]{{1,2}})(?:(?:st|nd|rd|th)\b|{DOM_BARE}{DOM_BARE_TAIL})"
)


def weekday_dom_clash(lowered: str, best: Candidate, ctx: Ctx) -> Verdict | None:
    """A weekday beside a bare day of the month that the day, read as its next
    occurrence, does not fall on ("by Thursday the 29th" when the 29th is a Friday): the
    weekday was dropped without a word."""
    if best.res.due is None:
        return None
    m = _WEEKDAY_DOM.search(lowered, best.start, best.end)
    if m is None:
        return None
    due = best.res.due.astimezone(ctx.zone).date()
    named = WEEKDAYS[m["wd"]]
    if due.weekday() == named or due.day != int(m["d"]):
        return None
    return m.group(), _dom_misfit(named, m["d"], due), "conflict"


def _dom_misfit(named: int, written: str, due: date, then: str = "") -> str:
    """Why a weekday beside a day of the month alone is refused: the day's next occurrence,
    `due`, is no such weekday (`then`: what hangs on it)."""
    return (
        f"{calendar.day_name[named]} does not fit the {written}{_suffix(due.day)}: the next "
        f"one is {due.day} {calendar.month_name[due.month]} {due.year}, a "
        f"{calendar.day_name[due.weekday()]}{then}. Give the date with its month or the "
        "weekday that was meant"
    )


def _misfit(named: int, words: str, actual: int, then: str = "") -> str:
    """Why a weekday beside a date is refused: the date (`words`) falls on `actual`
    (`then`: what hangs on it)."""
    return (
        f"{calendar.day_name[named]} does not fit {words}, which is a "
        f"{calendar.day_name[actual]}{then}: give the date or the weekday that was meant"
    )


def _suffix(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


_NUMERIC: Final = frozenset({"iso", "numdate"})
# "by Tuesday 5/3/2027", "on Friday, 2027-03-05": a weekday right before a date in figures
_WEEKDAY_BEFORE: Final = re.compile(rf"\b{_WD},?\s+(?:the\s+)?$")


def _numeric_clash(lowered: str, best: Candidate, ctx: Ctx) -> Verdict | None:
    digit = next((i for i in range(best.start, best.end) if lowered[i].isdigit()), best.start)
    m = _WEEKDAY_BEFORE.search(lowered, max(0, digit - 16), digit)
    if m is None or best.res.due is None:
        return None
    due = best.res.due.astimezone(ctx.zone).date()
    named = WEEKDAYS[m["wd"]]
    if due.weekday() == named:
        return None
    words = f"{due.day} {calendar.month_name[due.month]} {due.year}"
    return (
        lowered[m.start() : best.end].strip(" ,"),
        _misfit(named, words, due.weekday()),
        "conflict",
    )


def weekday_clash(lowered: str, best: Candidate, ctx: Ctx) -> Verdict | None:
    """A weekday beside the chosen date that is not that date's weekday. The year is the
    one the date was read in (a year-less date is its next occurrence, or the past when
    the weekday fits the date a year ago, which the reader has already refused)."""
    if best.kind not in _DATED or best.res.due is None:
        return None
    year = best.res.due.astimezone(ctx.zone).year
    if best.kind in _NUMERIC:
        return _numeric_clash(lowered, best, ctx)
    m = _WEEKDAY_DATE.search(lowered, best.start, best.end)
    if m is None:
        return None
    day = int(m["d1"] or m["d2"])
    month = MONTHS[m["m1"] or m["m2"]]
    if not valid(year, month, day):
        return None
    actual = date(year, month, day).weekday()
    named = WEEKDAYS[m["wd"]]
    if actual == named or _weekday_range_fits(lowered, m, year, month, named):
        return None
    words = f"{day} {calendar.month_name[month]} {year}"
    return _clash_words(lowered, m, best), _misfit(named, words, actual), "conflict"


def weekday_after_clash(lowered: str, best: Candidate, ctx: Ctx) -> Verdict | None:
    """A weekday chosen after a weekday and date of the same sentence that disagree ("voting
    runs from Friday 14 December until Tuesday", the 14th a Monday): which Tuesday is meant
    hangs on the start, and the start is either of two days; read from today it was a
    silent guess (stop 51). A weekday that fits the date a year back tells of the past and
    is left to the other readers."""
    start = clauses.sentence_start(lowered, best.start)  # a date of an earlier sentence: no start
    found = list(_WEEKDAY_DATE.finditer(lowered, start, best.start))
    if not found:
        return _after_dom_clash(lowered, start, best, ctx)
    m = found[-1]  # the nearest before the weekday
    day = int(m["d1"] or m["d2"])
    month = MONTHS[m["m1"] or m["m2"]]
    written = _YEAR_AFTER.match(lowered, m.end(), best.start)
    if written is not None:
        years = [int(written.group()[-4:])]
    else:  # its next occurrence, or the one a year back (a past date the readers refuse)
        year = ctx.today.year
        if not valid(year, month, day) or date(year, month, day) < ctx.today:
            year += 1
        years = [year, year - 1]
    named = WEEKDAYS[m["wd"]]
    if not all(valid(y, month, day) for y in years):
        return None
    if any(date(y, month, day).weekday() == named for y in years):
        return None
    if _weekday_range_fits(lowered, m, years[0], month, named):
        return None
    actual = date(years[0], month, day).weekday()
    words = f"{day} {calendar.month_name[month]} {years[0]}"
    reason = _misfit(named, words, actual, _COUNTS_FROM)
    return lowered[m.start() : written.end() if written else m.end()], reason, "conflict"


def _after_dom_clash(lowered: str, start: int, best: Candidate, ctx: Ctx) -> Verdict | None:
    """`weekday_after_clash` for a weekday beside a day of the month alone ("from Friday
    the 14th until Tuesday", the 14th a Monday), the day read as its next occurrence, as
    after_start reads it (the final review of stop 51). One that fits the day last gone by
    tells of the past ("The meeting on Friday the 27th went well") and is left alone."""
    found = list(_WEEKDAY_DOM.finditer(lowered, start, best.start))
    if not found:
        return None
    m = found[-1]
    named = WEEKDAYS[m["wd"]]
    day = day_of_month(int(m["d"]), ctx.today)
    if day is None or day.weekday() == named:
        return None
    last_month = ctx.today.replace(day=1) - timedelta(days=1)
    for month in (ctx.today, last_month):  # its last occurrence gone by, this month or last
        if valid(month.year, month.month, day.day):
            gone = month.replace(day=day.day)
            if gone < ctx.today:
                if gone.weekday() == named:
                    return None
                break
    return m.group(), _dom_misfit(named, m["d"], day, _COUNTS_FROM), "conflict"


# what hangs on a misfit start: the weekday chosen after it
_COUNTS_FROM: Final = ", and the weekday after it counts from that day"


# a year written after the day and month ("Friday 3 December 2026", "Friday, March 5th, 2027")
_YEAR_AFTER: Final = re.compile(r"\.?,?\s*(?:of\s+)?[0-9]{4}\b")


def _clash_words(lowered: str, m: re.Match[str], best: Candidate) -> str:
    """The member's words that clash, whole: the weekday and the date with the year when one
    is written inside the phrase (stop 39: "Friday 3 December" left out the 2026 it was read
    in, so the member did not see all that disagreed)."""
    year = _YEAR_AFTER.match(lowered, m.end(), best.end)
    return lowered[m.start() : year.end() if year else m.end()]


# "will meet on Tuesday and Wednesday, June 25-26", "Monday through Wednesday April 27-29":
# the first and last weekdays of a pair or run name the first and last days of the range
# after it ("Monday and Wednesday, September 2-3" fits neither: the 2nd is a Tuesday)
_DAYS_AFTER: Final = re.compile(
    r"\s*(?:[-–]|and\b|&)\s*(?P<d>[0-9]{1,2})\b"
)  # "14-15", "14 and 15"
_WEEKDAY_RUN_BEFORE: Final = re.compile(
    r"\b(?P<first>mon|tue|wed|thu|fri|sat|sun)(?:s|nes|rs|ur)?day\s+"
    r"(?:and|through|thru|to|until|-)\s+$"
)


def _weekday_range_fits(lowered: str, m: re.Match[str], year: int, month: int, named: int) -> bool:
    after = _DAYS_AFTER.match(lowered, m.end())
    run = _WEEKDAY_RUN_BEFORE.search(lowered, 0, m.start())
    if after is None or run is None:
        return False
    first, last = int(m["d1"] or m["d2"]), int(after["d"])
    if not (valid(year, month, first) and valid(year, month, last)):
        return False
    return date(year, month, last).weekday() == named and (
        date(year, month, first).weekday() == WEEKDAYS[run["first"]]
    )


# "5pm Fiji time", "7 p.m. Chamorro Standard Time": capitalised words and "time" right after
# a clock time, read on the text as written; a zone we know is one `TRAILING_ZONE` takes
# whole ("Central European Time" is not "Central" time).
_CLOCK_ZONE: Final = re.compile(
    # not the last part of a dotted numeral ("under Rule 11.2.4, Decision Time"): a rule's
    # or section's number, no clock time
    r"(?<![0-9])(?<![0-9][.])[0-9]{1,2}(?:[:.][0-9]{2})?(?:[ \t]*[aApP]\.?[ \t]?[mM]\b\.?)?"
    # the zone's words, never the "PM" of the clock time ("5 PM Central Time"), nor a span's
    # unit ("In 48 Hours' Time": a number of hours, no clock time)
    r"(?P<rest>[ \t]*,?[ \t]*\(?[ \t]*(?P<zone>(?![AaPp]\.?[Mm]\b)"
    r"(?!(?:Minute|Hour|Day|Week|Fortnight|Month|Year)s?['’]?s?[ \t])"
    r"(?:[A-Z][A-Za-z'-]+[ \t]+){1,3}"
    r"(?:(?:[Ss]tandard|[Dd]aylight|[Ss]ummer)[ \t]+)?[Tt]ime)\b)"
)


# "by 17:00 on Friday, Fiji time", "on 19 January 2027 (Fiji time)": the zone after the
# whole chosen phrase
_AFTER_ZONE: Final = re.compile(
    r"[ \t]*,?[ \t]*\(?[ \t]*(?P<zone>(?:[A-Z][A-Za-z'-]+[ \t]+){1,3}"
    r"(?:(?:[Ss]tandard|[Dd]aylight|[Ss]ummer)[ \t]+)?[Tt]ime)\b"
)


# "by 5pm Lagos.", "at 17:00 Mexico City.": a place in capitals alone right after a chosen
# phrase that ends in a clock time (with "a.m."/"p.m." or a colon) that a word such as "by"
# or "at" heads, the sentence going on as after a zone's city (`ZONE_CITY_END`). "at 5pm
# London Bridge station" goes on with more of a name (no zone), and a time heading a line
# is an agenda's ("11.30am Questions to the Secretary of State", "12.30 p.m. Urgent
# Questions").
_PLACE_AFTER: Final = re.compile(
    r"[ \t]+(?P<zone>[A-Z][a-z'-]{2,}(?:[ \t]+(?![Tt]ime\b)[A-Z][a-z'-]{2,})?)(?i:"
    + ZONE_CITY_END
    + ")"
)
_PLACE_BEFORE: Final = re.compile(
    r"(?<=[0-9mM.])[ \t]+(?P<zone>[A-Z][a-z'-]{2,}(?:[ \t]+[A-Z][a-z'-]{2,})?)[ \t]+$"
)
_HEADED_CLOCK: Final = re.compile(
    r"\b(?:[Bb]y|[Aa]t|[Uu]ntil|[Tt]ill|[Bb]efore|[Ff]rom|to|and|or)[ \t]+[0-9]{1,2}"
    r"(?::[0-9]{2})?(?:[ \t]*[aApP]\.?[ \t]?[mM]\.?|(?<=:[0-9]{2}))[ \t]*$"
)


def _unknown_place(text: str, best: Candidate) -> str | None:
    """The place `_PLACE_AFTER` finds right after the chosen phrase (or a piece of it: "at
    17:00 … on Friday"), when it is neither a zone we know ("by 9 a.m. Tokyo") nor a time
    word ("at 5pm Friday", "at 8pm Christmas Eve"); else None."""
    found = [
        (m, start, end)
        for start, end in best.words or ((best.start, best.end),)
        if text[end + 1 : end + 2].isupper() and (m := _PLACE_AFTER.match(text, end)) is not None
    ]
    if best.res.precision == "day" and best.start > 1 and text[best.start - 2].islower():
        # "at 17:00 Mexico City on Friday": the time was dropped for the day after the place
        before = _PLACE_BEFORE.search(text, max(0, best.start - 48), best.start)
        if before is not None:
            found.append((before, max(0, best.start - 48), before.start("zone")))
    for m, start, end in found:
        if _HEADED_CLOCK.search(text, start, end) is None:
            continue
        place = " ".join(m["zone"].lower().split())
        if place not in ZONES_BY_WORD and SCANNER.search(place) is None:
            return m["zone"]
    return None


def unknown_zone(text: str, source: str, lowered: str, best: Candidate) -> Verdict | None:
    """A clock time in the chosen phrase or just before it ("by 17:00 Central European Time
    on 1 September"), or the chosen phrase itself ("by 17:00 on Friday, Fiji time"),
    followed by a zone name we cannot place. Zone names are told by their capitals, so
    they are read on the text as written (`text`); where lower-casing changed its length
    ("İ"), positions in `lowered` no longer fit it, and the whole text is read."""
    if source is text and (place := _unknown_place(text, best)) is not None:
        return _not_known(place)  # "by 5pm Lagos."
    if "time" not in lowered:
        return None
    if source is text:
        clocks = _CLOCK_ZONE.finditer(text, max(0, best.start - 40), best.end + 40)
        after = _AFTER_ZONE.match(text, best.end)
    else:
        clocks, after = _CLOCK_ZONE.finditer(text), None
    found = [m.group("zone", "rest") for m in clocks]
    if after is not None:
        found.append((after["zone"], after.group()))
    for zone, rest in found:
        if item_times.names_an_item(zone):  # "7:45 AM Pool Call Time": an item (round 27b)
            continue
        known = TRAILING_ZONE.match(rest.lower())
        if known is not None and known.end() >= len(rest.rstrip()):
            continue
        return _not_known(zone)
    return None


def _not_known(zone: str) -> Verdict:
    return zone, f"I don't know the zone “{zone}”: give it as UTC+N or a city's time", "zone"


# "5 PM ET, TBD", "at 6 p.m., time to be confirmed"
_UNDECIDED: Final = re.compile(
    r"[\s,;:-]*\(?\s*(?:(?:time|date|day)\s+)?(?:tbd|tbc|tba|to\s+be\s+(?:determined|confirmed"
    r"|announced|decided|agreed|fixed|set|arranged))\b"
)


def undecided(lowered: str, best: Candidate) -> Verdict | None:
    """A clock time whose day is still to be decided; a date "(to be confirmed)" is the
    plan as it stands, and stays."""
    if best.kind not in ("time", "clock") or ("tb" not in lowered and "to be " not in lowered):
        return None
    end = max(e for _, e in best.words) if best.words else best.end
    m = _UNDECIDED.match(lowered, end)
    if m is None:
        return None
    return m.group().strip(" ,;:-("), "the time is still to be decided", "event"


# "Payments ... normally commence in June": a month that comes round, no one deadline
_HABIT: Final = re.compile(
    r"\b(?:always|usually|normally|generally(?!\s+speaking)|typically|routinely|invariably)\b"
)
_YEAR: Final = re.compile(r"[0-9]{4}")


# the habit word governs the phrase: no clause boundary between them ("The Bill usually
# lends itself to one stage and we should finish it next week" is one plan)
_SAME_CLAUSE: Final = re.compile(r"\s+(?:(?!and\b|but\b|or\b)[a-z]+\s+){0,3}$")


# a day of the year named without one comes round each year under a habit word too ("which
# usually occurs on the first Wednesday in February", "is normally published on 5 March":
# stop 53), as a month does
_HABIT_KINDS: Final = frozenset({"period", "nthwd", "date_dmy", "date_mdy"})


def habit(lowered: str, best: Candidate) -> Verdict | None:
    if "ly" not in lowered and "always" not in lowered:  # usually, routinely, ... always
        return None
    if best.kind not in _HABIT_KINDS or _YEAR.search(lowered, best.start, best.end) is not None:
        return None
    m = _HABIT.search(lowered, max(0, best.start - 60), best.start)
    if m is None or _SAME_CLAUSE.fullmatch(lowered, m.end(), best.start) is None:
        return None
    return lowered[best.start : best.end].strip(" ,.;"), "a recurring service standard", "recurring"


# "Times are given in Chamorro Standard Time (GMT+10:00)": an offset, not a clock time
_OFFSET_BEFORE: Final = re.compile(r"(?:gmt|utc)\s*[+\-]\s*$")  # "−" is "-" once normalised


def offset_read_as_time(lowered: str, best: Candidate) -> Verdict | None:
    if best.kind not in ("time", "clock") or "+" not in lowered and "-" not in lowered:
        return None
    if _OFFSET_BEFORE.search(lowered, max(0, best.start - 6), best.start) is None:
        return None
    words = lowered[best.start : best.end].strip(" ,.;")
    return words, "that is a zone's offset from UTC, not a time", "zone"


def last_checks(source: str, lowered: str, best: Candidate, ctx: Ctx, text: str) -> Verdict | None:
    """Only the checks the chosen phrase's kind can need: most texts pay one set look-up.
    `text` is the text as written; `source` is it, or `lowered` where their lengths
    differ."""
    kind = best.kind
    if kind in _DATED and (clash := weekday_clash(lowered, best, ctx)) is not None:
        return clash
    if kind in _HABIT_KINDS and kind != "period" and (usual := habit(lowered, best)) is not None:
        return usual
    if kind == "weekday" and (clash := weekday_after_clash(lowered, best, ctx)) is not None:
        return clash
    if kind == "period":
        return habit(lowered, best)
    if kind == "dom" and (clash := weekday_dom_clash(lowered, best, ctx)) is not None:
        return clash
    if best.res.precision == "day":
        # "by 17:00 Fiji Time on 1 September", "... on Friday": the time was dropped for
        # the day because its zone is unknown
        return unknown_zone(text, source, lowered, best)
    if best.res.precision in ("minute", "hour"):
        return (
            unknown_zone(text, source, lowered, best)
            or undecided(lowered, best)
            or offset_read_as_time(lowered, best)
        )
    return None
