"""/pledgewatch: the server's settings (Manage Server only) and the article import."""

from __future__ import annotations

import re
from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat import render_scores, render_settings
from bot.chat.client import PledgeBot, actor_of
from bot.chat.limits import NO_MENTIONS
from bot.chat.sender import missing_alert_permissions
from bot.core.errors import InvalidInput
from bot.core.inputs import fiscal_year_end, timezone_names
from bot.core.text import echo
from bot.keeping import KeepingService
from bot.service import PledgeService
from cogs._shared import guild_of

_TIMEZONES: list[str] = []
MAX_IMPORT_BYTES = 25_000_000


async def timezone_autocomplete(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    if not _TIMEZONES:
        _TIMEZONES.extend(timezone_names())
    needle = current.strip().lower().replace(" ", "_")
    starts = [z for z in _TIMEZONES if z.lower().startswith(needle)]
    within = [z for z in _TIMEZONES if needle in z.lower() and z not in starts]
    return [app_commands.Choice(name=z, value=z) for z in (starts + within)[:25]]


def _days(text: str) -> tuple[int, ...]:
    parts = [p for p in re.split(r"[\s,;]+", text.strip()) if p]
    try:
        return tuple(int(p.removesuffix("d")) for p in parts)
    except ValueError:
        raise InvalidInput(
            "Follow-ups must be whole numbers of days separated by commas, "
            f"like “1, 7” (got “{echo(text)}”)."
        ) from None


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class SettingsCommands(commands.GroupCog, group_name="pledgewatch"):
    """Pledgewatch settings for this server."""

    def __init__(self, service: PledgeService) -> None:
        self.service = service
        self.keeping = KeepingService(service)
        super().__init__()

    async def _update(self, interaction: discord.Interaction, message: str, **changes: Any) -> None:
        """Settings answers are private. The change is deferred first: a new alert
        schedule replans every open pledge of the server, which can take a moment."""
        guild_id = guild_of(interaction)
        actor = actor_of(interaction)
        self.service.check_manager(actor, "change Pledgewatch's settings")
        await interaction.response.defer(ephemeral=True, thinking=True)
        settings = await self.service.update_settings(guild_id, actor, **changes)
        failure = await self.service.alert_problem(guild_id)
        await interaction.followup.send(
            message,
            embed=render_settings.settings_embed(settings, failure, fiscal_year_end(settings)),
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    @app_commands.command(name="channel", description="Set the channel where alerts are posted")
    @app_commands.describe(channel="The text channel for reminders and status updates")
    async def channel(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        message = render_settings.channel_text(channel.mention, missing_alert_permissions(channel))
        await self._update(interaction, message, alert_channel_id=channel.id)

    @app_commands.command(
        name="role", description="Set the role whose members may rule on any pledge"
    )
    @app_commands.describe(role="Members with this role may rule, extend, edit and delete")
    async def role(self, interaction: discord.Interaction, role: discord.Role) -> None:
        message = render_settings.role_text(role.mention, role.is_default())
        await self._update(interaction, message, editor_role_id=role.id)

    @app_commands.command(name="timezone", description="Set the server's time zone for deadlines")
    @app_commands.describe(name="An IANA time zone such as Europe/Berlin")
    @app_commands.autocomplete(name=timezone_autocomplete)
    async def timezone(self, interaction: discord.Interaction, name: str) -> None:
        await self._update(interaction, render_settings.timezone_text(name), timezone=name.strip())

    @app_commands.command(name="dateorder", description="How to read dates like 03/04/2026")
    @app_commands.describe(order="day-first (3 April) or month-first (March 4)")
    async def dateorder(
        self, interaction: discord.Interaction, order: Literal["day-first", "month-first"]
    ) -> None:
        await self._update(
            interaction, render_settings.date_order_text(order), day_first=order == "day-first"
        )

    @app_commands.command(
        name="fiscalyear", description="Set the day the fiscal year ends, for words like FY27"
    )
    @app_commands.describe(
        end="Day and month, e.g. “31 March”, “30 June”, “09-30”; “default” to follow the zone"
    )
    async def fiscalyear(self, interaction: discord.Interaction, end: str) -> None:
        await self._update(interaction, render_settings.FISCAL_YEAR_SET, fiscal_year_end=end)

    @app_commands.command(name="alerts", description="Change when alerts are sent")
    @app_commands.describe(
        heads_up_hours="Hours before the deadline for the heads-up (0 for none; default 24)",
        follow_ups="Days after the deadline for follow-ups, e.g. “1, 7”",
        repeat_days="Then remind every this many days while open (default 30)",
        review_days="Remind about pledges without a deadline every this many days (default 30)",
    )
    async def alerts(
        self,
        interaction: discord.Interaction,
        heads_up_hours: app_commands.Range[int, 0, 720] | None = None,
        follow_ups: str | None = None,
        repeat_days: app_commands.Range[int, 1, 365] | None = None,
        review_days: app_commands.Range[int, 1, 365] | None = None,
    ) -> None:
        changes: dict[str, Any] = {}
        if heads_up_hours is not None:
            changes["heads_up_minutes"] = heads_up_hours * 60
        if follow_ups is not None:
            changes["follow_up_days"] = _days(follow_ups)
        if repeat_days is not None:
            changes["repeat_days"] = repeat_days
        if review_days is not None:
            changes["review_days"] = review_days
        if not changes:
            raise InvalidInput("Give at least one option to change; /pledgewatch show lists them.")
        await self._update(interaction, render_settings.ALERTS_UPDATED, **changes)

    @app_commands.command(name="show", description="Show this server's Pledgewatch settings")
    async def show(self, interaction: discord.Interaction) -> None:
        settings, failure = await self.service.settings_for_manager(
            guild_of(interaction), actor_of(interaction)
        )
        await interaction.response.send_message(
            embed=render_settings.settings_embed(settings, failure, fiscal_year_end(settings)),
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )

    @app_commands.command(
        name="seed", description="Import the pledges of the bundled example article"
    )
    async def seed(self, interaction: discord.Interaction) -> None:
        actor = actor_of(interaction)
        # Refused before the public "thinking…", so the refusal stays private.
        self.service.check_manager(actor, "import the article's pledges")
        await interaction.response.defer(thinking=True)
        result = await self.service.seed(guild_of(interaction), actor)
        message = render_settings.seed_text([p.number for p in result.added], result.skipped)
        await interaction.followup.send(message, allowed_mentions=NO_MENTIONS)

    @app_commands.command(name="import", description="Restore pledges from a JSON export")
    @app_commands.describe(
        file="A .json file made by /pledge export format:json or `python -m bot export`",
        merge="Add them after this server's own pledges (default: only into an empty server)",
    )
    async def import_(
        self, interaction: discord.Interaction, file: discord.Attachment, merge: bool = False
    ) -> None:
        actor = actor_of(interaction)
        self.service.check_manager(actor, "import pledges")
        if file.size > MAX_IMPORT_BYTES:
            raise InvalidInput(
                f"The file is {file.size // 1_000_000} MB; the limit is "
                f"{MAX_IMPORT_BYTES // 1_000_000} MB. Use `python -m bot import` on the host."
            )
        if not file.filename.lower().endswith(".json"):
            raise InvalidInput("Attach the .json file that /pledge export format:json made.")
        await interaction.response.defer(ephemeral=True, thinking=True)
        data = await file.read()
        result = await self.keeping.import_file(guild_of(interaction), actor, data, merge=merge)
        await interaction.followup.send(
            render_scores.import_text(result.numbers, result.past),
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )


async def setup(bot: PledgeBot) -> None:
    await bot.add_cog(SettingsCommands(bot.service))
