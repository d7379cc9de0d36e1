"""/pledgewatch channel on a channel the bot may not post in (review u42): the answer
said "Alerts will be posted in #channel." and the first alert, a day or weeks later,
was the first sign that none would be. It now says at once what the bot lacks there."""

from __future__ import annotations

import pytest

from tests.fakediscord import SEND_MESSAGES, VIEW_CHANNEL

pytestmark = pytest.mark.usefixtures("running_bot")


@pytest.mark.parametrize(
    ("deny", "missing"), [(SEND_MESSAGES, "Send Messages"), (VIEW_CHANNEL, "View Channel")]
)
async def test_an_alert_channel_the_bot_cannot_post_in_is_named_at_once(
    fake_discord, running_bot, deny, missing
):
    guild = fake_discord.guilds[0]
    channel = guild.alert_channel_id
    await fake_discord.set_overwrite(channel, fake_discord.bot_user, deny=deny)
    result = await fake_discord.invoke(
        guild, "pledgewatch channel", {"channel": channel}, user=fake_discord.moderator
    )
    assert result.ephemeral
    assert "Alerts will be posted in" not in result.content
    assert f"I can't post in <#{channel}>" in result.content and missing in result.content
    # "The channel is saved": alerts go there once the bot may post
    assert "The channel is saved" in result.content
    assert (await running_bot.service.settings(guild.id)).alert_channel_id == channel


async def test_an_alert_channel_the_bot_can_post_in_is_confirmed(fake_discord):
    guild = fake_discord.guilds[0]
    channel = guild.alert_channel_id
    result = await fake_discord.invoke(
        guild, "pledgewatch channel", {"channel": channel}, user=fake_discord.moderator
    )
    assert result.content == f"Alerts will be posted in <#{channel}>."
