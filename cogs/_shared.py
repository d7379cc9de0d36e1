"""What several cogs share: option transformers and autocomplete. Not an extension.

These are built by discord.py from an interaction alone (no cog instance), so they
reach the service through the bot the interaction arrived at.
"""

from __future__ import annotations

from datetime import datetime

import discord
from discord import app_commands

from bot.chat.client import bot_of
from bot.chat.limits import CHOICE_NAME_MAX
from bot.chat.render import autocomplete_name
from bot.core.text import cut


class SaidOnTransformer(app_commands.Transformer):
    """ "18 August 2025", "yesterday", "2025-08-18" -> the moment, in the server's zone."""

    async def transform(self, interaction: discord.Interaction, value: str) -> datetime:
        return await bot_of(interaction).service.read_said_on(guild_of(interaction), value)


class DeadlineTransformer(app_commands.Transformer):
    """Checks that the deadline words can be read before anything is saved.

    The words are read relative to the `said_on` option when the command has one
    (a pledge said last month "within two weeks" is due two weeks after that), else now.
    The service reads them again when it saves; this check exists to answer the member
    with the words quoted and examples, at the option that was wrong.
    """

    new = False  # a new deadline (/pledge extend) is read from now

    async def transform(self, interaction: discord.Interaction, value: str) -> str:
        said_on = getattr(interaction.namespace, "said_on", None)
        await bot_of(interaction).service.check_deadline_words(
            guild_of(interaction),
            value,
            said_on=said_on if isinstance(said_on, str) else None,
            new=self.new,
        )
        return value


class NewDeadlineTransformer(DeadlineTransformer):
    """/pledge extend's deadline: read from now, whenever the pledge was made."""

    new = True


def guild_of(interaction: discord.Interaction) -> int:
    """The server of a guild-only command (Discord never sends those from a DM)."""
    if interaction.guild_id is None:
        raise app_commands.NoPrivateMessage()
    return interaction.guild_id


async def pledge_number_autocomplete(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[int]]:
    if interaction.guild_id is None:
        return []
    pledges = await bot_of(interaction).service.autocomplete(interaction.guild_id, current)
    return [app_commands.Choice(name=autocomplete_name(p), value=p.number) for p in pledges]


async def speaker_autocomplete(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    """Speakers already on record, so the same person is spelled the same way."""
    if interaction.guild_id is None:
        return []
    names = await bot_of(interaction).service.speakers(interaction.guild_id, current)
    return [app_commands.Choice(name=cut(n, CHOICE_NAME_MAX), value=n) for n in names]
