from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime

import aiosqlite
import asyncpg
import pytest

from bot.core.errors import Conflict
from bot.core.model import Event, ListFilter, Status
from db.pg import PgStore
from db.store import SchemaTooNew, Store, bundled_migrations, from_db, to_db

NOW = datetime(2025, 8, 18, 12, 0, tzinfo=UTC)


def _fields(**overrides):
    fields = {"speaker": "A", "promise": "p", "said_at": NOW, "recorded_by": 1}
    fields.update(overrides)
    return fields


async def test_fresh_database_is_migrated_to_newest(tmp_path):
    async with Store(tmp_path / "a.db") as store:
        assert await store.schema_version() == bundled_migrations()[-1].version
        async with store.db.execute("PRAGMA journal_mode") as cur:
            assert (await cur.fetchone())[0] == "wal"
        async with store.db.execute("PRAGMA foreign_keys") as cur:
            assert (await cur.fetchone())[0] == 1


async def test_rerunning_migrations_is_a_noop(tmp_path):
    async with Store(tmp_path / "a.db") as store:
        await store.insert_pledge(1, _fields(), NOW)
        assert await store.migrate() == []
    async with Store(tmp_path / "a.db") as store:
        assert await store.migrate() == []
        assert (await store.get_pledge(1, 1)).speaker == "A"


@pytest.mark.parametrize("start", range(0, len(bundled_migrations())))
async def test_migrates_from_each_earlier_version(tmp_path, start):
    path = tmp_path / "a.db"
    store = Store(path)
    await store.open(migrate=False)
    await store.migrate(target=start)
    assert await store.schema_version() == start
    applied = await store.migrate()
    assert applied == [m.version for m in bundled_migrations()][start:]
    await store.insert_pledge(1, _fields(), NOW)
    await store.close()


async def test_database_newer_than_code_is_refused_untouched(tmp_path):
    path = tmp_path / "a.db"
    newest = bundled_migrations()[-1].version
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version = {newest + 1}")
    with pytest.raises(SchemaTooNew, match="Upgrade Pledgewatch"):
        await Store(path).open()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == newest + 1
        assert raw.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0


@pytest.mark.parametrize("journal", ["delete", "wal"])
async def test_a_newer_database_is_byte_identical_after_the_refusal(tmp_path, journal):
    """The refusal said "left untouched" while the journal mode had already been
    switched to WAL, which rewrites a rollback-journal file's header (#11, finding 3)."""
    path = tmp_path / "newer.db"
    newest = bundled_migrations()[-1].version
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA journal_mode = {journal}")
    raw.execute("CREATE TABLE future (x)")
    raw.execute("INSERT INTO future VALUES (1)")
    raw.execute(f"PRAGMA user_version = {newest + 1}")
    raw.commit()
    raw.close()
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(SchemaTooNew, match="left untouched"):
        await Store(path).open()
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert after == before


async def test_numbers_are_per_guild_and_never_reused(store):
    a1 = await store.insert_pledge(10, _fields(), NOW)
    a2 = await store.insert_pledge(10, _fields(), NOW)
    b1 = await store.insert_pledge(20, _fields(), NOW)
    assert (a1.number, a2.number, b1.number) == (1, 2, 1)
    await store.update_pledge(a2.guild_id, a2.id, {"deleted_at": NOW}, [], NOW)
    a3 = await store.insert_pledge(10, _fields(), NOW)
    assert a3.number == 3
    assert await store.get_pledge(10, 2) is None
    assert (await store.get_pledge(10, 2, include_deleted=True)).deleted_at == NOW


async def raw_write(store, sql: str) -> None:
    """One statement straight to the engine, past the store's methods."""
    if isinstance(store, PgStore):
        await store.database.execute(sql)
        return
    async with store.transaction() as db:
        await db.execute(sql)


# What each engine raises when the schema refuses a write.
REFUSED = (aiosqlite.IntegrityError, asyncpg.IntegrityConstraintViolationError)


async def test_history_is_append_only(store):
    pledge = await store.insert_pledge(1, _fields(), NOW)
    with pytest.raises((aiosqlite.IntegrityError, asyncpg.RaiseError), match="append-only"):
        await raw_write(store, f"DELETE FROM pledge_events WHERE pledge_id = {pledge.id}")
    with pytest.raises((aiosqlite.IntegrityError, asyncpg.RaiseError), match="append-only"):
        await raw_write(store, "UPDATE pledge_events SET kind = 'x'")
    assert [e.kind for e in await store.history(pledge.guild_id, pledge.id)] == ["created"]


