"""The alert dispatcher on a FakeClock: Each alert delivered once: crashes between claim
and confirm, retries that resend the same messages, alerts made moot before their send."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections import Counter
from datetime import timedelta

import pytest

from bot.chat import render
from bot.chat.dispatcher import Dispatcher, DispatcherConfig
from bot.core.alerts import alert_nonce
from bot.core.model import Pledge, Status
from tests.chat.dispatching import (
    CHANNEL,
    DAY,
    EDITOR,
    GUILD,
    HOUR,
    MANAGER,
    OTHER,
    OTHER_CHANNEL,
    SECOND,
    FakeSender,
    Sent,
    add_pledge,
    listed,
    run_for,
    settle,
    start,
    states,
)
from tests.conftest import START

# -- delivered once --------------------------------------------------------------------


async def test_crash_between_claim_and_confirm_resends_once_with_the_same_nonce(
    store, clock, sender, service
):
    await service.update_settings(GUILD, MANAGER, alert_channel_id=CHANNEL)
    p = await add_pledge(store, clock, due_at=START + HOUR)
    first = Dispatcher(store, clock, sender)
    sender.crash_after_post = True
    first.start()
    clock.advance(HOUR)  # the due alert
    # Wait (on a busy machine, for the claim's write too) until the message is posted.
    for _ in range(10_000):
        await asyncio.sleep(0.001)
        if len(sender.attempts) == 1 and first._servers:
            break
    assert len(sender.attempts) == 1
    await first.stop()  # "crash": the message is posted, its id never recorded
    assert [
        r.state for r in await store.outbox_for_pledge(p.guild_id, p.id) if r.kind == "due"
    ] == ["claimed"]
    sender.crash_after_post = False
    second = Dispatcher(store, clock, sender)
    try:
        await start(second, clock)
    finally:
        await second.stop()
    (row,) = [r for r in await store.outbox_for_pledge(p.guild_id, p.id) if r.kind == "due"]
    assert row.state == "sent"
    assert [nonce for _, nonce in sender.attempts] == [alert_nonce(row)] * 2
    assert len(sender.sent) == 1  # Discord dropped the duplicate
    assert row.message_id == sender.sent[0].id


async def test_claimed_rows_are_never_collapsed_away(store, clock, sender, service):
    """A claimed row may already be in the channel; the resend keeps its nonce even when
    a later alert of the same pledge is also due."""
    await service.update_settings(GUILD, MANAGER, alert_channel_id=CHANNEL)
    p = await add_pledge(store, clock, due_at=START + HOUR)
    outbox = store.outbox
    clock.advance(HOUR)
    claimed = await outbox.claim_due(
        GUILD, clock.now(), limit=1, late_before=clock.now(), single_up_to=5
    )
    assert [c.row.kind for c in claimed] == ["due"]
    clock.advance(2 * DAY)  # the 1-day follow-up falls due too
    dispatcher = Dispatcher(store, clock, sender)
    try:
        await start(dispatcher, clock)
    finally:
        await dispatcher.stop()
    assert [s.nonce for s in sender.sent][0] == alert_nonce(claimed[0].row)
    # Resent two days after its moment: marked late, although the first try was not.
    # Only the next alert is stored since issue 15: one follow-up waits, not two.
    assert await states(store, p) == [
        ("due", "sent", True),
        ("follow_up", "sent", True),
        ("follow_up", "pending", False),
    ]


# -- review fixes: retries send the same messages, moot alerts stay unsent -----------------------


async def crashed_run(store, clock, sender: FakeSender, posts: int) -> None:
    """A dispatcher run that dies once `posts` messages reached the channel, before it
    could record the last one's id."""
    sender.crash_after_posts = posts
    first = Dispatcher(store, clock, sender)
    first.start()
    # Bounded by time, not by a count of yields: the store answers from its own thread,
    # and on a loaded machine 100,000 bare yields passed before the first post arrived.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        await asyncio.sleep(0.001)
        if len(sender.sent) == posts and first._servers:
            break
    await first.stop()
    sender.crash_after_posts = None


