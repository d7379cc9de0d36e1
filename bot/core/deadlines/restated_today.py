"""A date set off by commas right after "today" restates the day of speaking (issue 12,
stop 42, tuner g): it names no time of its own, and the sentence is read as "today" alone
would be (second_looks.py).

"Today, Friday 1 July, European Commission President, Jean-Claude Juncker, offered ...",
"Minister Norma Foley TD has today, Monday 7 September, announced the issue of the results",
"Today, 16 September, is World Ozone Day": the parser took the explicit date over "today"
(CONVENTIONS' first rule of several times: a calendar date beats a day word) and so lost
what the sentence says of "today": an act told as done (2.4, past), a day named (no act),
or an act of the day of speaking (2.1, due that day: "Today, on 13 September, we are
publishing ..."). Blanking the restated date leaves "Today, X offered", "has today,
announced", which the parser's readings of "today" already tell apart, so the answer is
theirs. A bracket after "today" ("today (3rd January 2020) announced") is told.py's and
today_acts.py's; a date that is not the day of speaking, or not closed by a comma
("today, 16 September is"), is left as it was read.
"""

from __future__ import annotations

import re

from bot.core.deadlines.context import DATED, _Candidate, _Ctx

# "Today, ", "has today, ", "today, on ": the day word, its comma, the date next
_TODAY_BEFORE = re.compile(r"\btoday\s*,\s*$", re.IGNORECASE)
_CLOSED = re.compile(r"\s*,")


def apposed(text: str, cand: _Candidate | None, ctx: _Ctx) -> tuple[int, int] | None:
    """The span to blank (the date, its leading words and its closing comma) when the chosen
    candidate restates the day of speaking after "today,"; else None."""
    if cand is None or cand.kind not in DATED or cand.res.day != ctx.today:
        return None
    if _TODAY_BEFORE.search(text, max(0, cand.start - 10), cand.start) is None:
        return None
    closed = _CLOSED.match(text, cand.end)
    return None if closed is None else (cand.start, closed.end())
