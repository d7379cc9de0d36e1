"""Whether a year-less date gone this year follows, in the calendar, an earlier year-less
date of its sentence: "said on 3 March that it closes the plant on 24 April" tells the two
days of one year, the one gone, though the later day's own verb is a present (review,
stop 53). A date before the earlier one in the calendar ("started on 1 April and ends on
31 March") is next year's, and a past act with no date ("opened on Monday") says nothing
of the year."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from bot.core.deadlines import clauses, governing
from bot.core.deadlines.vocabulary import MONTHS
from bot.core.deadlines.words import MONTH, MONTH_FULL

# a month's full name or short form ("March", "Mar.", "Sept"), not a word it begins ("markets")
_MONTH: Final = rf"(?:{MONTH_FULL}|sept|{MONTH})\.?"
# "3 March", "3rd of March", "March 3", "March 3rd"; not one with its year ("3 March 2026")
_DAY_MONTH: Final = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\b(?!\.?,?\s*\d{{4}})",
    re.I,
)
# how far back an earlier date is looked for: a sentence's length, not a whole paste's
_REACH: Final = 300


def _month_day(m: re.Match[str]) -> tuple[int, int] | None:
    name, day = (m["m1"], m["d1"]) if m["m1"] else (m["m2"], m["d2"])
    month = MONTHS.get(name[:3].lower())
    return None if month is None else (month, int(day))


@lru_cache(maxsize=256)
def _written(words: str) -> tuple[int, int] | None:
    """(month, day) of a date `_DAY_MONTH` found, from its words alone (the same as from the
    match: its groups are the words'): a long paste of dates weighs each one again for every
    later date of its sentence (stop 63: 100 kB of "on 1 May the Board will ...", about 6% of
    its parse)."""
    m = _DAY_MONTH.match(words)
    return None if m is None else _month_day(m)


def after_dated_act(text: str, start: int, month_day: tuple[int, int]) -> bool:
    """An earlier year-less date of the sentence before `start` falls before `month_day`
    in the calendar."""
    begin = max(clauses.sentence_start(text, start, _REACH), start - _REACH)
    for m in _DAY_MONTH.finditer(text, begin, start):
        earlier = _written(m[0])
        if earlier is not None and earlier < month_day:
            return True
    return False


def written_day(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(month, day) of the year-less date written at text[start:end], None when it writes
    none (a weekday, "tomorrow")."""
    m = _DAY_MONTH.search(text, start, end)
    return None if m is None else _month_day(m)


def own_verb_ahead(text: str, start: int, end: int, month_day: tuple[int, int] | None) -> bool:
    """A date gone this year (read as next year's) at text[start:end] whose own verb is a
    present or a modal (governing.told_ahead): a past form before it is another act's
    ("opened on Monday and closes on 24 February", stop 53), unless that act is dated
    before `month_day` in the same year ("said on 3 March that it closes the plant on 24
    April": `after_dated_act`). The callers differ in the day they weigh: gate the day the
    words write (None for a weekday: no earlier date is weighed), past_reading the day read."""
    return governing.told_ahead(text, start, end) and (
        month_day is None or not after_dated_act(text, start, month_day)
    )
