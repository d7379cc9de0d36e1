"""On PostgreSQL, the statements the bot runs for a server find their rows through an
index (issue 15, item 5): with a few thousand pledges in the server and many more in
others, after ANALYZE, no statement of the commands and the dispatcher reads the
pledges, their history, the outbox or the follows with a sequential scan.

The statements are not listed by hand: those of tests/db/test_guild_scope.py's scenario
are recorded as asyncpg receives them, each with the arguments it first ran with, and
replayed under EXPLAIN (which plans without running). Beside it, the keys Citus asks
for: every unique key and foreign key of a server table holds guild_id.
"""

from __future__ import annotations

import re

import asyncpg

from bot.service import PledgeService
from db.pg import PgStore
from tests.chat.dispatching import FakeSender
from tests.db.test_guild_scope import GLOBAL, GUILD, Recorder, drive, record_postgres

GROWING = ("pledges", "pledge_events", "alert_outbox", "follows")
IN_GUILD, ELSEWHERE, SERVERS = 3_000, 30_000, 300

# Pledges far in the future (nothing of them falls due during the scenario), each with
# its creation event and its next alert: GUILD holds IN_GUILD of them, SERVERS other
# servers share ELSEWHERE, and each of theirs has a follower.
_FILL = """
INSERT INTO pledges (guild_id, number, speaker, promise, said_at, due_at, recorded_by,
                     created_at, updated_at)
SELECT g, n, 'Speaker ' || (n % 40), 'Bulk promise ' || n || ' about roads',
       '2025-01-01'::timestamptz, '2031-01-01'::timestamptz + n * interval '1 hour', 11,
       '2025-01-01'::timestamptz, '2025-01-01'::timestamptz
  FROM (SELECT $1::bigint AS g, n FROM generate_series(1, $2::int) n
        UNION ALL
        SELECT 1000 + i % $4::int, i / $4::int + 1 FROM generate_series(0, $3::int - 1) i) s;
INSERT INTO pledge_events (guild_id, pledge_id, at, actor_id, kind)
SELECT guild_id, id, created_at, 0, 'created' FROM pledges;
INSERT INTO alert_outbox (guild_id, pledge_id, kind, due_at, created_at)
SELECT guild_id, id, 'heads_up', due_at - interval '1 day', created_at FROM pledges;
INSERT INTO follows (guild_id, user_id, pledge_id, created_at)
SELECT guild_id, 500 + id % 50, id, created_at FROM pledges WHERE guild_id < 100000;
ANALYZE;
"""


async def _fill(url: str) -> None:
    conn = await asyncpg.connect(url)
    try:
        statements = [s for s in _FILL.split(";") if s.strip()]
        await conn.execute(statements[0], GUILD, IN_GUILD, ELSEWHERE, SERVERS)
        for statement in statements[1:]:
            await conn.execute(statement)
    finally:
        await conn.close()


async def _plans(url: str, recorder: Recorder) -> dict[str, list[str]]:
    """statement -> its plan, for every recorded statement on a growing table."""
    conn = await asyncpg.connect(url)
    try:
        await conn.execute("ANALYZE")
        found = {}
        for sql, args in recorder.first_args.items():
            flat = " ".join(sql.split())
            if not re.search(r"\b(" + "|".join(GROWING) + r")\b", flat):
                continue
            if flat.startswith("ANALYZE") or any(re.search(r, flat) for r in GLOBAL.values()):
                continue
            if args and isinstance(args[0], list) and args[0] and isinstance(args[0][0], tuple):
                args = args[0][0]  # executemany: plan it with its first row
            rows = await conn.fetch(f"EXPLAIN {sql}", *args)
            found[flat] = [row[0] for row in rows]
        return found
    finally:
        await conn.close()


async def test_postgres_reads_a_server_through_its_indexes(pg_server, clock, monkeypatch):
    url = await pg_server.fresh_database()
    store = PgStore(url)
    try:
        await store.open()
        await _fill(url)
        recorder = Recorder()
        record_postgres(monkeypatch, recorder)
        await drive(PledgeService(store, clock), clock, FakeSender())
        monkeypatch.undo()
        plans = await _plans(url, recorder)
    finally:
        await store.close()
        await pg_server.drop_database(url)
    scans = {
        sql[:240]: [line.strip() for line in plan if "Seq Scan" in line]
        for sql, plan in plans.items()
        if any(re.search(rf"Seq Scan on ({'|'.join(GROWING)})\b", line) for line in plan)
    }
    assert len(plans) > 40  # the scenario's statements, not a handful
    assert scans == {}


async def test_every_key_of_a_server_table_holds_guild_id(pg_server):
    """What Citus asks of tables distributed by guild_id: every primary key and unique
    index holds guild_id, and every foreign key between them names it on both sides."""
    url = await pg_server.fresh_database()
    conn = await asyncpg.connect(url)
    try:
        unique = await conn.fetch(
            "SELECT i.indexrelid::regclass::text AS name, t.relname AS tbl FROM pg_index i "
            "JOIN pg_class t ON t.oid = i.indrelid "
            "JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public' "
            "WHERE i.indisunique AND NOT EXISTS (SELECT 1 FROM pg_attribute a "
            "  WHERE a.attrelid = t.oid AND a.attname = 'guild_id' AND a.attnum = ANY(i.indkey))"
        )
        foreign = await conn.fetch(
            "SELECT c.conname FROM pg_constraint c "
            "WHERE c.contype = 'f' AND connamespace = 'public'::regnamespace AND NOT ("
            "  (SELECT attnum FROM pg_attribute WHERE attrelid = c.conrelid "
            "   AND attname = 'guild_id') = ANY(c.conkey) AND "
            "  (SELECT attnum FROM pg_attribute WHERE attrelid = c.confrelid "
            "   AND attname = 'guild_id') = ANY(c.confkey))"
        )
        keys = await conn.fetchval(
            "SELECT COUNT(*) FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid "
            "WHERE i.indisunique AND t.relnamespace = 'public'::regnamespace"
        )
        references = await conn.fetchval(
            "SELECT COUNT(*) FROM pg_constraint "
            "WHERE contype = 'f' AND connamespace = 'public'::regnamespace"
        )
    finally:
        await conn.close()
        await pg_server.drop_database(url)
    # The schema version's one row is the only exception: a reference table in Citus.
    assert [(r["tbl"], r["name"]) for r in unique] == [
        ("pledgewatch_schema", "pledgewatch_schema_pkey")
    ]
    assert [r["conname"] for r in foreign] == []
    assert keys > 10 and references == 3  # the history, the outbox and the follows
