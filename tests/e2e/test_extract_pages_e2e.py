"""/pledge extract on a long article (review u42): more candidates than one message's 20
Add buttons. Nothing may be lost silently: the message says how many more there are
and how to see them, Next and Previous turn the pages, and the "Maybe" candidates,
which rank last, are reached too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.chat.limits import DESCRIPTION_MAX
from tests.e2e.test_extract_e2e import pledge_count

pytestmark = pytest.mark.usefixtures("running_bot")

TUNED = Path(__file__).parents[1] / "data" / "articles" / "real" / "tuned"
# Real texts of the tuned split, one after another: a long paste of about 50 kB.
LONG = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(TUNED.glob("*.txt")))


def numbers(message) -> list[int]:
    return [int(n) for n in re.findall(r"^\*\*(\d+)\.\*\*", message.embeds[0]["description"], re.M)]


async def extracted(fake_discord, text: str):
    """The message /pledge extract answers `text` with (pasted as a file)."""
    upload = fake_discord.upload("long.txt", text)
    result = await fake_discord.invoke(
        fake_discord.guilds[0], "pledge extract", {"file": upload, "published": "2025-08-18"}
    )
    return result.followups[0] if result.followups else result.message


async def test_every_candidate_of_a_long_article_is_reachable_page_by_page(fake_discord):
    message = await extracted(fake_discord, LONG)
    footer = message.embeds[0]["footer"]["text"]
    total = int(re.search(r"of (\d+)", footer).group(1))
    assert total > 40, footer  # three pages at least
    assert numbers(message) == list(range(1, 21))
    assert "Next" in footer, footer  # how to see the rest, not only how many
    seen, maybe = numbers(message), "**Maybe**" in message.embeds[0]["description"]
    for _ in range(total):
        if message.component("extract:next").get("disabled"):
            break
        await fake_discord.click(message, "extract:next")
        message = fake_discord.message(message.id)
        assert len(message.embeds[0]["description"]) <= DESCRIPTION_MAX
        assert len(message.buttons()) <= 25 and len(message.components) <= 5
        page = numbers(message)
        assert page == list(range(seen[-1] + 1, seen[-1] + 1 + len(page)))
        seen += page
        maybe = maybe or "**Maybe**" in message.embeds[0]["description"]
    assert seen == list(range(1, total + 1)) and maybe
    # The last page's first Add button records that candidate, numbered as listed.
    last_first = numbers(message)[0]
    added = await fake_discord.click(message, f"extract:add:{last_first - 1}")
    assert (
        f"Recorded candidate {last_first} as pledge #1"
        in (await added.wait_followups(1))[0].content
    )
    await fake_discord.click(message, "extract:previous")
    message = fake_discord.message(message.id)
    assert numbers(message)[0] == last_first - 20


def added(message) -> list[int]:
    """The candidate numbers whose Add button says "Added #n" on the page shown."""
    return [
        int(b["custom_id"].rsplit(":", 1)[1]) + 1
        for b in message.buttons()
        if b["custom_id"].startswith("extract:add:") and b["label"].startswith("Added")
    ]


async def test_add_all_adds_the_page_shown_and_stays_pressed_on_that_page_only(fake_discord):
    message = await extracted(fake_discord, LONG)
    await fake_discord.click(message, "extract:next")
    message = fake_discord.message(message.id)
    page = numbers(message)
    assert message.component("extract:all").get("disabled") is not True
    await fake_discord.click(message, "extract:all")
    message = fake_discord.message(message.id)
    recorded = added(message)
    assert recorded and set(recorded) <= set(page)
    assert message.component("extract:all")["disabled"] is True
    assert await pledge_count(fake_discord) == len(recorded)  # nothing of the other pages
    # The first page was not added and keeps its Add all; the second keeps its marks.
    await fake_discord.click(message, "extract:previous")
    message = fake_discord.message(message.id)
    assert added(message) == [] and message.component("extract:all").get("disabled") is not True
    await fake_discord.click(message, "extract:next")
    message = fake_discord.message(message.id)
    assert added(message) == recorded and message.component("extract:all")["disabled"] is True
