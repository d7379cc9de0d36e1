"""The Discord client: the bot, its command tree and the one error handler.

Nothing here knows the rules of pledges or builds its own parts: bot/app.py hands it
the store, the clock, the service and the dispatcher. It opens the store, loads the
feature cogs from an explicit list, and closes everything again on shutdown.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat.limits import CONTENT_MAX, DEFER_AFTER, NO_MENTIONS
from bot.chat.markdown import md
from bot.core.clock import Clock
from bot.core.errors import UserFacingError
from bot.core.model import Actor
from bot.core.text import cut

if TYPE_CHECKING:
    from bot.chat.dispatcher import Dispatcher
    from bot.core.ports import Store
    from bot.service import PledgeService

log = logging.getLogger(__name__)
ViewT = TypeVar("ViewT", bound=discord.ui.View | discord.ui.Modal)
T = TypeVar("T")

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
            message = original.shown(md)
        elif isinstance(error, app_commands.TransformerError) and isinstance(
            cause, UserFacingError
        ):
            message = cause.shown(md)
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


async def in_time(
    interaction: discord.Interaction,
    work: Awaitable[T],
    *,
    within: float | None = None,
    ephemeral: bool = False,
    thinking: bool = True,
) -> T:
    """`work`'s result, the interaction kept alive meanwhile: work still running after
    `within` seconds (DEFER_AFTER by default) is finished after a "thinking…" defer
    (`ephemeral`: one only the member sees, for a private reply), so Discord's 3-second
    deadline is kept either way; answer() then sends the reply as the follow-up that
    replaces the placeholder. A button whose answer edits its own message defers without
    `thinking` (the message is then edited with edit_original_response). A failure of
    `work` is raised here, once, and the tree's error handler answers it privately in
    either state. A defer Discord refuses (the interaction already expired) does not stop
    the work: a pledge half-recorded because its reply failed would be worse than no
    reply."""
    task = asyncio.ensure_future(work)
    try:
        done, _ = await asyncio.wait({task}, timeout=DEFER_AFTER if within is None else within)
        if not done and not interaction.response.is_done():
            try:
                await interaction.response.defer(thinking=thinking, ephemeral=ephemeral)
            except discord.HTTPException:
                log.warning("Could not defer interaction %s; finishing its work", interaction.id)
        return await task
    finally:
        if not task.done():
            task.cancel()
        elif not task.cancelled():
            task.exception()  # retrieved: a failure is reported once, by the caller


async def answer(
    interaction: discord.Interaction, content: str, *, embed: discord.Embed | None
) -> None:
    """A command's public reply, without pings: its response, or, after in_time
    deferred, the follow-up that takes the placeholder's place."""
    embeds = [] if embed is None else [embed]
    if interaction.response.is_done():
        await interaction.followup.send(content, embeds=embeds, allowed_mentions=NO_MENTIONS)
    else:
        await interaction.response.send_message(
            content, embeds=embeds, allowed_mentions=NO_MENTIONS
        )


async def answer_privately(interaction: discord.Interaction, content: str) -> None:
    """A reply only the member sees: the response, or after in_time(ephemeral=True)
    deferred, the follow-up that takes the private placeholder's place."""
    if interaction.response.is_done():
        await interaction.followup.send(content, ephemeral=True, allowed_mentions=NO_MENTIONS)
    else:
        await interaction.response.send_message(
            content, ephemeral=True, allowed_mentions=NO_MENTIONS
        )


async def edit_clicked(interaction: discord.Interaction, **changes: Any) -> None:
    """Show `changes` (content, embeds, view, ...) on the message whose button was
    pressed: as the click's answer, or, once in_time deferred it (an update, without
    "thinking"), through the webhook."""
    if interaction.response.is_done():
        await interaction.edit_original_response(**changes)
    else:
        await interaction.response.edit_message(**changes)


