"""Helpers shared by the cogs: who is acting, and the option transformers.

Not an extension itself: the cogs import it.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.client import ReportingView
from bot.deadlines import parse_said_on
from bot.errors import InvalidInput
from bot.pledges import Actor
from bot.render import autocomplete_name, cut

if TYPE_CHECKING:
    from bot.client import PledgeBot

#: How much of a member's own input an error message quotes back. Options such as
#: `said_on` have no length limit, and an echo of thousands of characters helps nobody.
ECHO_MAX = 100


class ExpiringView(ReportingView):
    """A view that lives a while after it is posted, then greys its buttons out, so a
    member never presses a button that silently does nothing.

    The grey-out is an edit through an interaction's webhook (the only way to edit an
    ephemeral message or a follow-up), and those tokens live 15 minutes. discord.py
    restarts the timeout at every click, so the edit goes through the token of the
    latest click that updated the message, which is never older than the timeout;
    `message` (the command's own response) is the fallback before any click.
    Subclasses keep their timeout below 15 minutes.
    """

    def __init__(self, timeout: float) -> None:
        super().__init__(timeout=timeout)
        self.message: discord.Message | discord.InteractionMessage | None = None
        self._latest: discord.Interaction | None = None

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        self._latest = interaction
        return True

    async def on_timeout(self) -> None:
        for item in self.children:
            item.disabled = True  # type: ignore[attr-defined]
        latest = self._latest
        with contextlib.suppress(discord.HTTPException):
            if latest is not None and latest.response.type in _UPDATED_THE_MESSAGE:
                await latest.edit_original_response(view=self)
            elif self.message is not None:
                await self.message.edit(view=self)


# Click answers whose "original response" is the clicked message itself; any other
# answer (an error, a refusal) made a new message that must not receive the view.
_UPDATED_THE_MESSAGE = (
    discord.InteractionResponseType.message_update,
    discord.InteractionResponseType.deferred_message_update,
)


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


def bot_of(interaction: discord.Interaction) -> PledgeBot:
    return interaction.client  # type: ignore[return-value]


class SaidOnTransformer(app_commands.Transformer):
    """ "18 August 2025", "yesterday", "2025-08-18" -> the moment, in the server's zone."""

    async def transform(self, interaction: discord.Interaction, value: str):
        bot = bot_of(interaction)
        settings = await bot.service.settings(interaction.guild_id)
        said = parse_said_on(
            value, bot.clock.now(), settings.timezone, day_first=settings.day_first
        )
        if said is None:
            raise InvalidInput(
                f"I couldn't read “{cut(value, ECHO_MAX)}” as the day it was said. "
                "Use a past date like “18 August 2025”, “2025-08-18”, “yesterday” or “3 days ago”."
            )
        return said


class DeadlineTransformer(app_commands.Transformer):
    """Checks that the deadline words can be read before anything is saved.

    The words are read relative to the `said_on` option when the command has one
    (a pledge said last month "within two weeks" is due two weeks after that), else now.
    The service reads them again when it saves; this check exists to answer the member
    with the words quoted and examples, at the option that was wrong.
    """

    async def transform(self, interaction: discord.Interaction, value: str) -> str:
        bot = bot_of(interaction)
        settings = await bot.service.settings(interaction.guild_id)
        reference = bot.clock.now()
        said_on = getattr(interaction.namespace, "said_on", None)
        if isinstance(said_on, str) and said_on.strip():
            parsed_said = parse_said_on(
                said_on, reference, settings.timezone, day_first=settings.day_first
            )
            reference = parsed_said or reference
        bot.service.read_deadline(value, reference, settings)
        return value


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
    return [app_commands.Choice(name=cut(n, 100), value=n) for n in names]
