"""The alert outbox on PostgreSQL: claim -> send with the row's stable nonce -> confirm,
as db/outbox.py does on SQLite, for any number of processes on any number of machines.

The claim is one `UPDATE ... RETURNING` whose rows are picked with `FOR UPDATE SKIP
LOCKED`: two claims running at the same moment (two processes, or one process's
server tasks) never take the same row, and neither waits for the other. A row stays
'claimed' after its claim commits, so a process that crashed between send and confirm
(or its replacement, started on the same shard) claims it again and resends it with
the same `send_as` and nonce. Each server's alerts are sent by the one process whose
shard owns the server (bot/chat/client.py, shard_owner), so a claimed row is only
ever taken up again by its owner.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.core.alerts import (
    PLANNED_KINDS,
    Claimed,
    GuildFailure,
    GuildQueue,
    Moment,
    OutboxRow,
    PlannedAlert,
    Planner,
    moments_of,
)
from bot.core.model import Pledge
from db.pg._pg import (
    PLEDGE_COLUMNS,
    PgDatabase,
    fetch_pledge,
    fetch_settings,
    from_pg,
    ids,
    outbox_from_row,
    pledge_from_row,
    to_pg,
)
from db.planning import BUTTON_SQL, PLANNED_SQL, alert_values, latest_missed, outbox_writes

_WAITING = "state IN ('pending', 'claimed')"

_QUEUES = f"""
SELECT s.guild_id, s.alert_channel_id,
       (SELECT o.due_at FROM alert_outbox o
         WHERE o.guild_id = s.guild_id AND o.{_WAITING}
         ORDER BY o.due_at LIMIT 1) AS first_due,
       CASE WHEN f.channel_id IS NOT DISTINCT FROM s.alert_channel_id THEN f.retry_at END
  FROM guild_settings s
  LEFT JOIN alert_guild_state f ON f.guild_id = s.guild_id
 WHERE s.alert_channel_id IS NOT NULL {{only}}
"""

# Of a pledge's several missed alerts only the most recent goes out (see db/outbox.py).
_COLLAPSE = f"""
UPDATE alert_outbox o SET state = 'skipped'
 WHERE o.guild_id = $1 AND o.state = 'pending' AND o.kind IN ({PLANNED_SQL}) AND o.due_at <= $2
   AND EXISTS (
       SELECT 1 FROM alert_outbox newer
        WHERE newer.guild_id = o.guild_id AND newer.pledge_id = o.pledge_id
          AND newer.{_WAITING} AND newer.kind IN ({PLANNED_SQL}) AND newer.due_at <= $2
          AND (newer.due_at > o.due_at OR (newer.due_at = o.due_at AND newer.id > o.id)))
"""

# Unconfirmed digest pages first, whole and alone; else the due rows in order. $1 guild,
# $2 now, $3 limit, $4 late_before, $5 single_up_to.
_CLAIM = f"""
WITH pages AS (
    SELECT id FROM alert_outbox
     WHERE guild_id = $1 AND {_WAITING} AND send_as IS NOT NULL AND send_as <> 'single'
       FOR UPDATE SKIP LOCKED
), due AS (
    SELECT id FROM alert_outbox
     WHERE guild_id = $1 AND {_WAITING} AND due_at <= $2 AND NOT EXISTS (SELECT 1 FROM pages)
     ORDER BY due_at, id LIMIT $3
       FOR UPDATE SKIP LOCKED
), picked AS (
    SELECT id FROM pages UNION ALL SELECT id FROM due
), counted AS (
    SELECT COUNT(*) AS n FROM picked
)
UPDATE alert_outbox o SET
    claimed_at = CASE WHEN o.state = 'pending' THEN $2 ELSE o.claimed_at END,
    late = CASE WHEN o.send_as IS NULL OR o.send_as = 'single' THEN o.due_at < $4
                ELSE o.late END,
    send_as = CASE WHEN o.send_as IS NOT NULL THEN o.send_as
                   WHEN counted.n <= $5 THEN 'single' END,
    state = 'claimed'
  FROM counted
 WHERE o.guild_id = $1 AND o.id IN (SELECT id FROM picked)
