"""bench/scale.py's million-pledge server on PostgreSQL: the same generated pledges,
history and next alerts, written with COPY (an import through the service caps at
100,000 pledges and takes minutes per 100k), then the same service calls timed.
Prints figures; asserts nothing.

    .venv/bin/python bench/scale_pg.py [--size 1000000] [--runs 30] [--url postgresql://...]

Without --url it starts a durable PostgreSQL (fsync on) from the test wheel, as
bench/pg.py does. The SQLite figures of the same data are bench/scale.py's.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import scale  # noqa: E402  (bench/scale.py: the generator and the command table)

from bot.core.alerts import plan_alerts  # noqa: E402
from bot.core.clock import FakeClock  # noqa: E402
from bot.core.model import GuildSettings, PageKey  # noqa: E402
from bot.keeping import KeepingService  # noqa: E402
from bot.service import PledgeService  # noqa: E402
from db.pg import PgStore  # noqa: E402
from db.pg._pg import PLEDGE_COLUMNS, pledge_from_row  # noqa: E402
from db.pg.words import backfill  # noqa: E402
from tests.pgserver import PgServer  # noqa: E402

GUILD = scale.GUILD
_LONG = 3600.0  # seconds: filling a million rows outlasts the pool's command timeout
NOW = scale.NOW


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


async def fill(url: str, size: int) -> float:
    """The schema through the store, then the rows by COPY, the history and the
    outbox by SQL and plan_alerts, as bench/scale.py's generate() writes them."""
    started = time.perf_counter()
    async with PgStore(url) as store:
        pool = store.database.pool
        async with pool.acquire() as conn:
            generated = scale._pledge_rows([(GUILD, size), (2, 10)], random.Random(scale.RNG_SEED))
            rows = [
                (g, n, who, what, _moment(said), _moment(due), status, _moment(c), _moment(u), 0)
                for g, n, who, what, said, due, status, c, u in generated
            ]
            await conn.copy_records_to_table(
                "pledges",
                records=rows,
                columns=[
                    "guild_id",
                    "number",
                    "speaker",
                    "promise",
                    "said_at",
                    "due_at",
                    "status",
                    "created_at",
                    "updated_at",
                    "recorded_by",
                ],
                timeout=_LONG,
            )
            del rows
            # The words of each pledge, as an upgrade to schema version 12 indexes them.
            began = time.perf_counter()
            indexed = await backfill(store.database)
            print(f"  words of {indexed:,} pledges indexed in {time.perf_counter() - began:.1f} s")
            await conn.execute(
                "INSERT INTO pledge_events (guild_id, pledge_id, at, actor_id, kind) "
                "SELECT guild_id, id, created_at, 0, 'created' FROM pledges",
                timeout=_LONG,
            )
            await conn.execute(
                "INSERT INTO pledge_events (guild_id, pledge_id, at, actor_id, kind) "
                "SELECT guild_id, id, LEAST(said_at + (id % 400) * interval '1 day', $1), 0, "
                "'ruled' FROM pledges WHERE status <> 'open' ORDER BY id",
                NOW,
                timeout=_LONG,
            )
            await conn.execute(
                "INSERT INTO pledge_events (guild_id, pledge_id, at, actor_id, kind) "
                "SELECT guild_id, id, $1, 0, 'extended' FROM pledges "
                "WHERE status = 'open' AND id % 20 = 0 ORDER BY id",
                NOW,
                timeout=_LONG,
            )
            settings = GuildSettings(guild_id=0)
            alerts = []
            for row in await conn.fetch(
                f"SELECT {PLEDGE_COLUMNS} FROM pledges WHERE status = 'open'", timeout=_LONG
            ):
                pledge = pledge_from_row(row)
                for alert in plan_alerts(pledge, settings, NOW)[:1]:
                    alerts.append((pledge.guild_id, pledge.id, str(alert.kind), alert.due_at, NOW))
            await conn.copy_records_to_table(
                "alert_outbox",
                records=alerts,
                columns=["guild_id", "pledge_id", "kind", "due_at", "created_at"],
                timeout=_LONG,
            )
            await conn.executemany(
                "INSERT INTO guild_settings (guild_id, alert_channel_id) VALUES ($1, 9000)",
                [(GUILD,), (2,)],
            )
            await conn.execute("VACUUM ANALYZE", timeout=_LONG)
    return time.perf_counter() - started


