"""Issue 15 on both engines: reads beside a long write, speaker and number lookups kept in step
by triggers, and a server-wide replan that a crash interrupts and a start-up finishes."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from bot.core.alerts import plan_alerts
from bot.core.clock import FakeClock
from bot.core.model import Actor, ListFilter, Status
from bot.service import PledgeService
from db.store import Store

NOW = datetime(2025, 8, 18, 12, tzinfo=UTC)
GUILD = 1
MANAGER = Actor(user_id=3, manage_guild=True)


def _fields(**kw):
    return {"speaker": "Merz", "promise": "p", "said_at": NOW, "recorded_by": 1, **kw}


async def test_a_read_does_not_wait_for_an_open_write(store):
    await store.insert_pledge(GUILD, _fields(), NOW)
    async with store.transaction() as db:  # a long write holds the writer connection
        await db.execute("UPDATE pledges SET promise = 'changing' WHERE id = 1")
        # The read runs on the pool, sees the last committed state, and does not wait.
        seen = await asyncio.wait_for(store.get_pledge(GUILD, 1), timeout=2)
        assert seen is not None and seen.promise == "p"
    after = await store.get_pledge(GUILD, 1)
    assert after is not None and after.promise == "changing"


async def test_speakers_follow_renames_and_deletions(store):
    for speaker in ("Donald Trump", "donald trump", "Mark Rutte"):
        await store.insert_pledge(GUILD, _fields(speaker=speaker), NOW)
    assert await store.speakers(GUILD, "") == ["Donald Trump", "Mark Rutte"]
    await store.update_pledge(GUILD, 3, {"speaker": "Olaf Scholz"}, [], NOW)
    await store.update_pledge(GUILD, 1, {"deleted_at": NOW}, [], NOW)
    await store.update_pledge(GUILD, 2, {"deleted_at": NOW}, [], NOW)
    assert await store.speakers(GUILD, "") == ["Olaf Scholz"]
    assert await store.speakers(GUILD, "sch") == ["Olaf Scholz"]
    page = await store.list_pledges(GUILD, status=ListFilter.ALL, now=NOW, speaker="rutte")
    assert page.items == []
    # The text index follows the rename too.
    found = await store.list_pledges(GUILD, status=ListFilter.ALL, now=NOW, query="scholz")
    assert [p.number for p in found.items] == [3]


async def test_number_autocomplete_reads_prefix_ranges(store):
    for _ in range(130):
        await store.insert_pledge(GUILD, _fields(), NOW)
    await store.update_pledge(GUILD, 125, {"status": Status.BROKEN}, [], NOW)
    numbers = [p.number for p in await store.search_numbers(GUILD, "12", limit=25)]
    # The number itself, then 120-129 open first (highest first), then the ruled one.
    assert numbers[:12] == [12, 129, 128, 127, 126, 124, 123, 122, 121, 120, 125]
    assert [p.number for p in await store.search_numbers(GUILD, "", limit=3)] == [130, 129, 128]
    assert await store.search_numbers(GUILD, "999", limit=3) == []


async def test_a_replan_interrupted_by_a_crash_is_finished_at_start_up(tmp_path):
    path = tmp_path / "replan.db"
    clock = FakeClock(NOW)
    store = Store(path)
    await store.open()
    service = PledgeService(store, clock)
    for i in range(7):
        await service.add(GUILD, MANAGER, speaker="Merz", promise=f"p{i}", deadline="in a week")
    # The crash: the settings and the mark are committed, one batch of three is done.
    await store.update_settings(GUILD, {"heads_up_minutes": 60}, NOW, replan_all=True)
    assert await store.replan_batch(GUILD, plan_alerts, NOW, limit=3) is True
    await store.close()

    store = Store(path)
    await store.open()
    service = PledgeService(store, clock)
    assert await store.pending_replans() == [GUILD]
    await service.replans.resume()
    await service.replans.wait()
    assert await store.pending_replans() == []
    settings = await store.get_settings(GUILD)
    for pledge in (await store.list_pledges(GUILD, status=ListFilter.OPEN, now=NOW)).items:
        rows = [
            r
            for r in await store.outbox_for_pledge(pledge.guild_id, pledge.id)
            if r.state == "pending"
        ]
        assert [(r.kind, r.due_at) for r in rows] == [
            (a.kind, a.due_at) for a in plan_alerts(pledge, settings, NOW)[:1]
        ]
        assert rows[0].due_at == pledge.due_at - timedelta(minutes=60)
    await store.close()


async def test_a_settings_change_replans_in_batches_after_the_reply(store, monkeypatch):
    clock = FakeClock(NOW)
    service = PledgeService(store, clock)
    for i in range(5):
        await service.add(GUILD, MANAGER, speaker="Merz", promise=f"p{i}", deadline="in a week")
    monkeypatch.setattr("bot.replans.REPLAN_BATCH", 2)
    batches = []
    replan_batch = store.replan_batch

    async def counted(*args, **kwargs):
        batches.append(await store.pending_replans())
        return await replan_batch(*args, **kwargs)

    monkeypatch.setattr(store, "replan_batch", counted)
    await service.update_settings(GUILD, MANAGER, heads_up_minutes=60)
    await service.replans.wait()
    assert batches == [[GUILD]] * 3  # 2 + 2 + 1, the mark kept until the last
    assert await store.pending_replans() == []
    for pledge in (await store.list_pledges(GUILD, status=ListFilter.OPEN, now=NOW)).items:
        (row,) = [
            r
            for r in await store.outbox_for_pledge(pledge.guild_id, pledge.id)
            if r.state == "pending"
        ]
        assert row.due_at == pledge.due_at - timedelta(minutes=60)


@pytest.mark.sqlite_only  # SQLite's WAL and its checkpoints: PostgreSQL has neither
async def test_the_wal_is_checkpointed_in_the_background_not_by_a_commit(store, monkeypatch):
    monkeypatch.setattr("db._sqlite.CHECKPOINT_EVERY", 3)
    (auto,) = await store.database.read_in_order("PRAGMA wal_autocheckpoint")
    assert auto[0] == 0  # no command's commit pays for a checkpoint
    for i in range(7):
        await store.insert_pledge(GUILD, _fields(promise=f"p{i}"), NOW)
    task = store.database._checkpointing
    assert task is not None
    await task
    assert task.exception() is None
