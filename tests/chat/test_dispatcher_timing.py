"""The alert dispatcher on a FakeClock: Sleeping until the next alert, waking early,
stopping."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from bot.chat.dispatcher import DispatcherConfig
from bot.core.model import Actor, Status
from tests.chat.dispatching import (
    CHANNEL,
    DAY,
    GUILD,
    HOUR,
    SECOND,
    add_pledge,
    advance,
    parked,
    settle,
    start,
)
from tests.conftest import START

# -- sleeping and waking ----------------------------------------------------------------


async def test_sleeps_until_the_next_alert_and_sends_in_order(dispatcher, store, clock, sender):
    later = await add_pledge(store, clock, due_at=START + 2 * DAY + 6 * HOUR)
    sooner = await add_pledge(store, clock, due_at=START + 2 * DAY)
    await start(dispatcher, clock)
    assert sender.sent == []
    await advance(dispatcher, clock, DAY - HOUR)  # hourly wake-ups, nothing to send
    assert sender.sent == []
    await advance(dispatcher, clock, HOUR)  # START + 1 day: #2's heads-up
    assert [s.message.content for s in sender.sent] == [
        f"⏰ Heads-up: pledge #{sooner.number} is due <t:{int(sooner.due_at.timestamp())}:R>."
    ]
    for _ in range(30):
        await advance(dispatcher, clock, HOUR)
    sent = [
        (s.message.content.split(" ")[1], s.message.embeds[0].title.split(" ")[0])
        for s in sender.sent
    ]
    assert sent == [
        ("Heads-up:", f"#{sooner.number}"),
        ("Heads-up:", f"#{later.number}"),
        ("Deadline", f"#{sooner.number}"),
        ("Deadline", f"#{later.number}"),
    ]
    # Exactly on time: none is marked late.
    assert not any("Late" in s.message.content for s in sender.sent)


async def test_each_sleep_ends_exactly_at_the_next_due_alert(dispatcher, store, clock):
    await add_pledge(store, clock, due_at=START + DAY + 30 * 60 * SECOND)  # heads-up in 30 min
    await start(dispatcher, clock)
    assert clock.sleep_calls[-1] == 30 * 60


async def test_wakes_early_when_a_sooner_alert_is_scheduled(
    dispatcher, store, clock, sender, service
):
    await add_pledge(store, clock, due_at=START + 30 * DAY)
    await start(dispatcher, clock)
    assert clock.sleep_calls[-1] == 3600  # capped: the first alert is 29 days away
    calls = len(clock.sleep_calls)
    await advance(dispatcher, clock, timedelta(minutes=10))
    assert len(clock.sleep_calls) == calls  # still in the same sleep: no polling
    # A ruling queues a status update due now: the service wakes the dispatcher.
    soon = await service.add(GUILD, Actor(1), speaker="Rutte", promise="Details")
    await service.mark(GUILD, soon.number, Actor(1), Status.FULFILLED)
    await settle(dispatcher, clock)
    assert [s.message.content.split(":")[0] for s in sender.sent] == [f"📣 Pledge #{soon.number}"]


async def test_idle_dispatcher_wakes_at_most_24_times_a_day(dispatcher, store, clock):
    await add_pledge(store, clock, due_at=START + 60 * DAY)
    await start(dispatcher, clock)
    before = dispatcher.wakeups
    elapsed = timedelta(0)
    while elapsed < DAY:
        step = timedelta(seconds=clock.sleep_calls[-1])
        await advance(dispatcher, clock, step)
        elapsed += step
    assert dispatcher.wakeups - before == 24
    assert max(clock.sleep_calls) == 3600


async def test_no_alerts_at_all_still_caps_the_sleep(dispatcher, clock):
    await start(dispatcher, clock)
    assert clock.sleep_calls == [3600]


async def test_dispatcher_stops_cleanly(dispatcher, clock):
    await start(dispatcher, clock)
    assert dispatcher.running
    await dispatcher.stop()
    assert not dispatcher.running and clock.sleeping == 0


def test_config_defaults_match_the_issue():
    config = DispatcherConfig()
    assert config.max_sleep == 3600 and config.digest_threshold == 5


async def test_an_alert_falling_due_while_its_server_is_busy_is_not_delayed(
    dispatcher, store, clock, sender
):
    await add_pledge(store, clock, due_at=START + HOUR)
    await add_pledge(store, clock, due_at=START + HOUR + 30 * SECOND)
    sender.hang[CHANNEL] = release = asyncio.Event()
    await start(dispatcher, clock)
    clock.advance(HOUR)  # the first is being sent, slowly
    await parked(dispatcher, clock, {GUILD}, sender)
    clock.advance(30 * SECOND)  # the second falls due meanwhile
    await parked(dispatcher, clock, {GUILD}, sender)
    release.set()
    await settle(dispatcher, clock)
    assert [s.message.content[0] for s in sender.sent] == ["⌛", "⌛"]
    assert clock.now() == START + HOUR + 30 * SECOND  # no clock move was needed
