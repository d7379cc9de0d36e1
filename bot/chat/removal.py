"""A server that removes the bot, and invites it back.

Removed (kicked, banned, or the server deleted: GUILD_DELETE without `unavailable`),
the bot is answered 403 Missing Access in every channel of the server. Treated as an
ordinary 403, its alerts would be tried again every hour for ever: a warning in the
operator's log each time, and each try an invalid request, which Discord counts
towards banning the bot's IP. So the server's alerts are parked instead, untried, and
its pledges, settings and alerts are all kept (an admin who removed the bot by mistake
gets everything back). When the bot is back in the server (invited again, heard live
as a join, or at start-up as an available server after it was invited back while the
bot was down) the parking is lifted at once: the alerts it missed go out as usual, the
latest of each pledge marked late, and more than a few as one digest.

The parking is the server's failure state with a retry time that never comes
(`REMOVED_WAIT`), so the dispatcher needs no second kind of wait: `queues()` puts the
server last and no server task starts for it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from bot.chat.dispatcher import Dispatcher
from bot.core.alerts import GuildFailure

log = logging.getLogger(__name__)

# Far beyond any backoff (403s wait at most an hour, a rate limit what Discord says):
# a failure state this far ahead is a removal, not a retry.
REMOVED_WAIT = timedelta(days=36_500)
REMOVED_AFTER = timedelta(days=3_650)

REMOVED_TEXT = (
    "Pledgewatch was removed from this server: its alerts wait, untried, until it is "
    "invited back; nothing is lost meanwhile."
)


def parked_by_removal(failure: GuildFailure | None, now: datetime) -> bool:
    return failure is not None and failure.retry_at - now > REMOVED_AFTER


async def server_removed(dispatcher: Dispatcher, guild_id: int) -> None:
    """Park the server's alerts until the bot is back. A delivery already running for
    the server finishes first (with a 403, most likely), so that its backoff cannot
    overwrite the parking a moment later."""
    while (running := dispatcher.server_task(guild_id)) is not None:
        await asyncio.wait({running})
    settings = await dispatcher.store.get_settings(guild_id)
    await dispatcher.outbox.record_failure(
        guild_id,
        settings.alert_channel_id or 0,
        now=dispatcher.clock.now(),
        backoff=lambda _failures: REMOVED_WAIT,
        error=REMOVED_TEXT,
    )
    log.warning(
        "Pledgewatch was removed from server %s: its pledges and settings are kept, and "
        "its alerts wait until it is invited back",
        guild_id,
    )


async def server_back(dispatcher: Dispatcher, guild_id: int) -> None:
    """Lift a removal's parking (and nothing else: a 403's backoff stays) and look at
    the server's alerts now."""
    _channel, failure = await dispatcher.outbox.guild_state(guild_id)
    if not parked_by_removal(failure, dispatcher.clock.now()):
        return
    await dispatcher.outbox.clear_failure(guild_id)
    log.info("Pledgewatch is back in server %s: its waiting alerts go out now", guild_id)
    dispatcher.wake()


async def park_absent(dispatcher: Dispatcher, present: Callable[[int], bool]) -> None:
    """At ready: park the servers that removed the bot while it was down. No event
    tells of those; they are the servers with alerts waiting (for this process's
    shards) that the gateway did not list. A server in an outage is listed (as
    unavailable), so only a removal is taken for one."""
    for queue in await dispatcher.outbox.queues():
        if not dispatcher.owns(queue.guild_id) or present(queue.guild_id):
            continue
        _channel, failure = await dispatcher.outbox.guild_state(queue.guild_id)
        if not parked_by_removal(failure, dispatcher.clock.now()):
            await server_removed(dispatcher, queue.guild_id)