RETURNING o.*
"""


class PgOutboxRepository:
    """The outbox's queries on the pool; see db/outbox.py for what each promises."""

    def __init__(self, database: PgDatabase) -> None:
        self._database = database

    async def queues(self, guild_id: int | None = None) -> list[GuildQueue]:
        only = "AND s.guild_id = $1" if guild_id is not None else ""
        args = (guild_id,) if guild_id is not None else ()
        rows = await self._database.fetch(_QUEUES.format(only=only), *args)
        queues = []
        for guild, channel, first_due, retry_at in rows:
            if first_due is None:
                continue
            due = from_pg(first_due)
            retry = from_pg(retry_at)
            assert due is not None
            ready = retry if retry is not None and retry > due else due
            queues.append(GuildQueue(guild, channel, ready, ready is not due))
        queues.sort(key=lambda q: q.ready_at)
        return queues

    async def count_claimed(self) -> int:
        return await self._database.fetchval(
            "SELECT COUNT(*) FROM alert_outbox WHERE state = 'claimed'"
        )

    async def guild_state(self, guild_id: int) -> tuple[int | None, GuildFailure | None]:
        row = await self._database.fetchrow(
            "SELECT s.alert_channel_id, f.failures, f.retry_at, f.channel_id, f.last_error "
            "FROM (SELECT $1::bigint AS guild_id) g "
            "LEFT JOIN guild_settings s ON s.guild_id = g.guild_id "
            "LEFT JOIN alert_guild_state f ON f.guild_id = g.guild_id",
            guild_id,
        )
        assert row is not None  # one row from the VALUES-like subquery
        channel, failures, retry_at, failed_channel, error = row
        failure = None
        if failures is not None:
            failure = GuildFailure(failures, retry_at.astimezone(UTC), failed_channel, error)
        return channel, failure

    async def claim_due(
        self,
        guild_id: int,
        now: datetime,
        *,
        limit: int,
        late_before: datetime,
        single_up_to: int,
        planner: Planner | None = None,
    ) -> list[Claimed]:
        """Collapse missed alerts, then claim up to `limit` due rows of one server in one
        statement (see the module's docstring for why no two claims take one row). With
        `planner`, long-missed next alerts are first moved on to the latest missed
        moment of their plan (see db/outbox.py)."""
        if planner is not None:
            await self._catch_up(guild_id, now, late_before, planner)
        await self._database.execute(_COLLAPSE, guild_id, to_pg(now))
        claimed = await self._database.fetch(
            _CLAIM, guild_id, to_pg(now), limit, to_pg(late_before), single_up_to
        )
        found = sorted(
            ((outbox_from_row(row), row["send_as"]) for row in claimed),
            key=lambda pair: (pair[0].due_at, pair[0].id),
        )
        pledges = await self.pledges(
            guild_id, sorted({row.pledge_id for row, _ in found if row.pledge_id is not None})
        )
        return [
            Claimed(row, pledges.get(row.pledge_id) if row.pledge_id else None, send_as)
            for row, send_as in found
        ]

    async def _catch_up(
        self, guild_id: int, now: datetime, late_before: datetime, planner: Planner
    ) -> None:
        """Move long-missed next alerts on to the latest missed moment of their plan."""
        missed = await self._database.fetch(
            "SELECT id, pledge_id, kind, due_at, created_at FROM alert_outbox "
            "WHERE guild_id = $1 AND state = 'pending' AND send_as IS NULL "
            f"AND kind IN ({PLANNED_SQL}) AND due_at < $2",
            guild_id,
            to_pg(late_before),
        )
        if not missed:
            return
        async with self._database.transaction() as conn:
            settings = await fetch_settings(conn, guild_id)
            for row in missed:
                pledge = await fetch_pledge(conn, guild_id, row["pledge_id"])
                if pledge is None:
                    continue
                latest = latest_missed(row, planner(pledge, settings, now), now, to_pg)
                if latest is None:
                    continue
                await conn.execute(
                    "UPDATE alert_outbox SET state = 'cancelled' "
                    "WHERE guild_id = $1 AND id = $2 AND state = 'pending'",
                    guild_id,
                    row["id"],
                )
                # Planned when the missed one was: it is a missed alert, not one planned late.
                await insert_alert(conn, guild_id, pledge.id, latest, row["created_at"])

    async def pledges(self, guild_id: int, pledge_ids: Sequence[int]) -> dict[int, Pledge]:
        if not pledge_ids:
            return {}
        found = await self._database.fetch(
            f"SELECT {PLEDGE_COLUMNS} FROM pledges WHERE guild_id = $1 AND id = ANY($2::bigint[])",
            guild_id,
            ids(pledge_ids),
        )
        return {p.id: p for p in map(pledge_from_row, found)}

    async def fix_send_as(self, guild_id: int, send_as: dict[int, str]) -> None:
        if not send_as:
            return
        by_unit: dict[str, list[int]] = {}
        for row_id, unit in send_as.items():
            by_unit.setdefault(unit, []).append(row_id)
        async with self._database.transaction() as conn:
            for unit, row_ids in by_unit.items():
                await conn.execute(
                    "UPDATE alert_outbox SET send_as = $1 "
                    "WHERE guild_id = $2 AND id = ANY($3::bigint[]) AND send_as IS NULL",
                    unit,
                    guild_id,
                    ids(row_ids),
                )

    async def confirm(
        self,
        guild_id: int,
        row_ids: Sequence[int],
        *,
        channel_id: int,
        message_id: int | None,
        now: datetime,
        digest: bool = False,
        replan: Iterable[int] = (),
        planner: Planner | None = None,
    ) -> None:
        sent = (
            "UPDATE alert_outbox SET state = 'sent', sent_at = $1, channel_id = $2, "
            "message_id = $3, digest = $4, last_error = NULL "
            "WHERE guild_id = $5 AND id = ANY($6::bigint[])"
        )
        values = (to_pg(now), channel_id, message_id, digest, guild_id, ids(row_ids))
        replan = sorted(set(replan))
        if planner is None or not replan:
            await self._database.execute(sent, *values)
            return
        async with self._database.transaction() as conn:
            rows = await conn.fetch(sent + " RETURNING pledge_id, kind, due_at", *values)
            await _replan(conn, guild_id, [row for row in rows if row[0] in replan], planner, now)

    async def release(
        self,
        guild_id: int,
        row_ids: Sequence[int],
        *,
        failed: Sequence[int] = (),
        error: str | None = None,
        outcome_unknown: bool = False,
    ) -> None:
        if not row_ids:
            return
        failed_set = set(failed)
        untried = [i for i in row_ids if i not in failed_set]
        tried = [i for i in row_ids if i in failed_set]
        state = "'claimed'" if outcome_unknown else "'pending'"
        async with self._database.transaction() as conn:
            if untried:
                await conn.execute(
                    "UPDATE alert_outbox SET state = 'pending' "
                    "WHERE guild_id = $1 AND id = ANY($2::bigint[]) AND state = 'claimed'",
                    guild_id,
                    ids(untried),
                )
            if tried:
                await conn.execute(
                    f"UPDATE alert_outbox SET state = {state}, attempts = attempts + 1, "
                    "last_error = $1 WHERE guild_id = $2 AND id = ANY($3::bigint[]) "
                    "AND state = 'claimed'",
                    error,
                    guild_id,
                    ids(tried),
                )

    async def skip(
        self,
        guild_id: int,
        row_ids: Sequence[int],
        *,
        error: str | None = None,
        planner: Planner | None = None,
        now: datetime | None = None,
    ) -> None:
        """As db/outbox.py: with `planner` and `now`, the skipped rows' pledges are
        replanned in the same transaction."""
        if not row_ids:
            return
        skipped = (
            "UPDATE alert_outbox SET state = 'skipped', last_error = $1 "
            "WHERE guild_id = $2 AND id = ANY($3::bigint[]) RETURNING pledge_id, kind, due_at"
        )
        if planner is None or now is None:
            await self._database.execute(skipped, error, guild_id, ids(row_ids))
            return
        async with self._database.transaction() as conn:
            rows = await conn.fetch(skipped, error, guild_id, ids(row_ids))
            await _replan(conn, guild_id, rows, planner, now)

    async def record_failure(
        self,
        guild_id: int,
        channel_id: int,
        *,
        now: datetime,
        backoff: Callable[[int], timedelta],
        error: str | Callable[[datetime], str],
    ) -> GuildFailure:
        async with self._database.transaction() as conn:
            row = await conn.fetchrow(
                "SELECT failures, channel_id FROM alert_guild_state WHERE guild_id = $1 FOR UPDATE",
                guild_id,
            )
            failures = row[0] + 1 if row is not None and row[1] == channel_id else 1
            retry_at = now + backoff(failures)
            text = error(retry_at) if callable(error) else error
            await conn.execute(
                "INSERT INTO alert_guild_state "
                "(guild_id, failures, retry_at, channel_id, last_error, updated_at) "
                "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (guild_id) DO UPDATE SET "
                "failures = excluded.failures, retry_at = excluded.retry_at, "
                "channel_id = excluded.channel_id, last_error = excluded.last_error, "
                "updated_at = excluded.updated_at",
                guild_id,
                failures,
                to_pg(retry_at),
                channel_id,
                text,
                to_pg(now),
            )
        return GuildFailure(failures, retry_at, channel_id, text)

    async def clear_failure(self, guild_id: int) -> None:
        await self._database.execute("DELETE FROM alert_guild_state WHERE guild_id = $1", guild_id)

    async def alert_messages(
        self, guild_id: int, pledge_ids: Sequence[int]
    ) -> dict[int, tuple[int, int]]:
        rows = await self._button_messages(guild_id, pledge_ids)
        return {pledge_id: (channel, message) for pledge_id, channel, message in rows}

    async def alert_messages_of(self, guild_id: int, pledge_id: int) -> list[tuple[int, int]]:
        return [
            (channel, message)
            for _, channel, message in await self._button_messages(guild_id, [pledge_id])
        ]

    async def _button_messages(self, guild_id: int, pledge_ids: Sequence[int]) -> list[Any]:
        """See db/outbox.py: the pledges' sent alerts with ruling buttons, in send order."""
        if not pledge_ids:
            return []
        return await self._database.fetch(
            "SELECT pledge_id, channel_id, message_id FROM alert_outbox "
            "WHERE guild_id = $1 AND pledge_id = ANY($2::bigint[]) AND state = 'sent' "
            f"AND NOT digest AND message_id IS NOT NULL AND kind IN ({BUTTON_SQL}) "
            "ORDER BY sent_at, id",
            guild_id,
            ids(pledge_ids),
        )

    async def rows_for_guild(self, guild_id: int) -> list[OutboxRow]:
        rows = await self._database.fetch(
            "SELECT * FROM alert_outbox WHERE guild_id = $1 ORDER BY due_at, id", guild_id
        )
        return [outbox_from_row(row) for row in rows]

    async def rows_for_pledge(self, guild_id: int, pledge_id: int) -> list[OutboxRow]:
        rows = await self._database.fetch(
            "SELECT * FROM alert_outbox WHERE guild_id = $1 AND pledge_id = $2 ORDER BY due_at, id",
            guild_id,
            pledge_id,
        )
        return [outbox_from_row(row) for row in rows]

    async def last_failure(self, guild_id: int) -> str | None:
        return await self._database.fetchval(
            f"SELECT last_error FROM alert_outbox WHERE guild_id = $1 AND {_WAITING} "
            "AND last_error IS NOT NULL ORDER BY due_at LIMIT 1",
            guild_id,
        )


