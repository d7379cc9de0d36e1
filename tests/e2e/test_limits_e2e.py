"""Discord's limits (bot/chat/limits.py) with maximal input, end to end.

The fake rejects what Discord rejects (a 2001-character reply, an embed over 6000
characters) with 400 Invalid Form Body, so every reply here proves that the bot stays
within the limits with the longest input a member can give, and that an error is still
answered when the member's input was too long to echo.
"""

from __future__ import annotations

import discord

from bot.core.errors import InvalidInput
from tests.fakediscord import FakeDiscord

MERZ = {
    "speaker": "Friedrich Merz",
    "promise": "Putin and Zelenskyy will meet",
    "deadline": "within two weeks",
    "said_on": "18 August 2025",
}
PAD = " and so on" * 40
NEWLINE_QUOTE = "a" + "\n" * 998 + "a"  # grew to ~3000 characters once quoted
SHORT_LINES = "a\n" * 499 + "a"
LONG_URL = "https://example.com/" + "u" * 480  # the 500 characters a source may have
REASON = ("r" * 9 + "\n") * 100  # 1000 characters, as the Extend… form allows


def rejected(fake: FakeDiscord) -> list:
    """Requests Discord would have refused: none may have been sent."""
    return [r for r in fake.requests if r.status is not None and r.status >= 400]


async def test_overlong_said_on_gets_an_ephemeral_explanation(fake_discord, running_bot):
    """`said_on` has no length limit; echoing 3000 characters made the reply too long
    for Discord, and the member got silence."""
    guild = fake_discord.guilds[0]
    result = await fake_discord.invoke(guild, "pledge add", {**MERZ, "said_on": "Y" * 3000})
    assert result.ephemeral
    assert "couldn't read" in result.content and "as the day it was said" in result.content
    assert len(result.content) <= 2000
    assert "Y" * 99 in result.content and "Y" * 200 not in result.content
    assert rejected(fake_discord) == []


async def test_overlong_publication_date_gets_an_ephemeral_explanation(fake_discord, running_bot):
    guild = fake_discord.guilds[0]
    upload = fake_discord.upload("talks.txt", "Merz said they will meet within two weeks.")
    result = await fake_discord.invoke(
        guild, "pledge extract", {"file": upload, "published": "q" * 3000}
    )
    assert result.ephemeral and "publication date" in result.content
    assert "q" * 200 not in result.content
    assert fake_discord.messages(guild.text_channel_id) == []
    assert rejected(fake_discord) == []


async def test_error_after_a_public_defer_is_private_and_fits(fake_discord, bot_factory):
    """An error after "thinking…" replaced the public placeholder and stayed public; and
    an error text over 2000 characters was never delivered at all."""

    def bot_with_a_late_failure():
        bot = bot_factory.pledgebot()

        @bot.tree.command(name="fail-late", description="Defers publicly, then fails")
        async def fail_late(interaction: discord.Interaction) -> None:
            await interaction.response.defer(thinking=True)
            raise InvalidInput("That did not work: " + "x" * 3000)

        return bot

    await bot_factory.start(bot_with_a_late_failure)
    guild = fake_discord.guilds[0]
    result = await fake_discord.invoke(guild, "fail-late")
    assert result.type == 5 and result.message.deleted
    [answer] = result.followups
    assert answer.ephemeral and answer.visible_to == fake_discord.member.id
    assert answer.content.startswith("That did not work") and len(answer.content) == 2000
    assert fake_discord.messages(guild.text_channel_id) == []
    assert rejected(fake_discord) == []


async def test_ephemeral_defer_then_error_is_answered_in_place(fake_discord, bot_factory):
    def bot_with_a_private_failure():
        bot = bot_factory.pledgebot()

        @bot.tree.command(name="fail-private", description="Defers privately, then fails")
        async def fail_private(interaction: discord.Interaction) -> None:
            await interaction.response.defer(thinking=True, ephemeral=True)
            raise InvalidInput("Private failure")

        return bot

    await bot_factory.start(bot_with_a_private_failure)
    result = await fake_discord.invoke(fake_discord.guilds[0], "fail-private")
    assert not result.message.deleted
    assert result.ephemeral and result.content == "Private failure"


