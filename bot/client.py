"""The Discord client: wires the store, the clock and the cogs together.

Nothing here knows the rules of pledges; it opens resources, loads the feature cogs
from an explicit list, and closes everything again on shutdown.
"""

from __future__ import annotations

import logging
import weakref
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot import render
from bot.clock import Clock, SystemClock
from bot.errors import UserFacingError

if TYPE_CHECKING:
    from bot.service import PledgeService
    from db.store import Store

log = logging.getLogger(__name__)

# Loaded in this order by setup_hook; a missing cog is a startup error, not a silent gap.
EXTENSIONS: tuple[str, ...] = ("cogs.pledges", "cogs.settings", "cogs.alerts")


def intents() -> discord.Intents:
    """Only what the features need: guilds (channels, roles) and nothing privileged.

    Slash commands and buttons arrive as interactions, which need no message intents.
    """
    wanted = discord.Intents.none()
    wanted.guilds = True
    return wanted


class PledgeTree(app_commands.CommandTree):
    """One error handler for every command: our own errors become a clear ephemeral
    answer, everything else is logged with its context and answered with an apology,
    so no interaction is ever left with "The application did not respond"."""

    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        await self.report(interaction, error)

    async def report(self, interaction: discord.Interaction, error: BaseException) -> None:
        """Answer any failure of a command, button or modal. Views and modals call this
        from their own on_error so that every entry point answers the same way."""
        original = getattr(error, "original", error)
        cause = error.__cause__
        if isinstance(original, UserFacingError):
            message = str(original)
        elif isinstance(error, app_commands.TransformerError) and isinstance(
            cause, UserFacingError
        ):
            message = str(cause)
        elif isinstance(error, app_commands.CheckFailure):
            message = str(error) or "You can't use this command here."
        else:
            command = interaction.command.qualified_name if interaction.command else None
            custom_id = (interaction.data or {}).get("custom_id")
            log.error(
                "Interaction failed (command=%r custom_id=%r guild=%s channel=%s user=%s)",
                command,
                custom_id,
                interaction.guild_id,
                interaction.channel_id,
                interaction.user.id if interaction.user else None,
                exc_info=original,
            )
            message = (
                "Sorry, something went wrong on our side. It has been logged; please try again."
            )
        await send_ephemeral(interaction, message)


class ReportingView(discord.ui.View):
    """A view whose callbacks may raise our errors; the tree answers them."""

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item
    ) -> None:
        await interaction.client.tree.report(interaction, error)  # type: ignore[attr-defined]


class ReportingModal(discord.ui.Modal):
    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        await interaction.client.tree.report(interaction, error)  # type: ignore[attr-defined]


async def send_ephemeral(interaction: discord.Interaction, message: str) -> None:
    """Answer privately whether or not the interaction was already answered or deferred.

    The message is cut to Discord's 2000 characters: an error that echoes a long option
    would otherwise be rejected, leaving the interaction unanswered. After a public
    "thinking…" defer, the first follow-up would replace the placeholder and keep its
    public visibility, so the placeholder is deleted first and the follow-up becomes a
    message of its own that only the member sees.
    """
    message = render.cut(message, render.CONTENT_MAX)
    try:
        if not interaction.response.is_done():
            await interaction.response.send_message(
                message, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
            )
            return
        if interaction.response.type is discord.InteractionResponseType.deferred_channel_message:
            await _delete_public_placeholder(interaction)
        await interaction.followup.send(
            message, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
        )
    except discord.HTTPException:
        log.warning("Could not deliver an error message to interaction %s", interaction.id)


async def _delete_public_placeholder(interaction: discord.Interaction) -> None:
    try:
        original = await interaction.original_response()
        if original.flags.loading and not original.flags.ephemeral:
            await original.delete()
    except discord.HTTPException:
        # Already answered or gone: the follow-up below is still worth trying.
        log.debug("Could not delete the thinking message of interaction %s", interaction.id)


class PledgeBot(commands.Bot):
    def __init__(
        self,
        *,
        store: Store,
        clock: Clock | None = None,
        extensions: tuple[str, ...] | None = None,
        **options,
    ) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents(),
            tree_cls=PledgeTree,
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            **options,
        )
        self.store = store
        self.clock: Clock = clock or SystemClock()
        self.extensions_to_load = EXTENSIONS if extensions is None else extensions
        from bot.service import PledgeService

        self.service: PledgeService = PledgeService(store, self.clock)
        # Views with a timeout (list pages, confirmations, extract candidates) each keep
        # a timer task; they are stopped on close so that shutdown leaves nothing behind.
        self._timed_views: weakref.WeakSet[discord.ui.View] = weakref.WeakSet()

    def track_view(self, view: discord.ui.View) -> discord.ui.View:
        self._timed_views.add(view)
        return view

    async def setup_hook(self) -> None:
        await self.store.open()
        for name in self.extensions_to_load:
            await self.load_extension(name)
        log.info("Loaded %d extensions", len(self.extensions_to_load))

    async def close(self) -> None:
        for view in list(self._timed_views):
            view.stop()
        try:
            await super().close()
        finally:
            await self.store.close()
