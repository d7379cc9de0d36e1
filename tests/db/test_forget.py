"""Forgetting a server (`python -m bot forget`, db/forget.py and db/pg/forget.py), on
both engines: every row of the forgotten server goes, in every table, and every row of
another server stays as it was.

The tables are not listed here: each table with a `guild_id` column must hold rows of
both servers before (so a new table that the scenario does not fill fails the test until
it does), and a table without that column must be one known to hold no server's data
(so a new table keyed some other way fails the test until forgetting covers it)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from bot.core.alerts import PlanFamily
from bot.core.model import Actor, Status
from bot.keeping import KeepingService
from db.pg import PgStore
from db.store import Store

GUILD, OTHER = 734_512_998_120_448_017, 912_000_455_612_339_201
MANAGER = Actor(user_id=3, manage_guild=True)
# Tables that hold no server's rows: the schema's version, SQLite's text index (its rows
# are the server's pledges, kept by triggers; checked by the words below) and SQLite's own.
NOT_SERVER_DATA = {
    "pledgewatch_schema",
    "schema_version",
    "sqlite_sequence",
    "sqlite_stat1",
    "pledge_text",
    "pledge_text_config",
    "pledge_text_data",
    "pledge_text_docsize",
    "pledge_text_idx",
    "pledge_words",
}
FORGOTTEN_WORD = "zanzibarish"  # in a promise of the forgotten server only


async def _tables(store: Store | PgStore) -> dict[str, bool]:
    """Every table, and whether it has a guild_id column."""
    if isinstance(store, PgStore):
        rows = await store.database.fetch(
            "SELECT t.table_name, bool_or(c.column_name = 'guild_id') AS scoped "
            "FROM information_schema.tables t JOIN information_schema.columns c "
            "USING (table_schema, table_name) WHERE t.table_schema = current_schema() "
            "AND t.table_type = 'BASE TABLE' GROUP BY t.table_name"
        )
        return {row["table_name"]: row["scoped"] for row in rows}
    rows = await store.db.execute_fetchall(
        "SELECT m.name, MAX(c.name = 'guild_id') FROM sqlite_master m, "
        "pragma_table_info(m.name) c WHERE m.type = 'table' GROUP BY m.name"
    )
    return {row[0]: bool(row[1]) for row in rows}


async def _rows(store: Store | PgStore, table: str, guild_id: int) -> list[Any]:
    if isinstance(store, PgStore):
        rows = await store.database.fetch(f"SELECT * FROM {table} WHERE guild_id = $1", guild_id)
        return sorted((tuple(row.values()) for row in rows), key=repr)
    rows = await store.db.execute_fetchall(f"SELECT * FROM {table} WHERE guild_id = ?", (guild_id,))
    return sorted((tuple(row) for row in rows), key=repr)


async def _everything(store: Store | PgStore, guild_id: int) -> dict[str, list[Any]]:
    tables = await _tables(store)
    return {
        table: await _rows(store, table, guild_id) for table, scoped in tables.items() if scoped
    }


async def _fill(service, clock, guild_id: int) -> None:
    """A server that used everything: settings, pledges with history, alerts waiting and
    failing, followers, a late ruling, a replan under way."""
    store = service.store
    await service.update_settings(guild_id, MANAGER, alert_channel_id=guild_id % 1000)
    await service.seed(guild_id, MANAGER)
    word = FORGOTTEN_WORD if guild_id == GUILD else "stone"
    await service.add(
        guild_id, MANAGER, speaker="Ruth", promise=f"a {word} bridge", deadline="2026"
    )
    keeping = KeepingService(service)
    await keeping.follow(guild_id, 5, number=1)
    await keeping.follow(guild_id, 6, speaker="Friedrich Merz", dm=True)
    await store.note_dm_refused(guild_id, 6, clock.now())
    await store.outbox.record_failure(
        guild_id,
        guild_id % 1000,
        now=clock.now(),
        backoff=lambda _: timedelta(minutes=5),
        error="403 Missing Access",
    )
    await service.delete(guild_id, 2, MANAGER)
    await store.update_settings(guild_id, {}, clock.now(), replan={PlanFamily.REVIEW})


async def test_forgetting_a_server_leaves_nothing_of_it_and_all_of_the_others(
    store, service, clock
):
    await _fill(service, clock, OTHER)
    await _fill(service, clock, GUILD)
    clock.advance(timedelta(days=120))
    for guild_id in (GUILD, OTHER):  # ruled after the deadline: late
        await service.mark(guild_id, 1, MANAGER, Status.BROKEN)
    tables = await _tables(store)
    assert not {t for t, scoped in tables.items() if not scoped} - NOT_SERVER_DATA
    before = await _everything(store, GUILD)
    kept = await _everything(store, OTHER)
    assert [t for t, rows in before.items() if not rows] == []  # the scenario fills every table
    assert [t for t, rows in kept.items() if not rows] == []
    assert await store.eraser.rows(GUILD) == {t: len(before[t]) for t in store_order(before)}
    await service.delete(GUILD, 3, MANAGER)  # a write between the count and the deletion
    deleted = await store.eraser.forget(GUILD)
    assert deleted["pledges"] == 8 and list(deleted)[0] == "pledges"
    assert deleted["pledge_events"] == len(before["pledge_events"]) + 1
    assert {t: rows for t, rows in (await _everything(store, GUILD)).items() if rows} == {}
    assert await _everything(store, OTHER) == kept
    assert all(n == 0 for n in (await store.eraser.rows(GUILD)).values())
    if isinstance(store, Store):  # SQLite's text index keeps none of its words
        words = await store.db.execute_fetchall(
            "SELECT term FROM pledge_words WHERE term IN (?, ?)",
            (FORGOTTEN_WORD, f"srv{GUILD}"),
        )
        assert list(words) == []
        raw = await store.db.execute_fetchall("SELECT block FROM pledge_text_data")
        assert not [b for (b,) in raw if b and FORGOTTEN_WORD.encode() in bytes(b)]
        # Nor does the file: the freed pages were overwritten, not only unlinked.
        await store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert FORGOTTEN_WORD.encode() not in store.path.read_bytes()
    # The history is append-only again afterwards, for every server.
    with pytest.raises(Exception, match="append-only"):
        await _delete_history(store, OTHER)
    assert await _everything(store, OTHER) == kept
    # The forgotten server can start again from #1.
    again = await service.add(GUILD, MANAGER, speaker="Ruth", promise="a new start")
    assert again.number == 1


def store_order(rows: dict[str, list[Any]]) -> list[str]:
    return ["pledges", *sorted(t for t in rows if t != "pledges")]


async def _delete_history(store: Store | PgStore, guild_id: int) -> None:
    if isinstance(store, PgStore):
        await store.database.execute("DELETE FROM pledge_events WHERE guild_id = $1", guild_id)
    else:
        await store.database.write("DELETE FROM pledge_events WHERE guild_id = ?", (guild_id,))


async def test_forgetting_a_server_with_nothing_stored_deletes_nothing(store, service):
    await service.seed(OTHER, MANAGER)
    kept = await _everything(store, OTHER)
    assert set((await store.eraser.forget(GUILD)).values()) == {0}
    assert await _everything(store, OTHER) == kept
