"""A weekend named by its holiday, with no holiday's name (issue 12, stop 66; brief (c)).

"over the bank holiday weekend", "by the long weekend", "the next holiday weekend": the
words name a weekend of their own, not this week's end, and say which one only through the
calendar of the place they are said in. Where the server's zone names a country whose
long weekends we know, the phrase is the next such weekend that has not ended, due at the
end of its holiday (the Monday; the Sunday after Thanksgiving): England and Wales (Easter
Monday, the May and August bank holidays), Ireland (St Brigid's Day from 2023, Easter
Monday, the June, August and October bank holidays), the United States (Martin Luther
King Jr., Presidents', Memorial, Labor and Columbus Days, Thanksgiving). A weekend named
with its holiday ("the Easter weekend", "the Memorial Day weekend", "the August bank
holiday weekend") is read by the holiday's own name, as before.

When a feast of a fixed date that gives a long weekend comes first (Independence Day,
Christmas, Boxing Day, New Year's Day: not in the list above, its days off round it not
fixed), the words may mean its weekend: refused as below (review s66).

Elsewhere, and for a weekend named by anything else ("the race weekend", "the October
weekend"), nothing says which weekend: the phrase is refused as "event" (a day we cannot
date), naming the words, rather than dropped with nothing said.
"""

from __future__ import annotations

import re
from datetime import date, timedelta, tzinfo
from typing import Final

from dateutil.easter import easter

from bot.core.deadlines.countries import country
from bot.core.deadlines.holidays import HOLIDAY_BY_NAME, THANKSGIVING, nth_weekday

# the words before "weekend" that name a holiday's weekend without naming the holiday
_HOLIDAY_WORDS: Final = re.compile(
    r"(?<![a-z])(?:(?P<last>last|previous|past)\s+)?(?:(?:bank|public|federal)\s+holiday"
    r"|holiday|long|three-day)\s+$"
)


def _monday(year: int, month: int, n: int) -> date:
    """The n-th Monday of a month (n = -1 for the last), by the holiday table's rule."""
    return nth_weekday(month, 0, n)(year)


def _ends(place: str, year: int) -> tuple[date, ...]:
    """The last days of a year's holiday weekends in a country we know, in order."""
    if place == "GB":
        return (
            easter(year) + timedelta(days=1),
            _monday(year, 5, 1),
            _monday(year, 5, -1),
            _monday(year, 8, -1),
        )
    if place == "IE":
        brigid = (_monday(year, 2, 1),) if year >= 2023 else ()
        return (
            *brigid,
            easter(year) + timedelta(days=1),
            _monday(year, 5, 1),
            _monday(year, 6, 1),
            _monday(year, 8, 1),
            _monday(year, 10, -1),
        )
    if place == "US":
        return (
            _monday(year, 1, 3),
            _monday(year, 2, 3),
            _monday(year, 5, -1),
            _monday(year, 9, 1),
            _monday(year, 10, 2),
            THANKSGIVING(year) + timedelta(days=3),
        )
    return ()


def last_day(text: str, start: int, zone: str | tzinfo, today: date) -> date | None:
    """The last day of the holiday weekend named by the words before text[start:] ("the
    bank holiday weekend"), the next one not yet over; None when the words name no such
    weekend, name a past one, the zone's country is not one we know, or a feast of a fixed
    date makes a long weekend first (`_fixed_first`)."""
    named = _HOLIDAY_WORDS.search(text.lower(), max(0, start - 30), start)
    if named is None or named.group("last"):
        return None
    place = country(zone)
    for year in (today.year, today.year + 1):
        for end in _ends(place, year):
            if end >= today:
                return None if _fixed_first(place, today, end) else end
    return None


# the feasts of a fixed date that give a long weekend where they fall on a Friday to a
# Monday (or are made up on one): which days off round them the words mean we cannot say
_FIXED: Final = {
    "GB": ((1, 1), (12, 25), (12, 26)),
    "IE": ((1, 1), (3, 17), (12, 25), (12, 26)),
    "US": ((1, 1), (6, 19), (7, 4), (11, 11), (12, 25)),
}


def _fixed_first(place: str, today: date, end: date) -> bool:
    """Whether a feast of a fixed date makes a long weekend from three days before today to
    `end` (the next holiday weekend _ends knows): "the holiday weekend" said in New York
    on 29 June is the Fourth of July's, not Labor Day's."""
    for year in range(today.year, end.year + 1):
        for month, day in _FIXED.get(place, ()):
            feast = date(year, month, day)
            if today - timedelta(days=3) <= feast <= end and feast.weekday() in (0, 4, 5, 6):
                return True
    return False


# "before the bank holiday weekend": the day before it begins (CONVENTIONS 3.5), as "before
# the Memorial Day weekend" is; the weekend's end had been given (lead's re-read, stop 66)
_BEFORE: Final = re.compile(
    r"(?<![a-z])before\s+(?:the\s+)?(?:(?:next|coming|upcoming)\s+)?(?:(?:bank|public|federal)"
    r"\s+holiday|holiday|long|three-day)\s+$"
)


def before(text: str, start: int) -> bool:
    """The holiday weekend named before text[start:] is led by "before"."""
    return _BEFORE.search(text.lower(), max(0, start - 50), start) is not None


# up to four words before "weekend", to look up as a holiday's name
_WORDS_BEFORE: Final = re.compile(r"(?:[a-z'.]+\s+){1,4}$")


def holiday_named(text: str, start: int) -> bool:
    """The words before text[start:] end with a holiday's name ("the Easter weekend", "the
    Memorial Day weekend"): the holiday's reading dates the weekend (holiday_reader.py)."""
    leading = _WORDS_BEFORE.search(text.lower(), max(0, start - 40), start)
    if leading is None:
        return False
    words = leading.group().replace("'", "").split()
    return any(" ".join(words[i:]) in HOLIDAY_BY_NAME for i in range(len(words)))
