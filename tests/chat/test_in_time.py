"""in_time: a change whose work outlasts DEFER_AFTER defers first; when Discord refuses
the defer (the interaction already expired), the work is still finished, never cut off
halfway. The interaction stands in for Discord's servers, the edge that cannot run here."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import discord

from bot.chat.client import in_time


class _Response:
    def __init__(self, refuse: bool) -> None:
        self.refuse, self.deferred = refuse, False

    def is_done(self) -> bool:
        return self.deferred

    async def defer(self, *, thinking: bool, ephemeral: bool = False) -> None:
        if self.refuse:
            raise discord.NotFound(SimpleNamespace(status=404, reason="Not Found"), "expired")
        self.deferred = thinking


async def _slow_write(log: list[str]) -> str:
    await asyncio.sleep(0.05)
    log.append("written")
    return "recorded"


async def test_a_refused_defer_does_not_cut_the_work_off():
    log: list[str] = []
    interaction = SimpleNamespace(id=1, response=_Response(refuse=True))
    assert await in_time(interaction, _slow_write(log), within=0) == "recorded"  # type: ignore[arg-type]
    assert log == ["written"]


async def test_slow_work_is_deferred_and_fast_work_is_not():
    slow = SimpleNamespace(id=2, response=_Response(refuse=False))
    assert await in_time(slow, _slow_write([]), within=0) == "recorded"  # type: ignore[arg-type]
    assert slow.response.deferred
    fast = SimpleNamespace(id=3, response=_Response(refuse=False))
    assert await in_time(fast, _slow_write([]), within=5) == "recorded"  # type: ignore[arg-type]
    assert not fast.response.deferred
