"""Pledgewatch at scale on SQLite (issue 15): the service call behind every command at
1k / 100k / 1M pledges in one server and 1M spread over 10,000 servers, beside the
queries as they were before issue 15 (kept below as the baseline), run on the same
file in the same run. Prints tables; asserts nothing.

    .venv/bin/python bench/scale.py [--sizes 1000,100000,1000000] [--no-spread] [--runs 40]

Per size: p50/p99 of each command's service call (new path) and of the old query
(baseline, fewer runs at large sizes), start-up to the first answered call and peak
RSS (each phase in a fresh process), `show` alone and while the heaviest command runs,
the server-wide replan of a new alert schedule, and disk bytes per pledge. The data
are generated straight into the file in one transaction (not through the service):
speakers from 3,000 names (--speakers: fewer), promises of 6-12 words from 3,000
made-up words plus "will", three quarters with a deadline within 400 days either side
of now, most open.
"""

from __future__ import annotations

import time

_STARTED = time.perf_counter()  # before the imports: start-up counts them

import argparse  # noqa: E402
import asyncio  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import shutil  # noqa: E402
import sqlite3  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Awaitable, Callable  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.core.alerts import plan_alerts  # noqa: E402
from bot.core.clock import FakeClock  # noqa: E402
from bot.core.model import Actor, GuildSettings, ListFilter, PageKey, Status  # noqa: E402
from bot.core.scorecard import score_speakers, speaker_card  # noqa: E402
from bot.keeping import KeepingService  # noqa: E402
from bot.service import PledgeService  # noqa: E402
from db._sqlite import PLEDGE_COLUMNS, like, pledge_from_row  # noqa: E402
from db.store import Store  # noqa: E402

NOW = datetime(2025, 8, 18, 12, tzinfo=UTC)
GUILD = 1
MANAGER = Actor(user_id=3, manage_guild=True)
RNG_SEED = 15
FIRST = (
    "Anna Ben Cara Dan Eva Finn Greta Hans Ida Jon Kai Lena Max Nora Otto Paul Rita Sven".split()
)
LAST = "Merz Rutte Scholz Trump Baerbock Macron Meloni Sanchez Tusk Orban Fico Costa".split()


def _words(rng: random.Random) -> list[str]:
    syllables = [c + v for c in "bdklmnrst" for v in "aeiou"]
    found: set[str] = set()
    while len(found) < 3000:
        found.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(found)


def _speakers() -> list[str]:
    names = [f"{f} {last}" for f in FIRST for last in LAST]
    return [f"{n} {k}" if k else n for k in range(14) for n in names][:3000]


# -- generating the file ---------------------------------------------------------------


def _pledge_rows(guilds: list[tuple[int, int]], rng: random.Random, speakers: int = 3000):
    """(guild, pledges) -> INSERT rows, ids 1.. in order, by `speakers` speakers."""
    words, names = _words(rng), _speakers()[:speakers]
    for guild, count in guilds:
        for number in range(1, count + 1):
            due = None
            if rng.random() < 0.75:
                day = (NOW + timedelta(days=rng.randint(-400, 400))).date()
                due = datetime(day.year, day.month, day.day, 23, 59, 59, tzinfo=UTC)
            open_ = rng.random() < (0.5 if due is not None and due < NOW else 0.9)
            status = "open" if open_ else rng.choice(["fulfilled", "broken", "partly fulfilled"])
            said = NOW - timedelta(days=rng.randint(1, 500))
            promise = "will " + " ".join(rng.choice(words) for _ in range(rng.randint(6, 12)))
            yield (
                guild,
                number,
                rng.choice(names),
                promise,
                said.isoformat(),
                due.isoformat() if due else None,
                status,
                said.isoformat(),
                said.isoformat(),
            )


def _outbox_rows(db: sqlite3.Cursor):
    """The next alert of every open pledge, as the service plans it (lean outbox)."""
    settings = GuildSettings(guild_id=0)
    cursor = db.execute(f"SELECT {PLEDGE_COLUMNS} FROM pledges WHERE status = 'open'")
    cursor.row_factory = sqlite3.Row
    for row in cursor:
        pledge = pledge_from_row(row)  # type: ignore[arg-type]
        for alert in plan_alerts(pledge, settings, NOW)[:1]:
            yield (
                pledge.guild_id,
                pledge.id,
                str(alert.kind),
                alert.due_at.isoformat(),
                NOW.isoformat(),
            )


