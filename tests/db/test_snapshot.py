"""The store's snapshot() on both engines, at its edges: a snapshot cancelled at any
point gives its connection back closed, a snapshot belongs to the task that opened it
(tasks started inside read on their own), and writes inside one are unaffected."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from db.store import Store

NOW = datetime(2025, 8, 18, 12, tzinfo=UTC)
GUILD = 1


def _fields(**kw):
    return {"speaker": "Merz", "promise": "p", "said_at": NOW, "recorded_by": 1, **kw}


async def _live(store) -> int:
    _, _, live = await store.top_speakers(GUILD, 5)
    return live


async def _every_reader_sees(store, live: int) -> None:
    for _ in range(6):  # more reads than the pool has readers: each of them, in turn
        assert await _live(store) == live


@pytest.mark.sqlite_only
async def test_a_snapshot_cancelled_while_it_begins_leaves_no_reader_in_a_transaction(
    store: Store,
):
    """A command cancelled while its snapshot's BEGIN runs: the BEGIN still happens on
    the reader's thread, and the reader must not go back to the pool inside it (every
    later read on it would see the database as it was, for ever)."""
    for _ in range(3):  # each reader of the pool, in turn
        task = asyncio.ensure_future(_snapshot_read(store))
        await asyncio.sleep(0)  # the snapshot has taken a reader and sent BEGIN
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    await _every_reader_sees(store, 0)
    await store.insert_pledge(GUILD, _fields(), NOW)
    await _every_reader_sees(store, 1)
    async with store.snapshot():  # and a snapshot can begin on each of them again
        assert await _live(store) == 1


async def _snapshot_read(store) -> None:
    async with store.snapshot():
        await _live(store)


@pytest.mark.sqlite_only
async def test_a_snapshot_cancelled_twice_while_it_ends_gives_its_reader_back_closed(
    store: Store,
):
    """Cancelled again while its ROLLBACK runs (a timeout over a cancelled command): the
    reader goes back to the pool only once the ROLLBACK has run."""
    entered = asyncio.Event()

    async def hold() -> None:
        async with store.snapshot():
            await _live(store)
            entered.set()
            await asyncio.sleep(10)

    for _ in range(3):
        entered.clear()
        task = asyncio.ensure_future(hold())
        await entered.wait()
        task.cancel()
        await asyncio.sleep(0)  # the snapshot's ROLLBACK is under way
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await store.insert_pledge(GUILD, _fields(), NOW)
        live = await _live(store)
        await _every_reader_sees(store, live)
    assert live == 3


async def test_tasks_started_inside_a_snapshot_read_on_their_own(store):
    """asyncio.gather inside a snapshot: its tasks inherit the snapshot's context, but
    not its connection (an asyncpg connection runs one statement at a time), and a task
    that outlives the block never reads on a connection the pool has handed on."""
    await store.insert_pledge(GUILD, _fields(), NOW)
    async with store.snapshot():
        counts = await asyncio.gather(*(_live(store) for _ in range(4)))
        assert counts == [1, 1, 1, 1]
        later = asyncio.ensure_future(_read_later(store))
    await store.insert_pledge(GUILD, _fields(speaker="Rutte"), NOW)
    assert await later == (2, 2)


async def _read_later(store) -> tuple[int, int]:
    await asyncio.sleep(0.05)
    first = await _live(store)
    async with store.snapshot():  # its own snapshot, not the finished one's
        return first, await _live(store)


async def test_a_snapshot_cancelled_while_it_waits_gives_its_connection_back_closed(store):
    """On both engines: after a snapshot, ended or cancelled, every connection the pool
    hands out sees new writes (none is left inside the old snapshot)."""
    for _ in range(2):
        async with store.snapshot():
            assert await _live(store) == 0
    task = asyncio.ensure_future(_hold_snapshot(store))
    await asyncio.sleep(0.05)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await store.insert_pledge(GUILD, _fields(), NOW)
    await _every_reader_sees(store, 1)


async def _hold_snapshot(store) -> None:
    async with store.snapshot():
        await _live(store)
        await asyncio.sleep(10)


async def test_a_write_inside_a_snapshot_is_unaffected(store):
    """The port promises that writes inside a snapshot are unaffected: committed at
    once, seen by the next read after the block (PostgreSQL's snapshot is read-only, and
    a write there must not become part of it)."""
    async with store.snapshot():
        assert await _live(store) == 0
        pledge = await store.insert_pledge(GUILD, _fields(), NOW)
        assert pledge.number == 1
        assert await _live(store) == 0  # the snapshot's moment
    assert await _live(store) == 1
    other = await store.get_pledge(GUILD, 1)
    assert other is not None and other.promise == "p"
