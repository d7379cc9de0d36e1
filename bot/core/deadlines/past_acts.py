"""Acts told as done at a time the calendar does not yet put behind us (issue 12, round
27a): the day of speaking given as a date ("The caretaker period for the NSW Election
commenced on 1 March 2019", read that day; "the thunderstorms that moved through the area
on the evening of May 22nd", read that evening). The date is not yet a day gone, so the
"already past" check lets it through, yet a past verb in its own clause (past_reading.py
looks for one) says the act is done: nothing is left to fall due.
"""

from __future__ import annotations

from bot.core.deadlines import clauses
from bot.core.deadlines.context import DATED, _Ctx, _Hit, _Res


def today_told_done(hit: _Hit, res: _Res, ctx: _Ctx, whole_clause: str) -> bool:
    """Whether the phrase is a calendar date naming the day of speaking and its clause
    holds a past verb with nothing ahead: an act done that day."""
    return (
        res.day is not None
        and res.day == ctx.today
        and hit.kind in DATED
        and clauses.past_tense(whole_clause)
    )
