"""A fast path for a bare deadline phrase (issue 12): the whole text is one common deadline
phrase and nothing else ("within two weeks", "by the end of the year", "over the coming days",
"by 31 December 2026", "next Friday").

That is what the deadline field of `/pledge add` holds in real use. For such a text the rule
pipeline after the reading (clause structure, tense, speakers, second looks) has nothing to
look at, so it is skipped: the text is scanned and its one phrase read by the very scanner and
reader the full path uses (scanned.scan_text, readers.READERS), and the Deadline is built the
same way as there (`deadline_of`). Nothing is computed twice in another way.

Which texts take it is decided by a strict grammar (`BARE`), anchored at both ends: relative
spans from now, named periods and their parts and ends, vague windows, explicit dates, weekday
and day words, each with at most one leading filler ("by", "within", "no later than", ...)
and a final full stop. Anything else (another word, other punctuation, a clock time, a zone, a
holiday, a fiscal form, a bare "before", which the full path reads later as the day before
the period) falls through to the full path, as does a text the grammar takes whose reading is
not one plain phrase due ahead: the scan finds more or less than one phrase over the whole
text, or the reading is past, open-ended, waits for an anchor or a time of day.

tests/core/test_deadline_bare.py proves the two paths equal on phrases generated from the
grammar and on near misses; `FAST = False` turns the fast path off (tests and bench only).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from bot.core.deadlines import orders, prescan
from bot.core.deadlines.choose import reading_context, words_of
from bot.core.deadlines.context import Candidate, Res
from bot.core.deadlines.fiscal import default_fiscal_year_end
from bot.core.deadlines.model import Deadline
from bot.core.deadlines.readers import READERS
from bot.core.deadlines.scanned import scan_text

# The switch: the tests set it False to read every text by the full path alone.
FAST = True

_TENS: Final = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES: Final = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_NUM: Final = rf"(?:[0-9]{{1,3}}|an?|{_ONES}|ten|eleven|twelve|fifteen|{_TENS}(?:-{_ONES})?)"
_COUNT: Final = (
    rf"(?:{_NUM}(?:\s+(?:to|or|-)\s+{_NUM})?|a\s+couple\s+of|a\s+few|several|half\s+an?"
    rf"|a\s+matter\s+of|{_NUM}\s+or\s+{_NUM})"
)
_UNIT: Final = r"(?:(?:minute|hour|day|week|month|year)s?|fortnight|(?:business|working)\s+days?)"
_PERIOD: Final = r"(?:week|weekend|month|quarter|year)"
_MONTH: Final = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY: Final = (
    r"(?:[0-9]{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|fifteenth|twentieth|thirtieth)"
)
_YEAR: Final = r"(?:20[0-9]{2})"
_WEEKDAY: Final = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
)
_SEASON: Final = r"(?:spring|summer|autumn|fall|winter)"
_DATE: Final = (
    rf"(?:(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?"
    rf"|{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?"
    rf"|{_YEAR}-[0-9]{{2}}-[0-9]{{2}}"
    rf"|[0-9]{{1,2}}/[0-9]{{1,2}}/{_YEAR})"
)
_NAMED: Final = (  # a named period: its whole, or a part of it
    rf"(?:(?:this|next|the)\s+(?:{_PERIOD}|{_SEASON})|{_MONTH}(?:\s+{_YEAR})?|{_YEAR}"
    rf"|q[1-4](?:\s+{_YEAR})?|the\s+(?:first|second|third|fourth)\s+quarter"
    rf"|(?:this|next)\s+{_SEASON}|the\s+{_SEASON}|{_SEASON}\s+{_YEAR})"
)
_PART: Final = (
    r"(?:early|mid|late|(?:the\s+)?end\s+of|the\s+start\s+of|the\s+beginning\s+of"
    r"|the\s+middle\s+of)"
)
# The words a phrase may start with (the scanner's filler words).
_LEAD: Final = (
    r"(?:(?:by|on|until|till|within|in|over|during|no\s+later\s+than|not\s+later\s+than"
    r"|on\s+or\s+before)\s+)?"
)
# One alternative a form; every form is one phrase of the scanner's rules.
BARE: Final = re.compile(
    rf"""{_LEAD}(?:
        (?:the\s+next\s+)?{_COUNT}\s+{_UNIT}(?:\s+and\s+a\s+half)?(?:\s+or\s+{_NUM})?(?:'s|s'|')?(?:\s+time)?
          (?:\s+from\s+now)?
      | {_PART}(?:\s+|-){_NAMED}
      | {_NAMED}
      | year-end|the\s+end\s+of\s+the\s+(?:week|month|quarter|year|decade)
      | later\s+this\s+(?:week|month|year)
      | the\s+(?:first|second)\s+half\s+of\s+(?:this\s+year|next\s+year|{_YEAR})
      | the\s+{_DAY}|the\s+(?:hour|day|week|month|year)
      | (?:the\s+)?(?:coming|next\s+few|next\s+couple\s+of)\s+(?:days|weeks|months|years)
      | the\s+(?:days|weeks|months)\s+ahead
      | days|weeks|months
      | soon|shortly|in\s+due\s+course|the\s+near\s+future|as\s+soon\s+as\s+possible
      | immediately|right\s+away|without\s+delay
      | {_DATE}
      | (?:(?:next|this|this\s+coming|the\s+coming|coming)\s+)?{_WEEKDAY}(?:\s+week)?
      | today|tomorrow|tonight
    )\.?""",
    re.IGNORECASE | re.VERBOSE,
)
# The kinds of phrase the grammar's forms scan as.
_KINDS: Final = frozenset(
    (
        "span",
        "period",
        "period_end",
        "vague",
        "date_dmy",
        "date_mdy",
        "iso",
        "numdate",
        "dom",
        "weekday",
        "dayword",
    )
)
_LONGEST: Final = 60  # no form is longer: a longer text is not tried
# The word a BARE text starts with, lower-cased, when it starts with a letter: a filler of
# _LEAD or the first word of a form (of _COUNT, _NUM, _PART, _NAMED, _MONTH, _DAY, _SEASON,
# _WEEKDAY and the forms written out in BARE). Each is followed in BARE by a space, "-", a
# digit, "." or the end, never by another letter, so in an ASCII text (where IGNORECASE is
# plain lower-casing) the leading run of letters of a match is one of them. A text that
# starts with another word ("at 3pm", "last Friday", most sentences) is not tried: the
# grammar's fullmatch, a try of every form, cost about 4% of a full-path reading (issue 12).
_FIRST_WORDS: Final = frozenset(
    (
        *("by", "on", "until", "till", "within", "in", "over", "during", "no", "not"),
        *("the", "a", "an", "several", "half", "early", "mid", "late", "end", "this", "next"),
        *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
        *("eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty"),
        *("seventy", "eighty", "ninety", "q", "year", "later", "coming", "days", "weeks"),
        *("months", "soon", "shortly", "as", "immediately", "right", "without"),
        *("today", "tomorrow", "tonight", "spring", "summer", "autumn", "fall", "winter"),
        *("jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun"),
        *("june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct"),
        *("october", "nov", "november", "dec", "december"),
        *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"),
        *("ninth", "tenth", "fifteenth", "twentieth", "thirtieth"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"),
    )
)
_FIRST_WORD: Final = re.compile(r"[A-Za-z]+")  # ASCII letters only (no IGNORECASE: see above)
# BARE without IGNORECASE, for an ASCII text lowered first: the same texts, at a third of the
# cost (issue 12). Under IGNORECASE re compares each letter of the text by its lower case,
# and an ASCII letter's only other case is ASCII; the grammar's letters are all lower case
# and its classes ("[0-9]", "\s") hold no letters. So an ASCII text fullmatches BARE exactly
# when its lower case fullmatches this. A non-ASCII text ("ſ" and "K" match "s" and "k"
# under IGNORECASE) is still asked of BARE itself.
_LOWER_BARE: Final = re.compile(BARE.pattern, re.VERBOSE)
assert BARE.pattern == BARE.pattern.lower() and BARE.flags & re.IGNORECASE
_A_DAY: Final = timedelta(days=1)


def read(
    text: str,
    reference: datetime,
    tz: str | ZoneInfo,
    day_first: bool,
    fiscal_year_end: tuple[int, int] | None,
) -> Deadline | None:
    """The Deadline of a bare phrase, exactly as the full path reads it; None when `text`
    is not one (the caller then reads it by the full path)."""
    if len(text) > _LONGEST:
        return None
    bare = text.strip()
    lowered = bare.lower() if bare.isascii() else ""
    if lowered and (first := _FIRST_WORD.match(lowered)) and first[0] not in _FIRST_WORDS:
        return None
    try:
        return _read(text, bare, lowered, reference, tz, day_first, fiscal_year_end)
    except OverflowError:
        return None  # the full path's answer too, at the very edge of datetime's range


def _grammar(bare: str, lowered: str) -> bool:
    """Whether the stripped text `bare` (`lowered`: its lower case when ASCII) is one the
    grammar takes."""
    if lowered:
        return _LOWER_BARE.fullmatch(lowered) is not None
    return BARE.fullmatch(bare) is not None


def _read(
    text: str,
    bare: str,
    ascii_lowered: str,
    reference: datetime,
    tz: str | ZoneInfo,
    day_first: bool,
    fiscal_year_end: tuple[int, int] | None,
) -> Deadline | None:
    # The scan before the grammar (either refuses the text): a text that is not one bare
    # phrase is scanned again by the full path, which then takes this scan (scanned.py),
    # and most of those the scan alone refuses, sparing the grammar's fullmatch
    lowered, hits = scan_text(text)
    if len(hits) != 1 or len(lowered) != len(text):
        return None
    hit = hits[0]
    if not hit.whole or hit.kind not in _KINDS or not _grammar(bare, ascii_lowered):
        return None
    fy_end = fiscal_year_end or default_fiscal_year_end(tz)
    ctx = reading_context(reference, tz, day_first, past=False, fy_end=fy_end)
    m = prescan.rule_match(lowered, hit.kind, hit.start + len(hit.pre))
    if m is None or m.end() - m.start() != len(hit.core):
        return None
    try:
        res = READERS[hit.kind](m, hit, ctx)
    except (ValueError, KeyError):
        return None  # the full path says why
    if (
        res is None
        or res.due is None
        or res.past
        or res.skip
        or res.invalid
        or res.span is not None
        or res.tod is not None
        or res.part is not None
        or res.due < reference - _A_DAY
    ):
        return None
    matched = words_of(text, Candidate(hit.start, hit.end, res, hit.kind, hit.pre))
    return deadline_of(res, reference, matched, orders.ALONE)


def deadline_of(res: Res, reference: datetime, matched: str, reason: str) -> Deadline:
    """The Deadline of a reading `res` of the words `matched`, said at `reference` (the full
    path's too): its times in UTC, a window's start no earlier than the reference."""
    assert res.due is not None
    due = res.due.astimezone(UTC)
    earliest = None
    if res.earliest is not None:
        earliest = min(max(res.earliest.astimezone(UTC), reference.astimezone(UTC)), due)
    return Deadline(
        due=due,
        vague=res.vague,
        earliest=earliest,
        matched=matched,
        precision=res.precision,
        reason=reason,
    )