def generate(path: Path, guilds: list[tuple[int, int]], speakers: int = 3000) -> float:
    """Create the schema through the Store, then fill it in one transaction."""
    started = time.perf_counter()

    async def schema() -> None:
        store = Store(path)
        await store.open()
        await store.close()

    asyncio.run(schema())
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA synchronous = OFF")
    db.execute("BEGIN")
    db.executemany(
        "INSERT INTO pledges (guild_id, number, speaker, promise, said_at, due_at, status, "
        "created_at, updated_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        _pledge_rows(guilds, random.Random(RNG_SEED), speakers),
    )
    db.execute(
        "INSERT INTO pledge_events (guild_id, pledge_id, at, actor_id, kind) "
        "SELECT guild_id, id, created_at, 0, 'created' FROM pledges"
    )
    # Every ruled pledge was ruled 0-399 days after it was said (never after NOW), so
    # about half are ruled late; one open pledge in twenty had its deadline extended.
    # (The history's triggers keep ruled_at, the extension counts and the tallies.)
    db.execute(
        "INSERT INTO pledge_events (guild_id, pledge_id, at, actor_id, kind) "
        "SELECT guild_id, id, MIN(strftime('%Y-%m-%dT%H:%M:%S+00:00', said_at, "
        "'+' || (id % 400) || ' days'), ?), 0, 'ruled' FROM pledges WHERE status <> 'open'",
        (NOW.isoformat(),),
    )
    db.execute(
        "INSERT INTO pledge_events (guild_id, pledge_id, at, actor_id, kind) "
        "SELECT guild_id, id, ?, 0, 'extended' FROM pledges WHERE status = 'open' AND id % 20 = 0",
        (NOW.isoformat(),),
    )
    db.executemany(
        "INSERT INTO alert_outbox (guild_id, pledge_id, kind, due_at, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        _outbox_rows(db.cursor()),
    )
    db.executemany(
        "INSERT INTO guild_settings (guild_id, alert_channel_id) VALUES (?, 9000)",
        [(g,) for g, _ in guilds],
    )
    db.execute("COMMIT")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("ANALYZE")
    db.close()
    return time.perf_counter() - started


