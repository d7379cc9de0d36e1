"""Clock times of a schedule told day by day (issue 12, stop 57): "On May 11, 1999, the
meeting will begin at approximately 9:30 am and run until completion; on May 12, 1999, the
meeting will begin at approximately 9:00 am and run until approximately 5:00 pm."

The clock times after the last day go with it, as they do when no earlier time stands in
the sentence (combine._last_day_before_times); the times before it each follow an earlier
day, whose own times they are. The schedule falls due at its end (CONVENTIONS 6.1): the
last day at its latest time. Read apart, the last day fell due at its end and its closing
time was dropped with no warning. Only when the days run forward in the text: a later day
named first leaves the sentence as it was read.
"""

from __future__ import annotations

from bot.core.deadlines.context import Candidate


def earlier_days_timed(day: Candidate, days: list[Candidate], times: list[Candidate]) -> bool:
    """Whether some time follows `day` (the last day named) and every time before it
    follows an earlier day, the days running forward."""
    if not any(t.start >= day.end for t in times):
        return False
    before = [t for t in times if t.start < day.end]
    if not before:
        return True
    due = day.res.due
    earlier = [d for d in days if d is not day]
    return (
        due is not None
        and all(d.res.due is not None and d.res.due < due for d in earlier)
        and all(any(d.end <= t.start for d in earlier) for t in before)
    )


def split_times(day: Candidate, times: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """(the times before `day`, left with their earlier days; the times after it)."""
    return (
        [t for t in times if t.start < day.end],
        [t for t in times if t.start >= day.end],
    )
