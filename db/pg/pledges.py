"""Pledges, their history and the servers' settings on PostgreSQL: the same answers as
db/pledges.py, each query scoped by guild_id where the caller names the server.

Pledge numbers are per server and gapless (MAX + 1), so two processes adding pledges
to one server take turns on a transaction-scoped advisory lock keyed by the server.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

import asyncpg

from bot.core.alerts import PlannedAlert
from bot.core.errors import AlreadyRecorded, Conflict
from bot.core.model import DUE_SOON, Event, GuildSettings, ListFilter, Page, Pledge, Status
from db.pg._pg import (
    PLEDGE_COLUMNS,
    PgDatabase,
    affected,
    event_from_row,
    fetch_pledge,
    fetch_settings,
    like,
    pg_value,
    pledge_from_row,
    to_pg,
)
from db.pg.outbox import insert_alert, replan_alerts
from db.pledges import _EDITABLE, _SETTINGS

_ORDER = "ORDER BY due_at IS NULL, due_at, number"


class PgPledgeRepository:
    def __init__(self, database: PgDatabase) -> None:
        self._database = database

    # -- settings ----------------------------------------------------------------------

    async def get_settings(self, guild_id: int) -> GuildSettings:
        async with self._database.pool.acquire() as conn:
            return await fetch_settings(conn, guild_id)

    async def update_settings(
        self,
        guild_id: int,
        changes: dict[str, Any],
        now: datetime,
        *,
        replans: Sequence[tuple[int, Sequence[PlannedAlert]]] = (),
    ) -> None:
        unknown = set(changes) - _SETTINGS
        if unknown:
            raise ValueError(f"unknown settings: {sorted(unknown)}")
        async with self._database.transaction() as conn:
            for pledge_id, alerts in replans:
                await replan_alerts(conn, guild_id, pledge_id, alerts, now)
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
            await insert_event(
                conn,
                Event(pledge_id=pledge.id, at=now, actor_id=fields["recorded_by"], kind="created"),
            )
            await replan_alerts(conn, guild_id, pledge.id, alerts, now)
            return pledge

    async def update_pledge(
        self,
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
        unknown = set(changes) - _EDITABLE
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        async with self._database.transaction() as conn:
            keys = list(changes)
            assignments = "".join(f"{key} = ${n}, " for n, key in enumerate(keys, start=3))
            sql = f"UPDATE pledges SET {assignments}updated_at = $2 WHERE id = $1"
            params: list[Any] = [pledge_id, to_pg(now), *(pg_value(k, changes[k]) for k in keys)]
            if expect_status is not None:
                sql += f" AND status = ${len(params) + 1} AND deleted_at IS NULL"
                params.append(expect_status.value)
            if (changes or expect_status is not None) and not affected(
                await conn.execute(sql, *params)
            ):
                raise Conflict(
                    "This pledge was changed by someone else a moment ago. "
                    "Look at it again with /pledge show and retry if still needed."
                )
            for event in events:
                await insert_event(conn, event)
            pledge = await fetch_pledge(conn, pledge_id)
            assert pledge is not None  # read inside the transaction that wrote it
            if alerts is not None:
                await replan_alerts(conn, pledge.guild_id, pledge_id, alerts, now)
            for guild_id, about, alert in extra_alerts:
                await insert_alert(conn, guild_id, about, alert, now)
            return pledge

    async def get_pledge(
        self, guild_id: int, number: int, *, include_deleted: bool = False
    ) -> Pledge | None:
        sql = f"SELECT {PLEDGE_COLUMNS} FROM pledges WHERE guild_id = $1 AND number = $2"
        if not include_deleted:
            sql += " AND deleted_at IS NULL"
        row = await self._database.fetchrow(sql, guild_id, number)
        return pledge_from_row(row) if row else None

    async def get_pledge_by_id(self, pledge_id: int) -> Pledge | None:
        async with self._database.pool.acquire() as conn:
            return await fetch_pledge(conn, pledge_id)

    async def all_pledges(self, guild_id: int) -> list[Pledge]:
        rows = await self._database.fetch(
            f"SELECT {PLEDGE_COLUMNS} FROM pledges WHERE guild_id = $1 ORDER BY number", guild_id
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
    ) -> Page:
        where = ["guild_id = $1", "deleted_at IS NULL"]
        params: list[Any] = [guild_id]

        def param(value: Any) -> str:
            params.append(value)
            return f"${len(params)}"

        if status is ListFilter.OVERDUE:
            where += ["status = 'open'", "due_at IS NOT NULL", f"due_at < {param(to_pg(now))}"]
        elif status is ListFilter.DUE_SOON:
            where += [
                "status = 'open'",
                f"due_at >= {param(to_pg(now))}",
                f"due_at <= {param(to_pg(now + DUE_SOON))}",
            ]
        elif status is not ListFilter.ALL:
            where.append(f"status = {param(status.value)}")
        if speaker:
            where.append(f"speaker ILIKE {param(like(speaker.strip()))}")
        if query:
            pattern = param(like(query.strip()))
            where.append(
                f"(promise ILIKE {pattern} OR quote ILIKE {pattern} "
                f"OR speaker ILIKE {pattern} OR beneficiary ILIKE {pattern})"
            )
        clause = " AND ".join(where)
        total = await self._database.fetchval(
            f"SELECT COUNT(*) FROM pledges WHERE {clause}", *params
        )
        rows = await self._database.fetch(
            f"SELECT {PLEDGE_COLUMNS} FROM pledges WHERE {clause} {_ORDER} "
            f"LIMIT {param(limit)} OFFSET {param(offset)}",
            *params,
        )
        return Page(
            items=[pledge_from_row(r) for r in rows], total=total, offset=offset, limit=limit
        )

    async def search_numbers(self, guild_id: int, typed: str, limit: int = 25) -> list[Pledge]:
        """Autocomplete: exact and prefix number matches first, then text matches."""
        typed = typed.strip().lstrip("#")
        if not typed:
            rows = await self._database.fetch(
                f"SELECT {PLEDGE_COLUMNS} FROM pledges WHERE guild_id = $1 "
                "AND deleted_at IS NULL ORDER BY status <> 'open', number DESC LIMIT $2",
                guild_id,
                limit,
            )
        else:
            rows = await self._database.fetch(
                f"SELECT {PLEDGE_COLUMNS}, CASE WHEN number::text = $2 THEN 0 "
                "WHEN number::text LIKE $3 THEN 1 ELSE 2 END AS rank FROM pledges "
                "WHERE guild_id = $1 AND deleted_at IS NULL AND (number::text LIKE $3 "
                "OR speaker ILIKE $4 OR promise ILIKE $4) "
                "ORDER BY rank, status <> 'open', number DESC LIMIT $5",
                guild_id,
                typed,
                like(typed)[1:],
                like(typed),
                limit,
            )
        return [pledge_from_row(row) for row in rows]

    async def speakers(self, guild_id: int, typed: str, limit: int = 25) -> list[str]:
        """Speakers for autocomplete: those starting with what was typed first, then
        those containing it, each group by how often they pledged."""
        typed = typed.strip()
        rows = await self._database.fetch(
            'SELECT MIN(speaker COLLATE "C") AS name, COUNT(*) AS n, '
            "MIN(CASE WHEN speaker ILIKE $2 THEN 0 ELSE 1 END) AS rank "
            "FROM pledges WHERE guild_id = $1 AND deleted_at IS NULL AND speaker ILIKE $3 "
            "GROUP BY lower(speaker) ORDER BY rank, n DESC, name LIMIT $4",
            guild_id,
            like(typed)[1:],
            like(typed),
            limit,
        )
        return [row["name"] for row in rows]

    async def dependents(self, guild_id: int, number: int) -> list[Pledge]:
        rows = await self._database.fetch(
            f"SELECT {PLEDGE_COLUMNS} FROM pledges WHERE guild_id = $1 AND depends_on = $2 "
            "AND deleted_at IS NULL ORDER BY number",
            guild_id,
            number,
        )
        return [pledge_from_row(row) for row in rows]

    # -- history -----------------------------------------------------------------------

    async def history(self, pledge_id: int) -> list[Event]:
        rows = await self._database.fetch(
            "SELECT * FROM pledge_events WHERE pledge_id = $1 ORDER BY id", pledge_id
        )
        return [event_from_row(row) for row in rows]


_EVENT_INSERT = (
    "INSERT INTO pledge_events (pledge_id, at, actor_id, kind, field, from_value, "
    "to_value, note, evidence_url) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
)


def event_values(event: Event, pledge_id: int | None = None) -> tuple[Any, ...]:
    return (
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


async def insert_event(conn: Any, event: Event) -> None:
    await conn.execute(_EVENT_INSERT, *event_values(event))


async def insert_events(conn: Any, pledge_id: int, events: Sequence[Event]) -> None:
    if events:
        await conn.executemany(_EVENT_INSERT, [event_values(e, pledge_id) for e in events])
