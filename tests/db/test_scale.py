"""Issue 15 on both engines: reads beside a long write, speaker and number lookups kept in step
by triggers, and a server-wide replan that a crash interrupts and a start-up finishes."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from bot.core.alerts import PlanFamily, plan_alerts
from bot.core.clock import FakeClock
from bot.core.model import Actor, ListFilter, Status
from bot.service import PledgeService
from db import replan as db_replan
from db.pg import pledges as pg_pledges
from db.store import Store

NOW = datetime(2025, 8, 18, 12, tzinfo=UTC)
GUILD = 1
BOTH = (PlanFamily.DEADLINE, PlanFamily.REVIEW)
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


async def test_speakers_fold_case_as_python_does_on_both_engines(store):
    """Autocomplete matches and groups names as the scorecards do (casefold), whatever
    the engine's own case rules (SQLite's LIKE and PostgreSQL's ILIKE in the C locale
    fold ASCII letters only)."""
    for speaker in ("émilie ötzi", "Émilie Ötzi", "ÉMILIE ÖTZI", "Emil Nolde", "Straße"):
        await store.insert_pledge(GUILD, _fields(speaker=speaker), NOW)
    await store.insert_pledge(GUILD, _fields(speaker="Emil Nolde"), NOW)
    assert await store.speakers(GUILD, "") == ["ÉMILIE ÖTZI", "Emil Nolde", "Straße"]
    assert await store.speakers(GUILD, "ÉMI") == ["ÉMILIE ÖTZI"]
    assert await store.speakers(GUILD, "ötzi") == ["ÉMILIE ÖTZI"]
    assert await store.speakers(GUILD, "emil") == ["Emil Nolde"]
    assert await store.speakers(GUILD, "STRASSE") == ["Straße"]
    (spellings, speakers, live) = await store.top_speakers(GUILD, 1)
    assert sorted(t.speaker for t in spellings) == ["ÉMILIE ÖTZI", "Émilie Ötzi", "émilie ötzi"]
    assert (speakers, live) == (3, 6)
    found = await store.speaker_spellings(GUILD, "ÉMILIE ötzi")
    assert len(found) == 3
    listed = await store.list_pledges(GUILD, status=ListFilter.ALL, now=NOW, speaker="émilie")
    assert sorted(p.number for p in listed.items) == [1, 2, 3]
    listed = await store.list_pledges(GUILD, status=ListFilter.ALL, now=NOW, speaker="strasse")
    assert [p.number for p in listed.items] == [5]


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
    await store.update_settings(GUILD, {"heads_up_minutes": 60}, NOW, replan=BOTH)
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


def _whole_plan(pledge, settings, now):
    """plan_alerts, but not the object itself: the replan maps whole Pledges for it."""
    return plan_alerts(pledge, settings, now)


async def _replan(store, planner, changes, now):
    await store.update_settings(GUILD, changes, now, replan=BOTH)
    while await store.replan_batch(GUILD, planner, now, limit=4):
        pass


async def _outbox(store, count):
    rows = [row for n in range(1, count + 1) for row in await store.outbox_for_pledge(GUILD, n)]
    return sorted(
        (r.pledge_id, r.kind, r.due_at, r.state, r.id, r.created_at)
        for r in rows
        if r.state != "cancelled"
    )


async def test_the_lean_replan_writes_what_the_whole_plan_writes(store):
    """A server-wide replan with plan_alerts reads three columns and runs plan_moments;
    with any other planner it maps whole Pledges. Both leave the same outbox, also for
    pledges whose alerts went out already (the next one after those is stored), and a
    pledge whose next alert is already the stored one is not written at all."""
    await _lean_against_whole(store)


@pytest.mark.sqlite_only  # PostgreSQL replans a batch in one read and one write
async def test_a_batch_walked_in_chunks_writes_what_one_chunk_writes(store, monkeypatch):
    """SQLite walks a batch in chunks, reading the next while it writes the last
    (db/replan.py): batches of four in chunks of three cross every boundary."""
    monkeypatch.setattr("db.replan._CHUNK", 3)
    await _lean_against_whole(store)


async def _lean_against_whole(store):
    said = NOW - timedelta(days=50)
    offsets = [-40, -8, -1, 0.02, 1, 3, 10, 30, 45, None, None, None, -200, 0]
    for offset in offsets:
        due = None if offset is None else NOW + timedelta(days=offset)
        await store.insert_pledge(GUILD, _fields(said_at=said, due_at=due), NOW)
    count = len(offsets)
    await _replan(store, _whole_plan, {"heads_up_minutes": 60}, NOW)  # inserts every row
    # Alerts go out: their sent rows stand for those moments from now on.
    later = NOW + timedelta(days=2)
    claimed = await store.outbox.claim_due(
        GUILD, later, limit=100, late_before=later - timedelta(hours=1), single_up_to=100
    )
    assert len(claimed) >= 5
    await store.outbox.confirm(
        GUILD, [c.row.id for c in claimed], channel_id=1, message_id=2, now=later
    )
    first = {
        "heads_up_minutes": 180,
        "repeat_days": 14,
        "follow_up_days": (1, 3),
        "review_days": 30,
    }
    second = {"heads_up_minutes": 0, "repeat_days": 5, "follow_up_days": (2,), "review_days": 9}

    await _replan(store, _whole_plan, first, later)
    whole = await _outbox(store, count)
    await _replan(store, plan_alerts, second, later)
    assert await _outbox(store, count) != whole
    await _replan(store, plan_alerts, first, later)
    lean = await _outbox(store, count)
    assert [row[:4] for row in lean] == [row[:4] for row in whole]
    assert sum(row[3] == "sent" for row in lean) == len(claimed)

    # The same schedule again: every next alert is the stored one, so nothing is written.
    await _replan(store, plan_alerts, {}, later + timedelta(minutes=5))
    assert await _outbox(store, count) == lean


async def test_a_mark_left_by_the_walk_in_deadline_order_starts_over(store):
    """Before, the replan walked the pledges in deadline order and its mark held a
    deadline and a number; now it walks in number order. An unfinished replan of the
    earlier kind, resumed after an upgrade, starts over rather than skip pledges whose
    number is below the mark's."""
    for n in range(6):
        await store.insert_pledge(GUILD, _fields(due_at=NOW + timedelta(days=10 - n)), NOW)
    await store.update_settings(GUILD, {"heads_up_minutes": 60}, NOW, replan=BOTH)
    async with store.transaction() as db:
        if isinstance(store, Store):
            sql = "UPDATE replan_marks SET next_due = ?, next_number = 4"
            await db.execute(sql, ((NOW + timedelta(days=7)).isoformat(),))
        else:
            sql = "UPDATE replan_marks SET next_due = $1, next_number = 4"
            await db.execute(sql, NOW + timedelta(days=7))
    while await store.replan_batch(GUILD, plan_alerts, NOW, limit=2):
        pass
    for n in range(1, 7):
        (row,) = await store.outbox_for_pledge(GUILD, n)
        assert row.due_at == NOW + timedelta(days=11 - n, minutes=-60)


