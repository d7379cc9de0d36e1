"""Which time of a sentence dates its act, when the clause read for it holds another.

`judging.read_deadline` hands the deadline parser the clause of a cue, so that the day
of saying ("vowed on Monday to cut ...") does not date what was vowed. The labels, and a
reader, date the act from its whole sentence. The two part where the clause holds a time
that belongs to something else, or cuts off the time the act has:

- a time inside a participle phrase of the subject dates that phrase's event ("27 people
  ... affected by the heavy rain in western Japan this July are scheduled to visit
  Egypt"): the act is timed by the rest of its clause, or by the frame the sentence opens
  with ("From December 23-30, ...");
- a time inside a relative clause naming something's target or content ("high-level
  meetings scheduled for December 15-17 to help secure a framework that includes a target
  to protect 30 percent of lands by 2030") is that thing's, when the clause before it has
  a time of its own (stop 60, blind142);
- a trailing duration ("is scheduled to begin mid-December, taking several months to
  complete") counts from the start it follows, not from the publication;
- an aside cuts the clause before its place and time ("will host discussions with
  foreign ministers ..., including the African Union Commission Chairman, in Washington,
  D.C. on November 17, 2017");
- a range whose spaced dash the clause boundary took for an aside ("will travel to
  Beijing September 28 – October 1") ends on its later day;
- acts of one subject joined by "and" or "then" ("opens ... on July 12, 2019, and closes
  ... on July 15, 2019; then reopens ... and closes ... on July 21") fall due with the
  last of them, as a range does;
- in a week's programme, an entry's fronted weekday ("On Wednesday, the President will
  host an Easter Prayer Breakfast") is its day, not the feast an event is named after
  nor the span of a goal it mentions.
"""

from __future__ import annotations

import re

from bot.core.deadlines import Deadline
from bot.core.extract.calendar_names import WEEKDAYS
from bot.core.extract.clauses import Cue
from bot.core.extract.timeframe import TimeFrames

# "affected by the heavy rain in western Japan ": a participle phrase running up to the time.
_PARTICIPLE = re.compile(r"\b[a-z]{3,}ed\s+(?:by|in|during|on|at|from)\b[^,;:()]*$")
# A frame the sentence opens with, after a speaker's label: "From December 23-30,".
_FRONTED = re.compile(
    r"^\W*(?:[A-Z][\w.’' ]{0,40}:\s*)?((?:from|on|in|by|at|during|between|until|over|"
    r"this|next|later)\b[^,;:]{1,40}),",
    re.IGNORECASE,
)
# A relative clause that names something's own target or content ("a framework that includes
# a target to conserve 30 percent of lands by 2030", "an agreement which sets goals for 2035").
_RELATIVE = re.compile(
    r"\b(?:that|which)\s+(?:\w+ly\s+|also\s+)?(?:includes?|sets?|contains?|commits?|aims?)\b"
)
# ", taking several months to complete", ", lasting two weeks".
_DURATION = re.compile(r",\s+(?:taking|lasting|spanning)\b")
# "– October 1", "— 3 May": the later end of a range the clause boundary cut off.
_RANGE_END = re.compile(r"\s*[–—]\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]{2,8}\b)")
# ", including the African Union Commission Chairman, " before the place and time of the act.
_ASIDE = re.compile(r",\s+including\s[^,;:]+,\s+(?=(?:in|on|at)\s)")
# A verb with no subject of its own, joined to the one before: "..., and closes", "then".
_JOINED = re.compile(r"\b(?:and|then)$")
_WEEKDAY = "|".join(WEEKDAYS)
_FRONTED_WEEKDAY = re.compile(rf"^\W*(?:also\s+)?(on\s+(?:{_WEEKDAY}))\s*,", re.IGNORECASE)
_DAY_WORDS = re.compile(rf"\d|\b(?:{_WEEKDAY})\b", re.IGNORECASE)


def act_time(
    times: TimeFrames, text: str, clause: tuple[int, int], cue: Cue, found: Deadline | None
) -> Deadline | None:
    """`found` (what the clause `text[start:end]` of `cue` was read as), or the time the
    clause gives the act itself where `found` belongs to a phrase around it."""
    start, end = clause
    if found is None:
        aside = _ASIDE.match(text, end)
        return times.parse(text[aside.end() :]) if aside else None
    at = text.find(found.matched, start, end)
    if at < 0:
        return found
    if at < cue.start and _PARTICIPLE.search(text, start, at):
        return times.parse(text[cue.start : end]) or _fronted(times, text, start) or found
    relative = _RELATIVE.search(text, max(start, cue.end), at) if at > cue.end else None
    if relative is not None and (own := times.parse(text[start : relative.start()])):
        return own  # "meetings scheduled for December 15-17 to help adopt a framework that
        # includes a target ... by 2030": the meetings' days, not the target's year
    duration = _DURATION.search(text, start, end)
    if duration is not None and at > duration.start():
        return times.parse(text[start : duration.start()]) or found
    if at + len(found.matched) == end and (more := _RANGE_END.match(text, end)):
        later = times.parse(text[start : more.end()])
        return later if later is not None and later.due > found.due else found
    return found


def _fronted(times: TimeFrames, text: str, start: int) -> Deadline | None:
    """The time frame the sentence opens with, before the clause at `start`."""
    lead = _FRONTED.match(text)
    if lead is None or lead.end() > start:
        return None
    return times.parse(lead.group(1))


def last_joined(
    text: str, best: Cue, deadline: Deadline | None, timed: list[tuple[Cue, Deadline | None]]
) -> Deadline | None:
    """`deadline` (the chosen cue's), or the later one of an act of the same kind joined to
    it after it in the sentence ("opens ... on July 12, and closes ... on July 15")."""
    if deadline is None:
        return None
    for cue, other in timed:
        if cue.start <= best.start or cue.kind != best.kind or other is None:
            continue
        if other.due > deadline.due and joined(text, cue.start):
            deadline = other
    return deadline


def joined(text: str, at: int) -> bool:
    """Whether "and" or "then" and a space stand right before `at`: read back over the
    space only, not from the sentence's start for every cue."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end < at and _JOINED.search(text, max(0, end - 4), end) is not None


def weekday_entry(times: TimeFrames, text: str, deadline: Deadline) -> Deadline:
    """In a week's programme, the day a sentence's fronted weekday names ("On Wednesday,
    the President will host an Easter Prayer Breakfast"), when what was read names no day
    of its own: the feast an event is named after ("Easter"), the span of a goal the entry
    mentions ("his commitment to doubling exports in five years")."""
    lead = _FRONTED_WEEKDAY.match(text)
    if lead is None or _DAY_WORDS.search(deadline.matched):
        return deadline
    return times.parse(lead.group(1)) or deadline
