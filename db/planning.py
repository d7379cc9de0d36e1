"""Planning the outbox, shared by both engines: which of a pledge's planned alerts is
the next one to keep, which rows a replan writes, what a server-wide replan reads.
No SQL of its own: db/outbox.py and db/pg/outbox.py run what it decides."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from bot.core.alerts import (
    BUTTON_KINDS,
    PLANNED_KINDS,
    AlertKind,
    Moment,
    PlannedAlert,
    Planner,
    Timing,
    deadline_moments,
    moments_of,
    plan_alerts,
    review_moments,
)
from bot.core.model import GuildSettings
from db._sqlite import PLEDGE_COLUMNS, moment, pledge_from_row, to_db

# What plan_alerts reads of an open, undeleted pledge: a server-wide replan selects only
# these (and maps no Pledge) when the planner is plan_alerts.
PLAN_COLUMNS = "id, due_at, said_at, created_at"
# The kinds the planner writes, and those whose messages carry buttons, as SQL lists
# (`kind IN ({PLANNED_SQL})`), for both engines.
PLANNED_SQL = ", ".join(f"'{kind}'" for kind in PLANNED_KINDS)
BUTTON_SQL = ", ".join(f"'{kind}'" for kind in BUTTON_KINDS)
# Whether a pledge has an alert message with ruling buttons for its deletion to edit:
# one sent on its own (a digest has no buttons, as the outboxes' `_button_messages`), or
# one on its way (claimed: it may be posted after the deletion commits). Placeholders
# {guild} and {pledge} are the engine's; `NOT digest` reads SQLite's 0/1 and a boolean.
BUTTONS_OUT_SQL = (
    "SELECT 1 FROM alert_outbox WHERE guild_id = {guild} AND pledge_id = {pledge} "
    f"AND kind IN ({BUTTON_SQL}) AND (state = 'claimed' "
    "OR (state = 'sent' AND NOT digest AND message_id IS NOT NULL)) LIMIT 1"
)
_PLAN_CHUNK = 1_000  # pledges planned between two yields to the event loop


def with_deletion_edits(
    extra_alerts: Sequence[tuple[int, int | None, PlannedAlert]], buttons_out: bool
) -> list[tuple[int, int | None, PlannedAlert]]:
    """The alerts a deletion queues: its `deleted` row only when `BUTTONS_OUT_SQL` found an
    alert message to edit, so a server with no alert channel keeps none waiting for ever.
    Shared by both engines."""
    return [
        extra for extra in extra_alerts if buttons_out or extra[2].kind is not AlertKind.DELETED
    ]


def batch_columns(planner: Planner) -> str:
    """The pledge columns a server-wide replan with `planner` selects."""
    return PLAN_COLUMNS if planner is plan_alerts else PLEDGE_COLUMNS


def family_filter(deadlines: bool, reviews: bool) -> str:
    """The condition a server-wide replan adds to its read of open pledges, for the
    plan families its mark names (both: none)."""
    if deadlines and reviews:
        return ""
    return " AND due_at IS NOT NULL" if deadlines else " AND due_at IS NULL"


def resume_after(by_number: bool, next_number: int) -> int:
    """The number a server-wide replan continues after. Its mark holds only a number
    (`next_due` stays at the column's default: `by_number`); a mark that still holds a
    deadline was left by the walk in deadline order of earlier versions and starts over
    from the first pledge: a pledge replanned twice is written once."""
    return next_number if by_number else 0


async def plan_batch(
    rows: Sequence[Any], planner: Planner, settings: GuildSettings, now: datetime
) -> list[tuple[int, list[Moment]]]:
    """The new plan of each open pledge of a batch (rows of `batch_columns(planner)`), for
    replan_many; either engine's rows. With plan_alerts, the lean plan_moments works from
    the three moments the plan depends on; another planner (a test's, a benchmark's
    baseline) gets the whole Pledge. Planning is CPU: other servers' reads get the event
    loop between chunks."""
    plans: list[tuple[int, list[Moment]]] = []
    timing = Timing.of(settings)
    for start in range(0, len(rows), _PLAN_CHUNK):
        chunk = rows[start : start + _PLAN_CHUNK]
        if planner is plan_alerts:
            for row in chunk:  # id, due_at, said_at, created_at: each read only if needed
                due_at = row[1]
                if due_at is None:
                    plan = review_moments(timing, moment(row[2]), now)
                else:
                    plan = deadline_moments(timing, moment(due_at), moment(row[3]), now)
                plans.append((row[0], plan))
        else:
            for row in chunk:
                pledge = pledge_from_row(row)
                plans.append((pledge.id, moments_of(planner(pledge, settings, now))))
        await asyncio.sleep(0)
    return plans


Write = tuple[int, str, Any]  # (pledge or row id, kind, due_at as the engine stores it)


def outbox_writes(
    rows: dict[int, list[Any]],
    plans: Sequence[tuple[int, Sequence[Moment]]],
    in_place: bool,
    encode: Callable[[datetime], Any] = to_db,
) -> tuple[list[int], list[Write], list[Write]]:
    """What replan_many writes, for both engines: (row ids to cancel, (pledge id, kind,
    due_at) to insert, (row id, kind, due_at) to move there), from each pledge's stored
    rows (`rows`, pledges without any left out) and its new plan. Moves come in row id
    order, so the writes walk the table's pages in order."""
    stale: list[int] = []
    new: list[Write] = []
    moved: list[Write] = []
    for pledge_id, plan in plans:
        mine = rows.get(pledge_id)
        if not mine:  # nothing stored: the plan's first alert
            if plan:
                new.append((pledge_id, str(plan[0][0]), encode(plan[0][1])))
            continue
        if len(mine) == 1 and plan and mine[0]["state"] == "pending":
            # The usual case, next_alert's answer without its sets and lists: one
            # waiting row, nothing gone out, so the plan's first alert is the one to keep.
            row, kind, due = mine[0], str(plan[0][0]), encode(plan[0][1])
            if row["kind"] == kind and row["due_at"] == due:
                continue  # already stored: no write
            if in_place and row["fresh"]:
                moved.append((row["id"], kind, due))
            else:
                stale.append(row["id"])
                new.append((pledge_id, kind, due))
            continue
        cancel, index = next_alert(mine, plan, encode)
        target = None if index is None else (str(plan[index][0]), encode(plan[index][1]))
        if target is not None and in_place:
            fresh = next((r["id"] for r in mine if r["fresh"] and r["id"] in cancel), None)
            if fresh is not None:
                cancel.remove(fresh)
                moved.append((fresh, *target))
                target = None
        stale += cancel
        if target is not None:
            new.append((pledge_id, *target))
    moved.sort(key=lambda move: move[0])
    return stale, new, moved


def latest_missed(
    row: Any,
    plan: Sequence[PlannedAlert],
    now: datetime,
    encode: Callable[[datetime], Any] = to_db,
) -> PlannedAlert | None:
    """For a next alert long missed (`row`): the plan's latest moment already past, which
    replaces it, or None when that is the row itself (or nothing has passed)."""
    past = [a for a in plan if a.due_at <= now]
    latest = max(past, key=lambda a: a.due_at) if past else None
    if latest is None or (str(latest.kind), encode(latest.due_at)) == (row["kind"], row["due_at"]):
        return None
    return latest


def next_alert(
    rows: Sequence[Any],
    plan: Sequence[Moment],
    encode: Callable[[datetime], Any] = to_db,
) -> tuple[list[int], int | None]:
    """(pending rows to cancel, the index in `plan` of the alert to store, or None when
    there is nothing to store) for one pledge's new plan, in time order: its first alert
    that no sent, skipped or claimed row stands for. Shared by both engines; `encode`
    turns a moment into how the engine stores `due_at`."""
    pending = [row for row in rows if row["state"] == "pending"]
    if len(pending) == len(rows):  # nothing gone out: the plan's first alert
        index = 0 if plan else None
    else:
        gone = {(row["kind"], row["due_at"]) for row in rows if row["state"] != "pending"}
        index = next(
            (i for i, (kind, at) in enumerate(plan) if (str(kind), encode(at)) not in gone),
            None,
        )
    wanted = None if index is None else (str(plan[index][0]), encode(plan[index][1]))
    stale = [row["id"] for row in pending if (row["kind"], row["due_at"]) != wanted]
    return stale, index if len(stale) == len(pending) else None


def alert_values(
    guild_id: int,
    pledge_id: int | None,
    alert: PlannedAlert,
    now: datetime,
    encode: Callable[[datetime], Any] = to_db,
) -> tuple[Any, ...]:
    """An outbox row's values for INSERT (guild_id, pledge_id, kind, due_at, payload,
    created_at), times in the engine's encoding (SQLite's text by default)."""
    return (
        guild_id,
        pledge_id,
        str(alert.kind),
        encode(alert.due_at),
        json.dumps(alert.payload) if alert.payload is not None else None,
        encode(now),
    )
