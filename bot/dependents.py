"""What deleting a pledge does to the pledges that depend on it. Knows nothing of
Discord or SQL; the service calls it from `delete`.

A deleted pledge is hidden everywhere (/pledge show says there is no such number), and
can never be ruled, so the dependency alert it would have sent never comes: a card
still saying "Depends on #1" would point at nothing a member can open. The dependency
is therefore cleared, and the dependent pledge's history keeps what it was and why.
"""

from __future__ import annotations

from datetime import datetime

from bot.core.model import Actor, Event, Pledge
from bot.core.ports import PledgeStore


async def release_dependents(
    store: PledgeStore, deleted: Pledge, actor: Actor, now: datetime
) -> None:
    """Clear "depends on #N" from the (not deleted) pledges that named `deleted`, each
    with an `edited depends_on` event by the member who deleted it."""
    for dependent in await store.dependents(deleted.guild_id, deleted.number):
        event = Event(
            pledge_id=dependent.id,
            at=now,
            actor_id=actor.user_id,
            kind="edited",
            field="depends_on",
            from_value=str(deleted.number),
            to_value=None,
            note=f"#{deleted.number} was deleted, so this pledge no longer depends on it",
        )
        await store.update_pledge(
            deleted.guild_id, dependent.id, {"depends_on": None}, [event], now
        )