async def test_a_digest_interrupted_midway_resends_the_same_pages_and_no_line_twice(
    store, clock, sender, service
):
    """The rows of a digest are fixed to their page before the first page is sent; the
    retry sends the same pages with the same nonces although, meanwhile, one pledge was
    ruled (its line is moot) and more alerts fell due."""
    await service.update_settings(GUILD, MANAGER, alert_channel_id=CHANNEL)
    pledges = [
        await add_pledge(store, clock, due_at=START + HOUR, promise=f"{i} " + "x" * 300)
        for i in range(30)
    ]
    clock.advance(HOUR)
    await crashed_run(store, clock, sender, posts=1)
    (page_one,) = sender.sent
    assert page_one.message.embeds[0].title.endswith("(1/2)")
    await service.mark(GUILD, pledges[0].number, EDITOR, Status.BROKEN)
    more = [await add_pledge(store, clock, due_at=clock.now()) for _ in range(6)]
    second = Dispatcher(store, clock, sender)
    try:
        await start(second, clock)
    finally:
        await second.stop()
    assert [n for _, n in sender.attempts].count(page_one.nonce) == 2
    digests = [s for s in sender.sent if s.message.embeds[0].title.startswith("Pledgewatch")]
    counts = listed(digests)
    assert set(counts.values()) == {1}
    assert set(counts) == {p.number for p in pledges + more}
    rows = [
        r
        for p in pledges
        for r in await store.outbox_for_pledge(p.guild_id, p.id)
        if r.kind == "due"
    ]
    # The ruled pledge's row is moot now (its line did go out, in the first page).
    assert [r.state for r in rows] == ["skipped"] + ["sent"] * 29


async def test_an_alert_resent_after_a_crash_is_not_folded_into_a_digest(
    store, clock, sender, service
):
    """Sent alone (perhaps), so resent alone with its nonce: a digest line for it as well
    would be a second alert, as Discord cannot deduplicate across the two."""
    await service.update_settings(GUILD, MANAGER, alert_channel_id=CHANNEL)
    first = [await add_pledge(store, clock, due_at=START + HOUR) for _ in range(3)]
    clock.advance(HOUR)
    await crashed_run(store, clock, sender, posts=1)
    (posted,) = sender.sent
    later = [await add_pledge(store, clock, due_at=clock.now()) for _ in range(6)]
    second = Dispatcher(store, clock, sender)
    try:
        await start(second, clock)
    finally:
        await second.stop()
    assert [n for _, n in sender.attempts].count(posted.nonce) == 2
    counts = listed(sender.sent)
    assert set(counts) == {p.number for p in first + later}
    assert set(counts.values()) == {1}
    # The six new ones still make one digest.
    assert sum(1 for s in sender.sent if s.message.content is None) == 1


@pytest.mark.parametrize("change", ["extend", "rule", "delete"])
async def test_a_claimed_alert_made_moot_before_its_send_stays_unsent(
    dispatcher, store, clock, sender, service, change
):
    sent_first = await add_pledge(store, clock, due_at=START + HOUR)
    waiting = await add_pledge(store, clock, due_at=START + HOUR)
    sender.hang[CHANNEL] = release = asyncio.Event()
    await start(dispatcher, clock)
    clock.advance(HOUR)
    for _ in range(10_000):
        await asyncio.sleep(0.001)
        if sender.attempts:
            break
    # The first is on its way, the second claimed and waiting behind it.
    rows = await states(store, waiting)
    # (Only the next alert is stored since issue 15: the follow-ups come after it.)
    assert rows == [("due", "claimed", False)]
    if change == "extend":
        await service.extend(GUILD, waiting.number, EDITOR, "in two weeks")
    elif change == "rule":
        await service.mark(GUILD, waiting.number, EDITOR, Status.BROKEN)
    else:
        await service.delete(GUILD, waiting.number, EDITOR)
    release.set()
    await settle(dispatcher, clock)
    alerts = [s for s in sender.sent if s.message.content.startswith("⌛")]
    assert listed(alerts) == Counter({sent_first.number: 1})
    rows = await store.outbox_for_pledge(waiting.guild_id, waiting.id)
    (due,) = [r for r in rows if r.kind == "due" and r.due_at == START + HOUR]
    assert due.state == "skipped"
    if change == "extend":
        pending = [
            r.kind
            for r in await store.outbox_for_pledge(waiting.guild_id, waiting.id)
            if r.state == "pending"
        ]
        # The new plan's next alert (only that is stored since issue 15): its heads-up.
        assert pending == ["heads_up"]


