"""Alerts as the domain sees them: their kinds, the plan of a pledge, and the rules of
delivery that need no I/O (nonces, backoff, whether an alert is still wanted).

The plan is recomputed after every change to a pledge (ruling, extension, deletion)
and the store swaps the still-pending rows for the new plan, so a ruling cancels the
follow-ups and an extension moves the due alert, in the same transaction as the change
itself. An edit of the wording changes no moment, so it is not replanned.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from bot.core.model import GuildSettings, Pledge, Status


class AlertKind(StrEnum):
    """What an alert says. Stored in the outbox as its value."""

    HEADS_UP = "heads_up"
    DUE = "due"
    FOLLOW_UP = "follow_up"
    REVIEW = "review"
    STATUS = "status"  # a ruling was made
    DEPENDENCY = "dependency"  # a pledge this one depends on was ruled
    # The pledge was deleted: its alert messages lose their buttons. Nothing is posted;
    # queued like a ruling's status update so that the edits survive a restart or an
    # outage of Discord, and only when there is an alert message to edit (in a server
    # with no alert channel there never is, and the row would wait for ever).
    DELETED = "deleted"


# Alerts that belong to a pledge's plan (status updates are one-offs, never replanned).
PLANNED_KINDS: tuple[AlertKind, ...] = (
    AlertKind.HEADS_UP,
    AlertKind.DUE,
    AlertKind.FOLLOW_UP,
    AlertKind.REVIEW,
)
# Kinds whose message carries the ruling buttons, and so is edited after a ruling.
BUTTON_KINDS: tuple[AlertKind, ...] = (AlertKind.DUE, AlertKind.FOLLOW_UP, AlertKind.REVIEW)
# Kinds whose sending schedules the next repeat of the plan.
REPEATING_KINDS: tuple[AlertKind, ...] = (AlertKind.FOLLOW_UP, AlertKind.REVIEW)

# send_as of a row that goes out as a message of its own (a digest page has its nonce).
SINGLE = "single"


@dataclass(frozen=True, slots=True)
class PlannedAlert:
    """An alert the plan wants in the outbox."""

    kind: AlertKind
    due_at: datetime
    payload: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class OutboxRow:
    """One alert in the outbox, as stored."""

    id: int
    guild_id: int
    pledge_id: int | None
    kind: AlertKind
    due_at: datetime
    state: str
    payload: dict[str, Any] | None
    attempts: int
    next_attempt_at: datetime | None
    last_error: str | None
    late: bool
    claimed_at: datetime | None
    sent_at: datetime | None
    channel_id: int | None
    message_id: int | None
    created_at: datetime | None = None  # when it was planned

    @property
    def planned_late(self) -> bool:
        """Planned only after its moment had passed: a pledge recorded or imported
        already past its deadline or review date, not an alert that could not be posted."""
        return self.created_at is not None and self.created_at > self.due_at


@dataclass(frozen=True, slots=True)
class Claimed:
    """A row claimed for sending, with its pledge as it was read with the claim."""

    row: OutboxRow
    pledge: Pledge | None
    # None: never handed to Discord, free to group; SINGLE or a digest page's nonce: the
    # message it goes out in, fixed before its first send.
    send_as: str | None = None

    @property
    def number(self) -> int:
        """The pledge's number, also for a status update whose pledge is gone."""
        if self.pledge is not None:
            return self.pledge.number
        return int((self.row.payload or {}).get("number", 0))


@dataclass(frozen=True, slots=True)
class GuildQueue:
    """A server with alerts waiting, and the moment its first one may be attempted:
    its earliest waiting alert, or the end of its failure backoff if that is later."""

    guild_id: int
    channel_id: int
    ready_at: datetime
    backing_off: bool


@dataclass(frozen=True, slots=True)
class GuildFailure:
    failures: int
    retry_at: datetime
    channel_id: int | None
    last_error: str | None


Planner = Callable[[Pledge, GuildSettings, datetime], list[PlannedAlert]]


# -- the plan --------------------------------------------------------------------------