async def test_failed_write_leaves_nothing_behind(store):
    pledge = await store.insert_pledge(1, _fields(), NOW)
    orphan = Event(pledge_id=pledge.id + 999, at=NOW, actor_id=1, kind="ruled")
    with pytest.raises(REFUSED):
        # The status change succeeds, then the event's foreign key fails: all or nothing.
        await store.update_pledge(
            pledge.guild_id, pledge.id, {"status": Status.BROKEN}, [orphan], NOW
        )
    assert [e.kind for e in await store.history(pledge.guild_id, pledge.id)] == ["created"]
    assert (await store.get_pledge(1, 1)).status is Status.OPEN


async def test_stale_status_is_refused_and_nothing_written(store):
    pledge = await store.insert_pledge(1, _fields(), NOW)
    ruled = Event(pledge_id=pledge.id, at=NOW, actor_id=1, kind="ruled")
    await store.update_pledge(
        1, pledge.id, {"status": Status.FULFILLED}, [ruled], NOW, expect_status=Status.OPEN
    )
    with pytest.raises(Conflict, match="changed by someone else"):
        await store.update_pledge(
            1, pledge.id, {"status": Status.BROKEN}, [ruled], NOW, expect_status=Status.OPEN
        )
    assert (await store.get_pledge(1, 1)).status is Status.FULFILLED
    assert [e.kind for e in await store.history(pledge.guild_id, pledge.id)] == ["created", "ruled"]


async def test_two_processes_migrating_one_new_file(tmp_path):
    path = tmp_path / "shared.db"
    first, second = Store(path), Store(path)
    await asyncio.gather(first.open(), second.open())
    newest = bundled_migrations()[-1].version
    assert await first.schema_version() == await second.schema_version() == newest
    await first.insert_pledge(1, _fields(), NOW)
    assert (await second.get_pledge(1, 1)).speaker == "A"
    await first.close()
    await second.close()


async def test_list_filters_and_orders_by_due(store):
    later = datetime(2025, 9, 1, tzinfo=UTC)
    earlier = datetime(2025, 8, 1, tzinfo=UTC)
    await store.insert_pledge(1, _fields(speaker="Merz", promise="meeting", due_at=later), NOW)
    await store.insert_pledge(1, _fields(speaker="Rutte", promise="100% details_x"), NOW)
    await store.insert_pledge(1, _fields(speaker="Trump", promise="summit", due_at=earlier), NOW)
    page = await store.list_pledges(1, status=ListFilter.ALL, now=NOW)
    assert [p.speaker for p in page.items] == ["Trump", "Merz", "Rutte"]  # no deadline last
    overdue = await store.list_pledges(1, status=ListFilter.OVERDUE, now=NOW)
    assert [p.speaker for p in overdue.items] == ["Trump"]
    soon = await store.list_pledges(
        1, status=ListFilter.DUE_SOON, now=datetime(2025, 8, 28, tzinfo=UTC)
    )
    assert [p.speaker for p in soon.items] == ["Merz"]
    by_speaker = await store.list_pledges(1, status=ListFilter.ALL, now=NOW, speaker="mer")
    assert [p.speaker for p in by_speaker.items] == ["Merz"]

    # The query finds words by their beginning (FTS5 since issue 15, no longer any
    # substring): "detail" finds "details_x", "0%" no longer finds "100%". What a member
    # types is never FTS syntax, and text without words is a literal substring.
    async def found(query: str) -> int:
        return (await store.list_pledges(1, status=ListFilter.ALL, now=NOW, query=query)).total

    assert await found("detail") == 1 and await found("100") == 1 and await found("0%") == 0
    assert await found('summ" OR meet*') == 0 and await found("SUMMIT trump") == 1
    assert await found("%") == 1 and await found("_") == 1
    paged = await store.list_pledges(1, status=ListFilter.ALL, now=NOW, limit=2, offset=2)
    assert paged.total == 3 and [p.speaker for p in paged.items] == ["Rutte"]
    # Keyset pages: on from where the shown page ended, back from where it began.
    first = await store.list_pledges(1, status=ListFilter.ALL, now=NOW, limit=2)
    assert first.more and first.has_next and first.page_count == 2
    second = await store.list_pledges(
        1, status=ListFilter.ALL, now=NOW, limit=2, offset=2, after=first.last_key
    )
    assert [p.speaker for p in second.items] == ["Rutte"] and not second.has_next
    back = await store.list_pledges(
        1, status=ListFilter.ALL, now=NOW, limit=2, before=second.first_key
    )
    assert [p.speaker for p in back.items] == ["Trump", "Merz"] and back.page_index == 0


