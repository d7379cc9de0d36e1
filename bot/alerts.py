"""Which alerts a pledge gets, and when. Pure: the dispatcher lives beside it.

The plan is recomputed after every change to a pledge (ruling, extension, edit,
deletion) and the store swaps the still-pending rows for the new plan, so a ruling
cancels the follow-ups and an extension moves the due alert, in the same transaction
as the change itself.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.pledges import GuildSettings, Pledge, Status
from db.store import PlannedAlert

# Endless repeats are planned lazily: up to the first one after "now". When that one is
# sent the pledge is replanned, which adds the next.


def _repeats(start: datetime, every: timedelta, now: datetime) -> list[datetime]:
    moments = []
    moment = start
    while True:
        moments.append(moment)
        if moment > now:
            return moments
        moment += every


def plan_alerts(pledge: Pledge, settings: GuildSettings, now: datetime) -> list[PlannedAlert]:
    if pledge.status is not Status.OPEN or pledge.deleted_at is not None:
        return []
    if pledge.due_at is None:
        every = timedelta(days=settings.review_days)
        return [
            PlannedAlert("review", moment)
            for moment in _repeats(pledge.created_at + every, every, now)
        ]
    due = pledge.due_at
    plan: list[PlannedAlert] = []
    if settings.heads_up_minutes > 0:
        heads_up = due - timedelta(minutes=settings.heads_up_minutes)
        # Recorded after the heads-up moment: a heads-up would only repeat the news.
        if heads_up > pledge.created_at:
            plan.append(PlannedAlert("heads_up", heads_up))
    plan.append(PlannedAlert("due", due))
    follow_ups = sorted(set(settings.follow_up_days))
    for days in follow_ups:
        plan.append(PlannedAlert("follow_up", due + timedelta(days=days)))
    last = due + timedelta(days=follow_ups[-1] if follow_ups else 0)
    every = timedelta(days=settings.repeat_days)
    if last <= now:
        plan += [PlannedAlert("follow_up", m) for m in _repeats(last + every, every, now)]
    else:
        plan.append(PlannedAlert("follow_up", last + every))
    return plan