async def test_a_database_error_at_start_does_not_end_the_dispatcher(
    dispatcher, store, clock, sender, monkeypatch
):
    await add_pledge(store, clock, due_at=START + 2 * HOUR)
    count_claimed = dispatcher.outbox.count_claimed
    calls = 0

    async def locked_once() -> int:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise sqlite3.OperationalError("database is locked")
        return await count_claimed()

    monkeypatch.setattr(dispatcher.outbox, "count_claimed", locked_once)
    await start(dispatcher, clock)
    assert dispatcher.running
    await run_for(dispatcher, clock, 2 * HOUR)
    assert [s.message.content[0] for s in sender.sent] == ["⌛"]


async def test_a_hanging_send_times_out_and_frees_its_slot_for_other_servers(
    store, clock, sender, service
):
    """discord.py can sit in a request (or its rate-limit retries) for minutes; with every
    slot taken by such sends, other servers' alerts would wait behind them."""
    await service.update_settings(GUILD, MANAGER, alert_channel_id=CHANNEL)
    await service.update_settings(OTHER, MANAGER, alert_channel_id=OTHER_CHANNEL)
    await add_pledge(store, clock, OTHER, due_at=START + HOUR - SECOND)
    await add_pledge(store, clock, GUILD, due_at=START + HOUR)
    sender.hang[OTHER_CHANNEL] = asyncio.Event()  # never answers
    dispatcher = Dispatcher(
        store, clock, sender, config=DispatcherConfig(max_servers=1, send_timeout=0.05)
    )
    try:
        dispatcher.start()
        clock.advance(HOUR)
        for _ in range(300):  # real time: the timeout is real seconds
            await asyncio.sleep(0.01)
            if sender.in_channel(CHANNEL):
                break
        assert [s.message.content[0] for s in sender.in_channel(CHANNEL)] == ["⌛"]
        problem = await service.alert_problem(OTHER)
        assert problem and "no answer from Discord" in problem
        (due,) = [r for r in await store.outbox.rows_for_guild(OTHER) if r.kind == "due"]
        # No answer: it may have been posted, so it stays claimed with its claim time,
        # and its retry looks in the channel first once Discord may have forgotten
        # the nonce (issue 11; it went back to pending before).
        assert (due.state, due.attempts) == ("claimed", 1)
    finally:
        await dispatcher.stop()


async def crash_after_posting_the_due_alert(store, clock, sender, service) -> Pledge:
    """The due alert reaches Discord, then the process dies before recording it."""
    await service.update_settings(GUILD, MANAGER, alert_channel_id=CHANNEL)
    p = await add_pledge(store, clock, due_at=START + HOUR)
    first = Dispatcher(store, clock, sender)
    sender.crash_after_post = True
    await start(first, clock)
    clock.advance(HOUR)
    # Bounded by time, not loop turns: on PostgreSQL the claim's round trips take a
    # few milliseconds of real time before the post.
    for _ in range(5_000):
        if len(sender.attempts) == 1 and first._servers:
            break
        await asyncio.sleep(0.001)
    assert len(sender.attempts) == 1, "the first process never posted"
    await first.stop()
    sender.crash_after_post = False
    return p


