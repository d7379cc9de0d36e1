"""Of two days or times given in turn with "and", the later counts (CONVENTIONS 6.2; split
from second_looks.py at stop 64): "on April 12th and 13th", "on September 12 and 13 the
President will ...", "for Wednesday and Thursday", "no later than 5:30 pm on Tuesday and
2:00 pm on Wednesday" (or "17:30 ... and 14:00 ..."), "during the weeks of November 9 and
November 16, 2015". The sentence is read again with the first of the pair blanked (its
deadline word kept), and that reading counts when it is a later deadline that reaches past
the "and". "by Friday and report on Monday" (a second act), "by Friday and 5 members" and
"September 12 and 15 members" (no time) are not a pair.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Final

from bot.core.deadlines import clauses, look_back, open_day, reader_words
from bot.core.deadlines.choose import FLOOR_SLACK, Outcome, read_outcome
from bot.core.deadlines.context import Ctx
from bot.core.deadlines.look_back import LOOK_BACK

_MONTH_OR_DAY: Final = (
    r"(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
)
# what may follow "and" as the pair's second (a lookahead: the match ends where it starts):
# a weekday, a month and day, an ordinal day, a clock time (12- or 24-hour), a bare day
# number before punctuation, the end or a preposition ("September 12 and 13 the President
# will ...", not "September 12 and 15 members")
_AND_NEXT: Final = re.compile(
    rf"\s*,?\s+and\s+(?:on\s+)?(?=(?:{_MONTH_OR_DAY}[a-z]*\.?(?:\s+[0-9]|\b)"
    # a day-first date: "and on 9 December" (stop 58)
    rf"|[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_OR_DAY}[a-z]*\b"
    r"|[0-9]{1,2}(?:st|nd|rd|th)\b|[0-9]{1,2}(?:[:.][0-9]{2})?\s*[ap]\.?m\b"
    r"|[0-9]{1,2}[:.][0-9]{2}\b"
    r"|[0-9]{1,2}(?:\s*(?:[.,;:!?)]|$)|\s+(?:the|at|on|in|by|from|to|for|of|with|until)\b)))",
    re.I,
)
_CORE_START: Final = re.compile(rf"(?:\b{_MONTH_OR_DAY}|[0-9])", re.I)
# the second is a day of the month ("12th and 13th", "12 and 13"), not a clock time
_ORDINAL: Final = re.compile(r"[0-9]{1,2}(?:st|nd|rd|th)?\b(?![:.][0-9]|\s*[ap]\.?m\b)", re.I)
_WEEKDAY: Final = re.compile(r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?!\s*[0-9])\b", re.I)
_LAST_DAY: Final = re.compile(r"[0-9]{1,2}(?:st|nd|rd|th)?$")


def later_of_pair(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """The reading of the pair's later member, when the chosen words are the first of two
    days or times joined by "and"; else None."""
    at = text.find(found.matched)
    end = at + len(found.matched)
    if at < 0 or not text[end : end + 6].lstrip(" ,").startswith("and "):
        return None  # most texts: no "and" right after the chosen words
    first = found.cand.res.due if found.cand is not None else None
    if first is None:
        return None
    pair = _AND_NEXT.match(text, end)
    core = _CORE_START.search(found.matched) if pair is not None else None
    if pair is None or core is None:
        return None
    start = at + core.start()
    if _ORDINAL.match(text, pair.end()) and (last := _LAST_DAY.search(found.matched)):
        start = at + last.start()  # "on April 12th and 13th": the month stays
    blanked = text[:start] + " " * (pair.end() - start) + text[pair.end() :]
    blanked, hi = _window(blanked, at, pair.end())
    again = read_outcome(blanked, ctx, FLOOR_SLACK)
    if again is not None and again.cand is None and again.refusal == "earliest":
        # "on May 11 from 1 p.m. to 5 p.m., and on May 12 from 8:30 a.m. until adjournment":
        # the later day's own start, its end open (open_day.py)
        again = open_day.later_day(blanked, again, pair.end(), ctx) or again
    later = again.cand if again is not None else None
    if again is None or later is None or (due := later.res.due) is None:
        return None
    if due <= first and _WEEKDAY.match(text, pair.end()):
        # "on Friday and Monday": the Monday after that Friday, not today's
        after = first.astimezone(ctx.zone).date() + _A_DAY
        again = read_outcome(blanked, ctx.moved_to(ctx.start_of(after)), FLOOR_SLACK)
        later = again.cand if again is not None else None
        if again is None or later is None or (due := later.res.due) is None:
            return None
    if later.end <= pair.end() or due <= first or later.end > hi:
        return None  # (a long text) a time read far past the pair, not its later member
    words = text[min(at, later.start) : later.end].strip(" ,.")
    return replace(again, matched=words, reason="of two times given in turn, the later counts")


# (stop 64) A long paste with no stop holds thousands of lists of days, each chosen in turn
# and each read again: read whole, 100 kB of "June 21, 23, and 24, and ..." read the whole
# text twice (2.7 s of the sources). A text longer than any the product reads
# (reader_words.SHARED_FROM) is read again only in the pair's window: from where the words
# before it begin (look_back.head_start) to LOOK_BACK characters past the "and", cut at a
# space, the rest blanked (offsets kept); a time read there counts only if it ends REACH
# characters before the cut, so that no time the cut split or shortened is taken. Shorter
# texts (every text the product reads) are read again whole, as before.
def _window(blanked: str, at: int, after: int) -> tuple[str, int]:
    """The text read again for the pair at `at`, its "and" ending at `after` (`blanked`:
    the first member blanked), and how far into it a later member's reading may end."""
    if len(blanked) <= reader_words.SHARED_FROM:
        return blanked, len(blanked)
    lo = look_back.head_start(blanked, at)[0]
    reach = after + LOOK_BACK
    if reach >= len(blanked):
        return " " * lo + blanked[lo:], len(blanked)
    cut = blanked.rfind(" ", after, reach)
    hi = cut if cut > after else reach
    return " " * lo + blanked[lo:hi], hi - clauses.REACH


_A_DAY: Final = timedelta(days=1)
