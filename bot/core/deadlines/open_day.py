"""The later day of a meeting told by days, its hours open at the end (issue 12, stop 58,
tuner b; CONVENTIONS 6.1).

"The committee will meet on Tuesday, May 11, from 1 p.m. to 5 p.m., and on Wednesday, May
12, from 8:30 a.m. until adjournment": the second day gives only the hour it starts, so its
phrase read as a start alone (CONVENTIONS 3.2, `earliest`) and the first day's range was
chosen, dropping the later day with no word said. A schedule falls due at its end (6.1), and
the end lies on the later day; with no closing hour, at that day's end. `later_day` is
in_turn.later_of_pair's reading of the pair's second member when that member is a
dated day whose only clock time opens it ("from 8:30 a.m.").
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.choose import FLOOR_SLACK, Outcome, read_outcome
from bot.core.deadlines.context import Ctx

# the start alone: "from 8:30 a.m", "starting at 9", "beginning at noon"
_CLOCK_START: Final = re.compile(
    r"(?:from|starting(?:\s+at)?|beginning(?:\s+at)?|at)\s+"
    r"(?:[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:[ap]\.?\s?m\.?)?|noon)",
    re.IGNORECASE,
)


def later_day(blanked: str, again: Outcome, after: int, ctx: Ctx) -> Outcome | None:
    """The later day's end, when `again` (the reading of `blanked`, the text with the pair's
    first member blanked) refused a clock start alone that lies after `after` (see the
    module); else None."""
    if again.start is None:
        return None
    words = again.matched.strip(" ,.")
    at = blanked.find(words, after)
    if at < 0 or _CLOCK_START.fullmatch(words) is None:
        return None
    day_only = blanked[:at] + " " * len(words) + blanked[at + len(words) :]
    dated = read_outcome(day_only, ctx, FLOOR_SLACK)
    if dated is None or dated.cand is None or (due := dated.cand.res.due) is None:
        return None
    start_day = again.start.astimezone(ctx.zone).date()
    if due.astimezone(ctx.zone).date() != start_day or dated.cand.end <= after:
        return None
    return dated
