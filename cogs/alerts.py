"""Alerts in the running bot: the dispatcher's lifetime, and the buttons on alerts.

The dispatcher (bot/alerts.py) is started in cog_load and stopped in cog_unload, never
in a constructor, so loading and unloading the extension is the whole lifecycle.

The ruling buttons are DynamicItems: discord.py matches a click by its custom id alone
(`pledge:rule:<guild>:<n>:<status>`, `pledge:extend:<guild>:<n>`), so buttons on
alerts posted weeks ago, before any number of restarts, still work. The Extend… form is
answered the same way, by its custom id in an on_interaction listener rather than by a
Modal object kept in memory, so a restart between opening and submitting it does not
leave the member with "This interaction failed".

Every check goes through the service, exactly as for the slash commands; anything that
goes wrong is answered through the tree's one error handler (ephemeral), because
discord.py only logs exceptions raised inside a DynamicItem callback.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import discord
from discord.ext import commands

from bot import render
from bot.alerts import DiscordSender, Dispatcher
from bot.client import PledgeBot
from bot.errors import InvalidInput, PermissionDenied
from bot.pledges import Status
from cogs.common import actor_of, bot_of

NO_MENTIONS = discord.AllowedMentions.none()
_EXTEND_FORM = re.compile(render.EXTEND_FORM_TEMPLATE)


async def _answering(interaction: discord.Interaction, work: Awaitable[None]) -> None:
    """Run a button or form handler; any failure is answered, never left hanging."""
    try:
        await work
    except Exception as error:
        await bot_of(interaction).tree.report(interaction, error)  # type: ignore[attr-defined]


def _same_server(interaction: discord.Interaction, guild_id: int) -> None:
    if interaction.guild_id != guild_id:
        raise PermissionDenied("These buttons belong to a pledge of another server.")


class RuleButton(discord.ui.DynamicItem[discord.ui.Button], template=render.RULE_TEMPLATE):
    """Fulfilled / Partly / Broken on an alert: rules the pledge like /pledge mark."""

    def __init__(self, guild_id: int, number: int, choice: str) -> None:
        super().__init__(
            discord.ui.Button(
                label=choice.title(), custom_id=render.rule_button_id(guild_id, number, choice)
            )
        )
        self.guild_id = guild_id
        self.number = number
        self.choice = choice

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> RuleButton:
        return cls(int(match["guild"]), int(match["number"]), match["choice"])

    async def callback(self, interaction: discord.Interaction) -> None:
        await _answering(interaction, self._rule(interaction))

    async def _rule(self, interaction: discord.Interaction) -> None:
        _same_server(interaction, self.guild_id)
        bot = bot_of(interaction)
        pledge = await bot.service.mark(
            self.guild_id, self.number, actor_of(interaction), render.RULE_CHOICES[self.choice]
        )
        # The click is answered by showing the outcome on the alert itself; the status
        # update for the channel goes through the outbox like any other ruling.
        outcome = render.ruled_alert(pledge, bot.clock.now(), actor_id=interaction.user.id)
        await interaction.response.edit_message(
            content=outcome.content,
            embeds=outcome.embeds,
            view=outcome.view,
            allowed_mentions=NO_MENTIONS,
        )


class ExtendButton(discord.ui.DynamicItem[discord.ui.Button], template=render.EXTEND_TEMPLATE):
    """Extend…: asks for the new deadline in words and a reason."""

    def __init__(self, guild_id: int, number: int) -> None:
        super().__init__(
            discord.ui.Button(label="Extend…", custom_id=render.extend_button_id(guild_id, number))
        )
        self.guild_id = guild_id
        self.number = number

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str], /
    ) -> ExtendButton:
        return cls(int(match["guild"]), int(match["number"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        await _answering(interaction, self._open_form(interaction))

    async def _open_form(self, interaction: discord.Interaction) -> None:
        _same_server(interaction, self.guild_id)
        bot = bot_of(interaction)
        pledge = await bot.service.get(self.guild_id, self.number)
        # Refuse before the member types anything, not after.
        await bot.service.check_can_change(pledge, actor_of(interaction), "extend")
        if pledge.status is not Status.OPEN:
            raise InvalidInput(
                f"#{pledge.number} is already {pledge.status.value}; reopen it with "
                "/pledge mark (status: open) before giving it a new deadline."
            )
        await interaction.response.send_modal(render.extend_modal(self.guild_id, self.number))


def _form_values(components: list[dict[str, Any]]) -> dict[str, str]:
    """custom_id -> value of every text input in a MODAL_SUBMIT, whether the inputs
    arrive in action rows or in labels (both layouts exist in API v10)."""

    def walk(items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for item in items:
            yield item
            yield from walk(item.get("components") or [])
            if isinstance(item.get("component"), dict):
                yield from walk([item["component"]])

    return {
        item["custom_id"]: item.get("value") or ""
        for item in walk(components)
        if item.get("type") == 4 and item.get("custom_id")
    }


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


class AlertsCog(commands.Cog):
    def __init__(self, bot: PledgeBot) -> None:
        self.bot = bot
        self.dispatcher = Dispatcher(
            bot.store,
            bot.clock,
            DiscordSender(bot),
            planner=bot.service.planner,
            owns=shard_owner(bot),
        )

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(RuleButton, ExtendButton)
        self.bot.service.on_alerts_changed = self.dispatcher.wake
        self.dispatcher.start()

    async def cog_unload(self) -> None:
        if self.bot.service.on_alerts_changed == self.dispatcher.wake:
            self.bot.service.on_alerts_changed = None
        self.bot.remove_dynamic_items(RuleButton, ExtendButton)
        await self.dispatcher.stop()

    @commands.Cog.listener()
    async def on_interaction(self, interaction: discord.Interaction) -> None:
        if interaction.type is not discord.InteractionType.modal_submit:
            return
        match = _EXTEND_FORM.fullmatch((interaction.data or {}).get("custom_id", ""))
        if match is None:
            return
        await _answering(
            interaction, self._extend(interaction, int(match["guild"]), int(match["number"]))
        )

    async def _extend(self, interaction: discord.Interaction, guild_id: int, number: int) -> None:
        _same_server(interaction, guild_id)
        values = _form_values((interaction.data or {}).get("components") or [])
        pledge = await self.bot.service.extend(
            guild_id,
            number,
            actor_of(interaction),
            values.get(render.EXTEND_DEADLINE_INPUT, ""),
            reason=values.get(render.EXTEND_REASON_INPUT) or None,
        )
        if interaction.message is not None:
            # Opened from an alert: the alert now says what happened instead of asking.
            edited = render.extended_alert(
                pledge, self.bot.clock.now(), actor_id=interaction.user.id
            )
            await interaction.response.edit_message(
                content=edited.content,
                embeds=edited.embeds,
                view=None,
                allowed_mentions=NO_MENTIONS,
            )
        else:
            await interaction.response.send_message(
                render.extend_confirmation(pledge), ephemeral=True, allowed_mentions=NO_MENTIONS
            )


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(AlertsCog(bot))  # type: ignore[arg-type]