def test_times_round_trip_as_utc():
    from zoneinfo import ZoneInfo

    moment = datetime(2025, 8, 18, 23, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    assert to_db(moment) == "2025-08-18T21:30:00+00:00"
    assert from_db(to_db(moment)) == moment
    with pytest.raises(ValueError):
        to_db(datetime(2025, 1, 1))  # noqa: DTZ001 - the point of the test


async def test_fiscal_year_end_survives_the_migration_that_adds_it(tmp_path):
    """Issue 12: a server's settings written before 0005 read back with no fiscal year
    end (the zone's default), and the new column stores and clears one."""
    path = tmp_path / "a.db"
    store = Store(path)
    await store.open(migrate=False)
    await store.migrate(target=3)
    await store.db.execute(
        "INSERT INTO guild_settings (guild_id, timezone) VALUES (?, ?)", (7, "Europe/London")
    )
    await store.db.commit()
    await store.migrate()
    before = await store.get_settings(7)
    assert before.timezone == "Europe/London" and before.fiscal_year_end is None
    await store.update_settings(7, {"fiscal_year_end": "06-30"}, NOW)
    assert (await store.get_settings(7)).fiscal_year_end == "06-30"
    assert (await store.get_settings(8)).fiscal_year_end is None
    await store.update_settings(7, {"fiscal_year_end": None}, NOW)
    assert (await store.get_settings(7)).fiscal_year_end is None
    await store.close()


async def _statistics(path) -> set[str]:
    async with aiosqlite.connect(path) as raw:
        async with raw.execute("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat1'") as cur:
            if await cur.fetchone() is None:
                return set()
        async with raw.execute("SELECT DISTINCT idx FROM sqlite_stat1") as cur:
            return {row[0] for row in await cur.fetchall() if row[0]}


@pytest.mark.sqlite_only  # SQLite's planner statistics
async def test_an_analysed_file_is_analysed_again_after_a_migration(tmp_path):
    """A file analysed before an upgrade had no statistics for the indexes the new
    migrations create, and SQLite planned around them in odd ways; the upgrade
    analyses it again, so every index has its statistics."""
    path = tmp_path / "a.db"
    store = Store(path)
    await store.open(migrate=False)
    await store.migrate(target=8)
    await store.insert_pledge(1, _fields(), NOW)
    await store.db.execute("ANALYZE")
    assert "pledges_busiest_by_speaker" not in await _statistics(path)  # made by 0011
    assert await store.migrate() == [m.version for m in bundled_migrations()][8:]
    assert "pledges_busiest_by_speaker" in await _statistics(path)
    await store.close()


@pytest.mark.sqlite_only
async def test_statistics_are_refreshed_when_the_store_closes(tmp_path):
    """SQLite's advice for a connection that stays open: `PRAGMA optimize` before it
    closes (and once a day), which analyses the tables it used whose statistics are
    missing or stale. A never-analysed file gets statistics the first time it closes."""
    path = tmp_path / "a.db"
    async with Store(path) as store:
        for _ in range(3):
            await store.insert_pledge(1, _fields(), NOW)
        await store.get_pledge(1, 2)
    assert "sqlite_autoindex_pledges_1" in await _statistics(path)


@pytest.mark.sqlite_only
async def test_a_long_lived_store_refreshes_its_statistics_once_a_day(tmp_path, monkeypatch):
    """The refresh also runs in the background once OPTIMIZE_EVERY has passed since the
    first write (here at once), not only at close."""
    monkeypatch.setattr("db._sqlite.OPTIMIZE_EVERY", 0.0)
    path = tmp_path / "a.db"
    async with Store(path) as store:
        await store.insert_pledge(1, _fields(), NOW)
        await store.get_pledge(1, 1)
        await store.insert_pledge(1, _fields(), NOW)  # due: the refresh starts
        for _ in range(100):
            if "sqlite_autoindex_pledges_1" in await _statistics(path):
                break
            await asyncio.sleep(0.02)
        assert "sqlite_autoindex_pledges_1" in await _statistics(path)


@pytest.mark.sqlite_only
async def test_statistics_that_cannot_be_refreshed_never_stop_a_start(
    tmp_path, monkeypatch, caplog
):
    """Re-analysing after a migration, and `PRAGMA optimize` at close, are optimisations:
    a failure (here a lock another process held past the busy timeout) is logged and the
    store opens, migrated, and closes as usual."""
    path = tmp_path / "a.db"
    store = Store(path)
    await store.open(migrate=False)
    await store.migrate(target=8)
    await store.db.execute("ANALYZE")
    await store.close()
    execute = aiosqlite.Connection.execute

    def locked(self, sql, *args, **kwargs):
        if sql in ("ANALYZE", "PRAGMA optimize"):
            raise sqlite3.OperationalError("database is locked")
        return execute(self, sql, *args, **kwargs)

    monkeypatch.setattr(aiosqlite.Connection, "execute", locked)
    store = Store(path)
    await store.open()
    assert await store.database.schema_version() == bundled_migrations()[-1].version
    await store.insert_pledge(1, _fields(), NOW)
    await store.close()
    failures = [r for r in caplog.records if "statistics failed" in r.getMessage()]
    assert len(failures) == 2  # the ANALYZE after the migration, the optimize at close