async def test_maximal_pledge_through_every_command(fake_discord, running_bot):
    """Issue #5: the embed size limits with maximal input. Each reply below carries the
    pledge card; the fake refuses any over Discord's limits with 400."""
    guild = fake_discord.guilds[0]
    mod = fake_discord.moderator
    await fake_discord.invoke(
        guild, "pledgewatch channel", {"channel": guild.alert_channel_id}, user=mod
    )
    first = await fake_discord.invoke(guild, "pledge add", MERZ)
    # Issue 12: replies to add say what the deadline words were read as.
    assert first.content == "Recorded pledge #1.\nread as: “within two weeks”"
    added = await fake_discord.invoke(
        guild,
        "pledge add",
        {
            "speaker": "S" * 100,
            "promise": "P" * 500,
            "deadline": ("within two weeks" + PAD)[:200],
            "said_on": "18 August 2025",
            "source": LONG_URL,
            "quote": NEWLINE_QUOTE,
            "beneficiary": "B" * 100,
            "depends_on": 1,
        },
    )
    assert not added.ephemeral, added.content
    assert added.content == "Recorded pledge #2.\nread as: “within two weeks”", added.content
    assert "> a" in added.embeds[0]["description"]

    for weeks in ("three", "four", "five", "six", "seven", "eight", "nine", "ten"):
        extended = await fake_discord.invoke(
            guild,
            "pledge extend",
            {"number": 2, "deadline": (f"within {weeks} weeks" + PAD)[:200], "reason": REASON},
        )
        assert not extended.ephemeral
        assert extended.content == f"Extended pledge #2.\nread as: “within {weeks} weeks”"

    edited = await fake_discord.invoke(guild, "pledge edit", {"number": 2, "quote": SHORT_LINES})
    assert not edited.ephemeral and edited.content == "Updated pledge #2."

    marked = await fake_discord.invoke(
        guild,
        "pledge mark",
        {
            "number": 2,
            "status": "broken",
            "note": "N" * 1000,
            "evidence": "https://example.com/" + "e" * 480,
        },
    )
    assert not marked.ephemeral and marked.content == "Marked as broken: pledge #2."
    card = marked.embeds[0]
    history = [f for f in card["fields"] if f["name"].startswith("History")]
    assert history[-1]["name"].startswith("History (last")
    assert "**broken**" in history[-1]["value"]  # the newest event is always shown

    # The ruling's status update in the alert channel carries the same card.
    update = await fake_discord.wait_for_message(
        guild.alert_channel_id, lambda m: m.content.startswith("📣")
    )
    assert update.embeds and "N" * 900 in update.content

    shown = await fake_discord.invoke(guild, "pledge show", {"number": 2})
    assert not shown.ephemeral
    history = [f for f in shown.embeds[0]["fields"] if f["name"].startswith("History")]
    assert len(history) >= 2
    assert "**broken**" in history[-1]["value"]
    # Ten events: recorded, eight extensions, the ruling; the edit makes eleven.
    events = sum(f["value"].count("\n") + 1 for f in history)
    assert history[0]["name"] in ("History", f"History (last {events} of 11)")

    listing = await fake_discord.invoke(guild, "pledge list", {"status": "all"})
    assert "2 pledge(s)" in listing.text
    choices = await fake_discord.autocomplete(
        guild, "pledge show", {"number": ""}, focused="number"
    )
    assert len(choices) == 2
    assert rejected(fake_discord) == []


async def test_overlong_deadline_says_how_to_fix_it(fake_discord, running_bot):
    """The refusal said only "The deadline is longer than 200 characters.": neither how
    long it was nor what to give instead."""
    guild = fake_discord.guilds[0]
    words = "within two weeks" + PAD
    result = await fake_discord.invoke(guild, "pledge add", {**MERZ, "deadline": words})
    assert result.ephemeral
    assert f"is {len(words)} characters long; the limit is 200" in result.content
    assert "only the words of the time" in result.content
    assert fake_discord.messages(guild.text_channel_id) == []
    assert rejected(fake_discord) == []


async def test_overlong_source_url_says_how_to_fix_it(fake_discord, running_bot):
    guild = fake_discord.guilds[0]
    url = LONG_URL + "?utm_source=" + "x" * 40
    result = await fake_discord.invoke(guild, "pledge add", {**MERZ, "source": url})
    assert result.ephemeral
    assert f"Source URL is {len(url)} characters long; the limit is 500" in result.content
    assert "without its tracking part" in result.content
    assert fake_discord.messages(guild.text_channel_id) == []
    assert rejected(fake_discord) == []