async def test_a_schedule_change_replans_only_the_plans_it_changes(store, monkeypatch):
    """A new review interval gives new plans to the pledges without a deadline only, a
    new heads-up to those with one only: the replan walks just those (and a second
    change while the first is under way walks both)."""
    clock = FakeClock(NOW)
    service = PledgeService(store, clock)
    for i in range(3):
        await service.add(GUILD, MANAGER, speaker="Merz", promise=f"d{i}", deadline="in a week")
        await service.add(GUILD, MANAGER, speaker="Merz", promise=f"r{i}")
    walked: list[int] = []
    module = db_replan if isinstance(store, Store) else pg_pledges
    plan_batch = module.plan_batch

    async def spy(rows, *args):
        walked.extend(row[0] for row in rows)
        return await plan_batch(rows, *args)

    monkeypatch.setattr(module, "plan_batch", spy)
    await service.update_settings(GUILD, MANAGER, review_days=7)
    await service.replans.wait()
    reviews = [p.id for p in await _open(store) if p.due_at is None]
    assert sorted(walked) == sorted(reviews)
    walked.clear()
    await service.update_settings(GUILD, MANAGER, heads_up_minutes=90)
    await service.replans.wait()
    deadlines = [p.id for p in await _open(store) if p.due_at is not None]
    assert sorted(walked) == sorted(deadlines)
    walked.clear()
    # Two changes before the walk: the mark names both families.
    await store.update_settings(GUILD, {"review_days": 9}, NOW, replan=[PlanFamily.REVIEW])
    await store.update_settings(GUILD, {"repeat_days": 4}, NOW, replan=[PlanFamily.DEADLINE])
    while await store.replan_batch(GUILD, plan_alerts, NOW, limit=100):
        pass
    assert sorted(walked) == sorted(reviews + deadlines)
    settings = await store.get_settings(GUILD)
    for pledge in await _open(store):
        (row,) = [
            r for r in await store.outbox_for_pledge(GUILD, pledge.id) if r.state == "pending"
        ]
        assert (row.kind, row.due_at) == next(
            (a.kind, a.due_at) for a in plan_alerts(pledge, settings, NOW)
        )


async def _open(store):
    return (await store.list_pledges(GUILD, status=ListFilter.OPEN, now=NOW)).items


