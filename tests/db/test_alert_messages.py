"""Which sent alert messages of a pledge carry ruling buttons, on both engines: the
dispatcher edits every one of them after a ruling (review p42b), and links a digest
line to the latest."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.core.alerts import plan_alerts
from bot.core.model import Actor

GUILD = 100
SAID = datetime(2025, 8, 18, 12, tzinfo=UTC)
DUE = datetime(2025, 9, 1, 23, 59, 59, tzinfo=UTC)


async def _send_next(store, pledge_id, at, message_id):
    """Claim what is due at `at` and confirm it as message `message_id`; its kind."""
    claimed = await store.outbox.claim_due(
        GUILD, at, limit=10, late_before=at - timedelta(hours=1), single_up_to=10
    )
    (item,) = [c for c in claimed if c.row.pledge_id == pledge_id]
    await store.outbox.confirm(
        GUILD,
        [item.row.id],
        channel_id=7,
        message_id=message_id,
        now=at,
        replan=[pledge_id],
        planner=plan_alerts,
    )
    return item.row.kind


async def test_every_alert_with_buttons_in_send_order_and_the_latest(service, store, clock):
    clock.set(SAID)
    pledge = await service.add(
        GUILD, Actor(user_id=1), speaker="Merz", promise="a meeting", deadline="within two weeks"
    )
    assert pledge.due_at == DUE
    kinds = [
        await _send_next(store, pledge.id, DUE - timedelta(hours=23), 11),
        await _send_next(store, pledge.id, DUE + timedelta(minutes=1), 12),
        await _send_next(store, pledge.id, DUE + timedelta(days=1, minutes=1), 13),
    ]
    assert kinds == ["heads_up", "due", "follow_up"]
    # The heads-up has no buttons; the due alert and the follow-up do.
    assert await store.outbox.alert_messages_of(GUILD, pledge.id) == [(7, 12), (7, 13)]
    assert await store.outbox.alert_messages(GUILD, [pledge.id]) == {pledge.id: (7, 13)}
    assert await store.outbox.alert_messages_of(GUILD, pledge.id + 1) == []
