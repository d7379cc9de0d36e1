"""SQLite's server-wide replan: one batch of a server's open pledges (db/pledges.py,
replan_batch), walked in chunks inside the batch's transaction, with SQLite's thread
and this one working at the same time.

Each chunk is one read (the pledges and their kept alerts, as two JSON arrays built in
SQLite's thread) and one write (every move of the chunk as one JSON array), so SQLite
works through a chunk without coming back to Python for each row: a row at a time, it
would wait for the interpreter lock while this thread plans. The next chunk's read is
handed over as soon as the last one is in (it needs only its last number), and each
chunk's writes as soon as they are worked out, so SQLite reads and writes while this
thread plans: on SQLite's thread, read 1, read 2, write 1, read 3, write 2, ...
Chunks hold different pledges, so their reads and writes never meet.
"""

from __future__ import annotations

import asyncio
import json
from datetime import datetime
from typing import Any

import aiosqlite

from bot.core.alerts import Planner
from db._sqlite import fetch_settings, to_db
from db.outbox import apply_writes
from db.planning import PLANNED_SQL, batch_columns, outbox_writes, plan_batch

_CHUNK = 2_500  # pledges a read and a write


def _chunk_sql(planner: Planner, only: str) -> str:
    """The next open pledges after a number (of the families `only` keeps), with the
    number last, and their kept planned alerts, in one statement. The pledges are read
    in number order along the (guild_id, number) key and the alerts looked up pledge by
    pledge, whatever the statistics (INDEXED BY): with some, SQLite sorted the server's
    open pledges for every chunk (2.4 s a chunk at 1M), or walked its whole outbox."""
    columns = batch_columns(planner)
    return (
        f"WITH batch AS MATERIALIZED (SELECT {columns}, number FROM pledges "
        "INDEXED BY sqlite_autoindex_pledges_1 "  # UNIQUE (guild_id, number)
        "WHERE guild_id = ?1 AND number > ?2 AND status = 'open' AND deleted_at IS NULL"
        f"{only} ORDER BY number LIMIT ?3) "
        f"SELECT (SELECT json_group_array(json_array({columns}, number)) FROM batch), "
        "(SELECT json_group_array(json_object('id', id, 'pledge_id', pledge_id, "
        "'kind', kind, 'due_at', due_at, 'state', state, "
        "'fresh', send_as IS NULL AND attempts = 0)) "
        "FROM alert_outbox INDEXED BY alert_outbox_once "
        "WHERE guild_id = ?1 AND pledge_id IN (SELECT id FROM batch) "
        f"AND kind IN ({PLANNED_SQL}) AND state != 'cancelled')"
    )


async def _read(
    db: aiosqlite.Connection, sql: str, guild_id: int, after: int, count: int
) -> tuple[list[list[Any]], dict[int, list[dict[str, Any]]]]:
    found = await db.execute_fetchall(sql, (guild_id, after, count))
    pledges, alerts = next(iter(found))
    stored: dict[int, list[dict[str, Any]]] = {}
    for row in json.loads(alerts):
        stored.setdefault(row["pledge_id"], []).append(row)
    return json.loads(pledges), stored


async def replan_walk(
    db: aiosqlite.Connection,
    guild_id: int,
    planner: Planner,
    now: datetime,
    *,
    after: int,
    limit: int,
    only: str = "",
) -> tuple[int, int]:
    """Replan up to `limit` open pledges numbered after `after` (with `only`, a
    family_filter), in the caller's transaction: (pledges replanned, the last one's
    number). Fewer than `limit` means the server's end was reached."""
    settings = await fetch_settings(db, guild_id)
    sql, planned = _chunk_sql(planner, only), to_db(now)
    done, last = 0, after

    def read(count: int) -> asyncio.Future[Any]:
        return asyncio.ensure_future(_read(db, sql, guild_id, last, count))

    asked = min(_CHUNK, limit)
    reading: asyncio.Future[Any] | None = read(asked)
    writing: asyncio.Future[None] | None = None
    try:
        while reading is not None:
            rows, stored = await reading
            reading = None
            done += len(rows)
            if rows:
                # JSON arrays of an aggregate keep no promised order: the mark moves
                # on to the highest number read.
                last = max(row[-1] for row in rows)
            if len(rows) == asked and done < limit:
                asked = min(_CHUNK, limit - done)
                reading = read(asked)
            await asyncio.sleep(0)  # hand the next read over before planning
            plans = await plan_batch(rows, planner, settings, now)
            writes = outbox_writes(stored, plans, in_place=True)
            if writing is not None:
                await writing
            writing = asyncio.ensure_future(apply_writes(db, guild_id, *writes, planned))
            await asyncio.sleep(0)  # and this chunk's writes
        if writing is not None:
            await writing
    finally:
        # Failing halfway: what was handed over runs before the rollback (one thread,
        # in order); nothing else is started.
        for task in (reading, writing):
            if task is not None and not task.done():
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
    return done, last
