"""The alert dispatcher on a FakeClock: Bursts, digests and catch-up after downtime."""

from __future__ import annotations

from tests.chat.dispatching import (
    DAY,
    HOUR,
    add_pledge,
    advance,
    run_for,
    start,
    states,
)
from tests.conftest import START

# -- bursts and catch-up -------------------------------------------------------------------


async def test_up_to_five_alerts_at_once_go_out_one_by_one(dispatcher, store, clock, sender):
    for _ in range(5):
        await add_pledge(store, clock, due_at=START + HOUR)
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)
    assert len(sender.sent) == 5
    assert all(s.message.content.startswith("⌛") for s in sender.sent)
    assert all(len(s.message.custom_ids) == 4 for s in sender.sent)


async def test_more_than_five_due_together_become_one_digest(dispatcher, store, clock, sender):
    pledges = [
        await add_pledge(store, clock, due_at=START + HOUR, promise=f"Promise number {i}")
        for i in range(7)
    ]
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)
    assert len(sender.sent) == 1
    digest = sender.sent[0]
    embed = digest.message.embeds[0]
    assert embed.title == "Pledgewatch digest: 7 alerts"
    lines = embed.description.splitlines()
    assert len(lines) == 7
    for p, line in zip(pledges, lines, strict=True):
        assert f"**#{p.number}**" in line and p.promise in line
        assert f"<t:{int(p.due_at.timestamp())}:D>" in line
        assert f"/pledge show {p.number}" in line
        assert "late" not in line
    assert digest.message.view is None
    for p in pledges:
        rows = await store.outbox_for_pledge(p.guild_id, p.id)
        assert [(r.kind, r.state, r.message_id) for r in rows if r.kind == "due"] == [
            ("due", "sent", digest.id)
        ]


async def test_a_big_digest_is_split_within_discord_limits(dispatcher, store, clock, sender):
    for i in range(80):
        await add_pledge(store, clock, due_at=START + HOUR, promise=f"{i} " + "x" * 300)
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)
    assert len(sender.sent) > 1
    lines = 0
    for sent in sender.sent:
        (embed,) = sent.message.embeds
        assert len(embed.description) <= 4096 and len(embed.title) <= 256
        assert len(embed) <= 6000
        lines += len(embed.description.splitlines())
    assert lines == 80


async def test_catch_up_after_downtime_sends_only_the_latest_alert_marked_late(
    dispatcher, store, clock, sender
):
    p = await add_pledge(store, clock, due_at=START + 2 * DAY)
    clock.advance(10 * DAY)  # offline through the heads-up, the due alert and 1 day after
    await start(dispatcher, clock)
    assert len(sender.sent) == 1
    message = sender.sent[0].message
    assert message.content.startswith(f"🔔 Pledge #{p.number} is still open")
    assert "Late: this alert was due" in message.content
    # Since issue 15 only the next alert is stored: the missed heads-up is moved on to
    # the most recent missed moment (and cancelled) instead of the missed ones being
    # stored and skipped.
    assert await states(store, p) == [
        ("heads_up", "cancelled", False),
        ("follow_up", "sent", True),  # 7 days after: the most recent
        ("follow_up", "pending", False),  # 37 days after: the next repeat
    ]


async def test_after_a_long_downtime_there_is_one_catch_up_not_two(
    dispatcher, store, clock, sender
):
    p = await add_pledge(store, clock, due_at=START + 2 * DAY)
    clock.advance(200 * DAY)  # past every repeat planned when the pledge was recorded
    await start(dispatcher, clock)
    assert len(sender.sent) == 1
    for _ in range(3):
        await advance(dispatcher, clock, HOUR)
    assert len(sender.sent) == 1
    pending = [r for r in await store.outbox_for_pledge(p.guild_id, p.id) if r.state == "pending"]
    assert len(pending) == 1 and pending[0].due_at > clock.now()


async def test_sent_follow_up_schedules_the_next_repeat(dispatcher, store, clock, sender):
    p = await add_pledge(store, clock, due_at=START + 2 * DAY)
    await start(dispatcher, clock)
    await run_for(dispatcher, clock, 2 * DAY + 37 * DAY)
    planned = [r for r in await store.outbox_for_pledge(p.guild_id, p.id) if r.kind == "follow_up"]
    assert [(r.due_at - p.due_at).days for r in planned] == [1, 7, 37, 67]
    assert [r.state for r in planned] == ["sent", "sent", "sent", "pending"]
    assert len(sender.sent) == 5  # heads-up, due, three follow-ups
    assert not any("Late" in s.message.content for s in sender.sent)


async def test_reviews_repeat_for_pledges_without_deadline(dispatcher, store, clock, sender):
    p = await add_pledge(store, clock, due_at=None)
    await start(dispatcher, clock)
    await advance(dispatcher, clock, 30 * DAY)
    await advance(dispatcher, clock, 30 * DAY)
    assert [s.message.content.split(":")[0] for s in sender.sent] == ["🔍 Review"] * 2
    rows = await store.outbox_for_pledge(p.guild_id, p.id)
    assert [r.state for r in rows] == ["sent", "sent", "pending"]


async def test_catch_up_of_many_pledges_is_a_digest_marked_late(dispatcher, store, clock, sender):
    for i in range(6):
        await add_pledge(store, clock, due_at=START + DAY, promise=f"Pledge {i}")
    clock.advance(3 * DAY)
    await start(dispatcher, clock)
    assert len(sender.sent) == 1
    embed = sender.sent[0].message.embeds[0]
    assert embed.description.count("*late*") == 6
    assert "6 are late" in embed.footer.text
