"""Alert messages already posted, edited when their pledge changes: after a ruling they
show the outcome instead of the question, after a deletion they lose their buttons.
The dispatcher calls these once the change's outbox row is due (a ruling's status
update, a deletion's own row), so the edits wait out a restart or an outage with it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence

from bot.chat import render
from bot.chat.render import AlertMessage
from bot.chat.sender import AlertSender, DeliveryError, no_answer
from bot.core.alerts import Claimed, OutboxRow
from bot.core.clock import Clock
from bot.core.model import Pledge, Status
from bot.core.ports import Store

log = logging.getLogger(__name__)


class AlertEdits:
    def __init__(self, store: Store, clock: Clock, sender: AlertSender, timeout: float) -> None:
        self.store = store
        self.clock = clock
        self.sender = sender
        self.timeout = timeout  # seconds for one edit (the dispatcher's send_timeout)

    async def after_ruling(self, pledge: Pledge, row: OutboxRow) -> None:
        """After a ruling (from a command or a button), every alert message of the pledge
        shows the outcome instead of the question: the earlier due and follow-up alerts
        too, whose buttons would only invite a click that is then refused. A reopening
        gives the buttons back to the latest alert only. Best effort: the status update
        itself is what must arrive. A pledge deleted since is left to its deletion's own
        row (`after_deletion`)."""
        messages = await self.store.outbox.alert_messages_of(pledge.guild_id, pledge.id)
        current = await self.store.get_pledge_by_id(pledge.guild_id, pledge.id)
        if not messages or current is None or current.deleted_at is not None:
            return
        if current.status is Status.OPEN:
            messages = messages[-1:]
        actor = (row.payload or {}).get("actor_id")
        outcome = render.ruled_alert(current, self.clock.now(), actor_id=actor)
        await self._edit(messages, outcome)

    async def after_deletion(self, guild_id: int, item: Claimed) -> DeliveryError | None:
        """Every alert message of a deleted pledge without its buttons (a click could only
        be refused now) and saying why; the failure that stopped the edits, if one did.
        A pledge that had been ruled keeps its ruling on its alerts (who ruled, and the
        card): the channel's record of the ruling is not wiped by the deletion."""
        row = item.row
        if row.pledge_id is None:
            return None
        messages = await self.store.outbox.alert_messages_of(guild_id, row.pledge_id)
        if not messages:
            return None
        actor = (row.payload or {}).get("actor_id")
        pledge = item.pledge
        if pledge is not None and pledge.status is not Status.OPEN:
            history = await self.store.history(guild_id, pledge.id)
            ruled_by = next((e.actor_id for e in reversed(history) if e.kind == "ruled"), None)
            outcome = render.ruled_then_deleted_alert(
                pledge, self.clock.now(), ruled_by=ruled_by, deleted_by=actor
            )
        else:
            outcome = render.deleted_alert(item.number, actor_id=actor)
        return await self._edit(messages, outcome)

    async def _edit(
        self, messages: Sequence[tuple[int, int]], outcome: AlertMessage
    ) -> DeliveryError | None:
        """One edit after another through the sender, newest first (the one members see),
        so discord.py meets the channel's rate limit by waiting; a timeout, a transient
        failure or a 403 stops the rest, which would fail alike, and is returned. A
        deleted alert message (404) needs no edit."""
        for channel_id, message_id in reversed(messages):
            try:
                async with asyncio.timeout(self.timeout):
                    await self.sender.edit(channel_id, message_id, outcome)
            except TimeoutError:
                log.info("Editing alert message %s timed out", message_id)
                return no_answer(self.timeout)
            except DeliveryError as error:
                log.info("Could not edit alert message %s: %s", message_id, error.reason)
                # A deleted message (404) leaves the others editable; a 403 is the same
                # for every message of the channel, and each further try one more
                # invalid request, which Discord counts towards banning the bot's IP.
                if error.kind == "transient" or error.status == 403:
                    return error
        return None
