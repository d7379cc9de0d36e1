"""The alert dispatcher on a FakeClock: Rulings: status updates, edited alerts, dependants."""

from __future__ import annotations

from bot.chat.dispatcher import Dispatcher
from bot.chat.sender import DeliveryError
from bot.core.model import Status
from tests.chat.dispatching import (
    CHANNEL,
    DAY,
    EDITOR,
    GUILD,
    HOUR,
    SECOND,
    add_pledge,
    advance,
    settle,
    start,
)
from tests.conftest import START

# -- rulings ---------------------------------------------------------------------------------


async def test_ruling_posts_a_status_update_and_edits_the_alert(
    dispatcher, store, clock, sender, service
):
    p = await add_pledge(store, clock, due_at=START + HOUR)
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)
    (alert,) = sender.sent
    await service.mark(
        GUILD, p.number, EDITOR, Status.BROKEN, note="no meeting", evidence_url="https://e.x/1"
    )
    await settle(dispatcher, clock)
    update = sender.sent[-1].message
    assert update.content.startswith(f"📣 Pledge #{p.number}: <@7> ruled it **broken**")
    assert "Note: no meeting" in update.content and "https://e.x/1" in update.content
    ((channel, message_id, edited),) = sender.edits
    assert (channel, message_id) == (CHANNEL, alert.id)
    assert edited.view is None and "ruled **broken** by <@7>" in edited.content
    # Nothing else is planned for a ruled pledge.
    await advance(dispatcher, clock, 40 * DAY)
    assert len(sender.sent) == 2


async def test_dependents_hear_about_the_ruling(dispatcher, store, clock, sender, service):
    first = await add_pledge(store, clock, due_at=START + 10 * DAY)
    dependent = await add_pledge(store, clock, due_at=None, depends_on=first.number)
    await start(dispatcher, clock)
    await service.mark(GUILD, first.number, EDITOR, Status.BROKEN)
    await settle(dispatcher, clock)
    contents = [s.message.content for s in sender.sent]
    assert contents[0].startswith(f"📣 Pledge #{first.number}")
    assert contents[1].startswith(
        f"🔗 Pledge #{dependent.number} depends on #{first.number}: <@7> ruled it **broken**"
    )


async def test_a_forbidden_edit_stops_the_other_edits(dispatcher, store, clock, sender, service):
    """A 403 on the newest alert message is a 403 on the older ones in the channel too:
    each further try would be one more invalid request, which Discord counts towards
    banning the bot's IP. A deleted message (404) does not stop the others."""
    p = await add_pledge(store, clock, due_at=START + HOUR)
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)
    await advance(dispatcher, clock, 30 * DAY)  # the follow-ups too
    alerts = [s for s in sender.sent if s.channel_id == CHANNEL]
    assert len(alerts) >= 2
    sender.edit_failures[CHANNEL] = DeliveryError("unusable", "403: no", status=403)
    await service.mark(GUILD, p.number, EDITOR, Status.BROKEN)
    await settle(dispatcher, clock)
    assert sender.edit_attempts == [(CHANNEL, alerts[-1].id)]


async def test_a_deleted_alert_message_does_not_stop_the_other_edits(
    dispatcher, store, clock, sender, service
):
    p = await add_pledge(store, clock, due_at=START + HOUR)
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)
    await advance(dispatcher, clock, 30 * DAY)
    alerts = [s for s in sender.sent if s.channel_id == CHANNEL]
    sender.edit_failures[CHANNEL] = DeliveryError("unusable", "404: gone", status=404)
    await service.mark(GUILD, p.number, EDITOR, Status.BROKEN)
    await settle(dispatcher, clock)
    assert len(sender.edit_attempts) == len(alerts) >= 2


# -- deletions -------------------------------------------------------------------------------


async def test_a_deletion_takes_the_buttons_off_every_alert_of_the_pledge(
    dispatcher, store, clock, sender, service
):
    """Only a clicked alert lost its buttons when its pledge was deleted: the others kept
    them, and every later click was refused with a notice."""
    p = await add_pledge(store, clock, due_at=START + HOUR)
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)
    await advance(dispatcher, clock, 30 * DAY)  # the follow-ups too
    alerts = [s for s in sender.sent if s.channel_id == CHANNEL and s.message.view is not None]
    assert len(alerts) >= 2
    posted = len(sender.sent)
    await service.delete(GUILD, p.number, EDITOR)
    await settle(dispatcher, clock)
    assert len(sender.sent) == posted  # a deletion posts nothing
    edited = {message_id: message for _, message_id, message in sender.edits}
    assert set(edited) == {a.id for a in alerts}
    for message in edited.values():
        assert message.view is None
        assert message.content == f"🗑️ Pledge #{p.number} was deleted by <@7>: there is " + (
            "nothing left to rule on or extend."
        )
    rows = await store.outbox_for_pledge(GUILD, p.id)
    assert [r.state for r in rows if r.kind == "deleted"] == ["sent"]


async def test_nothing_is_posted_about_a_pledge_deleted_before_its_status_update_went_out(
    dispatcher, store, clock, sender, service
):
    """A ruling's status update (and its dependant's notice) still waiting when the pledge
    was deleted went out after the deletion, with the deleted pledge's card: both are
    dropped; the alert message keeps the ruling above the deletion line."""
    p = await add_pledge(store, clock, due_at=START + HOUR)
    await add_pledge(store, clock, due_at=None, depends_on=p.number)
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)
    (alert,) = sender.sent
    sender.failures[CHANNEL] = DeliveryError("transient", "Discord answered 503", status=503)
    await service.mark(GUILD, p.number, EDITOR, Status.BROKEN)
    await settle(dispatcher, clock)
    await service.delete(GUILD, p.number, EDITOR)
    await settle(dispatcher, clock)
    sender.failures.clear()
    await advance(dispatcher, clock, 600 * SECOND)  # past the backoff
    assert sender.sent == [alert], [s.message.content for s in sender.sent]
    ((_, message_id, edited),) = sender.edits
    assert message_id == alert.id and edited.view is None
    assert edited.content.startswith(f"❌ Pledge #{p.number} was ruled **broken** by <@7>")
    rows = await store.outbox_for_pledge(GUILD, p.id)
    assert [r.state for r in rows if r.kind == "status"] == ["skipped"]


async def test_a_deletions_edits_wait_out_an_outage_and_a_restart(
    dispatcher, store, clock, sender, service
):
    """The edits of a deletion are queued in its transaction: Discord down when it is
    made, and the bot restarted meanwhile, the buttons still go once Discord answers."""
    p = await add_pledge(store, clock, due_at=START + HOUR)
    await start(dispatcher, clock)
    await advance(dispatcher, clock, HOUR)
    (alert,) = sender.sent
    sender.edit_failures[CHANNEL] = DeliveryError("transient", "Discord answered 503", status=503)
    await service.delete(GUILD, p.number, EDITOR)
    await settle(dispatcher, clock)
    assert sender.edits == [] and sender.edit_attempts == [(CHANNEL, alert.id)]
    await dispatcher.stop()  # the bot restarts while Discord is still down

    sender.edit_failures.clear()
    restarted = Dispatcher(store, clock, sender)
    service.on_alerts_changed = restarted.wake
    try:
        await start(restarted, clock)
        await advance(restarted, clock, 600 * SECOND)  # past the backoff
        ((channel, message_id, edited),) = sender.edits
        assert (channel, message_id) == (CHANNEL, alert.id) and edited.view is None
        assert "was deleted" in (edited.content or "")
        await advance(restarted, clock, DAY)
        assert len(sender.edits) == 1  # done once
    finally:
        await restarted.stop()