@pytest.mark.parametrize("downtime", [timedelta(minutes=10), timedelta(days=3)])
async def test_a_resend_long_after_a_crash_finds_the_posted_alert_instead(
    store, clock, sender, service, downtime
):
    """Past Discord's nonce memory (minutes), the resend after a crash posted the alert a
    second time (#11, finding 5): now the alert carries its reference, and the retry
    looks for it in the channel before posting."""
    p = await crash_after_posting_the_due_alert(store, clock, sender, service)
    sender.nonce_memory = False  # Discord has forgotten the nonce
    clock.advance(downtime)
    second = Dispatcher(store, clock, sender)
    try:
        await start(second, clock)
    finally:
        await second.stop()
    (row,) = [r for r in await store.outbox_for_pledge(p.guild_id, p.id) if r.kind == "due"]
    due_posts = [s for s in sender.sent if s.nonce == alert_nonce(row)]
    assert len(due_posts) == 1  # looked, found, did not post again
    assert sender.lookups == [(CHANNEL, alert_nonce(row))]
    assert (row.state, row.message_id) == ("sent", sender.sent[0].id)
    footer = sender.sent[0].message.embeds[-1].footer.text
    assert footer.endswith(f"Alert {alert_nonce(row)}")


async def test_a_quick_resend_leans_on_the_nonce_and_reads_nothing(store, clock, sender, service):
    p = await crash_after_posting_the_due_alert(store, clock, sender, service)
    second = Dispatcher(store, clock, sender)
    try:
        await start(second, clock)
    finally:
        await second.stop()
    assert sender.lookups == [] and len(sender.sent) == 1 and len(sender.attempts) == 2
    (row,) = [r for r in await store.outbox_for_pledge(p.guild_id, p.id) if r.kind == "due"]
    assert row.state == "sent"


async def test_without_read_message_history_a_late_resend_posts_again(
    store, clock, sender, service, caplog
):
    """The documented fallback: the channel cannot be read, so the alert is sent again
    (as before this change) and the log says what permission would prevent it."""
    await crash_after_posting_the_due_alert(store, clock, sender, service)
    sender.nonce_memory = False
    sender.history_readable = False
    clock.advance(timedelta(hours=1))
    second = Dispatcher(store, clock, sender)
    try:
        await start(second, clock)
    finally:
        await second.stop()
    assert len(sender.sent) == 2
    assert "give the bot Read Message History" in caplog.text


async def test_a_send_without_answer_stays_claimed_and_is_looked_for_before_a_retry(
    store, clock, sender, service
):
    """No answer within the send timeout: it may have landed. The row keeps its claim
    and, retried after the backoff and past the nonce memory, is looked for first."""
    await service.update_settings(GUILD, MANAGER, alert_channel_id=CHANNEL)
    p = await add_pledge(store, clock, due_at=START + HOUR)
    sender.nonce_memory = False
    # Discord's memory shorter than the first backoff (30 s), so the first retry is one
    # that must look rather than lean on the nonce.
    config = DispatcherConfig(send_timeout=0.05, nonce_memory=timedelta(seconds=10))
    dispatcher = Dispatcher(store, clock, sender, config=config)
    sender.hang[CHANNEL] = asyncio.Event()
    try:
        dispatcher.start()
        clock.advance(HOUR)
        for _ in range(300):
            await asyncio.sleep(0.01)
            if (await service.alert_problem(GUILD)) is not None:
                break
        await settle(dispatcher, clock)  # the server's backoff is written too
        (row,) = [r for r in await store.outbox_for_pledge(p.guild_id, p.id) if r.kind == "due"]
        assert row.state == "claimed"
        # It had landed after all: Discord posted it, the answer never came.
        sender.sent.append(
            Sent(
                CHANNEL,
                render.with_reference(render.AlertMessage("⌛"), alert_nonce(row)),
                alert_nonce(row),
                4242,
            )
        )
        del sender.hang[CHANNEL]
        await run_for(dispatcher, clock, timedelta(minutes=15))
    finally:
        await dispatcher.stop()
    (row,) = [r for r in await store.outbox_for_pledge(p.guild_id, p.id) if r.kind == "due"]
    assert sender.lookups == [(CHANNEL, alert_nonce(row))]
    assert (row.state, row.message_id) == ("sent", 4242)
    assert len(sender.sent) == 1
