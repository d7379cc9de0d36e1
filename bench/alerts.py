"""The alert dispatcher against the usual discord.py pattern (a loop that polls the
database every minute). Prints figures; asserts nothing.

    .venv/bin/python bench/alerts.py [--pledges 100000] [--burst 1000] [--window 60]

Set-up: a temporary SQLite file with `--pledges` open pledges over 100 servers, each
planned as the bot plans them (3 outbox rows a pledge: due, 1-day follow-up, first
repeat; all in the future), plus `--burst` one-pledge servers for the bursts.

1. Planning: plan_alerts over every pledge (pure), and writing the rows.
2. Idle: wake-ups and database time over one simulated day (FakeClock), nothing due.
3. Lateness (send time minus due time) with a fake sender that answers at once, so
   the figure is the scheduler's own delay:
   a. every burst alert due in the same second, one per server (dispatcher, real clock);
   b. the burst spread evenly over `--window` seconds, for both. The dispatcher runs on
      the real clock. The poller runs on a clock that skips its idle minute but lets
      real time pass while it works, so its figure is "how long after the due moment
      its minute came round" plus its real processing time - what it would be live.
4. Memory: resident set (from /proc) in a fresh process per case, after opening the
   database, a simulated idle day and the burst, at 10,000 and at `--pledges` pledges.

The poller is a baseline written here as such bots write it (its SQL inline); it sends
the same messages through the same fake sender.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.chat import render  # noqa: E402 - after the path set-up
from bot.chat.dispatcher import Dispatcher  # noqa: E402
from bot.core.alerts import plan_alerts  # noqa: E402
from bot.core.clock import FakeClock, SystemClock  # noqa: E402
from bot.core.model import GuildSettings, Pledge, Status  # noqa: E402
from db.store import Store, from_db, to_db  # noqa: E402

SERVERS = 100
BURST_GUILD_BASE = 1_000_000
CHANNEL_BASE = 5_000_000
SETTINGS = {"heads_up_minutes": 0, "follow_up_days": (1,), "repeat_days": 30}
DAY = timedelta(days=1)


# -- the fake Discord boundary ------------------------------------------------------------


class FakeSender:
    """Answers at once; records when each alert was handed over, on `clock`."""

    def __init__(self, clock, expected: int = 0) -> None:
        self.clock = clock
        self.lateness: list[float] = []
        self.sent = 0
        self.expected = expected
        self.all_sent = asyncio.Event()

    async def send(self, channel_id, message, *, nonce: str) -> int:
        self.sent += 1
        self.lateness.append(_lateness(self.clock.now(), message))
        if self.sent == self.expected:
            self.all_sent.set()
        return self.sent

    async def edit(self, channel_id, message_id, message) -> None:
        return None


def _lateness(now: datetime, message: render.AlertMessage) -> float:
    """The due moment is on the card's Due field as a Discord timestamp."""
    for embed in message.embeds:
        for field in embed.fields:
            if field.name == "Due" and "<t:" in (field.value or ""):
                due = int(field.value.split("<t:")[1].split(":")[0])
                return now.timestamp() - due
    return float("nan")


# -- building the database ------------------------------------------------------------------


@dataclass
class Built:
    path: Path
    pledges: int
    rows: int
    plan_seconds: float
    write_seconds: float
    burst_at: datetime


