"""Hostile members, end to end: what they type reaches the channel as text. A masked
link in a promise or quote, or a source address built to close its link and open
another, must not become a disguised link on the public card or the alert, and user
text never pings (issue 11, finding 1). Checked on the wire, in what Discord received."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from tests.chat.test_hostile_render import EVIL, RAW_TOKENS, active_links
from tests.e2e.test_alerts_e2e import DUE, quiet, set_channel

HOSTILE = {
    "speaker": "**Merz** <@&42>",
    "promise": f"[https://bank.example]({EVIL}) will meet within two weeks",
    "deadline": "within two weeks",
    "said_on": "18 August 2025",
    "quote": f"# Breaking\n[click here]({EVIL}) @everyone <t:0:R>",
    "source": f"https://ok.example/a)**[x]({EVIL})",
}


def wire_texts(embeds: list[dict], content: str | None) -> list[str]:
    texts = [content or ""]
    for embed in embeds:
        texts += [embed.get("title") or "", embed.get("description") or ""]
        texts += [f"{f['name']}\n{f['value']}" for f in embed.get("fields", [])]
    return texts


def assert_no_disguise(embeds: list[dict], content: str | None) -> None:
    for text in wire_texts(embeds, content):
        assert all(EVIL not in link for link in active_links(text)), text
        assert not [token for token in RAW_TOKENS if token in text], text
        assert "\n# Breaking" not in text and not text.startswith("# ")


async def test_hostile_pledge_card_and_alert_carry_no_disguised_link(
    fake_discord, running_bot, clock
):
    guild = fake_discord.guilds[0]
    await set_channel(fake_discord)
    added = await fake_discord.invoke(guild, "pledge add", HOSTILE)
    assert "Recorded pledge #1" in added.text
    assert_no_disguise(added.embeds, added.content)
    source = next(f["value"] for f in added.embeds[0]["fields"] if f["name"] == "Source")
    assert source.startswith("<https://ok.example/") and "%5Bx%5D%28" in source
    shown = await fake_discord.invoke(guild, "pledge show", {"number": 1})
    assert_no_disguise(shown.embeds, shown.content)
    listed = await fake_discord.invoke(guild, "pledge list", {"status": "all"})
    assert_no_disguise(listed.embeds, listed.content)
    clock.set(DUE + timedelta(seconds=1))
    alert = await fake_discord.wait_for_message(
        guild.alert_channel_id, lambda m: m.content.startswith("⌛")
    )
    await quiet(running_bot, clock)
    assert_no_disguise(alert.embeds, alert.content)
    assert alert.allowed_mentions == {"parse": []} and alert.pinged_user_ids == []
    # The member still reads what was typed, once Discord drops the backslashes.
    assert "bank.example" in alert.embeds[0]["title"]


async def test_invisible_speaker_is_refused_with_a_reason(fake_discord, running_bot):
    guild = fake_discord.guilds[0]
    result = await fake_discord.invoke(
        guild, "pledge add", {"speaker": "\u200b\u200d\u2060", "promise": "cut taxes"}
    )
    assert result.ephemeral and "invisible characters" in result.content
    blank = await fake_discord.invoke(
        guild, "pledge add", {"speaker": "Merz", "promise": "\u3164\u3164"}
    )
    assert blank.ephemeral and "Promise can't be empty" in blank.content
    assert fake_discord.messages(guild.text_channel_id) == []


@pytest.mark.parametrize(
    ("options", "echoed"),
    [
        # Each refusal quotes the member's words back: they must come back as text.
        ({"deadline": f"by [next week]({EVIL})"}, "next week"),
        ({"said_on": f"**[yesterday]({EVIL})** # no"}, "yesterday"),
        ({"source": f"[read]({EVIL})"}, "read"),
    ],
)
async def test_refusals_quote_the_members_words_as_text(fake_discord, running_bot, options, echoed):
    guild = fake_discord.guilds[0]
    typed = {"speaker": "Merz", "promise": "meet", **options}
    result = await fake_discord.invoke(guild, "pledge add", typed)
    assert result.ephemeral, result.content
    assert echoed in result.content
    assert_no_disguise([], result.content)
    assert "**[" not in result.content


async def test_refused_import_quotes_the_files_values_as_text(fake_discord, running_bot):
    guild = fake_discord.guilds[0]
    document = {
        "version": 1,
        "pledges": [
            {
                "number": 1,
                "status": f"[open]({EVIL})",
                "speaker": "A",
                "promise": "b",
                **dict.fromkeys(("said_at", "created_at", "updated_at"), "2025-08-18T10:00Z"),
            }
        ],
    }
    result = await fake_discord.invoke(
        guild,
        "pledgewatch import",
        {"file": ("pledges.json", json.dumps(document).encode())},
        user=fake_discord.moderator,
    )
    assert result.ephemeral and "is not a status" in result.content
    assert_no_disguise([], result.content)
