"""/pledge extend with a date already past (review u42). A new deadline is read from
now, but the refusal said the date "is before the pledge was made ... or leave the
deadline out": untrue of a pledge made in 2020 given "by 1 August 2025" in August 2025,
and extend's deadline cannot be left out."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("running_bot")


async def test_a_past_new_deadline_is_refused_as_past_not_as_before_the_pledge(fake_discord):
    guild = fake_discord.guilds[0]
    made = {"speaker": "S", "promise": "p", "deadline": "within two weeks"}
    added = await fake_discord.invoke(guild, "pledge add", {**made, "said_on": "1 January 2020"})
    assert "Recorded pledge #1" in added.content
    for words in ("by 1 August 2025", "yesterday", "by the end of March 2025"):
        refused = await fake_discord.invoke(
            guild, "pledge extend", {"number": 1, "deadline": words}
        )
        assert refused.ephemeral, refused.content
        assert "before the pledge was made" not in refused.content
        assert "leave the deadline out" not in refused.content
        assert "read from now (18 August 2025)" in refused.content
    # /pledge add still says it the way it is there: before the day it was said.
    early = {**made, "deadline": "by 1 March 2019", "said_on": "1 January 2020"}
    refused = await fake_discord.invoke(guild, "pledge add", early)
    assert refused.ephemeral and "before the pledge was made" in refused.content
    assert "leave the deadline out" in refused.content


@pytest.mark.parametrize("words", ["whenever", "after that meeting takes place"])
async def test_unreadable_new_deadline_words_do_not_offer_to_leave_it_out(fake_discord, words):
    """Extend's deadline is required: "or leave the deadline out" was advice a member
    could not follow there. /pledge add still offers it."""
    guild = fake_discord.guilds[0]
    await fake_discord.invoke(guild, "pledge add", {"speaker": "S", "promise": "p"})
    refused = await fake_discord.invoke(guild, "pledge extend", {"number": 1, "deadline": words})
    assert refused.ephemeral and "couldn't read a deadline" in refused.content
    assert "leave the deadline out" not in refused.content
    added = await fake_discord.invoke(
        guild, "pledge add", {"speaker": "S", "promise": "p", "deadline": words}
    )
    assert added.ephemeral and "leave the deadline out" in added.content