# -- planning inside another repository's transaction ------------------------------------


async def _replan(
    conn: Any, guild_id: int, done: Iterable[Any], planner: Planner, now: datetime
) -> None:
    """Replan the pledges (of server `guild_id`) of alerts that went out (or were
    skipped), each from after the latest of its finished alerts (see db/outbox.py)."""
    after: dict[int, datetime] = {}
    for pledge_id, kind, due_at in done:
        if pledge_id is not None and kind in PLANNED_KINDS:
            after[pledge_id] = max(after.get(pledge_id, due_at), due_at)
    settings = await fetch_settings(conn, guild_id) if after else None
    for pledge_id in sorted(after):
        # FOR UPDATE: a ruling committing meanwhile is seen, not overwritten.
        await conn.execute(
            "SELECT 1 FROM pledges WHERE guild_id = $1 AND id = $2 FOR UPDATE", guild_id, pledge_id
        )
        pledge = await fetch_pledge(conn, guild_id, pledge_id)
        if pledge is None or settings is None:
            continue
        since = after[pledge_id]
        alerts = [a for a in planner(pledge, settings, now) if a.due_at > since]
        await replan_alerts(conn, guild_id, pledge.id, alerts, now)


async def replan_alerts(
    conn: Any,
    guild_id: int,
    pledge_id: int,
    alerts: Sequence[PlannedAlert],
    now: datetime,
) -> None:
    """Keep in the outbox only the pledge's next alert: the first of the plan that has
    not gone out yet (sent, skipped, or claimed); see db/outbox.py."""
    await replan_many(conn, guild_id, [(pledge_id, moments_of(alerts))], now)