async def build(path: Path, pledges: int, burst: int, now: datetime, burst_at: datetime) -> Built:
    """Bulk-load the database (bench-only SQL: going through the service would take
    minutes and measure the service, not the dispatcher)."""
    store = Store(path)
    await store.open()
    try:
        guilds = list(range(1, SERVERS + 1))
        burst_guilds = [BURST_GUILD_BASE + i for i in range(burst)]
        for guild in guilds + burst_guilds:
            await store.update_settings(
                guild, {**SETTINGS, "alert_channel_id": CHANNEL_BASE + guild}, now
            )
        settings = GuildSettings(guild_id=0, heads_up_minutes=0, follow_up_days=(1,))
        drafts = []
        for i in range(pledges):
            guild = guilds[i % SERVERS]
            due = now + timedelta(days=10) + timedelta(seconds=(i * 7919) % (350 * 86400))
            drafts.append(_pledge(i + 1, guild, i // SERVERS + 1, due, now))
        for j, guild in enumerate(burst_guilds):
            drafts.append(_pledge(pledges + j + 1, guild, 1, burst_at, now))
        start = time.perf_counter()
        plans = [plan_alerts(p, settings, now) for p in drafts[:pledges]]
        plan_seconds = time.perf_counter() - start
        plans += [plan_alerts(p, settings, now) for p in drafts[pledges:]]
        start = time.perf_counter()
        async with store.transaction() as db:
            await db.executemany(
                "INSERT INTO pledges (id, guild_id, number, speaker, promise, said_at, due_at, "
                "recorded_by, status, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 0, 'open', ?, ?)",
                [
                    (
                        p.id,
                        p.guild_id,
                        p.number,
                        p.speaker,
                        p.promise,
                        to_db(p.said_at),
                        to_db(p.due_at),
                        to_db(now),
                        to_db(now),
                    )
                    for p in drafts
                ],
            )
            await db.executemany(
                "INSERT INTO alert_outbox (guild_id, pledge_id, kind, due_at, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    (p.guild_id, p.id, a.kind, to_db(a.due_at), to_db(now))
                    for p, plan in zip(drafts, plans, strict=True)
                    for a in plan
                ],
            )
        write_seconds = time.perf_counter() - start
        rows = sum(len(plan) for plan in plans[:pledges])
    finally:
        await store.close()
    return Built(path, pledges, rows, plan_seconds, write_seconds, burst_at)


def _pledge(pledge_id: int, guild: int, number: int, due: datetime, now: datetime) -> Pledge:
    return Pledge(
        id=pledge_id,
        guild_id=guild,
        number=number,
        speaker="A speaker",
        promise=f"Promise number {number} of server {guild}",
        said_at=now,
        recorded_by=0,
        status=Status.OPEN,
        created_at=now,
        updated_at=now,
        due_at=due,
    )


async def spread_burst(path: Path, burst: int, start: datetime, window: float) -> None:
    """Move the burst pledges' due alerts so they fall evenly over `window` seconds."""
    store = Store(path)
    await store.open()
    try:
        async with store.transaction() as db:
            for j in range(burst):
                due = start + timedelta(seconds=int(j * window / burst))
                await db.execute(
                    "UPDATE alert_outbox SET due_at = ? WHERE guild_id = ? AND kind = 'due'",
                    (to_db(due), BURST_GUILD_BASE + j),
                )
                await db.execute(
                    "UPDATE pledges SET due_at = ? WHERE guild_id = ?",
                    (to_db(due), BURST_GUILD_BASE + j),
                )
    finally:
        await store.close()


# -- the baseline: poll every minute ---------------------------------------------------------


class Poller:
    """`@tasks.loop(minutes=1)`: select what is due, send it, mark it sent."""

    def __init__(self, store: Store, clock, sender) -> None:
        self.store = store
        self.clock = clock
        self.sender = sender
        self.wakeups = 0
        self.db_seconds = 0.0

    async def tick(self) -> None:
        self.wakeups += 1
        start = time.perf_counter()
        now = self.clock.now()
        async with self.store.db.execute(
            "SELECT o.id, o.guild_id, o.pledge_id, o.kind, o.due_at, s.alert_channel_id "
            "FROM alert_outbox o JOIN guild_settings s ON s.guild_id = o.guild_id "
            "WHERE o.state IN ('pending', 'claimed') AND o.due_at <= ? "
            "AND s.alert_channel_id IS NOT NULL ORDER BY o.due_at",
            (to_db(now),),
        ) as cur:
            due = await cur.fetchall()
        self.db_seconds += time.perf_counter() - start
        for row_id, guild_id, pledge_id, kind, due_at, channel in due:
            pledge = await self.store.get_pledge_by_id(guild_id, pledge_id)
            message = render.alert_message(
                kind, pledge, self.clock.now(), alert_due=from_db(due_at)
            )
            await self.sender.send(channel, message, nonce=f"p{row_id}")
            async with self.store.transaction() as db:
                await db.execute("UPDATE alert_outbox SET state = 'sent' WHERE id = ?", (row_id,))

    async def run(self, until: datetime) -> None:
        while self.clock.now() < until:
            await self.tick()
            await self.clock.sleep(60)


class WarpClock:
    """Real time, except that sleeping skips ahead instantly. Only for a loop that does
    nothing while it sleeps (the poller): its lateness then reads as on a live bot."""

    def __init__(self, start: datetime) -> None:
        self._virtual = start
        self._anchor = time.perf_counter()

    def now(self) -> datetime:
        return self._virtual + timedelta(seconds=time.perf_counter() - self._anchor)

    async def sleep(self, seconds: float) -> None:
        self._virtual = self.now() + timedelta(seconds=seconds)
        self._anchor = time.perf_counter()
        await asyncio.sleep(0)


# -- measurements --------------------------------------------------------------------------


POLL = 0.0005  # how the bench waits for the code under test, in real seconds


async def settle(dispatcher: Dispatcher, clock: FakeClock) -> None:
    """Until the dispatcher is parked on the FakeClock. Waits with a short real sleep,
    not sleep(0): a loop spinning on sleep(0) holds the GIL and slows down aiosqlite's
    worker thread, which would be measured as the dispatcher's database time."""
    while not (dispatcher.idle and clock.sleeping):  # noqa: ASYNC110 - polls on purpose
        await asyncio.sleep(POLL)


async def idle_day(path: Path, start: datetime) -> dict:
    """Wake-ups and database time over a simulated day with nothing due."""
    results = {}
    store = Store(path)
    await store.open()
    try:
        clock = FakeClock(start)
        dispatcher = Dispatcher(store, clock, FakeSender(clock))
        passes = []
        original = dispatcher._pass

        async def timed_pass():
            t = time.perf_counter()
            try:
                return await original()
            finally:
                passes.append(time.perf_counter() - t)

        dispatcher._pass = timed_pass  # type: ignore[method-assign]
        dispatcher.start()
        await settle(dispatcher, clock)
        before = dispatcher.wakeups
        end = start + DAY
        while clock.now() < end:
            clock.set(min(dispatcher.sleeping_until or end, end))
            await settle(dispatcher, clock)
        await dispatcher.stop()
        results["dispatcher"] = (dispatcher.wakeups - before, sum(passes[1:]))

        clock = FakeClock(start)
        poller = Poller(store, clock, FakeSender(clock))
        task = asyncio.create_task(poller.run(end))
        while not task.done():
            await asyncio.sleep(POLL)
            if clock.sleeping:
                clock.advance(60)
        results["poller"] = (poller.wakeups, poller.db_seconds)
    finally:
        await store.close()
    return results


async def dispatcher_lateness(path: Path, expected: int, give_up_after: float) -> list[float]:
    store = Store(path)
    await store.open()
    try:
        clock = SystemClock()
        sender = FakeSender(clock, expected)
        dispatcher = Dispatcher(store, clock, sender)
        dispatcher.start()
        try:
            async with asyncio.timeout(give_up_after):
                await sender.all_sent.wait()
        except TimeoutError:
            print(f"      (gave up after {give_up_after:.0f} s: {sender.sent} of {expected} sent)")
        await dispatcher.stop()
    finally:
        await store.close()
    return sender.lateness


async def poller_lateness(path: Path, start: datetime, window: float) -> list[float]:
    store = Store(path)
    await store.open()
    try:
        clock = WarpClock(start)
        sender = FakeSender(clock)
        poller = Poller(store, clock, sender)
        await poller.run(start + timedelta(seconds=window + 61))
    finally:
        await store.close()
    return sender.lateness


def summary(lateness: list[float]) -> str:
    values = sorted(lateness)
    if not values:
        return "nothing sent"
    p99 = values[min(len(values) - 1, int(len(values) * 0.99))]
    return (
        f"median {statistics.median(values) * 1000:8.1f} ms   p99 {p99 * 1000:8.1f} ms   "
        f"max {values[-1] * 1000:8.1f} ms   ({len(values)} alerts)"
    )


# -- memory (in a fresh process per case) ----------------------------------------------------


def rss_kib() -> tuple[int, int]:
    fields = {}
    with open("/proc/self/status") as status:
        for line in status:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])


