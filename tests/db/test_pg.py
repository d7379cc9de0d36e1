"""What only the PostgreSQL engine has to prove: its migrations stay in step with the
SQLite ones, it refuses a newer schema, its claims skip rows another process holds,
and its numbering holds across processes. (Everything the two engines share runs on
both through the parametrised `store` fixture.)"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
import pytest

from bot.app import open_store
from bot.config import load_settings
from bot.core.alerts import AlertKind, PlannedAlert
from db._sqlite import bundled_migrations as sqlite_migrations
from db.pg import PgStore
from db.pg._pg import bundled_migrations as pg_migrations
from db.store import SchemaTooNew, Store

NOW = datetime(2025, 8, 18, 12, 0, tzinfo=UTC)
GUILD = 100
ROOT = Path(__file__).resolve().parents[2]


def _fields(**overrides):
    fields = {"speaker": "A", "promise": "p", "said_at": NOW, "recorded_by": 1}
    fields.update(overrides)
    return fields


@pytest.fixture
async def pg(pg_server):
    url = await pg_server.fresh_database()
    try:
        yield url
    finally:
        await pg_server.drop_database(url)


async def _empty_database(pg_server) -> str:
    """A database with no schema at all (the template is already migrated)."""
    return await pg_server.bare_database()


def test_both_engines_have_the_same_migration_versions():
    assert [m.version for m in pg_migrations()] == [m.version for m in sqlite_migrations()]
    for pg, lite in zip(pg_migrations(), sqlite_migrations(), strict=True):
        assert pg.name == lite.name, "name a PostgreSQL migration as its SQLite twin"


async def _sqlite_columns(path) -> dict[str, list[str]]:
    async with Store(path):
        pass
    with sqlite3.connect(path) as raw:
        found = raw.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        # A full-text index (FTS5) is a virtual table with shadow tables of its own: an
        # index, which PostgreSQL's twin keeps as an index, not as tables.
        virtual = [name for name, sql in found if sql.upper().startswith("CREATE VIRTUAL")]
        tables = [
            name
            for name, _ in found
            if name not in virtual and not any(name.startswith(f"{v}_") for v in virtual)
        ]
        return {t: [c[1] for c in raw.execute(f"PRAGMA table_info({t})")] for t in tables}


async def _pg_columns(url: str) -> dict[str, list[str]]:
    conn = await asyncpg.connect(url)
    try:
        rows = await conn.fetch(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = 'public' AND table_name <> 'pledgewatch_schema' "
            "ORDER BY table_name, ordinal_position"
        )
    finally:
        await conn.close()
    found: dict[str, list[str]] = {}
    for table, column in rows:
        if (table, column) not in _INDEX_COLUMNS:
            found.setdefault(table, []).append(column)
    return found


# A pledge's folded words: on PostgreSQL a column its GIN index reads (db/pg/words.py),
# on SQLite the full-text index left out above.
_INDEX_COLUMNS = {("pledges", "search_words")}


async def test_both_engines_make_the_same_tables_and_columns(pg, tmp_path):
    lite = await _sqlite_columns(tmp_path / "schema.db")
    assert lite == await _pg_columns(pg)


async def test_each_migration_applies_from_an_empty_database_and_again_is_a_noop(pg_server):
    url = await _empty_database(pg_server)
    try:
        store = PgStore(url)
        await store.open(migrate=False)
        assert await store.schema_version() == 0
        for migration in pg_migrations():
            assert await store.migrate(target=migration.version) == [migration.version]
        assert await store.migrate() == []
        await store.insert_pledge(GUILD, _fields(), NOW)
        await store.close()
    finally:
        await pg_server.drop_database(url)


async def test_processes_starting_together_migrate_once(pg_server):
    url = await _empty_database(pg_server)
    stores = [PgStore(url) for _ in range(4)]
    try:
        await asyncio.gather(*(s.open(migrate=False) for s in stores))
        applied = await asyncio.gather(*(s.migrate() for s in stores))
        assert sorted(map(len, applied)) == [0, 0, 0, len(pg_migrations())]
    finally:
        await asyncio.gather(*(s.close() for s in stores))
        await pg_server.drop_database(url)


async def test_a_newer_schema_is_refused_untouched(pg):
    newest = pg_migrations()[-1].version
    conn = await asyncpg.connect(pg)
    try:
        await conn.execute("UPDATE pledgewatch_schema SET version = $1", newest + 1)
        with pytest.raises(SchemaTooNew, match="only knows versions up to"):
            await PgStore(pg).open()
        assert await conn.fetchval("SELECT version FROM pledgewatch_schema") == newest + 1
    finally:
        await conn.close()


async def test_an_unreachable_server_is_one_sentence_without_the_password(unused_port):
    from db.store import DatabaseUnusable

    store = PgStore(f"postgresql://bot:s3cret@127.0.0.1:{unused_port}/pledgewatch")
    with pytest.raises(DatabaseUnusable, match="could not be opened") as caught:
        await store.open()
    assert "s3cret" not in str(caught.value)
    assert "bot:***@127.0.0.1" in str(caught.value)


async def _ours(conn, url: str) -> int:
    """Connections to the database of `url` other than `conn` itself."""
    name = url.rsplit("/", 1)[-1]
    return await conn.fetchval(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
        name,
    )


def _close_fails(monkeypatch) -> None:
    """A pool whose graceful close fails (a connection the server or the network dropped
    while it was being closed), as asyncpg's Pool.close raises then."""

    async def failing_close(self):
        raise ConnectionResetError("connection reset while closing")

    monkeypatch.setattr(asyncpg.Pool, "close", failing_close)


