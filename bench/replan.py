"""A server-wide settings change: `/pledgewatch alerts review_days:1` on a server whose
pledges were said long ago, with another member's `/pledge show` in another server
running meanwhile. Prints figures; asserts nothing.

    .venv/bin/python bench/replan.py [--sizes 150,10000]

Each pledge was said on 1 January 1900 and has no deadline, so its review plan runs
45,000 days deep: the worst case for a planner that steps one interval at a time, which
is the baseline here (the plan as it was worked out before issue 11, run in the same
process on the same database). Timed: the service call behind the command and the
background replan it starts, until done (since issue 15 the reply comes at once and the
replan follows in batches; bench/scale.py times the two apart), and the slowest of the
`show` calls made in another server while it runs.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.core.alerts import AlertKind, PlannedAlert, plan_alerts  # noqa: E402
from bot.core.clock import FakeClock  # noqa: E402
from bot.core.model import Actor, GuildSettings, Pledge, Status  # noqa: E402
from bot.service import PledgeService  # noqa: E402
from db.store import Store  # noqa: E402

NOW = datetime(2025, 8, 18, 12, tzinfo=UTC)
SAID = datetime(1900, 1, 1, 12, tzinfo=UTC)
SERVER, OTHER = 1, 2
MANAGER = Actor(user_id=1, manage_guild=True)


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


async def fill(path: Path, count: int) -> None:
    store = Store(path)
    await store.open()
    clock = FakeClock(NOW)
    service = PledgeService(store, clock)
    async with store.transaction() as db:
        rows = [
            (
                SERVER,
                n,
                f"Speaker {n % 50}",
                f"Promise {n}",
                SAID.isoformat(),
                0,
                "open",
                NOW.isoformat(),
                NOW.isoformat(),
            )
            for n in range(1, count + 1)
        ]
        await db.executemany(
            "INSERT INTO pledges (guild_id, number, speaker, promise, said_at, recorded_by, "
            "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    await service.add(OTHER, MANAGER, speaker="Merz", promise="meet", deadline="within two weeks")
    await store.close()


async def measure(path: Path, planner) -> tuple[float, float, int]:
    store = Store(path)
    await store.open()
    clock = FakeClock(NOW)
    service = PledgeService(store, clock, planner=planner)
    shows: list[float] = []
    done = asyncio.Event()

    async def member_in_other_server() -> None:
        while not done.is_set():
            started = time.perf_counter()
            await service.get(OTHER, 1)
            shows.append(time.perf_counter() - started)
            await asyncio.sleep(0.005)

    other = asyncio.create_task(member_in_other_server())
    await asyncio.sleep(0.02)
    started = time.perf_counter()
    await service.update_settings(SERVER, MANAGER, review_days=1)
    await service.replans.wait()  # the replan runs after the reply since issue 15
    took = time.perf_counter() - started
    done.set()
    await other
    await store.close()
    return took, max(shows), len(shows)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="150,10000")
    parser.add_argument(
        "--baseline-up-to",
        type=int,
        default=150,
        help="run the stepping baseline only up to this many pledges",
    )
    args = parser.parse_args()
    print("server-wide replan, review_days 1, pledges said on 1 January 1900")
    print(f"{'pledges':>8} {'planner':>10} {'command':>10} {'slowest other show':>20} {'shows':>6}")
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as folder:
            results = {}
            planners = [("arithmetic", plan_alerts)]
            if size <= args.baseline_up_to:
                planners.append(("stepping", stepping_plan))
            for name, planner in planners:
                path = Path(folder) / f"{name}.db"
                await fill(path, size)
                took, slowest, count = await measure(path, planner)
                results[name] = took
                print(f"{size:>8} {name:>10} {took:>9.3f}s {slowest * 1000:>18.1f}ms {count:>6}")
            if len(results) == 2:
                ratio = results["stepping"] / results["arithmetic"]
                print(f"{'':>8} stepping / arithmetic: {ratio:.0f}x")


if __name__ == "__main__":
    asyncio.run(main())