async def test_overdue_counts_cross_midnight_and_follow_every_change(store):
    """Overdue pledges of a speaker: those due on days before today (SQLite sums its
    per-day tallies) and those due earlier today (counted from the index); never the
    ones due later today. The counts follow rulings, deadline changes, renames and
    deletions."""
    now = datetime(2025, 8, 18, 12, tzinfo=UTC)
    dues = [
        now - timedelta(days=30),
        now - timedelta(hours=12, seconds=1),  # 23:59:59 yesterday
        now - timedelta(hours=12),  # midnight today
        now - timedelta(hours=3),
        now - timedelta(seconds=1),
        now,  # due this very second: not yet past
        now + timedelta(hours=5),
        now + timedelta(days=2),
    ]
    for due in dues:
        await store.insert_pledge(GUILD, _fields(due_at=due), now)
    await store.insert_pledge(GUILD, _fields(), now)  # no deadline
    await store.insert_pledge(GUILD, _fields(speaker="merz", due_at=now - timedelta(days=1)), now)

    async def overdue() -> int:
        ((count, _),) = await store.speaker_figures(GUILD, [["Merz", "merz"]], now)
        return count

    assert await overdue() == 6
    await store.update_pledge(GUILD, 1, {"status": Status.BROKEN}, [], now)  # ruled
    await store.update_pledge(GUILD, 4, {"due_at": now + timedelta(days=9)}, [], now)  # extended
    await store.update_pledge(GUILD, 7, {"due_at": now - timedelta(minutes=1)}, [], now)
    await store.update_pledge(GUILD, 10, {"speaker": "Rutte"}, [], now)  # renamed away
    await store.update_pledge(GUILD, 5, {"deleted_at": now}, [], now)
    assert await overdue() == 3  # 2 (yesterday), 3 (midnight), 7 (a minute ago)
    ((rutte, _),) = await store.speaker_figures(GUILD, [["Rutte"]], now)
    assert rutte == 1
    await store.update_pledge(GUILD, 1, {"status": Status.OPEN}, [], now)  # reopened
    assert await overdue() == 4


@pytest.mark.sqlite_only  # SQLite's planner statistics (sqlite_stat1)
async def test_a_replan_reaches_the_outbox_by_rowid_whatever_the_statistics(store):
    """A file analysed when the outbox had only its by-server index made SQLite walk the
    server's whole outbox once per moved alert (a replan's first batch ran for over ten
    minutes at a million pledges); with other statistics it sorted the server's open
    pledges for every chunk. The replan's statements read pledges along the (guild_id,
    number) key and reach the outbox by rowid and by pledge whatever the statistics say."""
    from db.outbox import _MOVE_ALERTS
    from db.replan import _chunk_sql

    await store.insert_pledge(GUILD, _fields(due_at=NOW), NOW)
    async with store.transaction() as db:
        await db.execute("ANALYZE")
        await db.execute("DELETE FROM sqlite_stat1 WHERE tbl IN ('alert_outbox', 'pledges')")
        await db.execute(
            "INSERT INTO sqlite_stat1 VALUES "
            "('alert_outbox', 'alert_outbox_guild_waiting', '749643 374822 1515'), "
            "('pledges', 'pledges_busiest', '1000010 500005 142859 125002 249'), "
            "('pledges', 'pledges_rulings', '250367 125184 84 2'), "
            "('pledges', 'pledges_late', '139630 69815 47 1'), "
            "('pledges', 'pledges_open_by_speaker', '749643 374822 250 2 1'), "
            "('pledges', 'pledges_by_speaker', '1000010 500005 333 2 1'), "
            "('pledges', 'pledges_list_all', '1000010 500005 1235 1'), "
            "('pledges', 'pledges_list', '1000010 500005 142859 311 1'), "
            "('pledges', 'sqlite_autoindex_pledges_2', '1000010 500005 500005'), "
            "('pledges', 'sqlite_autoindex_pledges_1', '1000010 500005 1')"
        )
        await db.execute("ANALYZE sqlite_schema")  # the planner reads the statistics again
        plans = {}
        for name, sql, params in (
            ("move", _MOVE_ALERTS, ("x", "[]", GUILD)),
            ("read", _chunk_sql(plan_alerts, ""), (GUILD, 0, 10)),
        ):
            async with db.execute(f"EXPLAIN QUERY PLAN {sql}", params) as cur:
                plans[name] = [row[3] for row in await cur.fetchall()]
    assert "SEARCH alert_outbox USING INTEGER PRIMARY KEY (rowid=?)" in plans["move"]
    assert not any("alert_outbox" in step and "guild_id=?)" in step for step in plans["move"])
    assert any(
        "alert_outbox USING INDEX alert_outbox_once (guild_id=? AND pledge_id=?" in step
        for step in plans["read"]
    )
    assert any(
        "pledges USING INDEX sqlite_autoindex_pledges_1 (guild_id=? AND number>?)" in step
        for step in plans["read"]
    )
    assert not any("TEMP B-TREE" in step for step in plans["read"])


