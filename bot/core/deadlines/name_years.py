"""Years inside names (issue 12, round 27a): a bare year between "the" and the name of an
event or of a thing ("at the 2006 President's Dinner", "in the 2013 election", "the 2024
Spring Conference", "during the June 2016 election", a month may lead the year) names
which one is meant; nothing falls due at the year's end. A deadline word in front ("by the
2026 election", "before the 2027 season") still reads the year as a limit, and so does a
year left without a name after it ("in the 2026 financial year" is read elsewhere, as a
fiscal year).

`verdict` returns (None, reason) to refuse the phrase, or None to keep it; the rule runs
behind a digit test and two short matches.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.words import MONTH_FULL

# the phrase as chosen: "at the 2006", "in the 2013", "the 2024" (a year alone after "the")
# "during the June 2016": a month may lead the year (round 27b); "the 2025-26": a run of
# years names which year's thing as a single year does (stop 39j); "under the 2012 Scheme",
# "working on the 2027 Finance Bill", "with the 2027 Basic Payment" as well (stop 47r)
_THE_YEAR: Final = re.compile(
    r"(?:(?:at|in|of|for|to|from|during|on|under|with)\s+)?the\s+"
    r"(?:" + MONTH_FULL + r"\s+)?[0-9]{4}"
    r"(?:\s*[-/\u2013]\s*[0-9]{2,4})?"
)
# a deadline word before the phrase: the year then limits an act ("by the 2026 election")
_LIMIT_BEFORE: Final = re.compile(
    r"\b(?:by|before|until|till|ahead\s+of|in\s+time\s+for|prior\s+to|no\s+later\s+than)\s*$"
)
# the name after the year: a proper name (capitalised, in the original text), or an event
# that does not name a year of its own ("the 2027 census year" is a period); an initialism
# names a thing too ("the 2025-26 TACP will reopen", stop 39j); so do a bill, a
# round, a survey, a report, a strategy, a plan or a review ("in the 2027 housing strategy",
# "work on the 2017 budget resolution", stop 47r), and a target or goal ("towards the 2040
# targets", stop 53)
_PROPER_AFTER: Final = re.compile(
    r"\s+(?:(?:[A-Z][A-Za-z'\u2019.-]*\s+){0,3}?[A-Z][a-z]+['\u2019]?s?|[A-Z]{2,}s?)\b"
)
_EVENT_AFTER: Final = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:elections?|dinners?|conferences?|summits?|games|olympics"
    r"|festivals?|ceremon(?:y|ies)|awards?|galas?|congress|convention|exhibitions?|fairs?"
    r"|programmes?|census|campaigns?|tournaments?|world\s+cup|bills?|cycles?|rounds?"
    r"|surveys?|reports?|budget\s+resolutions?|strateg(?:y|ies)|plans?|reviews?"
    # the year a target is set for names which target ("the 2040 targets", "the 2030 goals",
    # stop 53); "by the 2040 targets" is not read here (_LIMIT_BEFORE)
    r"|targets?|goals?|objectives?|milestones?)\b"
    r"(?!\s+years?\b)"
)
# words that make a capitalised word after the year no name: months, periods, quarters, and
# a year of a calendar ("in the 2027 Academic Year" is read elsewhere, as a period)
_NOT_A_NAME: Final = re.compile(
    r"\s+(?:Q[1-4]|H[12]|FY|January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Financial|Fiscal|Tax|Budget|Spending|(?:Academic|School|Calendar)"
    r"\s+Years?)\b"
)

Verdict = tuple[str | None, str]


def names_after(text: str, end: int) -> bool:
    """Whether a name or an event follows the year ending at `end` ("the 2011 Census")."""
    if _NOT_A_NAME.match(text, end) is not None:
        return False
    return (
        _PROPER_AFTER.match(text, end) is not None
        or _EVENT_AFTER.match(text.lower(), end) is not None
    )


def verdict(text: str, matched: str) -> Verdict | None:
    """The chosen phrase refused as the year inside a name, or None."""
    if not matched[-1:].isdigit() or _THE_YEAR.fullmatch(matched.lower()) is None:
        return None  # the cheap tests first: most phrases end in no year after "the"
    start = text.find(matched)
    if start < 0:
        return None
    end = start + len(matched)
    if _LIMIT_BEFORE.search(text[max(0, start - 24) : start].lower()) is not None:
        return None
    if _NOT_A_NAME.match(text, end) is not None:
        return None
    if _PROPER_AFTER.match(text, end) or _EVENT_AFTER.match(text.lower(), end):
        return None, "that year is part of a name, not a time"
    return None