def _series(
    kind: AlertKind, first: datetime, every: timedelta, now: datetime
) -> list[PlannedAlert]:
    """The moments `first`, `first + every`, ... that the plan needs: the most recent one
    at or before `now` (if any) and the first one after it. Worked out by arithmetic, so
    a pledge said a century ago with a daily reminder costs what a new one costs."""
    if first > now:
        return [PlannedAlert(kind, first)]
    last = first + every * ((now - first) // every)
    return [PlannedAlert(kind, last), PlannedAlert(kind, last + every)]


def _schedule(pledge: Pledge, settings: GuildSettings, now: datetime) -> list[PlannedAlert]:
    """The alert moments of the pledge that matter at `now`: the fixed ones, and of the
    endless repeats only the latest past and the next (the rest are planned lazily:
    when the next one is sent the pledge is replanned, which adds the one after)."""
    if pledge.due_at is None:
        # Reviews count from when the pledge was said: a promise made months ago with
        # no deadline is due for a look now, not a month after someone recorded it.
        every = timedelta(days=settings.review_days)
        return _series(AlertKind.REVIEW, pledge.said_at + every, every, now)
    moments: list[PlannedAlert] = []
    due = pledge.due_at
    if settings.heads_up_minutes > 0:
        heads_up = due - timedelta(minutes=settings.heads_up_minutes)
        # Recorded after the heads-up moment: a heads-up would only repeat the news.
        if heads_up > pledge.created_at:
            moments.append(PlannedAlert(AlertKind.HEADS_UP, heads_up))
    moments.append(PlannedAlert(AlertKind.DUE, due))
    follow_ups = sorted(set(settings.follow_up_days))
    moments += [PlannedAlert(AlertKind.FOLLOW_UP, due + timedelta(days=d)) for d in follow_ups]
    every = timedelta(days=settings.repeat_days)
    first_repeat = due + timedelta(days=follow_ups[-1] if follow_ups else 0) + every
    return moments + _series(AlertKind.FOLLOW_UP, first_repeat, every, now)


def plan_alerts(pledge: Pledge, settings: GuildSettings, now: datetime) -> list[PlannedAlert]:
    """The alerts an open pledge should have in the outbox: all still to come, plus the
    most recent one already due.

    Only the most recent past moment is kept because a missed alert is sent late but
    once: a pledge recorded (or reopened, or seen again after downtime) after several
    of its moments passed gets one catch-up alert, never a string of stale ones. The
    outbox's unique index keeps an alert that was already sent or skipped from being
    planned a second time."""
    if pledge.status is not Status.OPEN or pledge.deleted_at is not None:
        return []
    moments = _schedule(pledge, settings, now)
    past = [a for a in moments if a.due_at <= now]
    return past[-1:] + [a for a in moments if a.due_at > now]


# -- which plans a change of schedule touches ------------------------------------------


class PlanFamily(StrEnum):
    """The two kinds of plan: a pledge with a deadline gets a heads-up, the due alert,
    follow-ups and repeats; one without gets reviews. A change of schedule gives new
    plans only to the family whose intervals changed, so a server-wide replan walks
    only those pledges."""

    DEADLINE = "deadline"
    REVIEW = "review"


def changed_families(before: GuildSettings, after: GuildSettings) -> frozenset[PlanFamily]:
    """The families whose plans differ between two versions of a server's settings,
    judged on the intervals the planner reads of them (Timing)."""
    old, new = Timing.of(before), Timing.of(after)
    changed: set[PlanFamily] = set()
    if replace(old, review=new.review) != new:
        changed.add(PlanFamily.DEADLINE)
    if old.review != new.review:
        changed.add(PlanFamily.REVIEW)
    return frozenset(changed)


# -- the lean plan of a server-wide replan -------------------------------------------------
# A new schedule replans every open pledge of a server (a million of them, perhaps). The
# plan there is the same as plan_alerts', worked out from the three moments it depends
# on, with the schedule's intervals computed once per batch instead of once per pledge,
# and as plain (kind, moment) pairs: about a third of plan_alerts' time per pledge.
# tests/core/test_alerts.py checks that both agree over generated pledges and settings.

Moment = tuple[AlertKind, datetime]


@dataclass(frozen=True, slots=True)
class Timing:
    """A server's alert schedule as intervals, worked out once for many pledges."""

    heads_up: timedelta | None
    follow_ups: tuple[timedelta, ...]  # after the deadline, in order
    first_repeat: timedelta  # after the deadline
    repeat: timedelta
    review: timedelta

    @classmethod
    def of(cls, settings: GuildSettings) -> Timing:
        days = sorted(set(settings.follow_up_days))
        repeat = timedelta(days=settings.repeat_days)
        minutes = settings.heads_up_minutes
        return cls(
            heads_up=timedelta(minutes=minutes) if minutes > 0 else None,
            follow_ups=tuple(timedelta(days=d) for d in days),
            first_repeat=timedelta(days=days[-1] if days else 0) + repeat,
            repeat=repeat,
            review=timedelta(days=settings.review_days),
        )


def plan_moments(
    timing: Timing,
    due_at: datetime | None,
    said_at: datetime,
    created_at: datetime,
    now: datetime,
) -> list[Moment]:
    """plan_alerts(pledge, settings, now) of an open, undeleted pledge, as (kind, moment)
    pairs in time order."""
    if due_at is None:
        return review_moments(timing, said_at, now)
    return deadline_moments(timing, due_at, created_at, now)


def review_moments(timing: Timing, said_at: datetime, now: datetime) -> list[Moment]:
    """plan_moments of a pledge without a deadline: only when it was said counts."""
    every = timing.review
    first = said_at + every
    if first > now:
        return [(AlertKind.REVIEW, first)]
    last = first + every * ((now - first) // every)
    return [(AlertKind.REVIEW, last), (AlertKind.REVIEW, last + every)]


def deadline_moments(
    timing: Timing, due_at: datetime, created_at: datetime, now: datetime
) -> list[Moment]:
    """plan_moments of a pledge with a deadline. The schedule's moments come out in time
    order already (a heads-up before the deadline, follow-ups of at least a day after
    it, the repeats after the last follow-up), so "the latest past one and all to come"
    is a slice."""
    moments: list[Moment] = []
    if timing.heads_up is not None:
        heads_up = due_at - timing.heads_up
        if heads_up > created_at:
            moments.append((AlertKind.HEADS_UP, heads_up))
    moments.append((AlertKind.DUE, due_at))
    for after in timing.follow_ups:
        moments.append((AlertKind.FOLLOW_UP, due_at + after))
    every = timing.repeat
    first = due_at + timing.first_repeat
    if first > now:
        moments.append((AlertKind.FOLLOW_UP, first))
    else:
        last = first + every * ((now - first) // every)
        moments += [(AlertKind.FOLLOW_UP, last), (AlertKind.FOLLOW_UP, last + every)]
    past = len(moments)
    while past and moments[past - 1][1] > now:
        past -= 1
    return moments[past - 1 :] if past else moments


def moments_of(alerts: Sequence[PlannedAlert]) -> list[Moment]:
    """A plan as (kind, moment) pairs in time order."""
    return sorted(((alert.kind, alert.due_at) for alert in alerts), key=lambda m: m[1])


def upcoming(
    planner: Planner, pledge: Pledge, settings: GuildSettings, now: datetime
) -> list[PlannedAlert]:
    """The plan after an alert went out: only what is still to come. The alert just
    sent stands for every moment up to now; after long downtime the plan's "most recent
    past moment" can be a later one the outbox never held, and sending it too would be
    a second catch-up for the same pledge."""
    return [alert for alert in planner(pledge, settings, now) if alert.due_at > now]


def still_wanted(
    row: OutboxRow, pledge: Pledge | None, settings: GuildSettings, planner: Planner
) -> bool:
    """Whether an alert should still go out, judged from the pledge as it is now.

    A planned alert must still be part of the pledge's plan: open, not deleted, and
    its moment one the plan (under the current settings and deadline) has. The replan
    after a ruling, extension or settings change cancels the rows still pending; this
    catches the ones a server task had claimed already.

    Nothing about a deleted pledge is posted after its deletion: a status update still
    waiting (Discord was down, the channel unset) is dropped with it, its alert messages
    keeping the ruling through the deletion's own edits; and a dependant hears of a
    ruling only while it still depends on the ruled pledge (a deletion ends that)."""
    if row.kind == AlertKind.STATUS:
        return pledge is not None and pledge.deleted_at is None
    if row.kind == AlertKind.DEPENDENCY:
        return (
            pledge is not None
            and pledge.deleted_at is None
            and pledge.depends_on == (row.payload or {}).get("number")
        )
    if row.kind in PLANNED_KINDS:
        if pledge is None or pledge.deleted_at is not None or pledge.status is not Status.OPEN:
            return False
        # The row exists, so "recorded after the heads-up moment" was settled when it
        # was planned; only the deadline, the settings and the status decide now.
        planned = replace(
            pledge, created_at=min(pledge.created_at, row.due_at - timedelta(seconds=1))
        )
        return any(
            alert.kind == row.kind and alert.due_at == row.due_at
            for alert in planner(planned, settings, row.due_at)
        )
    return True


# -- delivery rules ----------------------------------------------------------------------


def alert_nonce(row: OutboxRow) -> str:
    """Stable for a row across restarts, distinct between rows and databases; Discord
    accepts nonces of up to 25 characters."""
    check = zlib.crc32(f"{row.id}:{row.guild_id}:{row.kind}:{row.due_at.isoformat()}".encode())
    return f"pw{row.id}.{check:08x}"[:25]


def digest_nonce(rows: Sequence[OutboxRow]) -> str:
    check = zlib.crc32(",".join(str(row.id) for row in rows).encode())
    return f"pwd{rows[0].id}.{check:08x}"[:25]


def unusable_backoff(failures: int) -> timedelta:
    """403/404: ten minutes, doubling to an hour. Discord bans an IP after 10,000
    invalid requests in ten minutes, so these are never retried in a loop."""
    return timedelta(minutes=min(10 * 2 ** min(failures - 1, 3), 60))


def transient_backoff(failures: int) -> timedelta:
    """429/5xx/network: 30 seconds, doubling to ten minutes."""
    return timedelta(seconds=min(30 * 2 ** min(failures - 1, 5), 600))
