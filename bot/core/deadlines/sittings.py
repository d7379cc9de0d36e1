"""Two business-statement shapes whose chosen time was a wrong date (issue 12, stop 54).

- "the following week" in a business statement ("The provisional business for the following
  week will include:") is the week after next: the statement gives the business for next
  week first, and this line the week that follows it. Read alone, "the following week" was a
  week counted from the moment of speaking (the Thursday after), which is neither week. Only
  after "business for", or joined to next week ("two days' business next week and the
  following week", "next week or the week after": stop 61, where the following week had been
  the Thursday after and "the week after" dropped); elsewhere it is read as before.
- Two proposals given in turn, each a "that" clause with its own time ("I propose that we
  take No. 1 only today and that we take Report and Final Stages next week", or the other
  way round): the later counts (CONVENTIONS 6.2, a schedule falls due at its end). The day
  ranked above the period ("today" over "next week") and the earlier was chosen, with no
  warning. The other clause is read alone and counts when it falls due on a later day; two
  times of one day are left as read ("that the House sit one hour later today and that
  business be interrupted at 6 p.m.").

- "the week after Easter" ("We will take the Bill in the week after Easter") is the Monday to
  Sunday week after the week of the feast; "in the week" was read as this week and "after
  Easter" dropped as an earliest bound. Only a feast or date the reader dates alone.
- "tomorrow week" ("The vote will be held tomorrow week") is a week after tomorrow, as
  "Tuesday week" is a week after Tuesday; "week" was dropped.

- "the (first, second ...) <weekday> after <day or event>" ("on the first Tuesday after the
  recess", "on the first Monday after Easter") was the weekday alone, this week's. After a day
  the reader dates alone ("Easter", "Christmas Day", "March 5") it is that weekday after it
  (the first, second ... one); after an event it cannot date ("the recess", "the election")
  the phrase is refused as `event` (CONVENTIONS 1.3, 5.2).

All are second looks at a reading with a deadline (second_looks.py), each behind a substring
test, so a plain sentence pays nothing more.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Final

from bot.core.deadlines.choose import FLOOR_SLACK, Outcome, read_outcome
from bot.core.deadlines.context import Ctx
from bot.core.deadlines.words import spelled

# "The provisional business for the following week will include:" said in a business
# statement, after the business for next week: the week after next; so is the following
# week joined to next week ("two days' business next week and the following week", stop 61)
_FOLLOWING: Final = re.compile(
    r"\b(?:business\s+for|next\s+week\s*,?\s+(?:and|or)(?:\s+in)?)\s+$", re.IGNORECASE
)
# "next week and the week after", "next week or the week after that" (not "the week after
# Easter", which sittings.week_words reads)
_AND_AFTER: Final = re.compile(
    r"\s*,?\s+(?:and|or)\s+(?:in\s+)?the\s+(?:following\s+week|week\s+after(?:\s+that)?"
    r"(?=\s*(?:[,.;:!?)]|$|\s+(?:and|or|but|when|if|we|i|it|they)\b)))",
    re.IGNORECASE,
)


def following_week(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """ "the following week" of a business statement ("The provisional business for the
    following week will include:") or after next week ("next week and the following week",
    "next week and the week after") read as the week after next, or None."""
    matched = found.matched.lower()
    at = text.find(found.matched)
    if at < 0:
        return None
    if matched == "the following week":
        if _FOLLOWING.search(text, max(0, at - 30), at) is None:
            return None
        words = found.matched
    elif matched == "next week" and (m := _AND_AFTER.match(text, at + len(found.matched))):
        words = text[at : m.end()]
    else:
        return None
    again = read_outcome("the week after next", ctx, FLOOR_SLACK)
    if again is None or again.cand is None:
        return None
    why = "the week after the next, whose business is given first"
    return Outcome(again.cand, words, why)


# "I propose that we take No. 1 only today and that we take Report and Final Stages next week":
# two proposals given in turn, each with its own time.
_AND_THAT: Final = re.compile(r"\band\s+that\s+", re.IGNORECASE)
_STOP: Final = re.compile(r"[.;:?!]\s")


def later_turn(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """The reading of the other of two "that" clauses given in turn ("that we take ...
    today and that we take ... next week", in either order), when it falls due on a later
    day than the chosen one (the later counts, CONVENTIONS 6.2); else None. Times of one
    day are left as read ("that the House sit one hour later today and that business be
    interrupted at 6 p.m.": the hour)."""
    first = found.cand.res.due if found.cand is not None else None
    at = text.find(found.matched)
    m = _AND_THAT.search(text)
    if first is None or at < 0 or m is None:
        return None
    end = at + len(found.matched)
    if end <= m.start():  # the chosen time in the first clause: read the second alone
        if _STOP.search(text, end, m.start()):
            return None
        other = " " * m.end() + text[m.end() :]
    elif at >= m.end():  # in the second: read the first alone
        if _STOP.search(text, m.end(), at):
            return None
        other = text[: m.start()] + " " * (len(text) - m.start())
    else:
        return None
    again = read_outcome(other, ctx, FLOOR_SLACK)
    later = again.cand if again is not None else None
    if again is None or later is None or later.res.due is None:
        return None
    if later.res.due.astimezone(ctx.zone).date() <= first.astimezone(ctx.zone).date():
        return None  # "sit one hour later today and that business be interrupted at 6 p.m."
    return replace(again, reason="of two proposals given in turn, the later counts")


# "in the week after Easter": the week, then "after" and what the week follows
_WEEK_AFTER: Final = re.compile(r"\s+after\s+([A-Z][A-Za-z]*(?:\s+(?:[A-Z][a-z]*|[0-9]{1,2}))?)")
_WEEKS: Final = ("in the week", "the week", "during the week")
_TOMORROWS: Final = ("tomorrow", "to-morrow")
_WEEK_ON: Final = re.compile(
    r"\s+week\b(?![-'’]|\s+(?:of|after|before|ending|commencing|beginning))"
)


def week_words(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """ "the week after Easter" and "tomorrow week" read whole, or None."""
    words = found.matched.lower()
    at = text.find(found.matched)
    if at < 0 or found.cand is None:
        return None
    end = at + len(found.matched)
    if words in _TOMORROWS and (m := _WEEK_ON.match(text, end)) is not None:
        again = read_outcome("in 8 days", ctx, FLOOR_SLACK)  # a week after tomorrow
    elif words in _WEEKS and (m := _WEEK_AFTER.match(text, end)) is not None:
        feast = read_outcome(m.group(1), ctx, FLOOR_SLACK)
        due = feast.cand.res.due if feast is not None and feast.cand is not None else None
        if due is None or feast is None or feast.matched != m.group(1):
            return None
        day = due.astimezone(ctx.zone).date()
        monday = day + timedelta(days=7 - day.weekday())
        week = f"the week commencing {spelled(monday)}"
        again = read_outcome(week, ctx, FLOOR_SLACK)
    else:
        return None
    if again is None or again.cand is None:
        return None
    return Outcome(again.cand, text[at : m.end()], f"{text[at : m.end()]}, read whole")


_WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NTH_BEFORE: Final = re.compile(r"\bthe\s+(?:(first|second|third|fourth|next)\s+)?$", re.I)
_NTH: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4, "next": 1}
_AFTER_EVENT: Final = re.compile(r"\s+after\s+(the(?:\s+[a-z]+){1,3})\b")


def weekday_after(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """ "the first Tuesday after Easter" read from Easter; "the first Tuesday after the
    recess" refused as an event; else None."""
    day_name = found.matched.lower().removeprefix("on ")
    at = text.find(found.matched)
    if day_name not in _WEEKDAYS or at < 0 or found.cand is None:
        return None
    start = at + len(found.matched) - len(day_name)
    end = at + len(found.matched)
    nth = _NTH_BEFORE.search(text, max(0, start - 16), start)
    if nth is None:
        return None
    after = _WEEK_AFTER.match(text, end) or _AFTER_EVENT.match(text, end)
    if after is None:
        return None
    words = text[nth.start() : after.end()]
    anchor = read_outcome(after.group(1), ctx, FLOOR_SLACK)
    due = anchor.cand.res.due if anchor is not None and anchor.cand is not None else None
    if due is None or anchor is None or anchor.matched != after.group(1):
        if after.group(1)[:1].isupper():
            return None  # a name we cannot date: as read before
        return Outcome(None, words, "that counts from an event I cannot date", "event")
    day = due.astimezone(ctx.zone).date()
    ahead = (_WEEKDAYS.index(day_name) - day.weekday() - 1) % 7 + 1  # strictly after
    count = _NTH[nth.group(1).lower()] if nth.group(1) else 1
    target = day + timedelta(days=ahead + 7 * (count - 1))
    again = read_outcome(spelled(target), ctx, FLOOR_SLACK)
    if again is None or again.cand is None:
        return None
    return Outcome(again.cand, words, f"{words}, read whole")
