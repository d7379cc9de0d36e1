"""Server-wide replans: when a server's alert schedule changes (/pledgewatch alerts),
every open pledge of it moves to the new schedule. Knows nothing of Discord or SQL.

The settings change marks the server in the same transaction as the new settings; the
work then runs here, in a background task, in batches of REPLAN_BATCH pledges, each a
transaction of its own that moves the mark on. So the reply does not wait, memory stays
bounded whatever the server's size, other servers' commands run between batches, and
a crash loses nothing: the next start resumes from the mark (`resume`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from bot.core.alerts import Planner
from bot.core.clock import Clock
from bot.core.ports import PledgeStore

REPLAN_BATCH = 10_000  # open pledges per transaction
log = logging.getLogger(__name__)


class Replans:
    def __init__(
        self, store: PledgeStore, clock: Clock, planner: Planner, done: Callable[[], None]
    ) -> None:
        self.store = store
        self.clock = clock
        self.planner = planner
        self._done = done  # called after each replan: the dispatcher looks again
        self._running: dict[int, asyncio.Task[None]] = {}
        self._again: set[int] = set()

    def start(self, guild_id: int) -> None:
        """Replan a marked server in a task. Asked again while one runs, the running
        one walks the server once more from the top when it reaches the end."""
        self._again.add(guild_id)
        if guild_id not in self._running:
            self._running[guild_id] = asyncio.create_task(
                self._replan(guild_id), name=f"pledgewatch-replan-{guild_id}"
            )

    async def resume(self, owns: Callable[[int], bool] = lambda _: True) -> None:
        """At start-up: finish the replans a crash or shutdown interrupted (of the
        servers this process serves)."""
        for guild_id in await self.store.pending_replans():
            if owns(guild_id):
                self.start(guild_id)

    async def wait(self) -> None:
        """Wait until no replan runs (tests, benchmarks)."""
        while self._running:
            await asyncio.gather(*self._running.values(), return_exceptions=True)

    async def stop(self) -> None:
        """Stop the running replans; their marks stay, and the next start resumes them."""
        tasks = list(self._running.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _replan(self, guild_id: int) -> None:
        try:
            while guild_id in self._again:
                self._again.discard(guild_id)
                more = True
                while more:
                    more = await self.store.replan_batch(
                        guild_id, self.planner, self.clock.now(), limit=REPLAN_BATCH
                    )
                    await asyncio.sleep(0)  # let other commands in between batches
        except Exception:
            log.exception(
                "Replanning the alerts of server %s failed; resumed at start-up", guild_id
            )
        finally:
            del self._running[guild_id]
            self._again.discard(guild_id)
            self._done()
