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


async def test_everyone_as_editor_role_is_accepted_and_said_plainly(fake_discord):
    """Review p42b: @everyone as the editor role was accepted silently, although it lets
    every member rule on, extend, edit and delete any pledge."""
    guild = fake_discord.guilds[0]
    result = await fake_discord.invoke(
        guild, "pledgewatch role", {"role": guild.id}, user=fake_discord.moderator
    )
    assert result.ephemeral
    assert "every member can now rule on pledges" in result.content.lower()
    assert "/pledgewatch role" in result.content  # how to narrow it again
    assert result.message.pinged_role_ids == [] and not result.message.data["mention_everyone"]
    # What the reply warns of: a member who neither recorded it nor manages the server rules.
    await fake_discord.invoke(guild, "pledge add", {"speaker": "Merz", "promise": "a meeting"})
    ruled = await fake_discord.invoke(
        guild, "pledge mark", {"number": 1, "status": "broken"}, user=fake_discord.stranger
    )
    # Ruled, in public, not refused (a refusal is private and says who may rule).
    assert not ruled.ephemeral and "broken" in ruled.content, ruled.content
    assert "only the member who recorded it" not in ruled.content


async def test_a_narrower_editor_role_is_confirmed_as_before(fake_discord):
    guild = fake_discord.guilds[0]
    result = await fake_discord.invoke(
        guild, "pledgewatch role", {"role": guild.moderator_role_id}, user=fake_discord.moderator
    )
    assert result.content == f"Members with <@&{guild.moderator_role_id}> may now rule on pledges."


def _editor_role_field(embeds: list[dict]) -> str:
    (card,) = embeds
    (field,) = [f for f in card["fields"] if f["name"] == "Editor role"]
    return field["value"]


async def test_the_settings_card_names_everyone_without_a_role_mention(fake_discord):
    """Review s42: with @everyone as the editor role, the card showed "<@&guild id>",
    which Discord draws as "@@everyone" (the default role's name is "@everyone"). It
    reads "@everyone", and pings no one."""
    guild = fake_discord.guilds[0]
    changed = await fake_discord.invoke(
        guild, "pledgewatch role", {"role": guild.id}, user=fake_discord.moderator
    )
    shown = await fake_discord.invoke(guild, "pledgewatch show", user=fake_discord.moderator)
    for result in (changed, shown):
        assert _editor_role_field(result.embeds) == "@everyone"
        assert f"<@&{guild.id}>" not in result.text
        assert result.message.pinged_role_ids == [] and not result.message.data["mention_everyone"]


async def test_the_settings_card_mentions_a_narrower_editor_role(fake_discord):
    guild = fake_discord.guilds[0]
    result = await fake_discord.invoke(
        guild, "pledgewatch role", {"role": guild.moderator_role_id}, user=fake_discord.moderator
    )
    assert _editor_role_field(result.embeds) == f"<@&{guild.moderator_role_id}>"
    assert result.message.pinged_role_ids == []