def disk(path: Path, pledges: int) -> dict[str, float]:
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    sizes = dict(db.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name").fetchall())
    db.close()
    outbox = sum(v for k, v in sizes.items() if "outbox" in k)
    text = sum(v for k, v in sizes.items() if k.startswith("pledge_text"))
    return {
        "total": path.stat().st_size / pledges,
        "outbox": outbox / pledges,
        "fts": text / pledges,
    }


# -- the baseline: the queries as they were before issue 15 ---------------------------------


class Baseline:
    """The pre-change list, autocomplete and speaker queries (db/pledges.py at 4b02da6),
    run on the store's connection exactly as they were."""

    def __init__(self, db: Any) -> None:
        self.db = db

    async def list(self, guild: int, status: ListFilter, *, speaker=None, query=None, offset=0):
        where, params = ["guild_id = ?", "deleted_at IS NULL"], [guild]
        if status is ListFilter.OPEN:
            where.append("status = ?")
            params.append("open")
        if speaker:
            where.append("speaker LIKE ? ESCAPE '\\'")
            params.append(like(speaker))
        if query:
            where.append(
                "(promise LIKE ? ESCAPE '\\' OR quote LIKE ? ESCAPE '\\' "
                "OR speaker LIKE ? ESCAPE '\\' OR beneficiary LIKE ? ESCAPE '\\')"
            )
            params += [like(query)] * 4
        clause = " AND ".join(where)
        await self.db.execute_fetchall(f"SELECT COUNT(*) FROM pledges WHERE {clause}", params)
        rows = await self.db.execute_fetchall(
            f"SELECT {PLEDGE_COLUMNS} FROM pledges WHERE {clause} "
            "ORDER BY due_at IS NULL, due_at, number LIMIT 10 OFFSET ?",
            (*params, offset),
        )
        return [pledge_from_row(r) for r in rows]

    async def numbers(self, guild: int, typed: str):
        prefix = like(typed)[1:]
        rows = await self.db.execute_fetchall(
            f"SELECT {PLEDGE_COLUMNS}, CASE WHEN CAST(number AS TEXT) = ? THEN 0 "
            "WHEN CAST(number AS TEXT) LIKE ? ESCAPE '\\' THEN 1 ELSE 2 END AS rank "
            "FROM pledges WHERE guild_id = ? AND deleted_at IS NULL AND (CAST(number AS TEXT) "
            "LIKE ? ESCAPE '\\' OR speaker LIKE ? ESCAPE '\\' OR promise LIKE ? ESCAPE '\\') "
            "ORDER BY rank, status != 'open', number DESC LIMIT 25",
            (typed, prefix, guild, prefix, like(typed), like(typed)),
        )
        return [pledge_from_row(r) for r in rows]

    async def speakers(self, guild: int, typed: str):
        return await self.db.execute_fetchall(
            "SELECT MIN(speaker) AS name, COUNT(*) AS n, "
            "CASE WHEN speaker LIKE ? ESCAPE '\\' THEN 0 ELSE 1 END AS rank "
            "FROM pledges WHERE guild_id = ? AND deleted_at IS NULL "
            "AND speaker LIKE ? ESCAPE '\\' "
            "GROUP BY speaker COLLATE NOCASE ORDER BY rank, n DESC, name LIMIT 25",
            (like(typed)[1:], guild, like(typed)),
        )


# -- timing ------------------------------------------------------------------------------


async def timed(call: Callable[[int], Awaitable[Any]], runs: int) -> list[float]:
    taken = []
    for i in range(runs):
        started = time.perf_counter()
        await call(i)
        taken.append((time.perf_counter() - started) * 1000)
    return taken


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def peak_mb() -> float:
    """This process's peak RSS. VmHWM, not getrusage: on Linux ru_maxrss carries the
    parent's peak over fork and exec, and the parent just generated a million pledges."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def _fixtures(store: Store, guild: int) -> dict[str, Any]:
    """Pledges to act on and places to page from, read once before timing."""
    db = store.db
    count = (
        await db.execute_fetchall("SELECT COUNT(*) FROM pledges WHERE guild_id = ?", (guild,))
    )[0][0]
    opened = [
        r[0]
        for r in await db.execute_fetchall(
            "SELECT number FROM pledges WHERE guild_id = ? AND status = 'open' AND due_at > ? "
            "ORDER BY number DESC LIMIT 400",
            (guild, NOW.isoformat()),
        )
    ]
    open_total = (
        await db.execute_fetchall(
            "SELECT COUNT(*) FROM pledges INDEXED BY pledges_list WHERE guild_id = ? "
            "AND status = 'open' AND deleted_at IS NULL",
            (guild,),
        )
    )[0][0]
    late = int(open_total * 0.9)
    row = (
        await db.execute_fetchall(
            "SELECT due_at, number FROM pledges INDEXED BY pledges_list WHERE guild_id = ? "
            "AND status = 'open' AND deleted_at IS NULL ORDER BY due_key, number LIMIT 1 OFFSET ?",
            (guild, max(late - 1, 0)),
        )
    )[0]
    key = PageKey(datetime.fromisoformat(row[0]) if row[0] else None, row[1])
    speaker = (
        await db.execute_fetchall(
            "SELECT speaker FROM pledges WHERE guild_id = ? LIMIT 1", (guild,)
        )
    )[0][0]
    word = (
        await db.execute_fetchall(
            "SELECT promise FROM pledges WHERE guild_id = ? LIMIT 1", (guild,)
        )
    )[0][0].split()[2]
    return {
        "count": count,
        "open": opened,
        "late": late,
        "key": key,
        "speaker": speaker,
        "word": word,
    }


def commands(service: PledgeService, keeping: KeepingService, guild: int, f: dict[str, Any]):
    """name -> (new path call, baseline call or None)."""
    old = Baseline(service.store.db)  # type: ignore[attr-defined]
    opened = f["open"]

    async def show(i: int) -> None:
        await service.get(guild, 1 + (i * 7919) % f["count"])
        await service.history(guild, 1 + (i * 7919) % f["count"])
        await service.settings(guild)

    async def add(i: int) -> None:
        await service.add(
            guild, MANAGER, speaker="Anna Merz", promise=f"bench {i}", deadline="in two weeks"
        )

    surname = f["speaker"].split()[1].lower()
    return {
        "show": (show, None),
        "add": (add, None),
        # Each run on another open pledge: the first half is extended, the second ruled.
        "extend": (lambda i: service.extend(guild, opened[i], MANAGER, "in three weeks"), None),
        "mark": (
            lambda i: service.mark(guild, opened[len(opened) // 2 + i], MANAGER, Status.BROKEN),
            None,
        ),
        "list, first page": (
            lambda i: service.list(guild),
            lambda i: old.list(guild, ListFilter.OPEN),
        ),
        "list, late page": (
            lambda i: service.list(guild, page=f["late"] // 10, after=f["key"]),
            lambda i: old.list(guild, ListFilter.OPEN, offset=f["late"]),
        ),
        "list, speaker (full name)": (
            lambda i: service.list(guild, status="all", speaker=f["speaker"]),
            lambda i: old.list(guild, ListFilter.ALL, speaker=f["speaker"]),
        ),
        "list, speaker (surname)": (
            lambda i: service.list(guild, status="all", speaker=surname),
            lambda i: old.list(guild, ListFilter.ALL, speaker=surname),
        ),
        "list, query (rare word)": (
            lambda i: service.list(guild, status="all", query=f["word"]),
            lambda i: old.list(guild, ListFilter.ALL, query=f["word"]),
        ),
        "list, query (every pledge)": (
            lambda i: service.list(guild, status="all", query="will"),
            lambda i: old.list(guild, ListFilter.ALL, query="will"),
        ),
        "number autocomplete '12'": (
            lambda i: service.autocomplete(guild, "12"),
            lambda i: old.numbers(guild, "12"),
        ),
        "number autocomplete ''": (
            lambda i: service.autocomplete(guild, ""),
            lambda i: old.numbers(guild, ""),
        ),
        "number autocomplete word": (
            lambda i: service.autocomplete(guild, f["word"][:4]),
            lambda i: old.numbers(guild, f["word"][:4]),
        ),
        "speaker autocomplete 'an'": (
            lambda i: service.speakers(guild, "an"),
            lambda i: old.speakers(guild, "an"),
        ),
        "speaker autocomplete ''": (
            lambda i: service.speakers(guild, ""),
            lambda i: old.speakers(guild, ""),
        ),
    }


# -- the phases, each in a fresh process -------------------------------------------------


async def _open(path: Path) -> tuple[Store, PledgeService, KeepingService]:
    store = Store(path)
    await store.open()
    service = PledgeService(store, FakeClock(NOW))
    return store, service, KeepingService(service)


async def _while(
    busy: Callable[[], Awaitable[Any]], call: Callable[[int], Awaitable[Any]]
) -> list[float]:
    """Latencies of `call`, repeated while `busy` runs."""
    task = asyncio.create_task(busy())
    await asyncio.sleep(0.01)
    taken: list[float] = []
    while (not task.done() or not taken) and len(taken) < 200:
        taken += await timed(call, 1)
        await asyncio.sleep(0.002)
    await task
    return taken


async def serve(path: Path, guild: int, runs: int, started: float) -> dict[str, Any]:
    store, service, keeping = await _open(path)
    await service.get(guild, 1)
    result: dict[str, Any] = {"startup": time.perf_counter() - started, "commands": {}}
    fixtures = await _fixtures(store, guild)
    table = commands(service, keeping, guild, fixtures)
    for name, (new, _) in table.items():
        count = min(runs, len(fixtures["open"]) // 2) if name in ("extend", "mark") else runs
        result["commands"][name] = await timed(new, count)
    show = table["show"][0]
    old = Baseline(store.db)
    alone = await timed(show, 50)
    heavy_sql = await _while(lambda: old.list(guild, ListFilter.ALL, query="zzzz"), show)
    result["show"] = {"alone": alone, "old full-scan query": heavy_sql}
    result["rss"] = peak_mb()
    await store.close()
    return result


async def _old_scored(store: Any, guild: int) -> tuple[list[Any], list[Any]]:
    """The pre-change scorecard's reads (bot/keeping.py at a748f43): every pledge of the
    server and every ruling and extension of its history."""
    page = await store.list_pledges(guild, status=ListFilter.ALL, now=NOW, limit=10_000_000)
    return page.items, await store.guild_events(guild, ("ruled", "extended"))


async def record(path: Path, guild: int, runs: int, old_runs: int) -> dict[str, Any]:
    """/pledge record and /pledge chart: the kept tallies beside the pre-change path
    (every pledge and event of the server, scored in Python), in their own process so
    that the old path's memory is not counted as the serving process's."""
    store, service, keeping = await _open(path)
    fixtures = await _fixtures(store, guild)
    speaker = fixtures["speaker"]

    async def old_board(i: int) -> None:
        pledges, events = await _old_scored(store, guild)
        score_speakers(pledges, events, NOW)

    async def old_card(i: int) -> None:
        pledges, events = await _old_scored(store, guild)
        speaker_card(speaker, pledges, events, NOW)

    table = {
        "record (scorecards)": (lambda i: keeping.scorecards(guild), old_board),
        "record speaker:NAME": (lambda i: keeping.speaker_card(guild, speaker), old_card),
        "chart (server)": (lambda i: keeping.chart_data(guild), old_board),
        "chart speaker:NAME": (lambda i: keeping.chart_data(guild, speaker), old_card),
    }
    out: dict[str, Any] = {"new": {}, "old": {}}
    for name, (new, _old) in table.items():
        out["new"][name] = await timed(new, runs)
    out["rss"] = peak_mb()
    show = commands(service, keeping, guild, fixtures)["show"][0]

    async def heavy() -> None:
        """The heaviest commands of this phase, one after another, for two seconds."""
        until = time.perf_counter() + 2.0
        while time.perf_counter() < until:
            await keeping.scorecards(guild)
            await keeping.chart_data(guild)

    out["show"] = await _while(heavy, show)
    for name, (_, old) in table.items():
        out["old"][name] = await timed(old, old_runs) if name.startswith("record") else []
    await store.close()
    return out


async def baseline(path: Path, guild: int, runs: int) -> dict[str, Any]:
    store, service, keeping = await _open(path)
    fixtures = await _fixtures(store, guild)
    table = commands(service, keeping, guild, fixtures)
    out = {name: await timed(old, runs) for name, (_, old) in table.items() if old is not None}
    await store.close()
    return {"commands": out, "rss": peak_mb()}


async def replan(path: Path, guild: int, other: int) -> dict[str, Any]:
    store, service, _ = await _open(path)
    started = time.perf_counter()
    await service.update_settings(guild, MANAGER, heads_up_minutes=120, repeat_days=14)
    reply = time.perf_counter() - started
    shows = await _while(service.replans.wait, lambda i: service.get(other, 1))
    total = time.perf_counter() - started
    await store.close()
    return {"reply": reply, "total": total, "show": shows, "rss": peak_mb()}


def child(args: argparse.Namespace, started: float) -> None:
    path, guild = Path(args.child[1]), int(args.child[2])
    phase = args.child[0]
    if phase == "serve":
        out = asyncio.run(serve(path, guild, args.runs, started))
    elif phase == "baseline":
        out = asyncio.run(baseline(path, guild, int(args.child[3])))
    elif phase == "record":
        out = asyncio.run(record(path, guild, args.runs, int(args.child[3])))
    else:
        out = asyncio.run(replan(path, guild, int(args.child[3])))
    print(json.dumps(out))


def run_child(*words: Any, runs: int) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--runs", str(runs), "--child", *map(str, words)],
        check=True,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- the report -----------------------------------------------------------------------------


def report(
    title: str, pledges: int, made: float, sizes: dict[str, float], new, old, rep, rec
) -> None:
    print(f"\n== {title}: {pledges:,} pledges (generated in {made:.0f} s) ==")
    print(
        f"{'command':<28} {'p50 ms':>8} {'p99 ms':>8} | "
        f"{'old p50':>9} {'old p99':>9} {'old/new':>8}"
    )
    for news, olds in ((new["commands"], old["commands"]), (rec["new"], rec["old"])):
        for name, taken in news.items():
            line = f"{name:<28} {p(taken, 0.5):>8.2f} {p(taken, 0.99):>8.2f} |"
            before = olds.get(name)
            if before:
                ratio = p(before, 0.5) / max(p(taken, 0.5), 1e-6)
                line += f" {p(before, 0.5):>9.1f} {p(before, 0.99):>9.1f} {ratio:>7.0f}x"
            print(line)
    print(f"(record and chart: peak RSS {rec['rss']:.0f} MB before the old path ran)")
    shows = {**new["show"], "record": rec["show"]}
    alone = p(shows["alone"], 0.5)
    for label in ("old full-scan query", "record"):
        during = shows[label]
        print(
            f"show while {label} runs: p50 {p(during, 0.5):.2f} ms, max {max(during):.1f} ms "
            f"({len(during)} shows) vs {alone:.2f} ms alone: ratio {p(during, 0.5) / alone:.1f}"
        )
    print(
        f"start-up to the first answered call: {new['startup']:.2f} s; peak RSS serving "
        f"{new['rss']:.0f} MB (baseline process {old['rss']:.0f} MB)"
    )
    print(
        f"replan (/pledgewatch alerts): reply {rep['reply'] * 1000:.1f} ms, done in "
        f"{rep['total']:.1f} s, peak RSS {rep['rss']:.0f} MB, other server's show p50 "
        f"{p(rep['show'], 0.5):.2f} ms max {max(rep['show'] or [0]):.1f} ms"
    )
    print(
        f"disk: {sizes['total']:.0f} bytes per pledge (outbox {sizes['outbox']:.0f}, "
        f"text index {sizes['fts']:.0f})"
    )


def scenario(title: str, guilds: list[tuple[int, int]], guild: int, other: int, args) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scale.db"
        pledges = sum(n for _, n in guilds)
        kept = Path(args.keep_db) if args.keep_db else None
        if kept is not None and kept.exists():
            path, made = kept, 0.0  # reused: its phases change it a little (adds, marks)
        else:
            made = generate(path, guilds, args.speakers)
            if kept is not None:
                shutil.copyfile(path, kept)
        sizes = disk(path, pledges)
        skip = set(args.skip.split(","))
        new = run_child("serve", path, guild, runs=args.runs)
        biggest = max(n for _, n in guilds if _ == guild)
        base_runs = args.runs if biggest <= 100_000 else max(3, args.runs // 10)
        old: dict[str, Any] = {"commands": {}, "rss": 0.0}
        if "baseline" not in skip:
            old = run_child("baseline", path, guild, base_runs, runs=args.runs)
        rep = run_child("replan", path, guild, other, runs=args.runs)
        rec: dict[str, Any] = {"new": {}, "old": {}, "show": [0.0], "rss": 0.0}
        if "record" not in skip:
            old_runs = 0 if "baseline" in skip else (2 if biggest > 100_000 else 5)
            rec = run_child("record", path, guild, old_runs, runs=args.runs)
        report(title, pledges, made, sizes, new, old, rep, rec)


def main() -> None:
    started = _STARTED
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="1000,100000,1000000")
    parser.add_argument("--no-spread", action="store_true", help="skip 1M over 10,000 servers")
    parser.add_argument("--servers", type=int, default=10_000, help="servers of 100 pledges")
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument(
        "--speakers",
        type=int,
        default=3000,
        help="speakers the pledges are spread over (40: the few-big-speakers server)",
    )
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument(
        "--keep-db", help="keep the generated file here, or reuse it if it exists (one size)"
    )
    parser.add_argument(
        "--skip", default="", help="phases to leave out, e.g. baseline,record (comma-separated)"
    )
    args = parser.parse_args()
    if args.child:
        child(args, started)
        return
    print(
        f"SQLite {sqlite3.sqlite_version}; {args.runs} runs per command (baseline: a tenth at 1M)"
    )
    for size in (int(s) for s in args.sizes.split(",") if s):
        # A second small server: its `show` is timed while the big one replans.
        scenario("one server", [(GUILD, size), (2, 10)], GUILD, 2, args)
    if not args.no_spread:
        guilds = [(g, 100) for g in range(1, args.servers + 1)]
        scenario(f"{args.servers:,} servers of 100", guilds, args.servers // 2, 2, args)


if __name__ == "__main__":
    main()
