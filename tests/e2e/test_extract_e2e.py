"""/pledge extract end to end: paste an article into the form (or attach it), get
candidate pledges, and add one with its button."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

pytestmark = pytest.mark.usefixtures("running_bot")

ARTICLE = (Path(__file__).parents[1] / "data" / "articles" / "washington_talks.txt").read_text(
    encoding="utf-8"
)
DUE_1_SEP = int(datetime(2025, 9, 1, 23, 59, 59, tzinfo=UTC).timestamp())


def candidate_index(message, needle: str) -> int:
    """The 1-based number of the candidate line that mentions `needle`."""
    description = message.embeds[0]["description"]
    blocks = description.split("\n**")
    for block in blocks:
        if needle in block:
            return int(block.lstrip("*").split(".", 1)[0])
    raise AssertionError(f"no candidate mentions {needle!r}:\n{description}")


async def test_paste_article_and_add_a_candidate(fake_discord):
    guild = fake_discord.guilds[0]
    opened = await fake_discord.invoke(guild, "pledge extract")
    assert opened.modal is not None
    listed = await fake_discord.submit_modal(
        opened,
        {
            "extract:text": ARTICLE[:4000],
            "extract:published": "18 August 2025",
            "extract:source": "https://example.com/washington-talks",
        },
    )
    message = listed.message
    assert "Candidate pledges" in message.text
    assert "Friedrich Merz" in message.text and "Mark Rutte" in message.text
    assert f"<t:{DUE_1_SEP}:D>" in message.text  # "within two weeks" of 18 August
    assert "Nothing is saved until someone presses Add" in message.text

    # Nothing was saved yet.
    empty = await fake_discord.invoke(guild, "pledge list", {"status": "all"})
    assert "No pledges match" in empty.text

    index = candidate_index(message, "Friedrich Merz")
    added = await fake_discord.click(message, f"extract:add:{index - 1}")
    assert "as pledge #1" in added.followups[0].content
    button = fake_discord.message(message.id).component(f"extract:add:{index - 1}")
    assert button["disabled"] is True and button["label"] == "Added #1"

    shown = await fake_discord.invoke(guild, "pledge show", {"number": 1})
    card = shown.embeds[0]
    assert "Friedrich Merz" in card["description"]
    assert "within two weeks" in shown.text
    assert f"<t:{DUE_1_SEP}:f>" in shown.text
    assert "https://example.com/washington-talks" in shown.text

    # Add all adds the rest once; the one already added is not added twice.
    await fake_discord.click(message, "extract:all")
    listing = await fake_discord.invoke(guild, "pledge list", {"status": "all"})
    count = int(listing.text.split(" pledge(s)")[0].rsplit(" ", 1)[-1])
    assert count >= 2
    merz_entries = listing.text.count("Friedrich Merz")
    assert merz_entries == 1


async def test_attached_article(fake_discord):
    guild = fake_discord.guilds[0]
    upload = fake_discord.upload("talks.txt", ARTICLE)
    result = await fake_discord.invoke(
        guild, "pledge extract", {"file": upload, "published": "2025-08-18"}
    )
    assert "Mark Rutte" in result.text and "Friedrich Merz" in result.text


async def test_bad_inputs_are_explained(fake_discord):
    guild = fake_discord.guilds[0]
    binary = fake_discord.upload("talks.pdf", b"%PDF-1.4 \x00\x01")
    result = await fake_discord.invoke(guild, "pledge extract", {"file": binary})
    assert result.ephemeral and "plain .txt" in result.text
    huge = fake_discord.upload("huge.txt", "x" * 150_000)
    result = await fake_discord.invoke(guild, "pledge extract", {"file": huge})
    assert result.ephemeral and "limit is 100 kB" in result.text
    opened = await fake_discord.invoke(guild, "pledge extract")
    bad_date = await fake_discord.submit_modal(
        opened, {"extract:text": ARTICLE[:1000], "extract:published": "the other day"}
    )
    assert bad_date.ephemeral and "publication date" in bad_date.content


async def test_text_without_pledges(fake_discord):
    guild = fake_discord.guilds[0]
    opened = await fake_discord.invoke(guild, "pledge extract")
    result = await fake_discord.submit_modal(
        opened, {"extract:text": "The weather was mild. Markets closed higher on Friday."}
    )
    assert "found no pledges" in result.text
