"""The composition root: the one place where Pledgewatch's parts are built and wired.

Settings -> Store -> Clock -> Service -> Bot -> Dispatcher. Each part is handed what
it needs through its constructor; nothing else in the code builds a store, a service
or a dispatcher. Tests use the same functions with a temporary database and a fake
clock, so what they run is what `make run` runs.
"""

from __future__ import annotations

import asyncio
from typing import Any

from bot.chat.client import PledgeBot, shard_owner
from bot.chat.dispatcher import Dispatcher
from bot.chat.endpoint import use_api_base
from bot.chat.sender import DiscordSender
from bot.config import Settings
from bot.core.clock import Clock, SystemClock
from bot.core.ports import Store
from bot.service import PledgeService
from db.pg import PgStore
from db.store import Store as SqliteStore


def open_store(settings: Settings) -> SqliteStore | PgStore:
    """The store the settings name (not yet opened): the SQLite file (the embedded
    default), or the PostgreSQL database of a postgresql:// URL, which processes on
    several machines can share."""
    if settings.db_url is not None:
        return PgStore(settings.db_url)
    return SqliteStore(settings.db_path)


def build_service(store: Store, clock: Clock | None = None) -> PledgeService:
    """The service alone, for the command line: no Discord, no alerts."""
    return PledgeService(store, clock or SystemClock())


def build_bot(
    *,
    store: Store,
    clock: Clock | None = None,
    extensions: tuple[str, ...] | None = None,
    **options: Any,
) -> PledgeBot:
    """The bot with its service and alert dispatcher. `options` go to discord.py's
    client (shard ids, test timeouts)."""
    clock = clock or SystemClock()
    wakeup = asyncio.Event()  # the service rings it, the dispatcher listens
    service = PledgeService(store, clock, on_alerts_changed=wakeup.set)
    bot = PledgeBot(store=store, clock=clock, service=service, extensions=extensions, **options)
    # The one mutual reference: the dispatcher posts through the bot, and the bot's
    # alerts extension starts and stops the dispatcher with itself.
    sender = DiscordSender(bot)
    bot.dispatcher = Dispatcher(
        store,
        clock,
        sender,
        reach=sender,
        planner=service.planner,
        owns=shard_owner(bot),
        wakeup=wakeup,
    )
    return bot


def bot_from_settings(settings: Settings) -> PledgeBot:
    """`python -m bot run` and `sync`: the bot as the settings describe it."""
    if settings.api_base:
        use_api_base(settings.api_base)
    shards: dict[str, Any] = {}
    if settings.shard_count is not None:
        shards = {"shard_id": settings.shard_id, "shard_count": settings.shard_count}
    return build_bot(store=open_store(settings), clock=SystemClock(), **shards)
