"""Fixtures that run a real discord.py bot against tests/fakediscord.

`fake_discord` is a started fake; `bot_factory` starts bots connected to it (the real
PledgeBot on `tmp_path / "pledgewatch.db"` by default, or any commands.Bot a test
builds), syncs their command tree into the fake and closes them cleanly afterwards;
`running_bot` is one started PledgeBot. Restart tests call `bot_factory.restart()`,
which stops the bot and starts a new one on the same database file.

The `clock` fixture (a FakeClock at 2025-08-18 12:00 UTC) comes from tests/conftest.py;
the fake uses it too, so message timestamps and snowflakes agree with the bot's "now".
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import discord
import pytest
from discord.ext import commands

from bot.chat.endpoint import reset_api_base, use_api_base
from tests.fakediscord import FakeDiscord

# discord.py waits this long after the last GUILD_CREATE before it fires on_ready. The
# default (2 s) exists for real Discord's staggered guild streams; the fake sends all
# guilds at once, right after READY.
GUILD_READY_TIMEOUT = 0.1
START_TIMEOUT = 10.0


class BotFactory:
    """Starts and stops bots against one fake; every bot it started is closed at the end."""

    def __init__(self, fake: FakeDiscord, clock, db_path: Path) -> None:
        self.fake = fake
        self.clock = clock
        self.db_path = db_path
        self.bot: commands.Bot | None = None
        self._tasks: dict[commands.Bot, asyncio.Task[None]] = {}
        self._make: Callable[[], commands.Bot] = self.pledgebot

    def pledgebot(self) -> commands.Bot:
        from bot.app import build_bot
        from db.store import Store

        return build_bot(
            store=Store(self.db_path), clock=self.clock, guild_ready_timeout=GUILD_READY_TIMEOUT
        )

    async def start(
        self,
        bot: commands.Bot | Callable[[], commands.Bot] | None = None,
        *,
        sync: bool = True,
    ) -> commands.Bot:
        """Log in, connect, wait for READY and every guild, then sync the command tree.

        `bot` is a bot instance or a zero-argument factory (kept for `restart`); the
        default is PledgeBot. Test bots should pass `guild_ready_timeout=GUILD_READY_TIMEOUT`.
        """
        if callable(bot) and not isinstance(bot, commands.Bot):
            self._make = bot
            bot = None
        bot = bot or self._make()
        use_api_base(self.fake.api_base)
        try:
            await bot.login(self.fake.token)
        except BaseException:
            await bot.close()  # login opened an HTTP session (and maybe the store)
            raise
        task = asyncio.create_task(bot.connect(reconnect=True), name="bot-connect")
        self._tasks[bot] = task
        self.bot = bot
        ready = asyncio.create_task(bot.wait_until_ready(), name="bot-wait-ready")
        done, _ = await asyncio.wait(
            {ready, task}, timeout=START_TIMEOUT, return_when=asyncio.FIRST_COMPLETED
        )
        if ready not in done:
            ready.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ready
            await self.stop(bot)
            raise AssertionError(self.fake._diagnostics("the bot did not become ready"))
        missing = [
            g
            for g in self.fake.guilds
            if bot.get_guild(g.id) is None and self.fake.bot_user.id in g.members
        ]
        if missing:
            await self.stop(bot)
            raise AssertionError(f"bot is ready but does not know guilds {[g.id for g in missing]}")
        if sync:
            await self.sync(bot)
        return bot

    async def sync(self, bot: commands.Bot | None = None) -> None:
        """Global commands, plus each guild that has guild-only commands in the tree."""
        bot = bot or self.bot
        assert bot is not None
        await bot.tree.sync()
        for guild in self.fake.guilds:
            if bot.tree.get_commands(guild=discord.Object(guild.id)):
                await bot.tree.sync(guild=discord.Object(guild.id))

    async def stop(self, bot: commands.Bot | None = None) -> None:
        bot = bot or self.bot
        if bot is None:
            return
        task = self._tasks.pop(bot, None)
        await bot.close()
        if task is not None:
            try:
                await asyncio.wait_for(task, timeout=START_TIMEOUT)
            except (discord.ConnectionClosed, discord.GatewayNotFound, OSError):
                pass  # the connect loop ends with the connection; close() was the goal
        if self.bot is bot:
            self.bot = None

    async def restart(self, *, sync: bool = False) -> commands.Bot:
        """Stop the current bot and start a new one (same factory, same database).
        Commands stay synced in the fake, as they do on Discord."""
        await self.stop()
        return await self.start(sync=sync)

    async def close_all(self) -> None:
        for bot in list(self._tasks):
            await self.stop(bot)


@pytest.fixture
async def fake_discord(clock) -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(guilds=2, clock=clock) as fake:
        yield fake
    # Every request the bot made must be one Discord's own API description allows.
    assert fake.spec_violations == [], "\n".join(fake.spec_violations)
    # Nothing the bot or the fake started may outlive them: a leftover task would be
    # destroyed pending when the loop closes, hiding a shutdown bug.
    # Tasks that end by themselves within a moment (discord.py's short on_ready delay
    # after a re-IDENTIFY) are waited for; anything still running after that is a leak.
    current = asyncio.current_task()
    leftovers = [t for t in asyncio.all_tasks() if t is not current and not t.done()]
    if leftovers:
        _, leftovers = await asyncio.wait(leftovers, timeout=1.0)
    assert not leftovers, f"tasks still running after the bot and the fake closed: {leftovers}"


@pytest.fixture
async def bot_factory(
    fake_discord: FakeDiscord, clock, tmp_path: Path
) -> AsyncIterator[BotFactory]:
    factory = BotFactory(fake_discord, clock, tmp_path / "pledgewatch.db")
    try:
        yield factory
    finally:
        await factory.close_all()
        reset_api_base()


@pytest.fixture
async def running_bot(bot_factory: BotFactory) -> commands.Bot:
    return await bot_factory.start()
