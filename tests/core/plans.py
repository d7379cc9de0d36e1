"""A pledge to plan for, and its plan as (kind, moment) pairs: shared by the pure plan
tests and the service's replanning tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.core.alerts import plan_alerts
from bot.core.model import Actor, GuildSettings, Pledge, Status

GUILD = 100
AUTHOR = Actor(user_id=1)
MANAGER = Actor(user_id=3, manage_guild=True)
NOW = datetime(2025, 8, 18, 12, 0, tzinfo=UTC)
DUE = datetime(2025, 9, 1, 23, 59, 59, tzinfo=UTC)
DEFAULTS = GuildSettings(guild_id=GUILD)
DAY = timedelta(days=1)


def pledge(**kw) -> Pledge:
    fields = dict(
        id=1,
        guild_id=GUILD,
        number=1,
        speaker="Friedrich Merz",
        promise="Putin and Zelenskyy will meet",
        said_at=NOW,
        recorded_by=1,
        status=Status.OPEN,
        created_at=NOW,
        updated_at=NOW,
        due_at=DUE,
    )
    fields.update(kw)
    return Pledge(**fields)


def plan(p: Pledge, now: datetime = NOW, s: GuildSettings = DEFAULTS) -> list[tuple[str, datetime]]:
    return [(a.kind, a.due_at) for a in plan_alerts(p, s, now)]
