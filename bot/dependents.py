"""What deleting a pledge does to the pledges that depend on it, and to its alert
messages. Knows nothing of Discord or SQL; the service hands it to the store from
`delete`.

A deleted pledge is hidden everywhere (/pledge show says there is no such number), and
can never be ruled, so the dependency alert it would have sent never comes: a card
still saying "Depends on #1" would point at nothing a member can open. The dependency
is therefore cleared, and the dependent pledge's history keeps what it was and why.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.core.alerts import AlertKind, PlannedAlert
from bot.core.model import Actor, Event, Pledge


def retirement(deleted: Pledge, actor: Actor, now: datetime) -> PlannedAlert:
    """The outbox row that takes the buttons off every alert message of a deleted pledge
    (a click could only be refused now). Queued in the deletion's own transaction, like a
    ruling's status update, it survives a restart or an outage of Discord; it posts
    nothing."""
    return PlannedAlert(
        AlertKind.DELETED, now, {"number": deleted.number, "actor_id": actor.user_id}
    )


def releaser(deleted: Pledge, actor: Actor, now: datetime) -> Callable[[Pledge], Event]:
    """The history event of a pledge whose "depends on #N" goes because `deleted` (#N)
    is deleted: an `edited depends_on` by the member who deleted it. The store clears
    the dependencies in the deletion's own transaction (`delete_pledge`), so a crash
    never leaves a pledge depending on a deleted one."""

    def event(dependent: Pledge) -> Event:
        return Event(
            pledge_id=dependent.id,
            at=now,
            actor_id=actor.user_id,
            kind="edited",
            field="depends_on",
            from_value=str(deleted.number),
            to_value=None,
            note=f"#{deleted.number} was deleted, so this pledge no longer depends on it",
        )

    return event
