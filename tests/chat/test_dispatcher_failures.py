"""The alert dispatcher on a FakeClock: Failures: missing or forbidden channels, transient
errors, refused messages, one server never delaying another."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from bot.chat.dispatcher import Dispatcher
from bot.chat.sender import DeliveryError
from bot.core.errors import StoreBusy
from tests.chat.dispatching import (
    CHANNEL,
    DAY,
    GUILD,
    HOUR,
    MANAGER,
    NEW_CHANNEL,
    OTHER,
    OTHER_CHANNEL,
    SECOND,
    add_pledge,
    advance,
    parked,
    run_for,
    settle,
    start,
)
from tests.conftest import START

# -- failures ----------------------------------------------------------------------------------


async def test_no_channel_means_alerts_wait_then_go_out_as_a_digest(store, clock, sender, service):
    pledges = [await add_pledge(store, clock, due_at=START + HOUR) for _ in range(6)]
    dispatcher = Dispatcher(store, clock, sender)
    service.on_alerts_changed = dispatcher.wake
    try:
        await start(dispatcher, clock)
        await advance(dispatcher, clock, 2 * DAY)
        assert sender.attempts == []
        rows = [r for p in pledges for r in await store.outbox_for_pledge(p.guild_id, p.id)]
        assert {r.state for r in rows if r.kind == "due"} == {"pending"}
        await service.update_settings(GUILD, MANAGER, alert_channel_id=CHANNEL)
        await settle(dispatcher, clock)
    finally:
        await dispatcher.stop()
    assert len(sender.sent) == 1
    assert sender.sent[0].message.embeds[0].title == "Pledgewatch digest: 6 alerts"


async def test_forbidden_channel_waits_ten_minutes_between_tries_and_loses_nothing(
    dispatcher, store, clock, sender, service, caplog
):
    p = await add_pledge(store, clock, due_at=START + HOUR)
    sender.failures[CHANNEL] = DeliveryError(
        "unusable", "403: missing permissions there", status=403
    )
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)  # the due alert
    assert len(sender.attempts) == 1
    # The operator's log names the channel that refused, not only the server.
    (waiting,) = [r.getMessage() for r in caplog.records if "wait until" in r.getMessage()]
    assert f"channel {CHANNEL}" in waiting and f"server {GUILD}" in waiting
    problem = await service.alert_problem(GUILD)
    assert problem and "missing permissions" in problem and f"<#{CHANNEL}>" in problem
    for _ in range(9):
        await advance(dispatcher, clock, timedelta(minutes=1))
    assert len(sender.attempts) == 1  # never sooner than ten minutes
    await advance(dispatcher, clock, timedelta(minutes=1))
    assert len(sender.attempts) == 2
    await advance(dispatcher, clock, timedelta(minutes=19))
    assert len(sender.attempts) == 2  # the wait doubles
    await advance(dispatcher, clock, timedelta(minutes=1))
    assert len(sender.attempts) == 3
    # Permission fixed: the next try delivers, late, and the problem is gone.
    del sender.failures[CHANNEL]
    await advance(dispatcher, clock, timedelta(minutes=40))
    assert len(sender.sent) == 1 and "Late" in sender.sent[0].message.content
    assert await service.alert_problem(GUILD) is None
    attempts = [
        r.attempts for r in await store.outbox_for_pledge(p.guild_id, p.id) if r.kind == "due"
    ]
    assert attempts == [3]


async def test_a_new_channel_lifts_the_wait(dispatcher, store, clock, sender, service):
    await add_pledge(store, clock, due_at=START + HOUR)
    sender.failures[CHANNEL] = DeliveryError(
        "unusable", "404: the channel no longer exists", status=404
    )
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)
    assert len(sender.attempts) == 1
    await service.update_settings(GUILD, MANAGER, alert_channel_id=NEW_CHANNEL)
    await settle(dispatcher, clock)
    assert [s.channel_id for s in sender.sent] == [NEW_CHANNEL]


async def test_transient_errors_retry_with_backoff(dispatcher, store, clock, sender):
    await add_pledge(store, clock, due_at=START + HOUR)
    sender.failures[CHANNEL] = DeliveryError("transient", "Discord answered 503", status=503)
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)
    await advance(dispatcher, clock, timedelta(seconds=29))
    assert len(sender.attempts) == 1
    await advance(dispatcher, clock, timedelta(seconds=1))
    assert len(sender.attempts) == 2
    del sender.failures[CHANNEL]
    await advance(dispatcher, clock, timedelta(seconds=60))
    assert len(sender.sent) == 1


async def test_rate_limit_retry_after_is_respected(dispatcher, store, clock, sender):
    await add_pledge(store, clock, due_at=START + HOUR)
    sender.failures[CHANNEL] = DeliveryError(
        "transient", "rate limited", status=429, retry_after=120
    )
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)
    await advance(dispatcher, clock, timedelta(seconds=119))
    assert len(sender.attempts) == 1
    await advance(dispatcher, clock, timedelta(seconds=1))
    assert len(sender.attempts) == 2


async def test_a_refused_message_is_skipped_not_retried(dispatcher, store, clock, sender):
    p = await add_pledge(store, clock, due_at=START + HOUR)
    sender.failures[CHANNEL] = DeliveryError(
        "rejected", "Discord refused the message (400)", status=400
    )
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)
    await advance(dispatcher, clock, DAY)
    due = [r for r in await store.outbox_for_pledge(p.guild_id, p.id) if r.kind == "due"]
    assert [(r.state, r.last_error) for r in due] == [
        ("skipped", "Discord refused the message (400)")
    ]
    assert len(sender.attempts) == 2  # the due alert and the 1-day follow-up: once each


async def test_one_servers_failure_never_delays_another(dispatcher, store, clock, sender, service):
    await service.update_settings(OTHER, MANAGER, alert_channel_id=OTHER_CHANNEL)
    await add_pledge(store, clock, OTHER, due_at=START + HOUR)
    await add_pledge(store, clock, GUILD, due_at=START + HOUR)
    sender.failures[OTHER_CHANNEL] = DeliveryError("unusable", "403", status=403)
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)
    assert [s.channel_id for s in sender.sent] == [CHANNEL]
    # A server whose send hangs (discord.py sleeping out a long rate limit) does not
    # hold up the other one either.
    del sender.failures[OTHER_CHANNEL]
    sender.hang[OTHER_CHANNEL] = release = asyncio.Event()
    await add_pledge(store, clock, GUILD, due_at=clock.now() + 2 * DAY + 30 * SECOND)
    clock.advance(timedelta(minutes=10))  # OTHER retries, and its send hangs
    await parked(dispatcher, clock, {OTHER}, sender)
    assert sender.attempts[-1][0] == OTHER_CHANNEL
    for _ in range(24):
        clock.advance(HOUR)
        await parked(dispatcher, clock, {OTHER}, sender)
    # GUILD's 1-day follow-up and its new pledge's heads-up went out on time.
    assert [s.message.content[0] for s in sender.in_channel(CHANNEL)] == ["⌛", "🔔", "⏰"]
    assert sender.in_channel(OTHER_CHANNEL) == []
    release.set()
    await settle(dispatcher, clock)
    # OTHER's due alert, late, and its 1-day follow-up that fell due meanwhile.
    assert [s.message.content[0] for s in sender.in_channel(OTHER_CHANNEL)] == ["⌛", "🔔"]


async def test_a_busy_database_delays_due_alerts_a_minute_not_an_hour(
    dispatcher, store, clock, sender, monkeypatch
):
    """The SQLite file held by another program: the claim fails, and so does recording
    the backoff. The server's alerts are tried again within a minute, as after any
    failed pass, not only when the main loop's hour-long sleep happens to end."""
    outbox = dispatcher.outbox
    busy = True

    def while_busy(method):
        async def call(*args, **kwargs):
            if busy:
                raise StoreBusy("The database is busy")
            return await method(*args, **kwargs)

        return call

    monkeypatch.setattr(outbox, "claim_due", while_busy(outbox.claim_due))
    monkeypatch.setattr(outbox, "record_failure", while_busy(outbox.record_failure))
    await add_pledge(store, clock, due_at=START + HOUR)
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)
    assert sender.sent == []
    busy = False
    await run_for(dispatcher, clock, timedelta(minutes=2))
    assert len(sender.sent) == 1