async def replan_many(
    conn: Any,
    guild_id: int,
    plans: Sequence[tuple[int, Sequence[Moment]]],
    now: datetime,
    *,
    in_place: bool = False,
) -> None:
    """replan_alerts for many pledges of one server (see db/outbox.py), the writes of a
    batch as one statement each: the moves and new rows travel as arrays."""
    if not plans:
        return
    rows: dict[int, list[Any]] = {}
    found = await conn.fetch(
        "SELECT id, pledge_id, kind, due_at, state, send_as IS NULL AND attempts = 0 AS fresh "
        "FROM alert_outbox WHERE guild_id = $1 AND pledge_id = ANY($2::bigint[]) "
        f"AND kind IN ({PLANNED_SQL}) AND state <> 'cancelled'",
        guild_id,
        ids([pledge_id for pledge_id, _ in plans]),
    )
    for row in found:
        rows.setdefault(row["pledge_id"], []).append(row)
    stale, new, moved = outbox_writes(rows, plans, in_place, to_pg)
    planned = to_pg(now)
    if stale:
        await conn.execute(
            "UPDATE alert_outbox SET state = 'cancelled' "
            "WHERE guild_id = $1 AND id = ANY($2::bigint[])",
            guild_id,
            stale,
        )
    if moved:
        await conn.execute(
            "UPDATE alert_outbox o SET kind = m.kind, due_at = m.due_at, payload = NULL, "
            "created_at = $4 FROM unnest($1::bigint[], $2::text[], $3::timestamptz[]) "
            "AS m (id, kind, due_at) WHERE o.guild_id = $5 AND o.id = m.id",
            *map(list, zip(*moved, strict=True)),
            planned,
            guild_id,
        )
    if new:
        await conn.execute(
            "INSERT INTO alert_outbox (guild_id, pledge_id, kind, due_at, created_at) "
            "SELECT $1, n.pledge_id, n.kind, n.due_at, $5 "
            "FROM unnest($2::bigint[], $3::text[], $4::timestamptz[]) "
            "AS n (pledge_id, kind, due_at) "
            "ON CONFLICT DO NOTHING",
            guild_id,
            *map(list, zip(*new, strict=True)),
            planned,
        )


_INSERT_ALERT = (
    "INSERT INTO alert_outbox (guild_id, pledge_id, kind, due_at, payload, created_at) "
    "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING"
)


async def insert_alert(
    conn: Any, guild_id: int, pledge_id: int | None, alert: PlannedAlert, now: datetime
) -> None:
    await conn.execute(_INSERT_ALERT, *alert_values(guild_id, pledge_id, alert, now, to_pg))
