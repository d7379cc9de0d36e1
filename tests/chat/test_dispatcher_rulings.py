"""The alert dispatcher on a FakeClock: Rulings: status updates, edited alerts, dependants."""

from __future__ import annotations

from bot.core.model import Status
from tests.chat.dispatching import (
    CHANNEL,
    DAY,
    EDITOR,
    GUILD,
    HOUR,
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