async def memory_child(mode: str, path: Path, start: datetime, burst_at: datetime) -> dict:
    store = Store(path)
    await store.open()
    gc.collect()
    opened = rss_kib()[0]
    clock = FakeClock(start)
    sender = FakeSender(clock)
    try:
        if mode == "dispatcher":
            dispatcher = Dispatcher(store, clock, sender)
            dispatcher.start()
            await settle(dispatcher, clock)
            while clock.now() < start + DAY:
                clock.set(min(dispatcher.sleeping_until or start + DAY, start + DAY))
                await settle(dispatcher, clock)
            clock.set(burst_at)
            await settle(dispatcher, clock)
            await dispatcher.stop()
        else:
            poller = Poller(store, clock, sender)
            task = asyncio.create_task(poller.run(burst_at + timedelta(minutes=1)))
            while not task.done():
                await asyncio.sleep(POLL)
                if clock.sleeping:
                    now = clock.now()
                    step = burst_at - now if start + DAY <= now < burst_at else timedelta(minutes=1)
                    clock.advance(step)
    finally:
        await store.close()
    gc.collect()
    now, peak = rss_kib()
    return {"opened": opened, "after": now, "peak": peak, "sent": sender.sent}


def memory(path: Path, mode: str, start: datetime, burst_at: datetime) -> dict:
    """In a copy of the database, so that each case finds the burst still unsent."""
    copy = path.with_name(f"{path.stem}-{mode}.db")
    shutil.copyfile(path, copy)
    path = copy
    out = subprocess.run(
        [
            sys.executable,
            __file__,
            "--memory-child",
            mode,
            str(path),
            start.isoformat(),
            burst_at.isoformat(),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


# -- main -----------------------------------------------------------------------------------


def mib(kib: int) -> str:
    return f"{kib / 1024:6.1f} MiB"


async def main(args: argparse.Namespace) -> Path:
    workdir = Path(tempfile.mkdtemp(prefix="pledgewatch-bench-"))
    start = datetime.now(UTC).replace(microsecond=0)
    far_burst = start + timedelta(days=3)
    print(f"Pledgewatch alerts benchmark ({args.pledges:,} pledges, burst {args.burst:,})")
    print(f"temporary files in {workdir}\n")

    big = await build(workdir / "big.db", args.pledges, args.burst, start, far_burst)
    print("1. Planning")
    print(
        f"   plan_alerts for {big.pledges:,} pledges: {big.plan_seconds:.2f} s "
        f"({big.pledges / big.plan_seconds:,.0f} pledges/s) -> {big.rows:,} outbox rows"
    )
    print(
        f"   writing pledges and rows in one transaction: {big.write_seconds:.2f} s; "
        f"file {big.path.stat().st_size / 2**20:.0f} MiB\n"
    )

    print("2. Idle: one simulated day, nothing due (FakeClock)")
    idle = await idle_day(big.path, start)
    d_wakes, d_db = idle["dispatcher"]
    p_wakes, p_db = idle["poller"]
    print(f"   dispatcher: {d_wakes:5d} wake-ups/day, {d_db * 1000:8.1f} ms of queries/day")
    print(f"   poller:     {p_wakes:5d} wake-ups/day, {p_db * 1000:8.1f} ms of queries/day")
    print(
        f"   ratio: {p_wakes / d_wakes:.0f}x fewer wake-ups, "
        f"{p_db / max(d_db, 1e-9):.0f}x less database time\n"
    )

    print("3. Lateness (send time minus due time; fake sender answers at once)")
    same = workdir / "same.db"
    await build(same, 10_000, args.burst, start, far_burst)
    same_at = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=3)
    await spread_burst(same, args.burst, same_at, 0)
    late = await dispatcher_lateness(same, args.burst, 60)
    print(f"   a. {args.burst:,} alerts due in the same second, one per server")
    print(f"      dispatcher: {summary(late)}")

    spread = workdir / "spread.db"
    await build(spread, 10_000, args.burst, start, far_burst)
    spread_at = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=3)
    await spread_burst(spread, args.burst, spread_at, args.window)
    print(
        f"   b. {args.burst:,} alerts spread over {args.window:.0f} s "
        f"(the dispatcher's run takes that long in real time)"
    )
    d_late = await dispatcher_lateness(spread, args.burst, args.window + 30)
    print(f"      dispatcher: {summary(d_late)}")
    poll = workdir / "poll.db"
    await build(poll, 10_000, args.burst, start, far_burst)
    await spread_burst(poll, args.burst, spread_at, args.window)
    p_late = await poller_lateness(poll, spread_at - timedelta(seconds=1), args.window)
    print(f"      poller:     {summary(p_late)}")
    if d_late and p_late:
        print(
            f"      ratio (median): {statistics.median(p_late) / statistics.median(d_late):,.0f}x "
            "later with polling\n"
        )

    print("4. Memory (fresh process each: open, one idle day, then the burst)")
    small = await build(workdir / "small.db", 10_000, args.burst, start, far_burst)
    for mode in ("dispatcher", "poller"):
        for built in (small, big):
            m = memory(built.path, mode, start, far_burst)
            print(
                f"   {mode:10s} {built.pledges:7,d} pledges: after open {mib(m['opened'])}, "
                f"after day+burst {mib(m['after'])}, peak {mib(m['peak'])} "
                f"({m['sent']} sent)"
            )
    return workdir


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--memory-child":
        _, _, mode, path, start, burst_at = sys.argv
        result = asyncio.run(
            memory_child(
                mode, Path(path), datetime.fromisoformat(start), datetime.fromisoformat(burst_at)
            )
        )
        print(json.dumps(result))
        sys.exit(0)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pledges", type=int, default=100_000)
    parser.add_argument("--burst", type=int, default=1_000)
    parser.add_argument("--window", type=float, default=60.0)
    os.environ.setdefault("PYTHONHASHSEED", "0")
    shutil.rmtree(asyncio.run(main(parser.parse_args())))