async def test_a_speakers_busiest_pledges_come_in_order_whatever_the_others_did(store):
    """A speaker's timeline reads each spelling's pledges in the busiest order through
    its own index and merges them: others' extended pledges (first in the server's
    order) are never walked, and the order is kept across spellings."""
    for _ in range(6):
        await store.insert_pledge(GUILD, _fields(speaker="Rutte", due_at=NOW), NOW)
    for n, speaker in enumerate(["Merz", "merz", "Merz", "merz"]):
        await store.insert_pledge(
            GUILD, _fields(speaker=speaker, due_at=NOW + timedelta(days=n)), NOW
        )
    await store.insert_pledge(GUILD, _fields(speaker="merz"), NOW)  # no deadline: last
    async with store.transaction() as db:  # Rutte's were all extended; one of Merz's
        await db.execute("UPDATE pledges SET extensions = 3 WHERE speaker = 'Rutte'")
        await db.execute("UPDATE pledges SET extensions = 1 WHERE number = 7")
    found = await store.busiest_pledges(GUILD, 4, ["Merz", "merz"])
    assert [p.number for p in found] == [7, 10, 9, 8]
    everyone = await store.busiest_pledges(GUILD, 3)
    assert {p.speaker for p in everyone} == {"Rutte"}


async def test_a_timeline_ranks_ruled_pledges_of_every_status_together(store):
    """After the open ones, a timeline's ruled pledges are ranked together, whatever
    their status: a broken pledge extended ten times comes before fulfilled ones never
    extended, and the timeline holds no more than it was asked for."""
    for _ in range(3):
        await store.insert_pledge(GUILD, _fields(due_at=NOW, status=Status.FULFILLED), NOW)
    await store.insert_pledge(GUILD, _fields(due_at=NOW, status=Status.BROKEN), NOW)
    await store.insert_pledge(GUILD, _fields(due_at=NOW), NOW)  # open
    async with store.transaction() as db:
        await db.execute("UPDATE pledges SET extensions = 10 WHERE number = 4")
    for names in ((), ["Merz"]):
        found = await store.busiest_pledges(GUILD, 3, names)
        assert [p.number for p in found][:2] == [5, 4] and len(found) == 3


@pytest.mark.sqlite_only  # SQLite walks a batch in chunks (db/replan.py)
@pytest.mark.parametrize("failing", ["plan_batch", "apply_writes"])
async def test_a_batch_failing_mid_walk_leaves_no_alert_lost_or_doubled(
    store, monkeypatch, failing
):
    """A batch that fails in its second chunk, after the first chunk's writes were
    handed to SQLite and while the third chunk's read is on its way, changes nothing:
    the outbox and the mark are as they were, and the next try replans every pledge
    to exactly one waiting alert."""
    for n in range(9):
        await store.insert_pledge(GUILD, _fields(due_at=NOW + timedelta(days=n + 1)), NOW)
    await _replan(store, plan_alerts, {"heads_up_minutes": 60}, NOW)

    async def everything():
        rows = await store.database.read(
            "SELECT id, pledge_id, kind, due_at, state, created_at FROM alert_outbox "
            "WHERE guild_id = ? ORDER BY id",
            (GUILD,),
        )
        marks = await store.database.read("SELECT * FROM replan_marks WHERE guild_id = ?", (GUILD,))
        return [tuple(row) for row in rows], [tuple(row) for row in marks]

    await store.update_settings(GUILD, {"heads_up_minutes": 180}, NOW, replan=BOTH)
    before = await everything()
    monkeypatch.setattr("db.replan._CHUNK", 3)
    real, calls = getattr(db_replan, failing), []

    async def second_fails(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise sqlite3.OperationalError("disk I/O error")
        return await real(*args, **kwargs)

    monkeypatch.setattr(db_replan, failing, second_fails)
    with pytest.raises(sqlite3.OperationalError):
        await store.replan_batch(GUILD, plan_alerts, NOW, limit=100)
    assert len(calls) == 2
    assert await everything() == before

    monkeypatch.setattr(db_replan, failing, real)
    assert await store.replan_batch(GUILD, plan_alerts, NOW, limit=100) is False
    for n in range(1, 10):
        pending = [r for r in await store.outbox_for_pledge(GUILD, n) if r.state == "pending"]
        assert [r.due_at for r in pending] == [NOW + timedelta(days=n, minutes=-180)]