async def test_a_refused_start_raises_its_own_error_and_leaves_no_connection(pg, monkeypatch):
    """Review s43: a start refused after the pool was made closed it gracefully, so a
    close that failed replaced the refusal with its own error (or hung, on a server that
    no longer answered) and left the pool's connections open."""
    newest = pg_migrations()[-1].version
    conn = await asyncpg.connect(pg)
    try:
        await conn.execute("UPDATE pledgewatch_schema SET version = $1", newest + 1)
        _close_fails(monkeypatch)
        store = PgStore(pg)
        with pytest.raises(SchemaTooNew, match="only knows versions up to"):
            await store.open()
        for _ in range(50):  # the server notices a closed socket at once, but not in 0 s
            if not await _ours(conn, pg):
                break
            await asyncio.sleep(0.05)
        assert await _ours(conn, pg) == 0
        await store.close()  # nothing left to close: no error either
    finally:
        await conn.close()


async def test_an_unreachable_server_stays_one_sentence_when_the_pool_fails_to_close(
    unused_port, monkeypatch
):
    from db.store import DatabaseUnusable

    _close_fails(monkeypatch)
    store = PgStore(f"postgresql://bot@127.0.0.1:{unused_port}/pledgewatch")
    with pytest.raises(DatabaseUnusable, match="could not be opened"):
        await store.open()


def test_the_setting_picks_the_engine(tmp_path):
    url = "postgresql://bot:pw@db.internal:5432/pledgewatch"
    settings = load_settings({"PLEDGEWATCH_DB": url}, dotenv=None)
    assert settings.db_url == url and settings.database.endswith(
        "bot:***@db.internal:5432/pledgewatch"
    )
    assert isinstance(open_store(settings), PgStore)
    settings = load_settings({"PLEDGEWATCH_DB": str(tmp_path / "p.db")}, dotenv=None)
    assert settings.db_url is None and settings.db_path == tmp_path / "p.db"
    assert isinstance(open_store(settings), Store)


async def _due_alerts(store: PgStore, count: int) -> None:
    for n in range(count):
        await store.insert_pledge(
            GUILD,
            _fields(promise=f"p{n}", due_at=NOW),
            NOW,
            alerts=[PlannedAlert(AlertKind.DUE, NOW + timedelta(minutes=n))],
        )


async def test_a_claim_skips_rows_another_process_is_claiming_and_never_waits(pg):
    async with PgStore(pg) as store:
        await _due_alerts(store, 6)
        later = NOW + timedelta(hours=1)
        other = await asyncpg.connect(pg)
        try:
            async with other.transaction():
                # Another process's claim in flight: it holds the first three rows.
                held = await other.fetch(
                    "SELECT id FROM alert_outbox WHERE guild_id = $1 ORDER BY due_at, id "
                    "LIMIT 3 FOR UPDATE",
                    GUILD,
                )
                claimed = await asyncio.wait_for(
                    store.outbox.claim_due(
                        GUILD, later, limit=10, late_before=NOW, single_up_to=10
                    ),
                    timeout=5,
                )
                assert {c.row.id for c in claimed}.isdisjoint({r["id"] for r in held})
                assert len(claimed) == 3
        finally:
            await other.close()
        # Once the other side let go, what was left is claimed; nothing twice as pending.
        rest = await store.outbox.claim_due(
            GUILD, later, limit=10, late_before=NOW, single_up_to=10
        )
        assert len(rest) == 6  # the three held ones, and ours again (claimed: retried)
        assert all(c.send_as == "single" for c in rest)


async def test_two_processes_adding_to_one_server_number_without_gaps(pg):
    stores = [PgStore(pg), PgStore(pg)]
    await asyncio.gather(*(s.open() for s in stores))
    try:
        added = await asyncio.gather(
            *(stores[n % 2].insert_pledge(GUILD, _fields(promise=f"p{n}"), NOW) for n in range(40))
        )
    finally:
        await asyncio.gather(*(s.close() for s in stores))
    assert sorted(p.number for p in added) == list(range(1, 41))


async def test_times_are_kept_to_the_second_in_utc(pg):
    from zoneinfo import ZoneInfo

    said = datetime(2025, 8, 18, 14, 30, 15, 987654, tzinfo=ZoneInfo("Europe/Berlin"))
    async with PgStore(pg) as store:
        pledge = await store.insert_pledge(GUILD, _fields(said_at=said), NOW)
        assert pledge.said_at == datetime(2025, 8, 18, 12, 30, 15, tzinfo=UTC)
        assert pledge.said_at.tzinfo is UTC


async def _cli(*args: str, database: str, cwd) -> tuple[int, str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "PLEDGEWATCH_"))}
    env.update(PLEDGEWATCH_DB=database, PYTHONPATH=str(ROOT))
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, cwd=cwd, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_the_command_line_on_postgres(pg, tmp_path, unused_port):
    code, out, err = await _cli("seed", "--guild", "1234", database=pg, cwd=tmp_path)
    assert code == 0, err
    assert "Imported 7 pledge(s) into server 1234" in out
    code, out, err = await _cli("list", "--guild", "1234", database=pg, cwd=tmp_path)
    assert code == 0 and "7 pledge(s)." in out
    code, out, _ = await _cli("migrate", database=pg, cwd=tmp_path)
    assert code == 0 and out.strip().endswith(f"schema version {pg_migrations()[-1].version}")
    code, _, err = await _cli("backup", str(tmp_path / "copy.db"), database=pg, cwd=tmp_path)
    assert code == 1 and "pg_dump" in err
    assert not (tmp_path / "copy.db").exists()
    away = f"postgresql://bot:s3cret@127.0.0.1:{unused_port}/nowhere"
    code, _, err = await _cli("list", "--guild", "1", database=away, cwd=tmp_path)
    assert code == 4 and "could not be opened" in err and "s3cret" not in err
