"""The alert dispatcher on a FakeClock: Several processes, each delivering only the servers
of its shards."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest

from bot.chat.client import shard_owner
from bot.chat.dispatcher import Dispatcher
from bot.core.clock import FakeClock
from tests.chat.dispatching import (
    CHANNEL,
    HOUR,
    MANAGER,
    FakeSender,
    add_pledge,
    listed,
    settle,
)
from tests.conftest import START, same_database

# -- sharding -------------------------------------------------------------------------------


def shard_of(guild_id: int, count: int = 2) -> int:
    return (guild_id >> 22) % count


async def test_two_processes_with_complementary_shards_deliver_each_alert_once(
    tmp_path, store, clock, service
):
    """Two processes, one shard each, on one database file: each server's alerts come
    from exactly one of them, and neither wakes for the other's servers."""
    guilds = [(n << 22) + 17 for n in range(1, 7)]  # shards 1, 0, 1, 0, 1, 0
    for index, guild in enumerate(guilds):
        await service.update_settings(guild, MANAGER, alert_channel_id=CHANNEL + index)
        for _ in range(index + 1):  # up to 6 alerts: singles and one digest
            await add_pledge(store, clock, guild, due_at=START + HOUR)
    other_store = same_database(store)
    await other_store.open()
    senders = [FakeSender(), FakeSender()]
    # One clock per process, moved together: settle() asks the clock whether its
    # dispatcher is asleep, and a shared clock would count the other process's sleep.
    clocks = [clock, FakeClock(clock.now())]
    processes = [
        Dispatcher(store, clocks[0], senders[0], owns=lambda g: shard_of(g) == 0),
        Dispatcher(other_store, clocks[1], senders[1], owns=lambda g: shard_of(g) == 1),
    ]

    def advance_both(delta: timedelta) -> None:
        for each in clocks:
            each.advance(delta)

    try:
        processes[0].start()
        await settle(processes[0], clocks[0])
        advance_both(HOUR)
        await settle(processes[0], clocks[0])
        # Shard 1's alerts are due, but shard 0's process neither sends them nor spins.
        assert processes[0].sleeping_until == clock.now() + HOUR
        processes[1].start()
        await settle(processes[1], clocks[1])
        for _ in range(24):
            advance_both(HOUR)
            for process, own_clock in zip(processes, clocks, strict=True):
                await settle(process, own_clock)
    finally:
        for process in processes:
            await process.stop()
        await other_store.close()
    for shard, sender in enumerate(senders):
        for sent in sender.sent:
            assert shard_of(guilds[sent.channel_id - CHANNEL]) == shard
    for index, guild in enumerate(guilds):
        # The due alerts, then the 1-day follow-ups: every pledge twice, from one process.
        in_channel = [s for sender in senders for s in sender.in_channel(CHANNEL + index)]
        assert set(listed(in_channel).values()) == {2} and len(listed(in_channel)) == index + 1
        rows = await store.outbox.rows_for_guild(guild)
        assert {r.state for r in rows if r.kind == "due"} == {"sent"}
    assert all(p.wakeups <= 27 for p in processes)


@pytest.mark.parametrize(
    ("shard_count", "shard_id", "shard_ids", "owned"),
    [
        (None, None, None, {0, 1, 2, 3}),
        (1, 0, None, {0, 1, 2, 3}),
        (2, 0, None, {0, 2}),
        (2, 1, None, {1, 3}),
        (4, None, [1, 2], {1, 2}),
        (3, None, None, {0, 1, 2, 3}),
    ],
)
def test_a_bot_owns_the_servers_of_its_shards(shard_count, shard_id, shard_ids, owned):
    bot = SimpleNamespace(shard_count=shard_count, shard_id=shard_id)
    if shard_ids is not None:
        bot.shard_ids = shard_ids
    owns = shard_owner(bot)
    assert {n for n in range(4) if owns((n << 22) + 99)} == owned
