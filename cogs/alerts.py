"""Alerts in the running bot: the dispatcher's lifetime, and the buttons on alerts.

The dispatcher is built by bot/app.py and started in cog_load, stopped in cog_unload,
never in a constructor, so loading and unloading the extension is the whole lifecycle.
The persistent buttons and the Extend… form are defined in bot/chat/ui/ruling.py;
this cog registers them and routes form submissions to them, and answers a click on
a timed view of a process that is gone (bot/chat/ui/base.py's `orphaned`).
"""

from __future__ import annotations

import discord
from discord.ext import commands

from bot.chat import removal
from bot.chat.client import PledgeBot
from bot.chat.dispatcher import Dispatcher
from bot.chat.ui.base import EXPIRED, orphaned
from bot.chat.ui.ruling import PERSISTENT_ITEMS, PERSISTENT_PREFIX, ExtendForm


class AlertsCog(commands.Cog):
    def __init__(self, bot: PledgeBot, dispatcher: Dispatcher) -> None:
        self.bot = bot
        self.dispatcher = dispatcher

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(*PERSISTENT_ITEMS)
        self.dispatcher.start()
        # A server-wide replan that a crash or shutdown interrupted goes on from its mark.
        await self.bot.service.replans.resume(self.dispatcher.owns)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(*PERSISTENT_ITEMS)
        await self.bot.service.replans.stop()
        await self.dispatcher.stop()

    @commands.Cog.listener()
    async def on_interaction(self, interaction: discord.Interaction) -> None:
        if await ExtendForm.answer(interaction):
            return
        if orphaned(interaction, self.bot.tracked_views(), PERSISTENT_PREFIX):
            await interaction.response.send_message(EXPIRED, ephemeral=True)

    # A server that removes the bot keeps its pledges; its alerts wait for its return
    # (bot/chat/removal.py). An outage (unavailable) is neither a removal nor a return.
    @commands.Cog.listener()
    async def on_guild_remove(self, guild: discord.Guild) -> None:
        await removal.server_removed(self.dispatcher, guild.id)

    @commands.Cog.listener()
    async def on_guild_join(self, guild: discord.Guild) -> None:
        await removal.server_back(self.dispatcher, guild.id)

    @commands.Cog.listener()
    async def on_guild_available(self, guild: discord.Guild) -> None:
        # At start-up too: invited back while the bot was down.
        await removal.server_back(self.dispatcher, guild.id)

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        # Removed while the bot was down: no event says so, the server is just not listed.
        await removal.park_absent(
            self.dispatcher, lambda guild_id: self.bot.get_guild(guild_id) is not None
        )


async def setup(bot: PledgeBot) -> None:
    if bot.dispatcher is None:
        raise RuntimeError("cogs.alerts needs the bot built with a dispatcher (bot/app.py)")
    await bot.add_cog(AlertsCog(bot, bot.dispatcher))
