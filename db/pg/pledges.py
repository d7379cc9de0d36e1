"""Pledges, their history and the servers' settings on PostgreSQL: the same answers as
db/pledges.py, each query scoped by guild_id where the caller names the server.

Pledge numbers are per server and gapless (MAX + 1), so two processes adding pledges
to one server take turns on a transaction-scoped advisory lock keyed by the server.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import datetime
from typing import Any

import asyncpg

from bot.core.alerts import PlanFamily, PlannedAlert, Planner
from bot.core.errors import AlreadyRecorded, Conflict, no_such_pledge
from bot.core.model import Event, GuildSettings, ListFilter, Page, PageKey, Pledge, Status
from db.pg import listing
from db.pg._pg import (
    PLEDGE_COLUMNS,
    PgDatabase,
    affected,
    event_from_row,
    fetch_pledge,
    fetch_settings,
    pg_value,
    pledge_from_row,
    to_pg,
)
from db.pg.outbox import insert_alert, replan_alerts, replan_many
from db.pg.words import index_pledges, touches_words
from db.planning import (
    BUTTONS_OUT_SQL,
    batch_columns,
    family_filter,
    plan_batch,
    resume_after,
    with_deletion_edits,
)
from db.pledges import _SETTINGS, _check_editable

_DEPENDENTS = (
    f"SELECT {PLEDGE_COLUMNS} FROM pledges WHERE guild_id = $1 AND depends_on = $2 "
    "AND deleted_at IS NULL ORDER BY number"
)
# The same, locked for the deletion that releases them: under READ COMMITTED an unlocked
# read would let another process re-point a dependent before its UPDATE, which would
# then clear the new dependency too (FOR UPDATE waits, and drops rows that no longer match).
_DEPENDENTS_LOCKED = f"{_DEPENDENTS} FOR UPDATE"
# The pledge a new one depends on, share-locked until the new one is committed: a
# deletion under way is waited for (and its row, read again, no longer matches), and a
# deletion that comes later waits for the new dependent, then finds it and releases it.
_DEPENDENCY_LOCKED = (
    "SELECT TRUE FROM pledges WHERE guild_id = $1 AND number = $2 AND deleted_at IS NULL FOR SHARE"
)


class PgPledgeRepository:
    def __init__(self, database: PgDatabase) -> None:
        self._database = database

    # -- settings ----------------------------------------------------------------------

    async def get_settings(self, guild_id: int) -> GuildSettings:
        async with self._database.connection() as conn:
            return await fetch_settings(conn, guild_id)

    async def update_settings(
        self,
        guild_id: int,
        changes: dict[str, Any],
        now: datetime,
        *,
        replans: Sequence[tuple[int, Sequence[PlannedAlert]]] = (),
        replan: Collection[PlanFamily] = (),
    ) -> None:
        """As db/pledges.py: with `replan`, the server is marked for replanning in the
        same transaction, and `replan_batch` works through its open pledges of those
        plan families."""
        unknown = set(changes) - _SETTINGS
        if unknown:
            raise ValueError(f"unknown settings: {sorted(unknown)}")
        async with self._database.transaction() as conn:
            for pledge_id, alerts in replans:
                await replan_alerts(conn, guild_id, pledge_id, alerts, now)
            if replan:  # from the start again, if one was under way, for both changes
                await conn.execute(
                    "INSERT INTO replan_marks (guild_id, started_at, deadlines, reviews) "
                    "VALUES ($1, $2, $3, $4) "
                    "ON CONFLICT (guild_id) DO UPDATE SET next_due = '-infinity', "
                    "next_number = 0, started_at = excluded.started_at, "
                    "deadlines = replan_marks.deadlines OR excluded.deadlines, "
                    "reviews = replan_marks.reviews OR excluded.reviews",
                    guild_id,
                    to_pg(now),
                    PlanFamily.DEADLINE in replan,
                    PlanFamily.REVIEW in replan,
                )
            await conn.execute(
                "INSERT INTO guild_settings (guild_id) VALUES ($1) ON CONFLICT DO NOTHING",
                guild_id,
            )
            if changes:
                keys = list(changes)
                assignments = ", ".join(f"{key} = ${n}" for n, key in enumerate(keys, start=3))
                await conn.execute(
                    f"UPDATE guild_settings SET {assignments}, updated_at = $2 WHERE guild_id = $1",
                    guild_id,
                    to_pg(now),
                    *(pg_value(k, changes[k]) for k in keys),
                )

    async def replan_batch(
        self, guild_id: int, planner: Planner, now: datetime, *, limit: int = 2_000
    ) -> bool:
        """As db/pledges.py: the next `limit` open pledges after the mark, in number
        order, replanned in one transaction that moves the mark on (and removes it after
        the last)."""
        async with self._database.transaction() as conn:
            mark = await conn.fetchrow(
                "SELECT next_due = '-infinity', next_number, deadlines, reviews "
                "FROM replan_marks WHERE guild_id = $1 FOR UPDATE",
                guild_id,
            )
            if mark is None:
                return False
            rows = await conn.fetch(
                f"SELECT {batch_columns(planner)}, number FROM pledges "
                "WHERE guild_id = $1 AND number > $2 AND status = 'open' AND deleted_at IS NULL"
                f"{family_filter(mark[2], mark[3])} ORDER BY number LIMIT $3 FOR UPDATE",
                guild_id,
                resume_after(mark[0], mark[1]),
                limit,
            )
            settings = await fetch_settings(conn, guild_id)
            plans = await plan_batch(rows, planner, settings, now)
            await replan_many(conn, guild_id, plans, now, in_place=True)
            if len(rows) < limit:
                await conn.execute("DELETE FROM replan_marks WHERE guild_id = $1", guild_id)
                return False
            await conn.execute(
                "UPDATE replan_marks SET next_due = '-infinity', next_number = $2 "
                "WHERE guild_id = $1",
                guild_id,
                rows[-1][-1],
            )
            return True

    async def pending_replans(self) -> list[int]:
        rows = await self._database.fetch("SELECT guild_id FROM replan_marks ORDER BY guild_id")
        return [row[0] for row in rows]

    # -- pledges -----------------------------------------------------------------------

    async def insert_pledge(
        self,
        guild_id: int,
        fields: dict[str, Any],
        now: datetime,
        *,
        alerts: Sequence[PlannedAlert] = (),
    ) -> Pledge:
        async with self._database.transaction() as conn:
            await conn.execute("SELECT pg_advisory_xact_lock($1)", guild_id)
            target = fields.get("depends_on")
            if target is not None and not await conn.fetchval(_DEPENDENCY_LOCKED, guild_id, target):
                raise no_such_pledge(target)
            number = await conn.fetchval(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM pledges WHERE guild_id = $1", guild_id
            )
            columns = ["guild_id", "number", "created_at", "updated_at", *fields]
            values = [guild_id, number, to_pg(now), to_pg(now)]
            values += [pg_value(k, v) for k, v in fields.items()]
            marks = ", ".join(f"${n}" for n in range(1, len(columns) + 1))
            try:
                row = await conn.fetchrow(
                    f"INSERT INTO pledges ({', '.join(columns)}) VALUES ({marks}) "
                    f"RETURNING {PLEDGE_COLUMNS}",
                    *values,
                )
            except asyncpg.UniqueViolationError as error:
                if "seed_key" not in (getattr(error, "constraint_name", None) or ""):
                    raise
                raise AlreadyRecorded(
                    f"The bundled pledge {fields.get('seed_key')!r} is already in this server."
                ) from error
            assert row is not None  # INSERT ... RETURNING answers the row
            pledge = pledge_from_row(row)
            await index_pledges(conn, guild_id, [pledge.id])
            await insert_event(
                conn,
                guild_id,
                Event(pledge_id=pledge.id, at=now, actor_id=fields["recorded_by"], kind="created"),
            )
            await replan_alerts(conn, guild_id, pledge.id, alerts, now)
            return pledge

    async def update_pledge(
        self,
        guild_id: int,
        pledge_id: int,
        changes: dict[str, Any],
        events: Iterable[Event],
        now: datetime,
        *,
        alerts: Sequence[PlannedAlert] | None = None,
        extra_alerts: Sequence[tuple[int, int | None, PlannedAlert]] = (),
        expect_status: Status | None = None,
    ) -> Pledge:
        """As db/pledges.py: changes, events and the new plan in one transaction; with
        `expect_status`, a pledge another writer ruled meanwhile raises Conflict (the
        UPDATE's condition is checked again after waiting for that writer's row lock)."""
        _check_editable(guild_id, changes, extra_alerts)
        async with self._database.transaction() as conn:
            return await _update(
                conn,
                guild_id,
                pledge_id,
                changes,
                events,
                now,
                alerts=alerts,
                extra_alerts=extra_alerts,
                expect_status=expect_status,
            )

    async def delete_pledge(
        self,
        guild_id: int,
        pledge_id: int,
        event: Event,
        now: datetime,
        *,
        expect_status: Status,
        release: Callable[[Pledge], Event],
        extra_alerts: Sequence[tuple[int, int | None, PlannedAlert]] = (),
    ) -> Pledge:
        """As db/pledges.py: the deletion, the release of its dependents and the queued
        `extra_alerts` in one transaction (a deletion's row only if there is an alert
        message to edit)."""
        async with self._database.transaction() as conn:
            buttons_out = await conn.fetchval(
                BUTTONS_OUT_SQL.format(guild="$1", pledge="$2"), guild_id, pledge_id
            )
            extra_alerts = with_deletion_edits(extra_alerts, buttons_out is not None)
            deleted = await _update(
                conn,
                guild_id,
                pledge_id,
                {"deleted_at": now},
                [event],
                now,
                alerts=[],
                extra_alerts=extra_alerts,
                expect_status=expect_status,
            )
            rows = await conn.fetch(_DEPENDENTS_LOCKED, guild_id, deleted.number)
            for dependent in map(pledge_from_row, rows):
                await _update(
                    conn, guild_id, dependent.id, {"depends_on": None}, [release(dependent)], now
                )
            return deleted

    async def get_pledge(
        self, guild_id: int, number: int, *, include_deleted: bool = False
    ) -> Pledge | None:
        sql = f"SELECT {PLEDGE_COLUMNS} FROM pledges WHERE guild_id = $1 AND number = $2"
        if not include_deleted:
            sql += " AND deleted_at IS NULL"
        row = await self._database.fetchrow(sql, guild_id, number)
        return pledge_from_row(row) if row else None

    async def get_pledge_by_id(self, guild_id: int, pledge_id: int) -> Pledge | None:
        async with self._database.connection() as conn:
            return await fetch_pledge(conn, guild_id, pledge_id)

    async def all_pledges(
        self, guild_id: int, *, after: int = 0, limit: int | None = None
    ) -> list[Pledge]:
        rows = await self._database.fetch(
            f"SELECT {PLEDGE_COLUMNS} FROM pledges WHERE guild_id = $1 AND number > $2 "
            "ORDER BY number LIMIT $3",
            guild_id,
            after,
            limit,
        )
        return [pledge_from_row(row) for row in rows]

    async def seeded_numbers(self, guild_id: int) -> dict[str, int]:
        rows = await self._database.fetch(
            "SELECT seed_key, number FROM pledges WHERE guild_id = $1 AND seed_key IS NOT NULL",
            guild_id,
        )
        return {row[0]: row[1] for row in rows}

    async def list_pledges(
        self,
        guild_id: int,
        *,
        status: ListFilter,
        now: datetime,
        speaker: str | None = None,
        query: str | None = None,
        limit: int = 10,
        offset: int = 0,
        after: PageKey | None = None,
        before: PageKey | None = None,
    ) -> Page:
        """As db/pledges.py: a page in list order, by keyset with `after`/`before`."""
        return await listing.list_page(
            self._database,
            guild_id,
            status=status,
            now=now,
            speaker=speaker,
            query=query,
            limit=limit,
            offset=offset,
            after=after,
            before=before,
        )

    async def search_numbers(self, guild_id: int, typed: str, limit: int = 25) -> list[Pledge]:
        return await listing.search_numbers(self._database, guild_id, typed, limit)

    async def speakers(self, guild_id: int, typed: str, limit: int = 25) -> list[str]:
        return await listing.speakers(self._database, guild_id, typed, limit)

    async def dependents(self, guild_id: int, number: int) -> list[Pledge]:
        rows = await self._database.fetch(_DEPENDENTS, guild_id, number)
        return [pledge_from_row(row) for row in rows]

    # -- history -----------------------------------------------------------------------

    async def history(self, guild_id: int, pledge_id: int) -> list[Event]:
        rows = await self._database.fetch(
            "SELECT * FROM pledge_events WHERE guild_id = $1 AND pledge_id = $2 ORDER BY id",
            guild_id,
            pledge_id,
        )
        return [event_from_row(row) for row in rows]


async def _update(
    conn: Any,
    guild_id: int,
    pledge_id: int,
    changes: dict[str, Any],
    events: Iterable[Event],
    now: datetime,
    *,
    alerts: Sequence[PlannedAlert] | None = None,
    extra_alerts: Sequence[tuple[int, int | None, PlannedAlert]] = (),
    expect_status: Status | None = None,
) -> Pledge:
    """update_pledge's writes, inside the caller's transaction."""
    keys = list(changes)
    assignments = "".join(f"{key} = ${n}, " for n, key in enumerate(keys, start=4))
    sql = f"UPDATE pledges SET {assignments}updated_at = $3 WHERE guild_id = $1 AND id = $2"
    params: list[Any] = [guild_id, pledge_id, to_pg(now)]
    params += [pg_value(k, changes[k]) for k in keys]
    if expect_status is not None:
        sql += f" AND status = ${len(params) + 1} AND deleted_at IS NULL"
        params.append(expect_status.value)
    if (changes or expect_status is not None) and not affected(await conn.execute(sql, *params)):
        raise Conflict(
            "This pledge was changed by someone else a moment ago. "
            "Look at it again with /pledge show and retry if still needed."
        )
    if touches_words(changes):
        await index_pledges(conn, guild_id, [pledge_id])
    for event in events:
        await insert_event(conn, guild_id, event)
    pledge = await fetch_pledge(conn, guild_id, pledge_id)
    assert pledge is not None  # read inside the transaction that wrote it
    if alerts is not None:
        await replan_alerts(conn, guild_id, pledge_id, alerts, now)
    for _, about, alert in extra_alerts:
        await insert_alert(conn, guild_id, about, alert, now)
    return pledge


_EVENT_INSERT = (
    "INSERT INTO pledge_events (guild_id, pledge_id, at, actor_id, kind, field, from_value, "
    "to_value, note, evidence_url) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
)


def event_values(guild_id: int, event: Event, pledge_id: int | None = None) -> tuple[Any, ...]:
    return (
        guild_id,
        event.pledge_id if pledge_id is None else pledge_id,
        to_pg(event.at),
        event.actor_id,
        event.kind,
        event.field,
        event.from_value,
        event.to_value,
        event.note,
        event.evidence_url,
    )


async def insert_event(conn: Any, guild_id: int, event: Event) -> None:
    await conn.execute(_EVENT_INSERT, *event_values(guild_id, event))


async def insert_events(conn: Any, guild_id: int, pledge_id: int, events: Sequence[Event]) -> None:
    if events:
        await conn.executemany(
            _EVENT_INSERT, [event_values(guild_id, e, pledge_id) for e in events]
        )
