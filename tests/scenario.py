"""What members record and read on a server, shared by the tests that watch every
statement the bot runs (tests/chat/test_query_plans.py, tests/db/test_guild_scope.py)."""

from __future__ import annotations

from typing import Any

from bot.core.model import ListFilter


async def record_some(service: Any, guild: int, author: Any, count: int) -> None:
    """`count` pledges of three speaker spellings (two of one speaker), a third of them
    due within two days, a third within the hour, a third without a deadline."""
    for i in range(count):
        await service.add(
            guild,
            author,
            speaker=["Friedrich Merz", "friedrich merz", "Mark Rutte"][i % 3],
            promise=f"Promise number {i} about the bridge",
            deadline=["in two days", "in an hour", None][i % 3],
        )


async def read_everything(service: Any, guild: int) -> None:
    """/pledge show, every list filter with paging on and back, the speaker and text
    filters, number and speaker autocomplete."""
    await service.get(guild, 1)
    await service.history(guild, 1)
    for status in ListFilter:
        first = await service.list(guild, status=status, page_size=3)
        if first.has_next:
            nxt = await service.list(
                guild, status=status, page=1, page_size=3, after=first.last_key
            )
            await service.list(guild, status=status, page=0, page_size=3, before=nxt.first_key)
    await service.list(guild, status="all", speaker="merz")  # several spellings
    await service.list(guild, status="open", speaker="rutte")  # one
    await service.list(guild, status="all", query="bridge")
    await service.list(guild, status="all", query="bridge", speaker="merz")
    await service.list(guild, status="all", query="%")
    for typed in ("", "1", "12", "#3", "rutte", "zzz"):
        await service.autocomplete(guild, typed)
    for typed in ("", "f", "rut"):
        await service.speakers(guild, typed)
