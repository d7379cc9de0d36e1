"""Four-digit clock times without a colon (issue 12, round 23b): military and 24-hour styles
("1700 EST", "0900 hours", "until 2359 MST on July 19, 2024", "by 1600 on 10 December").

A bare four-digit number is a year far more often ("until 2024", "by 2030 on current
trends"), so it is read as a clock time only where no year would stand:
- before "hours" or a zone ("2359 MST", "1700 Eastern Time", "0901 UTC"), or
- after "at", "by", "until", "till", "before" or "later than" and right before "on <an
  explicit date>" (a month-word date, or a numeric one with its year: "on 1/2/2027")
  ("at 1700 on 10 December", "by 0930 on Friday, 4 June"; four digits that are no time of
  day there, "at 2500 on 10 December", are refused as unreadable), unless a verb of an
  amount comes before the word ("capped at 1500 on 1 April", "will rise by 1200 on 1
  January", "aims to be at 1800 on 5 March", "to stay at 1200": a number or level on that
  day), or
- (stop 43) before such a date with no "on", after a comma or a space ("by 1800, 1 February
  2027", "at 0930 4 June"), when the four digits are a time of day and, after a word other
  than "at", could be no year of 1900-2199: "by 2030, 1 February" and "until 1945, 8 May"
  stay a year then a day (the year is set aside, named in the reason), "by 1800, 1
  February" is 18:00 (no pledge is kept by the year 1800); a zone or "hours" after the
  digits still makes any of them a clock ("by 2030 GMT, 1 February"), or
- (stop 43) after "<a date> at", a time of day ("by 1 February 2027 at 1800", "by Friday,
  4 June at 0930", "on the 1st at 0900", "by 1/2/2027 at 0900"), as "by 1800 on <date>" is.
The scanner's clock pattern (vocabulary._MILITARY) takes `CLOCK`; its year pattern takes
`NOT_CLOCK` after four digits, so that one of the two reads the number and it is never
dropped (the property test of tests/core: every number is used or refused).

A dotted time outside the quarter hours ("by 2.50") is an amount as often as a time, and the
reader refuses it as unreadable; written with a leading zero in the same place ("embargoed
until 00.01 on Sunday 30 January", "at 09.05 on 1 June": after "at", "by", "until", "till"
or "before" and right before "on <an explicit date>") it is a 24-hour clock, as four digits
are there: no amount is written with a leading zero (`dotted_clock`, stop 42 tuner i).

"18.00 hours" after "at", "by", "until", "till", "before" or "from" is the military clock
written with a separator, as "1800 hours" is, not eighteen hours from now: a span of
hours is led in by "in", "within", "for" or "after", and its decimals are not minutes
("in 1.5 hours"). Two digits after the separator, an hour up to 23 (or "24.00", midnight
at the day's end, as "2400 hours" is): `hours_clock` gives
the hour and minute, and the span reader reads the clock instead (stop 42: "at 18.00
hours" had fallen due eighteen hours on, "by 00.30 hours" eighteen minutes on).
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.words import DAY_ORD, MONTH_WORD, WEEKDAY_OR_SHORT, ZONE_CITY

# "hours" or a zone right after the digits ("et" but not "et al."), the zone in brackets too
# ("1800 (GMT)"), or a named zone's time ("1800 London time", "2359 Paris time": the clock
# had been dropped for the day's end, stop 42 hunter h42b)
_ZONE_AFTER: Final = (
    r"\s*\(?\s*(?:hours|hrs|h\b|utc|ut\b|gmt|z\b|zulu|local\s+time"
    r"|(?:e|c|m|p|ak|h)[sd]t\b|et\b(?!\s+al\b)|ct\b|mt\b|pt\b|(?:cet|cest|bst|msk|jst|kst"
    r"|aest|aedt|nzst|nzdt)\b"
    r"|(?:" + ZONE_CITY + r")(?:\s+(?:standard|daylight))?\s+time\b)"
)
# "on 10 December", "on July 19, 2024", "on Friday, 4 June", "on the 4th of June", or a
# numeric date with its year ("on 1/2/2027", "on 2027-02-01": the clock had been dropped)
_DAY = DAY_ORD
_DATE: Final = (
    r"(?:" + WEEKDAY_OR_SHORT + r",?\s+)?(?:the\s+)?(?:" + _DAY + r"\s+(?:of\s+)?"
    r"" + MONTH_WORD + r"|" + MONTH_WORD + r"\s+" + _DAY + r"(?![0-9])"
    r"|[0-9]{1,2}(?:/[0-9]{1,2}/|\.[0-9]{1,2}\.)[0-9]{2,4}(?![0-9])"
    r"|[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9]))"
)
# ... or a weekday alone ("at 0700 on Tuesday": the clock had been dropped, stop 57)
_ON_DATE: Final = r"[\s,]*on\s+(?:" + _DATE + r"|" + WEEKDAY_OR_SHORT + r"(?![a-z]))"
# the same date with no "on", after a comma or a space ("by 1800, 1 February 2027", "at 0930
# 4 June"): read only where the four digits are a time of day and, after a word other than
# "at", no year ("by 2030, 1 February" is the year 2030 and then a day; "by 1800, 1
# February" is 18:00, as no pledge is kept by the year 1800): see CLOCK
_NEAR_DATE: Final = r"(?:\s*,\s*|\s+)" + _DATE
# four digits just read that are a time of day ("1800", "0930"; not "2500", "1875")
_HHMM_BEHIND: Final = r"(?<=(?:[01][0-9]|2[0-3])[0-5][0-9])"
# a date with no "on" after them (_NEAR_DATE), after "at" any such time, after another
# word of a point in time no year of 1900-2199 ("by 2030, 1 February" is a year and a day,
# read as before; "until 1945, 8 May" too): a year there is far likelier than a time
_NEAR_CHECKS: Final = (
    _HHMM_BEHIND
    + r"(?:(?<=\bat\s[0-9]{4})|(?<!(?:19|20|21)[0-9]{2}))(?=" + _NEAR_DATE + r")"
)  # fmt: skip

# the end of a date before "at" and the four digits just read ("on 1 February 2027 at
# 1800", "by Friday, 4 June at 0930", "by February 1st, at 1800"): a time of that day, as
# "by 1800 on 1 February" is; a look-behind for each (each must be of fixed width), tried
# only after "at" and a time of day
_MONTH_ENDS: Final = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec",
)  # fmt: skip
_DATE_ENDS: Final = (
    *(rf"\b{month}" for month in _MONTH_ENDS),
    *(rf"\b{month}\s[0-9]{{{n}}}" for month in _MONTH_ENDS for n in (1, 2)),
    *(rf"\b{day}day" for day in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")),
    r"\btoday", r"\btomorrow",
    r"[0-9](?:st|nd|rd|th)",  # "1st", "the 4th"
    r"[a-z,]\s(?:19|20|21)[0-9]{2}",  # "1 February 2027", "February 1, 2027"
    r"[0-9][/.][0-9]{4}",  # "1/2/2027"
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}",  # "2027-02-01"
)  # fmt: skip
_AFTER_DATE_AT: Final = (
    _HHMM_BEHIND
    + r"(?<=\sat\s[0-9]{4})(?:"
    + "|".join(rf"(?<={end}{sep}at\s[0-9]{{4}})" for end in _DATE_ENDS for sep in (r"\s", r",\s"))
    + r")(?![0-9%]|[.,][0-9])"
)

# the word before the four digits just read: a deadline or time word ("at 1700", "until 2359",
# "no later than 1800": not "more than 1800", an amount)
_BEFORE_DIGITS: Final = (
    r"(?:(?<=\bat\s[0-9]{4})|(?<=\bby\s[0-9]{4})|(?<=until\s[0-9]{4})"
    r"|(?<=\btill\s[0-9]{4})|(?<=before\s[0-9]{4})|(?<=later\sthan\s[0-9]{4}))"
)
# a verb of an amount before that word: "capped at 1500 on 1 April", "will grow by 1200 on
# 1 January" give a number on that day, not a time (one look-behind per verb: each must be
# of fixed width)
_AMOUNT_VERBS: Final = {
    "at": (
        "capped", "pegged", "fixed", "stands", "stood", "peaked", "trades",
        # a level held or reached: "aims to be at 1800 on 5 March", "to stay at 1200 on ..."
        # ("will be at 1500 on 10 December" and "The House will sit at 0930 on ..." are times)
        r"to\sbe", "remain", "remains", "stay", "stays", "hover", "hovers",
    ),
    "by": (
        "grow", "grows", "grew", "rise", "rises", "rose", "fall", "falls", "fell", "increase",
        "increased", "decrease", "decreased", "reduced", "cut", "drop", "dropped",
    ),
}  # fmt: skip
_NOT_AMOUNT: Final = "".join(
    rf"(?<!\b{verb}\s{word}\s[0-9]{{4}})" for word, verbs in _AMOUNT_VERBS.items() for verb in verbs
)

# "18.00 hours", "18:00 hrs" after a word of a point in time ("no later than" too): the
# clock written with a separator, taken by the clock rule with the zone after it ("at 18.00
# hours CET", "by 18:00 hours Tokyo time on 1 February"); as a span or a bare "18:00" the
# zone after "hours" was dropped, and so was the time before a date ("no later than 18.00
# hours, February 1", "not later than 18.00 hours on Mon 1 Feb"): silent misreadings. The
# digits alone (a rule re-read on its phrase, choose._zone_override) stand at the start.
_SEP_BEFORE: Final = "|".join(
    rf"(?<={word}[0-9]{{2}}[.:][0-9]{{2}})"
    for word in (
        r"\bat\s",
        r"\bby\s",
        r"until\s",
        r"\btill\s",
        r"before\s",
        r"\bfrom\s",
        r"\bthan\s",
        "^",
    )
)
_SEP_CLOCK: Final = r"(?:[01][0-9]|2[0-3])[.:][0-5][0-9]|24[.:]00"

# "18h", French style, after a word of a point in time ("by 18h UTC on February 1", "at 9h"):
# the hour alone, as "18h00" is read; it had been dropped ("18h" alone is also "18 hours",
# so "within 18h" is left unread as before). The digits alone stand at the start, as above.
_H_ALONE: Final = (
    r"(?![a-z0-9])(?:"
    + "|".join(
        rf"(?<={word}{hour}h)"
        for word in (r"\bat\s", r"\bby\s", r"until\s", r"\btill\s", r"before\s", r"\bthan\s", "^")
        for hour in ("[0-9]", "[01][0-9]", "2[0-3]")
    )
    + ")"
)
# the separator and minutes of a 24-hour clock ("18:00", "17.30", "18h00"), or "18h" alone
# there (the group tm_m24 is then empty: minute 0)
SEP_MINUTES: str = r"(?P<tm_sep>[:h.])(?:(?P<tm_m24>[0-9]{2})|(?<=h)" + _H_ALONE + ")"
# the digits of a clock time, for the group tm_mil ("2400 hours" is midnight)
CLOCK: str = (
    r"(?:" + _SEP_CLOCK + r")(?:" + _SEP_BEFORE + r")(?=\s*(?:hours|hrs)\b)"
    r"|[0-2][0-9][0-5][0-9](?=" + _ZONE_AFTER + r")"
    # the digits first, then the word before them: a look-behind tried at every place the
    # scanner tries a clock would cost more than the rest of the pattern
    # any four digits there: a time out of range ("at 2500 on 10 December", "by 2075 on 1
    # January") is then refused by the reader as unreadable, never dropped
    r"|[0-9]{4}" + _BEFORE_DIGITS + _NOT_AMOUNT + r"(?=" + _ON_DATE + r")"
    # a date with no "on" after the time: "by 1800, 1 February 2027" (stop 43: dropped)
    r"|[0-9]{4}"
    + _BEFORE_DIGITS
    + _NOT_AMOUNT
    + _NEAR_CHECKS
    # the time after "<a date> at": "by 1 February 2027 at 1800" (stop 43: dropped)
    + r"|[0-9]{4}"
    + _AFTER_DATE_AT
    + _NOT_AMOUNT
)
# after four digits read as a year: none of the above follows
NOT_CLOCK: str = (
    r"(?!" + _ZONE_AFTER + r"|" + _BEFORE_DIGITS + _NOT_AMOUNT + r"(?:" + _ON_DATE
    + r"|" + _NEAR_CHECKS + r")|" + _AFTER_DATE_AT + _NOT_AMOUNT + r")"
)  # fmt: skip

# a dotted clock's place: a time word before it, an explicit date after it
_DOTTED_BEFORE: Final = re.compile(r"\b(?:at|by|until|till|before)\s+$", re.IGNORECASE)
_DOTTED_ON: Final = re.compile(_ON_DATE, re.IGNORECASE)


def dotted_clock(text: str, start: int, end: int) -> bool:
    """Whether the dotted time text[start:end] ("00.01") is a 24-hour clock by its leading
    zero and its place ("until 00.01 on Sunday 30 January")."""
    return (
        text.startswith("0", start)
        and _DOTTED_BEFORE.search(text, max(0, start - 8), start) is not None
        and _DOTTED_ON.match(text, end) is not None
    )


# "at 18.00 hours": a clock; the number of the span reader's "hours"
_HOURS_CLOCK: Final = re.compile(r"([01]?[0-9]|2[0-3])[.:]([0-5][0-9])|(24)[.:](00)")
_CLOCK_BEFORE: Final = re.compile(r"\b(?:at|by|until|till|before|from)\s+$", re.IGNORECASE)
_HOUR_UNITS: Final = frozenset(("hours", "hour", "hrs", "hr", "h"))


def hours_clock(number: str, unit: str, pre: str) -> tuple[int, int] | None:
    """The hour and minute of "18.00 hours" after a word of a point in time ("at", "by",
    ...), or None when the number and unit are a span ("in 1.5 hours")."""
    if unit.lower() not in _HOUR_UNITS or _CLOCK_BEFORE.search(pre) is None:
        return None
    clock = _HOURS_CLOCK.fullmatch(number)
    if clock is None:
        return None
    hour, minute = clock.group(1, 2) if clock.group(1) else clock.group(3, 4)
    return int(hour), int(minute)