async def fixtures(store: Any) -> dict[str, Any]:
    """scale.py's fixtures, read from PostgreSQL."""
    db = store.database
    count = await db.fetchval("SELECT COUNT(*) FROM pledges WHERE guild_id = $1", GUILD)
    opened = [
        r[0]
        for r in await db.fetch(
            "SELECT number FROM pledges WHERE guild_id = $1 AND status = 'open' "
            "AND due_at > $2 ORDER BY number DESC LIMIT 400",
            GUILD,
            NOW,
        )
    ]
    open_total = await db.fetchval(
        "SELECT COUNT(*) FROM pledges WHERE guild_id = $1 AND status = 'open' "
        "AND deleted_at IS NULL",
        GUILD,
    )
    late = int(open_total * 0.9)
    row = await db.fetchrow(
        "SELECT due_at, number FROM pledges WHERE guild_id = $1 AND status = 'open' "
        "AND deleted_at IS NULL ORDER BY COALESCE(due_at, 'infinity'::timestamptz), number "
        "LIMIT 1 OFFSET $2",
        GUILD,
        max(late - 1, 0),
    )
    speaker = await db.fetchval("SELECT speaker FROM pledges WHERE guild_id = $1 LIMIT 1", GUILD)
    promise = await db.fetchval("SELECT promise FROM pledges WHERE guild_id = $1 LIMIT 1", GUILD)
    return {
        "count": count,
        "open": opened,
        "late": late,
        "key": PageKey(row[0], row[1]),
        "speaker": speaker,
        "word": promise.split()[2],
    }


async def serve(url: str, runs: int) -> None:
    async with PgStore(url) as store:
        store.db = None  # scale.commands() builds its SQLite baseline from it; unused here
        service = PledgeService(store, FakeClock(NOW))
        keeping = KeepingService(service)
        found = await fixtures(store)
        table = scale.commands(service, keeping, GUILD, found)
        speaker = found["speaker"]
        table.update(
            {
                "record (scorecards)": (lambda i: keeping.scorecards(GUILD), None),
                "record speaker:NAME": (lambda i: keeping.speaker_card(GUILD, speaker), None),
                "chart (server)": (lambda i: keeping.chart_data(GUILD), None),
                "chart speaker:NAME": (lambda i: keeping.chart_data(GUILD, speaker), None),
            }
        )
        print(f"{'command':<28} {'p50 ms':>8} {'p99 ms':>8}")
        for name, (call, _) in table.items():
            count = min(runs, len(found["open"]) // 2) if name in ("extend", "mark") else runs
            taken = await scale.timed(call, count)
            print(f"{name:<28} {scale.p(taken, 0.5):>8.2f} {scale.p(taken, 0.99):>8.2f}")
        show = table["show"][0]
        alone = await scale.timed(show, 50)

        async def heavy() -> None:
            until = time.perf_counter() + 2.0
            while time.perf_counter() < until:
                await keeping.scorecards(GUILD)
                await keeping.chart_data(GUILD)

        beside = await scale._while(heavy, show)
        a, b = scale.p(alone, 0.5), scale.p(beside, 0.5)
        print(
            f"show alone p50 {a:.2f} ms, beside scorecards and charts {b:.2f} ms: ratio {b / a:.1f}"
        )
        size = await store.database.fetchval("SELECT pg_database_size(current_database())")
        print(f"database size: {size / found['count']:.0f} bytes per pledge")


async def main(size: int, runs: int, url: str | None) -> None:
    server = None
    if url is None:
        server = PgServer().start(durable=True)

        async def migrate(template_url: str) -> None:
            async with PgStore(template_url):
                pass

        await server.make_template(migrate)
        url = await server.fresh_database()
    try:
        took = await fill(url, size)
        print(f"PostgreSQL, one server: {size:,} pledges (filled by COPY in {took:.0f} s)")
        await serve(url, runs)
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--url", default=None)
    args = parser.parse_args()
    asyncio.run(main(args.size, args.runs, args.url))
