"""The replies of /pledgewatch, the server's settings: the settings card and the answers
to each change, and to the bundled article's import. Formatting only, beside
bot/chat/render.py (which keeps the pledge cards, lists and alerts).

Every builder keeps to Discord's limits (bot/chat/limits.py) whatever the input.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence

import discord

from bot.chat.limits import FIELD_VALUE_MAX
from bot.chat.render import ALERTS_PAUSED
from bot.core.model import GuildSettings
from bot.core.text import cut

ALERTS_UPDATED = "Alert schedule updated; open pledges were replanned."
FISCAL_YEAR_SET = "Fiscal year end set; deadlines already recorded keep their dates."


def channel_text(mention: str, missing: Sequence[str]) -> str:
    """/pledgewatch channel: the channel is saved either way; when the bot lacks a
    permission there, the answer says so at once, not the first alert's failure."""
    if missing:
        return (
            f"I can't post in {mention}: I need {', '.join(missing)} there. "
            "The channel is saved, and alerts wait until I can post in it."
        )
    return f"Alerts will be posted in {mention}."


def role_text(mention: str, everyone: bool) -> str:
    """@everyone is accepted (a small server may want every member to rule), but said
    plainly, since it hands every member the editor's rights."""
    if everyone:
        return (
            "Every member can now rule on pledges: with @everyone as the editor role, "
            "anyone may rule on, extend, edit and delete any pledge. If that was not "
            "meant, give a narrower role with /pledgewatch role."
        )
    return f"Members with {mention} may now rule on pledges."


def timezone_text(name: str) -> str:
    return f"Time zone set to {name}."


def date_order_text(order: str) -> str:
    return f"Numeric dates are read {order}."


def seed_text(added: Sequence[int], skipped: int) -> str:
    """/pledgewatch seed: the numbers the article's pledges got, or that it added none."""
    if added:
        numbers = ", ".join(f"#{n}" for n in added)
        text = f"Imported {len(added)} pledge(s) from the article: {numbers}."
    else:
        text = "The article's pledges are already here; nothing was added."
    if skipped and added:
        text += f" {skipped} were already here."
    return text


def fiscal_year_text(settings: GuildSettings, end: tuple[int, int]) -> str:
    day = f"{end[1]} {calendar.month_name[end[0]]}"
    if settings.fiscal_year_end:
        return f"ends {day}"
    return f"ends {day} (default for {cut(settings.timezone, 60)})"


def settings_embed(
    settings: GuildSettings, failure: str | None = None, fiscal_end: tuple[int, int] = (12, 31)
) -> discord.Embed:
    embed = discord.Embed(title="Pledgewatch settings", colour=discord.Colour.blurple())
    channel = f"<#{settings.alert_channel_id}>" if settings.alert_channel_id else "not set"
    embed.add_field(name="Alert channel", value=channel)
    embed.add_field(name="Editor role", value=_editor_role(settings))
    embed.add_field(name="Time zone", value=cut(settings.timezone, FIELD_VALUE_MAX))
    embed.add_field(name="Date order", value="day-first" if settings.day_first else "month-first")
    embed.add_field(name="Fiscal year", value=fiscal_year_text(settings, fiscal_end))
    heads = settings.heads_up_minutes
    embed.add_field(
        name="Alert schedule",
        value=cut(
            f"Heads-up {_duration(heads)} before the deadline\n"
            f"Follow-ups {', '.join(f'{d} d' for d in settings.follow_up_days)} after, "
            f"then every {settings.repeat_days} d while open\n"
            f"Review pledges without a deadline every {settings.review_days} d",
            FIELD_VALUE_MAX,
        ),
        inline=False,
    )
    if settings.alert_channel_id is None:
        embed.add_field(name="Alerts", value=ALERTS_PAUSED, inline=False)
    elif failure:
        embed.add_field(name="Alerts", value=cut(failure, FIELD_VALUE_MAX), inline=False)
    return embed


def _editor_role(settings: GuildSettings) -> str:
    """The default role's id is the server's id, and its name is "@everyone": as a role
    mention Discord draws it "@@everyone", so it is named in plain text instead (which
    pings no one: nothing in an embed does, and the replies carry no allowed mentions)."""
    if settings.editor_role_id is None:
        return "not set"
    if settings.editor_role_id == settings.guild_id:
        return "@everyone"
    return f"<@&{settings.editor_role_id}>"


def _duration(minutes: int) -> str:
    if minutes == 0:
        return "none"
    if minutes % (24 * 60) == 0:
        return f"{minutes // (24 * 60)} d"
    if minutes % 60 == 0:
        return f"{minutes // 60} h"
    return f"{minutes} min"