async def send_ephemeral(interaction: discord.Interaction, message: str) -> None:
    """Answer privately whether or not the interaction was already answered or deferred.

    The message is cut to Discord's 2000 characters: an error that echoes a long option
    would otherwise be rejected, leaving the interaction unanswered. After a public
    "thinking…" defer, the first follow-up would replace the placeholder and keep its
    public visibility, so the placeholder is deleted first and the follow-up becomes a
    message of its own that only the member sees.
    """
    try:
        if interaction.response.type is discord.InteractionResponseType.deferred_channel_message:
            await _delete_public_placeholder(interaction)
        await answer_privately(interaction, cut(message, CONTENT_MAX))
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
    """The running bot. Cogs are handed `service` and `clock` when they are loaded;
    the alerts cog starts and stops `dispatcher` with itself."""

    def __init__(
        self,
        *,
        store: Store,
        clock: Clock,
        service: PledgeService,
        dispatcher: Dispatcher | None = None,
        extensions: tuple[str, ...] | None = None,
        **options,
    ) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents(),
            tree_cls=PledgeTree,
            allowed_mentions=NO_MENTIONS,
            help_command=None,
            **options,
        )
        self.store = store
        self.clock = clock
        self.service = service
        self.dispatcher = dispatcher
        self.extensions_to_load = EXTENSIONS if extensions is None else extensions
        # Views and forms with a timeout (list pages, confirmations, extract candidates,
        # the paste form) each keep
        # a timer task; they are stopped on close so that shutdown leaves nothing behind.
        self._timed_views: weakref.WeakSet[discord.ui.View | discord.ui.Modal] = weakref.WeakSet()

    def track_view(self, view: ViewT) -> ViewT:
        self._timed_views.add(view)
        return view

    def tracked_views(self) -> list[discord.ui.View | discord.ui.Modal]:
        """The timed views and forms this process posted and still references."""
        return list(self._timed_views)

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


def bot_of(interaction: discord.Interaction) -> PledgeBot:
    """The bot an interaction arrived at, for the parts discord.py builds from an
    interaction alone (persistent buttons, transformers, autocomplete); cogs are handed
    the service instead."""
    client = interaction.client
    if not isinstance(client, PledgeBot):
        raise TypeError(f"expected the PledgeBot, got {type(client).__name__}")
    return client


def actor_of(interaction: discord.Interaction) -> Actor:
    """The rights Discord resolved for this member in this channel (administrators have
    every permission), plus their roles for the editor-role rule."""
    user = interaction.user
    roles = frozenset(r.id for r in getattr(user, "roles", ()))
    return Actor(
        user_id=user.id,
        manage_guild=interaction.permissions.manage_guild,
        role_ids=roles,
    )


async def report(interaction: discord.Interaction, error: BaseException) -> None:
    """Answer a failed button, form or view through the tree's one error handler."""
    tree = getattr(interaction.client, "tree", None)
    if isinstance(tree, PledgeTree):
        await tree.report(interaction, error)
    else:  # a client without our tree (never in the running bot): still answer
        log.error("Interaction failed", exc_info=error)
        await send_ephemeral(interaction, "Sorry, something went wrong on our side.")


def shard_owner(bot: discord.Client) -> Callable[[int], bool]:
    """Whether this process delivers a server's alerts: the server belongs to one of its
    shards, by discord.py's rule `(guild_id >> 22) % shard_count == shard_id`.

    Several processes, each running its own shards, share one database; without this
    each would deliver every server's alerts. Read at every call, not once: an
    auto-sharded client learns its shard count only when it connects. Without sharding
    (no count, or one shard) the process owns every server."""

    def owns(guild_id: int) -> bool:
        count = bot.shard_count
        if not count or count <= 1:
            return True
        shard_ids = getattr(bot, "shard_ids", None)
        if shard_ids is None:
            shard_ids = None if bot.shard_id is None else [bot.shard_id]
        if shard_ids is None:
            return True  # one connection for all shards' servers
        return (guild_id >> 22) % count in shard_ids

    return owns
